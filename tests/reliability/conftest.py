"""Fixtures of the reliability suite: the demo's Celery + Redis stack, stopped even on failure."""

import contextlib

import pytest


@contextlib.contextmanager
def started_stack(workdir):
    """Redis, a Celery worker and gunicorn serving usage.py (about 15 s to start).

    On the way out every process the stack ever started is stopped, and it fails if any of them
    is still alive.
    """
    from job_stack import JobStack

    stack = JobStack(workdir)
    try:
        yield stack.start()
    finally:
        survivors = stack.close()
        assert survivors == [], f"processes left behind: {survivors}"


@pytest.fixture(scope="session")
def running_stack(tmp_path_factory):
    with started_stack(tmp_path_factory.mktemp("job-stack")) as stack:
        yield stack


@pytest.fixture
def job_stack(running_stack):
    """The suite's shared stack, with whatever an earlier (failed) test left dead started again."""
    running_stack.heal()
    return running_stack


@pytest.fixture
def own_job_stack(tmp_path):
    """A stack for this test alone: after a Redis restart, nothing of it leaks into other tests."""
    with started_stack(tmp_path) as stack:
        yield stack
