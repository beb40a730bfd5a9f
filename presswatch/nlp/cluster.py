"""Parse on a Dask distributed cluster (`ingest --scheduler tcp://HOST:PORT` or `local`).

Every worker loads the model once, through a worker plugin registered by the client,
and parses chunks of at most `pipeline.BATCH_TEXTS` texts / `BATCH_CHARS` characters;
the Analysis records come back to the client, which alone writes the store. A worker
needs this project and the model installed, at the versions the client has: the
fingerprint check below refuses a cluster whose workers parse differently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from distributed import Client, Future, LocalCluster, WorkerPlugin, get_worker

from presswatch.nlp import pipeline
from presswatch.nlp.workers import Chunk, ChunkedParser, analyse_texts, own_peak_rss_mb

PLUGIN = "presswatch-model"


class LoadModel(WorkerPlugin):
    """Loads the PressWatch pipeline once in each worker, as it joins the cluster."""

    name = PLUGIN

    def __init__(self, package: str | None = None) -> None:
        self.package = package
        self.nlp = None

    def setup(self, worker) -> None:
        self.nlp = pipeline.load(self.package)


def _model():
    return get_worker().plugins[PLUGIN].nlp


def _chunk(texts: list[str]) -> Chunk:
    return Chunk(
        analyse_texts(_model(), texts), get_worker().address, own_peak_rss_mb()
    )


def _fingerprint(exclude: tuple[str, ...], dask_worker=None) -> str:
    return pipeline.fingerprint(dask_worker.plugins[PLUGIN].nlp, exclude=exclude)


class DaskCluster(ChunkedParser):
    """Parse on the workers of a Dask scheduler, or of a LocalCluster on loopback."""

    def __init__(
        self,
        scheduler: str,
        *,
        local_workers: int | None = None,
        package: str | None = None,
        connect_timeout: float = 15,
        workers_timeout: float = 60,
    ) -> None:
        super().__init__()
        self._cluster = None
        if scheduler == "local":
            from presswatch.nlp.workers import cpu_count

            logging.getLogger("distributed").setLevel(logging.WARNING)
            self._cluster = LocalCluster(
                n_workers=local_workers or cpu_count(),
                threads_per_worker=1,  # a model parses in one thread at a time
                processes=True,
                host="127.0.0.1",
                # no dashboard; the HTTP routes it always serves stay on loopback
                dashboard_address="127.0.0.1:0",
                scheduler_kwargs={"dashboard": False},
            )
            self._client = Client(self._cluster, timeout=connect_timeout)
        else:
            self._client = Client(scheduler, timeout=connect_timeout)
        try:
            self._client.wait_for_workers(1, timeout=workers_timeout)
            self._client.register_plugin(LoadModel(package), name=PLUGIN)
        except Exception:
            self.close()
            raise

    @property
    def workers(self) -> int:
        info = self._client.scheduler_info(n_workers=-1)["workers"]
        return max(1, sum(w.get("nthreads", 1) for w in info.values()))

    def _submit_chunk(self, texts: list[str]) -> Future:
        return self._client.submit(_chunk, texts, pure=False)

    def fingerprint(self, exclude: Iterable[str] = ()) -> str:
        by_worker = self._client.run(_fingerprint, tuple(exclude))
        if len(set(by_worker.values())) != 1:
            listed = ", ".join(f"{w}: {fp}" for w, fp in sorted(by_worker.items()))
            raise RuntimeError(
                "the Dask workers parse with different models or rules "
                f"(fingerprints {listed}); install the same versions on every worker"
            )
        return next(iter(by_worker.values()))

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
