"""Properties of the extractors on any text: nothing escapes, every offset indexes
the text, a record's text is the text at its offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presswatch.nlp import analyse, pipeline

# Words the rules react to, among arbitrary text, so cues, sources and names occur.
WORDS = st.sampled_from(
    ["said", "says", "told", "according to", "reportedly", "may", "might", "allegedly",
     "confirmed", "clearly", "Anna Berg", "the Ministry of Defence", "Reuters", "NATO",
     "U.S.", "Mr.", "officials", "a spokesperson", "Paris", "French", "(AP)", "[1]",
     "\u201c", "\u201d", '"', "'s", ".", ",", ";", ":", "\n", "\n\n", "  ", "\t", "—",
     "BREAKING NEWS", "ISIL", "al-Assad", "who", "that", "claimed", "denied"]
)  # fmt: skip
texts = st.lists(WORDS | st.text(max_size=6), max_size=60).map(" ".join) | st.text(
    max_size=200
)


def assert_offsets_sound(text: str, *, max_length: int | None = None) -> None:
    nlp = pipeline.load()
    old = nlp.max_length
    if max_length is not None:
        nlp.max_length = max_length  # the split path: pieces joined into one Doc
    try:
        doc = next(pipeline.parse(nlp, [text]))
    finally:
        nlp.max_length = old
    soft = pipeline.soft_text(text)
    assert doc.text == soft
    found = analyse(doc)
    n, sents = len(text), len(found.sentences)

    def inside(start: int | None, end: int | None) -> bool:
        return (start is None and end is None) or 0 <= start <= end <= n

    for s in found.sentences:
        assert inside(s.start, s.end)
    for m in found.mentions:
        assert inside(m.start, m.end) and m.start < m.end
        assert text[m.start : m.end] == m.text and 0 <= m.sent < sents
    for h in found.hedges:
        assert inside(h.start, h.end) and text[h.start : h.end] == h.text
        assert 0 <= h.sent < sents
    ids = {a.id for a in found.attributions}
    for a in found.attributions:
        assert (
            inside(a.cue_start, a.cue_end)
            and text[a.cue_start : a.cue_end] == a.cue_text
        )
        assert inside(a.source_start, a.source_end)
        assert inside(a.content_start, a.content_end)
        if a.source_start is not None:
            assert text[a.source_start : a.source_end] == a.source_text
        assert a.cited_by is None or a.cited_by in ids
        assert 0 <= a.sent < sents


@given(texts)
def test_extractors_on_any_text(text):
    assert_offsets_sound(text)


@given(texts)
def test_extractors_on_any_text_parsed_in_pieces(text):
    assert_offsets_sound(text, max_length=40)
