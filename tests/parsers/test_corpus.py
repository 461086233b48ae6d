"""Score the parsers on the labelled corpora (each written apart from the parser):
tests/corpus (172 mails) and tests/corpus_blind (60 mails, written later by another hand
and first scored blind; see its README).

Thresholds from the parsers issue: kind accuracy >= 97%, case number and LA reference
exact >= 98%, dates exact >= 95%, and no untrusted mail ever trusted. On failure the test
prints the confusion matrix and every miss.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers import ParserSettings, parse_email

TESTS = Path(__file__).resolve().parents[1]
CORPUS = TESTS / "corpus"
# Each corpus and the fewest files it must hold.
CORPORA = {"corpus": 150, "corpus_blind": 60}
SETTINGS = ParserSettings(service_addresses=("iro.reviews@council.example.gov.uk",))
LONDON = ZoneInfo("Europe/London")


@dataclass
class Score:
    files: int = 0
    kind_ok: int = 0
    case_ok: int = 0
    la_ref_ok: int = 0
    dates_total: int = 0
    dates_ok: int = 0
    trusted_untrusted: list[str] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _filing(items: list[dict[str, str]]) -> set[tuple[str, str]]:
    # The corpus names the kind; the parser may add ":subtype". Compare on the kind.
    return {(i["document"].split(":")[0], i["due"]) for i in items}


def score_corpus(corpus: Path = CORPUS) -> Score:
    score = Score()
    for expected_path in sorted(corpus.glob("*.expected.json")):
        name = expected_path.name.removesuffix(".expected.json")
        expected = json.loads(expected_path.read_text())
        got = parse_email((corpus / f"{name}.eml").read_bytes(), SETTINGS).to_dict()
        score.files += 1
        score.confusion[(expected["kind"], got["kind"])] += 1
        if got["kind"] == expected["kind"]:
            score.kind_ok += 1
        else:
            score.misses.append(f"{name}: kind {got['kind']} (expected {expected['kind']})")
        if got["case_number"] == expected.get("case_number"):
            score.case_ok += 1
        else:
            score.misses.append(
                f"{name}: case_number {got['case_number']} (expected {expected.get('case_number')})"
            )
        want_ref = (expected.get("child") or {}).get("la_ref")
        if got["child"]["la_ref"] == want_ref:
            score.la_ref_ok += 1
        else:
            score.misses.append(f"{name}: la_ref {got['child']['la_ref']} (expected {want_ref})")
        for key, want in (expected.get("dates") or {}).items():
            score.dates_total += 1
            have = got["dates"].get(key)
            ok = _filing(have or []) == _filing(want) if key == "filing_deadlines" else have == want
            if ok:
                score.dates_ok += 1
            else:
                score.misses.append(f"{name}: {key} {have} (expected {want})")
        if expected.get("sent_at_date"):
            score.dates_total += 1
            sent = got["sent_at"]
            have_day = (
                datetime.fromisoformat(sent).astimezone(LONDON).date().isoformat() if sent else None
            )
            if have_day == expected["sent_at_date"]:
                score.dates_ok += 1
            else:
                score.misses.append(
                    f"{name}: sent_at {have_day} (expected {expected['sent_at_date']})"
                )
        if expected["trust"] == "untrusted" and got["trust"] == "trusted":
            score.trusted_untrusted.append(name)
    return score


def _report(score: Score) -> str:
    kinds = sorted({k for pair in score.confusion for k in pair})
    lines = ["confusion (expected -> got), off-diagonal only:"]
    for (want, got), n in sorted(score.confusion.items()):
        if want != got:
            lines.append(f"  {want:22} -> {got:22} {n}")
    lines.append(f"kinds seen: {len(kinds)}")
    lines.extend(score.misses)
    return "\n".join(lines)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def score(corpus: str) -> Score:
    result = score_corpus(TESTS / corpus)
    print(
        f"\n{corpus}: {result.files} files; kind {result.kind_ok / result.files:.1%}, "
        f"case number {result.case_ok / result.files:.1%}, "
        f"LA ref {result.la_ref_ok / result.files:.1%}, "
        f"dates {result.dates_ok}/{result.dates_total}"
    )
    return result


def test_corpus_is_big_enough(corpus: str, score: Score) -> None:
    assert score.files >= CORPORA[corpus]


def test_kind_accuracy(score: Score) -> None:
    assert score.kind_ok / score.files >= 0.97, _report(score)


def test_case_number_and_la_ref_exact(score: Score) -> None:
    assert score.case_ok / score.files >= 0.98, _report(score)
    assert score.la_ref_ok / score.files >= 0.98, _report(score)


def test_dates_exact(score: Score) -> None:
    assert score.dates_ok / score.dates_total >= 0.95, _report(score)


def test_no_untrusted_mail_is_trusted(score: Score) -> None:
    assert score.trusted_untrusted == [], score.trusted_untrusted
