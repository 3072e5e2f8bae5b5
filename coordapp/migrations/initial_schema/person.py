"""The person: identity, assessments, and the care plan's header (versions)."""

import sqlalchemy as sa
from alembic import op


def create() -> None:
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
