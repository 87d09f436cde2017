"""figraph: who is connected to whom in foreign-interference affairs, how, and on what evidence.

The library behind the `figraph` command. Flow, one direction:
document -> extraction (loaders) -> canonical actors and evidenced edges (model)
-> store (networkx file or Neo4j) -> queries -> views (terminal, HTML, Browser).

From Python or a notebook (see `figraph.api` and docs/notebook.ipynb):

    import figraph
    store = figraph.open_store("affair/.figraph")
    figraph.show(figraph.select(store, actors=["Han Dong"], hops=2))
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
API = ("build", "open_store", "select", "show", "find_actor_id", "reset_assets")
__all__ = ["__version__", *API]


def __getattr__(name: str) -> Any:
    """The API on first use: `import figraph` (and so `figraph --help`) stays instant."""
    if name in API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'figraph' has no attribute {name!r}")
