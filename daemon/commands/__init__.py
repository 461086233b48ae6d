"""The operator's commands of ``caseclock``, one module per group; ``daemon.cli`` adds
them to the command line beside ``run``, ``check-config``, ``deadlines`` and ``classify``."""

from __future__ import annotations

from daemon.commands.case import case
from daemon.commands.outbox import outbox
from daemon.commands.replay import demo, replay
from daemon.commands.report import report
from daemon.commands.setup import doctor, init
from daemon.commands.status import status
from daemon.commands.triage import reprocess, triage

COMMANDS = (case, triage, reprocess, status, outbox, report, doctor, init, replay, demo)

__all__ = [
    "COMMANDS",
    "case",
    "demo",
    "doctor",
    "init",
    "outbox",
    "replay",
    "report",
    "reprocess",
    "status",
    "triage",
]
