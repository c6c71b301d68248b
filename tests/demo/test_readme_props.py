"""README's props tables are the ones generated from the built classes (they cannot drift)."""

from pathlib import Path

import my_components
from scripts import props_tables

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_props_tables_match_the_classes():
    stale, errors = props_tables.stale_tables(
        README.read_text(encoding="utf-8"), props_tables.components()
    )
    assert errors == []
    assert stale == [], "run: python scripts/props_tables.py --write"


def test_every_prop_of_the_class_has_one_described_row():
    for name, component_class in props_tables.components().items():
        table = props_tables.table(component_class)
        rows = [line.split(" | ") for line in table.splitlines()[2:]]
        names = sorted(row[0].strip("| `") for row in rows)
        assert names == sorted(component_class().available_properties), name
        assert all(row[3].strip(" |") for row in rows), f"{name}: a prop has no description"


def test_checker_notices_an_edited_table():
    text = README.read_text(encoding="utf-8")
    edited = text.replace("| `multi` | boolean | `False` |", "| `multi` | boolean | `True` |")
    assert edited != text
    classes = {"Dropdown": my_components.Dropdown}
    assert props_tables.stale_tables(edited, classes) == (["Dropdown"], [])


def test_checker_notices_a_missing_table():
    classes = {"Dropdown": my_components.Dropdown}
    stale, errors = props_tables.stale_tables("# no tables here\n", classes)
    assert stale == []
    assert errors == [
        "README.md has no props table for Dropdown: "
        "add <!-- props:Dropdown start --> ... <!-- props:Dropdown end -->"
    ]


def test_checker_notices_a_second_table():
    text = README.read_text(encoding="utf-8")
    start = props_tables.start_marker("Dropdown")
    table = start + text.split(start, 1)[1].split(props_tables.end_marker("Dropdown"), 1)[0]
    doubled = text + "\n" + table + props_tables.end_marker("Dropdown") + "\n"
    classes = {"Dropdown": my_components.Dropdown}
    _, errors = props_tables.stale_tables(doubled, classes)
    assert errors == ["README.md has more than one props table for Dropdown: keep one"]
