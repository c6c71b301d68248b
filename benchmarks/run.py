"""`python -m benchmarks.run`: my_components beside dcc in one headless Chromium.

Prints a table (median [min-max] over trials, ratio of the medians mine/dcc), writes JSON and
an SVG chart of the ratios (`make bench` writes the chart to docs/performance-ratios.svg).
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from . import chart, dropdown, graph, weight
from .apps import capabilities
from .browser import Page, start_browser
from .load import machine_busy_seconds, other_share, own_seconds
from .report import dropdown_rows, graph_rows, problems, table_lines, weight_rows
from .rounds import MAX_TRIAL_S, MIN_TRIALS, TRIAL_BUDGET_S
from .server import AppServer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "latest.json"
# more than this share of the machine used by other work marks the figures as from a loaded machine
OTHER_WORK_LIMIT = 0.1


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: smallest sizes, 2 trials, no warm-up round"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=["dropdown", "graph", "weight"],
        help="run only these parts (repeatable); default: all",
    )
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="Dropdown option counts, comma-separated"
    )
    parser.add_argument(
        "--points", default="10000,100000", help="Graph point counts, comma-separated"
    )
    parser.add_argument("--trials", type=int, default=5, help="measured rounds per figure")
    parser.add_argument("--warmup", type=int, default=1, help="rounds run first and discarded")
    parser.add_argument(
        "--max-trial-s",
        type=float,
        default=MAX_TRIAL_S,
        help="a variant whose trial takes longer sits out the remaining rounds",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument(
        "--chart", type=Path, help="SVG chart of the ratios (default: beside the JSON, .svg)"
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.points, args.trials, args.warmup = "1000", "10000", 2, 0
    args.sizes = [int(n) for n in str(args.sizes).split(",") if n]
    args.points = [int(n) for n in str(args.points).split(",") if n]
    args.only = args.only or ["dropdown", "graph", "weight"]
    args.chart = args.chart or args.out.with_suffix(".svg")
    return args


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in _read("/proc/cpuinfo").splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "chromium": _output(["/usr/bin/chromium", "--version"]),
        "commit": _output(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]),
    }


def _read(path):
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None


def versions():
    import dash

    found = {"dash": dash.__version__}
    try:
        import my_components

        found["my_components"] = my_components.__version__
    except ImportError:
        found["my_components"] = None
    return found


def log(message):
    print(message, file=sys.stderr, flush=True)


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    busy_at_start, own_at_start = machine_busy_seconds(), own_seconds()
    meta = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "machine": machine(),
        "versions": versions(),
    }
    caps = capabilities()
    meta["capabilities"] = caps
    log(f"my_components offers: {caps}")
    raw, rows = {}, []

    dropdown_impls = (["mine"] if caps["dropdown"] else []) + ["dcc", "floor"]
    graph_pairs = graph.variants(caps)
    # each timed part: its module, the sizes it runs at, the variants it compares, its table rows
    timed = [
        ("dropdown", dropdown, args.sizes, dropdown_impls, dropdown_rows),
        ("graph", graph, args.points, graph_pairs, graph_rows),
    ]
    timed = [part for part in timed if part[0] in args.only]
    names = [
        name
        for _, module, counts, variants, _ in timed
        for name in module.app_names(counts, variants)
    ]

    # where the run's time goes, to keep `make bench` short
    part_seconds = meta["part_seconds"] = {}
    driver = start_browser()
    page = Page(driver)
    try:
        if names:
            with AppServer(names) as server:
                for part, module, counts, variants, part_rows in timed:
                    part_started = time.monotonic()
                    raw[part] = module.run(
                        page,
                        server,
                        counts,
                        variants,
                        args.trials,
                        args.warmup,
                        log,
                        args.max_trial_s,
                    )
                    rows += part_rows(raw[part])
                    part_seconds[part] = round(time.monotonic() - part_started, 1)
        if "weight" in args.only:
            raw["weight"] = weight.run(page, weight.plan(caps), log)
            rows += weight_rows(raw["weight"])
        # while the browser still runs: its processes count as this run's own work
        busy_at_end, own_at_end = machine_busy_seconds(), own_seconds()
    finally:
        driver.quit()

    meta["seconds"] = round(time.monotonic() - started, 1)
    meta["load_average_end"] = os.getloadavg()
    meta["other_work_share"] = round(
        other_share(
            busy_at_end - busy_at_start,
            own_at_end - own_at_start,
            meta["seconds"],
            os.cpu_count(),
        ),
        3,
    )
    print(_heading(meta))
    print("\n".join(table_lines(rows, markdown=args.markdown)))
    for line in problems(raw):
        print(f"not measured: {line}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"meta": meta, "rows": rows, "raw": raw}, indent=1))
    chart.write(rows, meta, args.chart)
    print(f"\nJSON: {args.out}\nchart: {args.chart}")
    return 0


def _heading(meta):
    m = meta["machine"]
    start, end = m["load_average"][0], meta["load_average_end"][0]
    other = meta["other_work_share"]
    parts = ", ".join(f"{name} {s:.0f} s" for name, s in meta.get("part_seconds", {}).items())
    busy = " (LOADED MACHINE: other work was running)" if other > OTHER_WORK_LIMIT else ""
    return (
        f"\n{meta['date']}  {m['cpu']}, {m['cores']} cores, {m['chromium']}, "
        f"dash {meta['versions']['dash']}, my_components {meta['versions']['my_components']} "
        f"({m['commit']})\n"
        f"other work used {other:.0%} of the machine{busy} (load average {start:.2f} at start, "
        f"{end:.2f} at end, this run included); "
        f"{meta['seconds']:.0f} s ({parts}); median [min-max] of {meta['args']['trials']} trials "
        f"(at least {MIN_TRIALS} where a variant's trials passed {TRIAL_BUDGET_S} s); "
        "ratios of the medians, spread over every pairing of trials (alternating in one browser)\n"
    )


if __name__ == "__main__":
    sys.exit(main())
