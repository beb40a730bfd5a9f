"""The briefing's figures: the week against its comparison period, each captioned inside
the figure, in the dashboard's palette and the shared export layout (`layout.export`)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presswatch.briefing import Briefing
from presswatch.charts import layout, palette
from presswatch.markup import escape_plotly
from presswatch.vocab import COMPARE_SHORT

MIN_LABELLED_SHARE = 6  # % of a stacked segment below which it carries no label
TOP_OUTLETS = 15  # bars per outlet chart; the tables keep every outlet
FIGURE_WIDTH = layout.EXPORT_WIDTH


def _frame(fig: go.Figure, b: Briefing, chart: str, title: str, rows: int) -> go.Figure:
    return layout.export(
        fig, title=f"{title} · {b.week}", caption=b.caption(chart), rows=rows
    )


def _periods(b: Briefing) -> tuple[str, str]:
    cmp = COMPARE_SHORT[b.compare]
    return f"{b.week} ({b.week_label})", f"{cmp} ({b.comparison_label})"


def _week_against_comparison(
    b: Briefing,
    labels: pd.Series,
    comparison: pd.Series,
    week: pd.Series,
    text: pd.Series,
    x_title: str,
) -> go.Figure:
    """Grouped horizontal bars per label (outlet or actor names, escaped for plotly):
    the comparison period, then the week (labelled)."""
    week_name, cmp_name = _periods(b)
    labels = [escape_plotly(label) for label in labels]
    fig = go.Figure(
        [
            go.Bar(
                y=labels,
                x=comparison,
                name=cmp_name,
                orientation="h",
                marker_color=palette.COMPARISON_COLOUR,
            ),
            go.Bar(
                y=labels,
                x=week,
                name=week_name,
                orientation="h",
                marker_color=palette.WEEK_COLOUR,
                text=text,
                textposition="outside",
                cliponaxis=False,
            ),
        ]
    )
    fig.update_layout(barmode="group")
    top = float(max(comparison.max(), week.max(), 0) or 1) if len(week) else 1.0
    # room right of the longest bar for its label ("58.9", "12.7%")
    fig.update_xaxes(title=x_title, range=[0, top * 1.12])
    fig.update_yaxes(title=None, automargin=True)
    return fig


def _outlet_labels(fig: go.Figure, b: Briefing, outlets: pd.Series) -> None:
    """Each outlet's colour square before its name, as on the dashboard."""
    colours = palette.outlet_colours(outlets, b.outlet_slots)
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(fig.data[-1].y),  # the bars' own labels, as drawn
        ticktext=[palette.swatch(escape_plotly(o), colours[o]) for o in outlets],
    )


def hedging_chart(b: Briefing, top: int = TOP_OUTLETS) -> go.Figure:
    """Hedges per 1,000 words by outlet (the `top` with most articles this week):
    the week against the comparison period."""
    h = b.hedging_by_outlet[b.hedging_by_outlet.articles_week > 0]
    shown = h.sort_values(["articles_week", "outlet"], ascending=[False, True])
    h = shown.head(top).sort_values(["rate_week", "outlet"], ascending=[True, False])
    fig = _week_against_comparison(
        b,
        h.outlet,
        h.rate_comparison.round(2),
        h.rate_week.round(2),
        h.rate_week.round(1),
        "hedges per 1,000 words",
    )
    _outlet_labels(fig, b, h.outlet)
    title = "Hedging by outlet" + _of(len(h), len(shown))
    return _frame(fig, b, "hedging_by_outlet", title, 2 * len(h))


def actor_chart(b: Briefing, top: int = 10) -> go.Figure:
    """Share of mentions of the week's most-mentioned actors, against the comparison."""
    s = b.actor_shares[b.actor_shares.mentions_week > 0].head(top).iloc[::-1]
    fig = _week_against_comparison(
        b,
        s.actor,
        s.share_comparison.round(2),
        s.share_week.round(2),
        s.share_week.round(1).astype(str) + "%",
        "% of all actor mentions",
    )
    return _frame(fig, b, "actor_shares", "Most-mentioned actors", 2 * len(s))


def source_kind_chart(b: Briefing) -> go.Figure:
    """Who claims were attributed to: shares of source kinds, week against comparison."""
    k = b.source_kinds
    week, cmp = _periods(b)
    colours = palette.SOURCE_KIND_COLOURS
    fig = go.Figure(
        [
            go.Bar(
                y=[cmp, week],
                x=[round(r.share_comparison, 2), round(r.share_week, 2)],
                name=escape_plotly(palette.label(r.source_kind)),
                orientation="h",
                marker_color=colours.get(r.source_kind),
                # a label only where it fits upright (a sliver would turn it sideways)
                text=[
                    f"{v:.0f}%" if v >= MIN_LABELLED_SHARE else ""
                    for v in (r.share_comparison, r.share_week)
                ],
                textposition="inside",
                textangle=0,
            )
            for r in k.itertuples()
        ]
    )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title="% of attributed claims", range=[0, 100])
    fig.update_yaxes(title=None, automargin=True)
    return _frame(fig, b, "source_kinds", "Source kinds of claims", 4)


def articles_chart(b: Briefing, top: int = TOP_OUTLETS) -> go.Figure:
    """Articles per outlet (the `top` with most this week) against the previous week,
    or the weekly average of the four weeks before."""
    a = b.articles_by_outlet.head(top).iloc[::-1]
    weekly = b.comparison_weeks > 1
    fig = _week_against_comparison(
        b,
        a.outlet,
        a.articles_comparison_per_week.round(2),
        a.articles_week,
        a.articles_week,
        f"articles (comparison: average of {b.comparison_weeks} weeks)"
        if weekly
        else "articles",
    )
    top_value = max(a.articles_week.max(), a.articles_comparison_per_week.max(), 0)
    # whole articles on the axis: a tick every article, or every 5, never 2.5
    fig.update_xaxes(dtick=1 if top_value <= 10 else 5 if top_value <= 40 else None)
    _outlet_labels(fig, b, a.outlet)
    title = "Articles by outlet" + _of(len(a), len(b.articles_by_outlet))
    return _frame(fig, b, "articles_by_outlet", title, 2 * len(a))


def _of(shown: int, total: int) -> str:
    return f" (top {shown} of {total})" if shown < total else ""


CHARTS = {
    "hedging_by_outlet": hedging_chart,
    "actor_shares": actor_chart,
    "source_kinds": source_kind_chart,
    "articles_by_outlet": articles_chart,
}


def figures(b: Briefing) -> dict[str, go.Figure]:
    """The key charts of the week by name, each captioned inside the figure."""
    return {name: make(b) for name, make in CHARTS.items()}
