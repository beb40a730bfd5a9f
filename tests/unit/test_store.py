"""The store: incremental re-ingest, duplicates, changed articles, rule changes, crashes."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presswatch.nlp import pipeline
from presswatch.store import Store, sync

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
        progress = [int(n) for n in re.findall(r"(\d+) articles \[", seen[-80:])]
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


def test_an_alias_edit_renames_stored_actors_without_parsing(nlp, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_article(
        folder, "a.txt", "Deal", "Anna Keller said Kyiv would sign. Keller smiled."
    )
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        (ROOT / "data" / "aliases.csv").read_text(encoding="utf-8")
        + "Anna Keller,Minister Keller,PERSON\n",
        encoding="utf-8",
    )
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


def test_an_article_the_rules_fail_on_is_reported_and_the_batch_goes_on(
    nlp, corpus: Path, tmp_path: Path, monkeypatch
):
    real = sync.analyse

    def fragile(doc):
        if "grain" in doc.text:
            raise IndexError("[E035] span out of range")
        return real(doc)

    monkeypatch.setattr(sync, "analyse", fragile)
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([corpus], store, nlp)
        assert (report.read, report.parsed) == (2, 1)
        [failed] = report.skipped
        assert failed.reason == "analysis failed" and failed.path.endswith("b.txt")
        assert "E035" in failed.message
        assert set(store.table("articles").title) == {"Talks"}
        monkeypatch.setattr(sync, "analyse", real)
        assert sync.update([corpus], store, nlp).parsed == 1  # retried next time
