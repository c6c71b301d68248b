"""search_value reaches callbacks once typing pauses (a word typed in one go gives one callback),
and a callback can set it: the search box then shows it and the menu is searched by it."""

from dash import Dash, Input, Output, html
from dash.exceptions import PreventUpdate
from dash.testing.wait import until
from dropdown_helpers import open_menu, option_texts, search_box, wait_for_options
from selenium.webdriver.common.action_chains import ActionChains

import my_components

CITIES = ["Montréal", "Paris", "Tokyo", "Toronto"]
KEY_INTERVAL_SECONDS = 0.04  # well under the 150 ms pause that sends search_value


def make_app():
    received = []
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="city", options=CITIES),
            html.Button("search tor", id="set-search"),
            html.Div(id="received"),
        ]
    )

    @app.callback(Output("received", "children"), Input("city", "search_value"))
    def log(search_value):
        if search_value is None:
            raise PreventUpdate
        received.append(search_value)
        return " | ".join(received)

    @app.callback(
        Output("city", "search_value"), Input("set-search", "n_clicks"), prevent_initial_call=True
    )
    def set_search(_):
        return "tor"

    return app


def type_like_a_person(dash_duo, text):
    """Type `text` into the focused search box, a key every 40 ms (a quick typist's pace)."""
    chain = ActionChains(dash_duo.driver)
    for key in text:
        chain.send_keys(key).pause(KEY_INTERVAL_SECONDS)
    chain.perform()


def test_search_value_reaches_callbacks_once_typing_pauses(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "city")
    # a word typed at a quick typist's pace: one callback, with the whole word
    type_like_a_person(dash_duo, "mont")
    dash_duo.wait_for_text_to_equal("#received", "mont")
    wait_for_options(dash_duo, ["Montréal"])
    # typing again after that pause: one more callback
    type_like_a_person(dash_duo, "real")
    dash_duo.wait_for_text_to_equal("#received", "mont | montreal")
    assert option_texts(dash_duo) == ["Montréal"]
    assert dash_duo.get_logs() == []


def test_a_callback_sets_search_value(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.find_element("#set-search").click()
    # the callback's own value comes back to it once, as the prop's new value
    dash_duo.wait_for_text_to_equal("#received", "tor")
    until(lambda: search_box(dash_duo, "city").get_attribute("value") == "tor", 4)
    open_menu(dash_duo, "city")
    wait_for_options(dash_duo, ["Toronto"])
    assert search_box(dash_duo, "city").get_attribute("value") == "tor"
    assert dash_duo.get_logs() == []
