"""What every command needs: the configuration, the app, a date option."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from sqlmodel import Session, select

from daemon import models as m
from daemon.app import App, build_app
from daemon.config import Config, ConfigError, load_config
from daemon.logs import configure
from daemon.store import StoreError


def load(ctx: click.Context) -> Config:
    path: Path | None = ctx.obj["config_path"]
    try:
        config = load_config(path)
    except ConfigError as err:
        raise click.ClickException(str(err)) from None
    configure(config.logging.level, config.logging.json_lines)
    return config


def app_of(ctx: click.Context, upgrade_schema: bool = True) -> App:
    try:
        return build_app(load(ctx), upgrade_schema=upgrade_schema)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def find_child(session: Session, ref: str) -> m.Child:
    """A child by LA reference, by case number, or by '#<id>'."""
    if ref.startswith("#") and ref[1:].isdigit():
        child = session.get(m.Child, int(ref[1:]))
        if child is not None:
            return child
    child = session.exec(select(m.Child).where(m.Child.la_ref == ref)).first()
    if child is not None:
        return child
    normalised = ref.replace(" ", "").upper()
    ids = set(
        session.exec(
            select(m.Proceedings.child_id).where(m.Proceedings.case_number == normalised)
        ).all()
    )
    if len(ids) == 1:
        found = session.get(m.Child, ids.pop())
        if found is not None:
            return found
    if len(ids) > 1:
        raise click.ClickException(f"case number {normalised} names several children: use #id")
    raise click.ClickException(
        f"no child with reference {ref!r} (an LA reference, case number or #id)"
    )
