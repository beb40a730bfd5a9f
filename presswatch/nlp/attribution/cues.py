"""Cue finders: each reads the dependency parse around one cue word and returns the
attribution(s) it makes, with token positions (`Found`)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presswatch.nlp.attribution.lexicons import (
    AGENTLESS_ADVERBS,
    ANONYMITY,
    AUTHORING_VERBS,
    CHANNEL_NOUNS,
    CITED_CARRIERS,
    CITED_HEADS,
    COLLECTIVE_PEOPLE,
    DASHES,
    DIRECTIVE_VERBS,
    DOCUMENTS,
    DOCUMENT_HEADS,
    DOUBLE_QUOTES,
    FINDINGS_HEADS,
    FINDING_VERBS,
    GLUED_NAME_ENDS,
    GOVERNMENT_HEADS,
    IMPERSONAL_ADJECTIVES,
    IMPRESSION_VERBS,
    LEMMA_FIXES,
    LIKE_VERBS,
    MASS_MEDIA,
    MEDIA_HEADS,
    NAMING_VERBS,
    NEWSPAPER_NAME_ENDS,
    NOT_SPEAKERS,
    ORG_NOUNS,
    PHASE_VERBS,
    QUOTES,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    ROLE_NOUNS,
    SAID_RITES,
    SPEAKER_LABELS,
    STANCE_ADJECTIVES,
    TOLD_GENRES,
    UNNAMED_HEADS,
    names_a_person,
    outlet,
    reporting_verbs,
)


def frame(verb: Token) -> str:
    """The syntactic frame of a verb, one of FRAMES.

    "clause": takes a clause or quote ("said that ...", '"...," he said');
    "xcomp": an infinitive or small clause ("expected to", "called it a mistake");
    "pass": passive; "subj": has a subject only; "other": none of these.
    """
    deps = {c.dep_ for c in verb.children if not beyond_semicolon(c)}
    if _apposed_speaker(verb) is not None:
        return "clause"  # the clause before the speaker is what it reports
    if (
        deps & {"ccomp", "parataxis"}
        or verb.dep_ == "parataxis"
        or any(
            c.dep_ == "punct" and (c.text in QUOTES or c.text == ":")
            for c in verb.rights
        )
    ):
        return "clause"
    if "xcomp" in deps or "oprd" in deps:
        return "xcomp"
    if perfect_misread(verb):
        return "subj"
    if deps & {"nsubjpass", "auxpass"}:
        return "pass"
    if deps & {"nsubj", "expl"}:
        return "subj"
    return "other"


def beyond_semicolon(child: Token) -> bool:
    """A clause the parse hangs on a verb as its complement across a semicolon: "He
    said the raid was legal; his agents found nothing" is two sentences joined, and
    the first is no account of the second's verb ("found" reports nothing)."""
    if child.dep_ != "ccomp":
        return False
    head = child.head
    low, high = (
        (child.right_edge.i, head.i) if child.i < head.i else (head.i, child.left_edge.i)
    )
    return any(
        c.dep_ == "punct" and c.text == ";" and low < c.i < high for c in head.children
    )


def _apposed_speaker(verb: Token) -> Token | None:
    """ "The plan had flaws — the mayor, Iker Salas, conceded on Wednesday", parsed
    with the verb as a modifier of the noun: after a clause and a dash or comma, a
    verb right after the comma that closes a name apposed to the noun, with no
    object, ending the sentence (only adverbials after it) is the noun's finite verb,
    reporting the clause before; the noun, else None. "a group called X", "the
    mayor, Iker Salas, asked about it, said", "drafted by the mayor, Iker Salas,
    elected in May" (no dash or comma before the noun phrase) are no such verb."""
    doc = verb.doc
    noun = verb.head
    start = noun.left_edge.i
    if not (
        start > 1
        and (doc[start - 1].text in DASHES or doc[start - 1].text in {",", "-"})
        and verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and noun.pos_ == "NOUN"
        and verb.i >= 3
        and doc[verb.i - 1].text == ","
    ):
        return None
    if not any(
        c.dep_ == "appos"
        and c.i < verb.i
        and c.right_edge.i == verb.i - 2
        and c.ent_type_ == "PERSON"
        and doc[c.left_edge.i - 1].text == ","
        for c in noun.children
    ):
        return None
    adverbial = {"prep", "advmod", "npadvmod", "punct"}
    if any(c.dep_ not in adverbial for c in verb.children):
        return None
    after = doc[verb.right_edge.i + 1 : verb.sent.end]
    return noun if all(t.is_punct and t.text not in {","} for t in after) else None


@dataclass(slots=True)
class Found:
    """An attribution before ids are given, with token positions."""

    cue: tuple[int, int]  # token range [start, end)
    verb: str
    source: tuple[int, int] | None
    source_head: Token | None
    content: tuple[int, int] | None
    relay_anchor: Token | None = None  # a token of the relaying attribution
    relayed_by: Found | None = None  # the relaying attribution, when known
    cited_by: int | None = None  # index into the found list


def find_cues(doc: Doc, verbs: dict[str, frozenset[str]]) -> list[Found]:
    """Every cue of the article with its source and content, in token order; cues
    inside a direct quote are left out."""
    quoted = quoted_tokens(doc)
    found: list[Found] = []
    for tok in doc:
        if quoted[tok.i] and tok.text != ":":
            # speech inside a direct quote ("I think ...") is the speaker's own words,
            # not the article's sourcing
            continue
        lower = tok.lower_
        if lower in {"citing", "quoting"} and tok.pos_ == "VERB":
            found.extend(citing(tok))
        elif lower in {"citing", "quoting"} and _opening_noun(tok):
            found.extend(citing_as_noun(tok))
        elif _relaying_participle(tok):
            found.append(quoted_by(tok))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            found.extend(verb_cue(tok, verbs))
        elif tok.pos_ == "VERB" and _agentless_raising(tok):
            # "The minister is understood to have resigned": nobody's account
            found.extend(verb_cue(tok, {**verbs, tok.lemma_.lower(): RAISING_FRAMES}))
        elif (
            lower == "according"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ == "to"
        ):
            found.extend(according_to(tok))
        elif lower in AGENTLESS_ADVERBS:
            found.append(agentless(tok, lower))
        elif tok.pos_ == "NOUN" and _existential_stance(tok):
            found.append(existential_stance(tok))
        elif tok.pos_ == "NOUN" and _closing_reports(tok):
            found.append(closing_reports(tok))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
            found.extend(report_noun(tok))
        elif tok.lemma_.lower() in BROADCAST_TALK and tok.head.lower_ == "in":
            # "in an interview with Y", "in remarks broadcast by Y": Y relays
            relay = interview_with(tok) if lower == "interview" else []
            found.extend(relay or broadcast_by(tok))
        elif lower == "in" and tok.dep_ == "prep":
            found.extend(in_a_poll(tok, verbs))
        elif tok.pos_ == "ADJ" and lower in IMPERSONAL_ADJECTIVES:
            found.extend(impersonal(tok))
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in STANCE_ADJECTIVES:
            found.extend(stance_adjective(tok))
        elif tok.pos_ == "VERB" and tok.lemma_ in LIKE_VERBS:
            found.extend(looks_like(tok))
        elif lower == ":":
            found.extend(speaker_colon(tok))
        elif lower in DASHES:
            found.extend(signed_quote(tok))
    return found


# Verbs no table row makes a cue (PolNeAR never marks "understand" with a clause or
# an object one) that report what nobody named holds as the agentless raising
# passive "is said/believed/thought to" does: "is understood to have resigned", "it
# is understood that". Kept out of the table, a feature the cue model was trained on.
RAISING_ONLY_VERBS = frozenset({"understand"})
RAISING_FRAMES = frozenset({"xcomp", "clause"})


def _agentless_raising(verb: Token) -> bool:
    """A passive of RAISING_ONLY_VERBS with no agent and an infinitive ("is
    understood to") or, after an expletive "it", a clause ("it is understood
    that"); not "the rules are poorly understood" nor "I understand that"."""
    if verb.lemma_.lower() not in RAISING_ONLY_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    if "auxpass" not in deps or "agent" in deps:
        return False
    infinitive = any(
        c.dep_ == "xcomp"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )
    expletive = any(
        c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in verb.children
    )
    return infinitive or (expletive and "ccomp" in deps)


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside double quotation marks (cached on the
    Doc). A line break closes an unbalanced quote (news paragraphs reopen a
    continued quote)."""
    cached = doc.user_data.get(QUOTED_KEY)
    if cached is None or len(cached) != len(doc):
        cached = _quoted_tokens(doc)
        doc.user_data[QUOTED_KEY] = cached
    return cached


QUOTED_KEY = "presswatch_quoted_tokens"

# the verbs of "X was quoted/cited as saying": X is the speaker, the verb and its
# "as saying" one cue
QUOTING = frozenset({"quote", "cite"})


def _quoted_tokens(doc: Doc) -> list[bool]:
    out = [False] * len(doc)
    inside = False
    for tok in doc:
        text = tok.text
        if text in DOUBLE_QUOTES:
            inside = _opens(tok, inside)
        elif "\n" in text:
            inside = False
        else:
            out[tok.i] = inside
    return out


def _opens(quote: Token, inside: bool) -> bool:
    """Whether a double quote mark opens a quote. Spacing decides first (a mark glued
    to the word before it and followed by a space closes, whatever its glyph: typists
    write '...here,“ said'); then the glyph; a straight quote toggles."""
    doc = quote.doc
    glued_before = quote.i > 0 and not doc[quote.i - 1].whitespace_
    glued_after = not quote.whitespace_ and quote.i + 1 < len(doc)
    if glued_before and not glued_after:
        return False
    if glued_after and not glued_before:
        return True
    if quote.text in {"“", "``"}:
        return True
    if quote.text == "”":
        return False
    return not inside


def _channel_noun(noun: Token) -> str:
    """The lemma of a channel noun, "op-ed" whole though the tokenizer splits it."""
    doc, i = noun.doc, noun.i
    if noun.lower_ == "ed" and i >= 2 and doc[i - 2 : i].text.lower() == "op-":
        return "op-ed"
    return noun.lemma_.lower()


def verb_cue(verb: Token, verbs: dict[str, frozenset[str]]) -> list[Found]:
    """The attribution of a reporting verb, if its frame makes it one."""
    lemma = verb.lemma_.lower()
    fr = frame(verb)
    if verb.lower_ in {"citing", "quoting"} or _declined_always(verb):
        return []
    if set_off_naming(verb):
        return []  # a naming participle, for a model to decide as the acl one
    if fr not in verbs[lemma]:
        # "the poll shows Clinton ahead": findings verbs report a document's content
        subject = subject_of(verb) if lemma in FINDING_VERBS and fr == "subj" else None
        if subject is None or not findings_source(subject, verb):
            return []
    cue_end = verb.i + 1
    name = LEMMA_FIXES.get(lemma, lemma)
    for child in verb.rights:
        if child.dep_ == "prt":
            cue_end = max(cue_end, child.i + 1)
        elif child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            channel = _channel_noun(pobj) if pobj is not None else None
            # a channel the verb keeps its name with joins only right after it:
            # PolNeAR's cue is "told" in "told The Daily Beast in an email"
            if channel in CHANNEL_NOUNS and (
                CHANNEL_NOUNS[channel] or child.i == verb.i + 1
            ):
                cue_end = max(cue_end, pobj.i + 1)
                name = CHANNEL_NOUNS[channel] or name
    misread = _misread_quoted_as(verb)
    if misread is not None:
        quote, noun = misread
        start, end = noun_phrase(noun)
        return [
            Found(
                cue=(verb.i, cue_end),
                verb=name,
                source=(max(start, quote.i + 1), min(end, verb.head.i)),
                source_head=noun,
                content=_verb_content(verb),
                relay_anchor=quote,
            )
        ]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if lemma in IMPRESSION_VERBS:
        # "X appears to be ..." is the writer's impression; "X appeared to blame Y"
        # is X's stance, voiced through the verb it hedges
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        speech = xcomp is not None and xcomp.lemma_.lower() in verbs
        head = subject_of(verb) if speech else None
    elif passive and perfect_misread(verb):
        head = next(c for c in verb.children if c.dep_ == "nsubjpass")
    elif passive:
        head = agent_of(verb) or _agent_on_object(verb)
    else:
        head = subject_of(verb)
        if head is None and fr == "clause":
            head = _adjacent_speaker(verb)
        if head is None and not _agentless_form(verb):
            return []
        if head is not None and expletive_it(head):
            head = None  # "it is important to note that": nobody's account
    if head is not None and _inanimate_anaphor(head):
        return []
    source = noun_phrase(head) if head is not None else None
    if source is not None and source[0] <= verb.i < head.i:
        # '"...," tweeted opposition leader Marta Gil' parsed with the verb as the
        # name's modifier: the speaker is what follows the verb, not the quote
        source = (cue_end, source[1])
    elif source is not None and cue_end < source[0] and _described_name(verb, source):
        # '"...," said engineer Ionela Radu' parsed with the description as a verb
        # of its own: the description joins the name, as in "engineer Ionela Radu
        # said" ("treasurer Dalia Ferro", "Defence Minister Anna Keller")
        source = (cue_end, source[1])
    if source is not None:
        named = _name_after(head, source[1])
        if named is not None:
            head, source = named, (source[0], named.right_edge.i + 1)
    speaker = Found(
        cue=(verb.i, cue_end),
        verb=name,
        source=source,
        source_head=head,
        content=_verb_content(verb),
    )
    if verb.dep_ == "pcomp" and verb.head.head.lemma_ in QUOTING:
        speaker.relay_anchor = verb.head.head  # "RIA quoted X as saying"
        quoted = _quoted_as_saying(verb, speaker)
        if quoted is not None:
            return quoted
    if lemma in {"cite", "quote"}:
        hop = _cited_hop(verb, speaker)
        if hop is not None:
            return [hop] if hop.relay_anchor is not None else [speaker, hop]
    listener = next((c for c in verb.rights if c.dep_ in {"dative", "dobj"}), None)
    if lemma == "tell" and listener is not None:
        doc = verb.doc
        span = noun_phrase(listener)
        phrase = doc[span[0] : span[1]]
        if (
            outlet(phrase.text) is not None
            or media_noun(listener)
            or _broadcast_listener(listener)
            or listener.pos_ == "PROPN"
            and (listener.ent_type_ != "PERSON" or the_named(phrase))
            # the listener's own name: "Bill Ames of Fox News" is no medium
            and media_shaped(listener, phrase, doc[span[0] : listener.i + 1].text)
        ):
            # "Smith told CNN that ...", "... told the state broadcaster", "told the
            # Daily Meridian": the medium relays Smith's words
            speaker.relayed_by = Found(
                cue=(verb.i, verb.i + 1),
                verb="tell",
                source=span,
                source_head=listener,
                content=speaker.content,
            )
            return [speaker, speaker.relayed_by]
    return [speaker]


def _broadcast_listener(listener: Token) -> bool:
    """ "told state radio", "told local TV", "told public television", "told Russian
    media": broadcasting or the media of a state, a place or a language (MASS_MEDIA,
    with a word that says whose) as the one told, who relays what was said. "told
    the media", like "told reporters", is the press at large, no medium; "the radio
    operator", "the TV crew" are people (the head is theirs, not the medium's)."""
    return listener.lemma_.lower() in MASS_MEDIA and any(
        c.dep_ in {"amod", "compound", "nmod", "poss"} for c in listener.lefts
    )


def _quoted_as_saying(saying: Token, speaker: Found) -> list[Found] | None:
    """ "X was quoted as saying (by Y) that ...": the cue is "quoted as saying", as
    PolNeAR marks it, and a "by" after it names the medium that relays X, on the
    same cue (as "X told Y"); None for any other "as saying" ("Y quoted X as saying",
    "X was quoted by Y as saying": the cue "quoted by" is Y's)."""
    quoted = saying.head.head
    if _quoted_saying(quoted) != saying or agent_of(quoted) is not None:
        return None
    speaker.cue = (quoted.i, speaker.cue[1])
    by = next(
        (c for c in saying.rights if c.dep_ == "prep" and c.lower_ == "by"), None
    )
    medium = (
        None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
    )
    if medium is None or speaker.source_head is None or not source_like(medium):
        return [speaker]  # "quoted as saying by way of explanation": no one
    speaker.relayed_by = Found(
        cue=speaker.cue,
        verb="quote",
        source=noun_phrase(medium),
        source_head=medium,
        content=speaker.content,
    )
    return [speaker, speaker.relayed_by]


def _described_name(verb: Token, source: tuple[int, int]) -> bool:
    """Whether the words between a verb after a closing quote and the name it found
    (`_adjacent_speaker`) are the name's description: words, no punctuation, no
    date, no determiner ('"...," said engineer Ionela Radu')."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in QUOTES:
        return False
    between = doc[verb.i + 1 : source[0]]
    return doc[source[1] - 1].ent_type_ == "PERSON" and all(
        t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"}
        and not t.is_punct
        and t.ent_type_ not in {"DATE", "TIME"}
        for t in between
    )


def _name_after(head: Token, end: int) -> Token | None:
    """ '"...," insisted treasurer Dalia Ferro' parsed with the name as the verb's
    modifier, not the noun's: a person's name right after a common-noun speaker
    belongs to it (the name becomes the head: the actor is the person)."""
    doc = head.doc
    if head.pos_ != "NOUN" or end >= len(doc):
        return None
    name = doc[end]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if (
        name.pos_ == "PROPN"
        and name.ent_type_ == "PERSON"
        and name.left_edge.i == end
        and head not in name.ancestors
        and name not in head.ancestors
        and all(t.ent_type_ == "PERSON" for t in doc[end : name.i + 1])
    ):
        return name
    return None


def media_shaped(head: Token, source: Span, name: str) -> bool:
    """Whether an organisation the media list does not know is an outlet by its
    shape: a newspaper's or a broadcaster's name ("the Northern Ledger", "Capital
    Wire", "the Bangkok Post", "Radio Kestrel", "Kestrel TV"), or described as one
    ("the state news agency Andina", "Andina, the state news agency")."""
    words = name.lower().removesuffix("'s").removesuffix("’s").split()
    words = words[1:] if words[:1] == ["the"] else words
    if len(words) >= 2 and (
        words[-1] in NEWSPAPER_NAME_ENDS
        or words[0] in {"daily", "weekly", "radio"}
        or (words[-1] == "post" and source.text.lower().startswith("the "))
    ):
        return True
    if [t.lower_ for t in source[:2]] in (["the", "daily"], ["the", "weekly"]):
        return True  # "the weekly Harbour Voice": the name after its frequency
    if len(words) == 1 and any(
        words[0].endswith(end) and len(words[0]) >= len(end) + 3
        for end in GLUED_NAME_ENDS
    ):
        return True  # "Tidewire": one word, a wire's name glued to its first part
    before = source.doc[max(source.sent.start, source.start - 1) : source.start]
    if any(media_noun(t) for t in before):
        return True  # "the state news agency Andina", however it is parsed
    described = [
        head, *(c for c in head.children if c.dep_ in {"appos", "compound"})
    ]  # fmt: skip
    if head.dep_ == "appos":
        described.append(head.head)
    return any(media_noun(t) for t in described)


def the_named(source: Span) -> bool:
    """Whether a name is a thing's, not a person's, by its article: "the Marven
    Gazette" (which the tagger may still take for a person's name)."""
    return source[0].lower_ == "the"


def media_noun(tok: Token) -> bool:
    """ "newspaper", "broadcaster", "news agency", "wire service", a periodical by its
    frequency ("the business daily Ledger", "the daily said"; not "daily briefings",
    where it only describes)."""
    lemma = tok.lemma_.lower()
    return (
        lemma in MEDIA_HEADS
        or (lemma in {"daily", "weekly"} and tok.dep_ != "amod")
        or (
            lemma in {"agency", "service", "outlet", "site", "website"}
            and any(c.lower_ in {"news", "press", "wire", "media"} for c in tok.lefts)
        )
    )


def _adjacent_speaker(verb: Token) -> Token | None:
    """The speaker next to a reporting verb the parse gave no subject: a person
    named right after it following a closing quote ('"...," said David Brock, a
    Clinton confidant who heads ...', 'said Oversight ranking Democrat Elijah
    Cummings (D-Md.)': the last name before a punctuation mark), or the person
    whose noun phrase ends right before it ("Col. Steven Warren, a military
    spokesman in Baghdad, said, ..."); None otherwise."""
    doc = verb.doc
    before = verb.i - 1
    if before >= 0 and doc[before].text in QUOTES:
        described = _described_after(verb)
        if described is not None:
            return described
        words = []
        for tok in doc[verb.i + 1 : min(len(doc), verb.i + 7)]:
            if tok.is_punct or tok.pos_ not in {"PROPN", "NOUN", "ADJ", "VERB"}:
                break
            words.append(tok)
        names = [t for t in words if t.pos_ == "PROPN"]
        if names and any(t.ent_type_ == "PERSON" for t in words):
            return names[-1]
        return None
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0:
        return None
    tok, person = doc[before], None
    while True:
        if (tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON") or (
            tok.pos_ == "NOUN" and names_a_person(tok.lemma_.lower())
        ):
            person = tok
        if not (
            tok.dep_ in {"pobj", "prep", "appos", "compound", "flat", "amod"}
            and verb.sent.start <= tok.head.i < tok.i
        ):
            return person
        tok = tok.head


def _described_after(verb: Token) -> Token | None:
    """ '"...," insisted the treasurer on Monday', parsed with the speaker as the
    verb's object: a noun phrase for a speaker (`source_like`, not a date) starting
    right after a verb that follows a closing quote; None otherwise."""
    for child in verb.rights:
        if (
            child.dep_ in {"dobj", "attr", "dative", "npadvmod", "oprd"}
            and child.left_edge.i == verb.i + 1
            and child.pos_ in {"NOUN", "PROPN"}
            and child.ent_type_ not in {"DATE", "TIME"}
            and source_like(child)
        ):
            return child
        if child.i > verb.i + 1:
            break
    return None


def _misread_quoted_as(verb: Token) -> tuple[Token, Token] | None:
    """ "Interfax quoted port director Ivan Sorokin as saying", parsed with "quoted"
    as a modifier of the name and "as saying" hanging on it: the "quoted" token and
    the name, whose attribution it relays; None for any other parse."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as"):
        return None
    noun = verb.head.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    quote = next(
        (
            t
            for t in noun.subtree
            if t.i < noun.i
            and t.lemma_.lower() in {"quote", "cite"}
            and t.tag_ in {"VBD", "VBN"}
            and t.dep_ in {"amod", "compound", "nmod"}
        ),
        None,
    )
    return None if quote is None else (quote, noun)


def _cited_hop(verb: Token, speaker: Found) -> Found | None:
    """ "X cited reports from Y", "which cited Y": Y as a source, relayed by X (or by
    the attribution of the noun "which" stands for)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "quoted X as saying": the saying is the attribution
    cue_end, carried = _carried(verb, obj)
    if carried is obj and not source_like(obj):
        return None
    obj = carried
    hop = Found(
        cue=(verb.i, cue_end),
        verb="citing",
        source=noun_phrase(obj),
        source_head=obj,
        content=None,
        relayed_by=speaker,
    )
    subject = speaker.source_head
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        # "the ministry, which cited ...": the ministry's attribution relays it
        hop.relayed_by, hop.relay_anchor = None, subject.head.head
    return hop


def _carried(cite: Token, obj: Token) -> tuple[int, Token]:
    """ "citing information from Y": the end of the cue phrase and Y."""
    if obj.lemma_.lower() in CITED_CARRIERS:
        for prep in [*obj.rights, *(c for c in cite.rights if c.i > obj.i)]:
            if prep.dep_ == "prep" and prep.lower_ in {"from", "by", "of"}:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return prep.i + 1, pobj
    return cite.i + 1, obj


def declined_context(verb: Token, *, naming: bool = True) -> bool:
    """The contexts in which the rules decline a verb whatever its frame: the anonymity
    formula ("asked not to be named"), a participle between commas after the subject
    ("Lysenko, asked about the reports, said"), a command's outcome ("ordered the
    refinery shut"), a greeting ("said goodbye"), a set phrase ("it goes without
    saying", "let's say"), a phase or an attempt ("tried to reach", "began
    taking", `PHASE_VERBS`), an instruction by nobody named
    ("were told to leave"), a participle naming something ("a group called X"; unless
    `naming` is False) and the writer's reading of a thing just described ("This
    statement suggested")."""
    if _declined_always(verb) or verb.lemma_.lower() in PHASE_VERBS:
        return True
    if naming and (
        (verb.tag_ == "VBN" and verb.dep_ == "acl" and _apposed_speaker(verb) is None)
        or set_off_naming(verb)
    ):
        return True
    head = subject_of(verb)
    return head is not None and _inanimate_anaphor(head)


def set_off_naming(verb: Token) -> bool:
    """ "His nonprofit group, called the Harbour Fund, will own the land": a bare
    participle naming the noun before it, set off by a comma, that the parse made a
    verb of its own with the noun as its subject (not the `acl` of a naming
    participle): a name or description (`oprd`, "known as") and no object, clause or
    auxiliary. The noun is what is named, not who names it. "Officials called the
    plan reckless" (an object), "The union called for a strike", "has called the
    plan" (an auxiliary) are no naming."""
    lemma = verb.lemma_.lower()
    if verb.tag_ not in {"VBN", "VBD"} or verb.i < 2:
        return False
    if verb.doc[verb.i - 1].text != ",":
        return False
    if lemma in NAMING_VERBS:
        named = any(c.dep_ == "oprd" for c in verb.rights)
    elif lemma == "know":
        named = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights)
    else:
        return False
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (
        named
        and subject is not None
        and subject.right_edge.i in {verb.i - 2, verb.i - 1}  # the comma its own
        and not any(
            c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "agent"}
            for c in verb.children
        )
    )


def _ordered_outcome(verb: Token) -> bool:
    """ "Peru's Energy Ministry ordered the refinery shut": a verb of command with a
    small clause (a participle or adjective with no auxiliary or "that"), the
    outcome it commands; a deed, not an account."""
    return verb.lemma_.lower() in DIRECTIVE_VERBS and any(
        c.dep_ in {"ccomp", "oprd"}
        and c.tag_ in {"VBN", "VBD", "JJ"}
        and not any(g.dep_ in {"aux", "auxpass", "mark"} for g in c.children)
        for c in verb.rights
    )


def _declined_always(verb: Token) -> bool:
    """The contexts `declined_context` and `verb_cue` decline whatever else holds."""
    return (
        _anonymity(verb)
        or _interposed(verb)
        or _ordered_outcome(verb)
        or _said_rite(verb)
        or _told_apart(verb)
        or _say_idiom(verb)
        or _told_to(verb)
        or _claims_for(verb)
        or _cited_as_reason(verb)
    )


def _said_rite(verb: Token) -> bool:
    """ "The players said goodbye to their fans", "said a prayer", "tells so many
    lies": a greeting, a rite or a kind of talk, no account (an object of SAID_RITES
    or TOLD_GENRES and no clause)."""
    objects = {"say": SAID_RITES, "tell": TOLD_GENRES}.get(verb.lemma_.lower())
    return (
        objects is not None
        and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.rights)
        and not any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
    )


def _told_apart(verb: Token) -> bool:
    """ "The machine tells real banknotes apart", "can tell the difference": "tell"
    as "distinguish", no account ("told reporters the deal had fallen apart" keeps
    its cue: "apart" is not the verb's own word there)."""
    return verb.lemma_.lower() == "tell" and any(
        (c.dep_ in {"advmod", "prt"} and c.lower_ == "apart")
        or (c.dep_ == "dobj" and c.lower_ == "difference")
        for c in verb.rights
    )


def _say_idiom(verb: Token) -> bool:
    """ "It goes without saying that", "Let's say you buy a house", "ambitious, to
    say the least", "That said,": set phrases of "say" that report nobody's words (a
    truism, a supposition, the writer's understatement or concession); "left without
    saying that", "let him say", "to say that" stay what their parse makes them."""
    doc, i = verb.doc, verb.i
    if verb.lemma_.lower() != "say" or i < 1:
        return False
    before = doc[i - 1].lower_
    after = " ".join(t.lower_ for t in doc[i + 1 : i + 3])
    return (
        _said_connective(verb)
        or (before == "without" and i >= 2 and doc[i - 2].lemma_.lower() == "go")
        or (before in {"'s", "’s", "us"} and i >= 2 and doc[i - 2].lower_ == "let")
        or (before == "to" and after in {"the least", "nothing of"})
    )


def _said_connective(verb: Token) -> bool:
    """ "That said, ...", "That being said, ...", "Having said that, ...": a
    connective opening its clause, the writer's concession, nobody's words (PolNeAR
    train and dev mark 1 of 5 "That said," a cue)."""
    doc, i = verb.doc, verb.i
    start = verb.sent.start
    if verb.lower_ != "said" or i + 1 >= len(doc):
        return False
    words = [t.lower_ for t in doc[start:i]]
    if words in (["that"], ["this"], ["that", "being"], ["this", "being"]):
        return doc[i + 1].text == ","
    if words == ["having"] and i + 2 < len(doc):
        return doc[i + 1].lower_ in {"that", "this"} and doc[i + 2].text == ","
    return False


def _claims_for(verb: Token) -> bool:
    """ "Insurance claims for flood damage doubled", parsed with "claims" as a verb:
    a bare noun right before "claims" and "for" with a noun right after make a
    compound noun, a demand for money (as "Claims for compensation"), no account."""
    doc = verb.doc
    if not (verb.lower_ == "claims" and 0 < verb.i < len(doc) - 1):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        before.pos_ == "NOUN"
        and before.dep_ == "nsubj"
        and before.head == verb
        and before.left_edge.i == before.i
        and after.lower_ == "for"
        and after.head == verb
        and not any(c.dep_ == "pcomp" for c in after.children)
    )


def _cited_as_reason(verb: Token) -> bool:
    """ "The storm was cited as the cause of the blackout", "Poor pitch conditions
    were cited as the reason": a passive "cite" naming a reason "as" something, with
    no agent, is nobody's account ("was cited by engineers as the cause" and
    "engineers cited the storm as the cause" are the engineers'; "was cited as
    saying" is a quote)."""
    return _agentless_passive(verb, "cite") and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pobj" for g in c.children)
        and not any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _told_to(verb: Token) -> bool:
    """ "Residents were told to leave their homes": a passive "tell" with an
    infinitive and no agent or clause is an instruction given by nobody named, not an
    account ("were told that the water was unsafe" stays one)."""
    return _agentless_passive(verb, "tell") and any(
        c.dep_ == "xcomp"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _agentless_passive(verb: Token, lemma: str) -> bool:
    """`verb` is a passive of `lemma` with no agent and no clause of its own ("was
    cited as", "were told to"; not "was cited by engineers", "were told that")."""
    deps = {c.dep_ for c in verb.children}
    return (
        verb.lemma_.lower() == lemma
        and "auxpass" in deps
        and not deps & {"agent", "ccomp", "parataxis"}
    )


def declines(
    tok: Token,
    verbs: dict[str, frozenset[str]],
    rule_cue: list[bool],
    *,
    naming: bool = True,
) -> bool:
    """Whether the rules decline a verb as a cue in its context, whatever a model
    makes of it: `declined_context` ("This statement suggested", "a group called X"
    unless `naming` is False, "asked not to be named", "Lysenko, asked about the
    reports, said"), a findings verb whose subject is no document ("Japan has shown
    an interest": only a poll or a report "shows" a finding), or a verb whose
    participle or infinitive is a rule cue of the same account ("He highlighted the
    hurdles, stating that", "declined to say": the rules' cue is "stating", "say";
    `rule_cue` marks their tokens)."""
    return tok.pos_ == "VERB" and (
        declined_context(tok, naming=naming)
        or (tok.lemma_.lower() in FINDING_VERBS and not verb_cue(tok, verbs))
        or any(c.dep_ in {"advcl", "xcomp"} and rule_cue[c.i] for c in tok.children)
    )


def _anonymity(verb: Token) -> bool:
    """ "who asked not to be named", "declined to be identified", "speaking on
    condition of anonymity": a promise of anonymity, not a reported claim."""
    if verb.tag_ in {"VBG", "VBN"} and verb.dep_ in {"advcl", "acl"}:
        words = [
            g.lower_
            for c in verb.children
            if c.dep_ in {"prep", "advmod"}
            for g in c.subtree
        ]
        if "anonymity" in words or "anonymously" in words:
            return True
    if verb.lemma_.lower() in ANONYMITY:
        return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY for c in verb.children
    )


def _interposed(verb: Token) -> bool:
    """ "Iryna Lysenko, asked about the reports, said ...", "Officials, speaking on
    condition of anonymity, said": a participle between commas after the subject,
    which the parser may give the subject. The subject is the speaker of the verb
    after it; the participle is no cue of its own. A participle that names or
    describes the subject ("The levy, known as the harbour tax, starts") is not one:
    it is a naming participle, for the rules' `naming` test or a model to decide."""
    naming = any(
        c.dep_ in {"oprd", "attr"} or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )
    return not naming and _interposed_main(verb) is not None


def _interposed_main(verb: Token) -> Token | None:
    """The verb after an interposed participle (`_interposed`), whatever the parse
    made of the two: the participle an adverbial clause of the verb, or a clause it
    reports (the closing comma the participle's or the verb's), or the root with the
    verb as its clause ("Voss, asked whether ..., told reporters"); else None."""
    doc = verb.doc
    # its own adverbs open it: "The mayor, long called a liar by critics, said"
    first = min(
        [verb.i] + [c.left_edge.i for c in verb.lefts if c.dep_ in {"advmod", "neg"}]
    )
    if not (
        verb.tag_ in {"VBD", "VBN", "VBG"} and first > 1 and doc[first - 1].text == ","
    ):
        return None
    subject = verb.head
    if verb.dep_ == "acl" and subject.dep_ == "nsubj" and subject.i == first - 2:
        # "The minister, asked about the strike, said": a modifier of the subject
        edge = verb.right_edge.i
        closing = edge if doc[edge].text == "," else edge + 1
        main = subject.head
        after = closing < main.i and doc[closing].text == ","
        return main if after and main.pos_ == "VERB" else None
    if not any(c.dep_ == "nsubj" and c.i < first - 1 for c in verb.children):
        return None
    main = None
    if verb.dep_ in {"advcl", "acl", "ccomp"}:
        edge = verb.right_edge.i
        closing = edge if doc[edge].text == "," else edge + 1
        if closing < verb.head.i and doc[closing].text == ",":
            main = verb.head
    elif verb.dep_ == "ROOT":
        main = next(
            (
                c
                for c in verb.rights
                if c.dep_ in {"ccomp", "conj"}
                and c.left_edge.i == c.i
                and doc[c.i - 1].text == ","
            ),
            None,
        )
    if main is None or main.pos_ != "VERB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in main.children):
        return None
    return main


def _past_dateline(subject: Token) -> Token:
    """The subject after a dateline the parse took for the subject ("OSLO, March 4 -
    The Norwegian government said": the government, apposed to "OSLO")."""
    sent = subject.sent
    if subject.i != sent.start or not (subject.is_upper or subject.ent_type_ == "GPE"):
        return subject
    dash = next(
        (t.i for t in sent[:14] if t.text in DASHES or t.text == "-"), None
    )  # fmt: skip
    if dash is None:
        return subject
    return next(
        (c for c in subject.children if c.dep_ == "appos" and c.i > dash), subject
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the verb it hangs on when it has none."""
    apposed = _apposed_speaker(verb)
    if apposed is not None:
        return apposed
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            # "Lysenko, asked about the reports, said": the subject the parser gave
            # the participle between commas
            subjects = [
                s
                for c in [*verb.children, verb.head]
                if _interposed_main(c) == verb
                for s in c.children
                if s.dep_ == "nsubj"
            ]
        if subjects:
            # the nearest: a dateline ("MOSCOW, Sept 9 - ..., TASS said") can be
            # parsed as a second subject
            return _past_dateline(min(subjects, key=lambda c: abs(c.i - verb.i)))
        # "..., saying that", "and added", "declined to say": the head's subject;
        # a bare past participle ("Asked about it, ...") has no subject of its own.
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.tag_ == "VBG":
            # "began by saying", "after saying": the subject of the governing verb
            if verb.head.head.lemma_ not in QUOTING:
                verb = verb.head.head
                continue
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ in QUOTING:
            # "X was quoted as saying", "RIA quoted X as saying": X is the speaker
            quoted = verb.head.head
            return next(
                (c for c in quoted.children if c.dep_ in {"nsubjpass", "dobj"}), None
            )
        if verb.dep_ in {"conj", "xcomp", "advcl"} and not _past_participle(verb):
            head = verb.head
            if verb.dep_ == "advcl" and head.lemma_ in QUOTING:
                # "X was quoted as saying": X is the speaker.
                return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            verb = head
            continue
        return None
    return None


def perfect_misread(verb: Token) -> bool:
    """A perfect tense the parse took for a passive: "he's said he will fight",
    "who's argued for years that", "who's called for troops", "he's predicted big
    wins" ("'s" is "has": the verb has an object, a clause or a "for" of its own,
    which a passive "is said" has not). Not "he's said to be ill" (an infinitive),
    "it's said that" (an expletive), "he's been told", nor "she's told that" or
    "he's asked for his ID" (verbs of an addressee, whose passive takes a clause)."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (
        len(aux) != 1
        or aux[0].dep_ != "auxpass"
        or aux[0].lower_ not in {"'s", "’s"}
        or verb.tag_ not in {"VBN", "VBD"}
        or subject is None
        or subject.lower_ in {"it", "there", "this", "that", "what"}
        or verb.lemma_.lower() in ADDRESSEE_VERBS
        or any(c.dep_ in {"xcomp", "agent", "oprd"} for c in verb.children)
    ):
        return False
    return any(
        c.dep_ in {"dobj", "ccomp"}
        or (c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1)
        for c in verb.children
    )


# Verbs whose passive has a clause or an object of its own ("she's told that", "he's
# asked questions", "they're urged to"): an addressee is their subject.
ADDRESSEE_VERBS = frozenset(
    {
        "advise", "ask", "assure", "inform", "instruct", "notify", "order",
        "promise", "remind", "teach", "tell", "urge", "warn",
    }
)  # fmt: skip


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _agent_on_object(verb: Token) -> Token | None:
    """ "The mayor was called a liar by critics": the parse hangs the passive's "by"
    on the name it gives; people there are the verb's agent ("a liar by nature", "a
    model by design" are no one)."""
    for child in verb.rights:
        if child.dep_ not in {"oprd", "attr"}:
            continue
        for prep in child.rights:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if (
                    pobj is not None
                    and source_like(pobj)
                    and not abstract_noun(pobj)
                    and not (  # "by design", "by default"
                        pobj.tag_ == "NN"
                        and not any(c.dep_ in {"det", "poss"} for c in pobj.children)
                    )
                ):
                    return pobj
    return None


def _agentless_form(verb: Token) -> bool:
    """A verb form that reports with no speaker: "Asked about it, ...", "when pressed".
    A participle naming something ("a group called X") is no attribution."""
    return verb.dep_ == "advcl" and _past_participle(verb)


def _past_participle(verb: Token) -> bool:
    """A past participle, also where the tagger took it for a past tense: a clause
    opening its sentence with no subject ("Asked a question about it, Clinton said":
    no finite verb opens a sentence so). A perfect tense is no bare participle: "X
    has encouraged Y but has said", "and have told", "Having said that, X" share
    the subject of the verb they hang on."""
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (
        verb.tag_ == "VBD"
        and verb.is_sent_start
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def findings_source(subject: Token, verb: Token) -> bool:
    """Whether the subject of a findings verb is a document or a finding ("the poll
    shows", "emails show", "polling averages show", "most of the polls show", "polls
    that show"): its head, a "poll" or "survey" before it, the noun after its "of",
    or the noun a relative pronoun stands for."""
    if subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subject = verb.head
    heads = [subject]
    for c in subject.children:
        if c.dep_ in {"compound", "amod"} and c.lower_ in {"poll", "polling", "survey"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "of":
            heads.extend(g for g in c.children if g.dep_ == "pobj")
    return any(h.lemma_.lower() in FINDINGS_HEADS for h in heads)


def expletive_it(head: Token) -> bool:
    """ "It" standing for the clause that follows, not for a thing named before: "it
    is important to note that", "it's hard to imagine", "it became clear that", "it
    seems unfair to tell" (a copula or raising verb with an adjective or noun
    complement and a clause after it)."""
    if head.lower_ != "it" or head.dep_ != "nsubj":
        return False
    verb = head.head
    complements = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    return bool(complements) and any(
        c.dep_ in {"xcomp", "ccomp"} and c.i > head.i
        for t in (verb, *complements)
        for c in t.children
    )


def _inanimate_anaphor(head: Token) -> bool:
    """ "This statement suggested", "This timeline reflects": the writer's reading of a
    thing just described, not a cited source."""
    return (
        head.pos_ == "NOUN"
        and any(
            c.dep_ == "det" and c.lower_ in {"this", "these", "that", "those"}
            for c in head.children
        )
        and head.lemma_.lower() not in UNNAMED_HEADS | ROLE_NOUNS
    )


def noun_phrase(head: Token) -> tuple[int, int]:
    """Tokens of the noun phrase headed by `head`, without clauses and appositions
    set off by punctuation; a name right after its description is kept ("the
    shipping journal Lloyd's Ledger", "the state news agency Andina"), and an "as"
    the parse hung on a passive's agent is the verb's ("was described by officials
    as a failure")."""
    start, end = head.left_edge.i, head.i + 1
    for tok in head.doc[start : head.i]:
        if tok.text in {"—", "–", ")", "(", ":"} or tok.text == "-" and tok.whitespace_:
            start = tok.i + 1  # "Sept 15 (Capital Wire) - Japan's ...": a dateline
    agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
    for child in head.rights:
        if agent and child.dep_ == "prep" and child.lower_ == "as":
            break  # "was described by officials as a failure": the verb's "as"
        if (
            child.dep_ in {"prep", "amod", "compound", "nummod", "flat"}
            or (
                child.dep_ == "appos"
                and head.pos_ == "NOUN"
                and child.pos_ == "PROPN"
                and child.left_edge.i == end
            )
            or _describing_participle(child, end)
            or _document_participle(head, child, end)
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    doc = head.doc
    end = _before_set_off_clause(doc, head, end)
    if agent:
        end = _before_charge(doc, head, end)
    authored = authored_by(head)
    if authored is not None and all(t.is_punct for t in doc[end : authored.i]):
        end = authored.right_edge.i + 1  # "The report, published by X,"
    while start < head.i and (
        doc[start].is_punct or doc[start].dep_ in {"cc", "advmod", "preconj"}
    ):
        start += 1
    start = _after_fused_date(doc, start, head)
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


# verbs whose "of" names the charge or the news ("accused by critics of lying",
# "warned by police of floods"): after their agent, the verb's
OF_VERBS = frozenset(
    {"accuse", "suspect", "convict", "warn", "inform", "notify", "remind", "assure"}
)


def _before_charge(doc: Doc, head: Token, end: int) -> int:
    """`end` before the last "of" in a passive's agent that is the verb's: an "of"
    with a gerund ("accused by the opposition of hiding the report"), which no name
    takes, or after OF_VERBS an "of" whose object can be no source ("accused by
    officials of the ministry of corruption": the officials of the ministry)."""
    verb = head.head.head
    for tok in reversed(doc[head.i + 1 : end]):
        if tok.lower_ != "of" or tok.dep_ != "prep":
            continue
        objects = [c for c in tok.children if c.dep_ in {"pobj", "pcomp"}]
        gerund = any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in objects)
        charge = verb.lemma_.lower() in OF_VERBS and not any(
            source_like(c) for c in objects
        )
        return tok.i if gerund or charge else end
    return end


def _before_set_off_clause(doc: Doc, head: Token, end: int) -> int:
    """`end` before a relative clause set off by a comma inside the phrase's
    modifiers: "Officials at the city's water utility, who declined to be named,"
    are the officials at the utility; the clause, hung on "utility", says something
    of them, as it does hung on "Officials" (where it is no part of the phrase).
    A clause with no comma ("officials who were at the meeting") defines them."""
    for tok in doc[head.i + 1 : end]:
        if tok.dep_ == "relcl" and doc[tok.left_edge.i - 1].text == ",":
            return tok.left_edge.i - 1
    return end


def _after_fused_date(doc: Doc, start: int, head: Token) -> int:
    """ "On Monday Mayor Ortiz said": with no comma, the parse glues the date that
    a preposition left without its object onto the subject; the date is the
    preposition's, not the source's. `start` past such a date ("Monday Motors said",
    with no preposition before it, keeps its name)."""
    before = doc[start - 1] if start > 0 else None
    if (
        before is None
        or before.pos_ != "ADP"
        or any(c.dep_ in {"pobj", "pcomp"} for c in before.children)
    ):
        return start
    date = start
    while date < head.i and doc[date].ent_type_ in {"DATE", "TIME"}:
        date += 1
    return date if start < date < head.i else start


def _describing_participle(child: Token, end: int) -> bool:
    """A past participle right after the noun, not set off by a comma, that says who
    the source is ("a person briefed on the talks", "officials involved in the
    search", "a diplomat based in Vienna"): part of the source, as "familiar with"
    and "close to" are."""
    return (
        child.dep_ == "acl"
        and child.tag_ in {"VBN", "VBD"}  # the tagger may read "briefed" as a past
        and child.left_edge.i == end
        and not child.doc[end].is_punct
        # a reporting verb's participle is an account of its own (a cue, the
        # relaying "quoted by", or a verb the parse hung on its subject), never
        # the source's description
        and child.lemma_.lower() not in reporting_verbs()
    )


def _document_participle(head: Token, child: Token, end: int) -> bool:
    """A document's participle with a "by" right after it, even of a reporting verb
    (`_describing_participle` takes the others): "documents seen by the Harbour
    Ledger", "figures released by" say which document, so they are part of the
    source, as PolNeAR marks them (12 of 13 in train and dev); who saw it is no
    author (`authored_by`), and the relaying "cited by", "quoted by" stay accounts
    of their own."""
    return (
        head.lemma_.lower() in DOCUMENTS
        and child.dep_ == "acl"
        and child.tag_ in {"VBN", "VBD"}
        and child.left_edge.i == end
        and child.lemma_.lower() not in {"cite", "quote"}
        and any(g.dep_ == "agent" for g in child.children)
    )


def authored_by(document: Token) -> Token | None:
    """The participle giving a document its author with "by" ("The report, published
    by the Halden Institute, found"; AUTHORING_VERBS), else None."""
    if document.lemma_.lower() not in DOCUMENTS:
        return None
    return next(
        (
            c
            for c in document.rights
            if c.dep_ == "acl"
            and c.lemma_.lower() in AUTHORING_VERBS
            and any(g.dep_ == "agent" for g in c.children)
        ),
        None,
    )


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A token range without outer punctuation (quotes kept), None if empty."""
    while start < end and doc[start].is_punct and doc[start].text not in QUOTES:
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in QUOTES:
        end -= 1
    return (start, end) if start < end else None


def _verb_content(verb: Token) -> tuple[int, int] | None:
    """Token range of what the verb reports: its clause, quote, infinitive or object."""
    doc = verb.doc
    for deps in ({"ccomp"}, {"xcomp", "oprd"}):
        parts = [
            c for c in verb.children if c.dep_ in deps and not beyond_semicolon(c)
        ]
        if parts:
            return _trim(doc, parts[0].left_edge.i, parts[-1].right_edge.i + 1)
    if verb.dep_ == "parataxis":
        # '"We will win," she said': the quote is the head's clause around the verb.
        head = verb.head
        if verb.i > head.i:
            return _trim(doc, head.left_edge.i, verb.left_edge.i)
        return _trim(doc, verb.right_edge.i + 1, head.right_edge.i + 1)
    colon = next((c for c in verb.rights if c.dep_ == "punct" and c.text == ":"), None)
    if colon is not None:
        return _trim(doc, colon.i + 1, verb.sent.end)
    for child in verb.rights:
        if child.dep_ in {"dobj", "prep", "dative"}:
            return _trim(doc, child.left_edge.i, verb.right_edge.i + 1)
    return None


def _clause_without(cue: Token) -> tuple[int, int] | None:
    """The clause a cue phrase is attached to, minus the cue phrase itself."""
    doc = cue.doc
    sent = cue.sent
    left, right = cue.left_edge.i, cue.right_edge.i + 1
    if left - sent.start >= sent.end - right:
        return _trim(doc, sent.start, left)
    return _trim(doc, right, sent.end)


def according_to(according: Token) -> list[Found]:
    """ "according to X": X is the source of the sentence's claim."""
    doc = according.doc
    to = doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in according.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return []
    anchor = according if according.dep_ == "prep" else to
    cue_end, carried = _carried(to, pobj)
    if carried is not pobj:
        # "according to figures from the ministry": the ministry is the source
        pobj, cue_end = carried, cue_end
    else:
        cue_end = to.i + 1
    found = Found(
        cue=(according.i, cue_end),
        verb="according to",
        source=noun_phrase(pobj),
        source_head=pobj,
        content=_clause_without(anchor),
    )
    relay = next(
        (
            c
            for c in pobj.rights
            if c.dep_ == "acl" and c.lemma_.lower() in {"cite", "quote", "publish"}
        ),
        None,
    )
    agent = agent_of(relay) if relay is not None else None
    if agent is None:
        return [found]
    # "according to a statement cited by Interfax": Interfax relays the statement
    found.source = (pobj.left_edge.i, pobj.i + 1)
    found.relayed_by = Found(
        cue=(relay.i, relay.i + 2),
        verb="cited by",
        source=noun_phrase(agent),
        source_head=agent,
        content=found.content,
    )
    return [found, found.relayed_by]


def citing(cite: Token) -> list[Found]:
    """ "X, citing Y" / "citing information from Y" / "quoting Y": Y, relayed by X."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    # "citing information from Y", "quoting a statement by Y"
    cue_end, carried = _carried(cite, obj)
    if carried is not obj:
        obj = carried
    elif not source_like(obj):
        return _reason(cite, obj)
    return [
        Found(
            cue=(cite.i, cue_end),
            verb=cite.lower_,
            source=_with_their_place(cite, obj, noun_phrase(obj)),
            source_head=obj,
            content=None,
            relay_anchor=cite.head,
        )
    ]


def _with_their_place(
    cite: Token, obj: Token, source: tuple[int, int]
) -> tuple[int, int]:
    """The cited source with the phrase right after it that says where they are or
    what they belong to, when the parse hung it on "citing" ("citing two prosecutors
    in the case", as "citing officials in Kabul" parses): not a document or a channel
    they spoke in ("citing witnesses in a report")."""
    prep = next((c for c in cite.rights if c.dep_ == "prep" and c.i == source[1]), None)
    if prep is None or prep.lower_ not in {"in", "at", "of", "with"}:
        return source
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or obj.pos_ == "PRON":
        return source
    lemma = pobj.lemma_.lower()
    if lemma in DOCUMENTS | REPORT_NOUNS or lemma in CHANNEL_NOUNS or pobj.like_num:
        return source
    return source[0], prep.right_edge.i + 1


def _opening_noun(cite: Token) -> bool:
    """ "Quoting officials in Khartoum, Al Jazeera reported": a sentence-initial
    "Quoting"/"Citing" the parser took for a noun modifying its object."""
    return (
        cite.is_sent_start
        and cite.pos_ in {"NOUN", "PROPN"}
        and cite.dep_ in {"compound", "amod", "nmod"}
        and cite.head.i > cite.i
    )


def citing_as_noun(cite: Token) -> list[Found]:
    """ "Quoting officials in Khartoum, Al Jazeera reported": the noun the misread
    participle modifies is the source (without the participle), relayed by the verb
    its phrase hangs on."""
    obj = cite.head
    if not source_like(obj) or obj.head is obj:
        return []
    start, end = noun_phrase(obj)
    return [
        Found(
            cue=(cite.i, cite.i + 1),
            verb=cite.lower_,
            source=(max(start, cite.i + 1), end),
            source_head=obj,
            content=None,
            relay_anchor=obj.head,
        )
    ]


def _relaying_participle(verb: Token) -> bool:
    """ "The Kremlin, quoted by TASS, said", "the ministry said, as quoted by
    Interfax": a participle of "quote"/"cite" with a "by" agent, modifying a noun or
    the verb of the account it relays, or the passive "X was quoted by TASS as
    saying"."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in {"cite", "quote"}
        and (verb.dep_ in {"acl", "advcl"} or _quoted_saying(verb) is not None)
        and agent_of(verb) is not None
        and not (verb.head.dep_ == "pobj" and verb.head.head.lower_ == "to")
    )  # "according to a statement cited by Y" is `according_to`'s


def quoted_by(verb: Token) -> Found:
    """ "The Kremlin, quoted by TASS, said ...": the agent relays the attribution
    whose source or cue the participle modifies, or its passive's "as saying"
    (`relays.link_relays`)."""
    agent = agent_of(verb)
    by = agent.head
    return Found(
        cue=(verb.i, by.i + 1),
        verb="cited by",
        source=noun_phrase(agent),
        source_head=agent,
        content=None,
        relay_anchor=_quoted_saying(verb) or verb.head,
    )


def _quoted_saying(verb: Token) -> Token | None:
    """The "saying" of a passive "X was quoted by TASS as saying", else None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next(
        (
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
            if p.dep_ == "pcomp"
        ),
        None,
    )


def _reason(cite: Token, obj: Token) -> list[Found]:
    """ "the court ruled, citing a threat to public health": a reason the subject
    gives, not a source it relays."""
    subject = subject_of(cite)
    if subject is None:
        return []
    return [
        Found(
            cue=(cite.i, cite.i + 1),
            verb="cite",
            source=noun_phrase(subject),
            source_head=subject,
            content=_trim(cite.doc, obj.left_edge.i, obj.right_edge.i + 1),
        )
    ]


def source_like(head: Token) -> bool:
    """Whether a noun phrase head can be a source: a name, a pronoun, people, a
    document or a medium ("citing officials", "citing a report"), not a reason
    ("citing a threat to public health")."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ in {"PROPN", "PRON"}
        or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or lemma in UNNAMED_HEADS | DOCUMENT_HEADS | CITED_CARRIERS | MEDIA_HEADS
        or lemma in MASS_MEDIA  # "citing local media", "quoted ... by state media"
        or lemma in COLLECTIVE_PEOPLE
        or lemma in ORG_NOUNS | GOVERNMENT_HEADS | CITED_HEADS
        or names_a_person(lemma)
    )


# Endings of nouns made from adjectives and verbs ("nature", "inclusion",
# "involvement", "awareness"): a quality or an event ("-ity" is left out: "the city",
# "the community", "the majority" speak).
ABSTRACT_ENDINGS = ("ance", "ence", "ment", "ness", "sion", "tion", "ure")


def abstract_noun(head: Token) -> bool:
    """A subject that names a quality or an event of something, not a speaker ("the
    conditional nature of the approval highlights", "the inclusion of Japan
    underscores", "Obama's decision received", "the scope of the ruling shows"): a
    singular common noun `source_like` does not know, with an abstract ending and an
    "of" or a possessor, or with an "of" that names no source either ("a generation
    of activists" is taken too, and rarely speaks; "the city of Oslo" speaks)."""
    if head.tag_ != "NN" or source_like(head):
        return False
    of = [
        pobj
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    if any(not source_like(pobj) for pobj in of):
        return True
    owned = bool(of) or any(c.dep_ == "poss" for c in head.children)
    return owned and head.lemma_.lower().endswith(ABSTRACT_ENDINGS)


def agentless(adverb: Token, lower: str) -> Found:
    """ "reportedly", "allegedly": a claim with no source given."""
    head = adverb.head
    content = _trim(adverb.doc, head.left_edge.i, head.right_edge.i + 1)
    return Found(
        cue=(adverb.i, adverb.i + 1), verb=lower, source=None, source_head=None,
        content=content,
    )  # fmt: skip


def _closing_reports(noun: Token) -> bool:
    """ "Three killed in blast, state media reports": the tagger reads the closing
    verb of a headline as the plural noun of "media reports"; a "reports" with the
    words before it as its compounds, after a comma, ending the sentence as its
    root, with no determiner ("dismissed the media reports" is a noun)."""
    doc = noun.doc
    if noun.lower_ != "reports" or noun.dep_ != "ROOT":
        return False
    first = _compounds_start(noun)
    return (
        first < noun.i
        and first > noun.sent.start + 1
        and doc[first - 1].text == ","
        and all(t.is_punct for t in doc[noun.i + 1 : noun.sent.end])
        and not any(c.dep_ in {"det", "poss"} for c in noun.lefts)
        and source_like(doc[noun.i - 1])
    )


def _compounds_start(noun: Token) -> int:
    """Where the compounds (and their modifiers) right before a noun start."""
    doc, start = noun.doc, noun.i
    while (
        start > 0
        and doc[start - 1].dep_ in {"compound", "amod"}
        and start <= doc[start - 1].head.i <= noun.i
    ):
        start -= 1
    return start


def closing_reports(noun: Token) -> Found:
    """The account of a misread closing "reports" (`_closing_reports`): the
    compounds before it report the words before the comma."""
    doc = noun.doc
    first = _compounds_start(noun)
    return Found(
        cue=(noun.i, noun.i + 1),
        verb="report",
        source=(first, noun.i),
        source_head=doc[noun.i - 1],
        content=_trim(doc, noun.sent.start, first - 1),
    )


def report_noun(noun: Token) -> list[Found]:
    """ "reports of X", "claims that X", "Trump's allegations": a reported claim."""
    complement = next(
        (
            c
            for c in noun.rights
            if (
                c.dep_ == "prep"
                and c.lower_ in {"of", "about", "over", "for"}
                and not (c.lower_ == "for" and noun.lemma_.lower() == "claim")
            )
            or c.dep_ in {"acl", "ccomp", "appos"}
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if complement is None or noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return []
    source = noun_owner(noun)
    content = _trim(noun.doc, complement.i, complement.right_edge.i + 1)
    if complement.lower_ in {"of", "about", "over"}:
        content = _trim(noun.doc, complement.i + 1, complement.right_edge.i + 1)
    return [
        Found(
            cue=(noun.i, noun.i + 1),
            verb=noun.lemma_.lower(),
            source=noun_phrase(source) if source is not None else None,
            source_head=source,
            content=content,
        )
    ]


def _existential_stance(noun: Token) -> bool:
    """ "There is widespread agreement that", "there has been much speculation",
    "there are concerns about", "there were no serious calls to": a belief, a doubt
    or talk that a "there is" says is held, by nobody named (EXISTENTIAL_NOUNS; not
    "there is evidence", "a sign", "a debate": things or events)."""
    verb = noun.head
    return (
        noun.lemma_.lower() in EXISTENTIAL_NOUNS
        and noun.dep_ in {"attr", "nsubj"}
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
    )


def existential_stance(noun: Token) -> Found:
    """The attribution of `_existential_stance`: held by those "among" or "from"
    whom it is, if named ("there is agreement among Republicans"), else nobody."""
    source = None
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in {"among", "from", "within"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and source_like(pobj):
                source = pobj
    complement = next(
        (c for c in noun.rights if c.dep_ in {"prep", "acl", "ccomp"}), None
    )
    return Found(
        cue=(noun.i, noun.i + 1),
        verb=noun.lemma_.lower(),
        source=noun_phrase(source) if source is not None else None,
        source_head=source,
        content=(
            _trim(noun.doc, complement.i, complement.right_edge.i + 1)
            if complement is not None
            else None
        ),
    )


# Beliefs, doubts and talk a "there is" says are held ("there is widespread
# agreement", "there are fears", "there has been speculation"): PolNeAR train and
# dev mark 15 of about 25 such (outside quotes) as attributions with no source.
EXISTENTIAL_NOUNS = frozenset(
    {
        "agreement", "anger", "call", "concern", "confusion", "consensus", "criticism",
        "disagreement", "doubt", "fear", "pressure", "question", "rumor", "rumour",
        "scepticism", "skepticism", "speculation", "suspicion", "talk",
        "uncertainty", "worry",
    }
)  # fmt: skip


def noun_owner(noun: Token) -> Token | None:
    """Whose report a report noun is: the possessor ("Trump's claim"), a subject
    (the tagger's noun for a verb, "Trump claims that", or a headline's possessive,
    "Lee's Claim That"), the "by" agent, a "from" that can be a source ("criticism
    from critics"; not "criticism from the start"), or a nationality or party
    adjective ("Republican criticism", "Democratic allegations"); else None.
    PolNeAR gives each of these the report as its source."""
    for c in noun.children:
        if c.dep_ in {"poss", "nsubj"}:
            return c
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (c.lower_ == "by" or source_like(pobj)):
                return pobj
    return next(
        (c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"), None
    )


def interview_with(interview: Token) -> list[Found]:
    """ "in an interview with X": X (a medium) relays what the speaker said."""
    with_ = next(
        (c for c in interview.rights if c.dep_ == "prep" and c.lower_ == "with"), None
    )
    pobj = (
        None
        if with_ is None
        else next((c for c in with_.children if c.dep_ == "pobj"), None)
    )
    return _talk_relay(interview, with_, pobj)


def _talk_relay(talk: Token, last: Token | None, pobj: Token | None) -> list[Found]:
    """The relay found by `interview_with` and `broadcast_by`: the medium `pobj`
    relays the speaker of the talk, on a cue from the talk's preposition to `last`."""
    if pobj is None:
        return []
    return [
        Found(
            cue=(talk.head.i, last.i + 1),
            verb="in an interview",
            source=noun_phrase(pobj),
            source_head=pobj,
            content=None,
        )
    ]


# What a speaker says "in" that a medium may broadcast ("in remarks broadcast by
# state television"), and the participles that say it did ("in an interview aired
# by" too, where `interview_with` finds no "with").
BROADCAST_TALK = frozenset(
    {"address", "comment", "interview", "message", "remark", "speech", "statement",
     "video"}
)  # fmt: skip
BROADCAST_VERBS = frozenset({"air", "broadcast", "carry", "televise"})


def broadcast_by(talk: Token) -> list[Found]:
    """ "X, in remarks broadcast by state television, said": the broadcaster relays
    what the speaker said, on the speaker's cue, as the interviewer of "in an
    interview with" does (the same relay, so the same name)."""
    participle = next(
        (
            c
            for c in talk.rights
            if c.dep_ == "acl" and c.lemma_.lower() in BROADCAST_VERBS
        ),
        None,
    )
    agent = (
        None
        if participle is None
        else next((c for c in participle.children if c.dep_ == "agent"), None)
    )
    pobj = (
        None
        if agent is None
        else next((c for c in agent.children if c.dep_ == "pobj"), None)
    )
    return _talk_relay(talk, agent, pobj)


# Findings a claim is read "in" ("in a CNN/ORC poll released Monday"): the poll is
# its source.
FINDINGS = frozenset({"poll", "survey"})


def in_a_poll(in_: Token, verbs: dict[str, frozenset[str]]) -> list[Found]:
    """ "In a new Fox News poll, Trump leads": the poll is the source of the claim
    it is attached to; not a channel of a reporting verb ("said in a poll")."""
    pobj = next((c for c in in_.children if c.dep_ == "pobj"), None)
    if (
        pobj is None
        or pobj.lemma_.lower() not in FINDINGS
        or pobj.tag_ != "NN"  # "ahead in the polls" is a standing, not a source
        or in_.head.lemma_.lower() in verbs
    ):
        return []
    return [
        Found(
            cue=(in_.i, in_.i + 1),
            verb="in",
            source=noun_phrase(pobj),
            source_head=pobj,
            content=_clause_without(in_),
        )
    ]


def impersonal(adjective: Token) -> list[Found]:
    """ "it is unclear whether", "it's obvious that": an unsourced assessment."""
    be = adjective.head
    if adjective.dep_ != "acomp" or not any(
        c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in be.children
    ):
        return []
    clause = next(
        (c for c in [*adjective.children, *be.rights] if c.dep_ == "ccomp"), None
    )
    if clause is None:
        return []
    return [
        Found(
            cue=(be.i, adjective.i + 1),
            verb=adjective.lower_,
            source=None,
            source_head=None,
            content=_trim(adjective.doc, clause.left_edge.i, clause.right_edge.i + 1),
        )
    ]


def stance_adjective(adjective: Token) -> list[Found]:
    """ "Senator Voss is critical of the plan", "the mayor was eager to sign": the
    subject of the copula holds the stance; the cue is the copula and the adjective."""
    be = adjective.head
    if adjective.dep_ != "acomp" or be.lemma_ != "be":
        return []
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.lower_ in {"it", "this", "that", "what"}
        or not source_like(subject)
        or _inanimate_anaphor(subject)
    ):
        return []
    complement = next(
        (c for c in adjective.rights if c.dep_ in {"prep", "xcomp", "ccomp"}), None
    )
    content = (
        _trim(adjective.doc, complement.left_edge.i, complement.right_edge.i + 1)
        if complement is not None
        else None
    )
    return [
        Found(
            cue=(min(be.i, adjective.i), adjective.i + 1),
            verb=adjective.lemma_.lower(),
            source=noun_phrase(subject),
            source_head=subject,
            content=content,
        )
    ]


def looks_like(verb: Token) -> list[Found]:
    """ "it looks like a deal is near", "sounds as if": an impression, no source."""
    like = next(
        (
            c
            for c in verb.rights
            if c.lower_ in {"like", "if"} and c.dep_ in {"prep", "mark"}
        ),
        None,
    )
    if like is None:
        like = next(
            (g for c in verb.rights if c.dep_ == "advcl" for g in c.children
             if g.dep_ == "mark" and g.lower_ in {"like", "if"}),
            None,
        )  # fmt: skip
    if like is None:
        return []
    return [
        Found(
            cue=(verb.i, verb.i + 1),
            verb=verb.lemma_,
            source=None,
            source_head=None,
            content=_trim(verb.doc, like.i, verb.right_edge.i + 1),
        )
    ]


def speaker_colon(colon: Token) -> list[Found]:
    """ "Gillibrand: 'I think she will'", "Poll: Trump leads": a headline or transcript
    speaker label at the start of a line or sentence."""
    doc = colon.doc
    start = colon.i
    while (
        start > 0
        and not doc[start].is_sent_start
        and "\n" not in doc[start - 1].text
        and not _spaced_dash(doc[start - 1])  # "... contests - Philip Bump: '...'"
    ):
        start -= 1
    while start < colon.i and doc[start].text in QUOTES:
        start += 1
    label = doc[start : colon.i]
    if (
        not 1 <= len(label) <= 4
        or colon.i + 1 >= len(doc)
        or "\n" in colon.whitespace_ + doc[colon.i + 1].text
        or not all(
            t.pos_ in {"PROPN", "NOUN"} or t.text in {".", "'s", "’s"} for t in label
        )
        or not any(
            t.pos_ == "PROPN" or t.is_title or t.lemma_.lower() in SPEAKER_LABELS
            for t in label
        )
        or any(t.lower_ in NOT_SPEAKERS for t in label)
    ):
        return []
    head = label[-1] if label[-1].pos_ != "PART" else label[-2]
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    if _closing_account(doc, colon.i + 1, end):
        return []  # "Ukraine: Ceasefire holding, UN says": a topic, not a speaker
    return [
        Found(
            cue=(colon.i, colon.i + 1),
            verb="colon",
            source=(label.start, label.end),
            source_head=head,
            content=_trim(doc, colon.i + 1, end),
        )
    ]


def _closing_account(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of a headline label close on their own account: a reporting
    verb and its speaker after a comma, ending the line ("Markets: Rates to stay
    high, analysts say", "..., says UN"). The label before the colon is then the
    story's topic; the speaker is who says it. Quoted words, a first-person speaker
    ("Ortiz: Critics said I would fail, but I won") or an account inside the words
    leave the label the speaker."""
    verbs = reporting_verbs()
    quoted = quoted_tokens(doc)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for verb in doc[start:end]:
        if quoted[verb.i] or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        subject = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i >= start), None
        )
        if subject is None or subject.lower_ in {"i", "we"}:
            continue
        first = min(subject.left_edge.i, verb.i)
        last = max(subject.right_edge.i, verb.i)
        if first > start and doc[first - 1].text == "," and last == end - 1:
            return True
    return False


def _spaced_dash(tok: Token) -> bool:
    """A dash between spaces, which opens a new part of a line."""
    return tok.text in DASHES or (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
        and bool(tok.doc[tok.i - 1].whitespace_)
    )  # fmt: skip


def signed_quote(dash: Token) -> list[Found]:
    """'"...." — Paul Ryan (@SpeakerRyan)', '"...." — Tom Hale, union leader': a
    quote or post signed after a dash, by a name alone on its line or followed by
    its handle or its role."""
    doc = dash.doc
    if dash.i == 0 or not (doc[dash.i - 1].text in QUOTES or doc[dash.i - 1].is_punct):
        return []
    start = dash.i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - start < 4:
        end += 1
    after = doc[end] if end < len(doc) else None
    if end == start or not (
        after is None
        or after.is_space
        or after.text in {"(", ".", ",", "“", '"'}
        or "\n" in doc[end - 1].whitespace_
    ):
        return []
    sent = doc[dash.i - 1].sent
    return [
        Found(
            cue=(dash.i, dash.i + 1),
            verb="signed",
            source=(start, end),
            source_head=doc[end - 1],
            content=_trim(doc, sent.start, dash.i),
        )
    ]
