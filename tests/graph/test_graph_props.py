"""Graph props that change what the user sees, each beside dcc.Graph given the same props where
dcc has them: `config`, `className`, `responsive` False and 'auto', `extendData` in its dict form
and with maxPoints; and the Graph's own "Drawing N points…" note, shown from 250,000 points."""

import base64
import struct

from dash import Dash, Input, Output, dcc, html
from dash.testing.wait import until
from graph_helpers import XS, click_and_wait_for_replot, figure, two_frames
from selenium.common.exceptions import TimeoutException

import my_components

PAIRS = [("ours", my_components.Graph), ("dcc", dcc.Graph)]


def free_size_figure():
    fig = figure()
    del fig["layout"]["width"], fig["layout"]["height"]
    return fig


def count(dash_duo, selector):
    return len(dash_duo.find_elements(selector))


def test_config_and_class_name(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            graph(
                id=f"{name}-bare",
                figure=figure(),
                className="sales-chart",
                config={"displayModeBar": False},
            )
            for name, graph in PAIRS
        ]
        + [
            graph(
                id=f"{name}-nologo",
                figure=figure(),
                config={"displayModeBar": True, "displaylogo": False},
            )
            for name, graph in PAIRS
        ]
    )
    dash_duo.start_server(app)
    for name, _ in PAIRS:
        dash_duo.wait_for_element(f"#{name}-bare .main-svg")
        dash_duo.wait_for_element(f"#{name}-nologo .modebar")
        # className on the outer div; no modebar at all; a modebar without plotly's logo
        assert "sales-chart" in dash_duo.find_element(f"#{name}-bare").get_attribute("class")
        assert count(dash_duo, f"#{name}-bare .modebar") == 0
        assert count(dash_duo, f"#{name}-nologo .modebar-btn") > 0
        assert count(dash_duo, f"#{name}-nologo .modebar-btn--logo") == 0
    assert dash_duo.get_logs() == []


SVG_WIDTH = (
    "return document.querySelector(`#${arguments[0]} .main-svg`).getBoundingClientRect().width"
)

RESPONSIVE_CASES = {
    # responsive=False keeps the figure's size: plotly.js's default 700 px without a width
    "off": {"responsive": False, "config": {"responsive": True}},
    # 'auto' with config.responsive and a free width follows the container
    "auto-on": {"responsive": "auto", "config": {"responsive": True}},
    # 'auto' without config.responsive is sized when drawn and when its container resizes
    "auto-off": {"responsive": "auto"},
}


def test_responsive_false_and_auto(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div(
                graph(id=f"{name}-{case}", figure=free_size_figure(), **props),
                className="box",
                style={"width": "600px", "height": "300px"},
            )
            for case, props in RESPONSIVE_CASES.items()
            for name, graph in PAIRS
        ]
    )
    dash_duo.start_server(app)

    def widths():
        return {
            f"{name}-{case}": round(dash_duo.driver.execute_script(SVG_WIDTH, f"{name}-{case}"))
            for case in RESPONSIVE_CASES
            for name, _ in PAIRS
        }

    for name, _ in PAIRS:
        for case in RESPONSIVE_CASES:
            dash_duo.wait_for_element(f"#{name}-{case} .main-svg")
    expected = {"off": 700, "auto-on": 600, "auto-off": 600}
    until(lambda: widths() == {f"{n}-{c}": w for c, w in expected.items() for n, _ in PAIRS}, 8)

    dash_duo.driver.execute_script(
        "document.querySelectorAll('.box').forEach((box) => { box.style.width = '400px'; });"
        "window.dispatchEvent(new Event('resize'));"
    )
    # the responsive ones follow, and, as dcc.Graph's, an 'auto' one without config.responsive
    # (its container resized); responsive=False keeps the figure's size
    after = {
        f"{n}-{c}": w
        for c, w in {**expected, "auto-on": 400, "auto-off": 400}.items()
        for n, _ in PAIRS
    }
    try:
        until(lambda: widths() == after, 8)
    except TimeoutException:
        assert widths() == after  # names the graphs that did not follow
    two_frames(dash_duo)
    assert widths() == after
    assert dash_duo.get_logs() == []


def two_trace_figure():
    fig = figure(customdata=False)
    second = {"type": "scatter", "mode": "markers", "x": XS, "y": [x / 2 for x in XS]}
    fig["data"].append(second)
    return fig


TRACE_XS = "return document.querySelector(`#${arguments[0]} .js-plotly-plot`).data.map((t) => t.x);"
POINTS = "return document.querySelectorAll(`#${arguments[0]} .scatterlayer .point`).length;"


def test_extend_data_as_a_dict_and_with_max_points(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("dict", id="dict"),
            html.Button("max", id="max"),
            *(graph(id=name, figure=two_trace_figure()) for name, graph in PAIRS),
        ]
    )

    for name, _ in PAIRS:

        @app.callback(
            Output(name, "extendData"), Input("dict", "n_clicks"), prevent_initial_call=True
        )
        def extend_every_trace(_):
            # updateData alone: one list per trace, appended to traces 0 and 1
            return {"x": [[11], [11]], "y": [[11], [5.5]]}

        @app.callback(
            Output(name, "extendData", allow_duplicate=True),
            Input("max", "n_clicks"),
            prevent_initial_call=True,
        )
        def extend_with_max_points(_):
            # [updateData, traceIndices, maxPoints]: trace 0 keeps its last three points
            return [{"x": [[12, 13]], "y": [[1, 1]]}, [0], 3]

    dash_duo.start_server(app)
    for name, _ in PAIRS:
        dash_duo.wait_for_element(f"#{name} .main-svg")
    xs = [*XS]

    dash_duo.find_element("#dict").click()
    for name, _ in PAIRS:
        until(lambda n=name: dash_duo.driver.execute_script(TRACE_XS, n) == [xs + [11]] * 2, 8)
    until(lambda: dash_duo.driver.execute_script(POINTS, "ours") == 22, 8)

    dash_duo.find_element("#max").click()
    for name, _ in PAIRS:
        until(
            lambda n=name: dash_duo.driver.execute_script(TRACE_XS, n) == [[11, 12, 13], xs + [11]],
            8,
        )
    until(lambda: dash_duo.driver.execute_script(POINTS, "ours") == 3 + 11, 8)
    assert dash_duo.get_logs() == []


def typed_array(values):
    """plotly.js's typed array spec, which plotly.py sends for numpy data."""
    raw = struct.pack(f"<{len(values)}f", *values)
    return {"dtype": "f4", "bdata": base64.b64encode(raw).decode()}


def points_figure(n):
    values = typed_array([float(i % 1000) for i in range(n)])
    trace = {"type": "scattergl", "mode": "markers", "x": values, "y": values}
    return {"data": [trace], "layout": {"width": 500, "height": 300}}


# Records every text the Graph's note shows from now on.
WATCH_NOTE = """
window.__notes = [];
const graph = document.getElementById('graph');
new MutationObserver(() => {
    const note = graph.querySelector('.my-graph-busy');
    if (note && window.__notes[window.__notes.length - 1] !== note.textContent) {
        window.__notes.push(note.textContent);
    }
}).observe(graph, {childList: true, subtree: true, characterData: true});
"""

NOTE_THRESHOLD = 250_000


def test_drawing_note_from_250000_points(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Button("below", id="below"),
            html.Button("at", id="at"),
            my_components.Graph(id="graph", figure=points_figure(10)),
        ]
    )

    @app.callback(Output("graph", "figure"), Input("below", "n_clicks"), prevent_initial_call=True)
    def below(_):
        return points_figure(NOTE_THRESHOLD - 1)

    @app.callback(
        Output("graph", "figure", allow_duplicate=True),
        Input("at", "n_clicks"),
        prevent_initial_call=True,
    )
    def at(_):
        return points_figure(NOTE_THRESHOLD)

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .main-svg")
    drawn = (
        "const gd = document.querySelector('#graph .js-plotly-plot');"
        "return gd._fullData[0]._length;"
    )
    dash_duo.driver.execute_script(WATCH_NOTE)
    click_and_wait_for_replot(dash_duo, "below", timeout=60)
    assert dash_duo.driver.execute_script(drawn) == NOTE_THRESHOLD - 1
    assert dash_duo.driver.execute_script("return window.__notes") == []

    click_and_wait_for_replot(dash_duo, "at", timeout=60)
    assert dash_duo.driver.execute_script(drawn) == NOTE_THRESHOLD
    assert dash_duo.driver.execute_script("return window.__notes") == ["Drawing 250,000 points…"]
    dash_duo.wait_for_no_elements("#graph .my-graph-busy")
    assert dash_duo.get_logs() == []
