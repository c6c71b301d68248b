"""persistence: a value the user picked survives a reload (local, session) or a re-render by a
callback (memory)."""

import pytest
from dash import Dash, Input, Output, html
from dropdown_helpers import pick, shown_value

import my_components

CITIES = ["Montréal", "Paris", "Tokyo"]


def make_app(persistence_type):
    # the dropdown is made by a callback, so it is not in the initial layout
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("re-render", id="rerender"),
            html.Div(id="holder"),
            html.Div(id="out"),
        ]
    )

    @app.callback(Output("holder", "children"), Input("rerender", "n_clicks"))
    def render(_):
        # None: rely on the defaults (persisted_props ['value'], persistence_type 'local'),
        # which Dash reads from the component's defaultProps
        extra = {"persistence_type": persistence_type} if persistence_type else {}
        return my_components.Dropdown(
            id="city", options=CITIES, value="Paris", persistence=True, **extra
        )

    @app.callback(Output("out", "children"), Input("city", "value"))
    def show(value):
        return f"value={value}"

    return app


@pytest.mark.parametrize(
    # the defaults case also runs on Dash 2.17, which reads them only from defaultProps
    "persistence_type",
    [pytest.param(None, marks=pytest.mark.smoke), "session", "memory"],
)
def test_picked_value_persists(dash_duo, persistence_type):
    dash_duo.start_server(make_app(persistence_type))
    dash_duo.wait_for_text_to_equal("#out", "value=Paris")
    pick(dash_duo, "city", "Tokyo")
    dash_duo.wait_for_text_to_equal("#out", "value=Tokyo")

    # a callback re-creates the dropdown with value="Paris": the user's pick wins
    dash_duo.find_element("#rerender").click()
    dash_duo.wait_for_text_to_equal("#out", "value=Tokyo")
    assert shown_value(dash_duo, "city") == "Tokyo"

    dash_duo.driver.refresh()
    expected = "Paris" if persistence_type == "memory" else "Tokyo"
    dash_duo.wait_for_text_to_equal("#out", f"value={expected}")
    assert shown_value(dash_duo, "city") == expected
    assert dash_duo.get_logs() == []
