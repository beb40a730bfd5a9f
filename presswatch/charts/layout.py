"""The one figure layout of PressWatch: the dashboard's (title top left, legend in its own
band, height kept whatever the legend takes) and the briefing's fixed-size export frame
(title and caption inside the figure, so a cut-out PNG still says what it shows)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from presswatch.charts import palette
from presswatch.markup import escape_plotly

FONT = {"family": "Source Sans Pro, Arial, sans-serif", "size": 14}
EXPORT_FONT = {"family": "Arial, Helvetica, sans-serif", "size": 13}
EXPORT_WIDTH = 1000  # px of a briefing figure (its PNG is twice that)

TITLE_PX = 44  # the title's band at the top of every figure
LEGEND_ROW_PX = 24
LEGEND_WIDTH_PX = 420  # a half-width column at 1280 px: legends wrap at this width


def legend_rows(fig: go.Figure) -> int:
    """How many rows the horizontal legend takes (0 if the figure shows none)."""
    if fig.layout.showlegend is False:
        return 0
    names = [
        t.name
        for t in fig.data
        if t.name and t.showlegend is not False and t.type not in ("sankey", "heatmap")
    ]
    rows, used = 0, LEGEND_WIDTH_PX
    for name in dict.fromkeys(names):
        width = 48 + 7 * len(name)
        if used + width > LEGEND_WIDTH_PX:
            rows, used = rows + 1, 0
        used += width
    return rows


def dashboard(
    fig: go.Figure, *, title: str, height: int = 420, **kwargs: object
) -> go.Figure:
    """Title top left, legend in its own band under the title (so it never meets an
    axis), plain white plot; plot height is kept whatever the legend takes."""
    # Stacked bars list their legend bottom-up by default; keep the drawing order.
    fig.update_layout(**{"legend_traceorder": "normal", **kwargs})
    rows = legend_rows(fig)
    top = TITLE_PX + LEGEND_ROW_PX * rows + (8 if rows else 0)
    height += LEGEND_ROW_PX * rows
    fig.update_layout(
        title={
            "text": escape_plotly(title),
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1 - 12 / height,
            "yanchor": "top",
            "yref": "container",
            "font": {"size": 18},
            "pad": {"l": 8},
        },
        font=FONT,
        height=height,
        margin={"l": 10, "r": 16, "t": top, "b": 10},
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 1 - TITLE_PX / height,
            "yanchor": "top",
            "xref": "container",
            "x": 0.01,
            "title": None,
        },
        hoverlabel={"font_size": 13},
        plot_bgcolor="white",
    )
    fig.update_xaxes(automargin=True, gridcolor="#EEEEEE")
    fig.update_yaxes(automargin=True, gridcolor="#EEEEEE")
    return fig


def wrap(text: str, width: int = 150) -> str:
    """Break a caption into <br>-joined lines at its " · " separators where possible,
    each line escaped for plotly (captions carry outlet names and searches)."""
    lines: list[str] = []
    for part in text.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
        else:
            lines.append(part)
    return "<br>".join(escape_plotly(line) for line in lines)


def export(fig: go.Figure, *, title: str, caption: str, rows: int) -> go.Figure:
    """Fixed size, light look, the title and the `caption` (wrapped) inside the figure;
    the height grows with the `rows` of bars."""
    caption = wrap(caption)
    lines = caption.count("<br>") + 1
    # title and caption hang from the top edge; the legend sits between them and plot
    top = 84 + 16 * lines
    fig.update_layout(
        template="plotly_white",
        width=EXPORT_WIDTH,
        height=max(380, top + 110 + 34 * rows),
        margin={"t": top, "l": 10, "r": 30, "b": 60},
        title={
            "text": escape_plotly(title),
            "subtitle": {
                "text": caption,
                "font": {"size": 11, "color": palette.CAPTION_GREY},
            },
            "x": 0.01,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 14},
        },
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.0,
            "x": 0,
            "title": None,
            "traceorder": "normal",
        },
        font=EXPORT_FONT,
    )
    return fig


DAY_FORMAT = "%-d %b %Y"
PERIOD_FORMAT = {"day": DAY_FORMAT, "week": DAY_FORMAT, "month": "%b %Y"}
EACH_TICKS = 8  # up to this many dates, at most this many periods apart: a tick on each
MONDAY_WEEKS = 32  # weeks up to this span tick on Mondays, the days their bars start
# A lone date gets a range of this much either side, not a sliver of a day.
_HALF = {"day": 1, "week": 4, "month": 16}


def _span(first: pd.Timestamp, last: pd.Timestamp, freq: str) -> int:
    """Periods from `first` to `last` (0 when they are the same)."""
    if freq == "month":
        return (last.year - first.year) * 12 + last.month - first.month
    return (last - first).days // (7 if freq == "week" else 1)


def date_axis(fig: go.Figure, dates: object, freq: str = "day") -> None:
    """Dates on the x axis as dates, in the period's format: plotly ticks a span of a
    few days by the hour ("00:00 03:00 ... / Mar 2, 2026") and a week's end as
    "23:59:59.999 Sep 13". `dates` are the points' dates (days, or the first day of
    each period of `freq`: "day", "week" or "month").

    - Up to EACH_TICKS dates at most EACH_TICKS periods apart: a tick on each (nine
      dates in eight days, or scattered ones such as "1-7 Mar" and "1 Dec", keep
      plotly's spacing, whose labels do not pile up).
    - Weeks over up to MONDAY_WEEKS: ticks on Mondays, every week or every few, since
      plotly's weekly ticks fall on Sundays, a day before each bar's week.
    - A lone date: a range around it.
    - The last label may widen the right margin (plotly hides a slanted label that
      would pass the figure's edge, often the latest date).
    Points with a time of day keep plotly's ticks."""
    days = pd.DatetimeIndex(sorted(pd.to_datetime(pd.Series(dates)).dropna().unique()))
    if days.tz is not None:
        days = days.tz_localize(None)
    if days.empty or (days != days.normalize()).any():
        return
    first, last = days[0], days[-1]
    span = _span(first, last, freq)
    axis: dict[str, object] = {
        "type": "date",
        "tickformat": PERIOD_FORMAT[freq],
        "ticklabeloverflow": "allow",
    }
    if len(days) <= EACH_TICKS and span <= EACH_TICKS:
        axis |= {"tickmode": "array", "tickvals": [d.strftime("%Y-%m-%d") for d in days]}
    elif freq == "week" and span <= MONDAY_WEEKS:
        step = -(-span // EACH_TICKS)  # weeks between ticks: at most 8 intervals
        monday = first - pd.Timedelta(days=first.weekday())
        axis |= {"tickmode": "linear", "tick0": monday.strftime("%Y-%m-%d"),
                 "dtick": 7 * 86_400_000 * step}  # fmt: skip
    if len(days) == 1:
        half = pd.Timedelta(days=_HALF[freq])
        axis["range"] = [str(first - half), str(first + half)]
    fig.update_xaxes(**axis)
