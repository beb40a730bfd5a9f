"""The briefing as files: a self-contained HTML page (plotly's JavaScript inlined, so it
opens offline without a single network request), every chart as a 2x PNG rendered by
kaleido in the system's chromium, every table as spreadsheet-safe CSV, and a ZIP of all.
"""

from __future__ import annotations

import asyncio
import io
import math
import os
import shutil
import threading
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from presswatch import briefing as bf
from presswatch import query
from presswatch.charts import briefing as briefing_charts
from presswatch.export import safe_csv
from presswatch.markup import escape_html
from presswatch.store import Store
from presswatch.vocab import COMPARE_LABELS, COMPARE_SHORT, plural

PNG_SCALE = 2
DEFAULT_BROWSER = "/usr/bin/chromium"
EVIDENCE_PER_CHANGE = 8


class RenderError(RuntimeError):
    """The charts could not be rendered to PNG (no chromium, or it failed)."""


def browser_path() -> str:
    """The chromium kaleido drives: $PRESSWATCH_CHROMIUM, $BROWSER_PATH, or Debian's.
    Kaleido is never allowed to download a browser of its own."""
    path = os.environ.get("PRESSWATCH_CHROMIUM") or os.environ.get("BROWSER_PATH")
    path = path or DEFAULT_BROWSER
    if not (Path(path).is_file() or shutil.which(path)):
        raise RenderError(
            f"no chromium at {path} (install Debian's `chromium` package)"
        )
    return path


class PngRenderer:
    """A kaleido chromium session on a thread of its own, started at construction so
    that its start-up (seconds) overlaps the caller's other work. Use as a context
    manager; `render` may be called several times."""

    def __init__(self, scale: int = PNG_SCALE):
        import kaleido

        path = browser_path()
        self.scale = scale
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="kaleido", daemon=True
        )
        self._thread.start()
        # mathjax=False: kaleido would otherwise load MathJax from a CDN.
        self._kaleido = kaleido.Kaleido(n=1, mathjax=False, path=path, timeout=60)
        self._opened = asyncio.run_coroutine_threadsafe(
            self._kaleido.__aenter__(), self._loop
        )

    def render(self, figures: dict[str, go.Figure]) -> dict[str, bytes]:
        """PNG bytes of each figure, by the same keys."""

        async def all_figures() -> dict[str, bytes]:
            opts = {"format": "png", "scale": self.scale}
            return {
                name: await self._kaleido.calc_fig(fig, opts=opts)
                for name, fig in figures.items()
            }

        try:
            self._opened.result()
            return asyncio.run_coroutine_threadsafe(all_figures(), self._loop).result()
        except Exception as err:
            raise RenderError(f"{type(err).__name__}: {err}") from err

    def close(self) -> None:
        try:
            if self._opened.done() and self._opened.exception() is None:
                closing = self._kaleido.__aexit__(None, None, None)
                asyncio.run_coroutine_threadsafe(closing, self._loop).result(30)
            else:
                self._opened.cancel()
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> PngRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def render_pngs(
    figures: dict[str, go.Figure], scale: int = PNG_SCALE
) -> dict[str, bytes]:
    """PNG bytes of each figure at `scale`, all rendered in one chromium session."""
    if not figures:
        return {}
    with PngRenderer(scale) as renderer:
        return renderer.render(figures)


def png(fig: go.Figure, scale: int = PNG_SCALE) -> bytes:
    """One figure as PNG (the page's server-side download button)."""
    return render_pngs({"chart": fig}, scale)["chart"]


def html_name(b: bf.Briefing) -> str:
    return f"briefing-{b.week}.html"


def zip_name(b: bf.Briefing) -> str:
    return f"presswatch-briefing-{b.week}-{b.compare}.zip"


def files(
    b: bf.Briefing,
    store: Store | None = None,
    *,
    pngs: bool = True,
    renderer: PngRenderer | None = None,
) -> dict[str, bytes]:
    """Every file of the briefing by its path inside the ZIP (the PNGs rendered by
    `renderer` when given, else by a chromium session of their own)."""
    figures = briefing_charts.figures(b)
    out = {html_name(b): briefing_html(b, figures, store).encode("utf-8")}
    if pngs:
        rendered = renderer.render(figures) if renderer else render_pngs(figures)
        out |= {
            f"charts/{b.file_name(name)}.png": data for name, data in rendered.items()
        }
    out |= {f"tables/{name}.csv": safe_csv(df) for name, df in b.tables().items()}
    return out


def zip_bytes(b: bf.Briefing, store: Store | None = None) -> bytes:
    """The "Download briefing" ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files(b, store).items():
            zf.writestr(name, data)
    return buf.getvalue()


def write(
    b: bf.Briefing,
    out_dir: str | Path,
    store: Store | None = None,
    renderer: PngRenderer | None = None,
) -> list[Path]:
    """Write the briefing's files under `out_dir`, then their ZIP (last in the list)."""
    out_dir = Path(out_dir)
    contents = files(b, store, renderer=renderer)
    written = []
    for name, data in contents.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    archive = out_dir / zip_name(b)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in contents.items():
            zf.writestr(name, data)
    return [*written, archive]


# -- the HTML page ----------------------------------------------------------------

_CSS = """
body { font-family: Arial, Helvetica, sans-serif; color: #1f2328; background: #ffffff;
       max-width: 1040px; margin: 24px auto; padding: 0 20px; line-height: 1.45; }
h1 { font-size: 26px; margin-bottom: 4px; } h2 { font-size: 19px; margin-top: 32px; }
.meta { color: #555; font-size: 14px; }
.cards { display: grid; gap: 12px;
         grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; }
.card .label { font-size: 13px; color: #555; }
.card .value { font-size: 24px; font-weight: bold; }
.card .delta { font-size: 13px; color: #555; }
li { margin-bottom: 8px; } details { margin-top: 4px; font-size: 13px; color: #333; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
td, th { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; }
.chart { margin: 18px 0 30px; } .caption { font-size: 12px; color: #555; }
"""


def fmt_value(value: float, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "%" or unit == "% of mentions":
        return f"{value:.1f}%"
    if unit == "per 1,000 words":
        return f"{value:.1f}"
    return f"{value:,.1f}".removesuffix(".0")


def card_delta(row: object, compare: str) -> str:
    """'+2.2 (+54%) vs previous week' for a headline row (points for shares)."""
    if any(isinstance(v, float) and math.isnan(v) for v in (row.week, row.comparison)):
        return "no comparison"
    unit = row.unit
    if unit.startswith("%"):
        change = f"{row.change:+.1f} points"
    else:
        change = f"{row.change:+,.1f}".removesuffix(".0")
        if not math.isnan(row.change_pct):
            change += f" ({row.change_pct:+.0f}%)"
    cmp = COMPARE_SHORT[compare]
    return f"{change} vs {cmp} ({fmt_value(row.comparison, unit)})"


@dataclass(frozen=True)
class Card:
    """One number card of the briefing page: value, change against the comparison
    (None without one), whether the change is worth an arrow, and its tooltip."""

    label: str
    value: str
    delta: str | None
    arrow: bool
    help: str


def _no_comparison(*values: float) -> bool:
    return any(isinstance(v, float) and math.isnan(v) for v in values)


def headline_cards(b: bf.Briefing) -> list[Card]:
    """The headline numbers as cards (the HTML's cards, shortened for a metric)."""
    cards = []
    for row in b.headline.itertuples():
        no_cmp = _no_comparison(row.week, row.comparison)
        delta = card_delta(row, b.compare)
        cards.append(
            Card(
                row.label,
                fmt_value(row.week, row.unit),
                None if no_cmp else delta.split(" vs ")[0],
                not (no_cmp or round(row.change, 1) == 0),
                delta + f" · n = {row.n:,}",
            )
        )
    return cards


def outlet_cards(b: bf.Briefing) -> list[Card]:
    """Hedges per 1,000 words of each outlet with articles this week, as cards, the
    most hedged first."""
    cards = []
    hedging = b.hedging_by_outlet[b.hedging_by_outlet.articles_week > 0]
    hedging = hedging.sort_values(["rate_week", "outlet"], ascending=[False, True])
    for r in hedging.itertuples():
        has_cmp = not math.isnan(r.rate_comparison)
        change = r.rate_week - r.rate_comparison
        pct = "" if math.isnan(r.change_pct) else f" ({r.change_pct:+.0f}%)"
        cards.append(
            Card(
                r.outlet,
                f"{r.rate_week:.1f}",
                f"{change:+.1f}{pct}" if has_cmp else None,
                bool(has_cmp and round(change, 1)),
                f"n = {plural(int(r.hedges_week), 'hedge')} in {plural(int(r.words_week), 'word')}",
            )
        )
    return cards


def _text(value: object) -> str:
    """A cell as text; a missing value (no source, no hedge) as empty."""
    return "" if value is None or value != value else str(value)


def briefing_html(
    b: bf.Briefing,
    figures: dict[str, go.Figure] | None = None,
    store: Store | None = None,
) -> str:
    """The briefing as one HTML file that needs nothing but a browser (no network)."""
    figures = figures if figures is not None else briefing_charts.figures(b)
    e = escape_html
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>PressWatch briefing {e(str(b.week))}</title><style>{_CSS}</style>",
        f"<script type='text/javascript'>{get_plotlyjs()}</script></head><body>",
        f"<h1>Weekly briefing · {e(str(b.week))} ({e(b.week_label)})</h1>",
        f"<p class='meta'>Compared with {e(COMPARE_LABELS[b.compare])} "
        f"({e(b.comparison_label)}) · corpus: {e(b.corpus)} · outlets: "
        f"{e(', '.join(b.outlets) or 'none')} · filters: {e(b.describe_filters())}</p>",
        "<div class='cards'>",
    ]
    for row in b.headline.itertuples():
        parts.append(
            f"<div class='card'><div class='label'>{e(row.label)}</div>"
            f"<div class='value'>{e(fmt_value(row.week, row.unit))}</div>"
            f"<div class='delta'>{e(card_delta(row, b.compare))}</div></div>"
        )
    parts.append("</div><h2>What changed</h2>")
    if b.changes:
        parts.append("<ul>")
        for change in b.changes:
            parts.append(f"<li>{e(change.sentence)}")
            if store is not None:
                ev = bf.evidence(store, b, change, limit=EVIDENCE_PER_CHANGE)
                rows = "".join(
                    f"<tr><td>{e(str(r.published)[:10])}</td><td>{e(r.outlet)}</td>"
                    f"<td>{e(r.sentence)}</td>"
                    + "".join(
                        f"<td>{e(_text(v))}</td>" for v in (r.source, r.cue, r.hedge)
                    )
                    + "</tr>"
                    for r in ev.itertuples()
                )
                head = "".join(
                    f"<th>{h}</th>"
                    for h in ("date", "outlet", "sentence", "source", "cue", "hedge")
                )
                parts.append(
                    f"<details><summary>Sentences behind it ({len(ev)} shown)</summary>"
                    f"<table><tr>{head}</tr>{rows}</table></details>"
                )
            parts.append("</li>")
        parts.append("</ul>")
    else:
        parts.append("<p>No change passed the minimum counts this week.</p>")
    parts.append("<h2>Charts of the week</h2>")
    for name, fig in figures.items():
        div = fig.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=f"chart-{name}",
            config={
                "displaylogo": False,
                "toImageButtonOptions": toolbar_png(b, name, fig),
            },
        )
        # the caption is the figure's own subtitle (so a cut-out PNG keeps it): once
        parts.append(f"<div class='chart' data-chart='{e(name)}'>{div}</div>")
    hedging = b.hedging_by_outlet
    parts.append(
        "<h2>Hedging by outlet</h2><table><tr><th>outlet</th><th>articles</th>"
        "<th>hedges</th><th>per 1,000 words</th><th>comparison</th><th>change</th></tr>"
    )
    for r in hedging.itertuples():
        change = "–" if math.isnan(r.change_pct) else f"{r.change_pct:+.0f}%"
        parts.append(
            f"<tr><td>{e(r.outlet)}</td><td>{r.articles_week}</td><td>{r.hedges_week}</td>"
            f"<td>{fmt_value(r.rate_week, 'per 1,000 words')}</td>"
            f"<td>{fmt_value(r.rate_comparison, 'per 1,000 words')}</td>"
            f"<td>{change}</td></tr>"
        )
    parts.append("</table>")
    if len(b.new_sources):
        parts.append(
            "<h2>Sources cited for the first time</h2><table><tr><th>source</th>"
            "<th>kind</th><th>claims</th><th>outlets</th></tr>"
        )
        parts += [
            f"<tr><td>{e(r.source)}</td><td>{e(str(r.source_kind))}</td><td>{r.claims}</td>"
            f"<td>{r.outlets}</td></tr>"
            for r in b.new_sources.itertuples()
        ]
        parts.append("</table>")
    parts += _claims_html(b, store)
    parts.append(
        "<p class='meta'>Made with PressWatch. Tables behind the charts: tables/*.csv."
        "</p></body></html>"
    )
    return "\n".join(parts)


def _claims_html(b: bf.Briefing, store: Store | None) -> list[str]:
    """The week's claims that spread most, each with its appearances when the store
    is at hand (text from articles is escaped)."""
    if b.claims.empty:
        return []
    e = escape_html
    parts = [
        "<h2>Claims that spread most this week</h2><table><tr><th>claim</th>"
        "<th>articles</th><th>outlets</th><th>first seen</th><th>named</th>"
        "<th>relayed</th><th>vague</th><th>bare</th><th>denials</th></tr>"
    ]
    for r in b.claims.itertuples():
        row = (
            f"<tr><td>{e(r.text)}</td><td>{r.articles}</td><td>{r.outlets}</td>"
            f"<td>{e(str(r.first_published)[:10])}, {e(r.first_outlet)}</td>"
            f"<td>{r.named}</td><td>{r.relayed}</td><td>{r.vague}</td><td>{r.bare}</td>"
            f"<td>{r.denials}</td></tr>"
        )
        parts.append(row)
        if store is not None:
            week = replace(b.filters, start=b.week.start, end=b.week.end)
            seen = query.claims.appearances(store, week, claim=r.claim)
            rows = "".join(
                f"<tr><td>{e(str(a.published)[:10])}</td><td>{e(a.outlet)}</td>"
                f"<td>{e(a.attribution)}</td><td>{e(a.text)}</td></tr>"
                for a in seen.itertuples()
            )
            parts.append(
                f"<tr><td colspan='9'><details><summary>Its {len(seen)} sentences"
                f"</summary><table>{rows}</table></details></td></tr>"
            )
    parts.append("</table>")
    return parts


def toolbar_png(b: bf.Briefing, chart: str, fig: go.Figure) -> dict:
    """plotly's own "download as PNG" button: 2x, the figure's size, a telling name."""
    return {
        "format": "png",
        "scale": PNG_SCALE,
        "filename": b.file_name(chart),
        "width": fig.layout.width,
        "height": fig.layout.height,
    }
