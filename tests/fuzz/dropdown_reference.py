"""What the fuzz Dropdown should show for an options prop, computed here from the documented
rules (README: the options formats, `label` "the value as text", `search`, and "Search":
folding and matching), not from the component's code.

Matching: every word of the folded query occurs in the option's folded search text (its `search`,
else its label's text) or in its folded value as text (String(value)); options matched by their
text come before those matched by their value only. A blank query matches every option.
"""

import re
import unicodedata
from decimal import Decimal

from .strategies import _as_rebuilt_by_dash, _is_group, _is_value, _js_truthy

# Letters NFKD does not split, as the README lists them.
LETTERS = {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "ı": "i"}
# JavaScript's \s: what "whitespace" means in the page.
JS_SPACE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")


def fold(text):
    """Lower case, NFKD, combining marks and invisible format characters dropped, the letters
    NFKD does not split mapped, each whitespace run one space, trimmed."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).lower())
    kept = "".join(
        LETTERS.get(ch, ch)
        for ch in text
        if not unicodedata.category(ch).startswith("M") and unicodedata.category(ch) != "Cf"
    )
    return JS_SPACE.sub(" ", kept).strip(" ")


def js_string(value):
    """String(value) as JavaScript writes it, for a JSON string, number or boolean."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    digits, exponent = _shortest_digits(abs(value))
    k, n = len(digits), exponent + len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    e = n - 1
    mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
    return f"{sign}{mantissa}e{'+' if e > 0 else '-'}{abs(e)}"


def _shortest_digits(number):
    """The shortest decimal digits that read back as `number`, and their exponent."""
    if isinstance(number, int):
        text = str(number).rstrip("0")
        return text, len(str(number)) - len(text)
    sign, digits, exponent = Decimal(repr(float(number))).normalize().as_tuple()
    return "".join(map(str, digits)), exponent


def label_text(label):
    """The text a label shows: strings and numbers as text, lists joined, nothing else."""
    if label is None or isinstance(label, bool):
        return ""
    if isinstance(label, str | int | float):
        return js_string(label)
    if isinstance(label, list):
        return "".join(label_text(item) for item in label)
    return ""


def expected_options(options):
    """The options in the order given: [{"value", "text", "search", "group"}], or None when the
    documented rules do not fix what some option shows (a label Dash rebuilt, or one that is
    neither text nor a list of texts). "group" is the group's position, None outside groups."""
    out = []
    unsure = False
    group = None

    def add(value, entry=None):
        nonlocal unsure
        if entry is None or "label" not in entry:
            text = js_string(value)
        else:
            if not (entry["label"] is None or isinstance(entry["label"], str | int | float | list)):
                unsure = True
            text = label_text(entry["label"])
        search = entry.get("search") if entry else None
        search = text if search is None else search
        out.append({"value": value, "text": text, "search": search, "group": group})

    def walk(entry, in_group, position):
        nonlocal group
        if _is_value(entry):
            add(entry)
        elif not isinstance(entry, dict):
            return
        elif _is_group(entry):
            if not in_group:
                group = position
                for child in entry["options"]:
                    walk(child, True, position)
                group = None
        elif _is_value(entry.get("value")):
            add(entry["value"], entry)

    if isinstance(options, dict):
        for value, label in options.items():
            add(value, {"label": label})
    elif isinstance(options, list):
        rebuilt = bool(options) and isinstance(options[0], dict)
        rebuilt = rebuilt and _js_truthy(options[0].get("label"))
        for position, entry in enumerate(options):
            outcome = _as_rebuilt_by_dash(entry) if rebuilt else ("keep",)
            if outcome[0] == "value":
                unsure = True  # Dash rebuilt it; the Dropdown restores it
                add(outcome[1])
            elif outcome[0] == "keep":
                if rebuilt and isinstance(entry, dict) and "label" not in entry:
                    unsure = True  # Dash gave it an empty object as label
                walk(entry, False, position)
    return None if unsure else out


def in_menu_order(options):
    """The rows of the menu: each group's options together, and those outside any group
    together, each section where its first option is, the options' order inside a section."""
    first = {}
    for i, option in enumerate(options):
        first.setdefault(option["group"], i)
    return sorted(options, key=lambda option: first[option["group"]])


def search(options, query):
    """(text matches, value-only matches) of `query` among expected options, in order."""
    words = fold(query).split(" ") if fold(query) else []
    text_matches, value_matches = [], []
    for option in options:
        text, value = fold(option["search"]), fold(js_string(option["value"]))
        if all(word in text for word in words):
            text_matches.append(option)
        elif all(word in value for word in words):
            value_matches.append(option)
    return text_matches, value_matches
