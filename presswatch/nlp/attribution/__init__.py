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

from spacy.tokens import Doc

from presswatch.nlp import actors
from presswatch.nlp.attribution.coref import _bare_definite, _named_before
from presswatch.nlp.attribution.cues import (
    _according_to,
    _agentless,
    _citing,
    _Found,
    _impersonal,
    _interview_with,
    _looks_like,
    _quoted,
    _report_noun,
    _signed_quote,
    _speaker_colon,
    _verb_cue,
    frame,
)
from presswatch.nlp.attribution.kinds import _actor_kind, _mentions_by_token
from presswatch.nlp.attribution.lexicons import (
    AGENTLESS_ADVERBS,
    COMPANY_NOUNS,
    DASHES,
    FRAMES,
    IMPERSONAL_ADJECTIVES,
    LIKE_VERBS,
    REPORT_NOUNS,
    Outlet,
    media_outlets,
    outlet,
    reporting_verbs,
)
from presswatch.nlp.attribution.relays import _drop_nested, _embedded, _link_relays
from presswatch.nlp.common import sentence_of_token
from presswatch.records import Attribution, Mention

__all__ = [
    "FRAMES",
    "Outlet",
    "attributions",
    "frame",
    "media_outlets",
    "outlet",
    "reporting_verbs",
]


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
