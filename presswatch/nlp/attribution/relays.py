"""Chains between attributions: which one relays another (`cited_by`), and cues
that are part of another cue's account."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from presswatch.nlp import rules
from presswatch.nlp.attribution.cues import Found, beyond_semicolon
from presswatch.nlp.attribution.lexicons import AGENTLESS_ADVERBS, RELAY_CUES
from presswatch.records import Attribution


def drop_nested(found: list[Found]) -> list[Found]:
    """One attribution per speech event: "declined to say" keeps "declined"."""
    verb_cues = {f.cue[0] for f in found if f.verb not in AGENTLESS_ADVERBS}
    return [
        f
        for f in found
        if not (
            f.source_head is not None
            and (tok := f.source_head.doc[f.cue[0]]).dep_ == "xcomp"
            and tok.head.i in verb_cues
        )
    ]


def embedded(doc: Doc, found: list[Found]) -> list[Found]:
    """Attributions inside the reported clause of another: "He said she recalls ..."
    is one speaker's account, so a cue whose source is a pronoun, a common noun or
    none is dropped; "Trump said Putin told him ..." keeps Putin, relayed by Trump
    (cited_by). A relative or adverbial clause ("who has said", "although he
    denied") is the writer's own sourcing and is kept, and so are "reportedly" and
    "allegedly" wherever they lie."""
    at_cue = {f.cue[0]: n for n, f in enumerate(found)}
    drop: set[int] = set()
    for n, f in enumerate(found):
        if (
            f.verb in RELAY_CUES | AGENTLESS_ADVERBS
            or f.relay_anchor is not None
            or f.relayed_by
        ):
            # a chain's link; "reportedly", "allegedly" attribute their clause to
            # nobody, whoever's account they lie in ("says Bloomberg is reportedly
            # weighing a run")
            continue
        outer = _governing_cue(doc[f.cue[0]], at_cue)
        if outer is None:
            # a speaker label or a signature covers its whole line
            outer = next(
                (
                    m
                    for m, g in enumerate(found)
                    if g.verb in {"colon", "signed"}
                    and g.content
                    and g.content[0] <= f.cue[0] < g.content[1]
                ),
                None,
            )
        if outer is None or outer == n:
            continue
        head = f.source_head
        if head is None or head.pos_ != "PROPN":
            drop.add(n)
        elif f.cited_by is None:
            f.cited_by = outer
    return _without(found, drop)


def without_idle_talks(found: list[Found]) -> list[Found]:
    """A medium a talk was given to ("in an interview with Y", "in remarks broadcast
    by Y") relays the speaker's cue ("In an interview with Y, X said ...") and is no
    account of its own: with no cue of the speaker to relay ("In an interview with
    Y, X visited the pier") it is dropped, as PolNeAR, which never makes Y a source
    there, marks nothing. Run after the learned cue decision, whose added cues may
    be the one the talk relays."""
    relaying = {f.cited_by for f in found}
    return _without(
        found,
        {n for n, f in enumerate(found) if _talk(f) and n not in relaying},
    )


def _talk(f: Found) -> bool:
    """Whether `f` is the medium of a talk (`cues._talk_relay`) left on its own cue,
    the talk's preposition: a linked one takes its speaker's cue, and the channel of
    a verb ("said in an interview", the speaker's own cue of the same name) starts
    on the verb."""
    return (
        f.verb == "in an interview"
        and f.source_head is not None
        and f.source_head.doc[f.cue[0]].lower_ == "in"
    )


def _without(found: list[Found], drop: set[int]) -> list[Found]:
    """`found` without the indices `drop`, `cited_by` following its target (None
    when that was dropped)."""
    if not drop:
        return found
    kept = [n for n in range(len(found)) if n not in drop]
    index = {n: i for i, n in enumerate(kept)}
    for n in kept:
        f = found[n]
        f.cited_by = index.get(f.cited_by) if f.cited_by is not None else None
    return [found[n] for n in kept]


def _governing_cue(tok: Token, at_cue: dict[int, int]) -> int | None:
    """The cue whose reported clause contains `tok`, through complement links only."""
    while (
        tok.dep_
        in {
            "ccomp",
            "xcomp",
            "conj",
            "parataxis",
            "dobj",
            "pcomp",
            "pobj",
            "prep",
            "aux",
            "advmod",
            "compound",
            "amod",
        }
        and tok.head is not tok
    ):
        if beyond_semicolon(tok):
            return None  # "X said A; Y found B": two sentences, neither in the other
        dep = tok.dep_
        tok = tok.head
        if tok.i in at_cue:
            # a coordinated or infinitive verb shares the cue's account, and an
            # adverb on the cue verb ("reportedly offered") modifies the cue itself
            return None if dep in {"conj", "xcomp", "advmod"} else at_cue[tok.i]
    return None


def link_relays(found: list[Found]) -> None:
    """Set `cited_by` of "citing"/"interview" hops to the attribution relaying them."""
    by_token: dict[int, int] = {}
    for n, f in enumerate(found):
        for i in range(*f.cue):
            by_token.setdefault(i, n)
        if f.source:
            for i in range(*f.source):
                by_token.setdefault(i, n)
    position = {id(f): n for n, f in enumerate(found)}
    for f in found:
        if f.relayed_by is not None:
            f.cited_by = position.get(id(f.relayed_by))
    for n, f in enumerate(found):
        if f.verb in {"citing", "quoting"}:
            anchor = f.relay_anchor
            for _ in range(8):
                if anchor is None:
                    break
                m = by_token.get(anchor.i)
                if m is not None and m != n:
                    f.cited_by = m
                    break
                if anchor.head is anchor:
                    break
                anchor = anchor.head
            if f.cited_by is None:
                # the nearest earlier attribution in the sentence relays it
                sent_start = f.source_head.sent.start if f.source_head else 0
                earlier = [
                    m for m, g in enumerate(found)
                    if m != n and sent_start <= g.cue[0] < f.cue[0]
                ]  # fmt: skip
                f.cited_by = earlier[-1] if earlier else None
            if f.content is None and f.cited_by is not None:
                # Y's claim is the one its relay reports
                f.content = found[f.cited_by].content
        elif f.verb == "cited by" and f.relay_anchor is not None:
            # "The Kremlin, quoted by TASS, said": TASS relays the Kremlin's saying
            # (the participle may hang inside the reported clause: "said, as quoted
            # by Interfax, that ...")
            anchor = f.relay_anchor
            m = by_token.get(anchor.i)
            while m is None and anchor.dep_ in {"ccomp", "conj"}:
                anchor = anchor.head
                m = by_token.get(anchor.i)
            if m is not None and m != n and found[m].cited_by is None:
                found[m].cited_by = n
        elif f.relay_anchor is not None and f.cited_by is None:
            m = by_token.get(f.relay_anchor.i)
            f.cited_by = m if m != n else None
        elif f.verb == "according to" and f.source_head is not None:
            # "the ministry said, according to Agerpres": Agerpres relays it
            head = f.source_head.doc[f.cue[0]].head
            m = by_token.get(head.i)
            while (
                m is None and head.dep_ in {"ccomp", "conj"} and head.head is not head
            ):
                head = head.head  # attached inside the reported clause
                m = by_token.get(head.i)
            if m is not None and m != n and found[m].cited_by is None:
                if found[m].verb not in AGENTLESS_ADVERBS and found[m].source_head:
                    found[m].cited_by = n
        elif f.verb == "in an interview" and f.source_head is not None:
            # the speaker's attribution (the verb the phrase modifies) is relayed by
            # the interviewer, on the speaker's cue as "X told CNN" is: the phrase
            # is no account of its own
            verb = f.source_head.doc[f.cue[0]].head
            m = by_token.get(verb.i)
            if m is not None and m != n and found[m].cited_by is None:
                found[m].cited_by = n
                f.cue = found[m].cue


def without_outlet(atts: Sequence[Attribution], outlet: str) -> list[Attribution]:
    """The attributions of an article `outlet` published, the outlet itself no source
    of them: "X told Capital Wire", "X said in an interview with Capital Wire", "X
    said, according to Capital Wire" in Capital Wire's own article are X's words to
    the writer, not X relayed by a medium (X's attribution stays, the outlet's link
    leaves the chain and whatever relayed the outlet relays X), and "Capital Wire
    reported", "according to Capital Wire" there are the article's own reporting,
    which no sentence of the article attributes (as "The ministry will close"). The
    outlet is matched under every name the media list gives it ("nyt" is New York
    Times), and never as a government: an outlet named after a place by its folder
    ("ukraine/") leaves "Ukraine said" alone (the tagger may take the outlet's own
    name for a person's: "Capital Wire has learned"). The extractor, which does not
    know the outlet, leaves this to the write."""
    own = _outlet_key(outlet)
    dropped = {
        a.id: a.cited_by
        for a in atts
        if own
        and a.source_kind != "government"
        and own in {_outlet_key(a.actor or ""), _outlet_key(a.source_text or "")}
    }
    if not dropped:
        return list(atts)

    def relay(cited_by: int | None) -> int | None:
        seen = set()
        while cited_by in dropped and cited_by not in seen:  # chains can loop
            seen.add(cited_by)
            cited_by = dropped[cited_by]
        return None if cited_by in dropped else cited_by

    return [
        dataclasses.replace(a, cited_by=relay(a.cited_by))
        if a.cited_by in dropped
        else a
        for a in atts
        if a.id not in dropped
    ]


def _outlet_key(name: str) -> str:
    """An outlet name as compared with another ("the Harbour Times's" is "Harbour
    Times"; an alias on the media list is its outlet's name)."""
    name = name.strip().removesuffix("'s").removesuffix("’s")
    return rules.outlet_key(rules.outlet_name(name)) if name else ""
