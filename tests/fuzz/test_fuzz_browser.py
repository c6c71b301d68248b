"""Browser fuzz: generated inputs pushed through callbacks into one live page per component.

Cases come from hypothesis, derandomized, drawn in an interpreter of their own
(tests/fuzz/strategies.py): the same cases on every run and in every clone, so a failure names a
case that reproduces. Each case is checked in the page (page_runner.js): the
page is not blank, the ping callback still answers, every rejected input gets exactly one console
error that says what was wrong, nothing else logs an error, and a valid input afterwards renders.
Dropdown: the menu's rows, the picked option's label and the rows a generated search leaves are
compared with what tests/fuzz/dropdown_reference.py computes from the documented rules (where
those rules fix the text every option shows; the other lists are checked by their row count).
"""

import pytest

from my_components import Dropdown, Graph

from . import dropdown_reference
from .fuzz_helpers import case_app, describe, install_runner, run_cases, split_logs
from .strategies import BAD_FIGURES, expected_dropdown, generate

OPTION_LISTS = 200
FIGURES = 100
MAX_PROBLEMS = 5  # the Dropdown names the first five problems, then "..."


def print_figures(name, figures):
    print(f"\nFUZZ {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))


@pytest.mark.slow
def test_fuzz_dropdown_option_lists(dash_duo):
    cases = generate({"dropdown": OPTION_LISTS})["dropdown"]
    expected = [expected_dropdown(options) for options, _ in cases]

    def pick_case(trigger, n):
        if trigger == "good":
            return [[f"good {n}"], f"good {n}"]
        options = cases[n - 1][0]
        values = expected[n - 1][0]
        return [options, values[0] if values else None]

    # a menu tall enough to hold every row, so the page has them all to compare: rows of one
    # fixed line, as the window caps the menu's height
    dropdown = Dropdown(id="dd", maxHeight=100_000, optionHeight=16)
    app = case_app(dropdown, [("dd", "options"), ("dd", "value")], pick_case)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#dd .my-dropdown__control")
    assert dash_duo.get_logs() == []
    install_runner(dash_duo)

    # every rejected list is followed by a known good one, which must render
    plan, goods = [], 0
    for i, (_, query) in enumerate(cases, 1):
        plan.append({"button": "next", "marker": f"next-{i}", "query": query, "case": i - 1})
        if expected[i - 1][1]:
            goods += 1
            plan.append({"button": "good", "marker": f"good-{goods}", "good": goods})
    results = run_cases(dash_duo, plan, "dropdown")

    failures = []
    errors_seen = errors_expected = 0
    compared = {"by text": 0, "by count": 0}
    for step, result in zip(plan, results, strict=True):
        wrong = []
        if not (result["shown"] and result["pong"] and result["pageText"] and result["control"]):
            wrong.append("page blank or not answering")
        if result["pwned"]:
            wrong.append("a payload ran")
        errors = result["errors"]
        errors_seen += len(errors)
        if "good" in step:
            if errors:
                wrong.append("errors on a good list")
            if result["selected"] != f"good {step['good']}":
                wrong.append("good list after a rejected one did not render")
        else:
            values, problems = expected[step["case"]]
            if problems:
                errors_expected += 1
                if len(errors) != 1:
                    wrong.append(f"{len(errors)} console errors, expected one")
                else:
                    message = errors[0]
                    # which component and what: "my_components.Dropdown (id dd): bad options: ..."
                    head = message.split(":", 1)[0]
                    if not (head.startswith("my_components.Dropdown") and "dd" in head):
                        wrong.append("unclear error: which Dropdown?")
                    if "bad options" not in message:
                        wrong.append("unclear error: what?")
                    for name in problems[:MAX_PROBLEMS]:
                        if name not in message:
                            wrong.append(f"error does not name {name}")
            elif errors:
                wrong.append("console errors on a valid list")
            options, query = cases[step["case"]]
            shown = dropdown_reference.expected_options(options)
            if shown is None:
                compared["by count"] += 1
                if len(result["rows"]) != len(values):
                    wrong.append(f"{len(result['rows'])} menu rows for {len(values)} options")
                if bool(values) != (result["selected"] is not None):
                    wrong.append("first valid value not shown as picked")
            else:
                compared["by text"] += 1
                wrong += dropdown_mismatches(shown, query, result)
        if wrong:
            failures.append(f"{step['marker']}: {wrong}\n" + describe(step, result))

    # the browser's own log agrees with the in-page counter
    logs = split_logs(dash_duo.get_logs())
    rejected = sum(1 for _, problems in expected if problems)
    print_figures(
        "dropdown",
        {
            "lists": len(cases),
            "rejected": rejected,
            "recoveries": goods,
            "console_errors_expected": errors_expected,
            "console_errors_seen": errors_seen,
            "browser_log_console_errors": len(logs["console"]),
            "browser_log_other": sum(len(v) for k, v in logs.items() if k != "console"),
            "lists_compared_by_text": compared["by text"],
            "lists_compared_by_count": compared["by count"],
            "failures": len(failures),
        },
    )
    assert not failures, f"{len(failures)} failing cases:\n" + "\n".join(failures[:8])
    assert len(logs["console"]) == errors_expected
    assert logs["network"] == logs["rendering"] == logs["other"] == []
    assert rejected >= OPTION_LISTS // 5, "too few invalid lists generated"
    assert compared["by text"] >= OPTION_LISTS // 2, compared


def dropdown_mismatches(options, query, result):
    """What the page showed that the reference did not expect: rows, picked label, search rows."""
    wrong = []
    rows = [option["text"] for option in dropdown_reference.in_menu_order(options)]
    if result["rows"] != rows:
        wrong.append(f"menu rows {result['rows']!r:.300} expected {rows!r:.300}")
    picked = options[0]["text"] if options else None  # the first valid value is picked
    if result["selected"] != picked:
        wrong.append(f"picked shows {result['selected']!r:.100}, expected {picked!r:.100}")
    by_text, by_value = dropdown_reference.search(options, query)
    found = result.get("searchRows")
    expected = [option["text"] for option in by_text + by_value]
    if found is None or sorted(found) != sorted(expected):
        wrong.append(f"search {query!r:.60} rows {found!r:.300} expected {expected!r:.300}")
    elif by_value and all(option["group"] is None for option in options):
        # without groups the rows are one section: text matches first
        if sorted(found[: len(by_text)]) != sorted(option["text"] for option in by_text):
            wrong.append(f"search {query!r:.60}: value-only matches first in {found!r:.300}")
    return wrong


EXPECTED_GRAPH_ERRORS = {
    "not a dict": "figure is not a dict",
    "data not a list": "figure.data is not a list",
    "layout not a dict": "figure.layout is not a dict",
    "trace not a dict": "] is not a dict",
    "unknown trace type": "is not a plotly.js trace type",
    "bad selections": "ignored: selections[",
}


def on_xy_axes(figure):
    """Whether some trace sits on x/y axes: the fuzz draws scatters, bars and pies."""
    return any(trace.get("type", "scatter") != "pie" for trace in figure["data"])


def pies_with_selections(case):
    figure = case["figure"] if case["problem"] in (None, "bad selections") else None
    return bool(figure and figure["data"] and case["selections"]) and all(
        trace["type"] == "pie" for trace in figure["data"]
    )


def graph_plan():
    """Valid and rejected cases alternating, so every rejected one is followed by a valid one."""
    counts = {"valid": FIGURES // 2, **{kind: 5 for kind in BAD_FIGURES}}
    counts["bad selections"] = FIGURES // 2 - 5 * len(BAD_FIGURES)
    generated = generate(counts)
    valid = generated["valid"]
    bad_figures = [c for kind in BAD_FIGURES for c in generated[kind]]
    bad_selections = generated["bad selections"]
    bad = [c for pair in zip(bad_figures, bad_selections, strict=False) for c in pair]
    bad += bad_selections[len(bad_figures) :]
    cases = []
    for good_case, bad_case in zip(valid, bad, strict=True):
        cases += [good_case, bad_case]
    return cases


@pytest.mark.slow
@pytest.mark.graph_fuzz
def test_fuzz_graph_figures_and_selections(dash_duo):
    cases = graph_plan()

    def pick_case(trigger, n):
        case = cases[n - 1]
        return [case["figure"], case["selections"]]

    app = case_app(
        Graph(id="graph", style={"height": "300px"}),
        [("graph", "figure"), ("graph", "selections")],
        pick_case,
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph")
    assert dash_duo.get_logs() == []
    install_runner(dash_duo)

    plan = []
    for i, case in enumerate(cases, 1):
        step = {"button": "next", "marker": f"next-{i}", "problem": case["problem"]}
        if case["problem"] in (None, "bad selections"):
            step["traces"] = len(case["figure"]["data"])
            drawn = case.get("valid_selections", len(case["selections"]))
            # a figure without x/y axes (only pies, or no traces) keeps its selections undrawn
            step["selections"] = drawn if on_xy_axes(case["figure"]) else 0
        plan.append(step)
    results = run_cases(dash_duo, plan, "graph")

    failures = []
    errors_seen = 0
    previous_rejected = False
    recoveries = 0
    for step, case, result in zip(plan, cases, results, strict=True):
        wrong = []
        if not (result["shown"] and result["pong"] and result["pageText"]):
            wrong.append("page blank or not answering")
        if result["pwned"]:
            wrong.append("a payload ran")
        errors = result["errors"]
        errors_seen += len(errors)
        problem = case["problem"]
        if not result["settled"]:
            wrong.append("graph never showed the case")
        if problem:
            if len(errors) != 1:
                wrong.append(f"{len(errors)} console errors, expected one")
            elif not errors[0].startswith("my_components.Graph:") or (
                EXPECTED_GRAPH_ERRORS[problem] not in errors[0]
            ):
                wrong.append("unclear error")
            if problem != "bad selections" and not result["errorBox"]:
                wrong.append("no message in the graph's area")
        else:
            if errors:
                wrong.append("console errors on a valid figure")
            if result["errorBox"] or not result["svg"]:
                wrong.append("valid figure not drawn")
            recoveries += previous_rejected
        previous_rejected = bool(problem)
        if wrong:
            failures.append(f"{step['marker']}: {wrong}\n" + describe(case, result))

    logs = split_logs(dash_duo.get_logs())
    rejected = sum(1 for c in cases if c["problem"])
    print_figures(
        "graph",
        {
            "cases": len(cases),
            "rejected_figures": sum(1 for c in cases if c["problem"] in BAD_FIGURES),
            "rejected_selections": sum(1 for c in cases if c["problem"] == "bad selections"),
            "recoveries": recoveries,
            # figures whose traces are all pies, given selections: kept, drawn nowhere
            "pies_with_selections": sum(1 for c in cases if pies_with_selections(c)),
            "console_errors_expected": rejected,
            "console_errors_seen": errors_seen,
            "browser_log_console_errors": len(logs["console"]),
            # plotly.js's own SVG attribute errors (NaN tick positions), not console.error calls
            "browser_log_rendering": len(logs["rendering"]),
            "failures": len(failures),
        },
    )
    assert not failures, f"{len(failures)} failing cases:\n" + "\n".join(failures[:8])
    assert len(logs["console"]) == rejected, logs["console"]
    assert logs["network"] == logs["other"] == [], logs
