"""Covering indexes for the counts of "À faire": plan reviews due, requests unanswered.

``dashboard_preview`` counts the validated plans whose review is due within a month;
through ``ix_care_plan_review_due`` each of those plans (about 5,000 at 20,000 patients)
was looked up in the wide, encrypted ``care_plan`` rows for its status and patient:
about 30 ms warm, 95 ms cold, each time "À faire" is prepared. ``ix_care_plan_review``
holds exactly those columns: an index-only range scan of about 2 ms.

The unanswered requests (about 2,000 of 26,000 at 20,000 patients) were read from their
rows to be counted (16 ms), then again, joined to their patients' rows and sorted, for
the first fifty (29 ms). ``ix_referral_pending`` gives the count, the order and the
patient of each from the index; the fifty shown are then read by id.

Revision ID: 0010_review_index
Revises: 0009_request_drafts
Create Date: 2026-12-04 21:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_review_index"
down_revision: str | None = "0009_request_drafts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.create_index("ix_care_plan_review",
                              ["status", "review_due", "patient_id", "deleted_hlc"],
                              unique=False)
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index("ix_referral_pending",
                              ["answer", "deleted_hlc", "received_at", "patient_id", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index("ix_referral_pending")
    with op.batch_alter_table("care_plan", schema=None) as batch_op:
        batch_op.drop_index("ix_care_plan_review")
