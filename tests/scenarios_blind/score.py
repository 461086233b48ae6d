"""Score caseclock against blind scenarios: replay each one and match every expected
deadline by (rule, due), then status and met date.

    .venv/bin/python tests/scenarios_blind/score.py [--set tests/scenarios_blind2] [NN-name ...]
        [--verbose]

A set's own `config.toml`, if it has one, is the setting its expectations were written under.

The last line is one JSON object: {"agreed": N, "expected": M, "by_scenario": {...}}.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from daemon.config import Config, load_config  # noqa: E402
from daemon.replay import replay  # noqa: E402


def scenarios(root: Path = HERE) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "expected.json").is_file())


def score(folder: Path) -> tuple[int, int, list[str]]:
    """(agreed, expected, a line per disagreement) for one scenario."""
    expected = json.loads((folder / "expected.json").read_text())
    setting = folder.parent / "config.toml"
    config = load_config(setting) if setting.is_file() else Config()
    result = replay(config, folder / "mails", date.fromisoformat(expected["until"]))
    rows: list[dict[str, Any]] = result.deadlines
    agreed, notes = 0, []
    for want in expected["deadlines"]:
        # A rule that does not apply has no due date to match by (rules.md gives none).
        same = [
            r
            for r in rows
            if r["rule"] == want["rule"]
            and (r["due"] == want["due"] or (want["due"] is None and r["status"] == want["status"]))
        ]
        got = [(r["status"], r["met_on"]) for r in same]
        if (want["status"], want["met_on"]) in got:
            agreed += 1
            continue
        others = [
            f"{r['due']} {r['status']} {r['met_on'] or ''} [{r['subject']}]"
            for r in rows
            if r["rule"] == want["rule"]
        ]
        notes.append(
            f"{want['rule']} due {want['due']}: expected {want['status']} "
            f"{want['met_on'] or ''}; program: {', '.join(others) or 'no row'}"
        )
    return agreed, len(expected["deadlines"]), notes


def main(argv: list[str]) -> None:
    verbose = "--verbose" in argv
    root = HERE
    if "--set" in argv:
        at = argv.index("--set")
        root = Path(argv[at + 1]).resolve()
        argv = argv[:at] + argv[at + 2 :]
    names = [a for a in argv if not a.startswith("--")]
    total_agreed = total = 0
    by_scenario: dict[str, str] = {}
    for folder in scenarios(root):
        if names and folder.name not in names:
            continue
        agreed, expected, notes = score(folder)
        total_agreed += agreed
        total += expected
        by_scenario[folder.name] = f"{agreed}/{expected}"
        print(f"{folder.name}: {agreed}/{expected}")
        if verbose:
            for note in notes:
                print(f"    {note}")
    print(json.dumps({"agreed": total_agreed, "expected": total, "by_scenario": by_scenario}))


if __name__ == "__main__":
    main(sys.argv[1:])
