"""Sync without a server: device keys, peer roster and frontiers, operation contexts,
conflicts awaiting review, imported bundles; an index to export the change log per device.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 02:46:18.328490
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("winner_op_id", sa.String(length=36), nullable=False),
        sa.Column("winner_value", sa.JSON(), nullable=True),
        sa.Column("winner_hlc", sa.String(length=64), nullable=False),
        sa.Column("winner_device", sa.String(length=36), nullable=False),
        sa.Column("winner_author", sa.String(length=36), nullable=True),
        sa.Column("loser_op_id", sa.String(length=36), nullable=False),
        sa.Column("loser_value", sa.JSON(), nullable=True),
        sa.Column("loser_hlc", sa.String(length=64), nullable=False),
        sa.Column("loser_device", sa.String(length=36), nullable=False),
        sa.Column("loser_author", sa.String(length=36), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint(
            "entity_id", "field", "loser_op_id",
            name=op.f("uq_sync_conflict_entity_id_field_loser_op_id"),
        ),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("signing_secret", sa.String(length=64), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("age_identity", sa.String(length=128), nullable=False),
        sa.Column("age_recipient", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "sync_imported_bundle",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("signer_device", sa.String(length=36), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("op_count", sa.Integer(), nullable=False),
        sa.Column("new_ops", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_imported_bundle")),
    )
    op.create_table(
        "sync_knowledge",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_knowledge")),
    )
    op.create_table(
        "sync_op_context",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_op_context")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=True),
        sa.Column("age_recipient", sa.String(length=128), nullable=True),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("acked", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("device_id", name=op.f("uq_sync_peer_device_id")),
        sa.UniqueConstraint("signing_key", name=op.f("uq_sync_peer_signing_key")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_device_id_hlc", ["device_id", "hlc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_device_id_hlc")

    op.drop_table("sync_peer")
    op.drop_table("sync_op_context")
    op.drop_table("sync_knowledge")
    op.drop_table("sync_imported_bundle")
    op.drop_table("sync_identity")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_entity_id"))

    op.drop_table("sync_conflict")
