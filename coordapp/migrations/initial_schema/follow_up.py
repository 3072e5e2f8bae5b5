"""The follow-up around the person: care circle, consent, journal, requests."""

import sqlalchemy as sa
from alembic import op


def create() -> None:
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
