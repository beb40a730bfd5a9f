"""Copies: near-duplicate articles (a wire story republished with a new headline, a
sentence dropped or added, a dateline or boilerplate line changed).

Each article's text becomes a set of word 3-grams (after the same normalisation as
`ingest.content_hash`: NFKC, typographic quotes and dashes, case); its MinHash
signature (datasketch, 128 permutations) is stored in `copy_signatures`. A new article
is queried against a MinHash LSH index built from the stored signatures (kept in
memory for the rest of the ingest) and inserted into it: no pairwise scan. Candidates
whose estimated Jaccard similarity reaches `THRESHOLD` become `copy_pairs`; connected
pairs form a copy group whose original is the earliest article (published, then id).
Exact duplicates, stored once (`duplicates`), join their article's group.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from datasketch import MinHash, MinHashLSH

from presswatch.ingest.articles import folded
from presswatch.records import Article
from presswatch.store import Store

NUM_PERM = 128
SHINGLE = 3
# A syndicated copy with a new lead, a dropped paragraph and another dateline keeps
# well over half of its 3-grams; two reports of the same event keep under a fifth.
THRESHOLD = 0.5
# Fewer shingles than this and any two short notes look alike: never a copy.
MIN_SHINGLES = 12
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The word 3-grams of a text, normalised as `ingest.content_hash` does."""
    words = _WORD.findall(folded(text))
    return {
        " ".join(words[i : i + SHINGLE]).encode("utf-8")
        for i in range(max(0, len(words) - SHINGLE + 1))
    }


_TEMPLATE = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
# Bands and rows for THRESHOLD, worked out once (datasketch integrates the S-curve
# each time an index is made otherwise).
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
_PARAMS = (_LSH.b, _LSH.r)


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles; None for a text too short to compare."""
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_TEMPLATE.permutations)
    m.update_batch(grams)
    return m


def _from_bytes(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32)
    return MinHash(
        scheme=SCHEME, hashvalues=values, permutations=_TEMPLATE.permutations
    )


@dataclass
class _Index:
    """The in-memory LSH over the store's signatures, and the store version it matches."""

    lsh: MinHashLSH
    signatures: dict[str, MinHash] = field(default_factory=dict)
    version: str = "0"


_INDEXES: weakref.WeakKeyDictionary[Store, _Index] = weakref.WeakKeyDictionary()


def _index(store: Store, replaced: Iterable[str], *, rebuild: bool = False) -> _Index:
    """The LSH for this store: reused within an ingest (each batch write bumps the
    version by one) while it holds every stored signature, else rebuilt from
    `copy_signatures`."""
    index = _INDEXES.get(store)
    current = store.version()
    expected = {index.version, str(int(index.version) + 1)} if index else set()
    if rebuild or current not in expected:
        index = _Index(MinHashLSH(num_perm=NUM_PERM, params=_PARAMS))
        rows = store.rows("SELECT article_id, signature FROM copy_signatures")
        with index.lsh.insertion_session() as session:
            for article_id, blob in rows:
                if not blob:  # too short to sign
                    continue
                m = _from_bytes(blob)
                index.signatures[article_id] = m
                session.insert(article_id, m, check_duplication=False)
        _INDEXES[store] = index
    for article_id in replaced:  # re-written articles: their old signature went
        if index.signatures.pop(article_id, None) is not None:
            index.lsh.remove(article_id)
    [(stored,)] = store.rows(
        "SELECT count(DISTINCT article_id) FROM copy_signatures "
        "WHERE octet_length(signature) > 0"
    )
    if stored != len(index.signatures) and not rebuild:  # another writer added some
        return _index(store, replaced, rebuild=True)
    return index


def index_batch(store: Store, articles: Sequence[Article]) -> list[tuple]:
    """Sign a just-written batch, find its copies among everything stored; returns the
    rows for `copy_signatures` and `copy_pairs` (written by the caller)."""
    replaced = [a.id for a in articles]
    index = _index(store, replaced)
    signature_rows: list[tuple] = []
    pair_rows: list[tuple] = []
    for article in articles:
        m = signature(article.text)
        if m is None:
            signature_rows.append((article.id, b""))
            continue
        for other in index.lsh.query(m):
            if other != article.id and m.jaccard(index.signatures[other]) >= THRESHOLD:
                pair_rows.append((article.id, other))
        index.lsh.insert(article.id, m, check_duplication=False)
        index.signatures[article.id] = m
        signature_rows.append((article.id, m.hashvalues.astype(np.uint32).tobytes()))
    return [("copy_signatures", signature_rows), ("copy_pairs", pair_rows)]


def prepare(store: Store) -> None:
    """Build the in-memory index of the store's signatures now, if it has none."""
    if store not in _INDEXES:
        _index(store, ())
        note_version(store)


def note_version(store: Store) -> None:
    """Record that the in-memory index matches the store as it is now."""
    if (index := _INDEXES.get(store)) is not None:
        index.version = store.version()


def forget(store: Store) -> None:
    """Drop the in-memory index (the store changed behind it)."""
    _INDEXES.pop(store, None)


def groups(store: Store) -> dict[str, str]:
    """article id -> the original of its copy group, for every article in a group of
    two or more (stored near-duplicates; exact duplicates are added by `copy_groups`)."""
    pairs = store.rows("SELECT article_id, other_id FROM copy_pairs")
    if not pairs:
        return {}
    ids = sorted({a for pair in pairs for a in pair})
    order = dict(
        store.rows(
            "SELECT id, published FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        )
    )
    parent = {a: a for a in ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    members: dict[str, list[str]] = {}
    for a in ids:
        members.setdefault(find(a), []).append(a)
    out: dict[str, str] = {}
    for group in members.values():
        original = min(group, key=lambda a: _age(order.get(a), a))
        out.update((a, original) for a in group)
    return out


def _age(published: date | None, article_id: str) -> tuple:
    """Sort key: earliest publication first (undated last), then id."""
    return (published is None, published or date.min, article_id)
