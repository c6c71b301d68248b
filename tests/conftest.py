"""Browser set-up shared by every dash.testing test."""

import os

from tests.chromium import CHROMIUM, OFFLINE_FLAGS

os.environ.setdefault("DASH_TEST_CHROMEPATH", CHROMIUM)

try:
    from dash.testing.application_runners import BaseDashRunner

    # Each pytest process takes its own port range, so parallel runs do not collide.
    if hasattr(BaseDashRunner, "_next_port"):
        BaseDashRunner._next_port = 20000 + (os.getpid() % 3000) * 10
except ImportError:  # dash[testing] is not installed: only unit tests can run
    pass

CHROMIUM_FLAGS = [*OFFLINE_FLAGS, "--window-size=1280,1024"]


def pytest_setup_options():
    from selenium.webdriver.chrome.options import Options

    options = Options()
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    return options
