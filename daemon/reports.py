"""Reports for managers and inspectors: the Appendix A RAG view and the compliance figures.

Every figure is computed from the stored deadlines, judged *as of* a date with the same
status logic the sweep uses (``rules.engine.status_on``), then coloured with
``rules.engine.rag``. Judging a stored deadline as of a date D:

* ``pending`` and ``not_applicable`` deadlines are not counted (no clock runs), nor is a
  deadline whose clock started after D (it did not exist yet);
* a met date after D is ignored (on D it was not met yet), so the status on D is the one
  ``status_on`` gives: ``open``, ``overdue``, ``met``, ``met_late`` or ``deemed_agreed``;
* a closed deadline with no met date (recorded by a person) keeps its stored status.

RAG (Appendix A): red = overdue or met late; amber = open and due within the amber window
(default 5 working days); green = everything else that is counted (met on time, deemed
agreed, open and not due soon). A child's RAG is its worst deadline's.

**In timescale** is the share of deadlines whose outcome is settled that were met on or
before their due date: ``met / (met + met late + overdue)``. Open deadlines (they can still
be met on time) and ``LAR-MANAGER`` deemed agreements (the procedure's own outcome for no
response, §14) are left out of both sides; with nothing settled the figure is "-".

The weekly manager digest reads the same figures (``rag_rows``). No report names a child:
a child is its LA reference (or ``C<id>``) and initials only.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlmodel import Session, col, select

from daemon import models as m
from daemon.config import Config
from daemon.outbox_queue import case_ref, initials
from outbox.render import percent
from rules.calendar import WorkingCalendar
from rules.catalogue import RULES, RULES_BY_ID, RuleDef
from rules.engine import Deadline as RuleDeadline
from rules.engine import RuleSettings, Status, rag, status_on

COLOURS = ("red", "amber", "green")
# Print-safe colours (distinct in greyscale too: the chart adds hatching and markers).
CHART_COLOURS = {"red": "#c62828", "amber": "#f9a825", "green": "#2e7d32"}
TREND_WEEKS = 12
FORMATS = ("table", "csv", "json", "html")
NO_IRO = "no IRO recorded"
NO_TEAM = "no team"

IN_TIMESCALE = (
    "met on time / (met on time + met late + overdue); open deadlines and deemed "
    "agreements are not counted"
)
RAG_MEANING = {
    "red": "overdue, or met late",
    "amber": "open and due within the amber window",
    "green": "met on time, deemed agreed, or open and not due soon",
}


# ---- one deadline, as of a date -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredDeadline:
    """A stored deadline with what the reports group it by (loaded once, judged often)."""

    rule: RuleDef
    row_status: Status
    clock_start: date | None
    due: date | None
    met_on: date | None
    subject_type: str
    subject_key: str
    child_id: int
    child: str  # "<LA reference> <initials>": never a name
    iro: str
    team: str


@dataclass(frozen=True, slots=True)
class Judged:
    deadline: StoredDeadline
    status: Status
    colour: str


def status_as_of(d: StoredDeadline, as_of: date) -> Status | None:
    """The deadline's status on ``as_of``, or None when it is not counted that day."""
    if d.row_status in (Status.PENDING, Status.NOT_APPLICABLE):
        return None
    if d.clock_start is not None and d.clock_start > as_of:
        return None
    if d.due is None or d.clock_start is None:
        return d.row_status
    if d.met_on is None and d.row_status in (Status.MET, Status.MET_LATE):
        return d.row_status  # closed by a person without a date: keep what they recorded
    met_on = d.met_on if d.met_on is not None and d.met_on <= as_of else None
    return status_on(d.rule, d.due, met_on, as_of)


def judge(
    deadlines: Iterable[StoredDeadline],
    as_of: date,
    calendar: WorkingCalendar,
    settings: RuleSettings,
) -> list[Judged]:
    judged = []
    for d in deadlines:
        status = status_as_of(d, as_of)
        if status is None:
            continue
        probe = RuleDeadline(
            rule_id=d.rule.id,
            source=d.rule.source,
            title=d.rule.title,
            subject_type=d.subject_type,
            subject_key=d.subject_key,
            who_acts=d.rule.who_acts,
            meets=d.rule.meets,
            chase=d.rule.chase,
            status=status,
            due=d.due,
        )
        judged.append(Judged(d, status, rag(probe, as_of, calendar, settings)))
    return judged


def load_deadlines(session: Session, config: Config) -> list[StoredDeadline]:
    """Every stored deadline of a known rule, with its child's reference, IRO and team."""
    iro_of: dict[int, str] = {}
    for person in session.exec(
        select(m.CasePerson)
        .where(m.CasePerson.role == "iro", col(m.CasePerson.active))
        .order_by(col(m.CasePerson.id))
    ).all():
        iro_of[person.child_id] = person.email or person.name or "unknown"
    team_of_iro = {
        str(member).lower(): team.name for team in config.people.teams for member in team.members
    }
    children = {child.id: child for child in session.exec(select(m.Child)).all()}
    loaded = []
    for row in session.exec(select(m.Deadline).order_by(col(m.Deadline.id))).all():
        rule = RULES_BY_ID.get(row.rule_id)
        child = children.get(row.child_id)
        if rule is None or child is None:
            continue
        iro = iro_of.get(row.child_id, NO_IRO)
        loaded.append(
            StoredDeadline(
                rule=rule,
                row_status=Status(row.status),
                clock_start=row.clock_start,
                due=row.due,
                met_on=row.met_on,
                subject_type=row.subject_type,
                subject_key=row.subject_key,
                child_id=row.child_id,
                child=f"{case_ref(child)} {initials(child)}",
                iro=iro,
                team=team_of_iro.get(iro.lower()) or child.team or NO_TEAM,
            )
        )
    return loaded


# ---- counting -----------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """RAG colours and statuses of a group of deadlines."""

    red: int = 0
    amber: int = 0
    green: int = 0
    met: int = 0
    met_late: int = 0
    overdue: int = 0
    open: int = 0
    deemed_agreed: int = 0

    def add(self, judged: Judged) -> None:
        setattr(self, judged.colour, getattr(self, judged.colour) + 1)
        if judged.status is Status.MET:
            self.met += 1
        elif judged.status is Status.MET_LATE:
            self.met_late += 1
        elif judged.status is Status.OVERDUE:
            self.overdue += 1
        elif judged.status is Status.OPEN:
            self.open += 1
        elif judged.status is Status.DEEMED_AGREED:
            self.deemed_agreed += 1

    @property
    def total(self) -> int:
        return self.red + self.amber + self.green

    @property
    def settled(self) -> int:
        return self.met + self.met_late + self.overdue

    @property
    def worst(self) -> str:
        return "red" if self.red else "amber" if self.amber else "green"

    def share(self, part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "red": self.red,
            "amber": self.amber,
            "green": self.green,
            "total": self.total,
            "red_pct": self.share(self.red, self.total),
            "amber_pct": self.share(self.amber, self.total),
            "green_pct": self.share(self.green, self.total),
            "met": self.met,
            "met_late": self.met_late,
            "overdue": self.overdue,
            "open": self.open,
            "deemed_agreed": self.deemed_agreed,
            "in_timescale_pct": self.share(self.met, self.settled),
        }


def tally_by(judged: Iterable[Judged], key: Callable[[Judged], str]) -> dict[str, Tally]:
    groups: dict[str, Tally] = defaultdict(Tally)
    for item in judged:
        groups[key(item)].add(item)
    return dict(sorted(groups.items()))


@dataclass(frozen=True, slots=True)
class TrendPoint:
    week_end: date
    red: int
    amber: int
    green: int


@dataclass(slots=True)
class RagReport:
    as_of: date
    amber_working_days: int
    overall: Tally
    by_child: dict[str, Tally]
    by_iro: dict[str, Tally]
    by_team: dict[str, Tally]
    by_rule: dict[str, Tally]
    trend: list[TrendPoint] = field(default_factory=list)

    def views(self) -> tuple[tuple[str, str, dict[str, Tally]], ...]:
        return (
            ("by_team", "By team", self.by_team),
            ("by_iro", "By IRO", self.by_iro),
            ("by_rule", "By rule", self.by_rule),
            ("by_child", "By child (LA reference and initials)", self.by_child),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "report": "rag",
            "as_of": self.as_of.isoformat(),
            "amber_working_days": self.amber_working_days,
            "definitions": {**RAG_MEANING, "in_timescale": IN_TIMESCALE},
            "overall": self.overall.as_dict(),
        }
        for key, _title, groups in self.views():
            rows = []
            for name, tally in groups.items():
                row: dict[str, Any] = {"name": name, **tally.as_dict()}
                if key == "by_child":
                    row["rag"] = tally.worst
                rows.append(row)
            out[key] = rows
        out["trend"] = [
            {"week_end": p.week_end.isoformat(), "red": p.red, "amber": p.amber, "green": p.green}
            for p in self.trend
        ]
        return out


def rag_report(
    session: Session,
    as_of: date,
    calendar: WorkingCalendar,
    settings: RuleSettings,
    config: Config,
    trend_weeks: int = TREND_WEEKS,
) -> RagReport:
    """Appendix A as of a date, by child, IRO, team and rule, with a weekly trend.

    The trend has one point per week ending on ``as_of`` and each of the ``trend_weeks - 1``
    same weekdays before it, each judged as of that day from the stored dates."""
    stored = load_deadlines(session, config)
    judged = judge(stored, as_of, calendar, settings)
    overall = Tally()
    for item in judged:
        overall.add(item)
    trend = []
    for weeks_back in range(trend_weeks - 1, -1, -1):
        week_end = as_of - timedelta(days=7 * weeks_back)
        week = judged if weeks_back == 0 else judge(stored, week_end, calendar, settings)
        counts = {colour: 0 for colour in COLOURS}
        for item in week:
            counts[item.colour] += 1
        trend.append(TrendPoint(week_end, counts["red"], counts["amber"], counts["green"]))
    return RagReport(
        as_of=as_of,
        amber_working_days=settings.amber_working_days,
        overall=overall,
        by_child=tally_by(judged, lambda j: j.deadline.child),
        by_iro=tally_by(judged, lambda j: j.deadline.iro),
        by_team=tally_by(judged, lambda j: j.deadline.team),
        by_rule=tally_by(judged, lambda j: j.deadline.rule.id),
        trend=trend,
    )


def rag_rows(
    session: Session,
    today: date,
    calendar: WorkingCalendar,
    settings: RuleSettings,
    config: Config,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The weekly digest's counts of red, amber and green by team, IRO and rule (no child
    appears in it): the RAG report's own figures, as of ``today``."""
    report = rag_report(session, today, calendar, settings, config, trend_weeks=1)

    def rows(groups: dict[str, Tally]) -> list[dict[str, Any]]:
        return [
            {"name": name, "green": t.green, "amber": t.amber, "red": t.red}
            for name, t in groups.items()
        ]

    return rows(report.by_team), rows(report.by_iro), rows(report.by_rule)


# ---- compliance ---------------------------------------------------------------------------


@dataclass(slots=True)
class ComplianceRow:
    rule_id: str
    source: str
    title: str
    fell_due: int = 0
    met_on_time: int = 0
    met_late: int = 0
    overdue: int = 0
    deemed_agreed: int = 0
    not_yet_due: int = 0

    @property
    def in_timescale_pct(self) -> float | None:
        settled = self.met_on_time + self.met_late + self.overdue
        return round(100 * self.met_on_time / settled, 1) if settled else None

    def add(self, status: Status) -> None:
        self.fell_due += 1
        if status is Status.MET:
            self.met_on_time += 1
        elif status is Status.MET_LATE:
            self.met_late += 1
        elif status is Status.OVERDUE:
            self.overdue += 1
        elif status is Status.DEEMED_AGREED:
            self.deemed_agreed += 1
        else:
            self.not_yet_due += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule_id,
            "source": self.source,
            "title": self.title,
            "fell_due": self.fell_due,
            "met_on_time": self.met_on_time,
            "met_late": self.met_late,
            "overdue": self.overdue,
            "deemed_agreed": self.deemed_agreed,
            "not_yet_due": self.not_yet_due,
            "in_timescale_pct": self.in_timescale_pct,
        }


@dataclass(slots=True)
class ComplianceReport:
    start: date
    end: date
    as_of: date
    rows: list[ComplianceRow]
    total: ComplianceRow

    def to_dict(self) -> dict[str, Any]:
        return {
            "report": "compliance",
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "definitions": {
                "fell_due": "deadlines whose due date is in the period (clocks started)",
                "in_timescale": IN_TIMESCALE,
            },
            "rules": [row.as_dict() for row in self.rows],
            "total": self.total.as_dict(),
        }


def compliance_report(
    session: Session, start: date, end: date, as_of: date, config: Config
) -> ComplianceReport:
    """For each rule: deadlines due from ``start`` to ``end`` (inclusive), and how each
    stood on ``as_of``: met on time, met late, still overdue, deemed agreed, not yet due."""
    rows = {rule.id: ComplianceRow(rule.id, rule.source, rule.title) for rule in RULES}
    total = ComplianceRow("total", "", "All rules")
    for d in load_deadlines(session, config):
        if d.due is None or not start <= d.due <= end:
            continue
        status = status_as_of(d, as_of)
        if status is None:
            continue
        rows[d.rule.id].add(status)
        total.add(status)
    return ComplianceReport(start, end, as_of, list(rows.values()), total)


# ---- output -------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def _table(header: Sequence[str], lines: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    out = []
    for line in [header, *lines]:
        cells = [
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i])
            for i, cell in enumerate(line)
        ]
        out.append("  ".join(cells).rstrip())
    return out


RAG_COLUMNS = ("RED", "AMBER", "GREEN", "TOTAL", "MET", "LATE", "OVERDUE", "OPEN", "DEEMED")


def _rag_line(name: str, t: Tally) -> list[str]:
    return [
        name,
        f"{t.red} ({percent(t.red, t.total)})",
        f"{t.amber} ({percent(t.amber, t.total)})",
        f"{t.green} ({percent(t.green, t.total)})",
        str(t.total),
        str(t.met),
        str(t.met_late),
        str(t.overdue),
        str(t.open),
        str(t.deemed_agreed),
        _pct(t.share(t.met, t.settled)),
    ]


def rag_table(report: RagReport) -> str:
    t = report.overall
    lines = [
        f"Appendix A RAG monitoring as of {report.as_of.isoformat()} "
        f"(amber: due within {report.amber_working_days} working days)",
        f"Overall: {t.red} red ({percent(t.red, t.total)}), "
        f"{t.amber} amber ({percent(t.amber, t.total)}), "
        f"{t.green} green ({percent(t.green, t.total)}) of {t.total} deadlines; "
        f"in timescale {t.met} of {t.settled} ({_pct(t.share(t.met, t.settled))})",
    ]
    for key, title, groups in report.views():
        name = "CHILD" if key == "by_child" else title.removeprefix("By ").upper()
        header = [name, *RAG_COLUMNS, "IN TIMESCALE"]
        body = [_rag_line(n, tally) for n, tally in groups.items()]
        if key == "by_child":
            header.append("RAG")
            body = [[*line, tally.worst] for line, tally in zip(body, groups.values(), strict=True)]
        lines += ["", title, *(_table(header, body) if body else ["  (nothing to show)"])]
    lines += ["", f"Trend: the last {len(report.trend)} weeks"]
    lines += _table(
        ["WEEK ENDING", "RED", "AMBER", "GREEN"],
        [[p.week_end.isoformat(), str(p.red), str(p.amber), str(p.green)] for p in report.trend],
    )
    lines += ["", f"In timescale = {IN_TIMESCALE}."]
    return "\n".join(lines)


CSV_FIELDS = (
    "view", "name", "red", "amber", "green", "total", "red_pct", "amber_pct", "green_pct",
    "met", "met_late", "overdue", "open", "deemed_agreed", "in_timescale_pct", "rag",
)  # fmt: skip


def rag_csv(report: RagReport) -> str:
    """One CSV: a row per group of each view ("all", "team", "iro", "rule", "child") and
    one per week of the trend ("trend", named by its week-ending date)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    data = report.to_dict()
    writer.writerow({"view": "all", "name": "all", **data["overall"]})
    for key, _title, _groups in report.views():
        for row in data[key]:
            writer.writerow({"view": key.removeprefix("by_"), **row})
    for point in report.trend:
        total = point.red + point.amber + point.green
        writer.writerow(
            {
                "view": "trend",
                "name": point.week_end.isoformat(),
                "red": point.red,
                "amber": point.amber,
                "green": point.green,
                "total": total,
            }
        )
    return buffer.getvalue()


def compliance_table(report: ComplianceReport) -> str:
    header = ["RULE", "SOURCE", "FELL DUE", "ON TIME", "LATE", "OVERDUE", "DEEMED", "NOT YET DUE",
              "IN TIMESCALE"]  # fmt: skip
    body = [
        [
            r.rule_id,
            r.source,
            str(r.fell_due),
            str(r.met_on_time),
            str(r.met_late),
            str(r.overdue),
            str(r.deemed_agreed),
            str(r.not_yet_due),
            _pct(r.in_timescale_pct),
        ]
        for r in [*report.rows, report.total]
    ]
    lines = [
        f"Compliance: deadlines due {report.start.isoformat()} to {report.end.isoformat()}, "
        f"as they stood on {report.as_of.isoformat()}",
        "",
        *_table(header, body),
        "",
        f"In timescale = {IN_TIMESCALE}.",
    ]
    return "\n".join(lines)


def compliance_csv(report: ComplianceReport) -> str:
    buffer = io.StringIO()
    rows = [row.as_dict() for row in [*report.rows, report.total]]
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _png_data_uri(figure: Any) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # attaches the Agg canvas: no display, no pyplot state
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def rag_chart(report: RagReport) -> str:
    """The chart as a PNG data URI: deadlines by RAG per team, and the weekly trend.

    Drawn with matplotlib's Agg canvas (no pyplot, no display); hatching and markers keep
    the colours apart when printed in black and white."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 7.5), dpi=100, layout="constrained")
    bars, trend = figure.subplots(2, 1, height_ratios=(1, 1))
    teams = list(report.by_team) or ["(no deadlines)"]
    left = [0] * len(teams)
    hatches = {"red": "//", "amber": "..", "green": ""}
    for colour in COLOURS:
        values = [getattr(report.by_team[t], colour) if t in report.by_team else 0 for t in teams]
        drawn = bars.barh(
            teams,
            values,
            left=left,
            color=CHART_COLOURS[colour],
            edgecolor="black",
            hatch=hatches[colour],
            label=colour.capitalize(),
        )
        bars.bar_label(
            drawn,
            labels=[str(v) if v else "" for v in values],
            label_type="center",
            fontweight="bold",
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"},
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    bars.set_title(f"Deadlines by RAG status per team, as of {report.as_of.isoformat()}")
    bars.set_xlabel("deadlines")
    bars.invert_yaxis()
    bars.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
    weeks = [p.week_end.isoformat() for p in report.trend]
    markers = {"red": "s", "amber": "^", "green": "o"}
    for colour in COLOURS:
        trend.plot(
            weeks,
            [getattr(p, colour) for p in report.trend],
            color=CHART_COLOURS[colour],
            marker=markers[colour],
            linewidth=2.5,
            label=colour.capitalize(),
        )
    trend.set_title(f"RAG trend, the last {len(report.trend)} weeks (week ending)")
    trend.set_ylabel("deadlines")
    trend.set_ylim(bottom=0)
    trend.tick_params(axis="x", labelrotation=45)
    trend.grid(axis="y", linestyle=":")
    trend.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _png_data_uri(figure)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("daemon", "templates_reports"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["percent"] = percent
    env.filters["pct"] = _pct
    return env


def rag_html(report: RagReport) -> str:
    """One self-contained page (styles inline, chart embedded), readable when printed."""
    return (
        _environment()
        .get_template("rag.html.j2")
        .render(
            report=report,
            data=report.to_dict(),
            chart=rag_chart(report),
            colours=CHART_COLOURS,
            meaning=RAG_MEANING,
            in_timescale=IN_TIMESCALE,
        )
    )


def compliance_html(report: ComplianceReport) -> str:
    return (
        _environment()
        .get_template("compliance.html.j2")
        .render(report=report, rows=[*report.rows], total=report.total, in_timescale=IN_TIMESCALE)
    )


def render_rag(report: RagReport, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=1)
    if fmt == "csv":
        return rag_csv(report)
    if fmt == "html":
        return rag_html(report)
    return rag_table(report)


def render_compliance(report: ComplianceReport, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report.to_dict(), indent=1)
    if fmt == "csv":
        return compliance_csv(report)
    if fmt == "html":
        return compliance_html(report)
    return compliance_table(report)
