"""Domain rules: to whom the information was given, and the AGGIR coding details.

- ``consent_record.recipient``: when the person is represented (guardian, trusted
  person, family), to whom the information was given.
- ``assessment.aggir_detail``: per variable (and sub-variable), the four adverbs of the
  2008 guide (spontanément, totalement, correctement, habituellement) that the letters
  are derived from, and any override by the coordinator with its reason. Grids recorded
  before this revision have no detail: their letters stay as they were.

Revision ID: 0005_domain_rules
Revises: 0004_team_sync
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_domain_rules"
down_revision: str | None = "0004_team_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recipient", sa.String(length=200), nullable=True))
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("aggir_detail", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_column("aggir_detail")
    with op.batch_alter_table("consent_record", schema=None) as batch_op:
        batch_op.drop_column("recipient")
