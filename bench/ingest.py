"""Ingest throughput against plain spaCy, unchanged re-ingest, and peak memory.

Runs on the same texts from ../shared/eval/news_corpus:
  1. plain `nlp.pipe` in one process, with the pipeline `ingest` builds (every
     component it holds) on the soft texts `ingest` parses (the floor: the model's
     own cost on one core); that process has loaded its own model and exited before
     the ingest starts, so the ingest's memory is measured without it,
  2. `presswatch ingest` as the command runs by default: parsing on one worker process
     per core (`--workers`), starting the workers included, of those texts as a JSONL
     file into a fresh store (reading, parsing, rules, canonicalising, writing),
  3. the same ingest again, unchanged (nothing should be parsed), on the same workers.
Prints articles/s, words/s, CPU seconds and peak RSS (this process, each worker and
the forkserver they are forked from), then `ratio_vs_nlp_pipe=R reingest_speedup=S
peak_rss_mb=M workers=W`, M being the peaks of the ingest's processes added up (an
overestimate: pages a worker shares with the forkserver count in both). Targets: R >= 1.6 on 2 cores, S >= 50, M < 1500 at the
default --n 2000.

Then `cost_vs_base=C`: the per-article time of PressWatch's full analysis (the model,
the trained components, the rule components and the extractors) over that of
en_core_web_sm's own components alone, both in this process on the same --cost-n
texts in the same batches, each timed --cost-repeats times alternately and the
fastest run kept (the machine may be shared). Target: C <= 1.5.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Workers started by forkserver run this file again (as __mp_main__) before they
# parse: its top-level imports are only what a worker imports anyway, as for
# `python -m presswatch ingest` (whose __main__ is not run again). The store and its
# DuckDB, pandas and pyarrow are imported in main().
from presswatch.evaluation import DEFAULT_EVAL_DIR  # noqa: E402
from presswatch.nlp import pipeline, workers  # noqa: E402


def corpus_records(n: int, corpus: Path):
    """The first n articles of the news corpus, cycled with an id suffix past its end."""

    def rows():
        for cycle in itertools.count():
            with gzip.open(corpus, "rt", encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    if cycle:
                        row["id"] = f"{row['id']}~{cycle}"
                        row["text"] = f"{row['text']}\n({cycle})"
                    yield row

    return itertools.islice(rows(), n)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _forkservers():
    import psutil

    return [
        child
        for child in psutil.Process().children()
        if "forkserver" in " ".join(child.cmdline())
    ]


def forkserver_cpu_s() -> float:
    """CPU seconds of the forkserver (its imports, once, before the first fork)."""
    return sum(sum(server.cpu_times()[:2]) for server in _forkservers())


def workers_cpu_s() -> list[float]:
    """CPU seconds of each worker process so far (model loading included)."""
    return [
        sum(worker.cpu_times()[:2])
        for server in _forkservers()
        for worker in server.children()
    ]


def forkserver_rss_mb() -> float:
    """RSS of the process the workers are forked from (it only imports, then waits)."""
    return sum(server.memory_info().rss / (1 << 20) for server in _forkservers())


def cost_vs_base(texts: list[str], repeats: int = 3) -> tuple[float, float, float]:
    """(seconds of the base model's own components, seconds of the full analysis,
    their ratio) on the same texts, the fastest of `repeats` alternating runs."""
    import spacy

    from presswatch.nlp import analyse

    base = spacy.load(pipeline.model_package())
    full = pipeline.load()
    list(pipeline.parse(base, texts[:20]))
    list(pipeline.parse(full, texts[:20]))  # warm-up
    base_s: list[float] = []
    full_s: list[float] = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _doc in pipeline.parse(base, texts):  # the same text, in the same batches
            pass
        base_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for doc in pipeline.parse(full, texts):
            analyse(doc)
        full_s.append(time.perf_counter() - t0)
    return min(base_s), min(full_s), min(full_s) / min(base_s)


def print_cost(args: argparse.Namespace) -> None:
    texts = [r["text"] for r in corpus_records(args.cost_n, args.corpus)]
    base_s, full_s, cost = cost_vs_base(texts, args.cost_repeats)
    print(
        f"base components {base_s:8.2f} s, full analysis {full_s:8.2f} s "
        f"on {len(texts)} articles"
    )
    print(f"cost_vs_base={cost:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_EVAL_DIR / "news_corpus" / "articles.jsonl.gz",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=workers.cpu_count(),
        help="parsing processes (default: one per core, as `ingest`)",
    )
    parser.add_argument(
        "--cost-n",
        type=int,
        default=300,
        help="articles for cost_vs_base (default 300)",
    )
    parser.add_argument(
        "--cost-repeats", type=int, default=3, help="runs of each for cost_vs_base"
    )
    parser.add_argument(
        "--cost-only", action="store_true", help="measure cost_vs_base only"
    )
    parser.add_argument("--no-cost", action="store_true", help="leave cost_vs_base out")
    args = parser.parse_args()
    if args.cost_only:
        print_cost(args)
        return

    from presswatch.store import Store, sync

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as f:
            for row in corpus_records(args.n, args.corpus):
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        # The floor runs in a process of its own that has exited before the ingest
        # starts: its model is not in this process's peak memory, as an `ingest`
        # with workers never loads one here.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=spawn) as floor:
            pipe_s, pipe_cpu, words, floor_mb = floor.submit(
                nlp_pipe_floor, str(source)
            ).result()

        db = Path(tmp) / "bench.duckdb"
        with Store(db) as store:
            t0, cpu0 = time.perf_counter(), cpu_s()
            with _parser(args.workers) as parse:
                report = sync.update([source], store, parser=parse)
                ingest_s, main_cpu = time.perf_counter() - t0, cpu_s() - cpu0
                worker_cpu = workers_cpu_s()
                server_cpu = forkserver_cpu_s()
                assert report.parsed == args.n - report.duplicates, report.summary()

                t0 = time.perf_counter()
                again = sync.update([source], store, parser=parse)
                reingest_s = time.perf_counter() - t0
                assert again.parsed == 0, again.summary()
                worker_mb = parse.peak_rss_mb() if args.workers > 1 else {}
                server_mb = forkserver_rss_mb()

    n = args.n
    for name, seconds in (
        ("nlp.pipe", pipe_s),
        ("presswatch ingest", ingest_s),
        ("unchanged re-ingest", reingest_s),
    ):
        print(
            f"{name:<20} {seconds:8.2f} s  {n / seconds:9.1f} articles/s  "
            f"{words / seconds:11.0f} words/s"
        )
    print(f"articles={n} words={words} duplicates={report.duplicates}")
    main_mb = peak_rss_mb()
    total_mb = main_mb + sum(worker_mb.values()) + server_mb
    print(
        f"peak RSS: nlp.pipe floor process {floor_mb:.0f} MB (exited); "
        f"this process {main_mb:.0f} MB"
        + "".join(f", worker {name} {mb:.0f} MB" for name, mb in worker_mb.items())
        + (f", forkserver {server_mb:.0f} MB" if server_mb else "")
        + (f"; max per worker {max(worker_mb.values()):.0f} MB" if worker_mb else "")
        + f"; total {total_mb:.0f} MB"
    )
    # CPU seconds do not depend on what else the machine runs: wall-clock figures do
    # (with autogroup scheduling, every process of one session shares one share).
    ingest_cpu = main_cpu + sum(worker_cpu) + server_cpu
    print(
        f"cpu seconds: nlp.pipe {pipe_cpu:.1f}; ingest {ingest_cpu:.1f}"
        f" (this process {main_cpu:.1f}"
        + "".join(f", worker {s:.1f}" for s in worker_cpu)
        + (f", forkserver {server_cpu:.1f}" if server_cpu else "")
        + f"); load average {os.getloadavg()[0]:.1f}"
    )
    print(
        f"ratio_vs_nlp_pipe={pipe_s / ingest_s:.2f} "
        f"reingest_speedup={ingest_s / reingest_s:.1f} peak_rss_mb={total_mb:.0f} "
        f"workers={args.workers}"
    )
    if not args.no_cost:
        print_cost(args)


def nlp_pipe_floor(source: str) -> tuple[float, float, int, float]:
    """(seconds, CPU seconds, words, peak RSS in MB) of one `nlp.pipe` over the soft
    texts of a JSONL file, in the process this runs in (model loaded first)."""
    nlp = pipeline.load()
    with open(source, encoding="utf-8") as f:
        texts = [pipeline.soft_text(json.loads(line)["text"]) for line in f]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:50]))  # warm-up: first-call costs belong to neither run
    t0, cpu0 = time.perf_counter(), cpu_s()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0, cpu_s() - cpu0, words, peak_rss_mb()


def _parser(n: int):
    """What `ingest --workers n` parses with (1: this process, with its model)."""
    return workers.ProcessPool(n) if n > 1 else workers.InProcess()


if __name__ == "__main__":
    main()
