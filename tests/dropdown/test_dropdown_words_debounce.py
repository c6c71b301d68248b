"""dcc.Dropdown's `labels` (the dropdown's own words) and `debounce` (picks sent when the menu
closes)."""

import time

from dash import Dash, Input, Output, html
from dash.testing.wait import until
from dropdown_helpers import (
    MENU,
    click_option,
    close_menu,
    open_menu,
    search_box,
    shown_value,
    type_search,
    wait_for_options,
)

import my_components

FRUITS = ["Apple", "Banana", "Mango"]
WORDS = {
    "select_all": "Tout choisir",
    "deselect_all": "Tout enlever",
    "selected_count": "{num_selected} choisis",
    "search": "Chercher un fruit",
    "clear_selection": "Tout effacer",
    "no_options_found": "Aucun fruit",
}


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(
                id="words", options=FRUITS, multi=True, value=["Apple", "Mango"], labels=WORDS
            ),
            my_components.Dropdown(
                id="held", options=FRUITS, multi=True, closeOnSelect=False, debounce=True
            ),
            html.Div(id="held-out"),
            html.Div(id="held-calls"),
        ]
    )
    calls = []

    @app.callback(
        Output("held-out", "children"), Output("held-calls", "children"), Input("held", "value")
    )
    def report(value):
        if value is not None:
            calls.append(value)
        return repr(value), f"{len(calls)} calls"

    return app


def test_labels_replace_the_dropdowns_own_words(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_element("#words .my-dropdown__control")
    assert search_box(dash_duo, "words").get_attribute("aria-label") == "Chercher un fruit"
    values = dash_duo.find_element("#words .my-dropdown__value-container")
    assert values.get_attribute("title") == "2 choisis"
    clear = dash_duo.find_element("#words .my-dropdown__clear-indicator")
    assert clear.get_attribute("title") == "Tout effacer"

    open_menu(dash_duo, "words")
    dash_duo.wait_for_text_to_equal(".my-dropdown__select-all", "Tout choisir")
    dash_duo.wait_for_text_to_equal(".my-dropdown__deselect-all", "Tout enlever")
    type_search(dash_duo, "words", "kiwi")
    dash_duo.wait_for_text_to_equal(".my-dropdown__menu-notice--no-options", "Aucun fruit")
    assert dash_duo.get_logs() == []


def test_debounce_sends_the_picks_once_when_the_menu_closes(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#held-out", "None")
    open_menu(dash_duo, "held")
    wait_for_options(dash_duo, FRUITS)
    click_option(dash_duo, "Apple")
    until(lambda: shown_value(dash_duo, "held") == ["Apple"], 4)
    click_option(dash_duo, "Mango")
    until(lambda: shown_value(dash_duo, "held") == ["Apple", "Mango"], 4)
    # the menu is still open: Dash has heard nothing (a callback answers well within 1 s)
    time.sleep(1)
    assert dash_duo.find_elements(MENU)
    assert dash_duo.find_element("#held-out").text == "None"

    close_menu(dash_duo, "held")
    dash_duo.wait_for_text_to_equal("#held-out", "['Apple', 'Mango']")
    dash_duo.wait_for_text_to_equal("#held-calls", "1 calls")
    assert shown_value(dash_duo, "held") == ["Apple", "Mango"]

    # a chip removed while the menu is closed goes straight to Dash
    dash_duo.find_element("#held .my-dropdown__multi-value__remove").click()
    dash_duo.wait_for_text_to_equal("#held-out", "['Mango']")
    dash_duo.wait_for_text_to_equal("#held-calls", "2 calls")
    assert dash_duo.get_logs() == []
