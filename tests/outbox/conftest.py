"""Fixtures for the outbox: a real aiosmtpd (STARTTLS and AUTH required) on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest

from outbox.render import Renderer

PASSWORD_ENV = "CASECLOCK_TEST_SMTP_PASSWORD"


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def override_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder
