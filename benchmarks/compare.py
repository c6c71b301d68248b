"""`python -m benchmarks.compare FIRST.json SECOND.json`: do two runs' ratios agree?

A ratio agrees when the two runs' printed spreads overlap: some ratio lies within both. The
spread (`stats.ratio_of_medians`) spans every ratio the trials allow, so a shift larger than the
trials' noise keeps the spreads apart. Also counted, for information: ratios whose median lies
within the other run's spread, both ways. With 5 trials of one and the same distribution that
holds for only about 91% of ratios (a simulation in tests/benchmarks), so over ~70 ratios it
would fail for identical runs: it measures luck, not repeatability. Prints one line per ratio and
the counts; exits 1 when any ratio disagrees.
"""

import json
import sys
from pathlib import Path

RATIOS = ("mine/dcc", "mine/floor")


# The table prints three significant digits: a spread of identical trials (the JS heap's) must
# not fail on a digit the table does not show.
PRINTED_PRECISION = 0.005


def within(value, spread):
    slack = abs(value) * PRINTED_PRECISION
    return spread["min"] - slack <= value <= spread["max"] + slack


def agrees(first, second):
    """The two spreads overlap (to the printed precision)."""
    return within(first["min"], second) or within(second["min"], first)


def medians_inside(first, second):
    """Each run's median lies within the other run's spread."""
    return within(first["median"], second) and within(second["median"], first)


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
            found.append((row["figure"], name, a, b, agrees(a, b)))
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
    for figure, name, a, b, agreeing in found:
        verdict = ("agrees" if agreeing else "DIFFERS") + ("" if medians_inside(a, b) else " ~")
        print(f"{verdict:10} {figure} ({name}): {_spread(a)} then {_spread(b)}")
    differ = sum(1 for *_, agreeing in found if not agreeing)
    inside = sum(1 for _, _, a, b, _ in found if medians_inside(a, b))
    print(f"\n{len(found) - differ} of {len(found)} ratios agree (printed spreads overlap)")
    print(
        f"{inside} of {len(found)} with each median within the other run's spread (marked ~ if not)"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
