"""The editor of an editable data file (the alias table, the media list): the table,
what is wrong with it, a save button and, if asked, a CSV download."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

import pandas as pd
import streamlit as st

from presswatch import export
from presswatch.markup import escape_markdown
from presswatch.nlp import rules
from presswatch.store import editing


def data_file_editor(
    name: str,
    *,
    key: str,
    save_label: str,
    save: Callable[[pd.DataFrame], str],
    spinner: str | None = None,
    download_label: str | None = None,
) -> None:
    """Edit data file `name`: `save(table)` runs on the save button and returns the
    message shown after it. Widget keys are `{key}_editor`, `{key}_save`, `{key}_csv`."""
    try:
        table = editing.read_table(name)
    except rules.RuleFileError as err:
        st.error(escape_markdown(err.shown))  # the file's name, not its folder
        return
    edited = st.data_editor(
        table, num_rows="dynamic", hide_index=True, key=f"{key}_editor"
    )
    found = editing.problems(name, edited)
    for problem in found[:10]:
        st.error(escape_markdown(problem))
    if st.button(save_label, disabled=bool(found), key=f"{key}_save"):
        with st.spinner(spinner) if spinner else nullcontext():
            message = save(edited)
        st.success(message)
    if download_label:
        st.download_button(
            download_label,
            export.safe_csv(edited),
            icon=":material/download:",
            file_name=name,
            mime="text/csv",
            key=f"{key}_csv",
            on_click="ignore",
        )
