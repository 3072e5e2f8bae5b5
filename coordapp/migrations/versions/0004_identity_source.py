"""Where an identity status comes from: document checked, or INSi through an import.

Typed by hand, an identity is at best validated (VALI) on a document, whose kind and
date are kept; RECUP and QUAL come only from a system that queried the INSi
teleservice, kept as the source with the date of that query.

Revision ID: 0004_identity_source
Revises: 0003
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_identity_source"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_method", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("identity_document", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("identity_checked_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("identity_source", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("insi_queried_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        for name in ("insi_queried_on", "identity_source", "identity_checked_on",
                     "identity_document", "identity_method"):
            batch_op.drop_column(name)
