"""Properties of ingest on hostile files: every record is an Article or a Skipped,
nothing escapes, metadata stays within its caps, offsets stay meaningful."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from presswatch import ingest
from presswatch.nlp import pipeline
from presswatch.records import Article

SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl", ".csv")
FIELDS = ("text", "body", "title", "headline", "outlet", "source", "published",
          "date", "url", "author", "id", "Text", " title ")  # fmt: skip

# Characters that steer the readers: line ends, quotes, delimiters, markup, YAML.
STEERING = st.sampled_from(
    list("\n\r\t ,;\"'{}[]<>:-#*&!|>%@\\\x00\u2028\ufeff") + ["---", "...", "\r\n"]
)
hostile_text = st.lists(st.text(max_size=8) | STEERING, max_size=30).map("".join)
# JSON allows any code point escaped, lone surrogates included.
surrogates = st.characters(categories=["Cs"])
json_text = st.text(st.characters() | surrogates, max_size=60) | hostile_text
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | json_text
    | st.dates().map(str)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(FIELDS) | json_text, inner, max_size=4)
    ),
    max_leaves=8,
)
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=5)


def read_file(name: str, data: bytes) -> list[Article | ingest.Skipped]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        found = list(ingest.read([path]))
        for record in found:
            assert_sound(record, str(path))
        return found


def assert_sound(record: object, path: str) -> None:
    if isinstance(record, ingest.Skipped):
        assert record.path == path and record.reason in ingest.SKIP_REASONS
        assert record.line is None or record.line >= 1
        assert record.message.startswith(path)
        return
    assert isinstance(record, Article)
    assert record.path == path or record.path.startswith(path + ":")
    assert record.text.strip() and record.word_count == len(record.text.split())
    for name, limit in ingest.META_CHARS.items():
        value = getattr(record, name)
        assert isinstance(value, str) and len(value) <= limit, name
    assert record.id and record.title
    assert record.published is None or isinstance(record.published, date)
    for value in (record.text, record.title, record.outlet, record.author, record.id):
        value.encode("utf-8")  # storable: no lone surrogates
        assert "\x00" not in value


@given(st.sampled_from(SUFFIXES), st.binary(max_size=3_000))
def test_any_bytes_in_any_format(suffix, data):
    read_file("input" + suffix, data)


@given(st.sampled_from(SUFFIXES), hostile_text)
def test_any_text_in_any_format(suffix, text):
    read_file("input" + suffix, text.encode("utf-8", "surrogatepass"))


@given(st.lists(records | json_values, min_size=1, max_size=6), st.booleans())
def test_every_jsonl_line_gives_one_record(values, ascii_only):
    lines = [json.dumps(v, ensure_ascii=ascii_only) for v in values]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    found = read_file("feed.jsonl", data)
    if ascii_only:  # otherwise a surrogate or U+2028 may end up as a decoding problem
        assert len(found) == len(lines)
        lines_seen = [r.line for r in found if isinstance(r, ingest.Skipped)]
        lines_seen += [
            int(r.path.rsplit(":", 1)[1]) for r in found if isinstance(r, Article)
        ]
        assert sorted(lines_seen) == list(range(1, len(lines) + 1))


@given(st.lists(records | json_values, max_size=6))
def test_a_json_list_gives_a_record_per_element(values):
    found = read_file("feed.json", json.dumps(values).encode())
    assert len(found) == len(values)


@given(
    st.lists(st.sampled_from(FIELDS), min_size=1, max_size=5, unique=True),
    st.lists(st.lists(hostile_text, min_size=0, max_size=6), max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_hostile_csv_rows(header, rows, delimiter):
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    read_file("feed.csv", out.getvalue().encode("utf-8", "surrogatepass"))


@given(st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=6), hostile_text)
def test_hostile_front_matter(meta, front_extra):
    front = json.dumps(meta, ensure_ascii=False)  # JSON is YAML
    data = f"---\n{front}\n{front_extra}\n---\nThe minister said so.\n"
    read_file("a.md", data.encode("utf-8", "surrogatepass"))


@given(json_values)
def test_parse_date_gives_a_date_or_none(value):
    assert ingest.parse_date(value) is None or isinstance(
        ingest.parse_date(value), date
    )


@given(hostile_text | st.text())
@example("<0>")
@example("Texaco Inc <TX.N>\nsaid")
def test_soft_text_keeps_every_offset(text):
    soft = pipeline.soft_text(text)
    assert len(soft) == len(text)
    # only line breaks, and a wire archive's "<Name>" brackets and "<TICK>" tickers,
    # become spaces
    bracketed = {
        i
        for m in re.finditer(r"<[A-Z0-9][^<>\n]{0,80}>", text)
        for i in range(m.start(), m.end())
    }
    assert all(
        a == b or (b == " " and (a == "\n" or i in bracketed))
        for i, (a, b) in enumerate(zip(text, soft, strict=True))
    )


@given(hostile_text | st.text(), st.integers(1, 200))
def test_text_pieces_fit_and_join_back(text, limit):
    pieces = pipeline.text_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)
