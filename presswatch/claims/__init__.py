"""Claims and copies: how a statement travels through a collection, and who it is
pinned on.

- `copies`: near-duplicate articles (MinHash LSH over word 3-grams) form copy groups
  whose original is the earliest article.
- `claims`: sentences in different articles that make the same assertion, each
  appearance with its attribution (named, relayed, vague, bare), the claimed origins
  and whether they are ever cited directly, and denials found later.

Both are indexed at ingest, in the transaction that writes each batch (`indexing`,
which `sync.write_parsed` hands to `Store.write`: signatures, keys and candidate
pairs, found through the indexes stored in the store), and `sync.update` ends with
`refresh`, which indexes any stored
article that lacks an index entry (a store written before this module) and rebuilds
the groups and claims from the stored pairs. Readers: `copy_groups`, `claim_records`.

Reading needs neither spaCy nor datasketch: the modules that index are imported only
by the functions that index, so `presswatch claims`, the briefing and the app's
Claims page start fast. Computing sentence features (`claims.sentence_features`, in
each parsing worker) needs neither the store nor datasketch: a worker process does
not import DuckDB, pandas, pyarrow or scipy (about 110 MB and 0.5 s less each).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

from presswatch.records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from presswatch.claims.claims import SentenceFeatures
    from presswatch.nlp.workers import Parser
    from presswatch.store import ClaimsWrite, Store

ATTRIBUTIONS = ("named", "relayed", "vague", "bare")

__all__ = [
    "ATTRIBUTIONS",
    "check_rules",
    "claim_records",
    "copy_groups",
    "features",
    "index_batch",
    "indexing",
    "prepare",
    "refresh",
    "rekey",
]


def features(doc: Doc, analysis: object) -> list[SentenceFeatures]:
    """What each claim-bearing sentence of a parsed article asserts (see claims.py)."""
    from presswatch.claims import claims as _claims

    return _claims.sentence_features(doc, analysis)


def prepare(store: Store) -> None:
    """Load what indexing needs (datasketch, the in-memory copies index of the stored
    signatures) before the first batch is parsed: `sync.update` calls it while the
    workers start, so that time is not taken inside the first batch's write. A bad
    row of the synonym table is an error here, naming its file and line, before
    anything is parsed (read only inside the parse, it made each article with a
    claim sentence a skip and the ingest went on without them)."""
    from presswatch.claims import copies

    check_rules()
    copies.prepare(store)


def check_rules() -> None:
    """Read the claims' rule table now: a `RuleFileError` naming file and line."""
    from presswatch.claims import claims as _claims

    _claims.synonyms()


def index_batch(
    store: Store,
    articles: Sequence[Article],
    found: Sequence[Sequence[SentenceFeatures]],
) -> None:
    """Index a batch already stored (`refresh` filling in what a store lacks): copy
    signatures and pairs, claim sentences, keys and pairs, in one transaction."""
    if not _as_stored(store, articles, found):
        return
    with indexing(store, articles, found) as index, store.claims_writing() as write:
        index(write)


@contextmanager
def indexing(
    store: Store,
    articles: Sequence[Article],
    found: Sequence[Sequence[SentenceFeatures]],
) -> Iterator[Callable[[ClaimsWrite], None]]:
    """What indexes a batch inside the transaction that stores it: `sync` passes it to
    `Store.write(index=...)`, so a batch's articles and their index entries are
    committed together, on one connection (the reads below use the write's own).
    The in-memory copies index learns the store's version once the write is over."""
    from presswatch.claims import claims as _claims
    from presswatch.claims import copies, similar

    def index(write: ClaimsWrite) -> None:
        stored = _as_stored(store, articles, found)
        if not stored:
            return
        for table, rows in copies.index_batch(store, [a for a, _ in stored]):
            write.insert(table, rows)
        _claims.index_batch(
            write, {a.id: list(f) for a, f in stored}, similar.decide
        )

    try:
        yield index
    except Exception:
        copies.forget(store)  # its in-memory index holds what was not stored
        raise
    copies.note_version(store)


def _as_stored(
    store: Store,
    articles: Sequence[Article],
    found: Sequence[Sequence[SentenceFeatures]],
) -> list[tuple[Article, Sequence[SentenceFeatures]]]:
    """The articles of a batch as the store keeps them: under their stored id (the
    write may have made a given id unique), without those it kept as duplicates."""
    hashes = [a.content_hash for a in articles]
    where = {
        (h, p): i
        for i, h, p in store.rows(
            "SELECT id, content_hash, path FROM articles "
            "WHERE content_hash IN (SELECT unnest(?))",
            [hashes],
        )
    }
    out = []
    for article, features in zip(articles, found, strict=True):
        stored_id = where.get((article.content_hash, article.path))
        if stored_id is not None:
            out.append((dataclasses.replace(article, id=stored_id), features))
    return out


def refresh(store: Store, parser: Parser | None = None, batch_size: int = 200) -> None:
    """Index stored articles that have no index entry yet (parsing them with `parser`,
    if given), then rebuild copy groups, claims and denials from the stored pairs."""
    from presswatch.claims import claims as _claims
    from presswatch.claims import copies

    # the reads below on one connection (each costs some 30-40 ms to open), of one
    # version
    with store.snapshot():
        missing = _unindexed(store) if parser is not None else []
        if not missing:
            if store.get_meta("claims_version") == store.version():
                return
            group_of = copies.groups(store)
            age = _ages(store)
            pairs = store.rows(
                """SELECT p.article_id, p.sent, p.other_id, p.other_sent
                   FROM claim_pairs p
                   WHERE relation = 'same' AND p.article_id IN (SELECT id FROM articles)
                     AND p.other_id IN (SELECT id FROM articles)
                   ORDER BY ALL"""  # `cluster` joins them in order (its doers' veto)
            )
            contradictions = store.rows(
                """SELECT article_id, sent, other_id, other_sent FROM claim_pairs
                   WHERE relation = 'contradicts'"""
            )
            edition = {
                article_id: (outlet, title, published)
                for article_id, outlet, title, published in store.rows(
                    "SELECT id, outlet, title, published FROM articles"
                )
            }
            pairs = _claims.without_editions(pairs, edition)
            doers = _doers(store, pairs)
    if missing:  # a store written before this module: index it, then regroup
        assert parser is not None
        _backfill(store, parser, missing, batch_size)
        refresh(store)
        return
    found = _claims.cluster(pairs, group_of, age, doers)
    outlet_of = {article_id: outlet for article_id, (outlet, _, _) in edition.items()}
    suspects = _claims.boilerplate_suspects(found, outlet_of)
    mentioned: dict[str, list[tuple[int, str]]] = {}
    if suspects:
        for article_id, sent, actor in store.rows(
            """SELECT article_id, sent, actor FROM mentions
               WHERE article_id IN (SELECT unnest(?)) AND actor IS NOT NULL""",
            [sorted(suspects)],
        ):
            mentioned.setdefault(article_id, []).append((sent, actor))
    found = _claims.without_boilerplate(found, pairs, outlet_of, mentioned)
    claim_rows, member_of = [], {}
    for members in found:
        cid = _claims.claim_id(members[0])
        for node in members:
            claim_rows.append((cid, *node))
            member_of[node] = (cid, members[0][0])
    denial_rows = set()
    for a_id, a_sent, b_id, b_sent in contradictions:
        for claimed, other in (
            ((a_id, a_sent), (b_id, b_sent)),
            ((b_id, b_sent), (a_id, a_sent)),
        ):
            if claimed in member_of and other not in member_of and other[0] in age:
                cid, first = member_of[claimed]
                if age[other[0]][:2] >= age[first][:2] and other[0] != first:
                    denial_rows.add((cid, *other))
    with store.claims_writing(
        replace=("copies", "claims", "claim_denials"), mark="claims_version"
    ) as write:
        write.insert("copies", sorted(group_of.items()))
        write.insert("claims", claim_rows)
        write.insert("claim_denials", sorted(denial_rows))


def rekey(store: Store) -> int:
    """After an alias edit renamed stored mentions (`sync.recanonicalise`): recompute
    each claim sentence's actor keys from its mentions' current actors, index again
    the sentences whose keys changed (their keys and pairs), and regroup. Two actors
    merged make claims that differed only in those names one claim; a split
    separates them. Returns how many sentences changed."""
    from presswatch.claims import claims as _claims
    from presswatch.claims import similar

    changed = _claims.rekeyed(store)
    if changed:
        with store.claims_writing() as write:
            _claims.reindex(write, changed, similar.decide)
    refresh(store)
    return sum(len(v) for v in changed.values())


def _doers(
    store: Store, pairs: list[tuple[str, int, str, int]]
) -> dict[tuple[str, int], frozenset[str]]:
    """Who does it, for the paired sentences that name a doer of an act: the subject
    of a copula ("Karoo Platinum is liable for 2.1 billion rand", no verb class) does
    nothing, so it keeps no act of another doer apart."""
    ids = sorted({p[0] for p in pairs} | {p[2] for p in pairs})
    if not ids:
        return {}
    paired = {(p[0], p[1]) for p in pairs} | {(p[2], p[3]) for p in pairs}
    return {
        (article_id, sent): frozenset(subjects.split("|"))
        for article_id, sent, subjects in store.rows(
            """SELECT article_id, sent, subjects FROM claim_sentences
               WHERE article_id IN (SELECT unnest(?)) AND subjects <> ''
                 AND predicate <> ''""",
            [ids],
        )
        if (article_id, sent) in paired
    }


def _ages(store: Store) -> dict[str, tuple]:
    """article id -> sort key of its publication: dated first, then date, then id."""
    return {
        article_id: (published is None, published or date.min, article_id)
        for article_id, published in store.rows("SELECT id, published FROM articles")
    }


def _unindexed(store: Store) -> list[Article]:
    """Stored articles without an index entry (stored before this module)."""
    cols = ", ".join(f'"{f.name}"' for f in dataclasses.fields(Article))
    return [
        Article(*row)
        for row in store.rows(
            f"""SELECT {cols} FROM articles
                WHERE id NOT IN (SELECT article_id FROM copy_signatures) ORDER BY id"""
        )
    ]


def _backfill(
    store: Store, parser: Parser, missing: list[Article], batch_size: int
) -> None:
    from presswatch.claims.outlet import published_by
    from presswatch.nlp import Analysis

    for start in range(0, len(missing), batch_size):
        batch = missing[start : start + batch_size]
        results = parser.submit([a.text for a in batch]).result()
        # an article the rules broke on was reported when it was parsed
        found = [
            list(published_by(r, a.outlet, a.published).claims) if isinstance(r, Analysis) else []
            for a, r in zip(batch, results, strict=True)
        ]
        index_batch(store, batch, found)


def indexed(store: Store) -> bool:
    """Does the store hold the claims tables (an ingest since this module existed)?"""
    [(n,)] = store.rows(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('claims', 'copies')"
    )
    return n == 2


def copy_groups(store: Store) -> list[dict]:
    """Every copy group, the original first (see `records.copy_groups`)."""
    from presswatch.claims.records import copy_groups as groups

    return groups(store)


def claim_records(store: Store, min_articles: int = 2) -> list[dict]:
    """Every claim seen in at least `min_articles` articles (copies counted once), in
    the `claims --json` shape, most articles first."""
    from presswatch.claims.records import records

    return records(store, min_articles)
