"""One escaping function per context data meets: Markdown, HTML, plotly; and only
http(s) addresses become links."""

from __future__ import annotations

import html
import re

import pytest

from presswatch.markup import escape_html, escape_markdown, escape_plotly, safe_url

# Invented hostile values, one per trick.
HOSTILE = [
    "[Sign in](https://phish.example/login)",
    "![](https://tracker.example/p.png)",
    "<img src=https://evil.example/x.png onerror=alert(1)>",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">x</a>',
    "https://bare.example/autolink and www.bare.example and a@mail.example",
    ":red[coloured] :material/warning: :smile: $x^2$ ~~gone~~ **bold** _em_ `code`",
    "line one\n# heading\n- item\n1. item\r\n> quote\u2028===",
    "&lt;b&gt; entity &#60;",
    "%{x} {placeholder}",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_escaping_leaves_nothing_markdown_reads(text):
    out = escape_markdown(text)
    assert "\n" not in out and "\r" not in out and "\u2028" not in out
    bare = re.sub(r"\\.", "", out)  # what a Markdown renderer would still interpret
    assert not set(bare) & set("[]()!<>*_`:~$&#|=-.@")
    shown = re.sub(r"\\(.)", r"\1", out).replace("\u2060", "")  # what a reader sees
    assert shown == re.sub(r"[\r\n\u2028]+", " ", text)


@pytest.mark.parametrize(
    "text", ["https://a.example/x", "HTTP://A.EXAMPLE", "www.a.example", "me@a.example"]
)
def test_markdown_escaping_keeps_bare_addresses_from_becoming_links(text):
    """remark-gfm links these after parsing, escapes or not: a word joiner breaks them."""
    out = escape_markdown(text).replace("\\", "")
    assert not re.search(r"https?://|www\.|\w@", out, re.IGNORECASE)


def test_markdown_escaping_takes_any_value():
    assert escape_markdown(None) == ""
    assert escape_markdown(12.5) == "12\\.5"


@pytest.mark.parametrize("text", HOSTILE)
def test_html_escaping_makes_no_tag_or_attribute(text):
    out = escape_html(text)
    assert "<" not in out and ">" not in out and '"' not in out and "'" not in out
    assert html.unescape(out) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_plotly_escaping_makes_no_tag_entity_or_placeholder(text):
    out = escape_plotly(text)
    assert "<" not in out and ">" not in out
    assert "{" not in out and "}" not in out  # no %{...} for a hovertemplate
    assert not re.search(r"&(?!amp;|lt;|gt;|#123;|#125;)", out)  # only our entities
    assert html.unescape(out) == text


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/a?b=1#c",
        "http://news.example",
        "HTTPS://NEWS.EXAMPLE/x",
        "  https://news.example/padded  ",
    ],
)
def test_http_urls_become_links(url):
    assert safe_url(url) == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "/relative/path",
        "relative.html",
        "https://",
        "https:///no-host",
        "http://[::1",
        "https://ex ample.com",
        "https://evil.example\\@news.example",
        "https://news.example/\x00",
        None,
        42,
        "",
    ],
)
def test_anything_else_never_becomes_a_link(url):
    assert safe_url(url) is None
