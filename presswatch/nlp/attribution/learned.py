"""The learned cue decision: which predicates are attributions.

PolNeAR counts as attribution far more than reporting verbs: "wants", "vowed",
"unveiled a proposal for", "is skeptical of", "made the case for". No word list
names them all, so a logistic regression over the parse decides, token by token,
whether a predicate (a verb, a copula, an adjective, a noun) is the head of a cue.
Its features are the words and the parse around it — the lemma, its syntactic frame
and dependency children (a clause, an infinitive, an object and their words), the
subject (a name, a person, an organisation, a pronoun, a document, none), passive,
negation, what governs it, whether it lies in a quote or in another cue's clause —
and what the rules made of it (a rule cue of which kind, a verb of the table in a
frame the table leaves out) — and the base model's tok2vec vector of the token
(`doc.tensor`, already computed by the parse). Its classes: no cue, a cue with a
source, a cue without. Weights: `models/cues/weights.json`, trained on PolNeAR train
by `python -m presswatch train cues` (see its MODEL_CARD.md).

The decision (`decisions`): a rule cue is kept unless the model is sure it is none
(below `drop_below`; never a link of a chain); a predicate the rules left is a new
cue when the model gives it at least `add_at`, unless the rules decline it in
context or it lies in a quote. Its source is the parse's (`source_of`: the subject,
the "by" agent, the possessor of a noun); one with none is added only when the model
expects a cue without a source (`unsourced_at`). The rules then give it its kind,
actor and content like any other, and link the chains again.

In the pipeline the `presswatch_cues` component (presswatch.nlp.models) leaves the
decision in `doc.spans[SPANS_KEY]` (`annotate`); `attribution.rule_attributions`
applies it (`from_spans`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from presswatch.nlp import models, startcache
from presswatch.nlp.attribution import cues, lexicons
from presswatch.nlp.attribution.cues import Found
from presswatch.nlp.attribution.lexicons import (
    DOCUMENT_HEADS,
    GOVERNMENT_HEADS,
    GROUP_PRONOUNS,
    MEDIA_HEADS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    RELAY_CUES,
    UNNAMED_HEADS,
    person_noun,
)
from presswatch.nlp.attribution.relays import embedded, link_relays

SPANS_KEY = "presswatch_cues"
DROP, ADD = "DROP", "ADD"
CANDIDATE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# A verb whose participle or infinitive is a rule cue ("spoke out ..., arguing that")
# is declined as the same account (`cues.declines`) unless the model gives it at
# least this: then it is an account of its own, as PolNeAR marks "spoke out",
# "filed a motion", "chimed in" beside their "arguing", "saying" (measured at 0.6,
# 0.7, 0.8, 0.9 on PolNeAR dev and the held-out train articles: 0.8 adds cues there
# and no false one).
OWN_ACCOUNT_AT = 0.8
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must"})


def candidate(tok: Token) -> bool:
    """Whether a token can head a cue: a verb, a copula or auxiliary heading its own
    clause, an adjective or a noun — never punctuation the tagger took for one (the
    dash of a signed quote, '"..."― Ana Ruiz', tagged a verb: the rules' cue, no
    predicate for the model to judge)."""
    if tok.pos_ not in CANDIDATE_POS or tok.is_punct:
        return False
    if tok.pos_ == "AUX":
        return tok.dep_ not in {"aux", "auxpass"}
    return True


def _subject_features(verb: Token) -> list[str]:
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    head = cues.agent_of(verb) if passive else cues.subject_of(verb)
    if head is None and verb.pos_ == "NOUN":
        head = next((c for c in verb.children if c.dep_ == "poss"), None)
    if head is None:
        own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return ["src=none", f"pass_subj={_kind(own)}" if own is not None else "nosubj"]
    kind = _kind(head)
    lemma = verb.lemma_.lower()
    return [
        f"src={kind}",
        f"src_dep={head.dep_}",
        f"src_before={head.i < verb.i}",
        f"lemma_src={lemma}|{kind}",
        f"src_lemma={head.lemma_.lower()}",
    ]


def _kind(head: Token) -> str:
    lower, lemma = head.lower_, head.lemma_.lower()
    if head.pos_ == "PRON":
        if lower in PERSON_PRONOUNS:
            return "pron_person"
        if lower in GROUP_PRONOUNS:
            return "pron_group"
        if lower in {"i", "me"}:
            return "pron_i"
        return "pron_" + lower
    if head.ent_type_:
        return "ent_" + head.ent_type_
    if lemma in DOCUMENT_HEADS:
        return "document"
    if lemma in MEDIA_HEADS:
        return "media"
    if lemma in ORG_NOUNS or lemma in GOVERNMENT_HEADS:
        return "org"
    if lemma in UNNAMED_HEADS or person_noun(lemma):
        return "person_noun"
    return "pos_" + head.pos_


def features(
    tok: Token,
    *,
    rule: Found | None,
    quoted: bool,
    governed: bool,
    table: dict[str, frozenset[str]],
) -> list[str]:
    """The feature names of a candidate token."""
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    fr = cues.frame(tok) if pos in {"VERB", "AUX"} else "-"
    out = [
        "bias",
        f"pos={pos}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"lemma={lemma}",
        f"lemma_pos={lemma}|{pos}",
        f"lemma_dep={lemma}|{tok.dep_}",
        f"lemma_frame={lemma}|{fr}",
        f"frame={pos}|{fr}",
        f"pos_dep={pos}|{tok.dep_}",
        f"head={tok.head.lemma_.lower()}|{tok.dep_}",
        f"head_pos={tok.head.pos_}|{tok.dep_}",
    ]
    for c in tok.children:
        dep = c.dep_
        if dep in {"punct", "det", "cc"}:
            if c.text in {":", '"', "“", "”"}:
                out.append(f"punct={c.text in {':'}}")
            continue
        out.append(f"child={dep}")
        out.append(f"lemma_child={lemma}|{dep}")
        if dep in {"xcomp", "ccomp", "dobj", "acomp", "attr", "prep", "prt", "oprd"}:
            out.append(f"child_word={dep}|{c.lemma_.lower()}")
            out.append(f"lemma_child_word={lemma}|{dep}|{c.lemma_.lower()}")
        if dep == "ccomp" and any(g.dep_ == "mark" for g in c.children):
            out.append("ccomp_mark")
        if dep == "neg":
            out.append("neg")
        if dep == "aux" and c.lower_ in MODALS:
            out.append("modal")
    out.extend(_subject_features(tok if pos != "ADJ" else tok.head))
    if pos == "ADJ" and tok.dep_ == "acomp":
        out.append(f"be_adj={lemma}")
    if lemma in table:
        out.append("table")
        out.append("table_frame=" + ("yes" if fr in table[lemma] else "no"))
    if rule is not None:
        out.append("rule")
        out.append(f"rule={rule.verb}")
        out.append(f"rule_src={rule.source_head is not None}")
    if quoted:
        out.append("quoted")
    if governed:
        out.append("governed")
    out.extend(_unsourced_features(tok, lemma, table))
    doc = tok.doc
    out.append(f"first={bool(tok.is_sent_start)}")
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else "<s>"
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else "</s>"
    out.append(f"prev={prev}")
    out.append(f"lemma_prev={lemma}|{prev}")
    out.append(f"next={nxt}")
    out.append(f"lemma_next={lemma}|{nxt}")
    return out


def _unsourced_features(
    tok: Token, lemma: str, table: dict[str, frozenset[str]]
) -> list[str]:
    """What tells a cue without a source from one with: a passive with no "by" agent
    ("is expected to", "was dubbed"), a noun with no possessor and no "by"/"from"
    agent ("the outlook", "claims of"), a hedging adverb on the predicate ("widely
    expected", "reportedly"), a raising verb with an infinitive ("seems to"), an
    impersonal subject ("it is unclear"); and what governs the word (a reporting
    verb: "raised questions about")."""
    out = []
    pos = tok.pos_
    children = list(tok.children)
    deps = {c.dep_ for c in children}
    for c in children:
        if c.dep_ in {"advmod", "npadvmod"}:
            out.append(f"adv={c.lower_}")
            out.append(f"lemma_adv={lemma}|{c.lower_}")
    if pos in {"VERB", "AUX"}:
        passive = bool(deps & {"nsubjpass", "auxpass"})
        agent = cues.agent_of(tok) is not None
        if passive:
            out.append(f"passive_agent={agent}")
            out.append(f"lemma_passive={lemma}|{agent}")
        if tok.tag_ == "VBN" and tok.dep_ in {"acl", "advcl", "amod"}:
            out.append(f"participle={tok.dep_}")
            out.append(f"lemma_participle={lemma}|{tok.dep_}")
        if "xcomp" in deps:
            out.append(f"raising={lemma}|{passive}")
        subject = next((c for c in children if c.dep_ in {"nsubj", "expl"}), None)
        if subject is not None and subject.lower_ in {"it", "there", "this", "that"}:
            out.append(f"dummy_subj={subject.lower_}")
            out.append(f"lemma_dummy={lemma}|{subject.lower_}")
    elif pos == "NOUN":
        det = next((c.lower_ for c in children if c.dep_ == "det"), "-")
        poss = "poss" in deps
        agentive = any(
            c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in children
        )
        out.append(f"noun_det={det}")
        out.append(f"noun_owner={poss or agentive}")
        out.append(f"lemma_noun_owner={lemma}|{poss or agentive}")
        out.append(f"noun_plural={tok.tag_ == 'NNS'}")
        of = next((c for c in children if c.dep_ == "prep"), None)
        if of is not None:
            out.append(f"noun_prep={of.lower_}|{poss or agentive}")
        head = tok.head
        if tok.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}:
            out.append(f"noun_gov={head.lemma_.lower()}|{tok.dep_}")
            out.append(f"noun_gov_table={head.lemma_.lower() in table}|{tok.dep_}")
    elif pos == "ADJ":
        out.append(f"adj_dep={tok.dep_}|{lemma}")
    return out


@dataclass(frozen=True, eq=False)
class Model:
    """A multinomial logistic regression over feature names and the base model's
    tok2vec vector of a token; its classes are no cue, a cue with a source, a cue
    with none. Weights as arrays: row 0 of `matrix` is an unknown feature (zeros)."""

    index: dict[str, int]  # feature name -> its row of `matrix`
    matrix: np.ndarray  # features x classes
    bias: np.ndarray  # classes
    add_at: float
    drop_below: float
    unsourced_at: float = 1.0
    dense: np.ndarray | None = None  # tensor width x classes

    @classmethod
    def of(
        cls,
        weights: dict[str, list[float]],
        bias: list[float],
        add_at: float,
        drop_below: float,
        unsourced_at: float = 1.0,
        dense: list[list[float]] | None = None,
    ) -> Model:
        """A model from weights by feature name (one per class)."""
        matrix = np.zeros((len(weights) + 1, len(bias)), dtype=np.float32)
        if weights:
            matrix[1:] = np.asarray(list(weights.values()), dtype=np.float32)
        return cls(
            index={name: i + 1 for i, name in enumerate(weights)},
            matrix=matrix,
            bias=np.asarray(bias, dtype=np.float32),
            add_at=add_at,
            drop_below=drop_below,
            unsourced_at=unsourced_at,
            dense=None if dense is None else np.asarray(dense, dtype=np.float32),
        )

    def predict(self, doc: Doc, rows: list[tuple[int, list[str]]]) -> np.ndarray:
        """P(no cue), P(cue with a source), P(cue without) of each (token index,
        feature names) of a Doc, one row each; the Doc's tensor is used when it has
        one of the width the model was trained on."""
        index = self.index
        ids = [[index.get(n, 0) for n in names] for _, names in rows]
        lengths = np.fromiter((len(i) for i in ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((i for row in ids for i in row), dtype=np.int64)
        z = np.tile(self.bias, (len(rows), 1))
        if len(flat):
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
            summed = np.add.reduceat(self.matrix[flat], starts, axis=0)
            z += summed * (lengths > 0)[:, None]
        tensor, dense = doc.tensor, self.dense
        if (
            dense is not None
            and tensor is not None
            and tensor.ndim == 2
            and tensor.shape == (len(doc), len(dense))
        ):
            z += tensor[[i for i, _ in rows]] @ dense
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def probabilities(self, names: list[str]) -> tuple[float, float, float]:
        """The three probabilities of one set of feature names, without a vector."""
        none, sourced, unsourced = self.predict(_NO_TENSOR, [(0, names)])[0]
        return float(none), float(sourced), float(unsourced)


class _NoTensor:
    tensor = None


_NO_TENSOR = _NoTensor()


@lru_cache(maxsize=4)
def load(path: Path) -> Model:
    """The model in a weights file (kept in the start-up cache: its JSON takes a
    quarter of a second to read)."""
    return startcache.cached(
        "cues",
        startcache.file_key(path, __file__),
        lambda: _read(path),
        dump=_as_data,
        load=_from_data,
    )


def _read(path: Path) -> Model:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model.of(
        data["weights"],
        data["bias"],
        data["add_at"],
        data["drop_below"],
        data.get("unsourced_at", 1.0),
        data.get("dense"),
    )


def _as_data(model: Model) -> tuple:
    """A model as marshal-able data: feature names in row order, arrays as bytes."""
    dense = model.dense
    return (
        list(model.index),
        *(_array_data(a) for a in (model.matrix, model.bias)),
        (model.add_at, model.drop_below, model.unsourced_at),
        None if dense is None else _array_data(dense),
    )


def _from_data(data: tuple) -> Model:
    names, matrix, bias, (add_at, drop_below, unsourced_at), dense = data
    return Model(
        index={name: i + 1 for i, name in enumerate(names)},
        matrix=_array(matrix),
        bias=_array(bias),
        add_at=add_at,
        drop_below=drop_below,
        unsourced_at=unsourced_at,
        dense=None if dense is None else _array(dense),
    )


def _array_data(a: np.ndarray) -> tuple[tuple[int, ...], bytes]:
    return tuple(a.shape), np.ascontiguousarray(a, dtype=np.float32).tobytes()


def _array(data: tuple[tuple[int, ...], bytes]) -> np.ndarray:
    shape, raw = data
    return np.frombuffer(raw, dtype=np.float32).reshape(shape).copy()


def tensor_row(tok: Token):
    """The base model's tok2vec vector of a token (`doc.tensor`), None when the Doc
    has none."""
    t = tok.doc.tensor
    if t is None or t.ndim != 2 or t.shape[0] != len(tok.doc):
        return None
    return t[tok.i]


def rule_at(found: list[Found]) -> dict[int, Found]:
    """The rule attribution whose cue covers each token."""
    out: dict[int, Found] = {}
    for f in found:
        for i in range(*f.cue):
            out.setdefault(i, f)
    return out


def governed_tokens(doc: Doc, found: list[Found]) -> list[bool]:
    """For each token, whether it lies in the reported clause of a rule cue."""
    out = [False] * len(doc)
    for f in found:
        if f.content is not None:
            start, end = f.content
            out[start:end] = [True] * (end - start)
    return out


def candidates(
    doc: Doc,
    found: list[Found],
    table: dict[str, frozenset[str]],
    quoted: list[bool] | None = None,
) -> Iterable[tuple[Token, Found | None, list[str]]]:
    """Each candidate token with the rule attribution at it and its features
    (`quoted`: `cues.quoted_tokens` of the Doc, when already known)."""
    quoted = cues.quoted_tokens(doc) if quoted is None else quoted
    governed = governed_tokens(doc, found)
    at = rule_at(found)
    for tok in doc:
        if not candidate(tok):
            continue
        rule = at.get(tok.i)
        yield (
            tok,
            rule,
            features(
                tok,
                rule=rule,
                quoted=quoted[tok.i],
                governed=governed[tok.i],
                table=table,
            ),
        )


def decisions(
    doc: Doc,
    found: list[Found],
    table: dict[str, frozenset[str]],
    model: Model,
    *,
    add_at: float | None = None,
    drop_below: float | None = None,
) -> tuple[list[Found], list[Token]]:
    """The rule attributions the model rejects (never a link of a chain: "according
    to", "citing", "in an interview with", a relay or a relayed account), and the
    predicates it adds as cues,
    in token order: those the parse gives a source, and those it gives none when
    the model finds a cue without a source likely enough (`unsourced_at`) — never
    words inside a direct quote or a verb the rules decline in its context
    (`cues.declines`: "asked not to be named", "Japan has shown an interest"; a
    verb whose participle is a rule cue only below `OWN_ACCOUNT_AT`), nor one
    whose subject is an "it" standing for the clause after it ("it's hard to
    imagine": `cues.expletive_it`, as the rules read it). A
    naming participle ("a plan known as X", "a film titled X", "the man dubbed X")
    is the model's to decide: PolNeAR counts about half of them as cues without a
    source, which no rule tells from "a group called X"."""
    add_at = model.add_at if add_at is None else add_at
    drop_below = model.drop_below if drop_below is None else drop_below
    covered = rule_at(found)
    # a relay hop ("championed the law, citing a report") is no account of its own
    rule_cue = [
        i in covered and covered[i].verb not in RELAY_CUES for i in range(len(doc))
    ]
    no_rule_cue = [False] * len(doc)
    quoted = cues.quoted_tokens(doc)
    added: list[Token] = []
    best: dict[int, float] = {}
    rows = list(candidates(doc, found, table, quoted))
    if not rows:
        return [], []
    odds = model.predict(doc, [(tok.i, names) for tok, _, names in rows])
    for (tok, rule, _), (none, _sourced, unsourced) in zip(rows, odds, strict=True):
        none, unsourced = float(none), float(unsourced)
        if rule is not None:
            best[id(rule)] = max(best.get(id(rule), 0.0), 1.0 - none)
        elif (
            1.0 - none >= add_at
            and not covered.get(tok.i)
            and not quoted[tok.i]
            and not cues.declines(
                tok,
                table,
                rule_cue if 1.0 - none < OWN_ACCOUNT_AT else no_rule_cue,
                naming=False,
            )
        ):
            source = source_of(tok)
            if source is not None and _impression(tok):
                source = None  # "Clinton looks strong": the writer's impression
            if source is not None and (
                cues.abstract_noun(source) or cues.expletive_it(source)
            ):
                # "the nature of the approval highlights", "it's hard to imagine":
                # no one's words
                continue
            if unsourced >= model.unsourced_at or source is not None:
                added.append(tok)
    linked = {f.cited_by for f in found} | {id(f.relayed_by) for f in found}
    dropped = [
        f
        for n, f in enumerate(found)
        if best.get(id(f), 1.0) < drop_below
        and not (f.verb in RELAY_CUES or f.relay_anchor or f.relayed_by)
        and not (n in linked or id(f) in linked or f.cited_by is not None)
    ]
    return dropped, added


def decide(
    doc: Doc,
    found: list[Found],
    table: dict[str, frozenset[str]],
    model: Model,
    **thresholds: float,
) -> list[Found]:
    """The rule attributions with the model's decision applied."""
    dropped, added = decisions(doc, found, table, model, **thresholds)
    return applied(doc, found, dropped, added)


def annotate(doc: Doc, found: list[Found], model: Model) -> list[Span]:
    """The model's decision as spans (`doc.spans[SPANS_KEY]`): DROP over a rule cue
    it rejects, ADD over a predicate it adds."""
    dropped, added = decisions(doc, found, lexicons.reporting_verbs(), model)
    spans = [Span(doc, *f.cue, label=DROP) for f in dropped]
    return spans + [Span(doc, tok.i, tok.i + 1, label=ADD) for tok in added]


def from_spans(doc: Doc, found: list[Found]) -> list[Found]:
    """The rule attributions with the decision the pipeline left in the Doc."""
    spans = doc.spans[SPANS_KEY]
    drop = {(s.start, s.end) for s in spans if s.label_ == DROP}
    dropped = [f for f in found if f.cue in drop]
    added = [s[0] for s in spans if s.label_ == ADD]
    return applied(doc, found, dropped, added)


def added(doc: Doc, start: int, end: int) -> bool:
    """Whether the cue at characters [start, end) is one the learned decision added
    (not the rules')."""
    return any(
        s.label_ == ADD and start <= s.start_char and s.end_char <= end
        for s in doc.spans.get(SPANS_KEY, ())
    )


def applied(
    doc: Doc, found: list[Found], dropped: list[Found], added: list[Token]
) -> list[Found]:
    """`found` without `dropped` and with a cue at each added predicate, in token
    order, `cited_by` following its target (None when that was dropped); the
    chains are linked again, so that an added cue can relay a rule's hop."""
    if not dropped and not added:
        return found
    gone = {id(f) for f in dropped}
    new = [new_cue(tok) for tok in added]
    order = sorted(
        [
            *((f.cue, 0, n) for n, f in enumerate(found) if id(f) not in gone),
            *((f.cue, 1, m) for m, f in enumerate(new)),
        ]
    )
    index = {n: i for i, (_, is_new, n) in enumerate(order) if not is_new}
    out = [new[n] if is_new else found[n] for _, is_new, n in order]
    for f in out:
        if f.cited_by is not None:
            f.cited_by = index.get(f.cited_by)
    if new:
        link_relays(out)  # "X championed the law, citing Y": X's account relays Y
        # one account per reported clause, as for the rules' own cues: "Corp said
        # it filed for protection" is the company's saying, not a second cue
        out = embedded(doc, out)
    return out


def source_of(tok: Token) -> Token | None:
    """The head of the source the parse gives a predicate: the "by" agent, else the
    subject of an active verb (or of the copula of an adjective), the owner of a noun
    as for the rules' report nouns (`cues.noun_owner`: "Trump's claim", "warnings
    from his lawyer", "Republican concerns"); None for a passive or a naming participle with no agent
    ("is expected", "a group called X") and for a dummy subject ("there", "what")."""
    verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "acomp" else tok
    agent = cues.agent_of(verb)
    if tok.pos_ == "NOUN":
        head = cues.noun_owner(tok) or agent
    elif (
        agent is not None
        or verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        or cues.set_off_naming(verb)
    ):
        head = agent
    elif cues.perfect_misread(verb):
        head = next(c for c in verb.children if c.dep_ == "nsubjpass")
    elif any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        head = None
    else:
        head = cues.subject_of(verb)
    if head is not None and (
        head.lower_ in {"there", "what"} or cues._inanimate_anaphor(head)
    ):
        return None
    return head


def _impression(tok: Token) -> bool:
    """ "seems", "appears", "looks", "sounds": an impression the writer gives, with
    no source whatever the subject ("Clinton looks strong", "the idea seems fair";
    not "Obama sounded a call for", with an object)."""
    if tok.pos_ != "VERB" or any(c.dep_ == "dobj" for c in tok.children):
        return False
    lemma = tok.lemma_.lower()
    if lemma in lexicons.IMPRESSION_VERBS:
        return True
    # "looks strong", "looks like a deal"; not "looking for a way", "look to"
    return lemma in lexicons.LIKE_VERBS and any(
        c.dep_ in {"acomp", "oprd"}
        or c.lower_ in {"like", "if"}
        or any(g.dep_ == "mark" and g.lower_ in {"like", "if"} for g in c.children)
        for c in tok.children
    )


def new_cue(tok: Token) -> Found:
    """An attribution at a predicate the model marks, its source the parse's (none
    for an impression verb)."""
    verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ == "acomp" else tok
    head = None if _impression(tok) else source_of(tok)
    start = min(verb.i, tok.i)
    end = max(verb.i, tok.i) + 1
    for child in tok.rights:
        if child.dep_ == "prt":
            end = max(end, child.i + 1)
    return Found(
        cue=(start, end),
        verb=tok.lemma_.lower(),
        source=cues.noun_phrase(head) if head is not None else None,
        source_head=head,
        content=cues._verb_content(tok) if tok.pos_ != "NOUN" else None,
    )


@Language.factory(
    models.CUES_PIPE,
    default_config={"weights": str(models.CUES_DIR / models.CUES_WEIGHTS)},
)
def make_cue_decision(nlp: Language, name: str, weights: str):
    """The `presswatch_cues` pipeline component: runs the cue rules and leaves the
    model's verdict on them in `doc.spans[SPANS_KEY]` (added by `models.add_trained`
    when the weights are shipped)."""
    from presswatch.nlp.attribution import rules_found

    model = load(Path(weights))

    def decide_cues(doc: Doc) -> Doc:
        doc.spans[SPANS_KEY] = annotate(doc, rules_found(doc, keep=True), model)
        # the quote cache is for one Doc's extraction; a long text's pieces are
        # joined after the pipeline, and Doc.from_docs keeps no such data
        doc.user_data.pop(cues.QUOTED_KEY, None)
        return doc

    return decide_cues
