"""Median, min and max of repeated trials, and ratios mine/dcc. Pure Python."""

import statistics


def summarize(values):
    """{"median", "min", "max", "n"} of the numbers in `values` (None entries are skipped)."""
    numbers = [v for v in values if v is not None]
    if not numbers:
        return None
    return {
        "median": statistics.median(numbers),
        "min": min(numbers),
        "max": max(numbers),
        "n": len(numbers),
    }


def ratio(numerator, denominator):
    """numerator / denominator, or None when either is missing or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def paired_ratios(mine, theirs):
    """Median, min and max of mine[i] / theirs[i] over trials run side by side (same round).

    The spread of these per-round ratios is what a second run's ratio should fall within.
    Trials are listed in round order, so when one side stopped early (its time budget), the
    rounds both ran are the leading ones. With no such pair, the ratio of the medians stands alone.
    """
    mine_stats, their_stats = summarize(mine), summarize(theirs)
    if mine_stats is None or their_stats is None:
        return None
    per_round = [ratio(a, b) for a, b in zip(mine, theirs, strict=False)]
    summary = summarize(per_round)
    if summary is not None:
        return summary
    only = ratio(mine_stats["median"], their_stats["median"])
    if only is None:
        return None
    return {"median": only, "min": only, "max": only, "n": 1}
