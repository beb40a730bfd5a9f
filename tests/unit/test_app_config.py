"""The app's Streamlit settings that safety depends on."""

from __future__ import annotations

import tomllib
from pathlib import Path

from presswatch.store import uploads

CONFIG = tomllib.loads(
    (Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml").read_text()
)


def test_visitors_never_see_error_details():
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_the_servers_upload_cap_is_the_per_file_limit():
    assert CONFIG["server"]["maxUploadSize"] == uploads.MAX_UPLOAD_MB
