"""relayoutData reaches callbacks as often as dcc.Graph's, with the same values: on load (None,
then the autosize of the first plot), plain, inside dcc.Loading, and for a heatmap with
scaleanchor inside dcc.Loading."""

import json

import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until

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
