"""Scoring the attribution extractor on PolNeAR dev (political news, 84 articles).

Data: `polnear/polnear_dev.jsonl` under the eval folder, one record per article and
annotator; only `is_primary_annotation` records are scored (one per article). Each gold
attribution has a cue span, an optional source span and a type (`Attribution` or
`Attribution-no-source`). Spans may be discontinuous (several `[start, end]` pieces);
two spans overlap when any of their pieces share a character.

Tasks, all on dataset "polnear-dev", matching greedily in document order and using
each gold and each predicted attribution at most once:

- "attribution cues": a predicted attribution is a true positive when its cue span
  overlaps a gold cue span. fp = unmatched predictions, fn = unmatched gold.
- "attribution sources": gold = attributions with a source; a prediction matches when
  its cue overlaps the gold cue AND its source span overlaps the gold source span.
  Predictions: those with a source; fp = predictions with a source left unmatched.
- "no-source attributions": gold = `Attribution-no-source`; predictions = attributions
  with source None; a match is cue overlap.
- "attribution sources (matched cues)": the source span alone, on the pairs the cue
  task matched: tp = both have a source and they overlap; fp = the prediction has a
  source the gold lacks or that does not overlap; fn = the gold has a source the
  prediction lacks or misses.

Errors (`article_errors`) are grouped by cue words, and those of the no-source task by
the cue's construction (`construction`: an agentless passive, a noun with no owner, a
copula, an impression verb, ...) and by what went wrong: `--errors` counts kinds.

`agreement` scores PolNeAR's second annotations against the primary ones (16 train and
2 dev articles have two): the ceiling two people reach on each task.

Run `python -m presswatch.evaluation.attribution` to print the scores.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.evaluation import (
    DEFAULT_EVAL_DIR,
    FALSE_NEGATIVE,
    FALSE_POSITIVE,
    Error,
    Score,
    error,
)
from presswatch.nlp import actors, attribution, pipeline
from presswatch.nlp.attribution import cues, kinds
from presswatch.records import Attribution

DATASET = "polnear-dev"
Spans = list[tuple[int, int]]


def gold_articles(eval_dir: Path, split: str = "dev") -> list[dict]:
    """The primary-annotation PolNeAR records of a split."""
    path = eval_dir / "polnear" / f"polnear_{split}.jsonl"
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    return [r for r in records if r["is_primary_annotation"]]


def _spans(part: dict | None) -> Spans:
    """The character pieces of a gold span, [] when absent."""
    if not part:
        return []
    return [(int(a), int(b)) for a, b in part.get("spans", []) if b > a]


def _overlap(a: Spans, b: Spans) -> bool:
    """Whether two (possibly discontinuous) spans share a character."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _matching(
    gold: list[dict], pred: list[Attribution], same: Callable[[dict, Attribution], bool]
) -> tuple[set[int], set[int]]:
    """Indices of the matched gold and predictions, one-to-one, greedy in order."""
    used: set[int] = set()
    hit: set[int] = set()
    for i, g in enumerate(gold):
        for n, p in enumerate(pred):
            if n not in used and same(g, p):
                used.add(n)
                hit.add(i)
                break
    return hit, used


def _cue(p: Attribution) -> Spans:
    return [(p.cue_start, p.cue_end)]


Task = tuple[list[dict], list[Attribution], Callable[[dict, Attribution], bool]]


def _tasks(gold: list[dict], pred: list[Attribution]) -> dict[str, Task]:
    """Per task: its gold, its predictions and when the two match."""
    gold = [g for g in gold if _spans(g.get("cue"))]
    gold.sort(key=lambda g: _spans(g.get("cue"))[0])

    def cue_match(g: dict, p: Attribution) -> bool:
        return _overlap(_spans(g["cue"]), _cue(p))

    def source_match(g: dict, p: Attribution) -> bool:
        return cue_match(g, p) and _overlap(
            _spans(g["source"]), [(p.source_start, p.source_end)]
        )

    with_source = [
        g for g in gold if g["type"] == "Attribution" and _spans(g.get("source"))
    ]
    no_source = [g for g in gold if g["type"] == "Attribution-no-source"]
    return {
        "attribution cues": (gold, pred, cue_match),
        "attribution sources": (
            with_source,
            [p for p in pred if p.source_start is not None],
            source_match,
        ),
        NO_SOURCE: (
            no_source,
            [p for p in pred if p.source_start is None],
            cue_match,
        ),
    }


MATCHED_SOURCES = "attribution sources (matched cues)"
NO_SOURCE = "no-source attributions"


def article_counts(
    gold: list[dict], pred: list[Attribution]
) -> dict[str, tuple[int, int, int]]:
    """tp, fp, fn of each task on one article."""
    out = {}
    for task, (g, p, same) in _tasks(gold, pred).items():
        hit, used = _matching(g, p, same)
        out[task] = (len(hit), len(p) - len(used), len(g) - len(hit))
    verdicts = [verdict for _, _, verdict in matched_sources(gold, pred)]
    out[MATCHED_SOURCES] = (
        verdicts.count("tp"),
        verdicts.count("fp") + verdicts.count("both"),
        verdicts.count("fn") + verdicts.count("both"),
    )
    return out


def matched_sources(
    gold: list[dict], pred: list[Attribution]
) -> list[tuple[dict, Attribution, str]]:
    """The cue task's matched pairs with their source verdict: "tp" (overlapping
    sources), "fp" (a predicted source the gold lacks), "fn" (a gold source the
    prediction lacks), "both" (two sources that do not overlap), "" (neither has
    one)."""
    g_list, p_list, same = _tasks(gold, pred)["attribution cues"]
    out = []
    used: set[int] = set()
    for g in g_list:
        for n, p in enumerate(p_list):
            if n not in used and same(g, p):
                used.add(n)
                gs = _spans(g.get("source")) if g["type"] == "Attribution" else []
                ps = [] if p.source_start is None else [(p.source_start, p.source_end)]
                if gs and ps:
                    verdict = "tp" if _overlap(gs, ps) else "both"
                else:
                    verdict = "fn" if gs else "fp" if ps else ""
                out.append((g, p, verdict))
                break
    return out


HEAD_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "ADV", "ADP"})
IMPRESSIONS = frozenset({"seem", "appear", "look", "sound"})


def construction(doc: Doc, spans: Spans) -> str:
    """The construction of a cue at character `spans` of a parsed article, by its head
    word (the first word of a cue piece whose head lies outside it, a predicate
    before a function word): "according to", "adverb", "noun, no owner" (no
    possessor, no "by"/"from" agent), "noun with owner", "passive, no agent",
    "passive with agent", "participle" ("known as"), "copula" ("is unclear", and
    passives the parser reads as an adjective: "is expected"), "impression verb"
    ("seems"), "verb, no subject", "verb, dummy subject" ("it", "there"), "verb with
    subject", "adjective", else "other" with the part of speech."""
    words = [t for a, b in spans for t in doc.char_span(a, b, "expand") or ()]
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head is t]
    head = next((t for t in roots if t.pos_ in HEAD_POS), (roots or words or [None])[0])
    if head is None:
        return "other"
    deps = {c.dep_ for c in head.children}
    if head.lower_ == "according":
        return "according to"
    if head.pos_ == "ADV":
        return "adverb"
    if head.pos_ == "NOUN":
        owned = "poss" in deps or any(
            c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in head.children
        )
        return "noun with owner" if owned else "noun, no owner"
    if head.pos_ == "ADJ":
        return "adjective"
    if head.pos_ not in {"VERB", "AUX"}:
        return f"other ({head.pos_})"
    if deps & {"nsubjpass", "auxpass"}:
        return "passive with agent" if cues.agent_of(head) else "passive, no agent"
    if head.tag_ == "VBN" and head.dep_ in {"acl", "amod"}:
        return "participle"
    if head.pos_ == "AUX" or head.lemma_.lower() == "be":
        return "copula"
    if head.lemma_.lower() in IMPRESSIONS:
        return "impression verb"
    subject = cues.subject_of(head)
    if subject is None:
        return "verb, no subject"
    if subject.lower_ in {"it", "there"}:
        return "verb, dummy subject"
    return "verb with subject"


def article_errors(
    text: str, gold: list[dict], pred: list[Attribution], doc: Doc | None = None
) -> list[Error]:
    """The false positives and negatives of each task on one article, grouped by cue
    (the normalised verb of a prediction, the words of a gold cue); source errors by
    the predicted source kind, or by whether the gold cue was found at all; with the
    parsed article (`doc`), no-source errors by what went wrong and the cue's
    `construction` ("missed: noun, no owner", "no gold cue: passive, no agent")."""
    out: list[Error] = []
    cue_found = {
        i
        for i, g in enumerate(gold)
        if any(_overlap(_spans(g.get("cue")), _cue(p)) for p in pred)
    }
    index = {id(g): i for i, g in enumerate(gold)}
    for task, (g_list, p_list, same) in _tasks(gold, pred).items():
        hit, used = _matching(g_list, p_list, same)
        for n, p in enumerate(p_list):
            if n in used:
                continue
            group = p.source_kind if task == "attribution sources" else p.verb
            if task == NO_SOURCE and doc is not None:
                sourced = any(same(g, p) for g in gold if _spans(g.get("cue")))
                why = "gold has a source" if sourced else "no gold cue"
                group = f"{why}: {construction(doc, _cue(p))}"
            start, end = (
                (p.source_start, p.source_end)
                if task == "attribution sources"
                else (p.cue_start, p.cue_end)
            )
            out.append(error(task, DATASET, FALSE_POSITIVE, group, text, start, end))
        for i, g in enumerate(g_list):
            if i in hit:
                continue
            cue = _spans(g["cue"])[0]
            if task == "attribution sources":
                found = index[id(g)] in cue_found
                group = "cue found, other source" if found else "cue missed"
                start, end = _spans(g["source"])[0]
            else:
                group = " ".join(text[cue[0] : cue[1]].lower().split())
                start, end = cue
            if task == NO_SOURCE and doc is not None:
                found = any(same(g, p) for p in pred)
                why = "given a source" if found else "missed"
                group = f"{why}: {construction(doc, _spans(g['cue']))}"
            out.append(error(task, DATASET, FALSE_NEGATIVE, group, text, start, end))
    for g, p, verdict in matched_sources(gold, pred):
        if verdict in {"fp", "both"}:
            group = "other source" if verdict == "both" else "gold has no source"
            start, end = p.source_start, p.source_end
            out.append(
                error(MATCHED_SOURCES, DATASET, FALSE_POSITIVE, group, text, start, end)
            )
        if verdict in {"fn", "both"}:
            group = "other source" if verdict == "both" else "no source found"
            start, end = _spans(g["source"])[0]
            out.append(
                error(MATCHED_SOURCES, DATASET, FALSE_NEGATIVE, group, text, start, end)
            )
    return out


def scores(
    eval_dir: Path = DEFAULT_EVAL_DIR,
    nlp: Language | None = None,
    errors: list[Error] | None = None,
) -> list[Score]:
    """Cue, source and no-source scores on PolNeAR dev (errors appended to `errors`)."""
    nlp = nlp or pipeline.load()
    records = gold_articles(eval_dir)
    return _scores(records, pipeline.parse(nlp, (r["text"] for r in records)), errors)


def _scores(
    records: list[dict], docs: Iterable, errors: list[Error] | None = None
) -> list[Score]:
    totals: dict[str, list[int]] = {}
    for record, doc in zip(records, docs, strict=True):
        pred = attribution.attributions(doc, actors.mentions(doc))
        if errors is not None:
            errors.extend(
                article_errors(record["text"], record["attributions"], pred, doc)
            )
        for task, counts in article_counts(record["attributions"], pred).items():
            acc = totals.setdefault(task, [0, 0, 0])
            for i, c in enumerate(counts):
                acc[i] += c
    return [Score(task, DATASET, *counts) for task, counts in totals.items()]


def as_predictions(gold: list[dict]) -> list[Attribution]:
    """An annotator's attributions as predictions (cue and source from their first
    and last pieces; no source for `Attribution-no-source`), in cue order."""
    out = []
    for g in gold:
        cue = _spans(g.get("cue"))
        if not cue:
            continue
        source = _spans(g.get("source")) if g["type"] == "Attribution" else []
        start, end = (source[0][0], source[-1][1]) if source else (None, None)
        kind = "unnamed" if source else "none"
        out.append((cue[0][0], cue[-1][1], start, end, kind))
    return [
        Attribution(n, a, b, "", "", s, e, None, None, kind, None, None, None, 0)
        for n, (a, b, s, e, kind) in enumerate(sorted(out, key=lambda x: x[:2]))
    ]


def agreement(eval_dir: Path = DEFAULT_EVAL_DIR, split: str = "train") -> list[Score]:
    """Each task's score of PolNeAR's second annotation of an article against its
    primary one, over the articles annotated twice: how far two people agree."""
    path = eval_dir / "polnear" / f"polnear_{split}.jsonl"
    by_article: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                by_article.setdefault(record["article"], []).append(record)
    totals: dict[str, list[int]] = {}
    for records in by_article.values():
        first = [r for r in records if r["is_primary_annotation"]]
        second = [r for r in records if not r["is_primary_annotation"]]
        if not first or not second:
            continue
        pred = as_predictions(second[0]["attributions"])
        for task, counts in article_counts(first[0]["attributions"], pred).items():
            acc = totals.setdefault(task, [0, 0, 0])
            for i, c in enumerate(counts):
                acc[i] += c
    dataset = f"polnear-{split} agreement"
    return [Score(task, dataset, *counts) for task, counts in totals.items()]


if __name__ == "__main__":
    for s in [*scores(), *agreement()]:
        print(
            f"{s.dataset:12s} {s.task:24s} tp={s.tp:5d} fp={s.fp:5d} fn={s.fn:5d} "
            f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
        )


VARIANTS = ("rules", "trained", "combined")


def variant_scores(
    eval_dir: Path, nlp: Language, split: str = "dev", records: list[dict] | None = None
) -> dict[str, list[Score]]:
    """The three scores of the rules alone, the trained tagger alone and the two
    combined as shipped (`attribution.attributions`), from one parse of a PolNeAR
    split (or of `records`). `nlp` must have the attribution tagger."""
    from presswatch.nlp.models import SPANS_KEY, combine

    records = gold_articles(eval_dir, split) if records is None else records
    totals = {v: {} for v in VARIANTS}
    for record, doc in zip(
        records, pipeline.parse(nlp, (r["text"] for r in records)), strict=True
    ):
        if SPANS_KEY not in doc.spans:
            raise ValueError("the pipeline has no trained attribution tagger")
        mentions = actors.mentions(doc)
        rules = attribution.rule_attributions(doc, mentions)
        by_token = kinds.mentions_by_token(doc, mentions)

        def kind_of(head, span, by_token=by_token, mentions=mentions):
            return kinds.actor_kind(head, span, by_token, mentions)

        preds = {
            "rules": rules,
            "trained": combine.combine(doc, [], kind_of, add_missed="all"),
            "combined": attribution.attributions(doc, mentions),
        }
        for variant, pred in preds.items():
            for task, counts in article_counts(record["attributions"], pred).items():
                acc = totals[variant].setdefault(task, [0, 0, 0])
                for i, c in enumerate(counts):
                    acc[i] += c
    dataset = f"polnear-{split}"
    return {
        v: [Score(task, dataset, *c) for task, c in t.items()]
        for v, t in totals.items()
    }


DECISION_VARIANTS = ("rules", "model", "combined")


def decision_scores(
    records: list[dict],
    docs: list,
    model,
    variants: Iterable[str] = DECISION_VARIANTS,
) -> dict[str, list[Score]]:
    """Scores of the hand-written rules alone, of the learned cue decision alone (a
    rule cue kept only when the model also gives it at least its adding threshold)
    and of the two combined as shipped (`model`'s own thresholds), on parsed
    PolNeAR records."""
    from dataclasses import replace

    from presswatch.nlp.attribution import learned

    decisions = {
        "rules": False,
        "model": replace(model, drop_below=model.add_at),
        "combined": model,
    }
    totals = {v: {} for v in variants}
    for record, doc in zip(records, docs, strict=True):
        mentions = actors.mentions(doc)
        for variant in variants:
            decision = decisions[variant]
            assert decision is False or isinstance(decision, learned.Model)
            pred = attribution.rule_attributions(doc, mentions, decision=decision)
            for task, counts in article_counts(record["attributions"], pred).items():
                acc = totals[variant].setdefault(task, [0, 0, 0])
                for i, c in enumerate(counts):
                    acc[i] += c
    return {
        v: [Score(task, DATASET, *c) for task, c in t.items()]
        for v, t in totals.items()
    }
