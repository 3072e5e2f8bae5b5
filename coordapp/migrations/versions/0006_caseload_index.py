"""Covering indexes for the in-memory caseload index and the "À faire" lists.

After unlock, ``services.caseload_index`` reads every live patient's caseload line
(search key, sort and filter columns, what the table shows), and every open action of every plan with the tree that links it to its
patient. Read from the tables, that decrypts every wide row (about 1.5 s at 20,000
patients); these indexes hold exactly those columns, so each read is an index-only scan
of a few small pages.

- ``ix_patient_caseload_index`` replaces ``ix_patient_caseload`` (0003), its prefix;
- ``ix_action_open`` replaces ``ix_action_status_due_on``, its prefix;
- ``ix_goal_tree``, ``ix_need_tree``, ``ix_care_plan_tree``: child → parent links.

Revision ID: 0006_caseload_index
Revises: 0005_domain_rules
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_caseload_index"
down_revision: str | None = "0005_domain_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PATIENT_COLUMNS = ["family_name", "given_names", "id", "search_key", "deleted_hlc",
                   "used_name", "used_given_name", "birth_date", "sex", "nir", "city",
                   "status", "identity_status", "referent_id", "opened_on", "gp_id"]


def upgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_caseload")
        batch_op.create_index("ix_patient_caseload_index", PATIENT_COLUMNS, unique=False)
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_status_due_on")
        batch_op.create_index("ix_action_open",
                              ["status", "due_on", "goal_id", "deleted_hlc", "id"],
                              unique=False)
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index("ix_goal_tree", ["id", "need_id", "deleted_hlc"], unique=False)
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index("ix_need_tree", ["id", "plan_id", "deleted_hlc"], unique=False)
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.create_index("ix_care_plan_tree",
                              ["id", "patient_id", "status", "version", "deleted_hlc"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.drop_index("ix_care_plan_tree")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index("ix_need_tree")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index("ix_goal_tree")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_open")
        batch_op.create_index("ix_action_status_due_on", ["status", "due_on"], unique=False)
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_caseload_index")
        batch_op.create_index(
            "ix_patient_caseload",
            ["family_name", "given_names", "id", "search_key", "deleted_hlc"],
            unique=False,
        )
