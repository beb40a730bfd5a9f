"""Files for the user to download: CSV that is safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

# A cell starting with one of these is run as a formula by Excel and LibreOffice.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot run as spreadsheet formulas (prefixed with ')."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(
                lambda v: (
                    "'" + v
                    if isinstance(v, str) and v.startswith(_FORMULA_START)
                    else v
                )
            )
    return out


def safe_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV of `df` exactly as shown, with spreadsheet formulas neutralised.

    Rows end in CRLF (RFC 4180): then a cell holding a lone "\r" is quoted too, where
    with "\n" line ends it was written bare and split its row in two.
    """
    return (
        neutralise_formulas(df)
        .to_csv(index=False, lineterminator="\r\n")
        .encode("utf-8")
    )
