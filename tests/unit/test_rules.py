"""The rule data goes through one loader that honours $PRESSWATCH_DATA_DIR and follows
edits; the fingerprint names what the extractors read."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from presswatch import DATA_DIR, ingest
from presswatch.nlp import actors, attribution, hedging, pipeline, rules, workers
from presswatch.records import Article
from presswatch.store import Store, sync

# Invented names (no real outlet, group or person) written for these tests.
COURIER = "The Quay Lantern reported that the ferry strike had ended on Friday."
WHISPER = "Mara Lind whispered that the bridge would close."
RUMOUR = "Word on the grapevine is that the talks are over."


@pytest.fixture
def rule_dir(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled rule files, made the rule data of this test."""
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in rules.RULE_FILES:
        shutil.copy(DATA_DIR / name, folder / name)
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(folder))
    return folder


def append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def test_rule_files_are_every_csv_in_data():
    assert rules.RULE_FILES == tuple(sorted(p.name for p in DATA_DIR.glob("*.csv")))
    assert set(rules.CANONICAL_FILES) <= set(rules.RULE_FILES)
    assert set(sync.CANONICAL_FILES) <= set(rules.RULE_FILES)


def test_data_dir_reaches_every_reader(nlp, rule_dir):
    canonical_before = sync.canonical_fingerprint()
    parse_before = sync.parse_fingerprint(nlp)
    assert actors.canonical("Zorvath Group", "ORG") == "Zorvath Group"
    assert attribution.outlet("Quay Lantern") is None
    assert "whisper" not in attribution.reporting_verbs()
    assert [h.text for h in hedging.hedges(nlp(RUMOUR))] == []

    append(rule_dir / "aliases.csv", "Zorvath Group,Zorvath Holdings,ORG")
    assert actors.canonical("Zorvath Group", "ORG") == "Zorvath Holdings"
    assert sync.canonical_fingerprint() != canonical_before
    assert sync.parse_fingerprint(nlp) == parse_before  # aliases never re-parse

    append(rule_dir / "hedges.csv", "grapevine,reporting,,,")
    assert [h.text for h in hedging.hedges(nlp(RUMOUR))] == ["grapevine"]
    assert [c.cue for c in hedging.lexicon()][-1] == "grapevine"

    append(rule_dir / "reporting_verbs.csv", "whisper,clause subj")
    assert attribution.reporting_verbs()["whisper"] == {"clause", "subj"}
    doc = nlp(WHISPER)
    found = attribution.attributions(doc, actors.mentions(doc))
    assert [(a.verb, a.actor) for a in found] == [("whisper", "Mara Lind")]

    append(rule_dir / "media_outlets.csv", "Quay Lantern,,yes,XX")
    assert attribution.outlet("the Quay Lantern").state_affiliated
    doc = nlp(COURIER)
    found = attribution.attributions(doc, actors.mentions(doc))
    assert [(a.actor, a.source_kind) for a in found] == [("Quay Lantern", "media")]

    fingerprints = {parse_before, sync.parse_fingerprint(nlp)}
    assert len(fingerprints) == 2
    assert rules.fingerprint() != rules.fingerprint(rules.CANONICAL_FILES)


def test_a_file_the_data_dir_lacks_is_the_bundled_one(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    assert rules.rule_path("hedges.csv") == DATA_DIR / "hedges.csv"
    (tmp_path / "hedges.csv").write_text("cue,category,pos,rule,note\n")
    assert rules.rule_path("hedges.csv") == tmp_path / "hedges.csv"
    assert hedging.lexicon() == ()
    monkeypatch.delenv("PRESSWATCH_DATA_DIR")
    assert len(hedging.lexicon()) > 80


def test_fingerprint_follows_the_content_not_the_file(rule_dir):
    before = rules.fingerprint()
    path = rule_dir / "media_outlets.csv"
    original = path.read_bytes()
    edited = original.replace(b"TASS,ITAR-TASS,yes", b"TASS,ITAR-TASS,no!")
    assert len(edited) == len(original) and edited != original
    path.write_bytes(edited)  # same size, same inode, likely the same clock tick
    assert rules.fingerprint() != before
    assert not attribution.outlet("TASS").state_affiliated
    path.write_bytes(original)
    assert rules.fingerprint() == before


def test_saved_media_list_is_the_one_the_reparse_uses(nlp, rule_dir, tmp_path):
    """The Data page's flow: parse, save the media list, re-parse. The re-parse must
    use the saved list (it used a cached one and stamped the new fingerprint, so the
    articles were never redone)."""
    corpus = tmp_path / "courier.jsonl"
    record = {"id": "c-1", "outlet": "Vale Gazette", "text": COURIER}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as store:
        sync.update([corpus], store, nlp)
        kinds = store.table("attributions").set_index("actor").source_kind
        # a name without a newspaper's shape ("Quay Courier" would be media anyway)
        assert kinds["Quay Lantern"] == "organisation"
        assert attribution.outlet("Quay Lantern") is None  # the list is now cached

        append(rule_dir / "media_outlets.csv", "Quay Lantern,Lantern,no,XX")
        fp = sync.parse_fingerprint(nlp)
        assert sync.reparse_stale(store, nlp, fp) == 1
        kinds = store.table("attributions").set_index("actor").source_kind
        assert kinds["Quay Lantern"] == "media"
        assert set(store.table("articles").fingerprint) == {fp}

        # and back: removing the outlet again re-parses once more
        path = rule_dir / "media_outlets.csv"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(lines[:-1]), encoding="utf-8")
        report = sync.update([corpus], store, nlp)
        assert (report.unchanged, report.parsed) == (0, 1)
        kinds = store.table("attributions").set_index("actor").source_kind
        assert kinds["Quay Lantern"] == "organisation"
        assert sync.update([corpus], store, nlp).unchanged == 1


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("a,b\n1,2,3\n", "line 2: 3 cells"),
        ('a,b\n1,"2\n', "line 2"),
        ("", "no column line"),
        ("# only a comment\n", "no column line"),
    ],
)
def test_bad_tables_name_file_and_line(text, error):
    with pytest.raises(rules.RuleFileError, match=error) as raised:
        rules.parse_table(text, "bad.csv")
    assert "bad.csv" in str(raised.value)


def test_a_missing_rule_file_is_named(tmp_path):
    with pytest.raises(rules.RuleFileError, match="nosuch.csv"):
        rules.read(tmp_path / "nosuch.csv")


def test_comment_lines_are_only_at_a_record_start():
    table = rules.parse_table(
        '# top\nname,note\n# before one\nChannel #4 News,"a\n# not a comment"\n'
        '"#MeToo",x\n#MeToo,a comment\n# end\n'
    )
    assert table.rows == [["Channel #4 News", "a\n# not a comment"], ["#MeToo", "x"]]
    assert table.lines == [4, 6]
    assert table.comments == [
        (-1, "# top"),
        (0, "# before one"),
        (2, "#MeToo,a comment"),
        (2, "# end"),
    ]


def test_fingerprint_of_the_bundled_data_is_unchanged_by_the_loader(nlp, monkeypatch):
    """Stores parsed before the one loader keep their fingerprints (no re-parse);
    the trained components' weight digests, when shipped, are part of the model."""
    monkeypatch.delenv("PRESSWATCH_DATA_DIR", raising=False)
    model = f"{nlp.meta['name']}-{nlp.meta['version']}-{pipeline.__version__}"
    for name, digest in sorted(nlp.meta.get("presswatch_trained", {}).items()):
        model += f" {name}={digest}"
    h = hashlib.sha256(model.encode())
    for path in sorted(DATA_DIR.glob("*.csv")):
        if path.name not in sync.CANONICAL_FILES:
            h.update(path.name.encode() + path.read_bytes())
    assert sync.parse_fingerprint(nlp) == h.hexdigest()[:16]


def test_inside_unchanged_a_file_is_read_once_and_an_edit_shows_after(rule_dir):
    path = rule_dir / "hedges.csv"
    before = rules.read("hedges.csv")
    with rules.unchanged():
        assert rules.read("hedges.csv") == before
        path.write_bytes(path.read_bytes() + b"\n")
        assert rules.read("hedges.csv") == before  # one version for a batch
        with rules.unchanged():
            assert rules.read("hedges.csv") == before
    assert rules.read("hedges.csv").data == before.data + b"\n"


def test_a_batch_is_written_with_one_look_at_each_rule_file(nlp, tmp_path, monkeypatch):
    """Writing a batch (outlets, canonical names, copies and claims keys) reads the rule
    files thousands of times: each read looked at the disk (0.13 CPU-s per 600 news
    articles) until the write, like the parse, went inside `rules.unchanged()`."""
    texts = [COURIER, WHISPER, RUMOUR, "Mara Lind said the Quay Lantern ferry would sail."]
    corpus = tmp_path / "batch.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"b-{i}", "outlet": "Vale Gazette", "text": f"{text} ({i})"})
            + "\n"
            for i, text in enumerate(texts * 3)
        ),
        encoding="utf-8",
    )
    parser = workers.InProcess(nlp)
    fp = sync.parse_fingerprint(nlp)
    articles = [a for a in ingest.read([corpus]) if isinstance(a, Article)]
    results = parser.submit([a.text for a in articles]).result()
    looks: list[str] = []
    read = rules._read
    monkeypatch.setattr(rules, "_read", lambda name: looks.append(name) or read(name))
    with Store(tmp_path / "s.duckdb") as store:
        sync.write_parsed(store, articles, results, fp)
        assert store.table("articles").shape[0] == len(articles)
    assert looks and len(looks) == len(set(looks))
