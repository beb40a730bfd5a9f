"""Word vectors for the claims' soft overlap (see vectors/MODEL_CARD.md).

Words are looked up by `stem`, a crude suffix stripper that makes a lemma and its
inflections one key ("displace", "displaced", "displacing"); the vectors were trained
on stems the same way (presswatch/train/vectors.py). Loading is lazy and cached: the
readers of claims never load them.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

VECTORS_DIR = Path(__file__).with_name("vectors")
_SUFFIXES = ("ing", "ed", "es", "s")


@functools.lru_cache(maxsize=1 << 16)  # the claims linker asks for each word often
def stem(word: str) -> str:
    """ "displaced" / "displace" -> "displac", "cities" / "city" -> "citi"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "i"
    else:
        for suffix in _SUFFIXES:
            if (
                w.endswith(suffix)
                and len(w) - len(suffix) >= 3
                and not w.endswith("ss")
            ):
                w = w[: -len(suffix)]
                break
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


class Vectors:
    """Unit word vectors by stem; `similarity` is their cosine (0 for an unknown word)."""

    def __init__(self, vocab: list[str], matrix: np.ndarray) -> None:
        self.index = {w: i for i, w in enumerate(vocab)}
        self.matrix = matrix.astype(np.float32) / 127.0
        # The stored int8 values as floats: a dot product of two rows is a sum of 64
        # products of integers of at most 128 in size, under 2**24 whatever the order it is added
        # in, so exact in float32 for one pair as for a whole matrix product at once
        # (`similar.content_similarity`), on any BLAS.
        self.counts = matrix.astype(np.float32)

    def vector(self, word: str) -> np.ndarray | None:
        i = self.index.get(stem(word))
        return None if i is None else self.matrix[i]

    @functools.lru_cache(maxsize=200_000)  # noqa: B019 - one instance, process-wide
    def similarity(self, a: str, b: str) -> float:
        if stem(a) == stem(b):
            return 1.0
        ia, ib = self.index.get(stem(a)), self.index.get(stem(b))
        if ia is None or ib is None:
            return 0.0
        return float(self.counts[ia] @ self.counts[ib]) / SCALE


SCALE = 127.0 * 127.0  # a cosine is the dot product of two stored rows over this


@functools.cache
def load(path: Path = VECTORS_DIR) -> Vectors | None:
    """The shipped vectors, or None when they are absent (the soft overlap is off)."""
    if not (path / "vectors.npy").exists():
        return None
    vocab = (path / "vocab.txt").read_text(encoding="utf-8").split("\n")
    matrix = np.load(path / "vectors.npy")
    return Vectors(vocab[: len(matrix)], matrix)
