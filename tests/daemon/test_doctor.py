"""`caseclock doctor` against a real Dovecot and aiosmtpd, and `caseclock init`."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from daemon.commands import doctor, init
from daemon.config import load_config
from daemon.doctor import Check, run_checks
from daemon.init import StarterAnswers, render_starter_config, write_starter_config
from daemon.store import make_engine, migrate, schema_status
from tests.servers.dovecot import Dovecot, free_port
from tests.servers.smtp import Certificate, SmtpServer

TODAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite store, copied by each test that needs one (migrating is slow)."""
    path = tmp_path_factory.mktemp("migrated") / "caseclock.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


def _store(tmp_path: Path, migrated_db: Path) -> Path:
    db = tmp_path / "cc.db"
    shutil.copy(migrated_db, db)
    db.chmod(0o600)
    return db


def _secret(path: Path, value: str, mode: int = 0o600) -> Path:
    path.write_text(value + "\n")
    path.chmod(mode)
    return path


def _server_config(
    tmp_path: Path,
    db: Path,
    *,
    imap_port: int,
    imap_user: str,
    imap_secret: Path,
    smtp_port: int,
    smtp_user: str,
    smtp_secret: Path,
    extra: str = "",
) -> Path:
    path = tmp_path / "caseclock.toml"
    path.write_text(
        f'[store]\nurl = "sqlite:///{db}"\n'
        '[mailbox]\nkind = "imap"\npoll_seconds = 5\n'
        f'[mailbox.imap]\nhost = "127.0.0.1"\nport = {imap_port}\nsecurity = "plain"\n'
        f'username = "{imap_user}"\ntimeout_s = 5\n'
        f'[mailbox.imap.password]\nfile = "{imap_secret}"\n'
        '[outbox]\ntransport = "smtp"\n'
        f'[outbox.smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "starttls"\n'
        f'username = "{smtp_user}"\ntimeout_s = 5\n'
        f'[outbox.smtp.password]\nfile = "{smtp_secret}"\n{extra}'
    )
    return path


class World:
    """A config file pointing at a real Dovecot and aiosmtpd, and a way to run the doctor."""

    def __init__(
        self,
        tmp_path: Path,
        db: Path,
        dovecot: Dovecot,
        smtp: SmtpServer,
        certificate: Certificate,
    ) -> None:
        self.tmp_path = tmp_path
        self.db = db
        self.dovecot = dovecot
        self.smtp = smtp
        self.certificate = certificate
        self.imap_secret = _secret(tmp_path / "imap-password", dovecot.password)
        self.smtp_secret = _secret(tmp_path / "smtp-password", smtp.password)
        self.imap_port = dovecot.port
        self.smtp_port = smtp.port

    def config(self) -> Path:
        return _server_config(
            self.tmp_path,
            self.db,
            imap_port=self.imap_port,
            imap_user=self.dovecot.username,
            imap_secret=self.imap_secret,
            smtp_port=self.smtp_port,
            smtp_user=self.smtp.username,
            smtp_secret=self.smtp_secret,
        )

    def run(self) -> list[Check]:
        return run_checks(self.config(), tls_context=self.certificate.client_context(), today=TODAY)

    def secrets(self) -> tuple[str, ...]:
        return (
            self.dovecot.password,
            self.smtp.password,
            self.imap_secret.read_text().strip(),
            self.smtp_secret.read_text().strip(),
        )


@pytest.fixture
def world(
    tmp_path: Path,
    migrated_db: Path,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    certificate: Certificate,
) -> World:
    for folder in ("Processed", "Triage", "Quarantine"):
        dovecot.create_folder(folder)
    return World(tmp_path, _store(tmp_path, migrated_db), dovecot, smtp_server, certificate)


def _by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


def _text(checks: list[Check]) -> str:
    return "\n".join(c.line() for c in checks)


def _failures(checks: list[Check]) -> list[str]:
    return [c.name for c in checks if not c.ok]


def test_all_ok_against_real_dovecot_and_aiosmtpd(world: World) -> None:
    checks = world.run()
    assert _failures(checks) == [], _text(checks)
    names = [c.name for c in checks]
    assert names == [
        "config",
        "timezone",
        "calendar",
        "bank holidays",
        "database",
        "database schema",
        "database file",
        "secret mailbox.imap.password",
        "secret outbox.smtp.password",
        "imap reachable",
        "imap TLS",
        "imap login",
        "imap folders",
        "imap IDLE",
        "imap MOVE",
        "smtp reachable",
        "smtp STARTTLS",
        "smtp AUTH",
    ]
    by = _by_name(checks)
    assert "Processed, Triage, Quarantine present" in by["imap folders"].detail
    assert by["imap IDLE"].detail.startswith("supported")
    assert by["imap MOVE"].detail.startswith("supported")
    assert "certificate verified" in by["smtp STARTTLS"].detail
    assert "no mail sent" in by["smtp AUTH"].detail
    assert world.smtp.received == []  # doctor never sends
    assert world.smtp.auth_attempts  # but it did log in
    out = _text(checks)
    assert all(secret not in out for secret in world.secrets())


def test_wrong_imap_password_fails_login_without_showing_it(world: World) -> None:
    wrong = "Wr0ng-imap-pass!"
    _secret(world.imap_secret, wrong)
    checks = world.run()
    assert _failures(checks) == ["imap login"], _text(checks)
    login = _by_name(checks)["imap login"]
    assert "refused" in login.detail and world.dovecot.username in login.detail
    assert login.fix is not None and str(world.imap_secret) in login.fix
    out = _text(checks)
    assert wrong not in out and world.dovecot.password not in out
    # the checks after a failed login are not run: no folders, no capabilities
    assert "imap folders" not in _by_name(checks)


def test_wrong_smtp_password_fails_auth(world: World) -> None:
    wrong = "Wr0ng-smtp-pass!"
    _secret(world.smtp_secret, wrong)
    checks = world.run()
    assert _failures(checks) == ["smtp AUTH"], _text(checks)
    auth = _by_name(checks)["smtp AUTH"]
    assert "535" in auth.detail and repr(world.smtp.username) in auth.detail
    assert auth.fix is not None and "outbox.smtp.username" in auth.fix
    out = _text(checks)
    assert wrong not in out and world.smtp.password not in out


def test_closed_ports_fail_reachable_with_a_fix(world: World) -> None:
    world.imap_port = free_port()  # nothing listens there
    world.smtp_port = free_port()
    checks = world.run()
    assert _failures(checks) == ["imap reachable", "smtp reachable"], _text(checks)
    by = _by_name(checks)
    for name in ("imap reachable", "smtp reachable"):
        line = by[name].line()
        assert line.startswith(f"FAIL {name}: cannot connect to 127.0.0.1:")
        assert "-> fix: check " in line and "firewall" in line


def test_untrusted_smtp_certificate_fails_starttls(world: World) -> None:
    checks = run_checks(world.config(), tls_context=None, today=TODAY)  # the system's CAs
    assert _failures(checks) == ["smtp STARTTLS"], _text(checks)
    line = _by_name(checks)["smtp STARTTLS"].line()
    assert "certificate not trusted" in line and "-> fix: " in line
    assert "smtp AUTH" not in _by_name(checks)  # no password over an unverified channel
    assert world.smtp.auth_attempts == []


def test_missing_folder_is_reported_and_not_created(
    tmp_path: Path,
    migrated_db: Path,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    certificate: Certificate,
) -> None:
    dovecot.create_folder("Triage")
    dovecot.create_folder("Quarantine")
    world = World(tmp_path, _store(tmp_path, migrated_db), dovecot, smtp_server, certificate)
    checks = world.run()
    assert _failures(checks) == [], _text(checks)
    folders = _by_name(checks)["imap folders"]
    assert folders.line() == (
        "ok   imap folders: INBOX present (0 messages); Triage, Quarantine present; "
        "Processed missing: will be created at start"
    )
    assert "Processed" not in dovecot.folders()


def test_move_missing_is_a_warning_with_the_fallback_named(
    tmp_path: Path,
    migrated_db: Path,
    dovecot_factory: Callable[..., Dovecot],
    smtp_server: SmtpServer,
    certificate: Certificate,
) -> None:
    server = dovecot_factory(move=False)
    world = World(tmp_path, _store(tmp_path, migrated_db), server, smtp_server, certificate)
    checks = world.run()
    assert _failures(checks) == [], _text(checks)
    move = _by_name(checks)["imap MOVE"]
    assert move.ok and move.detail.startswith("warning: not offered")
    assert "COPY + UID EXPUNGE" in move.detail


def test_world_readable_secret_fails_with_chmod_fix(world: World) -> None:
    world.imap_secret.chmod(0o644)
    checks = world.run()
    assert _failures(checks) == ["secret mailbox.imap.password"], _text(checks)
    line = _by_name(checks)["secret mailbox.imap.password"].line()
    assert "mode 0644" in line
    assert f"-> fix: chmod 600 {world.imap_secret}" in line
    assert world.dovecot.password not in line


# ---- without servers: local pilot configurations ------------------------------------------


def _local_config(tmp_path: Path, db: Path, extra: str = "") -> Path:
    path = tmp_path / "local.toml"
    path.write_text(
        f'[store]\nurl = "sqlite:///{db}"\n'
        f'[mailbox]\npath = "{tmp_path}/mailbox"\n'
        f'[outbox]\npath = "{tmp_path}/outbox"\n{extra}'
    )
    return path


def test_unmigrated_database_fails_with_migrate_fix(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    engine = make_engine(f"sqlite:///{db}")
    with engine.connect():
        pass  # the file exists, with no schema
    engine.dispose()
    db.chmod(0o600)
    checks = run_checks(_local_config(tmp_path, db), today=TODAY)
    assert _failures(checks) == ["database schema"], _text(checks)
    schema = _by_name(checks)["database schema"]
    assert schema.detail.startswith("empty: no caseclock schema")
    assert schema.fix == "run caseclock migrate"


def test_missing_sqlite_file_fails_and_is_not_created(tmp_path: Path) -> None:
    db = tmp_path / "var" / "nowhere.db"
    checks = run_checks(_local_config(tmp_path, db), today=TODAY)
    assert _failures(checks) == ["database"], _text(checks)
    assert "caseclock migrate" in (_by_name(checks)["database"].fix or "")
    assert not db.exists() and not db.parent.exists()


def test_world_readable_database_fails_with_chmod_fix(tmp_path: Path, migrated_db: Path) -> None:
    db = _store(tmp_path, migrated_db)
    db.chmod(0o644)
    checks = run_checks(_local_config(tmp_path, db), today=TODAY)
    assert _failures(checks) == ["database file"], _text(checks)
    assert f"chmod 600 {db}" in (_by_name(checks)["database file"].fix or "")


def test_calendar_that_ends_this_year_fails(tmp_path: Path, migrated_db: Path) -> None:
    db = _store(tmp_path, migrated_db)
    path = _local_config(tmp_path, db, "[deadlines]\ncalendar_last_year = 2026\n")
    checks = run_checks(path, today=TODAY)
    assert _failures(checks) == ["calendar"], _text(checks)
    calendar = _by_name(checks)["calendar"]
    assert "2027" in calendar.detail and "calendar_last_year" in (calendar.fix or "")
    holidays = _by_name(checks)["bank holidays"]
    assert holidays.ok and "in 2026" in holidays.detail and "in 2027" in holidays.detail


def test_invalid_config_is_one_line_and_the_rest_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[mailbox]\npoll_second = 5\n")
    checks = run_checks(path, today=TODAY)
    assert [c.name for c in checks] == ["config", "timezone"]
    assert _failures(checks) == ["config"]
    assert "mailbox.poll_second: unknown key" in checks[0].detail


def test_env_secret_not_set_fails(tmp_path: Path, migrated_db: Path) -> None:
    db = _store(tmp_path, migrated_db)
    path = _local_config(
        tmp_path,
        db,
        '[outbox.smtp]\nhost = "127.0.0.1"\nport = 1\nusername = "cc"\n'
        '[outbox.smtp.password]\nenv = "CASECLOCK_TEST_DOCTOR_UNSET"\n',
    ).read_text()
    config = tmp_path / "smtp.toml"
    config.write_text(path.replace("[outbox]\n", '[outbox]\ntransport = "smtp"\n'))
    checks = run_checks(config, today=TODAY)
    by = _by_name(checks)
    assert not by["secret outbox.smtp.password"].ok
    assert "CASECLOCK_TEST_DOCTOR_UNSET is not set" in by["secret outbox.smtp.password"].detail
    assert not by["smtp reachable"].ok  # port 1: nothing listens


def test_cli_prints_lines_and_exits_by_outcome(tmp_path: Path, migrated_db: Path) -> None:
    db = _store(tmp_path, migrated_db)
    path = _local_config(tmp_path, db)
    good = CliRunner().invoke(doctor, ["--config", str(path)], obj={"config_path": None})
    assert good.exit_code == 0, good.output
    lines = good.output.splitlines()
    assert all(line.startswith("ok   ") for line in lines[:-1])
    assert lines[-1].endswith("checks, 0 failed")
    db.unlink()
    bad = CliRunner().invoke(doctor, [], obj={"config_path": path})
    assert bad.exit_code == 1
    assert f"FAIL database: {db} does not exist" in bad.output
    assert "-> fix: run caseclock migrate" in bad.output


# ---- init ----------------------------------------------------------------------------------


def test_init_on_a_non_terminal_writes_a_valid_config_and_creates_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(init, [], obj={"config_path": None})
    assert result.exit_code == 0, result.output
    assert "?" not in result.output  # nothing was asked
    written = tmp_path / "caseclock.toml"
    config = load_config(written)
    assert config.mailbox.kind == "maildir" and config.outbox.transport == "file"
    assert config.outbox.dry_run is False
    assert config.store.url == "sqlite:///var/caseclock.db"
    db = tmp_path / "var" / "caseclock.db"
    engine = make_engine(f"sqlite:///{db}")
    try:
        current, head = schema_status(engine)
    finally:
        engine.dispose()
    assert current == head is not None
    assert db.stat().st_mode & 0o077 == 0
    # what init wrote passes the doctor
    checks = run_checks(written, today=TODAY)
    assert _failures(checks) == [], _text(checks)


def test_init_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "mine.toml"
    target.write_text("# hand-written\n")
    refused = CliRunner().invoke(init, [str(target)], obj={"config_path": None})
    assert refused.exit_code == 1
    assert "exists: not overwritten (--force overwrites it)" in refused.output
    assert target.read_text() == "# hand-written\n"
    with pytest.raises(FileExistsError):
        write_starter_config(target, StarterAnswers())


def test_starter_config_with_imap_and_smtp_answers_loads(tmp_path: Path) -> None:
    answers = StarterAnswers(
        mailbox_kind="imap",
        imap_host="imap.council.example.gov.uk",
        imap_username="iro.reviews@council.example.gov.uk",
        outbox_transport="smtp",
        smtp_host="smtp.council.example.gov.uk",
        administrator="it.admin@council.example.gov.uk",
    )
    path = tmp_path / "caseclock.toml"
    write_starter_config(path, answers)
    config = load_config(path)
    assert config.mailbox.imap is not None and config.outbox.smtp is not None
    assert config.mailbox.imap.host == "imap.council.example.gov.uk"
    assert config.mailbox.imap.password.env == "CASECLOCK_IMAP_PASSWORD"
    assert config.outbox.smtp.host == "smtp.council.example.gov.uk"
    assert str(config.people.administrator) == "it.admin@council.example.gov.uk"
    # every key written carries a comment somewhere above it
    text = render_starter_config(StarterAnswers())
    assert tomllib.loads(text)["mailbox"]["kind"] == "maildir"
    assert "# [mailbox.imap]" in text and "# [outbox.smtp]" in text
