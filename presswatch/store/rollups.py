"""Rollups: the dashboard's counts per (day, outlet, is_copy) bucket, kept with the rows.

Each rollup table holds, for every publication day, outlet and copy status (an article
is a copy when `copies` gives it another original, presswatch.claims) and for each
key of its own (actor, source, hedge cue, …), counts that add up over articles: every
article adds its own numbers to one bucket. So a rollup row never needs the other
articles of its bucket, and the tables are maintained by deltas inside the write that
changes the rows: the numbers of the articles removed (before their rows go) and of
the articles written are summed with the rows of the keys they touch, and those rows
are replaced. A reader never sees a rollup that disagrees with the rows.

`ROLLUPS` defines each table by the SQL that computes it from rows: the same SQL runs
at write time (on the batch's rows) and at read time for the exact path (on the
filtered articles, `query.base.buckets`). `ensure` builds the tables of a store that
has none yet (or an older definition), from its rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import duckdb

from presswatch.records import BOOSTER

# Bump when a definition changes: stores are rebuilt on their next open for writing.
VERSION = "2"  # 2: an unnamed source keeps the capital of a proper name
META_KEY = "rollups"

# Source words that name nobody on their own: a pronoun the text never resolved.
UNRESOLVED_PRONOUNS = ("he", "she", "they", "we", "i", "you", "it", "who", "one",
                       "him", "her", "them", "us")  # fmt: skip
UNRESOLVED = "(unresolved pronoun)"

# What a source is called in the charts: its canonical actor; else its words as written
# (an unnamed description without its sentence-initial capital, so "Officials" and
# "officials" are one source; a pronoun nobody was found for is UNRESOLVED; words
# without a letter or digit count as none); else what kind of source it is.
# The capital stays on a proper name: a first word followed by a capitalised one
# ("White House officials", "European Union ambassadors") or shaped like a
# nationality or party ("Japanese officials", "Democratic leaders", "Saudis"; the
# few that are not: French, Dutch, ...) or a possessive ("Ukraine's military"); a
# determiner or quantifier ("The Post-SurveyMonkey poll", "Several Opec members")
# loses it.
_DETERMINERS = (
    "the|a|an|some|several|many|most|two|three|four|five|six|other|both|all|few|more|"
    "these|those|this|that|such|no|any|each|every"
)
_PROPER_FIRST = (
    "^([A-Z][a-z]+(an|ese|ish|ic|i)s?|French|Dutch|Swiss|Greek|Arabs?|Czechs?|Scots"
    "|[A-Z][a-z]*(''|’)s?)"  # a possessive: "Ukraine's military"
    "([ ,]|$)"
)
_LOWER_FIRST = (
    f"(regexp_matches(trim({{t}}.source_text), '^(?i:{_DETERMINERS}) ') OR ("
    "regexp_matches(trim({t}.source_text), '^[A-Z][^ ]*( [^A-Z]|$)') "
    f"AND NOT regexp_matches(trim({{t}}.source_text), '{_PROPER_FIRST}')))"
)
SOURCE_LABEL = (
    "coalesce(nullif({t}.actor, ''), "
    "CASE WHEN NOT regexp_matches(coalesce({t}.source_text, ''), '[\\pL\\pN]') "
    "THEN NULL "
    "WHEN lower(trim({t}.source_text)) IN ("
    + ", ".join(f"'{p}'" for p in UNRESOLVED_PRONOUNS)
    + f") THEN '{UNRESOLVED}' "
    "WHEN {t}.source_kind = 'unnamed' "
    "AND regexp_matches(trim({t}.source_text), '^[A-Z]([a-z]| )') "
    f"AND {_LOWER_FIRST} "
    "THEN lower(trim({t}.source_text)[1]) || trim({t}.source_text)[2:] "
    "ELSE trim({t}.source_text) END, "
    "CASE {t}.source_kind WHEN 'none' THEN '(no source)' ELSE '(unnamed source)' END)"
)

# The articles whose copy group has another original (the "count copies once" filter).
COPY_IDS = "(SELECT article_id FROM copies WHERE article_id <> original)"

ROW_TABLES = ("sentences", "mentions", "attributions", "hedges")


@dataclass(frozen=True)
class Rollup:
    """One rollup table and the SQL that computes it from rows.

    `sql` names the article relation `{articles} a` (columns id, published, outlet,
    word_count) and the row tables `{sentences}`, `{mentions}`, `{attributions}`,
    `{hedges}`; `{copy}` is where the write side adds the `is_copy` column."""

    name: str  # the relation a query names (query.base.buckets)
    table: str
    keys: tuple[tuple[str, str], ...]  # (column, SQL type) after day, outlet, is_copy
    measures: tuple[str, ...]  # BIGINT sums; a row whose first is 0 is empty
    sql: str

    @property
    def columns(self) -> list[str]:
        return ["day", "outlet", "is_copy", *(k for k, _ in self.keys), *self.measures]

    def rows_sql(self, articles: str, tables: Mapping[str, str], copy: bool) -> str:
        return self.sql.format(
            articles=articles,
            copy=", a.is_copy AS is_copy" if copy else "",
            **{t: tables.get(t, t) for t in ROW_TABLES},
        )


_BUCKET = "a.published AS day, a.outlet AS outlet{copy}"
_LABEL = SOURCE_LABEL.format(t="t")

ROLLUPS: tuple[Rollup, ...] = (
    Rollup(
        "ba", "rollup_articles", (), ("articles", "words"),
        f"""SELECT {_BUCKET}, count(*) AS articles,
                   coalesce(sum(a.word_count), 0) AS words
            FROM {{articles}} a GROUP BY ALL""",
    ),
    Rollup(
        "bn", "rollup_sentences", (), ("sentences",),
        f"""SELECT {_BUCKET}, count(*) AS sentences
            FROM {{sentences}} s JOIN {{articles}} a ON s.article_id = a.id
            GROUP BY ALL""",
    ),
    Rollup(
        "bm", "rollup_actors", (("actor", "VARCHAR"),), ("mentions", "articles"),
        f"""SELECT {_BUCKET}, m.actor, count(*) AS mentions,
                   count(DISTINCT m.article_id) AS articles
            FROM {{mentions}} m JOIN {{articles}} a ON m.article_id = a.id
            GROUP BY ALL""",
    ),
    Rollup(
        "bmt", "rollup_actor_types", (("actor", "VARCHAR"), ("type", "VARCHAR")),
        ("mentions",),
        f"""SELECT {_BUCKET}, m.actor, m.type, count(*) AS mentions
            FROM {{mentions}} m JOIN {{articles}} a ON m.article_id = a.id
            GROUP BY ALL""",
    ),
    Rollup(
        "bt", "rollup_sources", (("source", "VARCHAR"), ("source_kind", "VARCHAR")),
        ("attributions",),
        f"""SELECT {_BUCKET}, {_LABEL} AS source, t.source_kind,
                   count(*) AS attributions
            FROM {{attributions}} t JOIN {{articles}} a ON t.article_id = a.id
            GROUP BY ALL""",
    ),
    Rollup(  # the articles citing a source (claims with no source left out)
        "bta", "rollup_source_articles", (("source", "VARCHAR"),), ("articles",),
        f"""SELECT {_BUCKET}, {_LABEL} AS source,
                   count(DISTINCT t.article_id) AS articles
            FROM {{attributions}} t JOIN {{articles}} a ON t.article_id = a.id
            WHERE t.source_kind <> 'none' GROUP BY ALL""",
    ),
    Rollup(
        "bv", "rollup_verbs", (("verb", "VARCHAR"),), ("attributions",),
        f"""SELECT {_BUCKET}, lower(t.verb) AS verb, count(*) AS attributions
            FROM {{attributions}} t JOIN {{articles}} a ON t.article_id = a.id
            WHERE t.verb IS NOT NULL AND t.verb <> '' GROUP BY ALL""",
    ),
    Rollup(
        "bh", "rollup_hedges", (("cue", "VARCHAR"), ("category", "VARCHAR")),
        ("hedges",),
        f"""SELECT {_BUCKET}, lower(trim(h.text)) AS cue, h.category,
                   count(*) AS hedges
            FROM {{hedges}} h JOIN {{articles}} a ON h.article_id = a.id
            GROUP BY ALL""",
    ),
    Rollup(  # the articles using a cue, hedges and boosters apart
        "bha", "rollup_cue_articles", (("cue", "VARCHAR"), ("booster", "BOOLEAN")),
        ("articles",),
        f"""SELECT {_BUCKET}, lower(trim(h.text)) AS cue,
                   h.category = '{BOOSTER}' AS booster,
                   count(DISTINCT h.article_id) AS articles
            FROM {{hedges}} h JOIN {{articles}} a ON h.article_id = a.id
            GROUP BY ALL""",
    ),
)  # fmt: skip
BY_NAME = {r.name: r for r in ROLLUPS}
TABLES = tuple(r.table for r in ROLLUPS)


def _ddl(r: Rollup) -> str:
    cols = [
        "day DATE",
        "outlet VARCHAR",
        "is_copy BOOLEAN",
        *(f'"{k}" {t}' for k, t in r.keys),
        *(f"{m} BIGINT" for m in r.measures),
    ]
    return f"CREATE OR REPLACE TABLE {r.table} ({', '.join(cols)})"


def present(con: duckdb.DuckDBPyConnection) -> bool:
    """Does this store hold rollups of the current definition?"""
    try:
        rows = con.execute(
            "SELECT value FROM meta WHERE key = ?", [META_KEY]
        ).fetchall()
    except duckdb.CatalogException:
        return False
    return bool(rows) and rows[0][0] == VERSION


def ensure(con: duckdb.DuckDBPyConnection) -> bool:
    """Create and fill the rollup tables if the store has none of this definition
    (inside the caller's transaction); True if it built them."""
    if present(con):
        return False
    rebuild(con)
    return True


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every rollup table from the rows (inside the caller's transaction)."""
    _articles_with_copy(con, "articles", None)
    for r in ROLLUPS:
        con.execute(_ddl(r)).fetchall()
        cols = ", ".join(f'"{c}"' for c in r.columns)
        con.execute(
            f"INSERT INTO {r.table} ({cols}) "
            f"SELECT {cols} FROM ({r.rows_sql('rollup_a', {}, copy=True)})"
        ).fetchall()
    con.execute("DROP TABLE rollup_a").fetchall()
    con.execute(
        "INSERT OR REPLACE INTO meta VALUES (?, ?)", [META_KEY, VERSION]
    ).fetchall()


def _articles_with_copy(
    con: duckdb.DuckDBPyConnection,
    source: str,
    ids: Sequence[str] | None,
    copy_ids: str = COPY_IDS,
) -> None:
    """Temp table `rollup_a`: the articles of `source` (all, or those in `ids`) with
    their copy status as `copy_ids` gives it."""
    where, params = ("WHERE id IN (SELECT unnest(?))", [list(ids)]) if ids else ("", [])
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE rollup_a AS
            SELECT id, published, outlet, word_count,
                   coalesce(id IN {copy_ids}, FALSE) AS is_copy
            FROM {source} {where}""",
        params,
    ).fetchall()


class Changes:
    """The rollup deltas of one write transaction: add the numbers of articles as the
    rows hold them now (`add`, sign +1 or -1), then `apply` them to the rollups."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.active = present(con)
        self.empty = True
        if self.active:
            for r in ROLLUPS:
                con.execute(
                    f"CREATE OR REPLACE TEMP TABLE delta_{r.table} AS "
                    f"SELECT * FROM {r.table} LIMIT 0"
                ).fetchall()

    def add(
        self,
        sign: int,
        ids: Sequence[str] | None,
        *,
        articles: str = "articles",
        tables: Mapping[str, str] | None = None,
        copy_ids: str = COPY_IDS,
    ) -> None:
        """Add (sign 1) or take away (-1) the numbers of the articles in `ids` (None:
        every article of `articles`), counted from the stored rows or from the
        relations `tables` names in their place (a batch not yet inserted)."""
        if not self.active or (ids is not None and not ids):
            return
        _articles_with_copy(self.con, articles, ids, copy_ids)
        for r in ROLLUPS:
            keys = ", ".join(f'"{k}"' for k, _ in r.keys)
            signed = ", ".join(f"{sign} * {m} AS {m}" for m in r.measures)
            self.con.execute(
                f"""INSERT INTO delta_{r.table}
                    SELECT day, outlet, is_copy, {keys + ", " if keys else ""}{signed}
                    FROM ({r.rows_sql("rollup_a", tables or {}, copy=True)})"""
            ).fetchall()
        self.con.execute("DROP TABLE rollup_a").fetchall()
        self.empty = False

    def apply(self) -> None:
        """Sum the deltas into the rows of the keys they touch (a key: day, outlet,
        is_copy and the rollup's own keys) and replace those rows; the rest of each
        table is left as it was."""
        if not self.active:
            return
        con = self.con
        for r in ROLLUPS:
            delta = f"delta_{r.table}"
            if not self.empty:
                dims = r.columns[: 3 + len(r.keys)]
                cols = ", ".join(f'"{c}"' for c in r.columns)
                keys = ", ".join(f'"{c}"' for c in dims)
                sums = ", ".join(f"sum({m}) AS {m}" for m in r.measures)
                same = " AND ".join(
                    f'{{x}}."{c}" IS NOT DISTINCT FROM k."{c}"' for c in dims
                )
                con.execute(
                    f"CREATE OR REPLACE TEMP TABLE rollup_k AS "
                    f"SELECT DISTINCT {keys} FROM {delta}"
                ).fetchall()
                con.execute(
                    f"""CREATE OR REPLACE TEMP TABLE rollup_m AS
                        SELECT {keys}, {sums} FROM (
                            SELECT {", ".join(f'r."{c}"' for c in r.columns)}
                            FROM {r.table} r JOIN rollup_k k ON {same.format(x="r")}
                            UNION ALL SELECT {cols} FROM {delta})
                        GROUP BY ALL HAVING sum({r.measures[0]}) <> 0"""
                ).fetchall()
                con.execute(
                    f"DELETE FROM {r.table} USING rollup_k k "
                    f"WHERE {same.format(x=r.table)}"
                ).fetchall()
                con.execute(
                    f"INSERT INTO {r.table} ({cols}) SELECT {cols} FROM rollup_m"
                ).fetchall()
            con.execute(f"DROP TABLE {delta}").fetchall()
        con.execute("DROP TABLE IF EXISTS rollup_k").fetchall()
        con.execute("DROP TABLE IF EXISTS rollup_m").fetchall()
        self.active = False


def copies_changed(con: duckdb.DuckDBPyConnection, before: str) -> None:
    """Move the numbers of every article whose copy status changed between the
    temp table `before` (article_id of each copy, as it was) and `copies` now."""
    changed = [
        i
        for (i,) in con.execute(
            f"""WITH was AS (SELECT article_id FROM {before}),
                     now AS (SELECT article_id FROM {COPY_IDS} AS c)
                SELECT id FROM articles WHERE id IN (
                    (SELECT * FROM was EXCEPT SELECT * FROM now)
                    UNION (SELECT * FROM now EXCEPT SELECT * FROM was))"""
        ).fetchall()
    ]
    changes = Changes(con)
    changes.add(-1, changed, copy_ids=f"(SELECT article_id FROM {before})")
    changes.add(1, changed)
    changes.apply()
