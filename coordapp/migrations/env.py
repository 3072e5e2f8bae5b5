"""Alembic environment: CoordApp always passes an open connection (never a URL)."""

from alembic import context

from coordapp.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("CoordApp migrations run only through coordapp.storage")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode rebuilds tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
