"""Size and motion: responsive follows the container, animate moves points, eager loading works."""

from dash import Dash, Input, Output, html
from dash.testing.wait import until
from graph_helpers import XS, box, echo_json, figure, plotly_loads, wait_selected

import my_components

SVG_WIDTH = "return document.querySelector('#graph .main-svg').getBoundingClientRect().width"


def free_size_figure():
    fig = figure()
    del fig["layout"]["width"], fig["layout"]["height"]
    return fig


def test_responsive_graph_follows_its_container(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        my_components.Graph(id="graph", figure=free_size_figure(), responsive=True),
        id="box",
        style={"width": "600px", "height": "300px"},
    )
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .main-svg")
    until(lambda: round(dash_duo.driver.execute_script(SVG_WIDTH)) == 600, timeout=6)
    dash_duo.driver.execute_script("document.getElementById('box').style.width = '400px'")
    until(lambda: round(dash_duo.driver.execute_script(SVG_WIDTH)) == 400, timeout=6)
    height = "return document.querySelector('#graph .main-svg').getBoundingClientRect().height"
    assert round(dash_duo.driver.execute_script(height)) == 300
    assert dash_duo.get_logs() == []


def test_animate_reaches_the_new_figure(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Graph(
                id="graph",
                figure=figure(),
                animate=True,
                animation_options={"transition": {"duration": 200}, "frame": {"redraw": False}},
            ),
            html.Button("flip", id="flip"),
            html.Pre(id="selected"),
        ]
    )

    @app.callback(Output("graph", "figure"), Input("flip", "n_clicks"), prevent_initial_call=True)
    def flip(_):
        return figure(y=[11 - x for x in XS])

    echo_json(app, "selectedData", "selected")

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .nsewdrag")
    dash_duo.find_element("#flip").click()
    y_of_first = "return document.querySelector('#graph .js-plotly-plot').data[0].y[0]"
    until(lambda: dash_duo.driver.execute_script(y_of_first) == 10, timeout=6)
    # the drawn points moved too: (1, 10) and (2, 9) are in a box at the top left
    box(dash_duo, (0.5, 8.5), (2.5, 10.5))
    wait_selected(dash_duo, [0, 1])
    assert dash_duo.get_logs() == []


def test_eager_loading_uses_dash_plotly_not_our_chunk(dash_duo):
    app = Dash(__name__, eager_loading=True)
    app.layout = html.Div(
        [my_components.Graph(id="graph", figure=figure()), html.Pre(id="selected")]
    )

    echo_json(app, "selectedData", "selected")

    dash_duo.start_server(app)
    dash_duo.wait_for_element("#graph .nsewdrag")
    loads = plotly_loads(dash_duo)
    # Dash's own script tag (fingerprinted), reused; never our async-plotly.js
    assert len(loads) == 1 and "/_dash-component-suites/plotly/package_data/plotly" in loads[0], (
        loads
    )
    box(dash_duo, (3.5, 3.5), (6.5, 6.5))
    wait_selected(dash_duo, [3, 4, 5])
    assert dash_duo.get_logs() == []
