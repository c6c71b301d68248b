"""Figures from callbacks: bad ones show a message, events carry plain data, extendData appends."""

import json
import time

from dash import Dash, Input, Output, ctx, html
from dash.testing.wait import until
from graph_helpers import (
    XS,
    box,
    echo_json,
    figure,
    offset,
    plot_area,
    read_json,
    wait_selected,
)
from selenium.webdriver.common.action_chains import ActionChains

import my_components

BAD = {
    "bad-data": {"data": {"type": "scatter", "x": [1], "y": [1]}, "layout": {}},
    "bad-type": {"data": [{"type": "scater", "x": [1, 2], "y": [1, 2]}], "layout": {}},
}


def two_traces():
    fig = figure()
    fig["data"].append({"type": "scatter", "mode": "markers", "x": [0.5], "y": [10.5], "name": "b"})
    fig["layout"]["showlegend"] = True
    # inside the plot area, so it does not push the margins and change the geometry
    fig["layout"]["legend"] = {"x": 0.02, "y": 0.02, "xanchor": "left", "yanchor": "bottom"}
    fig["layout"]["dragmode"] = "select"
    return fig


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=two_traces(), clear_on_unhover=True),
            html.Button("bad data", id="bad-data"),
            html.Button("bad type", id="bad-type"),
            html.Button("good", id="good"),
            html.Button("extend", id="extend"),
            html.Button("ping", id="ping"),
            html.Div(id="pong"),
            html.Pre(id="selected"),
            html.Pre(id="events"),
        ]
    )

    @app.callback(
        Output("graph", "figure"),
        Input("bad-data", "n_clicks"),
        Input("bad-type", "n_clicks"),
        Input("good", "n_clicks"),
        prevent_initial_call=True,
    )
    def set_figure(*_):
        return BAD.get(ctx.triggered_id) or figure(y=[10 - x for x in XS])

    @app.callback(
        Output("graph", "extendData"), Input("extend", "n_clicks"), prevent_initial_call=True
    )
    def extend(_):
        return [{"x": [[10.5]], "y": [[10.5]]}, [0]]

    @app.callback(Output("pong", "children"), Input("ping", "n_clicks"), prevent_initial_call=True)
    def pong(n):
        return f"pong {n}"

    echo_json(app, "selectedData", "selected")

    @app.callback(
        Output("events", "children"),
        Input("graph", "clickData"),
        Input("graph", "hoverData"),
        Input("graph", "relayoutData"),
        Input("graph", "restyleData"),
    )
    def show_events(click, hover, relayout, restyle):
        return json.dumps(
            {"click": click, "hover": hover, "relayout": relayout, "restyle": restyle}
        )

    return app


def start(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_element("#graph .nsewdrag")


def wait_event(dash_duo, key, predicate, timeout=8):
    """Wait until the callback received a `key` event for which predicate holds; return it.

    Fails, naming the last value seen, if none arrives within the timeout."""
    end = time.monotonic() + timeout
    while True:
        value = read_json(dash_duo, "#events")[key]
        if predicate(value):
            return value
        assert time.monotonic() < end, f"no {key} event as expected; last seen {value!r}"
        time.sleep(0.1)


def test_bad_figure_shows_a_message_and_a_later_figure_renders(dash_duo):
    start(dash_duo)
    for button, problem in [
        ("bad-data", "figure.data is not a list"),
        ("bad-type", 'figure.data[0].type "scater" is not a plotly.js trace type'),
    ]:
        dash_duo.find_element(f"#{button}").click()
        dash_duo.wait_for_text_to_equal("#graph .my-graph-error", f"Graph error: {problem}")
        logs = dash_duo.get_logs()
        assert len(logs) == 1, logs
        assert problem.replace('"', '\\"') in logs[0]["message"] or problem in logs[0]["message"]
        # the rest of the page keeps working
        dash_duo.find_element("#ping").click()
        dash_duo.wait_for_contains_text("#pong", "pong")
        # and a valid figure renders again, selections included
        dash_duo.find_element("#good").click()
        dash_duo.wait_for_no_elements("#graph .my-graph-error")
        dash_duo.wait_for_element("#graph .nsewdrag")
        box(dash_duo, (3.5, 3.5), (6.5, 6.5))
        selected = wait_selected(dash_duo, [3, 4, 5])
        # the new figure's points: y = 10 - x
        assert [p["y"] for p in selected["points"]] == [6, 5, 4]
        assert dash_duo.get_logs() == []


def test_click_hover_relayout_restyle_carry_plain_data(dash_duo):
    start(dash_duo)
    area = plot_area(dash_duo)
    # hover then click the point (5, 5)
    ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(*offset(5, 5)).perform()
    hover = wait_event(dash_duo, "hover", bool)
    (point,) = hover["points"]
    assert (point["curveNumber"], point["pointIndex"], point["x"], point["customdata"]) == (
        0,
        4,
        5,
        "c5",
    )
    ActionChains(dash_duo.driver).click().perform()
    click = wait_event(dash_duo, "click", bool)
    assert click["points"][0]["customdata"] == "c5"
    assert set(click["points"][0]["bbox"]) == {"x0", "x1", "y0", "y1"}
    # clear_on_unhover: leaving the point clears hoverData
    ActionChains(dash_duo.driver).move_by_offset(*offset(9.5, 1.5)).perform()
    wait_event(dash_duo, "hover", lambda v: v is None)
    # a selection is a relayout too (as with dcc.Graph)
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    relayout = wait_event(dash_duo, "relayout", lambda v: v and "selections" in v)
    assert len(relayout["selections"]) == 1
    # a legend click hides trace 1: restyleData
    dash_duo.find_elements("#graph .legendtoggle")[1].click()
    restyle = wait_event(dash_duo, "restyle", bool)
    assert restyle == [{"visible": ["legendonly"]}, [1]]
    assert dash_duo.get_logs() == []


def test_extend_data_appends_points(dash_duo):
    start(dash_duo)
    points = (
        "return document.querySelectorAll('#graph .scatterlayer .trace:first-child .point').length"
    )
    assert dash_duo.driver.execute_script(points) == 10
    dash_duo.find_element("#extend").click()
    until(lambda: dash_duo.driver.execute_script(points) == 11, timeout=6)
    dash_duo.find_element("#extend").click()
    until(lambda: dash_duo.driver.execute_script(points) == 12, timeout=6)
    # the extended point is selectable like the others
    box(dash_duo, (9.6, 9.6), (10.9, 10.9))
    wait_selected(dash_duo, [9, 10, 11])
    assert dash_duo.get_logs() == []


def test_nan_where_a_number_is_needed_shows_a_message(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [my_components.Graph(id="graph", figure=figure()), html.Button("nan", id="nan")]
    )
    # JSON from Python has no NaN; a clientside callback hands its object over as it is
    app.clientside_callback(
        """function () {
            const trace = {type: 'scatter', x: [1, 2], y: [1, 2], marker: {size: NaN}};
            return {data: [trace], layout: {}};
        }""",
        Output("graph", "figure"),
        Input("nan", "n_clicks"),
        prevent_initial_call=True,
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .main-svg")
    dash_duo.find_element("#nan").click()
    problem = "figure.data[0].marker.size is not a finite number"
    dash_duo.wait_for_text_to_equal("#graph .my-graph-error", f"Graph error: {problem}")
    logs = dash_duo.get_logs()
    assert len(logs) == 1 and problem in logs[0]["message"], logs
