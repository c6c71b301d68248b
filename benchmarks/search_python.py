"""Speed of my_components.SearchIndex: build time and per-query medians at 1,000 / 10,000 /
100,000 options like benchmarks/options.py's (accented city labels, values "city-000042").

Run: python -m benchmarks.search_python   (not part of `make test`: timings are not tests)
"""

import os
import statistics
import time

from benchmarks.options import city_options
from my_components import SearchIndex

# One to four characters as typed; "city" and "0042" match by value; "xyz" matches nothing.
QUERIES = ("a", "s", "sa", "mon", "sao", "gra bay", "xyz", "city", "0042")
SIZES = (1_000, 10_000, 100_000)
REPEATS = 31
BUILDS = 5


def _median_ms(run, repeats, *args, **kwargs):
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run(*args, **kwargs)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; medians of {REPEATS}")
    header = ["options", "build ms"] + [f"'{q}' ms" for q in QUERIES] + ["'a' limit=50 ms"]
    rows = [header, ["---:"] * len(header)]
    for size in SIZES:
        options = city_options(size)
        build = _median_ms(SearchIndex, BUILDS, options)
        index = SearchIndex(options)
        cells = [f"{size:,}", f"{build:.1f}"]
        for query in QUERIES:
            cells.append(f"{_median_ms(index.search, REPEATS, query):.2f}")
        cells.append(f"{_median_ms(index.search, REPEATS, 'a', limit=50):.2f}")
        rows.append(cells)
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
