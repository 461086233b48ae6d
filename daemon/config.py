"""One documented configuration, parsed once from TOML, validated, and passed down.

Every key is optional: with no file at all the service runs on its embedded defaults
(SQLite under ./var/, a local Maildir as mailbox, a file outbox). An unknown key, a wrong
type or a bad value stops start-up with one message naming the key. Secrets are never
written in the file itself: a key names an environment variable or a file to read.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from parsers.settings import DEFAULT_LA_REF_LABELS, ParserSettings
from rules.engine import LadderStep, RuleSettings


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the key and what is wrong."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Secret(Section):
    """Where a secret lives: an environment variable or a file. Never the value itself."""

    env: str | None = None
    file: Path | None = None

    @model_validator(mode="after")
    def _one_source(self) -> Secret:
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of 'env' or 'file'")
        return self

    def reveal(self) -> str:
        """Read the secret now. Raises ConfigError naming the source, never the value."""
        if self.env is not None:
            value = os.environ.get(self.env)
            if value is None:
                raise ConfigError(f"secret: environment variable {self.env} is not set")
            return value
        assert self.file is not None
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except OSError as err:
            raise ConfigError(f"secret: cannot read file {self.file}: {err.strerror}") from err

    def describe(self) -> str:
        return f"env:{self.env}" if self.env else f"file:{self.file}"


Security = Literal["tls", "starttls", "plain"]


class StoreConfig(Section):
    url: str = "sqlite:///var/caseclock.db"


class ImapConfig(Section):
    host: str
    port: int = Field(default=993, ge=1, le=65535)
    security: Security = "tls"
    username: str
    password: Secret
    timeout_s: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> ImapConfig:
        if self.security == "plain" and self.host not in {"127.0.0.1", "localhost", "::1"}:
            raise ValueError("security = 'plain' is allowed only for a loopback host")
        return self


class FoldersConfig(Section):
    inbox: str = "INBOX"
    processed: str = "Processed"
    triage: str = "Triage"
    quarantine: str = "Quarantine"


class MailboxConfig(Section):
    kind: Literal["maildir", "imap"] = "maildir"
    path: Path = Path("var/mailbox")
    imap: ImapConfig | None = None
    folders: FoldersConfig = FoldersConfig()
    poll_seconds: int = Field(default=60, ge=1)
    addresses: tuple[EmailStr, ...] = ()

    @model_validator(mode="after")
    def _imap_needs_settings(self) -> MailboxConfig:
        if self.kind == "imap" and self.imap is None:
            raise ValueError("kind = 'imap' needs a [mailbox.imap] table")
        return self


class SmtpConfig(Section):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    security: Security = "starttls"
    username: str | None = None
    password: Secret | None = None
    timeout_s: float = Field(default=30.0, gt=0)
    per_minute: int = Field(default=60, ge=1)


class OutboxConfig(Section):
    transport: Literal["file", "smtp"] = "file"
    path: Path = Path("var/outbox")
    smtp: SmtpConfig | None = None
    from_address: EmailStr = "caseclock@council.example.gov.uk"
    redirect_all_to: EmailStr | None = None
    dry_run: bool = False
    templates_dir: Path | None = None

    @model_validator(mode="after")
    def _smtp_needs_settings(self) -> OutboxConfig:
        if self.transport == "smtp" and self.smtp is None:
            raise ValueError("transport = 'smtp' needs an [outbox.smtp] table")
        return self


class TeamConfig(Section):
    name: str
    team_manager: EmailStr
    members: tuple[EmailStr, ...] = ()


class PeopleConfig(Section):
    administrator: EmailStr = "caseclock-admin@council.example.gov.uk"
    business_support: EmailStr = "iro.support@council.example.gov.uk"
    iro_service_manager: EmailStr = "iro.manager@council.example.gov.uk"
    service_manager: EmailStr = "service.manager@council.example.gov.uk"
    head_of_service: EmailStr = "head.of.service@council.example.gov.uk"
    director: EmailStr = "director.cs@council.example.gov.uk"
    designated_manager: EmailStr = "designated.manager@council.example.gov.uk"
    la_legal: EmailStr = "legal.childcare@council.example.gov.uk"
    cafcass_business_support: EmailStr = "business.support@cafcass.gov.uk"
    cafcass_legal: EmailStr = "cafcass.legal@cafcass.gov.uk"
    teams: tuple[TeamConfig, ...] = ()


class TrustConfig(Section):
    """Trusted sender domains per role, matched on the real domain (subdomains included)."""

    cafcass: tuple[str, ...] = ("cafcass.gov.uk",)
    court: tuple[str, ...] = ("justice.gov.uk", "hmcts.net")
    council: tuple[str, ...] = ("council.example.gov.uk",)
    authserv_ids: tuple[str, ...] = ()

    @field_validator("cafcass", "court", "council")
    @classmethod
    def _domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for domain in value:
            if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
                raise ValueError(f"{domain!r} is not a lower-case domain name")
        return value


StepName = Annotated[str, Field(pattern=r"^[a-z][a-z_]*$")]


class LadderStepConfig(Section):
    name: StepName
    after_working_days: int = Field(ge=0)
    to: Literal["acts", "team_manager", "service_manager", "head_of_service", "director"]
    cc: tuple[
        Literal["acts", "team_manager", "service_manager", "head_of_service", "director"], ...
    ] = ()
    # One mail listing a person's items of the day (true), or one mail per item (false).
    group: bool = True


DEFAULT_LADDER = (
    LadderStepConfig(name="chaser", after_working_days=0, to="acts"),
    LadderStepConfig(name="team_manager", after_working_days=1, to="acts", cc=("team_manager",)),
    LadderStepConfig(name="service_manager", after_working_days=5, to="service_manager"),
    LadderStepConfig(name="head_of_service", after_working_days=10, to="head_of_service"),
)


class DeadlinesConfig(Section):
    amber_working_days: int = Field(default=5, ge=0, le=60)
    month_rule: Literal["days", "calendar"] = "days"
    reminder_working_days_before: int = Field(default=2, ge=0, le=30)
    group_reminders: bool = True
    closure_days: tuple[date, ...] = ()
    calendar_first_year: int = Field(default=2010, ge=1990, le=2100)
    calendar_last_year: int = Field(default=2045, ge=1990, le=2100)
    ladder: tuple[LadderStepConfig, ...] = DEFAULT_LADDER

    @field_validator("ladder")
    @classmethod
    def _ladder_ordered(cls, value: tuple[LadderStepConfig, ...]) -> tuple[LadderStepConfig, ...]:
        days = [step.after_working_days for step in value]
        if days != sorted(days):
            raise ValueError("steps must be in order of after_working_days")
        names = [step.name for step in value]
        if len(set(names)) != len(names):
            raise ValueError("step names must be unique")
        return value


class ChildrenConfig(Section):
    la_ref_pattern: str = r"\b\d{6,8}\b"
    la_ref_labels: tuple[str, ...] = DEFAULT_LA_REF_LABELS

    @field_validator("la_ref_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as err:
            raise ValueError(f"not a valid regular expression: {err}") from err
        return value


class ScheduleConfig(Section):
    sweep_minutes: int = Field(default=15, ge=1, le=1440)
    outbox_seconds: int = Field(default=60, ge=5)
    daily_at: time = time(7, 30)
    quiet_working_hours: int = Field(default=8, ge=1)


class LoggingConfig(Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_lines: bool = False


class Config(Section):
    store: StoreConfig = StoreConfig()
    mailbox: MailboxConfig = MailboxConfig()
    outbox: OutboxConfig = OutboxConfig()
    people: PeopleConfig = PeopleConfig()
    trust: TrustConfig = TrustConfig()
    deadlines: DeadlinesConfig = DeadlinesConfig()
    children: ChildrenConfig = ChildrenConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    logging: LoggingConfig = LoggingConfig()

    def rule_settings(self) -> RuleSettings:
        d = self.deadlines
        return RuleSettings(
            month_rule=d.month_rule,
            amber_working_days=d.amber_working_days,
            reminder_working_days_before=d.reminder_working_days_before,
            ladder=tuple(
                LadderStep(s.name, s.after_working_days, s.to, tuple(s.cc)) for s in d.ladder
            ),
        )

    def parser_settings(self) -> ParserSettings:
        return ParserSettings(
            la_ref_pattern=self.children.la_ref_pattern,
            la_ref_labels=tuple(self.children.la_ref_labels),
            trusted_domains={
                "cafcass": tuple(self.trust.cafcass),
                "court": tuple(self.trust.court),
                "council": tuple(self.trust.council),
            },
            service_addresses=tuple(str(a) for a in self.mailbox.addresses),
            authserv_ids=tuple(self.trust.authserv_ids),
        )

    def redacted_summary(self) -> dict[str, Any]:
        """The configuration as a dict fit for printing: secrets show only where they live."""

        def walk(value: Any) -> Any:
            if isinstance(value, Secret):
                return f"<secret from {value.describe()}>"
            if isinstance(value, BaseModel):
                return {k: walk(getattr(value, k)) for k in type(value).model_fields}
            if isinstance(value, tuple | list):
                return [walk(v) for v in value]
            if isinstance(value, Path | date | time):
                return str(value)
            return value

        summary: dict[str, Any] = walk(self)
        summary["store"]["url"] = redact_url(self.store.url)
        return summary


def redact_url(url: str) -> str:
    """Hide a password written inside a database URL."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _format_error(err: ValidationError) -> str:
    lines = []
    for problem in err.errors():
        key = ".".join(str(part) for part in problem["loc"]) or "(top level)"
        if problem["type"] == "extra_forbidden":
            lines.append(f"{key}: unknown key")
        else:
            given = problem.get("input")
            shown = "" if isinstance(given, dict) or given is None else f" (got {given!r})"
            lines.append(f"{key}: {problem['msg']}{shown}")
    return "invalid configuration: " + "; ".join(lines)


def parse_config(data: dict[str, Any]) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as err:
        raise ConfigError(_format_error(err)) from None


def load_config(path: Path | None) -> Config:
    """Load and validate a TOML file; ``None`` gives the embedded defaults."""
    if path is None:
        return Config()
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ConfigError(f"cannot read configuration {path}: {err.strerror}") from err
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    return parse_config(data)
