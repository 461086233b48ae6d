"""The command line: check-config, deadlines, explain, and run stopping cleanly on a signal."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlmodel import Session, select

from daemon import models as m
from daemon.app import App, build_app
from daemon.cli import cli
from daemon.config import load_config
from tests.daemon.factories import add_child, add_review


def _config_file(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "caseclock.toml"
    path.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path}/cc.db"\n'
        f'[mailbox]\npath = "{tmp_path}/mailbox"\n'
        f'[outbox]\npath = "{tmp_path}/outbox"\n{extra}'
    )
    return path


def test_check_config_names_a_bad_key_and_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[mailbox]\nkind = "maildir"\npoll_second = 5\n')
    result = CliRunner().invoke(cli, ["check-config", str(path)])
    assert result.exit_code == 1
    assert "mailbox.poll_second: unknown key" in result.output


def test_check_config_prints_a_redacted_summary(tmp_path: Path) -> None:
    path = _config_file(
        tmp_path,
        '[outbox.smtp]\nhost = "smtp.example.net"\n[outbox.smtp.password]\nenv = "CC_SMTP_PW"\n',
    )
    result = CliRunner().invoke(
        cli, ["check-config", str(path)], env={"CC_SMTP_PW": "hunter2-secret"}
    )
    assert result.exit_code == 0, result.output
    assert "configuration ok" in result.output
    assert "<secret from env:CC_SMTP_PW>" in result.output
    assert "hunter2-secret" not in result.output


def _seed(path: Path) -> int:
    app = build_app(load_config(path))
    with Session(app.engine) as session:
        child = add_child(
            session, looked_after_on=date(2026, 12, 14), notified_on=date(2026, 12, 15)
        )
        add_review(
            session,
            child,
            1,
            held_on=date(2026, 12, 21),
            held_src="<record-1@council.example.gov.uk>",
        )
        app.sweep.recompute_child(
            session, child, date(2026, 12, 22), datetime(2026, 12, 22, tzinfo=UTC), "seed"
        )
        session.commit()
        row = session.exec(select(m.Deadline).where(m.Deadline.rule_id == "LAR-DECISIONS")).one()
        assert row.id is not None
        return row.id


def test_deadlines_lists_open_ones_soonest_first_as_json(tmp_path: Path) -> None:
    path = _config_file(tmp_path)
    _seed(path)
    result = CliRunner().invoke(
        cli, ["--config", str(path), "deadlines", "--as-of", "2026-12-22", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    dues = [r["due"] for r in rows]
    assert dues == sorted(dues)
    assert rows[0]["rule"] == "LAR-DECISIONS" and rows[0]["due"] == "2026-12-30"
    assert all(r["status"] in ("open", "overdue") for r in rows)
    assert {"la_ref", "initials", "source", "next_step"} <= rows[0].keys()
    later = CliRunner().invoke(
        cli, ["--config", str(path), "deadlines", "--as-of", "2027-01-05", "--json"]
    )
    statuses = {r["rule"]: r["status"] for r in json.loads(later.output)}
    assert statuses["LAR-DECISIONS"] == "overdue"


def test_deadlines_table_for_people(tmp_path: Path) -> None:
    path = _config_file(tmp_path)
    _seed(path)
    result = CliRunner().invoke(cli, ["--config", str(path), "deadlines", "--as-of", "2026-12-22"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:4] == ["ID", "DUE", "STATUS", "RULE"]
    assert "1048213 AH" in result.output
    assert "Amelia" not in result.output


def test_explain_shows_the_working(tmp_path: Path) -> None:
    """LAR-DECISIONS for a review held Mon 21 Dec 2026: Tue 22 (1), Wed 23 (2), Thu 24 (3),
    Fri 25 Christmas Day, weekend, Mon 28 Boxing Day substitute, Tue 29 (4), Wed 30 (5)."""
    path = _config_file(tmp_path)
    deadline_id = _seed(path)
    result = CliRunner().invoke(
        cli, ["--config", str(path), "explain", str(deadline_id), "--as-of", "2026-12-22"]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "LAR-DECISIONS (procedure §13)" in out
    assert "Clock started Mon 21 Dec 2026 by <record-1@council.example.gov.uk>" in out
    assert "Christmas Day" in out and "Boxing Day" in out
    assert "Due Wed 30 Dec 2026" in out
    assert "History:" in out


def test_explain_unknown_id(tmp_path: Path) -> None:
    path = _config_file(tmp_path)
    result = CliRunner().invoke(cli, ["--config", str(path), "explain", "999"])
    assert result.exit_code == 1 and "no deadline with id 999" in result.output


def test_run_on_embedded_defaults_stops_cleanly_on_sigint(tmp_path: Path) -> None:
    """`make run` runs `caseclock run` with no config: it must make its store and folders
    under ./var and exit 0 on Ctrl-C."""
    env = {k: v for k, v in os.environ.items() if k != "CASECLOCK_CONFIG"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from daemon.cli import main; main()", "run"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not (tmp_path / "var" / "outbox" / "new").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0, output
    assert "caseclock stopped" in output
    assert (tmp_path / "var" / "caseclock.db").exists()
    assert (tmp_path / "var" / "mailbox" / "new").is_dir()


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_classify_prints_one_record_per_corpus_file() -> None:
    """`caseclock classify --json` works on every corpus file: one JSON object per line
    with exactly kinds.md's keys plus trust, signals and file."""
    files = sorted(str(p) for p in CORPUS.glob("*.eml"))
    result = CliRunner().invoke(cli, ["classify", "--json", *files])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == len(files) >= 150
    expected_keys = {
        "kind",
        "subtype",
        "confidence",
        "case_number",
        "child",
        "people",
        "dates",
        "message_id",
        "sent_at",
        "trust",
        "signals",
        "file",
        "trust_reason",
        "malformed",
    }
    kinds = set()
    for line, path in zip(lines, files, strict=True):
        record = json.loads(line)
        assert set(record) == expected_keys
        assert record["file"] == path
        kinds.add(record["kind"])
    assert len(kinds) == 20  # every kind of kinds.md appears in the corpus


def test_classify_readable_summary() -> None:
    path = CORPUS / "001-cafcass-allocation-plain.eml"
    result = CliRunner().invoke(cli, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{path}: cafcass_allocation")
    assert "signals:" in result.output


def test_run_once_takes_in_eml_files_dropped_into_the_maildir(tmp_path: Path) -> None:
    """What `make run` users do: copy .eml files into var/mailbox/new."""
    from datetime import UTC, datetime

    from tests.daemon.mails import looked_after_start

    path = _config_file(tmp_path)
    (tmp_path / "mailbox" / "new").mkdir(parents=True)
    (tmp_path / "mailbox" / "new" / "child.eml").write_bytes(
        looked_after_start(
            "1048213",
            "Amelia Hart",
            "02/03/2015",
            "8 January 2027",
            datetime(2027, 1, 11, 9, tzinfo=UTC),
        )
    )
    result = CliRunner().invoke(cli, ["--config", str(path), "run", "--once"])
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "mailbox" / "new").iterdir()) == []
    assert (
        len(list((tmp_path / "mailbox" / ".Processed" / "cur").iterdir()))
        + len(list((tmp_path / "mailbox" / ".Processed" / "new").iterdir()))
        == 1
    )
    shown = CliRunner().invoke(cli, ["--config", str(path), "case", "show", "1048213"])
    assert shown.exit_code == 0, shown.output
    assert "LAR-INITIAL" in shown.output and "looked after from 2027-01-08" in shown.output
    status = CliRunner().invoke(cli, ["--config", str(path), "status", "--json"])
    assert json.loads(status.output)["mail_by_status"] == {"applied": 1}


def test_run_once_with_a_file_outbox_writes_the_mails_a_sample_case_is_owed(
    tmp_path: Path,
) -> None:
    """A child looked after 40 days ago with no review: `run --once` takes the mail in,
    sweeps, and writes the LAR-INITIAL chaser (and nothing naming the child) to the file
    outbox; `outbox list/show/cancel` see and steer the queue."""
    from datetime import UTC, datetime, timedelta
    from email import message_from_bytes
    from email.policy import default

    from daemon.clock import LONDON
    from tests.daemon.mails import looked_after_start

    path = _config_file(tmp_path)
    today = datetime.now(LONDON).date()
    start = today - timedelta(days=40)
    (tmp_path / "mailbox" / "new").mkdir(parents=True)
    (tmp_path / "mailbox" / "new" / "lac.eml").write_bytes(
        looked_after_start(
            "1048213",
            "Amelia Hart",
            "02/03/2015",
            start.strftime("%-d %B %Y"),
            datetime(start.year, start.month, start.day, 9, tzinfo=UTC) + timedelta(days=1),
        )
    )
    result = CliRunner().invoke(cli, ["--config", str(path), "run", "--once"])
    assert result.exit_code == 0, result.output
    written = [
        message_from_bytes(p.read_bytes(), policy=default)
        for p in sorted((tmp_path / "outbox" / "new").iterdir())
    ]
    initial = [
        mail
        for mail in written
        if "LAR-INITIAL" in mail["Subject"] + mail.get_body(("plain",)).get_content()
    ]
    assert initial, [mail["Subject"] for mail in written]
    for mail in written:
        assert (
            "Amelia" not in mail["Subject"]
            and "Amelia" not in mail.get_body(("plain",)).get_content()
        )
        assert mail["Auto-Submitted"] == "auto-generated"
    listed = json.loads(
        CliRunner().invoke(cli, ["--config", str(path), "outbox", "list", "--json"]).output
    )
    assert {row["status"] for row in listed} == {"sent"} and len(listed) == len(written)
    shown = CliRunner().invoke(cli, ["--config", str(path), "outbox", "show", str(listed[0]["id"])])
    assert shown.exit_code == 0 and "Message-ID:" in shown.output
    refused = CliRunner().invoke(
        cli, ["--config", str(path), "outbox", "cancel", str(listed[0]["id"])]
    )
    assert refused.exit_code == 1 and "already sent" in refused.output


def _one_child_with_review_1(
    tmp_path: Path, looked_after: date, on: date, **review: Any
) -> tuple[Path, App]:
    """A configuration file and its store holding child 1048213 (looked after and notified
    on ``looked_after``) with review 1 as given, its deadlines computed on ``on``."""
    path = _config_file(tmp_path)
    app = build_app(load_config(path))
    with Session(app.engine) as session:
        child = add_child(session, looked_after_on=looked_after, notified_on=looked_after)
        add_review(session, child, 1, **review)
        now = datetime.combine(on, datetime.min.time(), UTC)
        app.sweep.recompute_child(session, child, on, now, "seed")
        session.commit()
    return path, app


def test_case_record_meets_a_deadline_no_mail_carries(tmp_path: Path) -> None:
    """The review unit records that copies went out: LAR-COPIES is met at once, with who
    recorded it in the history; an unknown fact or a missing review is a clear error."""
    path, app = _one_child_with_review_1(
        tmp_path,
        date(2026, 12, 14),
        date(2027, 1, 5),
        held_on=date(2026, 12, 21),
        full_record_on=date(2027, 1, 4),
    )
    result = CliRunner().invoke(
        cli,
        [
            "--config",
            str(path),
            "case",
            "record",
            "1048213",
            "copies-sent",
            "--on",
            "2027-01-20",
            "--by",
            "bea.support",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "LAR-COPIES" in result.output
    with Session(app.engine) as session:
        row = session.exec(select(m.Deadline).where(m.Deadline.rule_id == "LAR-COPIES")).one()
        assert (row.status, row.met_on) == ("met", date(2027, 1, 20))
        entry = session.exec(select(m.Audit).where(m.Audit.field == "copies_sent_on")).one()
        assert entry.actor == "bea.support" and "recorded by bea.support" in entry.why
    bad = CliRunner().invoke(
        cli, ["--config", str(path), "case", "record", "1048213", "teleported"]
    )
    assert bad.exit_code == 2 and "copies-sent" in bad.output
    none = CliRunner().invoke(
        cli, ["--config", str(path), "case", "record", "1048213", "guardian-iro-contact"]
    )
    assert none.exit_code == 1 and "has 0 proceedings" in none.output


def test_case_record_designates_a_long_term_foster_placement(tmp_path: Path) -> None:
    """No mail carries the designation (§2.2): recording it starts LAR-ANNUAL-MEETING from
    the last review held with a meeting, Tue 21 Dec 2026 + 365 days = Tue 21 Dec 2027."""
    path, app = _one_child_with_review_1(
        tmp_path,
        date(2026, 12, 14),
        date(2027, 1, 5),
        held_on=date(2026, 12, 21),
        full_record_on=date(2027, 1, 4),
    )
    with Session(app.engine) as session:
        assert not session.exec(
            select(m.Deadline).where(m.Deadline.rule_id == "LAR-ANNUAL-MEETING")
        ).all()
    args = ["--config", str(path), "case", "record", "1048213", "long-term-foster"]
    result = CliRunner().invoke(cli, [*args, "--on", "2027-01-11", "--by", "sam.iro"])
    assert result.exit_code == 0, result.output
    assert "long-term foster" in result.output and "LAR-ANNUAL-MEETING" in result.output
    with Session(app.engine) as session:
        child = session.exec(select(m.Child)).one()
        assert child.long_term_foster_from == date(2027, 1, 11)
        annual = session.exec(
            select(m.Deadline).where(m.Deadline.rule_id == "LAR-ANNUAL-MEETING")
        ).one()
        assert (annual.due, annual.status) == (date(2027, 12, 21), "open")
        entry = session.exec(select(m.Audit).where(m.Audit.field == "long_term_foster_from")).one()
        assert entry.actor == "sam.iro" and entry.new == "2027-01-11"


def test_case_record_review_held_starts_the_decisions_clock(tmp_path: Path) -> None:
    """A review booked for Wed 20 Jan 2027 whose record has not come: the IRO records it
    held, so LAR-DECISIONS runs (+5 working days: 21, 22, 25, 26, 27 -> Wed 27 Jan) and its
    ladder can chase the missing decisions. A second record finds no review waiting."""
    path, app = _one_child_with_review_1(
        tmp_path,
        date(2027, 1, 4),
        date(2027, 1, 6),
        booked_for=date(2027, 1, 20),
        booked_on=date(2027, 1, 6),
    )
    with Session(app.engine) as session:
        waiting = session.exec(
            select(m.Deadline).where(m.Deadline.rule_id == "LAR-DECISIONS")
        ).one()
        assert (waiting.status, waiting.due) == ("pending", None)  # no clock without a holding
    args = ["--config", str(path), "case", "record", "1048213", "review-held"]
    result = CliRunner().invoke(cli, [*args, "--on", "2027-01-20", "--by", "sam.iro"])
    assert result.exit_code == 0, result.output
    with Session(app.engine) as session:
        review = session.exec(select(m.Review)).one()
        assert (review.held_on, review.held_src) == (date(2027, 1, 20), "recorded by sam.iro")
        decisions = session.exec(
            select(m.Deadline).where(m.Deadline.rule_id == "LAR-DECISIONS")
        ).one()
        assert (decisions.due, decisions.status) == (date(2027, 1, 27), "open")
    again = CliRunner().invoke(cli, [*args, "--on", "2027-01-21"])
    assert again.exit_code == 1 and "no booked review waiting" in again.output
