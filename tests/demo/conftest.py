"""Fixtures for the demo's tests."""

import socket

import pytest


@pytest.fixture
def unused_port():
    """A loopback TCP port nothing listens on (free when asked; good enough for a test)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
