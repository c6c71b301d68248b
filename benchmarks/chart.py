"""A chart of the ratios mine/dcc, as an SVG drawn here (no plotting library needed).

One line per figure of the summary: a dot at the ratio of the medians, a bar over its spread,
on a log scale around 1 (left of it: my_components is faster or smaller). `make bench` writes
it to docs/performance-ratios.svg; `python -m benchmarks.chart RESULTS.json OUT.svg` redraws it
from a results file.
"""

import argparse
import json
import math
from pathlib import Path
from xml.sax.saxutils import escape

from .report import SUMMARY

# Ratios of these units are charted: less is better for each.
UNITS = ("ms", "kB", "MB")
LABEL_WIDTH = 440
PLOT_WIDTH = 420
ROW_HEIGHT = 22
TOP = 56
BOTTOM = 44
BETTER = "#2a7d4f"
WORSE = "#b3412e"


def ratio_rows(rows):
    """(figure, median, min, max) of each summary row whose ratio mine/dcc is known."""
    charted = []
    for row in rows:
        ratio = row.get("mine/dcc")
        if (
            ratio
            and row["unit"] in UNITS
            and ratio["median"] > 0
            and any(part in row["figure"] for part in SUMMARY)
        ):
            charted.append((row["figure"], ratio["median"], ratio["min"], ratio["max"]))
    return charted


def _decades(charted):
    """The powers of ten the axis spans: always 1, and every ratio with its spread."""
    values = [value for _, *spread in charted for value in spread if value > 0] + [1.0]
    low = math.floor(math.log10(min(values)))
    high = math.ceil(math.log10(max(values)))
    return low, max(high, low + 1)


def svg(charted, title):
    """The chart as SVG text."""
    low, high = _decades(charted)
    height = TOP + ROW_HEIGHT * len(charted) + BOTTOM
    width = LABEL_WIDTH + PLOT_WIDTH + 40

    def x(value):
        share = (math.log10(value) - low) / (high - low)
        return LABEL_WIDTH + 20 + share * PLOT_WIDTH

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>',
        '<text x="10" y="40" fill="#555">ratio of the medians my_components / dcc '
        "(dot) and its spread over every pairing of trials (bar); left of 1: "
        "my_components faster or smaller</text>",
    ]
    bottom = TOP + ROW_HEIGHT * len(charted)
    for power in range(low, high + 1):
        value = 10.0**power
        grid_x = x(value)
        colour = "#333" if power == 0 else "#ddd"
        parts.append(
            f'<line x1="{grid_x:.1f}" y1="{TOP - 6}" x2="{grid_x:.1f}" y2="{bottom}" '
            f'stroke="{colour}"/>'
        )
        parts.append(
            f'<text x="{grid_x:.1f}" y="{bottom + 16}" text-anchor="middle">{value:g}</text>'
        )
    parts.append(
        f'<text x="{x(10.0**low) if low < 0 else LABEL_WIDTH + 20:.1f}" y="{bottom + 34}" '
        f'fill="{BETTER}">&#8592; better than dcc</text>'
    )
    parts.append(
        f'<text x="{LABEL_WIDTH + 20 + PLOT_WIDTH:.1f}" y="{bottom + 34}" text-anchor="end" '
        f'fill="{WORSE}">worse than dcc &#8594;</text>'
    )
    for index, (figure, median, least, most) in enumerate(charted):
        y = TOP + ROW_HEIGHT * index + ROW_HEIGHT / 2
        colour = BETTER if median <= 1 else WORSE
        label = escape(figure)
        parts.append(
            f'<text x="{LABEL_WIDTH + 10}" y="{y + 4:.1f}" text-anchor="end">{label}</text>'
        )
        if least > 0 and most > least:
            parts.append(
                f'<line x1="{x(least):.1f}" y1="{y:.1f}" x2="{x(most):.1f}" y2="{y:.1f}" '
                f'stroke="{colour}" stroke-width="4" stroke-opacity="0.35"/>'
            )
        parts.append(f'<circle cx="{x(median):.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>')
        parts.append(
            f'<text x="{width - 4}" y="{y + 4:.1f}" text-anchor="end" fill="{colour}">'
            f"{median:.2f}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def title_of(meta):
    """The run the chart comes from: its date, commit and machine."""
    machine = meta.get("machine", {})
    return (
        f"my_components vs dcc {meta.get('versions', {}).get('dash', '')}: "
        f"{meta.get('date', '')[:16].replace('T', ' ')} UTC, commit {machine.get('commit', '?')}, "
        f"{machine.get('cores', '?')} cores"
    )


def write(rows, meta, path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(svg(ratio_rows(rows), title_of(meta)), encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.chart", description=__doc__)
    parser.add_argument("results", type=Path, help="a results file of benchmarks.run")
    parser.add_argument("out", type=Path, help="the SVG to write")
    args = parser.parse_args(argv)
    results = json.loads(args.results.read_text(encoding="utf-8"))
    write(results["rows"], results["meta"], args.out)
    print(f"chart: {args.out}")


if __name__ == "__main__":
    main()
