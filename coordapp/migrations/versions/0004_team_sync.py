"""Team sync: the colleagues roster (structure, coordinator, first and last exchange),
what was sent to whom, and the team's sync settings.

Revision ID: 0004_team_sync
Revises: 0004_identity_source
Create Date: 2026-12-03 12:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_team_sync"
down_revision: str | None = "0004_identity_source"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("structure", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("coordinator_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("first_exchange_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_export_at", sa.DateTime(), nullable=True))
    op.create_table(
        "sync_sent",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("op_count", sa.Integer(), nullable=False),
        sa.Column("patients", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["peer_id"], ["sync_peer.id"],
                                name=op.f("fk_sync_sent_peer_id_sync_peer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_sent")),
    )
    with op.batch_alter_table("sync_sent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_sent_peer_id"), ["peer_id"], unique=False)
    op.create_table(
        "sync_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_setting")),
    )


def downgrade() -> None:
    op.drop_table("sync_setting")
    with op.batch_alter_table("sync_sent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_sent_peer_id"))
    op.drop_table("sync_sent")
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.drop_column("last_export_at")
        batch_op.drop_column("first_exchange_at")
        batch_op.drop_column("coordinator_id")
        batch_op.drop_column("structure")
