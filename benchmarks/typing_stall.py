"""Long main-thread tasks while typing into a Dropdown of 100,000 options, ours beside dcc's
(`python -m benchmarks.typing_stall [--trials 5] [--count 100000] [--profile]`).

Each trial loads a fresh page, opens the menu, then types a 3-letter query at a human pace
(a pause longer than the Dropdown's search_value debounce after each key, so search_value reaches
Dash and Dash re-renders the component between keys) and waits 1.5 s after the last key. A
PerformanceObserver('longtask'), installed before any page script, records every task over 50 ms;
the window runs from the first keydown to 1.5 s after the last. A callback on search_value
writes what it received into the page, so each trial also checks that search_value still reaches
callbacks. Implementations alternate trial by trial in one browser; medians and ratios are printed.

--profile records a CPU profile (DevTools Profiler) of the typing window instead and prints
where main-thread time went, by script and by function (the server then serves Dash's
unminified bundles, so the renderer's functions carry their names; timings are not comparable).
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains

from .browser import Page, start_browser
from .measure import wait_until
from .options import city_options, pick_query

ROOT = Path(__file__).resolve().parent.parent
IMPLS = ("mine", "dcc")
DROPDOWN_ID = "dd"
OUTPUT_ID = "searched"
LONG_TASK_MS = 50
AFTER_LAST_KEY_S = 1.5
# longer than the search_value debounce (150 ms): each key's search_value reaches Dash
KEY_INTERVAL_S = 0.3
# a page counts as settled after this long without a long task (index building, first paint)
QUIET_MS = 1000

LONG_TASK_PROBE = """
(() => {
    const stall = { tasks: [], keys: [] };
    window.__stall = stall;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            stall.tasks.push({ start: entry.startTime, duration: entry.duration });
        }
    }).observe({ type: 'longtask', buffered: true });
    window.addEventListener('keydown', (event) => stall.keys.push(event.timeStamp), true);
})();
"""

WAIT_QUIET = """
const [quietMs, timeoutMs, done] = arguments;
const start = performance.now();
(function poll() {
    const tasks = window.__stall.tasks;
    const last = tasks.length ? tasks[tasks.length - 1] : null;
    const since = performance.now() - (last ? last.start + last.duration : 0);
    if (since > quietMs) return done(true);
    if (performance.now() - start > timeoutMs) return done(false);
    setTimeout(poll, 50);
})();
"""

# what a user clicks to open the menu, and where the search text goes once it is open
CONTROL = {"mine": f"#{DROPDOWN_ID} .my-dropdown__control", "dcc": f"#{DROPDOWN_ID}"}
SEARCH_INPUT = {"mine": f"#{DROPDOWN_ID} input", "dcc": "input.dash-dropdown-search"}
ROWS = "[role=listbox] [role=option]"


def build_server(count, dev_bundles):
    """One Flask server with /mine/ and /dcc/: the same options and search_value callback."""
    import flask
    from dash import Dash, Input, Output, dcc, html

    import my_components

    options = city_options(count)
    server = flask.Flask(__name__)
    for impl in IMPLS:
        app = Dash(__name__, server=server, url_base_pathname=f"/{impl}/")
        if dev_bundles:
            app.enable_dev_tools(
                debug=False,
                dev_tools_ui=False,
                dev_tools_props_check=False,
                dev_tools_serve_dev_bundles=True,
                dev_tools_hot_reload=False,
            )
        cls = my_components.Dropdown if impl == "mine" else dcc.Dropdown
        app.layout = html.Div(
            [cls(id=DROPDOWN_ID, options=options), html.Div(id=OUTPUT_ID)],
            style={"width": "600px"},
        )
        app.callback(Output(OUTPUT_ID, "children"), Input(DROPDOWN_ID, "search_value"))(
            lambda value: f"search {value}"
        )
    return server


def serve(count, dev_bundles):
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    httpd = make_server("127.0.0.1", 0, build_server(count, dev_bundles), threaded=True)
    print(f"PORT {httpd.server_port}", flush=True)
    httpd.serve_forever()


class Server:
    """This module's server in a child process (its Python work off the driver's GIL)."""

    def __init__(self, count, dev_bundles):
        command = [sys.executable, "-m", "benchmarks.typing_stall", "--serve"]
        command += ["--count", str(count)] + (["--dev-bundles"] if dev_bundles else [])
        self.process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError("typing_stall server failed to start")
        self.port = int(line.split()[1])

    def url(self, impl):
        return f"http://127.0.0.1:{self.port}/{impl}/"

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def open_settled_menu(page, server, impl):
    page.fresh_tab()
    # before any of the page's scripts, in this tab only
    page.driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": LONG_TASK_PROBE}
    )
    page.driver.get(server.url(impl))
    wait_until(page, f"document.querySelector({json.dumps(CONTROL[impl])})", 180)
    page.run_async(WAIT_QUIET, QUIET_MS, 120000)
    page.driver.find_element("css selector", CONTROL[impl]).click()
    wait_until(page, f"document.querySelector({json.dumps(ROWS)})", 60)
    page.run_async(WAIT_QUIET, QUIET_MS, 120000)


def type_query(page, impl, query):
    box = page.driver.find_element("css selector", SEARCH_INPUT[impl])
    if page.run("return document.activeElement !== arguments[0];", box):
        box.click()  # empty: the caret lands at the end
    for key in query:
        # to the focused input: a click per key would move the caret into the text
        ActionChains(page.driver).send_keys(key).perform()
        time.sleep(KEY_INTERVAL_S)  # pacing the user, not waiting for a result
    time.sleep(AFTER_LAST_KEY_S)


def run_trial(page, server, impl, query):
    open_settled_menu(page, server, impl)
    type_query(page, impl, query)
    stall = page.run("return window.__stall;")
    first, last = stall["keys"][0], stall["keys"][-1]
    end = last + AFTER_LAST_KEY_S * 1000
    tasks = [t["duration"] for t in stall["tasks"] if first <= t["start"] <= end]
    searched = page.run(f"return document.getElementById('{OUTPUT_ID}').innerText;")
    return {
        "longest_ms": max(tasks, default=0.0),
        "over_50": len(tasks),
        "keys": len(stall["keys"]),
        "callback_got_query": searched == f"search {query}",
        "callback_output": searched,
    }


def profile_trial(page, server, impl, query, top):
    driver = page.driver
    open_settled_menu(page, server, impl)
    driver.execute_cdp_cmd("Profiler.enable", {})
    driver.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": 100})
    driver.execute_cdp_cmd("Profiler.start", {})
    type_query(page, impl, query)
    profile = driver.execute_cdp_cmd("Profiler.stop", {})["profile"]
    driver.execute_cdp_cmd("Profiler.disable", {})
    by_node = {node["id"]: node for node in profile["nodes"]}
    self_ms = {}
    for node_id, delta in zip(profile["samples"], profile["timeDeltas"], strict=False):
        self_ms[node_id] = self_ms.get(node_id, 0) + delta / 1000
    by_script, by_function = {}, {}
    for node_id, ms in self_ms.items():
        frame = by_node[node_id]["callFrame"]
        script = frame["url"].rsplit("/", 1)[-1].split("?")[0] or frame["functionName"]
        by_script[script] = by_script.get(script, 0) + ms
        name = f"{frame['functionName'] or '(anonymous)'} {script}:{frame['lineNumber'] + 1}"
        by_function[name] = by_function.get(name, 0) + ms
    print(f"\n{impl}: CPU self time while typing {query!r} and 1.5 s after (ms)")
    for title, table in (("by script", by_script), ("by function", by_function)):
        print(f"  {title}:")
        for name, ms in sorted(table.items(), key=lambda item: -item[1])[:top]:
            print(f"    {ms:8.1f}  {name}")


def summary(results):
    lines = []
    medians = {}
    for impl in results:
        runs = results[impl]
        medians[impl] = {
            "longest_ms": statistics.median(r["longest_ms"] for r in runs),
            "over_50": statistics.median(r["over_50"] for r in runs),
        }
        longest = ", ".join(f"{r['longest_ms']:.0f}" for r in runs)
        lines.append(
            f"{impl:>4}: longest task median {medians[impl]['longest_ms']:.0f} ms [{longest}]; "
            f"tasks over {LONG_TASK_MS} ms median {medians[impl]['over_50']:g} "
            f"[{', '.join(str(r['over_50']) for r in runs)}]; search_value reached the "
            f"callback in {sum(r['callback_got_query'] for r in runs)}/{len(runs)}"
        )
    dcc_longest = medians.get("dcc", {}).get("longest_ms")
    if dcc_longest and "mine" in medians:
        ratio = medians["mine"]["longest_ms"] / dcc_longest
        lines.append(f"ratio mine/dcc of the longest-task medians: {ratio:.2f}")
    return lines


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.typing_stall", description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=IMPLS, help="one implementation (default: both)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dev-bundles", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.count, args.dev_bundles)
        return
    query = pick_query(city_options(args.count))
    server = Server(args.count, dev_bundles=args.profile)
    impls = [args.only] if args.only else list(IMPLS)
    driver = start_browser()
    page = Page(driver)
    try:
        if args.profile:
            for impl in impls:
                profile_trial(page, server, impl, query, args.top)
            return
        results = {impl: [] for impl in impls}
        for trial in range(args.trials):
            for impl in impls if trial % 2 == 0 else reversed(impls):
                result = run_trial(page, server, impl, query)
                results[impl].append(result)
                print(f"trial {trial + 1} {impl}: {result}", flush=True)
        print(f"\n{args.count:,} options, query {query!r}, {args.trials} trials")
        for line in summary(results):
            print(line)
    finally:
        driver.quit()
        server.stop()


if __name__ == "__main__":
    main()
