"""The library stays free of Streamlit: pages -> ui -> presswatch, imports point down."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "presswatch").rglob("*.py")), ids=str)
def test_library_never_imports_streamlit_or_ui(path: Path):
    assert not {"streamlit", "ui", "pages"} & imported_modules(path)


@pytest.mark.parametrize("path", sorted((ROOT / "ui").rglob("*.py")), ids=str)
def test_ui_never_imports_pages(path: Path):
    assert "pages" not in imported_modules(path)
