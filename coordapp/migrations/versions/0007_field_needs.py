"""What the field asked for: complex-situation criteria and level of service (requests and
assessments), hospital discharge details, interpreting (patient languages), GPs taking
new patients, opening hours of structures; new tables for coordination tasks, people
looking for a GP with the proposals made, and breaks in the pathway (dysfunctions).

Revision ID: 0007_field_needs
Revises: 0006_caseload_index
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_field_needs"
down_revision: str | None = "0006_caseload_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=op.f(f"fk_{table}_{column}_{target}"))


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in (*columns, "updated_hlc"):
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.add_column(sa.Column("complexity_medical", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("complexity_psychosocial", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("service_level", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("service_level_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("discharge", sa.JSON(), nullable=True))
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("complexity_medical", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("complexity_psychosocial", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("service_level", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("service_level_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("languages", sa.JSON(), nullable=False,
                                      server_default="[]"))
        batch_op.add_column(sa.Column("interpreter_needed", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("professional", schema=None) as batch_op:
        batch_op.add_column(sa.Column("accepts_new_patients", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hours", sa.String(length=200), nullable=True))
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gp_contact_note", sa.Text(), nullable=True))

    op.create_table(
        "coordination_task",
        sa.Column("patient_id", sa.String(length=36), nullable=True),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("journal_entry_id", sa.String(length=36), nullable=True),
        *_sync_columns(),
        _fk("coordination_task", "journal_entry_id", "journal_entry"),
        _fk("coordination_task", "patient_id", "patient"),
        _fk("coordination_task", "referral_id", "referral"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordination_task")),
    )
    _indexes("coordination_task", "patient_id", "referral_id")
    with op.batch_alter_table("coordination_task", schema=None) as batch_op:
        batch_op.create_index("ix_coordination_task_status_due_on", ["status", "due_on"],
                              unique=False)

    op.create_table(
        "gp_search",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("precarity", sa.Boolean(), nullable=False),
        sa.Column("coordinator_priority", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("found_on", sa.Date(), nullable=True),
        sa.Column("found_gp_id", sa.String(length=36), nullable=True),
        *_sync_columns(),
        _fk("gp_search", "found_gp_id", "professional"),
        _fk("gp_search", "patient_id", "patient"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gp_search")),
    )
    _indexes("gp_search", "patient_id")

    op.create_table(
        "gp_proposal",
        sa.Column("search_id", sa.String(length=36), nullable=False),
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("professional_id", sa.String(length=36), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        *_sync_columns(),
        _fk("gp_proposal", "patient_id", "patient"),
        _fk("gp_proposal", "professional_id", "professional"),
        _fk("gp_proposal", "search_id", "gp_search"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gp_proposal")),
    )
    _indexes("gp_proposal", "patient_id", "search_id")

    op.create_table(
        "dysfunction",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("structure_kinds", sa.JSON(), nullable=False),
        sa.Column("structures", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        *_sync_columns(),
        _fk("dysfunction", "patient_id", "patient"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dysfunction")),
    )
    _indexes("dysfunction", "occurred_on", "patient_id")


def downgrade() -> None:
    for table in ("dysfunction", "gp_proposal", "gp_search", "coordination_task"):
        op.drop_table(table)
    drops = {
        "care_plan": ["gp_contact_note"],
        "structure": ["hours"],
        "professional": ["accepts_new_patients"],
        "patient": ["interpreter_needed", "languages"],
        "assessment": ["service_level_reason", "service_level", "complexity_psychosocial",
                       "complexity_medical"],
        "referral": ["discharge", "service_level_reason", "service_level",
                     "complexity_psychosocial", "complexity_medical"],
    }
    for table, columns in drops.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_column(column)
