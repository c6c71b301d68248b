"""In the browser, search also matches each option's value, as dcc.Dropdown 4.4.1's does:
both dropdowns side by side on one page."""

from dash import Dash, dcc, html
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

import my_components
from tests.dropdown.dropdown_helpers import (
    close_menu,
    open_menu,
    option_texts,
    type_search,
    wait_for_options,
)

OPTIONS = [
    {"label": "New York", "value": "NYC"},
    {"label": "Boston", "value": "BOS"},
    {"label": "Nyack", "value": "NYK"},
]


def dcc_option_texts(dash_duo):
    # read in one script: dcc re-renders its rows while they are read one by one
    return dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('.dash-dropdown-option')]"
        ".map((row) => row.innerText.trim());"
    )


def dcc_search(dash_duo, text):
    dash_duo.find_element("#dcc").click()
    dash_duo.wait_for_element(".dash-dropdown-search").send_keys(text)


def test_typing_a_value_finds_its_option_like_dcc(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            dcc.Dropdown(id="dcc", options=OPTIONS),
            my_components.Dropdown(id="ours", options=OPTIONS),
        ]
    )
    dash_duo.start_server(app)

    dcc_search(dash_duo, "nyc")
    until(lambda: dcc_option_texts(dash_duo) == ["New York"], 10)
    dash_duo.find_element(".dash-dropdown-search").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(".dash-dropdown-options")

    open_menu(dash_duo, "ours")
    type_search(dash_duo, "ours", "nyc")
    wait_for_options(dash_duo, ["New York"])
    close_menu(dash_duo, "ours")

    # "ny" is in the label of Nyack and in the value of New York: both dropdowns list both;
    # ours lists the match by label first
    dcc_search(dash_duo, "ny")
    until(lambda: sorted(dcc_option_texts(dash_duo)) == ["New York", "Nyack"], 10)
    dash_duo.find_element(".dash-dropdown-search").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(".dash-dropdown-options")

    open_menu(dash_duo, "ours")
    type_search(dash_duo, "ours", "ny")
    wait_for_options(dash_duo, ["Nyack", "New York"])
    assert option_texts(dash_duo) == ["Nyack", "New York"]
    assert dash_duo.get_logs() == []
