"""Hypothesis strategies for the browser fuzz, and what each generated case should do.

The expectations (`expected_dropdown`, `expected_graph`) are written from the documented rules
(the README and the props' docstrings), not read back from the components:
- Dropdown: an entry is a string, a finite number, a boolean, {value, ...} with such a value,
  or a group {label, options: [...]} (no "value" key); anything else is skipped, a group inside
  a group is skipped whole, a repeated value is kept but reported. Any problem: one console error.
- Graph: a figure that is not a dict, whose data is not a list of dicts, whose layout is not a
  dict, or with an unknown trace type is refused with a message in the graph's area and one
  console error; a `selections` entry of the wrong shape is ignored with one console error.
"""

import json
import math
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

# Cases must reproduce: no database, no random seed, generation only (nothing to shrink).
REPRODUCIBLE = settings(
    derandomize=True,
    database=None,
    phases=[Phase.generate],
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

# JS numbers: integers past 2**53 would collide there while distinct in Python.
JS_SAFE = 2**53

PAYLOAD_PIECES = [
    "<img src=x onerror=window.__pwned=true>",
    "<script>window.__pwned=true</script>",
    "<svg onload=window.__pwned=true>",
    "javascript:window.__pwned=true",
    "e\u0301",
    "\u0301\u0308",
    "👨‍👩‍👧",
    "🇫🇷",
    "עברית",
    "العربية",
    "\u202e",
    "\u200b",
    "São Paulo",
    "[object Object]",
    "&amp;",
    "<b>",
]

text = st.one_of(
    st.text(max_size=12),
    st.lists(st.sampled_from(PAYLOAD_PIECES), max_size=4).map("".join),
    st.text(alphabet="ab ", max_size=3).map(lambda s: s * 700),
)
number = st.one_of(
    st.integers(min_value=-JS_SAFE, max_value=JS_SAFE),
    st.floats(allow_nan=False, allow_infinity=False),
)
primitive = st.one_of(text, number, st.booleans())
# values from a small pool so duplicates are common
pooled = st.sampled_from(["a", "A", 1, "1", True, "true", 0, 2.5])
value = st.one_of(primitive, pooled)

json_leaf = st.one_of(st.none(), st.booleans(), number, st.text(max_size=6))
garbage = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)

label = st.one_of(
    text,
    number,
    st.booleans(),
    st.none(),
    st.lists(text, max_size=3),
)

option_dict = st.fixed_dictionaries(
    {"value": value},
    optional={
        "label": label,
        "disabled": st.booleans(),
        "title": text,
        "search": text,
    },
)

malformed_entry = st.one_of(
    st.none(),
    st.lists(garbage, max_size=3),
    st.dictionaries(st.text(max_size=5), garbage, max_size=3),
    st.fixed_dictionaries({"label": label, "value": st.one_of(st.none(), garbage)}),
    st.just({"label": "outer", "options": [{"label": "inner", "options": ["x"]}]}),
)

group = st.fixed_dictionaries(
    {
        "label": text,
        "options": st.lists(st.one_of(value, option_dict, malformed_entry), max_size=4),
    }
)

entry = st.one_of(value, value, option_dict, option_dict, group, malformed_entry)

dropdown_options = st.one_of(
    st.lists(entry, max_size=10),
    st.lists(value, max_size=10),
    st.dictionaries(text, st.one_of(text, number), max_size=6),
)


def _is_value(v):
    if isinstance(v, bool | str):
        return True
    if isinstance(v, int | float):
        return math.isfinite(v)
    return False


def _key(v):
    """The identity a value has in JS: booleans apart, 1 and 1.0 the same, strings apart."""
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, str):
        return ("str", v)
    return ("num", float(v))


def _is_group(e):
    return isinstance(e, dict) and "value" not in e and isinstance(e.get("options"), list)


def _js_truthy(v):
    return not (v is None or v is False or v == "" or (isinstance(v, int | float) and v == 0))


def _one_unit(c):
    return isinstance(c, str) and len(c.encode("utf-16-le", "surrogatepass")) == 2


def _as_rebuilt_by_dash(e):
    """A top-level entry as Dash's renderer hands it on when options[0] has a label.

    Dash applies Ramda's assocPath(["label"], ...) to every entry: a string or list becomes an
    object of its characters/items keyed "0".."n-1", anything else without a label an empty
    object; the Dropdown restores the strings. Returns ("value", v), ("problem",) or ("keep",).
    """
    if isinstance(e, dict):
        if "label" in e:
            return ("keep",)
        items = e
    elif isinstance(e, str):
        items = {str(i): ch for i, ch in enumerate(_utf16_units(e))}
    elif isinstance(e, list):
        items = {str(i): item for i, item in enumerate(e)}
    else:
        return ("problem",)
    if not items:
        return ("problem",)
    if set(items) == {str(i) for i in range(len(items))} and all(
        _one_unit(c) for c in items.values()
    ):
        units = "".join(items[str(i)] for i in range(len(items)))
        # surrogate pairs back into one character, as the JS string has them
        return (
            "value",
            units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass"),
        )
    return ("keep",) if isinstance(e, dict) else ("problem",)


def _utf16_units(text):
    """The UTF-16 code units of `text` as one-unit Python strings (JS string indices)."""
    data = text.encode("utf-16-le", "surrogatepass")
    return [data[i : i + 2].decode("utf-16-le", "surrogatepass") for i in range(0, len(data), 2)]


def expected_dropdown(options):
    """(values in order, problems) for an options prop.

    Each problem is the position of a malformed entry ("options[3]", "options[1].options[0]")
    or "duplicate value" for a repeated one.
    """
    values, problems, seen = [], [], set()

    def add(v):
        if _key(v) in seen:
            problems.append("duplicate value")
        else:
            seen.add(_key(v))
        values.append(v)

    def walk(e, position, in_group):
        if _is_value(e):
            add(e)
        elif not isinstance(e, dict):
            problems.append(position)
        elif _is_group(e):
            if in_group:
                problems.append(position)
            else:
                for i, child in enumerate(e["options"]):
                    walk(child, f"{position}.options[{i}]", True)
        elif _is_value(e.get("value")):
            add(e["value"])
        else:
            problems.append(position)

    if isinstance(options, dict):
        values = list(options)
    elif isinstance(options, list):
        rebuilt = bool(options) and isinstance(options[0], dict)
        rebuilt = rebuilt and _js_truthy(options[0].get("label"))
        for i, e in enumerate(options):
            outcome = _as_rebuilt_by_dash(e) if rebuilt else ("keep",)
            if outcome[0] == "value":
                add(outcome[1])
            elif outcome[0] == "problem":
                problems.append(f"options[{i}]")
            else:
                walk(e, f"options[{i}]", False)
    elif options is not None:
        problems.append("options is")
    return values, problems


# A generated options prop and a search typed into it.
dropdown_case = st.tuples(dropdown_options, text)


# ---- Graph -----------------------------------------------------------------------------------

TRACE_TYPES = ["scatter", "scattergl", "bar", "histogram", "box", "heatmap", "pie"]

coordinate = st.one_of(
    st.integers(min_value=-1000, max_value=1000),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.none(),
    text,
)


@st.composite
def trace(draw):
    n = draw(st.integers(min_value=0, max_value=30))
    t = {
        "type": draw(st.sampled_from(TRACE_TYPES)),
        "x": draw(st.lists(coordinate, min_size=n, max_size=n)),
        "y": draw(st.lists(coordinate, min_size=n, max_size=n)),
    }
    if draw(st.booleans()):
        t["name"] = draw(text)
    if draw(st.booleans()):
        t["hovertext"] = draw(st.lists(text, min_size=n, max_size=n))
    if draw(st.booleans()):
        t["mode"] = draw(st.sampled_from(["markers", "lines", "text", "nonsense"]))
    return t


valid_figure = st.fixed_dictionaries(
    {
        "data": st.lists(trace(), max_size=3),
        "layout": st.fixed_dictionaries(
            {"dragmode": st.just("select"), "height": st.just(300)},
            optional={
                "title": st.fixed_dictionaries({"text": text}),
                "annotations": st.lists(
                    st.fixed_dictionaries({"text": text, "x": coordinate, "y": coordinate}),
                    max_size=2,
                ),
                "xaxis": st.fixed_dictionaries({"title": st.fixed_dictionaries({"text": text})}),
            },
        ),
    }
)

# What is wrong -> figures wrong in that way.
BAD_FIGURES = {
    "not a dict": st.one_of(text, number, st.lists(garbage, max_size=3)),
    "data not a list": st.one_of(
        text, number, st.dictionaries(st.text(max_size=4), garbage, max_size=2)
    ).map(lambda d: {"data": d}),
    "layout not a dict": st.one_of(text, number, st.lists(garbage, min_size=1, max_size=2)).map(
        lambda lay: {"data": [], "layout": lay}
    ),
    "trace not a dict": st.lists(
        st.one_of(st.none(), text, number, st.lists(garbage)), min_size=1, max_size=2
    ).map(lambda d: {"data": d}),
    "unknown trace type": st.text(alphabet="qwxz", min_size=3, max_size=8).map(
        lambda t: {"data": [{"type": t, "x": [1, 2], "y": [1, 2]}]}
    ),
}

rect = st.fixed_dictionaries(
    {
        "type": st.just("rect"),
        "x0": st.floats(-10, 10),
        "y0": st.floats(-10, 10),
        "x1": st.floats(-10, 10),
        "y1": st.floats(-10, 10),
    }
)
path = st.lists(st.tuples(st.integers(-5, 5), st.integers(-5, 5)), min_size=3, max_size=5).map(
    lambda pts: {"type": "path", "path": "M" + "L".join(f"{x},{y}" for x, y in pts) + "Z"}
)
bad_selection = st.one_of(
    st.none(),
    text,
    number,
    st.lists(garbage, max_size=2),
    st.fixed_dictionaries({"type": st.just("rect"), "x0": st.one_of(st.none(), garbage)}),
    st.fixed_dictionaries({"type": st.just("path"), "path": st.one_of(st.none(), number)}),
    st.fixed_dictionaries({"type": st.text(alphabet="xyz", min_size=1, max_size=4)}),
    st.fixed_dictionaries(
        {"x0": st.just(1), "y0": st.just(1), "x1": st.just(2), "y1": st.just(2), "xref": text}
    ).filter(lambda s: not re.fullmatch(r"x\d*", s["xref"])),
)


def graph_cases(kind):
    """Cases of one kind: {figure, selections, problem}; at most one thing is wrong per case."""
    if kind in BAD_FIGURES:
        return BAD_FIGURES[kind].map(lambda f: {"figure": f, "selections": None, "problem": kind})
    good = st.lists(st.one_of(rect, path), max_size=2)
    if kind == "valid":
        return st.tuples(valid_figure, good).map(
            lambda fg: {"figure": fg[0], "selections": fg[1], "problem": None}
        )
    bad = st.lists(bad_selection, min_size=1, max_size=2)
    return st.tuples(valid_figure, good, bad, st.randoms(use_true_random=False)).map(
        lambda c: {
            "figure": c[0],
            "selections": c[3].sample(c[1] + c[2], len(c[1] + c[2])),
            "problem": "bad selections",
            "valid_selections": len(c[1]),
        }
    )


def strategy_named(name):
    return dropdown_case if name == "dropdown" else graph_cases(name)


def generate_here(strategy, count):
    """`count` cases from `strategy`, generated in this interpreter."""
    cases = []

    @settings(REPRODUCIBLE, max_examples=count)
    @given(strategy)
    def collect(case):
        cases.append(case)

    collect()
    return cases[:count]


def generate(counts):
    """{name: cases} for {name: count} ("dropdown" or a graph case kind), the same on every run.

    Hypothesis mixes constants from the project's imported modules (the demo, the component
    classes; not tests) into what it draws, so in this process the cases would depend on what
    the pytest run imported: a full run and `-m graph_fuzz` got different figures. A fresh
    interpreter that imports only this module draws the same ones from any run, in any clone.
    """
    out = subprocess.run(
        [sys.executable, "-m", "tests.fuzz.strategies", json.dumps(counts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


if __name__ == "__main__":
    requested = json.loads(sys.argv[1])
    print(
        json.dumps({name: generate_here(strategy_named(name), n) for name, n in requested.items()})
    )
