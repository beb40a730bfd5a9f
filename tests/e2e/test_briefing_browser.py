"""The briefing in a real chromium: the exported HTML renders every chart with the
network blocked, the page's PNG and ZIP downloads work, and the print view is saved
as docs/screenshots/briefing.png. Uses the fixtures of tests/e2e/conftest.py (skipped
without /usr/bin/chromium unless PRESSWATCH_REQUIRE_BROWSER=1)."""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

from presswatch import briefing as bf
from presswatch.charts import briefing as briefing_charts
from presswatch.export import report
from presswatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "screenshots" / "briefing.png"
DONE = "[data-testid=stApp][data-test-script-state=notRunning]"
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}


def block_network(page) -> list[str]:
    """Abort every request that is not a file or loopback URL; return what was tried."""
    blocked: list[str] = []

    def handle(route) -> None:
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("file", "data", "blob") or parsed.hostname in LOOPBACK:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    page.route("**/*", handle)
    return blocked


def wait_done(page, timeout: float = 120_000) -> None:
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_timeout(500)
    page.wait_for_selector(DONE, timeout=timeout)
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(DONE, timeout=timeout)
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, exceptions.first.inner_text()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def sample_briefing(sample_db, tmp_path_factory):
    """The default briefing of the sample corpus, from a copy of its store (the app
    may already hold the original's lock)."""
    copy = tmp_path_factory.mktemp("briefing") / "sample.duckdb"
    shutil.copy(sample_db, copy)
    with Store(copy, read_only=True) as store:
        b = bf.build(store, bf.default_week(store), "previous", corpus="sample")
        files = report.files(b, store)
    return b, files


def test_exported_html_renders_every_chart_offline(sample_briefing, page, tmp_path):
    b, files = sample_briefing
    html_file = tmp_path / report.html_name(b)
    html_file.write_bytes(files[report.html_name(b)])
    blocked = block_network(page)
    page.goto(html_file.as_uri())
    page.wait_for_function(
        f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {len(briefing_charts.CHARTS)}",
        timeout=30_000,
    )
    for name in briefing_charts.CHARTS:
        chart = page.locator(f"#chart-{name}")
        assert chart.locator(".main-svg").count() >= 1, name
        # bars drawn: every chart is a bar chart with at least one visible bar path
        assert chart.locator(".trace.bars path").count() > 0, name
    assert blocked == []
    assert page.evaluate("typeof window.Plotly") == "object"


def test_print_view_screenshot(sample_app, page):
    blocked = block_network(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{sample_app.url}/briefing?view=print")
    wait_done(page)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
    page.wait_for_timeout(1000)  # plotly finishes its transitions
    assert page.locator("[data-testid=stSidebar]").is_hidden()
    assert page.locator("[data-testid=stHeader]").is_hidden()
    assert page.locator("[data-testid=stSelectbox]").count() == 0
    width = page.eval_on_selector(
        "[data-testid=stMainBlockContainer]", "e => e.offsetWidth"
    )
    assert width == 1280
    assert page.locator(".js-plotly-plot").count() == len(briefing_charts.CHARTS)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert png_size(SCREENSHOT.read_bytes())[0] == 1280
    assert blocked == []  # nothing past loopback, not even a favicon font


def test_png_and_zip_downloads(sample_app, page):
    page.goto(f"{sample_app.url}/briefing")
    wait_done(page)
    button = page.locator(
        "[data-testid=stDownloadButton] button", has_text="PNG (2×)"
    ).first
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.startswith("hedging-by-outlet_")
    assert download.suggested_filename.endswith(".png")
    width, _ = png_size(Path(download.path()).read_bytes())
    assert width == 2 * briefing_charts.FIGURE_WIDTH
    button = page.locator(
        "[data-testid=stDownloadButton] button", has_text="Download briefing"
    )
    with page.expect_download(timeout=90_000) as info:
        button.click()
    archive = zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes()))
    names = archive.namelist()
    assert sum(n.endswith(".png") for n in names) == len(briefing_charts.CHARTS)
    assert any(n.endswith(".html") for n in names) and "tables/headline.csv" in names


def test_sidebar_filters_from_the_url_apply(sample_app, page):
    """A shared link with an outlet filter briefs on that outlet only."""
    page.goto(f"{sample_app.url}/briefing?outlet=Northern+Ledger&view=print")
    wait_done(page)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
    text = " ".join(
        page.eval_on_selector_all(
            ".js-plotly-plot text", "els => els.map(e => e.textContent)"
        )
    )
    assert "outlets: Northern Ledger · filters" in text
    assert "Daily Meridian" not in page.locator("[data-testid=stMain]").inner_text()
