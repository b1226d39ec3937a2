"""What the benchmarks that time source trees in turn share: each tree's median, min and max of
each measure over its runs, printed one line per tree and measure."""

from __future__ import annotations

import statistics


def print_medians(seconds: dict[str, list[tuple[float, ...]]], measures: tuple[str, ...], runs: int) -> None:
    """Print, for each tree and measure (the n-th value of each run), its median, min and max."""
    for tree, values in seconds.items():
        for n, what in enumerate(measures):
            column = [v[n] for v in values]
            print(f"{tree}: {what} median {statistics.median(column):.2f} s "
                  f"(min {min(column):.2f}, max {max(column):.2f}; {runs} runs)")
