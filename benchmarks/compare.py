"""`python -m benchmarks.compare FIRST.json SECOND.json`: do two runs' ratios agree?

A ratio agrees when each run's median lies within the other run's spread (min-max of the
per-round ratios). Prints one line per ratio and a count; exits 1 when any ratio disagrees.
"""

import json
import sys
from pathlib import Path

RATIOS = ("mine/dcc", "mine/floor")


# The table prints 3 significant digits: a spread of identical trials (JS heap: 0.53 [0.53-0.53])
# must not fail on the 5th digit.
PRINTED_PRECISION = 0.005


def within(value, spread):
    slack = abs(value) * PRINTED_PRECISION
    return spread["min"] - slack <= value <= spread["max"] + slack


def agreement(first_rows, second_rows):
    """[(figure, ratio name, first summary, second summary, agrees)] for ratios in both runs."""
    second_by_figure = {row["figure"]: row for row in second_rows}
    found = []
    for row in first_rows:
        other = second_by_figure.get(row["figure"])
        if other is None:
            continue
        for name in RATIOS:
            a, b = row.get(name), other.get(name)
            if a is None or b is None:
                continue
            agrees = within(a["median"], b) and within(b["median"], a)
            found.append((row["figure"], name, a, b, agrees))
    return found


def _spread(summary):
    return f"{summary['median']:.2f} [{summary['min']:.2f}-{summary['max']:.2f}]"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    first, second = (json.loads(Path(path).read_text())["rows"] for path in argv)
    found = agreement(first, second)
    for figure, name, a, b, agrees in found:
        verdict = "agrees" if agrees else "DIFFERS"
        print(f"{verdict:8} {figure} ({name}): {_spread(a)} then {_spread(b)}")
    differ = sum(1 for *_, agrees in found if not agrees)
    print(f"\n{len(found) - differ} of {len(found)} ratios agree within the printed spread")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
