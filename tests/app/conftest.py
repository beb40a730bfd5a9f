"""A small store of invented articles (fictional outlets, people and places) for the
dashboard's AppTests, and the app pointed at it through $PRESSWATCH_DB."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import streamlit as st

from presswatch.store import Store, sync

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _main_module_restored():
    """Streamlit's script runner makes the script it runs `sys.modules["__main__"]`
    and leaves it there: a process pool started later in this pytest process (e.g.
    tests/unit/test_workers.py) would have its workers re-run that vanished script
    (forkserver and spawn re-import the parent's main) and die."""
    main = sys.modules["__main__"]
    yield
    sys.modules["__main__"] = main

# Written for these tests: three fictional outlets over four weeks, named, unnamed and
# relayed sources, hedges and boosters.
DASH_ARTICLES = [
    {
        "id": "tide-1",
        "outlet": "Tidewater Post",
        "date": "2026-02-02",
        "title": "Norvania may close the Kessel bridge, officials say",
        "text": "Norvania may close the Kessel bridge next month, officials said on "
        "Monday. Transport minister Elsa Varga said the repairs could take weeks. "
        "The Kessel bridge carries most freight between Norvania and Ostland.",
    },
    {
        "id": "tide-2",
        "outlet": "Tidewater Post",
        "date": "2026-02-10",
        "title": "Ostland reportedly offers ferry help",
        "text": "Ostland has reportedly offered two ferries to Norvania, according to "
        "the Harbor Daily, citing the Ostland Transport Ministry. Elsa Varga "
        "confirmed that talks with Ostland had started.",
    },
    {
        "id": "tide-3",
        "outlet": "Tidewater Post",
        "date": "2026-02-17",
        "title": "Freight firms warn of delays",
        "text": "Freight firms warned that delays were likely to grow. Lena Holt, who "
        "heads the Norvania Freight Council, said prices might rise. "
        "The bridge will close on 1 March.",
    },
    {
        "id": "ledger-1",
        "outlet": "Valley Ledger",
        "date": "2026-02-03",
        "title": "Bridge closure clearly needed, Varga says",
        "text": "Elsa Varga said the Kessel bridge clearly needed repairs. "
        "The closure will cost Norvania millions. Ostland said it would help.",
    },
    {
        "id": "ledger-2",
        "outlet": "Valley Ledger",
        "date": "2026-02-11",
        "title": "Council approves ferry plan",
        "text": "The Norvania council approved the ferry plan on Wednesday. "
        "Councillor Piet Jansen said the ferries would start in March. "
        "The plan costs four million crowns.",
    },
    {
        "id": "ledger-3",
        "outlet": "Valley Ledger",
        "date": "2026-02-24",
        "title": "Ferries begin trial runs",
        "text": "The first ferries began trial runs on Tuesday. Piet Jansen confirmed "
        "that the timetable was ready. Passengers praised the service.",
    },
    {
        "id": "wire-1",
        "outlet": "Coastline Wire",
        "date": "2026-02-05",
        "title": "Ostland denies ferry report",
        "text": "Ostland denied a report that it had offered ferries to Norvania, "
        "according to the Ostland Transport Ministry. A senior diplomat said the "
        "offer was possibly still on the table.",
    },
    {
        "id": "wire-2",
        "outlet": "Coastline Wire",
        "date": "2026-02-19",
        "title": "Kessel bridge repairs may cost more",
        "text": "The repairs to the Kessel bridge may cost more than planned, the "
        "Harbor Daily reported, citing two engineers. Elsa Varga said the budget "
        "would probably rise. Lena Holt said firms were already paying more.",
    },
]


def write_articles(folder: Path, articles: list[dict]) -> Path:
    """The articles as a JSONL file (the format the Data page and the CLI read)."""
    path = folder / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def dash_db(tmp_path_factory, nlp) -> Path:
    """A store file holding the invented articles."""
    folder = tmp_path_factory.mktemp("dash")
    db = folder / "dash.duckdb"
    with Store(db) as store:
        report = sync.update([write_articles(folder, DASH_ARTICLES)], store, nlp)
    assert report.parsed == len(DASH_ARTICLES), report.summary()
    return db


@pytest.fixture
def dash_env(dash_db, monkeypatch) -> Path:
    """The app pointed at the invented store, with empty caches."""
    monkeypatch.setenv("PRESSWATCH_DB", str(dash_db))
    monkeypatch.chdir(ROOT)
    st.cache_data.clear()
    st.cache_resource.clear()
    return dash_db
