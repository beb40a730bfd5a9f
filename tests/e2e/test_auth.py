"""Sign-in end to end: the app with an [auth] section, a local OpenID Connect provider
(oidc-provider-mock) on loopback, and Chromium signing in as an editor and as a viewer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from presswatch.store import Store, sync
from tests.e2e.conftest import App, free_port
from tests.e2e.test_browser import wait_done

pytestmark = pytest.mark.browser

EDITOR = "editor@desk.example"
VIEWER = "reader@desk.example"
# Invented for this test: one article in the store, one uploaded by the editor.
STORED = {
    "id": "auth-1",
    "title": "Harbour council meets on Monday",
    "outlet": "Quay Courier",
    "date": "2026-03-02",
    "text": "The harbour council will meet on Monday, its chair Mara Lind said.",
}
UPLOADED = (
    "Title: Ferry timetable changes\nOutlet: Quay Courier\nDate: 2026-03-03\n\n"
    "The ferry timetable will change in April, the operator said on Tuesday.\n"
)


class Provider:
    """`python -m oidc_provider_mock` on a free loopback port: any client id and
    secret are accepted; the sign-in form takes a subject, which is also the e-mail."""

    def __init__(self, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(self.metadata_url, timeout=2) as r:
                    json.load(r)
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"the OpenID provider did not start: {log}"
                    ) from None
                time.sleep(0.2)

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/.well-known/openid-configuration"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def provider(tmp_path_factory) -> Iterator[Provider]:
    p = Provider(tmp_path_factory.mktemp("logs") / "oidc.log")
    yield p
    p.stop()


def small_store(folder: Path, nlp) -> Path:
    """A store holding the one STORED article."""
    feed = folder / "stored.jsonl"
    feed.write_text(json.dumps(STORED) + "\n", encoding="utf-8")
    db = folder / "store.duckdb"
    with Store(db) as store:
        sync.update([feed], store, nlp)
    return db


@pytest.fixture(scope="module")
def team_app(provider, tmp_path_factory, nlp) -> Iterator[App]:
    """The app with sign-in on (secrets from a temporary secrets.toml) and one editor."""
    folder = tmp_path_factory.mktemp("team")
    db = small_store(folder, nlp)
    secrets = folder / "secrets.toml"
    secrets.write_text(
        f"""[auth]
redirect_uri = "http://127.0.0.1:{{port}}/oauth2callback"
cookie_secret = "{os.urandom(24).hex()}"
client_id = "presswatch-e2e"
client_secret = "invented-for-the-test"
server_metadata_url = "{provider.metadata_url}"

[presswatch]
editors = ["{EDITOR}"]
""",
        encoding="utf-8",
    )
    app = App(
        db,
        folder / "app.log",
        args=["--secrets.files", str(secrets)],
        env={"PRESSWATCH_DATA_DIR": str(folder)},
    )
    try:
        yield app
    finally:
        app.stop()


def app_requests_only(page, provider) -> list[str]:
    """What left loopback, less the provider's own stylesheet (the mock's sign-in form
    links a CDN stylesheet; the app itself must reach nothing)."""
    return [
        url
        for url in page.outside_requests
        if urlparse(url).hostname != "cdn.jsdelivr.net"
    ]


def sign_in(page, app, provider, email: str) -> None:
    page.goto(app.url)
    wait_done(page)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{provider.url}/**", timeout=30_000)
    page.fill("input[name=sub]", email)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{app.url}/**", timeout=30_000)
    wait_done(page)
    # the address is shown as text: escaped, with a word joiner before "@" (no mailto:)
    page.wait_for_function(
        """email => (document.querySelector('[data-testid=stSidebar]')?.innerText ?? '')
            .replaceAll('\\u2060', '').includes(email)""",
        arg=email,
        timeout=30_000,
    )


def open_data_page(page, app) -> None:
    page.goto(f"{app.url}/data")
    wait_done(page)
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, exceptions.first.inner_text()


def test_a_signed_out_visitor_is_asked_to_sign_in(page, team_app, provider):
    for path in ("", "data", "articles?article=auth-1", "briefing"):
        page.goto(f"{team_app.url}/{path}")
        wait_done(page)
        assert page.get_by_role("button", name="Sign in").count() == 1, path
        body = page.locator("[data-testid=stApp]").inner_text()
        assert "Sign in to see the dashboard." in body
        assert "Quay Courier" not in body and "Harbour council" not in body, path
        assert page.locator("[data-testid=stMetric], .js-plotly-plot").count() == 0
        assert page.locator("[data-testid=stSidebarNav]").count() == 0
    assert app_requests_only(page, provider) == []


def test_an_editor_signs_in_and_uploads(page, team_app, provider, tmp_path):
    sign_in(page, team_app, provider, EDITOR)
    sidebar = page.locator("[data-testid=stSidebar]").inner_text()
    assert "editor" in sidebar
    open_data_page(page, team_app)
    page.get_by_role("tab", name="Add articles").click()
    upload = tmp_path / "ferry.txt"
    upload.write_text(UPLOADED, encoding="utf-8")
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(
        str(upload)
    )
    page.get_by_text("ferry.txt").first.wait_for(timeout=30_000)
    page.get_by_role("button", name="Add to the store").click()
    page.get_by_text("1 article read: 1 new or changed").wait_for(timeout=180_000)
    # Signing out ends the session: the sign-in page again.
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{provider.url}/oauth2/end_session**", timeout=30_000)
    page.get_by_role("button", name="End session").click()  # the provider's own step
    page.wait_for_url(f"{team_app.url}/**", timeout=30_000)
    page.get_by_role("button", name="Sign in").wait_for(timeout=30_000)
    page.goto(f"{team_app.url}/data")  # the session cookie is gone
    wait_done(page)
    assert page.get_by_role("button", name="Sign in").count() == 1
    assert app_requests_only(page, provider) == []


def test_a_viewer_sees_the_dashboard_but_cannot_write(page, team_app, provider):
    sign_in(page, team_app, provider, VIEWER)
    assert "viewer" in page.locator("[data-testid=stSidebar]").inner_text()
    open_data_page(page, team_app)
    page.locator("[data-testid=stMetric]").first.wait_for(timeout=30_000)  # corpus
    assert page.get_by_role("tab", name="Corpus").count() == 1
    for tab in ("Add articles", "Alias table", "Media list"):
        assert page.get_by_role("tab", name=tab).count() == 0, tab
    assert page.locator("[data-testid=stFileUploader]").count() == 0
    for label in ("Add to the store", "Save aliases", "Save media list", "Re-parse"):
        assert page.get_by_role("button", name=label).count() == 0, label
    assert app_requests_only(page, provider) == []


@pytest.fixture(scope="module")
def read_only_app(tmp_path_factory, nlp) -> Iterator[App]:
    """No sign-in, started with `-- --read-only` (public viewing)."""
    folder = tmp_path_factory.mktemp("read-only")
    app = App(small_store(folder, nlp), folder / "app.log", args=["--", "--read-only"])
    try:
        yield app
    finally:
        app.stop()


def test_read_only_mode_shows_no_write_control(page, read_only_app):
    open_data_page(page, read_only_app)
    page.locator("[data-testid=stMetric]").first.wait_for(timeout=30_000)  # corpus
    assert "Read-only dashboard" in page.locator("[data-testid=stSidebar]").inner_text()
    assert page.get_by_role("tab", name="Add articles").count() == 0
    assert page.locator("[data-testid=stFileUploader]").count() == 0
    assert page.outside_requests == []
