"""Hedging scores on the Szeged Uncertainty Corpus (FactBank news, Wikipedia), and on
BioScope (biomedical) and SFU reviews as out-of-domain checks.

A sentence is gold-hedged if it has a cue of an epistemic or doxastic type
(speculation_modal_probable_, speculation_modal_possible_, speculation_hypo_doxastic _);
condition ("if", "would") and investigation ("whether") cues are not hedges here.
It is predicted hedged if `hedging.hedges` finds a non-booster cue in it. Cue level:
a predicted cue is a true positive if it overlaps a gold epistemic/doxastic cue.

BioScope and SFU have one cue type, "speculation", with no subtypes. Their speculation
cues count as hedges unless Szeged itself mostly types that cue as a condition or an
investigation (`non_hedge_words`: "if", "whether", "would", "unless", ...), so that the
out-of-domain rows score what the Szeged rows score; "or" and "can", which Szeged's
biomedical part types as possibility, stay gold hedges that news rules do not look for.
Negation cues are not hedges. SFU comes as tokens; its text is rebuilt with spaces
between tokens except before closing punctuation and clitics ("could n't" -> "couldn't").
`scores(only=...)` (`evaluate --task hedging --only factbank`) scores some datasets
(HEDGING_DATASETS) and leaves out the rows that need the others.
Run: python -m presswatch.evaluation.hedging [--quick]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from presswatch.evaluation import (
    DEFAULT_EVAL_DIR,
    FALSE_NEGATIVE,
    FALSE_POSITIVE,
    HEDGING_DATASETS,
    Error,
    Score,
    error,
    lexicon,
)
from presswatch.evaluation.lexicon import Sentence
from presswatch.nlp import hedging, pipeline
from presswatch.records import BOOSTER

EPISTEMIC_TYPES = ("speculation_modal_probable", "speculation_modal_possible",
                   "speculation_hypo_doxastic")  # fmt: skip
NON_HEDGE_TYPES = ("speculation_hypo_condition", "speculation_hypo_investigation")
DATASETS = (("factbank", "szeged-factbank"), ("wiki", "szeged-wiki"))
BIOSCOPE = ("abstracts", "full_papers")  # scored together as one dataset
QUICK_EVERY = 4  # quick mode scores every 4th Wikipedia, BioScope and SFU sentence
SPECULATION = "speculation"
# SFU tokens written without a space before them: closing punctuation and clitics.
_CLOSING = {".", ",", "!", "?", ";", ":", ")", "]", "}", "%", "..."}
_OPENING = {"(", "[", "{", "$"}
_CLITICS = {"s", "d", "m", "re", "ve", "ll", "t"}  # 's 'd 'm 're 've 'll n't
_APOSTROPHES = ("'", "\u2019", "\x92")  # the last: cp1252's, as some SFU files have it

IsHedge = Callable[[dict], bool]


def is_epistemic(cue_type: str) -> bool:
    """Whether a Szeged cue type is an epistemic or doxastic (hedge) cue."""
    return cue_type.strip().rstrip("_ ").startswith(EPISTEMIC_TYPES)


def _szeged_cue(cue: dict) -> bool:
    return is_epistemic(cue["type"])


def _rows(path: Path, every: int = 1) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % every == 0:
                yield json.loads(line)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def dataset_scores(rows: list[dict], nlp: Language, dataset: str,
                   errors: list[Error] | None = None, *, is_hedge: IsHedge = _szeged_cue,
                   sentences: list[Sentence] | None = None) -> list[Score]:  # fmt: skip
    """Hedged-sentence and cue-level scores on rows of `text` and `cues` (each cue with
    `start`, `end`, and whatever `is_hedge` reads: by default a Szeged `type`); cue
    errors (grouped by the cue's words) to `errors`, and each row's lexicon matches to
    `sentences` (for `lexicon.cross_validate`)."""
    sent = [0, 0, 0]
    cue = [0, 0, 0]
    docs = pipeline.parse(nlp, (r["text"] for r in rows))
    for row, doc in zip(rows, docs, strict=True):
        gold = [(c["start"], c["end"]) for c in row["cues"] if is_hedge(c)]
        matches = hedging.candidates(doc)
        hedges = hedging.resolved(doc, matches)
        found = [(h.start, h.end) for h in hedges if h.category != BOOSTER]
        if sentences is not None:
            sentences.append(Sentence(str(row.get("doc_id", "")), bool(gold), matches))
        sent[0] += bool(gold) and bool(found)
        sent[1] += not gold and bool(found)
        sent[2] += bool(gold) and not found
        matched = sum(_overlaps(s, e, gold) for s, e in found)
        cue[0] += matched
        cue[1] += len(found) - matched
        cue[2] += sum(not _overlaps(s, e, found) for s, e in gold)
        if errors is not None:
            errors.extend(_cue_errors(row["text"], dataset, gold, found))
    return [
        Score("hedged sentences", dataset, *sent),
        Score("hedge cues", dataset, *cue),
    ]


def _cue_errors(
    text: str, dataset: str, gold: list[tuple[int, int]], found: list[tuple[int, int]]
) -> list[Error]:
    out = []
    for s, e in found:
        if not _overlaps(s, e, gold):
            word = _words(text[s:e])
            out.append(error("hedge cues", dataset, FALSE_POSITIVE, word, text, s, e))
    for s, e in gold:
        if not _overlaps(s, e, found):
            word = _words(text[s:e])
            out.append(error("hedge cues", dataset, FALSE_NEGATIVE, word, text, s, e))
    return out


def non_hedge_words(szeged_rows: Iterable[dict]) -> frozenset[str]:
    """Cue words (lower case, spaces normalised) that Szeged types as a condition or an
    investigation more often than as a hedge: "if", "whether", "would", "unless"."""
    votes: dict[str, Counter] = {}
    for row in szeged_rows:
        for c in row["cues"]:
            kind = c["type"].strip().rstrip("_ ")
            hedge = is_epistemic(kind)
            if hedge or kind.startswith(NON_HEDGE_TYPES):
                votes.setdefault(_words(c["text"]), Counter())[hedge] += 1
    return frozenset(w for w, v in votes.items() if v[False] > v[True])


def speculation_cue(non_hedge: frozenset[str]) -> IsHedge:
    """The gold test of an out-of-domain cue: a speculation cue whose words (or, for a
    phrase Szeged does not list, first word) are not a condition or investigation."""

    def is_hedge(cue: dict) -> bool:
        if cue["type"] != SPECULATION:
            return False
        words = _words(cue["text"])
        if words in non_hedge:
            return False
        return not (words.split()[:1] and words.split()[0] in non_hedge)

    return is_hedge


def detokenised(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """SFU tokens as text, with each token's character span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    at = 0
    for i, token in enumerate(tokens):
        if i and not _attached(token) and tokens[i - 1] not in _OPENING:
            parts.append(" ")
            at += 1
        parts.append(token)
        spans.append((at, at + len(token)))
        at += len(token)
    return "".join(parts), spans


def _attached(token: str) -> bool:
    """Closing punctuation and clitics ("n't", "'s", "'d") join the token before."""
    if token in _CLOSING:
        return True
    lower = token.lower()
    clitic = lower[1:] if lower.startswith("n") else lower
    return clitic[:1] in _APOSTROPHES and clitic[1:] in _CLITICS


def sfu_row(row: dict) -> dict:
    """An SFU sentence as a row of text and character-offset cues (a cue over several
    tokens, possibly apart, spans from its first to its last token)."""
    text, spans = detokenised(row["tokens"])
    cues = []
    for c in row["cues"]:
        if c["tokens"]:
            start, end = spans[min(c["tokens"])][0], spans[max(c["tokens"])][1]
            cues.append(
                {"start": start, "end": end, "text": c["text"], "type": c["type"]}
            )
    return {"text": text, "cues": cues}


def out_of_domain_scores(eval_dir: Path, nlp: Language, *, every: int = 1,
                         errors: list[Error] | None = None,
                         only: Collection[str] = HEDGING_DATASETS) -> list[Score]:  # fmt: skip
    """Hedged-sentence and cue scores on BioScope (abstracts and full papers) and SFU
    reviews (every `every`-th sentence), those of them in `only`, skipping a dataset
    whose folder is absent."""
    if not {"bioscope", "sfu"} & set(only):
        return []
    szeged = Path(eval_dir) / "szeged_uncertainty"
    non_hedge = non_hedge_words(
        row for name in sorted(szeged.glob("*.sentences.jsonl")) for row in _rows(name)
    )
    is_hedge = speculation_cue(non_hedge)
    suffix = f"-1in{every}" if every > 1 else ""
    out: list[Score] = []
    bio = Path(eval_dir) / "bioscope"
    if "bioscope" in only and bio.is_dir():
        rows = [r for part in BIOSCOPE
                for r in _rows(bio / f"{part}.sentences.jsonl", every)]  # fmt: skip
        out.extend(dataset_scores(rows, nlp, "bioscope" + suffix, errors,
                                  is_hedge=is_hedge))  # fmt: skip
    sfu = Path(eval_dir) / "sfu_review_negation_speculation" / "sfu_sentences.jsonl"
    if "sfu" in only and sfu.is_file():
        rows = [sfu_row(r) for r in _rows(sfu, every)]
        out.extend(dataset_scores(rows, nlp, "sfu-reviews" + suffix, errors,
                                  is_hedge=is_hedge))  # fmt: skip
    return out


def scores(eval_dir: Path = DEFAULT_EVAL_DIR, nlp: Language | None = None, *,
           quick: bool = False, errors: list[Error] | None = None,
           only: Collection[str] = HEDGING_DATASETS) -> list[Score]:  # fmt: skip
    """Hedged-sentence and cue scores on FactBank and Wikipedia, then BioScope and SFU
    out of domain (every 4th sentence of all but FactBank if quick): of the datasets
    named in `only` (HEDGING_DATASETS), with the cross-validated FactBank row if it
    names FactBank and the row learned on Wikipedia if it names both."""
    unknown = set(only) - set(HEDGING_DATASETS)
    if unknown:
        raise ValueError(f"unknown hedging dataset(s): {', '.join(sorted(unknown))}")
    nlp = nlp or pipeline.load()
    folder = Path(eval_dir) / "szeged_uncertainty"
    out: list[Score] = []
    matched: dict[str, list[Sentence]] = {}
    for name, dataset in DATASETS:
        if name not in only:
            continue
        every = QUICK_EVERY if quick and name == "wiki" else 1
        if every > 1:
            dataset = f"{dataset}-1in{every}"
        rows = list(_rows(folder / f"{name}.sentences.jsonl", every))
        matched[name] = []
        out.extend(dataset_scores(rows, nlp, dataset, errors, sentences=matched[name]))
    factbank = DATASETS[0][1]
    if "factbank" in matched:
        out.append(lexicon.cross_validate(matched["factbank"], factbank).learned)
    if "factbank" in matched and "wiki" in matched:
        out.append(lexicon.transferred(matched["wiki"], matched["factbank"], factbank,
                                       "Wikipedia")[0])  # fmt: skip
    every = QUICK_EVERY if quick else 1
    out.extend(out_of_domain_scores(eval_dir, nlp, every=every, errors=errors,
                                    only=only))  # fmt: skip
    return out


if __name__ == "__main__":
    for s in scores(quick="--quick" in sys.argv):
        print(
            f"{s.task:17s} {s.dataset:22s} tp={s.tp:5d} fp={s.fp:5d} fn={s.fn:5d} "
            f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
        )
