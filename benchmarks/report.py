"""Turn raw trials into rows (median, min, max, ratio mine/dcc) and print them as a table."""

from .stats import ratio_of_medians, summarize


def _values(trials, key):
    return [trial.get(key) for trial in trials] if trials is not None else None


def row(figure, unit, mine, dcc, floor=None):
    """One figure: per-implementation lists of trial values -> summaries and ratios."""
    return {
        "figure": figure,
        "unit": unit,
        "mine": summarize(mine) if mine is not None else None,
        "dcc": summarize(dcc) if dcc is not None else None,
        "floor": summarize(floor) if floor is not None else None,
        "mine/dcc": ratio_of_medians(mine, dcc) if mine is not None and dcc is not None else None,
        "mine/floor": (
            ratio_of_medians(mine, floor) if mine is not None and floor is not None else None
        ),
    }


def dropdown_rows(results):
    rows = []
    for count, measured in results.items():
        trials = measured["trials"]
        mine, dcc, floor = trials.get("mine"), trials.get("dcc"), trials.get("floor")
        name = f"dropdown {int(count):,}"

        def add(label, key, unit="ms", with_floor=False, _name=name, _m=mine, _d=dcc, _f=floor):
            rows.append(
                row(
                    f"{_name}: {label}",
                    unit,
                    _values(_m, key),
                    _values(_d, key),
                    _values(_f, key) if with_floor else None,
                )
            )

        add("load to usable control", "load_usable_ms", with_floor=True)
        add("load to control in DOM", "load_dom_ms", with_floor=True)
        add("open: rows in DOM", "open_dom_ms")
        add("open: rows painted", "open_paint_ms")
        for position in range(1, len(measured["query"]) + 1):
            typed = measured["query"][:position]
            add(f"key {position} ('{typed}'): rows in DOM", f"key{position}_dom_ms")
            add(f"key {position} ('{typed}'): painted", f"key{position}_paint_ms")
        add("rows in DOM, open menu", "menu_rows", unit="rows")
        add("JS heap after opening", "heap_mb", unit="MB")
    return rows


def graph_rows(results):
    rows = []
    for count, per_variant in results.items():
        dcc = per_variant.get("dcc-points")
        name = f"graph {int(count):,}"
        for fmt in ("points", "indices"):
            mine = per_variant.get(f"mine-{fmt}")
            for label, key, unit in (
                ("mouseup to output painted", "select_paint_ms", "ms"),
                ("mouseup to output in DOM", "select_dom_ms", "ms"),
                ("mouseup to request sent", "sent_after_mouseup_ms", "ms"),
                ("request carrying selectedData", "request_kb", "kB"),
                ("points selected", "selected_points", "pts"),
            ):
                rows.append(
                    row(
                        f"{name} ({fmt}, vs dcc points): {label}",
                        unit,
                        _values(mine, key) if mine is not None else None,
                        _values(dcc, key),
                    )
                )
    return rows


def weight_rows(results):
    rows = []
    for what in ("dropdown", "graph"):
        per_impl = results.get(what, {})
        mine, dcc = per_impl.get("mine"), per_impl.get("dcc")
        for label, key, unit in (
            ("JS loaded (decoded)", "js_decoded_kb", "kB"),
            ("JS transferred", "js_transfer_kb", "kB"),
            ("JS beyond an empty Dash page", "js_added_kb", "kB"),
            ("plotly.js loaded (1 = yes)", "plotly_loaded", "bool"),
        ):
            rows.append(
                row(
                    f"weight, {what}-only page: {label}",
                    unit,
                    [float(mine[key])] if mine is not None else None,
                    [float(dcc[key])] if dcc is not None else None,
                )
            )
    return rows


def _number(value, unit):
    if unit in ("rows", "pts", "bool") or abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def _cell(stats, unit):
    if stats is None:
        return "n/a"
    text = _number(stats["median"], unit)
    if stats["n"] > 1 and stats["min"] != stats["max"]:
        text += f" [{_number(stats['min'], unit)}-{_number(stats['max'], unit)}]"
    return text


def _ratio(stats):
    if stats is None:
        return "n/a"
    text = f"{stats['median']:.2f}"
    if stats["n"] > 1 and stats["min"] != stats["max"]:
        text += f" [{stats['min']:.2f}-{stats['max']:.2f}]"
    return text


HEADER = ("figure", "unit", "mine", "dcc", "mine/dcc", "floor", "mine/floor")


def table_lines(rows, markdown=False):
    """Rows as aligned text (or a Markdown table): median [min-max] of the trials."""
    cells = [HEADER] + [
        (
            r["figure"],
            r["unit"],
            _cell(r["mine"], r["unit"]),
            _cell(r["dcc"], r["unit"]),
            _ratio(r["mine/dcc"]),
            _cell(r["floor"], r["unit"]) if r["floor"] else "",
            _ratio(r["mine/floor"]) if r["floor"] else "",
        )
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(line) + " |" for line in cells]
        lines.insert(1, "|" + "---|" * len(HEADER))
        return lines
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADER))]
    return [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells
    ]


def problems(raw):
    """One line per variant that failed or was stopped, so a short row is never a mystery."""
    lines = []
    for count, measured in raw.get("dropdown", {}).items():
        for impl, trials in measured["trials"].items():
            lines += [f"dropdown {count} {impl}: {t['error']}" for t in trials if "error" in t]
            lines += [f"dropdown {count} {impl}: {t['stopped']}" for t in trials if "stopped" in t]
    for count, per_variant in raw.get("graph", {}).items():
        for name, trials in per_variant.items():
            lines += [f"graph {count} {name}: {t['error']}" for t in trials if "error" in t]
    return lines


# The figures the README shows; `make bench` prints all of them.
SUMMARY = (
    "load to usable control",
    "open: rows painted",
    "): painted",
    "rows in DOM, open menu",
    "JS heap after opening",
    "mouseup to output painted",
    "request carrying selectedData",
    "JS loaded (decoded)",
    "plotly.js loaded",
)


def main(argv=None):
    """`python -m benchmarks.report FILE [--summary]`: a results file as a Markdown table."""
    import argparse
    import json
    from pathlib import Path

    parser = argparse.ArgumentParser(prog="python -m benchmarks.report")
    parser.add_argument("results", type=Path)
    parser.add_argument("--summary", action="store_true", help="only the README's figures")
    args = parser.parse_args(argv)
    rows = json.loads(args.results.read_text())["rows"]
    if args.summary:
        rows = [r for r in rows if any(part in r["figure"] for part in SUMMARY)]
    print("\n".join(table_lines(rows, markdown=True)))


if __name__ == "__main__":
    main()
