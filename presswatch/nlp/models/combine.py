"""Rules and the trained attribution tagger together.

The rules (presswatch.nlp.attribution) find cues through the parse and give each its
source, content, chain and kind. The tagger marks cue and source tokens from what it
learnt on PolNeAR. Combined:

- a rule attribution is kept when the tagger marks a cue overlapping its cue, or when
  its cue is one the rules rarely get wrong (`TRUSTED_VERBS`, measured on held-out
  train articles); others are dropped;
- a kept rule attribution with no source takes the tagger's source for that cue, if
  it gave one (kind and actor then come from the rules' reading of that phrase);
- a tagger cue no rule found is added with the tagger's source (or none), its kind and
  actor read the same way.

`model_pairs` pairs each tagger cue with the nearest tagger source in its sentence,
each source used once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from presswatch.nlp.common import sentence_of_token
from presswatch.nlp.models import CUE, SOURCE, SPANS_KEY
from presswatch.records import Attribution, Mention

# Rule cues kept even when the tagger does not mark them: their precision on the
# held-out train articles was high (see presswatch/nlp/models/attribution/MODEL_CARD.md).
TRUSTED_VERBS: frozenset[str] = frozenset()

# (head token, source span) -> (actor, source kind): the rules' reading of a source.
KindFn = Callable[[object, Span], tuple[str | None, str]]


def model_pairs(doc: Doc) -> list[tuple[Span, Span | None]]:
    """(cue, source or None) of each tagger cue, in document order."""
    spans = doc.spans.get(SPANS_KEY, [])
    cues = [s for s in spans if s.label_ == CUE]
    sources = [s for s in spans if s.label_ == SOURCE]
    sent_of = sentence_of_token(doc)
    candidates = sorted(
        (_gap(c, s), n, m)
        for n, c in enumerate(cues)
        for m, s in enumerate(sources)
        if sent_of[c.start] == sent_of[s.start]
    )
    source_of: dict[int, Span] = {}
    used: set[int] = set()
    for _, n, m in candidates:
        if n not in source_of and m not in used:
            source_of[n] = sources[m]
            used.add(m)
    return [(c, source_of.get(n)) for n, c in enumerate(cues)]


def _gap(a: Span, b: Span) -> int:
    """Tokens between two spans (0 when adjacent)."""
    return max(b.start - a.end, a.start - b.end, 0)


def _overlaps(start: int, end: int, span: Span) -> bool:
    return start < span.end_char and span.start_char < end


def combine(
    doc: Doc,
    rules: list[Attribution],
    kind_of: KindFn,
    *,
    trusted: frozenset[str] = TRUSTED_VERBS,
    fill_sources: bool = False,
    model_sources: bool = False,
    add_missed: str = "sourced",
) -> list[Attribution]:
    """The rule attributions the tagger confirms (or that are trusted), with the
    tagger's cues the rules missed added ("all" of them, only those it gives a source
    ("sourced") or "none"); ids renumbered in document order."""
    pairs = model_pairs(doc)
    used: set[int] = set()
    kept: list[Attribution] = []
    for r in rules:
        hit = next(
            (
                n
                for n, (cue, _) in enumerate(pairs)
                if n not in used and _overlaps(r.cue_start, r.cue_end, cue)
            ),
            None,
        )
        if hit is None:
            if r.verb in trusted:
                kept.append(r)
            continue
        used.add(hit)
        source = pairs[hit][1]
        if source is not None and (
            (fill_sources and r.source_start is None)
            or (
                model_sources
                and r.source_start is not None
                and not _overlaps(r.source_start, r.source_end, source)
            )
        ):
            r = _with_source(r, source, kind_of)
        kept.append(r)
    if add_missed != "none":
        sent_of = sentence_of_token(doc)
        for n, (cue, source) in enumerate(pairs):
            if n not in used and (source is not None or add_missed == "all"):
                kept.append(_new(cue, source, kind_of, sent_of[cue.start]))
    return _renumber(rules, kept)


def _with_source(r: Attribution, source: Span, kind_of: KindFn) -> Attribution:
    actor, kind = kind_of(source.root, source)
    return replace(
        r,
        source_start=source.start_char,
        source_end=source.end_char,
        source_text=source.text,
        actor=actor,
        source_kind=kind,
    )


def _new(cue: Span, source: Span | None, kind_of: KindFn, sent: int) -> Attribution:
    lower = cue.text.lower()
    verb = "according to" if lower.startswith("according") else cue.root.lemma_.lower()
    actor, kind = kind_of(source.root, source) if source is not None else (None, "none")
    return Attribution(
        id=-1,
        cue_start=cue.start_char,
        cue_end=cue.end_char,
        cue_text=cue.text,
        verb=verb,
        source_start=source.start_char if source is not None else None,
        source_end=source.end_char if source is not None else None,
        source_text=source.text if source is not None else None,
        actor=actor,
        source_kind=kind,
        content_start=None,
        content_end=None,
        cited_by=None,
        sent=sent,
    )


def _renumber(rules: list[Attribution], kept: list[Attribution]) -> list[Attribution]:
    """Ids 0.. in document order; `cited_by` follows its target, or is None when
    the relaying attribution was dropped."""
    kept.sort(key=lambda a: (a.cue_start, a.cue_end, a.id < 0))
    old_to_new = {a.id: i for i, a in enumerate(kept) if a.id >= 0}
    return [
        replace(
            a,
            id=i,
            cited_by=old_to_new.get(a.cited_by) if a.cited_by is not None else None,
        )
        for i, a in enumerate(kept)
    ]


def mention_kind_fn(doc: Doc, mentions: list[Mention], actor_kind, by_token) -> KindFn:
    """A KindFn over the rules' own `_actor_kind` and mention index."""
    mention_at = by_token(doc, mentions)
    return lambda head, span: actor_kind(head, span, mention_at, mentions)
