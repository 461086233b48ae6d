"""`caseclock init`: a commented starter configuration for a local pilot, and its store.

The template is embedded here (config.example.toml lives at the repository's root, not in
the installed package). Its defaults run a pilot on one machine: SQLite under ./var/, a
Maildir as mailbox, a file outbox. A handful of answers (mailbox kind, IMAP host and user,
outbox transport and SMTP host, the administrator's address) fill it in; the rest is left
at the defaults `config.example.toml` documents. The text is validated before it is
written, and an existing file is never overwritten unless asked.
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Literal

from sqlalchemy.engine import make_url

from daemon.config import Config, parse_config

CONFIG_MODE = 0o640
"""The written file holds no secret, but need not be read by every user."""


@dataclass(frozen=True, slots=True)
class StarterAnswers:
    """What `caseclock init` asks on a terminal; the defaults are what it uses elsewhere."""

    mailbox_kind: Literal["maildir", "imap"] = "maildir"
    imap_host: str = "outlook.office365.com"
    imap_username: str = "iro.reviews@council.example.gov.uk"
    outbox_transport: Literal["file", "smtp"] = "file"
    smtp_host: str = "smtp.council.example.gov.uk"
    administrator: str = "caseclock-admin@council.example.gov.uk"


STARTER = Template("""\
# caseclock configuration, written by `caseclock init`. Every key is optional: a key left
# out takes its default (config.example.toml documents them all). Secrets are never written
# here: a secret names an environment variable (env = "...") or a file (file = "...").
# Check it:  caseclock --config THIS_FILE doctor

[store]
# SQLAlchemy URL: a SQLite file (relative paths are from the folder caseclock runs in) or
# PostgreSQL, e.g. "postgresql+psycopg://caseclock@db.internal/caseclock".
url = "sqlite:///var/caseclock.db"

[mailbox]
# Where forwarded mail arrives: "maildir" (a local folder) or "imap".
kind = $mailbox_kind
# The Maildir, for kind = "maildir": copy .eml files into its new/ folder to try caseclock.
path = "var/mailbox"
# Seconds between checks when the IMAP server has no IDLE.
poll_seconds = 60
# The shared mailbox's own addresses; plus-addresses on them (iro+careplan@...) are tags.
addresses = []

[mailbox.folders]
# Where a handled mail is moved (created when missing). Nothing is ever deleted.
inbox = "INBOX"
processed = "Processed"
triage = "Triage"
quarantine = "Quarantine"

$imap_note
${imap_prefix}[mailbox.imap]
${imap_prefix}# The IMAP server, and its port: 993 for "tls", 143 for "starttls".
${imap_prefix}host = $imap_host
${imap_prefix}port = 993
${imap_prefix}# "tls" (implicit TLS), "starttls", or "plain" (allowed only for a loopback host).
${imap_prefix}security = "tls"
${imap_prefix}# The shared mailbox's login name.
${imap_prefix}username = $imap_username
${imap_prefix}# Seconds to wait for the server before giving up on one command.
${imap_prefix}timeout_s = 30
${imap_prefix}# The password: an environment variable (systemd: EnvironmentFile, mode 600), or
${imap_prefix}# file = "/etc/caseclock/imap-password" (mode 600).
${imap_prefix}[mailbox.imap.password]
${imap_prefix}env = "CASECLOCK_IMAP_PASSWORD"

[outbox]
# "file" writes each outgoing mail into a Maildir (a pilot sends nothing); "smtp" sends it.
transport = $outbox_transport
# The Maildir for transport = "file".
path = "var/outbox"
# The From address of every mail caseclock sends.
from_address = "caseclock@council.example.gov.uk"
# Send every mail to this one address instead of its recipients (pilots).
# redirect_all_to = "iro.pilot@council.example.gov.uk"
# true: render and record mails but send nothing.
dry_run = false

$smtp_note
${smtp_prefix}[outbox.smtp]
${smtp_prefix}# The submission server, and its port: 587 for "starttls", 465 for "tls".
${smtp_prefix}host = $smtp_host
${smtp_prefix}port = 587
${smtp_prefix}# "starttls" (required, never opportunistic), "tls", or "plain" (loopback only).
${smtp_prefix}security = "starttls"
${smtp_prefix}# The login name; leave out to send without AUTH.
${smtp_prefix}username = "caseclock"
${smtp_prefix}# Seconds to wait for the server; at most this many mails a minute.
${smtp_prefix}timeout_s = 30
${smtp_prefix}per_minute = 60
${smtp_prefix}# The password: an environment variable, or file = "/etc/caseclock/smtp-password".
${smtp_prefix}[outbox.smtp.password]
${smtp_prefix}env = "CASECLOCK_SMTP_PASSWORD"

[people]
# Who is told when something goes wrong: quarantined mail, failing logins, bounces.
administrator = $administrator
# Who settles mail caseclock cannot link to a child (triage requests).
business_support = "iro.support@council.example.gov.uk"
# The other roles (managers on the escalation ladder, teams) are in config.example.toml.

[deadlines]
# Local closure days that are not working days, on top of England's bank holidays.
closure_days = []
# Years the working-day calendar covers: keep next year inside (caseclock doctor checks).
calendar_first_year = 2010
calendar_last_year = 2045

[logging]
# DEBUG, INFO, WARNING or ERROR; json_lines = true writes one JSON object a line (journald).
level = "INFO"
json_lines = false
""")


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def render_starter_config(answers: StarterAnswers) -> str:
    """The starter file's text for ``answers``."""
    imap = answers.mailbox_kind == "imap"
    smtp = answers.outbox_transport == "smtp"
    return STARTER.substitute(
        mailbox_kind=_toml_string(answers.mailbox_kind),
        imap_note='# The IMAP account, for kind = "imap".'
        if imap
        else '# For kind = "imap" (uncomment):',
        imap_prefix="" if imap else "# ",
        imap_host=_toml_string(answers.imap_host),
        imap_username=_toml_string(answers.imap_username),
        outbox_transport=_toml_string(answers.outbox_transport),
        smtp_note='# The SMTP server, for transport = "smtp".'
        if smtp
        else '# For transport = "smtp" (uncomment):',
        smtp_prefix="" if smtp else "# ",
        smtp_host=_toml_string(answers.smtp_host),
        administrator=_toml_string(answers.administrator),
    )


def write_starter_config(path: Path, answers: StarterAnswers, *, force: bool = False) -> Config:
    """Write the starter configuration to ``path`` and return it, parsed.

    Raises FileExistsError when ``path`` exists and ``force`` is not set, and
    daemon.config.ConfigError (nothing written) when the answers make an invalid file.
    """
    text = render_starter_config(answers)
    config = parse_config(tomllib.loads(text))  # refuse before anything is written
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    fd = os.open(path, flags, CONFIG_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    return config


def sqlite_files(url: str) -> list[Path]:
    """The SQLite database file of ``url`` and its WAL companions that exist."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return []
    assert parsed.database is not None
    main = Path(parsed.database)
    return [p for p in (main, Path(f"{main}-wal"), Path(f"{main}-shm")) if p.exists()]


def restrict_sqlite_files(url: str) -> list[Path]:
    """chmod 600 the SQLite files of ``url`` (they hold children's records)."""
    files = sqlite_files(url)
    for path in files:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return files
