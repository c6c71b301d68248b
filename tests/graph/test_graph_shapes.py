"""Shapes the user draws or resizes are written back into figure['layout']['shapes'], beside a
dcc.Graph doing the same: a callback with State(graph, 'figure') sees the same shapes in both;
a later figure with the same uirevision keeps them on our plot."""

import json

from dash import Dash, Input, Output, State, dcc, html
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains

import my_components

GRAPHS = ("ours", "theirs")


def drawing_figure(uirevision="keep", title="first"):
    return {
        "data": [{"type": "scatter", "x": [0, 10], "y": [0, 10], "mode": "markers"}],
        "layout": {
            "width": 500,
            "height": 400,
            "xaxis": {"range": [0, 10]},
            "yaxis": {"range": [0, 10]},
            "dragmode": "drawrect",
            "uirevision": uirevision,
            "title": {"text": title},
        },
    }


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(id="ours", figure=drawing_figure()),
            dcc.Graph(id="theirs", figure=drawing_figure()),
            html.Button("read", id="read"),
            html.Button("new figure", id="new-figure"),
            html.Pre(id="shapes"),
        ]
    )

    @app.callback(
        Output("shapes", "children"),
        Input("read", "n_clicks"),
        State("ours", "figure"),
        State("theirs", "figure"),
        prevent_initial_call=True,
    )
    def read(n_clicks, ours, theirs):
        return json.dumps(
            {
                "n": n_clicks,
                "ours": ours["layout"].get("shapes", []),
                "theirs": theirs["layout"].get("shapes", []),
            }
        )

    @app.callback(
        Output("ours", "figure"),
        Output("theirs", "figure"),
        Input("new-figure", "n_clicks"),
        prevent_initial_call=True,
    )
    def new_figure(_):
        # no shapes in it, the same uirevision
        return drawing_figure(title="second"), drawing_figure(title="second")

    return app


# the rectangle drawn: from (-100, -60) to (0, 0) pixels from the plot area's centre
DRAW_FROM, DRAW_MOVES = (-100, -60), [(50, 30), (50, 30)]
LEFT_EDGE = (-100, -30)


def drag(dash_duo, graph_id, start, moves):
    """Press at `start` pixels from the plot area's centre, move by each of `moves`, release."""
    area = dash_duo.find_element(f"#{graph_id} .nsewdrag")
    chain = ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(*start)
    chain.click_and_hold()
    for move in moves:
        chain.move_by_offset(*move)
    chain.release().perform()


def shapes_text(dash_duo):
    return json.loads(dash_duo.find_element("#shapes").text or "{}")


def read_shapes(dash_duo):
    """What a callback with State(graph, 'figure') sees of each graph's shapes."""
    before = shapes_text(dash_duo).get("n", 0)
    dash_duo.find_element("#read").click()
    until(lambda: shapes_text(dash_duo).get("n") == before + 1, 6)
    return shapes_text(dash_duo)


def resize_shape(dash_duo, graph_id, dx):
    """Clicks the drawn rectangle's left edge (it becomes active), then drags that edge."""
    area = dash_duo.find_element(f"#{graph_id} .nsewdrag")
    ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(*LEFT_EDGE).click().perform()
    drag(dash_duo, graph_id, LEFT_EDGE, [(dx // 2, 0), (dx - dx // 2, 0)])


def drawn_shapes(dash_duo, graph_id):
    return len(dash_duo.find_elements(f"#{graph_id} .shapelayer path"))


def test_drawn_and_resized_shapes_reach_the_figure_as_in_dcc_graph(dash_duo):
    dash_duo.start_server(make_app())
    for graph_id in GRAPHS:
        dash_duo.wait_for_element(f"#{graph_id} .nsewdrag")
    assert read_shapes(dash_duo) == {"n": 1, "ours": [], "theirs": []}

    for graph_id in GRAPHS:
        drag(dash_duo, graph_id, DRAW_FROM, DRAW_MOVES)
        until(lambda g=graph_id: drawn_shapes(dash_duo, g) == 1, 4)
    found = read_shapes(dash_duo)
    assert len(found["theirs"]) == 1
    assert found["ours"] == found["theirs"]
    drawn = found["ours"][0]
    assert drawn["type"] == "rect"

    for graph_id in GRAPHS:
        resize_shape(dash_duo, graph_id, 40)
    until(lambda: read_shapes(dash_duo)["theirs"][0]["x0"] != drawn["x0"], 6)
    found = read_shapes(dash_duo)
    assert found["ours"][0]["x0"] > drawn["x0"]
    assert found["ours"] == found["theirs"]

    # A new figure with the same uirevision and no shapes: the drawn shape stays on our plot, as
    # plotly.js keeps user edits under one uirevision. (dcc.Graph, which plots the figure it
    # wrote back, drops it here: a difference on purpose, said in the README.)
    dash_duo.find_element("#new-figure").click()
    dash_duo.wait_for_text_to_equal("#ours .gtitle", "second")
    assert drawn_shapes(dash_duo, "ours") == 1
    assert dash_duo.get_logs() == []
