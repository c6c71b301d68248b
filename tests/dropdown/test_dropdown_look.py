"""The look: beside a dcc.Dropdown 4.4.1 on one Dash 4 page, ours has the same computed styles
(control, placeholder, focus ring, disabled state, menu and rows), in dcc's light theme and in a
dark theme set through Dash 4's --Dash-* variables.

Equal unless stated: the control's and the rows' heights within 1px (our rows have a fixed
height, dcc's are measured from their text)."""

import pytest
from dash import Dash, dcc, html
from dropdown_helpers import MENU, open_menu
from selenium.webdriver.common.keys import Keys

import my_components

OPTIONS = [f"Option {i}" for i in range(8)]

# A dark theme as an app would set it. dcc's own :root rules load after the page's, hence
# !important.
DARK = {
    "--Dash-Fill-Inverse-Strong": "rgb(30, 30, 30)",
    "--Dash-Stroke-Strong": "rgb(136, 136, 136)",
    "--Dash-Stroke-Weak": "rgba(255, 255, 255, 0.1)",
    "--Dash-Fill-Interactive-Strong": "rgb(180, 142, 240)",
    "--Dash-Fill-Interactive-Weak": "rgba(255, 255, 255, 0.08)",
    "--Dash-Text-Strong": "rgb(238, 238, 238)",
    "--Dash-Text-Weak": "rgb(204, 204, 204)",
    "--Dash-Text-Disabled": "rgb(170, 170, 170)",
    "--Dash-Fill-Primary-Hover": "rgba(255, 255, 255, 0.06)",
    "--Dash-Fill-Primary-Active": "rgba(255, 255, 255, 0.12)",
    "--Dash-Fill-Disabled": "rgba(255, 255, 255, 0.15)",
}

STYLE_OF = """
const el = document.querySelector(arguments[0]);
const style = getComputedStyle(el);
const out = {height: el.getBoundingClientRect().height};
for (const name of arguments[1]) out[name] = style.getPropertyValue(name);
return out;
"""

CONTROL = [
    "background-color",
    "border-top-color",
    "border-top-width",
    "border-top-style",
    "border-top-left-radius",
    "font-family",
    "font-size",
    "color",
]
FOCUS = ["border-top-color", "outline-color", "outline-style", "outline-width"]
DISABLED = ["opacity", "background-color", "border-top-color"]
MENU_BOX = ["background-color", "border-top-left-radius", "font-family", "font-size"]
ROW = ["color", "padding-left", "padding-top", "padding-bottom", "font-size"]


def make_app(theme=None):
    app = Dash(__name__)
    if theme:
        rules = "".join(f"{name}: {value} !important;" for name, value in theme.items())
        page = f"<style>:root {{{rules}}} body {{background: #111; color: #eee;}}</style>"
        app.index_string = app.index_string.replace("{%css%}", "{%css%}" + page)

    def pair(name, **props):
        return html.Div(
            [
                html.Div(my_components.Dropdown(id=f"ours-{name}", **props), style={"width": 300}),
                html.Div(dcc.Dropdown(id=f"dcc-{name}", **props), style={"width": 300}),
            ],
            style={"display": "flex", "gap": "20px", "margin": "10px"},
        )

    app.layout = html.Div(
        [
            pair("empty", options=OPTIONS, placeholder="Select..."),
            pair("picked", options=OPTIONS, value="Option 2"),
            pair("disabled", options=OPTIONS, value="Option 2", disabled=True),
        ]
    )
    return app


def style_of(dash_duo, selector, names):
    return dash_duo.driver.execute_script(STYLE_OF, selector, names)


def assert_same(ours, theirs, what, height_tolerance=None):
    heights = (ours.pop("height"), theirs.pop("height"))
    assert ours == theirs, f"{what}: ours {ours} vs dcc {theirs}"
    if height_tolerance is not None:
        assert abs(heights[0] - heights[1]) <= height_tolerance, f"{what} height: {heights}"


def closed_looks(dash_duo):
    """The closed controls' styles, ours and dcc's, after both have rendered."""
    dash_duo.wait_for_text_to_equal("#ours-picked .my-dropdown__single-value", "Option 2")
    dash_duo.wait_for_text_to_equal("#dcc-picked .dash-dropdown-value", "Option 2")
    looks = {
        "control": (
            style_of(dash_duo, "#ours-picked .my-dropdown__control", CONTROL),
            style_of(dash_duo, "#dcc-picked", CONTROL),
        ),
        "value text": (
            style_of(dash_duo, "#ours-picked .my-dropdown__single-value", ["color", "font-size"]),
            style_of(dash_duo, "#dcc-picked .dash-dropdown-value", ["color", "font-size"]),
        ),
        "placeholder": (
            style_of(dash_duo, "#ours-empty .my-dropdown__placeholder", ["color"]),
            style_of(dash_duo, "#dcc-empty .dash-dropdown-placeholder", ["color"]),
        ),
        "disabled control": (
            style_of(dash_duo, "#ours-disabled .my-dropdown__control", DISABLED),
            style_of(dash_duo, "#dcc-disabled", DISABLED),
        ),
        # a disabled dcc.Dropdown is a disabled button; ours shows the cursor on its element
        "disabled cursor": (
            style_of(dash_duo, "#ours-disabled", ["cursor"]),
            style_of(dash_duo, "#dcc-disabled", ["cursor"]),
        ),
    }
    # each read while it has the focus
    dash_duo.driver.execute_script("document.querySelector('#ours-empty input').focus()")
    ours_focused = style_of(dash_duo, "#ours-empty .my-dropdown__control--is-focused", FOCUS)
    dash_duo.driver.execute_script("document.querySelector('#dcc-empty').focus()")
    looks["focus ring"] = (ours_focused, style_of(dash_duo, "#dcc-empty:focus", FOCUS))
    return looks


def open_looks(dash_duo):
    """The open menus' styles: ours, then dcc's, each opened on its picked option."""
    open_menu(dash_duo, "ours-picked")
    ours = {
        "menu": style_of(dash_duo, MENU, [*MENU_BOX, "box-shadow"]),
        "row": style_of(dash_duo, f"{MENU} .my-dropdown__option:not([aria-selected=true])", ROW),
        "focused row": style_of(dash_duo, f"{MENU} .my-dropdown__option--is-focused", ROW),
    }
    dash_duo.find_element("#ours-picked input").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)

    dash_duo.find_element("#dcc-picked").click()
    content = ".dash-dropdown-content"
    dash_duo.wait_for_element(f"{content} .dash-dropdown-option:focus-within")
    theirs = {
        "menu": style_of(dash_duo, content, [*MENU_BOX, "border-top-color"]),
        "row": style_of(dash_duo, f"{content} .dash-dropdown-option[aria-selected=false]", ROW),
        "focused row": style_of(dash_duo, f"{content} .dash-dropdown-option:focus-within", ROW),
    }
    return ours, theirs


def check_same_look(dash_duo):
    closed = closed_looks(dash_duo)
    for what, (ours, theirs) in closed.items():
        assert_same(ours, theirs, what, height_tolerance=1 if what == "control" else None)

    ours, theirs = open_looks(dash_duo)
    # dcc's menu border is ours as a 1px ring (box-shadow), which keeps our menu as tall as its list
    ring = ours["menu"].pop("box-shadow")
    border = theirs["menu"].pop("border-top-color")
    assert ring.startswith(f"{border} 0px 0px 0px 1px"), f"menu ring {ring!r} vs border {border}"
    assert_same(ours["menu"], theirs["menu"], "menu")
    assert_same(ours["row"], theirs["row"], "row", height_tolerance=1)
    assert_same(ours["focused row"], theirs["focused row"], "focused row", height_tolerance=1)
    return closed, ours, theirs


def test_looks_like_dcc_dropdown(dash_duo):
    dash_duo.start_server(make_app())
    closed, ours, theirs = check_same_look(dash_duo)
    # the light theme is dcc 4's: a white box, a purple focus ring
    assert closed["control"][0]["background-color"] == "rgb(255, 255, 255)"
    assert closed["focus ring"][0]["outline-color"] == "rgb(127, 75, 196)"
    assert dash_duo.get_logs() == []


@pytest.mark.parametrize("theme", [DARK], ids=["dark"])
def test_dark_theme_from_dash_variables(dash_duo, theme):
    dash_duo.start_server(make_app(theme))
    closed, ours, theirs = check_same_look(dash_duo)
    # both turned dark, the menu too: the variables' values, not dcc's light fallbacks
    assert closed["control"][0]["background-color"] == theme["--Dash-Fill-Inverse-Strong"]
    assert closed["control"][0]["border-top-color"] == theme["--Dash-Stroke-Strong"]
    assert closed["placeholder"][0]["color"] == theme["--Dash-Text-Disabled"]
    assert closed["focus ring"][0]["outline-color"] == theme["--Dash-Fill-Interactive-Strong"]
    assert ours["menu"]["background-color"] == theme["--Dash-Fill-Inverse-Strong"]
    assert ours["row"]["color"] == theme["--Dash-Text-Strong"]
    assert ours["focused row"]["color"] == theme["--Dash-Fill-Interactive-Strong"]
    assert dash_duo.get_logs() == []
