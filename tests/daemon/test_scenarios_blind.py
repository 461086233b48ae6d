"""The blind whole-life scenarios (tests/scenarios_blind): each replayed through the daemon,
every hand-worked deadline must agree in rule, due date, status and met date.

They were written apart from the code; the first blind score is in their README. Since the
fixes that followed, they are a regression check like the corpora.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCORE = Path(__file__).resolve().parents[1] / "scenarios_blind" / "score.py"
_spec = importlib.util.spec_from_file_location("scenarios_blind_score", SCORE)
assert _spec is not None and _spec.loader is not None
score_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_module)


@pytest.mark.parametrize("folder", score_module.scenarios(), ids=lambda p: p.name)
def test_every_hand_worked_deadline_agrees(folder: Path) -> None:
    agreed, expected, notes = score_module.score(folder)
    assert expected > 0
    assert agreed == expected, "\n".join(notes)
