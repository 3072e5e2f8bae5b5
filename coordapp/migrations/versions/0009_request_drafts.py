"""New requests kept as drafts while they are typed (this installation only).

Revision ID: 0009_request_drafts
Revises: 0008_structure_territory
Create Date: 2026-12-03 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_request_drafts"
down_revision: str | None = "0008_structure_territory"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "request_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("coordinator_id", sa.String(length=36), nullable=True),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["coordinator_id"], ["coordinator.id"],
                                name=op.f("fk_request_draft_coordinator_id_coordinator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_draft")),
    )
    with op.batch_alter_table("request_draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_draft_coordinator_id"),
                              ["coordinator_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("request_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_draft_coordinator_id"))
    op.drop_table("request_draft")
