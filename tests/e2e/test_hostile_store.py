"""A store whose every field carries markup, visited page by page in Chromium: nothing
becomes markup, no request leaves loopback, no script or dialog runs, and the only links
to another host are the articles' own "original" links (http(s) only). The same store's
exported briefing is opened with the network blocked, with the same checks."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlparse

import duckdb
import pytest

from presswatch import DATA_DIR
from presswatch import briefing as bf
from presswatch.markup import safe_url
from presswatch.store import Store, sync
from tests.e2e.conftest import LOOPBACK, App
from tests.e2e.test_browser import nav_paths, wait_done

pytestmark = pytest.mark.browser

# Invented markup, each kind of trick once; {n} keeps names apart.
LINK = "[Sign in {n}](https://phish.example/login)"
IMAGE = "![](https://tracker.example/p{n}.png)"
IMG = "<img src=https://evil.example/x{n}.png onerror=alert(1)>"
SCRIPT = "<script>alert(1)</script>"
JS_LINK = '<a href="javascript:alert(1)">click {n}</a>'
PLOTLY_LINK = "<a href='https://evil.example/{n}'>here</a>"
DIRECTIVES = ":red[alarm] :material/warning: $x^2$ %{{x}} **bold**"
TRICKS = (LINK, IMAGE, IMG, SCRIPT, JS_LINK, PLOTLY_LINK, DIRECTIVES)
BAD_URLS = (
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/relative",
    "JaVaScRiPt:alert(document.domain)",
)
HOSTILE_ID = 'h-1"><img src=https:evil.example onerror=alert(1)>'


def hostile(n: int, plain: str) -> str:
    """`plain` wrapped in one of the tricks (which one depends on n)."""
    trick = TRICKS[n % len(TRICKS)].format(n=n)
    return f"{trick} {plain}"


# Invented articles whose text carries markup, dated in the sample's briefing week.
ARTICLES = [
    {
        "id": HOSTILE_ID,
        "title": f"{SCRIPT} {IMAGE.format(n=90)} Harbour report",
        "outlet": "Hostile Wire",
        "author": f"{LINK.format(n=91)} {IMG.format(n=91)}",
        "url": "javascript:alert(1)",
        "date": "2026-11-10",
        "text": f"Mayor Ana Berg said the harbour may close, according to the Port "
        f"Authority. {IMG.format(n=92)} {LINK.format(n=92)} {IMAGE.format(n=92)} "
        f"{SCRIPT} {JS_LINK.format(n=92)} Officials reportedly confirmed it. "
        + "B" * 10_000,  # a pasted base64 blob: one 10,000-character word
    },
    {
        "id": "h-2",
        "title": f"{JS_LINK.format(n=93)} Ferry plan",
        "outlet": "Hostile Wire",
        "url": "https://news.example/ferry-plan",
        "date": "2026-11-11",
        "text": "Ana Berg said the ferry could start in March, the Harbor Daily "
        "reported, citing two engineers. https://bare.example/autolink www.bare.example",
    },
] + [
    # one claim in five outlets (the store's most travelled, so the Claims page picks
    # it) whose sentence carries markup: its picker, caption, chart and tables show it
    {
        "id": f"h-claim-{n}",
        "title": f"Bridge {n}",
        "outlet": f"Claim Wire {n}",
        "date": f"2026-11-1{n}",
        "text": f"{before}\n\nThe harbour authority {SCRIPT} said the Kessel "
        f"{DIRECTIVES} bridge will reopen on 14 March after repairs costing 3 million "
        f"euros, according to {LINK.format(n=70 + n)} the Port Authority.\n\n{after}",
    }
    for n, (before, after) in enumerate(
        (
            (
                "Fishermen in the northern district worried about the weather this "
                "week, and the ferry timetable was cut to two crossings a day.",
                "The council also debated the school budget late into the evening.",
            ),
            (
                "A new museum wing opened to visitors on Saturday with a jazz concert "
                "and a display of old maps of the coast.",
                "Traffic on the coastal road was heavy after the holiday weekend.",
            ),
            (
                "Farmers reported a strong potato harvest despite the dry summer, "
                "though prices at the market fell by a tenth.",
                "The football club signed a young striker from a rival team.",
            ),
            (
                "Rail workers ended their strike after a late-night agreement on pay "
                "and the night shifts at the depot.",
                "Students protested against higher tuition outside the university.",
            ),
            (
                "The old lighthouse will be repainted in the spring by volunteers from "
                "the sailing club, who raised the money at a fair.",
                "A bakery on the main square won a regional prize for its rye bread.",
            ),
        )
    )
]


def _mangle(con, *columns: tuple[str, str]) -> list[str]:
    """Every distinct value of the (table, column)s replaced by a hostile version of
    itself, one mapping for all of them (so names still group and match across
    tables); the new values."""
    values = sorted(
        {
            r[0]
            for table, column in columns
            for r in con.execute(
                f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"
            ).fetchall()
        }
    )
    mapping = {value: hostile(n, str(value)) for n, value in enumerate(values)}
    con.execute("CREATE TEMP TABLE mapping (old VARCHAR, new VARCHAR)")
    con.executemany("INSERT INTO mapping VALUES (?, ?)", list(mapping.items()))
    for table, column in columns:
        con.execute(
            f"UPDATE {table} SET {column} = mapping.new FROM mapping "
            f"WHERE {table}.{column} = mapping.old"
        )
    con.execute("DROP TABLE mapping")
    return list(mapping.values())


@pytest.fixture(scope="module")
def hostile_store(sample_db, tmp_path_factory, nlp) -> dict:
    """The sample corpus plus the articles above, then every name, title, author and
    address in the store made hostile (names consistently, so charts still group)."""
    folder = tmp_path_factory.mktemp("hostile-store")
    db = folder / "hostile.duckdb"
    shutil.copy(sample_db, db)
    feed = folder / "hostile.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", "utf-8")
    # the same text again under a hostile file name: a duplicate whose path is shown
    twin = (
        folder / "<img src=https:evil.example onerror=alert(1)> [x](https:evil).jsonl"
    )
    twin.write_text(json.dumps(ARTICLES[1] | {"id": "h-2-twin"}) + "\n", "utf-8")
    with Store(db) as store:
        sync.update([feed, twin], store, nlp)
    with duckdb.connect(str(db)) as con:
        outlets = _mangle(con, ("articles", "outlet"))
        _mangle(con, ("articles", "title"))
        _mangle(con, ("articles", "author"))
        _mangle(con, ("mentions", "actor"), ("attributions", "actor"))
        _mangle(con, ("mentions", "text"))
        _mangle(con, ("attributions", "source_text"))
        _mangle(con, ("duplicates", "path"))
        ours = [a["id"] for a in ARTICLES] + ["h-2-twin"]
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM articles WHERE NOT list_contains(?, id) ORDER BY id",
                [ours],
            ).fetchall()
        ]
        for n, article_id in enumerate(ids):
            url = (
                BAD_URLS[n % len(BAD_URLS)]
                if n % 3
                else f"https://news.example/a{n}?ref=<b>x</b>"
            )
            con.execute("UPDATE articles SET url = ? WHERE id = ?", [url, article_id])
        originals = {
            u
            for (u,) in con.execute("SELECT url FROM articles").fetchall()
            if safe_url(u)
        }
        outlet = con.execute(
            "SELECT outlet FROM articles GROUP BY outlet ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
        actor = con.execute(
            "SELECT actor FROM mentions GROUP BY actor ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    return {
        "db": db,
        "folder": folder,
        "originals": originals,
        "outlet": outlet,
        "actor": actor,
        "outlets": outlets,
    }


def hostile_data_files(folder: Path) -> Path:
    """Copies of the editable data files with hostile rows, one alias naming two actors
    (so the Data page lists it as a problem, names and all)."""
    target = folder / "data"
    target.mkdir()
    for name in ("aliases.csv", "media_outlets.csv"):
        shutil.copy(DATA_DIR / name, target / name)
    rows = [
        [LINK.format(n=80), IMG.format(n=80), "PERSON"],
        [LINK.format(n=80), IMAGE.format(n=81), "PERSON"],
        [JS_LINK.format(n=82), SCRIPT, "ORG"],
    ]
    with (target / "aliases.csv").open("a", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    with (target / "media_outlets.csv").open("a", newline="", encoding="utf-8") as out:
        csv.writer(out).writerow([IMG.format(n=83), LINK.format(n=83), "no", "XX"])
    return target


@pytest.fixture(scope="module")
def hostile_app(hostile_store) -> Iterator[App]:
    folder = hostile_store["folder"]
    app = App(
        hostile_store["db"],
        folder / "app.log",
        env={"PRESSWATCH_DATA_DIR": str(hostile_data_files(folder))},
    )
    try:
        yield app
    finally:
        app.stop()


def watch(page) -> list[str]:
    """Every dialog the page opens (alert, confirm, prompt) is recorded and dismissed."""
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def links(page) -> list[str]:
    """Every link target in the document: HTML anchors and SVG (plotly) anchors."""
    return page.evaluate(
        """() => [...document.querySelectorAll('a')].map(a =>
              a.getAttribute('href') ?? a.getAttribute('xlink:href') ??
              a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))
            .filter(h => h !== null)"""
    )


def foreign_links(hrefs: list[str], originals: set[str]) -> list[str]:
    """Links that are not to loopback, not in-page, and not an article's original."""
    bad = []
    for href in hrefs:
        parsed = urlparse(href.strip())
        if parsed.scheme.lower() not in ("", "http", "https"):
            bad.append(href)  # javascript:, data:, vbscript:, ...
        elif parsed.hostname in LOOPBACK or (not parsed.scheme and not parsed.netloc):
            continue  # the app's own pages and in-page anchors
        elif href not in originals:
            bad.append(href)
    return bad


def assert_inert(page, dialogs: list[str], originals: set[str], where: str) -> None:
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, (where, exceptions.first.inner_text())
    assert page.outside_requests == [], where
    assert dialogs == [], where
    assert foreign_links(links(page), originals) == [], where
    assert page.evaluate("typeof window.__pwned") == "undefined", where


def hostile_queries(store: dict) -> list[dict[str, str]]:
    """No filter; searches for markup that is in an article's text (so they match);
    the busiest hostile actor and outlet; names that match nothing."""
    return [
        {},
        {"q": LINK.format(n=92)},
        {"q": IMG.format(n=92), "actor": store["actor"]},
        {"outlet": store["outlet"]},
        {"actor": IMAGE.format(n=98), "q": SCRIPT, "outlet": JS_LINK.format(n=98)},
    ]


def test_every_page_stays_inert_with_hostile_data_and_parameters(
    page, hostile_app, hostile_store
):
    dialogs = watch(page)
    originals = hostile_store["originals"]
    paths = nav_paths(page, hostile_app)
    for path in paths:
        for query in hostile_queries(hostile_store):
            where = f"/{path}?{urlencode(query)}"
            page.goto(f"{hostile_app.url}{where}")
            wait_done(page)
            page.wait_for_timeout(300)  # plotly draws after the script ends
            assert_inert(page, dialogs, originals, where)
    # the text of a link given in the address stays text
    page.goto(f"{hostile_app.url}/?{urlencode({'q': LINK.format(n=92)})}")
    wait_done(page)
    assert page.get_by_role("link", name="Sign in 92").count() == 0


def test_the_data_pages_tabs_stay_inert(page, hostile_app, hostile_store):
    """The alias and media editors hold hostile rows; the alias problem names them."""
    dialogs = watch(page)
    path = next(p for p in nav_paths(page, hostile_app) if "data" in p)
    page.goto(f"{hostile_app.url}/{path}")
    wait_done(page)
    for tab in ("Corpus", "Add articles", "Alias table", "Media list"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(500)
        assert_inert(page, dialogs, hostile_store["originals"], f"data: {tab}")
    page.get_by_role("tab", name="Alias table").click()
    problem = page.locator("[data-testid=stAlert]", has_text="names different actors")
    shown = problem.first.inner_text().replace("\u2060", "")  # the word joiners
    assert LINK.format(n=80).lower() in shown.lower()  # shown as the text it is


def test_no_table_offers_streamlits_own_csv_download(page, hostile_app, hostile_store):
    """st.dataframe's toolbar "Download as CSV" writes "=HYPERLINK(...)" titles as they
    are (a formula in a spreadsheet): it is hidden, and the app's own download (formulas
    neutralised) is beside the table."""
    paths = nav_paths(page, hostile_app)
    for word in ("articles", "claims"):
        path = next(p for p in paths if word in p)
        page.goto(f"{hostile_app.url}/{path}")
        wait_done(page)
        frames = page.locator("[data-testid=stDataFrame]")
        page.locator("[data-testid=stDataFrame]:visible").first.wait_for(timeout=20_000)
        shown = 0
        for i in range(frames.count()):
            if frames.nth(i).is_visible():
                frames.nth(i).hover()
                page.wait_for_timeout(300)
                shown += 1
                toolbar_csv = page.locator("button[aria-label='Download as CSV']")
                visible = [b.is_visible() for b in toolbar_csv.all()]
                assert not any(visible), (path, i)
        assert shown >= 1, path
        assert page.get_by_role("button", name="Download CSV").count() >= 1, path
        if word == "claims":  # the hostile claim is the one picked, shown as text
            main = page.locator("[data-testid=stMain]").inner_text()
            assert "Kessel" in main and "<script>" in main, main[:500]
        assert_inert(page, [], hostile_store["originals"], path)


def test_an_articles_detail_view_stays_inert(page, hostile_app, hostile_store):
    dialogs = watch(page)
    path = next(p for p in nav_paths(page, hostile_app) if "articles" in p)
    for article_id in (HOSTILE_ID, "h-2"):
        where = f"/{path}?{urlencode({'article': article_id})}"
        page.goto(f"{hostile_app.url}{where}")
        wait_done(page)
        # st.html draws the title after the script ends: wait for it under load
        page.locator(".pw-article-title").first.wait_for(timeout=20_000)
        assert_inert(page, dialogs, hostile_store["originals"], where)
        body = page.locator("[data-testid=stMain]").inner_text()
        assert "Harbour report" in body or "Ferry plan" in body, where
        # a 10,000-character word wraps inside the article: nothing runs off the page
        wide = page.evaluate(
            """() => [...document.querySelectorAll('.pw-article, .pw-article-title')]
                  .filter(e => e.scrollWidth > e.clientWidth + 1).length"""
        )
        assert wide == 0, where
        hrefs = links(page)
        # the http(s) original is a link; the javascript: one is not
        assert ("https://news.example/ferry-plan" in hrefs) is (article_id == "h-2")


def test_the_exported_briefing_stays_inert_offline(page, hostile_store, tmp_path):
    from presswatch.export import report

    copy = tmp_path / "briefing.duckdb"
    shutil.copy(hostile_store["db"], copy)
    with Store(copy, read_only=True) as store:
        b = bf.build(store, bf.default_week(store), "previous", corpus="hostile")
        files = report.files(b, store)
    html_file = tmp_path / report.html_name(b)
    html_file.write_bytes(files[report.html_name(b)])
    dialogs = watch(page)

    def local_file(route) -> None:  # the file itself; anything else as conftest says
        if urlparse(route.request.url).scheme == "file":
            route.continue_()
        else:
            route.fallback()

    page.route("**/*", local_file)
    page.goto(html_file.as_uri())
    page.wait_for_function(
        "document.querySelectorAll('.js-plotly-plot .main-svg').length >= 1",
        timeout=30_000,
    )
    page.wait_for_timeout(500)
    assert page.outside_requests == []
    assert dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert foreign_links(links(page), hostile_store["originals"]) == []
    # the page's own script is plotly's; no other script element came from data
    scripts = page.evaluate(
        "[...document.scripts].filter(s => !s.src).map(s => s.text.slice(0, 60))"
    )
    assert not any("alert(" in s for s in scripts)
    # the names are there, shown as the text they are
    shown = page.evaluate("document.body.textContent")
    assert any(name in shown for name in hostile_store["outlets"])
