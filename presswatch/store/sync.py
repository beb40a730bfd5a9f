"""Bring a store up to date with a set of files: read, parse what changed, write per batch."""

from __future__ import annotations

import dataclasses
import gc
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from presswatch import claims, ingest
from presswatch.claims import outlet
from presswatch.nlp import Analysis, actors, pipeline, rules, workers
from presswatch.records import Article, Mention
from presswatch.store import KnownArticle, Store, WriteResult, source_file, source_line

# Editing these changes canonical names only: stored mentions are re-canonicalised,
# nothing is re-parsed. Every other rule file is part of the parse fingerprint.
CANONICAL_FILES = rules.CANONICAL_FILES

# Articles per transaction (`--batch-size`): each write has a fixed cost of some
# hundred SQL statements (rollup deltas, index reads, the commit's checkpoint), about
# 0.14 CPU-s on this machine, so 500 costs a third less per article than 200.
BATCH_SIZE = 500
# Articles go to the parser in parts of at most this many (a few chunks each), so the
# workers always have some queued while parsed parts wait to fill a transaction, and
# the ingest's last write, which no parsing overlaps, holds one part.
PART_SIZE = 100
# The input's last part goes in pieces this small (a chunk each): the last chunk of
# a worker is short, and the other does not wait long for it (32 texts are 0.7 s).
TAIL_PIECE = 10


# A feed of millions of bad lines ("{}" a line) must not hold a record per line: the
# first KEPT_SKIPS skipped files or records are kept with their messages, the rest are
# only counted, by reason.
KEPT_SKIPS = 1_000


@dataclass
class Report:
    """What one ingest did: counts, and the skipped files or records with their reasons
    (the first KEPT_SKIPS of them; `skipped_total` and `skipped_by_reason` count all).
    Add one with `skip`."""

    read: int = 0
    parsed: int = 0
    removed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    reparsed: int = 0
    skipped: list[ingest.Skipped] = field(default_factory=list)
    # (path, given id, stored id) of articles whose given id another file already used
    renamed: list[tuple[str, str, str]] = field(default_factory=list)
    skipped_total: int = 0
    _reasons: Counter[str] = field(default_factory=Counter, repr=False)

    def __post_init__(self) -> None:
        given, self.skipped, self.skipped_total = self.skipped, [], 0
        for item in given:
            self.skip(item)

    def skip(self, item: ingest.Skipped) -> None:
        """Count a skipped file or record; keep it while fewer than KEPT_SKIPS are."""
        self.skipped_total += 1
        self._reasons[item.reason.split(" (")[0]] += 1
        if len(self.skipped) < KEPT_SKIPS:
            self.skipped.append(item)

    def add_skips(self, other: Report) -> None:
        """Another report's skips: all counted, kept while there is room."""
        self.skipped_total += other.skipped_total
        self._reasons.update(other._reasons)
        room = max(KEPT_SKIPS - len(self.skipped), 0)
        self.skipped += other.skipped[:room]

    def skipped_by_reason(self) -> Counter[str]:
        return Counter(self._reasons)

    def summary(self) -> str:
        """One paragraph a user reads at the end of an ingest."""
        lines = [
            f"read {self.read} articles: {self.parsed} parsed, {self.unchanged} unchanged, "
            f"{self.duplicates} duplicates; skipped {self.skipped_total}"
        ]
        if self.removed:
            lines.append(
                f"removed {self.removed} stored articles no longer in their files"
            )
        if self.renamed:
            n = len(self.renamed)
            path, given, stored = self.renamed[0]
            lines.append(
                f"{n} article{'s' if n != 1 else ''} kept under a new id, another file "
                f"having used the given id already (e.g. {given!r} from {path} stored "
                f"as {stored!r})"
            )
        if self.reparsed:
            lines.append(
                f"re-parsed {self.reparsed} stored articles (model or rules changed)"
            )
        lines += [
            f"  {n} × {reason}" for reason, n in self.skipped_by_reason().most_common()
        ]
        return "\n".join(lines)


def canonical_fingerprint() -> str:
    """Identifies the alias data that canonical actor names were computed with."""
    return rules.fingerprint(CANONICAL_FILES)


def parse_fingerprint(nlp: Language) -> str:
    """Identifies what stored articles were parsed with: model, code and every rule
    file but the canonical ones (a change means re-parsing)."""
    return pipeline.fingerprint(nlp, exclude=CANONICAL_FILES)


def update(
    paths: Iterable[str | Path],
    store: Store,
    nlp: Language | None = None,
    *,
    text_column: str | None = None,
    batch_size: int = BATCH_SIZE,
    on_item: Callable[[Article | ingest.Skipped], None] | None = None,
    on_parse: Callable[[int, int], None] | None = None,
    on_read: Callable[[int, int], None] | None = None,
    parser: workers.Parser | None = None,
    as_path: Callable[[str], str] | None = None,
) -> Report:
    """Ingest files into the store; parse only articles that are new or changed.

    Each batch of up to `batch_size` parsed articles is written in one transaction,
    so an interrupted ingest keeps every batch written before it and loses nothing
    already stored. `parser` says where
    batches are parsed (default: in this process with `nlp`); `on_parse(queued,
    written)` counts articles sent to the parser and written back so far; `on_read`
    hears of files and bytes read (see `ingest.read`). `as_path` gives the path to
    record for what was read from a path (uploads read from a temporary copy are
    recorded under a stable name, so a re-upload is the same file again).
    """
    parser = parser or workers.InProcess(nlp)
    # Snapshots to skip what needs no parsing; the write re-checks identity and
    # duplicates inside its transaction, since another writer may store meanwhile.
    # Taken, with the copies index, while workers load their model for the fingerprint.
    with store.snapshot():
        known = store.known_articles()
        identities = store.identities()
    with collector_paused():  # the copies index: one object per stored signature
        claims.prepare(store)
    fp = parser.fingerprint(exclude=CANONICAL_FILES)
    report = Report()
    duplicates: list[tuple[str, str, str]] = []
    batch: list[Article] = []
    in_file: dict[str, set[str]] = defaultdict(set)  # file read -> given ids it holds
    bad_files: set[str] = set()
    first_line: dict[tuple[str, str], tuple[int | None, str]] = {}

    pending: deque[_Pending] = deque()
    counts = [0, 0]  # articles queued, written
    # The part read last is sent once the next one is read: the input's last part
    # then goes in pieces of TAIL_PIECE, so the workers finish together.
    held: list[tuple[list[Article], list[tuple[str, str, str]]]] = []

    def submit(articles: list[Article], dups: list[tuple[str, str, str]]) -> None:
        pending.append((articles, dups, parser.submit([a.text for a in articles])))
        counts[0] += len(articles)

    def flush(final: bool = False, write: bool = True) -> None:
        if batch:
            if not final:
                for part in held:
                    submit(*part)
                held.clear()
            held.append((batch.copy(), duplicates.copy()))
            batch.clear()
            duplicates.clear()
        if final:
            tail = [a for part, _ in held for a in part]
            dups = [d for _, part_dups in held for d in part_dups]
            held.clear()
            step = min(TAIL_PIECE, batch_size)
            for start in range(0, len(tail), step):
                submit(tail[start : start + step], dups if not start else [])
        if not write:
            return
        for articles, (failed, written) in _write_ready(
            store, parser, fp, pending, final, batch_size
        ):
            for item in failed:
                report.skip(item)
            _count(report, written, len(articles) - len(failed))
            counts[1] += len(articles)
            if on_parse:
                on_parse(*counts)

    for item in ingest.read(paths, text_column=text_column, on_read=on_read):
        if as_path:
            item = dataclasses.replace(item, path=as_path(item.path))
        if on_item:
            on_item(item)
        if isinstance(item, ingest.Skipped):
            report.skip(item)
            bad_files.add(item.path)
            continue
        report.read += 1
        file, line = source_line(item.path)
        key = (item.id, file)
        if key in first_line and first_line[key][1] != item.content_hash:
            report.skip(_repeated_id(item, first_line[key][0]))
            continue
        first_line.setdefault(key, (line, item.content_hash))
        in_file[file].add(item.id)
        seen = known.get(item.content_hash)
        same = seen is not None and (seen.given_id, source_file(seen.path)) == key
        if seen and not same and seen.path != item.path:
            report.duplicates += 1
            duplicates.append((seen.id, item.id, item.path))
            continue
        if same and seen.fingerprint == fp:
            report.unchanged += 1
            continue
        if key in identities and identities[key][1] != item.content_hash:
            known.pop(
                identities[key][1], None
            )  # the article changed: its old text goes
        known[item.content_hash] = KnownArticle(item.id, fp, item.path, item.id)
        identities[key] = (item.id, item.content_hash)
        batch.append(item)
        if len(batch) >= min(PART_SIZE, batch_size):
            flush()
    flush(final=True, write=False)  # the last part goes out
    # What the end needs to read, read on one connection while the workers parse the
    # last part (each connection is some 30-40 ms of DuckDB's start, and after the
    # last write nothing else runs). The articles this ingest writes are in `in_file`
    # and parsed with `fp`: the writes still to come change none of these answers.
    with store.snapshot():
        replaced = replaced_articles(store, in_file, bad_files)
        stale = bool(store.rows(_ANY_STALE, [fp]))
        aliases_changed = (
            store.get_meta("canonical_fingerprint") != canonical_fingerprint()
        )
    flush(final=True)
    store.add_duplicates(duplicates)
    store.remove(replaced)
    report.removed = len(replaced)
    if stale:  # read again, without what was just removed
        report.reparsed = reparse_stale(store, nlp, fp, batch_size, parser=parser)
    if aliases_changed:
        recanonicalise_if_changed(store)
    with collector_paused():  # copies, claims: index any missed, regroup
        claims.refresh(store, parser, batch_size)
    return report


_ANY_STALE = "SELECT 1 FROM articles WHERE fingerprint IS DISTINCT FROM ? LIMIT 1"


def _count(report: Report, written: WriteResult, parsed: int) -> None:
    """Add a batch write's outcome: copies found inside the transaction are duplicates."""
    report.parsed += parsed - len(written.duplicates)
    report.duplicates += len(written.duplicates)
    report.renamed += written.renamed


def _repeated_id(item: Article, first: int | None) -> ingest.Skipped:
    file, line = source_line(item.path)
    where = f"line {first}" if first is not None else "an earlier record"
    return ingest.Skipped(
        file,
        line,
        "repeated id",
        f"id {item.id!r} is already used on {where} of this file with another text; "
        "this record was not stored (give it its own id)",
    )


def replaced_articles(
    store: Store, in_file: dict[str, set[str]], bad_files: set[str]
) -> list[str]:
    """The stored articles that a re-read file no longer holds (an edited file's old
    version), to remove. Files with a skipped record keep everything: bad input never
    loses data."""
    return [
        stored_id
        for (given_id, file), (stored_id, _) in store.identities().items()
        if file in in_file and file not in bad_files and given_id not in in_file[file]
    ]


_Pending = tuple[list[Article], list[tuple[str, str, str]], workers.Job]


def _write_ready(
    store: Store,
    parser: workers.Parser,
    fp: str,
    pending: deque[_Pending],
    final: bool,
    batch_size: int,
) -> Iterator[tuple[list[Article], tuple[list[ingest.Skipped], WriteResult]]]:
    """Write the parts at the front of `pending` that are parsed, in order, in
    transactions of up to `batch_size` articles.

    A transaction waits until its parts hold `batch_size` articles, except at the end
    (`final`): then it goes as soon as it holds PART_SIZE articles, while the workers
    parse the rest, and the last one holds what is left. The oldest part is waited
    for only when the workers have more than enough queued behind it (or at the
    end), so reading and writing overlap parsing and memory stays bounded.
    """
    while pending:
        ready, size = 0, 0  # the parts parsed at the front that fit one transaction
        while (
            ready < len(pending)
            and pending[ready][2].done()
            and (not ready or size + len(pending[ready][0]) <= batch_size)
        ):
            size += len(pending[ready][0])
            ready += 1
        full = ready < len(pending) and size + len(pending[ready][0]) > batch_size
        # at the end, a transaction goes once it holds a part's worth (the workers
        # parse the rest meanwhile) or all that is left
        last = final and (ready == len(pending) or size >= PART_SIZE)
        if ready and (full or size >= batch_size or last):
            group = [pending.popleft() for _ in range(ready)]
            articles = [a for part, _, _ in group for a in part]
            results = [r for _, _, job in group for r in job.result()]
            dups = [d for _, part_dups, _ in group for d in part_dups]
            yield articles, write_parsed(store, articles, results, fp, dups)
        elif ready < len(pending) and (final or parser.backlog() > parser.capacity()):
            articles, dups, job = pending[ready]  # the oldest part not parsed yet
            pending[ready] = (articles, dups, _Parsed(job.result()))
        else:
            return


class _Parsed:
    """A part's job once its results are in (waited for, so asked only once)."""

    def __init__(self, results: list[workers.Result]) -> None:
        self._results = results

    def done(self) -> bool:
        return True

    def result(self) -> list[workers.Result]:
        return self._results


def write_parsed(
    store: Store,
    articles: list[Article],
    results: list[workers.Result],
    fp: str,
    duplicates: Iterable[tuple[str, str, str]] = (),
) -> tuple[list[ingest.Skipped], WriteResult]:
    """Write a parsed batch of articles to the store, with its copies and claims
    index, in one transaction (the store's lock is taken only for the write, never
    while parsing).

    An article the rules failed on is reported, not stored, and the batch goes on.
    Each analysis is stored as its article's outlet published it (`claims.outlet`:
    the outlet is no source of its own article).
    """
    with rules.unchanged():  # one version of the rule files for the whole batch
        return _write_parsed(store, articles, results, fp, duplicates)


def _write_parsed(
    store: Store,
    articles: list[Article],
    results: list[workers.Result],
    fp: str,
    duplicates: Iterable[tuple[str, str, str]],
) -> tuple[list[ingest.Skipped], WriteResult]:
    done: list[Article] = []
    analyses: list[Analysis] = []
    failed: list[ingest.Skipped] = []
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, workers.Failure):
            file, line = source_line(article.path)
            failed.append(ingest.Skipped(file, line, "analysis failed", result.detail))
        else:
            analyses.append(outlet.published_by(result, article.outlet, article.published))
            done.append(article)
    found = [list(a.claims) for a in analyses]
    with collector_paused(), claims.indexing(store, done, found) as index:
        written = store.write(done, analyses, fp, duplicates, index=index)
    return failed, written


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a batch is written (its rows, Arrow
    tables, index keys) or the copies index is loaded: the objects made there die
    with the write, but making them set off full collections, each walking every
    object of the process (the copies index, the parsed batches in flight): 0.2 of
    the 1.0 CPU-s that writing 600 news articles took. Garbage cycles made inside
    are collected after, as usual."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def reparse_stale(
    store: Store,
    nlp: Language | None,
    fp: str,
    batch_size: int = BATCH_SIZE,
    *,
    parser: workers.Parser | None = None,
) -> int:
    """Re-parse stored articles whose model or rules have changed since they were parsed."""
    stale = store.stale_articles(fp)
    if not stale:
        return 0
    claims.check_rules()  # a bad table stops here, not as a skip per article
    parser = parser or workers.InProcess(nlp)
    pending: deque[_Pending] = deque()
    failed = 0
    step = min(PART_SIZE, batch_size)
    for start in range(0, len(stale), step):
        part = stale[start : start + step]
        pending.append((part, [], parser.submit([a.text for a in part])))
        for _, (skipped, _written) in _write_ready(
            store, parser, fp, pending, False, batch_size
        ):
            failed += len(skipped)
    for _, (skipped, _written) in _write_ready(
        store, parser, fp, pending, True, batch_size
    ):
        failed += len(skipped)
    return len(stale) - failed


def reparse_changed(store: Store, nlp: Language) -> int:
    """Re-parse the stored articles the current model and rules have not parsed."""
    return reparse_stale(store, nlp, parse_fingerprint(nlp))


def recanonicalise_if_changed(store: Store) -> bool:
    """Re-canonicalise stored mentions if the alias data changed since they were named."""
    current = canonical_fingerprint()
    stored = store.get_meta("canonical_fingerprint")
    if stored == current:
        return False
    if stored is not None:  # a new store was named with the current aliases already
        recanonicalise(store)
    store.set_meta("canonical_fingerprint", current)
    return True


def recanonicalise(store: Store, aliases_path: Path | None = None) -> None:
    """Recompute every mention's canonical actor from the alias table (default
    data/aliases.csv), without parsing: the links the text states (a role's person,
    "also known as") are kept (`actors.recanonicalised`)."""
    mentions = store.query(
        'SELECT article_id, start, "end", text, type, actor, sent FROM mentions '
        "ORDER BY article_id, start"
    )
    if mentions.empty:
        return
    texts = dict(
        store.query(
            "SELECT id, text FROM articles WHERE id IN "
            "(SELECT DISTINCT article_id FROM mentions)"
        ).itertuples(index=False)
    )
    aliases = actors.load_aliases(aliases_path)
    names: list[str] = []
    for article_id, group in mentions.groupby("article_id", sort=False):
        columns = group[["start", "end", "text", "type", "actor", "sent"]]
        stored = [Mention(*row) for row in columns.itertuples(index=False, name=None)]
        names += actors.recanonicalised(stored, texts[article_id], aliases)
    mentions["actor"] = names
    store.update_actors(mentions)
    claims.rekey(store)  # claims that differed only in a renamed actor's name
