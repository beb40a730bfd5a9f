"""The DuckDB store: parsed tables written atomically per batch, read back for analysis.

Tables (every row carries `article_id`, and `sent` where it lies in a sentence, so each
count leads back to its sentence; offsets index `articles.text`):

- articles: id, title, outlet, published, url, author, text, path, content_hash,
  word_count, fingerprint (of the model and rules that parsed it)
- duplicates: article_id (the copy kept), id and path of each other copy
- sentences: article_id, sent, start, end, text
- mentions: article_id, sent, start, end, text, type, actor
- attributions: article_id, id, sent, cue_start, cue_end, cue_text, verb, source_start,
  source_end, source_text, actor, source_kind, content_start, content_end, cited_by
- hedges: article_id, sent, start, end, text, category (boosters: category "booster")
"""

from __future__ import annotations

import dataclasses
import operator
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import duckdb
import pandas as pd
import pyarrow as pa

from presswatch import data_path
from presswatch.records import Article, Attribution, Hedge, Mention

if TYPE_CHECKING:
    from presswatch.nlp import Analysis

DEFAULT_DB = data_path("presswatch.duckdb")


def default_db() -> Path:
    """The store PressWatch uses unless told otherwise: $PRESSWATCH_DB, else data/."""
    return Path(os.environ.get("PRESSWATCH_DB") or DEFAULT_DB)


_TYPES = {
    int: pa.int32(),
    "int": pa.int32(),
    "int | None": pa.int32(),
    "str": pa.string(),
    "str | None": pa.string(),
    "date | None": pa.date32(),
}
_SQL_TYPES = {pa.int32(): "INTEGER", pa.string(): "VARCHAR", pa.date32(): "DATE"}


def _columns(
    record_type: type, extra: Sequence[tuple[str, str]] = ()
) -> list[tuple[str, pa.DataType]]:
    """(name, arrow type) of a record's fields, after `extra` leading columns."""
    cols = [(name, _TYPES[t]) for name, t in extra]
    cols += [(f.name, _TYPES[f.type]) for f in dataclasses.fields(record_type)]
    return cols


_ARTICLE_COLUMNS = _columns(Article) + [("fingerprint", pa.string())]
_SENTENCE_COLUMNS = [
    ("article_id", pa.string()),
    ("sent", pa.int32()),
    ("start", pa.int32()),
    ("end", pa.int32()),
    ("text", pa.string()),
]
_ROW_COLUMNS = {
    "mentions": _columns(Mention, [("article_id", "str")]),
    "attributions": _columns(Attribution, [("article_id", "str")]),
    "hedges": _columns(Hedge, [("article_id", "str")]),
}
TABLES = {
    "articles": _ARTICLE_COLUMNS,
    "duplicates": [
        ("article_id", pa.string()),
        ("id", pa.string()),
        ("path", pa.string()),
    ],
    "sentences": _SENTENCE_COLUMNS,
    **_ROW_COLUMNS,
}
ANALYSIS_TABLES = ("sentences", "mentions", "attributions", "hedges")


def _ddl() -> str:
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"
    ]
    for table, cols in TABLES.items():
        body = ", ".join(f'"{name}" {_SQL_TYPES[t]}' for name, t in cols)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return ";\n".join(statements)


def _arrow(cols: list[tuple[str, pa.DataType]], rows: list[tuple]) -> pa.Table:
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in cols]
    return pa.table(
        {
            name: pa.array(values, type=t)
            for (name, t), values in zip(cols, columns, strict=True)
        }
    )


class KnownArticle(NamedTuple):
    id: str
    fingerprint: str
    path: str


class Store:
    """A PressWatch DuckDB file: the parsed tables of a collection of articles."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False):
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self._run(_ddl())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------

    def query(
        self, sql: str, params: Sequence[object] | dict | None = None
    ) -> pd.DataFrame:
        """Run a read query and return its result as a DataFrame."""
        return self.con.cursor().execute(sql, params or []).df()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as a DataFrame (small stores, tests and exports)."""
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}")
        order = "id" if name == "articles" else "article_id"
        return self.query(f"SELECT * FROM {name} ORDER BY {order}")

    def version(self) -> str:
        """Changes whenever the stored data changes: a cache key for readers."""
        return self.get_meta("version") or "0"

    def get_meta(self, key: str) -> str | None:
        rows = self.con.execute(
            "SELECT value FROM meta WHERE key = ?", [key]
        ).fetchall()
        return rows[0][0] if rows else None

    def known_articles(self) -> dict[str, KnownArticle]:
        """content_hash -> (id, parse fingerprint, path) of every stored article."""
        rows = self.con.execute(
            "SELECT content_hash, id, fingerprint, path FROM articles"
        ).fetchall()
        return {h: KnownArticle(i, f, p) for h, i, f, p in rows}

    def article_paths(self) -> list[tuple[str, str]]:
        """(id, path read from) of every stored article."""
        return self.con.execute("SELECT id, path FROM articles").fetchall()

    def stored_ids(self) -> dict[str, str]:
        """article id -> content_hash of every stored article."""
        return dict(
            self.con.execute("SELECT id, content_hash FROM articles").fetchall()
        )

    def stale_articles(self, fingerprint: str) -> list[Article]:
        """Stored articles parsed by another model or rule set than `fingerprint`."""
        names = [f.name for f in dataclasses.fields(Article)]
        cols = ", ".join(f'"{n}"' for n in names)
        rows = self.con.execute(
            f"SELECT {cols} FROM articles WHERE fingerprint IS DISTINCT FROM ? ORDER BY id",
            [fingerprint],
        ).fetchall()
        return [Article(*row) for row in rows]

    # -- writing -------------------------------------------------------------

    def write(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        fingerprint: str,
        duplicates: Iterable[tuple[str, str, str]] = (),
    ) -> None:
        """Store parsed articles (replacing earlier versions) in one transaction."""
        ids = [a.id for a in articles]
        article_rows = [(*_fields(a), fingerprint) for a in articles]
        sentence_rows: list[tuple] = []
        rows: dict[str, list[tuple]] = {name: [] for name in _ROW_COLUMNS}
        for article, analysis in zip(articles, analyses, strict=True):
            aid, text = article.id, article.text
            sentence_rows += [
                (aid, s.sent, s.start, s.end, text[s.start : s.end])
                for s in analysis.sentences
            ]
            rows["mentions"] += [(aid, *_fields(m)) for m in analysis.mentions]
            rows["attributions"] += [(aid, *_fields(a)) for a in analysis.attributions]
            rows["hedges"] += [(aid, *_fields(h)) for h in analysis.hedges]
        with self._transaction():
            self._delete(ids)
            self._insert("articles", article_rows)
            self._insert("sentences", sentence_rows)
            for name, table_rows in rows.items():
                self._insert(name, table_rows)
            self._insert("duplicates", list(duplicates))

    def remove(self, ids: Sequence[str]) -> None:
        """Delete articles and every row that belongs to them, in one transaction."""
        if ids:
            with self._transaction():
                self._delete(list(ids))

    def add_duplicates(self, duplicates: Iterable[tuple[str, str, str]]) -> None:
        """Record other copies (article_id kept, copy id, copy path) of stored articles."""
        rows = list(duplicates)
        if rows:
            with self._transaction():
                self._insert("duplicates", rows)

    def update_actors(self, mentions: pd.DataFrame) -> None:
        """Replace mention canonicals (columns article_id, start, actor) and rename the
        attribution sources that named the same actor in that article."""
        with self._transaction():
            self.con.register("new_actors", mentions[["article_id", "start", "actor"]])
            self._run(
                """CREATE OR REPLACE TEMP TABLE renamed AS
                   SELECT m.article_id, m.actor AS old, any_value(n.actor) AS new
                   FROM mentions m JOIN new_actors n
                     ON m.article_id = n.article_id AND m.start = n.start
                   WHERE m.actor IS DISTINCT FROM n.actor
                   GROUP BY m.article_id, m.actor"""
            )
            self._run(
                """UPDATE mentions SET actor = n.actor FROM new_actors n
                   WHERE mentions.article_id = n.article_id AND mentions.start = n.start"""
            )
            self._run(
                """UPDATE attributions SET actor = r.new FROM renamed r
                   WHERE attributions.article_id = r.article_id AND attributions.actor = r.old"""
            )
            self._run("DROP TABLE renamed")
            self.con.unregister("new_actors")

    def set_meta(self, key: str, value: str) -> None:
        self._run("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def _run(self, sql: str, params: Sequence[object] | None = None) -> None:
        """Execute a statement and finish its result (DuckDB 2 wants results consumed)."""
        self.con.execute(sql, params or []).fetchall()

    def _transaction(self) -> _Transaction:
        return _Transaction(self)

    def _delete(self, ids: list[str]) -> None:
        if not ids:
            return
        [(existing,)] = self.con.execute(
            "SELECT count(*) FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        if not existing:
            return
        for table in ("articles", *ANALYSIS_TABLES):
            key = "id" if table == "articles" else "article_id"
            self._run(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
        self._run(
            "DELETE FROM duplicates WHERE article_id IN (SELECT unnest(?))", [ids]
        )

    def _insert(self, table: str, rows: list[tuple]) -> None:
        if not rows:
            return
        arrow = _arrow(TABLES[table], rows)
        self.con.register("incoming", arrow)
        if table == "duplicates":  # a copy seen again on re-ingest is recorded once
            self._run(
                "INSERT INTO duplicates SELECT DISTINCT * FROM incoming "
                "EXCEPT SELECT * FROM duplicates"
            )
        else:
            self._run(f"INSERT INTO {table} SELECT * FROM incoming")
        self.con.unregister("incoming")


class _Transaction:
    """BEGIN … COMMIT around a write, bumping the store's version; ROLLBACK on error."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self) -> None:
        self.store._run("BEGIN TRANSACTION")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None:
            self.store._run("ROLLBACK")
            return
        version = int(self.store.version()) + 1
        self.store.set_meta("version", str(version))
        self.store._run("COMMIT")


_GETTERS: dict[type, operator.attrgetter] = {}


def _fields(record: object) -> tuple:
    """A record's field values in declaration order (fast: no deep copy)."""
    getter = _GETTERS.get(type(record))
    if getter is None:
        names = [f.name for f in dataclasses.fields(record)]
        getter = _GETTERS[type(record)] = operator.attrgetter(*names)
    return getter(record)
