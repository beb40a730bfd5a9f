"""Roles from configuration: who edits, who views, who is asked to sign in."""

from __future__ import annotations

import pytest

from presswatch.access import (
    Role,
    Settings,
    WriteRefused,
    check_write,
    parse_editors,
    role,
)

EDITORS = frozenset({"ed@desk.example"})


def test_without_sign_in_the_local_user_edits():
    assert role(Settings()) is Role.EDITOR


def test_read_only_refuses_writes_to_everyone():
    local = Settings(read_only=True)
    team = Settings(sign_in=True, editors=EDITORS, read_only=True)
    assert role(local) is Role.VIEWER
    assert role(team, signed_in=True, email="ed@desk.example") is Role.VIEWER
    with pytest.raises(WriteRefused):
        check_write(role(local))


def test_with_sign_in_only_listed_addresses_edit():
    team = Settings(sign_in=True, editors=EDITORS)
    assert role(team) is Role.SIGNED_OUT
    assert role(team, signed_in=False, email="ed@desk.example") is Role.SIGNED_OUT
    assert role(team, signed_in=True, email="  Ed@Desk.Example ") is Role.EDITOR
    assert role(team, signed_in=True, email="reader@desk.example") is Role.VIEWER
    assert role(team, signed_in=True, email=None) is Role.VIEWER
    assert role(team, signed_in=True, email=["ed@desk.example"]) is Role.VIEWER


def test_an_unverified_address_never_edits():
    team = Settings(sign_in=True, editors=EDITORS)
    unverified = role(
        team, signed_in=True, email="ed@desk.example", email_verified=False
    )
    assert unverified is Role.VIEWER
    verified = role(team, signed_in=True, email="ed@desk.example", email_verified=True)
    assert verified is Role.EDITOR


def test_signed_in_with_no_editors_configured_is_a_viewer():
    assert (
        role(Settings(sign_in=True), signed_in=True, email="a@b.example") is Role.VIEWER
    )


def test_check_write_passes_an_editor_and_names_what_was_refused():
    check_write(Role.EDITOR, "upload files")
    with pytest.raises(WriteRefused, match="upload files"):
        check_write(Role.VIEWER, "upload files")
    with pytest.raises(WriteRefused):
        check_write(Role.SIGNED_OUT)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, set()),
        ("", set()),
        (
            "a@x.example, B@x.example;c@x.example\n d@x.example",
            {"a@x.example", "b@x.example", "c@x.example", "d@x.example"},
        ),
        (["A@x.example", " ", 3, "b@x.example"], {"a@x.example", "b@x.example"}),
    ],
)
def test_parse_editors(value, expected):
    assert parse_editors(value) == expected


def test_parse_editors_refuses_a_number():
    with pytest.raises(ValueError, match="list of e-mail addresses"):
        parse_editors(42)


def test_settings_from_secrets_argv_and_environment():
    s = Settings.load(
        auth_section=True,
        configured_editors=["ed@desk.example"],
        argv=["dashboard.py", "--db", "x.duckdb"],
        env={"PRESSWATCH_EDITORS": "chief@desk.example"},
    )
    assert s == Settings(
        sign_in=True,
        editors=frozenset({"ed@desk.example", "chief@desk.example"}),
        read_only=False,
    )
    assert Settings.load(
        auth_section=False, argv=["dashboard.py", "--read-only"]
    ).read_only
    for value, expected in [("1", True), ("true", True), ("0", False), ("", False)]:
        env = {"PRESSWATCH_READ_ONLY": value}
        assert Settings.load(auth_section=False, env=env).read_only is expected
