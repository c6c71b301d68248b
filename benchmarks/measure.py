"""Waiting for probe marks and reading them back (shared by the scenarios)."""

import time

WAIT_QUIET = """
const [quietMs, timeoutMs, done] = arguments;
const start = performance.now();
(function poll() {
    const changes = window.__bench.changes;
    const last = changes[changes.length - 1];
    const t = performance.now();
    if (last && last.paint !== null && t - last.dom > quietMs) return done(true);
    if (t - start > timeoutMs) return done(false);
    setTimeout(poll, 25);
})();
"""


def wait_until(page, condition_js, timeout, interval=0.05):
    """Poll `return <condition_js>` in the page until truthy; raise TimeoutError otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if page.run(f"return Boolean({condition_js});"):
                return
        except Exception:  # page still navigating
            pass
        time.sleep(interval)
    raise TimeoutError(condition_js)


def wait_for_load(page, timeout=180):
    wait_until(page, "window.__bench && window.__bench.marks.readyIdle !== undefined", timeout)
    return page.run("return window.__bench.marks;")


def arm(page):
    page.run("window.__bench.arm();")


def settled_change(page, event_type, quiet_ms=300, timeout_ms=8000):
    """After an armed action: {"dom", "paint"} in ms from the input event, or None if nothing.

    dom: the last change of the watched region reached the DOM (MutationObserver);
    paint: the animation frame after it. Waits until the region has been quiet for `quiet_ms`,
    so work an implementation defers (debounce, transitions) is counted.
    """
    changed = page.run_async(WAIT_QUIET, quiet_ms, timeout_ms)
    bench = page.run("return {events: window.__bench.events, changes: window.__bench.changes};")
    event = bench["events"].get(event_type)
    if not changed or event is None:
        return None
    last = bench["changes"][-1]
    return {
        "dom": last["dom"] - event["stamp"],
        "paint": last["paint"] - event["stamp"],
        "first_dom": bench["changes"][0]["dom"] - event["stamp"],
        "changes": len(bench["changes"]),
    }


def heap_mb(page):
    """JS heap in use after two forced collections (needs --js-flags=--expose-gc)."""
    used = page.run(
        "if (window.gc) { window.gc(); window.gc(); }"
        " return window.gc && performance.memory ? performance.memory.usedJSHeapSize : null;"
    )
    return used / 1e6 if used is not None else None
