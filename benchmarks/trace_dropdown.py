"""Where the Dropdown's open and keystrokes spend main-thread time: a profiling helper, not a
benchmark (`python -m benchmarks.trace_dropdown 100000 --reps 3 [--profile]`).

Runs the same page and actions as `benchmarks.dropdown` (open, then the 3-letter query) with
Chromium tracing on, and prints per action the task that handled the input event: its wall time
and its CPU time (`tdur`, the thread's own time: unlike wall time it barely moves when other
processes load the machine, so two builds compare on a busy machine). With `--profile`, a CPU
profile (DevTools Profiler, finely sampled) of the same window prints the heaviest functions of
our chunk, by function and by module (readable names: build with `npx webpack --mode production
--no-optimization-minimize` first, then `npm run build` again before committing or benchmarking).
"""

import argparse
import collections
import pathlib
import statistics
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from . import cpu_profile
from .apps import DROPDOWN_ID, cached_options
from .browser import Page
from .dropdown import MENU, READY_SELECTORS, SETTLE_S
from .measure import arm, heap_mb, settled_change, wait_for_load
from .options import pick_query
from .server import AppServer
from .tracing import breakdown, event_tree, input_task, start_traced_browser, trace_events

CHUNK = pathlib.Path(__file__).resolve().parent.parent / "my_components" / "async-dropdown.js"


class ProfileTotals:
    """The CPU profile summaries of each action (open, key1, ...), summed over repetitions."""

    def __init__(self, callers_of=None):
        self.callers_of = callers_of
        self.modules = cpu_profile.ChunkModules(CHUNK.read_text(encoding="utf-8"), CHUNK.stem)
        self.self_times = collections.defaultdict(collections.Counter)
        self.module_times = collections.defaultdict(collections.Counter)
        self.callers = collections.defaultdict(collections.Counter)

    def add(self, label, raw_profile, start_us, end_us):
        """Prints one action's heaviest functions and adds it to the totals."""
        profile = cpu_profile.Profile(raw_profile)
        ours = cpu_profile.inclusive_times(
            profile, start_us, end_us, lambda frame: CHUNK.stem in frame["url"] or not frame["url"]
        )
        print("      " + cpu_profile.top_line(ours))
        one = cpu_profile.self_times(profile, start_us, end_us)
        print("      self: " + cpu_profile.top_line(one))
        self.self_times[label].update(one)
        cpu_profile.module_times(profile, start_us, end_us, self.modules, self.module_times[label])
        if self.callers_of:
            cpu_profile.callers(profile, start_us, end_us, self.callers_of, self.callers[label])

    def print(self, reps):
        for label, totals in self.self_times.items():
            print(f"self times of {label}, summed over the repetitions (ms):")
            for name, us in totals.most_common(40):
                print(f"    {us / 1000:6.1f} {name}")
        for label, totals in self.callers.items():
            print(f"callers of {self.callers_of} in {label}, summed over the repetitions (ms):")
            for name, us in totals.most_common(20):
                print(f"    {us / 1000:6.1f} {name}")
        for label, totals in self.module_times.items():
            print(f"time by module of {label}, mean per repetition (ms; 'in X': X on the stack):")
            for name, us in totals.most_common(30):
                print(f"    {us / 1000 / reps:6.1f} {name}")


def run(count, reps, profile=False, tree=False, reopen=False, gc=False, callers_of=None):
    name = f"dropdown-mine-{count}"
    query = pick_query(cached_options(count))
    driver = start_traced_browser()
    page = Page(driver)
    rows = collections.defaultdict(list)
    profiles = ProfileTotals(callers_of) if profile else None
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
                    if profile:
                        driver.execute_cdp_cmd("Profiler.enable", {})
                        driver.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": 50})
                        driver.execute_cdp_cmd("Profiler.start", {})
                    if key is None:
                        ActionChains(driver).click().perform()
                    else:
                        ActionChains(driver).send_keys(key).perform()
                    shown = settled_change(page, kind)
                    raw_profile = (
                        driver.execute_cdp_cmd("Profiler.stop", {})["profile"] if profile else None
                    )
                    done.append((label, kind, shown, raw_profile))
                    if label == "open" and gc:
                        heap_mb(page)  # as benchmarks.dropdown does between open and typing
                time.sleep(1.5)  # chromedriver hands trace events over in batches
                events = trace_events(driver)
                after = 0
                for label, kind, shown, raw_profile in done:
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
                    if tree:
                        for tree_line in event_tree(events, thread, task["ts"], window_end):
                            print("        " + tree_line)
                    if raw_profile is not None and dom is not None:
                        profiles.add(label, raw_profile, after, after + dom * 1000)
    finally:
        driver.quit()
    if profiles is not None:
        profiles.print(reps)
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
    run(
        args.count,
        args.reps,
        profile=args.profile,
        tree=args.tree,
        reopen=args.reopen,
        gc=args.gc,
        callers_of=args.callers,
    )


if __name__ == "__main__":
    main()
