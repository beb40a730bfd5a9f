"""Parsers: the same Analysis records in order wherever they are parsed, failures as
values, and a bounded amount of work in flight."""

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from presswatch.nlp import pipeline, workers
from presswatch.store import Store, sync

TEXTS = [
    f"Minister Clara Holm said in Oslo on day {i} that the deal may reportedly "
    f"collapse.\nThe ministry clearly denied it, according to Reuters."
    for i in range(150)
]


def test_in_process_results_are_one_analysis_per_text_in_order(nlp):
    results = workers.InProcess(nlp).submit(TEXTS[:3]).result()
    assert len(results) == 3
    assert all(isinstance(r, workers.Analysis) for r in results)
    assert [r.mentions[0].text for r in results] == ["Clara Holm"] * 3
    assert pickle.loads(pickle.dumps(results)) == results  # small records, not Docs


def test_an_article_the_rules_break_on_is_a_failure_and_the_rest_go_on(
    nlp, monkeypatch
):
    real = workers.analyse

    def fragile(doc):
        if "day 1 " in doc.text:
            raise IndexError("[E035] span out of range")
        return real(doc)

    monkeypatch.setattr(workers, "analyse", fragile)
    results = workers.analyse_texts(nlp, TEXTS[:3])
    assert isinstance(results[1], workers.Failure)
    assert results[1].detail == "IndexError: [E035] span out of range"
    assert isinstance(results[0], workers.Analysis)
    assert isinstance(results[2], workers.Analysis)


def test_a_process_pool_gives_what_one_process_gives(nlp):
    expected = workers.InProcess(nlp).submit(TEXTS).result()
    with workers.ProcessPool(2) as pool:
        assert pool.fingerprint(sync.CANONICAL_FILES) == sync.pipeline.fingerprint(
            nlp, exclude=sync.CANONICAL_FILES
        )
        job = pool.submit(TEXTS)  # 150 short texts: chunks of BATCH_TEXTS
        assert pool.backlog() <= -(-len(TEXTS) // pipeline.BATCH_TEXTS)
        assert job.result() == expected
        assert pool.backlog() == 0
        peaks = pool.peak_rss_mb()
    assert 1 <= len(peaks) <= 2
    assert all(name.startswith("pid ") and mb > 50 for name, mb in peaks.items())


class SlowParser(workers.InProcess):
    """Parses only when a result is asked for, and counts what waits in between."""

    def __init__(self, nlp):
        super().__init__(nlp)
        self.waiting: list[list[str]] = []
        self.most_waiting = 0
        self.order: list[str] = []

    def submit(self, texts):
        parser, texts = self, list(texts)
        self.waiting.append(texts)
        self.most_waiting = max(self.most_waiting, len(self.waiting))

        class Job:
            def done(self):
                return False

            def result(self):
                parser.waiting.remove(texts)
                parser.order.append(texts[0])
                return workers.analyse_texts(parser.nlp, texts)

        return Job()

    def backlog(self):
        return len(self.waiting)

    def capacity(self):
        return 2


def test_sync_keeps_a_bounded_number_of_batches_in_flight_and_writes_in_order(
    nlp, tmp_path: Path
):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": f"a{i}", "text": t}) + "\n"
            for i, t in enumerate(TEXTS[:40])
        ),
        encoding="utf-8",
    )
    parser = SlowParser(nlp)
    progress: list[tuple[int, int]] = []
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update(
            [feed],
            store,
            batch_size=4,
            parser=parser,
            on_parse=lambda queued, written: progress.append((queued, written)),
        )
        assert report.parsed == 40
        assert len(store.table("articles")) == 40
    assert parser.most_waiting == 3  # capacity 2, plus the batch just submitted
    assert parser.order == TEXTS[0:40:4]
    assert progress[-1] == (40, 40)
    assert all(written <= queued for queued, written in progress)
    assert [w for _, w in progress] == sorted(w for _, w in progress)


def test_a_worker_parses_without_importing_the_store_or_the_index_libraries():
    # Each worker (and the forkserver it is forked from) holds what it imports: the
    # store's DuckDB, pandas and pyarrow, and datasketch's scipy were 110 MB a process.
    code = (
        "import sys\n"
        "from presswatch.nlp import pipeline, workers\n"
        "[r] = workers.analyse_texts(pipeline.load(), [sys.argv[1]])\n"
        "assert r.mentions and r.claims, r\n"
        "heavy = {'duckdb', 'pandas', 'pyarrow', 'scipy', 'datasketch'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code, TEXTS[0]],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"


def test_workers_start_with_the_model_their_forkserver_loaded(tmp_path: Path):
    # The forkserver loads the default model and the rule tables once (`preload`):
    # a worker forked from it finds the model in its cache instead of loading its own.
    script = tmp_path / "pool.py"
    script.write_text(
        "from presswatch.nlp import workers\n"
        "QUERY = \"tuple(__import__('presswatch.nlp.pipeline', fromlist=['load'])"
        '.load.cache_info())"\n'
        "if __name__ == '__main__':\n"
        "    with workers.ProcessPool(2) as pool:\n"
        "        pool.fingerprint()\n"
        "        info = pool._pool.submit(eval, QUERY).result()\n"
        "    print(*info[:2])\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, str(script)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=True,
    )
    hits, misses = map(int, out.stdout.split())
    assert (hits, misses) == (1, 1)  # loaded in the forkserver, found by the worker


def test_writes_pause_the_cycle_collector_and_restore_it():
    import gc

    assert gc.isenabled()
    with sync.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # a caller's own choice stays
    try:
        with sync.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_worker_keeps_the_memory_a_parse_frees_for_the_next():
    # A forked worker's malloc gave each chunk's working memory back to the kernel
    # and faulted it in again at the next (10,000 page faults a chunk): with glibc's
    # fixed default thresholds a 4 MB buffer freed and allocated again faults each
    # time; once keep_freed_memory has run it comes back from the heap.
    import platform

    import pytest

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt's thresholds are glibc's")
    code = (
        "import ctypes, resource\n"
        "from presswatch.nlp import workers\n"
        "def faults():\n"
        "    start = resource.getrusage(resource.RUSAGE_SELF).ru_minflt\n"
        "    for _ in range(20):\n"
        "        buffer = bytearray(4 << 20)\n"
        "        del buffer\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - start\n"
        "ctypes.CDLL(None).mallopt(-3, 128 << 10)  # the default, fixed\n"
        "before = faults()\n"
        "workers.keep_freed_memory()\n"
        "faults()  # the first buffer from the heap is faulted in once\n"
        "print(before, faults())\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    before, after = map(int, out.stdout.split())
    assert before >= 20 * 1000  # 1,024 pages of 4 KB each time
    assert after < 100
