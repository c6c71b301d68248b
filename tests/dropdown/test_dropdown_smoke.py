import pytest
from dash import Dash, Input, Output, html

import my_components


@pytest.mark.smoke
def test_dropdown_renders_and_reports_value(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="dd", options=["Montreal", "Paris"], placeholder="Pick"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("out", "children"), Input("dd", "value"))
    def show(value):
        return f"value={value}"

    dash_duo.start_server(app)
    dash_duo.wait_for_text_to_equal("#out", "value=None")
    dash_duo.wait_for_text_to_equal("#dd", "Pick")
    dash_duo.find_element("#dd input").send_keys("Par\n")
    dash_duo.wait_for_text_to_equal("#out", "value=Paris")
    assert dash_duo.get_logs() == []
