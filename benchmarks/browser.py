"""Headless Chromium driven by selenium: the flags of tests/chromium.py plus heap probes."""

from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from tests.chromium import CHROMIUM, HEADLESS_FLAGS, OFFLINE_FLAGS

CHROMEDRIVER = "/usr/bin/chromedriver"
PROBES = Path(__file__).with_name("probes")

CHROMIUM_FLAGS = [
    *HEADLESS_FLAGS,
    *OFFLINE_FLAGS,
    "--window-size=1280,1024",
    # heap figures: exact numbers, a callable gc(), and no earlier page kept alive
    "--enable-precise-memory-info",
    "--js-flags=--expose-gc",
    "--disable-back-forward-cache",
]


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(120)
    return driver


def probe_source(name):
    return (PROBES / name).read_text(encoding="utf-8")


class Page:
    """Loads URLs with probe scripts installed before any of the page's own scripts run."""

    def __init__(self, driver):
        self.driver = driver
        self._installed = []

    def open(self, url, *probes, config=None):
        for identifier in self._installed:
            self.driver.execute_cdp_cmd(
                "Page.removeScriptToEvaluateOnNewDocument", {"identifier": identifier}
            )
        self._installed = []
        sources = [f"window.__benchConfig = {_json(config or {})};"]
        sources += [probe_source(name) for name in probes]
        for source in sources:
            result = self.driver.execute_cdp_cmd(
                "Page.addScriptToEvaluateOnNewDocument", {"source": source}
            )
            self._installed.append(result["identifier"])
        self.driver.get(url)

    def fresh_tab(self):
        """Move to a new tab and close the old one: a new renderer process, so nothing of an
        earlier page (its heap above all) is left in the process the next page runs in."""
        old = self.driver.current_window_handle
        self.driver.switch_to.new_window("tab")
        new = self.driver.current_window_handle
        self.driver.switch_to.window(old)
        self.driver.close()
        self.driver.switch_to.window(new)
        self._installed = []  # probe scripts belong to the closed tab

    def run(self, script, *args):
        return self.driver.execute_script(script, *args)

    def run_async(self, script, *args):
        return self.driver.execute_async_script(script, *args)

    def set_cache_disabled(self, disabled):
        self.driver.execute_cdp_cmd("Network.enable", {})
        self.driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": disabled})


def _json(value):
    import json

    return json.dumps(value)
