"""The remaining dcc props: searchable, disabled, placeholder, search_value from Python, style,
className; and the component under eager loading."""

from dash import Dash, Input, Output, html
from dropdown_helpers import MENU, click_option, control, open_menu, option_texts, search_box
from selenium.webdriver.common.keys import Keys

import my_components

CITIES = ["Montréal", "Paris", "Tokyo"]


def make_app(**dash_kwargs):
    app = Dash(__name__, **dash_kwargs)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="fixed", options=CITIES, searchable=False),
            html.Div(id="fixed-out"),
            my_components.Dropdown(id="off", options=CITIES, value="Paris", disabled=True),
            my_components.Dropdown(
                id="styled",
                options=CITIES,
                placeholder="Pick a city",
                style={"width": "250px"},
                className="city-picker",
            ),
            my_components.Dropdown(id="preset", options=CITIES, search_value="to"),
        ]
    )
    app.callback(Output("fixed-out", "children"), Input("fixed", "value"))(repr)
    return app


def test_searchable_disabled_placeholder_style(dash_duo):
    dash_duo.start_server(make_app(eager_loading=True))
    # searchable=False: typing does not filter, the keyboard still picks
    open_menu(dash_duo, "fixed")
    dash_duo.driver.switch_to.active_element.send_keys("tok")
    assert option_texts(dash_duo) == CITIES
    dash_duo.driver.switch_to.active_element.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#fixed-out", "'Paris'")

    # disabled: no menu, the value stays
    assert search_box(dash_duo, "off").get_attribute("disabled") == "true"
    dash_duo.find_element("#off").click()
    assert dash_duo.find_elements(MENU) == []
    dash_duo.wait_for_text_to_equal("#off .my-dropdown__single-value", "Paris")

    styled = dash_duo.find_element("#styled")
    assert styled.get_attribute("class") == "my-dropdown city-picker"
    assert styled.size["width"] == 250
    dash_duo.wait_for_text_to_equal("#styled .my-dropdown__placeholder", "Pick a city")

    # search_value given by the app filters the menu
    assert search_box(dash_duo, "preset").get_attribute("value") == "to"
    control(dash_duo, "preset").click()
    dash_duo.wait_for_element(MENU)
    assert option_texts(dash_duo) == ["Tokyo"]
    click_option(dash_duo, "Tokyo")
    dash_duo.wait_for_text_to_equal("#preset .my-dropdown__single-value", "Tokyo")
    assert dash_duo.get_logs() == []
