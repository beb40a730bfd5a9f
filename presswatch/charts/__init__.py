"""DataFrame -> plotly Figure, one function per chart; no I/O.

Each takes a frame from `presswatch.query` and returns a figure readable in a
1280x800 screenshot. Every mark carries in `customdata[0]` the JSON selector of the
sentences behind it (keyword arguments of `query.evidence`), so a click on the
chart can show its evidence. Colours come from `presswatch.charts.palette` only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go

from presswatch.charts import layout, palette
from presswatch.markup import contain_bidi, escape_plotly
from presswatch.records import BOOSTER, HEDGE_CATEGORIES, Filters
from presswatch.vocab import plural

if TYPE_CHECKING:  # charts take query's frames but never run a query
    from presswatch.query.base import Scope

MEASURE_TITLES = {
    "per_1000": "per 1,000 words",
    "share": "share",
}


def _esc(text: object) -> object:
    """Text from articles made literal for plotly, which reads a subset of HTML in
    labels (`<b>`, `<a href>`): a name like "<b>Acme</b>" shows as typed. One value
    or each of a sequence (`presswatch.markup.escape_plotly`)."""
    if isinstance(text, str):
        return escape_plotly(text)
    return [escape_plotly(t) for t in text]


def selector(**kwargs: object) -> str:
    """The JSON a mark carries: `query.evidence` keyword arguments (Nones dropped)."""
    return json.dumps(
        {k: _plain(v) for k, v in kwargs.items() if v is not None}, sort_keys=True
    )


def _plain(value: object) -> object:
    if isinstance(value, pd.Timestamp | date):
        return str(value)[:10]
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def _bars_by_category(
    fig: go.Figure,
    df: pd.DataFrame,
    column: str,
    colours: dict[str, str],
    *,
    x: str,
    y: str,
    select: Callable[[object, str], str],
    hover: str,
) -> None:
    """One horizontal bar trace per value of `column` present, in the palette's order,
    named by its label and in its colour; `select(y value, category)` gives each bar's
    evidence selector, "{label}" in `hover` the category's label."""
    for category, colour in colours.items():
        rows = df[df[column] == category]
        if rows.empty:
            continue
        name = palette.label(category)
        fig.add_bar(
            x=rows[x],
            y=_esc(rows[y]),
            orientation="h",
            name=name,
            marker_color=colour,
            customdata=[[select(v, category)] for v in rows[y]],
            hovertemplate=hover.replace("{label}", name),
        )


Colours = Mapping[str, str] | None  # outlet -> colour (`palette.outlet_colours`)


def _outlet_axis(
    fig: go.Figure,
    axis: str,
    outlets: Sequence[str],
    colours: Colours,
    notes: Sequence[str] | None = None,
) -> None:
    """Label an axis of outlets with each outlet's colour square before its name, and
    a grey note after it (its n) when `notes` are given."""
    colours = palette.outlet_colours(outlets, None) if colours is None else colours
    names = list(outlets)
    notes = list(notes) if notes is not None else [""] * len(names)
    fig.update_layout(
        {
            f"{axis}axis": {
                "tickmode": "array",
                "tickvals": _esc(names),
                "ticktext": [
                    palette.swatch(_esc(o), colours.get(o, palette.GREY)) + _note(n)
                    for o, n in zip(names, notes, strict=True)
                ],
            }
        }
    )


def _note(text: str) -> str:
    return f' <span style="color:{palette.CAPTION_GREY}">{text}</span>' if text else ""


FEW_PATTERN = "/"  # the hatch of a bar with too little data behind it


def few_note(n: int, few: bool) -> str:
    """The n of a ranked bar and whether it is too small: "n=3, too few"."""
    return f"n={n:,}{', too few' if few else ''}"


def _few_legend(fig: go.Figure, minimum: int, unit: str, n_is: str) -> None:
    """A legend entry that says what n counts and what the hatched bars mean."""
    fig.add_bar(
        x=[None], y=[None], orientation="h", hoverinfo="skip",
        name=f"n = {n_is}; hatched: fewer than {plural(minimum, unit)}",
        marker={"color": "white", "pattern": {"shape": FEW_PATTERN, "fgcolor": palette.GREY},
                "line": {"color": palette.GREY, "width": 1}},
    )  # fmt: skip


def _fmt_date(d: date | None) -> str:
    return d.strftime("%-d %b %Y") if d else "?"


def caption(
    scope: Scope, filters: Filters, *, n: int | None = None, unit: str = ""
) -> str:
    """One line under a chart that lets a screenshot stand alone: what is counted, over
    which articles, dates and outlets, and any other filter in force."""
    parts = []
    if n is not None and unit and not (n == scope.articles and "articles" in unit):
        parts.append(f"n = {n:,} {unit}")
    parts.append(plural(scope.articles, "article"))
    start = filters.start or scope.start
    end = filters.end or scope.end
    if start or end:
        parts.append(f"{_fmt_date(start)} – {_fmt_date(end)}")
    # Each name ends its own bidi override, so the words after it keep their order.
    outlets = [contain_bidi(str(o)) for o in list(filters.outlets) or scope.outlets]
    if not filters.outlets and len(outlets) > 4:
        parts.append(f"all {len(outlets)} outlets")
    elif outlets:
        shown = ", ".join(outlets[:4]) + (
            f" +{len(outlets) - 4} more" if len(outlets) > 4 else ""
        )
        parts.append(("outlets: " if len(outlets) > 1 else "outlet: ") + shown)
    if filters.actors:
        parts.append("mentioning " + " or ".join(map(contain_bidi, filters.actors)))
    if filters.source_kinds:
        kinds = " or ".join(palette.label(k).lower() for k in filters.source_kinds)
        parts.append(f"citing {kinds}")
    if filters.search.strip():
        parts.append(f'matching "{contain_bidi(filters.search.strip())}"')
    return " · ".join(parts)


def _measure_title(measure: str, count_title: str) -> str:
    return MEASURE_TITLES.get(measure, count_title)


def articles_over_time(
    df: pd.DataFrame, *, freq: str = "week", colours: Colours = None
) -> go.Figure:
    """Stacked bars: articles per period, one colour per outlet (its stored colour
    from `colours`, see `palette.outlet_colours`)."""
    colours = {**palette.outlet_colours(df.outlet), **(colours or {})}
    fig = go.Figure()
    for outlet, rows in df.groupby("outlet", sort=False):
        fig.add_bar(
            x=rows.period,
            y=rows.articles,
            name=_esc(outlet),
            marker_color=colours[outlet],
            customdata=[
                [selector(outlet=outlet, period=p, freq=freq)] for p in rows.period
            ],
            hovertemplate=f"<b>{_esc(outlet)}</b><br>%{{x|%d %b %Y}}: %{{y}} articles<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(title="articles", rangemode="tozero")
    fig.update_yaxes(tickformat=",d", dtick=None if df.articles.max() > 10 else 1)
    fig.update_xaxes(title=None)
    layout.date_axis(fig, df.period, freq)
    return layout.dashboard(fig, title=f"Articles per {freq}, by outlet")


def actor_bar(df: pd.DataFrame, *, measure: str = "mentions") -> go.Figure:
    """Horizontal bars of the top actors, coloured by actor type, largest on top."""
    fig = go.Figure()
    order = df.sort_values(measure, ascending=True).actor.tolist()
    _bars_by_category(
        fig, df, "type", palette.ACTOR_COLOURS, x=measure, y="actor",
        select=lambda actor, _: selector(actor=actor),
        hover="<b>%{y}</b>: %{x}<extra>{label}</extra>",
    )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=_esc(order), title=None)
    fig.update_xaxes(title=_measure_title(measure, "mentions"))
    height = max(320, 26 * len(df) + 120)
    return layout.dashboard(fig, title="Most-mentioned actors", height=height)


def actor_timeline(
    df: pd.DataFrame, *, measure: str = "mentions", freq: str = "week"
) -> go.Figure:
    """One line per chosen actor: mentions (or per 1,000 words) per period."""
    fig = go.Figure()
    for i, (actor, rows) in enumerate(df.groupby("actor", sort=False)):
        fig.add_scatter(
            x=rows.period,
            y=rows[measure],
            name=_esc(actor),
            mode="lines+markers",
            line={
                "color": palette.ACTOR_LINE_SEQUENCE[
                    i % len(palette.ACTOR_LINE_SEQUENCE)
                ],
                "width": 3,
            },
            marker={"size": 8},
            customdata=[
                [selector(actor=actor, period=p, freq=freq)] for p in rows.period
            ],
            hovertemplate=f"<b>{_esc(actor)}</b><br>%{{x|%d %b %Y}}: %{{y}}<extra></extra>",
        )
    fig.update_yaxes(title=_measure_title(measure, "mentions"), rangemode="tozero")
    layout.date_axis(fig, df.period, freq)
    return layout.dashboard(fig, title=f"Mentions per {freq}")


def tile_heatmap(
    df: pd.DataFrame,
    *,
    x: str,
    y: str,
    z: str,
    title: str,
    selectors: Sequence[str] | None = None,
    value_format: str = "{:,.0f}",
    x_title: str | None = None,
    y_title: str | None = None,
    x_order: Sequence[str] | None = None,
) -> go.Figure:
    """A heatmap whose cells can be clicked: plotly cannot select heatmap cells, so an
    invisible marker sits on each cell and carries its selector. Category order
    follows the frame's row order (first row on top)."""
    xs = list(x_order) if x_order is not None else list(dict.fromkeys(df[x]))
    ys = list(dict.fromkeys(df[y]))
    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="sum", sort=False)
    grid = grid.reindex(index=ys, columns=xs)
    values = grid.to_numpy(dtype="float64")
    text = [
        [value_format.format(v) if v and v == v else "" for v in row] for row in values
    ]
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=_esc(xs),
            y=_esc(ys),
            text=text,
            texttemplate="%{text}",
            textfont={"size": 12},
            colorscale=palette.SEQUENTIAL,
            zmin=0,
            xgap=2,
            ygap=2,
            hoverinfo="skip",
            colorbar={
                "thickness": 12,
                "outlinewidth": 0,
                "tickformat": ".0%" if "%" in value_format else None,
            },
        )
    )
    fig.add_scatter(
        x=_esc(df[x]),
        y=_esc(df[y]),
        mode="markers",
        marker={"symbol": "square", "size": 26, "opacity": 0},
        customdata=[[s] for s in selectors] if selectors is not None else None,
        hovertemplate=f"<b>%{{y}}</b> × <b>%{{x}}</b><br>{z.replace('_', ' ')}: "
        "%{text}<extra></extra>",
        text=[value_format.format(v) for v in df[z].fillna(0)],
        showlegend=False,
        selected={"marker": {"opacity": 0}},
        unselected={"marker": {"opacity": 0}},
    )
    fig.update_xaxes(
        categoryorder="array", categoryarray=_esc(xs), tickangle=-30, title=x_title,
        showgrid=False,
    )  # fmt: skip
    fig.update_yaxes(
        categoryorder="array", categoryarray=_esc(ys), autorange="reversed",
        title=y_title, showgrid=False,
    )  # fmt: skip
    height = max(360, 30 * len(ys) + 160)
    return layout.dashboard(fig, title=title, height=height, showlegend=False)


def actor_outlet_heatmap(
    df: pd.DataFrame, *, measure: str = "mentions", colours: Colours = None
) -> go.Figure:
    """Top actors (rows) × outlets (columns)."""
    fmt = "{:,.1f}" if measure == "per_1000" else "{:,.0f}"
    unit = _measure_title(measure, "mentions")
    fig = tile_heatmap(
        df,
        x="outlet",
        y="actor",
        z=measure,
        title=f"Actors by outlet ({unit})",
        selectors=[
            selector(actor=a, outlet=o)
            for a, o in zip(df.actor, df.outlet, strict=True)
        ],
        value_format=fmt,
    )
    _outlet_axis(fig, "x", list(dict.fromkeys(df.outlet)), colours)
    return fig


def cooccurrence_heatmap(df: pd.DataFrame) -> go.Figure:
    """Sentences that mention both actors."""
    return tile_heatmap(
        df,
        x="actor_b",
        y="actor_a",
        z="sentences",
        title="Actors named in the same sentence (sentences)",
        x_order=list(dict.fromkeys(df.actor_a)),
        selectors=[
            selector(actor=a, actor_b=b)
            for a, b in zip(df.actor_a, df.actor_b, strict=True)
        ],
    )


def source_kind_bar(df: pd.DataFrame, *, measure: str = "attributions") -> go.Figure:
    """Attributions by source kind (horizontal bars), one fixed colour per kind."""
    labels = [palette.label(k) for k in df.source_kind]
    top = float(df[measure].max() or 1)
    fig = go.Figure(
        go.Bar(
            x=df[measure],
            y=labels,
            orientation="h",
            marker_color=[
                palette.SOURCE_KIND_COLOURS.get(k, palette.GREY) for k in df.source_kind
            ],
            customdata=[[selector(source_kind=k)] for k in df.source_kind],
            text=[_value_text(v, measure) for v in df[measure]],
            textposition="outside",
            hovertemplate="<b>%{y}</b>: %{text}<extra></extra>",
            cliponaxis=False,
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], title=None)
    fig.update_xaxes(
        title=_measure_title(measure, "attributions"),
        tickformat=".0%" if measure == "share" else None,
        range=[0, top * 1.15],
    )
    return layout.dashboard(
        fig, title="Who is cited: attributions by source kind", showlegend=False
    )


def _value_text(v: float, measure: str) -> str:
    if measure == "share":
        return f"{v:.0%}"
    if measure.endswith("per_1000"):
        return f"{v:.1f}"
    return f"{v:,.0f}"


def sources_bar(df: pd.DataFrame) -> go.Figure:
    """Most-cited sources, coloured by source kind."""
    fig = go.Figure()
    order = df.sort_values("attributions").source.tolist()
    _bars_by_category(
        fig, df, "source_kind", palette.SOURCE_KIND_COLOURS, x="attributions",
        y="source", select=lambda source, _: selector(source=source),
        hover="<b>%{y}</b>: %{x} attributions<extra></extra>",
    )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=_esc(order), title=None)
    fig.update_xaxes(title="attributions")
    return layout.dashboard(
        fig, title="Most-cited sources", height=max(320, 26 * len(df) + 120)
    )


def source_kinds_by_outlet(
    df: pd.DataFrame,
    *,
    measure: str = "attributions",
    colours: Colours = None,
    min_articles: int = 0,
) -> go.Figure:
    """Stacked horizontal bars: each outlet's attributions split by source kind, the
    outlets in the frame's order (`query.sources.source_kinds_by_outlet` sorts them by
    what is shown). Each outlet shows its n; one with fewer than `min_articles`
    articles is hatched and named "too few"."""
    fig = go.Figure()
    outlets = list(dict.fromkeys(df.outlet))
    per_outlet = df.drop_duplicates("outlet").set_index("outlet")
    few = {o: bool(per_outlet.articles[o] < min_articles) for o in outlets}
    for category, colour in palette.SOURCE_KIND_COLOURS.items():
        rows = df[df.source_kind == category]
        if rows.empty:
            continue
        name = palette.label(category)
        fig.add_bar(
            x=rows[measure],
            y=_esc(rows.outlet),
            orientation="h",
            name=name,
            marker={
                "color": colour,
                "pattern": {
                    "shape": [FEW_PATTERN if few[o] else "" for o in rows.outlet]
                },
            },
            customdata=[
                [selector(outlet=o, source_kind=category)] for o in rows.outlet
            ],
            hovertemplate=f"<b>%{{y}}</b><br>{name}: %{{x}}<extra></extra>",
        )
    if any(few.values()):
        _few_legend(fig, min_articles, "article", "attributions")
    fig.update_layout(barmode="stack")
    fig.update_yaxes(
        categoryorder="array", categoryarray=_esc(outlets)[::-1], title=None
    )
    notes = [few_note(int(per_outlet.outlet_attributions[o]), few[o]) for o in outlets]
    _outlet_axis(fig, "y", outlets, colours, notes)
    fig.update_xaxes(
        title=_measure_title(measure, "attributions"),
        tickformat=".0%" if measure == "share" else None,
    )
    return layout.dashboard(
        fig, title="Source kinds by outlet", height=max(320, 40 * len(outlets) + 140)
    )


SANKEY_LABEL = 30  # characters of a Sankey node's label; the hover has the whole name


def attribution_sankey(df: pd.DataFrame, *, colours: Colours = None) -> go.Figure:
    """Flows outlet -> relaying source -> claimed origin, widths = claims."""
    outlets = list(dict.fromkeys(df.outlet))
    relays = list(dict.fromkeys(df.relay))
    origins = list(dict.fromkeys(o for o in df.origin if o != "(direct)"))
    raw = outlets + relays + origins
    names = _esc(raw)
    # a long name would run into the next column's labels: cut it (before escaping, so
    # no entity is cut in half), keep it whole in the hover
    labels = _esc(
        [n if len(n) <= SANKEY_LABEL else n[: SANKEY_LABEL - 1] + "…" for n in raw]
    )
    index_outlet = {o: i for i, o in enumerate(outlets)}
    index_relay = {r: len(outlets) + i for i, r in enumerate(relays)}
    index_origin = {o: len(outlets) + len(relays) + i for i, o in enumerate(origins)}
    colours = {**palette.outlet_colours(outlets), **(colours or {})}
    second = df.groupby(["outlet", "relay"], sort=False).claims.sum().reset_index()
    third = (
        df[df.origin != "(direct)"]
        .groupby(["relay", "origin"], sort=False)
        .claims.sum()
    )
    third = third.reset_index()
    source = [index_outlet[o] for o in second.outlet] + [
        index_relay[r] for r in third.relay
    ]
    target = [index_relay[r] for r in second.relay] + [
        index_origin[o] for o in third.origin
    ]
    value = second.claims.tolist() + third.claims.tolist()
    link_colour = [_alpha(colours[o], 0.35) for o in second.outlet] + [
        "rgba(120,120,120,0.3)"
    ] * len(third)
    # Sources keep their source-kind colour; a name seen with several kinds takes
    # its commonest one across the flows shown.
    kinds = pd.concat(
        [
            df[["relay", "relay_kind", "claims"]].set_axis(["name", "kind", "n"], axis=1),
            df[["origin", "origin_kind", "claims"]].set_axis(["name", "kind", "n"], axis=1),
        ]
    ) if {"relay_kind", "origin_kind"} <= set(df.columns) else pd.DataFrame(
        columns=["name", "kind", "n"]
    )  # fmt: skip
    kind_of = (
        kinds.dropna().groupby(["name", "kind"]).n.sum().reset_index()
        .sort_values("n", ascending=False).drop_duplicates("name")
        .set_index("name").kind.to_dict()
    )  # fmt: skip
    node_colour = [colours[o] for o in outlets] + [
        palette.SOURCE_KIND_COLOURS.get(kind_of.get(name, ""), palette.GREY)
        for name in relays + origins
    ]
    fig = go.Figure(
        go.Sankey(
            arrangement="snap",
            textfont={"color": "#1F2933", "size": 13},
            node={
                "label": labels,
                "customdata": names,
                "hovertemplate": "%{customdata}: %{value} claims<extra></extra>",
                "color": node_colour,
                "pad": 20,
                "thickness": 16,
                "line": {"width": 0},
            },
            link={
                "source": source,
                "target": target,
                "value": value,
                "color": link_colour,
                "hovertemplate": "%{source.label} → %{target.label}: %{value} claims"
                "<extra></extra>",
            },
        )
    )
    # room for every label: a node's label is one line beside it, so a column of n
    # nodes needs n lines whatever their flows (thin nodes would stack their labels)
    height = max(380, 34 * max(len(relays), len(origins), len(outlets)) + 120)
    return layout.dashboard(fig, title="Attribution chains: outlet → relaying source → claimed origin",
                   height=height)  # fmt: skip


def _baseline(fig: go.Figure, x: float, label: str) -> None:
    """A dashed vertical reference line, named in the legend rather than on the plot
    (where it would collide with bar labels)."""
    line = {"dash": "dash", "color": palette.BLACK, "width": 1.5}
    fig.add_vline(x=x, line=line)
    fig.add_scatter(x=[None], y=[None], mode="lines", line=line, name=label,
                    hoverinfo="skip")  # fmt: skip


def _alpha(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def unnamed_share_over_time(df: pd.DataFrame, *, freq: str = "week") -> go.Figure:
    """Two lines: share of claims with an unnamed source, and with no source at all."""
    fig = go.Figure()
    for kind, column in (("unnamed", "unnamed_share"), ("none", "none_share")):
        fig.add_scatter(
            x=df.period,
            y=df[column],
            name=palette.label(kind),
            mode="lines+markers",
            line={"color": palette.SOURCE_KIND_COLOURS[kind], "width": 3},
            marker={"size": 8},
            customdata=[
                [selector(source_kind=kind, period=p, freq=freq)] for p in df.period
            ],
            hovertemplate=f"{palette.label(kind)}: %{{y:.0%}}<extra>%{{x|%d %b %Y}}</extra>",
        )
    fig.update_yaxes(
        title="share of attributions", tickformat=".0%", rangemode="tozero"
    )
    layout.date_axis(fig, df.period, freq)
    return layout.dashboard(fig, title=f"Unnamed or no source, share per {freq}")


def reporting_verbs_heatmap(
    df: pd.DataFrame, *, measure: str = "share", colours: Colours = None
) -> go.Figure:
    """Reporting verbs (columns) by outlet (rows)."""
    fig = tile_heatmap(
        df,
        x="verb",
        y="outlet",
        z=measure,
        title="Reporting verbs by outlet"
        + (" (share of its attributions)" if measure == "share" else " (attributions)"),
        selectors=[
            selector(outlet=o, verb=v) for o, v in zip(df.outlet, df.verb, strict=True)
        ],
        value_format="{:.0%}" if measure == "share" else "{:,.0f}",
    )
    _outlet_axis(fig, "y", list(dict.fromkeys(df.outlet)), colours)
    return fig


def hedge_rate_by_outlet(
    df: pd.DataFrame,
    *,
    measure: str = "per_1000",
    colours: Colours = None,
    min_articles: int = 0,
) -> go.Figure:
    """Hedges and boosters by outlet, most hedged on top, with the hedge baseline of
    all matching articles as a dashed line. Each outlet shows its n (articles); one
    with fewer than `min_articles` is hatched, named "too few" and ranked below the
    others, so a three-article outlet never tops the ranking unmarked."""
    per = measure == "per_1000"
    hedge_col = "hedges_per_1000" if per else "hedges"
    booster_col = "boosters_per_1000" if per else "boosters"
    df = df.assign(few=df.articles < min_articles)
    df = df.sort_values(["few", hedge_col, "outlet"], ascending=[True, False, True])
    pattern = {"shape": [FEW_PATTERN if f else "" for f in df.few]}
    fig = go.Figure()
    # Horizontal groups stack their first trace lowest: boosters first puts hedges on top.
    for name, col, colour, sel in (
        ("Boosters (not hedges)", booster_col, palette.HEDGE_COLOURS[BOOSTER],
         {"category": BOOSTER}),
        ("Hedges", hedge_col, palette.HEDGE_COLOURS["modal"], {"hedged": True}),
    ):  # fmt: skip
        fig.add_bar(
            x=df[col],
            y=_esc(df.outlet),
            orientation="h",
            name=name,
            marker={"color": colour, "pattern": pattern},
            customdata=[[selector(outlet=o, **sel)] for o in df.outlet],
            text=[_value_text(v, col) for v in df[col]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=f"<b>%{{y}}</b>: %{{x}} {name.split()[0].lower()}<extra></extra>",
        )
    if per and len(df):
        baseline = float(df.baseline_per_1000.iloc[0])
        _baseline(fig, baseline, f"All matching articles: {baseline:.1f}")
    if df.few.any():
        _few_legend(fig, min_articles, "article", "articles")
    fig.update_layout(barmode="group", bargap=0.25, legend_traceorder="reversed")
    fig.update_yaxes(
        categoryorder="array", categoryarray=_esc(df.outlet)[::-1], title=None
    )
    notes = [few_note(a, f) for a, f in zip(df.articles, df.few, strict=True)]
    _outlet_axis(fig, "y", list(df.outlet), colours, notes)
    top = float(max(df[hedge_col].max(), df[booster_col].max(), 0) or 1)
    fig.update_xaxes(title="per 1,000 words" if per else "count", range=[0, top * 1.15])
    title = "Hedging by outlet" + (" (per 1,000 words)" if per else "")
    return layout.dashboard(fig, title=title, height=max(340, 56 * len(df) + 150))


def hedge_categories(df: pd.DataFrame, *, measure: str = "count") -> go.Figure:
    """Hedges by category (boosters are not hedges and are left out)."""
    rows = df[df.category.isin(HEDGE_CATEGORIES)]
    labels = [palette.label(c) for c in rows.category]
    top = float(rows[measure].max() or 1)
    fig = go.Figure(
        go.Bar(
            x=rows[measure],
            y=labels,
            orientation="h",
            marker_color=[palette.HEDGE_COLOURS[c] for c in rows.category],
            customdata=[[selector(category=c)] for c in rows.category],
            text=[_value_text(v, measure) for v in rows[measure]],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{y}</b>: %{text}<extra></extra>",
        )
    )
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], title=None)
    fig.update_xaxes(title=_measure_title(measure, "hedges"), range=[0, top * 1.15])
    return layout.dashboard(
        fig, title="Hedges by category", showlegend=False, height=340
    )


def hedges_over_time(
    df: pd.DataFrame, *, measure: str = "per_1000", freq: str = "week"
) -> go.Figure:
    """Hedges and boosters per period (per 1,000 words or counts)."""
    fig = go.Figure()
    for name, col, colour, sel in (
        ("Hedges", "hedges", palette.HEDGE_COLOURS["modal"], {"hedged": True}),
        ("Boosters", "boosters", palette.HEDGE_COLOURS[BOOSTER], {"category": BOOSTER}),
    ):
        column = f"{col}_per_1000" if measure == "per_1000" else col
        fig.add_scatter(
            x=df.period,
            y=df[column],
            name=name,
            mode="lines+markers",
            line={"color": colour, "width": 3},
            marker={"size": 8},
            customdata=[[selector(period=p, freq=freq, **sel)] for p in df.period],
            hovertemplate=f"{name}: %{{y}}<extra>%{{x|%d %b %Y}}</extra>",
        )
    fig.update_yaxes(title=_measure_title(measure, "count"), rangemode="tozero")
    layout.date_axis(fig, df.period, freq)
    return layout.dashboard(fig, title=f"Hedges and boosters per {freq}")


def cue_bar(
    df: pd.DataFrame, *, measure: str = "count", title: str = "Top hedge cues"
) -> go.Figure:
    """Horizontal bars of cues, coloured by hedge category."""
    fig = go.Figure()
    order = df.sort_values(measure).cue.tolist()
    _bars_by_category(
        fig, df, "category", palette.HEDGE_COLOURS, x=measure, y="cue",
        select=lambda cue, category: selector(cue=cue, category=category),
        hover="<b>%{y}</b>: %{x}<extra></extra>",
    )  # fmt: skip
    fig.update_yaxes(categoryorder="array", categoryarray=_esc(order), title=None)
    fig.update_xaxes(title=_measure_title(measure, "count"))
    return layout.dashboard(fig, title=title, height=max(320, 26 * len(df) + 120))


def actor_hedging(df: pd.DataFrame, *, min_sentences: int = 0) -> go.Figure:
    """Share of sentences naming each actor that are hedged, against all sentences;
    an actor named in fewer than `min_sentences` sentences is hatched and "too few"."""
    few = df.sentences < min_sentences
    fig = go.Figure(
        go.Bar(
            x=df.share,
            y=_esc(df.actor),
            orientation="h",
            marker={
                "color": palette.HEDGE_COLOURS["modal"],
                "pattern": {"shape": [FEW_PATTERN if f else "" for f in few]},
            },
            customdata=[[selector(actor=a, hedged=True)] for a in df.actor],
            text=[
                f"{s:.0%} of {n:,}" + (", too few" if f else "")
                for s, n, f in zip(df.share, df.sentences, few, strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="<b>%{y}</b>: %{text} sentences hedged<extra></extra>",
            name="Sentences naming the actor that are hedged",
        )
    )
    if len(df):
        baseline = float(df.baseline.iloc[0])
        _baseline(fig, baseline, f"All sentences: {baseline:.0%} hedged")
    if few.any():
        _few_legend(fig, min_sentences, "sentence", "sentences")
    fig.update_yaxes(
        categoryorder="array", categoryarray=_esc(df.actor)[::-1], title=None
    )
    top = float(max(df.share.max(), df.baseline.max(), 0.01))
    fig.update_xaxes(
        title="share of sentences hedged", tickformat=".0%", range=[0, top * 1.3]
    )
    return layout.dashboard(
        fig,
        title="Hedging in sentences that name the actor",
        height=max(320, 30 * len(df) + 140),
    )


def claims_bar(df: pd.DataFrame, *, measure: str = "sentences") -> go.Figure:
    """Sentences by source kind, split hedged / unhedged; unattributed unhedged
    sentences (bare assertions) in the alarm colour."""
    labels = [palette.label(k) for k in df.source_kind]
    share = measure == "share"
    total = df.sentences.where(df.sentences > 0)
    hedged = (df.hedged / total).fillna(0) if share else df.hedged
    unhedged = (df.unhedged / total).fillna(0) if share else df.unhedged
    bare = df.source_kind == palette.UNATTRIBUTED
    fig = go.Figure()
    fig.add_bar(
        x=hedged,
        y=labels,
        orientation="h",
        name="Hedged",
        marker_color=palette.HEDGED_COLOUR,
        customdata=[[selector(source_kind=k, hedged=True)] for k in df.source_kind],
        hovertemplate="<b>%{y}</b>, hedged: %{x}<extra></extra>",
    )
    fig.add_bar(
        x=unhedged,
        y=labels,
        orientation="h",
        name="Unhedged",
        marker_color=[
            palette.BARE_ASSERTION_COLOUR if b else palette.UNHEDGED_COLOUR
            for b in bare
        ],
        customdata=[[selector(source_kind=k, hedged=False)] for k in df.source_kind],
        text=["bare assertions" if b else "" for b in bare],
        textposition="inside",
        insidetextanchor="middle",
        textfont={"color": "white"},
        hovertemplate="<b>%{y}</b>, unhedged: %{x}<extra></extra>",
    )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], title=None)
    fig.update_xaxes(
        title="share of sentences" if share else "sentences",
        tickformat=".0%" if share else None,
    )
    return layout.dashboard(
        fig,
        title="Claims by source kind: hedged or not",
        height=max(340, 44 * len(df) + 140),
    )
