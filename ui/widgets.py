"""The pieces every page uses: selectable charts with captions, tables with their CSV
download, the count / per-1,000-words toggle and the evidence sentences."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from presswatch import charts, query
from presswatch.charts import palette
from presswatch.export import safe_csv
from presswatch.export.report import Card
from presswatch.markup import escape_markdown
from presswatch.query.base import FREQS
from presswatch.records import Filters
from presswatch.vocab import plural
from ui import data

ARTICLES_PAGE = Path(__file__).resolve().parent.parent / "pages" / "articles.py"
COUNT = "count"
PER_1000 = "per_1000"
SHARE = "share"
_MEASURE_LABELS = {PER_1000: "Per 1,000 words", SHARE: "Share"}
EMPTY_ICON = ":material/filter_alt_off:"


def outlet_colours() -> dict[str, str]:
    """Each outlet's colour, from the slots the store keeps (`Store.outlet_colours`)."""
    return palette.outlet_colours((), data.table(query.base.outlet_slots, Filters()))


def measure_toggle(key: str, options: tuple[str, ...] = (COUNT, PER_1000)) -> str:
    """A count / per-1,000-words (or share) switch; returns the chosen option."""
    choice = st.segmented_control(
        "Show",
        options,
        format_func=lambda m: _MEASURE_LABELS.get(m, "Count"),
        default=options[0],
        required=True,
        key=key,
        label_visibility="collapsed",
    )
    return choice or options[0]


def md(text: object) -> str:
    """`text` escaped for st.markdown / st.caption / labels: shown exactly as written
    (`presswatch.markup.escape_markdown`, the one Markdown escaping of the app)."""
    return escape_markdown(text)


def period_control(key: str, where: Any = st) -> str:
    """Day / week / month for time charts; month by default when the store spans
    more than three years (weeks would be too thin to read)."""
    lo, hi = data.choices()["dates"]
    long_span = bool(lo and hi and (hi - lo).days > 3 * 365)
    choice = where.segmented_control(
        "Period",
        list(FREQS),
        default="month" if long_span else "week",
        required=True,
        key=key,
    )
    return choice or "week"


def caption(filters: Filters, *, n: int | None = None, unit: str = "") -> str:
    """The chart caption for the current filters (see `charts.caption`)."""
    return charts.caption(
        data.table(query.base.scope, filters), filters, n=n, unit=unit
    )


def chart(
    fig: go.Figure, key: str, note: str, data: pd.DataFrame | None = None
) -> list[dict[str, Any]]:
    """Draw a selectable chart with its caption (and, given `data`, the CSV of what
    it plots); return the evidence selectors of the marks the user clicked or boxed
    (empty when nothing is selected)."""
    event = st.plotly_chart(
        fig,
        key=key,
        on_select="rerun",
        selection_mode=("points", "box", "lasso"),
        config={"displaylogo": False, "toImageButtonOptions": _png_options(fig, key)},
    )
    st.caption(md(note))
    if data is not None:
        title = fig.layout.title.text or key
        download(data, title, key, label="Chart data (CSV)")
    return selectors(event)


@dataclass(frozen=True)
class Panel:
    """A drawn chart panel: its key and the evidence selectors of the marks chosen."""

    key: str
    selectors: list[dict[str, Any]] = field(default_factory=list)


def chart_panel(
    fig: go.Figure,
    table: pd.DataFrame,
    filters: Filters,
    *,
    key: str,
    n: int,
    unit: str,
    empty: str | None = None,
    blank: bool | None = None,
    csv: bool = False,
    selectable: bool = True,
    evidence: bool = False,
) -> Panel:
    """The one chart block: `empty` in place of the chart when `blank` (default: the
    table has no rows), else the chart with its caption ("n = {n} {unit}", the
    filters), the CSV of `table` when `csv`; with `evidence` the sentences behind the
    chosen marks right under it (else show them with `evidence_of`, e.g. under a row
    of columns)."""
    if empty is not None and (table.empty if blank is None else blank):
        st.info(empty, icon=EMPTY_ICON)
        panel = Panel(key)
    elif selectable:
        note = caption(filters, n=n, unit=unit)
        panel = Panel(key, chart(fig, key, note, data=table if csv else None))
    else:
        static_chart(fig, key, caption(filters, n=n, unit=unit))
        panel = Panel(key)
    if evidence:
        evidence_of(filters, panel)
    return panel


def evidence_of(filters: Filters, *panels: Panel) -> None:
    """The sentences behind the marks chosen in each panel, one block per panel."""
    for panel in panels:
        evidence(
            filters, panel.selectors, panel.key.removesuffix("_chart") + "_evidence"
        )


def _png_options(fig: go.Figure, key: str) -> dict[str, Any]:
    """The toolbar's PNG download: 2x scale, named after the chart."""
    return {
        "format": "png",
        "scale": 2,
        "filename": _slug(fig.layout.title.text or key),
    }


def static_chart(fig: go.Figure, key: str, note: str) -> None:
    """A chart that plotly cannot select from (a Sankey), with its caption."""
    st.plotly_chart(
        fig,
        key=key,
        config={"displaylogo": False, "toImageButtonOptions": _png_options(fig, key)},
    )
    st.caption(md(note))


def selectors(event: Any) -> list[dict[str, Any]]:
    """The `query.evidence` arguments carried by the selected marks."""
    try:
        points = event.selection.points
    except AttributeError:
        return []
    out: list[dict[str, Any]] = []
    for point in points or []:
        custom = point.get("customdata")
        if isinstance(custom, list) and custom:
            custom = custom[0]
        if isinstance(custom, str) and custom.startswith("{"):
            sel = json.loads(custom)
            if sel not in out:
                out.append(sel)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "table"


def download(
    df: pd.DataFrame, name: str, key: str, *, label: str = "Download CSV"
) -> None:
    """The CSV of a table as shown, formulas neutralised."""
    st.download_button(
        label,
        data=safe_csv(df),
        file_name=f"presswatch-{_slug(name)}.csv",
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
        on_click="ignore",
    )


def table(
    df: pd.DataFrame,
    name: str,
    key: str,
    *,
    column_config: dict[str, Any] | None = None,
    height: int | str = "auto",
) -> None:
    """Show a table and offer exactly that table (same rows and columns) as CSV."""
    st.dataframe(df, hide_index=True, column_config=column_config, height=height)
    download(df, name, key)


# The order a measure of "source kinds by outlet" starts in: what it shows.
SORT_FOR_MEASURE = {
    "attributions": "attributions",
    SHARE: query.sources.UNNAMED_OR_NONE,
    PER_1000: "per_1000",
}
_SORT_LABELS = {
    "articles": "Articles",
    "attributions": "Attributions",
    "per_1000": "Attributions per 1,000 words",
    query.sources.UNNAMED_OR_NONE: "Share of unnamed or no source",
}


def sort_label(sort: str) -> str:
    """How a sort of `query.sources.SORTS` is offered: "Share of unnamed source"."""
    return _SORT_LABELS.get(sort) or f"Share of {palette.label(sort).lower()}"


def share_table(df: pd.DataFrame, name: str, key: str) -> None:
    """A table whose "… share" columns (0-1) show as percentages, with its CSV."""
    config: dict[str, Any] = {
        c: st.column_config.NumberColumn(c[:1].upper() + c[1:], format="percent")
        for c in df.columns
        if c.endswith(" share")
    }
    table(df, name, key, column_config=config)


_OUTCOME = {
    "success": (st.success, ":material/check_circle:"),
    "partial": (st.warning, ":material/warning:"),
    "failure": (st.error, ":material/error:"),
}


def upload_outcome(outcome: Any) -> None:
    """An upload's outcome (`store.uploads.outcome`) in its colour: green when every
    file was read, amber when some were not, red when nothing was; then each file's
    full reasons, one per line."""
    show, icon = _OUTCOME[outcome.kind]
    show(md(outcome.message), icon=icon)
    for name, reasons in outcome.problems:
        st.markdown(
            f"**{md(name)}**\n"
            # at most 20 (store.uploads.SHOWN_PROBLEMS), then "… and N more"
            + "\n".join(f"- {md(r)}" for r in reasons)
        )


def describe(selector: dict[str, Any]) -> str:
    """A selector in words: "actor Ukraine · outlet Capital Wire"."""
    names = {
        "actor_b": "with",
        "source_kind": "source kind",
        "category": "hedge category",
        "hedged": "hedged",
        "through": "chains through",
        "article_id": "article",
        "start": "sentence at",
    }
    parts = []
    for k, v in selector.items():
        if k == "freq":
            continue
        if k in ("source_kind", "category", "actor_type"):
            v = palette.label(v)
        if k == "hedged":
            parts.append("hedged" if v else "not hedged")
            continue
        parts.append(f"{names.get(k, k.replace('_', ' '))} {v}")
    return " · ".join(parts)


EVIDENCE_COLUMNS = [
    "published", "outlet", "sentence", "source", "cue", "hedge", "title", "article_id",
]  # fmt: skip
# Rows tall enough for a whole sentence: Streamlit wraps text cells when rows are taller
# than one line (st.dataframe's row_height), so nothing is cut off and cells copy whole.
EVIDENCE_ROW_PX = 92


def evidence(
    filters: Filters,
    sels: list[dict[str, Any]],
    key: str,
    *,
    hint: str = "",
) -> None:
    """The sentences behind the selected marks, newest first, with their CSV."""
    if not sels:
        if hint:
            st.caption(hint)
        return
    found = data.evidence(filters, sels)
    what = "; ".join(describe(s) for s in sels[:3]) + (" …" if len(sels) > 3 else "")
    total = int(found.total.max()) if len(sels) == 1 and len(found) else len(found)
    st.markdown(f"**Sentences behind the selection** — {md(what)}")
    if found.empty:
        st.info("No sentences match this selection under the current filters.")
        return
    st.caption(
        f"Showing {len(found):,} of {plural(total, 'sentence')}, newest first."
        if total > len(found)
        else f"{plural(len(found), 'sentence')}, newest first."
    )
    sentence_table(found[EVIDENCE_COLUMNS], f"evidence-{what}", key)


def sentence_table(shown: pd.DataFrame, name: str, key: str) -> None:
    """Sentences as a table: each whole (wrapped), with the source, cue and hedge that
    counted in their own columns, the article id a link to it; and their CSV."""
    config: dict[str, Any] = {
        "published": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
        "outlet": st.column_config.TextColumn("Outlet", width="small"),
        "sentence": st.column_config.TextColumn("Sentence", width="large"),
        "source": st.column_config.TextColumn(
            "Source", width="small", help="Who the sentence attributes its claim to"
        ),
        "cue": st.column_config.TextColumn(
            "Cue", width="small", help='The attribution cue: "said", "according to"'
        ),
        "hedge": st.column_config.TextColumn(
            "Hedge", width="small", help="Hedges in the sentence; boosters marked"
        ),
        "title": st.column_config.TextColumn("Article", width="medium"),
        "article_id": "Article id",
    }
    on_screen = shown
    if ARTICLES_PAGE.exists() and "article_id" in shown:
        # The id opens the article, highlighted, on the Articles page (new tab).
        on_screen = shown.assign(
            article_id="articles?article=" + shown.article_id.map(quote)
        )
        config["article_id"] = st.column_config.LinkColumn(
            "Article id", display_text=r"article=(.*)$", help="Open the article"
        )
    st.dataframe(
        on_screen,
        hide_index=True,
        column_config=config,
        row_height=EVIDENCE_ROW_PX,
        height=min(38 + 5 * EVIDENCE_ROW_PX, 38 + EVIDENCE_ROW_PX * len(shown)),
    )
    download(shown, name, key)


CLICK_HINT = (
    "Click a bar, point or cell (or drag a box around several) to see the sentences "
    "behind it; double-click to clear."
)


def page_hint() -> None:
    """One line under a page title saying that charts lead to their sentences."""
    st.caption(CLICK_HINT)


def empty(message: str) -> None:
    """Say that nothing matches instead of drawing an empty axis."""
    st.info(message, icon=EMPTY_ICON)


# Streamlit cuts a metric's label to one line ("Claims with an unna…"): let it wrap.
_WRAP_METRIC_LABELS = (
    "[data-testid=stMetricLabel], [data-testid=stMetricLabel] .stMarkdownEllipsis, "
    "[data-testid=stMetricLabel] p {white-space: normal !important; "
    "overflow: visible !important; text-overflow: clip !important; height: auto;}"
)


def metric_cards(cards: list[Card], columns: int = 4) -> None:
    """Number cards in rows of `columns`, the change without colour (a rise in hedging
    is neither good nor bad); a long label wraps instead of ending in "…". Labels are
    outlet names, so they are escaped (a metric reads Markdown); values and changes
    are numbers formatted here."""
    st.html(f"<style>{_WRAP_METRIC_LABELS}</style>")
    cols = st.columns(columns)
    for i, card in enumerate(cards):
        cols[i % columns].metric(
            md(card.label),
            card.value,
            delta=card.delta,
            delta_color="off",
            delta_arrow="auto" if card.arrow else "off",
            help=md(card.help),
            border=True,
        )
