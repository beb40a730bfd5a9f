"""Coreference for sources: the person a pronoun or role noun stands for, the
organisation "the group" names, and the unnamed source ("traders", "a senior
diplomat") a later "they" or "he" stands for."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp import actors
from presswatch.nlp.attribution.cues import noun_phrase
from presswatch.nlp.attribution.lexicons import (
    COLLECTIVE_PEOPLE,
    GENDER_OF,
    GOVERNMENT_HEADS,
    GROUP_PRONOUNS,
    HONORIFIC_GENDER,
    MEDIA_HEADS,
    ORG_NOUNS,
    RESOLVE_WINDOW,
    UNNAMED_HEADS,
    names_a_person,
)
from presswatch.nlp.common import original_text, sentence_of_token
from presswatch.records import Mention


def bare_definite(head: Token) -> bool:
    """ "the group", "The ministry": an organisation noun with only "the"."""
    return (
        head.lemma_.lower() in ORG_NOUNS | GOVERNMENT_HEADS | MEDIA_HEADS
        and head.tag_ == "NN"
        and [c.lower_ for c in head.lefts] == ["the"]
    )


def named_before(
    head: Token, mentions: list[Mention], default: tuple[str | None, str]
) -> tuple[str | None, str]:
    """The actor of the last ORG mention with the same head noun, in its own words or
    in a name the alias table gives its actor ("the Danube Monitoring Group" ... "the
    group"; "the Ministry of Defence" ... "the ministry"; "NATO" ... "the alliance",
    as "North Atlantic Alliance" names NATO), else `default`."""
    word = head.lower_
    named = [
        m
        for m in mentions
        if m.type == "ORG"
        and m.end <= head.idx
        and (word in m.text.lower().split() or word in actors.actor_words(m.actor))
    ]
    if not named:
        return default
    kind = "government" if head.lemma_.lower() in GOVERNMENT_HEADS else "organisation"
    return named[-1].actor, kind


# Kinds of source a group pronoun ("they", "we") can stand for.
GROUP_KINDS = frozenset({"organisation", "government", "media"})
# The source kind of a body named, by its mention's type.
_BODY_KIND = {"ORG": "organisation", "GPE": "government"}


def recent_group(
    head: Token,
    sources: list[tuple[int, str | None, str, Token]],
    mentions: list[Mention],
    *,
    plural: bool = True,
) -> tuple[str | None, str]:
    """The source "they"/"we" (`plural`) or "it" stands for: the nearest before it,
    at most RESOLVE_WINDOW sentences back, of the sources cited as an organisation, a
    government or a medium, a plural one for "they" ("officials": then unnamed, in
    their words, as "traders"), a group pronoun resolved before, and the
    organisations named (a country only as a clause's subject: "Japan protested",
    not "talks in Riga"), a source cited beating a body named in its sentence. A
    person is none of these, so "They" after "Party leader Ana Ruiz spoke" is the
    party named before her. (None, "unnamed") if none."""
    doc = head.doc
    sent_of = sentence_of_token(doc)
    here = sent_of[head.i]
    best: tuple[int, tuple[str | None, str]] | None = None  # (sentence, pick)
    for i, actor, kind, source_head in sources:
        if i >= head.i or here - sent_of[i] > RESOLVE_WINDOW:
            continue
        many = (
            source_head.tag_ in {"NNS", "NNPS"}
            or source_head.lemma_.lower() in COLLECTIVE_PEOPLE
        )
        if source_head.pos_ == "PRON":
            if source_head.lower_ not in (GROUP_PRONOUNS if plural else {"it"}):
                continue
            if actor is None and kind not in GROUP_KINDS:
                continue
            pick = (actor, kind)  # "they said ... they added": the same source
        elif kind in GROUP_KINDS and (plural or not many):
            pick = (actor, kind)
        elif plural and many:
            words = unnamed_words(source_head) if actor is None else actor
            pick = (words, kind) if kind == "unnamed" else (actor, kind)
        else:
            continue
        best = (sent_of[i], pick)
    for m in mentions:
        if m.start >= head.idx:
            break
        if here - m.sent > RESOLVE_WINDOW or (best is not None and m.sent <= best[0]):
            continue  # a source cited beats a body named in its sentence
        if m.type == "ORG" or (m.type == "GPE" and _is_subject(doc, m)):
            best = (m.start, (m.actor, _BODY_KIND[m.type]))
    if best is None and plural:
        return _group_subject_before(head) or (None, "unnamed")
    return best[1] if best is not None else (None, "unnamed")


def _group_subject_before(head: Token) -> tuple[str | None, str] | None:
    """The kind of what "they" stands for when no source or body came before: the
    subject of the sentence before, when it is a body by its common noun ("Police in
    Lyon arrested four activists. They said": the police, the state's); None for
    people not cited ("Residents of Riga met. They said": unnamed, unresolved), a
    thing ("The talks dragged on. They said") or a name (the mentions' to
    resolve)."""
    doc = head.doc
    sent = doc[head.i].sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    root = before.root
    subject = next(
        (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None
    )
    if subject is None or subject.pos_ != "NOUN":
        return None
    lemma = subject.lemma_.lower()
    if lemma in GOVERNMENT_HEADS:
        return None, "government"
    if lemma in MEDIA_HEADS:
        return None, "media"
    if lemma in ORG_NOUNS:
        return None, "organisation"
    return None


def recent_unnamed(
    head: Token, sources: list[tuple[int, str | None, str, Token]]
) -> tuple[str, str] | None:
    """The unnamed source a "he"/"she" no named person stands for: the last source
    cited at most RESOLVE_WINDOW sentences back, when it is one unnamed person ("a
    senior diplomat said ... he said"), or a pronoun resolved to one; as its words
    and kind. None otherwise."""
    sent_of = sentence_of_token(head.doc)
    here = sent_of[head.i]
    earlier = [
        s for s in sources if s[0] < head.i and here - sent_of[s[0]] <= RESOLVE_WINDOW
    ]
    if not earlier:
        return None
    _, actor, kind, source_head = earlier[-1]
    if kind != "unnamed":
        return None
    if source_head.pos_ == "PRON":
        return (actor, kind) if actor is not None else None
    lemma = source_head.lemma_.lower()
    if source_head.tag_ == "NN" and (lemma in UNNAMED_HEADS or names_a_person(lemma)):
        return unnamed_words(source_head), kind
    return None


def unnamed_words(head: Token) -> str:
    """An unnamed source's words as the charts name it: its noun phrase, a
    sentence-initial capital lowered ("Traders" -> "traders"; store.rollups labels
    the source itself so)."""
    text = head.doc[slice(*noun_phrase(head))].text
    if text[:1].isupper() and text[1:2].islower():
        return text[0].lower() + text[1:]
    return text


def recent_mention(
    head: Token, mentions: list[Mention], types: tuple[str, ...]
) -> Mention | None:
    """The last mention of one of `types` at most RESOLVE_WINDOW sentences back."""
    sent_of = sentence_of_token(head.doc)
    here = sent_of[head.i]
    best = None
    for m in mentions:
        if m.start >= head.idx:
            break
        if m.type in types and here - m.sent <= RESOLVE_WINDOW:
            best = m
    return best


def recent_person(head: Token, mentions: list[Mention]) -> Mention | None:
    """The person a pronoun or role noun stands for: among the PERSON mentions of the
    nearest earlier sentence that has one of matching gender (known from "Mr."/"Mrs."/
    "Ms." anywhere in the article; a known match first), the subject, else the
    first."""
    doc = head.doc
    sent_of = sentence_of_token(doc)
    here = sent_of[head.i]
    want = GENDER_OF.get(head.lower_) or GENDER_OF.get(head.lemma_.lower())
    genders = _genders(doc, mentions)
    candidates = [
        m
        for m in mentions
        if m.type == "PERSON"
        and m.end <= head.idx
        and here - m.sent <= RESOLVE_WINDOW
        and genders.get(m.actor, want) == want
        and not _co_argument(doc, m, head)
    ]
    if not candidates:
        return None
    latest = [m for m in candidates if m.sent == candidates[-1].sent]
    # a person known to match the pronoun beats one of unknown gender
    latest = [m for m in latest if m.actor in genders] or latest
    return next((m for m in latest if _is_subject(doc, m)), latest[0])


def _genders(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Gender of the persons an article calls "Mr."/"Mrs."/"Ms."/"Miss"."""
    out: dict[str, str] = {}
    text = original_text(doc)  # the same words: only soft line breaks differ
    for m in mentions:
        if m.type == "PERSON":
            before = text[max(0, m.start - 6) : m.start].split()
            gender = HONORIFIC_GENDER.get(before[-1].lower()) if before else None
            if gender:
                out.setdefault(m.actor, gender)
    return out


def _co_argument(doc: Doc, mention: Mention, head: Token) -> bool:
    """Whether a person is an object in the very clause the pronoun or role noun is
    the subject of ("In an interview with Tom Hale, the mayor said", "After meeting
    Tom Hale, he said"): another participant, never the one it stands for (a name
    in another clause, "Tom Hale said he", may be)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    root = span.root
    if root.dep_ not in {"pobj", "dobj", "dative"}:
        return False
    return _clause_verb(root) == head.head


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a token lies in, through prepositions and nouns (a
    participle or gerund counts as a clause of its own: "after meeting X")."""
    while tok.head != tok and tok.head.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    return tok.head


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention heads (or is in apposition to) its clause's subject."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}
