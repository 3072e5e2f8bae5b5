"""The territory of the coordinator's structure (Préférences › Mon profil): its postal
code and commune, which prefill a new professional and rank the directory's search.

Revision ID: 0008_structure_territory
Revises: 0007_field_needs
Create Date: 2026-12-03 15:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_structure_territory"
down_revision: str | None = "0007_field_needs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("postal_code", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("city", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.drop_column("city")
        batch_op.drop_column("postal_code")
