"""Hedging: words and phrases that soften a claim, and boosters that strengthen one.

The cues are data (`data/hedges.csv`); this module turns them into spaCy PhraseMatchers
and applies the context rules that tell a hedge from its look-alikes: "may" the month,
"could not" (inability), "appeared in court", "than expected", "an estimated 500".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from presswatch.nlp import rules
from presswatch.nlp.common import original_text, sentence_of_token
from presswatch.records import BOOSTER, HEDGE_CATEGORIES, Hedge

LEXICON = "hedges.csv"  # a rule file: see presswatch.nlp.rules
REPORTING = "reporting"
ADJECTIVE = "adjective"


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of the lexicon."""

    cue: str
    category: str
    pos: tuple[str, ...]
    rule: str


# A cue match that its rule accepted: token span and category.
Found = tuple[int, int, str]
Rule = Callable[[Token, Cue], Found | None]

_matchers: dict[tuple[str, int], tuple[Vocab, tuple[PhraseMatcher, ...]]] = {}


def lexicon(path: Path | str | None = None) -> tuple[Cue, ...]:
    """The cue rows of a lexicon file (default hedges.csv of the rule data)."""
    return rules.parsed(path or LEXICON, _lexicon)


def _lexicon(file: rules.RuleFile) -> tuple[Cue, ...]:
    cues = []
    for line, row in rules.read_table(file).records():
        cue = Cue(
            cue=row["cue"].strip().lower(),
            category=row["category"].strip(),
            pos=tuple(p for p in row["pos"].strip().split("|") if p),
            rule=row["rule"].strip(),
        )
        if cue.category not in (*HEDGE_CATEGORIES, BOOSTER):
            raise rules.RuleFileError(
                file.path, f"unknown category {cue.category!r}", line
            )
        if cue.rule and cue.rule not in _RULES:
            raise rules.RuleFileError(file.path, f"unknown rule {cue.rule!r}", line)
        cues.append(cue)
    return tuple(cues)


def _matchers_for(vocab: Vocab, file: rules.RuleFile) -> tuple[PhraseMatcher, ...]:
    """Phrase matchers over lemmas and lower-case forms, keyed by cue text; built once
    per vocab and lexicon content. Lemmas catch inflections ("remains to be seen");
    lower case catches words the lemmatizer leaves alone or maps elsewhere
    ("alleged")."""
    key = (file.digest, id(vocab))
    if key not in _matchers:
        by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        by_lower = PhraseMatcher(vocab, attr="LOWER")
        for text in rules.built(file, _cues_by_text):
            words = text.split()
            by_lemma.add(text, [Doc(vocab, words=words, lemmas=words)])
            by_lower.add(text, [Doc(vocab, words=words)])
        _matchers[key] = (vocab, (by_lemma, by_lower))
    return _matchers[key][1]


def _cues_by_text(file: rules.RuleFile) -> dict[str, list[tuple[int, Cue]]]:
    """The lexicon rows (index, cue) of each cue text, in lexicon order."""
    rows: dict[str, list[tuple[int, Cue]]] = {}
    for i, cue in enumerate(rules.built(file, _lexicon)):
        rows.setdefault(cue.cue, []).append((i, cue))
    return rows


def hedges(doc: Doc, path: Path | str = LEXICON) -> list[Hedge]:
    """Hedge and booster cues in document order; overlapping cues keep the longest
    (the lexicon is hedges.csv of the rule data unless `path` names another)."""
    return resolved(doc, candidates(doc, path))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A lexicon match: the lexicon row (its index in `lexicon`), the span and category
    its context rule accepts (None if it rejects the match) and those the row would give
    without its rule (None if its part of speech rules it out)."""

    row: int
    found: Found | None
    unruled: Found | None


def candidates(doc: Doc, path: Path | str = LEXICON) -> list[list[Candidate]]:
    """Every lexicon match in `doc`, one list per matched phrase with a candidate per
    lexicon row of that phrase, in lexicon order. `hedges` keeps, per phrase, the first
    row its rule accepts; evaluation can switch rows or rules off (`resolved`)."""
    file = rules.read(path)
    rows = rules.built(file, _cues_by_text)
    strings = doc.vocab.strings
    seen: set[tuple[int, int, int]] = set()
    out: list[list[Candidate]] = []
    for matcher in _matchers_for(doc.vocab, file):
        for match_id, start, end in matcher(doc):
            if (match_id, start, end) in seen:
                continue  # matched by lemma and by lower case
            seen.add((match_id, start, end))
            out.append(
                [
                    Candidate(
                        i,
                        _accept(doc, start, end, cue),
                        _accept(doc, start, end, cue, False),
                    )
                    for i, cue in rows[strings[match_id]]
                ]
            )
    return out


def chosen(
    matches: list[list[Candidate]],
    choose: Callable[[Candidate], Found | None] = lambda c: c.found,
) -> list[Found]:
    """The cues (token spans) made of the candidates of each match: per match the first
    row `choose` gives a span for (by default the first its rule accepts); overlapping
    cues keep the longest, so "almost certainly" wins over the booster "certainly"."""
    found: dict[tuple[int, int], str] = {}
    for group in matches:
        for candidate in group:
            hit = choose(candidate)
            if hit is not None:
                found.setdefault((hit[0], hit[1]), hit[2])
                break
    out: list[Found] = []
    taken: set[int] = set()
    for (start, end), category in sorted(
        found.items(), key=lambda x: x[0][0] - x[0][1]
    ):
        if not taken.intersection(range(start, end)):
            taken.update(range(start, end))
            out.append((start, end, category))
    return sorted(out)


def resolved(doc: Doc, matches: list[list[Candidate]]) -> list[Hedge]:
    """The Hedge records of the cues `chosen` from the candidates, in document order."""
    cues = chosen(matches)
    if not cues:
        return []
    sent_of = sentence_of_token(doc)
    written = original_text(doc)  # "is thought\nto": the line break as written
    spans = ((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, c) for s, e, c in cues)
    return [
        Hedge(start, end, written[start:end], category, sent_of[first])
        for start, end, first, category in spans
    ]


def _accept(
    doc: Doc, start: int, end: int, cue: Cue, ruled: bool = True
) -> Found | None:
    """The span and category of a lexicon match if its POS and context rule allow it
    (its POS only, if not `ruled`)."""
    token = doc[start]
    if end - start == 1 and cue.pos and token.pos_ not in cue.pos:
        return None
    if not cue.rule or not ruled:
        return start, end, cue.category
    found = _RULES[cue.rule](token, cue)
    if found is not None and _status_participle(token):
        return token.i, token.i + 1, ADJECTIVE  # the one cue of "presumed dead"
    if found is None or end - start == 1:
        return found
    return start, end, found[2]


# Belief verbs whose passive with a predicate reports a state nobody has confirmed,
# as an adjective would ("presumed dead", "is believed lost", "were thought missing",
# "feared drowned"). "Considered (a threat, dangerous)" is an opinion and keeps its
# verb's category; "rumoured ill" its reporting one.
_STATUS_VERBS = frozenset({"presume", "believe", "think", "fear", "assume"})
_STATE_TAGS = frozenset({"JJ", "VBN", "VBG"})  # dead, lost, missing


def _status_participle(token: Token) -> bool:
    """A passive participle of a belief verb predicating a state of its subject, with
    no "to" ("are presumed dead", "a sailor believed drowned"), which reads as an
    adjective; not "is believed to have drowned" (reporting distance), nor the active
    "officials thought the bridge unsafe"."""
    if token.tag_ != "VBN" or token.lemma_.lower() not in _STATUS_VERBS:
        return False
    if not (_passive(token) or token.dep_ == "acl"):
        return False
    return any(
        c.dep_ in ("oprd", "acomp", "xcomp")
        and c.tag_ in _STATE_TAGS
        and not any(g.dep_ in ("aux", "nsubj", "mark") for g in c.children)
        for c in token.children
    )


def _found(token: Token, cue: Cue) -> Found:
    return token.i, token.i + 1, cue.category


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _has_clause(token: Token) -> bool:
    """A verb with a clausal complement: "thinks (that) ...", "expected to ..."."""
    return any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in token.children)


def _passive_raising(token: Token) -> Found | None:
    """ "X is said to ...", "it is believed that ...": the span from the auxiliary."""
    if not _passive(token):
        return None
    kids = list(token.children)
    it_subject = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids)
    to_clause = any(c.dep_ == "xcomp" for c in kids)
    if not (to_clause or (it_subject and any(c.dep_ == "ccomp" for c in kids))):
        return None
    start = min((c.i for c in kids if c.dep_ == "auxpass"), default=token.i)
    if it_subject:
        start = min(start, next(c.i for c in kids if c.dep_ == "nsubjpass"))
    end = token.i + 1
    doc = token.doc
    if to_clause and end < len(doc) and doc[end].lower_ == "to":
        end += 1
    return start, end, REPORTING


def _rule_passive_raising(token: Token, cue: Cue) -> Found | None:
    return _passive_raising(token)


def _rule_belief(token: Token, cue: Cue) -> Found | None:
    """believe, think: "is believed to" is reporting distance, "I think" a hedge."""
    raised = _passive_raising(token)
    if raised:
        return raised
    kids = list(token.children)
    if any(c.dep_ == "prt" for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i == token.i + 1 for c in kids
    ):
        return None  # "thought out", "believe in God"
    if token.lemma_ == "believe" and not _has_clause(token):
        if any(c.dep_ == "dobj" for c in kids):
            return None  # "did not believe his father": trust, not a guess
    if token.lemma_ == "think" and not (
        _has_clause(token)
        or token.dep_ == "parataxis"  # "..., I think, ..."
        or any(c.lower_ in ("so", "i", "we") for c in token.children)
        or _as_complement(token)  # "thought of as"
    ):
        return None  # "think about", "thought out"
    return _found(token, cue)


_MONTH_CONTEXT = {"in", "since", "by", "until", "till", "last", "next", "early", "late",
                  "mid", "of", "on", "from", "through", "this", "during", "before",
                  "after"}  # fmt: skip
_INABILITY = {"could", "can"}
_CONDITION = {"if", "unless"}
_CONDITIONAL = {"could"}  # "may"/"might" with an if-clause still weigh a chance
_PERCEPTION = {"see", "hear", "spot", "observe", "smell"}
_MODAL_HEAD_TAGS = {"VB", "VBN", "VBG", "JJ", "IN", "RB", "NN"}


def _rule_modal(token: Token, cue: Cue) -> Found | None:
    """Epistemic may/might/could, not a month, a name, a noun or an inability."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    capital = token.text[0].isupper()
    if (
        capital
        and prev is not None
        and (prev.pos_ == "PROPN" or prev.lower_ in _MONTH_CONTEXT)
    ):
        return None  # "Theresa May", "in May"
    if capital and nxt is not None and (nxt.like_num or nxt.is_punct):
        return None  # "May 5", "May."
    if prev is not None and prev.tag_ in ("DT", "JJ", "PRP$") and prev.dep_ != "nsubj":
        return None  # "the might of", "military might"
    verb = token.head
    if verb.i < token.i or verb.tag_ not in _MODAL_HEAD_TAGS:
        return None  # a modal governs a verb after it
    if verb.tag_ in ("VBN", "VBG") and not any(
        c.tag_ == "VB" for c in verb.children if token.i < c.i < verb.i
    ):
        return None  # "military might grew": no base-form verb after it
    if token.lower_ in _INABILITY and (
        _negated(verb) or (nxt is not None and nxt.lower_ in ("not", "n't", "never"))
    ):
        return None  # "could not", "couldn't": inability
    if token.lower_ in _INABILITY and _negative_subject(verb):
        return None  # "nobody could explain", "no survivors could be found": inability
    if token.lower_ in _INABILITY and any(
        c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children
    ):
        return None  # "no indication of how the dispute could be settled": the means
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in verb.children):
        return None  # "if it could": a condition, not a hedge
    if _in_proviso(token):
        return None  # "provided the border could be secured": a condition too
    if token.lower_ in _CONDITIONAL and (_has_condition(verb) or _has_proviso(verb)):
        return None  # "he could face prison if convicted": a condition's consequence
    if _perfect(token, verb) and _has_condition(verb):
        return None  # "might have been saved if ...": a counterfactual, not a chance
    if token.lower_ == "could" and (
        any(c.lower_ in ("only", "so") for c in verb.children if c.i < verb.i)
        or any(
            c.dep_ == "mark"
            and c.lower_ == "that"
            and c.i > 0
            and doc[c.i - 1].lower_ == "so"
            for c in verb.children
        )
    ):
        return None  # "could only be visited", "so that he could": permission, purpose
    if verb.lemma_ in _PERCEPTION and _passive(verb):
        return None  # "could be seen from the coast": what was visible
    if token.lower_ == "could" and _past_ability(token, verb):
        return None  # "a forum where people could buy tools": what they were able to do
    if token.lower_ == "may" and _permission(verb):
        return None  # "visitors may not bring dogs": a rule, not a chance
    return _found(token, cue)


# Those whom a rule or a notice addresses: "visitors may not bring dogs", "no passenger
# may board", "you may not park here" (the notice's reader).
_ADDRESSEES = frozenset(
    {"visitor", "passenger", "guest", "customer", "member", "staff", "employee",
     "student", "pupil", "public", "driver", "motorist", "cyclist", "spectator",
     "tenant", "user", "applicant", "candidate", "participant", "entrant", "attendee",
     "holder", "you", "anyone", "anybody", "everyone", "one", "nobody"}
)  # fmt: skip
# Verbs of what happens to someone rather than what they do: "customers may not notice",
# "you may find", "residents may face": a chance even with an addressee as subject.
_UNDERGONE = frozenset(
    {"be", "have", "get", "become", "remain", "seem", "appear", "look", "face", "see",
     "notice", "find", "hear", "feel", "know", "understand", "realise", "realize",
     "remember", "forget", "recall", "need", "want", "wish", "like", "prefer", "hope",
     "expect", "think", "believe", "wonder", "worry", "fear", "experience", "suffer",
     "encounter", "lose", "receive", "miss", "struggle", "fail", "succeed", "win",
     "benefit", "qualify", "die", "fall", "end", "mind"}
)  # fmt: skip


def _permission(verb: Token) -> bool:
    """The "may" of a rule's prohibition rather than chance: an addressee who acts
    ("visitors", "passengers", "the public", "you") as the subject of an agentive verb,
    negated ("may not enter") or with a negative subject ("no visitor may bring").
    "Analysts may not agree", "passengers may not receive", "the bridge may not be
    safe" and "staff may not have known" stay hedges; so does a permission granted
    ("you may leave"), which reads as a chance as often ("you may groan at the
    ending", "you may guess"), and annotators of reviews mark both."""
    if verb.lemma_.lower() in _UNDERGONE or _passive(verb) or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False  # "may not have known": a perfect weighs what happened
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _addressee(subject):
        return False
    return _negated(verb) or _negative_subject(verb)


def _addressee(noun: Token) -> bool:
    """Those a rule addresses, with no determiner or a general one ("visitors", "the
    public", "ticket holders", "no passenger"), or "you"; not "the visitors" of one
    story told ("the visitors may not leave" weighs a chance)."""
    if noun.lemma_.lower() not in _ADDRESSEES and noun.lower_ not in _ADDRESSEES:
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if noun.lemma_.lower() == "public":
        return dets <= {"the", "members"}
    return dets <= {"no", "all", "any", "every", "each"}


_NEGATIVE_WORDS = frozenset({"no", "nobody", "nothing", "neither", "none"})


def _negative_subject(verb: Token) -> bool:
    """The verb's subject is negative ("nobody", "no one", "no survivors", "nothing",
    "neither side"): the negation of "could not" sits on the subject. A negative
    object is not enough: "the strike could leave no flights operating" predicts."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (
            c.lower_ in _NEGATIVE_WORDS
            or any(d.dep_ == "det" and d.lower_ in _NEGATIVE_WORDS for d in c.children)
        )
        for c in verb.children
    )


# Conjunctions of a proviso, which the parser hangs anywhere ("provided" as a
# preposition, a participle, a clausal subject): read by words, not by arcs.
_PROVISO = frozenset({"provided", "providing"})


def _in_proviso(modal: Token) -> bool:
    """The modal is in a clause opened by "provided (that)" or "providing": "was
    willing to withdraw provided its frontier could be secured". Looked for among
    the few words before the modal, up to a verb or a punctuation mark."""
    doc = modal.doc
    for i in range(modal.i - 1, max(modal.sent.start, modal.i - 8) - 1, -1):
        word = doc[i]
        if _proviso(word):
            return True
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            return False
    return False


def _has_proviso(verb: Token) -> bool:
    """The verb's clause has a proviso after it: "could go ahead provided that the
    regulators approve it", "providing the weather holds, the launch could take
    place", "could resume as long as (so long as) both sides keep the ceasefire"."""
    for c in verb.children:
        if _proviso(c) or (c.dep_ == "advcl" and any(map(_proviso, c.lefts))):
            return True
        if c.lower_ == "long" and c.i > 0 and c.i + 1 < len(c.doc):
            before, after = c.doc[c.i - 1], c.doc[c.i + 1]
            if before.lower_ in ("as", "so") and after.lower_ == "as":
                return after.dep_ == "mark"  # not "could last as long as a week"
    return False


def _proviso(word: Token) -> bool:
    """ "provided", "providing" as a conjunction, not the verb of "the firm provided
    loans" (a subject or an object of its own) or of "aid provided by the charity"."""
    return (
        word.lower_ in _PROVISO
        and word.dep_ not in ("ROOT", "acl", "relcl", "amod")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in word.children
        )
    )


def _past_ability(modal: Token, verb: Token) -> bool:
    """ "could" as the past of "can" in a story told in the past: in a relative or
    adverbial clause of a past-tense clause, with people doing something as its
    subject ("a forum by which people could buy tools", "the only decision they could
    make", "he died before she could ask him", "where he could see the works"). Not
    a thing's chance ("a deal which could save the airline", "rules that could lead to
    closures"), a "be" ("someone who could be charming"), a passive, a perfect ("could
    have"), nor a that-clause of a noun ("hope that Sanders could win"), which weigh a
    chance; nor a present clause ("flaws that could delay"). A prospect in the past
    reads alike and loses its cue ("hired a coach who could revive the club")."""
    if verb.dep_ not in ("relcl", "advcl") or _perfect(modal, verb):
        return False
    if verb.lemma_ == "be" or _passive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in ("who", "that", "which", "whom") and verb.dep_ == "relcl":
        subject = verb.head  # "someone who could crawl"
    return _people(subject) and _past(_governing_verb(verb))


def _governing_verb(clause: Token) -> Token:
    """The verb of the clause that a relative or adverbial clause hangs on."""
    head = clause.head
    for _ in range(8):
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    return head


def _past(verb: Token) -> bool:
    """A past-tense verb, or one with a past auxiliary ("was built", "had left")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _perfect(modal: Token, verb: Token) -> bool:
    """The modal takes a perfect: "might have been saved", "could have won"."""
    return any(
        c.dep_ == "aux" and c.lower_ == "have" and modal.i < c.i < verb.i
        for c in verb.children
    )


def _has_condition(verb: Token) -> bool:
    """A clause of the verb opens with "if" or "unless": "... could fall through if
    financing problems develop", "If he were convicted, he could face ..."."""
    return any(
        c.dep_ == "advcl"
        and any(g.dep_ == "mark" and g.lower_ in _CONDITION for g in c.children)
        for c in verb.children
    )


_PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who"}


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSON_PRONOUNS


def _rule_should(token: Token, cue: Cue) -> Found | None:
    """Epistemic "should" (the restructuring should help), not advice or obligation
    (he should resign, the sites should be opened)."""
    found = _rule_modal(token, cue)
    if found is None:
        return None
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":  # "rewards shareholders and should help"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].i > token.i:
        return None  # "should he survive": a condition
    if subjects and (
        _people(subjects[0]) or subjects[0].lower_ in ("one", "nobody", "everyone")
    ):
        return None  # people are told what they should do ("the judge should vote")
    if verb.lemma_ == "be" or _passive(verb):
        return None  # "should be removed", "should be off limits": a norm
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _MANDATIVE:
        return None  # "decided that the paper should close": what is wanted
    return found


# Verbs and adjectives of wanting, deciding and urging, whose that-clause says what
# should be done, not what is expected: "recommends that the program should start",
# "were concerned that the country should not lose the war". Verbs of saying and
# showing ("said the move should help", "indicated that profits should rise") weigh
# an outcome and keep the hedge.
_MANDATIVE = frozenset(
    {"decide", "recommend", "suggest", "advocate", "argue", "urge", "insist",
     "demand", "propose", "require", "ask", "order", "agree", "stipulate", "rule",
     "concern", "concerned", "determined", "anxious", "keen", "resolve", "vote",
     "prefer", "want", "wish", "intend", "plead", "petition", "move"}
)  # fmt: skip


# What shows rather than proposes: "the data suggested that voters favour ..." keeps its
# present tense as an ongoing finding, where "doctors suggested that patients stay" is
# a proposal in the subjunctive.
_EVIDENCE = {"data", "datum", "evidence", "study", "research", "poll", "survey",
             "figure", "result", "finding", "report", "analysis", "sign", "test",
             "record", "document", "model", "trend", "number", "statistic"}  # fmt: skip
_THIRD_SINGULAR = {"NN", "NNP"}


def _subjunctive(suggest: Token, clause: Token) -> bool:
    """The that-clause of "suggest" is in the mandative subjunctive, a proposal: a bare
    verb with no modal ("that he resign", "that the talks be delayed"), or, after a
    past "suggested" from someone rather than from evidence, a present verb where
    reported speech would shift it to the past ("suggested that patients stay")."""
    if any(c.dep_ == "aux" for c in clause.children):
        return False  # "that prices could rise", "that he has resigned"
    bare = next(
        (c for c in clause.children if c.dep_ == "auxpass" and c.tag_ == "VB"), clause
    )
    if bare.tag_ not in ("VB", "VBP"):
        return False
    subject = next(
        (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subject is None:
        return False
    if bare.tag_ == "VB" or subject.tag_ in _THIRD_SINGULAR or subject.lower_ in (
        "he", "she", "it"
    ):  # fmt: skip
        return True
    proposer = next((c for c in suggest.children if c.dep_ == "nsubj"), None)
    return (
        suggest.tag_ == "VBD"
        and proposer is not None
        and proposer.lemma_.lower() not in _EVIDENCE
    )


def _rule_suggest(token: Token, cue: Cue) -> Found | None:
    """ "evidence suggests", "suggested that"; not "he suggested a meeting", nor a
    proposal in the subjunctive ("suggested that patients stay indoors")."""
    kids = list(token.children)
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is not None and _marks(clause) <= {"that"} and _subjunctive(token, clause):
        return None
    if clause is not None or _passive(token):
        return _found(token, cue)
    if any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in kids):
        return None  # "suggested meeting later"
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is not None and _person(subject):
        return None  # a person proposing something
    return _found(token, cue)


_SHOW_UP = {"in", "on", "at", "before", "alongside", "onstage", "outside"}


def _rule_appear(token: Token, cue: Cue) -> Found | None:
    """ "appears to be", "appeared confident"; not "appeared in court", "appeared on
    television to defend the plan" (showed up)."""
    kids = list(token.children)
    if any(c.dep_ in ("ccomp", "acomp", "attr", "oprd") for c in kids):
        return _found(token, cue)
    if any(c.dep_ == "prep" and c.lower_ in _SHOW_UP for c in kids):
        return None
    if any(c.dep_ == "xcomp" for c in kids):
        return _found(token, cue)
    return None


def _rule_would_seem(token: Token, cue: Cue) -> Found | None:
    """The "would" of "would seem to", "would appear to" (a hedge of its own, as
    FactBank marks it); no other "would", nor "would appear in court" (showed up) or
    "would seem odd if ..." (a condition's consequence)."""
    verb = token.head
    if token.dep_ != "aux" or verb.i <= token.i or verb.lemma_ not in ("seem", "appear"):
        return None
    if _has_condition(verb) or _negated(verb):
        return None
    if verb.lemma_ == "appear" and _rule_appear(verb, cue) is None:
        return None
    return _found(token, cue)


def _marks(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "mark"}


def _clauses(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("advcl", "ccomp")]


def _rule_looks_like(token: Token, cue: Cue) -> Found | None:
    """ "it looks like the deal will fail", "looks as if"; not "looks like a fortress"
    (an appearance) nor "looks cheap if you ...": a clause opened by "like" or
    "as if" / "as though"."""
    for clause in _clauses(token):
        marks = _marks(clause)
        if "like" in marks or ("as" in marks and marks & {"if", "though"}):
            return _found(token, cue)
    return None


def _rule_wonder(token: Token, cue: Cue) -> Found | None:
    """ "wonders whether the target is at risk", "wondered if"; not "wondered why"
    (a question asked, not a doubt about a claim)."""
    if any(_marks(clause) & {"whether", "if"} for clause in _clauses(token)):
        return _found(token, cue)
    return None


def _rule_expect(token: Token, cue: Cue) -> Found | None:
    """ "is expected to"; not "than expected", "as expected", "the expected gain"."""
    if token.dep_ == "amod":
        return None
    doc = token.doc
    near = {doc[i].lower_ for i in range(max(0, token.i - 3), token.i)}
    if "than" in near or (token.i > 0 and doc[token.i - 1].lower_ == "as"):
        return None
    if any(c.lower_ in ("than", "as") and c.dep_ == "mark" for c in token.children):
        return None
    return _found(token, cue)


def _rule_clause(token: Token, cue: Cue) -> Found | None:
    """Cues that hedge only with a clause: "estimated that", "is estimated to",
    "fears that the dam could burst"."""
    if _has_clause(token) or (token.pos_ == "NOUN" and _that_clause(token)):
        return _found(token, cue)
    return None


def _that_clause(noun: Token) -> bool:
    """A that-clause complementing the noun: "fears that ...", "concerns that shares
    will fall" (parsed as a relative clause, but its "that" is a complementiser, not
    the relative pronoun of "the concerns that he raised")."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
            return True
        if c.dep_ == "relcl" and any(
            g.lower_ == "that" and g.dep_ == "mark" for g in c.children
        ):
            return True
    return False


def _rule_proposition_noun(token: Token, cue: Cue) -> Found | None:
    """A noun of proposing that hedges what it proposes: a that-clause ("the suggestion
    that the talks had stalled") or an "of"-proposition ("suggestions of foul play",
    "of checking the pumps"); not a thing ("a suggestion box", "the suggestions page"),
    nor one made by someone ("at the suggestion of the mayor", "of his lawyer")."""
    if _rule_clause(token, cue):
        return _found(token, cue)
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return None  # "at the suggestion of": on someone's proposal
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(_proposer(g) for g in of.children if g.dep_ == "pobj"):
            return None
        if any(g.dep_ in ("pobj", "pcomp") for g in of.children):
            return _found(token, cue)
    return None


def _proposer(noun: Token) -> bool:
    """Someone who proposes: a person, a name or an organisation ("of Senator Voss",
    "of the ministry"), or a common noun of people or of a body of them (`_people`:
    "of the inspectors", "of his lawyer", "of the committee", "of historians")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "NORP"):
        return True
    return _people(noun)


def _people(noun: Token) -> bool:
    """A person or people: a PERSON entity, a personal pronoun, or a common noun of
    people or of a body of them, by its ending ("economists", "historians") or as one
    of `PEOPLE_NOUNS` ("inspectors", "travellers", "the committee"); not a thing or a
    proposition, though many end alike ("murder", "an error", "disorder": hence no
    "-er", "-or" suffix test, nor "-ent", "-ant": "an agreement", "a restaurant")."""
    if _person(noun):
        return True
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_NOUNS or (len(lemma) > 5 and lemma.endswith(("ist", "ian")))


# Common nouns of people, and of the bodies they sit on: "the suggestions of the
# inspectors", "of his lawyers", "of the panel"; "where travellers could rest".
# Written for hedging (the attribution lexicons' person test ends in "-er" and "-or",
# which propositions and things share: murder, error, disorder, computer).
PEOPLE_NOUNS = frozenset(
    {"inspector", "investigator", "auditor", "regulator", "adviser", "advisor",
     "lawyer", "attorney", "counsel", "doctor", "nurse", "engineer", "expert",
     "official", "officer", "minister", "director", "manager", "owner", "member",
     "leader", "author", "editor", "reader", "viewer", "voter", "worker", "employee",
     "staff", "resident", "parent", "teacher", "student", "colleague", "partner",
     "friend", "critic", "supporter", "opponent", "delegate", "negotiator",
     "mediator", "consultant", "researcher", "scientist", "analyst", "assistant",
     "agent", "participant", "applicant", "president", "chairman", "spokesman",
     "committee", "panel", "board", "council", "commission", "jury", "court",
     "judge", "coach", "fan", "customer", "government", "ministry", "authority",
     "agency", "union", "party", "group", "people", "person", "man", "woman", "guy",
     "child", "someone", "anyone", "everyone", "traveller", "traveler", "passenger",
     "visitor", "citizen", "farmer", "soldier", "villager", "family", "reporter"}
)  # fmt: skip


def _rule_doubt(token: Token, cue: Cue) -> Found | None:
    """ "doubts about the plan", "doubt that it works"; "no one should doubt" and
    "little doubt" assert instead, and so does a doubt ruled out by "beyond" or
    "without" with words between ("beyond reasonable doubt", "without any doubt",
    "beyond a shadow of a doubt": a standard of proof or a certainty)."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in ("no", "without", "beyond", "little"):
        return None
    if token.pos_ == "NOUN" and _ruled_out(token):
        return None
    if _negated(token) or any(
        c.dep_ == "nsubj" and c.lower_ in ("one", "nobody") for c in token.children
    ):
        return None
    return _found(token, cue)


_RULING_OUT = frozenset({"beyond", "without"})


def _ruled_out(noun: Token) -> bool:
    """The noun is the object of "beyond" or "without", directly or through "of" ("a
    shadow of a doubt"), or has "no" as its determiner ("no reasonable doubt")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    for _ in range(3):
        head = noun.head
        if noun.dep_ != "pobj" or head is noun:
            return False
        if head.lower_ in _RULING_OUT:
            return True
        if head.lower_ != "of":
            return False
        noun = head.head
    return False


def _rule_consider(token: Token, cue: Cue) -> Found | None:
    """ "is considered (to be) a threat", "considers it likely"; not "considering a
    bid", "was considered for the role"."""
    kids = list(token.children)
    if any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in kids):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "attr", "acomp") for c in kids):
        return _found(token, cue)
    if _as_complement(token) or (_passive(token) and _opinion_agent(token)):
        return _found(token, cue)  # "considered as", "considered by many (to be)"
    return None


def _as_complement(token: Token) -> bool:
    """ "seen as", "regarded by some as", "thought of as"; an "as" after the verb:
    one before it opens a clause of comparison ("as seen in the film", "as we have
    seen", "as the eye sees it"), which refers to what was seen, not an opinion."""
    for c in token.children:
        if c.lower_ == "as" and c.dep_ in ("prep", "mark", "advmod") and c.i > token.i:
            return True
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "of"):
            if any(g.lower_ == "as" and g.dep_ == "prep" for g in c.subtree):
                return True
    return False


def _opinion_agent(token: Token) -> bool:
    """ "by some", "by many", "by critics": an opinion attributed to a vague group."""
    return any(c.dep_ == "agent" for c in token.children)


def _rule_as_complement(token: Token, cue: Cue) -> Found | None:
    """ "seen as", "regarded as", "viewed as"."""
    return _found(token, cue) if _as_complement(token) else None


def _rule_possible(token: Token, cue: Cue) -> Found | None:
    """ "a possible attack", "it is possible that"; not "as soon as possible"."""
    doc = token.doc
    before = [doc[i].lower_ for i in range(max(0, token.i - 3), token.i)]
    if "as" in before or token.head.lemma_ in ("make", "render"):
        return None
    if before and before[-1] in ("all", "every", "any", "only"):
        return None  # "all possible remedies": every option, not a likelihood
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if any(c.dep_ == "xcomp" for c in (*token.children, *token.head.children)) or (
        nxt is not None and nxt.lower_ in ("to", "for")
    ):
        return None  # "possible to buy", "possible for players to": ability
    if before and doc[token.i - 1].tag_ in ("JJS", "RBS"):
        return None  # "the best possible"
    if before and before[-1] in ("maximum", "minimum"):
        return None  # "the maximum possible energy": a limit, as "the best possible"
    if token.dep_ == "amod" and token.i > token.head.i and any(
        c.tag_ in ("JJS", "RBS") for c in token.head.children if c.i < token.head.i
    ):
        return None  # "the best score possible"
    if token.dep_ == "acomp" and (_negated(token.head) or _negative_subject(token.head)):
        return None  # "boarding is not possible", "no comparison is possible": ruled out
    return _found(token, cue)


def _rule_potential_noun(token: Token, cue: Cue) -> Found | None:
    """The noun as a possibility ("the potential for escalation", "potential to
    destabilise"), not a capacity ("growth potential", "has potential")."""
    for c in token.children:
        if (c.dep_ == "prep" and c.lower_ == "for") or c.dep_ in ("acl", "relcl"):
            return _found(token, cue)
    return None


def _rule_attributive(token: Token, cue: Cue) -> Found | None:
    """Adjectives that hedge the noun they modify: "the alleged plot"."""
    return _found(token, cue) if token.dep_ in ("amod", "compound") else None


def _rule_not_attributive(token: Token, cue: Cue) -> Found | None:
    """The verb use ("alleged that", "is alleged to"); the attributive use is the
    adjective's cue."""
    return None if token.dep_ in ("amod", "compound") else _rule_raised(token, cue)


def _rule_raised(token: Token, cue: Cue) -> Found | None:
    """A verb whose passive with "to" or "it ... that" distances a claim as "is said
    to" does: "is alleged to have", "was rumoured to", "it is alleged that" (the span
    from the auxiliary, reporting); otherwise the word itself ("rumours swirled")."""
    return _passive_raising(token) or _found(token, cue)


# Modals under which a booster's verb is asked for or weighed, not asserted: "must
# prove that he knew", "would confirm"; "can confirm that" is an assertion.
_UNASSERTED = {"must", "should", "would", "could", "may", "might", "ought"}


def _rule_not_negated(token: Token, cue: Cue) -> Found | None:
    """A booster only if asserted: not "could not confirm", "declined to confirm",
    "must prove that"."""
    if _negated(token) or any(c.lower_ == "neither" for c in token.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _UNASSERTED for c in token.children):
        return None  # "the prosecutor must prove that", "would confirm"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "declined to confirm", "has yet to prove": not asserted
    if _in_condition(token):
        return None  # "the merger, if confirmed, would ...", "unless proven"
    if token.dep_ in ("conj",) and _negated(token.head):
        return None
    return _found(token, cue)


# Conjunctions whose clause states what is not (yet) the case: "if confirmed",
# "unless proven", "once verified" (a reduced clause with no subject is one too).
_UNMET = _CONDITION | {"once"}
# Dependencies that head a clause: the search for the conjunction stops at one.
_CLAUSE_HEADS = frozenset(
    {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "parataxis", "csubj"}
)


def _in_condition(token: Token) -> bool:
    """The token's own clause opens with "if", "unless" or "once": what it says is a
    condition, not asserted. A condition inside the token's complement ("confirmed
    that the deal, if approved, would ...") does not count; nor the adverb "once" of a
    main clause ("he once confirmed"), though a reduced adverbial clause parses its
    "once" as an adverb too ("once confirmed, ...")."""
    clause = token
    while clause.dep_ not in _CLAUSE_HEADS and clause.head is not clause:
        clause = clause.head
    opener = ("mark", "advmod") if clause.dep_ == "advcl" else ("mark",)
    return any(
        c.dep_ in opener and c.lower_ in _UNMET and c.i < clause.i
        for c in clause.children
    )


def _rule_not_manner(token: Token, cue: Cue) -> Found | None:
    """ "clearly" of certainty ("is clearly wrong", "clearly, the plan failed", "the
    report clearly shows"), not of manner on an attributive participle or adjective:
    "clearly stated terms", "a clearly visible scar" say how the terms were put or how
    well the scar shows, and assert nothing of the writer's."""
    head = token.head
    attributive = head.dep_ in ("amod", "compound") and head.i > token.i
    if token.dep_ == "advmod" and attributive:
        return None
    return _found(token, cue)


def _rule_prove(token: Token, cue: Cue) -> Found | None:
    """ "proved that", "was proven"; not the linking verb "proved controversial"."""
    linking = any(c.dep_ in ("acomp", "attr", "oprd", "xcomp") for c in token.children)
    if linking and not _passive(token):
        return None
    return _rule_not_negated(token, cue)


def _rule_predicative(token: Token, cue: Cue) -> Found | None:
    """ "it is clear that", "he is certain"; not "certain areas". Negated, a booster
    adjective is a hedge: "it is not yet clear whether", "not certain", "far from
    clear" (the one-word span; "not clear" is also a phrase of the lexicon); so is
    one toned down: "almost certain", "fairly clear" (a probability short of
    certainty, as Szeged types "almost certain"; the span from the downtoner)."""
    doc = token.doc
    far_from = token.i > 1 and [t.lower_ for t in doc[token.i - 2 : token.i]] == [
        "far",
        "from",
    ]
    if token.dep_ in ("amod", "compound") and not far_from:
        return None
    if _unobstructed(token):
        return None
    if cue.category == BOOSTER and (far_from or _denied(token)):
        return token.i, token.i + 1, _NEGATED_BOOSTER
    toned = [c for c in token.lefts if c.dep_ == "advmod" and c.lower_ in DOWNTONERS]
    if cue.category == BOOSTER and toned:
        return toned[0].i, token.i + 1, _NEGATED_BOOSTER
    if _negated(token) or _negated(token.head):
        return None
    return _found(token, cue)


# "clear" of a place or a way, not of knowledge: "skies will be clear over the coast",
# "the road was not clear of snow", "the runway is clear for take-off". Neither a
# booster nor, negated, a hedge; "the way forward is not clear" stays a hedge.
_PLACE_PREPOSITIONS = frozenset(
    {"over", "above", "across", "along", "around", "through", "throughout", "of",
     "for", "near", "below", "beneath", "under"}
)  # fmt: skip
_CLEARED_THINGS = frozenset(
    {"sky", "skies", "road", "runway", "lane", "airspace", "weather", "water",
     "coast", "street", "motorway", "highway", "pitch"}
)  # fmt: skip


def _unobstructed(token: Token) -> bool:
    """A predicative "clear" that means open or free of something, by a place or
    obstacle phrase on it or a sky or road as its subject."""
    if token.lemma_.lower() != "clear":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPOSITIONS for c in token.children):
        return True
    head = token.head if token.dep_ in ("acomp", "attr") else token
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _CLEARED_THINGS
        for c in head.children
    )


def _denied(token: Token) -> bool:
    """The word itself is negated: "not known", "is not (yet) clear" (the negation on
    the copula of a predicative adjective); not a negation elsewhere in the sentence."""
    return _negated(token) or (
        token.dep_ in ("acomp", "attr")
        and token.head.lemma_ == "be"
        and _negated(token.head)
    )


_COMMON_KNOWLEDGE = {"widely", "well", "generally", "commonly", "publicly", "fully"}


def _rule_not_known(token: Token, cue: Cue) -> Found | None:
    """ "it is not (yet) known whether", "the cause was not immediately known"; not
    "known" asserted, "not known for his patience" (a reputation), nor "it is not
    widely known that" (a fact few know), nor the active perfect of someone's
    knowledge ("staff may not have known", "officials had not known that the dam was
    weak": what they knew, a fact; the modal before it is the hedge)."""
    if token.dep_ in ("amod", "compound") or not _denied(token):
        return None
    if _known_by_someone(token):
        return None
    for c in token.children:
        if c.dep_ == "advmod" and c.lower_ in _COMMON_KNOWLEDGE:
            return None
        if c.dep_ in ("prep", "agent") and c.lower_ in ("for", "as", "by", "to"):
            if not any(g.lower_ == "certain" for g in c.children):
                return None
    return _found(token, cue)


def _known_by_someone(token: Token) -> bool:
    """The active "known" of a perfect, with its knower as subject or a "have" and no
    passive: "had not known", "may not have known peace"; not "has not been known"."""
    kids = list(token.children)
    if any(c.dep_ == "nsubj" for c in kids):
        return True
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) and not _passive(
        token
    )


def _rule_not_clear(token: Token, cue: Cue) -> Found | None:
    """ "it is not clear whether"; not a road "not clear of snow" (`_unobstructed`)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and _unobstructed(following):
        return None
    return _found(token, cue)


_NEGATED_BOOSTER = ADJECTIVE  # "not clear", "not certain": the category of "unclear"
# Adverbs that tone a certainty down to a probability ("almost certain", "fairly
# clear"); "quite" is left out, as "quite certain" means wholly certain.
DOWNTONERS = frozenset(
    {"almost", "fairly", "nearly", "practically", "pretty", "reasonably", "virtually"}
)


_RULES: dict[str, Rule] = {
    "passive_raising": _rule_passive_raising,
    "belief": _rule_belief,
    "modal": _rule_modal,
    "epistemic_should": _rule_should,
    "suggest": _rule_suggest,
    "appear": _rule_appear,
    "expect": _rule_expect,
    "looks_like": _rule_looks_like,
    "wonder": _rule_wonder,
    "clause": _rule_clause,
    "doubt": _rule_doubt,
    "proposition_noun": _rule_proposition_noun,
    "consider": _rule_consider,
    "as_complement": _rule_as_complement,
    "possible": _rule_possible,
    "potential_noun": _rule_potential_noun,
    "attributive": _rule_attributive,
    "not_attributive": _rule_not_attributive,
    "raised": _rule_raised,
    "not_negated": _rule_not_negated,
    "not_manner": _rule_not_manner,
    "prove": _rule_prove,
    "predicative": _rule_predicative,
    "not_known": _rule_not_known,
    "not_clear": _rule_not_clear,
    "would_seem": _rule_would_seem,
}
