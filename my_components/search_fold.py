"""Folding for the search: the Python twin of src/lib/search/foldText.js.

Each character (code point) is folded on its own: lower-cased; NFKD-decomposed (accents split
off, compatibility forms such as "ﬁ", "Ａ", "㎒" folded); stripped of non-spacing and enclosing
marks and of invisible format characters (categories Mn, Me, Cf); mapped by the fold table
(search_folds.json, shared with the JavaScript: ß -> ss, ø -> o, typographic quotes and
dashes...); its spaces (the table's) become " ". A lone surrogate half becomes U+FFFD, as
in a browser's UTF-16 strings. Then runs of spaces become one, and the ends are trimmed.
Anything that is not a string folds to "".

Both sides use their runtime's Unicode data for case and NFKD; characters newer than the
older of the two Unicode versions may fold differently.
"""

import json
import re
import unicodedata
from pathlib import Path

FOLD_TABLE = json.loads(Path(__file__).with_name("search_folds.json").read_text("utf-8"))
_LETTERS = FOLD_TABLE["letters"]
SPACES = frozenset(chr(int(code, 16)) for code in FOLD_TABLE["spaces"])
_STRIPPED_CATEGORIES = frozenset(("Mn", "Me", "Cf"))
_SURROGATE = re.compile("[\ud800-\udfff]")
_REPLACEMENT_CHARACTER = "\ufffd"


def _fold_character(character):
    if _SURROGATE.match(character):
        return _REPLACEMENT_CHARACTER
    decomposed = unicodedata.normalize("NFKD", character.lower()).lower()
    parts = []
    for part in decomposed:
        if unicodedata.category(part) in _STRIPPED_CATEGORIES:
            continue
        part = _LETTERS.get(part, part)
        parts.append(" " if part in SPACES else part)
    return "".join(parts)


class _FoldTable(dict):
    """str.translate's table: each code point's fold, computed on first sight."""

    def __missing__(self, code_point):
        folded = _fold_character(chr(code_point))
        self[code_point] = folded
        return folded


_FOLDS = _FoldTable()


def _pair_surrogates(text):
    """Surrogate halves as a browser reads them: a pair is one character, a lone half U+FFFD."""
    characters = []
    k = 0
    while k < len(text):
        unit = ord(text[k])
        if 0xD800 <= unit <= 0xDBFF and k + 1 < len(text) and 0xDC00 <= ord(text[k + 1]) <= 0xDFFF:
            low = ord(text[k + 1])
            characters.append(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
            k += 2
            continue
        characters.append(text[k])
        k += 1
    return "".join(characters)


def fold_text(text):
    """The folded text: what the search compares (see the module's docstring)."""
    if not isinstance(text, str):
        return ""
    if _SURROGATE.search(text):
        text = _pair_surrogates(text)
    folded = text.translate(_FOLDS)
    if "  " in folded or folded.startswith(" ") or folded.endswith(" "):
        folded = " ".join(word for word in folded.split(" ") if word)
    return folded
