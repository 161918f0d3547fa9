#!/usr/bin/env python3
"""Compares criterion's medians with the budgets of benches/budgets.csv.

    bench_budgets.py BUDGETS CRITERION_DIR MARGIN

Prints one line per benchmark, and exits 1 when a budgeted one is over MARGIN times its
budget or did not run. Benchmarks without a budget are listed for information.
"""

import csv
import fnmatch
import json
import pathlib
import sys

UNITS = {"us": 1e3, "ms": 1e6, "s": 1e9}


def nanoseconds(budget: str) -> float:
    for unit in sorted(UNITS, key=len, reverse=True):
        if budget.endswith(unit):
            return float(budget[: -len(unit)]) * UNITS[unit]
    raise ValueError(f"budget {budget!r}: a number and us, ms or s")


def words(ns: float) -> str:
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.1f} µs"


def main() -> int:
    budgets_file, criterion_dir, margin = sys.argv[1], pathlib.Path(sys.argv[2]), float(sys.argv[3])
    budgets = []
    with open(budgets_file, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["benchmark"]
            if name.startswith("#"):
                continue
            budgets.append((name, nanoseconds(row["budget"]), row["source"]))

    medians = {}
    for found in criterion_dir.glob("**/new/benchmark.json"):
        full_id = json.loads(found.read_text(encoding="utf-8"))["full_id"]
        estimates = json.loads((found.parent / "estimates.json").read_text(encoding="utf-8"))
        medians[full_id] = estimates["median"]["point_estimate"]

    failures = []
    matched = set()
    for name, budget, source in budgets:
        ids = sorted(i for i in medians if fnmatch.fnmatchcase(i, name))
        if not ids:
            failures.append(f"{name}: did not run (renamed? its budget: {source})")
            continue
        for i in ids:
            matched.add(i)
            ratio = medians[i] / budget
            verdict = "ok" if ratio <= 1 else ("over budget" if ratio <= margin else "FAILED")
            print(f"{verdict:>11}  {words(medians[i]):>10} of {words(budget):>8} ({ratio:4.2f}×)  {i}")
            if ratio > margin:
                failures.append(f"{i}: {words(medians[i])}, over {margin:g}× its budget of {words(budget)} ({source})")
    for i in sorted(set(medians) - matched):
        print(f"{'no budget':>11}  {words(medians[i]):>10}                        {i}")

    if failures:
        print(file=sys.stderr)
        for failure in failures:
            print(f"bench-check: {failure}", file=sys.stderr)
        return 1
    print(f"bench-check: {len(matched)} benchmarks within {margin:g}× their budgets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
