"""Claims: sentences in different articles that make the same assertion.

At parse time each sentence that names an actor becomes a `SentenceFeatures` record
(`claim_sentences`): its content terms (lemmas outside the attribution frame — the
cue, the source, a dateline, dates and hedges are left out, so "X said" and "according
to Y, citing X" do not count), its numbers, its actors (canonical, sources excluded)
and the actors in subject or agent position, whether it is negated or a denial, and how
it is attributed (`named`, `relayed`, `vague`, `bare`).

Candidates come from two indexes kept in the store (`claim_keys`): the LSH bands of a
MinHash (datasketch) over the terms, which find relays and light rewording, and a key
of (actors, numbers) and one of the actors alone, which find heavier rewording. A
candidate pair is one claim when it passes `same_claim`: equal numbers, no other actor
doing it, no opposite verb, the same polarity, and enough shared content. A pair with
the same actors and shared content but opposite polarity is a contradiction: the later
sentence is a denial of the claim. Claims are the connected components of the pairs
(union-find), each copy group counted once, rebuilt at the end of every ingest.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
from datasketch import MinHash
from spacy.tokens import Doc, Token

from presswatch.nlp import actors
from presswatch.records import Attribution, Mention

if TYPE_CHECKING:
    from presswatch.store import ClaimsWrite

NAMED_KINDS = frozenset({"person", "organisation", "government", "media"})

# Sentence MinHash: 30 permutations in 10 bands of 3 rows. Two sentences whose term
# sets have Jaccard similarity 0.5 share a band with probability 0.74, at 0.7 with 0.99.
NUM_PERM, BANDS, ROWS = 30, 10, 3
SCHEME = "affine32"
# A key shared by more sentences than this is too generic to suggest one claim
# ("Russia" and "Ukraine" together): it yields no candidates.
MAX_BUCKET = 150
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
HEDGE_WORDS = frozenset(
    {"may", "might", "could", "would", "likely", "possible", "potential", "seem",
     "appear", "believe", "suggest", "unconfirmed", "alleged"}
)  # fmt: skip
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
    ("attack", "defend"), ("agree", "ban"), ("accept", "ban"),
]  # fmt: skip
OPPOSITES = {a: set() for pair in _OPPOSITES for a in pair}
for _a, _b in _OPPOSITES:
    OPPOSITES[_a].add(_b)
    OPPOSITES[_b].add(_a)

# Words news reports use for one another, folded to one term so that a reworded
# sentence still shares its content ("stationed 12 systems near the frontier").
_SYNONYM_GROUPS = [
    "deploy station move relocate",
    "approve authorise authorize greenlight greenlit allow permit sanction_",
    "ban prohibit forbid bar refuse",
    "attack strike hit bomb shell",
    "border frontier",
    "troop soldier force",
    "missile rocket",
    "plane aircraft jet warplane",
    "ship vessel tanker warship",
    "drone uav",
    "buy purchase acquire",
    "agreement deal accord pact",
    "talk negotiation",
    "weapon arm armament",
    "aid assistance",
    "kill slay",
    "injure wound hurt",
    "destroy ruin demolish",
    "damage harm",
    "offensive assault operation",
    "begin start launch",
    "halt stop suspend pause",
    "boost increase raise",
    "cut reduce lower",
    "nearly almost",
    "large big huge major",
    "near close",
    "shoot intercept down",
    "cross enter fly",
    "reach arrive",
    "warn caution",
    "accuse blame",
    "meet hold",
    "deliver supply provide give send transfer",
    "unit system battery launcher",
]
SYNONYMS = {w: g.split()[0] for g in _SYNONYM_GROUPS for w in g.split()}

_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,[^()\n]{0,40}\([^)\n]{1,40}\)\s*[-–—]\s*")
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SKIP_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
_CLIMB = frozenset({"compound", "poss", "amod", "appos", "conj", "nmod", "case"})
# The doer: an active subject or a passive's "by" agent (a passive subject is the
# one it is done to: "diplomats were expelled by Finland" is Finland's act).
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


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
    predicate: str
    negated: bool
    denial: bool
    attribution: str  # one of ATTRIBUTIONS
    source: str | None  # the claimed origin, as named
    source_kind: str | None
    relay: str | None  # who relays the origin ("RIA Novosti" citing ...)
    relay_state_affiliated: bool = False  # the relay is on the media list as such

    @property
    def polarity(self) -> bool:
        """False for a negated or denied assertion."""
        return not (self.negated or self.denial)

    def shingles(self) -> set[str]:
        return (
            set(self.terms)
            | {"@" + a for a in self.actors}
            | {"#" + n for n in self.numbers}
        )


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


def actor_key(actor: str) -> str:
    """A key that merges a country with its people ("Lithuania", "Lithuanians",
    "Poland", "Poles"): one-word names compare on six letters. The entity type is not
    part of the key: a model types "Bosphorus" PERSON in one article and a place in the
    next, and the same name must still meet itself."""
    name = actor.casefold().strip()
    # A capital stands for its government in a claim ("Ankara closed the strait").
    name = (actors.load_aliases().capital(name) or name).casefold()
    name = DEMONYMS.get(name, name)
    return name if " " in name else name[:6]


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
    for sent, span in zip(sentences, doc.sents, strict=False):
        if len(span) > MAX_TOKENS:
            continue
        feats = _features(
            doc,
            span,
            sent,
            by_sent_atts.get(sent.sent, []),
            by_sent_mentions.get(sent.sent, []),
        )
        if feats is not None:
            out.append(feats)
    return out


def _features(
    doc: Doc,
    span: object,
    sent: object,
    atts: list[Attribution],
    mentions: list[Mention],
) -> SentenceFeatures | None:
    frame: list[tuple[int, int]] = []  # char ranges of cues and sources
    deniers: list[tuple[int, int]] = []
    for a in atts:
        frame.append((a.cue_start, a.cue_end))
        if a.source_start is not None and a.source_end is not None:
            frame.append(_source_phrase(doc, a))
            if _denies(doc, a):
                deniers.append(frame[-1])
    if sent.sent == 0 and (m := _DATELINE.match(doc.text, sent.start)):
        frame.append((sent.start, m.end()))

    def framed(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in frame)

    # A denial is about its denier too: "Minsk denied moving launchers" is Belarus's.
    content = [
        m
        for m in mentions
        if not framed(m.start, m.end)
        or any(s <= m.start and m.end <= e for s, e in deniers)
    ]
    if not content:
        return None
    mention_at: dict[int, Mention] = {}
    for m in content:
        for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
            mention_at[tok.i] = m
    actors = {actor_key(m.actor) for m in content}
    subjects: set[str] = set()
    terms: set[str] = set()
    numbers: set[str] = set()
    negated = False
    denial = any(_denies(doc, a) for a in atts)
    predicate = ""
    main = _main_verb(span, framed)
    for tok in span:
        if framed(tok.idx, tok.idx + len(tok)):
            continue
        lower = tok.lower_
        if tok.dep_ == "neg" or lower in NEGATIONS:
            negated = negated or _negates_assertion(tok, main)
            continue
        if tok.i in mention_at:
            m = mention_at[tok.i]
            if _is_subject(tok):
                subjects.add(actor_key(m.actor))
            continue
        if tok.ent_type_ in _SKIP_ENTS:
            continue
        if (tok.like_num and tok.pos_ == "NUM") or (
            tok.ent_type_ in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
            and tok.lemma_.lower() in _WORD_NUMBERS
        ):
            value = _number(tok)
            if value is not None:
                numbers.add(value)
            continue
        lemma = tok.lemma_.lower()
        if lemma in DENIAL_WORDS or (lemma in DENIAL_VERBS and tok.pos_ == "VERB"):
            denial = True
        if tok.dep_ == "ROOT" or (not predicate and tok.pos_ == "VERB"):
            if lemma not in FRAME_WORDS:
                predicate = SYNONYMS.get(lemma, lemma)
        if (
            tok.is_alpha
            and not tok.is_stop
            and len(lemma) > 1
            and lemma not in FRAME_WORDS
            and lemma not in HEDGE_WORDS
            and tok.pos_ not in ("PRON", "DET", "AUX", "CCONJ", "ADP", "PART")
        ):
            terms.add(SYNONYMS.get(lemma, lemma))
    if len(terms) < 2 or len(terms) + len(numbers) < MIN_TERMS:
        return None
    attribution, source, kind, relay = classify(atts)
    return SentenceFeatures(
        sent=sent.sent,
        start=sent.start,
        end=sent.end,
        terms=tuple(sorted(terms)),
        numbers=tuple(sorted(numbers)),
        actors=tuple(sorted(actors)),
        subjects=tuple(sorted(subjects)),
        predicate=predicate,
        negated=negated,
        denial=denial,
        attribution=attribution,
        source=source,
        source_kind=kind,
        relay=relay,
        relay_state_affiliated=_state_affiliated(relay),
    )


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


def _source_phrase(doc: Doc, a: Attribution) -> tuple[int, int]:
    """The source with its appositions and relative clauses ("Henrik Dahl, a NATO
    spokesman," / "a source who asked not to be named"), unless that reaches the cue."""
    span = doc.char_span(a.source_start, a.source_end, alignment_mode="expand")
    if span is None:
        return a.source_start, a.source_end
    tokens = list(span.root.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if start <= a.cue_start < end:
        return a.source_start, a.source_end
    return min(start, a.source_start), max(end, a.source_end)


def _main_verb(span: object, framed: object) -> Token | None:
    """The verb of the sentence's assertion: the root, or when the root is an
    attribution cue ("X said that ..."), the first verb of what it reports."""
    root = span.root
    if not framed(root.idx, root.idx + len(root)):
        return root
    for child in root.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis") and child.pos_ in (
            "VERB",
            "AUX",
        ):
            return child
    return None


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


def _is_subject(tok: Token) -> bool:
    """Is the token (in an actor mention) the doer: active subject or passive agent?"""
    while tok.dep_ in _CLIMB and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in _SUBJECT_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent"


def _number(tok: Token) -> str | None:
    """A number token's value as a string ("three" -> "3", "2.2 million" -> "2200000")."""
    text = tok.text.lower().replace(",", "")
    if text in _SCALES:  # "million" on its own is folded into the number before it
        return None
    value: float | None
    if text in _WORD_NUMBERS:
        value = float(_WORD_NUMBERS[text])
    else:
        try:
            value = float(text.rstrip("%"))
        except ValueError:
            return None
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in _SCALES:
        value *= _SCALES[nxt.lower_]
    return f"{value:g}" if value < 1e6 else str(int(value))


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

_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME)


def _hash64(*parts: str | bytes) -> int:
    h = hashlib.blake2b(digest_size=8)
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\x1f")
    return struct.unpack("<q", h.digest())[0]


def keys(features: SentenceFeatures) -> list[int]:
    """The index keys of a sentence: its LSH bands and its structural keys."""
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_TEMPLATE.permutations)
    m.update_batch(s.encode("utf-8") for s in features.shingles())
    values = m.hashvalues.astype(np.uint32)
    out = [
        _hash64(b"band", bytes([b]), values[b * ROWS : (b + 1) * ROWS].tobytes())
        for b in range(BANDS)
    ]
    actors = "|".join(features.actors)
    if features.numbers:
        out.append(_hash64("actors+numbers", actors, "|".join(features.numbers)))
    if len(features.actors) >= 2:
        out.append(_hash64("actors", actors))
    return out


# -- the decision ---------------------------------------------------------------------


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def relation(a: SentenceFeatures, b: SentenceFeatures) -> str | None:
    """ "same" if two sentences make the same claim, "contradicts" if one denies or
    negates what the other asserts, else None."""
    actors_a, actors_b = set(a.actors), set(b.actors)
    shared_actors = actors_a & actors_b
    if not shared_actors:
        return None
    terms_a, terms_b = set(a.terms), set(b.terms)
    shared = terms_a & terms_b
    overlap = len(shared) / min(len(terms_a), len(terms_b))
    if a.polarity != b.polarity:
        # A denial shares the actors and the predicate's content, not the wording of
        # the frame; its numbers are often dropped ("denied moving any launchers").
        covered = actors_a <= actors_b or actors_b <= actors_a
        # A plain negation must negate the other's predicate ("would not be affected"
        # says nothing against "a fire broke out"); a denial names its own verb.
        negated = a if not a.polarity else b
        other = b if negated is a else a
        linked = negated.denial or (
            negated.predicate == other.predicate
            or negated.predicate in other.terms
            or other.predicate in negated.terms
        )
        if covered and linked and len(shared) >= 2 and overlap >= 0.5:
            return "contradicts"
        return None
    if a.numbers and b.numbers and a.numbers != b.numbers:
        return None
    if a.subjects and b.subjects and not set(a.subjects) & set(b.subjects):
        return None  # another actor doing it
    if _opposed(terms_a - terms_b, terms_b - terms_a):
        return None
    full = _jaccard(a.shingles(), b.shingles())
    wording = _jaccard(terms_a, terms_b)
    if (wording >= 0.6 or full >= 0.6) and _jaccard(actors_a, actors_b) >= 0.5:
        return "same"  # a relay or light rewording
    if not (actors_a <= actors_b or actors_b <= actors_a):
        return None  # a rewording may drop an actor, not swap one
    if a.predicate and b.predicate and a.predicate != b.predicate:
        if a.predicate not in terms_b and b.predicate not in terms_a:
            return None  # reworded claims keep their verb (or a synonym of it)
    if a.numbers and a.numbers == b.numbers:
        if len(shared) >= 2 and overlap >= 0.3:
            return "same"  # reworded around the same actors and numbers
        if len(shared_actors) >= 3 and shared:
            return "same"  # three actors and the numbers agree: reworded freely
    if (
        not a.numbers
        and not b.numbers
        and actors_a == actors_b
        and (len(actors_a) >= 2 or (a.subjects and a.subjects == b.subjects))
        and len(shared) >= 3
        and overlap >= 0.5
    ):
        return "same"  # reworded, no numbers to anchor it: more shared content
    return None


def _opposed(only_a: set[str], only_b: set[str]) -> bool:
    return any(OPPOSITES.get(t, set()) & only_b for t in only_a)


# -- storing and clustering ---------------------------------------------------------


def feature_row(article_id: str, f: SentenceFeatures) -> tuple:
    return (
        article_id, f.sent, f.start, f.end, " ".join(f.terms), " ".join(f.numbers),
        "|".join(f.actors), "|".join(f.subjects), f.predicate, f.negated, f.denial,
        f.attribution, f.source, f.source_kind, f.relay, f.relay_state_affiliated,
    )  # fmt: skip


def _from_row(row: Sequence) -> SentenceFeatures:
    (_, sent, start, end, terms, numbers, actors, subjects, predicate, negated,
     denial, attribution, source, kind, relay, state) = row  # fmt: skip
    return SentenceFeatures(
        sent, start, end, tuple(terms.split()), tuple(numbers.split()),
        tuple(a for a in actors.split("|") if a), tuple(s for s in subjects.split("|") if s),
        predicate, bool(negated), bool(denial), attribution, source, kind, relay,
        bool(state),
    )  # fmt: skip


def index_batch(
    write: ClaimsWrite, features: dict[str, list[SentenceFeatures]]
) -> None:
    """Store a just-written batch's claim sentences and keys, join its keys with every
    stored key (no pairwise scan), decide each candidate pair by `relation` and store
    the pairs found, all inside the caller's `claims_writing` transaction."""
    sentence_rows, key_rows = [], []
    new: dict[tuple[str, int], SentenceFeatures] = {}
    for article_id, found in features.items():
        for f in found:
            new[(article_id, f.sent)] = f
            sentence_rows.append(feature_row(article_id, f))
            key_rows += [(article_id, f.sent, k) for k in keys(f)]
    write.insert("claim_sentences", sentence_rows)
    if not key_rows:
        return
    candidates = write.rows(
        f"""WITH everything AS (SELECT article_id, sent, key FROM claim_keys
                                UNION ALL SELECT * FROM batch_keys),
           usable AS (SELECT key FROM everything
                      WHERE key IN (SELECT key FROM batch_keys)
                      GROUP BY key HAVING count(*) <= {MAX_BUCKET})
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
    for a_id, a_sent, b_id, b_sent in candidates:
        key = tuple(sorted([(a_id, a_sent), (b_id, b_sent)]))
        if key in seen:
            continue
        seen.add(key)
        a = new[(a_id, a_sent)]
        b = new.get((b_id, b_sent)) or stored.get((b_id, b_sent))
        if b is None:
            continue
        found = relation(a, b)
        if found:
            pair_rows.append((a_id, a_sent, b_id, b_sent, found))
    write.insert("claim_pairs", pair_rows)


def _key_table(rows: list[tuple]) -> pa.Table:
    """(article_id, sent, key) rows as an Arrow table DuckDB can join."""
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
) -> list[list[tuple[str, int]]]:
    """Claims from "same" pairs: connected sentences, one per copy group (the
    original's, else the earliest copy's), ordered by first appearance; claims
    that appear in one copy group only are dropped."""
    parent: dict[tuple, tuple] = {}

    def find(x: tuple) -> tuple:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a_id, a_sent, b_id, b_sent in pairs:
        if group_of.get(a_id, a_id) == group_of.get(b_id, b_id):
            continue
        ra, rb = find((a_id, a_sent)), find((b_id, b_sent))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
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


def claim_id(first: tuple[str, int]) -> str:
    """A stable id: the first appearance's article and sentence, hashed."""
    return hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:12]
