"""Rules and the trained attribution tagger together.

The rules (presswatch.nlp.attribution) find cues through the parse and give each its
source, content, chain and kind. The tagger marks cue and source tokens from what it
learnt on PolNeAR. As shipped (the defaults of `combine`, the variant that won on
held-out train articles and on PolNeAR dev, see models/attribution/MODEL_CARD.md):

- every rule attribution is kept, with its own source, content, chain and kind;
- a tagger cue that no rule cue overlaps is added when the tagger also gives it a
  source in its sentence that can be an actor (`actor_source`: a noun phrase headed
  by a name, a pronoun or a person, organisation, media or document noun — never a
  bare numeral or determiner such as "Three" in "Three vessels were refused
  passage"; kept as the parse's noun phrase of its head) and the rules did not
  decline it in context (`vetoed`: `attribution._declined` — words in a quote, the
  anonymity formula, a naming participle, "This statement suggested", a findings
  verb with no document as subject, a verb whose participle is the rules' cue of
  the same account); its actor and kind are the rules' reading of that source
  phrase (`kind_of`), it has no content and no chain. A reporting verb in a frame
  the verb table leaves out is the tagger's to decide.

Measured and not kept (options of `combine`): dropping rule attributions the tagger
does not confirm unless their verb is `trusted`; giving a source-less rule
attribution the tagger's source (`fill_sources`); preferring the tagger's source to
the rule's (`model_sources`); adding tagger cues without a source (`add_missed="all"`);
taking the parse's subject or agent as the source of a tagger cue the tagger gives
none (held-out train and dev cue F1 within 0.002 of the shipped rule, lower
precision, and it adds cues the hand-written tests pin as none, such as "has
provided further clarity"); vetoing every reporting verb in a frame the verb table
leaves out (held-out train cue F1 0.710 against 0.723, dev 0.767 against 0.772).

`model_pairs` pairs each tagger cue with the nearest tagger source in its sentence,
each source used once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span

from presswatch.nlp.common import sentence_of_token
from presswatch.nlp.models import CUE, SOURCE, SPANS_KEY
from presswatch.records import Attribution

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
    trusted: frozenset[str] | None = None,
    fill_sources: bool = False,
    model_sources: bool = False,
    add_missed: str = "sourced",
    vetoed: Callable[[Span], bool] | None = None,
    actor_source: Callable[[Span], Span | None] | None = None,
) -> list[Attribution]:
    """The rule attributions the tagger confirms (or that are trusted), with the
    tagger's cues the rules missed added ("all" of them, only those it gives a source
    ("sourced") or "none"), except those `vetoed` (cues the rules looked at and
    declined); ids renumbered in document order.

    `actor_source` gives a tagger source as the phrase to keep, or None when it
    cannot be one (a bare numeral or determiner: "Three" in "Three vessels were
    refused passage"); a missed cue whose source is dropped is then left out unless
    `add_missed` is "all"."""
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
            if trusted is None or r.verb in trusted:
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
            if n in used or (vetoed and vetoed(cue)):
                continue
            if source is not None and actor_source is not None:
                source = actor_source(source)
            if source is not None or add_missed == "all":
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
