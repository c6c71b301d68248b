"""The shared table of search cases (tests/search_cases.json), answered by the Python search;
tests/js/searchCases.test.js answers the same table with the browser's modules."""

import json
from pathlib import Path

import pytest

from my_components import SearchIndex, search_options
from tests.search.node_search import result_values

CASES = json.loads((Path(__file__).parents[1] / "search_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_search_case(case):
    order = case.get("search_order", "relevance")
    results = search_options(case["options"], case["query"], search_order=order)
    assert result_values(results) == case["expected"]
    # an index built once answers alike
    index = SearchIndex(case["options"])
    assert result_values(index.search(case["query"], search_order=order)) == case["expected"]


def test_the_table_covers_every_rank_values_groups_and_both_orders():
    names = " ".join(case["name"] for case in CASES)
    for topic in ("exact", "value", "groups", "original", "component", "{value: label}"):
        assert topic in names
