"""Small readers of a parsed Doc shared by the extractors."""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.records import Sentence

# Doc.user_data key of the text as written (the Doc's own text has soft line breaks
# as spaces, see `pipeline.soft_text`): records copy their text from it, so a
# record's `text` is always `text[start:end]` of the article.
ORIGINAL_TEXT = "presswatch_text"


def original_text(doc: Doc) -> str:
    """The text a Doc was parsed from, as written (its own text when not known)."""
    text = doc.user_data.get(ORIGINAL_TEXT)
    return doc_text(doc) if text is None else text


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc (Doc.text joins every token anew at each
    call; a Doc's text never changes once parsed)."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


_DOC_TEXT = "presswatch_doc_text"


def sentences(doc: Doc) -> list[Sentence]:
    """Sentence spans, trailing whitespace trimmed, numbered from 0."""
    out = []
    whole = doc_text(doc)  # a span's text is its slice of the Doc's (not joined anew)
    for i, sent in enumerate(doc.sents):
        text = whole[sent.start_char : sent.end_char]
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        out.append(Sentence(sent=i, start=start, end=max(start, end)))
    return out


def sentence_of_token(doc: Doc) -> list[int]:
    """For each token index, the index of its sentence (cached on the Doc)."""
    cached = doc.user_data.get("presswatch_sent_of_token")
    if cached is None:
        cached = [0] * len(doc)
        for i, sent in enumerate(doc.sents):
            for t in range(sent.start, sent.end):
                cached[t] = i
        doc.user_data["presswatch_sent_of_token"] = cached
    return cached
