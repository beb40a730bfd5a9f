"""The one writer of the invented claims corpora: each `make_corpus.py` adds its
articles with `art` and ends with `write(__file__)`, which puts them, each marked as
invented, in `articles.jsonl` beside it."""

import json
from pathlib import Path

MARK = "[Invented article for the claims test corpus: outlets, people and events are fictional.]"
_ARTICLES: list[dict] = []


def art(id, outlet, date, title, *sentences):
    _ARTICLES.append(
        {
            "id": id,
            "outlet": outlet,
            "published": date,
            "title": title,
            "text": "\n\n".join(sentences),
        }
    )


def write(script: str) -> None:
    with (Path(script).parent / "articles.jsonl").open("w", encoding="utf-8") as f:
        for a in _ARTICLES:
            f.write(
                json.dumps(a | {"text": a["text"] + "\n\n" + MARK}, ensure_ascii=False)
                + "\n"
            )
