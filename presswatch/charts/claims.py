"""Charts of a claim's spread: DataFrame in, Figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presswatch.charts import _esc, layout, palette, selector
from presswatch.claims import ATTRIBUTIONS
from presswatch.markup import contain_bidi

# The decay of attribution reads from cool to the one warm alarm: a claim stated bare.
ATTRIBUTION_COLOURS = {
    "named": palette.BLUE,
    "relayed": palette.PURPLE,
    "vague": palette.ORANGE,
    "bare": palette.VERMILLION,
}
ATTRIBUTION_LABELS = {
    "named": "Named origin",
    "relayed": "Relayed (X citing Y)",
    "vague": "Vague (reportedly, officials)",
    "bare": "Bare (no attribution)",
}


def claim_spread(
    appearing: pd.DataFrame,
    spread: pd.DataFrame,
    *,
    title: str = "How the claim spread",
) -> go.Figure:
    """Cumulative articles and outlets over time (steps), and one marker per
    appearance at its date, coloured by how it was attributed."""
    fig = go.Figure()
    fig.add_scatter(
        x=spread.published,
        y=spread.articles,
        mode="lines",
        line={"shape": "hv", "color": palette.GREY, "width": 2},
        name="articles so far",
        hovertemplate="%{x|%d %b %Y}: %{y} articles<extra></extra>",
    )
    fig.add_scatter(
        x=spread.published,
        y=spread.outlets,
        mode="lines",
        line={"shape": "hv", "color": palette.BLACK, "width": 1, "dash": "dot"},
        name="outlets so far",
        hovertemplate="%{x|%d %b %Y}: %{y} outlets<extra></extra>",
    )
    dated = appearing.dropna(subset=["published"]).sort_values(
        ["published", "article_id"]
    )
    dated = dated.assign(order=range(1, len(dated) + 1))
    for attribution in ATTRIBUTIONS:
        rows = dated[dated.attribution == attribution]
        if rows.empty:
            continue
        fig.add_scatter(
            x=rows.published,
            y=rows.order,
            mode="markers",
            marker={"size": 12, "color": ATTRIBUTION_COLOURS[attribution]},
            name=ATTRIBUTION_LABELS[attribution],
            text=_esc(
                [
                    f"{o}: {s or 'no source'}"
                    for o, s in zip(rows.outlet, rows.source.fillna(""), strict=True)
                ]
            ),
            customdata=[
                [selector(article_id=a, start=int(s))]
                for a, s in zip(rows.article_id, rows.start, strict=True)
            ],
            hovertemplate="%{x|%d %b %Y} · %{text}<extra>"
            + ATTRIBUTION_LABELS[attribution]
            + "</extra>",
        )
    most = int(spread.articles.max()) if len(spread) else 0
    # Whole-number ticks: one per article for a short spread, plotly's own spacing
    # (whole numbers past 10) for a long one, so the axis never crowds.
    fig.update_yaxes(
        title="articles", rangemode="tozero", dtick=1 if most <= 10 else None
    )
    fig.update_xaxes(title=None)
    layout.date_axis(fig, pd.concat([spread.published, appearing.published]))
    return layout.dashboard(fig, title=title)


def claims_spread_bar(claims: pd.DataFrame) -> go.Figure:
    """Horizontal bars: the claims in most articles, split by attribution."""
    df = claims.iloc[::-1]
    labels = [_short(t) for t in df.text]
    fig = go.Figure()
    for attribution in ATTRIBUTIONS:
        fig.add_bar(
            y=_esc(labels),
            x=df[attribution],
            orientation="h",
            name=ATTRIBUTION_LABELS[attribution],
            marker_color=ATTRIBUTION_COLOURS[attribution],
            customdata=[[selector(claim=c, attribution=attribution)] for c in df.claim],
            hovertemplate="%{y}: %{x} " + attribution + "<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    # Ranked by outlets, then articles (boilerplate one outlet repeats ranks below a
    # claim several carry): each bar says its outlets, so a longer bar below a shorter
    # one reads as ranked, not as unsorted.
    totals = df[list(ATTRIBUTIONS)].sum(axis=1)
    for label, total, outlets in zip(_esc(labels), totals, df.outlets, strict=True):
        fig.add_annotation(
            x=total, y=label, text=f"{outlets} outlet{'s' if outlets != 1 else ''}",
            xanchor="left", xshift=4, showarrow=False,
            font={"size": 12, "color": palette.CAPTION_GREY},
        )  # fmt: skip
    most = float(totals.max()) if len(df) else 1.0
    fig.update_xaxes(title="articles", range=[0, most * 1.22])
    return layout.dashboard(
        fig, title="Claims that spread most", height=120 + 32 * len(df)
    )


def _short(text: str, width: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"


def claim_caption(appearing: pd.DataFrame, denied: pd.DataFrame | None = None) -> str:
    """The line under a claim's chart that lets it stand alone: n, dates, outlets,
    first seen, how it was attributed, denials."""
    if appearing.empty:
        return "No appearances match the current filters."
    dated = appearing.dropna(subset=["published"]).sort_values(
        ["published", "article_id"]
    )
    # Every outlet counts, the undated ones too (after the dated, in order of first
    # appearance), as in the claims table; each name ends its own bidi override, so
    # the counts after it keep their order.
    outlets = [
        contain_bidi(str(o))
        for o in dict.fromkeys([*dated.outlet, *appearing.outlet])
    ]
    parts = [f"n = {len(appearing)} articles in {len(outlets)} outlets"]
    undated = len(appearing) - len(dated)
    if undated:
        parts.append(f"{undated} undated, not charted")
    if not dated.empty:
        first, last = dated.published.iloc[0], dated.published.iloc[-1]
        parts.append(f"{_day(first)} – {_day(last)}")
        first_outlet = contain_bidi(str(dated.outlet.iloc[0]))
        parts.append(f"first seen: {first_outlet}, {_day(first)}")
    parts.append(
        "outlets: "
        + ", ".join(outlets[:5])
        + (f" +{len(outlets) - 5}" if len(outlets) > 5 else "")
    )
    counts = appearing.attribution.value_counts()
    parts.append(", ".join(f"{counts[a]} {a}" for a in ATTRIBUTIONS if a in counts))
    if denied is not None and not denied.empty:
        parts.append(f"denied {len(denied)}× later")
    return " · ".join(parts)


def _day(value: object) -> str:
    return pd.Timestamp(value).strftime("%-d %b %Y")
