"""Server-side search with the Dropdown's own matching and ranking.

For apps that answer ``search_value`` themselves (``filter_options=False``)::

    index = SearchIndex(options)  # once, e.g. at import
    @callback(Output("city", "options"), Input("city", "search_value"))
    def search(text):
        return index.search(text, limit=50)

``search_options(options, query, limit, search_order)`` does the same without keeping an
index (it builds one per call: keep a SearchIndex for large lists).

The specification is the browser's (src/lib/search/searchIndex.js), and both implementations
answer the cases of tests/search_cases.json alike:

* Options are read as the Dropdown reads them (search_normalize.py): every dcc format,
  groups, ``search`` strings, Dash components' text as labels. Option i has a text (its
  ``search`` string, else its label's text, else its value's) and a value text (the value as
  the browser writes it: "NYC", "3", "true").
* Texts and the query are folded (search_fold.py): case, accents, compatibility forms, spaces.
  The folded query is split on spaces into words.
* An option matches when its folded text holds every query word as a substring (any order),
  or else when its folded value text holds every query word. A blank query matches all.
* ``search_order='relevance'`` (default; dcc's ``'index'`` means the same): the options
  matching by text, by rank (0 exact: the text equals the whole query; 1 prefix: the text
  starts with it; 2 word-start: every query word starts a word of the text, a word starting
  after any character that is not a letter, digit or mark; 3 any other), stable inside a
  rank; then the options matching only by value, in the options' order.
  ``search_order='original'``: every match in the options' order.

Results. The matches in that order, cut to the first ``limit`` (None: all), as options the
app can send back to the Dropdown: each dict option as the app passed it (the same object);
a string, number or boolean option as ``{"label": str, "value": value}``; an entry of the
``{value: label}`` form as ``{"label": label, "value": value}``. With groups, the result is
what the Dropdown's menu shows: each group that has a match, as a copy of the group's dict
whose ``options`` are its matches, at the place where the group first appears among the
options (options outside any group likewise), its matches in their order.
"""

import unicodedata
from bisect import bisect_left
from itertools import compress, filterfalse, islice

from .search_fold import fold_text
from .search_normalize import normalize_options

__all__ = ["SearchIndex", "search_options"]

_ORDERS = ("relevance", "index", "original")
# Never in a folded text (lone surrogates fold to U+FFFD): marks where a word starts.
_WORD_START = "\ud800"
_WORD_CATEGORIES = frozenset("LNM")


class _WordStartTable(dict):
    """str.translate's table: a character that is not a letter, digit or mark is followed by
    the word-start mark."""

    def __missing__(self, code_point):
        character = chr(code_point)
        marked = character
        if unicodedata.category(character)[0] not in _WORD_CATEGORIES:
            marked = character + _WORD_START
        self[code_point] = marked
        return marked


_WORD_STARTS = _WordStartTable()


def _mark_word_starts(folded):
    """The folded text with the mark before each word start: "a-b" -> "|a-|b"."""
    return _WORD_START + folded.translate(_WORD_STARTS)


def _check_limit(limit):
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise ValueError(f"limit must be None or an integer >= 0, not {limit!r}")
    if limit < 0:
        raise ValueError(f"limit must be None or an integer >= 0, not {limit}")
    return limit


def _check_order(search_order):
    if search_order not in _ORDERS:
        raise ValueError(f"search_order must be 'relevance' or 'original', not {search_order!r}")
    return search_order


class SearchIndex:
    """The options, read and folded once; ``search(query, limit)`` answers per callback.

    Raises ValueError, naming the first bad entry, when the options are not in a dcc format.
    """

    def __init__(self, options):
        self._options, self._groups = normalize_options(options)
        self._texts = [fold_text(option.text) for option in self._options]
        self._marked = [_mark_word_starts(text) for text in self._texts]
        # A value text equal to the text can only match where the text does: left out.
        values = [
            "" if option.value_text == option.text else fold_text(option.value_text)
            for option in self._options
        ]
        self._value_indices = [i for i, value in enumerate(values) if value]
        self._values = [values[i] for i in self._value_indices]
        # The texts in sorted order, for the prefix ranks.
        self._sorted = sorted(range(len(self._texts)), key=self._texts.__getitem__)
        self._sorted_texts = [self._texts[i] for i in self._sorted]

    def __len__(self):
        return len(self._options)

    def search(self, query, limit=None, search_order="relevance"):
        """The options matching ``query``, in the Dropdown's order (see the module's docstring)."""
        limit = _check_limit(limit)
        original = _check_order(search_order) == "original"
        return self._results(self._indices(query, limit, original), limit)

    def _indices(self, query, limit, original):
        folded = fold_text(query)
        if not folded:
            return range(len(self._options))
        words = sorted(set(folded.split(" ")), key=len, reverse=True)
        by_text = self._holding(self._texts, words)
        by_value = [self._value_indices[k] for k in self._holding(self._values, words)]
        if original:
            return sorted(set(by_text).union(by_value))
        ranked = self._ranked(by_text, folded, words, limit)
        if limit is not None and len(ranked) >= limit:
            return ranked
        text_set = set(by_text)
        return ranked + [i for i in by_value if i not in text_set]

    @staticmethod
    def _holding(texts, words):
        """Positions k (in increasing order) of the texts holding every word."""
        first = words[0]
        found = [k for k, text in enumerate(texts) if first in text]
        for word in words[1:]:
            found = [k for k in found if word in texts[k]]
        return found

    def _ranked(self, matches, folded, words, limit):
        texts = self._texts
        # Prefix and exact: a run of the sorted texts.
        sorted_texts = self._sorted_texts
        end = start = bisect_left(sorted_texts, folded)
        while end < len(sorted_texts) and sorted_texts[end].startswith(folded):
            end += 1
        prefixed = sorted(self._sorted[start:end])
        exact = [i for i in prefixed if len(texts[i]) == len(folded)]
        ranked = exact + [i for i in prefixed if len(texts[i]) != len(folded)]
        if limit is not None and len(ranked) >= limit:
            return ranked
        prefixed_set = set(prefixed)
        rest = [i for i in matches if i not in prefixed_set] if prefixed else matches
        marked = self._marked
        marked_words = [_mark_word_starts(word) for word in words]

        def at_word_starts(i):
            return all(word in marked[i] for word in marked_words)

        if limit is not None:
            # Only as many as the limit needs, each rank read lazily.
            need = limit - len(ranked)
            ranked += islice(filter(at_word_starts, rest), need)
            if len(ranked) < limit:
                ranked += islice(filterfalse(at_word_starts, rest), limit - len(ranked))
            return ranked
        if len(marked_words) == 1:
            # the common case, without a call per match
            (marked_word,) = marked_words
            starts = [marked_word in marked[i] for i in rest]
        else:
            starts = [at_word_starts(i) for i in rest]
        ranked += compress(rest, starts)
        ranked += compress(rest, [not start for start in starts])
        return ranked

    def _results(self, indices, limit):
        if limit is not None:
            indices = indices[:limit]
        options = self._options
        if not self._groups:
            return [options[i].entry for i in indices]
        # As the menu shows them: a section per group (and one outside any group), in the
        # order of their first option, each keeping its matches' order.
        sections = {}
        for i in indices:
            sections.setdefault(options[i].group, []).append(i)
        first_option = {}
        for i, option in enumerate(options):
            first_option.setdefault(option.group, i)
        results = []
        for group in sorted(sections, key=first_option.__getitem__):
            entries = [options[i].entry for i in sections[group]]
            if group == -1:
                results.extend(entries)
            else:
                results.append({**self._groups[group], "options": entries})
        return results


def search_options(options, query, limit=None, search_order="relevance"):
    """The options matching ``query``, in the Dropdown's order (see the module's docstring).

    Builds an index per call: for many options or many calls, keep a SearchIndex.
    """
    _check_order(search_order)
    limit = _check_limit(limit)
    return SearchIndex(options).search(query, limit, search_order)
