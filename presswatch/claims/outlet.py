"""An article's analysis as its outlet published it: the outlet is no source of its
own article, and its date dates the claims' "last year" (`claims.dated`). Applied
where article and analysis meet (`sync.write_parsed`, the claims backfill,
`extract`): the parse, which gives the claims their attribution, knows neither the
outlet nor the date."""

from __future__ import annotations

import dataclasses
from datetime import date

from presswatch.claims.claims import NAMED_KINDS, classify, dated
from presswatch.nlp import Analysis, attribution
from presswatch.records import Attribution


def published_by(
    analysis: Analysis, outlet: str, published: date | None = None
) -> Analysis:
    """The analysis without `outlet` as a source (`attribution.without_outlet`: "X
    told Capital Wire" in Capital Wire's article is X's, named, not relayed through
    Capital Wire), and the claims sentences whose origin or relay was the outlet
    classified again from their sentence's attributions as they now are: X named
    (or vague, if X is unnamed) when no other chain is left; the outlet's own
    reporting ("Capital Wire reported") whatever else the sentence cites, else
    bare."""
    # and when: "last year" in its sentences is the year before the article's date
    if any(n[0] in "+-" for f in analysis.claims for n in f.numbers):
        analysis = dataclasses.replace(
            analysis, claims=dated(analysis.claims, published)
        )
    atts = attribution.without_outlet(analysis.attributions, outlet)
    if len(atts) == len(analysis.attributions):
        return analysis
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
