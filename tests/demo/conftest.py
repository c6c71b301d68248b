"""Fixtures for the demo's tests."""

import pytest

from tests.processes import free_port


@pytest.fixture
def unused_port():
    """A loopback TCP port nothing listens on (free when asked; good enough for a test)."""
    return free_port()
