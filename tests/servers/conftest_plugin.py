"""Pytest fixtures for the real test servers. Registered from tests/conftest.py with
``pytest_plugins = ["tests.servers.conftest_plugin"]``.

Each test gets its own Dovecot (it starts in about 20 ms), so no test sees another's mail.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from daemon.config import ImapConfig
from tests.servers.dovecot import Dovecot


@pytest.fixture
def dovecot_factory() -> Iterator[Callable[..., Dovecot]]:
    """Start Dovecot instances with chosen options, e.g. ``dovecot_factory(move=False)``.

    Keyword arguments go to `Dovecot` (username, password, move, capabilities). Every
    instance started here is stopped and removed when the test ends.
    """
    if os.geteuid() != 0:
        pytest.skip("the Dovecot tests need root (Dovecot drops to dovenull and vmail)")
    started: list[Dovecot] = []

    def start(**options: Any) -> Dovecot:
        server = Dovecot(**options)
        started.append(server)
        server.start()
        return server

    try:
        yield start
    finally:
        for server in started:
            server.close()


@pytest.fixture
def dovecot(dovecot_factory: Callable[..., Dovecot]) -> Dovecot:
    """A running private Dovecot with one user (`dovecot.username`, `dovecot.password`)."""
    return dovecot_factory()


@pytest.fixture
def imap_config(dovecot: Dovecot, tmp_path: Path) -> ImapConfig:
    """An ImapConfig for `dovecot`: 127.0.0.1, security "plain", password in a secret file."""
    return dovecot.imap_config(tmp_path / "imap-password")
