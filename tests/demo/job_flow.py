"""The background-job flow both job managers must pass, as a user drives it in the browser."""

import time

from tests.processes import wait_until


class JobPage:
    """The background job section of the demo, as a user drives it in the browser."""

    def __init__(self, browser):
        self.browser = browser

    def watch_progress(self):
        """Record every value the progress bar takes from now on (selenium polls are too slow)."""
        self.browser.driver.execute_script(
            """
            const bar = document.getElementById('job-progress');
            window.jobProgressSeen = [];
            if (window.jobProgressObserver) window.jobProgressObserver.disconnect();
            window.jobProgressObserver = new MutationObserver(() =>
                window.jobProgressSeen.push(Number(bar.getAttribute('value')))
            );
            window.jobProgressObserver.observe(bar, {attributes: true, attributeFilter: ['value']});
            """
        )

    def progress_seen(self):
        return self.browser.driver.execute_script("return window.jobProgressSeen")

    def text_of(self, element_id):
        """The element's text, None if absent (read in one script: no stale elements)."""
        return self.browser.driver.execute_script(
            f"const el = document.getElementById('{element_id}'); return el && el.innerText;"
        )

    def run_id(self):
        return self.text_of("job-run-id")

    def summary(self):
        return self.text_of("job-summary")

    def set_step_seconds(self, seconds):
        field = self.browser.find_element("#job-step-seconds")
        wanted = str(seconds)
        # Once, in a fresh-clone run on the busy machine, the field did not hold the typed value
        # 5 s later (what it held was not recorded): clear and type again, as a user would.
        for _ in range(3):
            self.browser.clear_input(field)
            field.send_keys(wanted)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline and field.get_attribute("value") != wanted:
                time.sleep(0.1)
            if field.get_attribute("value") == wanted:
                return
        raise AssertionError(f"step seconds not typed: {field.get_attribute('value')!r}")

    def set_clusters(self, button_id, count_text):
        self.browser.find_element(f"#{button_id}").click()
        self.browser.wait_for_text_to_equal("#job-points-count", count_text)

    def is_disabled(self, element_id):
        return self.browser.driver.execute_script(
            f"return document.getElementById('{element_id}').disabled"
        )

    def run_is_disabled(self):
        return self.is_disabled("job-run")

    def cancel_is_disabled(self):
        return self.is_disabled("job-cancel")

    def run_and_wait(self, timeout):
        """Click Run; wait until the run id changes and the run button is back."""
        before = self.run_id()
        self.browser.find_element("#job-run").click()
        wait_until(
            lambda: self.run_id() not in (before, None) and not self.run_is_disabled(),
            timeout,
            "no new result",
            interval=0.2,
        )


def expected_summary(clusters):
    from demo import jobs

    points, _ = jobs.choose_points(clusters)
    mean_x = sum(p["x"] for p in points) / len(points)
    mean_y = sum(p["y"] for p in points) / len(points)
    return f"{len(points)} points: mean x = {mean_x:.3f}, mean y = {mean_y:.3f}"


def check_background_flow(browser):
    """Run, cache, cancel and fail the demo's background job; browser is on the demo page."""
    from demo import data, jobs

    page = JobPage(browser)
    everything = list(data.CLUSTERS)
    browser.wait_for_text_to_equal(
        "#job-points-count", f"{len(everything) * 100} points to process"
    )
    assert page.cancel_is_disabled() and not page.run_is_disabled()

    # 1. A run: the button is disabled while it runs, the bar advances, the result arrives.
    page.set_step_seconds(0.4)
    page.watch_progress()
    browser.find_element("#job-run").click()
    wait_until(page.run_is_disabled, 10, "the run button was not disabled while running")
    assert not page.cancel_is_disabled()
    wait_until(page.summary, 30, "no result")
    seen = page.progress_seen()
    assert seen[-1] == jobs.JOB_STEPS, seen
    mid_run = [value for value in seen if 0 < value < jobs.JOB_STEPS]
    assert len(mid_run) >= 3 and mid_run == sorted(mid_run), seen
    assert page.summary() == expected_summary(everything)
    wait_until(lambda: not page.run_is_disabled(), 10, "run button still disabled after the job")
    assert page.cancel_is_disabled()
    first_run_id = page.run_id()

    # 2. Other inputs run again; the first inputs come back from the cache, not run again.
    page.set_clusters("job-no-cluster", "0 points to process")
    page.run_and_wait(timeout=30)
    assert page.summary() == "No points to process."
    page.set_clusters("job-all-clusters", f"{len(everything) * 100} points to process")
    page.run_and_wait(timeout=30)
    # the first run's result: its run id (a run again would make a new one)
    assert page.run_id() == first_run_id, "the repeated inputs were computed again"
    assert page.summary() == expected_summary(everything)

    # 3. Cancel a run: the buttons come back, the bar stops, the old result stays.
    page.set_step_seconds(0.6)
    page.watch_progress()
    browser.find_element("#job-run").click()
    wait_until(lambda: max(page.progress_seen() or [0]) >= 2, 20, "the run made no progress")
    browser.find_element("#job-cancel").click()
    wait_until(lambda: not page.run_is_disabled(), 10, "run button still disabled after cancel")
    assert page.cancel_is_disabled()
    seen_at_cancel = page.progress_seen()
    assert max(seen_at_cancel) < jobs.JOB_STEPS, seen_at_cancel
    time.sleep(0.6 * jobs.JOB_STEPS)  # longer than the rest of the run would have taken
    assert page.progress_seen() == seen_at_cancel
    assert page.run_id() == first_run_id

    # 4. A job that raises says so in the page, and the next run works.
    page.set_step_seconds(0.1)
    browser.find_element("#job-fail input").click()
    browser.find_element("#job-run").click()
    browser.wait_for_text_to_equal(
        "#job-error", "The job failed: the job was asked to fail at step 6 of 10", timeout=30
    )
    browser.find_element("#job-fail input").click()
    page.run_and_wait(timeout=30)
    assert page.summary() == expected_summary(everything)
    assert page.run_id() != first_run_id

    assert browser.get_logs() == []
