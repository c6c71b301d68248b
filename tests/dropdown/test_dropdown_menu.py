"""The menu: maxHeight, optionHeight, never clipped (portal), ARIA, keyboard."""

from dash import Dash, Input, Output, html
from dash.testing.wait import until
from dropdown_helpers import MENU, OPTION, control, open_menu, option_texts, search_box
from selenium.webdriver.common.keys import Keys

import my_components

NINE = [f"Option {i}" for i in range(1, 10)]
TWENTY = [f"Item {i}" for i in range(1, 21)]

# the element that scrolls: the listbox itself (react-window's outer box)
SCROLLER = f"{MENU} [role=listbox]"


def make_app():
    app = Dash(__name__)
    app.layout = html.Div(
        [
            my_components.Dropdown(id="tall", options=NINE, maxHeight=800),
            my_components.Dropdown(id="short", options=TWENTY),
            my_components.Dropdown(id="roomy", options=NINE, optionHeight=50),
            my_components.Dropdown(id="auto-rows", options=NINE, optionHeight="auto"),
            html.Div(
                my_components.Dropdown(
                    id="clipped",
                    options=TWENTY,
                    value="Item 2",
                    style={"width": "300px"},
                ),
                id="box",
                style={"overflow": "hidden", "height": "50px", "position": "relative"},
            ),
            html.Div(id="clipped-out"),
            # a modal-like overlay: fixed, high z-index, like Bootstrap's (1055)
            html.Div(
                my_components.Dropdown(id="in-modal", options=TWENTY),
                style={
                    "position": "fixed",
                    "top": "600px",
                    "left": "0",
                    "width": "400px",
                    "height": "60px",
                    "overflow": "hidden",
                    "zIndex": 1055,
                    "background": "white",
                },
            ),
            html.Div(
                "a table-like block painted after the dropdowns",
                id="cover",
                style={"position": "relative", "zIndex": 100, "height": "400px"},
            ),
        ]
    )

    @app.callback(Output("clipped-out", "children"), Input("clipped", "value"))
    def show(value):
        return f"value={value}"

    return app


def scroll_box(dash_duo):
    return dash_duo.driver.execute_script(
        "const el = document.querySelector(arguments[0]);"
        "return {client: el.clientHeight, scroll: el.scrollHeight};",
        SCROLLER,
    )


def test_max_height_and_option_height(dash_duo):
    dash_duo.start_server(make_app())
    open_menu(dash_duo, "tall")
    assert option_texts(dash_duo) == NINE
    box = scroll_box(dash_duo)
    assert box["scroll"] <= box["client"], f"nine options in 800px scroll: {box}"
    assert box["client"] == 9 * 35

    search_box(dash_duo, "tall").send_keys(Keys.ESCAPE)
    open_menu(dash_duo, "short")
    box = scroll_box(dash_duo)
    assert box["client"] == 200
    assert box["scroll"] == 20 * 35
    # only the rows in view (plus a few) are in the DOM
    assert 5 <= len(option_texts(dash_duo)) < 20

    search_box(dash_duo, "short").send_keys(Keys.ESCAPE)
    open_menu(dash_duo, "roomy")
    heights = {el.size["height"] for el in dash_duo.find_elements(OPTION)}
    assert heights == {50}

    search_box(dash_duo, "roomy").send_keys(Keys.ESCAPE)
    open_menu(dash_duo, "auto-rows")  # dcc 4's default: one-line rows of the default height
    heights = {el.size["height"] for el in dash_duo.find_elements(OPTION)}
    assert heights == {35}
    assert dash_duo.get_logs() == []


def element_at_center(dash_duo, element):
    return dash_duo.driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
        "return arguments[0].contains(hit);",
        element,
    )


def in_view(dash_duo):
    """The options inside the list's visible area (the DOM also holds a few beyond it)."""
    bottom = dash_duo.driver.execute_script(
        "return document.querySelector(arguments[0]).getBoundingClientRect().bottom;", SCROLLER
    )
    return [
        el for el in dash_duo.find_elements(OPTION) if el.rect["y"] + el.rect["height"] <= bottom
    ]


def test_menu_is_never_clipped(dash_duo):
    dash_duo.start_server(make_app())
    dash_duo.wait_for_text_to_equal("#clipped-out", "value=Item 2")
    open_menu(dash_duo, "clipped")
    box_bottom = dash_duo.find_element("#box").rect
    box_bottom = box_bottom["y"] + box_bottom["height"]
    below = [el for el in in_view(dash_duo) if el.rect["y"] > box_bottom]
    assert len(below) >= 4, "the menu should reach below its 50px overflow:hidden box"
    # visible and on top of the block painted after it, so a real click reaches it
    for element in below:
        assert element_at_center(dash_duo, element), element.text
    target = below[2]
    text = target.text
    target.click()
    dash_duo.wait_for_text_to_equal("#clipped-out", f"value={text}")

    open_menu(dash_duo, "in-modal")
    options = in_view(dash_duo)
    assert len(options) >= 5
    assert all(element_at_center(dash_duo, el) for el in options)
    assert dash_duo.get_logs() == []


def test_aria_and_keyboard(dash_duo):
    dash_duo.start_server(make_app())
    box = search_box(dash_duo, "clipped")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.send_keys(Keys.ARROW_DOWN)  # opens the menu
    dash_duo.wait_for_element(MENU)
    assert box.get_attribute("aria-expanded") == "true"
    listbox_id = box.get_attribute("aria-controls")
    listbox = dash_duo.find_element(f"#{listbox_id}")
    assert listbox.get_attribute("role") == "listbox"
    options = listbox.find_elements("css selector", "[role=option]")
    assert [o.get_attribute("aria-selected") for o in options[:3]] == ["false", "true", "false"]

    def active_text():
        active = box.get_attribute("aria-activedescendant")
        return dash_duo.find_element(f"#{active}").text if active else None

    # focus starts on the picked option
    assert active_text() == "Item 2"
    box.send_keys(Keys.ARROW_DOWN)
    assert active_text() == "Item 3"
    box.send_keys(Keys.ARROW_UP, Keys.ARROW_UP)
    assert active_text() == "Item 1"
    box.send_keys(Keys.END)
    # the list scrolled to the last option, which is now in the DOM
    assert active_text() == "Item 20"
    box.send_keys(Keys.HOME, Keys.PAGE_DOWN)
    assert active_text() == "Item 11"  # ten rows, as dcc 4
    box.send_keys(Keys.PAGE_UP)
    assert active_text() == "Item 1"
    box.send_keys(Keys.END, Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#clipped-out", "value=Item 20")
    dash_duo.wait_for_no_elements(MENU)

    # type to filter, arrows move inside the results, Enter picks
    box.send_keys("1")
    dash_duo.wait_for_element(MENU)
    box.send_keys(Keys.ARROW_DOWN, Keys.ENTER)
    dash_duo.wait_for_text_to_equal("#clipped-out", "value=Item 10")
    box.send_keys(Keys.ARROW_DOWN)
    dash_duo.wait_for_element(MENU)
    box.send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)
    assert dash_duo.get_logs() == []


RECT = "const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom};"


def test_menu_opens_above_when_it_fits_only_there(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div(style={"height": "2000px"}),
            my_components.Dropdown(id="low", options=TWENTY, style={"width": "300px"}),
            html.Div(style={"height": "2000px"}),
        ]
    )
    dash_duo.start_server(app)
    box = control(dash_duo, "low")
    # the control sits 30px above the window's bottom edge: no room below for 200px of menu
    dash_duo.driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "window.scrollBy(0, r.bottom - window.innerHeight + 30);",
        box,
    )
    open_menu(dash_duo, "low")
    menu = dash_duo.find_element(MENU)
    control_box = dash_duo.driver.execute_script(RECT, box)
    menu_box = dash_duo.driver.execute_script(RECT, menu)
    assert menu_box["bottom"] <= control_box["top"], (menu_box, control_box)
    assert menu_box["bottom"] - menu_box["top"] == 200
    assert dash_duo.get_logs() == []


def test_menu_follows_its_control_in_a_scrolled_box(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            html.Div(style={"height": "100px"}),
            my_components.Dropdown(id="inner", options=TWENTY, style={"width": "300px"}),
            html.Div(style={"height": "1000px"}),
        ],
        id="scroller",
        style={"height": "400px", "overflow": "auto"},
    )
    dash_duo.start_server(app)
    box = control(dash_duo, "inner")
    open_menu(dash_duo, "inner")
    menu = dash_duo.find_element(MENU)

    def gap():
        # from the control's bottom edge to the menu's top: the 8px gutter when in place
        return (
            dash_duo.driver.execute_script(RECT, menu)["top"]
            - dash_duo.driver.execute_script(RECT, box)["bottom"]
        )

    assert abs(gap() - 8) < 1
    # the box scrolls, not the page: the menu, portalled to <body>, must move with the control
    dash_duo.driver.execute_script("document.getElementById('scroller').scrollTop = 60;")
    until(lambda: abs(gap() - 8) < 1, 3, msg=f"the menu stayed behind: gap {gap()}")
    assert dash_duo.get_logs() == []


def test_menu_height_is_capped_to_the_window(dash_duo):
    app = Dash(__name__)
    rows = [f"Row {i}" for i in range(200)]
    app.layout = html.Div([my_components.Dropdown(id="long", options=rows, maxHeight=5000)])
    dash_duo.start_server(app)
    open_menu(dash_duo, "long")
    window_height = dash_duo.driver.execute_script("return window.innerHeight;")
    box = scroll_box(dash_duo)
    # as dcc 4: the window's height less 100px, and the list scrolls inside
    assert box["client"] == window_height - 100
    assert box["scroll"] == 200 * 35
    menu_box = dash_duo.driver.execute_script(RECT, dash_duo.find_element(MENU))
    assert menu_box["bottom"] <= window_height
    assert dash_duo.get_logs() == []


PLACE = (
    "const r = arguments[0].getBoundingClientRect();"
    "return {top: r.top, bottom: r.bottom, left: r.left, width: r.width};"
)


def test_menu_follows_its_control_on_window_scroll_and_resize(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div(
        [
            # a fixed header: the page scrolls under it, its control stays in the window
            html.Div(
                my_components.Dropdown(id="fixed", options=TWENTY),
                style={"position": "fixed", "top": "10px", "left": "0", "width": "300px"},
            ),
            html.Div(
                my_components.Dropdown(id="centred", options=TWENTY),
                style={"width": "300px", "margin": "120px auto 0"},
            ),
            html.Div(style={"height": "3000px"}),
        ]
    )
    dash_duo.start_server(app)

    def offset(dropdown_id):
        control_box = dash_duo.driver.execute_script(PLACE, control(dash_duo, dropdown_id))
        menu_box = dash_duo.driver.execute_script(PLACE, dash_duo.find_element(MENU))
        return (
            round(menu_box["top"] - control_box["bottom"]),
            round(menu_box["left"] - control_box["left"]),
        )

    open_menu(dash_duo, "fixed")
    assert offset("fixed") == (8, 0)
    dash_duo.driver.execute_script("window.scrollBy(0, 150);")
    until(lambda: offset("fixed") == (8, 0), 3, msg=f"stayed behind: {offset('fixed')}")

    dash_duo.driver.execute_script("window.scrollTo(0, 0);")
    open_menu(dash_duo, "centred")
    assert offset("centred") == (8, 0)
    dash_duo.driver.set_window_size(900, 1024)
    until(lambda: offset("centred") == (8, 0), 3, msg=f"stayed behind: {offset('centred')}")
    assert dash_duo.get_logs() == []
