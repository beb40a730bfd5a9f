"""Run every fuzz property of tests/fuzz with many examples; print counts and time.

The test suite runs each property 50 times (profile "ci"); this runs each one
--examples times (default 10,000), one after another in one process, and prints
per property the examples run, the seconds taken and whether it held. A property
that fails prints Hypothesis's smallest failing example; the run goes on with the
next one and exits non-zero at the end.

    .venv/bin/python bench/fuzz.py                # all, 10,000 examples each
    .venv/bin/python bench/fuzz.py -k csv -n 500  # properties whose name has "csv"
    .venv/bin/python bench/fuzz.py -k nlp -k output  # two groups (e.g. in parallel)
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, settings  # noqa: E402


def properties(folder: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """(module.name, test) for every Hypothesis test in tests/fuzz/test_*.py."""
    for path in sorted(folder.glob("test_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, test in vars(module).items():
            if name.startswith("test_") and hasattr(test, "hypothesis"):
                yield f"{path.stem.removeprefix('test_')}.{name}", test


def counted(test: Callable[[], None]) -> list[int]:
    """Count the examples `test` runs, through Hypothesis's hook for wrapping."""
    calls = [0]
    inner = test.hypothesis.inner_test  # type: ignore[attr-defined]

    @functools.wraps(inner)
    def wrapper(*args: object, **kwargs: object) -> None:
        calls[0] += 1
        inner(*args, **kwargs)

    test.hypothesis.inner_test = wrapper  # type: ignore[attr-defined]
    return calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--examples", type=int, default=10_000)
    parser.add_argument(
        "-k", "--match", action="append", help="only names containing this (repeatable)"
    )
    args = parser.parse_args()
    settings.register_profile(
        "bench",
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    settings.load_profile("bench")
    failed = 0
    total = time.perf_counter()
    print(f"{'property':<58} {'examples':>9} {'seconds':>8}  result", flush=True)
    for name, test in properties(ROOT / "tests" / "fuzz"):
        if args.match and not any(part in name for part in args.match):
            continue
        calls = counted(test)
        start = time.perf_counter()
        try:
            test()
            result = "held"
        except Exception:  # noqa: BLE001 - report it, then the next property
            traceback.print_exc()
            result = "FAILED"
            failed += 1
        seconds = time.perf_counter() - start
        print(f"{name:<58} {calls[0]:>9} {seconds:>8.1f}  {result}", flush=True)
    print(f"total {time.perf_counter() - total:.0f} s, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
