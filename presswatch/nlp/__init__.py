"""Doc -> records: actors, attributions and hedges of one parsed article."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Doc

from presswatch.nlp import actors, attribution, hedging
from presswatch.nlp.common import sentences
from presswatch.records import Attribution, Hedge, Mention, Sentence


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


def published_by(analysis: Analysis, outlet: str) -> Analysis:
    """The analysis of an article as `outlet` published it: its own outlet is no
    source of it (`attribution.without_outlet`: "X told Capital Wire" in Capital
    Wire's article is X's, named, not relayed through Capital Wire). Where the parse
    runs the outlet is not known, so the claims sentences whose origin or relay was
    the outlet are classified again (`claims.classify`) from their sentence's
    attributions as they now are: X named (or vague, if X is unnamed) when no other
    chain is left; the outlet's own reporting ("Capital Wire reported") whatever else
    the sentence cites, else bare."""
    atts = attribution.without_outlet(analysis.attributions, outlet)
    if len(atts) == len(analysis.attributions):
        return analysis
    from presswatch.claims.claims import NAMED_KINDS, classify

    kept = {a.id for a in atts}
    own_names = {  # (sentence, name) of each attribution to the outlet
        (a.sent, name)
        for a in analysis.attributions
        if a.id not in kept
        for name in (a.actor, a.source_text and a.source_text.strip())
        if name
    }
    by_sent: dict[int, list[Attribution]] = {}
    for a in atts:
        by_sent.setdefault(a.sent, []).append(a)
    claims = []
    for f in analysis.claims:
        if {(f.sent, f.source), (f.sent, f.relay)} & own_names:
            kind, source, source_kind, relay = classify(by_sent.get(f.sent, []))
            if (f.sent, f.relay) in own_names and kind != "relayed":
                # X told the outlet: X stays the origin, as the claims found it (the
                # parse may have given X its name there), named now, not relayed
                source, source_kind = f.source, f.source_kind
                kind = "named" if source_kind in NAMED_KINDS else "vague"
            media = relay and attribution.outlet(relay)
            f = dataclasses.replace(
                f,
                attribution=kind,
                source=source,
                source_kind=source_kind,
                relay=relay,
                relay_state_affiliated=bool(media and media.state_affiliated),
            )
        claims.append(f)
    return dataclasses.replace(analysis, attributions=atts, claims=tuple(claims))
