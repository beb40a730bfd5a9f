"""Attribution: who is cited for each claim, and through whom.

One pass over the parsed tokens finds cue words; the dependency parse around each
cue gives its source, its content and the attribution that relays it. Cues:

- reporting, belief and stance verbs from `data/reporting_verbs.csv`, each allowed
  only in the syntactic frames listed there (a "that"-clause or quote, an infinitive,
  a plain subject, a passive, ...): "said", "told", '"...," said Smith', "He confirmed
  that", "is said to", "it is believed that", "was quoted as saying"; "the poll
  shows X", "polling averages show X" (findings verbs with a document or a finding
  as subject);
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
Ministry": the ministry cited_by RIA Novosti); "X said, according to Y", "in an
interview with Y" (on the speaker's cue, an interviewing organisation being media)
and "X was quoted by Y as saying" make Y relay X; "Smith told
CNN" makes CNN (a media outlet) relay Smith, with a second attribution on the same
cue (so does Y in "X was quoted as saying by Y", on the cue "quoted as saying") — unless CNN published the article: where article and analysis meet
(`without_outlet`, called by `claims.outlet`), an article's own outlet is no
source of it.

Sources: the nearest subject (inherited by "saying"/"adding", coordinated verbs and
"by saying"), the "by" agent of a passive, the object of "according to"/"citing";
none for an "it" standing for the clause after it ("it is important to note that"). A
pronoun ("He confirmed") or a role noun with "the" ("the minister said") is resolved
to the subject of the nearest earlier sentence naming a compatible person (gender
from "Mr."/"Mrs."/"Ms."); `source_text` stays as written ("He") while `actor` is the
person's canonical name. "The group"/"the ministry" take the actor of the last
source or ORG mention with that head noun. `actor` comes from the actor mention
covering the source's head (so it follows `actors.canonical`); media outlets get
their name from `data/media_outlets.csv`; government bodies that are no entity
mention ("the Kremlin", "Japan's Defense Ministry") get `actors.canonical` of their
text; unnamed sources ("officials", "a senior diplomat") and documents ("the
report") have actor None and kind "unnamed", and a "they" or "he" standing for one
("Traders said ... They said", with no person named before a "he") has its words as
actor (as the charts name it: "traders") and kind "unnamed".

Kinds: person (PERSON mention, resolved pronoun, person noun such as "the
spokeswoman"), media (outlet list, a newspaper's shape, "the newspaper", "state
media"), government (GPE as actor,
ministries, the Kremlin/White House, armed forces, police, "the prime minister's
office", a state's office or service: "the State Emergency Service"), organisation
(other ORG), unnamed, none.

Where each part lives: `lexicons` (word lists, reporting verbs, media list), `cues`
(the cue finders), `relays` (chains and cues nested in another's account), `coref`
(pronouns, role nouns, "the group"), `kinds` (actors, source kinds, the records).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from presswatch.nlp.attribution import learned
from presswatch.nlp.attribution.cues import (
    Found,
    declines,
    find_cues,
    frame,
    noun_phrase,
    quoted_tokens,
    source_like,
)
from presswatch.nlp.attribution.kinds import (
    actor_kind,
    attribution_records,
    mentions_by_token,
)
from presswatch.nlp.attribution.lexicons import (
    FRAMES,
    Outlet,
    media_outlets,
    outlet,
    reporting_verbs,
)
from presswatch.nlp.attribution.relays import (
    drop_nested,
    embedded,
    link_relays,
    without_idle_talks,
    without_outlet,
)
from presswatch.nlp.models import SPANS_KEY
from presswatch.nlp.models.combine import combine
from presswatch.records import Attribution, Mention

__all__ = [
    "FRAMES",
    "Outlet",
    "attributions",
    "frame",
    "media_outlets",
    "outlet",
    "reporting_verbs",
    "rule_attributions",
    "without_outlet",
]


def attributions(doc: Doc, mentions: list[Mention]) -> list[Attribution]:
    """Attributions in document order: the rules', combined with the trained tagger's
    cues and sources when the pipeline has the tagger (presswatch.nlp.models.combine)."""
    records = rule_attributions(doc, mentions)
    if SPANS_KEY in doc.spans:
        by_token = mentions_by_token(doc, mentions)
        records = combine(
            doc,
            records,
            lambda head, span: actor_kind(head, span, by_token, mentions),
            vetoed=_declined(doc, records),
            actor_source=actor_source,
        )
    return records


def actor_source(span: Span) -> Span | None:
    """A phrase the tagger marks as a source, as the noun phrase the parse gives its
    head ("Germany's Defense Minister", without the apposition), when it can be a
    source: a noun phrase (not one starting on a clitic or punctuation, as "'s
    Defense Minister") headed by a name, a pronoun, or a noun for people, an
    organisation, a medium or a document — never a bare numeral or determiner
    ("Three" in "Three vessels were refused passage"); else None."""
    first, head = span[0], span.root
    if first.is_punct or first.pos_ == "PART" or first.dep_ == "case":
        return None
    if not (
        head.pos_ == "PRON"
        or (
            head.pos_ in {"NOUN", "PROPN"}
            and (
                source_like(head) or head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
            )
        )
    ):
        return None
    return span.doc[slice(*noun_phrase(head))]


def _declined(doc: Doc, records: list[Attribution]) -> Callable[[Span], bool]:
    """Whether the rules looked at a cue the tagger marks and declined it: words inside
    a direct quote (the speaker's own words, not the article's sourcing), or a verb in
    a context the rules reject whatever its frame (`cues.declined_context`: "This
    statement suggested", "a group called X", "asked not to be named"), or a findings
    verb whose subject is no document ("Japan has shown an interest": only a poll or a
    report "shows" a finding), or a verb whose participle or infinitive is a rule cue
    of the same account ("He highlighted the hurdles, stating that", "declined to
    say": the rules' cue is "stating", "say"). Another reporting verb in a frame the
    verb table leaves out is the tagger's to decide: on held-out train articles and
    on PolNeAR dev it is right there more often than not."""
    verbs = reporting_verbs()
    quoted = quoted_tokens(doc)
    rule_cue = [False] * len(doc)
    for r in records:
        span = doc.char_span(r.cue_start, r.cue_end, alignment_mode="expand")
        if span is not None:
            rule_cue[span.start : span.end] = [True] * len(span)

    def declined(cue: Span) -> bool:
        return quoted[cue.start] or declines(cue.root, verbs, rule_cue)

    return declined


def rule_attributions(
    doc: Doc, mentions: list[Mention], *, decision: learned.Model | bool = True
) -> list[Attribution]:
    """The rules' attributions with the learned cue decision the pipeline left in
    the Doc (`learned`; `decision` False: the hand-written rules alone; a Model:
    that model's decision instead), in document order."""
    found = rules_found(doc)
    if isinstance(decision, learned.Model):
        found = learned.decide(doc, found, reporting_verbs(), decision)
    elif decision and learned.SPANS_KEY in doc.spans:
        found = learned.from_spans(doc, found)
    return attribution_records(doc, mentions, without_idle_talks(found))


def rules_found(doc: Doc, *, keep: bool = False) -> list[Found]:
    """The hand-written rules' cues with their sources and chains. `keep`: the
    pipeline's cue component keeps them on the Doc for the extractor's
    `rule_attributions` of the same Doc, which would find the same again (nothing
    changes the Doc between them; 0.25 CPU-s per 1,000 news articles)."""
    found = None if keep else rules_kept(doc)
    if found is None:
        found = drop_nested(find_cues(doc, reporting_verbs()))
        link_relays(found)
        found = embedded(doc, found)
    if keep:
        doc.user_data[KEPT_KEY] = found
    return found


# The rules' cues the cue component found, on the Doc it found them in (like the
# quote cache, `cues.QUOTED_KEY`); a long text's pieces joined into a new Doc
# (`pipeline` drops each piece's caches) find none and run the rules again.
KEPT_KEY = "presswatch_rule_cues"


def rules_kept(doc: Doc) -> list[Found] | None:
    """The cues the cue component kept for this very Doc (taken: once), else None.
    The list is fresh: the component's decision only reads it."""
    return doc.user_data.pop(KEPT_KEY, None)
