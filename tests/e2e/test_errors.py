"""An error on a page shows visitors a short message, never a traceback, a path or SQL;
the details go to the server's log."""

from __future__ import annotations

import json
from collections.abc import Iterator

import duckdb
import pytest

from presswatch.store import Store, rollups, sync
from tests.e2e.conftest import App
from tests.e2e.test_browser import wait_done

pytestmark = pytest.mark.browser

# Invented for this test.
ARTICLE = {
    "id": "err-1",
    "title": "Harbour council meets",
    "outlet": "Quay Courier",
    "date": "2026-03-02",
    "text": "The harbour council will meet on Monday, its chair Mara Lind said.",
}


@pytest.fixture(scope="module")
def broken_app(tmp_path_factory, nlp) -> Iterator[App]:
    """A store whose articles table lost a column the pages read, and that has no
    rollups to read instead (a store from before them): building them from the rows,
    and every chart query, fails inside DuckDB with a message naming the SQL."""
    folder = tmp_path_factory.mktemp("broken-store")
    feed = folder / "a.jsonl"
    feed.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db = folder / "broken.duckdb"
    with Store(db) as store:
        sync.update([feed], store, nlp)
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE articles DROP COLUMN word_count")
        for table in rollups.TABLES:
            con.execute(f"DROP TABLE {table}")
        con.execute("DELETE FROM meta WHERE key = ?", [rollups.META_KEY])
    app = App(db, folder / "app.log")
    try:
        yield app
    finally:
        app.stop()


def test_a_failing_page_shows_no_traceback_path_or_sql(page, broken_app):
    page.goto(broken_app.url)
    wait_done(page)
    shown = page.locator("[data-testid=stApp]").inner_text()
    for leak in (
        "Traceback",
        'File "',
        ".py",
        "/tmp",
        str(broken_app.log_path.parent),
        "SELECT",
        "Binder Error",
        "word_count",
    ):
        assert leak not in shown, (leak, shown[:2000])
    assert page.locator("[data-testid=stException], [data-testid=stAlert]").count() >= 1
    log = broken_app.log_path.read_text(errors="replace")
    assert "word_count" in log  # the detail is kept for the administrator
    assert page.outside_requests == []
