"""Where the Dropdown's open and keystrokes spend main-thread time: a profiling helper, not a
benchmark (`python -m benchmarks.trace_dropdown 100000 --reps 3 [--profile]`).

Runs the same page and actions as `benchmarks.dropdown` (open, then the 3-letter query) with
Chromium tracing on, and prints per action the task that handled the input event: its wall time
and its CPU time (`tdur`, the thread's own time: unlike wall time it barely moves when other
processes load the machine, so two builds compare on a busy machine). With `--profile`, a CPU
profile (DevTools Profiler, 50 us) of the same window prints the heaviest functions of our chunk
(readable names: build with `npx webpack --mode production --no-optimization-minimize` first,
then `npm run build` again before committing or benchmarking).
"""

import argparse
import bisect
import collections
import json
import pathlib
import re
import statistics
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from .apps import DROPDOWN_ID, cached_options
from .browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, Page
from .dropdown import MENU, READY_SELECTORS, SETTLE_S
from .measure import arm, heap_mb, settled_change, wait_for_load
from .options import pick_query
from .server import AppServer

CHUNK = pathlib.Path(__file__).resolve().parent.parent / "my_components" / "async-dropdown.js"
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

    Only the browser's own input events count: one dispatched from script (the Dropdown's
    menu warm-up sends a press into its hidden Select) runs inside a script call.
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


CALLERS_OF = None  # --callers: who calls the functions whose name holds this


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


def profile_summary(profile, start_us, end_us, top=12):
    """Inclusive time of our chunk's functions among the samples in [start_us, end_us]."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    totals = collections.Counter()
    stamp = profile["startTime"]
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        stamp += delta
        if not start_us <= stamp <= end_us:
            continue
        seen = set()
        current = sample
        while current is not None:
            frame = nodes[current]["callFrame"]
            if "async-dropdown" in frame["url"] or not frame["url"]:
                name = f"{frame['functionName'] or '(anonymous)'}:{frame['lineNumber'] + 1}"
                if name not in seen:
                    seen.add(name)
                    totals[name] += delta
            current = parent.get(current)
    return ", ".join(
        f"{name} {us / 1000:.1f}"
        for name, us in totals.most_common(top)
        if name not in ("(root):0", "(idle):0")
    )


def profile_self_times(profile, start_us, end_us, top=12, totals=None):
    """Self time of every function (any script, native included) in [start_us, end_us],
    added to `totals` when given (the sum over repetitions)."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    totals = collections.Counter() if totals is None else totals
    stamp = profile["startTime"]
    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        stamp += delta
        if start_us <= stamp <= end_us:
            frame = nodes[sample]["callFrame"]
            if CALLERS_OF and CALLERS_OF in frame["functionName"]:
                chain, current = [], parent.get(sample)
                while current is not None and len(chain) < 4:
                    caller = nodes[current]["callFrame"]
                    chain.append(f"{caller['functionName']}:{caller['lineNumber'] + 1}")
                    current = parent.get(current)
                totals["  <- " + " <- ".join(chain)] += delta
            script = frame["url"].rsplit("/", 1)[-1].split("?")[0]
            place = f"{script}:{frame['lineNumber'] + 1}:{frame['columnNumber'] + 1}"
            totals[f"{frame['functionName'] or '(anonymous)'}@{place}"] += delta
    return ", ".join(
        f"{name} {us / 1000:.1f}" for name, us in totals.most_common(top) if "(idle)" not in name
    )


# --modules: the chunk's webpack module comments (";// ./node_modules/react-select/...") give
# each line of a build made with --no-optimization-minimize its module.
MODULE_STARTS = None


def chunk_modules(text):
    """[(first line, module name)] of the async-dropdown chunk, in line order."""
    starts = []
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r";// \./(?:node_modules/)?([^ ]+)", line)
        if match:
            parts = match.group(1).split("/")
            name = parts[0] if parts[0] != "src" else parts[-1]
            if name.startswith("@"):
                name = "/".join(parts[:2])
            starts.append((number, name))
    return starts


def module_of(frame):
    """Where a profile frame's code lives: our chunk's module, a vendor script, or native."""
    url = frame["url"]
    if not url:
        return f"native {frame['functionName'] or '?'}"
    script = url.rsplit("/", 1)[-1].split("?")[0].split("@")[0].split(".")[0]
    if "async-dropdown" not in url or not MODULE_STARTS:
        return script
    line = frame["lineNumber"] + 1
    place = bisect.bisect_right([start for start, _name in MODULE_STARTS], line) - 1
    return MODULE_STARTS[place][1] if place >= 0 else script


def profile_modules(profile, start_us, end_us, totals):
    """Adds each sample's time in [start_us, end_us] to the module of its leaf frame (self)
    and, prefixed "in ", to each module on its stack (inclusive)."""
    nodes = {node["id"]: node for node in profile["nodes"]}
    parent = {child: node["id"] for node in profile["nodes"] for child in node.get("children", [])}
    stamp = profile["startTime"]
    for sample, delta in zip(profile["samples"], profile["timeDeltas"], strict=True):
        stamp += delta
        if not start_us <= stamp <= end_us:
            continue
        frame = nodes[sample]["callFrame"]
        if frame["functionName"] == "(idle)":
            continue
        totals[module_of(frame)] += delta
        seen = set()
        current = sample
        while current is not None:
            name = module_of(nodes[current]["callFrame"])
            if not name.startswith("native") and name not in seen:
                seen.add(name)
                totals["in " + name] += delta
            current = parent.get(current)


def run(count, reps, with_profile, with_tree=False, reopen=False, with_gc=False):
    name = f"dropdown-mine-{count}"
    query = pick_query(cached_options(count))
    driver = start_traced_browser()
    page = Page(driver)
    rows = collections.defaultdict(list)
    self_times = collections.defaultdict(collections.Counter)
    module_times = collections.defaultdict(collections.Counter)
    try:
        with AppServer([name]) as server:
            for _ in range(reps):
                page.fresh_tab()
                page.open(
                    server.url(name),
                    "probe.js",
                    config={"readySelector": READY_SELECTORS["mine"], "watchSelector": MENU},
                )
                wait_for_load(page)
                # read the log once here: without it, chromedriver handed over no later events
                trace_events(driver)
                control = driver.find_element("css selector", f"#{DROPDOWN_ID}")
                ActionChains(driver).move_to_element(control).perform()
                time.sleep(SETTLE_S)
                trace_events(driver)  # drop the load's events
                steps = [("open", None, "mousedown")]
                if reopen:
                    # how much of the first open is one-time cost (cold code, first styles)
                    steps += [("close", Keys.ESCAPE, "keydown"), ("open2", None, "mousedown")]
                steps += [(f"key{i}", key, "keydown") for i, key in enumerate(query, 1)]
                done = []
                for label, key, kind in steps:
                    arm(page)
                    if with_profile:
                        driver.execute_cdp_cmd("Profiler.enable", {})
                        driver.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": 50})
                        driver.execute_cdp_cmd("Profiler.start", {})
                    if key is None:
                        ActionChains(driver).click().perform()
                    else:
                        ActionChains(driver).send_keys(key).perform()
                    shown = settled_change(page, kind)
                    profile = (
                        driver.execute_cdp_cmd("Profiler.stop", {})["profile"]
                        if with_profile
                        else None
                    )
                    done.append((label, kind, shown, profile))
                    if label == "open" and with_gc:
                        heap_mb(page)  # as benchmarks.dropdown does between open and typing
                time.sleep(1.5)  # chromedriver hands trace events over in batches
                events = trace_events(driver)
                after = 0
                for label, kind, shown, profile in done:
                    dispatch, task = input_task(events, kind, after)
                    if dispatch is None or task is None:
                        print(f"{label}: no trace of the {kind}")
                        continue
                    after = dispatch["ts"]
                    dom = shown["dom"] if shown else None
                    rows[label].append((task.get("tdur", 0) / 1000, dom))
                    line = (
                        f"{label:5} in DOM {dom or 0:6.1f} ms; its task {task['dur'] / 1000:6.1f}"
                        f" ms wall, {task.get('tdur', 0) / 1000:6.1f} ms CPU"
                    )
                    print(line)
                    thread = (task["pid"], task["tid"])
                    window_end = dispatch["ts"] + (dom or 0) * 1000
                    print("      " + breakdown(events, thread, task["ts"], window_end))
                    if with_tree:
                        for tree_line in event_tree(events, thread, task["ts"], window_end):
                            print("        " + tree_line)
                    if profile is not None and dom is not None:
                        print("      " + profile_summary(profile, after, after + dom * 1000))
                        print(
                            "      self: "
                            + profile_self_times(
                                profile, after, after + dom * 1000, totals=self_times[label]
                            )
                        )
                        profile_modules(profile, after, after + dom * 1000, module_times[label])
    finally:
        driver.quit()
    for label, totals in self_times.items():
        print(f"self times of {label}, summed over the repetitions (ms):")
        for name, us in totals.most_common(40):
            print(f"    {us / 1000:6.1f} {name}")
    for label, totals in module_times.items():
        print(f"time by module of {label}, mean per repetition (ms; 'in X': X on the stack):")
        for name, us in totals.most_common(30):
            print(f"    {us / 1000 / reps:6.1f} {name}")
    for label, values in rows.items():
        cpu = [v[0] for v in values]
        dom = [v[1] for v in values if v[1] is not None]
        print(
            f"median {label:5} task CPU {statistics.median(cpu):6.1f} ms"
            f" [{min(cpu):.1f}-{max(cpu):.1f}], in DOM {statistics.median(dom):6.1f} ms"
            f" [{min(dom):.1f}-{max(dom):.1f}]"
        )


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.trace_dropdown", description=__doc__
    )
    parser.add_argument("count", type=int, help="option count (1000, 10000, 100000)")
    parser.add_argument("--reps", type=int, default=3, help="fresh pages, each opened and typed in")
    parser.add_argument("--profile", action="store_true", help="also print a CPU profile")
    parser.add_argument(
        "--tree", action="store_true", help="also print the trace events of each action, nested"
    )
    parser.add_argument("--reopen", action="store_true", help="close and open again before typing")
    parser.add_argument(
        "--gc", action="store_true", help="measure the heap after the open, as the benchmark does"
    )
    parser.add_argument("--callers", help="with --profile: who calls functions named so")
    args = parser.parse_args(argv)
    global CALLERS_OF  # noqa: PLW0603 (a profiling helper's switch)
    CALLERS_OF = args.callers
    global MODULE_STARTS  # noqa: PLW0603
    MODULE_STARTS = chunk_modules(CHUNK.read_text(encoding="utf-8"))
    run(args.count, args.reps, args.profile, args.tree, args.reopen, args.gc)


if __name__ == "__main__":
    main()
