"""The DuckDB store: parsed tables written atomically per batch, read back for analysis.

One DuckDB file that nobody holds open. DuckDB lets one process write a file and no
other process read it meanwhile, so every read and every write opens its own short-lived
connection: a writer opens the file read-write only for the one transaction that stores
an already-parsed batch, a reader opens it read-only for one query. Waits for another
process's lock are bounded (retries with backoff, then `StoreBusy`). Within one process
writes are serialised and each thread uses its own connection. Each write bumps
`meta.version` and, after commit, rewrites the sidecar file `<db>.version`, which readers
poll without opening the database. The tables are described in `schema`.
"""

from __future__ import annotations

import dataclasses
import operator
import os
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import duckdb
import pandas as pd

from presswatch import data_path
from presswatch.records import Article
from presswatch.store import rollups, schema
from presswatch.store.schema import ANALYSIS_TABLES, ROW_COLUMNS, TABLES

if TYPE_CHECKING:
    from presswatch.nlp import Analysis

__all__ = [
    "ANALYSIS_TABLES",
    "DEFAULT_DB",
    "TABLES",
    "KnownArticle",
    "Store",
    "StoreBusy",
    "StoreDamaged",
    "StoreError",
    "WriteResult",
    "default_db",
]

DEFAULT_DB = data_path("presswatch.duckdb")
# How long a read or write waits for another process's batch before giving up.
LOCK_TIMEOUT_S = float(os.environ.get("PRESSWATCH_LOCK_TIMEOUT", "60"))
# A reader lets a waiting writer go first for at most this long.
YIELD_TO_WRITER_S = 1.0


def default_db() -> Path:
    """The store PressWatch uses unless told otherwise: $PRESSWATCH_DB, else data/."""
    return Path(os.environ.get("PRESSWATCH_DB") or DEFAULT_DB)


class StoreError(duckdb.Error):
    """A store that cannot be used; the message is one line for the user. A DuckDB
    error, so code that caught DuckDB's own errors on opening a store still does."""


class StoreBusy(StoreError):
    """Another program kept the store locked for longer than the wait allowed."""


class StoreDamaged(StoreError):
    """The file at the store path is not a PressWatch store, or is damaged."""


class KnownArticle(NamedTuple):
    id: str
    fingerprint: str
    path: str
    given_id: str


@dataclasses.dataclass
class WriteResult:
    """What one batch write did, decided inside its transaction."""

    written: int = 0
    # (stored id kept, copy's given id, copy's path): same text already stored
    duplicates: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)
    # (path, given id, stored id): the given id was already used by another file
    renamed: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)


def source_line(path: str) -> tuple[str, int | None]:
    """The file and line an article was read from ("feed.jsonl:7" -> feed.jsonl, 7)."""
    file, _, line = path.rpartition(":")
    return (file, int(line)) if file and line.isdigit() else (path, None)


def source_file(path: str) -> str:
    """The file an article was read from ("feed.jsonl:7" -> "feed.jsonl")."""
    return source_line(path)[0]


class _Gate:
    """Within one process: many readers or one writer of a store file at a time.

    DuckDB refuses a read-only and a read-write connection to one file in one process,
    and writes must be serialised anyway. Writers go first: a waiting writer holds back
    new readers, so a busy dashboard cannot starve an upload."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


_GATES: dict[str, _Gate] = {}
_GATES_LOCK = threading.Lock()
_LOCAL = threading.local()  # the connection this thread holds open, per store path


def _gate(path: Path) -> _Gate:
    with _GATES_LOCK:
        return _GATES.setdefault(str(path), _Gate())


_DAMAGE_WORDS = ("not a valid DuckDB", "Corrupt", "checksum", "Serialization")


def _is_lock_error(err: Exception) -> bool:
    text = str(err)
    return "Could not set lock" in text or "Conflicting lock" in text


class Store:
    """A PressWatch DuckDB file: the parsed tables of a collection of articles.

    The object holds no connection: it can be shared by threads and kept for the life
    of an app while other processes write the same file."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        read_only: bool = False,
        memory_limit: str | None = None,
        threads: int | None = None,
        timeout: float | None = None,
    ):
        self.path = Path(path).absolute()
        self.read_only = read_only
        self.memory_limit = memory_limit
        self.threads = threads
        self.timeout = LOCK_TIMEOUT_S if timeout is None else timeout
        self._gate = _gate(self.path)
        if read_only:
            if not self.path.exists():
                raise StoreError(f"{self.path} does not exist: no store there yet")
            with self._reading() as con:
                if not schema.is_presswatch(schema.existing_tables(con)):
                    raise self._damaged("it holds other tables")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._writing(bump=False) as con:
                if not schema.is_presswatch(schema.existing_tables(con)):
                    raise self._damaged("it holds other tables")
                schema.create_and_migrate(con)
                schema.assign_outlet_colours(con)

    def close(self) -> None:
        """Nothing to close: connections live for one read or one write."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections -----------------------------------------------------------

    @property
    def version_file(self) -> Path:
        return self.path.with_name(self.path.name + ".version")

    @property
    def _waiting_file(self) -> Path:
        return self.path.with_name(self.path.name + ".writer-waiting")

    def _damaged(self, detail: str) -> StoreDamaged:
        return StoreDamaged(
            f"{self.path} is not a PressWatch store or is damaged ({detail}); "
            "point --db at another file, or move this one away"
        )

    def _unusable(self, err: Exception) -> StoreError:
        """The error to show for a file DuckDB could not open or read."""
        first = str(err).splitlines()[0][:200] if str(err) else type(err).__name__
        if any(word in first for word in _DAMAGE_WORDS):
            return self._damaged(first)
        return StoreError(f"cannot use the store {self.path}: {first}")

    def _connect(self, *, write: bool) -> duckdb.DuckDBPyConnection:
        """Open the file, retrying with backoff while another process holds its lock."""
        deadline = time.monotonic() + self.timeout
        delay = 0.002
        if not write:
            self._let_writer_in()
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=not write)
                break
            except duckdb.IOException as err:
                if not _is_lock_error(err):
                    raise self._unusable(err) from err
                if time.monotonic() >= deadline:
                    raise StoreBusy(
                        f"{self.path} is busy: another program kept it locked for "
                        f"{self.timeout:.0f} s; try again in a moment"
                    ) from err
                if write:
                    self._waiting_file.touch()
            except duckdb.ConnectionException:
                raise
            except duckdb.Error as err:  # corrupt blocks, bad headers, …
                raise self._unusable(err) from err
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(delay * 2, 0.1)
        if write:
            self._waiting_file.unlink(missing_ok=True)
        if self.memory_limit:
            con.execute(f"SET memory_limit = '{self.memory_limit}'").fetchall()
        if self.threads:
            con.execute(f"SET threads = {int(self.threads)}").fetchall()
        return con

    def _let_writer_in(self) -> None:
        """Give another process's waiting writer a moment to take the lock first."""
        deadline = time.monotonic() + YIELD_TO_WRITER_S
        while time.monotonic() < deadline:
            try:
                waiting = time.time() - self._waiting_file.stat().st_mtime < 2
            except OSError:
                return
            if not waiting:
                return
            time.sleep(0.02)

    def _held(self) -> duckdb.DuckDBPyConnection | None:
        return getattr(_LOCAL, "held", {}).get(str(self.path))

    @contextmanager
    def _hold(self, con: duckdb.DuckDBPyConnection) -> Iterator[None]:
        held = _LOCAL.__dict__.setdefault("held", {})
        held[str(self.path)] = con
        try:
            yield
        finally:
            held.pop(str(self.path), None)
            con.close()

    @contextmanager
    def _reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if (con := self._held()) is not None:  # inside this thread's read or write
            yield con
            return
        with self._gate.read():
            con = self._connect(write=False)
            with self._hold(con), self._damage_as_store_error():
                yield con

    @contextmanager
    def _writing(self, *, bump: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction on a read-write connection, closed at the end; the version
        is bumped inside it and written to the sidecar after commit (still holding
        the file's lock, so versions reach the sidecar in order)."""
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only")
        if self._held() is not None:
            raise RuntimeError("a store write cannot start inside a read or write")
        with self._gate.write():
            con = self._connect(write=True)
            with self._hold(con), self._damage_as_store_error():
                con.execute("BEGIN TRANSACTION").fetchall()
                try:
                    yield con
                    version = None
                    if bump:
                        version = str(int(_meta(con, "version") or "0") + 1)
                        _set_meta(con, "version", version)
                    con.execute("COMMIT").fetchall()
                except BaseException:
                    con.execute("ROLLBACK").fetchall()
                    raise
                self._write_version(version or _meta(con, "version") or "0")

    @contextmanager
    def _damage_as_store_error(self) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except duckdb.Error as err:
            if any(word in str(err) for word in _DAMAGE_WORDS):
                raise self._damaged(str(err).splitlines()[0][:200]) from err
            raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Run several reads on one connection: they see one version of the store."""
        with self._reading():
            yield

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection inside one transaction (bumps the version)."""
        with self._writing() as con:
            yield con

    def _write_version(self, version: str) -> None:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.version.", dir=self.path.parent
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(version)
            os.replace(tmp, self.version_file)
        except OSError:  # a read-only folder: readers fall back to the meta table
            Path(tmp).unlink(missing_ok=True)

    # -- reading -------------------------------------------------------------

    def query(
        self, sql: str, params: Sequence[object] | dict | None = None
    ) -> pd.DataFrame:
        """Run a read query and return its result as a DataFrame."""
        with self._reading() as con:
            return con.execute(sql, params or []).df()

    def _rows(self, sql: str, params: Sequence[object] | None = None) -> list[tuple]:
        with self._reading() as con:
            return con.execute(sql, params or []).fetchall()

    def table(self, name: str) -> pd.DataFrame:
        """A whole table as a DataFrame (small stores, tests and exports)."""
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r}")
        order = {"articles": "id", "claims": "claim, article_id"}.get(
            name, "article_id"
        )
        return self.query(f"SELECT * FROM {name} ORDER BY {order}")

    def version(self) -> str:
        """Changes whenever the stored data changes: a cache key for readers. Read from
        the sidecar file (no database open), else from the meta table."""
        try:
            text = self.version_file.read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        return text or self.get_meta("version") or "0"

    def get_meta(self, key: str) -> str | None:
        with self._reading() as con:
            return _meta(con, key)

    def known_articles(self) -> dict[str, KnownArticle]:
        """content_hash -> (id, parse fingerprint, path, given id) of every stored article."""
        rows = self._rows(
            "SELECT content_hash, id, fingerprint, path, coalesce(given_id, id) "
            "FROM articles"
        )
        return {h: KnownArticle(i, f, p, g) for h, i, f, p, g in rows}

    def article_paths(self) -> list[tuple[str, str]]:
        """(id, path read from) of every stored article."""
        return self._rows("SELECT id, path FROM articles")

    def identities(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(given id, source file) -> (stored id, content_hash) of every stored article."""
        rows = self._rows(
            "SELECT coalesce(given_id, id), path, id, content_hash FROM articles"
        )
        return {(g, source_file(p)): (i, h) for g, p, i, h in rows}

    def stored_ids(self) -> dict[str, str]:
        """article id -> content_hash of every stored article."""
        return dict(self._rows("SELECT id, content_hash FROM articles"))

    def stale_articles(self, fingerprint: str) -> list[Article]:
        """Stored articles parsed by another model or rule set than `fingerprint`."""
        names = [f.name for f in dataclasses.fields(Article)]
        cols = ", ".join(f'"{n}"' for n in names)
        rows = self._rows(
            f"SELECT {cols} FROM articles WHERE fingerprint IS DISTINCT FROM ? ORDER BY id",
            [fingerprint],
        )
        return [Article(*row) for row in rows]

    def outlet_colours(self) -> dict[str, int]:
        """outlet -> its slot in the outlet palette (from 0), given in order of first
        appearance and never reassigned, so adding an outlet never recolours the
        others. A read-only store that predates the table numbers them the same way."""
        with self._reading() as con:
            return schema.outlet_slots(con)

    def article_count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def stats(self) -> dict[str, object]:
        """What the store holds, in one consistent read (for `presswatch stats`)."""
        with self._reading() as con:
            [row] = con.execute(
                """SELECT (SELECT count(*) FROM articles),
                          (SELECT count(DISTINCT outlet) FROM articles),
                          (SELECT count(*) FROM sentences),
                          (SELECT count(*) FROM mentions),
                          (SELECT count(*) FROM attributions),
                          (SELECT count(*) FROM hedges WHERE category <> 'booster'),
                          (SELECT count(*) FROM hedges WHERE category = 'booster'),
                          (SELECT count(*) FROM duplicates),
                          (SELECT min(published) FROM articles),
                          (SELECT max(published) FROM articles)"""
            ).fetchall()
            version = _meta(con, "version") or "0"
        names = (
            "articles",
            "outlets",
            "sentences",
            "mentions",
            "attributions",
            "hedges",
            "boosters",
            "duplicates",
        )
        out: dict[str, object] = dict(
            zip(names, (int(n) for n in row[:8]), strict=True)
        )
        out["first_published"] = row[8].isoformat() if row[8] else None
        out["last_published"] = row[9].isoformat() if row[9] else None
        out["version"] = version
        return out

    # -- writing -------------------------------------------------------------

    def write(
        self,
        articles: Sequence[Article],
        analyses: Sequence[Analysis],
        fingerprint: str,
        duplicates: Iterable[tuple[str, str, str]] = (),
        *,
        index: Callable[[ClaimsWrite], None] | None = None,
    ) -> WriteResult:
        """Store parsed articles (replacing earlier versions) in one transaction;
        `index`, if given, runs in it once the rows are in (`claims.indexing`: the
        batch's copies and claims index, on this write's connection).

        Identity and duplicates are decided here, inside the transaction, because another
        writer may have stored the same text or used the same id meanwhile: an article
        replaces the stored one read from the same file under the same given id; a given
        id another file already used is stored under `<id>@<file stem>` (the given id is
        kept in `given_id`); a text already stored under another article is recorded as
        a copy of it, not stored twice."""
        result = WriteResult()
        with self._writing() as con:
            keep = _resolve(con, articles, result)
            replaced = [stored for stored, _, _ in keep.values() if stored is not None]
            changes = rollups.Changes(con)
            _delete(
                con,
                replaced,
                keep_copies=[i for i, _, same in keep.values() if same and i],
                changes=changes,
            )
            article_rows: list[tuple] = []
            sentence_rows: list[tuple] = []
            rows: dict[str, list[tuple]] = {name: [] for name in ROW_COLUMNS}
            for article, analysis in zip(articles, analyses, strict=True):
                if id(article) not in keep:
                    continue
                aid, given = keep[id(article)][1]
                text = article.text
                article_rows.append((aid, *_fields(article)[1:], fingerprint, given))
                sentence_rows += [
                    (aid, s.sent, s.start, s.end, text[s.start : s.end])
                    for s in analysis.sentences
                ]
                rows["mentions"] += [(aid, *_fields(m)) for m in analysis.mentions]
                rows["attributions"] += [
                    (aid, *_fields(a)) for a in analysis.attributions
                ]
                rows["hedges"] += [(aid, *_fields(h)) for h in analysis.hedges]
            incoming = {"articles": article_rows, "sentences": sentence_rows, **rows}
            for name, table_rows in incoming.items():
                _insert(con, name, table_rows, keep=True)
            changes.add(
                1,
                None,
                articles="incoming_articles",
                tables={t: f"incoming_{t}" for t in rollups.ROW_TABLES},
            )
            changes.apply()
            for name in incoming:
                con.unregister(f"incoming_{name}")
            _insert(con, "duplicates", [*duplicates, *result.duplicates])
            schema.assign_outlet_colours(con)
            result.written = len(article_rows)
            if index is not None:
                index(ClaimsWrite(con))
        return result

    def remove(self, ids: Sequence[str]) -> None:
        """Delete articles and every row that belongs to them, in one transaction."""
        if ids:
            with self._writing() as con:
                changes = rollups.Changes(con)
                _delete(con, list(ids), changes=changes)
                changes.apply()

    def add_duplicates(self, duplicates: Iterable[tuple[str, str, str]]) -> None:
        """Record other copies (article_id kept, copy id, copy path) of stored articles."""
        rows = list(duplicates)
        if rows:
            with self._writing() as con:
                _insert(con, "duplicates", rows)

    def update_actors(self, mentions: pd.DataFrame) -> None:
        """Replace mention canonicals (columns article_id, start, actor) and rename the
        attribution sources that named the same actor in that article."""
        with self._writing() as con:
            con.register("new_actors", mentions[["article_id", "start", "actor"]])
            con.execute(
                """CREATE OR REPLACE TEMP TABLE renamed AS
                   SELECT m.article_id, m.actor AS old, any_value(n.actor) AS new
                   FROM mentions m JOIN new_actors n
                     ON m.article_id = n.article_id AND m.start = n.start
                   WHERE m.actor IS DISTINCT FROM n.actor
                   GROUP BY m.article_id, m.actor"""
            ).fetchall()
            changed = [
                i
                for (i,) in con.execute(
                    "SELECT DISTINCT article_id FROM renamed"
                ).fetchall()
            ]
            changes = rollups.Changes(con)  # sources and actors are named anew
            changes.add(-1, changed)
            con.execute(
                """UPDATE mentions SET actor = n.actor FROM new_actors n
                   WHERE mentions.article_id = n.article_id AND mentions.start = n.start"""
            ).fetchall()
            con.execute(
                """UPDATE attributions SET actor = r.new FROM renamed r
                   WHERE attributions.article_id = r.article_id AND attributions.actor = r.old"""
            ).fetchall()
            changes.add(1, changed)
            changes.apply()
            con.execute("DROP TABLE renamed").fetchall()
            con.unregister("new_actors")

    # -- claims and copies (presswatch.claims) ------------------------------------

    @contextmanager
    def claims_writing(
        self, *, replace: Sequence[str] = (), mark: str | None = None
    ) -> Iterator[ClaimsWrite]:
        """One transaction for presswatch.claims: empties the claims tables named in
        `replace` (the derived ones, rebuilt whole) and yields a `ClaimsWrite`; `mark`
        names a meta key set to the version this write makes (so a later reader can
        tell that nothing changed since)."""
        unknown = set(replace) - set(schema.CLAIM_TABLES)
        if unknown:
            raise ValueError(f"not a claims table: {sorted(unknown)}")
        with self._writing() as con:
            write = ClaimsWrite(con)
            if "copies" in replace:
                write.note_copies()
            for table in replace:
                con.execute(f"DELETE FROM {table}").fetchall()
            yield write
            if write.copies_noted:  # the rollups count copies apart
                rollups.copies_changed(con, "copies_before")
                con.execute("DROP TABLE copies_before").fetchall()
            if mark:
                _set_meta(con, mark, str(int(_meta(con, "version") or "0") + 1))

    def rows(self, sql: str, params: Sequence[object] | None = None) -> list[tuple]:
        """A read query's rows as tuples (for bulk reads that need no DataFrame)."""
        return self._rows(sql, params)

    def set_meta(self, key: str, value: str) -> None:
        with self._writing(bump=key != "version") as con:
            _set_meta(con, key, value)


class ClaimsWrite:
    """Inserts into the claims tables, and reads, inside one `claims_writing`."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con
        self.copies_noted = False

    def note_copies(self) -> None:
        """Keep who is a copy before `copies` changes (the rollups move the articles
        whose status changed when the write ends)."""
        if not self.copies_noted:
            self._con.execute(
                "CREATE OR REPLACE TEMP TABLE copies_before AS "
                f"SELECT article_id FROM {rollups.COPY_IDS}"
            ).fetchall()
            self.copies_noted = True

    def insert(self, table: str, rows: list[tuple]) -> None:
        if table not in schema.CLAIM_TABLES:
            raise ValueError(f"not a claims table: {table!r}")
        if table == "copies":
            self.note_copies()
        _insert(self._con, table, rows)

    def rows(
        self, sql: str, params: Sequence[object] = (), **tables: object
    ) -> list[tuple]:
        """A query's rows; `tables` are Arrow tables it can name (registered for it)."""
        for name, table in tables.items():
            self._con.register(name, table)
        try:
            return self._con.execute(sql, list(params)).fetchall()
        finally:
            for name in tables:
                self._con.unregister(name)


# -- inside a transaction ------------------------------------------------------


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def _set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value]).fetchall()


def _resolve(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], result: WriteResult
) -> dict[int, tuple[str | None, tuple[str, str], bool]]:
    """Per article to store (by id()): (stored id it replaces or None, (stored id,
    given id), same text as the row it replaces). Copies go to result.duplicates."""
    ids = [a.id for a in articles]
    hashes = [a.content_hash for a in articles]
    stored = con.execute(
        """SELECT id, coalesce(given_id, id), path, content_hash FROM articles
           WHERE id IN (SELECT unnest(?)) OR given_id IN (SELECT unnest(?))
              OR content_hash IN (SELECT unnest(?))""",
        [ids, ids, hashes],
    ).fetchall()
    by_given = {(g, source_file(p)): (i, h) for i, g, p, h in stored}
    by_id = {i: (g, source_file(p), h) for i, g, p, h in stored}
    by_hash = {h: i for i, _, _, h in stored}
    taken = set(by_id)
    looked_up = set(ids)  # ids the query above found stored (in by_id) or not stored
    keep: dict[int, tuple[str | None, tuple[str, str], bool]] = {}
    for a in articles:
        src = source_file(a.path)
        if (a.id, src) in by_given:  # the same article, read again
            old, old_hash = by_given[(a.id, src)]
            replaced, new_id, given = old, old, a.id
        elif a.id in by_id and by_id[a.id][1] == src:  # a stored article re-parsed
            replaced, new_id, old_hash = a.id, a.id, by_id[a.id][2]
            given = by_id[a.id][0]
        else:
            replaced, old_hash, given = None, None, a.id
            new_id = _unique_id(con, a.id, src, taken, looked_up)
        kept = by_hash.get(a.content_hash)
        if kept is not None and kept != new_id:
            result.duplicates.append((kept, a.id, a.path))
            continue
        by_hash[a.content_hash] = new_id
        taken.add(new_id)
        if new_id != a.id and replaced is None:
            result.renamed.append((a.path, a.id, new_id))
        keep[id(a)] = (replaced, (new_id, given), old_hash == a.content_hash)
    return keep


def _unique_id(
    con: duckdb.DuckDBPyConnection,
    given: str,
    src: str,
    taken: set[str],
    looked_up: set[str] = frozenset(),
) -> str:
    """The given id if no other article uses it, else `<id>@<file stem>`, then `~2`, ….
    `looked_up`: ids already known to be stored only if in `taken` (the store is asked
    about the others: one scan of the articles' ids each, seconds at millions)."""

    def free(candidate: str) -> bool:
        if candidate in taken:
            return False
        if candidate in looked_up:
            return True
        [(n,)] = con.execute(
            "SELECT count(*) FROM articles WHERE id = ?", [candidate]
        ).fetchall()
        return n == 0

    if free(given):
        return given
    base = f"{given}@{Path(src).stem}"
    candidate, k = base, 1
    while not free(candidate):
        k += 1
        candidate = f"{base}~{k}"
    return candidate


def _delete(
    con: duckdb.DuckDBPyConnection,
    ids: list[str],
    keep_copies: Sequence[str] = (),
    *,
    changes: rollups.Changes,
) -> None:
    """Delete articles and their rows, their numbers taken out of the rollups
    (`changes`, applied by the caller); the copies recorded of `keep_copies`
    (replaced by the same text) stay."""
    if not ids:
        return
    changes.add(-1, ids)
    for table in ("articles", *ANALYSIS_TABLES):
        key = "id" if table == "articles" else "article_id"
        con.execute(
            f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids]
        ).fetchall()
    for table, keys in schema.CLAIM_ROW_TABLES.items():  # presswatch.claims rows
        where = " OR ".join(f"{k} IN (SELECT unnest(?))" for k in keys)
        con.execute(f"DELETE FROM {table} WHERE {where}", [ids] * len(keys)).fetchall()
    gone = sorted(set(ids) - set(keep_copies))
    if gone:
        con.execute(
            "DELETE FROM duplicates WHERE article_id IN (SELECT unnest(?))", [gone]
        ).fetchall()


def _insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple], *, keep: bool = False
) -> None:
    """Append rows; the Arrow table is registered on this write's own connection as
    `incoming_<table>` (and stays registered, even when empty, if `keep`)."""
    if not rows and not keep:
        return
    name = f"incoming_{table}"
    con.register(name, schema.arrow(table, rows))
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c, _ in TABLES[table])
    if table == "duplicates":  # a copy seen again on re-ingest is recorded once
        con.execute(
            f"INSERT INTO duplicates SELECT DISTINCT * FROM {name} "
            "EXCEPT SELECT * FROM duplicates"
        ).fetchall()
    else:
        con.execute(
            f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}"
        ).fetchall()
    if not keep:
        con.unregister(name)


_GETTERS: dict[type, operator.attrgetter] = {}


def _fields(record: object) -> tuple:
    """A record's field values in declaration order (fast: no deep copy)."""
    getter = _GETTERS.get(type(record))
    if getter is None:
        names = [f.name for f in dataclasses.fields(record)]
        getter = _GETTERS[type(record)] = operator.attrgetter(*names)
    return getter(record)
