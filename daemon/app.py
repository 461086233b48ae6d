"""Builds the service's parts from one configuration; nothing global."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from daemon.config import Config
from daemon.store import make_engine, migrate
from daemon.sweep import RuleSweep
from rules.calendar import WorkingCalendar
from rules.engine import RuleSettings


def build_calendar(config: Config) -> WorkingCalendar:
    d = config.deadlines
    return WorkingCalendar(
        {day: "configured closure day" for day in d.closure_days},
        first_year=d.calendar_first_year,
        last_year=d.calendar_last_year,
    )


def ensure_maildir(path: Path) -> None:
    """A Maildir's three folders, made if missing."""
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


@dataclass
class App:
    config: Config
    engine: Engine
    calendar: WorkingCalendar
    settings: RuleSettings
    sweep: RuleSweep


def build_app(config: Config, *, upgrade_schema: bool = True) -> App:
    engine = make_engine(config.store.url)
    if upgrade_schema:
        migrate(engine)
    calendar = build_calendar(config)
    settings = config.rule_settings()
    return App(config, engine, calendar, settings, RuleSweep(engine, calendar, settings))
