"""Imported by the test's Celery worker (`--include worker_probe`): records every task run.

One line per event, appended to the file named by RELIABILITY_TASK_EVENTS: `prerun <task id> <pid>`
when a pool process starts a task, `postrun <task id> <state>` when it returns. A file, not Redis,
so the record survives a Redis restart; small appends to an O_APPEND file do not interleave.
"""

import os

from celery import signals

EVENTS = os.environ.get("RELIABILITY_TASK_EVENTS")


def _record(line):
    if EVENTS:
        with open(EVENTS, "a") as events:
            events.write(line + "\n")


@signals.task_prerun.connect
def _started(task_id=None, **_):
    _record(f"prerun {task_id} {os.getpid()}")


@signals.task_postrun.connect
def _finished(task_id=None, state=None, **_):
    _record(f"postrun {task_id} {state}")
