"""Initial schema: identity, directory, referrals, care circle, assessments, PPCS,
journal, change log and audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 02:23:34.122444
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=True),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "change_log",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("base_hlc", sa.String(length=64), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_entity_id_hlc", ["entity_id", "hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_hlc"), ["hlc"], unique=False)

    op.create_table(
        "coordinator",
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("profession", sa.String(length=120), nullable=True),
        sa.Column("structure_name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coordinator")),
    )
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coordinator_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
        sa.UniqueConstraint("device_id", name=op.f("uq_installation_device_id")),
    )
    op.create_table(
        "structure",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("operator", sa.String(length=200), nullable=True),
        sa.Column("finess", sa.String(length=9), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structure")),
    )
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_structure_finess"), ["finess"], unique=False)
        batch_op.create_index(batch_op.f("ix_structure_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "professional",
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_name", sa.String(length=80), nullable=True),
        sa.Column("profession", sa.String(length=80), nullable=False),
        sa.Column("specialty", sa.String(length=120), nullable=True),
        sa.Column("rpps", sa.String(length=11), nullable=True),
        sa.Column("adeli", sa.String(length=9), nullable=True),
        sa.Column("structure_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["structure_id"], ["structure.id"], name=op.f("fk_professional_structure_id_structure")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_professional")),
    )
    with op.batch_alter_table("professional", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_professional_rpps"), ["rpps"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_professional_structure_id"), ["structure_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_professional_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "patient",
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_place_code", sa.String(length=5), nullable=True),
        sa.Column("nir", sa.String(length=15), nullable=True),
        sa.Column("identity_status", sa.String(length=5), nullable=False),
        sa.Column("used_name", sa.String(length=120), nullable=True),
        sa.Column("used_given_name", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("phone_alt", sa.String(length=32), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("city", sa.String(length=120), nullable=True),
        sa.Column("gp_id", sa.String(length=36), nullable=True),
        sa.Column("ald", sa.JSON(), nullable=False),
        sa.Column("living_situation", sa.String(length=32), nullable=True),
        sa.Column("legal_protection", sa.String(length=32), nullable=True),
        sa.Column("trusted_person", sa.Text(), nullable=True),
        sa.Column("situation_notes", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("referent_id", sa.String(length=36), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_reason", sa.String(length=32), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["gp_id"], ["professional.id"], name=op.f("fk_patient_gp_id_professional")
        ),
        sa.ForeignKeyConstraint(
            ["referent_id"], ["coordinator.id"], name=op.f("fk_patient_referent_id_coordinator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patient")),
    )
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patient_gp_id"), ["gp_id"], unique=False)
        batch_op.create_index("ix_patient_identity", ["family_name", "birth_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_nir"), ["nir"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_referent_id"), ["referent_id"], unique=False)
        batch_op.create_index(
            "ix_patient_status_family_name", ["status", "family_name"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_patient_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("aggir", sa.JSON(), nullable=False),
        sa.Column("gir", sa.Integer(), nullable=True),
        sa.Column("zarit_items", sa.JSON(), nullable=False),
        sa.Column("zarit_total", sa.Integer(), nullable=True),
        sa.Column("complexity_factors", sa.JSON(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["coordinator.id"], name=op.f("fk_assessment_author_id_coordinator")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_assessment_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assessment_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "care_plan",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("based_on_id", sa.String(length=36), nullable=True),
        sa.Column("wishes", sa.Text(), nullable=True),
        sa.Column("alert_procedure", sa.Text(), nullable=True),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("validated_at", sa.DateTime(), nullable=True),
        sa.Column("validated_by", sa.String(length=36), nullable=True),
        sa.Column("agreement", sa.Text(), nullable=True),
        sa.Column("agreement_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["based_on_id"], ["care_plan.id"], name=op.f("fk_care_plan_based_on_id_care_plan")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_care_plan_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["validated_by"], ["coordinator.id"], name=op.f("fk_care_plan_validated_by_coordinator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_plan")),
    )
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_plan_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_plan_review_due"), ["review_due"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_plan_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "care_team_member",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("professional_id", sa.String(length=36), nullable=True),
        sa.Column("structure_id", sa.String(length=36), nullable=True),
        sa.Column("informal_name", sa.String(length=200), nullable=True),
        sa.Column("relationship", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("is_main_caregiver", sa.Boolean(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_care_team_member_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["professional_id"],
            ["professional.id"],
            name=op.f("fk_care_team_member_professional_id_professional"),
        ),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structure.id"],
            name=op.f("fk_care_team_member_structure_id_structure"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_team_member")),
    )
    with op.batch_alter_table("care_team_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_care_team_member_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_care_team_member_professional_id"), ["professional_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_care_team_member_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "consent_record",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("given_by", sa.String(length=200), nullable=True),
        sa.Column("how", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_consent_record_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_record_patient_id"), ["patient_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consent_record_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "journal_entry",
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["coordinator.id"], name=op.f("fk_journal_entry_author_id_coordinator")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_journal_entry_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_journal_entry_patient_occurred", ["patient_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_journal_entry_updated_hlc"), ["updated_hlc"], unique=False
        )

    op.create_table(
        "referral",
        sa.Column("patient_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("requester_kind", sa.String(length=32), nullable=False),
        sa.Column("requester_name", sa.String(length=200), nullable=True),
        sa.Column("requester_profession", sa.String(length=120), nullable=True),
        sa.Column("requester_structure", sa.String(length=200), nullable=True),
        sa.Column("requester_phone", sa.String(length=32), nullable=True),
        sa.Column("professional_id", sa.String(length=36), nullable=True),
        sa.Column("subject_summary", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(length=16), nullable=False),
        sa.Column("first_contact_on", sa.Date(), nullable=True),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_referral_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["professional_id"],
            ["professional.id"],
            name=op.f("fk_referral_professional_id_professional"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral")),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_answer"), ["answer"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "need",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("raised_by_person", sa.Boolean(), nullable=False),
        sa.Column("unmet", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["care_plan.id"], name=op.f("fk_need_plan_id_care_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "goal",
        sa.Column("need_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("person_opinion", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("evaluation_criterion", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_goal_need_id_need")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "action",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("recurrence", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], name=op.f("fk_action_goal_id_goal")),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["care_team_member.id"],
            name=op.f("fk_action_responsible_id_care_team_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index("ix_action_status_due_on", ["status", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_updated_hlc"), ["updated_hlc"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_updated_hlc"))
        batch_op.drop_index("ix_action_status_due_on")
        batch_op.drop_index(batch_op.f("ix_action_goal_id"))

    op.drop_table("action")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_goal_need_id"))

    op.drop_table("goal")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_need_plan_id"))

    op.drop_table("need")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_referral_received_at"))
        batch_op.drop_index(batch_op.f("ix_referral_patient_id"))
        batch_op.drop_index(batch_op.f("ix_referral_answer"))

    op.drop_table("referral")
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journal_entry_updated_hlc"))
        batch_op.drop_index("ix_journal_entry_patient_occurred")

    op.drop_table("journal_entry")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_record_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_consent_record_patient_id"))

    op.drop_table("consent_record")
    with op.batch_alter_table("care_team_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_team_member_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_care_team_member_professional_id"))
        batch_op.drop_index(batch_op.f("ix_care_team_member_patient_id"))

    op.drop_table("care_team_member")
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_plan_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_care_plan_review_due"))
        batch_op.drop_index(batch_op.f("ix_care_plan_patient_id"))

    op.drop_table("care_plan")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_assessment_patient_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patient_updated_hlc"))
        batch_op.drop_index("ix_patient_status_family_name")
        batch_op.drop_index(batch_op.f("ix_patient_referent_id"))
        batch_op.drop_index(batch_op.f("ix_patient_nir"))
        batch_op.drop_index("ix_patient_identity")
        batch_op.drop_index(batch_op.f("ix_patient_gp_id"))

    op.drop_table("patient")
    with op.batch_alter_table("professional", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_professional_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_professional_structure_id"))
        batch_op.drop_index(batch_op.f("ix_professional_rpps"))

    op.drop_table("professional")
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_structure_updated_hlc"))
        batch_op.drop_index(batch_op.f("ix_structure_finess"))

    op.drop_table("structure")
    op.drop_table("installation")
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coordinator_updated_hlc"))

    op.drop_table("coordinator")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_hlc"))
        batch_op.drop_index("ix_change_log_entity_id_hlc")

    op.drop_table("change_log")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_entity_id"))

    op.drop_table("audit_event")
