"""A store that cannot be opened stops the page with a short message of its own kind;
the details go to the server's log and only editors see the file's path."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def foreign_store(tmp_path, monkeypatch) -> Path:
    """A file at the store path that is not a DuckDB database at all."""
    path = tmp_path / "secret-folder" / "notes.duckdb"
    path.parent.mkdir()
    path.write_bytes(b"these are somebody's notes, not a database\n" * 100)
    monkeypatch.setenv("PRESSWATCH_DB", str(path))
    monkeypatch.setenv("PRESSWATCH_NO_SAMPLE", "1")
    st.cache_resource.clear()
    st.cache_data.clear()
    yield path
    st.cache_resource.clear()
    st.cache_data.clear()


def overview() -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    return at.run()


def messages(at: AppTest) -> str:
    return " ".join(e.value for e in [*at.error, *at.warning])


def test_a_foreign_file_says_so_with_its_path_for_the_editor(foreign_store, caplog):
    with caplog.at_level(logging.WARNING):
        at = overview()
    assert not at.exception, [e.value for e in at.exception]
    shown = messages(at).replace("\\", "")
    assert "not a PressWatch store, or it is damaged" in shown
    assert "busy" not in shown and "another program" not in shown
    assert "secret-folder" in shown  # the local user (an editor) is told which file
    assert str(foreign_store) in caplog.text  # and the server's log has it too


def test_a_viewer_is_not_told_the_servers_paths(foreign_store, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_READ_ONLY", "1")
    at = overview()
    assert not at.exception
    shown = messages(at)
    assert "not a PressWatch store" in shown
    assert "secret" not in shown and "notes" not in shown and "/" not in shown
