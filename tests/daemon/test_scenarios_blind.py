"""The blind whole-life scenarios (tests/scenarios_blind, 2 and 3): each
replayed through the daemon, every hand-worked deadline must agree in rule, due date, status
and met date, except the disagreements named below with their reason.

They were written apart from the code; each set's first blind score is in its README. Since
the fixes that followed, they are a regression check like the corpora.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "scenarios_blind_score", TESTS / "scenarios_blind" / "score.py"
)
assert _spec is not None and _spec.loader is not None
score_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_module)

# Disagreements left as they are, each with why (a limit, not a slip).
KNOWN = {
    # The looked-after mail names two siblings but opens only the first: the second is known
    # only from her own review record, after Cafcass named the guardian, so her first
    # CIP-REVIEW-TO-GUARDIAN has no guardian to go to.
    "08-siblings-guardian-replaced": 1,
    # A booking's "Previous review held: 12 January 2027" for a child already in care starts
    # no LAR-SUBSEQUENT clock: the facts have no place for an earlier review's date.
    "01-booking-first-moved-twice": 1,
    "06-longterm-foster-christmas-referral": 1,
    # Council legal's mails naming both siblings (their LA references) go to triage as a
    # linking conflict, or to the first child only: the facts carry one child.
    "05-siblings-guardian-pair": 4,
}
FOLDERS = [
    *score_module.scenarios(TESTS / "scenarios_blind"),
    *score_module.scenarios(TESTS / "scenarios_blind2"),
    *score_module.scenarios(TESTS / "scenarios_blind3"),
]


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_hand_worked_deadline_agrees(folder: Path) -> None:
    agreed, expected, notes = score_module.score(folder)
    assert expected > 0
    assert expected - agreed == KNOWN.get(folder.name, 0), "\n".join(notes)
