"""Selections need x/y axes: a figure without them (a pie, no data) draws none of them, with no
error, keeps them in the `selections` prop, and draws them again once a figure has axes."""

import json

from dash import Dash, Input, Output, ctx, html
from graph_helpers import (
    click_and_wait_for_replot,
    echo_json,
    figure,
    outline_count,
    read_json,
    two_frames,
)

import my_components

RECT = {"type": "rect", "xref": "x", "yref": "y", "x0": 1.5, "y0": 1.5, "x1": 2.5, "y1": 2.5}
PIE = {
    "data": [{"type": "pie", "labels": ["a", "b"], "values": [1, 2]}],
    "layout": {"uirevision": "keep", "dragmode": "select"},
}
# without xref/yref plotly.js looks for the first x axis: on a figure without axes, it throws
PLAIN_RECT = {"type": "rect", "x0": 1.5, "y0": 1.5, "x1": 2.5, "y1": 2.5}
EMPTY = {"data": [], "layout": {"uirevision": "keep", "selections": [RECT]}}


def test_figures_without_axes_keep_selections_but_draw_none(dash_duo):
    start = figure(uirevision="keep")
    start["layout"]["selections"] = [RECT]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=start),
            html.Button("pie", id="pie"),
            html.Button("empty", id="empty"),
            html.Button("scatter", id="scatter"),
            html.Pre(id="selections"),
        ]
    )

    @app.callback(
        Output("graph", "figure"),
        Output("graph", "selections"),
        Input("pie", "n_clicks"),
        Input("empty", "n_clicks"),
        Input("scatter", "n_clicks"),
        prevent_initial_call=True,
    )
    def switch(*_):
        # the selections prop set together with the figure, as a callback may do
        new_figure = {"pie": PIE, "empty": EMPTY, "scatter": figure(uirevision="keep")}
        return new_figure[ctx.triggered_id], [RECT]

    echo_json(app, "selections", "selections")

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .selectionlayer path")
    assert outline_count(dash_duo) == 1
    click_and_wait_for_replot(dash_duo, "pie")
    dash_duo.wait_for_element("#graph .pielayer .slice")
    # the pie draws no outline, and the prop still holds the selection
    assert outline_count(dash_duo) == 0
    assert read_json(dash_duo, "#selections") == [RECT]
    click_and_wait_for_replot(dash_duo, "empty")
    dash_duo.wait_for_no_elements("#graph .pielayer .slice")
    assert outline_count(dash_duo) == 0
    assert read_json(dash_duo, "#selections") == [RECT]
    click_and_wait_for_replot(dash_duo, "scatter")
    dash_duo.wait_for_element("#graph .scatterlayer .point")
    # back on axes, the selections prop is drawn again
    dash_duo.wait_for_element("#graph .selectionlayer path")
    assert outline_count(dash_duo) == 1
    assert read_json(dash_duo, "#selections") == [RECT]
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    assert dash_duo.get_logs() == []


def test_a_pie_given_selections_draws_on_a_fresh_plot(dash_duo):
    """A fresh plot (the page's first, or the one after a rejected figure) is where plotly.js threw
    on selections without xref/yref in a figure without axes: the pie draws, with no error, and
    the selections are drawn again once the figure has axes."""
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=PIE, selections=[PLAIN_RECT]),
            html.Button("bad", id="bad"),
            html.Button("pie", id="pie"),
            html.Button("scatter", id="scatter"),
        ]
    )

    @app.callback(
        Output("graph", "figure"),
        Output("graph", "selections"),
        Input("bad", "n_clicks"),
        Input("pie", "n_clicks"),
        Input("scatter", "n_clicks"),
        prevent_initial_call=True,
    )
    def switch(*_):
        new_figure = {"bad": "not a figure", "pie": PIE, "scatter": figure(uirevision="keep")}
        return new_figure[ctx.triggered_id], [PLAIN_RECT]

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .pielayer .slice")
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    assert dash_duo.get_logs() == []
    dash_duo.find_element("#bad").click()
    dash_duo.wait_for_text_to_equal("#graph .my-graph-error", "Graph error: figure is not a dict")
    logs = dash_duo.get_logs()
    assert [entry["message"].count("figure is not a dict") for entry in logs] == [1], logs
    dash_duo.find_element("#pie").click()
    dash_duo.wait_for_element("#graph .pielayer .slice")
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    dash_duo.find_element("#scatter").click()
    dash_duo.wait_for_element("#graph .selectionlayer path")
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    assert dash_duo.get_logs() == []


def test_a_pie_with_its_own_selections_without_refs_draws(dash_duo):
    """The figure's own layout.selections without xref/yref (which dcc.Graph's plotly.js throws on
    in a figure without axes): the pie draws with no error; a later figure with axes and the same
    kind of selections draws them and reports them with the default axes."""
    pie = {**PIE, "layout": {**PIE["layout"], "selections": [PLAIN_RECT]}}
    scatter = figure()
    scatter["layout"]["selections"] = [PLAIN_RECT]
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="graph", figure=pie),
            html.Button("scatter", id="scatter"),
            html.Pre(id="selections"),
        ]
    )

    @app.callback(
        Output("graph", "figure"), Input("scatter", "n_clicks"), prevent_initial_call=True
    )
    def show_scatter(_):
        return scatter

    @app.callback(Output("selections", "children"), Input("graph", "selections"))
    def echo(selections):
        return json.dumps(selections)

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .pielayer .slice")
    # plotly.js threw after drawing the slices: look once anything started has painted
    two_frames(dash_duo)
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    dash_duo.find_element("#scatter").click()
    dash_duo.wait_for_element("#graph .selectionlayer path")
    dash_duo.wait_for_text_to_equal(
        "#selections",
        json.dumps(
            [
                {
                    "type": "rect",
                    "xref": "x",
                    "yref": "y",
                    **{k: PLAIN_RECT[k] for k in ("x0", "y0", "x1", "y1")},
                }
            ]
        ),
    )
    assert dash_duo.find_elements("#graph .my-graph-error") == []
    assert dash_duo.get_logs() == []
