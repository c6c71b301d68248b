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
    """After an armed action: times in ms from the input event, or None if nothing changed.

    Waits until the watched region has been quiet for `quiet_ms`, so work an implementation
    defers (debounce, transitions) is counted. dom: the first change that shows the final
    state reached the DOM (MutationObserver); paint: the animation frame after it; last_dom:
    the last change at all (a trailing re-render of the same rows).
    """
    changed = page.run_async(WAIT_QUIET, quiet_ms, timeout_ms)
    bench = page.run("return {events: window.__bench.events, changes: window.__bench.changes};")
    event = bench["events"].get(event_type)
    changes = bench["changes"]
    if not changed or event is None or not changes:
        return None
    final = changes[-1]["signature"]
    shown = next(change for change in changes if change["signature"] == final)
    if shown["paint"] is None:
        return None
    return {
        "dom": shown["dom"] - event["stamp"],
        "paint": shown["paint"] - event["stamp"],
        "last_dom": changes[-1]["dom"] - event["stamp"],
        "changes": len(changes),
    }


def heap_mb(page):
    """JS heap in use after two forced collections (needs --js-flags=--expose-gc)."""
    used = page.run(
        "if (window.gc) { window.gc(); window.gc(); }"
        " return window.gc && performance.memory ? performance.memory.usedJSHeapSize : null;"
    )
    return used / 1e6 if used is not None else None
