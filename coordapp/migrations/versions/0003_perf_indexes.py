"""Performance indexes: the caseload list, in name order, with its search key.

``ix_patient_caseload`` holds everything the caseload screen filters and sorts on
(names, id, folded search key, tombstone). Typing a name then reads the first page by
walking this index in order and stopping after 200 matches, and counts the matches by
scanning this small index instead of the wide patient rows (each encrypted page of the
table decrypted on every keystroke).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 03:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index(
            "ix_patient_caseload",
            ["family_name", "given_names", "id", "search_key", "deleted_hlc"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index("ix_patient_caseload")
