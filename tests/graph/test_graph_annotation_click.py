"""clickAnnotationData: a click on an annotation with captureevents reaches callbacks as JSON."""

import json

from dash import Dash, html
from dash.testing.wait import until
from graph_helpers import echo_json, figure

import my_components


def annotated_figure():
    fig = figure(dragmode="zoom")
    fig["layout"]["annotations"] = [
        {"x": 2, "y": 9, "text": "plain", "showarrow": False},
        {"x": 5, "y": 5, "text": "peak", "captureevents": True, "font": {"size": 20}},
    ]
    return fig


def test_a_click_on_an_annotation_sets_clickAnnotationData(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [my_components.Graph(id="graph", figure=annotated_figure()), html.Pre(id="clicked")]
    )
    echo_json(app, "clickAnnotationData", "clicked")
    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#clicked", "null")

    # plotly draws each annotation as g.annotation[data-index]; its text group takes the click
    peak = dash_duo.wait_for_element('#graph g.annotation[data-index="1"] .annotation-text-g')
    peak.click()
    until(lambda: dash_duo.find_element("#clicked").text != "null", 4)
    data = json.loads(dash_duo.find_element("#clicked").text)
    assert data["index"] == 1
    assert data["annotation"] == {
        "x": 5,
        "y": 5,
        "text": "peak",
        "captureevents": True,
        "font": {"size": 20},
    }
    assert data["fullAnnotation"]["text"] == "peak"
    assert data["fullAnnotation"]["font"]["size"] == 20
    assert isinstance(data["timestamp"], int)
    assert dash_duo.get_logs() == []
