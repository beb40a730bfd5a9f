"""What keeping the rollups costs a batch write, measured on a copy of a store.

    .venv/bin/python bench/rollups.py --db STORE [--batch 200] [--repeat 3]

Takes `--batch` stored articles with their rows (no parsing), writes them again as new
articles (new ids and hashes, so nothing is replaced) and then once more as the same
articles (each replaces its earlier version), on a copy of STORE with its rollups and
on a copy without them. Prints per write kind the median seconds with and without the
rollups, and as its last line

    write_s=… write_plain_s=… rewrite_s=… rewrite_plain_s=… rollup_cost_s=…

(rollup_cost_s = what the rollups add to one new batch).
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from presswatch.nlp import Analysis  # noqa: E402
from presswatch.records import Article, Attribution, Hedge, Mention, Sentence  # noqa: E402
from presswatch.store import Store, rollups  # noqa: E402


def fields(record: type) -> str:
    return ", ".join(f'"{f.name}"' for f in dataclasses.fields(record))


def batch(store: Store, n: int) -> tuple[list[Article], list[Analysis]]:
    """n stored articles (spread over the store) and their rows as parsed records."""
    ids = [
        i
        for (i,) in store.rows(
            "SELECT id FROM articles ORDER BY hash(id) LIMIT ?",
            [n],
        )
    ]
    articles = [
        Article(*row)
        for row in store.rows(
            f"SELECT {fields(Article)} FROM articles WHERE id IN (SELECT unnest(?)) "
            "ORDER BY id",
            [ids],
        )
    ]

    def rows(table: str, record: type) -> dict[str, list]:
        out: dict[str, list] = {}
        for article_id, *values in store.rows(
            f"SELECT article_id, {fields(record)} FROM {table} "
            "WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ):
            out.setdefault(article_id, []).append(record(*values))
        return out

    tables = {
        "sentences": rows("sentences", Sentence),
        "mentions": rows("mentions", Mention),
        "attributions": rows("attributions", Attribution),
        "hedges": rows("hedges", Hedge),
    }
    analyses = [Analysis(*(tables[t].get(a.id, []) for t in tables)) for a in articles]
    return articles, analyses


def renamed(articles: list[Article], tag: str) -> list[Article]:
    return [
        dataclasses.replace(
            a,
            id=f"{a.id}#{tag}",
            content_hash=f"{a.content_hash}#{tag}",
            path=f"{a.path}#{tag}",
        )
        for a in articles
    ]


def timed(store: Store, articles: list[Article], analyses: list[Analysis]) -> float:
    started = time.perf_counter()
    store.write(articles, analyses, "bench")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="pw-rollups-", dir="/tmp") as tmp:
        with_rollups = Path(tmp) / "with.duckdb"
        shutil.copy(args.db, with_rollups)
        store = Store(with_rollups)
        articles, analyses = batch(store, args.batch)
        plain_path = Path(tmp) / "plain.duckdb"
        shutil.copy(with_rollups, plain_path)
        plain = Store(plain_path)
        with plain.writing() as con:  # as a store before the rollups
            for table in rollups.TABLES:
                con.execute(f"DROP TABLE {table}")
            con.execute("DELETE FROM meta WHERE key = ?", [rollups.META_KEY])
        figures: dict[str, list[float]] = {}
        for k in range(args.repeat):
            new = renamed(articles, f"b{k}")
            for name, s in (("", store), ("_plain", plain)):
                figures.setdefault(f"write{name}_s", []).append(timed(s, new, analyses))
                figures.setdefault(f"rewrite{name}_s", []).append(
                    timed(s, new, analyses)
                )
        [(ok,)] = store.rows("SELECT value = ? FROM meta WHERE key = ?",
                             [rollups.VERSION, rollups.META_KEY])  # fmt: skip
        assert ok and not rollups_in(plain), "the copies are not what they should be"
    med = {k: statistics.median(v) for k, v in figures.items()}
    print(
        f"articles={store_size(args.db)} batch={len(articles)} repeat={args.repeat}",
        file=sys.stderr,
    )
    print(
        " ".join(f"{k}={v:.3f}" for k, v in med.items())
        + f" rollup_cost_s={med['write_s'] - med['write_plain_s']:.3f}"
    )
    return 0


def rollups_in(store: Store) -> bool:
    return bool(store.rows("SELECT 1 FROM meta WHERE key = ?", [rollups.META_KEY]))


def store_size(db: Path) -> int:
    return Store(db, read_only=True).article_count()


if __name__ == "__main__":
    sys.exit(main())
