"""The dashboard in a real browser: every page renders, charts draw, CSV downloads are
safe, hostile article text stays inert, and a screenshot of every page is saved."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
HOSTILE_ID = "e2e-hostile"  # the article conftest.hostile_db adds
DONE = "[data-testid=stApp][data-test-script-state=notRunning]"
CHART = ".js-plotly-plot, [data-testid=stPlotlyChart]"
# Pages whose first screen is charts (url path words); the others show tables.
CHART_PAGES = ("overview", "actors", "sources", "hedging")
# The pages screenshotted here; other pages (the briefing) have tests of their own.
SCREENSHOT_PAGES = (*CHART_PAGES, "claims", "articles", "data")


def wait_done(page, timeout: float = 120_000) -> None:
    """Wait until the script has run to the end and the page has settled."""
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_timeout(500)  # the first run starts just after the app mounts
    page.wait_for_selector(DONE, timeout=timeout)
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(DONE, timeout=timeout)


def nav_paths(page, app) -> list[str]:
    """The url path of every page in the app's navigation ('' for the default page)."""
    page.goto(app.url)
    wait_done(page)
    hrefs = page.eval_on_selector_all(
        "[data-testid=stSidebarNav] a, [data-testid=stTopNavLink], "
        "[data-testid=stSidebarNavLink]",
        "links => links.map(a => a.getAttribute('href'))",
    )
    paths: list[str] = []
    for href in hrefs:
        path = re.sub(r"^https?://[^/]+", "", href or "").strip("/").split("?")[0]
        if path not in paths:
            paths.append(path)
    assert len(paths) >= 6, f"expected the six pages in the navigation, got {paths}"
    return paths


def open_page(page, app, path: str, query: str = "") -> None:
    page.goto(f"{app.url}/{path}{query}")
    wait_done(page)
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, exceptions.first.inner_text()


def page_name(path: str) -> str:
    return path or "overview"


def expects_charts(path: str) -> bool:
    return any(word in page_name(path) for word in CHART_PAGES)


def test_every_page_renders_with_its_charts(page, hostile_app):
    for path in nav_paths(page, hostile_app):
        open_page(page, hostile_app, path)
        if expects_charts(path):
            page.wait_for_selector(CHART, timeout=30_000)
            assert page.locator(CHART).count() >= 1, path
    assert page.outside_requests == []


def test_csv_download_is_safe(page, hostile_app):
    path = next(p for p in nav_paths(page, hostile_app) if "articles" in p)
    open_page(page, hostile_app, path)
    button = page.locator("[data-testid=stDownloadButton] button").first
    with page.expect_download() as info:
        button.click()
    content = Path(info.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:3] == ["id", "title", "outlet"]
    assert len(rows) > 10
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    assert "'=HYPERLINK(" in content  # the formula title is there, neutralised


def test_selecting_a_row_opens_the_article(page, hostile_app):
    path = next(p for p in nav_paths(page, hostile_app) if "articles" in p)
    open_page(page, hostile_app, path)
    assert page.locator(".pw-article").count() == 0
    grid = page.locator("[data-testid=stDataFrame]").first.bounding_box()
    # the row checkbox of the second row (the grid is a canvas: click by position)
    page.mouse.click(grid["x"] + 16, grid["y"] + 38 + 35 + 17)
    page.wait_for_url(re.compile(r"[?&]article="), timeout=30_000)
    wait_done(page)
    page.locator(".pw-article").wait_for(timeout=30_000)


def test_upload_reports_bad_files_and_adds_good_ones(page, hostile_app):
    path = next(p for p in nav_paths(page, hostile_app) if p.endswith("data"))
    open_page(page, hostile_app, path)
    page.get_by_role("tab", name="Add articles").click()
    good = (
        '{"id": "e2e-upload", "title": "Invented upload", "outlet": "Test Outlet", '
        '"date": "2026-11-12", "text": "The harbour master said the quay reopened."}\n'
    )
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(
        [
            {
                "name": "good.jsonl",
                "mimeType": "application/json",
                "buffer": good.encode(),
            },
            {
                "name": "bad.json",
                "mimeType": "application/json",
                "buffer": b'{"text": ',
            },
        ]
    )
    page.get_by_role("button", name="Add to the store").click()
    page.get_by_text("could not be read").wait_for(timeout=120_000)
    wait_done(page)
    assert page.get_by_text("1 article read: 1 new").count() == 1
    assert page.locator("[data-testid=stException]").count() == 0


def test_hostile_article_renders_inert(page, hostile_app):
    path = next(p for p in nav_paths(page, hostile_app) if "articles" in p)
    open_page(page, hostile_app, path, f"?article={HOSTILE_ID}")
    article = page.locator(".pw-article")
    article.wait_for(timeout=30_000)
    text = article.inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator(".pw-article img, .pw-article script").count() == 0


def test_screenshots_of_every_page(showcase, sample_app, page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in nav_paths(page, sample_app):
        name = page_name(path).rsplit("/", 1)[-1]
        if name not in SCREENSHOT_PAGES:
            continue
        query = f"?article={showcase}" if "articles" in path else ""
        open_page(page, sample_app, path, query)
        if expects_charts(path):
            page.wait_for_selector(CHART, timeout=30_000)
        page.wait_for_timeout(1000)  # plotly transitions, data grids drawing
        if "articles" in path:  # the highlighted article is what this page is for
            page.eval_on_selector(".pw-article-title", "e => e.scrollIntoView()")
            page.wait_for_timeout(300)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def _match_line(page) -> str:
    return (
        page.locator("[data-testid=stSidebar]")
        .get_by_text("sentences")
        .first.inner_text()
    )


@pytest.mark.parametrize(
    ("key", "typed", "first_day"),
    [("Enter", "2026-09-14 to 2026-09-20", "2026-09-14"),
     ("Tab", "2026-09-21 – 2026-09-27", "2026-09-21")],
)  # fmt: skip
def test_typed_dates_apply_on_enter_and_tab(page, sample_app, key, typed, first_day):
    open_page(page, sample_app, "")
    before = _match_line(page)
    box = page.get_by_role("textbox", name="Or type dates")
    box.click()
    box.fill(typed)
    box.press(key)
    page.wait_for_url(re.compile(rf"dates={first_day}"), timeout=30_000)
    wait_done(page)
    assert _match_line(page) != before
    assert box.input_value() == ""  # applied, so the box is empty again


def test_overview_sentences_appear_under_the_clicked_chart(page, sample_app):
    open_page(page, sample_app, "")
    page.wait_for_selector(CHART, timeout=30_000)
    charts = page.locator(".js-plotly-plot")
    actors = next(
        charts.nth(i)
        for i in range(charts.count())
        if "Most-mentioned actors" in charts.nth(i).inner_text()
    )
    below = next(
        charts.nth(i)
        for i in range(charts.count())
        if "Who is cited" in charts.nth(i).inner_text()
    )
    actors.locator(".barlayer .point path").first.click(force=True)
    heading = page.get_by_text("Sentences behind the selection").first
    heading.wait_for(timeout=30_000)
    wait_done(page)
    box, chart, next_row = (
        heading.bounding_box(),
        actors.bounding_box(),
        below.bounding_box(),
    )
    # in the clicked chart's column, under it, above the next row of charts
    assert box["x"] >= chart["x"] - 20 and box["x"] < chart["x"] + chart["width"]
    assert chart["y"] + chart["height"] <= box["y"] < next_row["y"]
