"""Accessibility: axe-core finds no violation on a page with a single and a multi Dropdown
(and a disabled one), closed and open. dcc.Dropdown's violations on the same page are printed
beside ours, not asserted."""

from pathlib import Path

from dash import Dash, dcc, html
from dropdown_helpers import MENU, open_menu, search_box
from selenium.webdriver.common.keys import Keys

import my_components

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CITIES = ["Montreal", "Paris", "Tokyo", "Lima", "Oslo", "Cairo", "Quito", "Hanoi", "Perth"]

# the violations of one axe.run, as plain data: rule, impact, and each failing element
RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document).then(
    (result) => done(result.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ') + ': ' + node.failureSummary),
    }))),
    (error) => done([{rule: 'axe failed', impact: null, nodes: [String(error)]}])
);
"""


def make_app(dropdown):
    # the page does its own part (a language, a main landmark): what axe finds is the dropdowns'
    app = Dash(__name__)
    app.index_string = app.index_string.replace("<html>", '<html lang="en">')
    app.layout = html.Main(
        [
            html.H1("Trips"),
            html.Label("Home city"),
            dropdown(id="single", options=CITIES, value="Paris"),
            html.Label("Cities to visit"),
            dropdown(id="multi", options=CITIES, value=["Tokyo", "Lima", "Oslo"], multi=True),
            html.Label("Return city"),
            dropdown(id="off", options=CITIES, disabled=True),
        ],
        style={"width": "400px"},
    )
    return app


def violations(dash_duo):
    dash_duo.driver.set_script_timeout(60)
    if not dash_duo.driver.execute_script("return typeof axe !== 'undefined'"):
        dash_duo.driver.execute_script(AXE.read_text(encoding="utf-8"))
    return dash_duo.driver.execute_async_script(RUN_AXE)


def report(found):
    return "\n".join(f"{v['rule']} ({v['impact']}):\n  " + "\n  ".join(v["nodes"]) for v in found)


def audit_ours(dash_duo):
    """axe's violations on our page: closed, single open, multi open (picked rows in view),
    multi open with a search that finds nothing."""
    dash_duo.start_server(make_app(my_components.Dropdown))
    dash_duo.wait_for_text_to_equal("#single .my-dropdown__single-value", "Paris")
    found = {"closed": violations(dash_duo)}
    open_menu(dash_duo, "single")
    found["single open"] = violations(dash_duo)
    search_box(dash_duo, "single").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)
    search_box(dash_duo, "multi").send_keys(Keys.ARROW_DOWN)  # opens the menu
    dash_duo.wait_for_element(MENU)
    search_box(dash_duo, "multi").send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN)  # Tokyo, picked
    found["multi open"] = violations(dash_duo)
    search_box(dash_duo, "multi").send_keys("zzz")
    dash_duo.wait_for_element(".my-dropdown__menu-notice--no-options")
    found["multi open, no option found"] = violations(dash_duo)
    search_box(dash_duo, "multi").send_keys(Keys.ESCAPE)
    dash_duo.wait_for_no_elements(MENU)
    return found


def audit_dcc(dash_duo):
    dash_duo.start_server(make_app(dcc.Dropdown))
    dash_duo.wait_for_text_to_equal("#single .dash-dropdown-value", "Paris")
    found = {"closed": violations(dash_duo)}
    for dropdown_id in ("single", "multi"):
        dash_duo.find_element(f"#{dropdown_id}").click()
        dash_duo.wait_for_element(".dash-dropdown-content")
        found[f"{dropdown_id} open"] = violations(dash_duo)
        dash_duo.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        dash_duo.wait_for_no_elements(".dash-dropdown-content")
    return found


def test_axe_finds_no_violation_closed_and_open(dash_duo):
    found = audit_ours(dash_duo)
    for state, seen in found.items():
        print(f"ours, {state}: {sorted(v['rule'] for v in seen)}")
    assert all(seen == [] for seen in found.values()), "\n\n".join(
        f"{state}:\n{report(seen)}" for state, seen in found.items() if seen
    )
    assert dash_duo.get_logs() == []


def test_axe_count_of_dcc_dropdown(dash_duo):
    """dcc.Dropdown 4.4.1 on the same page, for comparison (printed; asserted only that axe ran)."""
    found = audit_dcc(dash_duo)
    for state, seen in found.items():
        print(f"dcc, {state}: {sorted(v['rule'] for v in seen)}")
    assert all(v["rule"] != "axe failed" for seen in found.values() for v in seen)
