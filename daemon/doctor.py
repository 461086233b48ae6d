"""`caseclock doctor`: check a configuration against the world it names, one line per check.

Each check answers ok, or says what is wrong and how to fix it: the configuration, the
database (reachable, migrated), the mailbox (IMAP login, folders, IDLE, MOVE; or a Maildir
that can be written), the outbox (SMTP reachable, STARTTLS, AUTH; or a folder that can be
written), the working-day calendar and the `holidays` table, the Europe/London timezone, and
the file permissions of the SQLite database and the secret files.

Nothing here changes anything a running service relies on: no folder is created on the IMAP
server, no mail is sent (SMTP ends after AUTH with QUIT), a SQLite file that is missing is
not created. `run_checks` never raises: a check that fails, even unexpectedly, is a line.
Secrets are never shown: every line is scrubbed of the secret values read.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import aiosmtplib
from aiosmtplib.protocol import SMTPProtocol
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import text
from sqlalchemy.engine import make_url

from daemon.config import (
    Config,
    ConfigError,
    ImapConfig,
    Secret,
    SmtpConfig,
    load_config,
    redact_url,
)
from daemon.store import make_engine, schema_status
from rules.calendar import england_holidays

LONDON_ZONE: Final = "Europe/London"
OTHERS_MASK: Final = stat.S_IRWXO  # any permission for "others": world-readable or worse


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the doctor's report: ok, or what is wrong and the fix."""

    name: str
    ok: bool
    detail: str
    fix: str | None = None

    def line(self) -> str:
        if self.ok:
            return f"ok   {self.name}: {self.detail}"
        fix = f" -> fix: {self.fix}" if self.fix else ""
        return f"FAIL {self.name}: {self.detail}{fix}"


def _ok(name: str, detail: str) -> Check:
    return Check(name, True, detail)


def _fail(name: str, detail: str, fix: str) -> Check:
    return Check(name, False, detail, fix)


def _first_line(err: BaseException) -> str:
    said = str(err).strip().splitlines()
    return f"{type(err).__name__}: {said[0]}" if said else type(err).__name__


def _cert_failure(err: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _unresolved(err: BaseException) -> bool:
    """True when the host name could not be resolved (DNS), anywhere in the chain."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _guarded(name: str, check: Callable[[], list[Check]]) -> list[Check]:
    """Run one check; an error nobody foresaw becomes a failing line, never an exception."""
    try:
        return check()
    except Exception as err:
        return [
            _fail(
                name,
                f"the check itself failed: {_first_line(err)}",
                "run again with the same configuration; if it persists, report this line",
            )
        ]


# ---- the configuration ---------------------------------------------------------------------


def check_config(path: Path | None) -> tuple[Check, Config | None]:
    where = str(path) if path is not None else "(no file: embedded defaults)"
    try:
        config = load_config(path)
    except ConfigError as err:
        return (
            _fail(
                "config",
                str(err),
                "correct the key named; 'caseclock check-config PATH' checks the file alone",
            ),
            None,
        )
    return _ok("config", f"{where} is valid"), config


# ---- timezone and calendar ------------------------------------------------------------------


def check_timezone() -> Check:
    try:
        zone = ZoneInfo(LONDON_ZONE)
    except (ZoneInfoNotFoundError, ValueError) as err:
        return _fail(
            "timezone",
            f"{LONDON_ZONE} not found: {_first_line(err)}",
            "install the time zone data: apt-get install tzdata (or pip install tzdata)",
        )
    winter = datetime(2025, 1, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
    summer = datetime(2025, 7, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
    offsets = [None if o is None else o.total_seconds() for o in (winter, summer)]
    if offsets != [0, 3600]:
        return _fail(
            "timezone",
            f"{LONDON_ZONE} has wrong offsets (winter {winter}, summer {summer})",
            "reinstall the time zone data: apt-get install --reinstall tzdata",
        )
    return _ok("timezone", f"{LONDON_ZONE} available (GMT in winter, BST in summer)")


def check_calendar_years(config: Config, today: date) -> Check:
    d = config.deadlines
    this, following = today.year, today.year + 1
    if d.calendar_first_year > this:
        return _fail(
            "calendar",
            f"calendar starts in {d.calendar_first_year}, after this year ({this})",
            f"set deadlines.calendar_first_year = {min(this, 2010)} or earlier",
        )
    if d.calendar_last_year < following:
        return _fail(
            "calendar",
            f"calendar ends in {d.calendar_last_year}: next year ({following}) is not covered "
            "and deadlines counted into it would stop",
            f"set deadlines.calendar_last_year = {following + 10} (at least {following})",
        )
    return _ok(
        "calendar",
        f"covers {d.calendar_first_year}-{d.calendar_last_year}, this year and next included",
    )


def check_bank_holidays(today: date) -> Check:
    import holidays  # the package's version is part of the answer

    version = getattr(holidays, "__version__", "?")
    years = (today.year, today.year + 1)
    table = england_holidays(*years)
    counts = {year: sum(1 for day in table if day.year == year) for year in years}
    missing = [year for year, count in counts.items() if count == 0]
    if missing:
        return _fail(
            "bank holidays",
            f"holidays {version} knows no bank holidays in England for "
            + ", ".join(str(y) for y in missing),
            "upgrade the holidays package: .venv/bin/pip install --upgrade holidays",
        )
    return _ok(
        "bank holidays",
        f"holidays {version} knows {counts[years[0]]} bank holidays in England in {years[0]} "
        f"and {counts[years[1]]} in {years[1]}",
    )


# ---- the database ---------------------------------------------------------------------------


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def check_database(config: Config) -> list[Check]:
    url = config.store.url
    shown = redact_url(url)
    sqlite_file = _sqlite_path(url)
    if sqlite_file is not None and not sqlite_file.exists():
        return [
            _fail(
                "database",
                f"{sqlite_file} does not exist ({shown})",
                "run caseclock migrate (or caseclock init) to create the store",
            )
        ]
    engine = make_engine(url)
    try:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as err:
            return [
                _fail(
                    "database",
                    f"cannot connect to {shown}: {_first_line(getattr(err, 'orig', None) or err)}",
                    "check store.url, that the database server is running and that this user "
                    "may log in",
                )
            ]
        checks = [_ok("database", f"reachable: {shown}")]
        current, head = schema_status(engine)
        if current == head:
            checks.append(_ok("database schema", f"at {head}, the newest this caseclock knows"))
        elif current is None:
            checks.append(
                _fail(
                    "database schema",
                    f"empty: no caseclock schema (this caseclock needs {head})",
                    "run caseclock migrate",
                )
            )
        else:
            checks.append(
                _fail(
                    "database schema",
                    f"at {current}, this caseclock needs {head}",
                    "run caseclock migrate (if the database is newer, upgrade caseclock instead)",
                )
            )
        return checks
    finally:
        engine.dispose()


def _mode_problem(path: Path) -> str | None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & OTHERS_MASK:
        return f"{path} has mode {mode:04o}: every user on this machine can read it"
    return None


def check_database_permissions(config: Config) -> Check | None:
    sqlite_file = _sqlite_path(config.store.url)
    if sqlite_file is None or not sqlite_file.exists():
        return None
    files = [sqlite_file] + [
        p for p in (Path(f"{sqlite_file}-wal"), Path(f"{sqlite_file}-shm")) if p.exists()
    ]
    problems = [(f, why) for f in files if (why := _mode_problem(f)) is not None]
    if problems:
        return _fail(
            "database file",
            "; ".join(why for _f, why in problems),
            "chmod 600 "
            + " ".join(str(f) for f, _why in problems)
            + " (owned by the service's user)",
        )
    mode = stat.S_IMODE(sqlite_file.stat().st_mode)
    return _ok("database file", f"{sqlite_file} mode {mode:04o}: not readable by others")


# ---- secrets --------------------------------------------------------------------------------


def _secrets(config: Config) -> list[tuple[str, Secret]]:
    found: list[tuple[str, Secret]] = []
    if config.mailbox.kind == "imap" and config.mailbox.imap is not None:
        found.append(("mailbox.imap.password", config.mailbox.imap.password))
    smtp = config.outbox.smtp
    if config.outbox.transport == "smtp" and smtp is not None and smtp.password is not None:
        found.append(("outbox.smtp.password", smtp.password))
    return found


def check_secret(key: str, secret: Secret) -> Check:
    name = f"secret {key}"
    if secret.env is not None:
        value = os.environ.get(secret.env)
        if not value:
            return _fail(
                name,
                f"environment variable {secret.env} is {'empty' if value == '' else 'not set'}",
                f"set {secret.env} in the service's environment "
                "(systemd: EnvironmentFile=/etc/caseclock/secrets.env, mode 600)",
            )
        return _ok(name, f"from environment variable {secret.env} (set)")
    assert secret.file is not None
    path = secret.file
    if not path.exists():
        return _fail(
            name,
            f"file {path} does not exist",
            f"write the password into {path} and chmod 600 {path}",
        )
    problem = _mode_problem(path)
    if problem is not None:
        return _fail(name, problem, f"chmod 600 {path} (owned by the service's user)")
    try:
        value = secret.reveal()
    except ConfigError as err:
        return _fail(name, str(err), f"let the service's user read {path} (chmod 600, chown)")
    if not value:
        return _fail(name, f"file {path} is empty", f"write the password into {path}")
    mode = stat.S_IMODE(path.stat().st_mode)
    return _ok(name, f"file {path} mode {mode:04o}: not readable by others")


def _reveal(secret: Secret | None) -> tuple[str | None, str | None]:
    """(value, None) or (None, why it cannot be read)."""
    if secret is None:
        return None, None
    try:
        return secret.reveal(), None
    except ConfigError as err:
        return None, str(err)


# ---- local folders --------------------------------------------------------------------------


def _writable_dir(path: Path) -> bool:
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)


def check_folder(name: str, key: str, path: Path, subfolders: tuple[str, ...] = ()) -> Check:
    """A Maildir that caseclock writes: there and writable, or creatable at start."""
    if path.exists():
        if not _writable_dir(path):
            what = "not a folder" if not path.is_dir() else "not writable by this user"
            return _fail(
                name,
                f"{path} is {what}",
                f"make {path} a folder the service's user can write ({key})",
            )
        missing = [s for s in subfolders if not (path / s).exists()]
        blocked = [s for s in subfolders if (path / s).exists() and not _writable_dir(path / s)]
        if blocked:
            return _fail(
                name,
                f"{path}: " + ", ".join(blocked) + " not writable by this user",
                f"chown -R the service's user {path}",
            )
        detail = f"{path} is writable"
        if missing:
            detail += "; " + ", ".join(missing) + " missing: will be created at start"
        return _ok(name, detail)
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if _writable_dir(ancestor):
        return _ok(name, f"{path} does not exist yet: will be created at start")
    return _fail(
        name,
        f"{path} does not exist and {ancestor} is not writable by this user",
        f"create it: install -d -o <service user> {path} ({key})",
    )


# ---- IMAP -----------------------------------------------------------------------------------


def _imap_connect(config: ImapConfig, tls_context: ssl.SSLContext | None) -> IMAPClient:
    """As daemon.mailbox.make_imap_client, with a TLS context that tests can replace."""
    context = tls_context or ssl.create_default_context()
    if config.security == "tls":
        return IMAPClient(
            config.host,
            port=config.port,
            ssl=True,
            ssl_context=context,
            timeout=config.timeout_s,
        )
    client = IMAPClient(config.host, port=config.port, ssl=False, timeout=config.timeout_s)
    if config.security == "starttls":
        try:
            client.starttls(context)
        except BaseException:
            client.shutdown()
            raise
    return client


def _imap_tls_fix(config: ImapConfig) -> str:
    return (
        f"the certificate of {config.host} does not verify against this machine's trust "
        "store: use the host name the certificate names, or install the issuing CA "
        "(update-ca-certificates)"
    )


def check_imap(config: Config, tls_context: ssl.SSLContext | None) -> list[Check]:
    imap = config.mailbox.imap
    assert imap is not None
    where = f"{imap.host}:{imap.port}"
    try:
        client = _imap_connect(imap, tls_context)
    except Exception as err:
        cert = _cert_failure(err)
        if cert is not None:
            return [_fail("imap TLS", f"{where}: {cert.verify_message}", _imap_tls_fix(imap))]
        if isinstance(err, IMAPClientError) and imap.security == "starttls":
            return [
                _fail(
                    "imap TLS",
                    f"{where}: STARTTLS failed: {_first_line(err)}",
                    "if the server uses implicit TLS set mailbox.imap.security = 'tls' and "
                    "port = 993",
                )
            ]
        if _unresolved(err):
            return [
                _fail(
                    "imap reachable",
                    f"host name {imap.host} not found: {_first_line(err)}",
                    "check the spelling of mailbox.imap.host and this machine's DNS",
                )
            ]
        return [
            _fail(
                "imap reachable",
                f"cannot connect to {where}: {_first_line(err)}",
                "check mailbox.imap.host and port (993 TLS, 143 STARTTLS), that the server "
                "is up and that no firewall blocks the port",
            )
        ]
    checks = [_ok("imap reachable", f"connected to {where}")]
    tls_said = {
        "tls": "implicit TLS, certificate verified",
        "starttls": "STARTTLS, certificate verified",
        "plain": "plain (no TLS): allowed only because the host is loopback",
    }
    checks.append(_ok("imap TLS", tls_said[imap.security]))
    try:
        checks += _imap_session(client, config, imap)
    finally:
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()
    return checks


def _imap_session(client: IMAPClient, config: Config, imap: ImapConfig) -> list[Check]:
    password, unreadable = _reveal(imap.password)
    if password is None:
        return [
            _fail(
                "imap login",
                f"no password to log in with: {unreadable}",
                f"provide the password ({imap.password.describe()})",
            )
        ]
    try:
        client.login(imap.username, password)
    except (IMAPClientError, OSError) as err:
        return [
            _fail(
                "imap login",
                f"login as {imap.username} refused: {_first_line(err)}",
                f"check mailbox.imap.username and the password in {imap.password.describe()}"
                " (Microsoft 365 and Google may need an app password or OAuth2)",
            )
        ]
    checks = [_ok("imap login", f"logged in as {imap.username}")]
    checks += _guarded("imap folders", lambda: [_imap_folders(client, config)])
    checks += _guarded("imap capabilities", lambda: _imap_capabilities(client, config))
    return checks


def _imap_capabilities(client: IMAPClient, config: Config) -> list[Check]:
    checks: list[Check] = []
    capabilities = set(client.capabilities())
    if b"IDLE" in capabilities:
        checks.append(_ok("imap IDLE", "supported: new mail is seen at once"))
    else:
        checks.append(
            _ok(
                "imap IDLE",
                "warning: not offered; caseclock polls every "
                f"{config.mailbox.poll_seconds} s (mailbox.poll_seconds) instead",
            )
        )
    if b"MOVE" in capabilities:
        checks.append(_ok("imap MOVE", "supported: handled mail is moved in one step"))
    elif b"UIDPLUS" in capabilities:
        checks.append(
            _ok(
                "imap MOVE",
                "warning: not offered; caseclock falls back to COPY + UID EXPUNGE (UIDPLUS), "
                "which works but is not atomic",
            )
        )
    else:
        checks.append(
            _fail(
                "imap MOVE",
                "neither MOVE nor UIDPLUS offered: handled mail cannot be moved safely",
                "use an IMAP server with MOVE (RFC 6851) or UIDPLUS (RFC 4315)",
            )
        )
    return checks


def _imap_folders(client: IMAPClient, config: Config) -> Check:
    folders = config.mailbox.folders
    listed = {str(name) for _flags, _delim, name in client.list_folders()}
    inbox = folders.inbox
    present = {name.upper() if name.upper() == "INBOX" else name for name in listed}
    wanted_inbox = inbox.upper() if inbox.upper() == "INBOX" else inbox
    if wanted_inbox not in present:
        return _fail(
            "imap folders",
            f"inbox folder {inbox} not found",
            "set mailbox.folders.inbox to the folder mail arrives in",
        )
    info = client.select_folder(inbox, readonly=True)
    count = int(info.get(b"EXISTS", 0))
    targets = (folders.processed, folders.triage, folders.quarantine)
    there = [t for t in targets if t in present]
    missing = [t for t in targets if t not in present]
    parts = [f"{inbox} present ({count} messages)"]
    if there:
        parts.append(", ".join(there) + " present")
    if missing:
        parts.append(", ".join(missing) + " missing: will be created at start")
    return _ok("imap folders", "; ".join(parts))


# ---- SMTP -----------------------------------------------------------------------------------


def _smtp_fix_reach() -> str:
    return (
        "check outbox.smtp.host and port (587 STARTTLS, 465 implicit TLS), that the server "
        "is up and that no firewall blocks the port"
    )


def _smtp_cert_fail(smtp: SmtpConfig, cert: ssl.SSLCertVerificationError) -> Check:
    return _fail(
        "smtp STARTTLS" if smtp.security == "starttls" else "smtp TLS",
        f"{smtp.host}:{smtp.port}: certificate not trusted: {cert.verify_message}",
        f"the certificate of {smtp.host} does not verify against this machine's trust store: "
        "use the host name the certificate names, or install the issuing CA "
        "(update-ca-certificates)",
    )


async def _close_smtp(client: aiosmtplib.SMTP, opened: list[SMTPProtocol]) -> None:
    """QUIT when connected, else drop; wait briefly for the socket (TLS) to go. Never raises."""
    if client.is_connected:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()
    else:
        client.close()
    loop = asyncio.get_running_loop()
    until = loop.time() + 2.0
    while any(p.transport is not None for p in opened) and loop.time() < until:
        await asyncio.sleep(0.005)


async def _smtp_checks(smtp: SmtpConfig, tls_context: ssl.SSLContext | None) -> list[Check]:
    where = f"{smtp.host}:{smtp.port}"
    client = aiosmtplib.SMTP(
        hostname=smtp.host,
        port=smtp.port,
        timeout=smtp.timeout_s,
        use_tls=smtp.security == "tls",
        start_tls=False,  # done below, to report it as its own line
        tls_context=tls_context,
        local_hostname="localhost" if smtp.host in ("127.0.0.1", "localhost", "::1") else None,
    )
    opened: list[SMTPProtocol] = []
    checks: list[Check] = []
    try:
        try:
            await client.connect()
        except Exception as err:
            cert = _cert_failure(err)
            if cert is not None:
                return [_smtp_cert_fail(smtp, cert)]
            if _unresolved(err):
                return [
                    _fail(
                        "smtp reachable",
                        f"host name {smtp.host} not found: {_first_line(err)}",
                        "check the spelling of outbox.smtp.host and this machine's DNS",
                    )
                ]
            return [
                _fail(
                    "smtp reachable",
                    f"cannot connect to {where}: {_first_line(err)}",
                    _smtp_fix_reach(),
                )
            ]
        if client.protocol is not None:
            opened.append(client.protocol)
        try:
            await _smtp_steps(client, smtp, checks, where)
        except Exception as err:
            cert = _cert_failure(err)
            if cert is not None:
                checks.append(_smtp_cert_fail(smtp, cert))
            else:
                step = ("smtp reachable", "smtp STARTTLS", "smtp AUTH")[min(len(checks), 2)]
                checks.append(
                    _fail(
                        step,
                        f"{where}: {_first_line(err)}",
                        "check outbox.smtp (host, port, security) with the mail administrators",
                    )
                )
        return checks
    finally:
        await _close_smtp(client, opened)


async def _smtp_steps(
    client: aiosmtplib.SMTP, smtp: SmtpConfig, checks: list[Check], where: str
) -> None:
    """EHLO, STARTTLS (or say which TLS), AUTH: a line each, appended to ``checks``."""
    await client.ehlo()
    checks.append(_ok("smtp reachable", f"connected to {where}, EHLO answered"))
    if smtp.security == "starttls":
        if not client.supports_extension("starttls"):
            checks.append(
                _fail(
                    "smtp STARTTLS",
                    f"{where} does not offer STARTTLS",
                    "if the server uses implicit TLS set outbox.smtp.security = 'tls' and "
                    "port = 465; caseclock never sends a password unencrypted",
                )
            )
            return
        await client.starttls()
        await client.ehlo()
        checks.append(_ok("smtp STARTTLS", "TLS established, certificate verified"))
    elif smtp.security == "tls":
        checks.append(_ok("smtp TLS", "implicit TLS, certificate verified"))
    else:
        checks.append(_ok("smtp TLS", "plain (no TLS): allowed only because the host is loopback"))
    checks.append(await _smtp_auth(client, smtp))


async def _smtp_auth(client: aiosmtplib.SMTP, smtp: SmtpConfig) -> Check:
    if smtp.username is None:
        return _ok("smtp AUTH", "warning: no outbox.smtp.username: mail is sent without AUTH")
    if smtp.password is None:
        return _fail(
            "smtp AUTH",
            "a username is set but no password",
            "add [outbox.smtp.password] with env = ... or file = ...",
        )
    password, unreadable = _reveal(smtp.password)
    if password is None:
        return _fail(
            "smtp AUTH",
            f"no password to log in with: {unreadable}",
            f"provide the password ({smtp.password.describe()})",
        )
    if not client.supports_extension("auth"):
        return _fail(
            "smtp AUTH",
            f"{smtp.host}:{smtp.port} offers no AUTH"
            + (" even after STARTTLS" if smtp.security == "starttls" else ""),
            "check with the mail administrators that this port takes authenticated "
            "submission (587 or 465)",
        )
    try:
        await client.login(smtp.username, password)
    except aiosmtplib.SMTPAuthenticationError as err:
        return _fail(
            "smtp AUTH",
            f"login as {smtp.username!r} refused: {err.code} {' '.join(err.message.split())}",
            f"check outbox.smtp.username and the password in {smtp.password.describe()}",
        )
    return _ok("smtp AUTH", f"logged in as {smtp.username!r}; no mail sent")


def check_smtp(config: Config, tls_context: ssl.SSLContext | None) -> list[Check]:
    smtp = config.outbox.smtp
    assert smtp is not None
    return asyncio.run(_smtp_checks(smtp, tls_context))


# ---- all of it ------------------------------------------------------------------------------


def _scrub(checks: list[Check], secrets: set[str]) -> list[Check]:
    def clean(value: str | None) -> str | None:
        if value is None:
            return None
        for secret in sorted(secrets, key=len, reverse=True):
            value = value.replace(secret, "***")
        return value

    return [replace(c, detail=clean(c.detail) or "", fix=clean(c.fix)) for c in checks]


def _secret_values(config: Config) -> set[str]:
    values: set[str] = set()
    for _key, secret in _secrets(config):
        value, _why = _reveal(secret)
        if value:
            values.add(value)
    password = make_url(config.store.url).password
    if password:
        values.add(str(password))
    return values


def run_checks(
    config_path: Path | None,
    *,
    tls_context: ssl.SSLContext | None = None,
    today: date | None = None,
) -> list[Check]:
    """Every check, in order; never raises. ``tls_context`` replaces the system's trust
    store for IMAP and SMTP (tests trust their self-signed certificate with it)."""
    checks: list[Check] = []
    config_check, config = _first_or_fail("config", lambda: check_config(config_path))
    checks.append(config_check)
    checks += _guarded("timezone", lambda: [check_timezone()])
    if config is None:
        return checks
    secrets: set[str] = set()
    with contextlib.suppress(Exception):
        secrets = _secret_values(config)
    day = today or _london_today()
    checks += _guarded("calendar", lambda: [check_calendar_years(config, day)])
    checks += _guarded("bank holidays", lambda: [check_bank_holidays(day)])
    checks += _guarded("database", lambda: check_database(config))
    checks += _guarded("database file", lambda: _optional(check_database_permissions(config)))
    for key, secret in _secrets(config):
        checks += _guarded(f"secret {key}", _bind_secret_check(key, secret))
    checks += _guarded("mailbox", lambda: _mailbox_checks(config, tls_context))
    checks += _guarded("outbox", lambda: _outbox_checks(config, tls_context))
    return _scrub(checks, secrets)


def _first_or_fail(
    name: str, check: Callable[[], tuple[Check, Config | None]]
) -> tuple[Check, Config | None]:
    try:
        return check()
    except Exception as err:
        return _fail(name, f"the check itself failed: {_first_line(err)}", "report this"), None


def _bind_secret_check(key: str, secret: Secret) -> Callable[[], list[Check]]:
    return lambda: [check_secret(key, secret)]


def _optional(check: Check | None) -> list[Check]:
    return [] if check is None else [check]


def _london_today() -> date:
    try:
        return datetime.now(ZoneInfo(LONDON_ZONE)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(UTC).date()


def _mailbox_checks(config: Config, tls_context: ssl.SSLContext | None) -> list[Check]:
    mailbox = config.mailbox
    if mailbox.kind == "imap":
        return check_imap(config, tls_context)
    f = mailbox.folders
    subfolders = ("new", "cur", "tmp", *(f".{t}" for t in (f.processed, f.triage, f.quarantine)))
    return [check_folder("mailbox maildir", "mailbox.path", mailbox.path, subfolders)]


def _outbox_checks(config: Config, tls_context: ssl.SSLContext | None) -> list[Check]:
    outbox = config.outbox
    checks: list[Check] = []
    if outbox.transport == "smtp":
        checks += check_smtp(config, tls_context)
    else:
        checks.append(
            check_folder("outbox folder", "outbox.path", outbox.path, ("new", "cur", "tmp"))
        )
    if outbox.dry_run:
        checks.append(_ok("outbox mode", "warning: dry_run = true: mail is recorded, not sent"))
    if outbox.redirect_all_to is not None:
        checks.append(
            _ok("outbox mode", f"warning: every mail goes to {outbox.redirect_all_to} (pilot)")
        )
    return checks


def failed(checks: list[Check]) -> list[Check]:
    return [c for c in checks if not c.ok]


def iter_lines(checks: list[Check]) -> Iterator[str]:
    for check in checks:
        yield check.line()


__all__ = ["Check", "failed", "iter_lines", "run_checks"]
