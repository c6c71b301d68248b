"""relayoutData reaches callbacks as often as dcc.Graph's, with the same values: on load (None,
then the autosize of the first plot), plain, inside dcc.Loading, and for a heatmap with
scaleanchor inside dcc.Loading."""

import json

import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains

import my_components

GRAPHS = ("ours", "theirs")


def scatter():
    return {"data": [{"type": "scatter", "x": [1, 2], "y": [1, 2]}], "layout": {}}


def anchored_heatmap():
    return {
        "data": [{"type": "heatmap", "z": [[1, 2], [3, 4]]}],
        "layout": {"yaxis": {"scaleanchor": "x"}},
    }


CASES = {
    "plain": (scatter, False),
    "in-loading": (scatter, True),
    "scaleanchor-heatmap-in-loading": (anchored_heatmap, True),
}


@pytest.mark.parametrize("case", list(CASES))
def test_relayoutData_fires_as_often_as_in_dcc_graph(dash_duo, case):
    make_figure, in_loading = CASES[case]
    graphs = [
        my_components.Graph(id="ours", figure=make_figure()),
        dcc.Graph(id="theirs", figure=make_figure()),
    ]
    if in_loading:
        graphs = [dcc.Loading(graph) for graph in graphs]
    app = Dash(__name__)
    app.layout = html.Div([*graphs, *(html.Pre(id=f"{g}-calls") for g in GRAPHS)])
    calls = {graph_id: [] for graph_id in GRAPHS}
    for graph_id in GRAPHS:

        @app.callback(Output(f"{graph_id}-calls", "children"), Input(graph_id, "relayoutData"))
        def record(value, graph_id=graph_id):
            calls[graph_id].append(value)
            return json.dumps(calls[graph_id])

    dash_duo.start_server(app)
    # dcc.Graph: None on load, then {"autosize": true} once the first plot is resized
    until(lambda: len(calls["theirs"]) == 2, timeout=10)
    until(lambda: len(calls["ours"]) >= len(calls["theirs"]), timeout=10)
    assert calls["ours"] == calls["theirs"] == [None, {"autosize": True}]
    assert dash_duo.get_logs() == []


def test_relayoutData_after_a_zoom_and_a_container_resize_as_in_dcc_graph(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("narrow", id="narrow"),
            html.Div(
                [
                    my_components.Graph(id="ours", figure=scatter()),
                    dcc.Graph(id="theirs", figure=scatter()),
                ],
                id="box",
                style={"width": "900px"},
            ),
        ]
    )
    calls = {graph_id: [] for graph_id in GRAPHS}
    for graph_id in GRAPHS:
        app.layout.children.append(html.Pre(id=f"{graph_id}-calls"))

        @app.callback(Output(f"{graph_id}-calls", "children"), Input(graph_id, "relayoutData"))
        def record(value, graph_id=graph_id):
            calls[graph_id].append(value)
            return json.dumps(calls[graph_id])

    @app.callback(Output("box", "style"), Input("narrow", "n_clicks"), prevent_initial_call=True)
    def narrow(_):
        return {"width": "700px"}

    dash_duo.start_server(app)
    for graph_id in GRAPHS:
        until(lambda g=graph_id: len(calls[g]) == 2, timeout=10)
        # a zoom: a drag across the plot area
        area = dash_duo.find_element(f"#{graph_id} .nsewdrag")
        chain = ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(-100, -50)
        chain.click_and_hold().move_by_offset(100, 50).move_by_offset(100, 50).release()
        chain.perform()
        until(lambda g=graph_id: len(calls[g]) == 3, timeout=6)
    assert "xaxis.range[0]" in calls["ours"][2]
    dash_duo.find_element("#narrow").click()
    # dcc.Graph: the container's resize autosizes the plot, reported once more
    until(lambda: len(calls["theirs"]) == 4, timeout=10)
    until(lambda: len(calls["ours"]) >= 4, timeout=10)
    assert calls["ours"][3] == calls["theirs"][3] == {"autosize": True}
    assert len(calls["ours"]) == len(calls["theirs"])
    assert dash_duo.get_logs() == []
