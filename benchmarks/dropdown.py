"""Dropdown: load to a usable control (beside the dcc.Store floor), menu open, keystrokes,
DOM rows and JS heap, at several option counts."""

import time

from selenium.webdriver.common.action_chains import ActionChains

from .apps import DROPDOWN_ID, cached_options
from .measure import arm, heap_mb, settled_change, wait_for_load
from .options import pick_query
from .rounds import alternate

# "Usable" means the same for all three: the element a user clicks or types into is in the
# DOM, painted, and the main thread has run the next task (not still building an index).
READY_SELECTORS = {
    "mine": f"#{DROPDOWN_ID} [role=combobox]",
    "dcc": f"#{DROPDOWN_ID}[aria-haspopup]",
    "floor": "#dd-floor-input",
}
MENU = "[role=listbox]"
SETTLE_S = 0.3
# A menu that renders every option can take very long per keystroke when large: stop typing.
TYPING_BUDGET_S = 60


def app_names(sizes, impls):
    return [f"dropdown-{impl}-{count}" for count in sizes for impl in impls]


def run_trial(page, server, impl, count, query):
    page.fresh_tab()
    page.open(
        server.url(f"dropdown-{impl}-{count}"),
        "probe.js",
        config={"readySelector": READY_SELECTORS[impl], "watchSelector": MENU},
    )
    marks = wait_for_load(page)
    result = {
        "load_dom_ms": marks["readyDom"],
        "load_usable_ms": marks["readyIdle"],
    }
    if impl == "floor":
        return result
    driver = page.driver
    control = driver.find_element("css selector", f"#{DROPDOWN_ID}")
    ActionChains(driver).move_to_element(control).perform()
    time.sleep(SETTLE_S)

    arm(page)
    ActionChains(driver).click().perform()
    opened = settled_change(page, "mousedown")
    result["open_dom_ms"] = opened and opened["dom"]
    result["open_paint_ms"] = opened and opened["paint"]
    result["menu_rows"] = page.run(
        f"return document.querySelectorAll('{MENU} [role=option]').length;"
    )
    result["heap_mb"] = heap_mb(page)

    typing_started = time.monotonic()
    for position, key in enumerate(query, start=1):
        if time.monotonic() - typing_started > TYPING_BUDGET_S:
            result["stopped"] = f"no keystroke after {TYPING_BUDGET_S} s of typing"
            break
        arm(page)
        ActionChains(driver).send_keys(key).perform()
        typed = settled_change(page, "keydown")
        result[f"key{position}_dom_ms"] = typed and typed["dom"]
        result[f"key{position}_paint_ms"] = typed and typed["paint"]
        result[f"key{position}_rows"] = page.run(
            f"return document.querySelectorAll('{MENU} [role=option]').length;"
        )
    return result


def run(page, server, sizes, impls, trials, warmup, log, max_trial_s):
    """{count: {"query": str, "trials": {impl: [result, ...]}}}; impls alternate every round."""
    results = {}
    for index, count in enumerate(sizes):
        query = pick_query(cached_options(count))
        per_impl = alternate(
            impls,
            trials,
            # warm-up (HTTP cache, server) once: every trial loads a fresh page anyway
            warmup if index == 0 else 0,
            lambda impl, count=count, query=query: run_trial(page, server, impl, count, query),
            _brief,
            lambda message, count=count: log(f"dropdown {count:>6} {message}"),
            max_trial_s,
        )
        results[count] = {"query": query, "trials": per_impl}
    return results


def _brief(result):
    if "error" in result:
        return result["error"]
    keys = ("load_usable_ms", "open_paint_ms", "key1_paint_ms", "heap_mb", "menu_rows")
    return " ".join(f"{k.split('_')[0]}={result[k]:.0f}" for k in keys if result.get(k) is not None)
