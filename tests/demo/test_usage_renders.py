"""usage.py as a user opens it: every section renders and answers, with no console errors."""

import pytest
from dash.testing.application_runners import import_app
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from demo import data

MENU = ".my-dropdown__menu"
OPTION = f"{MENU} [role=option]"


@pytest.fixture
def demo(dash_duo):
    dash_duo.start_server(import_app("usage"))
    dash_duo.wait_for_text_to_equal("h1", "my_components")
    yield dash_duo
    assert dash_duo.get_logs() == []


def option_texts(dash_duo):
    return [el.text for el in dash_duo.driver.find_elements("css selector", OPTION)]


def search(dash_duo, dropdown_id, text):
    """Open a dropdown's menu and type text in its search box."""
    dash_duo.find_element(f"#{dropdown_id} .my-dropdown__control").click()
    dash_duo.wait_for_element(MENU)
    if text:
        dash_duo.find_element(f"#{dropdown_id} input").send_keys(text)


def wait_for_options(dash_duo, expected, timeout=10):
    until(
        lambda: option_texts(dash_duo) == expected,
        timeout,
        msg=f"menu never showed {expected}; last {option_texts(dash_duo)}",
    )


def close(dash_duo, dropdown_id):
    dash_duo.find_element(f"#{dropdown_id} input").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)


def test_every_section_is_on_the_page(demo):
    for section_id, title in [
        ("section-dropdown", "Dropdown"),
        ("section-search", "Search by another text"),
        ("section-labels", "Components as labels"),
        ("section-max-height", "maxHeight=800"),
        ("section-many", "100,000 options"),
        ("section-server-search", "Server-side search"),
        ("section-groups", "Option groups"),
        ("section-multi", "Multi with select all"),
        ("section-job", "Background job"),
    ]:
        demo.wait_for_text_to_equal(f"#{section_id} h2", title)
    demo.wait_for_text_to_equal("#city-output", "Nothing picked yet")
    demo.wait_for_text_to_equal("#city", "Pick a city")
    assert demo.find_element("#job-cancel").get_attribute("disabled") is not None


def test_dropdown_sections_answer(demo):
    search(demo, "search-text", "big apple")
    wait_for_options(demo, ["New York City"])
    demo.find_element(OPTION).click()
    demo.wait_for_text_to_equal("#search-text-output", "You picked: NYC")

    search(demo, "colour", "")
    wait_for_options(demo, list(data.COLOURS))
    assert len(demo.find_elements(f"{MENU} .swatch")) == len(data.COLOURS)
    search_box = demo.find_element("#colour input")
    search_box.send_keys("ocean")
    wait_for_options(demo, ["Ocean"])
    search_box.send_keys(Keys.ENTER)
    demo.wait_for_text_to_equal("#colour-output", "You picked: Ocean")
    assert len(demo.find_elements("#colour .swatch")) == 1  # the picked label keeps its swatch

    search(demo, "planet", "")
    wait_for_options(demo, data.PLANETS)
    list_height, visible_height = demo.driver.execute_script(
        "const list = document.querySelector('[role=listbox] > div');"
        "return [list.scrollHeight, list.clientHeight];"
    )
    assert list_height <= visible_height, "nine planets should fit in maxHeight=800"
    close(demo, "planet")

    search(demo, "many", "")
    until(lambda: option_texts(demo), 10)
    assert len(option_texts(demo)) < 60, "the 100,000-option menu should be virtualized"
    demo.find_element("#many input").send_keys("cordoba 004242")
    wait_for_options(demo, ["Córdoba district 71 #004242"])
    close(demo, "many")

    search(demo, "server-search", "zurich 77")
    until(
        lambda: option_texts(demo)[:3] == data.search_labels("zurich 77", 50)[:3],
        10,
        msg=f"server search never answered; last {option_texts(demo)[:3]}",
    )
    close(demo, "server-search")

    search(demo, "grouped", "big apple")
    wait_for_options(demo, ["New York City"])
    assert "UNITED STATES" in demo.find_element(MENU).text.upper()
    assert "CANADA" not in demo.find_element(MENU).text.upper()
    close(demo, "grouped")

    search(demo, "fruits", "ap")
    wait_for_options(demo, ["Apple", "Apricot", "Grape"])
    demo.find_element(".my-dropdown__select-all").click()
    demo.wait_for_text_to_equal("#fruits-output", "You picked: Apple, Apricot, Grape")
