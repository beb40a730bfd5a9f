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
   nominals like "the army" or "rebels"; the extractor's descriptions such as "the
   group" are left out of the prediction alike, see `named_mentions`).
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
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from spacy.language import Language

from presswatch.evaluation import FALSE_NEGATIVE, FALSE_POSITIVE, Error, Score, error
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


def scores(
    eval_dir: Path, nlp: Language, errors: list[Error] | None = None
) -> list[Score]:
    """The four actor scores on the dev data in eval_dir (errors of the CoNLL and
    re3d tasks to `errors`: entities by type, alias pairs by alias kind)."""
    return [
        conll_score(eval_dir / "conll2003_en" / "eng.testa", nlp, errors=errors),
        *re3d_scores(eval_dir / "re3d", nlp, errors=errors),
        gum_score(eval_dir / "gum_news" / "gum_news_entities.jsonl", nlp),
    ]


def _predict(nlp: Language, texts: Sequence[str], fn: MentionFn) -> list[list[Mention]]:
    return [named_mentions(fn(doc)) for doc in pipeline.parse(nlp, texts)]


def named_mentions(mentions: list[Mention]) -> list[Mention]:
    """The mentions without the descriptions ("the group", "the ministry"): those are
    mentions of the organisation named before them, but the datasets mark names
    (and re3d's nominals are left out of its gold, as in 2), so they are not scored."""
    return [m for m in mentions if not actors.is_description(m.text)]


def conll_documents(
    path: Path, types: tuple[str, ...] = ("PER", "ORG", "LOC")
) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """(text, gold {(start, end, type)}) per CoNLL document, gold of `types` only."""
    docs: list[tuple[str, set[tuple[int, int, str]]]] = []
    sents: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if current:
            sents.append(list(current))
            current.clear()
        if sents:
            docs.append(_conll_text(sents, types))
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
    sents: list[list[tuple[str, str]]], types: tuple[str, ...]
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
    gold = {g for g in gold if g[2] in types}
    return "".join(text_parts), gold


def conll_score(
    path: Path,
    nlp: Language,
    fn: MentionFn = actors.mentions,
    errors: list[Error] | None = None,
) -> Score:
    """Exact-span PER/ORG/LOC micro scores on one CoNLL file."""
    docs = conll_documents(path)
    tp = fp = fn_ = 0
    for (text, gold), mentions in zip(
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
        if errors is not None:
            for kind, wrong in (
                (FALSE_POSITIVE, pred - gold),
                (FALSE_NEGATIVE, gold - pred),
            ):
                for start, end, label in sorted(wrong):
                    other = gold if kind == FALSE_POSITIVE else pred
                    group = _conll_group(label, (start, end), other, kind)
                    errors.append(
                        error(CONLL_TASK, "conll-testa", kind, group, text, start, end)
                    )
    return Score(CONLL_TASK, "conll-testa", tp, fp, fn_)


CONLL_TASK = "PER/ORG/LOC entities"


def conll_type_scores(
    path: Path, nlp: Language, fn: MentionFn = actors.mentions
) -> dict[str, Score]:
    """The CoNLL scores of each type (PER, ORG, LOC) apart; a wrong type counts as a
    false positive of the predicted type and a false negative of the gold one."""
    docs = conll_documents(path)
    counts = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC")}
    for (_, gold), mentions in zip(
        docs, _predict(nlp, [t for t, _ in docs], fn), strict=True
    ):
        pred = {
            (m.start, m.end, CONLL_TYPES[m.type])
            for m in mentions
            if m.type in CONLL_TYPES
        }
        for s, e, t in pred:
            counts[t][0 if (s, e, t) in gold else 1] += 1
        for *_, t in gold - pred:
            counts[t][2] += 1
    return {t: Score(f"{t} entities", "conll-testa", *c) for t, c in counts.items()}


def _conll_group(label: str, span: tuple[int, int], other: set, kind: str) -> str:
    """An entity error's type, and whether the other side has the same span with
    another type (right span, wrong type) or no such span."""
    other_type = next((t for s, e, t in other if (s, e) == span), None)
    if other_type is None:
        return (
            f"{label}, no entity of that span"
            if kind == FALSE_POSITIVE
            else f"{label}, missed"
        )
    return (
        f"{label} where gold is {other_type}"
        if kind == FALSE_POSITIVE
        else f"{label} typed {other_type}"
    )


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
    root: Path,
    nlp: Language,
    fn: MentionFn = actors.mentions,
    errors: list[Error] | None = None,
) -> list[Score]:
    """Entity and alias-pair scores on re3d."""
    docs = re3d_documents(root)
    ent = [0, 0, 0]
    pair = [0, 0, 0]
    for doc, mentions in zip(
        docs, _predict(nlp, [d["text"] for d in docs], fn), strict=True
    ):
        named = [(b, e) for b, e, _ in doc["entities"] if _named(doc["text"][b:e])]
        found = _score_entities(named, mentions, ent)
        missed, false = _score_pairs(doc, mentions, pair)
        if errors is not None:
            errors.extend(_re3d_errors(doc, named, mentions, found, missed, false))
    return [
        Score("entities", "re3d", *ent),
        Score("alias pairs", "re3d", *pair),
    ]


def _score_entities(
    gold: list[tuple[int, int]], mentions: list[Mention], counts: list[int]
) -> tuple[set[int], set[int]]:
    """Adds tp, fp, fn to counts; returns the matched (mention, gold) indices."""
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
    return used_p, used_g


def _surface(text: str) -> str:
    """A mention's text up to case, dots, "the", possessive and plural "s"."""
    return re.sub(r"s$", "", actors.alias_key(text))


def _score_pairs(
    doc: dict, mentions: list[Mention], counts: list[int]
) -> tuple[list[frozenset], list[tuple[Mention, Mention]]]:
    """Adds tp, fp, fn to counts; returns the gold pairs not found and one mention
    pair of each false pair."""
    missed = []
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
        if not hits:
            missed.append(pair)
        credited |= hits
    gold_spans = [(b, e) for b, e, _ in doc["entities"]]
    judged = [
        m for m in mentions if any(_overlaps((m.start, m.end), g) for g in gold_spans)
    ]
    predicted: dict[frozenset[str], tuple[Mention, Mention]] = {}
    for m, n in combinations(judged, 2):
        if m.actor == n.actor and _surface(m.text) != _surface(n.text):
            predicted.setdefault(
                frozenset({_surface(m.text), _surface(n.text)}), (m, n)
            )
    false = [pair for key, pair in predicted.items() if key not in credited]
    counts[1] += len(false)
    return missed, false


def alias_kind(a: str, b: str) -> str:
    """What kind of alias two names are: an acronym of the other, a short form (one's
    words inside the other's), or another name."""
    short, long_ = sorted((a, b), key=len)
    letters = "".join(
        w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long_) if w[0].isupper()
    )
    if short.replace(".", "").isupper() and short.replace(".", "") in (
        letters,
        letters[1:],
    ):
        return "acronym"
    if set(_surface(short).split()) <= set(_surface(long_).split()):
        return "short form"
    return "other name"


def _re3d_errors(
    doc: dict,
    named: list[tuple[int, int]],
    mentions: list[Mention],
    found: tuple[set[int], set[int]],
    missed: list[frozenset],
    false: list[tuple[Mention, Mention]] = (),
) -> list[Error]:
    text = doc["text"]
    types = {(b, e): t for b, e, t in doc["entities"]}
    out = [
        error("entities", "re3d", FALSE_POSITIVE, m.type, text, m.start, m.end)
        for i, m in enumerate(mentions)
        if i not in found[0]
    ]
    out += [
        error("entities", "re3d", FALSE_NEGATIVE, types[g], text, *g)
        for j, g in enumerate(named)
        if j not in found[1]
    ]
    for pair in missed:
        (a1, a2), (b1, b2) = sorted(pair)
        kind = alias_kind(text[a1:a2], text[b1:b2])
        e = error("alias pairs", "re3d", FALSE_NEGATIVE, kind, text, b1, b2)
        out.append(replace(e, context=f"{text[a1:a2]} ~ {text[b1:b2]}: {e.context}"))
    for m, n in false:
        kind = alias_kind(m.text, n.text)
        e = error("alias pairs", "re3d", FALSE_POSITIVE, kind, text, n.start, n.end)
        out.append(replace(e, context=f"{m.text} ~ {n.text}: {e.context}"))
    return out


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
