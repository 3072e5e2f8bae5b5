"""The care plan's content: needs, goals and actions."""

import sqlalchemy as sa
from alembic import op


def create() -> None:
    op.create_table(
        "need",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("raised_by_person", sa.Boolean(), nullable=False),
        sa.Column("unmet", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["care_plan.id"], name=op.f("fk_need_plan_id_care_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "goal",
        sa.Column("need_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("person_opinion", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("evaluation_criterion", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["need_id"], ["need.id"], name=op.f("fk_goal_need_id_need")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_updated_hlc"), ["updated_hlc"], unique=False)

    op.create_table(
        "action",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible_id", sa.String(length=36), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("recurrence", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], name=op.f("fk_action_goal_id_goal")),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["care_team_member.id"],
            name=op.f("fk_action_responsible_id_care_team_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index("ix_action_status_due_on", ["status", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_updated_hlc"), ["updated_hlc"], unique=False)
