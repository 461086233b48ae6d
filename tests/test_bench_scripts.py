"""The bench scripts stay runnable: a tiny replay bench ends with its JSON line.

This checks the script's shape (it runs, it says what it measured), not its speed;
speed figures come from running it in full (bench/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_replay_bench_prints_its_figures_last() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "replay.py"), "--children", "4", "--days", "45"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(figures) == {
        "children",
        "mails",
        "days",
        "replay_s",
        "mails_per_s",
        "days_per_s",
        "parse_per_s",
        "ratio",
    }
    assert figures["children"] == 4 and figures["days"] > 0
    assert figures["mails"] > 4  # at least a notification and an allocation each
    assert "classified as meant" in done.stdout
