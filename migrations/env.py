"""Alembic environment for normlab.

normlab runs migrations itself at start-up (``normlab.store.migrate``) and hands over its own
connection. Run by hand, ``alembic -x url=sqlite:///path upgrade head`` works too.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from normlab.store.engine import make_engine
from normlab.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    engine = make_engine(url, foreign_keys=False)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("normlab migrations run online only")
run_online()
