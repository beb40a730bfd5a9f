"""AppTest of the roles in the app: the local user, read-only mode, sign-in with editors
and viewers. (The real sign-in through an OpenID provider is tests/e2e/test_auth.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard.py")
EDITOR = "ed@desk.example"
# What secrets.toml holds when sign-in is on (values invented; no provider is reached).
SECRETS = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "an-invented-secret-for-the-tests-only-0123456789",
        "client_id": "presswatch",
        "client_secret": "invented",
        "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
    },
    "presswatch": {"editors": [EDITOR]},
}
WRITE_KEYS = (
    "upload_files",
    "upload_go",
    "aliases_save",
    "media_save",
    "media_reparse",
)


def frame(*, secrets: dict | None = None, user: dict | None = None) -> AppTest:
    """The app's first run (on Overview): AppTest keeps the frame's sidebar only here."""
    at = AppTest.from_file(APP, default_timeout=60)
    if secrets is not None:
        at.secrets = secrets
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def sidebar_captions(at: AppTest) -> str:
    return " | ".join(c.value for c in at.sidebar.caption)


def data_page(*, secrets: dict | None = None, user: dict | None = None) -> AppTest:
    at = frame(secrets=secrets, user=user)
    at.switch_page("pages/data.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def write_controls(at: AppTest) -> set[str]:
    """The keys of the write widgets drawn on the page."""
    drawn = {b.key for b in at.button if b.key in WRITE_KEYS}
    if at.get("file_uploader"):
        drawn.add("upload_files")
    return drawn


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_without_sign_in_the_local_user_can_write(dash_env):
    at = data_page()
    assert write_controls(at) == set(WRITE_KEYS)
    assert "Store file" in [c.value for c in at.caption]


def test_read_only_mode_draws_no_write_control(dash_env, monkeypatch):
    monkeypatch.setenv("PRESSWATCH_READ_ONLY", "1")
    at = data_page()
    assert write_controls(at) == set()
    assert metrics(at)["Articles"] == "8"  # the corpus is still there to see
    assert "Store file" not in [c.value for c in at.caption]
    assert "Read-only" in sidebar_captions(frame())


def test_a_signed_out_visitor_sees_only_the_sign_in_page(dash_env):
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets = SECRETS
    at.user = {"is_logged_in": False}
    at.query_params["q"] = "bridge"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.metric and not at.get("plotly_chart") and not at.dataframe
    assert not at.sidebar.multiselect  # no filters either: they list outlets and actors


def test_a_listed_editor_can_write(dash_env):
    user = {"is_logged_in": True, "email": EDITOR.upper()}
    assert write_controls(data_page(secrets=SECRETS, user=user)) == set(WRITE_KEYS)
    at = frame(secrets=SECRETS, user=user)
    assert [b.label for b in at.sidebar.button] == ["Sign out"]
    assert (
        sidebar_captions(at)
        .replace("\\", "")
        .replace("\u2060", "")
        .endswith("ED@DESK.EXAMPLE · editor")
    )


def test_another_signed_in_user_only_views(dash_env):
    user = {"is_logged_in": True, "email": "reader@desk.example"}
    at = data_page(secrets=SECRETS, user=user)
    assert write_controls(at) == set()
    assert metrics(at)["Articles"] == "8"
    assert sidebar_captions(frame(secrets=SECRETS, user=user)).endswith("· viewer")


def test_an_unverified_editor_address_only_views(dash_env):
    user = {"is_logged_in": True, "email": EDITOR, "email_verified": False}
    assert write_controls(data_page(secrets=SECRETS, user=user)) == set()


def test_a_click_kept_from_an_editor_session_is_not_carried_out(
    dash_env, tmp_path, monkeypatch
):
    """The page drew the save button for an editor; the session is then a viewer's
    (editors list changed, or a forged widget event): the click writes nothing."""
    import shutil

    from presswatch import DATA_DIR

    shutil.copy(DATA_DIR / "aliases.csv", tmp_path / "aliases.csv")
    monkeypatch.setenv("PRESSWATCH_DATA_DIR", str(tmp_path))
    before = (tmp_path / "aliases.csv").stat().st_mtime_ns
    at = data_page(secrets=SECRETS, user={"is_logged_in": True, "email": EDITOR})
    save = at.button(key="aliases_save")
    at.user = {"is_logged_in": True, "email": "reader@desk.example"}
    save.click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert (tmp_path / "aliases.csv").stat().st_mtime_ns == before
    assert not any("Saved" in s.value for s in at.success)


def _guarded_write(marker: str) -> None:
    import streamlit as st

    from ui import auth

    auth.require_editor("write the marker")
    st.session_state["wrote"] = marker


@pytest.mark.parametrize(
    ("env", "user", "writes"),
    [
        ({}, None, True),
        ({"PRESSWATCH_READ_ONLY": "1"}, None, False),
        ({"PRESSWATCH_EDITORS": EDITOR}, {"is_logged_in": True, "email": EDITOR}, True),
        ({}, {"is_logged_in": True, "email": "reader@desk.example"}, False),
        ({}, {"is_logged_in": False}, False),
    ],
)
def test_require_editor_refuses_a_write_from_anyone_else(
    env, user, writes, monkeypatch
):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    at = AppTest.from_function(_guarded_write, args=("done",))
    if user is not None:
        at.secrets = {"auth": SECRETS["auth"]}
        at.user = user
    at.run()
    assert not at.exception
    assert ("wrote" in at.session_state) is writes
    if not writes:
        assert [e.value for e in at.error] == ["Only editors may write the marker."]
