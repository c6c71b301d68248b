"""usage.py as a user opens it: every section renders and answers, with no console errors."""

import pytest
from dash.testing.application_runners import import_app
from dash.testing.wait import until
from selenium.webdriver.common.keys import Keys

from demo import data, graph_sections

MENU = ".my-dropdown__menu"
OPTION = f"{MENU} [role=option]"


@pytest.fixture
def demo(dash_duo):
    dash_duo.start_server(import_app("usage"))
    dash_duo.wait_for_text_to_equal("h1", "my_components")
    yield dash_duo
    assert dash_duo.get_logs() == []


# From now on, the changed props of every callback request the page sends (dash-renderer
# posts each to _dash-update-component with fetch).
RECORD_CALLBACK_REQUESTS = """
window.__callbackRequests = [];
const originalFetch = window.fetch;
window.fetch = (url, options) => {
    if (String(url).includes('_dash-update-component') && options && options.body) {
        window.__callbackRequests.push(JSON.parse(options.body).changedPropIds);
    }
    return originalFetch(url, options);
};
"""


def changed_props_requested(dash_duo):
    return dash_duo.driver.execute_script("return window.__callbackRequests")


def two_frames(dash_duo):
    dash_duo.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()));"
    )


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


@pytest.mark.smoke  # the demo also runs on the oldest supported Dash (React 16.14)
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
        ("section-words", "Own words, picks sent on close"),
        ("section-graph-preset", "Graph: a preset selection"),
        ("section-graph-summary", "Graph: selections in callbacks"),
        ("section-graph-crossfilter", "Graph: crossfilter"),
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
        "const list = document.querySelector('[role=listbox]');"
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
    # ranked as the Dropdown ranks: both words at word starts first
    until(
        lambda: (
            [text.split(" #")[0] for text in option_texts(demo)[:3]] == ["Zürich district 77"] * 3
        ),
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
    close(demo, "fruits")

    search(demo, "fruits-fr", "ap")
    wait_for_options(demo, ["Apple", "Apricot", "Grape"])
    demo.driver.execute_script(RECORD_CALLBACK_REQUESTS)
    assert demo.find_element(".my-dropdown__select-all").text == "Tout choisir"
    demo.find_element(".my-dropdown__select-all").click()
    # debounce: the picks show in the control, and two frames later no callback was asked for
    until(lambda: len(demo.find_elements("#fruits-fr .my-dropdown__multi-value__label")) == 3, 4)
    two_frames(demo)
    assert changed_props_requested(demo) == []
    assert demo.find_element("#fruits-fr-output").text == "Nothing picked yet"
    close(demo, "fruits-fr")  # the picks reach the server now, in one callback
    demo.wait_for_text_to_equal("#fruits-fr-output", "You picked: Apple, Apricot, Grape")
    assert changed_props_requested(demo) == [["fruits-fr.value"]]


def points_in_box(box):
    x0, x1 = sorted((box["x0"], box["x1"]))
    y0, y1 = sorted((box["y0"], box["y1"]))
    return [
        i for i, p in enumerate(data.sample_points()) if x0 <= p["x"] <= x1 and y0 <= p["y"] <= y1
    ]


def test_graph_sections_answer(demo):
    preset = {"x0": 3.0, "y0": 6.5, "x1": 3.5, "y1": 5.5}
    demo.wait_for_text_to_equal(
        "#preset-graph-output", f"{len(points_in_box(preset))} points selected", timeout=15
    )
    demo.wait_for_element("#preset-graph .selectionlayer path")  # the preset outline is drawn

    demo.wait_for_element("#summary-empty")
    demo.find_element("#summary-select-east").click()
    inside = points_in_box(graph_sections.EAST_BOX)
    east = [i for i in inside if data.sample_points()[i]["cluster"] == "east"]
    demo.wait_for_contains_text("#summary-stats", f"east {len(east)}", timeout=15)
    demo.wait_for_text_to_equal("#job-points-count", f"{len(inside)} points to process")
    demo.find_element("#summary-clear").click()
    demo.wait_for_element("#summary-empty", timeout=15)
    demo.wait_for_text_to_equal("#job-points-count", "300 points to process")


def drag_box(dash_duo, graph_id, dx, dy, start=(-150, -60)):
    """Drag a box on a graph's plot area from an offset of its centre, in small steps."""
    from selenium.webdriver.common.action_chains import ActionChains

    area = dash_duo.find_element(f"#{graph_id} .nsewdrag")
    actions = ActionChains(dash_duo.driver)
    actions.move_to_element(area).move_by_offset(*start).click_and_hold()
    for _ in range(5):
        actions.move_by_offset(dx // 5, dy // 5)
    actions.release().perform()


def dimmed_points(dash_duo, graph_id):
    return dash_duo.driver.execute_script(
        f"return [...document.querySelectorAll('#{graph_id} .point')]"
        ".filter(point => Number(getComputedStyle(point).opacity) < 0.5).length"
    )


def test_crossfilter_highlights_the_same_points_in_both_graphs(demo):
    demo.wait_for_element("#cross-xy .nsewdrag")
    assert dimmed_points(demo, "cross-xy") == dimmed_points(demo, "cross-xz") == 0
    drag_box(demo, "cross-xy", 200, 100)
    until(lambda: dimmed_points(demo, "cross-xz") > 0, 15, msg="the x, z graph never dimmed")
    dimmed = dimmed_points(demo, "cross-xz")
    assert 0 < dimmed < len(data.sample_points())
    until(lambda: dimmed_points(demo, "cross-xy") == dimmed, 5, msg="the graphs disagree")
    demo.wait_for_element("#cross-xy .selectionlayer path")  # the outline stays
