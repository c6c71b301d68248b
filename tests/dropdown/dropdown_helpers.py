"""What a user does with a my_components.Dropdown in dash.testing, and what they see.

The menu is portalled to <body>, so menu queries look at the whole page (one menu is open at
a time).
"""

from dash.testing.errors import TestingTimeoutError
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

MENU = ".my-dropdown__menu"
OPTION = f"{MENU} [role=option]"


def control(dash_duo, dropdown_id):
    return dash_duo.find_element(f"#{dropdown_id} .my-dropdown__control")


def open_menu(dash_duo, dropdown_id):
    if dash_duo.find_elements(MENU):  # another menu is open and may cover this control
        dash_duo.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        dash_duo.wait_for_no_elements(MENU)
    control(dash_duo, dropdown_id).click()
    return dash_duo.wait_for_element(MENU)


def close_menu(dash_duo, dropdown_id):
    search_box(dash_duo, dropdown_id).send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)


def search_box(dash_duo, dropdown_id):
    return dash_duo.find_element(f"#{dropdown_id} input")


def type_search(dash_duo, dropdown_id, text):
    search_box(dash_duo, dropdown_id).send_keys(text)


def option_texts(dash_duo):
    # read in one go: rows come and go as the menu re-renders
    return dash_duo.driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]), (el) => el.innerText.trim());",
        OPTION,
    )


def wait_for_options(dash_duo, expected, timeout=4):
    """Wait until the open menu shows exactly `expected` option texts, in order."""
    until(
        lambda: option_texts(dash_duo) == expected,
        timeout,
        msg=f"menu options never became {expected}, last seen {option_texts(dash_duo)}",
    )


def click_option(dash_duo, text):
    # a component label fills its row a render after the row appears: wait for the text
    try:
        until(lambda: text in option_texts(dash_duo), 4)
    except TestingTimeoutError:
        raise AssertionError(f"no option {text!r} in {option_texts(dash_duo)}") from None
    index = option_texts(dash_duo).index(text)
    dash_duo.driver.find_elements("css selector", OPTION)[index].click()


def pick(dash_duo, dropdown_id, text):
    """Open the menu, search for `text`, click the option showing it."""
    open_menu(dash_duo, dropdown_id)
    type_search(dash_duo, dropdown_id, text)
    until(lambda: text in option_texts(dash_duo), 4, msg=f"{text!r} never showed")
    click_option(dash_duo, text)


def shown_value(dash_duo, dropdown_id):
    """The text of what the control shows as picked (single value or multi chips)."""
    chips = dash_duo.driver.find_elements(
        "css selector", f"#{dropdown_id} .my-dropdown__multi-value__label"
    )
    if chips:
        return [chip.text for chip in chips]
    single = dash_duo.driver.find_elements(
        "css selector", f"#{dropdown_id} .my-dropdown__single-value"
    )
    return single[0].text if single else None


def severe_logs(dash_duo):
    return [entry for entry in dash_duo.get_logs() if entry["level"] == "SEVERE"]


# Options with groups, as test_dropdown_groups.py and the debug-mode test use them.
GROUPED_OPTIONS = [
    {"label": "Anywhere", "value": "ANY"},
    {
        "label": "Canada",
        "options": [{"label": "Montréal", "value": "MTL"}, {"label": "Toronto", "value": "YYZ"}],
    },
    {"label": "Japan", "options": [{"label": "Tokyo", "value": "TYO"}, "Osaka"]},
]
