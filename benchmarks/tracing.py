"""A Chromium with the DevTools timeline traced, and summaries of its trace events: for the
tracing helpers (trace_dropdown, trace_graph), not the benchmark."""

import collections
import json

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from .browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS

TRACE_CATEGORIES = (
    "devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline"
)


def start_traced_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.add_experimental_option(
        "perfLoggingPrefs",
        {
            "enableNetwork": False,
            "enablePage": False,
            "traceCategories": TRACE_CATEGORIES,
            "bufferUsageReportingInterval": 100000,
        },
    )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(60)
    return driver


def trace_events(driver):
    """The trace events chromedriver has handed over since the last call."""
    events = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Tracing.dataCollected":
            events.append(message["params"])
    return events


def event_type(event):
    return (event.get("args", {}).get("data") or {}).get("type")


def input_task(events, kind, after):
    """The first `kind` EventDispatch after `after` (trace us) and the task that ran it.

    Only the browser's own input events count: one dispatched from script (a page's own code
    may send events into its tree) runs inside a script call.
    """
    scripts = [
        (e["pid"], e["tid"], e["ts"], e["ts"] + e.get("dur", 0))
        for e in events
        if e.get("name") in ("FunctionCall", "FireIdleCallback")
    ]

    def from_script(dispatch):
        return any(
            (pid, tid) == (dispatch["pid"], dispatch["tid"]) and start < dispatch["ts"] < end
            for pid, tid, start, end in scripts
        )

    dispatches = sorted(
        (
            e
            for e in events
            if e.get("name") == "EventDispatch" and event_type(e) == kind and not from_script(e)
        ),
        key=lambda e: e["ts"],
    )
    dispatch = next((e for e in dispatches if e["ts"] > after), None)
    if dispatch is None:
        return None, None
    thread = (dispatch["pid"], dispatch["tid"])
    for event in events:
        if (
            event.get("name") == "RunTask"
            and (event["pid"], event["tid"]) == thread
            and event["ts"] <= dispatch["ts"] <= event["ts"] + event.get("dur", 0)
        ):
            return dispatch, event
    return dispatch, None


# What the main thread did between the input event and the menu in the DOM, by kind (inclusive
# times: a style recalc forced by JS counts both in its own kind and in the script around it).
BREAKDOWN = {
    "FunctionCall": "script",
    "EventDispatch": "events",
    "TimerFire": "timers",
    "RunMicrotasks": "microtasks",
    "UpdateLayoutTree": "style",
    "Layout": "layout",
    "PrePaint": "prepaint",
    "Paint": "paint",
    "Layerize": "layerize",
    "Commit": "commit",
    "MinorGC": "gc",
    "MajorGC": "gc",
    "V8.GC_SCAVENGER": "gc",
    "v8.compile": "compile",
    "v8.compileModule": "compile",
    "ParseAuthorStyleSheet": "parse-css",
}


def breakdown(events, thread, start_us, end_us):
    totals = collections.Counter()
    counts = collections.Counter()
    for event in events:
        kind = BREAKDOWN.get(event.get("name"))
        if (
            kind is None
            or event.get("ph") != "X"
            or (event["pid"], event["tid"]) != thread
            or not start_us <= event["ts"] <= end_us
        ):
            continue
        totals[kind] += event.get("dur", 0)
        counts[kind] += 1
    return ", ".join(
        f"{kind} {us / 1000:.1f}" + (f" x{counts[kind]}" if counts[kind] > 1 else "")
        for kind, us in totals.most_common()
    )


def event_tree(events, thread, start_us, end_us, min_us=100):
    """The trace events of [start_us, end_us] on `thread`, nested, longest-lived first."""
    spans = sorted(
        (
            e
            for e in events
            if e.get("ph") == "X"
            and (e["pid"], e["tid"]) == thread
            and start_us <= e["ts"] <= end_us
            and e.get("dur", 0) >= min_us
        ),
        key=lambda e: (e["ts"], -e["dur"]),
    )
    lines = []
    open_ends = []
    for event in spans:
        while open_ends and event["ts"] >= open_ends[-1]:
            open_ends.pop()
        data = event.get("args", {}).get("data") or {}
        detail = data.get("type") or data.get("functionName") or ""
        lines.append(
            f"{'  ' * len(open_ends)}{event['name']} {detail} "
            f"+{(event['ts'] - start_us) / 1000:.1f} {event['dur'] / 1000:.1f} ms"
        )
        open_ends.append(event["ts"] + event["dur"])
    return lines
