"""multi: picking several, select all / deselect all on the filtered options, closeOnSelect,
clearable."""

from dash import Dash, Input, Output, html
from dropdown_helpers import (
    MENU,
    click_option,
    open_menu,
    option_texts,
    search_box,
    shown_value,
    type_search,
    wait_for_options,
)
from selenium.webdriver.common.keys import Keys

import my_components

FRUITS = [
    {"label": "Banana", "value": "banana"},
    {"label": "Mango", "value": "mango"},
    {"label": "Orange", "value": "orange"},
    {"label": "Ananas", "value": "ananas", "disabled": True},
    {"label": "Apple", "value": "apple"},
]


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="fruits", options=FRUITS, multi=True, value=["apple"]),
            html.Div(id="fruits-out"),
            my_components.Dropdown(id="stay-open", options=FRUITS, multi=True, closeOnSelect=False),
            html.Div(id="stay-open-out"),
            my_components.Dropdown(id="closing", options=FRUITS, multi=True, closeOnSelect=True),
            html.Div(id="closing-out"),
            my_components.Dropdown(id="locked", options=FRUITS, value="mango", clearable=False),
            html.Div(id="locked-out"),
            my_components.Dropdown(
                id="locked-multi", options=FRUITS, value=["mango"], multi=True, clearable=False
            ),
            html.Div(id="locked-multi-out"),
            my_components.Dropdown(id="free", options=FRUITS, value="mango"),
            html.Div(id="free-out"),
            my_components.Dropdown(id="many", options=list(range(60)), multi=True),
            html.Div(id="many-out"),
        ]
    )
    for name in ["fruits", "stay-open", "closing", "locked", "locked-multi", "free"]:
        app.callback(Output(f"{name}-out", "children"), Input(name, "value"))(repr)

    @app.callback(Output("many-out", "children"), Input("many", "value"))
    def count(value):
        return f"{len(value or [])} picked, last {value[-1] if value else None}"

    return app


def test_select_all_acts_on_filtered_options(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#fruits-out", "['apple']")
    open_menu(dash_duo, "fruits")
    type_search(dash_duo, "fruits", "an")
    # relevance: the prefix match first
    wait_for_options(dash_duo, ["Ananas", "Banana", "Mango", "Orange"])
    dash_duo.find_element(".my-dropdown__select-all").click()
    # the disabled Ananas is left out; Apple (not shown) stays
    dash_duo.wait_for_text_to_equal("#fruits-out", "['apple', 'banana', 'mango', 'orange']")
    assert shown_value(dash_duo, "fruits") == ["Apple", "Banana", "Mango", "Orange"]
    # the menu and the search stay for more work
    assert search_box(dash_duo, "fruits").get_attribute("value") == "an"
    selected = [
        el.text for el in dash_duo.find_elements(f"{MENU} [role=option][aria-selected=true]")
    ]
    assert selected == ["Banana", "Mango", "Orange"]

    search_box(dash_duo, "fruits").send_keys(Keys.BACKSPACE, Keys.BACKSPACE, "ang")
    wait_for_options(dash_duo, ["Mango", "Orange"])
    dash_duo.find_element(".my-dropdown__deselect-all").click()
    dash_duo.wait_for_text_to_equal("#fruits-out", "['apple', 'banana']")
    assert dash_duo.get_logs() == []


def test_multi_picks_and_close_on_select(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "fruits")
    click_option(dash_duo, "Mango")
    dash_duo.wait_for_text_to_equal("#fruits-out", "['apple', 'mango']")
    # closeOnSelect unset: a multi menu stays open for more picks (dcc 4)
    assert dash_duo.find_elements(MENU)

    open_menu(dash_duo, "closing")
    click_option(dash_duo, "Mango")
    dash_duo.wait_for_text_to_equal("#closing-out", "['mango']")
    dash_duo.wait_for_no_elements(MENU)

    open_menu(dash_duo, "stay-open")
    click_option(dash_duo, "Orange")
    dash_duo.wait_for_text_to_equal("#stay-open-out", "['orange']")
    click_option(dash_duo, "Banana")
    dash_duo.wait_for_text_to_equal("#stay-open-out", "['orange', 'banana']")
    # clicking a picked option again takes it out
    click_option(dash_duo, "Orange")
    dash_duo.wait_for_text_to_equal("#stay-open-out", "['banana']")
    assert option_texts(dash_duo)[:3] == ["Banana", "Mango", "Orange"]

    # a chip's remove control
    dash_duo.find_element("#fruits .my-dropdown__multi-value__remove").click()
    dash_duo.wait_for_text_to_equal("#fruits-out", "['mango']")
    assert dash_duo.get_logs() == []


def test_clearable_false_cannot_be_cleared(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#locked-out", "'mango'")
    assert dash_duo.find_elements("#locked .my-dropdown__clear-indicator") == []
    assert dash_duo.find_elements("#locked-multi .my-dropdown__clear-indicator") == []
    for name in ["locked", "locked-multi"]:
        box = search_box(dash_duo, name)
        box.click()
        box.send_keys(Keys.ESCAPE, Keys.BACKSPACE, Keys.DELETE, Keys.BACKSPACE)
    # the same keys clear a clearable dropdown; once that reached its callback, any change
    # to the locked ones would have too
    box = search_box(dash_duo, "free")
    box.click()
    box.send_keys(Keys.ESCAPE, Keys.BACKSPACE)
    dash_duo.wait_for_text_to_equal("#free-out", "None")
    assert dash_duo.find_element("#locked-out").text == "'mango'"
    assert dash_duo.find_element("#locked-multi-out").text == "['mango']"
    assert shown_value(dash_duo, "locked") == "Mango"
    assert shown_value(dash_duo, "locked-multi") == ["Mango"]
    assert dash_duo.get_logs() == []


def test_many_picked_values_show_as_fifty_chips_and_a_count(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "many")
    dash_duo.find_element(".my-dropdown__select-all").click()
    dash_duo.wait_for_text_to_equal("#many-out", "60 picked, last 59")
    chips = shown_value(dash_duo, "many")
    assert chips == [str(i) for i in range(50)] + ["+10 more"]
    # the count chip has no remove control; the others do
    assert len(dash_duo.find_elements("#many .my-dropdown__multi-value__remove")) == 50
    # Backspace takes out the last picked value, hidden behind the count
    box = search_box(dash_duo, "many")
    box.send_keys(Keys.ESCAPE, Keys.BACKSPACE)
    dash_duo.wait_for_text_to_equal("#many-out", "59 picked, last 58")
    assert shown_value(dash_duo, "many")[-1] == "+9 more"
    assert dash_duo.get_logs() == []
