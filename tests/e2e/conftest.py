"""A real `streamlit run` of dashboard.py and a headless Debian chromium to open it.

Skipped when /usr/bin/chromium is missing, unless PRESSWATCH_REQUIRE_BROWSER=1 (CI),
where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from urllib.parse import urlparse

import pytest

from presswatch import data_path
from presswatch.store import Store, sync

ROOT = Path(__file__).resolve().parents[2]
# The checkout whose dashboard.py is run (another one, e.g. a work tree, via the env).
APP_ROOT = Path(os.environ.get("PRESSWATCH_E2E_APP_ROOT") or ROOT)
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE_ID = "e2e-hostile"
# Invented for this test: an article whose text would run script if it were not escaped.
HOSTILE = {
    "id": HOSTILE_ID,
    "title": '=HYPERLINK("http://example.invalid","click") test article',
    "outlet": "Test Outlet",
    "date": "2026-11-12",
    "text": "An invented article for the browser test. <script>window.__pwned=1</script> "
    'The mayor said <img src=x onerror="window.__pwned=1"> is only text.',
}


def _require_browser() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("PRESSWATCH_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and PRESSWATCH_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class App:
    """A running `streamlit run dashboard.py` on a loopback port."""

    def __init__(
        self,
        db: Path,
        log: Path,
        *,
        args: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
    ):
        """`args`: more `streamlit run` options (e.g. `--secrets.files`), `env`: more
        environment for the app."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = (
            os.environ
            | {"PRESSWATCH_DB": str(db), "PYTHONPATH": str(APP_ROOT)}
            | {**(env or {})}
        )
        self.log_path = log
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", "dashboard.py",
                "--server.headless", "true",
                "--server.port", str(self.port),
                "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false",
                "--server.fileWatcherType", "none",
                *args,
            ],
            cwd=APP_ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.wait_healthy()

    def wait_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-2000:]
                raise RuntimeError(
                    f"streamlit exited with {self.process.returncode}:\n{tail}"
                )
            try:
                with urllib.request.urlopen(
                    f"{self.url}/_stcore/health", timeout=2
                ) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise TimeoutError("streamlit did not become healthy")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


@pytest.fixture(scope="session", autouse=True)
def _browser_available() -> None:
    """Skip (or fail, in CI) before any store is built when there is no browser."""
    _require_browser()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, nlp) -> Path:
    """The bundled sample corpus, ingested into a store of its own."""
    db = tmp_path_factory.mktemp("e2e") / "sample.duckdb"
    with Store(db) as store:
        sync.update([data_path("sample")], store, nlp)
    return db


@pytest.fixture(scope="session")
def hostile_db(sample_db, tmp_path_factory, nlp) -> Path:
    """The sample store plus one article full of markup and a formula title."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "hostile.duckdb"
    shutil.copy(sample_db, db)
    feed = folder / "hostile.jsonl"
    feed.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Store(db) as store:
        sync.update([feed], store, nlp)
    return db


def _app(db: Path, log: Path) -> Iterator[App]:
    _require_browser()
    app = App(db, log)
    try:
        yield app
    finally:
        app.stop()


@pytest.fixture(scope="session")
def showcase(sample_db) -> str:
    """The id of the sample article with the most attributions (read before the app
    holds the store's lock): the article worth a screenshot."""
    with Store(sample_db, read_only=True) as store:
        return store.query(
            "SELECT article_id FROM attributions GROUP BY article_id "
            "ORDER BY count(*) DESC, article_id LIMIT 1"
        ).iloc[0, 0]


@pytest.fixture(scope="session")
def sample_app(sample_db, showcase, tmp_path_factory) -> Iterator[App]:
    yield from _app(sample_db, tmp_path_factory.mktemp("logs") / "sample_app.log")


@pytest.fixture(scope="session")
def hostile_app(hostile_db, tmp_path_factory) -> Iterator[App]:
    yield from _app(hostile_db, tmp_path_factory.mktemp("logs") / "hostile_app.log")


@pytest.fixture(scope="session")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 800}, accept_downloads=True
    )
    page = context.new_page()
    page.outside_requests = []  # the app must not reach past loopback (no CDN, fonts)

    def loopback_only(route) -> None:
        host = urlparse(route.request.url).hostname
        if urlparse(route.request.url).scheme in ("data", "blob") or host in LOOPBACK:
            route.continue_()
        else:
            page.outside_requests.append(route.request.url)
            route.abort()

    page.route("**/*", loopback_only)
    yield page
    context.close()
