"""Who may change what: the app's roles, decided from its configuration alone.

Three settings decide a visitor's role:

- sign-in: on when `.streamlit/secrets.toml` has an `[auth]` section (Streamlit's
  `st.login`, OpenID Connect); off, the app serves one local user, who edits;
- editors: the e-mail addresses allowed to write (uploads, alias and media edits,
  re-parse), from `[presswatch] editors` in secrets.toml or $PRESSWATCH_EDITORS;
- read-only: `--read-only` after `--` on the command line or $PRESSWATCH_READ_ONLY=1,
  which refuses every write to everyone (public viewing).

Nothing here draws anything or reads Streamlit: the ui layer passes the values in.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

READ_ONLY_FLAG = "--read-only"
_TRUE = {"1", "true", "yes", "on"}


class Role(enum.Enum):
    """What a visitor may do."""

    EDITOR = "editor"  # sees everything, may upload, edit the lists and re-parse
    VIEWER = "viewer"  # sees the dashboard, changes nothing
    SIGNED_OUT = "signed out"  # sign-in is on and they have not signed in: sees nothing


class WriteRefused(PermissionError):
    """A write was attempted by someone who may not write."""


@dataclass(frozen=True)
class Settings:
    """The app's access configuration."""

    sign_in: bool = False  # an [auth] section is configured
    editors: frozenset[str] = frozenset()  # normalised e-mail addresses
    read_only: bool = False

    @classmethod
    def load(
        cls,
        *,
        auth_section: bool,
        configured_editors: object = None,
        argv: Sequence[str] = (),
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        """Settings from the secrets (`auth_section`: is `[auth]` there;
        `configured_editors`: `[presswatch] editors`), the command line and the
        environment ($PRESSWATCH_EDITORS adds to the configured editors)."""
        env = env or {}
        editors = parse_editors(configured_editors) | parse_editors(
            env.get("PRESSWATCH_EDITORS", "")
        )
        read_only = READ_ONLY_FLAG in argv or (
            env.get("PRESSWATCH_READ_ONLY", "").strip().lower() in _TRUE
        )
        return cls(sign_in=auth_section, editors=editors, read_only=read_only)


def normalise_email(email: object) -> str:
    """An e-mail address compared without case or surrounding space ("" if none)."""
    return email.strip().casefold() if isinstance(email, str) else ""


def parse_editors(value: object) -> frozenset[str]:
    """Editors from a TOML list of addresses or a comma/space/newline separated string."""
    if value is None:
        return frozenset()
    items: Iterable[object]
    if isinstance(value, str):
        items = re.split(r"[\s,;]+", value)
    elif isinstance(value, Iterable):
        items = value
    else:
        raise ValueError(
            f"editors must be a list of e-mail addresses, not {type(value).__name__}"
        )
    return frozenset(e for e in map(normalise_email, items) if e)


def role(
    settings: Settings,
    *,
    signed_in: bool = False,
    email: object = None,
    email_verified: object = None,
) -> Role:
    """The role of a visitor, given whether they signed in and the identity's claims.

    Without sign-in everyone is the one local user: an editor, unless read-only. With
    sign-in, a visitor who has not signed in sees nothing; one whose (verified) e-mail
    is in the editors list edits; everyone else views. An address the provider marks
    as unverified (`email_verified` false) never edits.
    """
    if settings.sign_in and not signed_in:
        return Role.SIGNED_OUT
    if settings.read_only:
        return Role.VIEWER
    if not settings.sign_in:
        return Role.EDITOR
    address = normalise_email(email)
    if address and address in settings.editors and email_verified is not False:
        return Role.EDITOR
    return Role.VIEWER


def check_write(current: Role, what: str = "change the data") -> None:
    """Raise WriteRefused unless `current` may write."""
    if current is not Role.EDITOR:
        raise WriteRefused(f"Only editors may {what}.")
