"""How fast the dashboard is on a large store, measured in a real browser.

    .venv/bin/python bench/dashboard.py                 # all ~22k articles (slow ingest)
    .venv/bin/python bench/dashboard.py --n 3000        # an even sample of 3,000
    .venv/bin/python bench/dashboard.py --db my.duckdb  # reuse an already-built store
    .venv/bin/python bench/dashboard.py --n 2000 --replicate 11  # 22k rows, synthetic
    .venv/bin/python bench/dashboard.py --db STORE --growth 10,100  # STORE, 10x, 100x

Ingests ../shared/eval/news_corpus/articles.jsonl.gz (read in place; the sample is
written to a temp file outside the project) into --db unless that store already holds
the articles, then starts `streamlit run dashboard.py` against it, opens Overview in
Debian's chromium and prints

    overview_s=…  (open → script finished and the charts drawn, cold server)
    overview_warm_s=…  (the same in a second tab, caches warm)
    filter_s=…  (pick one outlet in the sidebar → redrawn)
    rss_mb=…  (the app process's peak resident memory)

Targets (issue 3): Overview within 5 s, a filter change within 2 s, under 2 GB.

With `--growth 10,100` it builds (or reuses) STORE's 10x and 100x replicas, measures
STORE and each replica in one run (one line each), and ends with

    growth_overview=… growth_warm=… growth_filter=… rss_mb=…

(growth = the largest replica's figure / STORE's figure; rss_mb = the largest app peak).
Targets (issue 9): each growth at most 2, rss_mb under 1,500.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from presswatch.evaluation import DEFAULT_EVAL_DIR  # noqa: E402
from presswatch.store import Store  # noqa: E402

CORPUS = DEFAULT_EVAL_DIR / "news_corpus" / "articles.jsonl.gz"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DONE = "[data-testid=stApp][data-test-script-state=notRunning]"
CHART = ".js-plotly-plot"
# Records every change of the app's script state with the page's clock, so a rerun
# that starts and ends between two polls is still seen.
WATCH_STATE = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  window.__pwStates = [];
  new MutationObserver(() => window.__pwStates.push(
      [app.getAttribute('data-test-script-state'), performance.now()]))
    .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""
RERUN_DONE = """(t0) => {
  const s = window.__pwStates.filter(([, t]) => t >= t0);
  return s.some(([state]) => state === 'running') && s.length
      && s[s.length - 1][0] === 'notRunning';
}"""


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    with Store(db, read_only=True) as store:
        return int(store.query("SELECT count(*) AS n FROM articles").iloc[0]["n"])


def ingest(corpus: Path, db: Path, n: int | None) -> None:
    """Ingest every article, or an even sample of n (every k-th record, so every
    outlet and period of the corpus is in it), into db."""
    from presswatch.store import sync

    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        total = sum(1 for _ in f)
    step = max(1, total // n) if n else 1
    with tempfile.TemporaryDirectory(prefix="pw-bench-") as tmp:
        sample = Path(tmp) / "articles.jsonl"
        with gzip.open(corpus, "rt", encoding="utf-8") as f, sample.open("w") as out:
            lines = itertools.islice(f, 0, None, step)
            out.writelines(itertools.islice(lines, n) if n else lines)
        started = time.perf_counter()
        with Store(db) as store:
            report = sync.update([sample], store)
        print(report.summary(), file=sys.stderr)
        print(f"ingest_s={time.perf_counter() - started:.1f}", file=sys.stderr)


def replicate(db: Path, times: int) -> Path:
    """A copy of db with every article stored `times` times, to see the app at a large
    store's table sizes without parsing for days. Replica k of an article has the id
    and content hash `<id>~k` and the same outlet, date and rows, so the replicas sit
    on the original's dates (the rollups keep as many buckets, each k times fuller)
    and repeat its actors and sources (choice lists stay as short). Copy groups are
    replicated within each replica; the rollups are then recomputed from the rows."""
    import shutil

    from presswatch.store import rollups

    out = db.with_name(f"{db.stem}_x{times}.duckdb")
    if out.exists():
        return out
    tmp = out.with_name(out.name + ".part")
    shutil.copy(db, tmp)
    started = time.perf_counter()
    with Store(tmp).writing() as con:  # one transaction; bumps the version
        ks = f"range(1, {times}) AS r(k)"
        con.execute(
            "INSERT INTO articles SELECT a.* REPLACE (id || '~' || k AS id, "
            "content_hash || '~' || k AS content_hash, "
            "given_id || '~' || k AS given_id) "
            f"FROM articles a, {ks} WHERE id NOT LIKE '%~%'"
        )
        for table in ("sentences", "mentions", "attributions", "hedges"):
            con.execute(
                f"INSERT INTO {table} SELECT t.* REPLACE "
                f"(article_id || '~' || k AS article_id) FROM {table} t, {ks} "
                "WHERE article_id NOT LIKE '%~%'"
            )
        con.execute(
            "INSERT INTO copies SELECT article_id || '~' || k, original || '~' || k "
            f"FROM copies, {ks} WHERE article_id NOT LIKE '%~%'"
        )
        rollups.rebuild(con)
    for suffix in ("", ".wal"):  # a WAL left behind goes with its database
        if Path(f"{tmp}{suffix}").exists():
            os.replace(f"{tmp}{suffix}", f"{out}{suffix}")
    Path(str(tmp) + ".version").unlink(missing_ok=True)
    print(
        f"replicated {db.name} x{times} in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(db: Path, port: int) -> subprocess.Popen:
    env = os.environ | {"PRESSWATCH_DB": str(db), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "dashboard.py",
            "--server.headless", "true",
            "--server.port", str(port),
            "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise TimeoutError("streamlit did not start")


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory of a process, in MB (VmHWM)."""
    status = Path(f"/proc/{pid}/status").read_text()
    kb = next(
        line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")
    )
    return int(kb) / 1024


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (psutil or /proc)."""
    try:
        import psutil

        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 2**20
    except ImportError:
        status = Path(f"/proc/{pid}/status").read_text()
        kb = next(
            line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")
        )
        return int(kb) / 1024


def open_overview(page, url: str, charts: int = 1) -> tuple[float, float]:
    """Seconds from navigation until the script finished, and until the charts
    (at least `charts` of them) are drawn."""
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("[data-testid=stApp]")
    page.wait_for_selector(DONE, timeout=120_000)
    script = time.perf_counter() - started
    page.wait_for_function(
        f"document.querySelectorAll('{CHART}').length >= {charts}", timeout=120_000
    )
    page.wait_for_selector(DONE, timeout=120_000)
    return script, time.perf_counter() - started


def change_outlet(page, charts: int) -> tuple[float, str]:
    """Pick the first outlet in the sidebar filter; seconds until the page redrew."""
    page.evaluate(WATCH_STATE)
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first
    box.click()
    option = page.locator("[role=option]").filter(has_not_text="Select all").first
    name = option.inner_text()
    t0 = page.evaluate("performance.now()")
    started = time.perf_counter()
    option.click()
    page.wait_for_function(RERUN_DONE, arg=t0, timeout=120_000)
    page.wait_for_function(
        f"document.querySelectorAll('{CHART}').length >= {charts}", timeout=120_000
    )
    return time.perf_counter() - started, name


def measure(db: Path, screenshot: Path | None = None) -> dict[str, object]:
    """Open Overview cold and warm and change the outlet filter, in a fresh app."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    app = start_app(db, port)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            page = context.new_page()
            url = f"http://127.0.0.1:{port}/"
            cold_script, cold = open_overview(page, url)
            page.wait_for_timeout(3000)  # let every chart finish drawing
            charts = page.locator(CHART).count()
            page.close()
            # A second tab of the same browser: server caches warm, plotly's script
            # already in the browser cache, as when a monitor opens the app again.
            warm_page = context.new_page()
            warm_script, warm = open_overview(warm_page, url, charts)
            filter_s, outlet = change_outlet(warm_page, 1)
            if screenshot:
                warm_page.screenshot(path=str(screenshot))
            browser.close()
        memory = rss_mb(app.pid)
        peak = peak_rss_mb(app.pid)
    finally:
        app.terminate()
        app.wait(timeout=10)
    return {
        "charts": charts,
        "outlet": outlet,
        "script_s": cold_script,
        "script_warm_s": warm_script,
        "overview_s": cold,
        "overview_warm_s": warm,
        "filter_s": filter_s,
        "rss_mb": memory,
        "peak_rss_mb": peak,
    }


def growth(db: Path, factors: list[int], repeat: int = 1) -> int:
    """Measure db and its replicas in one run (after one unreported warm-up, so the
    first store does not pay for the first start of Python, Streamlit and chromium;
    each figure the median of `repeat` runs); the last line gives the ratios."""
    import statistics

    stores = [db, *(replicate(db, k) for k in factors)]
    measure(db)
    rows = []
    for path in stores:
        articles = stored_articles(path)
        size = path.stat().st_size / 2**20
        runs = [measure(path) for _ in range(repeat)]
        m = {
            key: statistics.median(float(r[key]) for r in runs)
            for key in ("overview_s", "overview_warm_s", "filter_s")
        }
        m["peak_rss_mb"] = max(float(r["peak_rss_mb"]) for r in runs)
        rows.append(m)
        print(
            f"store={path.name} articles={articles} size_mb={size:.0f} "
            f"overview_s={m['overview_s']:.2f} overview_warm_s={m['overview_warm_s']:.2f} "
            f"filter_s={m['filter_s']:.2f} rss_mb={m['peak_rss_mb']:.0f}",
            flush=True,
        )
    first, last = rows[0], rows[-1]
    print(
        f"growth_overview={last['overview_s'] / first['overview_s']:.2f} "
        f"growth_warm={last['overview_warm_s'] / first['overview_warm_s']:.2f} "
        f"growth_filter={last['filter_s'] / first['filter_s']:.2f} "
        f"rss_mb={max(r['peak_rss_mb'] for r in rows):.0f}"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--db", type=Path, default=Path("/tmp/pw_bench.duckdb"))
    parser.add_argument("--n", type=int, help="ingest an even sample of N articles")
    parser.add_argument("--no-ingest", action="store_true", help="use --db as it is")
    parser.add_argument("--screenshot", type=Path, help="save the Overview here")
    parser.add_argument(
        "--replicate",
        type=int,
        metavar="K",
        help="measure a copy of --db with every article stored K times (synthetic)",
    )
    parser.add_argument(
        "--growth",
        metavar="K,K",
        help="measure --db and its K-times replicas in one run (e.g. 10,100)",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="with --growth: median of N runs each"
    )
    args = parser.parse_args()

    have = stored_articles(args.db)
    if not args.no_ingest and (have == 0 or (args.n and have < args.n)):
        ingest(args.corpus, args.db, args.n)
    if args.growth:
        factors = [int(k) for k in args.growth.split(",") if k.strip()]
        return growth(args.db, factors, args.repeat)
    db = replicate(args.db, args.replicate) if args.replicate else args.db
    articles = stored_articles(db)
    print(f"store={db} articles={articles}", file=sys.stderr)
    m = measure(db, args.screenshot)
    print(
        f"articles={articles} charts={m['charts']} outlet={m['outlet']!r}",
        file=sys.stderr,
    )
    print(
        f"script_s={m['script_s']:.2f} script_warm_s={m['script_warm_s']:.2f} "
        f"peak_rss_mb={m['peak_rss_mb']:.0f}",
        file=sys.stderr,
    )
    print(
        f"overview_s={m['overview_s']:.2f} overview_warm_s={m['overview_warm_s']:.2f} "
        f"filter_s={m['filter_s']:.2f} rss_mb={m['rss_mb']:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
