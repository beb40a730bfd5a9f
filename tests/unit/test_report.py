"""The briefing's files: ZIP contents, PNG sizes, CSVs, the offline HTML, and the command."""

from __future__ import annotations

import argparse
import io
import os
import re
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from plotly.offline import get_plotlyjs

from presswatch import briefing as bf
from presswatch import cli
from presswatch.charts import briefing as briefing_charts
from presswatch.export import report, safe_csv
from presswatch.records import Filters

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_briefing import HT, NL, W46, make_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HAVE_BROWSER = Path(report.DEFAULT_BROWSER).exists()
needs_browser = pytest.mark.skipif(
    not HAVE_BROWSER and os.environ.get("PRESSWATCH_REQUIRE_BROWSER") != "1",
    reason="no /usr/bin/chromium for kaleido",
)


def run_cli(argv: list[str]) -> int:
    """`presswatch briefing …` through the subcommand as the CLI registers it."""
    parser = argparse.ArgumentParser(prog="presswatch")
    cli.add_briefing(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["briefing", *argv])
    return args.run(args)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "store.duckdb"
    make_store(path).close()
    return path


@pytest.fixture(scope="module")
def exported(db):
    """The page's "Download briefing" ZIP for W46 against the previous week."""
    from presswatch.store import Store

    with Store(db, read_only=True) as store:
        b = bf.build(store, W46, "previous")
        return b, zipfile.ZipFile(io.BytesIO(report.zip_bytes(b, store)))


@needs_browser
def test_zip_holds_html_pngs_and_csvs(exported):
    b, zf = exported
    names = set(zf.namelist())
    pngs = {f"charts/{b.file_name(c)}.png" for c in briefing_charts.CHARTS}
    csvs = {f"tables/{t}.csv" for t in b.tables()}
    assert names == {"briefing-2026-W46.html"} | pngs | csvs
    assert "charts/hedging-by-outlet_2026-11-09_2026-11-15.png" in names


@needs_browser
def test_pngs_are_twice_the_figure_size(exported):
    b, zf = exported
    for name, fig in briefing_charts.figures(b).items():
        width, height = png_size(zf.read(f"charts/{b.file_name(name)}.png"))
        assert (width, height) == (2 * fig.layout.width, 2 * fig.layout.height)


@needs_browser
def test_csvs_are_the_tables(exported):
    b, zf = exported
    for name, df in b.tables().items():
        assert zf.read(f"tables/{name}.csv") == safe_csv(df)
    hedging = pd.read_csv(io.BytesIO(zf.read("tables/hedging_by_outlet.csv")))
    assert dict(zip(hedging.outlet, hedging.rate_week, strict=True)) == {
        HT: 24.0,
        NL: 5.0,
    }
    changed = pd.read_csv(io.BytesIO(zf.read("tables/what_changed.csv")))
    assert changed.sentence.tolist() == [c.sentence for c in b.changes]


@needs_browser
def test_html_is_self_contained_and_escaped(exported):
    b, zf = exported
    page = zf.read("briefing-2026-W46.html").decode("utf-8")
    assert get_plotlyjs() in page  # inlined, once
    ours = page.replace(get_plotlyjs(), "")
    assert "plotly.min.js" not in ours and "cdn" not in ours.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", ours)
    assert page.count("class='chart'") == len(briefing_charts.CHARTS)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for change in b.changes:
        assert change.sentence.replace("&", "&amp;") in page


def test_html_without_pngs_needs_no_browser(db, monkeypatch):
    from presswatch.store import Store

    monkeypatch.setenv("PRESSWATCH_CHROMIUM", "/nonexistent/chromium")
    with Store(db, read_only=True) as store:
        b = bf.build(store, W46, "4w", Filters(outlets=(NL,)))
        files = report.files(b, store, pngs=False)
        assert not any(name.endswith(".png") for name in files)
        with pytest.raises(report.RenderError, match="no chromium"):
            report.files(b, store)


@needs_browser
def test_cli_writes_what_the_page_exports(db, tmp_path, capsys):
    """Same week and filters: the CLI's CSVs are byte-equal to the page's ZIP."""
    from presswatch.store import Store

    argv = ["--week", "2026-W46", "--compare", "4w", "--outlet", HT, "--db", str(db)]
    assert run_cli([*argv, "--out", str(tmp_path)]) == 0
    with Store(db, read_only=True) as store:
        b = bf.build(store, W46, "4w", Filters(outlets=(HT,)))
        page = zipfile.ZipFile(io.BytesIO(report.zip_bytes(b, store)))
    cli_zip = zipfile.ZipFile(tmp_path / report.zip_name(b))
    assert sorted(cli_zip.namelist()) == sorted(page.namelist())
    for name in page.namelist():
        if name.endswith(".csv"):
            assert (
                (tmp_path / name).read_bytes() == page.read(name) == cli_zip.read(name)
            )
    out = capsys.readouterr().out
    assert "briefing 2026-W46" in out and "wrote" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--week", "2026-46"], "not an ISO week"),
        (["--week", "2026-W60"], "has no ISO week 60"),
        (["--week", "2026-W40"], "no articles in 2026-W40"),
        (["--outlet", "The Daily Nowhere"], "unknown outlet 'The Daily Nowhere'"),
        (
            ["--week", "2026-W45", "--outlet", NL, "--outlet", "Nope"],
            "unknown outlet 'Nope'",
        ),
    ],
)
def test_cli_bad_arguments(db, tmp_path, capsys, argv, message):
    assert run_cli([*argv, "--db", str(db), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_cli_missing_store(tmp_path, capsys):
    assert run_cli(["--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path)]) == 2
    assert "no store at" in capsys.readouterr().err


def test_cli_not_a_store(tmp_path, capsys):
    bogus = tmp_path / "bogus.duckdb"
    bogus.write_text("not a database")
    assert run_cli(["--db", str(bogus), "--out", str(tmp_path / "out")]) == 2
    assert "cannot open the store" in capsys.readouterr().err


def test_cli_without_browser_fails_cleanly(db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_CHROMIUM", "/nonexistent/chromium")
    assert run_cli(["--week", "2026-W46", "--db", str(db), "--out", str(tmp_path)]) == 3
    assert "could not render the charts" in capsys.readouterr().err


def test_python_m_presswatch_briefing_help():
    done = subprocess.run(
        [sys.executable, "-m", "presswatch", "briefing", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for option in ("--week", "--compare", "--outlet", "--db", "--out"):
        assert option in done.stdout
