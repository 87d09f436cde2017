"""The package's layers, read from its imports: folders import only the layers below them,
and no module imports itself back through others.

Why a test: the tree reads as the flow (document -> mentions -> resolution -> relations ->
store -> queries -> views -> CLI) only while the imports agree; one convenient import the
wrong way round turns two folders into one tangle. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_FOLDERS = ("graph", "loaders", "queries", "views", "cli", "seeds")

LAYERS = {
    "graph": 0, "seeds": 0,
    "loaders": 1, "queries": 1,
    "views": 2,
    "api": 3,
    "__init__": 4,
    "cli": 5,
}
"""Top folders (and the root's modules) by layer: each imports only lower layers or its own."""

LOADER_STAGES = {
    "formats": 0, "vocabulary": 0, "text": 1, "documents": 1,
    "mentions": 2, "resolution": 3, "relations": 4,
    "assemble": 5, "extractor": 6, "contract": 6, "scoring": 6,
    "workers": 7, "cluster": 8, "pipeline": 9,
}
"""Inside loaders/: the flow from a file to a build."""


def _modules() -> dict[str, Path]:
    files = [ROOT / "__init__.py", ROOT / "api.py"]
    files += [f for folder in PACKAGE_FOLDERS for f in (ROOT / folder).rglob("*.py")]
    out = {}
    for path in files:
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(["figraph", *parts])] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every figraph module `name` imports, at the top or inside a function."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [f"{target}.{alias.name}" for alias in node.names] + [target]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found.update(c for c in candidates if c in MODULES and c != name)
    return found


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def _part(name: str, depth: int) -> str:
    parts = name.split(".")
    return parts[depth] if len(parts) > depth else "__init__"


def test_no_module_imports_a_layer_above_its_own() -> None:
    wrong = {name: sorted(t for t in IMPORTS[name]
                          if LAYERS[_part(t, 1)] > LAYERS[_part(name, 1)]) for name in MODULES}
    assert not {k: v for k, v in wrong.items() if v}


def test_no_loader_imports_a_later_stage() -> None:
    wrong = {}
    for name in (n for n in MODULES if n.startswith("figraph.loaders.")):
        mine = LOADER_STAGES.get(_part(name, 2))
        later = sorted(t for t in IMPORTS[name] if t.startswith("figraph.loaders.")
                       and mine is not None and LOADER_STAGES.get(_part(t, 2), -1) > mine)
        if later:
            wrong[name] = later
    assert not wrong


def test_no_module_imports_itself_back() -> None:
    """No cycle of imports between modules (a package's __init__ handing names on from its
    own modules aside)."""
    edges = {n: {t for t in ts if not (MODULES[t].name == "__init__.py" and n.startswith(t))}
             for n, ts in IMPORTS.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for start in sorted(edges):
        if start not in state:
            visit(start, [start])
    assert not cycles, cycles


def test_the_layers_cover_every_folder() -> None:
    """A new top folder or loader stage is placed in a layer before its imports are read."""
    assert {_part(n, 1) for n in MODULES} <= set(LAYERS)
    assert {_part(n, 2) for n in MODULES if n.startswith("figraph.loaders.")} \
        <= set(LOADER_STAGES) | {"__init__", "data"}
