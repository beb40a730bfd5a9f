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
the forkserver they are forked from), `ceiling_ratio=X cores=K` (X = K x the floor's CPU
seconds / the ingest's, K = min(--workers, cores): the best R the measured CPU allows),
then `ratio_vs_nlp_pipe=R reingest_speedup=S
peak_rss_mb=M workers=W`, M being the peaks of the ingest's processes added up (an
overestimate: pages a worker shares with the forkserver count in both). Targets: R >= 1.6 on 2 cores, S >= 50, M < 1500 at the
default --n 2000.

Then `cost_vs_base=C`: the per-article time of PressWatch's full analysis (the model,
the trained components, the rule components and the extractors) over that of
en_core_web_sm's own components alone, both in this process on the same --cost-n
texts in the same batches, each timed --cost-repeats times alternately and the
fastest run kept (the machine may be shared). Target: C <= 1.5.

`--floor-pair` also runs the floor's parse split over two processes at once (every
other text each, both cores busy as an ingest's workers keep them): `pair_overhead`
is their CPU over the one process's, `pair_ceiling_ratio` the best R the model
alone allows on two cores.

`--timeline` runs only the default ingest, each step timed (wall clock and CPU
seconds): when the workers start parsing, each worker's idle time, the tail from the
first worker out of work to the end, and where the ingest process spends its CPU.
Under load the times stretch, but the structure shows.

`--worker-split` runs only the default ingest and prints, for each worker, the CPU
seconds (time.process_time) of each stage of its chunks: the model's parse, each
extractor, pickling the chunk, the cycle collector, and what the worker spent
outside its chunks (start, model load, the pool's queues); with `--floor-pair` the
floor pair runs first, so the workers' parse is set against the model's own at the
same load.
"""

from __future__ import annotations

import argparse
import gc
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
from typing import Any

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


def write_corpus(folder: Path, n: int, corpus: Path) -> Path:
    """`corpus_records` as a JSONL feed in `folder`, the input every ingest run reads."""
    source = folder / "articles.jsonl"
    with source.open("w", encoding="utf-8") as f:
        for row in corpus_records(n, corpus):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return source


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
    parser.add_argument(
        "--floor-pair",
        action="store_true",
        help="also the floor's parse split over two processes at once (both cores busy)",
    )
    parser.add_argument(
        "--timeline",
        action="store_true",
        help="only the default ingest, timed event by event: where each worker waits",
    )
    parser.add_argument(
        "--worker-split",
        action="store_true",
        help="only the default ingest, each worker's CPU split by stage (parse, each "
        "extractor, pickling, the cycle collector); with --floor-pair, the floor "
        "pair first, for the parse's CPU measured at the same load",
    )
    args = parser.parse_args()
    if args.worker_split:
        print_worker_split(args)
        return
    if args.cost_only:
        print_cost(args)
        return
    if args.timeline:
        print_timeline(args)
        return

    from presswatch.store import Store, sync

    with tempfile.TemporaryDirectory() as tmp:
        source = write_corpus(Path(tmp), args.n, args.corpus)
        # The floor runs in a process of its own that has exited before the ingest
        # starts: its model is not in this process's peak memory, as an `ingest`
        # with workers never loads one here.
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=spawn) as floor:
            pipe_s, pipe_cpu, words, floor_mb = floor.submit(
                nlp_pipe_floor, str(source)
            ).result()
        pair = floor_pair(str(source)) if args.floor_pair else None

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
    # The best R the measured CPU allows: the floor's CPU spread over the cores the
    # workers can use, against all the CPU the ingest spent (any excess over the
    # floor is lost throughput however well the work is scheduled).
    cores = max(1, min(args.workers, os.cpu_count() or 1))
    print(f"ceiling_ratio={cores * pipe_cpu / ingest_cpu:.2f} cores={cores}")
    if pair:
        # The same parse split over two processes running at once: the CPU seconds
        # the model alone costs when both cores are busy, as the workers keep them.
        # 2 x the floor's CPU over theirs is the best R any ingest on two cores can
        # reach, whatever its own overhead.
        print(
            f"floor pair: two processes at once, CPU-s {pair[0]:.1f} + {pair[1]:.1f}"
            f" = {sum(pair):.1f} against one process's {pipe_cpu:.1f}: "
            f"pair_overhead={sum(pair) / pipe_cpu:.2f} "
            f"pair_ceiling_ratio={2 * pipe_cpu / sum(pair):.2f}"
        )
    print(
        f"ratio_vs_nlp_pipe={pipe_s / ingest_s:.2f} "
        f"reingest_speedup={ingest_s / reingest_s:.1f} peak_rss_mb={total_mb:.0f} "
        f"workers={args.workers}"
    )
    if not args.no_cost:
        print_cost(args)


def nlp_pipe_floor(
    source: str, half: int | None = None, start: Any = None
) -> tuple[float, float, int, float]:
    """(seconds, CPU seconds, words, peak RSS in MB) of one `nlp.pipe` over the soft
    texts of a JSONL file, in the process this runs in (model loaded first); `half`
    0 or 1: every other text only, timed from when `start` (a barrier) lets it."""
    nlp = pipeline.load()
    with open(source, encoding="utf-8") as f:
        texts = [pipeline.soft_text(json.loads(line)["text"]) for line in f]
    if half is not None:
        texts = texts[half::2]
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:50]))  # warm-up: first-call costs belong to neither run
    if start is not None:
        start.wait()
    t0, cpu0 = time.perf_counter(), cpu_s()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0, cpu_s() - cpu0, words, peak_rss_mb()


def floor_pair(source: str) -> tuple[float, float]:
    """CPU seconds of each of two `nlp.pipe` processes parsing every other text of
    the floor's at the same time (both cores busy, as in an ingest on two workers)."""
    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, ProcessPoolExecutor(2, mp_context=spawn) as two:
        start = manager.Barrier(2)
        runs = [two.submit(nlp_pipe_floor, source, half, start) for half in (0, 1)]
        return tuple(run.result()[1] for run in runs)  # type: ignore[return-value]


def _parser(n: int):
    """What `ingest --workers n` parses with (1: this process, with its model)."""
    return workers.ProcessPool(n) if n > 1 else workers.InProcess()


# --- --timeline: when each process reads, parses, waits and writes -----------------


def _timed_chunk(texts: list[str]) -> tuple[workers.Chunk, tuple]:
    """A pool chunk, with when (wall clock) and how much CPU it took in the worker."""
    t0, cpu0 = time.time(), time.process_time()
    chunk = workers._pool_chunk(texts)
    return chunk, (os.getpid(), t0, time.time(), time.process_time() - cpu0)


class _TimedJob:
    """A future of (Chunk, what the worker measured): `note` is given the pair when
    it comes back, and result() hands on the Chunk."""

    def __init__(self, future, note) -> None:
        future.add_done_callback(lambda f: note(*f.result()))
        self._future = future

    def done(self) -> bool:
        return self._future.done()

    def result(self) -> workers.Chunk:
        return self._future.result()[0]


class _TimedPool(workers.ProcessPool):
    def __init__(self, n: int, events: list) -> None:
        self.events = events
        super().__init__(n)

    def _submit_chunk(self, texts: list[str]):
        self.events.append(("submit", time.time(), len(texts)))

        def note(chunk: workers.Chunk, timing: tuple) -> None:
            self.events.append(("chunk", *timing, len(chunk.results), time.time()))

        return _TimedJob(self._pool.submit(_timed_chunk, texts), note)


def print_timeline(args: argparse.Namespace) -> None:
    """One default ingest of --n articles, each step timed: the start (until both
    workers parse), the steady state, the tail (from the first worker out of work to
    the end), each worker's idle time, and where the ingest process spends its CPU."""
    import threading

    import psutil

    from presswatch import claims, ingest
    from presswatch.store import Store, sync

    events: list[tuple] = []

    def timed(owner, name: str) -> None:
        """`owner.name` records when it ran and the CPU this thread spent in it."""
        real = getattr(owner, name)

        def call(*a, **k):
            t0, cpu0 = time.time(), time.thread_time()
            try:
                return real(*a, **k)
            finally:
                cpu = time.thread_time() - cpu0
                events.append(("step", name, t0, time.time(), cpu))

        setattr(owner, name, call)

    real_read = ingest.read

    def read(*a, **k):
        items, n, cpu = iter(real_read(*a, **k)), 0, 0.0
        while True:
            cpu0 = time.thread_time()
            item = next(items, None)
            cpu += time.thread_time() - cpu0
            if item is None:
                break
            n += 1
            if n == 1:
                events.append(("first item", time.time()))
            yield item
        events.append(("read end", time.time(), n, cpu))

    ingest.read = read
    for name in ("write_parsed", "replaced_articles", "reparse_stale"):
        timed(sync, name)
    timed(sync, "recanonicalise_if_changed")
    timed(claims, "prepare")
    timed(claims, "refresh")
    timed(Store, "add_duplicates")
    timed(Store, "_connect")
    with tempfile.TemporaryDirectory() as tmp:
        source = write_corpus(Path(tmp), args.n, args.corpus)
        me = psutil.Process()
        before = {t.id: t.user_time + t.system_time for t in me.threads()}
        start = time.time()
        with Store(Path(tmp) / "bench.duckdb") as store:
            with _TimedPool(args.workers, events) as parse:
                events.append(("pool", time.time()))
                timed(parse, "fingerprint")
                report = sync.update([source], store, parser=parse)
                end = time.time()
                pids = sorted({e[1] for e in events if e[0] == "chunk"})
                worker_cpu = {
                    pid: sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids
                }
                server_cpu = forkserver_cpu_s()
                threads = {
                    t.id: t.user_time + t.system_time - before.get(t.id, 0.0)
                    for t in me.threads()
                }
    print(report.summary().splitlines()[0])
    main_thread = threads.pop(threading.get_native_id(), 0.0)
    cpu = (worker_cpu, server_cpu, main_thread, sum(threads.values()))
    _print_timeline(events, start, end, *cpu)


def _print_timeline(events, start, end, worker_cpu, server_cpu, main_cpu, other_cpu):
    def at(t: float) -> str:
        return f"{t - start:6.2f} s"

    def first(kind: str) -> tuple:
        return next(e for e in events if e[0] == kind)

    chunks = sorted((e for e in events if e[0] == "chunk"), key=lambda e: e[2])
    steps = [e for e in events if e[0] == "step"]
    writes = [e for e in steps if e[1] == "write_parsed"]
    by_pid: dict[int, list[tuple]] = {}
    for e in chunks:
        by_pid.setdefault(e[1], []).append(e)
    both = max(own[0][2] for own in by_pid.values())
    out_of_work = min(own[-1][3] for own in by_pid.values())
    last_chunk = max(own[-1][3] for own in by_pid.values())
    read_end = first("read end")
    fingerprint = next(e for e in steps if e[1] == "fingerprint")
    moments = [
        (first("pool")[1], "pool made (its workers start from a thread)"),
        (fingerprint[3], "fingerprint back from a worker: input read starts"),
        (first("first item")[1], "first article read"),
        (first("submit")[1], "first chunk submitted"),
        (read_end[1], f"input read to its end ({read_end[2]} records)"),
        (both, "both workers parsing"),
        (out_of_work, "first worker out of work"),
        (last_chunk, "last chunk parsed"),
        (writes[-1][3], "last write done"),
        (end, "sync.update returns"),
    ]
    for pid, own in by_pid.items():
        moments.append((own[0][2], f"worker {pid} starts its first chunk"))
    for t, what in sorted(moments):
        print(f"{at(t)}  {what}")
    durations = sorted(c[3] - c[2] for c in chunks)
    after = [e for e in steps if e[1] == "_connect" and e[2] >= writes[-1][3]]
    print(
        f"start {both - start:.2f} s, steady {out_of_work - both:.2f} s, tail "
        f"{end - out_of_work:.2f} s (to the last chunk's end "
        f"{last_chunk - out_of_work:.2f}, the last write "
        f"{writes[-1][3] - writes[-1][2]:.2f}, after it {end - writes[-1][3]:.2f} "
        f"with {len(after)} store connections); a chunk takes "
        f"{durations[len(durations) // 2]:.2f} s (median of {len(chunks)}), the "
        f"longest {durations[-1]:.2f} s"
    )
    for pid, own in sorted(by_pid.items()):
        gaps = sorted(
            ((b[2] - a[3], a[3]) for a, b in itertools.pairwise(own)), reverse=True
        )
        print(
            f"worker {pid}: {len(own)} chunks, {sum(c[5] for c in own)} texts, parsing "
            f"{sum(c[3] - c[2] for c in own):.1f} s (CPU {sum(c[4] for c in own):.1f}, "
            f"process {worker_cpu[pid]:.1f}); idle before its first chunk "
            f"{own[0][2] - start:.2f} s, between chunks {sum(g for g, _ in gaps):.2f} s"
            " (largest "
            + ", ".join(f"{g:.2f} at {at(t)}" for g, t in gaps[:3])
            + f"), after its last {end - own[-1][3]:.2f} s"
        )
    cpu: dict[str, float] = {"read": read_end[3]}
    for _, name, _, _, seconds in steps:
        cpu[name] = cpu.get(name, 0.0) + seconds
    print(
        f"ingest process CPU: main thread {main_cpu:.2f} ("
        + ", ".join(f"{name} {s:.2f}" for name, s in cpu.items())
        + f"), other threads {other_cpu:.2f}; {len(writes)} writes of "
        + ", ".join(f"{w[3] - w[2]:.2f} s at {at(w[2])}" for w in writes)
        + f"; forkserver {server_cpu:.1f} CPU-s; load average "
        f"{os.getloadavg()[0]:.1f}"
    )


# --- --worker-split: where a worker's CPU goes, stage by stage ---------------------

# (stage, module, function): what analyse_texts calls, wrapped in each worker
_STAGES = (
    ("mentions", "presswatch.nlp.actors", "mentions"),
    ("sentences", "presswatch.nlp", "sentences"),
    ("attributions", "presswatch.nlp.attribution", "attributions"),
    ("hedges", "presswatch.nlp.hedging", "hedges"),
    ("claims", "presswatch.nlp.workers", "claim_features"),
)
_split: dict[str, float] = {}


def _wrap_stages() -> None:
    """Once per worker: each stage adds its CPU seconds to `_split`; the parse is
    timed inside each step of its generator (the model parses a batch at the first)."""
    import importlib

    def timed(name: str, real):
        def call(*a, **k):
            cpu0 = time.process_time()
            try:
                return real(*a, **k)
            finally:
                _split[name] = _split.get(name, 0.0) + time.process_time() - cpu0

        return call

    def parsed(*a, **k):
        docs = real_parsed(*a, **k)
        while True:
            cpu0 = time.process_time()
            doc = next(docs, None)
            _split["parse"] = _split.get("parse", 0.0) + time.process_time() - cpu0
            if doc is None:
                return
            yield doc

    real_parsed = workers._parsed
    workers._parsed = parsed
    for name, module, function in _STAGES:
        owner = importlib.import_module(module)
        setattr(owner, function, timed(name, getattr(owner, function)))
    collected = [0.0]

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            collected[0] = time.process_time()
        else:
            _split["gc"] = _split.get("gc", 0.0) + time.process_time() - collected[0]

    gc.callbacks.append(collector)


def _split_chunk(texts: list[str]) -> tuple[workers.Chunk, tuple]:
    """A pool chunk, with its stages' CPU seconds and the worker's page faults."""
    import pickle

    if not _split:
        _split["before first chunk"] = time.process_time()
        _wrap_stages()
    split0 = dict(_split)
    cpu0 = time.process_time()
    faults0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    chunk = workers._pool_chunk(texts)
    cpu1 = time.process_time()
    pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)  # as the pool's queue does
    stages = {k: v - split0.get(k, 0.0) for k, v in _split.items()}
    stages["pickle"] = time.process_time() - cpu1
    stages["chunk"] = cpu1 - cpu0
    stages["page faults"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults0
    stages["before first chunk"] = _split["before first chunk"]
    return chunk, (os.getpid(), stages)


class _SplitPool(workers.ProcessPool):
    def __init__(self, n: int) -> None:
        self.split: dict[int, dict[str, float]] = {}
        super().__init__(n)

    def _submit_chunk(self, texts: list[str]):
        def note(chunk: workers.Chunk, timing: tuple) -> None:
            pid, stages = timing
            own = self.split.setdefault(pid, {"chunks": 0, "texts": 0})
            own["chunks"] += 1
            own["texts"] += len(texts)
            for name, value in stages.items():
                if name == "before first chunk":
                    own[name] = value
                else:
                    own[name] = own.get(name, 0.0) + value

        return _TimedJob(self._pool.submit(_split_chunk, texts), note)


def print_worker_split(args: argparse.Namespace) -> None:
    """One default ingest of --n articles; each worker's CPU by stage."""
    import psutil

    from presswatch.store import Store, sync

    with tempfile.TemporaryDirectory() as tmp:
        source = write_corpus(Path(tmp), args.n, args.corpus)
        pair = floor_pair(str(source)) if args.floor_pair else None
        with Store(Path(tmp) / "bench.duckdb") as store:
            cpu0 = cpu_s()
            with _SplitPool(args.workers) as parse:
                report = sync.update([source], store, parser=parse)
                process_cpu = {
                    pid: sum(psutil.Process(pid).cpu_times()[:2]) for pid in parse.split
                }
                server_cpu = forkserver_cpu_s()
            main_cpu = cpu_s() - cpu0
    print(report.summary().splitlines()[0])
    names = ["parse", *(name for name, _, _ in _STAGES), "pickle", "gc"]
    total: dict[str, float] = {}
    for pid, own in sorted(parse.split.items()):
        extraction = own["chunk"] - own.get("parse", 0.0)
        outside = process_cpu[pid] - own["chunk"] - own.get("pickle", 0.0)
        print(
            f"worker {pid}: {own['chunks']} chunks, {own['texts']} texts, CPU-s "
            + ", ".join(f"{name} {own.get(name, 0.0):.2f}" for name in names)
            + f"; extraction in all {extraction:.2f} (other Python of the chunk "
            f"{extraction - sum(own.get(n, 0.0) for n, _, _ in _STAGES):.2f}); "
            f"outside chunks {outside:.2f} (before the first "
            f"{own['before first chunk']:.2f}); process {process_cpu[pid]:.2f}; "
            f"{own['page faults']:.0f} minor page faults (gc overlaps the stages; "
            "the pickle is the bench's own, the queue pickles once more)"
        )
        for name in names:
            total[name] = total.get(name, 0.0) + own.get(name, 0.0)
    rest = sum(process_cpu.values()) - total["parse"]
    line = f"workers: parse {total['parse']:.1f} CPU-s, all else {rest:.1f}"
    if pair:
        line += (
            f"; floor pair (the model alone, both cores busy) {pair[0]:.1f} + "
            f"{pair[1]:.1f} = {sum(pair):.1f}"
        )
    print(
        line + f"; ingest process {main_cpu:.1f}, forkserver {server_cpu:.1f}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
