"""The plotly.js private fields the Graph reads (src/lib/graph/plotlyInternals.js, the one place
that reads them) are where it expects them, in the plotly.js the page serves: this fails when a
plotly.js upgrade moves them, instead of the WebGL redraw guard quietly doing nothing."""

from dash import Dash, html
from graph_helpers import figure

import my_components

# The same reads as plotlyInternals.js, each named, on the Graph's plotted div.
READ_INTERNALS = """
const gd = document.querySelector('#graph .js-plotly-plot');
const canvases = gd._fullLayout && gd._fullLayout._glcanvas;
const layers = canvases && typeof canvases.data === 'function' ? canvases.data() : [];
return {
    fullDataTypes: (gd._fullData || []).map((t) => [t.type, t._input && t._input.type]),
    dragmode: gd._fullLayout.dragmode,
    glCanvasLayers: layers.length,
    webGlContexts: layers.filter(
        (layer) => layer && layer.regl && layer.regl._gl instanceof WebGLRenderingContext
    ).length,
};
"""


def test_plotly_internals_read_by_the_graph_are_where_it_expects(dash_duo):
    fig = figure(dragmode="lasso")
    fig["data"][0]["type"] = "scattergl"
    app = Dash(__name__)
    app.layout = html.Div([my_components.Graph(id="graph", figure=fig)])
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph canvas.gl-canvas-context")
    found = dash_duo.driver.execute_script(READ_INTERNALS)
    assert found["fullDataTypes"] == [["scattergl", "scattergl"]], found
    assert found["dragmode"] == "lasso", found
    assert found["glCanvasLayers"] > 0, found
    assert found["webGlContexts"] > 0, found
    assert dash_duo.get_logs() == []
