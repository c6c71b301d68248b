"""Alternating rounds: every variant once per round, the order rotating, warm-up rounds dropped."""

import time

# A variant whose trial fails or takes longer than this is not run again at this size: one
# pathological implementation must not eat the whole time budget.
MAX_TRIAL_S = 90
# A variant whose measured trials at one size add up to more than this stops once it has
# MIN_TRIALS of them (dcc.Dropdown at the largest size is that slow), so `make bench` stays short.
# Four, not three: a ratio over three trials of one side is most often out of step in a second run.
TRIAL_BUDGET_S = 100
MIN_TRIALS = 4


def alternate(
    variants,
    trials,
    warmup,
    run_one,
    describe,
    log,
    max_trial_s=MAX_TRIAL_S,
    budget_s=TRIAL_BUDGET_S,
):
    """{variant: [result, ...]} over `trials` measured rounds after `warmup` rounds.

    A failed or over-long trial is recorded as {"error": ...} and the variant sits out the rest.
    A variant past its time budget with MIN_TRIALS measured sits out the rest, its results kept.
    """
    results = {variant: [] for variant in variants}
    benched = {}
    spent = {variant: 0.0 for variant in variants}
    enough = set()
    for round_index in range(warmup + trials):
        shift = round_index % len(variants)
        for variant in variants[shift:] + variants[:shift]:
            if variant in benched or variant in enough:
                continue
            started = time.monotonic()
            try:
                result = run_one(variant)
            except Exception as error:  # report it and keep the other figures coming
                result = {"error": f"{type(error).__name__}: {error}".splitlines()[0]}
                benched[variant] = result["error"]
            seconds = time.monotonic() - started
            if seconds > max_trial_s and variant not in benched:
                benched[variant] = f"one trial took {seconds:.0f} s (> {max_trial_s} s)"
            if round_index >= warmup or variant in benched:
                results[variant].append(result)
                spent[variant] += seconds
            log(f"{variant} round {round_index} ({seconds:.1f} s): {describe(result)}")
            if variant in benched:
                log(f"{variant}: not run again: {benched[variant]}")
            elif len(results[variant]) >= MIN_TRIALS and spent[variant] > budget_s:
                enough.add(variant)
                took = f"{len(results[variant])} trials took {spent[variant]:.0f} s"
                log(f"{variant}: {took}, not run again at this size")
    return results
