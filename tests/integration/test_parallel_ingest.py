"""Parsing on every core and on a real Dask cluster stores exactly what one process does.

The cluster is a real `dask scheduler` and two `dask worker` processes on loopback,
started here and always shut down; the ingest goes through the command line.
"""

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from presswatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("articles", "sentences", "mentions", "attributions", "hedges")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# Invented articles: actors, quoted and reported sources, hedges and boosters.
PEOPLE = ["Maria Keller", "Tomas Varga", "Ines Duarte", "Oskar Lind", "Lena Brandt"]
PLACES = ["Berlin", "Lisbon", "Warsaw", "Oslo", "Madrid", "Vienna"]
GROUPS = ["the European Commission", "NATO", "the World Bank", "Reuters"]
OUTLETS = ["Morning Ledger", "Harbour Times", "Valley Post"]


def invented_articles(n: int) -> Iterator[dict]:
    for i in range(n):
        person, other = PEOPLE[i % 5], PEOPLE[(i + 2) % 5]
        place, group = PLACES[i % 6], GROUPS[i % 4]
        body = (
            f"{person} said on Tuesday that talks in {place} may resume next week.\n"
            f"According to {group}, the plan could reportedly cost {i + 3} billion "
            f"euros.\n\n"
            f'"We will clearly not accept delays," {other} told reporters in {place}.'
            f" Officials allegedly met {person} twice, a spokesperson confirmed.\n"
            f"{group} might publish its review, sources close to the talks said."
        )
        yield {
            "id": f"story-{i}",
            "title": f"Talks in {place}, part {i}",
            "outlet": OUTLETS[i % 3],
            "published": f"2024-03-{1 + i % 28:02d}",
            "text": body,
        }


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> list[Path]:
    """A folder of .txt articles and a JSONL feed, 30 articles in all."""
    base = tmp_path_factory.mktemp("sources")
    folder = base / "folder"
    folder.mkdir()
    rows = list(invented_articles(30))
    for row in rows[:12]:
        (folder / f"{row['id']}.txt").write_text(
            f"Title: {row['title']}\nSource: {row['outlet']}\n"
            f"Date: {row['published']}\n\n{row['text']}\n",
            encoding="utf-8",
        )
    feed = base / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps(r) + "\n" for r in rows[12:]) + "{not json\n",
        encoding="utf-8",
    )
    return [folder, feed]


def ingest(db: Path, sources: list[Path], *options: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "presswatch", "ingest", *map(str, sources)]
        + ["--db", str(db), "--quiet", *options],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def tables(db: Path) -> dict[str, pd.DataFrame]:
    """Every parsed table, rows sorted, without columns that record when."""
    with Store(db) as store:
        out = {}
        for name in TABLES:
            df = store.table(name)
            df = df.drop(
                columns=[
                    c
                    for c in df.columns
                    if c.endswith("_at") or pd.api.types.is_datetime64_any_dtype(df[c])
                ]
            )
            out[name] = df.sort_values(list(df.columns)).reset_index(drop=True)
        return out


def assert_same_tables(a: Path, b: Path) -> None:
    left, right = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.fixture(scope="module")
def one_process(sources, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    out = ingest(db, sources, "--workers", "1")
    assert "read 30 articles: 30 parsed" in out and "skipped 1" in out
    counts = {name: len(df) for name, df in tables(db).items()}
    assert counts["articles"] == 30 and min(counts.values()) > 0, counts
    return db


def test_two_workers_store_what_one_process_does(sources, one_process, tmp_path):
    db = tmp_path / "two.duckdb"
    # small batches, so both workers parse and batches come back out of order
    out = ingest(db, sources, "--workers", "2", "--batch-size", "4")
    assert "read 30 articles: 30 parsed" in out and "skipped 1" in out
    assert_same_tables(one_process, db)
    again = ingest(db, sources, "--workers", "2")
    assert "0 parsed, 30 unchanged" in again


def _stop(process: subprocess.Popen) -> None:
    """Stop a process we started and the processes it started (its own group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=15)


def _listening_beyond_loopback(pids: set[int]) -> list[str]:
    """Sockets of these processes that listen on an address other than 127.0.0.1."""
    out = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True).stdout
    return [
        line
        for line in out.splitlines()
        if any(f"pid={pid}," in line for pid in pids)
        and not line.split()[3].startswith("127.0.0.1:")
    ]


@pytest.fixture
def dask_scheduler(tmp_path) -> Iterator[str]:
    """A real Dask scheduler and two one-thread workers on loopback; its address."""
    scheduler_file = tmp_path / "scheduler.json"
    loopback = ["--no-dashboard", "--dashboard-address", "127.0.0.1:0"]
    dask = [sys.executable, "-m", "dask"]
    started: list[subprocess.Popen] = []

    def start(args: list[str], log: str) -> None:
        started.append(
            subprocess.Popen(
                dask + args,
                cwd=tmp_path,
                env=ENV,
                stdout=subprocess.DEVNULL,
                stderr=(tmp_path / log).open("w"),
                start_new_session=True,  # its own process group, stopped as one
            )
        )

    try:
        start(
            ["scheduler", "--host", "127.0.0.1", "--port", "0"]
            + ["--scheduler-file", str(scheduler_file), *loopback],
            "scheduler.log",
        )
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() or not scheduler_file.read_text().strip():
            assert time.monotonic() < deadline, "the scheduler did not start"
            assert started[0].poll() is None, (tmp_path / "scheduler.log").read_text()
            time.sleep(0.2)
        for n in (1, 2):
            start(
                ["worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1"]
                + ["--nworkers", "1", "--host", "127.0.0.1", *loopback],
                f"worker{n}.log",
            )
        from distributed import Client

        with Client(scheduler_file=str(scheduler_file), timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield json.loads(scheduler_file.read_text())["address"]
    finally:
        for process in reversed(started):
            _stop(process)


def test_a_dask_cluster_stores_what_one_process_does(
    sources, one_process, dask_scheduler, tmp_path
):
    import psutil

    assert dask_scheduler.startswith("tcp://127.0.0.1:")
    ours = {p.pid for p in psutil.Process().children(recursive=True)}
    assert _listening_beyond_loopback(ours) == []
    db = tmp_path / "dask.duckdb"
    out = ingest(db, sources, "--scheduler", dask_scheduler, "--batch-size", "4")
    assert "read 30 articles: 30 parsed" in out and "skipped 1" in out
    assert_same_tables(one_process, db)


def test_no_scheduler_at_the_address_is_a_clear_error(sources, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "presswatch", "ingest", str(sources[1])]
        + ["--db", str(tmp_path / "s.duckdb"), "--quiet"]
        + ["--scheduler", "tcp://127.0.0.1:9"],  # the discard port: nobody listens
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "error: Dask scheduler tcp://127.0.0.1:9" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_killed_ingest_leaves_no_worker_behind(tmp_path):
    import psutil

    feed = tmp_path / "feed.jsonl"
    rows = [
        {**row, "id": f"{row['id']}-{n}", "text": f"{row['text']} Update {n}."}
        for n, row in enumerate(list(invented_articles(30)) * 20)
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest_process = subprocess.Popen(
        [sys.executable, "-m", "presswatch", "ingest", str(feed), "--quiet"]
        + ["--db", str(tmp_path / "s.duckdb"), "--workers", "2"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    family: list[psutil.Process] = []
    try:
        main = psutil.Process(ingest_process.pid)
        deadline = time.monotonic() + 120
        workers: list[psutil.Process] = []
        while len(workers) < 2:  # the forkserver's children: the two workers
            assert time.monotonic() < deadline, "the workers did not start"
            assert ingest_process.poll() is None, "the ingest ended before the kill"
            workers = [
                p
                for p in main.children(recursive=True)
                if p.ppid() != main.pid and "forkserver" in " ".join(p.cmdline())
            ]
            time.sleep(0.2)
        family = main.children(recursive=True)
        ingest_process.kill()
        ingest_process.wait(timeout=15)
        gone, alive = psutil.wait_procs(family, timeout=20)
        assert alive == [], f"left running after kill -9: {alive}"
    finally:
        if ingest_process.poll() is None:
            ingest_process.kill()
        for p in family:  # only if the test failed: nothing is left to stop
            if p.is_running():
                p.kill()
