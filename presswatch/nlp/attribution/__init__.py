"""Attribution: who is cited for each claim, and through whom.

One pass over the parsed tokens finds cue words; the dependency parse around each
cue gives its source, its content and the attribution that relays it. Cues:

- reporting, belief and stance verbs from `data/reporting_verbs.csv`, each allowed
  only in the syntactic frames listed there (a "that"-clause or quote, an infinitive,
  a plain subject, a passive, ...): "said", "told", '"...," said Smith', "He confirmed
  that", "is said to", "it is believed that", "was quoted as saying"; "the poll
  shows X" (findings verbs with a document as subject);
- "according to X", "X, citing (information from) Y", "quoting Y", "which cited Y",
  "quoted X as saying", "in an interview with X", "said in a statement";
- agentless cues, source None, kind "none": "reportedly", "allegedly", passives with
  no agent ("is expected to", "was reported"), "Asked about ...", "seems"/"appears"
  (unless hedging a speech verb: "X appeared to blame Y" is X's), "looks like", "it
  is unclear whether";
- report nouns with a complement ("reports of", "claims that", "allegations");
- headline and transcript speaker labels ("Gillibrand: ...") and signed quotes
  ('"..." — Paul Ryan').

Not attributions: speech inside a direct quote ("I think" in a quote is the
speaker's own words), cues inside the reported clause of another cue whose source
is a pronoun, a common noun or none (PolNeAR annotates one attribution per token;
"He said she recalls" is one account) — a named one is kept and relayed
("Trump said Putin told him": Putin cited_by Trump) — the anonymity formula
("asked not to be named"), naming participles ("a group called X"), and the
writer's reading of a thing just described ("This statement suggested").

Chains (`cited_by`): "citing"/"quoting"/"which cited" hops point to the attribution
whose cue or source they hang on ("according to RIA Novosti citing Japan's Defense
Ministry": the ministry cited_by RIA Novosti); "X said, according to Y" and
"in an interview with Y" make Y relay X; "Smith told CNN" makes CNN (a media outlet)
relay Smith, with a second attribution on the same cue.

Sources: the nearest subject (inherited by "saying"/"adding", coordinated verbs and
"by saying"), the "by" agent of a passive, the object of "according to"/"citing". A
pronoun ("He confirmed") or a role noun with "the" ("the minister said") is resolved
to the subject of the nearest earlier sentence naming a compatible person (gender
from "Mr."/"Mrs."/"Ms."); `source_text` stays as written ("He") while `actor` is the
person's canonical name. "The group"/"the ministry" take the actor of the last
source or ORG mention with that head noun. `actor` comes from the actor mention
covering the source's head (so it follows `actors.canonical`); media outlets get
their name from `data/media_outlets.csv`; government bodies that are no entity
mention ("the Kremlin", "Japan's Defense Ministry") get `actors.canonical` of their
text; unnamed sources ("officials", "a senior diplomat") and documents ("the
report") have actor None and kind "unnamed".

Kinds: person (PERSON mention, resolved pronoun, person noun such as "the
spokeswoman"), media (outlet list, "the newspaper"), government (GPE as actor,
ministries, the Kremlin/White House, armed forces, police), organisation (other ORG),
unnamed, none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from presswatch.nlp import actors, rules
from presswatch.nlp.common import sentence_of_token
from presswatch.records import Attribution, Mention

# Syntactic frames a verb cue can appear in (see `frame`).
FRAMES = ("clause", "xcomp", "pass", "subj", "other")

# Adverbs that attribute a claim to nobody in particular.
AGENTLESS_ADVERBS = frozenset(
    {"allegedly", "purportedly", "reportedly", "reputedly", "supposedly"}
)

# "it is unclear whether", "it's obvious that": an assessment nobody is named for.
IMPERSONAL_ADJECTIVES = frozenset(
    {"apparent", "clear", "evident", "obvious", "uncertain", "unclear"}
)

# Verbs that present a claim as an impression with no named holder ("X appears to");
# "look" and "sound" only with "like"/"as if" ("it looks like a deal").
IMPRESSION_VERBS = frozenset({"appear", "seem"})
LIKE_VERBS = frozenset({"look", "sound"})

# Nouns that are attributions when they take a complement ("reports of", "claims that").
REPORT_NOUNS = frozenset(
    {
        "accusation", "allegation", "assertion", "claim", "criticism", "prediction",
        "question", "report", "rumor", "rumour", "skepticism", "speculation",
        "suspicion",
    }
)  # fmt: skip

# Objects of "citing" that stand for the real source given by "from"/"by"/"of".
CITED_CARRIERS = frozenset(
    {
        "account", "comment", "data", "document", "figure", "information", "remark",
        "report", "statement",
    }
)  # fmt: skip

# "said in a statement", "told CNN in an interview": the channel joins the cue.
CHANNEL_NOUNS = {"statement": "statement", "interview": "in an interview"}

# Heads of unnamed sources: people or groups the article does not identify.
UNNAMED_HEADS = frozenset(
    {
        "advisor", "adviser", "aide", "analyst", "activist", "authority", "critic",
        "diplomat", "economist", "expert", "individual", "insider", "investigator",
        "lawmaker", "leader", "member", "observer", "officer", "official", "one",
        "other", "people", "person", "resident", "scientist", "someone", "source",
        "staffer", "supporter", "voter", "witness", "some", "many", "several",
    }
)  # fmt: skip

# Role nouns that, with "the", stand for a person named earlier ("the minister said").
ROLE_NOUNS = frozenset(
    {
        "ambassador", "candidate", "chairman", "chancellor", "chief", "commander",
        "congressman", "congresswoman", "director", "envoy", "general", "governor",
        "man", "mayor", "minister", "nominee", "premier", "president", "prosecutor",
        "representative", "secretary", "senator", "spokesman", "spokesperson",
        "spokeswoman", "woman",
    }
)  # fmt: skip

# Common nouns for people, beyond the role nouns; with PERSON_SUFFIXES ("commissioner",
# "historian", "economist") they tell a person from an organisation.
PERSON_NOUNS = frozenset(
    {
        "anchor", "attorney", "author", "boss", "brother", "ceo", "chairwoman", "child",
        "coach", "colleague", "daughter", "doctor", "executive", "father", "friend",
        "host", "husband", "judge", "lawyer", "mother", "nurse", "partner", "sheriff",
        "sister", "son", "wife",
    }
)  # fmt: skip
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "man", "woman", "person")
# Common nouns for news media ("the newspaper reported").
MEDIA_HEADS = frozenset(
    {"broadcaster", "channel", "magazine", "newspaper", "paper", "tabloid"}
)

# Common nouns for organisations; "the group said" stands for the group named before.
ORG_NOUNS = frozenset(
    {
        "agency", "alliance", "association", "bank", "coalition", "committee",
        "company", "council", "firm", "group", "institute", "network", "organisation",
        "organization", "party", "union",
    }
)  # fmt: skip

# Of those, the ones that stand for whatever organisation the article is about.
COMPANY_NOUNS = frozenset({"company", "firm", "group"})

# Heads of government bodies ("the Defense Ministry", "the Obama administration"),
# the armed forces and police included ("Ukraine's air force", "the border guard").
GOVERNMENT_HEADS = frozenset(
    {
        "administration", "army", "cabinet", "department", "embassy", "force",
        "government", "guard", "kremlin", "military", "ministry", "navy", "pentagon",
        "police", "presidency", "white house",
    }
)  # fmt: skip
GOVERNMENT_NAMES = frozenset(
    {
        "downing street", "the elysee", "the kremlin", "the pentagon",
        "the white house", "whitehall", "the state department", "the foreign office",
    }
)  # fmt: skip

# Documents as sources ("the report said"): no identified author.
DOCUMENT_HEADS = frozenset(
    {
        "analysis", "data", "document", "figure", "footage", "letter", "memo", "number",
        "poll", "record", "report", "result", "statement", "study", "survey", "video",
    }
)  # fmt: skip
# Verbs that report what a document finds even with a plain object ("polls show X").
FINDING_VERBS = frozenset({"find", "indicate", "reveal", "show", "suggest"})
# Colon labels that are no speaker ("Correction: ...", "Editor's note: ...").
NOT_SPEAKERS = frozenset(
    {
        "analysis", "author", "breaking", "byline", "correction", "date", "editor",
        "exclusive", "live", "note", "opinion", "outlet", "photo", "published", "read",
        "related", "tags", "title", "update", "updated", "url", "video", "warning",
        "watch",
    }
)  # fmt: skip

# Labels that introduce a reported finding or an interviewer in headlines ("Poll: ...").
SPEAKER_LABELS = frozenset({"poll", "q", "survey", "study", "report"})
DASHES = frozenset({"—", "―", "--", "–"})
# Verbs of the anonymity formula ("asked not to be named").
ANONYMITY = frozenset({"identify", "name", "quote"})
# Cues that hang on the verb they relay rather than being reported by it.
RELAY_CUES = frozenset({"according to", "citing", "in an interview", "quoting"})
# spaCy lemmas that are wrong for these verbs ("rated" -> "rat", "hoped" -> "hop").
LEMMA_FIXES = {"hop": "hope", "rat": "rate"}
GENDER_OF = {
    "he": "m", "him": "m", "man": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "she": "f", "her": "f", "woman": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f",
}  # fmt: skip
HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f",
                    "ms": "f", "miss": "f"}  # fmt: skip
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
FIRST_PERSON = frozenset({"i", "me"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
# How far back (in sentences) a pronoun or role noun looks for its person.
RESOLVE_WINDOW = 5


def reporting_verbs() -> dict[str, frozenset[str]]:
    """Cue verb lemmas with the frames each is a cue in (reporting_verbs.csv)."""
    return rules.parsed("reporting_verbs.csv", _reporting_verbs)


def _reporting_verbs(file: rules.RuleFile) -> dict[str, frozenset[str]]:
    return {
        row["lemma"]: frozenset(row["frames"].split())
        for _, row in rules.read_table(file).records()
    }


@dataclass(frozen=True, slots=True)
class Outlet:
    """A media outlet from media_outlets.csv."""

    name: str
    state_affiliated: bool
    country: str


def media_outlets() -> dict[str, Outlet]:
    """Media outlets by every lower-cased name and alias, with and without "the"."""
    return rules.parsed("media_outlets.csv", _media_outlets)


def _media_outlets(file: rules.RuleFile) -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for _, row in rules.read_table(file).records():
        outlet = Outlet(row["name"], row["state_affiliated"] == "yes", row["country"])
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = name.lower().strip()
            out[key] = outlet
            out[key.removeprefix("the ")] = outlet
    return out


def outlet(text: str) -> Outlet | None:
    """The media outlet a source text names ("The Post", "RIA Novosti's"), if any."""
    key = text.lower().strip().removesuffix("'s").removesuffix("’s").strip()
    outlets = media_outlets()
    return outlets.get(key) or outlets.get(key.removeprefix("the "))


def frame(verb: Token) -> str:
    """The syntactic frame of a verb, one of FRAMES.

    "clause": takes a clause or quote ("said that ...", '"...," he said');
    "xcomp": an infinitive or small clause ("expected to", "called it a mistake");
    "pass": passive; "subj": has a subject only; "other": none of these.
    """
    deps = {c.dep_ for c in verb.children}
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
    if deps & {"nsubjpass", "auxpass"}:
        return "pass"
    if deps & {"nsubj", "expl"}:
        return "subj"
    return "other"


@dataclass(slots=True)
class _Found:
    """An attribution before ids are given, with token positions."""

    cue: tuple[int, int]  # token range [start, end)
    verb: str
    source: tuple[int, int] | None
    source_head: Token | None
    content: tuple[int, int] | None
    relay_anchor: Token | None = None  # a token of the relaying attribution
    relayed_by: _Found | None = None  # the relaying attribution, when known
    cited_by: int | None = None  # index into the found list


def attributions(doc: Doc, mentions: list[Mention]) -> list[Attribution]:
    """Attributions in document order."""
    verbs = reporting_verbs()
    quoted = _quoted(doc)
    found: list[_Found] = []
    for tok in doc:
        if quoted[tok.i] and tok.text != ":":
            # speech inside a direct quote ("I think ...") is the speaker's own words,
            # not the article's sourcing
            continue
        lower = tok.lower_
        if lower in {"citing", "quoting"} and tok.pos_ == "VERB":
            found.extend(_citing(tok))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
            found.extend(_verb_cue(tok, verbs))
        elif (
            lower == "according"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ == "to"
        ):
            found.extend(_according_to(tok))
        elif lower in AGENTLESS_ADVERBS:
            found.append(_agentless(tok, lower))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORT_NOUNS:
            found.extend(_report_noun(tok))
        elif lower == "interview" and tok.head.lower_ == "in":
            found.extend(_interview_with(tok))
        elif tok.pos_ == "ADJ" and lower in IMPERSONAL_ADJECTIVES:
            found.extend(_impersonal(tok))
        elif tok.pos_ == "VERB" and tok.lemma_ in LIKE_VERBS:
            found.extend(_looks_like(tok))
        elif lower == ":":
            found.extend(_speaker_colon(tok))
        elif lower in DASHES:
            found.extend(_signed_quote(tok))
    found = _drop_nested(found)
    _link_relays(found)
    found = _embedded(doc, found)
    return _records(doc, mentions, found)


def _quoted(doc: Doc) -> list[bool]:
    """For each token, whether it lies inside double quotation marks. A line break
    closes an unbalanced quote (news paragraphs reopen a continued quote)."""
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


def _verb_cue(verb: Token, verbs: dict[str, frozenset[str]]) -> list[_Found]:
    """The attribution of a reporting verb, if its frame makes it one."""
    lemma = verb.lemma_.lower()
    fr = frame(verb)
    if verb.lower_ in {"citing", "quoting"} or _anonymity(verb):
        return []
    if fr not in verbs[lemma]:
        # "the poll shows Clinton ahead": findings verbs report a document's content
        subject = _subject(verb) if lemma in FINDING_VERBS and fr == "subj" else None
        if subject is None or subject.lemma_.lower() not in DOCUMENT_HEADS:
            return []
    cue_end = verb.i + 1
    name = LEMMA_FIXES.get(lemma, lemma)
    for child in verb.rights:
        if child.dep_ == "prt":
            cue_end = max(cue_end, child.i + 1)
        elif child.dep_ == "prep" and child.lower_ == "in":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in CHANNEL_NOUNS:
                cue_end = max(cue_end, pobj.i + 1)
                name = CHANNEL_NOUNS[pobj.lemma_.lower()]
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    if lemma in IMPRESSION_VERBS:
        # "X appears to be ..." is the writer's impression; "X appeared to blame Y"
        # is X's stance, voiced through the verb it hedges
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        speech = xcomp is not None and xcomp.lemma_.lower() in verbs
        head = _subject(verb) if speech else None
    elif passive:
        head = _agent(verb)
    else:
        head = _subject(verb)
        if head is None and not _agentless_form(verb):
            return []
    if head is not None and _inanimate_anaphor(head):
        return []
    speaker = _Found(
        cue=(verb.i, cue_end),
        verb=name,
        source=_np(head) if head is not None else None,
        source_head=head,
        content=_verb_content(verb),
    )
    if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":
        speaker.relay_anchor = verb.head.head  # "RIA quoted X as saying"
    if lemma in {"cite", "quote"}:
        hop = _cited_hop(verb, speaker)
        if hop is not None:
            return [hop] if hop.relay_anchor is not None else [speaker, hop]
    listener = next((c for c in verb.rights if c.dep_ in {"dative", "dobj"}), None)
    if lemma == "tell" and listener is not None:
        span = _np(listener)
        if outlet(verb.doc[span[0] : span[1]].text) is not None:
            # "Smith told CNN that ...": CNN relays Smith's words
            speaker.relayed_by = _Found(
                cue=(verb.i, verb.i + 1),
                verb="tell",
                source=span,
                source_head=listener,
                content=speaker.content,
            )
            return [speaker.relayed_by, speaker]
    return [speaker]


def _cited_hop(verb: Token, speaker: _Found) -> _Found | None:
    """ "X cited reports from Y", "which cited Y": Y as a source, relayed by X (or by
    the attribution of the noun "which" stands for)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "quoted X as saying": the saying is the attribution
    cue_end, carried = _carried(verb, obj)
    if carried is obj and not _source_like(obj):
        return None
    obj = carried
    hop = _Found(
        cue=(verb.i, cue_end),
        verb="citing",
        source=_np(obj),
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


def _anonymity(verb: Token) -> bool:
    """ "who asked not to be named", "declined to be identified": a promise of
    anonymity, not a reported claim."""
    if verb.lemma_.lower() in ANONYMITY:
        return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY for c in verb.children
    )


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the verb it hangs on when it has none."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            # the nearest: a dateline ("MOSCOW, Sept 9 - ..., TASS said") can be
            # parsed as a second subject
            return min(subjects, key=lambda c: abs(c.i - verb.i))
        # "..., saying that", "and added", "declined to say": the head's subject;
        # a bare past participle ("Asked about it, ...") has no subject of its own.
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.tag_ == "VBG":
            # "began by saying", "after saying": the subject of the governing verb
            if verb.head.head.lemma_ != "quote":
                verb = verb.head.head
                continue
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ == "quote":
            # "X was quoted as saying", "RIA quoted X as saying": X is the speaker
            quoted = verb.head.head
            return next(
                (c for c in quoted.children if c.dep_ in {"nsubjpass", "dobj"}), None
            )
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.tag_ != "VBN":
            head = verb.head
            if verb.dep_ == "advcl" and head.lemma_ == "quote":
                # "X was quoted as saying": X is the speaker.
                return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            verb = head
            continue
        return None
    return None


def _agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _agentless_form(verb: Token) -> bool:
    """A verb form that reports with no speaker: "Asked about it, ...", "when pressed".
    A participle naming something ("a group called X") is no attribution."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl"


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


def _np(head: Token) -> tuple[int, int]:
    """Tokens of the noun phrase headed by `head`, without clauses and appositions."""
    start, end = head.left_edge.i, head.i + 1
    for tok in head.doc[start : head.i]:
        if tok.text in {"—", "–", ")", "(", ":"} or tok.text == "-" and tok.whitespace_:
            start = tok.i + 1  # "Sept 15 (Capital Wire) - Japan's ...": a dateline
    for child in head.rights:
        if child.dep_ in {"prep", "amod", "compound", "nummod", "flat"}:
            end = max(end, child.right_edge.i + 1)
        else:
            break
    doc = head.doc
    while start < head.i and (
        doc[start].is_punct or doc[start].dep_ in {"cc", "advmod", "preconj"}
    ):
        start += 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return start, end


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
        parts = [c for c in verb.children if c.dep_ in deps]
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


def _according_to(according: Token) -> list[_Found]:
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
    found = _Found(
        cue=(according.i, cue_end),
        verb="according to",
        source=_np(pobj),
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
    agent = _agent(relay) if relay is not None else None
    if agent is None:
        return [found]
    # "according to a statement cited by Interfax": Interfax relays the statement
    found.source = (pobj.left_edge.i, pobj.i + 1)
    found.relayed_by = _Found(
        cue=(relay.i, relay.i + 2),
        verb="cited by",
        source=_np(agent),
        source_head=agent,
        content=found.content,
    )
    return [found, found.relayed_by]


def _citing(cite: Token) -> list[_Found]:
    """ "X, citing Y" / "citing information from Y" / "quoting Y": Y, relayed by X."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    if obj is None:
        return []
    # "citing information from Y", "quoting a statement by Y"
    cue_end, carried = _carried(cite, obj)
    if carried is not obj:
        obj = carried
    elif not _source_like(obj):
        return _reason(cite, obj)
    return [
        _Found(
            cue=(cite.i, cue_end),
            verb=cite.lower_,
            source=_np(obj),
            source_head=obj,
            content=None,
            relay_anchor=cite.head,
        )
    ]


def _reason(cite: Token, obj: Token) -> list[_Found]:
    """ "the court ruled, citing a threat to public health": a reason the subject
    gives, not a source it relays."""
    subject = _subject(cite)
    if subject is None:
        return []
    return [
        _Found(
            cue=(cite.i, cite.i + 1),
            verb="cite",
            source=_np(subject),
            source_head=subject,
            content=_trim(cite.doc, obj.left_edge.i, obj.right_edge.i + 1),
        )
    ]


def _source_like(head: Token) -> bool:
    """Whether a noun phrase head can be a source: a name, a pronoun, people, a
    document or a medium ("citing officials", "citing a report"), not a reason
    ("citing a threat to public health")."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ in {"PROPN", "PRON"}
        or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or lemma in UNNAMED_HEADS | DOCUMENT_HEADS | CITED_CARRIERS | MEDIA_HEADS
        or lemma in ORG_NOUNS | GOVERNMENT_HEADS
        or _person_noun(lemma)
    )


def _agentless(adverb: Token, lower: str) -> _Found:
    """ "reportedly", "allegedly": a claim with no source given."""
    head = adverb.head
    content = _trim(adverb.doc, head.left_edge.i, head.right_edge.i + 1)
    return _Found(
        cue=(adverb.i, adverb.i + 1), verb=lower, source=None, source_head=None,
        content=content,
    )  # fmt: skip


def _report_noun(noun: Token) -> list[_Found]:
    """ "reports of X", "claims that X", "Trump's allegations": a reported claim."""
    complement = next(
        (
            c
            for c in noun.rights
            if (c.dep_ == "prep" and c.lower_ in {"of", "about", "over", "for"})
            or c.dep_ in {"acl", "ccomp", "appos"}
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if complement is None or noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return []
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:
        by = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None
        )
        if by is not None:
            source = next((c for c in by.children if c.dep_ == "pobj"), None)
    content = _trim(noun.doc, complement.i, complement.right_edge.i + 1)
    if complement.lower_ in {"of", "about", "over"}:
        content = _trim(noun.doc, complement.i + 1, complement.right_edge.i + 1)
    return [
        _Found(
            cue=(noun.i, noun.i + 1),
            verb=noun.lemma_.lower(),
            source=_np(source) if source is not None else None,
            source_head=source,
            content=content,
        )
    ]


def _interview_with(interview: Token) -> list[_Found]:
    """ "in an interview with X": X (a medium) relays what the speaker said."""
    with_ = next(
        (c for c in interview.rights if c.dep_ == "prep" and c.lower_ == "with"), None
    )
    pobj = (
        None
        if with_ is None
        else next((c for c in with_.children if c.dep_ == "pobj"), None)
    )
    if pobj is None:
        return []
    return [
        _Found(
            cue=(interview.head.i, with_.i + 1),
            verb="in an interview",
            source=_np(pobj),
            source_head=pobj,
            content=None,
        )
    ]


def _impersonal(adjective: Token) -> list[_Found]:
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
        _Found(
            cue=(be.i, adjective.i + 1),
            verb=adjective.lower_,
            source=None,
            source_head=None,
            content=_trim(adjective.doc, clause.left_edge.i, clause.right_edge.i + 1),
        )
    ]


def _looks_like(verb: Token) -> list[_Found]:
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
        _Found(
            cue=(verb.i, verb.i + 1),
            verb=verb.lemma_,
            source=None,
            source_head=None,
            content=_trim(verb.doc, like.i, verb.right_edge.i + 1),
        )
    ]


def _speaker_colon(colon: Token) -> list[_Found]:
    """ "Gillibrand: 'I think she will'", "Poll: Trump leads": a headline or transcript
    speaker label at the start of a line or sentence."""
    doc = colon.doc
    start = colon.i
    while (
        start > 0 and not doc[start].is_sent_start and "\n" not in doc[start - 1].text
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
    return [
        _Found(
            cue=(colon.i, colon.i + 1),
            verb="colon",
            source=(label.start, label.end),
            source_head=head,
            content=_trim(doc, colon.i + 1, end),
        )
    ]


def _signed_quote(dash: Token) -> list[_Found]:
    """'"...." — Paul Ryan (@SpeakerRyan)': a quote or post signed after a dash."""
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
        or after.text in {"(", ".", "“", '"'}
        or "\n" in doc[end - 1].whitespace_
    ):
        return []
    sent = doc[dash.i - 1].sent
    return [
        _Found(
            cue=(dash.i, dash.i + 1),
            verb="signed",
            source=(start, end),
            source_head=doc[end - 1],
            content=_trim(doc, sent.start, dash.i),
        )
    ]


def _drop_nested(found: list[_Found]) -> list[_Found]:
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


def _embedded(doc: Doc, found: list[_Found]) -> list[_Found]:
    """Attributions inside the reported clause of another: "He said she recalls ..."
    is one speaker's account, so a cue whose source is a pronoun, a common noun or
    none is dropped; "Trump said Putin told him ..." keeps Putin, relayed by Trump
    (cited_by). A relative or adverbial clause ("who has said", "although he
    denied") is the writer's own sourcing and is kept."""
    at_cue = {f.cue[0]: n for n, f in enumerate(found)}
    drop: set[int] = set()
    for n, f in enumerate(found):
        if f.verb in RELAY_CUES or f.relay_anchor is not None or f.relayed_by:
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
        dep = tok.dep_
        tok = tok.head
        if tok.i in at_cue:
            return None if dep in {"conj", "xcomp"} else at_cue[tok.i]
    return None


def _link_relays(found: list[_Found]) -> None:
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
            # the speaker's attribution (the verb the phrase modifies) is relayed
            verb = f.source_head.doc[f.cue[0]].head
            m = by_token.get(verb.i)
            if m is not None and m != n and found[m].cited_by is None:
                found[m].cited_by = n


def _records(
    doc: Doc, mentions: list[Mention], found: list[_Found]
) -> list[Attribution]:
    """Attribution records in document order, with resolved actors and kinds."""
    sent_of = sentence_of_token(doc)
    mention_at = _mentions_by_token(doc, mentions)
    order = sorted(range(len(found)), key=lambda n: (found[n].cue[0], found[n].cue[1]))
    new_id = {n: i for i, n in enumerate(order)}
    cited: dict[str, tuple[str, str]] = {}  # head lemma of a cited source -> actor
    out = []
    for n in order:
        f = found[n]
        cue = doc[f.cue[0] : f.cue[1]]
        if f.source_head is None:
            source, actor, kind = None, None, "none"
        else:
            source = doc[f.source[0] : f.source[1]]
            actor, kind = _actor_kind(f.source_head, source, mention_at, mentions)
            head = f.source_head
            if head.i not in mention_at and _bare_definite(head):
                # "the group said": the group cited or named before
                lemma = head.lemma_.lower()
                fallback = (actor, kind)
                if lemma in COMPANY_NOUNS and "organisation" in cited:
                    # "the company said": the organisation cited last
                    fallback = cited["organisation"]
                actor, kind = cited.get(lemma) or _named_before(
                    head, mentions, fallback
                )
            elif actor is not None and head.pos_ in {"NOUN", "PROPN"}:
                cited[head.lemma_.lower()] = (actor, kind)
                if kind == "organisation":
                    cited["organisation"] = (actor, kind)
            if kind == "organisation" and actor is None and f.verb == "colon":
                # a name the entity tagger missed, labelling what follows: a speaker
                actor, kind = actors.canonical(source.text, "PERSON"), "person"
        content = doc[f.content[0] : f.content[1]] if f.content else None
        out.append(
            Attribution(
                id=new_id[n],
                cue_start=cue.start_char,
                cue_end=cue.end_char,
                cue_text=cue.text,
                verb=f.verb,
                source_start=source.start_char if source is not None else None,
                source_end=source.end_char if source is not None else None,
                source_text=source.text if source is not None else None,
                actor=actor,
                source_kind=kind,
                content_start=content.start_char if content is not None else None,
                content_end=content.end_char if content is not None else None,
                cited_by=new_id.get(f.cited_by) if f.cited_by is not None else None,
                sent=sent_of[cue.start],
            )
        )
    return out


def _bare_definite(head: Token) -> bool:
    """ "the group", "The ministry": an organisation noun with only "the"."""
    return (
        head.lemma_.lower() in ORG_NOUNS | GOVERNMENT_HEADS | MEDIA_HEADS
        and head.tag_ == "NN"
        and [c.lower_ for c in head.lefts] == ["the"]
    )


def _named_before(
    head: Token, mentions: list[Mention], default: tuple[str | None, str]
) -> tuple[str | None, str]:
    """The actor of the last ORG mention ending in the same noun ("the Danube
    Monitoring Group" ... "the group"), else `default`."""
    word = head.lower_
    named = [
        m
        for m in mentions
        if m.type == "ORG" and m.end <= head.idx and m.text.lower().split()[-1] == word
    ]
    if not named:
        return default
    kind = "government" if head.lemma_.lower() in GOVERNMENT_HEADS else "organisation"
    return named[-1].actor, kind


def _mentions_by_token(doc: Doc, mentions: list[Mention]) -> dict[int, Mention]:
    """The actor mention covering each token that lies in one."""
    out: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                out.setdefault(i, m)
    return out


def _actor_kind(
    head: Token, source: Span, mention_at: dict[int, Mention], mentions: list[Mention]
) -> tuple[str | None, str]:
    """Canonical actor and source kind of a source phrase."""
    lower, lemma = head.lower_, head.lemma_.lower()
    if head.pos_ == "PRON" or lower in RELATIVE_PRONOUNS:
        if lower in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            antecedent = head.head.head
            return _actor_kind(antecedent, antecedent.doc[slice(*_np(antecedent))],
                               mention_at, mentions)  # fmt: skip
        if lower in PERSON_PRONOUNS:
            person = _recent_person(head, mentions)
            return (person.actor if person else None), "person"
        if lower in FIRST_PERSON:
            return None, "person"
        if lower == "it":
            body = _recent(head, mentions, ("ORG", "GPE"))
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
    if mention is not None:
        media = outlet(mention.text)
        if media is not None:
            return media.name, "media"
        if mention.type == "ORG" and _governmental(head, source):
            return mention.actor, "government"
        return mention.actor, _mention_kind(mention)
    if _governmental(head, source):
        return actors.canonical(source.text, "ORG"), "government"
    if lemma in DOCUMENT_HEADS:
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.i in mention_at:
            return _actor_kind(owner, owner.doc[owner.i : owner.i + 1], mention_at,
                               mentions)  # fmt: skip
        return None, "unnamed"
    if lemma in MEDIA_HEADS:
        return None, "media"
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    owned = any(c.dep_ == "poss" for c in head.children)
    if lemma in ROLE_NOUNS and head.tag_ == "NN" and the:
        # "the minister said": the minister named before
        person = _recent_person(head, mentions)
        return (person.actor if person else None), "person"
    if lemma in UNNAMED_HEADS or head.tag_ == "NNS" or head.pos_ in {"PRON", "DET"}:
        return None, "unnamed"
    if head.pos_ == "NOUN" and _person_noun(lemma):
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
        return actors.canonical(source.text), "organisation"
    return None, "organisation"


def _person_noun(lemma: str) -> bool:
    """Whether a common noun names a person ("lawyer", "historian", "friend")."""
    return (
        lemma in ROLE_NOUNS or lemma in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)
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
        or head.pos_ == "PROPN"
        and any(name in text for name in ("white house", "kremlin", "ministry"))
    )


def _recent(
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


def _recent_person(head: Token, mentions: list[Mention]) -> Mention | None:
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
    for m in mentions:
        if m.type == "PERSON":
            before = doc.text[max(0, m.start - 6) : m.start].split()
            gender = HONORIFIC_GENDER.get(before[-1].lower()) if before else None
            if gender:
                out.setdefault(m.actor, gender)
    return out


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention heads (or is in apposition to) its clause's subject."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}
