"""The running app and a command-line ingest into its store at once: the ingest lands,
and the open page offers the new articles within seconds."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest

from presswatch.store import Store

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DONE = "[data-testid=stApp][data-test-script-state=notRunning]"


def wait_done(page, timeout: float = 120_000) -> None:
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_timeout(500)
    page.wait_for_selector(DONE, timeout=timeout)
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(DONE, timeout=timeout)


@pytest.fixture
def live_app(sample_db, tmp_path):
    """`streamlit run dashboard.py` on a copy of the sample store of its own."""
    db = tmp_path / "live.duckdb"
    shutil.copy(sample_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = (tmp_path / "live_app.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py",
         "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=os.environ | {"PRESSWATCH_DB": str(db)},
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    try:
        yield SimpleNamespace(url=url, db=db)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_an_ingest_while_the_app_is_open_shows_up(live_app, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(live_app.url)
    wait_done(page)
    before = Store(live_app.db, read_only=True).article_count()
    feed = tmp_path / "later.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": f"live-{n}", "outlet": "Live Wire", "date": "2026-11-20",
                        "text": f"Mayor Ilse Brandt said {n} new ferries would sail."})
            + "\n"
            for n in range(3)
        ),
        encoding="utf-8",
    )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "presswatch", "ingest", str(feed), "--db",
         str(live_app.db), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert Store(live_app.db, read_only=True).article_count() == before + 3
    notice = page.get_by_role("button", name="3 new articles · refresh")
    notice.wait_for(timeout=30_000)  # polled every 5 s
    notice.click()
    wait_done(page)
    assert page.get_by_role("button", name="new articles").count() == 0
    page.close()
