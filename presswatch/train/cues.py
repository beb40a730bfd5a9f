"""Train the learned cue decision (presswatch.nlp.attribution.learned) on PolNeAR train.

Each primary-annotation train article is parsed by the shipped pipeline (the base
model, the fine-tuned NER and the rules, without the attribution tagger); every
candidate predicate becomes one example, its features those `learned.features` gives
it and its label whether it heads a gold cue (the token of a gold cue piece whose
head lies outside the piece). Every 10th article by name is held out, as for the
tagger: the thresholds are chosen there, and the final scores are printed for those
articles and for PolNeAR dev, which nothing here is tuned on.

The model is an L2-regularised logistic regression fitted by L-BFGS (scipy) over a
sparse feature matrix, deterministic for a seed (about 150 CPU-s on the 756
articles); it ships as JSON (feature name -> weight), keeping features seen at least
`min_count` times in training. `python -m presswatch.train.cues --folds K` scores it
by K-fold cross-validation over the training articles.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from presswatch.nlp import models, pipeline
from presswatch.nlp.attribution import learned, lexicons, rules_found
from presswatch.nlp.models import TENSOR_WIDTH
from presswatch.train import SEED
from presswatch.train import attribution as attribution_train

CACHE_NAME = "cues"


NO_CUE, SOURCED, UNSOURCED = 0, 1, 2


def gold_heads(doc: Doc, record: dict) -> dict[int, int]:
    """Token indices heading a gold cue piece, with the cue's class (SOURCED, or
    UNSOURCED for PolNeAR's "Attribution-no-source")."""
    out: dict[int, int] = {}
    for a in record["attributions"]:
        label = UNSOURCED if a["type"] == "Attribution-no-source" else SOURCED
        for start, end in (a.get("cue") or {}).get("spans", []):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            inside = [t for t in span if learned.candidate(t)]
            roots = [t for t in inside if not (span.start <= t.head.i < span.end)]
            roots = roots or [t for t in inside if t.head is t] or inside[:1]
            for t in roots[:1]:
                out.setdefault(t.i, label)
    return out


def examples(
    docs: Iterable[Doc], records: Iterable[dict]
) -> tuple[list[list[str]], list[int], np.ndarray]:
    """The feature names, label and tok2vec vector (zeros when the Doc has no
    tensor) of every candidate token of the articles."""
    table = lexicons.reporting_verbs()
    names: list[list[str]] = []
    labels: list[int] = []
    vectors: list[np.ndarray] = []
    for doc, record in zip(docs, records, strict=True):
        heads = gold_heads(doc, record)
        for tok, _, feats in learned.candidates(doc, rules_found(doc), table):
            names.append(feats)
            labels.append(heads.get(tok.i, NO_CUE))
            row = learned.tensor_row(tok)
            vectors.append(np.zeros(TENSOR_WIDTH, np.float32) if row is None else row)
    matrix = np.asarray(vectors, dtype=np.float32).reshape(-1, TENSOR_WIDTH)
    return names, labels, matrix


Fitted = tuple[dict[str, list[float]], list[float], list[list[float]] | None]


def fit(
    names: list[list[str]],
    labels: list[int],
    vectors: np.ndarray | None = None,
    *,
    classes: int = 3,
    l2: float = 3e-5,
    epochs: int = 300,
    min_count: int = 2,
    seed: int = SEED,
) -> Fitted:
    """A multinomial logistic regression (class 0 is "no cue"): the weights by
    feature name (one per class), the biases, and the weights of the tok2vec
    vector (per dimension, one per class; None without `vectors`). The mean
    cross-entropy plus L2 is minimised by L-BFGS (scipy) over a sparse matrix of the
    features, for at most `epochs` iterations, from a start drawn with `seed`."""
    from scipy import sparse
    from scipy.optimize import minimize

    counts = Counter(n for feats in names for n in set(feats))
    vocab = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(vocab)}
    rows = [sorted({index[n] for n in feats if n in index}) for feats in names]
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    if not lengths.all():
        raise ValueError("an example has no feature seen min_count times")
    cols = np.fromiter((i for r in rows for i in r), dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    n, f = len(labels), len(vocab)
    x = sparse.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(n, f))
    x_t = x.T.tocsr()
    y = np.zeros((n, classes))
    y[np.arange(n), labels] = 1.0
    v = np.zeros((n, 0)) if vectors is None else np.asarray(vectors, dtype=np.float64)
    shapes = [(f, classes), (classes,), (v.shape[1], classes)]
    sizes = [int(np.prod(shape)) for shape in shapes]

    def unpack(theta: np.ndarray) -> list[np.ndarray]:
        parts = np.split(theta, np.cumsum(sizes)[:-1])
        return [p.reshape(shape) for p, shape in zip(parts, shapes, strict=True)]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b, dense = unpack(theta)
        z = x @ w + b + v @ dense
        z -= z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        penalty = 0.5 * l2 * ((w * w).sum() + (dense * dense).sum())
        err = (np.exp(log_p) - y) / n
        grads = (x_t @ err + l2 * w, err.sum(axis=0), v.T @ err + l2 * dense)
        value = -(y * log_p).sum() / n + penalty
        return value, np.concatenate([g.ravel() for g in grads])

    rng = np.random.default_rng(seed)
    start = np.concatenate(
        [rng.normal(0, 0.01, sizes[0]), np.zeros(sizes[1] + sizes[2])]
    )
    result = minimize(
        loss, start, jac=True, method="L-BFGS-B", options={"maxiter": epochs}
    )
    w, b, dense = unpack(result.x)
    weights = {
        name: [round(float(v), 4) for v in w[i]]
        for name, i in index.items()
        if np.abs(w[i]).max() >= 5e-5
    }
    biases = [round(float(v), 4) for v in b]
    vector_weights = [[round(float(v), 4) for v in row] for row in dense] or None
    return weights, biases, vector_weights


# The thresholds tried on the held-out train articles (the one with the best mean of
# cue, source and no-source F1 is shipped): add a predicate at P(cue) >= add_at
# (one the parse gives no source only at P(cue without a source) >= unsourced_at),
# drop a rule cue at P(cue) < drop_below.
ADD_AT = (0.3, 0.35, 0.4, 0.45)
DROP_BELOW = (0.0, 0.1)
UNSOURCED_AT = (1.0, 0.5, 0.3, 0.2)


def parsed(records: list[dict]) -> Iterable[Doc]:
    """The records' texts parsed by the shipped pipeline without the cue decision
    (which would otherwise decide on its own training data) and the tagger."""
    nlp = pipeline.build(trained={"cues": None, "attribution": None})
    return pipeline.parse(nlp, (r["text"] for r in records))


def train(
    data_dir: Path,
    work: Path,
    target: Path,
    *,
    train_file: str = "polnear_train.jsonl",
    epochs: int = 300,
    l2: float = 3e-5,
    seed: int = SEED,
    max_steps: int | None = None,
    log=print,
) -> dict:
    """Parse, fit, choose the thresholds on the held-out articles, and write
    `target`/weights.json; returns the training info. `work` is unused (nothing is
    converted to disk); `max_steps` stands for `epochs`."""
    epochs = max_steps or epochs
    from presswatch.evaluation.attribution import decision_scores

    records = attribution_train.read_records(data_dir / "polnear" / train_file)
    kept, held = attribution_train.split(records)
    if not kept or not held:
        raise ValueError(f"{data_dir}: too few PolNeAR train articles to hold some out")
    t0 = time.perf_counter()
    names, labels, vectors = examples(parsed(kept), kept)
    log(f"{len(kept)} articles: {len(labels)} candidate predicates, "
        f"{sum(1 for y in labels if y)} cue heads")  # fmt: skip
    weights, bias, dense = fit(names, labels, vectors, l2=l2, epochs=epochs, seed=seed)
    held_docs = list(parsed(held))
    best = None
    for add_at in ADD_AT:
        for drop_below in DROP_BELOW:
            for unsourced_at in UNSOURCED_AT:
                model = learned.Model.of(
                    weights, bias, add_at, drop_below, unsourced_at, dense
                )
                s = decision_scores(held, held_docs, model, variants=("combined",))
                key = round(sum(x.f1 for x in s["combined"]) / len(s["combined"]), 4)
                if best is None or key > best[0]:
                    best = (key, add_at, drop_below, unsourced_at)
    _, add_at, drop_below, unsourced_at = best
    log(f"thresholds (held out): add_at={add_at} drop_below={drop_below} "
        f"unsourced_at={unsourced_at}")  # fmt: skip
    target.mkdir(parents=True, exist_ok=True)
    write(
        target / models.CUES_WEIGHTS,
        weights,
        bias,
        dense,
        add_at=add_at,
        drop_below=drop_below,
        unsourced_at=unsourced_at,
    )
    return {
        "articles_train": len(kept),
        "articles_heldout": len(held),
        "examples": len(labels),
        "features": len(weights),
        "epochs": epochs,
        "l2": l2,
        "seed": seed,
        "thresholds": {
            "add_at": add_at,
            "drop_below": drop_below,
            "unsourced_at": unsourced_at,
        },
        "seconds": round(time.perf_counter() - t0),
        "base": pipeline.model_package(),
    }


def write(
    path: Path,
    weights: dict[str, list[float]],
    bias: list[float],
    dense: list[list[float]] | None,
    **thresholds: float,
) -> None:
    """The model as JSON, sorted, so a retrain with the same seed writes the same
    file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        **thresholds,
        "classes": ["none", "sourced", "unsourced"],
        "bias": bias,
        "dense": dense,
        "weights": dict(sorted(weights.items())),
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def dev_scores(
    data_dir: Path, component: Path, log=print, records: list[dict] | None = None
) -> dict:
    """Rules alone, the model alone and the two combined on PolNeAR dev (or on
    `records`, such as the held-out train articles)."""
    from presswatch.evaluation.attribution import decision_scores, gold_articles

    title = "PolNeAR dev" if records is None else "held out"
    records = gold_articles(data_dir, "dev") if records is None else records
    model = learned.load(component / models.CUES_WEIGHTS)
    table = decision_scores(records, list(parsed(records)), model)
    return attribution_train.log_table(table, title, log)


def model_card(info: dict) -> str:
    """The MODEL_CARD.md of the learned cue decision."""
    t = info["thresholds"]
    lines = [
        "# Learned attribution cue decision",
        "",
        "A multinomial logistic regression (no cue / cue with a source / cue without)",
        "over each candidate predicate (verb, copula, adjective, noun) of a parsed",
        "article: parse features (lemma, frame, dependency children and their words,",
        "the subject's kind, passive, negation, quote, the rules' verdict; for cues",
        "without a source: a passive with no agent, a naming participle, a noun with",
        "no possessor or by/from agent, hedging adverbs, raising verbs, a dummy",
        "subject, what governs a noun; the words before and after) and the",
        f"`{info['base']}` tok2vec vector of the token (`doc.tensor`). Code:",
        "`presswatch/nlp/attribution/learned.py`; the weights are `weights.json`",
        f"({info['features']} features).",
        "",
        "## Data",
        "",
        "PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR,",
        "commit c3eee83), `polnear_train.jsonl`, primary annotations only:",
        f"{info['articles_train']} articles trained on ({info['examples']} candidate",
        f"predicates), {info['articles_heldout']} (every 10th by name) held out for the",
        "thresholds. PolNeAR dev was used only for the scores below. Licence as stated",
        "in the data's PROVENANCE.md: the README states none; the repository's software",
        "declares MIT; the article texts are copyrighted news (7 US outlets) — research",
        "use. The data itself is not shipped; the weights (feature names are parse",
        "labels and lemmas, the weights numbers) are.",
        "",
        "## Training",
        "",
        f"- command: `{info['command']}`",
        f"- scipy L-BFGS, at most {info['epochs']} iterations, L2 {info['l2']}, seed",
        f"  {info['seed']}; took {info['seconds']} s on a shared 2-core machine",
        f"- thresholds chosen on the held-out articles: add a cue at P(cue) >= {t['add_at']},",
        f"  (one the parse gives no source at P(cue without one) >= {t['unsourced_at']}),",
        f"  drop a rule cue at P(cue) < {t['drop_below']}",
        '- a naming participle the rules decline ("a plan known as X", "a film titled',
        "  X\") is the model's to decide: PolNeAR counts about half as cues without a",
        "  source",
        "",
    ]
    lines += attribution_train.score_tables(info)
    return "\n".join(lines)


def cross_validate(
    data_dir: Path,
    folds: int = 3,
    *,
    train_file: str = "polnear_train.jsonl",
    epochs: int = 300,
    l2: float = 3e-5,
    seed: int = SEED,
    log=print,
) -> dict:
    """Rules, model and combined scores over `folds` folds of the training articles
    (the held-out ones left out, article n in fold n % folds): each fold is scored by
    a model fitted on the others, with the shipped model's thresholds; the counts are
    summed over the folds. Returns the pooled table as card data."""
    from presswatch.evaluation import Score
    from presswatch.evaluation.attribution import decision_scores

    if folds < 2:
        raise ValueError(f"cross-validation needs at least 2 folds, not {folds}")
    records = attribution_train.read_records(data_dir / "polnear" / train_file)
    kept = attribution_train.split(records)[0]
    docs = list(parsed(kept))
    shipped = learned.load(models.CUES_DIR / models.CUES_WEIGHTS)
    pooled: dict[str, dict[str, list[int]]] = {}
    for fold in range(folds):
        train_at = [n for n in range(len(kept)) if n % folds != fold]
        test_at = [n for n in range(len(kept)) if n % folds == fold]
        names, labels, vectors = examples(
            [docs[n] for n in train_at], [kept[n] for n in train_at]
        )
        weights, bias, dense = fit(
            names, labels, vectors, l2=l2, epochs=epochs, seed=seed
        )
        model = learned.Model.of(
            weights,
            bias,
            shipped.add_at,
            shipped.drop_below,
            shipped.unsourced_at,
            dense,
        )
        table = decision_scores(
            [kept[n] for n in test_at], [docs[n] for n in test_at], model
        )
        attribution_train.log_table(table, f"fold {fold + 1}/{folds}", log)
        for variant, scores in table.items():
            for s in scores:
                acc = pooled.setdefault(variant, {}).setdefault(s.task, [0, 0, 0])
                for i, c in enumerate((s.tp, s.fp, s.fn)):
                    acc[i] += c
    total = {
        v: [Score(task, "polnear-train folds", *c) for task, c in t.items()]
        for v, t in pooled.items()
    }
    return attribution_train.log_table(total, f"{folds} folds", log)


if __name__ == "__main__":
    import argparse

    from presswatch.evaluation import DEFAULT_EVAL_DIR
    from presswatch.train import single_thread

    parser = argparse.ArgumentParser(
        description="Cross-validate the learned cue decision on PolNeAR train."
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args()
    single_thread()
    cross_validate(args.data, args.folds)
