"""persistence: a value the user picked survives a re-render by a callback, and a reload where
the storage allows it: kept in localStorage ('local', the default: a new tab has it too), in
sessionStorage ('session': a new tab starts from the app's value) or nowhere ('memory': a reload
forgets it). Changing `persistence` or the app's `value` forgets the pick."""

import pytest
from dash import Dash, Input, Output, ctx, html
from dropdown_helpers import pick, shown_value

import my_components

CITIES = ["Montréal", "Paris", "Tokyo"]

# Storage entries that hold the persisted pick of the dropdown "city".
STORED = """
const found = (storage) => Object.keys(storage)
    .filter((key) => key.includes('city') && storage.getItem(key).includes('Tokyo'));
return {local: found(window.localStorage), session: found(window.sessionStorage)};
"""


def make_app(persistence_type):
    # the dropdown is made by a callback, so it is not in the initial layout
    app = Dash(__name__, suppress_callback_exceptions=True)
    app.layout = html.Div(
        [
            html.Button("re-render", id="rerender"),
            html.Button("new persistence", id="new-persistence"),
            html.Button("new app value", id="new-value"),
            html.Div(id="holder"),
            html.Div(id="out"),
        ]
    )

    @app.callback(
        Output("holder", "children"),
        Input("rerender", "n_clicks"),
        Input("new-persistence", "n_clicks"),
        Input("new-value", "n_clicks"),
    )
    def render(*_):
        # None: rely on the defaults (persisted_props ['value'], persistence_type 'local'),
        # which Dash reads from the component's defaultProps
        extra = {"persistence_type": persistence_type} if persistence_type else {}
        trigger = ctx.triggered_id
        return my_components.Dropdown(
            id="city",
            options=CITIES,
            value="Montréal" if trigger == "new-value" else "Paris",
            persistence=2 if trigger == "new-persistence" else True,
            **extra,
        )

    @app.callback(Output("out", "children"), Input("city", "value"))
    def show(value):
        return f"value={value}"

    return app


def stored(dash_duo):
    return dash_duo.driver.execute_script(STORED)


def pick_tokyo_and_rerender(dash_duo):
    dash_duo.wait_for_text_to_equal("#out", "value=Paris")
    pick(dash_duo, "city", "Tokyo")
    dash_duo.wait_for_text_to_equal("#out", "value=Tokyo")
    # a callback re-creates the dropdown with value="Paris": the user's pick wins
    dash_duo.find_element("#rerender").click()
    dash_duo.wait_for_text_to_equal("#out", "value=Tokyo")
    assert shown_value(dash_duo, "city") == "Tokyo"


@pytest.mark.parametrize(
    # the defaults case also runs on Dash 2.17, which reads them only from defaultProps
    "persistence_type, storage",
    [
        pytest.param(None, "local", marks=pytest.mark.smoke),
        ("session", "session"),
        ("memory", None),
    ],
)
def test_picked_value_persists_where_asked(dash_duo, persistence_type, storage):
    dash_duo.start_server(make_app(persistence_type))
    pick_tokyo_and_rerender(dash_duo)
    places = stored(dash_duo)
    assert {place for place, keys in places.items() if keys} == ({storage} if storage else set())

    dash_duo.driver.refresh()
    expected = "Tokyo" if storage else "Paris"
    dash_duo.wait_for_text_to_equal("#out", f"value={expected}")
    assert shown_value(dash_duo, "city") == expected

    # a new tab of the same browser shares localStorage, not sessionStorage
    url = dash_duo.driver.current_url
    dash_duo.driver.switch_to.new_window("tab")
    dash_duo.driver.get(url)
    expected = "Tokyo" if storage == "local" else "Paris"
    dash_duo.wait_for_text_to_equal("#out", f"value={expected}")
    assert shown_value(dash_duo, "city") == expected
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize(
    "button, app_value", [("new-persistence", "Paris"), ("new-value", "Montréal")]
)
def test_a_new_persistence_or_app_value_forgets_the_pick(dash_duo, button, app_value):
    dash_duo.start_server(make_app("local"))
    pick_tokyo_and_rerender(dash_duo)
    dash_duo.find_element(f"#{button}").click()
    dash_duo.wait_for_text_to_equal("#out", f"value={app_value}")
    assert shown_value(dash_duo, "city") == app_value
    assert dash_duo.get_logs() == []
