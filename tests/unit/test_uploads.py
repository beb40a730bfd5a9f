"""Uploads are bounded (per file, per upload in number and bytes, name length), read
from the browser's buffer in chunks, and one failing file never ends the upload."""

from __future__ import annotations

import io
import json

import pytest

from presswatch.store import Store, sync, uploads
from presswatch.store.uploads import Upload

# Invented article texts for these tests.
TEXT = "Title: {t}\nOutlet: Quay Courier\n\nThe harbour master said the {t} quay reopened.\n"


def article(title: str) -> bytes:
    return TEXT.format(t=title).encode()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "uploads.duckdb") as s:
        yield s


def rows(result) -> dict[str, dict]:
    return result.files.set_index("file").to_dict("index")


@pytest.mark.parametrize("stem", ["a" * 5000, "北" * 400, "é" * 300 + "/" + "x" * 300])
def test_a_very_long_name_is_shortened_and_the_file_read(stem, store, nlp):
    name = stem + ".txt"
    result = uploads.ingest_uploads(
        [Upload(name, article("long")), Upload("short.txt", article("short"))],
        store,
        nlp,
    )
    assert list(result.files["articles"]) == [1, 1]
    shown = result.files["file"][0]
    assert len(shown) <= uploads.SHOWN_NAME_CHARS and shown.endswith("….txt")
    assert result.report.read == 2 and not result.report.skipped


@pytest.mark.parametrize(
    "name",
    [
        "a" * 1000 + ".txt",
        "北" * 300 + ".jsonl",
        "../" * 200 + "x.md",
        "." * 300,
        "x" * 300,
    ],
)
def test_safe_names_fit_a_file_system_and_keep_the_extension(name):
    safe = uploads.safe_name(name)
    assert 0 < len(safe.encode()) <= uploads.MAX_NAME_BYTES
    assert "/" not in safe and safe not in {".", ".."}
    if name.endswith((".txt", ".jsonl", ".md")):
        assert safe.rsplit(".", 1)[1] == name.rsplit(".", 1)[1]


def test_an_upload_takes_a_bounded_number_of_files(store, nlp):
    files = [Upload(f"f{i}.txt", article(f"n{i}")) for i in range(4)]
    result = uploads.ingest_uploads(files, store, nlp, max_files=3)
    table = rows(result)
    assert [table[f"f{i}.txt"]["articles"] for i in range(4)] == [1, 1, 1, 0]
    assert "one upload takes 3 files at most" in table["f3.txt"]["problems"]
    assert result.report.read == 3


def test_an_upload_takes_a_bounded_total(store, nlp):
    big = article("big") + b" " * 600_000  # 0.6 MB each, 1 MB allowed in all
    files = [Upload("a.txt", big), Upload("b.txt", big), Upload("c.txt", article("c"))]
    result = uploads.ingest_uploads(files, store, nlp, max_total_mb=1)
    table = rows(result)
    assert table["a.txt"]["articles"] == 1
    assert "one upload takes 1 MB at most" in table["b.txt"]["problems"]
    assert table["c.txt"]["articles"] == 1  # a small file after it still fits


class Buffer(io.BytesIO):
    """Like Streamlit's UploadedFile; records reads and refuses whole-buffer copies."""

    def __init__(self, data: bytes):
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)

    def getvalue(self) -> bytes:
        raise AssertionError("the upload was copied whole")

    def getbuffer(self):
        raise AssertionError("the upload was copied whole")


def test_a_file_object_is_copied_in_chunks_never_whole(store, nlp):
    # 2.5 MB, most of it in a field ingest does not read, so parsing stays quick
    record = {"title": "Stream", "text": "The quay reopened, the harbour master said."}
    body = json.dumps(record | {"notes": "x" * 2_500_000}).encode() + b"\n"
    buffer = Buffer(body)
    result = uploads.ingest_uploads([Upload("stream.jsonl", buffer)], store, nlp)
    assert list(result.files["articles"]) == [1]
    assert len(buffer.reads) >= 3 and all(0 < n <= 1 << 20 for n in buffer.reads)


def test_uploads_are_taken_one_at_a_time(store, nlp):
    seen: list[str] = []

    def lazily():
        for i in range(3):
            seen.append(f"made {i}")
            yield Upload(f"lazy{i}.txt", article(f"lazy{i}"))

    result = uploads.ingest_uploads(lazily(), store, nlp)
    assert result.report.read == 3 and seen == ["made 0", "made 1", "made 2"]


class Liar(io.RawIOBase):
    """A stream that says it is small and is not (not seekable, so only `size` tells)."""

    size = 10

    def __init__(self, total: int):
        self.left = total

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self.left)
        b[:n] = b"x" * n
        self.left -= n
        return n


def test_a_stream_longer_than_it_said_is_cut_off_and_refused(store, nlp):
    result = uploads.ingest_uploads(
        [Upload("liar.txt", Liar(3_000_000))], store, nlp, max_mb=1
    )
    assert "too large" in result.files["problems"][0]
    assert result.report.read == 0


def test_one_failing_file_does_not_end_the_upload(store, nlp, monkeypatch, caplog):
    real = sync.update

    def update(paths, *args, **kwargs):
        if any("bad" in str(p) for p in paths):
            raise RuntimeError("/srv/secret/path exploded")
        return real(paths, *args, **kwargs)

    monkeypatch.setattr(sync, "update", update)
    files = [Upload("bad.txt", article("bad")), Upload("good.txt", article("good"))]
    result = uploads.ingest_uploads(files, store, nlp)
    table = rows(result)
    assert table["good.txt"]["articles"] == 1
    assert table["bad.txt"]["problems"] == "bad.txt: analysis failed (see the log)"
    assert "/srv/secret" not in result.files.to_string()
    assert (
        "/srv/secret/path exploded" in caplog.text
    )  # the detail is in the server's log



def test_a_broken_rule_file_is_named_with_its_line_and_nothing_is_stored(
    store, nlp, tmp_path, monkeypatch
):
    """A bad row of an edited rule file stops each file before it is parsed; the
    table names the rule file and line (its folder stays in the log)."""
    from presswatch.nlp import rules

    folder = tmp_path / "secret-rules"
    folder.mkdir()
    bundled = (rules.DATA_DIR / "claim_synonyms.csv").read_text(encoding="utf-8")
    (folder / "claim_synonyms.csv").write_text(
        bundled + "okay,approve,hand: news usage, with a comma too many\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(folder))
    result = uploads.ingest_uploads([Upload("quay.txt", article("north"))], store, nlp)
    line = len(bundled.splitlines()) + 1
    assert rows(result)["quay.txt"]["problems"] == (
        f"quay.txt: analysis failed (rule file claim_synonyms.csv line {line}: "
        "4 cells, the column line has 3)"
    )
    assert "secret-rules" not in result.files.to_string()
    assert store.stats()["articles"] == 0

def feed(*records: tuple[str, str]) -> bytes:
    return "".join(
        json.dumps({"id": i, "title": i, "outlet": "Quay Courier", "text": t}) + "\n"
        for i, t in records
    ).encode()


def stored(store) -> dict[str, str]:
    df = store.query("SELECT id, text, path FROM articles ORDER BY id")
    return dict(zip(df.id, df.text, strict=True))


def test_uploading_the_same_file_again_finds_it_already_stored(store, nlp):
    first = uploads.ingest_uploads([Upload("quay.txt", article("north"))], store, nlp)
    again = uploads.ingest_uploads([Upload("quay.txt", article("north"))], store, nlp)
    assert rows(first)["quay.txt"]["parsed"] == 1
    assert (rows(again)["quay.txt"]["unchanged"], again.report.duplicates) == (1, 0)
    paths = store.query("SELECT path FROM articles").path.tolist()
    assert paths == ["uploads/Uploaded/quay.txt"]  # never a temporary folder


def test_an_edited_upload_replaces_its_old_version(store, nlp):
    old = "The harbour master said the north quay reopened on Monday."
    new = "The harbour master said the north quay stays closed until Friday."
    keep = "Ferry crews said the south quay was busy."
    uploads.ingest_uploads(
        [Upload("feed.jsonl", feed(("q1", old), ("q2", keep)))], store, nlp
    )
    result = uploads.ingest_uploads(
        [Upload("feed.jsonl", feed(("q1", new), ("q2", keep)))], store, nlp
    )
    assert stored(store) == {"q1": new, "q2": keep}
    row = rows(result)["feed.jsonl"]
    assert (row["parsed"], row["unchanged"], row["duplicates"]) == (1, 1, 0)


def test_an_edited_text_file_upload_replaces_its_old_article(store, nlp):
    uploads.ingest_uploads([Upload("quay.txt", article("north"))], store, nlp)
    uploads.ingest_uploads([Upload("quay.txt", article("south"))], store, nlp)
    texts = list(stored(store).values())
    assert len(texts) == 1 and "south quay" in texts[0]


def test_same_named_files_of_two_outlets_stay_apart(store, nlp):
    uploads.ingest_uploads([Upload("quay.txt", article("north"))], store, nlp)
    uploads.ingest_uploads(
        [Upload("quay.txt", article("south"))], store, nlp, outlet="Harbour Desk"
    )
    assert len(stored(store)) == 2


def test_a_file_of_many_bad_lines_is_reported_in_bounded_space(store, nlp):
    """5,000 lines of "{}" around one article: every bad line is counted, the report
    names the first 20 and how many more (not a cell of every message), and the
    ingest report keeps at most KEPT_SKIPS records while counting them all."""
    good = json.dumps({"id": "g", "text": "The harbour master said the quay reopened."})
    feed = ("{}\n" * 2_500 + good + "\n" + "[1]\n" * 2_500).encode()
    result = uploads.ingest_uploads([Upload("many.jsonl", feed)], store, nlp)
    row = rows(result)["many.jsonl"]
    assert (row["articles"], row["skipped"]) == (1, 5_000)
    shown = result.reasons["many.jsonl"]
    assert len(shown) == uploads.SHOWN_PROBLEMS + 1
    assert shown[0].startswith("many.jsonl line 1: no text")
    assert shown[-1] == "… and 4,980 more"
    assert len(row["problems"]) < 3_000
    assert result.report.skipped_total == 5_000
    assert len(result.report.skipped) <= sync.KEPT_SKIPS
    reasons = result.report.skipped_by_reason()
    assert reasons == {"no text": 2_500, "not a JSON object": 2_500}
    assert "5,000 files or records skipped" in uploads.summary(result.report)
    outcome = uploads.outcome(result)
    assert outcome.kind == uploads.PARTIAL and outcome.problems[0][1] == shown


def test_an_ingest_report_counts_every_skip_and_keeps_the_first():
    from presswatch import ingest

    report = sync.Report(skipped=[ingest.Skipped("a.jsonl", 1, "empty")])
    for line in range(2, sync.KEPT_SKIPS + 500):
        report.skip(ingest.Skipped("a.jsonl", line, "invalid JSON", "x"))
    other = sync.Report()
    other.skip(ingest.Skipped("b.jsonl", None, "binary file"))
    report.add_skips(other)
    assert report.skipped_total == sync.KEPT_SKIPS + 500
    assert len(report.skipped) == sync.KEPT_SKIPS
    assert report.skipped[0].reason == "empty"
    assert report.skipped_by_reason() == {
        "empty": 1, "invalid JSON": sync.KEPT_SKIPS + 498, "binary file": 1
    }
    assert f"skipped {sync.KEPT_SKIPS + 500}" in report.summary()
