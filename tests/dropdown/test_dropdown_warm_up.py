"""The menu's warm-up (a hidden Select opened and typed into in idle time after load, so that
the user's first open runs warm) is invisible to the page: its queries, its observers and its
event listeners never meet it, nothing of it stays, and the user's first open is unaffected."""

from dash import Dash, html
from dash.testing.wait import until
from dropdown_helpers import open_menu, option_texts

import my_components

OPTIONS = [f"Option {i}" for i in range(1000)]

# Installed before the page's scripts: what the page itself could see while the warm-up runs.
WATCH = """
window.__seen = {comboboxes: 0, listboxes: 0, mutationsInMenu: 0, events: 0,
                 warmUpMenus: 0, samples: 0};
const seen = window.__seen;
for (const type of ['mousedown', 'focusin', 'focusout']) {
    window.addEventListener(type, () => { seen.events += 1; }, true);
}
new MutationObserver((records) => {
    for (const record of records) {
        const node = record.target;
        const target = node.nodeType === 1 ? node : node.parentElement;
        if (target && target.closest && target.closest('[role=listbox]')) {
            seen.mutationsInMenu += 1;
        }
    }
}).observe(document, {childList: true, subtree: true, characterData: true, attributes: true});
const sample = () => {
    seen.samples += 1;
    const count = (selector) => document.querySelectorAll(selector).length;
    seen.comboboxes = Math.max(seen.comboboxes, count('[role=combobox]'));
    seen.listboxes = Math.max(seen.listboxes, count('[role=listbox]'));
    for (const element of document.body.children) {
        if (element.shadowRoot && element.shadowRoot.querySelector('[role=listbox]')) {
            seen.warmUpMenus += 1;
        }
    }
    if (!performance.getEntriesByName('my-dropdown:menu-warm').length) {
        requestAnimationFrame(sample);
    } else {
        seen.done = true;
    }
};
requestAnimationFrame(sample);
"""


def test_warm_up_is_invisible_and_leaves_nothing(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([my_components.Dropdown(id="dd", options=OPTIONS)])
    dash_duo.start_server(app)
    driver = dash_duo.driver
    # again, with the watcher in place before any script runs
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    driver.refresh()
    until(lambda: driver.execute_script("return Boolean(window.__seen && window.__seen.done)"), 10)
    seen = driver.execute_script("return window.__seen")
    # it ran in the page (a warm-up menu was drawn, in a shadow root), but the page never saw it
    assert seen["warmUpMenus"] > 0, seen
    assert seen["comboboxes"] == 1, seen
    assert seen["listboxes"] == 0, seen
    assert seen["mutationsInMenu"] == 0, seen
    assert seen["events"] == 0, seen
    # and nothing of it is left
    assert (
        driver.execute_script(
            "return Array.from(document.body.children).filter((e) => e.shadowRoot).length"
        )
        == 0
    )
    assert driver.execute_script("return document.activeElement === document.body")

    open_menu(dash_duo, "dd")
    until(lambda: option_texts(dash_duo)[:2] == ["Option 0", "Option 1"], 4)
    assert dash_duo.get_logs() == []
