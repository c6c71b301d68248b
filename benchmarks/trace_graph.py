"""Where a Graph box selection spends its time from mouseup to the callback's output: a profiling
helper, not a benchmark (`python -m benchmarks.trace_graph mine-indices 100000 --reps 2`).

Runs the page and drag of `benchmarks.graph` with Chromium tracing on, and prints per rep a
timeline in ms from the mouseup's timestamp: when the mouseup was handled, the plotly events
(with the time their handlers took), the WebGL draw calls, the request carrying selectedData
(sent, answered), the output in the DOM and painted, and the long main-thread tasks (LONG_TASK_MS
or more) with their wall and CPU time and the trace events inside them (a long "Commit" with little
CPU is the page waiting for software WebGL to finish a frame). `--stacks` adds who called each draw;
`--profile` the heaviest functions (self time) of each long task.
"""

import argparse
import collections
import time

from . import cpu_profile
from .apps import GRAPH_ID, OUTPUT_ID
from .browser import Page
from .graph import DRAG_LAYER, SETTLE_S, drag_left_half, drag_selection
from .measure import arm, settled_change, wait_for_load, wait_until
from .server import AppServer
from .tracing import start_traced_browser, trace_events

LONG_TASK_MS = 20
# draws this long before the mouseup are listed too (the last drag move's)
DRAWS_BEFORE_MS = 300

# Marks every plotly event of the graph div (its handlers' time) and every WebGL draw call.
INSTRUMENT = """
const gd = document.querySelector('#' + arguments[0] + ' .js-plotly-plot');
window.__plotlyMarks = [];
const emit = gd.emit;
gd.emit = function (name) {
    const start = performance.now();
    const out = emit.apply(this, arguments);
    window.__plotlyMarks.push({name, start, end: performance.now()});
    return out;
};
Error.stackTraceLimit = 60;
window.__glDraws = [];
for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const method of ['drawArrays', 'drawElements']) {
        const original = proto[method];
        proto[method] = function () {
            window.__glDraws.push({
                method, start: performance.now(),
                count: method === 'drawArrays' ? arguments[2] : arguments[1],
                stack: new Error().stack.split('\\n').slice(2, 40).join(' < '),
            });
            return original.apply(this, arguments);
        };
    }
}
"""
READ_MARKS = """
return {events: window.__bench.events, requests: window.__bench.requestSummary(),
        marks: window.__plotlyMarks, draws: window.__glDraws};
"""


def mouseup_dispatch(events):
    return next(
        (
            e
            for e in events
            if e.get("name") == "EventDispatch"
            and (e.get("args", {}).get("data") or {}).get("type") == "mouseup"
        ),
        None,
    )


def main_thread_tasks(events, thread, start_us, end_us):
    return sorted(
        (
            e
            for e in events
            if e.get("name") == "RunTask"
            and (e["pid"], e["tid"]) == thread
            and e["ts"] + e.get("dur", 0) >= start_us
            and e["ts"] <= end_us
        ),
        key=lambda e: e["ts"],
    )


def inside(events, task, min_ms=3):
    """The trace events nested in `task` on its thread that took at least `min_ms`, by name."""
    thread = (task["pid"], task["tid"])
    end = task["ts"] + task["dur"]
    totals = collections.Counter()
    for event in events:
        if (
            event is not task
            and (event["pid"], event["tid"]) == thread
            and task["ts"] <= event["ts"] <= end
            and event.get("dur", 0) >= min_ms * 1000
        ):
            data = event.get("args", {}).get("data") or {}
            name = event["name"] + (f"[{data['type']}]" if "type" in data else "")
            totals[name] += event["dur"]
    return ", ".join(f"{name} {us / 1000:.0f}" for name, us in totals.most_common(8))


def heaviest(profile, start_us, end_us, top=8):
    """Self time per function among the profile's samples in [start_us, end_us]."""
    totals = cpu_profile.self_times(cpu_profile.Profile(profile), start_us, end_us)
    return cpu_profile.top_line(totals, top)


def drag(driver, page, with_profile):
    """The benchmark's drag; the output's timing and the CPU profile (or None)."""
    _, width, height = drag_left_half(driver)
    trace_events(driver)  # drop the load's events
    arm(page)
    if with_profile:
        driver.execute_cdp_cmd("Profiler.enable", {})
        driver.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": 200})
        driver.execute_cdp_cmd("Profiler.start", {})
    drag_selection(driver, width, height)
    done = settled_change(page, "mouseup", quiet_ms=300, timeout_ms=60000)
    profile = driver.execute_cdp_cmd("Profiler.stop", {})["profile"] if with_profile else None
    return done, profile


def run_rep(driver, page, server, name, with_profile, with_stacks):
    page.fresh_tab()
    page.open(
        server.url(f"graph-{name}"),
        "probe.js",
        config={"readySelector": DRAG_LAYER, "watchSelector": f"#{OUTPUT_ID}"},
    )
    wait_for_load(page)
    # read the log once here: without it, chromedriver handed over no later events
    trace_events(driver)
    wait_until(page, f"document.getElementById('{OUTPUT_ID}').textContent === 'none'", 60)
    time.sleep(SETTLE_S)
    page.run(INSTRUMENT, GRAPH_ID)
    done, profile = drag(driver, page, with_profile)
    time.sleep(1.5)  # chromedriver hands trace events over in batches
    events = trace_events(driver)
    marks = page.run(READ_MARKS)
    mouseup = marks["events"]["mouseup"]
    stamp = mouseup["stamp"]
    rows = [(mouseup["seen"] - stamp, "mouseup handled")]
    for mark in marks["marks"]:
        if mark["name"] != "plotly_selecting" or mark["start"] > stamp - DRAWS_BEFORE_MS:
            took = mark["end"] - mark["start"]
            rows.append((mark["start"] - stamp, f"{mark['name']} (handlers {took:.0f} ms)"))
    for draw in marks["draws"]:
        if draw["start"] > stamp - DRAWS_BEFORE_MS:
            label = f"gl {draw['method']} {draw['count']}"
            rows.append(
                (draw["start"] - stamp, label + (f" {draw['stack']}" if with_stacks else ""))
            )
    for request in marks["requests"]:
        label = "selectedData" if request["selectedData"] else "other"
        rows.append((request["sent"] - stamp, f"request sent ({label}, {request['bytes']} B)"))
        if request["answered"]:
            rows.append((request["answered"] - stamp, f"response ({label})"))
    if done:
        rows.append((done["dom"], "output in DOM"))
        rows.append((done["paint"], "output painted"))
    dispatch = mouseup_dispatch(events)
    if dispatch is not None:
        # trace clock (us) of the mouseup's timestamp
        origin_us = dispatch["ts"] - (mouseup["seen"] - stamp) * 1000
        end_us = origin_us + ((done["paint"] if done else 3000) + 50) * 1000
        thread = (dispatch["pid"], dispatch["tid"])
        for task in main_thread_tasks(events, thread, origin_us, end_us):
            wall = task["dur"] / 1000
            if wall < LONG_TASK_MS:
                continue
            line = f"task {wall:.0f} ms wall, {task.get('tdur', 0) / 1000:.0f} ms CPU"
            line += f"\n              {inside(events, task)}"
            if profile is not None:
                # the profile's clock is the trace's clock (monotonic microseconds)
                line += "\n              " + heaviest(profile, task["ts"], task["ts"] + task["dur"])
            rows.append(((task["ts"] - origin_us) / 1000, line))
    else:
        print("  (no mouseup in the trace: tasks left out)")
    for at, text in sorted(rows, key=lambda row: row[0]):
        print(f"  {at:7.0f}  {text}")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.trace_graph", description=__doc__)
    parser.add_argument("variant", help="mine-indices, mine-points or dcc-points")
    parser.add_argument("points", type=int, help="point count (10000, 100000)")
    parser.add_argument("--reps", type=int, default=2, help="fresh pages, each dragged once")
    parser.add_argument("--profile", action="store_true", help="also print CPU profile tops")
    parser.add_argument("--stacks", action="store_true", help="print who called each draw")
    args = parser.parse_args(argv)
    name = f"{args.variant}-{args.points}"
    driver = start_traced_browser()
    page = Page(driver)
    try:
        with AppServer([f"graph-{name}"]) as server:
            for rep in range(args.reps):
                print(f"{name} rep {rep + 1} (ms from the mouseup's timestamp)")
                run_rep(driver, page, server, name, args.profile, args.stacks)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
