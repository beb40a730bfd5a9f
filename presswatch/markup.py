"""Article text as safe HTML with coloured spans (actors, sources, cues, hedges).

Every piece of article text goes through `html.escape`, so markup or script inside an
article is shown as text and never runs. Spans may overlap or cross: the text is cut at
every span boundary and each piece is wrapped in the spans that cover it, outermost
(longest) first, so the HTML always nests properly and the innermost colour shows.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from urllib.parse import urlsplit

_HEX = re.compile(r"#([0-9a-fA-F]{6})")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to colour, with the label shown on hover."""

    start: int
    end: int
    colour: str  # CSS colour, "#rrggbb" gets a translucent background
    label: str
    kind: str = ""  # CSS class suffix: pw-actor, pw-source, pw-cue, pw-hedge
    priority: int = 0  # among spans of equal length, higher is drawn inside


def tint(colour: str, alpha: float = 0.28) -> str:
    """A translucent background for a "#rrggbb" colour (other CSS colours unchanged)."""
    match = _HEX.fullmatch(colour.strip())
    if not match:
        return colour
    value = match.group(1)
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha})"


def _open_tag(span: Span, depth: int) -> str:
    # Outer spans get a lower underline, so a source underline stays visible
    # below the actor inside it.
    kind = re.sub(r"[^a-z0-9_-]", "", span.kind.lower())
    style = (
        f"background:{tint(span.colour)};border-bottom:2px solid {span.colour};"
        f"padding:1px 0 {1 + 3 * depth}px 0;border-radius:0;color:inherit"
    )
    return (
        f'<mark class="pw-{kind or "span"}" style="{html.escape(style)}" '
        f'title="{html.escape(span.label)}">'
    )


def highlight(text: str, spans: Iterable[Span]) -> str:
    """`text` as escaped HTML, each span wrapped in a coloured <mark> with its label.

    Spans outside the text are clipped, empty ones dropped; line breaks become <br>.
    """
    n = len(text)
    usable = [
        Span(max(0, s.start), min(n, s.end), s.colour, s.label, s.kind, s.priority)
        for s in spans
        if s.start is not None and s.end is not None
    ]
    usable = [s for s in usable if s.start < s.end]
    cuts = sorted({0, n, *(s.start for s in usable), *(s.end for s in usable)})
    starting: dict[int, list[int]] = {}
    for i, s in enumerate(usable):
        starting.setdefault(s.start, []).append(i)
    active: list[int] = []  # indices of the spans covering the current piece
    parts: list[str] = []
    for left, right in pairwise(cuts):
        active = [i for i in active if usable[i].end > left] + starting.get(left, [])
        covering = sorted(
            (usable[i] for i in active),
            key=lambda s: (-(s.end - s.start), s.priority, s.start),
        )
        depth = len(covering)
        opened = "".join(_open_tag(s, depth - 1 - i) for i, s in enumerate(covering))
        parts.append(opened + _escape(text[left:right]) + "</mark>" * depth)
    return "".join(parts)


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>\n")


def legend(entries: Sequence[tuple[str, str]]) -> str:
    """Safe HTML for a row of colour chips: (label, colour) pairs."""
    chips = [
        f'<span style="{html.escape(_chip_style(colour))}">{html.escape(label)}</span>'
        for label, colour in entries
    ]
    return '<div class="pw-legend">' + " ".join(chips) + "</div>"


def _chip_style(colour: str) -> str:
    return (
        f"background:{tint(colour)};border-bottom:2px solid {colour};"
        "padding:1px 6px;margin:0 4px 4px 0;display:inline-block;font-size:0.9em"
    )


# Data (article fields, names, URL parameters) meets three kinds of markup; each has
# its one escaping function here, and only http(s) URLs ever become links (safe_url).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:=^\"'@%])")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
# Streamlit's Markdown (remark-gfm) turns "https://…", "www.…" and e-mail addresses in
# plain text into links after parsing, backslash escapes or not; an invisible word
# joiner inside "://", after "www" and before "@" keeps them text.
_AUTOLINK = re.compile(r"(?<=:)(?=/)|(?<=www)(?=\.)|(?=@)", re.IGNORECASE)
_WORD_JOINER = "\u2060"


# Explicit bidi controls: embeddings and overrides (closed by PDF) and isolates (closed
# by PDI). One left open in a name would reverse or reorder the app's own text after it
# in the same line ("outlets: X, Y · 1 named, 5 relayed" shown backwards).
_OPENS_EMBEDDING = "\u202a\u202b\u202d\u202e"
_PDF = "\u202c"
_OPENS_ISOLATE = "\u2066\u2067\u2068"
_PDI = "\u2069"
_BIDI = re.compile(f"[{_OPENS_EMBEDDING}{_PDF}{_OPENS_ISOLATE}{_PDI}]")


def contain_bidi(text: str, *, drop_unclosed: bool = False) -> str:
    """`text` with its explicit bidi controls balanced, so that their effect ends where
    the text ends: every embedding, override or isolate it opens is closed at its end,
    and a closer that closes nothing of its own is dropped (it would close the page's).
    The text itself shows as before; text without such controls comes back unchanged.
    `drop_unclosed`: remove an opener left open instead of closing it, so the text
    never grows (a capped field); it then shows in its stored order."""
    if not _BIDI.search(text):
        return text
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # ("e" embedding/override or "i" isolate, where)
    for ch in text:
        if ch in _OPENS_EMBEDDING or ch in _OPENS_ISOLATE:
            stack.append(("e" if ch in _OPENS_EMBEDDING else "i", len(out)))
        elif ch == _PDF:
            if not stack or stack[-1][0] != "e":
                continue  # nothing of the text's to close (PDFs never cross isolates)
            stack.pop()
        elif ch == _PDI:
            if all(kind != "i" for kind, _ in stack):
                continue
            while stack.pop()[0] != "i":  # a PDI also ends the embeddings inside it
                pass
        out.append(ch)
    if drop_unclosed:
        unclosed = {where for _, where in stack}
        return "".join(ch for i, ch in enumerate(out) if i not in unclosed)
    out.extend(_PDF if kind == "e" else _PDI for kind, _ in reversed(stack))
    return "".join(out)


def escape_markdown(text: object) -> str:
    """`text` as literal inline Markdown (st.markdown, captions, alerts, metric labels
    and values, widget labels, expander titles, radio and pill options): no links,
    images, emphasis, HTML, emoji or colour directives, no line breaks that would start
    a heading or a list, no bare address or e-mail turned into a link (an invisible
    word joiner, U+2060, sits inside each), no bidi override reaching past it."""
    flat = contain_bidi(_LINE_BREAKS.sub(" ", "" if text is None else str(text)))
    defused = _AUTOLINK.sub(_WORD_JOINER, flat)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", defused)


def escape_html(text: object) -> str:
    """`text` for HTML (st.html, unsafe_allow_html Markdown, the exported briefing),
    in element content and in quoted attribute values alike; no bidi override reaches
    past it."""
    return html.escape(contain_bidi("" if text is None else str(text)), quote=True)


def escape_plotly(text: object) -> str:
    """`text` for plotly's pseudo-HTML (titles, tick labels, legend and trace names,
    hover text, annotations, Sankey labels): `<a href>`, `<b>`, `<br>`, entities and
    hovertemplate `%{...}` placeholders all show as written."""
    escaped = html.escape(contain_bidi("" if text is None else str(text)), quote=False)
    return escaped.replace("{", "&#123;").replace("}", "&#125;")


def safe_url(url: object) -> str | None:
    """`url` when it is an absolute http(s) address with a host, else None: only such
    addresses become links (never javascript:, data:, relative or protocol-relative)."""
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if any(ch in candidate for ch in "\x00\t\r\n\\ ") or not candidate.isprintable():
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


def article_html(text: str, spans: Iterable[Span]) -> str:
    """The highlighted article wrapped in a readable block."""
    body = highlight(text, spans)
    return (
        '<div class="pw-article" style="line-height:1.9;font-size:1.02em;'
        'white-space:normal;max-width:52em;overflow-wrap:anywhere">' + body + "</div>"
    )
