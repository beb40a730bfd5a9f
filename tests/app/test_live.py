"""The app notices articles written by another program while it is open."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

from presswatch.store import Store, sync
from ui import live


def _app() -> None:
    from ui import live

    live.notice()


def test_a_batch_written_meanwhile_is_announced(
    dash_env, tmp_path: Path, monkeypatch, nlp
):
    db = tmp_path / "live.duckdb"
    shutil.copy(dash_env, db)
    monkeypatch.setenv("PRESSWATCH_DB", str(db))
    at = AppTest.from_function(_app, default_timeout=60).run()
    assert not at.exception and not at.button
    shown = at.session_state["live_shown"]
    assert live.pending(shown) is None
    feed = tmp_path / "later.jsonl"
    feed.write_text(
        '{"id": "late-1", "text": "Elsa Varga said the bridge reopened."}\n'
        '{"id": "late-2", "text": "Lena Holt said freight prices fell."}\n'
    )
    sync.update([feed], Store(db), nlp)  # another writer, while the app is open
    assert live.pending(shown) == "2 new articles"
    at.run()  # the next full run shows the new version: nothing pending
    assert live.pending(at.session_state["live_shown"]) is None
