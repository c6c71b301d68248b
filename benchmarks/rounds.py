"""Alternating rounds: every variant once per round, the order rotating, warm-up rounds dropped."""

import time

# A variant whose trial fails or takes longer than this is not run again at this size: one
# pathological implementation must not eat the whole time budget.
MAX_TRIAL_S = 90


def alternate(variants, trials, warmup, run_one, describe, log, max_trial_s=MAX_TRIAL_S):
    """{variant: [result, ...]} over `trials` measured rounds after `warmup` rounds.

    A failed or over-long trial is recorded as {"error": ...} and the variant sits out the rest.
    """
    results = {variant: [] for variant in variants}
    benched = {}
    for round_index in range(warmup + trials):
        shift = round_index % len(variants)
        for variant in variants[shift:] + variants[:shift]:
            if variant in benched:
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
            log(f"{variant} round {round_index} ({seconds:.1f} s): {describe(result)}")
            if variant in benched:
                log(f"{variant}: not run again: {benched[variant]}")
    return results
