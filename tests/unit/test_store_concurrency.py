"""Many writers and readers on one store: threads in one process, and processes at once."""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from presswatch.store import Store, sync

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = ["Anna Keller", "Jonas Brandt", "Mira Osei", "Tomas Lind", "Elena Ruiz"]
CITIES = ["Kyiv", "Berlin", "Paris", "Warsaw", "Madrid", "Oslo"]


def story(n: int) -> str:
    """A short invented article, different for every n."""
    person, city = PEOPLE[n % len(PEOPLE)], CITIES[n % len(CITIES)]
    return (
        f"{person} said on Monday that {n} trucks had reached {city}. "
        f"Officials in {city} reportedly confirmed shipment number {n}."
    )


def write_story(folder: Path, name: str, n: int, *, title: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"Title: {title or f'Story {n}'}\nOutlet: {folder.name}\nDate: 2026-11-0{n % 9 + 1}"
        f"\n\n{story(n)}\n",
        encoding="utf-8",
    )


def orphans(store: Store) -> int:
    """Articles without their sentences: a half-written batch would show here."""
    return int(
        store.query(
            "SELECT count(*) AS n FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).n[0]
    )


def ingest(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "presswatch", "ingest", *args, "--quiet"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PRESSWATCH_LOCK_TIMEOUT": "120"},
    )


def test_threads_uploading_saving_aliases_and_reading_at_once(nlp, tmp_path: Path):
    db = tmp_path / "s.duckdb"
    store = Store(db)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        (ROOT / "data" / "aliases.csv").read_text(encoding="utf-8")
        + "Anna Keller,Minister Keller,PERSON\n",
        encoding="utf-8",
    )
    uploaders, per_thread = 4, 5
    errors: list[BaseException] = []
    reads: list[int] = []
    done = threading.Event()

    def guarded(work):
        def run():
            try:
                work()
            except BaseException as err:  # noqa: BLE001 - reported by the test
                errors.append(err)

        return run

    def upload(t: int) -> None:
        for i in range(per_thread):
            n = t * 100 + i
            folder = tmp_path / f"upload-{t}-{i}" / f"Outlet{t}"
            write_story(folder, f"u{n}.txt", n)
            report = sync.update([folder], store, nlp)
            assert report.parsed == 1, report.summary()

    def save_aliases() -> None:
        for _ in range(3):
            sync.recanonicalise(store, aliases)

    def read() -> None:
        while not done.is_set():
            reads.append(int(store.query("SELECT count(*) AS n FROM articles").n[0]))
            assert orphans(store) == 0

    writers = [
        threading.Thread(target=guarded(lambda t=t: upload(t)))
        for t in range(uploaders)
    ]
    writers += [threading.Thread(target=guarded(save_aliases)) for _ in range(2)]
    readers = [threading.Thread(target=guarded(read)) for _ in range(2)]
    for thread in writers + readers:
        thread.start()
    for thread in writers:
        thread.join(timeout=300)
    done.set()
    for thread in readers:
        thread.join(timeout=60)
    assert not errors, errors
    assert len(reads) > 1
    articles = store.table("articles")
    assert len(articles) == uploaders * per_thread
    assert set(articles.id.map(type)) == {str}
    assert orphans(store) == 0
    sync.recanonicalise(store, aliases)  # the store still answers and takes writes
    actors = set(store.table("mentions").query("type == 'PERSON'").actor)
    assert "Minister Keller" in actors and "Anna Keller" not in actors


def test_two_ingests_at_once_land_every_article_once(tmp_path: Path, monkeypatch):
    """Overlapping folders: a folder both read, and copies of the same texts in each."""
    shared, a, b = tmp_path / "Shared", tmp_path / "WireA", tmp_path / "WireB"
    for n in range(6):
        write_story(shared, f"s{n}.txt", n)
    for n in range(10, 22):
        write_story(a, f"a{n}.txt", n)
    for n in range(30, 42):
        write_story(b, f"b{n}.txt", n)
    for n in range(50, 55):  # the same texts in both wires: one kept, one a copy
        write_story(a, f"copy{n}.txt", n, title=f"A: story {n}")
        write_story(b, f"copy{n}.txt", n, title=f"B: story {n}")
    db = tmp_path / "s.duckdb"
    first = ingest(str(shared), str(a), "--db", str(db), "--batch-size", "2")
    second = ingest(str(b), str(shared), "--db", str(db), "--batch-size", "2")
    for proc in (first, second):
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    store = Store(db, read_only=True)
    articles = store.table("articles")
    assert len(articles) == 6 + 12 + 12 + 5
    assert articles.id.is_unique and articles.content_hash.is_unique
    dups = store.table("duplicates")
    assert len(dups) == 5 and set(dups.path.map(lambda p: Path(p).stem)) == {
        f"copy{n}" for n in range(50, 55)
    }
    assert orphans(store) == 0
    again = ingest(str(shared), str(a), str(b), "--db", str(db))
    out, err = again.communicate(timeout=300)
    assert "0 parsed, 35 unchanged, 5 duplicates" in out, out + err


def test_a_reader_process_never_sees_half_a_batch(tmp_path: Path):
    folder = tmp_path / "Feed"
    for n in range(60):
        write_story(folder, f"f{n:02}.txt", n)
    db = tmp_path / "s.duckdb"
    Store(db)
    # one process parses: its batches land spaced by parsing, slowly enough for the
    # reader below to see several versions (workers write 60 short stories in bursts)
    writer = ingest(str(folder), "--db", str(db), "--batch-size", "3", "--workers", "1")
    store = Store(db, read_only=True)
    seen: list[int] = []
    stats_while_writing = None  # run beside the reads: the writer does not wait
    while writer.poll() is None:
        with store.snapshot():  # one version for both reads
            n = int(store.query("SELECT count(*) AS n FROM articles").n[0])
            assert orphans(store) == 0
        seen.append(n)
        if stats_while_writing is None and 0 < n < 60:
            stats_while_writing = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "presswatch",
                    "stats",
                    "--db",
                    str(db),
                    "--json",
                ],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        time.sleep(0.05)
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert seen == sorted(seen)
    assert len({n for n in seen if 0 < n < 60}) >= 2, seen  # read while it wrote
    assert stats_while_writing is not None
    stats_out, stats_err = stats_while_writing.communicate(timeout=120)
    assert stats_while_writing.returncode == 0, stats_err
    assert 0 < json.loads(stats_out)["articles"] <= 60
    assert store.stats()["articles"] == 60


def test_kill_one_of_two_writers_then_rerun_completes(tmp_path: Path):
    victim = "first"
    a, b = tmp_path / "WireA", tmp_path / "WireB"
    for n in range(40):
        write_story(a, f"a{n:02}.txt", n)
        write_story(b, f"b{n:02}.txt", 100 + n)
    db = tmp_path / "s.duckdb"
    Store(db)
    procs = {
        "first": ingest(str(a), "--db", str(db), "--batch-size", "2"),
        "second": ingest(str(b), "--db", str(db), "--batch-size", "2"),
    }
    store = Store(db, read_only=True)
    deadline = time.monotonic() + 240
    while store.stats()["articles"] < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert procs[victim].poll() is None, "the writer ended before it could be killed"
    procs[victim].kill()
    procs[victim].wait()
    survivor = procs["second" if victim == "first" else "first"]
    out, err = survivor.communicate(timeout=300)
    assert survivor.returncode == 0, err
    assert orphans(store) == 0
    rerun = ingest(str(a), str(b), "--db", str(db))
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    articles = store.table("articles")
    assert len(articles) == 80 and articles.id.is_unique
    assert orphans(store) == 0
