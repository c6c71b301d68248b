"""100,000 options: the page works and the menu keeps only the rows in view in the DOM.
(Speed is measured in benchmarks/, not here.)"""

from dash import Dash, Input, Output, html
from dropdown_helpers import OPTION, open_menu, option_texts, search_box, wait_for_options
from selenium.webdriver.common.keys import Keys

import my_components

CITIES = ["São Paulo", "Montréal", "Zürich", "Kraków", "Málaga", "Québec", "Łódź", "Tromsø"]
COUNT = 100_000


def make_app():
    options = [{"label": f"{CITIES[i % len(CITIES)]} {i}", "value": i} for i in range(COUNT)]
    app = Dash(__name__)
    app.layout = html.Div([my_components.Dropdown(id="big", options=options), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("big", "value"))
    def show(value):
        return f"{value!r} {type(value).__name__}"

    return app


def test_hundred_thousand_options(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#out", "None NoneType")
    open_menu(dash_duo, "big")
    first = option_texts(dash_duo)
    assert first[:2] == ["São Paulo 0", "Montréal 1"]
    assert len(first) < 40, f"{len(first)} rows in the DOM"
    # the scroll height still covers every option
    height = dash_duo.driver.execute_script(
        "return document.querySelector('.my-dropdown__menu [role=listbox]').scrollHeight"
    )
    assert height == COUNT * 35

    box = search_box(dash_duo, "big")
    box.send_keys(Keys.END)
    dash_duo.wait_for_contains_text(".my-dropdown__menu", f"Tromsø {COUNT - 1}")
    assert len(dash_duo.find_elements(OPTION)) < 40

    box.send_keys("sao paulo 9999")
    # São Paulo is every 8th option: 99992 is the only one after 9999
    wait_for_options(dash_duo, ["São Paulo 99992"])
    box.send_keys(Keys.BACKSPACE * 14, "lodz 99990")
    wait_for_options(dash_duo, ["Łódź 99990"])
    box.send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#out", "99990 int")
    # reopened, the menu shows the picked option, far down the list, focused
    open_menu(dash_duo, "big")
    focused = dash_duo.find_element(f"#{box.get_attribute('aria-activedescendant')}")
    assert focused.text == "Łódź 99990"
    assert focused.get_attribute("aria-selected") == "true"
    assert len(option_texts(dash_duo)) < 40
    assert dash_duo.get_logs() == []
