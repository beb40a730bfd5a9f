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


# Bidi controls: LRE RLE PDF LRO RLO and LRI RLI FSI PDI.
_OPENERS = {"\u202a": "e", "\u202b": "e", "\u202d": "e", "\u202e": "e",
            "\u2066": "i", "\u2067": "i", "\u2068": "i"}  # fmt: skip


def _open_at_end(text: str) -> list[str] | None:
    """What a bidi reader still has open after `text` (None: a closer closed more than
    the text opened, i.e. something of the page around it)."""
    stack: list[str] = []
    for ch in text:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch == "\u202c":
            if not stack or stack[-1] != "e":
                return None
            stack.pop()
        elif ch == "\u2069":
            if "i" not in stack:
                return None
            while stack.pop() != "i":
                pass
    return stack


BIDI_TRICKS = [
    "\u202eWire",  # an override left open: the rest of the line would read backwards
    "<b>Bold</b> \u202eWire [x](javascript:1)",
    "gnp\u202e.exe",
    "\u202b\u202d\u2067deep",
    "\u2069\u202eclose the page's isolate first",
    "\u202c\u202cclose the page's embedding",
    "\u2066a\u202eb\u2069c\u202ed",  # the PDI ends the override inside its isolate
]


@pytest.mark.parametrize("text", BIDI_TRICKS)
@pytest.mark.parametrize("escape", [escape_markdown, escape_html, escape_plotly])
def test_no_bidi_override_reaches_past_an_escaped_value(text, escape):
    """A name's override or isolate ends with the name: the app's own text after it
    ("· 1 named, 5 relayed") keeps its direction."""
    out = escape(text)
    assert _open_at_end(out) == [], (text, out)
    # what a reader sees is the text, less only closers that closed nothing of its own
    bare = re.sub(r"\\(.)", r"\1", html.unescape(out)).replace("\u2060", "")
    visible = re.compile("[\u202a-\u202e\u2066-\u2069]")
    assert visible.sub("", bare) == visible.sub("", text)


@pytest.mark.parametrize(
    "text",
    [
        "\u202eclosed\u202c after",  # balanced: left as it is
        "\u2067isolated\u2069 after",
        "مرحبا بالعالم and Hebrew שלום",  # right-to-left letters need no control
        "Zürich \u200f mark",  # RLM / LRM are marks, not embeddings: untouched
        "plain",
    ],
)
def test_balanced_or_plain_right_to_left_text_is_left_as_it_is(text):
    assert html.unescape(escape_html(text)) == text
    assert html.unescape(escape_plotly(text)) == text
