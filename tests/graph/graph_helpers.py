"""Shared figure, geometry, mouse and waiting helpers for the Graph browser tests.

The figure is a scatter of the points (1, 1) ... (10, 10) on axes fixed to [0, 11], in a plot area
of exactly 500 x 300 px, so a drag between two data coordinates selects a known set of points.
"""

import json
import time

from dash import Input, Output
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

XS = list(range(1, 11))
PLOT_W, PLOT_H = 500, 300
AXIS = [0, 11]


def figure(y=None, selections=None, uirevision=None, dragmode="select", customdata=True):
    y = XS if y is None else y
    trace = {"type": "scatter", "mode": "markers", "x": XS, "y": y}
    if customdata:
        trace["customdata"] = [f"c{x}" for x in XS]
    layout = {
        "width": 600,
        "height": 400,
        "margin": {"l": 50, "r": 50, "t": 50, "b": 50},
        "xaxis": {"range": AXIS},
        "yaxis": {"range": AXIS},
        "dragmode": dragmode,
        "showlegend": False,
    }
    if selections is not None:
        layout["selections"] = selections
    if uirevision is not None:
        layout["uirevision"] = uirevision
    return {"data": [trace], "layout": layout}


def offset(x, y):
    """Pixels from the plot area's centre (where move_to_element puts the mouse) to (x, y)."""
    mid = (AXIS[0] + AXIS[1]) / 2
    span = AXIS[1] - AXIS[0]
    return round((x - mid) * PLOT_W / span), round(-(y - mid) * PLOT_H / span)


def plot_area(dash_duo, graph_id="graph"):
    return dash_duo.find_element(f"#{graph_id} .nsewdrag")


def drag_path(dash_duo, points, graph_id="graph", shift=False):
    """Press at points[0], move through the others, release: a real mouse drag."""
    area = plot_area(dash_duo, graph_id)
    chain = ActionChains(dash_duo.driver).move_to_element(area)
    x, y = offset(*points[0])
    chain.move_by_offset(x, y)
    if shift:
        chain.key_down(Keys.SHIFT)
    chain.click_and_hold()
    for point in points[1:]:
        nx, ny = offset(*point)
        # in a few steps, so plotly sees a drag and not a click
        for k in (1, 2):
            chain.move_by_offset(
                round((nx - x) / 2) if k == 1 else nx - x - round((nx - x) / 2),
                round((ny - y) / 2) if k == 1 else ny - y - round((ny - y) / 2),
            )
        x, y = nx, ny
    chain.release()
    if shift:
        chain.key_up(Keys.SHIFT)
    chain.perform()


def box(dash_duo, corner0, corner1, graph_id="graph", shift=False):
    drag_path(dash_duo, [corner0, corner1], graph_id=graph_id, shift=shift)


def lasso(dash_duo, vertices, graph_id="graph"):
    drag_path(dash_duo, list(vertices) + [vertices[0]], graph_id=graph_id)


def double_click(dash_duo, at, graph_id="graph"):
    area = plot_area(dash_duo, graph_id)
    ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(
        *offset(*at)
    ).double_click().perform()


def read_json(dash_duo, selector, timeout=6):
    """The JSON text of an output div, once it is valid JSON."""
    end = time.time() + timeout
    while True:
        text = dash_duo.find_element(selector).text
        try:
            return json.loads(text)
        except ValueError:
            if time.time() > end:
                raise
            time.sleep(0.1)


def outline_count(dash_duo, graph_id="graph"):
    """Selections drawn on the plot (each is two paths: the line and a wider hit area)."""
    return dash_duo.driver.execute_script(
        "const g = document.getElementById(arguments[0]);"
        "return Array.from(g.querySelectorAll('.selectionlayer path'))"
        ".filter(p => p.getBoundingClientRect().width > 0).length / 2;",
        graph_id,
    )


def click_at(dash_duo, at, graph_id="graph"):
    area = plot_area(dash_duo, graph_id)
    ActionChains(dash_duo.driver).move_to_element(area).move_by_offset(
        *offset(*at)
    ).click().perform()


def echo_json(app, prop, target, graph_id="graph"):
    """Show the graph's `prop` as JSON in #target: what a callback receives."""

    @app.callback(Output(target, "children"), Input(graph_id, prop))
    def echo(value):
        return json.dumps(value)


def selected_indices(selected):
    """Point indices of trace 0 in a selectedData of either format, or None."""
    if selected is None:
        return None
    if "indices" in selected:
        return selected["indices"][0]
    assert {p["curveNumber"] for p in selected["points"]} <= {0}
    return sorted(p["pointIndex"] for p in selected["points"])


def wait_selected(dash_duo, expected, timeout=8):
    """Wait until the callback received a selectedData selecting `expected`; return it."""
    end = time.time() + timeout
    while True:
        selected = read_json(dash_duo, "#selected")
        if selected_indices(selected) == expected or time.time() > end:
            break
        time.sleep(0.1)
    assert selected_indices(selected) == expected
    return selected


# Every script the page fetched; plotly.js copies are counted by URL.
SCRIPT_RESOURCES = """
return performance.getEntriesByType('resource')
    .filter(e => e.initiatorType === 'script' || e.name.endsWith('.js'))
    .map(e => e.name.split('?')[0]);
"""


def plotly_loads(dash_duo):
    """The URLs of every plotly.js script the page fetched."""
    return [
        name
        for name in dash_duo.driver.execute_script(SCRIPT_RESOURCES)
        if "plotly" in name.rsplit("/", 1)[-1]
    ]


# Clicks a button, then resolves after plotly.js has drawn the graph again (its
# 'plotly_afterplot' event) and two animation frames have passed.
CLICK_THEN_AFTERPLOT = """
const [graphId, buttonId, done] = arguments;
const gd = document.querySelector(`#${graphId} .js-plotly-plot`);
gd.once('plotly_afterplot', () =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(true)))
);
document.getElementById(buttonId).click();
"""


def click_and_wait_for_replot(dash_duo, button_id, graph_id="graph", timeout=15):
    """Click `button_id`; return once plotly.js has drawn `graph_id` again and two frames passed."""
    dash_duo.driver.set_script_timeout(timeout)
    assert dash_duo.driver.execute_async_script(CLICK_THEN_AFTERPLOT, graph_id, button_id)


def two_frames(dash_duo):
    """Wait two animation frames in the page: whatever was already started has painted."""
    dash_duo.driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));"
    )
