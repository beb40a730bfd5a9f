"""The shared sidebar filters, bound to the URL so a filtered view can be shared by link."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import streamlit as st
from streamlit.errors import StreamlitAPIException

from presswatch import query
from presswatch.charts import palette
from presswatch.records import SOURCE_KINDS, Filters
from presswatch.vocab import plural
from ui import data

# Widget keys; with bind="query-params" they are also the URL's parameter names.
KEYS = ("dates", "outlet", "actor", "source", "q", "copies")
# Rankings and rates mark (hatch, "too few") outlets and actors with less data than this.
MIN_ARTICLES, MIN_SENTENCES = 5, 10
_CURRENT = "_presswatch_filters"
_RESUME = "_presswatch_resume_page"
ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = "dashboard.py"


def _reset(lo: date | None, hi: date | None) -> None:
    """Set every filter back to its default (bound widgets change only this way)."""
    if lo and hi:
        st.session_state["dates"] = (lo, hi)
    for key in ("outlet", "actor", "source"):
        st.session_state[key] = []
    st.session_state["q"] = ""
    st.session_state["copies"] = False


def sidebar() -> Filters:
    """Draw the filters in the sidebar and return what they select (also kept for
    `current()` during this run)."""
    choices = data.choices()
    lo, hi = choices["dates"]
    with st.sidebar:
        st.markdown("### Filters")
        start = end = None
        if lo and hi:
            picked = st.date_input(
                "Published between",
                value=(lo, hi),
                min_value=lo,
                max_value=hi,
                key="dates",
                bind="query-params",
                format="YYYY-MM-DD",
            )
            start, end = _range(picked, lo, hi)
            # Streamlit's date field applies typed dates only when focus leaves the
            # whole field (Enter does nothing, Tab moves between its parts): this box
            # applies a typed range on Enter or Tab, through the field's own value.
            st.text_input(
                "Or type dates",
                key="dates_typed",
                placeholder="2026-09-07 to 2026-09-13",
                on_change=_apply_typed_dates,
                args=(lo, hi),
                help="One date or two (YYYY-MM-DD); Enter or Tab applies them.",
            )
            if st.session_state.get(_DATES_ERROR):
                st.error(st.session_state[_DATES_ERROR], icon=":material/event_busy:")
        outlets = st.multiselect(
            "Outlets",
            choices["outlets"],
            key="outlet",
            bind="query-params",
            placeholder="All outlets",
        )
        actors = st.multiselect(
            "Mentioning actors",
            choices["actors"],
            key="actor",
            bind="query-params",
            placeholder="Any actor",
            accept_new_options=True,  # the list holds the 500 most mentioned; type others
            help="Keeps articles that mention at least one of these actors. The list "
            "offers the most mentioned; type any other canonical name.",
        )
        kinds = st.multiselect(
            "Citing source kinds",
            list(SOURCE_KINDS),
            format_func=palette.label,
            key="source",
            bind="query-params",
            placeholder="Any source",
            help="Keeps articles with at least one attribution to a source of these kinds.",
        )
        search = st.text_input(
            "Search title and text",
            key="q",
            bind="query-params",
            placeholder="e.g. Patriot",
        )
        copies_once = st.toggle(
            "Count syndicated copies once",
            key="copies",
            bind="query-params",
            help="A story republished by other outlets (a copy: new headline, a "
            "sentence dropped or added, another dateline) counts once, as its original, "
            "in every count and chart.",
        )
        filters = Filters(
            start=start,
            end=end,
            outlets=tuple(outlets),
            actors=tuple(actors),
            source_kinds=tuple(kinds),
            search=search.strip(),
            copies_once=copies_once,
        )
        sc = data.table(query.base.scope, filters)
        st.markdown(
            f"**{plural(sc.articles, 'article')}** · **{plural(sc.sentences, 'sentence')}** "
            + ("matches" if sc.articles + sc.sentences == 2 else "match"),
            help="Articles and sentences left after all filters; every chart counts these.",
        )
        if filters != Filters():
            st.button(
                "Clear filters",
                on_click=_reset,
                args=(lo, hi),
                key="clear_filters",
                icon=":material/filter_alt_off:",
            )
        with st.expander("Small samples"):
            st.number_input(
                "Mark outlets with fewer articles than",
                min_value=0,
                value=MIN_ARTICLES,
                step=1,
                key="min_articles",
                bind="query-params",
                help='Rates and rankings by outlet hatch such outlets, say "too few" '
                "and rank them below the others. 0 marks none.",
            )
            st.number_input(
                "Mark actors named in fewer sentences than",
                min_value=0,
                value=MIN_SENTENCES,
                step=1,
                key="min_sentences",
                bind="query-params",
                help="The hedging-around-actors shares hatch such actors.",
            )
        st.caption("The address bar keeps these filters: copy it to share this view.")
    st.session_state[_CURRENT] = filters
    return filters


def min_articles() -> int:
    """Below how many articles an outlet's rate is marked as resting on too little."""
    return int(st.session_state.get("min_articles", MIN_ARTICLES))


def min_sentences() -> int:
    """Below how many sentences an actor's share is marked as resting on too little."""
    return int(st.session_state.get("min_sentences", MIN_SENTENCES))


_DATES_ERROR = "_presswatch_dates_error"
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def parse_dates(text: str, lo: date, hi: date) -> tuple[date, date]:
    """A typed range ("2026-09-07 to 2026-09-13", "2026-09-07 – 2026-09-13") or one
    day, kept within lo..hi; ValueError with a message for the user otherwise."""
    found = _ISO_DATE.findall(text)
    rest = _ISO_DATE.sub("", text).strip(" –—-to,;/")
    if not found or len(found) > 2 or rest:
        raise ValueError(f"Type one or two dates as YYYY-MM-DD, not “{text.strip()}”.")
    try:
        days = [date.fromisoformat("-".join(f"{int(x):02d}" for x in d.split("-")))
                for d in found]  # fmt: skip
    except ValueError as err:
        raise ValueError(f"Not a date: {err}.") from None
    start, end = min(days), max(days)
    if end < lo or start > hi:
        raise ValueError(f"No articles then: the store runs from {lo} to {hi}.")
    return max(start, lo), min(end, hi)


def _apply_typed_dates(lo: date, hi: date) -> None:
    """Put the typed dates into the date field (a callback: a bound widget's value
    may change only before it is drawn)."""
    text = st.session_state.get("dates_typed", "").strip()
    st.session_state[_DATES_ERROR] = ""
    if not text:
        return
    try:
        st.session_state["dates"] = parse_dates(text, lo, hi)
    except ValueError as err:
        st.session_state[_DATES_ERROR] = str(err)
        return
    st.session_state["dates_typed"] = ""


def _range(picked: object, lo: date, hi: date) -> tuple[date | None, date | None]:
    """Start and end of the date widget's value; the whole span means no restriction
    (so undated articles stay in)."""
    values = list(picked) if isinstance(picked, tuple | list) else [picked]
    values = [v for v in values if v]
    start = values[0] if values else None
    end = values[1] if len(values) > 1 else None
    if start == lo and end in (hi, None):
        start = None
    if end == hi:
        end = None
    return start, end


def current() -> Filters:
    """The filters the sidebar selected in this run (none when a page runs alone)."""
    if _CURRENT not in st.session_state:
        _through_the_frame()
    return st.session_state.get(_CURRENT, Filters())


def _through_the_frame() -> None:
    """Send a visit that skipped the app's frame back through it.

    When a link opens a page before `dashboard.py` ever ran in this server process,
    Streamlit runs the pages/ file alone (its old multipage mode): no sidebar, no
    filters. Go to the entrypoint instead, remembering the page and its URL filters;
    `resume_page` then opens that page inside the frame.
    """
    if not (ROOT / ENTRYPOINT).exists():
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    page = Path(urlparse(st.context.url or "").path).name
    st.session_state[_RESUME] = (page, params)
    try:
        st.switch_page(ENTRYPOINT, query_params=params)
    except StreamlitAPIException:  # a page run on its own (AppTest): show it unfiltered
        st.session_state.pop(_RESUME, None)


def resume_page() -> None:
    """Open the page a frameless visit asked for (see `_through_the_frame`)."""
    pending = st.session_state.pop(_RESUME, None)
    if pending and (ROOT / "pages" / f"{pending[0]}.py").exists():
        st.switch_page(f"pages/{pending[0]}.py", query_params=pending[1])
