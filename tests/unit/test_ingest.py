"""ingest.read: every format, every alias, and every kind of bad input."""

from __future__ import annotations

import itertools
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest
import spacy

from presswatch import ingest
from presswatch.nlp import actors, analyse, pipeline
from presswatch.records import Article
from presswatch.store import Store, sync

SEED = Path("/work/shared/seed/article.txt")
BODY = (
    "The defence minister confirmed on Friday that the deal was done, officials said.\n"
    "Talks could resume next week, according to a ministry spokesperson."
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def read_all(*paths: str | Path, **kwargs: object) -> list[Article | ingest.Skipped]:
    return list(ingest.read([str(p) for p in paths], **kwargs))


def articles(*paths: str | Path, **kwargs: object) -> list[Article]:
    return [r for r in read_all(*paths, **kwargs) if isinstance(r, Article)]


def skipped(*paths: str | Path, **kwargs: object) -> list[ingest.Skipped]:
    return [r for r in read_all(*paths, **kwargs) if isinstance(r, ingest.Skipped)]


def only_article(path: Path, **kwargs: object) -> Article:
    records = read_all(path, **kwargs)
    assert len(records) == 1 and isinstance(records[0], Article), records
    return records[0]


def only_skip(path: Path, **kwargs: object) -> ingest.Skipped:
    records = read_all(path, **kwargs)
    assert len(records) == 1 and isinstance(records[0], ingest.Skipped), records
    return records[0]


# --- the seed article -------------------------------------------------------------


def test_seed_article_reads_as_one_article():
    article = only_article(SEED)
    assert article.text == SEED.read_text(encoding="utf-8").strip()
    assert article.title.startswith("The United States, the United Kingdom")
    assert article.title.endswith("…") and len(article.title) <= ingest.TITLE_CHARS
    assert article.outlet == "seed"
    assert (article.published, article.url, article.author) == (None, "", "")
    assert article.word_count == len(SEED.read_text(encoding="utf-8").split())
    assert article.path == str(SEED)


def test_seed_article_offsets_index_the_file_text():
    article = only_article(SEED)
    start = article.text.index("Boris Pistorius")
    assert article.text[start : start + len("Boris Pistorius")] == "Boris Pistorius"


# --- .txt and .md headers -----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ("Title: Deal done\nOutlet: Daily Planet\nDate: 2024-05-03\n"
             "URL: https://example.org/a\nAuthor: Lois Lane\n"),
            ("Deal done", "Daily Planet", date(2024, 5, 3), "https://example.org/a",
             "Lois Lane"),
        ),
        (
            "title: Deal done\nSOURCE: Wire\npublished: May 3, 2024\n",
            ("Deal done", "Wire", date(2024, 5, 3), "", ""),
        ),
        (
            ("Headline: Deal done\nPublisher: Wire\nPublished_at: 3 May 2024\n"
             "Link: https://x.test\nByline: A. Writer\n"),
            ("Deal done", "Wire", date(2024, 5, 3), "https://x.test", "A. Writer"),
        ),
        ("Title :  Spaced key  \n", ("Spaced key", "news", None, "", "")),
        ("\n\nTitle: After blank lines\n", ("After blank lines", "news", None, "", "")),
    ],
)  # fmt: skip
def test_txt_header_variants(tmp_path, header, expected):
    path = write(tmp_path / "news" / "a.txt", header + "\n" + BODY + "\n")
    article = only_article(path)
    got = (article.title, article.outlet, article.published, article.url,
           article.author)  # fmt: skip
    assert got == expected
    assert article.text == BODY


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (BODY, BODY),  # no header
        ("\n\n  \n" + BODY + "\n\n\n", BODY),  # blank lines around
        ("  Indented first line.\nSecond.", "  Indented first line.\nSecond."),
        (BODY.replace("\n", "\r\n"), BODY),  # Windows line endings
        ("Title: T\n\n\n\n" + BODY, BODY),
        ("Update: the minister resigned.\n" + BODY, "Update: the minister resigned.\n"
         + BODY),  # not a header key
    ],
)  # fmt: skip
def test_txt_body_kept_as_written(tmp_path, content, text):
    assert only_article(write(tmp_path / "a.txt", content)).text == text


def test_txt_without_header_takes_first_line_as_title(tmp_path):
    article = only_article(write(tmp_path / "a.md", "Talks stall\n\n" + BODY))
    assert article.title == "Talks stall"
    assert article.text.startswith("Talks stall\n")


def test_long_first_line_title_is_cut_at_a_word(tmp_path):
    line = "word " * 60
    article = only_article(write(tmp_path / "a.txt", line))
    assert article.title == ("word " * 23).strip() + "…"


def test_front_matter(tmp_path):
    content = (
        "---\ntitle: Deal done\noutlet: Daily Planet\ndate: 2024-05-03\n"
        "author: [Lois Lane, Clark Kent]\nid: 42\n---\n\n# Deal done\n\n" + BODY + "\n"
    )
    article = only_article(write(tmp_path / "a.md", content))
    assert (article.id, article.title, article.outlet) == ("42", "Deal done",
                                                           "Daily Planet")  # fmt: skip
    assert article.published == date(2024, 5, 3)  # YAML gives a date object
    assert article.author == "Lois Lane, Clark Kent"
    assert article.text == "# Deal done\n\n" + BODY


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ("---\ntitle: ok\nauthor: [unclosed\n---\nBody.", 3, "invalid front matter"),
        ("---\ntitle: a: b: c\n---\nBody.", 2, "invalid front matter"),
        ("---\n- a list\n---\nBody.", 2, "invalid front matter"),
        ("---\ntitle: never closed\nBody.", 1, "invalid front matter"),
        ("---\ntitle: only a header\n---\n\n", None, "no text"),
        ("Title: only a header\n\n", None, "no text"),
    ],
)
def test_bad_front_matter_is_skipped_with_its_line(tmp_path, content, line, reason):
    skip = only_skip(write(tmp_path / "a.md", content))
    assert (skip.line, skip.reason) == (line, reason)


@pytest.mark.parametrize(
    ("front", "published"),
    [
        ("date: 2024-02-30", None),  # impossible date: the article stays, undated
        ("date: 2024-05-03 10:00:00", date(2024, 5, 3)),
        ("date: 03 May 2024", date(2024, 5, 3)),
        ("published: 2024", None),
    ],
)
def test_front_matter_dates(tmp_path, front, published):
    path = write(tmp_path / "a.md", f"---\n{front}\n---\n{BODY}")
    assert only_article(path).published == published


def test_front_matter_alias_bomb_stays_small(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    front = "\n".join(levels) + "\nauthor: *a8\ntitle: *a8"
    skip = only_skip(write(tmp_path / "a.md", f"---\n{front}\n---\n{BODY}"))
    assert (skip.line, skip.reason) == (3, "invalid front matter")
    assert "aliases" in skip.detail


def test_empty_front_matter_is_allowed(tmp_path):
    assert only_article(write(tmp_path / "a.md", "---\n---\n" + BODY)).text == BODY


# --- HTML -------------------------------------------------------------------------

PAGE = """<html><head><title>Minister confirms deal | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta name="author" content="Lois Lane">
<meta property="article:published_time" content="2024-05-03T10:00:00Z">
<link rel="canonical" href="https://planet.example/deal">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Minister confirms deal</h1>
<p>The defence minister confirmed on Friday that the two countries had reached an
agreement on air defence systems, officials said.</p>
<p>The deal could take weeks to finalise, according to a spokesperson for the
ministry, who declined to give further details.</p>
</article><footer>Copyright 2024 Daily Planet. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    article = only_article(write(tmp_path / "web" / "deal.html", PAGE))
    assert article.title == "Minister confirms deal"
    assert article.outlet == "Daily Planet"
    assert article.author == "Lois Lane"
    assert article.published == date(2024, 5, 3)
    assert article.url == "https://planet.example/deal"
    assert article.text.startswith("The defence minister confirmed")
    assert "declined to give further details." in article.text
    assert "Home | World" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize(
    ("remove", "outlet"),
    [
        (['<meta property="og:site_name" content="Daily Planet">'], "planet.example"),
        (
            ['<meta property="og:site_name" content="Daily Planet">',
             '<link rel="canonical" href="https://planet.example/deal">'],
            "planet-news",
        ),
    ],
)  # fmt: skip
def test_html_outlet_without_site_name(tmp_path, remove, outlet):
    page = PAGE.replace(" | Daily Planet", "").replace("Daily Planet. ", "")
    for markup in remove:
        page = page.replace(markup, "")
    article = only_article(write(tmp_path / "planet-news" / "deal.htm", page))
    assert article.outlet == outlet


def test_html_without_text_is_skipped(tmp_path):
    page = "<html><head><title>Nav only</title></head><body><nav></nav></body></html>"
    skip = only_skip(write(tmp_path / "a.html", page))
    assert skip.reason == "no text"


# --- JSON Lines and JSON ----------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"id": "a1", "title": "T", "outlet": "O", "published": "2024-05-03",
             "url": "https://u", "author": "A", "text": "Body."},
            ("a1", "T", "O", date(2024, 5, 3), "https://u", "A", "Body."),
        ),
        (
            {"id": 7, "headline": "T", "source": "O", "date": "May 3, 2024",
             "link": "https://u", "byline": "A", "body": "Body."},
            ("7", "T", "O", date(2024, 5, 3), "https://u", "A", "Body."),
        ),
        (
            {"Title": "T", "site": "O", "published_at": "2024-05-03T10:00:00Z",
             "content": "Body."},
            (None, "T", "O", date(2024, 5, 3), "", "", "Body."),
        ),
        (
            {"publisher": "O", "pubdate": "3 May 2024", "article": "Body."},
            (None, "Body.", "O", date(2024, 5, 3), "", "", "Body."),
        ),
        (
            {"sitename": "O", "datetime": "not a date", "text": "Body.",
             "author": {"name": "A"}},
            (None, "Body.", "O", None, "", "A", "Body."),
        ),
        (
            {"text": "Body.", "body": "ignored", "title": "", "outlet": None},
            (None, "Body.", "feeds", None, "", "", "Body."),
        ),
    ],
)  # fmt: skip
def test_json_field_aliases(tmp_path, record, expected):
    path = write(tmp_path / "feeds" / "a.jsonl", json.dumps(record) + "\n")
    a = only_article(path)
    given_id, *rest = expected
    assert [a.title, a.outlet, a.published, a.url, a.author, a.text] == rest
    if given_id is not None:
        assert a.id == given_id
    else:
        assert a.id == ingest.article_id(a.outlet, a.title, a.text)
    assert a.path == f"{path}:1"


@pytest.mark.parametrize(
    "text",
    [
        "  Leading spaces and trailing newline\n",
        "Line one\r\nLine two\u2028same record\u00a0nbsp",
        "Curly “quotes” and — dashes, e\u0301 decomposed",
    ],
)
def test_json_text_is_exactly_the_input(tmp_path, text):
    line = json.dumps({"text": text}, ensure_ascii=False)
    assert only_article(write(tmp_path / "a.jsonl", line)).text == text


def test_malformed_jsonl_line_among_good_ones(tmp_path):
    lines = [
        json.dumps({"text": "First article."}),
        "",
        '{"text": "broken" "title": 1}',
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Last article."}),
    ]
    path = write(tmp_path / "data" / "x.jsonl", "\n".join(lines))
    records = read_all(path)
    got = [
        (r.line, r.reason) if isinstance(r, ingest.Skipped) else r.text for r in records
    ]
    assert got == [
        "First article.",
        (3, "invalid JSON"),
        (4, "no text"),
        (5, "not a JSON object"),
        (6, "no text"),
        "Last article.",
    ]
    assert (
        records[1].message == f"{path} line 3: invalid JSON (Expecting ',' delimiter)"
    )
    assert [r.path for r in records if isinstance(r, Article)] == [
        f"{path}:1",
        f"{path}:7",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "Only one.", "title": "T"}', [("Only one.", "{path}")]),
        (
            '[\n  {"text": "One."},\n  {"text": "Two."}\n]\n',
            [("One.", "{path}:2"), ("Two.", "{path}:3")],
        ),
        ("[]", []),
    ],
)
def test_json_list_or_single_record(tmp_path, content, expected):
    path = write(tmp_path / "a.json", content)
    got = [(a.text, a.path) for a in articles(path)]
    assert got == [(text, where.format(path=path)) for text, where in expected]
    assert skipped(path) == []


@pytest.mark.parametrize(
    ("content", "texts", "line", "reason"),
    [
        ('[{"text": "One."},\n {"text": "Two."},\n {"text": ', ["One.", "Two."], 3,
         "invalid JSON"),
        ('[{"text": "One."} {"text": "Two."}]', ["One."], 1, "invalid JSON"),
        ('[{"text": "One."}] trailing', ["One."], 1, "invalid JSON"),
        ('{"text": "x",\n\n "title": }', [], 3, "invalid JSON"),
        ('[{"text": "One."},\n "a string"]', ["One."], 2, "not a JSON object"),
        ('"just a string"', [], None, "not a JSON object"),
        ("[" * 100_000 + "]" * 100_000, [], 1, "invalid JSON"),  # RecursionError
    ],
)  # fmt: skip
def test_bad_json_keeps_the_records_before_the_error(
    tmp_path, content, texts, line, reason
):
    path = write(tmp_path / "a.json", content)
    assert [a.text for a in articles(path)] == texts
    [skip] = skipped(path)
    assert (skip.line, skip.reason) == (line, reason)


def test_json_list_lines_with_multiline_records(tmp_path):
    records = [{"text": f"Article {n}.", "title": f"T{n}"} for n in range(50)]
    path = write(tmp_path / "a.json", json.dumps(records, indent=2))
    found = articles(path)
    assert [a.text for a in found] == [r["text"] for r in records]
    assert [a.path for a in found][:3] == [f"{path}:{n}" for n in (2, 6, 10)]
    assert found[-1].path == f"{path}:{2 + 4 * 49}"


def test_text_column_applies_to_json(tmp_path):
    path = write(
        tmp_path / "a.jsonl", json.dumps({"text": "x", "story": "Real story."})
    )
    assert only_article(path, text_column="story").text == "Real story."


# --- CSV --------------------------------------------------------------------------


def test_csv_with_aliases_and_multiline_fields(tmp_path):
    content = (
        "ID,Headline,Source,Date,Link,Byline,Body\n"
        'c1,T1,O1,2024-05-03,https://u,A1,"First line.\nSecond line, with comma."\n'
        "c2,T2,O2,not a date,,,Plain body.\n"
    )
    path = write(tmp_path / "a.csv", content)
    got = [(a.id, a.title, a.outlet, a.published, a.url, a.author, a.text, a.path)
           for a in articles(path)]  # fmt: skip
    assert got == [
        ("c1", "T1", "O1", date(2024, 5, 3), "https://u", "A1",
         "First line.\nSecond line, with comma.", f"{path}:2"),
        ("c2", "T2", "O2", None, "", "", "Plain body.", f"{path}:4"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("content", "text_column", "texts", "skips"),
    [
        ("title,story\nT,Custom column.\n", "story", ["Custom column."], []),
        ("title,STORY\nT,Any case.\n", "story", ["Any case."], []),
        ("title,story\nT,x\n", "missing", [], [(1, "no text column")]),
        ("title,summary\nT,x\n", None, [], [(1, "no text column")]),
        ("title;text\nT;Semicolons, and a comma.\n", None,
         ["Semicolons, and a comma."], []),
        ("title\ttext\nT\tTabbed.\n", None, ["Tabbed."], []),
        (
            "title,text\nA,Good one.\nB,too,many\nC\nD,\n\n,\nE,Good two.\n",
            None,
            ["Good one.", "Good two."],
            [(3, "wrong number of fields"), (4, "wrong number of fields"),
             (5, "no text")],
        ),
        ('title,text\nA,"unclosed\nB,swallowed\n', None, [], [(2, "invalid CSV")]),
        ('title,text\nA,"quoted"junk\nB,Next row.\n', None, ["Next row."],
         [(2, "invalid CSV")]),
    ],
)  # fmt: skip
def test_csv_rows(tmp_path, content, text_column, texts, skips):
    path = write(tmp_path / "a.csv", content)
    records = read_all(path, text_column=text_column)
    assert [a.text for a in records if isinstance(a, Article)] == texts
    got = [(s.line, s.reason) for s in records if isinstance(s, ingest.Skipped)]
    assert got == skips


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        ('title,text\r\nA,"Line one\r\nLine two"\r\nB,Next.\r\n',
         ["Line one\r\nLine two", "Next."]),
        ("title,text\nA,one\u2028two\nB,three\n", ["one\u2028two", "three"]),
    ],
)  # fmt: skip
def test_csv_text_keeps_its_line_breaks(tmp_path, content, texts):
    assert [a.text for a in articles(write(tmp_path / "a.csv", content))] == texts


def test_csv_field_larger_than_the_default_limit(tmp_path):
    big = "word " * 60_000  # 300 kB, over csv's 128 KiB default
    path = write(tmp_path / "a.csv", f'title,text\nBig,"{big}"\n')
    assert only_article(path).word_count == 60_000


def test_csv_row_message_names_file_and_line(tmp_path):
    path = write(tmp_path / "a.csv", "title,text\nA,ok\nB,x,y\n")
    [skip] = skipped(path)
    assert skip.message == f"{path} line 3: wrong number of fields (expected 2, got 3)"


# --- encodings and bad files ------------------------------------------------------


FRENCH = "Le ministre a déclaré «nous sommes prêts», selon l’AFP – hier."
RUSSIAN = "Министр заявил, что переговоры продолжатся на следующей неделе."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café “quoted”.".encode(), "Café “quoted”."),
        (b"\xef\xbb\xbfTitle: T\n\nWith BOM.", "With BOM."),
        (b'He said \x93we are ready\x94 at the caf\xe9.',
         "He said “we are ready” at the café."),
        (FRENCH.encode("cp1252"), FRENCH),
        ("Curly “quotes” in UTF-16.".encode("utf-16"), "Curly “quotes” in UTF-16."),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
    ],
)  # fmt: skip
def test_encodings(tmp_path, data, text):
    assert only_article(write(tmp_path / "a.txt", data)).text == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty"),
        ("a.txt", b"  \n\t\r\n  ", "empty"),
        ("a.jsonl", b"\n\n", "empty"),
        ("a.txt", b"\xef\xbb\xbf  \n", "empty"),
        ("a.txt", b"%PDF-1.4\n\x00\x01\x02binary\xff\xfe\x00", "binary file"),
        ("a.csv", bytes(range(256)) * 4, "binary file"),
        ("a.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("a.txt", b"\x01\x02\x03\x04\x05\x06 some \x07\x08\x0e\x0f", "binary file"),
        ("a.pdf", b"%PDF-1.4", "unsupported file type"),
        ("README", b"text", "unsupported file type"),
    ],
)
def test_bad_files_are_skipped(tmp_path, name, data, reason):
    skip = only_skip(write(tmp_path / name, data))
    assert (skip.path, skip.line, skip.reason) == (str(tmp_path / name), None, reason)


def test_too_large(tmp_path):
    path = write(tmp_path / "a.txt", "x" * 101)
    skip = only_skip(path, max_bytes=100)
    assert skip.message == f"{path}: too large (101 bytes > 100)"
    assert only_article(path, max_bytes=101).text == "x" * 101


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_record_streams_have_no_file_limit_only_a_record_limit(tmp_path, suffix):
    """A feed larger than the limit is read line by line; one oversize record is
    skipped with its line and the records after it still come through."""
    texts = [f"Story {i}: Kyiv said talks may resume." for i in range(40)]
    texts[7] = "x" * 500
    if suffix == ".jsonl":
        body = "\n".join(json.dumps({"text": t}) for t in texts) + "\n"
    else:
        body = "text\n" + "\n".join(texts) + "\n"
    path = write(tmp_path / f"feed{suffix}", body)
    assert path.stat().st_size > 1000
    records = read_all(path, max_bytes=400)
    [skip] = [r for r in records if isinstance(r, ingest.Skipped)]
    assert (skip.reason, skip.line) == ("too large", 8 if suffix == ".jsonl" else 9)
    assert [r.text for r in records if isinstance(r, Article)] == texts[:7] + texts[8:]


def test_a_windows_1252_feed_is_streamed_and_decoded(tmp_path):
    line = json.dumps(
        {"text": "Le ministre a dit \u201cpr\u00eats\u201d."}, ensure_ascii=False
    )
    path = write(tmp_path / "feed.jsonl", (line + "\n").encode("cp1252") * 3)
    assert [r.text for r in read_all(path)] == [
        "Le ministre a dit \u201cpr\u00eats\u201d."
    ] * 3


@pytest.mark.parametrize(
    ("item", "reason"),
    [("missing.txt", "not found"), ("*.nothing", "no files match")],
)
def test_missing_paths_are_skipped(tmp_path, item, reason):
    skip = only_skip(tmp_path / item)
    assert (skip.path, skip.reason) == (str(tmp_path / item), reason)


def test_unreadable_file_does_not_abort_the_batch(tmp_path, monkeypatch):
    bad = write(tmp_path / "a.txt", "secret")
    good = write(tmp_path / "b.txt", BODY)
    read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    records = read_all(bad, good)
    assert [type(r).__name__ for r in records] == ["Skipped", "Article"]
    assert records[0].message == f"{bad}: unreadable (Permission denied)"


@pytest.mark.parametrize("item", ["", "  ", "bad\x00name.txt", "x" * 5000 + ".txt"])
def test_hostile_path_strings_are_skipped(item):
    [skip] = read_all(item)
    assert (skip.path, skip.reason) == (item, "not found")


def test_unreadable_subfolder_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    make_tree(tmp_path)
    scandir = os.scandir

    def denied(path):  # root reads mode-0 folders, so refuse one by hand
        if str(path).endswith("deeper"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    records = read_all(tmp_path / "sub")
    assert [getattr(r, "text", None) or r.message for r in records] == [
        "C body.",
        f"{tmp_path / 'sub' / 'deeper'}: unreadable (Permission denied)",
    ]


def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_skip(fifo).reason == "not a regular file"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_feeds_joined_with_their_byte_order_marks_read_every_line(tmp_path, encoding):
    """`cat a.jsonl b.jsonl` of two files that each began with a BOM: the second BOM
    sits at the start of a line inside the feed, and that line is read too."""
    lines = [json.dumps({"id": n, "text": "The mayor said the port reopened."}) for n in "ab"]
    feed = tmp_path / "joined.jsonl"
    feed.write_bytes("\n".join("\ufeff" + line for line in lines).encode(encoding))
    records = read_all(feed)
    assert [getattr(r, "id", r) for r in records] == ["a", "b"]


def test_a_bidi_override_left_open_in_metadata_is_dropped(tmp_path):
    """U+202E left open in an outlet reverses the app's text after it ("outlets: A, B ·
    1 named, 5 relayed"): a title, outlet or author keeps only overrides it closes; the
    text keeps every character (offsets index it)."""
    rlo, pdf, rli, pdi = "\u202e", "\u202c", "\u2067", "\u2069"
    text = f"Peter {rlo}Smith said the port may close."
    records = [
        {"id": "a", "outlet": f"<b>Bold</b> {rlo}Wire", "title": f"gnp{rlo}.exe",
         "author": f"{pdi}{pdf}Ann", "text": text},
        {"id": "b", "outlet": f"{rlo}Kept{pdf} Wire", "title": f"{rli}عنوان{pdi} x",
         "author": "Zoë \u200f Lee", "text": "Plain text said the mayor."},
    ]  # fmt: skip
    feed = write(tmp_path / "f.jsonl", "\n".join(json.dumps(r) for r in records))
    a, b = read_all(feed)
    assert (a.outlet, a.title, a.author) == ("<b>Bold</b> Wire", "gnp.exe", "Ann")
    assert a.text == text  # the text is never changed
    assert (b.outlet, b.title, b.author) == (
        f"{rlo}Kept{pdf} Wire", f"{rli}عنوان{pdi} x", "Zoë \u200f Lee"
    )
    # a title taken from the text's first line is cleaned too
    (c,) = read_all(write(tmp_path / "t.txt", f"{rlo}Harbour news\n\nBody said x."))
    assert c.title == "Harbour news"


def test_a_folders_links_to_files_outside_it_are_not_read(tmp_path):
    """An unpacked archive can hold `notes.txt -> ~/.ssh/id_rsa`: reading the folder
    must not put that file in the store. Links that stay inside are read; a link named
    on the command line is the user's choice and is read."""
    secret = write(tmp_path / "private" / "secret.txt", "Title: s\n\nThe key is 42.")
    folder = tmp_path / "feed"
    write(folder / "a.txt", "Title: a\n\nA body.")
    (folder / "sub").mkdir()
    (folder / "notes.txt").symlink_to(secret)
    (folder / "sub" / "relative.txt").symlink_to(Path("..", "..", "private", "secret.txt"))
    (folder / "inner.txt").symlink_to(folder / "a.txt")  # inside: the same file, once
    (folder / "private").symlink_to(tmp_path / "private", target_is_directory=True)
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # inside: a loop
    records = read_all(folder)
    skipped = sorted(r.message for r in records if isinstance(r, ingest.Skipped))
    assert skipped == sorted(
        f"{folder / name}: link outside the folder"
        for name in ("notes.txt", "private", "sub/relative.txt")
    )
    assert [r.text for r in records if isinstance(r, Article)] == ["A body."]
    assert not any("42" in getattr(r, "text", "") for r in records)
    # named by the user, a link is followed
    assert [r.text for r in read_all(folder / "notes.txt")] == ["The key is 42."]
    # the progress total counts what is read, not the skipped links
    assert ingest.input_size([folder]).files == 1


def test_a_folder_given_as_a_link_is_walked_as_its_target(tmp_path):
    write(tmp_path / "real" / "a.txt", "Title: a\n\nA body.")
    write(tmp_path / "real" / "b.txt", "Title: b\n\nB body.")
    (tmp_path / "real" / "c.txt").symlink_to(tmp_path / "real" / "b.txt")
    (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
    records = read_all(tmp_path / "alias")
    assert sorted(r.text for r in records) == ["A body.", "B body."]


def test_one_bad_file_never_aborts_the_batch(tmp_path):
    write(tmp_path / "1.txt", BODY)
    write(tmp_path / "2.json", "[" * 100_000)
    write(tmp_path / "3.txt", b"\x00\x01")
    write(tmp_path / "4.md", "---\n: : :\n---\nx")
    write(tmp_path / "5.jsonl", json.dumps({"text": "Still here."}))
    records = read_all(tmp_path)
    assert [type(r).__name__ for r in records] == [
        "Article", "Skipped", "Skipped", "Skipped", "Article"
    ]  # fmt: skip


# --- folders, globs, laziness -----------------------------------------------------


def make_tree(root: Path) -> None:
    write(root / "b.txt", "B body.")
    write(root / "a.md", "A body.")
    write(root / "sub" / "c.jsonl", json.dumps({"text": "C body."}))
    write(root / "sub" / "deeper" / "d.txt", "D body.")
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "e.txt", "in a hidden folder")
    write(root / "notes.docx", "unknown type")


def test_folder_is_read_recursively_in_order(tmp_path):
    make_tree(tmp_path / "corpus")
    records = read_all(tmp_path / "corpus")
    got = [r.text if isinstance(r, Article) else r.message for r in records]
    assert got == [
        "A body.",
        "B body.",
        f"{tmp_path / 'corpus' / 'notes.docx'}: unsupported file type (.docx)",
        "C body.",
        "D body.",
    ]


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        ("corpus/*.txt", ["B body."]),
        ("corpus/**/*.txt", ["B body.", "D body."]),
        ("corpus/s*", ["C body.", "D body."]),  # a matched folder is walked
        ("corpus/[ab].*", ["A body.", "B body."]),
    ],
)
def test_glob_patterns(tmp_path, pattern, texts):
    make_tree(tmp_path / "corpus")
    assert [a.text for a in articles(tmp_path / pattern)] == texts


def test_a_file_named_twice_is_read_once(tmp_path):
    make_tree(tmp_path)
    assert len(articles(tmp_path / "b.txt", tmp_path / "*.txt", tmp_path)) == 4


def test_read_is_lazy(tmp_path):
    write(tmp_path / "a.txt", "First.")
    records = ingest.read([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert next(records).text == "First."
    write(tmp_path / "b.txt", "Written after reading began.")
    assert next(records).text == "Written after reading began."


def test_a_single_path_is_not_read_as_characters(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    assert [a.text for a in ingest.read(str(path))] == [BODY]
    assert [a.text for a in ingest.read(path)] == [BODY]


def test_explicit_hidden_file_is_read(tmp_path):
    assert only_article(write(tmp_path / ".draft.txt", BODY)).text == BODY


# --- ids and hashes ---------------------------------------------------------------


def test_ids_are_stable_and_distinct(tmp_path):
    make_tree(tmp_path)
    first = [a.id for a in articles(tmp_path)]
    assert first == [a.id for a in articles(tmp_path)]
    assert len(set(first)) == len(first)
    assert all(len(i) == 16 for i in first)


@pytest.mark.parametrize(
    ("outlet", "title", "text", "expected"),
    [
        # a fixed value: the recipe must not change silently between releases,
        # or every stored article would look new
        ("O", "T", "Body.", "6569c26d38d602b5"),
        ("OT", "", "Body.", "b75cdd33f8b2c5da"),
    ],
)
def test_article_id_is_fixed(outlet, title, text, expected):
    assert ingest.article_id(outlet, title, text) == expected


def test_duplicates_are_kept_and_share_content_hash(tmp_path):
    write(tmp_path / "wire" / "a.txt", "Title: A\n\nThe minister said “yes”.\n")
    write(tmp_path / "paper" / "b.txt", 'Title: B\n\nThe  Minister said\n"yes".')
    write(tmp_path / "paper" / "c.txt", "Title: C\n\nThe minister said no.")
    a, b, c = articles(tmp_path / "wire", tmp_path / "paper")
    assert a.content_hash == b.content_hash != c.content_hash
    assert a.id != b.id


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Minister said", "  minister   SAID \n", True),
        ("e\u0301te\u0301", "été", True),  # NFC/NFKC composition
        ("it’s — “so”", 'it\'s - "so"', True),
        ("Minister said", "Minister says", False),
    ],
)
def test_content_hash_normalisation(left, right, same):
    assert (ingest.content_hash(left) == ingest.content_hash(right)) is same


# --- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-03", date(2024, 5, 3)),
        ("2024-05-03T10:00:00Z", date(2024, 5, 3)),
        ("2024-05-03T23:30:00-05:00", date(2024, 5, 3)),  # as written, no tz shift
        ("2024/5/3", date(2024, 5, 3)),
        ("20240503", date(2024, 5, 3)),
        ("May 3, 2024", date(2024, 5, 3)),
        ("Friday, May 3rd 2024, 10:00", date(2024, 5, 3)),
        ("Sept. 30, 2024", date(2024, 9, 30)),
        ("3 May 2024", date(2024, 5, 3)),
        ("3rd of May, 2024", date(2024, 5, 3)),
        ("Fri, 03 May 2024 10:00:00 +0000", date(2024, 5, 3)),
        ("25/12/2024", date(2024, 12, 25)),
        ("12/25/2024", date(2024, 12, 25)),
        ("05.05.2024", date(2024, 5, 5)),
        ("03/05/2024", None),  # 3 May or March 5: ambiguous
        ("2024-02-30", None),
        ("31/31/2024", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (2024, None),
        (date(2024, 5, 3), date(2024, 5, 3)),
    ],
)
def test_parse_date(value, expected):
    assert ingest.parse_date(value) == expected


# --- Skipped ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("skip", "message"),
    [
        (ingest.Skipped("data/x.jsonl", 7, "invalid JSON", "Expecting ',' delimiter"),
         "data/x.jsonl line 7: invalid JSON (Expecting ',' delimiter)"),
        (ingest.Skipped("data/x.txt", None, "empty"), "data/x.txt: empty"),
    ],
)  # fmt: skip
def test_skipped_message(skip, message):
    assert skip.message == message


def test_every_skip_reason_is_declared(tmp_path):
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.json", "{")
    write(tmp_path / "c.csv", "x\n1\n")
    write(tmp_path / "d.bin", "?")
    reasons = {s.reason for s in skipped(tmp_path, tmp_path / "nope.txt")}
    assert reasons == {"empty", "invalid JSON", "no text column",
                       "unsupported file type", "not found"}  # fmt: skip
    assert reasons <= set(ingest.SKIP_REASONS)


# --- hostile input: linear time, bounded metadata, per-record skips ----------------

BASE64_RUN = "QUJDRGVmZ2hpams+/0123456789" * 40_000  # about 1 MB, no space


def timed(fn, *args):
    """CPU seconds of this process, not wall time: these bounds catch a quadratic blow-up
    (minutes to hours) and must not fail because other jobs share the machine's cores."""
    start = time.process_time()
    result = fn(*args)
    return result, time.process_time() - start


@pytest.mark.parametrize(
    "text",
    [
        "A photo:\n" + BASE64_RUN,  # was quadratic: hours
        "\n" + BASE64_RUN + "\nThe end.\n",
        "x\n" + " " * 1_000_000 + "y\n",
        "x\n" + "\t " * 500_000 + "\n",
        "\n" + '"' * 1_000_000 + "\n",
        "\n" + ")" * 1_000_000 + " \n",
        "a\n" * 500_000,
        "U.S." * 250_000 + "\nnext",
        "Short heading\n" + "word " * 200_000,
        "Co <AB> " * 150_000 + "<" * 100_000,
    ],
    ids=["base64", "base64-lines", "spaces", "tabs", "quotes", "brackets",
         "many-lines", "abbreviations", "heading", "tickers"],
)  # fmt: skip
def test_soft_text_is_linear_on_crafted_text(text):
    soft, seconds = timed(pipeline.soft_text, text)
    assert len(soft) == len(text)
    assert seconds < 2, f"{seconds:.1f} s"


def test_soft_text_unbrackets_wire_archive_names():
    text = "<Harbour Freight Corp> said Nordsee Inc <NSE.F> and <ABC> agreed. A < B."
    assert pipeline.soft_text(text) == (
        " Harbour Freight Corp  said Nordsee Inc" + " " * 9 + "and  ABC  agreed. A < B."
    )


def test_a_wire_archives_bracketed_company_is_the_source(nlp):
    from presswatch.nlp import analyse

    text = (
        "<Harbour Freight Corp>\nsaid it filed a registration statement with the "
        "Securities and Exchange Commission for an offering of two mln shares.\n"
        "Nordsee Shipping Inc <NSE.F> said it would buy the shares."
    )
    [doc] = pipeline.parse(nlp, [text])
    found = analyse(doc)
    assert {(a.source_text, a.actor) for a in found.attributions} == {
        ("Harbour Freight Corp", "Harbour Freight Corp"),
        ("Nordsee Shipping Inc", "Nordsee Shipping Inc"),
    }
    assert all(text[m.start : m.end] == m.text for m in found.mentions)
    assert not any("<" in m.text or ">" in m.text for m in found.mentions)


def test_soft_text_still_joins_wrapped_lines():
    text = "The minister said\nthe deal was done.\nTalks resume.\n\nNew part"
    assert pipeline.soft_text(text) == (
        "The minister said the deal was done.\nTalks resume.\n New part"
    )


@pytest.mark.parametrize(
    ("name", "kept"),
    [("Bashar al-Assad,[1", "Bashar al-Assad"), ("Abboud Qanbar(Arabic", "Abboud Qanbar"),
     ("Anna Berg ; (x)", "Anna Berg"), ("Anna Berg", "Anna Berg")],
)  # fmt: skip
def test_span_tail_cuts_reference_marks(name, kept):
    assert actors._SPAN_TAIL.sub("", name) == kept


@pytest.mark.parametrize(
    "text",
    ["a" + " " * 1_000_000 + "b", "a" + " ," * 500_000, "(" * 1_000_000 + "\nb",
     " ;" * 500_000 + "["],
)  # fmt: skip
def test_span_tail_is_linear(text):
    _, seconds = timed(actors._SPAN_TAIL.sub, "", text)
    assert seconds < 1, f"{seconds:.1f} s"


@pytest.mark.parametrize(
    "value",
    ["May" + " " * 1_000_000 + "x", "3" + " " * 1_000_000 + "x",
     "May 3" + " " * 1_000_000, "2024-" * 200_000, "1" * 1_000_000],
)  # fmt: skip
def test_parse_date_is_fast_on_crafted_text(value):
    result, seconds = timed(ingest.parse_date, value)
    assert result is None and seconds < 1


@pytest.mark.parametrize(
    "content",
    ["Title" + " " * 1_000_000 + "x\n\n" + BODY,
     "Title: T\n" + " \t" * 500_000 + "\n" + BODY,
     "Title: T\n\n" + BASE64_RUN + "\n" + BODY,
     "---\n" + "a: " + " " * 60_000 + "b\n---\n" + BODY],
)  # fmt: skip
def test_text_files_read_fast_on_crafted_text(tmp_path, content):
    path = write(tmp_path / "a.md", content)
    records, seconds = timed(read_all, path)
    assert len(records) == 1 and seconds < 2


def test_metadata_is_capped(tmp_path):
    long = "word " * 5_000
    record = {
        "text": BODY,
        "title": long,
        "outlet": long,
        "author": long,
        "url": "https://x.example/" + "a" * 5_000,
        "id": "id" * 1_000,
    }
    twin = dict(record, id="id" * 1_000 + "2")
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n" + json.dumps(twin))
    first, second = articles(path)
    limits = ingest.META_CHARS
    assert len(first.title) <= limits["title"] and first.title.endswith("…")
    assert (
        len(first.outlet) <= limits["outlet"] and len(first.author) <= limits["author"]
    )
    assert first.url == ""  # a cut URL would lead nowhere
    assert len(first.id) == limits["id"] and first.id != second.id
    assert first.text == BODY


def test_odd_metadata_types_give_text_or_nothing(tmp_path):
    record = {
        "text": BODY,
        "title": ["One", {"name": "Two"}, [3]],
        "author": 7,
        "outlet": {"x": 1},
        "published": {"y": 2},
        "url": None,
    }
    article = only_article(write(tmp_path / "a.json", json.dumps(record)))
    assert (article.title, article.author, article.published) == ("One, Two", "7", None)
    assert article.outlet == tmp_path.name and article.url == ""


@pytest.mark.parametrize(
    ("front", "detail"),
    [("a: &x [1, 2]\nb: *x", "aliases"),
     ("title: !!omap [a: 1]", "constructor"),
     ("title: !!pairs [a: 1]", "constructor"),
     ("title: !!set {a: null}", "constructor"),
     ("title: !!binary aGVsbG8=", "constructor"),
     ("title: !!python/object:os.system x", "constructor"),
     ("title: !!timestamp 2024-01-01", "constructor"),
     ("n: " + "1" * 5_000, "digits"),
     ("a: " + "[" * 20_000 + "]" * 20_000, "nested too deeply"),
     ("a: " + "x" * 70_000, "characters > 65536")],
)  # fmt: skip
def test_front_matter_refuses_what_could_expand(tmp_path, front, detail):
    path = write(tmp_path / "a.md", f"---\n{front}\n---\n{BODY}")
    skip, seconds = timed(only_skip, path)
    assert skip.reason == "invalid front matter" and detail in skip.detail
    assert seconds < 2


def test_a_384_byte_alias_bomb_is_skipped_at_once(tmp_path):
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    lines += [
        f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]"
        for p, c in zip("abcdefg", "bcdefgh", strict=True)
    ]
    content = "---\n" + "\n".join(lines) + "\ntitle: *h\n---\n" + BODY
    assert len(content.encode()) < 500
    skip, seconds = timed(only_skip, write(tmp_path / "bomb.md", content))
    assert (skip.line, skip.reason) == (3, "invalid front matter") and seconds < 1


DEEP = "[" * 100_000 + "]" * 100_000


def test_one_bad_jsonl_record_is_one_skip_and_the_file_goes_on(tmp_path):
    lines = [
        json.dumps({"text": "First."}),
        '{"text": ' + DEEP + "}",  # RecursionError
        json.dumps({"text": "Third."}),
        '{"text": "x", "id": ' + "7" * 5_000 + "}",  # ValueError: int digits
        json.dumps({"text": "Fifth.", "title": ["a", "b"], "published": "2024-13-45"}),
        json.dumps({"text": 12345}),
        json.dumps({"text": "Null\u0000 and \ud800 lone."}),
        json.dumps([1, 2]),
        json.dumps({"text": "Last."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    records = read_all(path)
    assert [r.text for r in records if isinstance(r, Article)] == [
        "First.", "Third.", "Fifth.", "Null\ufffd and \ufffd lone.", "Last."
    ]  # fmt: skip
    assert [(s.line, s.reason) for s in records if isinstance(s, ingest.Skipped)] == [
        (2, "invalid JSON"), (4, "invalid JSON"), (6, "no text"), (8, "not a JSON object")
    ]  # fmt: skip
    assert "nested too deeply" in records[1].message


def test_one_bad_json_element_is_one_skip(tmp_path):
    content = '[{"text": "One."},\n {"text": "Two.", "title": {"name": [1]}},\n 7,\n {"text": "Four."}]'
    records = read_all(write(tmp_path / "a.json", content))
    assert [r.text for r in records if isinstance(r, Article)] == [
        "One.",
        "Two.",
        "Four.",
    ]
    assert [(s.line, s.reason) for s in records if isinstance(s, ingest.Skipped)] == [
        (3, "not a JSON object")
    ]


def test_a_record_that_breaks_the_reader_is_an_invalid_record(tmp_path, monkeypatch):
    from presswatch.ingest import formats

    real = formats.build_article

    def fragile(meta, text, **kwargs):
        if text == "Boom.":
            raise KeyError("a reader bug")
        return real(meta, text, **kwargs)

    monkeypatch.setattr(formats, "build_article", fragile)
    content = "\n".join(json.dumps({"text": t}) for t in ("One.", "Boom.", "Three."))
    records = read_all(write(tmp_path / "a.jsonl", content))
    assert [r.text for r in records if isinstance(r, Article)] == ["One.", "Three."]
    [skip] = [r for r in records if isinstance(r, ingest.Skipped)]
    assert (skip.line, skip.reason) == (
        2,
        "invalid record",
    ) and "KeyError" in skip.detail


def test_csv_rows_with_nul_or_an_over_long_field(tmp_path):
    content = (
        'text,title\nFirst.,a\n"Nul\x00 inside.",b\n"' + "x" * 5_000 + '",c\nLast.,d\n'
    )
    records = read_all(write(tmp_path / "a.csv", content), max_bytes=1_000)
    assert [r.text for r in records if isinstance(r, Article)] == [
        "First.", "Nul\ufffd inside.", "Last."
    ]  # fmt: skip
    [skip] = [r for r in records if isinstance(r, ingest.Skipped)]
    assert (skip.line, skip.reason) == (4, "too large")


def test_a_stream_that_fails_midway_keeps_what_came_before(tmp_path, monkeypatch):
    from presswatch.ingest import formats

    def failing(lines, path, text_column, max_bytes):
        yield from formats._read_jsonl(itertools.islice(lines, 1), path, text_column)
        raise MemoryError("disk went away")  # not an OSError, still only this file

    monkeypatch.setitem(formats.STREAMED, ".jsonl", failing)
    bad = write(tmp_path / "a.jsonl", '{"text": "One."}\n{"text": "Two."}\n')
    good = write(tmp_path / "b.txt", BODY)
    records = read_all(bad, good)
    assert [type(r).__name__ for r in records] == ["Article", "Skipped", "Article"]
    assert records[1].reason == "unreadable" and "MemoryError" in records[1].detail


def test_update_stores_the_good_files_of_a_folder_with_bad_ones(nlp, tmp_path):
    folder = tmp_path / "in"
    write(folder / "a.txt", BODY)
    write(folder / "b.jsonl", '{"text": "Good line one."}\n{"text": ' + DEEP + "}\n"
          '{"text": "Good line three."}\n')  # fmt: skip
    write(folder / "c.md", "---\na: &x 1\nb: *x\n---\nAliased.")
    write(folder / "d.json", "[" * 50_000)
    write(folder / "e.csv", 'text\n"unclosed\n')
    write(folder / "f.txt", "The spokesperson said the talks may resume.")
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([folder], store, nlp)
        texts = set(store.query("SELECT text FROM articles").text)
    assert texts == {BODY, "Good line one.", "Good line three.",
                     "The spokesperson said the talks may resume."}  # fmt: skip
    where = {(Path(s.path).name, s.line) for s in report.skipped}
    assert {("b.jsonl", 2), ("c.md", 3), ("d.json", 1), ("e.csv", 2)} <= where


# --- articles longer than the model accepts -----------------------------------------

PARAGRAPH = (
    "Mayor Anna Berg said on Tuesday that the bridge in Springfield may reopen soon. "
    "Critics reportedly disagree, according to the Daily Planet."
)


@pytest.fixture
def short_model(nlp):
    """The model with a small max_length, so the split path runs on short texts."""
    old = nlp.max_length
    nlp.max_length = 1_000
    yield nlp
    nlp.max_length = old


@pytest.mark.parametrize("sep", ["\n\n", " ", "\n", ""])
def test_a_text_over_the_limit_is_parsed_in_pieces_with_offsets_intact(
    nlp, short_model, sep
):
    text = sep.join(PARAGRAPH for _ in range(30))
    whole = analyse(_parse_whole(nlp, text))
    doc = next(pipeline.parse(short_model, [text]))
    assert doc.text == pipeline.soft_text(text)
    pieced = analyse(doc)
    for found in (
        pieced.sentences,
        pieced.mentions,
        pieced.hedges,
        pieced.attributions,
    ):
        assert found
    for m in pieced.mentions:
        assert text[m.start : m.end] == m.text
    for h in pieced.hedges:
        assert text[h.start : h.end] == h.text
    if sep == "\n\n":  # cut at paragraphs: nothing differs from one parse
        assert pieced == whole


def _parse_whole(nlp, text):
    old, nlp.max_length = nlp.max_length, 1_000_000
    try:
        return next(pipeline.parse(nlp, [text]))
    finally:
        nlp.max_length = old


@pytest.mark.parametrize("length", [0, 1, 999, 1_000, 1_001, 5_432])
def test_text_pieces_join_back_and_fit(length):
    text = ("Words here. " * 1_000 + "x" * 3_000)[:length]
    pieces = pipeline.text_pieces(text, 1_000)
    assert "".join(pieces) == text and all(len(p) <= 1_000 for p in pieces)


def test_update_stores_an_article_over_the_limit_every_time(short_model, tmp_path):
    long_text = "\n\n".join(PARAGRAPH for _ in range(40))
    write(tmp_path / "in" / "long.txt", long_text)
    write(tmp_path / "in" / "short.txt", BODY)
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([tmp_path / "in"], store, short_model)
        assert (report.parsed, report.skipped) == (2, [])
        n = store.query("SELECT count(*) AS n FROM sentences").n[0]
        assert n >= 80
        again = sync.update([tmp_path / "in"], store, short_model)
        assert (again.unchanged, again.skipped) == (2, [])


def test_a_parse_error_fails_only_its_article(nlp, tmp_path, monkeypatch):
    real = pipeline.parse

    def fragile(model, texts):
        texts = list(texts)
        if any("Boom" in t for t in texts):
            raise ValueError("the model broke")
        return real(model, texts)

    monkeypatch.setattr(pipeline, "parse", fragile)
    for name, text in (
        ("a.txt", BODY),
        ("b.txt", "Boom went the model."),
        ("c.txt", PARAGRAPH),
    ):
        write(tmp_path / "in" / name, text)
    with Store(tmp_path / "s.duckdb") as store:
        report = sync.update([tmp_path / "in"], store, nlp)
        assert report.parsed == 2
        [skip] = report.skipped
        assert skip.reason == "analysis failed" and skip.path.endswith("b.txt")


def test_a_real_article_over_a_million_characters():
    # spaCy's own limit (E088 past 1,000,000 characters) on a tokenizer-only English
    # pipeline: the full model takes minutes on a text this long.
    blank = spacy.blank("en")
    text = "\n\n".join([PARAGRAPH] * (1_050_000 // len(PARAGRAPH) + 1))
    assert len(text) > blank.max_length == 1_000_000
    with pytest.raises(ValueError, match="E088"):
        blank(text)
    doc = next(pipeline.parse(blank, [text]))
    assert doc.text == pipeline.soft_text(text)
    last = doc[-2]
    assert text[last.idx : last.idx + len(last.text)] == last.text == "Planet"
