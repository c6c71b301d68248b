"""Options in any dcc.Dropdown format, read as the Dropdown reads them (the Python twin of
src/lib/dropdown/options/normalizeOptions.js and labelText.js), for the search.

Accepted: a list of strings, numbers and booleans; a dict {value: label}; a list of dicts
{"label", "value", "disabled", "title", "search"}; group dicts {"label", "options": [...]}
in that list (groups do not nest). A label may be a string, a number, a Dash component or a
list of those: its text is the text of its children, words joined by single spaces.
An entry of any other shape raises ValueError naming it.
"""

import json
import math
import re
from decimal import Decimal
from typing import Any, NamedTuple

from .search_fold import SPACES

_MAX_SAFE_INTEGER = 2**53
_SPACE_RUNS = re.compile("[" + "".join(sorted(SPACES)) + "]+")


class SearchOption(NamedTuple):
    """One selectable option: what the search reads, and what a result returns."""

    text: str  # the label's text, or its `search` string
    value_text: str  # String(value), as the browser shows it
    group: int  # index into the groups, -1 outside any group
    entry: Any  # the option as a result returns it (see search.py)


def _number_text(number):
    """A number as JavaScript's String() writes it: 3, 0.5, 1e+21, 1.5e-7."""
    if isinstance(number, int) and abs(number) < _MAX_SAFE_INTEGER:
        return str(number)
    try:
        number = float(number)
    except OverflowError:
        number = math.inf if number > 0 else -math.inf
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    digits_tuple = Decimal(repr(abs(number))).normalize().as_tuple()
    digits = "".join(map(str, digits_tuple.digits))
    k = len(digits)
    n = digits_tuple.exponent + k  # the decimal point sits after n digits
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        exponent = n - 1
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        text = f"{mantissa}e{'+' if exponent >= 0 else '-'}{abs(exponent)}"
    return sign + text


def is_primitive_value(value):
    if isinstance(value, (bool, str)):
        return True
    if isinstance(value, int):
        return abs(value) < 2**1024
    return isinstance(value, float) and math.isfinite(value)


def primitive_text(value):
    """String(value) in the browser: "true", "3", "0.5", the string itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return _number_text(value)


def _collect_text(node, parts):
    if node is None or isinstance(node, bool):
        return
    if isinstance(node, str):
        parts.append(node)
    elif isinstance(node, (int, float)):
        parts.append(_number_text(node))
    elif isinstance(node, (list, tuple)):
        for child in node:
            _collect_text(child, parts)
    elif isinstance(node, dict):
        # a component as layout JSON: {"type", "namespace", "props": {"children": ...}}
        if isinstance(node.get("props"), dict):
            _collect_text(node["props"].get("children"), parts)
    elif hasattr(node, "to_plotly_json"):
        # a Dash component
        _collect_text(getattr(node, "children", None), parts)
    # any other object carries no text


def label_text(label):
    """The label's visible text, words separated by single spaces."""
    parts = []
    _collect_text(label, parts)
    return _SPACE_RUNS.sub(" ", " ".join(parts)).strip(" ")


def _text_of_label(label):
    if isinstance(label, str):
        return label
    if isinstance(label, bool):
        return primitive_text(label)
    return label_text(label)


def _describe(entry):
    text = repr(entry)
    return text if len(text) <= 80 else text[:77] + "..."


def _make_option(value, label, entry, group, result):
    value_text = primitive_text(value)
    text = value_text if label is None else (_text_of_label(label) or value_text)
    search = entry.get("search") if isinstance(entry, dict) else None
    return SearchOption(search if isinstance(search, str) else text, value_text, group, result)


def _json_key(key):
    """The key as it reaches the browser: a JSON object's keys are strings (1.0 -> "1.0")."""
    try:
        return next(iter(json.loads(json.dumps({key: None}))))
    except (TypeError, ValueError):
        raise ValueError(f"options key {_describe(key)} is not a valid value") from None


def _is_array_index(key):
    return key.isdigit() and key.isascii() and str(int(key)) == key and int(key) < 2**32 - 1


def _keys_in_browser_order(options):
    """The keys in a JavaScript object's order: array indices ("0", "7") ascending, then the
    others as inserted."""
    keys = list(options)
    indices = [key for key in keys if _is_array_index(_json_key(key))]
    indices.sort(key=lambda key: int(_json_key(key)))
    return indices + [key for key in keys if not _is_array_index(_json_key(key))]


def normalize_options(options):
    """(options, groups): the flat list of SearchOption, and the group dicts as passed."""
    flat = []
    groups = []

    def add_entry(entry, position, group):
        if is_primitive_value(entry):
            result = {"label": primitive_text(entry), "value": entry}
            flat.append(_make_option(entry, entry, None, group, result))
            return
        if not isinstance(entry, dict):
            raise ValueError(
                f"options{position} is {_describe(entry)}: expected a string, number, "
                "boolean or {label, value}"
            )
        if "value" not in entry and isinstance(entry.get("options"), (list, tuple)):
            if group != -1:
                raise ValueError(f"options{position} is a group inside a group: groups cannot nest")
            groups.append(entry)
            for i, child in enumerate(entry["options"]):
                add_entry(child, f"{position}.options[{i}]", len(groups) - 1)
            return
        if not is_primitive_value(entry.get("value")):
            raise ValueError(
                f"options{position} {_describe(entry)} has no valid value: expected a string, "
                "number or boolean"
            )
        flat.append(_make_option(entry["value"], entry.get("label"), entry, group, entry))

    if options is None:
        pass
    elif isinstance(options, (list, tuple)):
        for i, entry in enumerate(options):
            add_entry(entry, f"[{i}]", -1)
    elif isinstance(options, dict):
        # dcc's {value: label} form
        for key in _keys_in_browser_order(options):
            result = {"label": options[key], "value": key}
            flat.append(_make_option(_json_key(key), options[key], None, -1, result))
    else:
        raise ValueError(f"options is {_describe(options)}: expected a list or a dict")
    return flat, groups
