"""Graph: box-select about half of a scattergl with a real mouse drag; mouseup to the callback's
output painted, and the size of the request that carries selectedData."""

import time

from selenium.webdriver.common.action_chains import ActionChains

from .apps import GRAPH_ID, OUTPUT_ID
from .measure import arm, settled_change, wait_for_load, wait_until
from .rounds import alternate

DRAG_LAYER = f"#{GRAPH_ID} .nsewdrag"
DRAG_STEPS = 8
SETTLE_S = 0.5


def variants(capabilities):
    """(impl, format) pairs to run; the ones the installed my_components lacks are left out."""
    pairs = [("dcc", "points")]
    if capabilities["graph_points"]:
        pairs.append(("mine", "points"))
    if capabilities["graph_indices"]:
        pairs.append(("mine", "indices"))
    return pairs


def app_names(points, pairs):
    return [f"graph-{impl}-{fmt}-{count}" for count in points for impl, fmt in pairs]


def drag_left_half(driver):
    """Move the mouse to the plot's top-left corner, where drag_selection starts."""
    layer = driver.find_element("css selector", DRAG_LAYER)
    width, height = layer.size["width"], layer.size["height"]
    start_x, start_y = -width / 2 + 3, -height / 2 + 3
    ActionChains(driver).move_to_element(layer).move_by_offset(start_x, start_y).perform()
    return layer, width, height


def drag_selection(driver, width, height):
    """Press, drag in DRAG_STEPS moves to the middle of the plot's bottom edge, release."""
    chain = ActionChains(driver).click_and_hold()
    dx, dy = (width / 2 - 3) / DRAG_STEPS, (height - 6) / DRAG_STEPS
    for _ in range(DRAG_STEPS):
        chain.move_by_offset(dx, dy)
    chain.release().perform()


def run_trial(page, server, impl, fmt, count):
    page.fresh_tab()
    page.open(
        server.url(f"graph-{impl}-{fmt}-{count}"),
        "probe.js",
        config={"readySelector": DRAG_LAYER, "watchSelector": f"#{OUTPUT_ID}"},
    )
    marks = wait_for_load(page)
    # The initial callback (no selection) has answered and the WebGL points are drawn.
    wait_until(page, f"document.getElementById('{OUTPUT_ID}').textContent === 'none'", 60)
    time.sleep(SETTLE_S)
    driver = page.driver
    _, width, height = drag_left_half(driver)

    arm(page)
    drag_selection(driver, width, height)
    done = settled_change(page, "mouseup", quiet_ms=300, timeout_ms=60000)
    output = page.run(f"return document.getElementById('{OUTPUT_ID}').textContent;")
    requests = page.run("return window.__bench.requestSummary();")
    carrying = [r for r in requests if r["selectedData"]]
    mouseup = page.run("return window.__bench.events.mouseup || null;")
    result = {
        "load_usable_ms": marks["readyIdle"],
        "select_dom_ms": done and done["dom"],
        "select_paint_ms": done and done["paint"],
        "request_kb": carrying[-1]["bytes"] / 1e3 if carrying and carrying[-1]["bytes"] else None,
        "sent_after_mouseup_ms": (
            carrying[-1]["sent"] - mouseup["stamp"] if carrying and mouseup else None
        ),
        "selected_points": _selected_count(output),
    }
    return result


def _selected_count(text):
    if text and text.startswith("selected "):
        return int(text.split()[1])
    return None


def run(page, server, points, pairs, trials, warmup, log, max_trial_s):
    """{count: {"impl-format": [result, ...]}}; variants alternate every round."""
    results = {}
    for index, count in enumerate(points):
        names = [f"{impl}-{fmt}" for impl, fmt in pairs]
        results[count] = alternate(
            names,
            trials,
            # warm-up (HTTP cache, server) once: every trial loads a fresh page anyway
            warmup if index == 0 else 0,
            lambda name, count=count: run_trial(page, server, *name.split("-"), count),
            _brief,
            lambda message, count=count: log(f"graph {count:>6} {message}"),
            max_trial_s,
        )
    return results


def _brief(result):
    if "error" in result:
        return result["error"]
    return (
        f"output={_fmt(result['select_paint_ms'])} ms "
        f"request={_fmt(result['request_kb'])} kB selected={result['selected_points']}"
    )


def _fmt(value):
    return "n/a" if value is None else f"{value:.0f}"
