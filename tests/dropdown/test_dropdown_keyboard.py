"""The keyboard, as dcc 4.4.1's Dropdown: Enter opens, PageUp/PageDown move ten rows, Home/End,
Space and Enter pick, Enter on the picked option clears a clearable single value; and
clearable=False holds with multi whatever key or control is used."""

from dash import Dash, Input, Output, html
from dropdown_helpers import MENU, OPTION, click_option, open_menu, search_box
from selenium.webdriver.common.keys import Keys

import my_components

THIRTY = [f"Item {i}" for i in range(1, 31)]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="single", options=THIRTY),
            html.Div(id="single-out"),
            my_components.Dropdown(id="picked", options=THIRTY, value="Item 3"),
            html.Div(id="picked-out"),
            my_components.Dropdown(
                id="kept", options=["a", "b", "c"], value=["a", "b"], multi=True, clearable=False
            ),
            html.Div(id="kept-out"),
            html.Button("ping", id="ping"),
            html.Div(id="pong"),
        ]
    )
    for name in ["single", "picked", "kept"]:
        app.callback(Output(f"{name}-out", "children"), Input(name, "value"))(
            lambda value: f"value={value!r}"
        )

    @app.callback(Output("pong", "children"), Input("ping", "n_clicks"), prevent_initial_call=True)
    def pong(n_clicks):
        return f"pong {n_clicks}"

    return app


def active_text(dash_duo, box):
    active = box.get_attribute("aria-activedescendant")
    # the list scrolls the focused row into the DOM, maybe a frame later
    return dash_duo.wait_for_element(f"#{active}", timeout=2).text if active else None


def test_enter_opens_and_page_keys_move_ten_rows(dash_duo):
    dash_duo.start_server(make_app())
    box = search_box(dash_duo, "single")
    box.click()
    dash_duo.wait_for_element(MENU)
    box.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)

    box.send_keys(Keys.ENTER)  # a closed dropdown: Enter opens it, picks nothing
    dash_duo.wait_for_element(MENU)
    assert dash_duo.find_element("#single-out").text == "value=None"
    assert active_text(dash_duo, box) == "Item 1"
    box.send_keys(Keys.PAGE_DOWN)
    assert active_text(dash_duo, box) == "Item 11"
    box.send_keys(Keys.PAGE_DOWN)
    assert active_text(dash_duo, box) == "Item 21"
    box.send_keys(Keys.PAGE_DOWN)
    assert active_text(dash_duo, box) == "Item 30"
    box.send_keys(Keys.PAGE_UP)
    assert active_text(dash_duo, box) == "Item 20"
    box.send_keys(Keys.HOME)
    assert active_text(dash_duo, box) == "Item 1"
    box.send_keys(Keys.END)
    assert active_text(dash_duo, box) == "Item 30"
    box.send_keys(Keys.ARROW_DOWN)  # wraps to the first
    assert active_text(dash_duo, box) == "Item 1"
    box.send_keys(Keys.ARROW_DOWN, Keys.SPACE)  # Space picks while nothing is typed
    dash_duo.wait_for_text_to_equal("#single-out", "value='Item 2'")
    dash_duo.wait_for_no_elements(MENU)
    assert dash_duo.get_logs() == []


def test_enter_on_the_picked_option_clears_a_clearable_single_value(dash_duo):
    dash_duo.start_server(make_app())
    box = search_box(dash_duo, "picked")
    box.click()
    dash_duo.wait_for_element(MENU)
    assert active_text(dash_duo, box) == "Item 3"  # the focus opens on the picked option
    box.send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#picked-out", "value=None")

    box.send_keys(Keys.ENTER, Keys.END, Keys.ENTER)  # open, pick the last
    dash_duo.wait_for_text_to_equal("#picked-out", "value='Item 30'")
    box.send_keys("Item 30")  # its text typed: the first result is the picked option
    dash_duo.wait_for_element(MENU)
    box.send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#picked-out", "value=None")
    assert dash_duo.get_logs() == []


def chip_texts(dash_duo):
    return [el.text for el in dash_duo.find_elements("#kept .my-dropdown__multi-value__label")]


def test_clearable_false_keeps_the_last_value_of_a_multi_dropdown(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#kept-out", "value=['a', 'b']")
    # removing values works until one is left
    dash_duo.find_elements("#kept .my-dropdown__multi-value__remove")[1].click()
    dash_duo.wait_for_text_to_equal("#kept-out", "value=['a']")

    dash_duo.find_element("#kept .my-dropdown__multi-value__remove").click()
    box = search_box(dash_duo, "kept")
    box.send_keys(Keys.BACKSPACE, Keys.DELETE)
    open_menu(dash_duo, "kept")
    click_option(dash_duo, "a")
    dash_duo.find_element(f"{MENU} .my-dropdown__deselect-all").click()
    assert len(dash_duo.find_elements(OPTION)) == 3  # still open: nothing was picked
    box.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)
    # a round trip: a change made above would have reached its callback first
    dash_duo.find_element("#ping").click()
    dash_duo.wait_for_text_to_equal("#pong", "pong 1")
    assert dash_duo.find_element("#kept-out").text == "value=['a']"
    assert chip_texts(dash_duo) == ["a"]
    assert dash_duo.get_logs() == []
