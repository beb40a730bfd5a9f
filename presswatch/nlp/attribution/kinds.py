"""Source kinds and actors: what a source phrase names (person, media, government,
organisation, unnamed), and the attribution records built with them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from presswatch.nlp import actors
from presswatch.nlp.attribution.coref import (
    bare_definite,
    named_before,
    recent_group,
    recent_mention,
    recent_person,
    recent_unnamed,
)
from presswatch.nlp.attribution.cues import (
    Found,
    authored_by,
    media_noun,
    media_shaped,
    noun_phrase,
    source_like,
    the_named,
)
from presswatch.nlp.attribution.lexicons import (
    CITED_CARRIERS,
    COLLECTIVE_PEOPLE,
    COMPANY_NOUNS,
    DOCUMENTS,
    DOUBLE_QUOTES,
    FIRST_PERSON,
    GOVERNMENT_HEADS,
    GOVERNMENT_NAMES,
    GROUP_PRONOUNS,
    MASS_MEDIA,
    MEDIA_HEADS,
    OFFICE_HOLDERS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    STATE_BODY_HEADS,
    STATE_MARKERS,
    STATE_NAME_ENDS,
    UNNAMED_HEADS,
    names_a_person,
    outlet,
)
from presswatch.nlp.common import original_text, sentence_of_token
from presswatch.records import Attribution, Mention


def mentions_by_token(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """The actor mention covering each token that lies in one."""
    out: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                out.setdefault(i, m)
    return out


def _named_after_body(head: Token, mention_at: dict[int, Mention]) -> Mention | None:
    """The person named after a role's body ("The spokesman for the Kestrel Party,
    Jonas Berg, said", the name parsed as the party's apposition), if any."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "at"}:
            continue
        for body in prep.children:
            for appos in body.rights:
                mention = mention_at.get(appos.i)
                if appos.dep_ == "appos" and mention and mention.type == "PERSON":
                    return mention
    return None


def actor_kind(
    head: Token, source: Span, mention_at: dict[int, Mention], mentions: list[Mention]
) -> tuple[str | None, str]:
    """Canonical actor and source kind of a source phrase."""
    lower, lemma = head.lower_, head.lemma_.lower()
    if head.pos_ == "PRON" or lower in RELATIVE_PRONOUNS:
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head
            return actor_kind(antecedent, antecedent.doc[slice(*noun_phrase(antecedent))],
                               mention_at, mentions)  # fmt: skip
        if lower in PERSON_PRONOUNS:
            person = recent_person(head, mentions)
            return (person.actor if person else None), "person"
        if lower in FIRST_PERSON:
            return None, "person"
        if lower == "it":
            body = recent_mention(head, mentions, ("ORG", "GPE"))
            if body is not None:
                return body.actor, _mention_kind(body)
            return None, "organisation"
        return None, "unnamed"
    media = outlet(source.text)
    if media is not None:
        return media.name, "media"
    mention = mention_at.get(head.i)
    if mention is None:
        # "Germany's Defense Minister, Boris Pistorius, said": the apposed name
        appos = next((c for c in head.rights if c.dep_ == "appos"), None)
        if appos is not None:
            mention = mention_at.get(appos.i)
        elif head.pos_ == "NOUN" and names_a_person(lemma):
            mention = _named_after_body(head, mention_at)
    if mention is not None:
        media = outlet(mention.text)
        if media is not None:
            return media.name, "media"
        if (mention.type == "ORG" or the_named(source)) and media_shaped(
            head, source, mention.text
        ):
            return mention.actor, "media"
        if mention.type == "ORG" and (
            _governmental(head, source) or _state_named(mention.actor)
        ):
            return mention.actor, "government"
        if mention.type == "ORG" and _titled(head, mention):
            # "Former central bank governor Ilse Marten": "bank" misled the tagger
            return actors.canonical_in(
                mention.text, "PERSON", mentions, mention.start
            ), "person"
        if mention.type == "ORG" and _apposed_name(head, mention):
            # "The defendant, Ole Brisk,": a person's noun with a name in
            # apposition the tagger took for an organisation's
            return actors.canonical_in(
                mention.text, "PERSON", mentions, mention.start
            ), "person"
        if mention.type == "NORP" and _named_speaker(head):
            # '"...," Petraitis said': a surname the model took for a nationality
            return actors.canonical_in(
                mention.text, "PERSON", mentions, mention.start
            ), "person"
        return mention.actor, _mention_kind(mention)
    if _governmental(head, source):
        # "the defence ministry" in a story on Romania: the article's own ministry
        return actors.canonical_in(source.text, "ORG", mentions, head.idx), "government"
    if lemma in DOCUMENTS | CITED_CARRIERS:
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i in mention_at:
            return actor_kind(owner, owner.doc[owner.i : owner.i + 1], mention_at,
                               mentions)  # fmt: skip
        author = _author(head)
        if author is not None and (author.i in mention_at or source_like(author)):
            # "A statement from the Interior Ministry said": the ministry's kind
            return actor_kind(author, author.doc[slice(*noun_phrase(author))],
                              mention_at, mentions)  # fmt: skip
        if any(
            c.dep_ == "compound" and c.lemma_.lower() in MASS_MEDIA
            for c in head.children
        ):
            return None, "media"  # "media reports said"
        return None, "unnamed"
    if lemma in MEDIA_HEADS | MASS_MEDIA:
        return None, "media"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    owned = any(c.dep_ == "poss" for c in head.children)
    if lemma in ROLE_NOUNS and head.tag_ == "NN" and the:
        # "the minister said": the minister named before; but "the president of
        # Congress" heads a body, not the country "President Salas" heads
        if _role_of_body(head, mention_at):
            return None, "person"
        person = recent_person(head, mentions)
        return (person.actor if person else None), "person"
    if (
        lemma in UNNAMED_HEADS | COLLECTIVE_PEOPLE
        or head.tag_ == "NNS"
        or head.pos_ in {"PRON", "DET"}
    ):
        return None, "unnamed"
    if head.pos_ == "NOUN" and lemma in FIRM_NOUNS:
        # "the regulator", "the port operator": bodies, though named like people
        return None, "organisation"
    if owned and not the and lemma in SPOKES_NOUNS:
        # "Galdor Mining's spokesperson": one of the company's spokespeople, not
        # named (an office has one holder, "Connecticut's tax commissioner"; a body
        # has many speakers)
        return None, "unnamed"
    if head.pos_ == "NOUN" and names_a_person(lemma):
        # "the announcer", "Connecticut's tax commissioner" vs "a friend"
        return None, "person" if the or owned else "unnamed"
    if head.pos_ == "PROPN":
        of = next(
            (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None
        )
        employer = (
            None
            if of is None
            else next(
                (c for c in of.children if c.dep_ == "pobj" and c.i in mention_at), None
            )
        )
        if employer is not None and any(c.dep_ == "compound" for c in head.lefts):
            # "Helen May of Calder Marine Risk": a person the tagger missed
            name = head.doc[head.left_edge.i : head.i + 1].text
            return actors.canonical(name, "PERSON"), "person"
        kind = "media" if media_shaped(head, source, source.text) else "organisation"
        return actors.canonical(source.text), kind
    if media_noun(head):
        # "the Vostok news agency": the outlet the name before it is
        named = next((mention_at[c.i] for c in head.lefts if c.i in mention_at), None)
        return (named.actor if named is not None else None), "media"
    return None, "organisation"


# Speakers of a body, of whom it may have many: with a possessive and no name, unnamed.
SPOKES_NOUNS = frozenset({"spokesman", "spokesperson", "spokeswoman"})


# Nouns with a person's suffix that name a body or a company ("the regulator said").
FIRM_NOUNS = frozenset(
    {
        "carrier", "contractor", "distributor", "exporter", "importer", "insurer",
        "lender", "manufacturer", "operator", "provider", "refiner", "regulator",
        "retailer", "supplier",
    }
)  # fmt: skip


def _author(document: Token) -> Token | None:
    """The author a document names with "by" or "from" ("a report by the UN", "a
    statement from the ministry") or with a participle ("the report, published by
    the institute": `cues.authored_by`)."""
    for prep in document.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    participle = authored_by(document)
    if participle is not None:
        agent = next(c for c in participle.children if c.dep_ == "agent")
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _role_of_body(head: Token, mention_at: dict[int, Mention]) -> bool:
    """Whether a role noun is the head of a named body other than a country ("the
    president of Congress", "the chairman of Vostok Bank"), so not the role a
    person was given before ("President Salas", "the president of Peru")."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                mention = mention_at.get(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.type not in {"GPE", "NORP"}:
                    return True
    return False


def _named_speaker(head: Token) -> bool:
    """A singular proper noun with no determiner, not a nationality of the alias
    table: a name ("Petraitis said"), not a group ("Russians said")."""
    return (
        head.tag_ == "NNP"
        and not any(c.dep_ == "det" for c in head.children)
        and head.text[:1].isupper()
        and (actors.load_aliases().lookup(head.text) or ("", ""))[1] != "NORP"
        and not head.text.endswith(("ese", "ish", "ian", "an"))
    )


def _apposed_name(head: Token, mention: Mention) -> bool:
    """A person's noun heading the source with a name of two or three capitalised
    words in apposition that no word marks as an organisation's ("The defendant,
    Ole Brisk,", "The witness, Mara Lind,"; not "The buyer, Kestrel Holdings," nor
    "The plaintiff, Harbour Shipping,", nor a firm's noun: "the regulator, Ofcom")."""
    if mention.start <= head.idx < mention.end:
        return False  # the mention covers the head: no apposition
    lemma = head.lemma_.lower()
    person = names_a_person(lemma) or (
        lemma in UNNAMED_HEADS and lemma != "authority" and head.tag_ == "NN"
    )  # "the witness", "the source"; an authority is a body
    if head.pos_ != "NOUN" or not person or lemma in FIRM_NOUNS:
        return False
    words = mention.text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and not any(
            w.lower() in actors.ORG_WORDS | actors.ORG_HEADS | actors.COMPANY_HEADS
            or w.replace(".", "").lower() in actors.LEGAL_FORMS
            for w in words
        )
        and outlet(mention.text) is None
        and (actors.load_aliases().lookup(mention.text) or ("", ""))[1] != "ORG"
    )


def _titled(head: Token, mention: Mention) -> bool:
    """A name with a person's role right before it, outside the mention ("central
    bank governor Ilse Marten"); not a firm's descriptor ("defence contractor
    Valtek"), so ROLE_NOUNS only, not every noun in "-or"."""
    before = [c for c in head.lefts if c.dep_ == "compound" and c.idx < mention.start]
    return bool(before) and before[-1].lemma_.lower() in ROLE_NOUNS


def _quote_speaker(doc: Doc, f: Found, mention_at: dict[int, Mention]) -> bool:
    """A speaker of a direct quote named by one proper noun that neither the alias
    table nor the media list knows and the tagger did not take for a place."""
    head = f.source_head
    mention = mention_at.get(head.i)
    if (
        f.source is None
        or f.source[1] - f.source[0] != 1
        or head.tag_ != "NNP"
        or f.content is None
        or (mention is not None and mention.type not in ("ORG", "NORP"))
        or actors.load_aliases().lookup(head.text) is not None
        or outlet(head.text) is not None
    ):
        return False
    content = doc[f.content[0] : f.content[1]]
    return any(t.text in DOUBLE_QUOTES for t in content) or any(
        t.text in DOUBLE_QUOTES for t in doc[max(0, f.content[1]) : f.cue[0]]
    )


def _mention_kind(mention: Mention) -> str:
    """Source kind of an actor mention's type."""
    return {"PERSON": "person", "GPE": "government", "NORP": "unnamed"}.get(
        mention.type, "organisation"
    )


def _governmental(head: Token, source: Span) -> bool:
    """Whether a source phrase names a government body ("the Kremlin", "Japan's
    Defense Ministry", "the Obama administration")."""
    text = source.text.lower()
    return (
        head.lemma_.lower() in GOVERNMENT_HEADS
        or text in GOVERNMENT_NAMES
        or _office_of_state(head)
        or _state_body(head)
        or _public_authority(head)
        or (head.pos_ == "PROPN" and head.lower_ in STATE_NAME_ENDS)
        or head.pos_ == "PROPN"
        and any(name in text for name in ("white house", "kremlin", "ministry"))
    )


def _state_named(actor: str | None) -> bool:
    """ "The Coastal Fisheries Authority", and "the CFA" that names it: a body by a
    name only a state's bodies have (STATE_NAME_ENDS)."""
    return actor is not None and actor.split()[-1].lower() in STATE_NAME_ENDS


def _office_of_state(head: Token) -> bool:
    """ "The prime minister's office", "President Novak's office": the office of a
    holder of state power is a government body."""
    return head.lemma_.lower() == "office" and any(
        t.lemma_.lower() in OFFICE_HOLDERS
        for c in head.children
        if c.dep_ == "poss"
        for t in c.subtree
    )


def _state_body(head: Token) -> bool:
    """ "The Ostland Statistics Office", "the State Emergency Service", "the Federal
    Statistical Office", "the National Security Agency": an office, agency or
    service the words before it mark as the state's."""
    return (
        head.lemma_.lower() in STATE_BODY_HEADS
        and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in STATE_MARKERS
            for c in head.lefts
        )
        and not _news_agency(head)
    )


def _news_agency(head: Token) -> bool:
    """ "The state news agency", "the national press agency", "a wire service": an
    outlet, whatever state it serves (a "press service" is a body's own office)."""
    words = {c.lower_ for c in head.lefts if c.dep_ in {"compound", "amod"}}
    lemma = head.lemma_.lower()
    return bool(
        (lemma == "agency" and words & {"news", "press", "wire"})
        or (lemma == "service" and words & {"news", "wire"})
    )


def _public_authority(head: Token) -> bool:
    """ "The city's transport authority", "the port authority", "the regional health
    authority": one authority of a state, with what it has authority over or whose
    it is; not "authorities" (unnamed), "a leading authority on whales" (an expert)
    nor a bare "the authority" (the one named before, if any)."""
    if head.lemma_.lower() != "authority" or head.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in head.rights):
        return False
    return any(
        (c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}) or c.dep_ == "poss"
        for c in head.lefts
    )


def attribution_records(
    doc: Doc, mentions: list[Mention], found: list[Found]
) -> list[Attribution]:
    """Attribution records in document order, with resolved actors and kinds."""
    sent_of = sentence_of_token(doc)
    written = original_text(doc)  # record texts as written: `text[start:end]`
    mention_at = mentions_by_token(doc, mentions)
    order = sorted(range(len(found)), key=lambda n: (found[n].cue[0], found[n].cue[1]))
    new_id = {n: i for i, n in enumerate(order)}
    cited: dict[str, tuple[str, str]] = {}  # head lemma of a cited source -> actor
    sources: list[tuple[int, str | None, str, Token]] = []  # in order, for "they"
    out = []
    for n in order:
        f = found[n]
        cue = doc[f.cue[0] : f.cue[1]]
        if f.source_head is None:
            source, actor, kind = None, None, "none"
        else:
            source = _without_spaces(doc[f.source[0] : f.source[1]])
            head = f.source_head
            antecedent = _clause_subject_before(head)
            if antecedent is not None:
                # "While Trump's remarks were ignored, they signaled ...": the
                # remarks, so Trump's
                actor, kind = actor_kind(
                    antecedent, doc[slice(*noun_phrase(antecedent))], mention_at,
                    mentions,
                )  # fmt: skip
            elif head.lower_ in GROUP_PRONOUNS and head.pos_ == "PRON":
                actor, kind = recent_group(head, sources, mentions)
            elif head.lower_ == "it" and head.pos_ == "PRON":
                actor, kind = recent_group(head, sources, mentions, plural=False)
                if actor is None and kind == "unnamed":
                    kind = "organisation"  # an "it" that speaks is a body
            else:
                actor, kind = actor_kind(head, source, mention_at, mentions)
                if (
                    actor is None
                    and head.lower_ in PERSON_PRONOUNS
                    and head.pos_ == "PRON"
                ):
                    # "A senior diplomat said ... He said": no person named, the
                    # diplomat
                    actor, kind = recent_unnamed(head, sources) or (actor, kind)
            if head.i not in mention_at and bare_definite(head):
                # "the group said": the group cited or named before
                lemma = head.lemma_.lower()
                fallback = (actor, kind)
                if lemma in COMPANY_NOUNS and "organisation" in cited:
                    # "the company said": the organisation cited last
                    fallback = cited["organisation"]
                actor, kind = cited.get(lemma) or named_before(head, mentions, fallback)
            elif actor is not None and head.pos_ in {"NOUN", "PROPN"}:
                cited[head.lemma_.lower()] = (actor, kind)
                if kind == "organisation":
                    cited["organisation"] = (actor, kind)
            if (
                kind == "organisation"
                and f.verb == "colon"
                and (actor is None or len(source) == 1)
            ):
                # a name the entity tagger missed (or typed ORG from one word, as
                # the CoNLL-tuned NER does with headline labels), labelling what
                # follows: a speaker
                actor, kind = actors.canonical(source.text, "PERSON"), "person"
            elif kind == "organisation" and f.verb == "in an interview":
                # one gives an interview to a medium: "In an interview with Kestrel
                # Live", whatever its name's shape (a person or a state body
                # interviewing keeps its kind)
                kind = "media"
            elif kind == "organisation" and _quote_speaker(doc, f, mention_at):
                # '"...," Varga said': a one-word name no list knows, speaking a
                # quote, is a person (the surname of one named before, if any)
                name = written[source.start_char : source.end_char]
                actor = actors.canonical_in(name, "PERSON", mentions, source.start_char)
                kind = "person"
            if not _spoken_to(f):
                # "Two bankers told the Financial Courier ... They said": the bankers;
                # a medium spoken to relays, and is no "they" of its own
                sources.append((head.i, actor, kind, head))
        content = doc[f.content[0] : f.content[1]] if f.content else None
        out.append(
            Attribution(
                id=new_id[n],
                cue_start=cue.start_char,
                cue_end=cue.end_char,
                cue_text=written[cue.start_char : cue.end_char],
                verb=f.verb,
                source_start=source.start_char if source is not None else None,
                source_end=source.end_char if source is not None else None,
                source_text=(
                    written[source.start_char : source.end_char]
                    if source is not None
                    else None
                ),
                actor=actor,
                source_kind=kind,
                content_start=content.start_char if content is not None else None,
                content_end=content.end_char if content is not None else None,
                cited_by=new_id.get(f.cited_by) if f.cited_by is not None else None,
                sent=sent_of[cue.start],
            )
        )
    return out


def _spoken_to(f: Found) -> bool:
    """Whether an attribution is the medium a speaker spoke to: the listener of
    "told" ("told the Financial Courier") or "in an interview with"."""
    head = f.source_head
    if f.verb == "in an interview":
        return True
    return (
        f.verb == "tell"
        and head is not None
        and head.dep_ in {"dobj", "dative"}
        and head.head.i == f.cue[0]
    )


def _clause_subject_before(pronoun: Token) -> Token | None:
    """The plural subject of a clause opening the sentence that "they" stands for
    ("While Trump's remarks were not acted upon, they signaled ...": the remarks),
    when that clause hangs on the pronoun's own verb and the subject can be a source
    (people, bodies, documents, words); None otherwise."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        for subject in clause.children:
            if (
                subject.dep_ in {"nsubj", "nsubjpass"}
                and subject.tag_ == "NNS"
                and subject.pos_ == "NOUN"
                and source_like(subject)  # not "While the talks went on, they"
            ):
                return subject
    return None


def _without_spaces(span: Span) -> Span:
    """A source span without the whitespace tokens at its ends (a line that opened
    with a bracket the parse blanked, see `pipeline.soft_text`)."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_space:
        start += 1
    while end - 1 > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]
