"""Scores of the actors extractor on CoNLL-2003, re3d and GUM news.

All four tasks score `actors.mentions(doc)` on text parsed by `pipeline.parse`, so they
measure the library as shipped: the scorer itself has no rules of its own.

1. "PER/ORG/LOC entities" on "conll-testa": exact-span, exact-type micro P/R/F1.
   Each document's text is its sentences, tokens joined by spaces, one sentence a
   paragraph (CoNLL gives sentences, and its table rows and datelines must not run
   into each other). PERSON -> PER, ORG -> ORG, GPE/LOC -> LOC; NORP and MISC are left out on
   both sides.
2. "entities" on "re3d": gold = named Person, Organisation, Location and
   Nationality entities with confidence >= 0.5 (named as in 4: re3d also marks
   nominals like "the army" or "rebels", which the extractor does not try to find).
   A predicted mention matches a gold entity whose span overlaps it, one to one
   (greedy, largest overlap first), whatever the two types. Overlap, because re3d
   spans include articles and titles ("the Iraqi Foreign Minister"); untyped,
   because re3d types by role in context ("Syria" is an Organisation where it acts
   as a government, a Location elsewhere): the question is whether the actor was
   found.
3. "alias pairs" on "re3d": gold = IsSynonymOf relations with confidence >= 0.5
   whose two spans are both named gold actor entities (as in 2), as unordered span
   pairs, deduplicated per document. A gold pair is found (tp) when both spans
   overlap predicted mentions with the same canonical actor, else fn. Predicted
   pairs are unordered pairs of mentions with different surfaces and the same
   canonical actor, both overlapping a gold actor entity (pairs of spans the
   annotators did not look at cannot be judged), deduplicated by surface pair per
   document; those matching no gold pair are fp. Surfaces differing only in case,
   dots, a leading "the", a possessive or a plural "s" ("Iraqi" ~ "Iraqis") are the
   same surface, not an alias. re3d marks an alias only where the
   text states it ("the Syria Recovery Trust Fund (SRTF)", "X, also known as Y"), so
   precision undercounts correct merges such as "Boris Johnson" ~ "Johnson".
4. "alias clusters" on "gum-news": pairwise F1 over named gold mentions with a
   Wikipedia identity (type person, organization or place; named = a capitalised
   word that is not a sentence-initial determiner or pronoun). Each gold mention
   is mapped to the predicted mention overlapping it most (ties: the shorter), if
   that overlap is at least half of the predicted mention (a gold "Texas" nested in
   a predicted "University of Texas Arlington" is not that mention). Gold
   pairs = mention pairs with the same identity; predicted pairs = mention pairs
   both mapped to predicted mentions with the same canonical actor. tp = both, fp
   = predicted only, fn = gold only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations
from pathlib import Path

from spacy.language import Language

from presswatch.evaluation import Score
from presswatch.nlp import actors, pipeline
from presswatch.records import Mention

MentionFn = Callable[..., list[Mention]]

CONLL_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
RE3D_TYPES = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "NORP": "Nationality",
}
GUM_TYPES = {"person", "organization", "place"}
_UNNAMED_FIRST = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "i",
    "we",
    "he",
    "she",
    "it",
    "they",
    "you",
}


def scores(eval_dir: Path, nlp: Language) -> list[Score]:
    """The four actor scores on the dev data in eval_dir."""
    return [
        conll_score(eval_dir / "conll2003_en" / "eng.testa", nlp),
        *re3d_scores(eval_dir / "re3d", nlp),
        gum_score(eval_dir / "gum_news" / "gum_news_entities.jsonl", nlp),
    ]


def _predict(nlp: Language, texts: Sequence[str], fn: MentionFn) -> list[list[Mention]]:
    return [fn(doc) for doc in pipeline.parse(nlp, texts)]


def conll_documents(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(text, gold {(start, end, PER|ORG|LOC)}) per CoNLL document."""
    docs: list[tuple[str, set[tuple[int, int, str]]]] = []
    sents: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if current:
            sents.append(list(current))
            current.clear()
        if sents:
            docs.append(_conll_text(sents))
            sents.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sents.append(list(current))
                current.clear()
        elif parts[0] == "-DOCSTART-":
            flush_doc()
        else:
            current.append((parts[0], parts[-1]))
    flush_doc()
    return docs


def _conll_text(
    sents: list[list[tuple[str, str]]],
) -> tuple[str, set[tuple[int, int, str]]]:
    text_parts: list[str] = []
    gold: set[tuple[int, int, str]] = set()
    pos = 0
    for sent in sents:
        if text_parts:
            text_parts.append("\n\n")
            pos += 2
        open_ent: list = []  # [start, end, type]
        for i, (word, tag) in enumerate(sent):
            if i:
                text_parts.append(" ")
                pos += 1
            start, end = pos, pos + len(word)
            text_parts.append(word)
            pos = end
            kind = tag[2:] if tag != "O" else None
            continues = open_ent and kind == open_ent[2] and not tag.startswith("B-")
            if continues:
                open_ent[1] = end
                continue
            if open_ent:
                gold.add(tuple(open_ent))
            open_ent = [start, end, kind] if kind else []
        if open_ent:
            gold.add(tuple(open_ent))
    gold = {g for g in gold if g[2] in ("PER", "ORG", "LOC")}
    return "".join(text_parts), gold


def conll_score(path: Path, nlp: Language, fn: MentionFn = actors.mentions) -> Score:
    """Exact-span PER/ORG/LOC micro scores on one CoNLL file."""
    docs = conll_documents(path)
    tp = fp = fn_ = 0
    for (_, gold), mentions in zip(
        docs, _predict(nlp, [t for t, _ in docs], fn), strict=True
    ):
        pred = {
            (m.start, m.end, CONLL_TYPES[m.type])
            for m in mentions
            if m.type in CONLL_TYPES
        }
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn_ += len(gold - pred)
    return Score("PER/ORG/LOC entities", "conll-testa", tp, fp, fn_)


def _read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def re3d_documents(root: Path) -> list[dict]:
    """re3d documents with their gold actor entities and alias pairs."""
    docs: dict[str, dict] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for d in _read_jsonl(folder / "documents.json"):
            docs[d["_id"]] = {"text": d["text"], "entities": [], "pairs": set()}
        for e in _read_jsonl(folder / "entities.json"):
            if e["confidence"] >= 0.5 and e["type"] in RE3D_TYPES.values():
                docs[e["documentId"]]["entities"].append(
                    (e["begin"], e["end"], e["type"])
                )
        for r in _read_jsonl(folder / "relations.json"):
            if r["type"] == "IsSynonymOf" and r["confidence"] >= 0.5:
                docs[r["documentId"]]["pairs"].add(
                    frozenset(
                        {
                            (r["sourceBegin"], r["sourceEnd"]),
                            (r["targetBegin"], r["targetEnd"]),
                        }
                    )
                )
    for d in docs.values():
        spans = {(b, e) for b, e, _ in d["entities"]}
        d["pairs"] = {
            p
            for p in d["pairs"]
            if len(p) == 2 and p <= spans and all(_named(d["text"][b:e]) for b, e in p)
        }
    return list(docs.values())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def re3d_scores(
    root: Path, nlp: Language, fn: MentionFn = actors.mentions
) -> list[Score]:
    """Entity and alias-pair scores on re3d."""
    docs = re3d_documents(root)
    ent = [0, 0, 0]
    pair = [0, 0, 0]
    for doc, mentions in zip(
        docs, _predict(nlp, [d["text"] for d in docs], fn), strict=True
    ):
        named = [(b, e) for b, e, _ in doc["entities"] if _named(doc["text"][b:e])]
        _score_entities(named, mentions, ent)
        _score_pairs(doc, mentions, pair)
    return [
        Score("entities", "re3d", *ent),
        Score("alias pairs", "re3d", *pair),
    ]


def _score_entities(
    gold: list[tuple[int, int]], mentions: list[Mention], counts: list[int]
) -> None:
    pred = [(m.start, m.end) for m in mentions]
    candidates = sorted(
        (
            (_overlaps(p, g), i, j)
            for i, p in enumerate(pred)
            for j, g in enumerate(gold)
            if _overlaps(p, g)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    counts[0] += len(used_p)
    counts[1] += len(pred) - len(used_p)
    counts[2] += len(gold) - len(used_g)


def _surface(text: str) -> str:
    """A mention's text up to case, dots, "the", possessive and plural "s"."""
    return re.sub(r"s$", "", actors.alias_key(text))


def _score_pairs(doc: dict, mentions: list[Mention], counts: list[int]) -> None:
    credited: set[frozenset[str]] = set()  # predicted surface pairs of found pairs
    for pair in doc["pairs"]:
        a, b = tuple(pair)
        hits = {
            frozenset({_surface(m.text), _surface(n.text)})
            for m in mentions
            if _overlaps(a, (m.start, m.end))
            for n in mentions
            if _overlaps(b, (n.start, n.end)) and m.actor == n.actor
        }
        counts[0 if hits else 2] += 1
        credited |= hits
    gold_spans = [(b, e) for b, e, _ in doc["entities"]]
    judged = [
        m for m in mentions if any(_overlaps((m.start, m.end), g) for g in gold_spans)
    ]
    predicted = {
        frozenset({_surface(m.text), _surface(n.text)})
        for m, n in combinations(judged, 2)
        if m.actor == n.actor and _surface(m.text) != _surface(n.text)
    }
    counts[1] += len(predicted - credited)


def _named(text: str) -> bool:
    words = text.split()
    if words and words[0].lower() in _UNNAMED_FIRST:
        words = words[1:]
    return any(w[:1].isupper() for w in words) and not (
        len(words) == 1 and words[0].lower() in _UNNAMED_FIRST
    )


def gum_score(path: Path, nlp: Language, fn: MentionFn = actors.mentions) -> Score:
    """Pairwise alias-cluster scores on the GUM news documents."""
    docs = list(_read_jsonl(path))
    tp = fp = fn_ = 0
    for doc, mentions in zip(
        docs, _predict(nlp, [d["text_tokenized"] for d in docs], fn), strict=True
    ):
        gold = [
            m
            for m in doc["mentions"]
            if m["identity"] and m["type"] in GUM_TYPES and _named(m["text"])
        ]
        mapped = [_best_overlap((g["start"], g["end"]), mentions) for g in gold]
        for (g1, p1), (g2, p2) in combinations(zip(gold, mapped, strict=True), 2):
            same_gold = g1["identity"] == g2["identity"]
            same_pred = p1 is not None and p2 is not None and p1.actor == p2.actor
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn_ += same_gold and not same_pred
    return Score("alias clusters", "gum-news", tp, fp, fn_)


def _best_overlap(span: tuple[int, int], mentions: list[Mention]) -> Mention | None:
    best = max(
        mentions,
        key=lambda m: (_overlaps(span, (m.start, m.end)), -(m.end - m.start)),
        default=None,
    )
    if (
        best is None
        or 2 * _overlaps(span, (best.start, best.end)) < best.end - best.start
    ):
        return None  # no overlap, or a mention of something larger ("Texas" in a
    return best  # "University of Texas Arlington" mention)
