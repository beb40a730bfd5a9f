"""The store's tables: columns as Arrow types, their DDL, and the migration of older stores.

Tables (every row carries `article_id`, and `sent` where it lies in a sentence, so each
count leads back to its sentence; offsets index `articles.text`):

- meta: key, value (version, canonical_fingerprint, corpus, …)
- articles: id, title, outlet, published, url, author, text, path, content_hash,
  word_count, fingerprint (of the model and rules that parsed it), given_id (the id the
  file gave; `id` is made unique when another file already used it)
- duplicates: article_id (the copy kept), id and path of each other copy
- sentences: article_id, sent, start, end, text
- mentions: article_id, sent, start, end, text, type, actor
- attributions: article_id, id, sent, cue_start, cue_end, cue_text, verb, source_start,
  source_end, source_text, actor, source_kind, content_start, content_end, cited_by
- hedges: article_id, sent, start, end, text, category (boosters: category "booster")
- claims and copies (CLAIM_TABLES, written by presswatch.claims): copy_signatures,
  copy_pairs, copies (article_id -> original), claim_sentences, claim_keys,
  claim_pairs, claims (claim, article_id, sent), claim_denials
- outlet_colours: outlet, slot (its place in the outlet palette, kept for good; see
  `Store.outlet_colours`)
- rollup_* (presswatch.store.rollups): the dashboard's counts per (day, outlet,
  is_copy) bucket, kept in the transaction that changes the rows they count
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import duckdb
import pyarrow as pa

from presswatch.records import Article, Attribution, Hedge, Mention
from presswatch.store import rollups

_TYPES = {
    int: pa.int32(),
    "int": pa.int32(),
    "int | None": pa.int32(),
    "str": pa.string(),
    "str | None": pa.string(),
    "date | None": pa.date32(),
}
_SQL_TYPES = {
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.string(): "VARCHAR",
    pa.date32(): "DATE",
    pa.bool_(): "BOOLEAN",
    pa.binary(): "BLOB",
}


def _columns(
    record_type: type, extra: Sequence[tuple[str, str]] = ()
) -> list[tuple[str, pa.DataType]]:
    """(name, arrow type) of a record's fields, after `extra` leading columns."""
    cols = [(name, _TYPES[t]) for name, t in extra]
    cols += [(f.name, _TYPES[f.type]) for f in dataclasses.fields(record_type)]
    return cols


ARTICLE_COLUMNS = _columns(Article) + [
    ("fingerprint", pa.string()),
    ("given_id", pa.string()),
]
ROW_COLUMNS = {
    "mentions": _columns(Mention, [("article_id", "str")]),
    "attributions": _columns(Attribution, [("article_id", "str")]),
    "hedges": _columns(Hedge, [("article_id", "str")]),
}
TABLES = {
    "articles": ARTICLE_COLUMNS,
    "duplicates": [
        ("article_id", pa.string()),
        ("id", pa.string()),
        ("path", pa.string()),
    ],
    "sentences": [
        ("article_id", pa.string()),
        ("sent", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ],
    **ROW_COLUMNS,
}
ANALYSIS_TABLES = ("sentences", "mentions", "attributions", "hedges")

# -- claims and copies (presswatch.claims) ----------------------------------------
# Written by presswatch.claims after each parsed batch. Per-article rows go with their
# article (CLAIM_ROW_TABLES: the columns that hold an article id); `copies`, `claims`
# and `claim_denials` are derived from the pairs and rebuilt at the end of an ingest.
_S, _I, _B = pa.string(), pa.int32(), pa.bool_()
CLAIM_TABLES: dict[str, list[tuple[str, pa.DataType]]] = {
    "copy_signatures": [("article_id", _S), ("signature", pa.binary())],
    "copy_pairs": [("article_id", _S), ("other_id", _S)],
    "copies": [("article_id", _S), ("original", _S)],
    "claim_sentences": [
        ("article_id", _S), ("sent", _I), ("start", _I), ("end", _I),
        ("terms", _S), ("numbers", _S), ("actors", _S), ("subjects", _S),
        ("predicate", _S), ("negated", _B), ("denial", _B),
        ("attribution", _S), ("source", _S), ("source_kind", _S), ("relay", _S),
        ("relay_state_affiliated", _B),
        # where the content's actor mentions start ("12 40"): re-keyed after alias edits
        ("actor_starts", _S), ("subject_starts", _S),
    ],
    "claim_keys": [("article_id", _S), ("sent", _I), ("key", pa.int64())],
    "claim_pairs": [
        ("article_id", _S), ("sent", _I), ("other_id", _S), ("other_sent", _I),
        ("relation", _S),
    ],
    "claims": [("claim", _S), ("article_id", _S), ("sent", _I)],
    "claim_denials": [("claim", _S), ("article_id", _S), ("sent", _I)],
}  # fmt: skip
CLAIM_ROW_TABLES = {
    "copy_signatures": ("article_id",),
    "copy_pairs": ("article_id", "other_id"),
    "claim_sentences": ("article_id",),
    "claim_keys": ("article_id",),
    "claim_pairs": ("article_id", "other_id"),
}
TABLES.update(CLAIM_TABLES)


def existing_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()
    return {name for (name,) in rows}


def is_presswatch(tables: set[str]) -> bool:
    """An empty file becomes a store; any other database must already be one."""
    return not tables or {"meta", "articles"} <= tables


def create_and_migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables and add columns that newer versions added (inside the
    caller's transaction)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
    ).fetchall()
    for table, cols in TABLES.items():
        body = ", ".join(f'"{name}" {_SQL_TYPES[t]}' for name, t in cols)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({body})").fetchall()
    have = {
        name
        for (name,) in con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'articles'"
        ).fetchall()
    }
    con.execute(OUTLET_COLOURS_DDL).fetchall()
    if "given_id" not in have:  # stores written before ids were made unique
        con.execute("ALTER TABLE articles ADD COLUMN given_id VARCHAR").fetchall()
        con.execute("UPDATE articles SET given_id = id").fetchall()
    rollups.ensure(con)  # stores written before the rollups: built from their rows


# -- outlet colours: one palette slot per outlet, given once, never reassigned ---------
OUTLET_COLOURS_DDL = (
    "CREATE TABLE IF NOT EXISTS outlet_colours "
    "(outlet VARCHAR PRIMARY KEY, slot INTEGER NOT NULL)"
)


def outlet_slots(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """outlet -> slot: the stored ones, then any outlet without one numbered after
    them in order of first appearance (earliest article, then name)."""
    slots: dict[str, int] = {}
    if "outlet_colours" in existing_tables(con):
        slots.update(
            con.execute(
                "SELECT outlet, slot FROM outlet_colours ORDER BY slot"
            ).fetchall()
        )
    rows = con.execute(
        "SELECT outlet FROM articles WHERE outlet <> '' GROUP BY outlet "
        "ORDER BY min(published) NULLS LAST, outlet"
    ).fetchall()
    for (outlet,) in rows:
        slots.setdefault(outlet, max(slots.values(), default=-1) + 1)
    return slots


def assign_outlet_colours(con: duckdb.DuckDBPyConnection) -> None:
    """Store a slot for every outlet that has none yet (inside the caller's
    transaction); the slots already stored never change."""
    [(last,)] = con.execute(
        "SELECT coalesce(max(slot), -1) FROM outlet_colours"
    ).fetchall()
    new = [(o, slot) for o, slot in outlet_slots(con).items() if slot > last]
    if new:
        con.executemany("INSERT INTO outlet_colours VALUES (?, ?)", new)


def arrow(table: str, rows: list[tuple]) -> pa.Table:
    cols = TABLES[table]
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in cols]
    return pa.table(
        {
            name: pa.array(values, type=t)
            for (name, t), values in zip(cols, columns, strict=True)
        }
    )
