"""Highlighted article HTML: spans land on the right text, and text is always inert."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from presswatch.markup import (
    Span,
    article_html,
    escape_markdown,
    highlight,
    legend,
    tint,
)

RED, BLUE, GREEN = "#d55e00", "#0072b2", "#009e73"


class _Collect(HTMLParser):
    """Tags (in order), visible text and whether every tag was closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.stack: list[str] = []
        self.text = ""
        self.nested = True

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.nested = False

    def handle_data(self, data):
        self.text += data


def parsed(markup: str) -> _Collect:
    p = _Collect()
    p.feed(markup)
    p.close()
    return p


def marked(markup: str) -> list[tuple[str, str]]:
    """(title, inner text) of every innermost <mark>."""
    return [
        (html.unescape(title), html.unescape(inner))
        for title, inner in re.findall(
            r'<mark [^>]*title="([^"]*)">([^<]*)</mark>', markup
        )
    ]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("Kyiv said.", [Span(0, 4, RED, "GPE")], [("GPE", "Kyiv")]),
        (
            "Officials may delay it.",
            [Span(0, 9, BLUE, "source"), Span(10, 13, GREEN, "modal")],
            [("source", "Officials"), ("modal", "may")],
        ),
        # an actor inside a source: the actor is innermost
        (
            "Japan's Defense Ministry said",
            [Span(0, 24, BLUE, "source"), Span(0, 5, RED, "actor")],
            [("actor", "Japan"), ("source", "'s Defense Ministry")],
        ),
        # crossing spans are cut where they cross; the later-starting one is inside
        (
            "abcdef",
            [Span(0, 4, RED, "x"), Span(2, 6, BLUE, "y")],
            [("x", "ab"), ("y", "cd"), ("y", "ef")],
        ),
        # equal length: the higher priority is drawn inside
        (
            "may",
            [Span(0, 3, RED, "hedge", priority=2), Span(0, 3, BLUE, "cue")],
            [("hedge", "may")],
        ),
        # spans beyond the text are clipped, empty and reversed ones dropped
        (
            "short",
            [Span(3, 99, RED, "tail"), Span(2, 2, BLUE, "e"), Span(4, 1, BLUE, "r")],
            [("tail", "rt")],
        ),
        ("no spans", [], []),
    ],
)
def test_spans_cover_their_text(text, spans, expected):
    out = highlight(text, spans)
    assert marked(out) == expected
    p = parsed(out)
    assert p.nested
    assert p.text == text


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=1">',
        "</mark></div><script>alert(1)</script>",
        '" onmouseover="alert(1)',
        "&lt;already escaped&gt; & <b>bold</b>",
    ],
)
def test_hostile_text_stays_text(hostile):
    text = f"Before {hostile} after."
    out = article_html(
        text, [Span(0, 6, RED, "x"), Span(7, 7 + len(hostile), BLUE, "y")]
    )
    p = parsed(out)
    assert p.text == text  # every character shown as written
    assert set(p.tags) <= {"div", "mark", "br"}
    assert "<script" not in out and "<img" not in out


def test_hostile_label_cannot_leave_its_attribute():
    out = highlight("Kyiv", [Span(0, 4, RED, '"><script>alert(1)</script>')])
    assert set(parsed(out).tags) == {"mark"}
    assert "<script" not in out


def test_line_breaks_are_kept():
    assert highlight("one\ntwo", []) == "one<br>\ntwo"


@pytest.mark.parametrize(
    ("colour", "expected"),
    [("#0072B2", "rgba(0, 114, 178, 0.28)"), ("red", "red")],
)
def test_tint(colour, expected):
    assert tint(colour) == expected


def test_legend_escapes_labels():
    out = legend([("<b>Person</b>", RED), ("Hedge", GREEN)])
    assert parsed(out).text == "<b>Person</b> Hedge"
    assert "<b>" not in out


@pytest.mark.parametrize(
    "text",
    [
        "[click](javascript:alert(1))",
        "![x](http://example.invalid/a.png)",
        "<b>bold</b> **strong** _em_ `code`",
        "plain words",
    ],
)
def test_escape_markdown_leaves_no_markup(text):
    out = escape_markdown(text)
    # nothing lost but the invisible word joiners that keep addresses from linking
    assert re.sub(r"\\(.)", r"\1", out).replace("\u2060", "") == text
    unescaped = re.sub(r"\\.", "", out)  # what markdown would still interpret
    assert not set(unescaped) & set("[]()!<>*_`:")
