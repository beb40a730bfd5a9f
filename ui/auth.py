"""Sign-in and roles in the app, on `presswatch.access` (which decides; this draws).

Without an `[auth]` section in `.streamlit/secrets.toml` the app serves one local user,
who edits. With one, Streamlit's `st.login` (OpenID Connect) signs people in: those
listed as editors may write, everyone else views, and a visitor who has not signed in
sees only the sign-in page. `--read-only` / $PRESSWATCH_READ_ONLY=1 refuses every write.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from presswatch import access
from presswatch.access import Role
from presswatch.markup import escape_markdown

log = logging.getLogger(__name__)


def _secrets() -> dict[str, Any]:
    """The `[auth]` and `[presswatch]` sections of the secrets ({} without a file).

    A secrets file that exists but cannot be read stops the app: running it as if
    sign-in were off would make every visitor an editor.
    """
    try:
        return {k: st.secrets[k] for k in ("auth", "presswatch") if k in st.secrets}
    except StreamlitSecretNotFoundError:
        files = [Path(p) for p in st.get_option("secrets.files")]
        if any(p.is_file() for p in files):
            log.error("a secrets file exists but could not be read: %s", files)
            st.error(
                "The app's secrets file could not be read, so nobody can sign in. "
                "The server log says why.",
                icon=":material/lock:",
            )
            st.stop()
        return {}


def settings() -> access.Settings:
    """The access configuration: secrets, command line (`--read-only`), environment."""
    secrets = _secrets()
    own = secrets.get("presswatch") or {}
    return access.Settings.load(
        auth_section=bool(secrets.get("auth")),
        configured_editors=own.get("editors") if isinstance(own, Mapping) else None,
        argv=sys.argv,
        env=os.environ,
    )


def role() -> Role:
    """The current visitor's role."""
    current = settings()
    if not current.sign_in:
        return access.role(current)
    user = st.user
    return access.role(
        current,
        signed_in=bool(user.get("is_logged_in")),
        email=user.get("email"),
        email_verified=user.get("email_verified"),
    )


def can_edit() -> bool:
    """Whether the current visitor may write (draw write controls only when True)."""
    return role() is Role.EDITOR


def require_editor(what: str = "change the data") -> None:
    """Refuse a write unless the visitor is an editor: call it right before each write.

    A refused write is logged and shown as a short message, and the run stops.
    """
    current = role()
    try:
        access.check_write(current, what)
    except access.WriteRefused as refused:
        log.warning("refused a write (%s) by a %s", what, current.value)
        st.error(str(refused), icon=":material/lock:")
        st.stop()


def _providers(auth: Mapping[str, Any]) -> list[str | None]:
    """The providers to offer: None for a single unnamed one, else each [auth.NAME]."""
    named = [name for name, value in auth.items() if isinstance(value, Mapping)]
    return [None] if "client_id" in auth or not named else named


def _sign_in_page() -> None:
    st.title("PressWatch")
    st.markdown("Sign in to see the dashboard.")
    auth = _secrets().get("auth") or {}
    for provider in _providers(auth):
        label = "Sign in" if provider is None else f"Sign in with {provider}"
        st.button(
            escape_markdown(label),
            type="primary",
            icon=":material/login:",
            key=f"sign_in_{provider or 'default'}",
            on_click=st.login,
            args=() if provider is None else (provider,),
        )


def gate() -> bool:
    """True when the visitor may see the dashboard. Otherwise the sign-in page is the
    only page (whatever the address asked for) and this returns False."""
    if role() is not Role.SIGNED_OUT:
        return True
    st.navigation(
        [st.Page(_sign_in_page, title="Sign in", url_path="sign-in")],
        position="hidden",
    ).run()
    return False


def sidebar() -> None:
    """Who is signed in and with what role, and a sign-out button; or the read-only note."""
    current = settings()
    with st.sidebar:
        if current.sign_in:
            email = st.user.get("email") or "signed in"
            st.caption(
                f"{escape_markdown(str(email))} · {role().value}"
                + (" (read-only dashboard)" if current.read_only else "")
            )
            st.button(
                "Sign out", icon=":material/logout:", key="sign_out", on_click=st.logout
            )
        elif current.read_only:
            st.caption("Read-only dashboard: uploads and edits are turned off.")
