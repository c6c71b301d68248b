"""Fixtures of the reliability suite: the demo's Celery + Redis stack, stopped even on failure."""

import pytest


@pytest.fixture(scope="session")
def running_stack(tmp_path_factory):
    """Redis, a Celery worker and gunicorn serving usage.py, shared by the suite's tests.

    Started once (about 15 s); when the session ends every process it ever started is stopped,
    and the session fails if any of them is still alive.
    """
    from job_stack import JobStack

    stack = JobStack(tmp_path_factory.mktemp("job-stack"))
    try:
        yield stack.start()
    finally:
        survivors = stack.close()
        assert survivors == [], f"processes left behind: {survivors}"


@pytest.fixture
def job_stack(running_stack):
    """The shared stack, with whatever an earlier (failed) test left dead started again."""
    running_stack.heal()
    return running_stack
