"""The store: incremental re-ingest, duplicates, changed articles, rule changes, crashes."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from presswatch.nlp import pipeline, workers
from presswatch.store import Store, StoreBusy, StoreDamaged, sync

ROOT = Path(__file__).resolve().parents[2]
N_KILL = 200


def write_article(
    folder: Path, name: str, title: str, body: str, outlet: str = "Test Wire"
) -> Path:
    path = folder / name
    path.write_text(
        f"Title: {title}\nOutlet: {outlet}\nDate: 2026-10-05\n\n{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(
        folder,
        "a.txt",
        "Talks",
        "Officials said the talks may resume. Anna Keller confirmed it.",
    )
    write_article(
        folder,
        "b.txt",
        "Grain",
        "The grain deal was reportedly extended, according to Reuters.",
    )
    return folder


def count(store: Store, table: str) -> int:
    return int(store.query(f"SELECT count(*) AS n FROM {table}").n[0])


def test_reingest_parses_only_what_changed(nlp, corpus: Path, tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as store:
        first = sync.update([corpus], store, nlp)
        assert (first.read, first.parsed, first.unchanged) == (2, 2, 0)
        mentions = count(store, "mentions")
        assert mentions > 0 and count(store, "sentences") == 3

        again = sync.update([corpus], store, nlp)
        assert (again.read, again.parsed, again.unchanged) == (2, 0, 2)
        assert count(store, "mentions") == mentions

        write_article(corpus, "c.txt", "New", "Moscow denied the report on Tuesday.")
        third = sync.update([corpus], store, nlp)
        assert (third.parsed, third.unchanged) == (1, 2)
        assert count(store, "articles") == 3


def test_exact_duplicates_stored_once_with_copies_recorded(
    nlp, corpus: Path, tmp_path: Path
):
    copy = corpus / "copy"
    copy.mkdir()
    body = (corpus / "a.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    write_article(copy, "a-again.txt", "Talks (updated)", body, outlet="Other Wire")
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([corpus], store, nlp)
        assert (report.read, report.parsed, report.duplicates) == (3, 2, 1)
        assert count(store, "articles") == 2
        dups = store.table("duplicates")
        assert len(dups) == 1 and dups.path[0].endswith("a-again.txt")
        sync.update([corpus], store, nlp)
        assert count(store, "duplicates") == 1  # seen again, recorded once


def test_an_edited_article_replaces_its_rows(nlp, tmp_path: Path):
    src = tmp_path / "feed.jsonl"
    src.write_text(
        json.dumps({"id": "x1", "text": "Pistorius said the talks failed."}) + "\n"
    )
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([src], store, nlp)
        src.write_text(
            json.dumps({"id": "x1", "text": "Nobody commented. Berlin was silent."})
            + "\n"
        )
        report = sync.update([src], store, nlp)
        assert report.parsed == 1
        assert count(store, "articles") == 1
        assert count(store, "sentences") == 2
        assert "Pistorius" not in set(store.table("mentions").text)


def test_a_rule_change_reparses_stored_articles(
    nlp, corpus: Path, tmp_path: Path, monkeypatch
):
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([corpus], store, nlp)
        monkeypatch.setattr(
            pipeline, "fingerprint", lambda nlp, exclude=(): "changed-rules"
        )
        report = sync.update([], store, nlp)
        assert report.reparsed == 2
        assert set(store.table("articles").fingerprint) == {"changed-rules"}
        assert sync.update([], store, nlp).reparsed == 0


def test_kill_during_ingest_keeps_every_committed_batch(tmp_path: Path):
    """kill -9 mid-ingest: the store opens, holds whole articles only, and a re-run completes."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(N_KILL):
        write_article(
            folder,
            f"{i:03}.txt",
            f"Story {i}",
            f"Story {i}: Officials in Kyiv said on Monday that talks could resume. "
            * 30,
        )
    db = tmp_path / "s.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "presswatch",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "4",
    ]
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + 120
    seen = ""
    while time.monotonic() < deadline:  # wait until a few batches are in, then kill
        seen += proc.stderr.read(1)
        progress = [int(n) for n in re.findall(r"parsed:.*?(\d+)/\d+ \[", seen[-200:])]
        if (progress and progress[-1] >= 20) or proc.poll() is not None:
            break
    assert proc.poll() is None, f"ingest ended before it could be killed: {seen}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        stored = count(store, "articles")
        assert 0 < stored < N_KILL
        # every stored article has its sentences: no batch was half written
        orphans = store.query(
            "SELECT count(*) AS n FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
        ).n[0]
        assert orphans == 0
    done = subprocess.run(
        cmd + ["--quiet"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert f"{stored} unchanged" in done.stdout
    with Store(db) as store:
        assert count(store, "articles") == N_KILL


def test_an_edited_file_replaces_its_old_version(nlp, corpus: Path, tmp_path: Path):
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([corpus], store, nlp)
        write_article(
            corpus, "a.txt", "Talks (corrected)", "Officials denied that talks resumed."
        )
        report = sync.update([corpus], store, nlp)
        assert (report.parsed, report.unchanged, report.removed) == (1, 1, 1)
        titles = set(store.table("articles").title)
        assert titles == {"Talks (corrected)", "Grain"}
        assert count(store, "sentences") == 2


def test_after_the_last_batch_an_ingest_reads_on_one_connection(
    nlp, corpus: Path, tmp_path: Path, monkeypatch
):
    # Opening a DuckDB connection costs some 30-40 ms of CPU, and after the last
    # batch's write the workers have nothing to parse: the end's reads (what an
    # edited file no longer holds, stale parses, the alias fingerprint, whether the
    # claims need regrouping and what they are regrouped from) share one connection,
    # the ones that need no written batch before the last batch is written.
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([corpus], store, nlp)
        write_article(corpus, "c.txt", "Port", "The port reopened, officials said.")
        opened: list[str] = []
        real_connect, real_write = Store._connect, sync.write_parsed

        def connect(self, *, write):
            opened.append("write" if write else "read")
            return real_connect(self, write=write)

        def write_parsed(*args, **kwargs):
            opened.append("batch")
            return real_write(*args, **kwargs)

        monkeypatch.setattr(Store, "_connect", connect)
        monkeypatch.setattr(sync, "write_parsed", write_parsed)
        report = sync.update([corpus], store, nlp)
        assert (report.parsed, report.unchanged) == (1, 2)
    after = opened[len(opened) - opened[::-1].index("batch") :]
    assert after == ["write", "read", "write"]  # the batch, the regrouping's reads
    assert count(store, "articles") == 3


def test_a_bad_line_never_removes_what_was_loaded(nlp, tmp_path: Path):
    src = tmp_path / "feed.jsonl"
    good = [
        json.dumps({"id": f"r{i}", "text": f"Story {i}: Kyiv said talks resume."})
        for i in range(3)
    ]
    src.write_text("\n".join(good) + "\n")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([src], store, nlp)
        src.write_text("\n".join([good[0], "{broken", good[2]]) + "\n")
        report = sync.update([src], store, nlp)
        assert (report.removed, len(report.skipped)) == (0, 1)
        assert count(store, "articles") == 3
        src.write_text("\n".join([good[0], good[2]]) + "\n")
        assert sync.update([src], store, nlp).removed == 1
        assert set(store.table("articles").id) == {"r0", "r2"}


def aliases_with(folder: Path, row: str) -> Path:
    """The shipped alias table with one row added, as an edit in the app writes it."""
    aliases = folder / "aliases.csv"
    aliases.write_text(
        (ROOT / "data" / "aliases.csv").read_text(encoding="utf-8") + row,
        encoding="utf-8",
    )
    return aliases


def test_an_alias_edit_renames_stored_actors_without_parsing(nlp, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_article(
        folder, "a.txt", "Deal", "Anna Keller said Kyiv would sign. Keller smiled."
    )
    aliases = aliases_with(tmp_path, "Anna Keller,Minister Keller,PERSON\n")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([folder], store, nlp)
        version = store.version()
        assert "Anna Keller" in set(store.table("mentions").actor)
        sync.recanonicalise(store, aliases)
        mentions = store.table("mentions")
        assert set(mentions[mentions.type == "PERSON"].actor) == {"Minister Keller"}
        assert "Minister Keller" in set(store.table("attributions").actor)
        assert store.version() != version
        assert set(store.table("articles").fingerprint) == {
            pipeline.fingerprint(nlp, exclude=sync.CANONICAL_FILES)
        }


def test_an_alias_edit_keeps_the_links_the_text_states(nlp, tmp_path: Path):
    """A role is the person its apposition names, not the nearest by order, and
    "formerly known as" makes one company; renaming the person keeps both."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_article(
        folder,
        "a.txt",
        "Talks",
        "Maria Lopes, Portugal's finance minister, and John Smith met in Lisbon on "
        "Monday. The minister said a deal was close. Halvorsen Energy, formerly known "
        "as Nordkraft, said Nordkraft's old plants would close.",
    )
    aliases = aliases_with(tmp_path, "Maria Lopes,Maria Lopes (Portugal),PERSON\n")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([folder], store, nlp)
        parsed = store.table("mentions").sort_values("start")
        sync.recanonicalise(store, ROOT / "data" / "aliases.csv")  # no edit: no change
        assert list(store.table("mentions").sort_values("start").actor) == list(
            parsed.actor
        )
        sync.recanonicalise(store, aliases)
        actor = dict(
            store.table("mentions").sort_values("start")[["text", "actor"]].values
        )
    assert actor["finance minister"] == "Maria Lopes (Portugal)"
    assert actor["The minister"] == "Maria Lopes (Portugal)"
    assert actor["John Smith"] == "John Smith"
    assert actor["Nordkraft"] == "Halvorsen Energy"


def test_an_article_the_rules_fail_on_is_reported_and_the_batch_goes_on(
    nlp, corpus: Path, tmp_path: Path, monkeypatch
):
    real = workers.analyse

    def fragile(doc):
        if "grain" in doc.text:
            raise IndexError("[E035] span out of range")
        return real(doc)

    monkeypatch.setattr(workers, "analyse", fragile)
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([corpus], store, nlp)
        assert (report.read, report.parsed) == (2, 1)
        [failed] = report.skipped
        assert failed.reason == "analysis failed" and failed.path.endswith("b.txt")
        assert "E035" in failed.message
        assert set(store.table("articles").title) == {"Talks"}
        monkeypatch.setattr(workers, "analyse", real)
        assert sync.update([corpus], store, nlp).parsed == 1  # retried next time


def write_csv(path: Path, rows: list[tuple[str, str]], outlet: str) -> Path:
    lines = ["id,outlet,title,text"]
    lines += [f'{i},{outlet},Story {i},"{text}"' for i, text in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_same_given_id_from_another_file_is_kept_beside_it(nlp, tmp_path: Path):
    a = write_csv(
        tmp_path / "wire_a.csv",
        [("1", "Kyiv said the talks resumed."), ("2", "Berlin denied it.")],
        "Wire A",
    )
    b = write_csv(
        tmp_path / "wire_b.csv", [("1", "Paris confirmed the delivery.")], "Wire B"
    )
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([a], store, nlp)
        report = sync.update([b], store, nlp)
        assert report.renamed == [(f"{b}:2", "1", "1@wire_b")]
        assert "1 article kept under a new id" in report.summary()
        articles = store.table("articles").set_index("id")
        assert list(articles.index) == ["1", "1@wire_b", "2"]
        assert list(articles.given_id) == ["1", "1", "2"]
        assert articles.outlet["1"] == "Wire A"
        assert set(store.table("sentences").article_id) == {"1", "1@wire_b", "2"}
        again = sync.update([a, b], store, nlp)  # re-reading changes nothing
        assert (again.unchanged, again.parsed, again.removed) == (3, 0, 0)
        assert not again.renamed
        write_csv(b, [("1", "Paris denied the delivery.")], "Wire B")
        edited = sync.update([b], store, nlp)  # an edit replaces its own article only
        assert (edited.parsed, edited.removed) == (1, 0)
        texts = store.table("articles").set_index("id").text
        assert texts["1@wire_b"] == "Paris denied the delivery."
        assert texts["1"] == "Kyiv said the talks resumed."


def test_a_repeated_id_inside_one_file_is_reported_never_merged(nlp, tmp_path: Path):
    src = tmp_path / "feed.jsonl"
    records = [
        {"id": "r1", "text": "Kyiv said the talks resumed."},
        {"id": "r2", "text": "Berlin denied it."},
        {"id": "r1", "text": "Paris confirmed the delivery."},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([src], store, nlp)
        [skipped] = report.skipped
        assert (skipped.path, skipped.line, skipped.reason) == (
            str(src),
            3,
            "repeated id",
        )
        assert "line 1" in skipped.message
        assert sorted(store.table("articles").id) == ["r1", "r2"]
        sentences = store.query(
            "SELECT count(*) AS n FROM sentences WHERE article_id = 'r1'"
        ).n[0]
        assert sentences == 1
        assert "Paris" not in " ".join(store.table("sentences").text)


def test_a_store_from_before_given_ids_is_migrated_on_open(nlp, tmp_path: Path):
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        sync.update(
            [write_csv(tmp_path / "w.csv", [("7", "Kyiv said so.")], "W")], store, nlp
        )
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE articles DROP COLUMN given_id")
    con.close()
    with Store(db) as store:
        assert list(store.table("articles").given_id) == ["7"]
        assert count(store, "sentences") == 1


def test_a_foreign_or_damaged_file_is_named_as_such(tmp_path: Path):
    foreign = tmp_path / "notes.duckdb"
    foreign.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreDamaged, match="is not a PressWatch store or is damaged"):
        Store(foreign)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE invoices (n INTEGER)")
    con.close()
    with pytest.raises(StoreDamaged, match="holds other tables"):
        Store(other, read_only=True)
    result = subprocess.run(
        [sys.executable, "-m", "presswatch", "stats", "--db", str(foreign)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "is not a PressWatch store or is damaged" in result.stderr


def test_a_store_locked_too_long_is_busy_not_damaged(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    Store(db)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); "
            "print('locked', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusy, match="busy.*try again in a moment"):
            Store(db, timeout=0.3).query("SELECT count(*) FROM articles")
    finally:
        holder.kill()
        holder.wait()
    assert Store(db).query("SELECT count(*) AS n FROM articles").n[0] == 0


def test_the_version_sidecar_follows_every_write(nlp, corpus: Path, tmp_path: Path):
    db = tmp_path / "s.duckdb"
    store = Store(db)
    sync.update([corpus], store, nlp)
    sidecar = db.with_name("s.duckdb.version")
    assert sidecar.read_text() == store.get_meta("version") == store.version()
    before = store.version()
    store.set_meta("corpus", "Test")
    assert int(store.version()) == int(before) + 1
    sidecar.unlink()  # e.g. written by an older PressWatch: the meta table answers
    assert store.version() == store.get_meta("version")


def test_stats_counts_what_the_store_holds(nlp, corpus: Path, tmp_path: Path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        sync.update([corpus], store, nlp)
        hedges = store.table("hedges")
    result = subprocess.run(
        [sys.executable, "-m", "presswatch", "stats", "--db", str(db), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    stats = json.loads(result.stdout)
    assert stats["articles"] == 2 and stats["outlets"] == 1
    assert stats["sentences"] == 3 and stats["duplicates"] == 0
    assert stats["hedges"] == int((hedges.category != "booster").sum()) > 0
    assert stats["mentions"] > 0 and stats["attributions"] > 0
    assert stats["first_published"] == stats["last_published"] == "2026-10-05"
    text = subprocess.run(
        [sys.executable, "-m", "presswatch", "stats", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.search(r"^articles\s+2$", text, re.M)
    missing = subprocess.run(
        [sys.executable, "-m", "presswatch", "stats", "--db", str(tmp_path / "no")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and "does not exist" in missing.stderr
