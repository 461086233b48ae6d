"""Shared fixtures: a fresh case store on SQLite and on the machine's PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine

from daemon.store import make_engine, migrate

# A private Dovecot per test (tests/servers): IMAP tests talk to a real server.
pytest_plugins = ["tests.servers.conftest_plugin"]

# The PostgreSQL the machine provides (trust auth); `make test` starts it when it is down.
PG_ADMIN_URL = os.environ.get("CASECLOCK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _pg_conninfo(database: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'caseclock.db'}"
        return
    name = f"caseclock_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield "postgresql+psycopg://" + _pg_conninfo(name).split("://", 1)[1]
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated store on each database."""
    eng = make_engine(db_url)
    migrate(eng)
    yield eng
    eng.dispose()
