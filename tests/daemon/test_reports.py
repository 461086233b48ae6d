"""Reports: the Appendix A RAG view and the compliance figures, checked against numbers
worked out by hand in each format; the HTML opened in headless Chromium.

The store: three children, deadlines made by the rule sweep from their facts. Working
days in February and March 2027 have no bank holidays (Good Friday is 26 March).

* 1048213 AH (IRO Ian, team North): looked after Mon 1 Feb, notified 2 Feb.
  LAR-NOTIFY due 3 Feb, met 2 Feb (met). LAR-INITIAL due 1 Mar (+20 working days), not held.
* 2051177 BS (IRO Ian, team North): looked after Mon 15 Feb, notified 22 Feb.
  LAR-NOTIFY due 17 Feb, met 22 Feb (met late). LAR-INITIAL due 15 Mar.
* 3099001 CL (IRO Sue, team South): looked after Mon 4 Jan, notified 5 Jan (NOTIFY due
  6 Jan: met); initial review held 29 Jan (INITIAL due 1 Feb: met); decisions 3 Feb
  (DECISIONS due 5 Feb: met); no manager response (MANAGER from 3 Feb, due 10 Feb: deemed
  agreed); full record 24 Feb (FULL-RECORD due 19 Feb: met late); CAREPLAN from 10 Feb
  due 24 Feb (not met); COPIES from 24 Feb due 24 Mar; SECOND and PERMANENCE due 30 Apr.

As of Wed 10 Mar 2027 (amber = due within 5 working days):
  AH: NOTIFY green (met), INITIAL red (overdue).
  BS: NOTIFY red (met late), INITIAL amber (11, 12, 15 Mar: 3 working days).
  CL: NOTIFY, INITIAL, DECISIONS green (met); MANAGER green (deemed agreed); FULL-RECORD
      red (met late); CAREPLAN red (overdue); COPIES, SECOND, PERMANENCE green (open).
  Overall 4 red, 1 amber, 8 green of 13. In timescale: met 4 (AH NOTIFY, CL NOTIFY,
  INITIAL, DECISIONS) of settled 8 (+ late 2: BS NOTIFY, CL FULL-RECORD; + overdue 2: AH
  INITIAL, CL CAREPLAN) = 50%.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image
from sqlalchemy import Engine
from sqlmodel import Session, select

from daemon import models as m
from daemon.alerts import Alerts
from daemon.clock import FixedClock
from daemon.commands import report
from daemon.config import Config, parse_config
from daemon.outbox_queue import OutboxPlanner
from daemon.reports import CHART_COLOURS, compliance_report, rag_report, rag_rows, status_as_of
from daemon.reports import load_deadlines as load
from daemon.sweep import RuleSweep
from outbox import Renderer
from rules.calendar import WorkingCalendar
from rules.engine import Status
from tests.daemon.factories import add_child, add_review

ROOT = Path(__file__).resolve().parents[2]
CAL = WorkingCalendar(first_year=2020, last_year=2030)
IAN = "ian.iro@council.example.gov.uk"
SUE = "sue.iro@council.example.gov.uk"
TEAMS_TOML = (
    '[[people.teams]]\nname = "North"\nteam_manager = "tm.north@council.example.gov.uk"\n'
    f'members = ["{IAN}"]\n'
    '[[people.teams]]\nname = "South"\nteam_manager = "tm.south@council.example.gov.uk"\n'
    f'members = ["{SUE}"]\n'
)
CONFIG: Config = parse_config(
    {
        "people": {
            "teams": [
                {"name": "North", "team_manager": "tm.north@council.example.gov.uk",
                 "members": [IAN]},
                {"name": "South", "team_manager": "tm.south@council.example.gov.uk",
                 "members": [SUE]},
            ]
        }
    }
)  # fmt: skip
AS_OF = date(2027, 3, 10)
NOW = datetime(2027, 3, 10, 7, 0, tzinfo=UTC)
NAMES = ("Amelia", "Hart", "Ben Stone", "Cara", "Lowe")


@pytest.fixture
def store(engine: Engine) -> Engine:
    sweep = RuleSweep(engine, CAL, CONFIG.rule_settings())
    with Session(engine) as session:
        ah = add_child(
            session, la_ref="1048213", name="Amelia Hart", initials="AH",
            looked_after_on=date(2027, 2, 1), notified_on=date(2027, 2, 2),
        )  # fmt: skip
        bs = add_child(
            session, la_ref="2051177", name="Ben Stone", initials="BS",
            looked_after_on=date(2027, 2, 15), notified_on=date(2027, 2, 22),
        )  # fmt: skip
        cl = add_child(
            session, la_ref="3099001", name="Cara Lowe", initials="CL",
            looked_after_on=date(2027, 1, 4), notified_on=date(2027, 1, 5),
        )  # fmt: skip
        add_review(
            session, cl, 1, held_on=date(2027, 1, 29), decisions_on=date(2027, 2, 3),
            full_record_on=date(2027, 2, 24),
        )  # fmt: skip
        for child, iro in ((ah, IAN), (bs, IAN), (cl, SUE)):
            assert child.id is not None
            session.add(m.CasePerson(child_id=child.id, role="iro", name="An IRO", email=iro))
        session.flush()
        for child in (ah, bs, cl):
            sweep.recompute_child(session, child, AS_OF, NOW, "test seed")
        session.commit()
    return engine


def _config_file(tmp_path: Path, engine: Engine) -> Path:
    url = engine.url.render_as_string(hide_password=False)
    path = tmp_path / "caseclock.toml"
    path.write_text(
        f'[store]\nurl = "{url}"\n[mailbox]\npath = "{tmp_path}/mailbox"\n'
        f'[outbox]\npath = "{tmp_path}/outbox"\n{TEAMS_TOML}'
    )
    return path


def _run(tmp_path: Path, engine: Engine, *args: str) -> str:
    result = CliRunner().invoke(
        report, list(args), obj={"config_path": _config_file(tmp_path, engine)}
    )
    assert result.exit_code == 0, result.output
    return result.output


def _no_names(text: str) -> None:
    for name in NAMES:
        assert name not in text


# ---- the figures ----------------------------------------------------------------------


def test_the_seed_is_what_the_hand_working_assumes(store: Engine) -> None:
    with Session(store) as session:
        rows = {
            (d.child_id, d.rule_id): (d.clock_start, d.due, d.status, d.met_on)
            for d in session.exec(select(m.Deadline)).all()
        }
    assert rows[(1, "LAR-INITIAL")] == (date(2027, 2, 1), date(2027, 3, 1), "overdue", None)
    assert rows[(2, "LAR-NOTIFY")][1:] == (date(2027, 2, 17), "met_late", date(2027, 2, 22))
    assert rows[(2, "LAR-INITIAL")][1:3] == (date(2027, 3, 15), "open")
    assert rows[(3, "LAR-MANAGER")][1:3] == (date(2027, 2, 10), "deemed_agreed")
    assert rows[(3, "LAR-CAREPLAN")][:3] == (date(2027, 2, 10), date(2027, 2, 24), "overdue")
    assert rows[(3, "LAR-FULL-RECORD")][1:] == (date(2027, 2, 19), "met_late", date(2027, 2, 24))
    assert rows[(3, "LAR-COPIES")][:2] == (date(2027, 2, 24), date(2027, 3, 24))
    counted = [k for k, v in rows.items() if v[2] not in ("pending", "not_applicable")]
    assert len(counted) == 13


def test_status_as_of_ignores_later_facts(store: Engine) -> None:
    with Session(store) as session:
        by_key = {(d.child_id, d.rule.id): d for d in load(session, CONFIG)}
    full_record = by_key[(3, "LAR-FULL-RECORD")]  # due 19 Feb, met 24 Feb
    assert status_as_of(full_record, date(2027, 2, 19)) is Status.OPEN
    assert status_as_of(full_record, date(2027, 2, 22)) is Status.OVERDUE
    assert status_as_of(full_record, date(2027, 2, 24)) is Status.MET_LATE
    manager = by_key[(3, "LAR-MANAGER")]  # from 3 Feb, due 10 Feb
    assert status_as_of(manager, date(2027, 2, 2)) is None  # not started yet
    assert status_as_of(manager, date(2027, 2, 10)) is Status.OPEN
    assert status_as_of(manager, date(2027, 2, 11)) is Status.DEEMED_AGREED
    assert status_as_of(by_key[(1, "LAR-SECOND")], AS_OF) is None  # pending


def test_rag_json_by_child_iro_team_rule_and_trend(store: Engine, tmp_path: Path) -> None:
    data = json.loads(_run(tmp_path, store, "rag", "--as-of", "2027-03-10", "--format", "json"))
    _no_names(json.dumps(data))
    assert data["as_of"] == "2027-03-10" and data["amber_working_days"] == 5
    overall = data["overall"]
    assert (overall["red"], overall["amber"], overall["green"], overall["total"]) == (4, 1, 8, 13)
    assert (overall["met"], overall["met_late"], overall["overdue"]) == (4, 2, 2)
    assert (overall["open"], overall["deemed_agreed"]) == (4, 1)
    assert overall["in_timescale_pct"] == 50.0
    assert overall["red_pct"] == 30.8 and overall["green_pct"] == 61.5

    def pick(view: str, *fields: str) -> dict[str, tuple[Any, ...]]:
        return {r["name"]: tuple(r[f] for f in fields) for r in data[view]}

    assert pick("by_team", "red", "amber", "green", "in_timescale_pct") == {
        "North": (2, 1, 1, 33.3),  # met 1 of (1 + late 1 + overdue 1)
        "South": (2, 0, 7, 60.0),  # met 3 of (3 + late 1 + overdue 1)
    }
    assert pick("by_iro", "red", "amber", "green") == {IAN: (2, 1, 1), SUE: (2, 0, 7)}
    assert pick("by_child", "red", "amber", "green", "in_timescale_pct", "rag") == {
        "1048213 AH": (1, 0, 1, 50.0, "red"),
        "2051177 BS": (1, 1, 0, 0.0, "red"),
        "3099001 CL": (2, 0, 7, 60.0, "red"),
    }
    rules = pick("by_rule", "red", "amber", "green", "in_timescale_pct")
    assert rules["LAR-INITIAL"] == (1, 1, 1, 50.0)
    assert rules["LAR-NOTIFY"] == (1, 0, 2, 66.7)
    assert rules["LAR-MANAGER"] == (0, 0, 1, None)  # deemed agreed: not in the ratio
    assert rules["LAR-CAREPLAN"] == (1, 0, 0, 0.0)
    assert "LAR-SECOND" in rules and len(rules) == 9

    trend = {p["week_end"]: (p["red"], p["amber"], p["green"]) for p in data["trend"]}
    assert len(trend) == 12 and min(trend) == "2026-12-23" and max(trend) == "2027-03-10"
    assert trend["2027-03-10"] == (4, 1, 8)
    assert trend["2026-12-30"] == (0, 0, 0)  # nobody looked after yet
    # 27 Jan: CL NOTIFY met (green); CL INITIAL due 1 Feb, 3 working days away (amber).
    assert trend["2027-01-27"] == (0, 1, 1)
    # 24 Feb: red BS NOTIFY (met late 22 Feb), CL FULL-RECORD (met late that day); amber
    # AH INITIAL (1 Mar, 3 working days), CL CAREPLAN (due that day); green the other 9.
    assert trend["2027-02-24"] == (2, 2, 9)


def test_rag_table(store: Engine, tmp_path: Path) -> None:
    text = _run(tmp_path, store, "rag", "--as-of", "2027-03-10")
    _no_names(text)
    assert "Appendix A RAG monitoring as of 2027-03-10" in text
    assert (
        "Overall: 4 red (31%), 1 amber (8%), 8 green (62%) of 13 deadlines; "
        "in timescale 4 of 8 (50%)" in text
    )
    lines = text.splitlines()

    def row(first: str) -> list[str]:
        found = [re.split(r"\s{2,}", line) for line in lines if line.startswith(first + " ")]
        assert len(found) == 1, first
        return found[0]

    assert row("North")[1:] == ["2 (50%)", "1 (25%)", "1 (25%)", "4", "1", "1", "1", "1",
                                "0", "33%"]  # fmt: skip
    assert row("2051177 BS")[1:] == ["1 (50%)", "1 (50%)", "0 (0%)", "2", "0", "1", "0", "1",
                                     "0", "0%", "red"]  # fmt: skip
    assert row("LAR-MANAGER")[-1] == "-"
    assert row("2027-02-24") == ["2027-02-24", "2", "2", "9"]
    assert "In timescale = met on time / (met on time + met late + overdue)" in text


def test_rag_csv(store: Engine, tmp_path: Path) -> None:
    out = tmp_path / "rag.csv"
    said = _run(tmp_path, store, "rag", "--as-of", "2027-03-10", "--format", "csv",
                "--out", str(out))  # fmt: skip
    assert f"report written to {out}" in said
    text = out.read_text(encoding="utf-8")
    _no_names(text)
    rows = list(csv.DictReader(io.StringIO(text)))
    index = {(r["view"], r["name"]): r for r in rows}
    assert {r["view"] for r in rows} == {"all", "team", "iro", "rule", "child", "trend"}
    everything = index[("all", "all")]
    assert (everything["red"], everything["amber"], everything["green"]) == ("4", "1", "8")
    assert everything["in_timescale_pct"] == "50.0"
    south = index[("team", "South")]
    assert (south["total"], south["met"], south["deemed_agreed"]) == ("9", "3", "1")
    assert index[("child", "3099001 CL")]["rag"] == "red"
    assert index[("rule", "LAR-FULL-RECORD")]["met_late"] == "1"
    week = index[("trend", "2027-02-03")]  # CL MANAGER due 10 Feb: amber; 8 green
    assert (week["red"], week["amber"], week["green"], week["total"]) == ("0", "1", "8", "9")
    assert len([r for r in rows if r["view"] == "trend"]) == 12


def test_the_digest_uses_the_same_figures_and_names_no_child(store: Engine) -> None:
    with Session(store) as session:
        by_team, by_iro, by_rule = rag_rows(session, AS_OF, CAL, CONFIG.rule_settings(), CONFIG)
        full = rag_report(session, AS_OF, CAL, CONFIG.rule_settings(), CONFIG)
    assert by_team == [
        {"name": "North", "green": 1, "amber": 1, "red": 2},
        {"name": "South", "green": 7, "amber": 0, "red": 2},
    ]
    assert [r["name"] for r in by_iro] == [IAN, SUE]
    assert {r["name"]: r["red"] for r in by_rule} == {k: t.red for k, t in full.by_rule.items()}
    clock = FixedClock(NOW)
    alerts = Alerts(store, clock, "admin@council.example.gov.uk", "cc@council.example.gov.uk", 8)
    planner = OutboxPlanner(store, CONFIG, CAL, CONFIG.rule_settings(), Renderer(), alerts)
    assert planner.queue_digest(AS_OF, NOW)
    with Session(store) as session:
        mail = session.exec(
            select(m.OutboxMessage).where(m.OutboxMessage.template == "rag_digest")
        ).one()
    assert mail.subject_line.endswith(": 4 red, 1 amber, 8 green")
    for text in (mail.subject_line, mail.body_text, mail.body_html or ""):
        _no_names(text)
        for ref in ("1048213", "2051177", "3099001"):
            assert ref not in text  # by team, IRO and rule only: no child at all
    assert "4 of 13 (31%)" in mail.body_text


def test_compliance_by_rule(store: Engine, tmp_path: Path) -> None:
    # Due in February 2027: AH NOTIFY (met), BS NOTIFY (late), CL INITIAL (met), DECISIONS
    # (met), MANAGER (deemed agreed), FULL-RECORD (late), CAREPLAN (overdue). AH INITIAL
    # falls due on 1 March: not in the period.
    data = json.loads(
        _run(tmp_path, store, "compliance", "--from", "2027-02-01", "--to", "2027-02-28",
             "--as-of", "2027-03-10", "--format", "json")
    )  # fmt: skip
    _no_names(json.dumps(data))
    rules = {
        r["rule"]: (r["fell_due"], r["met_on_time"], r["met_late"], r["overdue"],
                    r["deemed_agreed"], r["not_yet_due"], r["in_timescale_pct"])
        for r in data["rules"]
    }  # fmt: skip
    assert rules["LAR-NOTIFY"] == (2, 1, 1, 0, 0, 0, 50.0)
    assert rules["LAR-INITIAL"] == (1, 1, 0, 0, 0, 0, 100.0)
    assert rules["LAR-DECISIONS"] == (1, 1, 0, 0, 0, 0, 100.0)
    assert rules["LAR-MANAGER"] == (1, 0, 0, 0, 1, 0, None)
    assert rules["LAR-FULL-RECORD"] == (1, 0, 1, 0, 0, 0, 0.0)
    assert rules["LAR-CAREPLAN"] == (1, 0, 0, 1, 0, 0, 0.0)
    assert rules["CIP-HANDOVER"] == (0, 0, 0, 0, 0, 0, None)  # every rule is listed
    total = data["total"]
    assert (total["fell_due"], total["met_on_time"], total["met_late"], total["overdue"]) == (
        7, 3, 2, 1,
    )  # fmt: skip
    assert total["in_timescale_pct"] == 50.0

    # The same period judged on 20 Feb: BS NOTIFY (met 22 Feb) and CL FULL-RECORD (met
    # 24 Feb) were still overdue; CL CAREPLAN (due 24 Feb) was not yet due.
    early = compliance_report_of(store, date(2027, 2, 1), date(2027, 2, 28), date(2027, 2, 20))
    assert (early["fell_due"], early["met_on_time"], early["met_late"]) == (7, 3, 0)
    assert (early["overdue"], early["deemed_agreed"], early["not_yet_due"]) == (2, 1, 1)
    assert early["in_timescale_pct"] == 60.0


def compliance_report_of(engine: Engine, start: date, end: date, as_of: date) -> dict[str, Any]:
    with Session(engine) as session:
        return compliance_report(session, start, end, as_of, CONFIG).total.as_dict()


def test_compliance_table_csv_and_html(store: Engine, tmp_path: Path) -> None:
    period = ("compliance", "--from", "2027-02-01", "--to", "2027-02-28", "--as-of", "2027-03-10")
    table = _run(tmp_path, store, *period)
    assert "Compliance: deadlines due 2027-02-01 to 2027-02-28, as they stood on 2027-03-10" in (
        table
    )
    notify = next(line for line in table.splitlines() if line.startswith("LAR-NOTIFY "))
    assert re.split(r"\s{2,}", notify)[2:] == ["2", "1", "1", "0", "0", "0", "50%"]
    total = next(line for line in table.splitlines() if line.startswith("total "))
    assert re.split(r"\s{2,}", total)[1:] == ["7", "3", "2", "1", "1", "0", "50%"]
    rows = list(csv.DictReader(io.StringIO(_run(tmp_path, store, *period, "--format", "csv"))))
    careplan = next(r for r in rows if r["rule"] == "LAR-CAREPLAN")
    assert (careplan["fell_due"], careplan["overdue"], careplan["in_timescale_pct"]) == (
        "1", "1", "0.0",
    )  # fmt: skip
    html = _run(tmp_path, store, *period, "--format", "html")
    assert "<td>LAR-FULL-RECORD</td>" in html and "@media print" in html
    bad = CliRunner().invoke(
        report, ["compliance", "--from", "2027-03-01", "--to", "2027-02-01"],
        obj={"config_path": _config_file(tmp_path, store)},
    )  # fmt: skip
    assert bad.exit_code == 2 and "--to is before --from" in bad.output


# ---- the HTML page --------------------------------------------------------------------


def _html(store: Engine, tmp_path: Path) -> Path:
    out = tmp_path / "rag.html"
    _run(tmp_path, store, "rag", "--as-of", "2027-03-10", "--format", "html", "--out", str(out))
    return out


def test_rag_html_is_self_contained_and_printable(store: Engine, tmp_path: Path) -> None:
    html = _html(store, tmp_path).read_text(encoding="utf-8")
    _no_names(html)
    assert html.count('src="data:image/png;base64,') == 1
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", html)
    assert "<script" not in html and "<link" not in html
    assert "@media print" in html and "print-color-adjust: exact" in html
    for title in ("By team", "By IRO", "By rule", "By child (LA reference and initials)"):
        assert f"<h2>{title}</h2>" in html
    assert (
        '<tr><td>North</td><td class="n">2 (50%)</td><td class="n">1 (25%)</td>'
        '<td class="n">1 (25%)</td><td class="n">4</td>'
    ) in html
    assert "<td>3099001 CL</td>" in html and '<span class="chip red">Red</span>' in html
    assert '<tr><td>2027-02-24</td><td class="n">2</td><td class="n">2</td>' in html


def _chromium() -> str:
    if shutil.which("chromium") is None:
        # Installs Debian's package; a failure here fails the test, it does not skip it.
        subprocess.run(["bash", str(ROOT / ".ci" / "ensure-chromium")], check=True)
    found = shutil.which("chromium")
    assert found is not None, ".ci/ensure-chromium did not install chromium"
    return found


def _screenshot(chromium: str, page: Path, png: Path) -> Image.Image:
    subprocess.run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=2000", f"--user-data-dir={png.parent / 'profile'}",
            f"--screenshot={png}", "--window-size=1200,1600", page.as_uri(),
        ],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    assert png.exists() and png.stat().st_size > 0
    image = Image.open(png).convert("RGB")
    assert image.size == (1200, 1600)
    return image


def _colours(image: Image.Image) -> list[tuple[int, tuple[int, int, int]]]:
    """(count, RGB) for every colour in an RGB screenshot."""
    return [(n, (p[0], p[1], p[2])) for n, p in image.getcolors(maxcolors=1 << 24) or []]  # type: ignore[index]


def _count_near(image: Image.Image, hex_colour: str, tolerance: int = 12) -> int:
    want = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    return sum(
        count
        for count, pixel in _colours(image)
        if all(abs(a - b) <= tolerance for a, b in zip(pixel, want, strict=True))
    )


def test_rag_html_chart_renders_in_headless_chromium(store: Engine, tmp_path: Path) -> None:
    chromium = _chromium()
    page = _html(store, tmp_path)
    shot = _screenshot(chromium, page, tmp_path / "shots" / "rag.png")
    # The same page without its chart: what the tables and legend chips alone colour in.
    bare = tmp_path / "bare.html"
    bare.write_text(
        re.sub(r'src="data:image/png;base64,[^"]+"', 'src=""', page.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    without = _screenshot(chromium, bare, tmp_path / "shots-bare" / "bare.png")
    white = sum(n for n, pixel in _colours(shot) if pixel == (255, 255, 255))
    assert white < 0.95 * 1200 * 1600, "the screenshot is blank"
    for colour in ("red", "amber", "green"):
        drawn = _count_near(shot, CHART_COLOURS[colour]) - _count_near(
            without, CHART_COLOURS[colour]
        )
        assert drawn > 2000, f"the chart's {colour} is missing from the page ({drawn} pixels)"
    # The chart sits below the heading, in the top half: its bars are there.
    chart_band = shot.crop((0, 100, 1200, 900))
    assert _count_near(chart_band, CHART_COLOURS["green"]) > 10000
