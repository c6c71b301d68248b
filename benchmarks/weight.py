"""Page weight: the JS a Dropdown-only and a Graph-only page load, and whether plotly.js came.

Each implementation is served by its own process: the dcc pages' process never imports
my_components, so they load what an app without it loads (Dash serves every imported library's
main bundle on every page). The HTTP cache is off, so transfer sizes are real.
"""

import time

from .apps import GRAPH_ID
from .browser import probe_source
from .dropdown import READY_SELECTORS
from .measure import wait_for_load
from .server import AppServer

PAGES = ("dropdown", "graph")
LATE_CHUNKS_S = 1.5
# One expression (an arrow function called at once); the leading comment must stay inside ().
SCRIPTS_PROBE = probe_source("scripts.js").strip().rstrip(";")


def plan(capabilities):
    """{impl: [page, ...]}: our pages only for the components the installed package has."""
    return {
        "mine": [what for what in PAGES if capabilities[what]],
        # "base": an empty Dash page of the dcc-only process, what every Dash app loads anyway
        "dcc": ["base", *PAGES],
    }


def run(page, pages_by_impl, log):
    """{"dropdown": {impl: {...}}, "graph": {impl: {...}}}."""
    results = {what: {} for what in ("base", *PAGES)}
    for impl, pages in pages_by_impl.items():
        if not pages:
            continue
        names = [f"weight-{what}-{impl}" for what in pages]
        with AppServer(names) as server:
            for what in pages:
                ready = {
                    "dropdown": READY_SELECTORS[impl],
                    "graph": f"#{GRAPH_ID} .main-svg",
                    "base": "#base",
                }[what]
                page.fresh_tab()
                page.set_cache_disabled(True)
                page.open(
                    server.url(f"weight-{what}-{impl}"),
                    "probe.js",
                    config={"readySelector": ready},
                )
                wait_for_load(page)
                time.sleep(LATE_CHUNKS_S)  # lazily loaded chunks that follow the first render
                loaded = page.run(f"return ({SCRIPTS_PROBE});")
                scripts = loaded["scripts"]
                results[what][impl] = {
                    "js_transfer_kb": sum(s["transfer"] for s in scripts) / 1e3,
                    "js_decoded_kb": sum(s["decoded"] for s in scripts) / 1e3,
                    "plotly_loaded": loaded["plotly"],
                    "scripts": scripts,
                }
                log(
                    f"weight {what:<8} {impl:<4}: "
                    f"{results[what][impl]['js_decoded_kb']:.0f} kB JS, "
                    f"plotly={'yes' if loaded['plotly'] else 'no'}"
                )
    base = results["base"].get("dcc")
    for what in PAGES:
        for measured in results[what].values():
            measured["js_added_kb"] = (
                measured["js_decoded_kb"] - base["js_decoded_kb"] if base else None
            )
    return results
