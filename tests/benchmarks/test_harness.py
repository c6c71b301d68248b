"""The benchmark harness's pure parts: statistics, ratios, the option generator, the table.

No browser: the benchmarks themselves run with `make bench`, never as tests.
"""

import os
import unicodedata

from benchmarks.options import city_options, fold, pick_query
from benchmarks.report import row, table_lines
from benchmarks.stats import ratio_of_medians, summarize


def test_summarize_gives_median_min_max_and_skips_missing_trials():
    assert summarize([5, 1, 3, None]) == {"median": 3, "min": 1, "max": 5, "n": 3}
    assert summarize([4, 1, 3, 2])["median"] == 2.5
    assert summarize([None, None]) is None
    assert summarize([]) is None


def test_ratio_of_medians_spans_every_pairing_of_trials():
    stats = ratio_of_medians([1, 2, 4], [2, 4, 8])
    assert stats == {"median": 0.5, "min": 0.125, "max": 2.0, "n": 3}


def test_ratio_of_medians_uses_every_trial_each_side_ran():
    # dcc stopped after two trials (its time budget): all of ours still count
    assert ratio_of_medians([2, 3, 9], [4, 6]) == {
        "median": 0.6,
        "min": 2 / 6,
        "max": 9 / 4,
        "n": 2,
    }
    assert ratio_of_medians([None, 2, 2], [4, None, None]) == {
        "median": 0.5,
        "min": 0.5,
        "max": 0.5,
        "n": 1,
    }


def test_ratio_of_medians_is_none_when_it_cannot_be_computed():
    assert ratio_of_medians([None], [4]) is None
    assert ratio_of_medians([3], [0]) is None
    assert ratio_of_medians([3], [None]) is None


def test_repeat_runs_of_one_distribution_agree():
    # what `make bench-repeat` relies on: two runs of the same noisy timings, 5 trials each,
    # agree on the ratio however the noise falls (seeded, so the test is deterministic)
    import random

    from benchmarks.compare import agrees

    rng = random.Random(6)

    def run():
        mine = [rng.lognormvariate(3, 0.2) for _ in range(5)]
        dcc = [rng.lognormvariate(4, 0.2) for _ in range(5)]
        return ratio_of_medians(mine, dcc)

    verdicts = [agrees(run(), run()) for _ in range(1000)]
    assert sum(verdicts) >= 990


def test_repeat_runs_disagree_when_a_side_got_slower():
    import random

    from benchmarks.compare import agrees

    rng = random.Random(6)

    def run(slower):
        mine = [slower * rng.lognormvariate(3, 0.1) for _ in range(5)]
        dcc = [rng.lognormvariate(4, 0.1) for _ in range(5)]
        return ratio_of_medians(mine, dcc)

    # trials close to each other: a side twice as slow is caught nine times in ten or more
    verdicts = [agrees(run(1.0), run(2.0)) for _ in range(1000)]
    assert sum(verdicts) <= 100


def test_options_are_deterministic_with_unique_values_and_labels():
    first, second = city_options(5000), city_options(5000)
    assert first == second
    assert len({o["value"] for o in first}) == 5000
    assert len({o["label"] for o in first}) == 5000
    assert city_options(100)[:10] == first[:10]  # a smaller list is a prefix of a larger one


def test_options_have_accented_labels():
    labels = [o["label"] for o in city_options(1000)]
    accented = [label for label in labels if fold(label) != label.lower()]
    assert len(accented) > 500
    assert any("São" in label for label in labels)


def test_fold_drops_case_and_accents():
    assert fold("São Paulo, Île-de-France") == "sao paulo, ile-de-france"
    assert fold("Łódź") == "łodz"  # ł has no decomposition; it stays
    assert unicodedata.is_normalized("NFC", fold("Zürich"))


def test_pick_query_changes_the_matches_at_every_keystroke():
    options = city_options(1000)
    query = pick_query(options)
    labels = [fold(o["label"]) for o in options]
    counts = [sum(query[:k] in label for label in labels) for k in (1, 2, 3)]
    assert len(query) == 3 and query.isascii()
    assert query[0] not in labels[0]
    assert counts[0] > counts[1] > counts[2] >= 5


def test_table_shows_na_for_a_missing_implementation():
    rows = [
        row("graph: request", "kB", None, [500.0, 510.0]),
        row("dropdown: load", "ms", [100.0, 120.0], [400.0, 400.0], floor=[50.0, 40.0]),
    ]
    lines = table_lines(rows)
    assert "n/a" in lines[1]
    assert "505 [500-510]" in lines[1]
    assert "0.28 [0.25-0.30]" in lines[2]  # mine/dcc: 110/400 [100/400-120/400]
    assert "2.44 [2.00-3.00]" in lines[2]  # mine/floor: 110/45 [100/50-120/40]


def test_rounds_alternate_drop_warmup_and_bench_a_failing_variant():
    from benchmarks.rounds import alternate

    calls = []

    def run_one(variant):
        calls.append(variant)
        if variant == "bad":
            raise RuntimeError("menu never opened\nstack...")
        return {"round": len(calls)}

    results = alternate(["a", "b", "bad"], 2, 1, run_one, str, lambda message: None)
    # round 0 (warm-up): a b bad; round 1 rotates to b, then a (bad sits out)
    assert calls == ["a", "b", "bad", "b", "a", "a", "b"]
    assert results["a"] == [{"round": 5}, {"round": 6}]
    assert results["b"] == [{"round": 4}, {"round": 7}]
    assert results["bad"] == [{"error": "RuntimeError: menu never opened"}]


def test_a_variant_past_its_budget_stops_after_the_minimum_trials():
    from benchmarks import rounds

    clock = {"now": 0.0}
    seconds = {"slow": 60.0, "fast": 1.0}
    calls = []

    def run_one(variant):
        calls.append(variant)
        clock["now"] += seconds[variant]
        return {"variant": variant}

    original = rounds.time.monotonic
    rounds.time.monotonic = lambda: clock["now"]
    try:
        results = rounds.alternate(["slow", "fast"], 5, 1, run_one, str, lambda m: None)
    finally:
        rounds.time.monotonic = original
    # slow: two measured trials pass the budget, but it runs to the minimum; fast runs all
    assert len(results["slow"]) == rounds.MIN_TRIALS == 4
    assert len(results["fast"]) == 5
    assert calls.count("slow") == 1 + 4


def test_component_props_reads_a_generated_class_and_tolerates_a_missing_one():
    from dash import dcc

    from benchmarks.apps import component_props

    graph_props = component_props(dcc.Graph)
    assert {"figure", "selectedData", "config"} <= graph_props
    assert "selected_data_format" not in graph_props  # so ours is "n/a" until it has it
    assert component_props(None) == set()


def test_two_runs_agree_when_their_spreads_overlap():
    from benchmarks.compare import agreement

    def ratio_row(figure, median, low, high):
        return {"figure": figure, "mine/dcc": {"median": median, "min": low, "max": high, "n": 3}}

    first = [ratio_row("load", 0.5, 0.4, 0.6), ratio_row("open", 0.5, 0.45, 0.55)]
    second = [ratio_row("load", 0.55, 0.45, 0.7), ratio_row("open", 0.9, 0.8, 1.0)]
    verdicts = {figure: agrees for figure, _, _, _, agrees in agreement(first, second)}
    assert verdicts == {"load": True, "open": False}
    # overlap is enough: a median outside the other spread is only counted, not a failure
    from benchmarks.compare import agrees, medians_inside

    low, high = {"median": 0.5, "min": 0.4, "max": 0.6}, {"median": 0.65, "min": 0.55, "max": 0.8}
    assert agrees(low, high) and not medians_inside(low, high)


def test_other_work_is_the_machine_busy_time_minus_ours():
    from benchmarks.load import machine_busy_seconds, other_share

    # the machine busy for 130 of 200 core-seconds, this run for 110 of them: others a tenth
    assert other_share(130, 110, 100, 2) == 0.1
    assert other_share(100, 110, 100, 2) == 0.0  # never negative
    tick = __import__("os").sysconf("SC_CLK_TCK")
    stat = f"cpu  {3 * tick} 0 {tick} {10 * tick} {tick} 0 0 0 0 0\ncpu0 ...\n"
    assert machine_busy_seconds(stat) == 4.0  # user + system; idle and iowait left out


def test_own_seconds_count_the_live_process_tree(tmp_path):
    from benchmarks.load import descendant_seconds

    def process(pid, ppid, ticks, name="chrome"):
        (tmp_path / str(pid)).mkdir()
        rest = ["S", str(ppid)] + ["0"] * 9 + [str(t) for t in ticks] + ["0"] * 5
        (tmp_path / str(pid) / "stat").write_text(f"{pid} ({name}) " + " ".join(rest))

    hz = os.sysconf("SC_CLK_TCK")
    process(10, 1, [hz, 0, 0, 0], name="python (run) x")  # the root: not counted
    process(11, 10, [hz, hz, 0, 0])  # chromedriver
    process(12, 11, [hz, 0, 2 * hz, 0])  # chrome, with the time of its reaped renderers
    process(13, 12, [0, hz, 0, 0])  # a live renderer
    process(20, 1, [50 * hz, 0, 0, 0])  # other work
    (tmp_path / "self").mkdir()  # not a process
    assert descendant_seconds(10, tmp_path) == 6


def test_identical_trials_agree_despite_float_noise():
    from benchmarks.compare import within

    assert within(0.52913, {"min": 0.52905, "max": 0.52910})
    assert not within(0.55, {"min": 0.52905, "max": 0.52910})
