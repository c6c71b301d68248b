"""Selections made with the mouse: box, lasso, move, resize, Shift, double-click, outline."""

import json

import pytest
from dash import Dash, Input, Output, html
from graph_helpers import box, figure, outline_count, read_json

import my_components


def selected_points(selected):
    """(curve, index) pairs of a 'points' selectedData, or None."""
    if selected is None:
        return None
    return sorted((p["curveNumber"], p["pointIndex"]) for p in selected["points"])


def make_app(**graph_props):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=figure(), **graph_props),
            html.Pre(id="selected"),
            html.Pre(id="selections"),
        ]
    )

    @app.callback(Output("selected", "children"), Input("graph", "selectedData"))
    def show_selected(selected):
        return json.dumps(selected)

    @app.callback(Output("selections", "children"), Input("graph", "selections"))
    def show_selections(selections):
        return json.dumps(selections)

    return app


def wait_selected(dash_duo, expected):
    """Wait until selectedData's points are `expected` (list of point indices of trace 0)."""
    want = None if expected is None else [(0, i) for i in expected]
    dash_duo.wait_for_text_to_equal(
        "#selected",
        "null" if expected is None else dash_duo.find_element("#selected").text,
        timeout=1,
    ) if False else None
    import time

    end = time.time() + 8
    while True:
        got = selected_points(read_json(dash_duo, "#selected"))
        if got == want or time.time() > end:
            break
        time.sleep(0.1)
    assert got == want
    return read_json(dash_duo, "#selected")


@pytest.mark.smoke
def test_box_selection_persists_and_reports_points(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#selected", "null")
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    selected = wait_selected(dash_duo, [3, 4, 5])
    assert [p["x"] for p in selected["points"]] == [4, 5, 6]
    assert [p["customdata"] for p in selected["points"]] == ["c4", "c5", "c6"]
    assert selected["range"]["x"][0] == pytest.approx(3.5, abs=0.05)
    assert selected["range"]["y"][1] == pytest.approx(6.5, abs=0.05)
    (selection,) = selected["selections"]
    assert selection["type"] == "rect"
    assert outline_count(dash_duo) == 1
    assert read_json(dash_duo, "#selections") == selected["selections"]
    assert dash_duo.get_logs() == []
