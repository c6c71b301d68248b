"""my_components.search_options and SearchIndex: properties on any text, limits, bad input."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from my_components import SearchIndex, search_options
from my_components.search_fold import fold_text

# Any unicode, lone surrogates included (they reach Python from JSON's "\ud800").
any_text = st.text(st.characters(exclude_categories=()), max_size=30)
long_text = st.sampled_from(["👍", "ש", "ا", "é", "a", "\ud800", " "]).map(lambda c: c * 10_000)
option = st.fixed_dictionaries(
    {"label": any_text, "value": st.one_of(any_text, st.integers(-(2**53), 2**53), st.booleans())},
    optional={"search": any_text},
)


def _holds_every_word(option, words):
    text = option["search"] if "search" in option else option["label"]
    value = option["value"]
    value_text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return all(word in fold_text(text) for word in words) or all(
        word in fold_text(value_text) for word in words
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(option, max_size=12), st.one_of(any_text, long_text))
def test_results_are_options_that_hold_every_query_word(options, query):
    results = search_options(options, query)
    # a subset of the options: the same objects, each at most once
    assert all(any(result is entry for entry in options) for result in results)
    assert len({id(result) for result in results}) == len(results)
    words = [word for word in fold_text(query).split(" ") if word]
    assert all(_holds_every_word(result, words) for result in results)
    # and every option that holds them is there
    assert len(results) == sum(1 for entry in options if _holds_every_word(entry, words))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(any_text, long_text), max_size=5), st.one_of(any_text, long_text))
def test_any_text_in_options_or_query_never_raises(labels, query):
    for order in ("relevance", "original"):
        assert isinstance(search_options(labels, query, search_order=order), list)


def test_limit_cuts_the_best_matches():
    options = ["xa", "ab", "a", "b a", "ba"]
    assert search_options(options, "a") == [
        {"label": label, "value": label} for label in ("a", "ab", "b a", "xa", "ba")
    ]
    assert [entry["value"] for entry in search_options(options, "a", limit=2)] == ["a", "ab"]
    assert [entry["value"] for entry in search_options(options, "a", limit=4)] == [
        "a",
        "ab",
        "b a",
        "xa",
    ]
    assert search_options(options, "a", limit=0) == []
    assert len(search_options(options, "", limit=3)) == 3


def test_limit_with_groups_cuts_the_ranked_matches_then_groups_them():
    options = [{"label": "G", "options": ["ba", "ca"]}, "a", "ab"]
    assert search_options(options, "a", limit=3) == [
        {"label": "G", "options": [{"label": "ba", "value": "ba"}]},
        {"label": "a", "value": "a"},
        {"label": "ab", "value": "ab"},
    ]


def test_an_index_answers_many_queries_as_search_options_does():
    options = [{"label": f"City {i}", "value": f"c{i}"} for i in range(50)] + ["Lisbon"]
    index = SearchIndex(options)
    assert len(index) == 51
    for query in ("city 1", "lis", "c4", "", "zzz"):
        assert index.search(query) == search_options(options, query)
        assert index.search(query, 3) == search_options(options, query, 3)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["a", None, {"label": "x"}], "options[1] is None"),
        (["a", {"label": "x"}], "options[1] {'label': 'x'} has no valid value"),
        ([{"label": "G", "options": [{"label": "x", "value": []}]}], "options[0].options[0]"),
        ([{"label": "G", "options": [{"label": "H", "options": []}]}], "group inside a group"),
        ([{"label": "x", "value": float("nan")}], "has no valid value"),
        ([["a"]], "options[0] is ['a']"),
        ("abc", "options is 'abc'"),
        (42, "options is 42"),
        ({"a": "A", (1, 2): "B"}, "options key (1, 2)"),
    ],
)
def test_options_of_a_wrong_shape_raise_naming_the_first_bad_entry(options, named):
    with pytest.raises(ValueError, match=re.escape(named)):
        search_options(options, "a")
    with pytest.raises(ValueError):
        SearchIndex(options)


def test_no_options_find_nothing():
    assert search_options(None, "a") == []
    assert search_options([], "") == []
    assert search_options({}, "a") == []


@pytest.mark.parametrize("limit", [-1, 1.5, "3", True])
def test_a_limit_below_zero_or_not_an_integer_raises(limit):
    with pytest.raises(ValueError, match="limit"):
        search_options(["a"], "a", limit=limit)
    with pytest.raises(ValueError, match="limit"):
        SearchIndex(["a"]).search("a", limit)


def test_an_unknown_search_order_raises():
    with pytest.raises(ValueError, match="search_order"):
        search_options(["a"], "a", search_order="alphabetical")
