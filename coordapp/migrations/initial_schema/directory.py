"""The directory: support structures and professionals."""

import sqlalchemy as sa
from alembic import op


def create() -> None:
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
