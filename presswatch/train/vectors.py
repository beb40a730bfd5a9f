"""Word vectors for the claims' soft overlap: PPMI + truncated SVD over a news corpus.

    python -m presswatch.train.vectors [--corpus FILE] [--out DIR]

Reads the articles' text in place (JSON lines, gzipped or not, a "text" field), counts
word co-occurrences in a window of WINDOW words (stems of content words, stopwords left
out), weights them by positive pointwise mutual information with context-distribution
smoothing, and keeps the first DIMS dimensions of a randomized SVD (fixed seed). Only the
vectors leave the run: a vocabulary of stems and an int8 matrix, with a model card. The
text never enters the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from presswatch.claims.vectors import VECTORS_DIR, stem

WINDOW, DIMS, MIN_COUNT, MAX_VOCAB, SEED, ALPHA = 5, 64, 15, 20000, 0, 0.75
_WORD = re.compile(r"[a-z]+")


def _texts(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line).get("text") or ""


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _streams(texts: Iterable[str]) -> Iterator[list[str]]:
    stop = _stopwords()
    for text in texts:
        words = _WORD.findall(text.lower())
        yield [stem(w) for w in words if len(w) > 1 and w not in stop]


def train(corpus: Path, log=print) -> tuple[list[str], np.ndarray, dict]:
    """(vocabulary, unit vectors as float32, facts for the model card)."""
    from scipy import sparse

    t0 = time.process_time()
    docs = list(_streams(_texts(corpus)))
    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, c in counts.most_common(MAX_VOCAB) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    ids = [np.array([index[w] for w in d if w in index], dtype=np.int64) for d in docs]
    log(f"{len(docs)} texts, {sum(len(i) for i in ids)} tokens, vocabulary {n}")
    rows, cols, vals = [], [], []
    for arr in ids:
        for d in range(1, WINDOW + 1):
            if len(arr) > d:
                rows.append(arr[:-d])
                cols.append(arr[d:])
                vals.append(np.full(len(arr) - d, 1.0 / d, dtype=np.float32))
    r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    m = sparse.coo_matrix((v, (r, c)), shape=(n, n)).tocsr()
    m = (m + m.T).tocsr()  # symmetric window
    total = m.sum()
    word = np.asarray(m.sum(axis=1)).ravel()
    context = np.asarray(m.sum(axis=0)).ravel() ** ALPHA
    context /= context.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (word[m.row] / total) / context[m.col] / total)
    keep = pmi > 0
    ppmi = sparse.csr_matrix(
        (pmi[keep].astype(np.float32), (m.row[keep], m.col[keep])), shape=(n, n)
    )
    log(f"PPMI: {ppmi.nnz} non-zero cells")
    u, s = _randomized_svd(ppmi, DIMS, np.random.default_rng(SEED))
    vectors = u * np.sqrt(s)  # eigenvalue weighting 0.5
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    facts = {
        "texts": len(docs),
        "tokens": int(sum(len(i) for i in ids)),
        "vocabulary": n,
        "ppmi_nonzero": int(ppmi.nnz),
        "cpu_seconds": round(time.process_time() - t0, 1),
    }
    return vocab, vectors.astype(np.float32), facts


def _randomized_svd(m, k: int, rng: np.random.Generator, oversample: int = 20):
    """The first k left singular vectors and values of a sparse matrix (Halko et al.,
    two power iterations)."""
    g = rng.standard_normal((m.shape[1], k + oversample)).astype(np.float32)
    q, _ = np.linalg.qr(m @ g)
    for _ in range(2):
        q, _ = np.linalg.qr(m.T @ q)
        q, _ = np.linalg.qr(m @ q)
    b = (m.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    return (q @ ub)[:, :k], s[:k]


def save(vocab: list[str], vectors: np.ndarray, facts: dict, corpus: Path, out: Path):
    """int8 vectors (unit length, scaled by 127) and the vocabulary, with a card."""
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "vectors.npy", np.round(vectors * 127).astype(np.int8))
    (out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    facts = facts | {
        "corpus": corpus.name if corpus.name != "articles.jsonl.gz" else
        f"{corpus.parent.name}/{corpus.name}",
        "window": WINDOW, "dims": DIMS, "min_count": MIN_COUNT,
        "max_vocab": MAX_VOCAB, "seed": SEED, "context_smoothing": ALPHA,
        "command": "python -m presswatch.train.vectors",
    }  # fmt: skip
    (out / "training.json").write_text(json.dumps(facts, indent=2) + "\n")


def main(argv: list[str] | None = None) -> None:
    from presswatch.evaluation import DEFAULT_EVAL_DIR

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_EVAL_DIR / "news_corpus" / "articles.jsonl.gz",
    )
    parser.add_argument("--out", type=Path, default=VECTORS_DIR)
    args = parser.parse_args(argv)
    vocab, vectors, facts = train(args.corpus)
    save(vocab, vectors, facts, args.corpus, args.out)
    print(json.dumps(facts))


if __name__ == "__main__":
    main()
