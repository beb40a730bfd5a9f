"""PressWatch: actors, source attribution and hedging across a collection of news articles."""

from pathlib import Path

__version__ = "0.2.0"

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_path(name: str) -> Path:
    """Path of a bundled file in data/ (sample corpus, default store). The rule files
    are read through `presswatch.nlp.rules`, which honours $PRESSWATCH_DATA_DIR."""
    return DATA_DIR / name
