"""Median, min and max of repeated trials, and ratios mine/dcc with their spread. Pure Python."""

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


def ratio_of_medians(mine, theirs):
    """median(mine) / median(theirs), spread from the slowest to the fastest pairing of trials.

    The spread (min(mine) / max(theirs) to max(mine) / min(theirs)) holds every ratio the trials
    allow, so it carries the uncertainty of both medians. A spread of per-round ratios did not:
    with 5 rounds, two runs drawn from the same distributions put each median inside the other's
    spread only about 70% of the time. Trials a side did not run (its time budget) are left out.
    """
    mine_stats, their_stats = summarize(mine), summarize(theirs)
    if mine_stats is None or their_stats is None or their_stats["min"] <= 0:
        return None
    return {
        "median": mine_stats["median"] / their_stats["median"],
        "min": mine_stats["min"] / their_stats["max"],
        "max": mine_stats["max"] / their_stats["min"],
        "n": min(mine_stats["n"], their_stats["n"]),
    }
