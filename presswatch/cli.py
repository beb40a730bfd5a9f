"""`python -m presswatch …`: ingest articles into a store, extract them as JSON, evaluate,
retrain the learned components."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presswatch import briefing
from presswatch.evaluation import HEDGING_DATASETS
from presswatch.records import BOOSTER, Article, Filters

if TYPE_CHECKING:
    from presswatch.ingest import Skipped

# spaCy loads only for the commands that parse (ingest, extract, evaluate): a
# scheduled `briefing` should not pay for it.

_PARSE_BATCH = 64

# stderr names each file's first SKIPS_SHOWN skipped records, then one line per file
# counts the rest by reason: a garbage feed of millions of lines is not millions of
# lines of log (the ingest summary's totals count every one).
SKIPS_SHOWN = 20


class _SkipLog:
    """Writes "skipped ..." for a file's first SKIPS_SHOWN skipped records; `close`
    adds "… and N more skipped in FILE: N invalid JSON, M no text" for the rest."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._shown: dict[str, int] = {}
        self._more: dict[str, dict[str, int]] = {}

    def __call__(self, item: Skipped) -> None:
        shown = self._shown.get(item.path, 0)
        if shown < SKIPS_SHOWN:
            self._shown[item.path] = shown + 1
            self._write(f"skipped {item.message}")
            return
        reasons = self._more.setdefault(item.path, {})
        reason = item.reason.split(" (")[0]
        reasons[reason] = reasons.get(reason, 0) + 1

    def close(self) -> None:
        for path, reasons in self._more.items():
            n = sum(reasons.values())
            by_reason = ", ".join(
                f"{k:,} {reason}"
                for reason, k in sorted(reasons.items(), key=lambda r: -r[1])
            )
            self._write(f"… and {n:,} more skipped in {path}: {by_reason}")
        self._more.clear()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="presswatch",
        description="Actors, source attribution and hedging across a collection of news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser(
        "ingest",
        help="read articles into the store, parsing only what is new or changed",
        description="Read files, folders (recursively) or globs of .txt/.md/.html/.json/.jsonl/.csv "
        "articles into the DuckDB store. Unchanged articles are not parsed again.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db_option(p)
    p.add_argument("--text-column", help="CSV/JSON field that holds the article text")
    p.add_argument(
        "--batch-size",
        type=int,
        default=500,  # sync.BATCH_SIZE (not imported here: the CLI starts fast)
        help="articles per transaction (default 500)",
    )
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processes that parse (default: one per core; 1 parses in this process)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse on a Dask cluster: its scheduler (tcp://HOST:PORT), or `local` "
        "for a cluster of --workers processes on this machine",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(run=_ingest)

    p = commands.add_parser(
        "extract",
        help="print one JSON object per article: sentences, mentions, attributions, hedges",
        description="Parse articles and write one JSON object per article to stdout "
        "(offsets index the object's `text`). Nothing is stored.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--text-column", help="CSV/JSON field that holds the article text")
    p.set_defaults(run=_extract)

    p = commands.add_parser(
        "evaluate",
        help="score the extractors on the public dev data (precision / recall / F1)",
        description="Score actors, attribution and hedging on the annotated dev data in "
        "../shared/eval (read in place, never copied).",
    )
    p.add_argument(
        "--data", type=Path, help="folder of the eval datasets (default ../shared/eval)"
    )
    p.add_argument(
        "--task",
        choices=["all", "hedging", "attribution", "actors"],
        default="all",
        help="score one task only",
    )
    p.add_argument(
        "--save",
        action="store_true",
        help="also write the scores to data/evaluation.json (shown on the Data page)",
    )
    p.add_argument(
        "--errors",
        action="store_true",
        help="also print a sample of false positives and negatives per task, by kind",
    )
    p.add_argument(
        "--only",
        nargs="+",
        choices=HEDGING_DATASETS,
        metavar="DATASET",
        help="with --task hedging: score only these datasets "
        f"({', '.join(HEDGING_DATASETS)}); not with --save",
    )
    p.set_defaults(run=_evaluate)

    p = commands.add_parser(
        "stats",
        help="print what a store holds: articles, outlets, sentences, mentions, …",
        description="Count what a store holds (safe while another process ingests into "
        "it). --json prints one object with the keys articles, outlets, sentences, "
        "mentions, attributions, hedges, boosters, duplicates, first_published, "
        "last_published (ISO dates or null) and version.",
    )
    _db_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    p.set_defaults(run=_stats)

    p = commands.add_parser(
        "claims",
        help="print the claims that travel through the store: one JSON object per claim",
        description="Sentences in different articles that make the same assertion, with "
        "each appearance's outlet, date, source and attribution (named, relayed, vague, "
        "bare); copies of one article count once. Most articles first.",
    )
    _db_option(p)
    p.add_argument(
        "--min-articles",
        type=int,
        default=2,
        metavar="N",
        help="only claims seen in at least N articles (default 2)",
    )
    p.add_argument("--json", action="store_true", help="JSON lines (the default)")
    p.set_defaults(run=_claims)

    p = commands.add_parser(
        "copies",
        help="print the copy groups (near-duplicate articles): one JSON object per group",
        description="Articles that are copies of one another (a syndicated story with a "
        "new headline, a dropped or added sentence, another dateline): the original "
        "(earliest published) and every article of the group.",
    )
    _db_option(p)
    p.add_argument("--json", action="store_true", help="JSON lines (the default)")
    p.set_defaults(run=_copies)

    p = commands.add_parser(
        "train",
        help="rebuild a trained component from the public training data",
        description="Convert the public training data (read in place) into a cache folder "
        "outside the project, train with spaCy's trainer (CPU, fixed seed), write the "
        "weights into presswatch/nlp/models/ and print the dev scores. `claims` fits "
        "the claims linker on the gold corpora of tests/data/claims (--data: another "
        "folder of them), scores it leaving one corpus out and writes "
        "presswatch/claims/linker.json.",
    )
    p.add_argument("task", choices=["attribution", "claims", "cues", "ner"])
    p.add_argument(
        "--data", type=Path, help="folder of the eval datasets (default ../shared/eval)"
    )
    p.add_argument(
        "--out",
        type=Path,
        help="where to write the component (default: the shipped one)",
    )
    p.add_argument("--max-steps", type=int, help="training steps (default: as shipped)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument(
        "--no-eval", action="store_true", help="skip scoring on the dev data afterwards"
    )
    p.set_defaults(run=_train)

    add_briefing(commands)

    args = parser.parse_args(argv)
    from presswatch.store import StoreError

    try:
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except StoreError as err:  # busy, damaged or missing: one line, no traceback
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `presswatch claims --json | head`: the reader has gone
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # exit quietly
        return 1


def _db_option(p: argparse.ArgumentParser) -> None:
    from presswatch.store import DEFAULT_DB

    p.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"DuckDB store file (default: $PRESSWATCH_DB or {DEFAULT_DB})",
    )


def _ingest(args: argparse.Namespace) -> int:
    from presswatch import ingest
    from presswatch.store import Store, default_db, sync

    db = args.db or default_db()
    store = Store(db)  # a damaged or foreign file is refused before the model loads
    try:
        parser = _parser(args)
    except OSError as err:  # no scheduler there, or it has no workers
        print(f"error: Dask scheduler {args.scheduler}: {err}", file=sys.stderr)
        return 2
    reading, parsing, in_bytes = _progress_bars(args.paths, disable=args.quiet)
    articles = 0
    skip_log = _SkipLog(lambda line: reading.write(line, file=sys.stderr))

    def on_item(item: Article | ingest.Skipped) -> None:
        nonlocal articles
        if isinstance(item, ingest.Skipped):
            skip_log(item)
        else:
            articles += 1
            reading.set_postfix_str(f"{articles} articles", refresh=False)

    def on_read(files: int, nbytes: int) -> None:
        reading.update(nbytes if in_bytes else files)

    def on_parse(queued: int, written: int) -> None:
        parsing.total = queued
        parsing.update(written - parsing.n)

    from presswatch.nlp.rules import RuleFileError  # loaded with sync already

    try:
        with parser:
            report = sync.update(
                args.paths,
                store,
                text_column=args.text_column,
                batch_size=args.batch_size,
                on_item=on_item,
                on_read=on_read,
                on_parse=on_parse,
                parser=parser,
            )
    except RuleFileError as err:  # checked before parsing: nothing was written
        reading.close()
        parsing.close()
        print(f"error: {err}; the store is unchanged", file=sys.stderr)
        return 2
    skip_log.close()
    reading.close()
    parsing.close()
    print(report.summary())
    print(f"store: {db}")
    return 0 if report.read or not report.skipped else 1


def _stats(args: argparse.Namespace) -> int:
    from presswatch.store import Store, default_db

    counts = Store(args.db or default_db(), read_only=True).stats()
    if args.json:
        print(json.dumps(counts))
        return 0
    width = max(map(len, counts))
    for name, value in counts.items():
        shown = f"{value:,}" if isinstance(value, int) else (value or "-")
        print(f"{name.replace('_', ' '):<{width}}  {shown}")
    return 0


def _progress_bars(paths: Sequence[str], *, disable: bool) -> tuple:
    """Two bars on stderr: reading, with a total and an ETA (bytes of a feed, else
    files), and parsing (articles written back of those sent to the parser); and
    whether reading counts bytes."""
    from tqdm import tqdm

    from presswatch import ingest

    size = ingest.input_size(paths)
    options = {"disable": disable, "file": sys.stderr, "dynamic_ncols": True}
    if size.feeds:
        reading = tqdm(
            desc="read",
            total=size.bytes,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            **options,
        )
    else:
        reading = tqdm(desc="read", total=size.files, unit=" files", **options)
    parsing = tqdm(desc="parsed", total=0, unit=" articles", position=1, **options)
    return reading, parsing, bool(size.feeds)


def _parser(args: argparse.Namespace):
    """Where `ingest` parses: this process, a pool of processes, or a Dask cluster."""
    from presswatch.nlp import workers

    if args.workers is not None and args.workers < 1:
        raise SystemExit("error: --workers must be 1 or more")
    if args.scheduler:
        from presswatch.nlp.cluster import DaskCluster

        return DaskCluster(args.scheduler, local_workers=args.workers)
    n = args.workers or workers.cpu_count()
    return workers.ProcessPool(n) if n > 1 else workers.InProcess()


def _extract(args: argparse.Namespace) -> int:
    from presswatch import ingest
    from presswatch.claims.outlet import published_by
    from presswatch.nlp import analyse, pipeline

    nlp = pipeline.load()
    out = sys.stdout
    batch: list[Article] = []

    def flush() -> None:
        for article, doc in zip(
            batch, pipeline.parse(nlp, (a.text for a in batch)), strict=True
        ):
            out.write(
                json.dumps(
                    extract_record(article, published_by(analyse(doc), article.outlet, article.published)),
                    ensure_ascii=False,
                )
                + "\n"
            )
        out.flush()
        batch.clear()

    skip_log = _SkipLog(lambda line: print(line, file=sys.stderr))
    for item in ingest.read(args.paths, text_column=args.text_column):
        if isinstance(item, ingest.Skipped):
            skip_log(item)
            continue
        batch.append(item)
        if len(batch) >= _PARSE_BATCH:
            flush()
    flush()
    skip_log.close()
    return 0


def extract_record(article: Article, analysis: object) -> dict:
    """The `extract` JSON contract for one article (offsets index `text`)."""
    text = article.text

    def span(start: int | None, end: int | None, with_text: bool = True) -> dict | None:
        if start is None or end is None:
            return None
        return (
            {"start": start, "end": end, "text": text[start:end]}
            if with_text
            else {"start": start, "end": end}
        )

    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "text": text,
        "sentences": [[s.start, s.end] for s in analysis.sentences],
        "mentions": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "actor": m.actor,
                "type": m.type,
            }
            for m in analysis.mentions
        ],
        "attributions": [
            {
                "id": a.id,
                "cue": span(a.cue_start, a.cue_end),
                "source": span(a.source_start, a.source_end),
                "actor": a.actor,
                "source_kind": a.source_kind,
                "content": span(a.content_start, a.content_end, with_text=False),
                "cited_by": a.cited_by,
            }
            for a in analysis.attributions
        ],
        "hedges": [
            {"start": h.start, "end": h.end, "text": h.text, "category": h.category}
            for h in analysis.hedges
            if h.category != BOOSTER
        ],
        "boosters": [
            {"start": h.start, "end": h.end, "text": h.text}
            for h in analysis.hedges
            if h.category == BOOSTER
        ],
    }


def _open_store(args: argparse.Namespace) -> object | None:
    from presswatch.store import Store, default_db

    db = args.db or default_db()
    if not Path(db).exists():
        print(
            f"error: no store at {db} (run `presswatch ingest` first)", file=sys.stderr
        )
        return None
    from presswatch import claims
    from presswatch.store import StoreError

    try:
        store = Store(db, read_only=True)
    except StoreError as err:
        print(f"error: {err}", file=sys.stderr)
        return None
    if not claims.indexed(store):
        store.close()
        print(
            f"error: {db} has no claims index yet: run `presswatch ingest` on it once",
            file=sys.stderr,
        )
        return None
    return store


def _claims(args: argparse.Namespace) -> int:
    from presswatch import claims

    if args.min_articles < 1:
        print("error: --min-articles must be at least 1", file=sys.stderr)
        return 2
    store = _open_store(args)
    if store is None:
        return 2
    with store:
        for record in claims.claim_records(store, args.min_articles):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _copies(args: argparse.Namespace) -> int:
    from presswatch import claims

    store = _open_store(args)
    if store is None:
        return 2
    with store:
        for group in claims.copy_groups(store):
            sys.stdout.write(json.dumps(group, ensure_ascii=False) + "\n")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from presswatch.evaluation import DEFAULT_EVAL_DIR, run
    from presswatch.nlp import pipeline

    data = args.data or DEFAULT_EVAL_DIR
    if not data.is_dir():
        print(f"error: no eval data folder at {data}", file=sys.stderr)
        return 2
    if args.only and args.task != "hedging":
        print("error: --only names hedging datasets: add --task hedging", file=sys.stderr)
        return 2
    if args.only and args.save:
        # a saved run replaces all of a task's rows: a partial one would drop some
        print("error: --save needs every dataset (drop --only)", file=sys.stderr)
        return 2
    errors: list | None = [] if args.errors else None
    print(f"{'task':<28} {'dataset':<22} {'P':>6} {'R':>6} {'F1':>6} {'n gold':>7}")
    scores = []
    for score in run(data, pipeline.load(), args.task, errors=errors, only=args.only):
        scores.append(score)
        print(
            f"{score.task:<28} {score.dataset:<22} {score.precision:6.3f} "
            f"{score.recall:6.3f} {score.f1:6.3f} {score.tp + score.fn:7d}",
            flush=True,
        )
    if args.save:
        from presswatch.evaluation import saved

        print(f"saved to {saved.save(scores, data)}")
    if errors is not None:
        from presswatch.evaluation import error_report

        print()
        print(error_report(errors))
    return 0


def _train(args: argparse.Namespace) -> int:
    from presswatch.evaluation import DEFAULT_EVAL_DIR
    from presswatch.train import run

    if args.task == "claims":
        from presswatch.train import claims

        data = args.data or claims.GOLD
        if not data.is_dir():
            print(f"error: no gold corpus folder at {data}", file=sys.stderr)
            return 2
        try:
            claims.train(data, args.out or claims.LINKER_PATH)
        except (OSError, ValueError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        return 0
    data = args.data or DEFAULT_EVAL_DIR
    if not data.is_dir():
        print(f"error: no eval data folder at {data}", file=sys.stderr)
        return 2
    try:
        run(
            args.task,
            data,
            out=args.out,
            max_steps=args.max_steps,
            seed=args.seed,
            evaluate=not args.no_eval,
        )
    except (OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


def add_briefing(commands: argparse._SubParsersAction) -> None:
    """Register `presswatch briefing` on the CLI's subcommands."""
    p = commands.add_parser(
        "briefing",
        help="write the weekly briefing (HTML, PNG charts, CSV tables, ZIP)",
        description="Write the briefing of one ISO week, compared with the week "
        "before or the average of the four before it: a self-contained HTML file, "
        "every chart as PNG (2x scale, rendered with the system's chromium), every "
        "table as CSV, and a ZIP "
        "of them all. The same files as the dashboard's 'Download briefing' button.",
    )
    p.add_argument(
        "--week",
        help="ISO week such as 2026-W46 (default: the last complete week in the data)",
    )
    p.add_argument(
        "--compare",
        choices=briefing.COMPARE_MODES,
        default="previous",
        help="compare with the previous week or the average of the previous four (4w)",
    )
    p.add_argument(
        "--outlet",
        action="append",
        default=[],
        metavar="NAME",
        help="only this outlet (repeat for several; default: all)",
    )
    p.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="DuckDB store file (default: $PRESSWATCH_DB or data/presswatch.duckdb)",
    )
    p.add_argument(
        "--corpus", help="the collection's name in captions (default: the store's)"
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="folder to write to"
    )
    p.set_defaults(run=_briefing)


def _briefing(args: argparse.Namespace) -> int:
    """`presswatch briefing`: 0 when the files are written, else 2 (or 3) with a message."""
    import contextlib

    import duckdb

    from presswatch import query
    from presswatch.briefing import BriefingError, Week
    from presswatch.export import report
    from presswatch.store import Store, default_db

    db = args.db or default_db()
    try:
        week = Week.parse(args.week) if args.week else None
        if not Path(db).is_file():
            raise BriefingError(
                f"no store at {db} (ingest articles first, or pass --db FILE)"
            )
        with contextlib.ExitStack() as stack:
            try:
                store = stack.enter_context(Store(db, read_only=True))
            except duckdb.Error as err:  # locked by a running app, or not DuckDB
                raise BriefingError(f"cannot open the store {db}: {err}") from None
            filters = Filters(outlets=tuple(args.outlet))
            known = sorted(query.base.outlets(store))
            unknown = [o for o in args.outlet if o not in known]
            if unknown:
                raise BriefingError(
                    f"unknown outlet {', '.join(map(repr, unknown))}; the store has: "
                    + ", ".join(known)
                )
            # chromium starts now and gets ready while the numbers are computed
            renderer = stack.enter_context(report.PngRenderer())
            week = week or briefing.default_week(store, filters)
            if week is None:
                raise BriefingError(f"the store {db} has no dated articles")
            b = briefing.build(store, week, args.compare, filters, corpus=args.corpus)
            if b.empty:
                weeks = briefing.weeks_with_data(store, filters)
                span = f"{weeks[0]} to {weeks[-1]}" if weeks else "no weeks"
                raise BriefingError(
                    f"no articles in {week} under these filters (data: {span})"
                )
            paths = report.write(b, args.out, store=store, renderer=renderer)
    except BriefingError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except duckdb.Error as err:
        print(f"error: cannot read the store {db}: {err}", file=sys.stderr)
        return 2
    except report.RenderError as err:
        print(f"error: could not render the charts: {err}", file=sys.stderr)
        return 3
    print(
        f"briefing {week} ({b.week_label}) vs {briefing.COMPARE_LABELS[b.compare]}: "
        f"{b.articles} articles"
    )
    for line in (c.sentence for c in b.changes):
        print(f"  - {line}")
    print(f"wrote {len(paths)} files to {args.out} (zip: {paths[-1].name})")
    return 0
