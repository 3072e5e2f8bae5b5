"""Initial schema: identity, directory, referrals, care circle, assessments, PPCS,
journal, change log and audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 02:23:34.122444
"""

from collections.abc import Sequence

from alembic import op

from coordapp.migrations.initial_schema import (
    directory,
    follow_up,
    ledger_and_users,
    person,
    plan_content,
)

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    ledger_and_users.create()
    directory.create()
    person.create()
    follow_up.create()
    plan_content.create()


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
