"""Fixtures of the reliability suite: the demo's Celery + Redis stack, stopped even on failure."""

import contextlib

import pytest


@contextlib.contextmanager
def started_stack():
    """Redis, a Celery worker and gunicorn serving usage.py (about 15 s to start).

    On the way out every process the stack ever started is stopped, and it fails if any of them
    is still alive. Its files (Redis data, logs, the worker's task record) live in a directory of
    its own, not under pytest's tmp_path, which other pytest sessions of the same user prune
    while this one runs; RELIABILITY_KEEP=1 keeps it for a look at the logs.
    """
    import os
    import shutil
    import tempfile

    from job_stack import JobStack

    workdir = tempfile.mkdtemp(prefix="my_components-jobs-")
    stack = JobStack(workdir)
    try:
        yield stack.start()
    finally:
        survivors = stack.close()
        if not os.environ.get("RELIABILITY_KEEP"):
            shutil.rmtree(workdir, ignore_errors=True)
        assert survivors == [], f"processes left behind: {survivors}"


@pytest.fixture(scope="session")
def running_stack():
    with started_stack() as stack:
        yield stack


@pytest.fixture
def job_stack(running_stack):
    """The suite's shared stack, with whatever an earlier (failed) test left dead started again."""
    running_stack.heal()
    return running_stack


@pytest.fixture
def own_job_stack():
    """A stack for this test alone: after a Redis restart, nothing of it leaks into other tests."""
    with started_stack() as stack:
        yield stack
