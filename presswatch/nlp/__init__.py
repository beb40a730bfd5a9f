"""Doc -> records: actors, attributions and hedges of one parsed article."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from presswatch.nlp import actors, attribution, hedging
from presswatch.nlp.common import sentences
from presswatch.records import Attribution, Hedge, Mention, Sentence, compact_pickle


@compact_pickle
@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything PressWatch reads from one article."""

    sentences: list[Sentence]
    mentions: list[Mention]
    attributions: list[Attribution]
    hedges: list[Hedge]
    # What each claim-bearing sentence asserts (presswatch.claims), filled in where
    # the article is parsed, so that workers send it back with the rest.
    claims: tuple = ()


def analyse(doc: Doc) -> Analysis:
    """Run every extractor over a parsed article."""
    mentions = actors.mentions(doc)
    return Analysis(
        sentences=sentences(doc),
        mentions=mentions,
        attributions=attribution.attributions(doc, mentions),
        hedges=hedging.hedges(doc),
    )
