"""optionHeight 'auto' (the default, as dcc 4): rows as tall as their text, long labels wrap,
the menu as wide as its longest label up to the window's edge; bad optionHeight values."""

from dash import Dash, html
from dash.testing.wait import until
from dropdown_helpers import MENU, OPTION, control, open_menu, severe_logs

import my_components

LONG = "A rather long label that goes on and on " * 12
MEDIUM = "A label longer than the control is wide"

BOX = (
    "const r = arguments[0].getBoundingClientRect();"
    "return {left: r.left, width: r.width, height: r.height};"
)


def box(dash_duo, element):
    return dash_duo.driver.execute_script(BOX, element)


def row_heights(dash_duo):
    return {el.text: round(box(dash_duo, el)["height"]) for el in dash_duo.find_elements(OPTION)}


def make_app(bad=False):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(
                id="medium", options=["Alpha", MEDIUM], style={"width": "150px"}
            ),
            my_components.Dropdown(id="long", options=["Alpha", LONG], style={"width": "150px"}),
            my_components.Dropdown(
                id="huge", options=[{"label": "word " * 2000, "value": "huge"}, "Alpha"]
            ),
        ]
    )
    if bad:
        app.layout.children.append(
            my_components.Dropdown(id="negative", options=["Alpha", LONG], optionHeight=-5)
        )
    return app


def test_menu_as_wide_as_its_longest_label(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "medium")
    menu = box(dash_duo, dash_duo.find_element(MENU))
    control_box = box(dash_duo, control(dash_duo, "medium"))
    # wider than the control, and the longer label on one line: every row one line high
    assert menu["width"] > control_box["width"] + 50
    assert menu["left"] == control_box["left"]
    until(
        lambda: set(row_heights(dash_duo).values()) == {35},
        3,
        msg="the rows were not all one line high",
    )
    assert dash_duo.get_logs() == []


def test_long_labels_wrap_in_rows_as_tall_as_their_text(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "long")
    window_width = dash_duo.driver.execute_script("return document.documentElement.clientWidth;")
    menu = box(dash_duo, dash_duo.find_element(MENU))
    # as wide as the window lets it (8px from its edge), and the long label wraps
    assert round(menu["left"] + menu["width"]) == window_width - 8
    until(
        lambda: row_heights(dash_duo).get(LONG.strip(), 0) > 35,
        3,
        msg="the long label never wrapped",
    )
    heights = row_heights(dash_duo)
    assert heights["Alpha"] == 35
    # the list holds the rows at their measured heights
    total = dash_duo.driver.execute_script(
        "return document.querySelector(arguments[0]).scrollHeight;", f"{MENU} [role=listbox]"
    )
    assert total == heights["Alpha"] + heights[LONG.strip()]
    assert dash_duo.get_logs() == []


def test_ten_thousand_character_label_wraps(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "huge")
    until(
        lambda: max(row_heights(dash_duo).values(), default=0) > 10 * 35,
        5,
        msg="the 10,000-character label never wrapped",
    )
    # the menu stays usable: the list scrolls to the next row
    control(dash_duo, "huge").find_element("css selector", "input").send_keys("Alpha")
    until(lambda: list(row_heights(dash_duo)) == ["Alpha"], 3)
    assert dash_duo.get_logs() == []


def test_bad_option_height_reports_once_and_acts_as_auto(dash_duo):
    dash_duo.start_server(make_app(bad=True))
    open_menu(dash_duo, "negative")
    until(
        lambda: row_heights(dash_duo).get(LONG.strip(), 0) > 35,
        3,
        msg="the long label never wrapped",
    )
    errors = [entry["message"] for entry in severe_logs(dash_duo)]
    assert len(errors) == 1, errors
    assert "(id negative): optionHeight -5 is neither a positive number nor 'auto'" in errors[0]
