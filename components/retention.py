"""`make purge`: delete the conversations whose last event is older than RETENTION_DAYS (default 30).

Works on the tables of Rasa's SQLTrackerStore (`events`) in any SQLAlchemy database (SQLite,
PostgreSQL). A conversation is all events of one sender id; it goes as a whole.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import sqlalchemy as sa

DEFAULT_RETENTION_DAYS = 30
DEFAULT_URL = "sqlite:///.data/conversations.db"


def purge(url: str, days: float, now: float | None = None) -> int:
    """Delete conversations idle for more than `days`; return how many conversations went."""
    cutoff = (time.time() if now is None else now) - days * 86400
    engine = sa.create_engine(url)
    try:
        if not sa.inspect(engine).has_table("events"):
            return 0
        events = sa.Table("events", sa.MetaData(), autoload_with=engine)
        stale = (
            sa.select(events.c.sender_id)
            .group_by(events.c.sender_id)
            .having(sa.func.max(events.c.timestamp) < cutoff)
        )
        with engine.begin() as connection:
            senders = [row[0] for row in connection.execute(stale)]
            for start in range(0, len(senders), 500):
                batch = senders[start : start + 500]
                connection.execute(events.delete().where(events.c.sender_id.in_(batch)))
        return len(senders)
    finally:
        engine.dispose()


def retention_days(environ: dict[str, str] | os._Environ[str]) -> float:
    """RETENTION_DAYS (default 30)."""
    raw = environ.get("RETENTION_DAYS", "")
    return float(raw) if raw.strip() else float(DEFAULT_RETENTION_DAYS)


def main(argv: list[str] | None = None) -> int:
    """Command line: `python -m components.retention [--url URL] [--days N]`."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default=os.environ.get("TRACKER_DB_URL", DEFAULT_URL), help="SQLAlchemy URL")
    parser.add_argument("--days", type=float, default=retention_days(os.environ), help="RETENTION_DAYS")
    args = parser.parse_args(argv)
    removed = purge(args.url, args.days)
    print(f"purge: deleted {removed} conversation(s) idle for more than {args.days:g} days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
