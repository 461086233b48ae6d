"""Configuration: the example is complete and valid; bad input names its key; secrets stay
secret."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from daemon.config import Config, ConfigError, Secret, load_config, parse_config

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def _model_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        keys.add(prefix + name)
        annotation = field.annotation
        for candidate in getattr(annotation, "__args__", ()) or (annotation,):
            inner = getattr(candidate, "__args__", None)
            for sub in inner or (candidate,):
                if isinstance(sub, type) and issubclass(sub, BaseModel) and sub is not Secret:
                    keys |= _model_keys(sub, f"{prefix}{name}.")
    return keys


def test_example_config_is_valid() -> None:
    config = load_config(EXAMPLE)
    assert config.mailbox.kind == "maildir"
    assert [s.name for s in config.deadlines.ladder] == [
        "chaser",
        "team_manager",
        "service_manager",
        "head_of_service",
    ]


def test_example_config_shows_the_defaults() -> None:
    """Its first line promises "a key left out takes the default shown": so the example, as
    written, must be the defaults (a reader copying a value must not change a due date)."""
    example, default = load_config(EXAMPLE).model_dump(), Config().model_dump()
    for section, key in (("mailbox", "addresses"), ("people", "teams")):  # "an example"
        assert example[section].pop(key) and not default[section].pop(key)
    assert example == default


def test_example_config_mentions_and_comments_every_key() -> None:
    text = EXAMPLE.read_text()
    for key in _model_keys(Config):
        leaf = key.rsplit(".", 1)[-1]
        assert re.search(rf"^\s*#?\s*\[*{re.escape(leaf)}\b", text, re.M) or f"[{key}]" in text, key


def test_embedded_defaults_need_no_file() -> None:
    config = load_config(None)
    assert config.store.url.startswith("sqlite:///var/")
    assert config.outbox.transport == "file"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"mailbox": {"hots": "x"}}, "mailbox.hots: unknown key"),
        ({"mailbox": {"poll_seconds": "often"}}, "mailbox.poll_seconds"),
        ({"mailbox": {"kind": "imap"}}, "mailbox: Value error, kind = 'imap' needs"),
        ({"deadlines": {"amber_working_days": -1}}, "deadlines.amber_working_days"),
        ({"deadlines": {"month_rule": "lunar"}}, "deadlines.month_rule"),
        ({"people": {"administrator": "not-an-address"}}, "people.administrator"),
        ({"trust": {"cafcass": ["Cafcass.GOV.uk "]}}, "trust.cafcass"),
        ({"children": {"la_ref_pattern": "(unclosed"}}, "children.la_ref_pattern"),
        (
            {
                "deadlines": {
                    "ladder": [
                        {"name": "late", "after_working_days": 5, "to": "acts"},
                        {"name": "early", "after_working_days": 1, "to": "acts"},
                    ]
                }
            },
            "deadlines.ladder: Value error, steps must be in order",
        ),
        (
            {
                "mailbox": {
                    "kind": "imap",
                    "imap": {
                        "host": "mail.example.net",
                        "username": "u",
                        "security": "plain",
                        "password": {"env": "X"},
                    },
                }
            },
            "only for a loopback host",
        ),
        (
            {
                "outbox": {
                    "transport": "smtp",
                    "smtp": {"host": "h", "password": {"env": "A", "file": "/b"}},
                }
            },
            "outbox.smtp.password: Value error, give exactly one",
        ),
    ],
)
def test_bad_config_names_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(data)
    assert message in str(caught.value)


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[store\nurl = 1")
    with pytest.raises(ConfigError, match=r"bad\.toml: not valid TOML"):
        load_config(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config(tmp_path / "absent.toml")


def test_secrets_come_from_env_or_file_and_never_reach_the_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret_file = tmp_path / "smtp-password"
    secret_file.write_text("s3cret-from-file\n")
    monkeypatch.setenv("CC_IMAP_PW", "s3cret-from-env")
    config = parse_config(
        {
            "store": {"url": "postgresql+psycopg://cc:dbpass@db.example.net/cc"},
            "mailbox": {
                "kind": "imap",
                "imap": {
                    "host": "imap.example.net",
                    "username": "iro",
                    "password": {"env": "CC_IMAP_PW"},
                },
            },
            "outbox": {
                "transport": "smtp",
                "smtp": {
                    "host": "smtp.example.net",
                    "password": {"file": str(secret_file)},
                },
            },
        }
    )
    assert config.mailbox.imap is not None and config.outbox.smtp is not None
    assert config.mailbox.imap.password.reveal() == "s3cret-from-env"
    assert config.outbox.smtp.password is not None
    assert config.outbox.smtp.password.reveal() == "s3cret-from-file"
    shown = repr(config.redacted_summary())
    for value in ("s3cret-from-env", "s3cret-from-file", "dbpass"):
        assert value not in shown
    assert "<secret from env:CC_IMAP_PW>" in shown


def test_unset_secret_names_its_source_not_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CC_MISSING", raising=False)
    with pytest.raises(ConfigError, match="environment variable CC_MISSING is not set"):
        Secret(env="CC_MISSING").reveal()


def test_config_settings_reach_the_core() -> None:
    config = parse_config(
        {
            "deadlines": {"month_rule": "calendar", "amber_working_days": 3},
            "children": {"la_ref_pattern": r"\bC\d{5}\b", "la_ref_labels": ["Case ref"]},
        }
    )
    assert config.rule_settings().month_rule == "calendar"
    assert config.rule_settings().amber_working_days == 3
    parser = config.parser_settings()
    assert parser.la_ref_pattern == r"\bC\d{5}\b" and parser.la_ref_labels == ("Case ref",)
    assert tomllib.loads(EXAMPLE.read_text())["deadlines"]["month_rule"] == "days"
