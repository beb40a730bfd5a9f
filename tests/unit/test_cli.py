"""The command line, end to end: the extract contract, the seed article, ingest summaries."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
if (
    not SEED.exists()
):  # the copy bundled with the sample corpus (same body, with a header)
    SEED = ROOT / "data" / "sample" / "seed" / "article.txt"


def presswatch(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "presswatch", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=check,
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed() -> dict:
    [line] = presswatch("extract", str(SEED)).stdout.splitlines()
    return json.loads(line)


def test_extract_contract(seed: dict):
    assert set(seed) >= {
        "id",
        "title",
        "outlet",
        "published",
        "text",
        "sentences",
        "mentions",
        "attributions",
        "hedges",
    }
    text = seed["text"]
    for start, end in seed["sentences"]:
        assert 0 <= start < end <= len(text)
    for m in seed["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"] and m["actor"] and m["type"]
    ids = {a["id"] for a in seed["attributions"]}
    for a in seed["attributions"]:
        assert text[a["cue"]["start"] : a["cue"]["end"]] == a["cue"]["text"]
        if a["source"]:
            assert (
                text[a["source"]["start"] : a["source"]["end"]] == a["source"]["text"]
            )
        assert a["cited_by"] is None or a["cited_by"] in ids
        assert a["source_kind"] in {
            "person",
            "organisation",
            "government",
            "media",
            "unnamed",
            "none",
        }
    for h in seed["hedges"]:
        assert text[h["start"] : h["end"]] == h["text"]


def test_seed_keeps_the_wrapped_name_in_one_sentence(seed: dict):
    text = seed["text"]
    [sentence] = [
        text[s:e] for s, e in seed["sentences"] if "Donald Trump expressed" in text[s:e]
    ]
    assert sentence.startswith(
        "Earlier in the year, former U.S.\nPresident Donald Trump"
    )


def test_seed_actors(seed: dict):
    actors = {m["actor"] for m in seed["mentions"]}
    assert {
        "United States",
        "United Kingdom",
        "Ukraine",
        "Russia",
        "Germany",
        "Japan",
        "Boris Pistorius",
        "Donald Trump",
        "RIA Novosti",
        "NATO",
    } <= actors
    assert not {"Pistorius", "Trump", "U.S.", "the United States", "Patriot"} & actors
    by_text = {m["text"]: m for m in seed["mentions"]}
    assert by_text["Pistorius"]["type"] == "PERSON"
    assert all(
        m["type"] != "PERSON" for m in seed["mentions"] if m["text"] == "Patriot"
    )


def test_seed_attributions(seed: dict):
    text = seed["text"]
    attributions = seed["attributions"]
    by_id = {a["id"]: a for a in attributions}
    ria = [a for a in attributions if a["actor"] == "RIA Novosti"]
    ministry = [
        a for a in attributions if a["actor"] and "Defense Ministry" in a["actor"]
    ]
    assert len(ria) == 1 and ria[0]["source_kind"] == "media"
    assert len(ministry) == 1 and ministry[0]["source_kind"] == "government"
    assert ministry[0]["cited_by"] == ria[0]["id"]
    pistorius = [a for a in attributions if a["actor"] == "Boris Pistorius"]
    cues = {a["cue"]["text"] for a in pistorius}
    assert {"confirmed", "emphasized"} <= cues
    assert all(a["source_kind"] == "person" for a in pistorius)
    reportedly = [a for a in attributions if a["cue"]["text"] == "reportedly"]
    assert len(reportedly) == 2 and all(a["source"] is None for a in reportedly)
    assert by_id  # ids are unique
    assert text  # offsets checked in the contract test


def test_seed_hedges(seed: dict):
    hedges = [(h["text"], h["category"]) for h in seed["hedges"]]
    assert hedges.count(("reportedly", "reporting")) == 2
    assert [t for t, _ in hedges].count("could") == 4
    assert ("potential", "adjective") in hedges
    assert "confirmed" not in [t for t, _ in hedges]


def test_extract_keeps_jsonl_text_exactly(tmp_path: Path):
    text = "  Officials said on Monday\r\nthat talks may resume.\u00a0 "
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "j1", "text": text, "outlet": "Wire"}) + "\n")
    [line] = presswatch("extract", str(src)).stdout.splitlines()
    record = json.loads(line)
    assert (
        record["text"] == text and record["id"] == "j1" and record["outlet"] == "Wire"
    )


def test_ingest_summary_names_skipped_files(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Title: T\n\nBerlin confirmed the delivery.\n")
    (folder / "empty.txt").write_text("")
    (folder / "bad.jsonl").write_text('{"text": "Kyiv said so."}\n{not json\n')
    result = presswatch(
        "ingest", str(folder), "--db", str(tmp_path / "s.duckdb"), "--quiet"
    )
    assert "read 2 articles" in result.stdout
    assert "skipped 2" in result.stdout
    assert "bad.jsonl line 2" in result.stderr and "empty.txt" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "extract", "evaluate", "briefing"])
def test_every_command_has_help(command: str):
    assert "usage: presswatch " + command in presswatch(command, "--help").stdout


def test_ingest_with_a_broken_rule_file_says_which_line_in_one_line(tmp_path: Path):
    rules = tmp_path / "rules"
    rules.mkdir()
    bundled = (ROOT / "data" / "claim_synonyms.csv").read_text(encoding="utf-8")
    (rules / "claim_synonyms.csv").write_text(
        bundled + "okay,approve,hand: news usage, with a comma too many\n",
        encoding="utf-8",
    )
    line = len(bundled.splitlines()) + 1
    article = tmp_path / "a.txt"
    article.write_text("The ministry approved 1,200 loans.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "presswatch", "ingest", str(article),
         "--db", str(tmp_path / "s.duckdb"), "--workers", "1", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PRESSWATCH_DATA_DIR": str(rules)},
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"claim_synonyms.csv line {line}" in done.stderr
    assert "the store is unchanged" in done.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--task", "actors"], "--task hedging"), (["--task", "hedging", "--save"], "--save")],
)
def test_evaluate_only_is_for_an_unsaved_hedging_run(extra: list[str], message: str):
    done = presswatch("evaluate", "--only", "factbank", *extra, check=False)
    assert done.returncode == 2 and message in done.stderr
    assert "Traceback" not in done.stderr


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path):
    """`presswatch stats --json | head -0`: the reader left before the output came;
    no traceback, no 'Exception ignored' at exit."""
    from presswatch.store import Store

    db = tmp_path / "s.duckdb"
    with Store(db):
        pass
    read, write = os.pipe()
    os.close(read)  # the reader is gone
    try:
        result = subprocess.run(
            [sys.executable, "-m", "presswatch", "stats", "--db", str(db), "--json"],
            cwd=ROOT, stdout=write, stderr=subprocess.PIPE, text=True, timeout=120,
            env=os.environ | {"PYTHONPATH": str(ROOT)},
        )  # fmt: skip
    finally:
        os.close(write)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Exception" not in result.stderr


def test_a_garbage_feed_logs_twenty_skips_per_file_then_one_count(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = ['{"text": "Kyiv said so."}'] + ["{not json"] * 30 + ["{}"] * 5
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "few.jsonl").write_text("{not json\n" * 3)
    result = presswatch(
        "ingest", str(folder), "--db", str(tmp_path / "s.duckdb"), "--quiet", "--workers", "1"
    )
    assert "skipped 38" in result.stdout  # the totals count every one
    log = result.stderr.splitlines()
    shown = [line for line in log if line.startswith("skipped ")]
    assert sum("feed.jsonl line" in line for line in shown) == 20
    assert sum("few.jsonl line" in line for line in shown) == 3
    [more] = [line for line in log if "more skipped" in line]
    assert more.startswith("… and 15 more skipped in ") and "feed.jsonl: " in more
    counts = more.split(": ", 1)[1]
    assert counts.startswith("10 invalid JSON, 5 ")  # 30 - 20 shown, then the {}s


def test_the_skip_log_counts_by_file_and_reason():
    from presswatch import cli
    from presswatch.ingest import Skipped

    out: list[str] = []
    log = cli._SkipLog(out.append)
    for i in range(200_000):
        log(Skipped("feed.jsonl", i + 1, "invalid JSON", "Expecting value"))
    log(Skipped("feed.jsonl", 200_001, "no text"))
    log(Skipped("other.txt", None, "empty file"))
    log.close()
    assert len(out) == cli.SKIPS_SHOWN + 2
    assert out[-1] == (
        "… and 199,981 more skipped in feed.jsonl: 199,980 invalid JSON, 1 no text"
    )
    assert out[-2] == "skipped other.txt: empty file"
