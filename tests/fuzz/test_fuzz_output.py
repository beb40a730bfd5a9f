"""Properties of what PressWatch writes out: highlighted HTML and CSV downloads."""

from __future__ import annotations

import csv
import html
import io
import re

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from presswatch import markup
from presswatch.export import safe_csv

MARKUP = st.sampled_from(
    ["<", ">", "&", '"', "'", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
     "</mark>", "<br>", "&lt;", "javascript:", "\n", "[a](https://x.example)", "=1+1"]
)  # fmt: skip
hostile = st.lists(MARKUP | st.text(max_size=6), max_size=20).map("".join)
spans = st.lists(
    st.builds(
        markup.Span,
        start=st.integers(-5, 120),
        end=st.integers(-5, 120),
        colour=hostile | st.sampled_from(["#1f77b4", "red"]),
        label=hostile,
        kind=hostile | st.sampled_from(["actor", "source", "cue", "hedge"]),
        priority=st.integers(-2, 2),
    ),
    max_size=8,
)
# The only tags highlighting writes; anything else starting with "<" came from data.
OWN_TAG = re.compile(
    r'<mark class="pw-[a-z0-9_-]+" style="[^"<>]*" title="[^"<>]*">|</mark>|<br>|<div class="pw-article" style="[^"<>]*">|</div>'
)


@given(hostile | st.text(), spans)
def test_highlighting_escapes_everything_from_the_data(text, found):
    out = markup.article_html(text, found)
    assert "<" not in OWN_TAG.sub("", out)
    # Every character of the text is there, in order, once the tags are gone.
    assert html.unescape(OWN_TAG.sub("", out).replace("<br>", "")) == text


cells = (
    hostile | st.text() | st.sampled_from(["=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx"])
)


@given(st.lists(st.tuples(cells, cells, st.integers()), max_size=10))
def test_csv_download_round_trips_with_no_formula(rows):
    df = pd.DataFrame(rows, columns=["name", "note", "n"])
    out = safe_csv(df).decode("utf-8")
    back = list(csv.reader(io.StringIO(out, newline="")))
    assert back[0] == ["name", "note", "n"] and len(back) == len(rows) + 1
    for (name, note, n), row in zip(rows, back[1:], strict=True):
        for given_cell, written in zip((name, note), row[:2], strict=True):
            assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert written == given_cell or written == "'" + given_cell
        assert row[2] == str(n)
