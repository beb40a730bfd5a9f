"""Parse articles in this process, on every core, or on a Dask cluster.

A parser takes the texts of a batch and gives back, in order, one `Analysis` per text
or a `Failure` when the rules broke on it: small picklable records, never Docs. Each
worker process loads the model once and parses at most `pipeline.BATCH_TEXTS` texts
and `pipeline.BATCH_CHARS` characters at a time, as the in-process path does, so
memory per worker stays what one process needs today and the results are the same.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import multiprocessing
import multiprocessing.connection
import os
import resource
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from presswatch.claims.claims import sentence_features as claim_features
from presswatch.nlp import Analysis, analyse, pipeline, rules


@dataclass(frozen=True, slots=True)
class Failure:
    """An article the rules failed on, with the error as text."""

    detail: str


Result = Analysis | Failure


@dataclass(frozen=True, slots=True)
class Chunk:
    """What a worker sends back for one chunk: its results and its own peak memory."""

    results: list[Result]
    worker: str
    peak_rss_mb: float


def analyse_texts(nlp: Language, texts: Iterable[str]) -> list[Result]:
    """Parse and analyse texts in one process; an article the model or the rules
    break on becomes a Failure and the others go on."""
    results: list[Result] = []
    with rules.unchanged():  # one version of the rule files for the whole chunk
        for doc in _parsed(nlp, list(texts)):
            results.append(_analysed(doc))
    return results


def _analysed(doc: Doc | Exception) -> Result:
    try:
        if isinstance(doc, Exception):
            raise doc
        analysis = analyse(doc)
        found = tuple(claim_features(doc, analysis))
        return dataclasses.replace(analysis, claims=found)
    except Exception as err:  # noqa: BLE001 - one article never aborts a batch
        return Failure(f"{type(err).__name__}: {err}"[:300])


def _parsed(nlp: Language, texts: list[str]) -> Iterator[Doc | Exception]:
    """Each text's Doc, or the error parsing it raised.

    The model parses a batch at once, so an error there names no article: the rest of
    the batch is then parsed one text at a time, and only the text that fails again
    is given its error. A re-run never stops at the same place.
    """
    parsed = 0
    try:
        for doc in pipeline.parse(nlp, texts):
            yield doc
            parsed += 1
    except Exception:  # noqa: BLE001 - found out below, text by text
        for text in texts[parsed:]:
            try:
                yield next(pipeline.parse(nlp, [text]))
            except Exception as err:  # noqa: BLE001
                yield err


def cpu_count() -> int:
    """The cores this process may run on (the default number of workers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity mask
        return os.cpu_count() or 1


class Job(Protocol):
    def done(self) -> bool: ...
    def result(self) -> list[Result]: ...


class Parser(Protocol):
    """Where batches are parsed; `sync.update` writes their results in order."""

    workers: int

    def submit(self, texts: Sequence[str]) -> Job:
        """Start parsing a batch; the job's result() is one Result per text."""
        ...

    def backlog(self) -> int:
        """Chunks submitted and not finished yet."""
        ...

    def capacity(self) -> int:
        """Chunks worth keeping in flight so no worker waits (2 per worker)."""
        ...

    def fingerprint(self, exclude: Iterable[str] = ()) -> str:
        """`pipeline.fingerprint` of the model and rules the workers parse with."""
        ...

    def peak_rss_mb(self) -> dict[str, float]:
        """Peak memory of each worker process seen so far, in MB."""
        ...

    def close(self) -> None: ...


class _Done:
    def __init__(self, results: list[Result]) -> None:
        self._results = results

    def done(self) -> bool:
        return True

    def result(self) -> list[Result]:
        return self._results


class InProcess:
    """Parse in this process, one batch at a time (`--workers 1`)."""

    workers = 1

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or pipeline.load()

    def submit(self, texts: Sequence[str]) -> Job:
        return _Done(analyse_texts(self.nlp, texts))

    def backlog(self) -> int:
        return 0

    def capacity(self) -> int:
        return 0

    def fingerprint(self, exclude: Iterable[str] = ()) -> str:
        return pipeline.fingerprint(self.nlp, exclude=exclude)

    def peak_rss_mb(self) -> dict[str, float]:
        return {"main": own_peak_rss_mb()}

    def close(self) -> None:
        pass

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Chunks:
    """A batch split into chunks parsed elsewhere; result() joins them in order."""

    def __init__(self, futures: list[Any], seen: dict[str, float]) -> None:
        self._futures = futures
        self._seen = seen

    def done(self) -> bool:
        return all(f.done() for f in self._futures)

    def result(self) -> list[Result]:
        results: list[Result] = []
        for future in self._futures:
            chunk: Chunk = future.result()
            self._seen[chunk.worker] = max(
                chunk.peak_rss_mb, self._seen.get(chunk.worker, 0.0)
            )
            results += chunk.results
        return results


class ChunkedParser:
    """What a process pool and a Dask cluster share: a batch goes out in chunks of
    at most BATCH_TEXTS texts / BATCH_CHARS characters, each parsed by one worker."""

    workers: int

    def __init__(self) -> None:
        self._in_flight: list[Any] = []
        self._peaks: dict[str, float] = {}

    def _submit_chunk(self, texts: list[str]) -> Any:
        raise NotImplementedError

    def submit(self, texts: Sequence[str]) -> Job:
        futures = [self._submit_chunk(chunk) for chunk in pipeline.batches(texts)]
        self._in_flight += futures
        return _Chunks(futures, self._peaks)

    def backlog(self) -> int:
        self._in_flight = [f for f in self._in_flight if not f.done()]
        return len(self._in_flight)

    def capacity(self) -> int:
        return 2 * self.workers

    def peak_rss_mb(self) -> dict[str, float]:
        return dict(self._peaks)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- a process pool on this machine ----------------------------------------------

_worker_nlp: Language | None = None


def _load_model(package: str | None) -> None:
    """Pool initializer: each worker process loads the model once."""
    global _worker_nlp
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(
            target=_exit_with_parent, args=(parent.sentinel,), daemon=True
        ).start()
    # the call `preload` made in the forkserver, so a forked worker finds its model
    # in the cache (lru_cache tells load() from load(None))
    _worker_nlp = pipeline.load(package) if package else pipeline.load()
    # The model and the rule tables live as long as the worker: the cycle collector
    # need not walk them again at each collection while the worker parses.
    gc.freeze()
    keep_freed_memory()


# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def keep_freed_memory() -> None:
    """Let this process's malloc keep the memory a parse frees for the next parse.

    A forked worker's glibc malloc handed the parse's working memory (arrays of a
    few hundred KB to some MB) back to the kernel after each chunk and had it
    faulted in again, zeroed, at the next: about 10,000 minor page faults per chunk
    of 32 texts, 0.9-1.5 s of system time per 280 news articles, where a process
    that loads its own model sees a tenth of those faults. Blocks up to 32 MB now
    come from the heap, and up to 256 MB of free heap stays mapped: the faults fall
    to the spawned process's, and the worker's peak memory stays what it was (the
    parse's working memory is reused, not added to). A no-op where the C library
    has no mallopt (macOS) or ignores it (musl).
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)
    mallopt(_M_TRIM_THRESHOLD, 256 << 20)


def _exit_with_parent(sentinel: int) -> None:
    """End this worker when the ingest that started it is gone (a `kill -9` of it):
    nothing tells an idle pool worker so, and it would wait forever with its model."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _pool_chunk(texts: list[str]) -> Chunk:
    assert _worker_nlp is not None, "the pool initializer loads the model"
    return Chunk(
        analyse_texts(_worker_nlp, texts), f"pid {os.getpid()}", own_peak_rss_mb()
    )


def _pool_fingerprint(exclude: tuple[str, ...]) -> str:
    assert _worker_nlp is not None, "the pool initializer loads the model"
    return pipeline.fingerprint(_worker_nlp, exclude=exclude)


class ProcessPool(ChunkedParser):
    """Parse on `workers` processes of this machine (`--workers N`).

    Workers start with "forkserver" (or "spawn" where it is missing), not "fork":
    a forked child would inherit the threads of DuckDB and tqdm mid-flight. Measured
    on 2 cores (two workers, model loaded, first chunk back): fork 1.5 s, forkserver
    3.8 s, spawn 3.9 s, then the same parse speed and about 145 MB per worker; a
    couple of seconds once per ingest buy a start that cannot deadlock.
    """

    def __init__(self, workers: int, package: str | None = None) -> None:
        super().__init__()
        self.workers = workers
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        if context.get_start_method() == "forkserver":
            # imported once in the server, shared by every worker forked from it:
            # with the default model, the model and the rule tables too (`preload`)
            context.set_forkserver_preload(
                ["presswatch.nlp.workers"]
                + (["presswatch.nlp.preload"] if package is None else [])
            )
        self._pool = ProcessPoolExecutor(
            workers,
            mp_context=context,
            initializer=_load_model,
            initargs=(package,),
        )
        # A forkserver pool starts a worker only when a task finds none idle, so the
        # first (the fingerprint, which the ingest waits for) would start one and the
        # second would start only once that one had loaded its model: start them all
        # now (3-4 s of one core saved on 2 cores). From a thread: the first start
        # waits for the forkserver's preload (about 1.7 s), which the ingest spends
        # reading its store and the copies index.
        self._starting = threading.Thread(target=self._start, daemon=True)
        self._starting.start()

    def _start(self) -> None:
        try:
            for _ in range(self.workers):
                self._pool.submit(os.getpid)
        except Exception:  # noqa: BLE001, S110 - the next submit raises it again
            pass

    def _submit_chunk(self, texts: list[str]) -> Future:
        return self._pool.submit(_pool_chunk, texts)

    def fingerprint(self, exclude: Iterable[str] = ()) -> str:
        return self._pool.submit(_pool_fingerprint, tuple(exclude)).result()

    def close(self) -> None:
        self._starting.join()
        self._pool.shutdown(wait=True, cancel_futures=True)


def own_peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20 if sys.platform == "darwin" else 1 << 10)
