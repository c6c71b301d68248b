"""Pages and in-page runners shared by the browser fuzz and the hostile-input tests."""

import json
from pathlib import Path

from dash import Dash, Input, Output, ctx, html

RUNNER_JS = (Path(__file__).parent / "page_runner.js").read_text()
BATCH = 25


def ping_parts():
    """A button and a div answered by their own callback: is the page still serving?"""
    return [html.Button("ping", id="ping"), html.Div("0", id="pong")]


def add_ping(app):
    @app.callback(Output("pong", "children"), Input("ping", "n_clicks"), prevent_initial_call=True)
    def pong(n_clicks):
        return str(n_clicks)


def case_app(component, outputs, pick_case):
    """A page with `component`, buttons "next" and "good", a case marker and the ping.

    pick_case(trigger, n) returns the values of `outputs` for the n-th click of `trigger`.
    """
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("next", id="next"),
            html.Button("good", id="good"),
            html.Div(id="case"),
            component,
            *ping_parts(),
        ]
    )

    @app.callback(
        [*(Output(*o) for o in outputs), Output("case", "children")],
        Input("next", "n_clicks"),
        Input("good", "n_clicks"),
        prevent_initial_call=True,
    )
    def push(n_next, n_good):
        trigger = ctx.triggered_id
        n = n_next if trigger == "next" else n_good
        return [*pick_case(trigger, n), f"{trigger}-{n}"]

    add_ping(app)
    return app


def install_runner(dash_duo):
    dash_duo.driver.set_script_timeout(600)
    dash_duo.driver.execute_script(RUNNER_JS)


def run_cases(dash_duo, cases, kind):
    """Run `cases` in the page in batches; returns one result dict per case."""
    results = []
    for start in range(0, len(cases), BATCH):
        batch = cases[start : start + BATCH]
        out = dash_duo.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "window.__runFuzzCases(arguments[0], arguments[1]).then(done);",
            batch,
            kind,
        )
        results.extend(out["results"])
        assert "crash" not in out, out.get("crash")
    return results


def describe(case, result):
    text = json.dumps(case, ensure_ascii=True, default=str)
    return f"{text[:400]}\n-> {json.dumps(result, ensure_ascii=True)[:600]}"


def split_logs(entries):
    """Browser log entries by where they come from.

    "console": console.error calls and uncaught errors (what the components say);
    "rendering": Chromium refusing an SVG attribute plotly.js set (e.g. a NaN transform);
    "network": a failed request, which a payload such as <img src=x> would cause if it ran.
    """
    out = {"console": [], "rendering": [], "network": [], "other": []}
    for entry in entries:
        source = entry.get("source")
        key = {"console-api": "console", "javascript": "console"}.get(source, source)
        out[key if key in out else "other"].append(entry["message"][:300])
    return out
