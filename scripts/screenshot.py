"""Take the README's screenshot of the demo (docs/demo.png) in headless Chromium.

    python scripts/screenshot.py [output.png]

Serves usage.py's app on a free loopback port, runs the background job once so the page shows a
result, and saves a screenshot of the whole page.
"""

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WIDTH = 1200
MAX_HEIGHT = 8000


def serve(app):
    """Serve app in a daemon thread; return its URL."""
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options

    from tests.chromium import CHROMIUM, HEADLESS_FLAGS, OFFLINE_FLAGS

    options = Options()
    options.binary_location = CHROMIUM
    for flag in [
        *HEADLESS_FLAGS,
        *OFFLINE_FLAGS,
        "--hide-scrollbars",
        "--force-device-scale-factor=0.75",  # a smaller PNG, still readable at README width
        f"--window-size={WIDTH},600",
    ]:
        options.add_argument(flag)
    return webdriver.Chrome(options=options)


def wait_for(driver, css, timeout=30):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, css))
    )
    return driver.find_element(By.CSS_SELECTOR, css)


def take(output):
    os.environ.pop("REDIS_URL", None)  # the screenshot needs no Redis
    import usage
    from demo import jobs

    with tempfile.TemporaryDirectory() as cache_dir:
        app = usage.create_app(jobs.make_manager(cache_dir=cache_dir))
        url, server = serve(app)
        driver = browser()
        try:
            driver.get(url)
            wait_for(driver, "#job-points-count")
            wait_for(driver, "#summary-graph .nsewdrag")
            wait_for(driver, "#summary-select-east").click()  # the table and the job follow
            wait_for(driver, "#summary-stats")
            step = wait_for(driver, "#job-step-seconds")
            step.clear()
            step.send_keys("0.05")
            time.sleep(0.5)
            wait_for(driver, "#job-run").click()
            wait_for(driver, "#job-summary")
            time.sleep(1)  # let lazy chunks and plots finish drawing
            height = driver.execute_script("return document.body.scrollHeight")
            driver.set_window_size(WIDTH, min(height + 120, MAX_HEIGHT))
            driver.execute_script("window.scrollTo(0, 0)")
            time.sleep(0.5)
            driver.save_screenshot(str(output))
        finally:
            driver.quit()
            server.shutdown()
    print(f"wrote {output} ({output.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    take(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "demo.png")
