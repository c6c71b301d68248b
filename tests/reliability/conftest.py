"""Fixtures of the reliability suite: the demo's Celery + Redis stack, stopped even on failure."""

import pytest


@pytest.fixture
def job_stack(tmp_path):
    """Redis, a Celery worker and gunicorn serving usage.py; none of them outlives the test."""
    from job_stack import JobStack

    stack = JobStack(tmp_path)
    try:
        yield stack.start()
    finally:
        survivors = stack.close()
        assert survivors == [], f"processes left behind: {survivors}"
