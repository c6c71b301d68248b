"""Option groups: headings with their options beneath; search looks inside; empty groups hide."""

from dash import Dash, Input, Output, html
from dropdown_helpers import (
    MENU,
    click_option,
    open_menu,
    search_box,
    type_search,
    wait_for_options,
)
from selenium.webdriver.common.keys import Keys

import my_components

OPTIONS = [
    {"label": "Anywhere", "value": "ANY"},
    {
        "label": "Canada",
        "options": [{"label": "Montréal", "value": "MTL"}, {"label": "Toronto", "value": "YYZ"}],
    },
    {"label": "Japan", "options": [{"label": "Tokyo", "value": "TYO"}, "Osaka"]},
]


def rows(dash_duo):
    """Headings and options as the user sees them, top to bottom."""
    return [
        el.text
        for el in dash_duo.find_elements(
            f"{MENU} .my-dropdown__group-heading, {MENU} [role=option]"
        )
    ]


def test_groups(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="cities", options=OPTIONS, multi=True),
            html.Div(id="out"),
        ]
    )
    app.callback(Output("out", "children"), Input("cities", "value"))(repr)
    dash_duo.start_server(app)

    open_menu(dash_duo, "cities")
    assert rows(dash_duo) == [
        "Anywhere",
        "CANADA",
        "Montréal",
        "Toronto",
        "JAPAN",
        "Tokyo",
        "Osaka",
    ]
    # headings are not options
    assert len(dash_duo.find_elements(f"{MENU} [role=option]")) == 5

    type_search(dash_duo, "cities", "o")
    # groups keep their order; inside a group, relevance (Osaka starts with "o")
    wait_for_options(dash_duo, ["Montréal", "Toronto", "Osaka", "Tokyo"])
    search_box(dash_duo, "cities").send_keys("saka")
    wait_for_options(dash_duo, ["Osaka"])
    assert rows(dash_duo) == ["JAPAN", "Osaka"]  # Canada has no match: hidden
    # the keyboard skips headings
    search_box(dash_duo, "cities").send_keys(Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#out", "['Osaka']")

    open_menu(dash_duo, "cities")
    type_search(dash_duo, "cities", "real")
    wait_for_options(dash_duo, ["Montréal"])
    click_option(dash_duo, "Montréal")
    dash_duo.wait_for_text_to_equal("#out", "['Osaka', 'MTL']")

    # select all inside a search that spans groups
    open_menu(dash_duo, "cities")
    type_search(dash_duo, "cities", "to")
    wait_for_options(dash_duo, ["Toronto", "Tokyo"])
    dash_duo.find_element(".my-dropdown__select-all").click()
    dash_duo.wait_for_text_to_equal("#out", "['Osaka', 'MTL', 'YYZ', 'TYO']")
    assert dash_duo.get_logs() == []
