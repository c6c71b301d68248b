"""README props tables, generated from the built Python classes so they cannot drift.

    python scripts/props_tables.py          # check: exit 1 naming each stale table
    python scripts/props_tables.py --write  # rewrite every table between its markers

Each component has one table in README.md between `<!-- props:<Name> start -->` and
`<!-- props:<Name> end -->`. Its rows come from the class docstring that dash-generate-components
writes (name, type, default, description), one per property the class accepts; the few props the
docstring leaves out (Dash omits `style`) come from metadata.json, the generator's own input.
"""

import argparse
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"

# "- name (type; optional):" or "- name (type; default 'x'):" at the start of a docstring line
PROP_LINE = re.compile(r"^- (\w+) \((.*)\):?$")
NESTED_KEY = re.compile(r"^ {4}- (\w+) \(")


def start_marker(name):
    return f"<!-- props:{name} start -->"


def end_marker(name):
    return f"<!-- props:{name} end -->"


def prop_blocks(doc):
    """[(name, spec, [lines])]: each top-level "- name (spec):" line with the lines under it."""
    blocks = []
    for line in doc.split("Keyword arguments:", 1)[-1].splitlines():
        match = PROP_LINE.match(line)
        if match:
            blocks.append((*match.groups(), []))
        elif blocks:
            blocks[-1][2].append(line)
    return blocks


def parse_props(component_class):
    """[(name, type, default, description)] from the class docstring, in the docstring's order."""
    rows = []
    for name, spec, lines in prop_blocks(component_class.__doc__ or ""):
        kind, _, rest = spec.rpartition("; ")
        default = rest[len("default ") :] if rest.startswith("default ") else ""
        if rest == "required":
            default = "required"
        # the description is the first paragraph; nested dict keys follow it
        text = []
        for line in lines:
            if not line.strip():
                if text:
                    break
                continue
            text.append(line.strip())
        keys = list(dict.fromkeys(m.group(1) for m in map(NESTED_KEY.match, lines) if m))
        if keys:
            kind += f" (keys: {', '.join(keys)})"
        rows.append((name, kind, default, " ".join(text)))
    return rows


def cell(text):
    return text.replace("|", "\\|")


def metadata_rows(component_class, names):
    """Rows for props the docstring leaves out (Dash omits `style`), from metadata.json: the
    file dash-generate-components builds the classes from."""
    import json

    from dash.development._py_components_generation import js_to_py_type

    import my_components

    path = Path(my_components.__file__).with_name("metadata.json")
    metadata = json.loads(path.read_text(encoding="utf-8"))
    [component] = [m for m in metadata.values() if m["displayName"] == component_class.__name__]
    rows = []
    for name in names:
        prop = component["props"][name]
        default = prop.get("defaultValue", {}).get("value", "")
        rows.append(
            (name, js_to_py_type(prop["type"]), default, " ".join(prop["description"].split()))
        )
    return rows


def table(component_class):
    """The markdown table of a component's props: one row per prop of the class."""
    rows = parse_props(component_class)
    documented = {name for name, *_ in rows}
    expected = set(component_class().available_properties)
    if documented - expected:
        raise ValueError(
            f"{component_class.__name__}: the docstring documents props the class lacks: "
            f"{sorted(documented - expected)}"
        )
    rows += metadata_rows(component_class, sorted(expected - documented))
    rows.sort(key=lambda row: (row[0] != "id", row[0].lower()))
    lines = ["| prop | type | default | description |", "| --- | --- | --- | --- |"]
    for name, kind, default, text in rows:
        default = " ".join(default.split())
        default_cell = f"`{cell(default)}`" if default and default != "required" else default
        lines.append(f"| `{name}` | {cell(kind)} | {default_cell} | {cell(text)} |")
    return "\n".join(lines)


def components():
    import my_components

    return {name: getattr(my_components, name) for name in my_components.__all__}


def render(readme_text, classes):
    """readme_text with each component's table regenerated; errors for missing markers."""
    errors = []
    for name, component_class in classes.items():
        start, end = start_marker(name), end_marker(name)
        if start not in readme_text or end not in readme_text:
            errors.append(f"README.md has no props table for {name}: add {start} ... {end}")
            continue
        if readme_text.count(start) > 1:
            errors.append(f"README.md has more than one props table for {name}: keep one")
        before, rest = readme_text.split(start, 1)
        _, after = rest.split(end, 1)
        readme_text = f"{before}{start}\n{table(component_class)}\n{end}{after}"
    return readme_text, errors


def stale_tables(readme_text, classes):
    """Names of the components whose README table differs from the class, and marker errors."""
    fresh, errors = render(readme_text, classes)
    stale = []
    for name in classes:
        start, end = start_marker(name), end_marker(name)
        if start in readme_text and end in readme_text:
            old = readme_text.split(start, 1)[1].split(end, 1)[0]
            new = fresh.split(start, 1)[1].split(end, 1)[0]
            if old != new:
                stale.append(name)
    return stale, errors


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the tables in README.md")
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    classes = components()
    if args.write:
        fresh, errors = render(text, classes)
        README.write_text(fresh, encoding="utf-8")
    else:
        stale, errors = stale_tables(text, classes)
        errors += [
            f"README.md props table for {name} is stale: run python scripts/props_tables.py --write"
            for name in stale
        ]
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
