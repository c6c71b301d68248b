"""Event data beside dcc.Graph: the same figure in both, the same click, field for field the same
clickData (and selectedData, hoverData); a second click on the same point (or annotation) fires
the callback a second time, as in dcc.Graph 4.2+."""

import json

import pytest
from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains

import my_components

GRAPHS = ("ours", "theirs")
SIZE = {"width": 400, "height": 300, "margin": {"l": 40, "r": 40, "t": 40, "b": 40}}
# pixels of the plot area (320 x 220) per unit on axes spanning 4 units
PX_X, PX_Y = 320 / 4, 220 / 4


def cartesian(traces, **layout):
    return {
        "data": traces,
        "layout": {
            **SIZE,
            "xaxis": {"range": [0, 4]},
            "yaxis": {"range": [0, 4]},
            "showlegend": False,
            **layout,
        },
    }


# figure, (dx, dy) of the click from the plot area's centre in pixels. No 3D trace: clicks on a
# scatter3d point, picked by WebGL, do not reliably reach either graph in this headless Chromium.
FIGURES = {
    "scatter-markers": (
        cartesian(
            [
                {
                    "type": "scatter",
                    "mode": "markers",
                    "x": [1, 2, 3],
                    "y": [1, 3, 2],
                    "customdata": [["a", 1], ["b", 2], ["c", 3]],
                    "text": ["t1", "t2", "t3"],
                    "marker": {"size": 14, "color": [1, 2, 3]},
                }
            ]
        ),
        (0, -PX_Y),
    ),
    "lines-fill-toself": (
        cartesian(
            [
                {
                    "type": "scatter",
                    "mode": "lines",
                    "fill": "toself",
                    "x": [1, 3, 3, 1, 1],
                    "y": [1, 1, 3, 3, 1],
                    "customdata": ["obj-1"],
                }
            ]
        ),
        (0, 0),
    ),
    "bar": (
        cartesian([{"type": "bar", "x": [1, 2, 3], "y": [1, 3, 2], "customdata": ["a", "b", "c"]}]),
        (0, PX_Y),
    ),
    "histogram": (
        cartesian(
            [
                {
                    "type": "histogram",
                    "x": [1, 2, 2, 2, 3],
                    "xbins": {"start": 0.5, "end": 3.5, "size": 1},
                    "customdata": ["a", "b", "c", "d", "e"],
                }
            ]
        ),
        (0, PX_Y),
    ),
    "heatmap": (
        cartesian([{"type": "heatmap", "z": [[1, 2, 3], [4, 5, 6], [7, 8, 9]], "x0": 1, "y0": 1}]),
        (0, 0),
    ),
    "pie": (
        {
            "data": [{"type": "pie", "values": [3, 1], "labels": ["a", "b"], "sort": False}],
            "layout": {**SIZE, "showlegend": False},
        },
        (-30, 30),
    ),
    "box": (
        cartesian(
            [{"type": "box", "y": [1, 1.5, 2, 2.5, 3], "x0": 2, "customdata": list("vwxyz")}]
        ),
        (0, 0),
    ),
    "scattergl": (
        cartesian(
            [
                {
                    "type": "scattergl",
                    "mode": "markers",
                    "x": [1, 2, 3],
                    "y": [1, 3, 2],
                    "customdata": ["a", "b", "c"],
                    "marker": {"size": 14},
                }
            ]
        ),
        (0, -PX_Y),
    ),
    # a map trace on the "white-bg" style, which needs no tiles (this network is closed; geo
    # traces fetch their topojson from a CDN)
    "scattermap": (
        {
            "data": [
                {
                    "type": "scattermap",
                    "lon": [0],
                    "lat": [0],
                    "customdata": ["here"],
                    "marker": {"size": 30},
                }
            ],
            "layout": {**SIZE, "map": {"style": "white-bg", "center": {"lon": 0, "lat": 0}}},
        },
        (0, 0),
    ),
}


def both_graphs_app(fig, prop, config=None):
    app = Dash(__name__)
    config = {"doubleClickDelay": 0, **(config or {})}
    app.layout = html.Div(
        [
            my_components.Graph(id="ours", figure=fig, config=config),
            dcc.Graph(id="theirs", figure=fig, config=config),
            html.Pre(id="ours-out"),
            html.Pre(id="theirs-out"),
        ]
    )
    for graph_id in GRAPHS:

        @app.callback(Output(f"{graph_id}-out", "children"), Input(graph_id, prop))
        def echo(value):
            return json.dumps(value)

    return app


def click(dash_duo, graph_id, dx, dy):
    """A click at (dx, dy) pixels from the centre of the graph's plot (its first svg's centre)."""
    svg = dash_duo.find_element(f"#{graph_id} .main-svg")
    ActionChains(dash_duo.driver).move_to_element(svg).move_by_offset(
        round(dx), round(dy)
    ).click().perform()


def output(dash_duo, graph_id):
    return json.loads(dash_duo.find_element(f"#{graph_id}-out").text or "null")


def wait_output(dash_duo, graph_id):
    until(lambda: output(dash_duo, graph_id) is not None, timeout=6)
    return output(dash_duo, graph_id)


def start(dash_duo, app):
    dash_duo.start_server(app)
    for graph_id in GRAPHS:
        dash_duo.wait_for_text_to_equal(f"#{graph_id}-out", "null")
        dash_duo.wait_for_element(f"#{graph_id} .main-svg")


def without_bbox_place(data):
    """bbox is where the point is on the page, and the two graphs sit at different places."""
    for point in data["points"]:
        if "bbox" in point:
            point["bbox"] = sorted(point["bbox"])
    return data


@pytest.mark.parametrize("name", list(FIGURES))
def test_clickData_has_the_fields_of_dcc_graph(dash_duo, name):
    fig, (dx, dy) = FIGURES[name]
    start(dash_duo, both_graphs_app(fig, "clickData"))
    found = {}
    for graph_id in GRAPHS:
        until(
            lambda g=graph_id: click(dash_duo, g, dx, dy) or output(dash_duo, g),
            timeout=15,
            msg=f"no clickData from {graph_id}",
        )
        found[graph_id] = output(dash_duo, graph_id)
    ours, theirs = found["ours"], found["theirs"]
    assert theirs["points"], theirs
    assert isinstance(ours.pop("timestamp"), int)
    theirs.pop("timestamp")
    assert without_bbox_place(ours) == without_bbox_place(theirs)
    assert dash_duo.get_logs() == []


def drag_box(dash_duo, graph_id, corner0, corner1):
    """A mouse drag between two points given in pixels from the plot's centre."""
    svg = dash_duo.find_element(f"#{graph_id} .main-svg")
    (x0, y0), (x1, y1) = corner0, corner1
    chain = ActionChains(dash_duo.driver).move_to_element(svg).move_by_offset(x0, y0)
    chain.click_and_hold().move_by_offset((x1 - x0) // 2, (y1 - y0) // 2)
    chain.move_by_offset(x1 - x0 - (x1 - x0) // 2, y1 - y0 - (y1 - y0) // 2).release().perform()


def test_selectedData_and_hoverData_have_the_fields_of_dcc_graph(dash_duo):
    fig, _ = FIGURES["scatter-markers"]
    fig = {**fig, "layout": {**fig["layout"], "dragmode": "select"}}
    app = both_graphs_app(fig, "selectedData")
    for graph_id in GRAPHS:

        @app.callback(Output(f"{graph_id}-hover", "children"), Input(graph_id, "hoverData"))
        def echo_hover(value):
            return json.dumps(value)

        app.layout.children.append(html.Pre(id=f"{graph_id}-hover"))
    start(dash_duo, app)
    for graph_id in GRAPHS:
        # a box from (1.5, 3.5) to (3.5, 1.5): over the points (2, 3) and (3, 2)
        corner0 = (round(-0.5 * PX_X), round(-1.5 * PX_Y))
        corner1 = (round(1.5 * PX_X), round(0.5 * PX_Y))
        drag_box(dash_duo, graph_id, corner0, corner1)
        wait_output(dash_duo, graph_id)
    ours, theirs = output(dash_duo, "ours"), output(dash_duo, "theirs")
    assert len(theirs["points"]) == 2
    # our own addition: the selections on the plot
    assert ours.pop("selections")[0]["type"] == "rect"
    assert ours == theirs

    hovered = {}
    for graph_id in GRAPHS:
        svg = dash_duo.find_element(f"#{graph_id} .main-svg")
        ActionChains(dash_duo.driver).move_to_element(svg).move_by_offset(
            round(-PX_X), round(PX_Y)
        ).perform()
        until(lambda g=graph_id: dash_duo.find_element(f"#{g}-hover").text not in ("", "null"), 6)
        hovered[graph_id] = json.loads(dash_duo.find_element(f"#{graph_id}-hover").text)
    assert hovered["ours"]["points"][0]["pointNumber"] == 0
    assert without_bbox_place(hovered["ours"]) == without_bbox_place(hovered["theirs"])
    assert dash_duo.get_logs() == []


def click_count_app(fig, prop):
    """Both graphs, each with a callback that counts how often `prop` reached it."""
    app = both_graphs_app(fig, prop)
    calls = {graph_id: 0 for graph_id in GRAPHS}
    for graph_id in GRAPHS:

        @app.callback(
            Output(f"{graph_id}-count", "children"),
            Input(graph_id, prop),
            prevent_initial_call=True,
        )
        def count(_, graph_id=graph_id):
            calls[graph_id] += 1
            return str(calls[graph_id])

        app.layout.children.append(html.Div(id=f"{graph_id}-count"))
    return app


def test_a_second_click_on_the_same_point_fires_clickData_again(dash_duo):
    fig, (dx, dy) = FIGURES["scatter-markers"]
    start(dash_duo, click_count_app(fig, "clickData"))
    for graph_id in GRAPHS:
        for expected in ("1", "2"):
            click(dash_duo, graph_id, dx, dy)
            dash_duo.wait_for_text_to_equal(f"#{graph_id}-count", expected)
    assert output(dash_duo, "ours")["points"][0]["pointNumber"] == 1
    assert dash_duo.get_logs() == []


def test_a_second_click_on_the_same_annotation_fires_clickAnnotationData_again(dash_duo):
    fig = cartesian(
        [{"type": "scatter", "x": [1, 3], "y": [1, 3]}],
        annotations=[{"x": 2, "y": 2, "text": "peak", "captureevents": True}],
    )
    start(dash_duo, click_count_app(fig, "clickAnnotationData"))
    for graph_id in GRAPHS:
        for expected in ("1", "2"):
            dash_duo.find_element(f"#{graph_id} g.annotation .annotation-text-g").click()
            dash_duo.wait_for_text_to_equal(f"#{graph_id}-count", expected)
    ours, theirs = output(dash_duo, "ours"), output(dash_duo, "theirs")
    assert ours["index"] == theirs["index"] == 0
    assert ours["annotation"] == theirs["annotation"]
    assert dash_duo.get_logs() == []
