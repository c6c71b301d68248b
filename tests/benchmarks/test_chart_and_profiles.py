"""The ratio chart that `make bench` draws, and the CPU-profile summaries of the tracing helpers.

No browser: the chart is drawn from result rows, the summaries read a small made-up profile.
"""

import xml.etree.ElementTree as ET

from benchmarks import chart, cpu_profile
from benchmarks.report import row

SVG = "{http://www.w3.org/2000/svg}"


def result_rows():
    return [
        row("dropdown 1,000: load to usable control", "ms", [100.0, 120.0], [400.0, 400.0]),
        row("dropdown 1,000: rows in DOM, open menu", "rows", [10.0], [8.0]),
        row("weight, dropdown-only page: JS loaded (decoded)", "kB", [1345.0], [1245.0]),
        row("graph 10,000 (points, vs dcc points): mouseup to request sent", "ms", [5.0], [9.0]),
        row("graph 10,000 (indices, vs dcc points): mouseup to output painted", "ms", None, [9.0]),
    ]


def test_chart_takes_the_summary_ratios_of_times_and_sizes():
    charted = chart.ratio_rows(result_rows())
    # rows and booleans are not charted, nor figures left out of the summary, nor a missing ratio
    assert charted == [
        ("dropdown 1,000: load to usable control", 0.275, 0.25, 0.3),
        ("weight, dropdown-only page: JS loaded (decoded)", 1345 / 1245, 1345 / 1245, 1345 / 1245),
    ]


def test_chart_puts_each_ratio_on_its_side_of_one():
    text = chart.svg(chart.ratio_rows(result_rows()), "run <of> today")
    root = ET.fromstring(text)  # well-formed, the title's markup escaped
    assert root.find(f"{SVG}text").text == "run <of> today"
    one = next(
        float(line.get("x1"))
        for line in root.iter(f"{SVG}line")
        if line.get("stroke") == "#333"  # the line at 1
    )
    dots = list(root.iter(f"{SVG}circle"))
    assert len(dots) == 2
    faster, heavier = (float(dot.get("cx")) for dot in dots)
    assert faster < one < heavier
    assert [dot.get("fill") for dot in dots] == [chart.BETTER, chart.WORSE]
    spreads = [line for line in root.iter(f"{SVG}line") if line.get("stroke-width") == "4"]
    assert len(spreads) == 1  # the single-trial weight has no spread to draw
    assert float(spreads[0].get("x1")) < faster < float(spreads[0].get("x2"))


def test_chart_title_names_the_run():
    meta = {
        "date": "2026-11-24T13:46:10+00:00",
        "machine": {"commit": "28492b1", "cores": 2},
        "versions": {"dash": "4.4.1"},
    }
    assert chart.title_of(meta) == (
        "my_components vs dcc 4.4.1: 2026-11-24 13:46 UTC, commit 28492b1, 2 cores"
    )


def made_up_profile():
    """root -> app (async-dropdown.js line 3) -> search (line 8); and root -> native gc."""

    def frame(name, url="", line=0):
        return {"functionName": name, "url": url, "lineNumber": line, "columnNumber": 0}

    chunk = "http://x/_dash-component-suites/my_components/async-dropdown.js?v=1"
    nodes = [
        {"id": 1, "callFrame": frame("(root)"), "children": [2, 4, 5]},
        {"id": 2, "callFrame": frame("app", chunk, 2), "children": [3]},
        {"id": 3, "callFrame": frame("search", chunk, 7)},
        {"id": 4, "callFrame": frame("(garbage collector)")},
        {"id": 5, "callFrame": frame("(idle)")},
    ]
    # six samples, evenly spaced from the profile's start
    return {
        "nodes": nodes,
        "startTime": 0,
        "samples": [3, 3, 2, 4, 5, 3],
        "timeDeltas": [100] * 6,
    }


def test_profile_self_and_inclusive_times_in_a_window():
    profile = cpu_profile.Profile(made_up_profile())
    self_times = cpu_profile.self_times(profile, 100, 500, name=lambda f: f["functionName"])
    assert dict(self_times) == {"search": 200, "app": 100, "(garbage collector)": 100}
    ours = cpu_profile.inclusive_times(profile, 0, 1000, lambda f: "async-dropdown" in f["url"])
    assert dict(ours) == {"app:3": 400, "search:8": 300}
    assert cpu_profile.top_line(self_times, top=1) == "search 0.2"


def test_profile_callers_and_modules():
    profile = cpu_profile.Profile(made_up_profile())
    assert dict(cpu_profile.callers(profile, 0, 1000, "sear", depth=2)) == {
        "<- app:3 <- (root):1": 300
    }
    chunk_text = "\n".join(
        [
            ";// ./node_modules/react-select/dist/index.js",
            "function app() {",
            "  search();",
            "}",
            ";// ./src/lib/search/searchIndex.js",
            "",
            "",
            "function search() {}",
        ]
    )
    modules = cpu_profile.ChunkModules(chunk_text, "async-dropdown")
    times = cpu_profile.module_times(profile, 0, 1000, modules)
    assert times["searchIndex.js"] == 300
    assert times["react-select"] == 100
    assert times["in react-select"] == 400  # app is on the stack of every search sample
    assert times["native (garbage collector)"] == 100
    assert "in native (garbage collector)" not in times  # native code is no module
