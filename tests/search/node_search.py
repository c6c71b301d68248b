"""The browser's answers to search cases, from node running the Dropdown's own modules."""

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "search" / "browser_search.js"


def browser_answers(cases):
    """For each {options, query, search_order}: the values the Dropdown's menu shows, in order."""
    return _run_node(cases)


def _run_node(request):
    run = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=True,
    )
    return json.loads(run.stdout)


def browser_folds(texts):
    """foldText of each text, as the browser folds it."""
    return _run_node({"fold": texts})


def result_values(results):
    """The values of search_options' results, groups flattened, in order."""
    values = []
    for entry in results:
        if "options" in entry and "value" not in entry:
            values.extend(option["value"] for option in entry["options"])
        else:
            values.append(entry["value"])
    return values
