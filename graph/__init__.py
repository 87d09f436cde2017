"""figraph: who is connected to whom in foreign-interference affairs, how, and on what evidence.

The library behind the `figraph` command. Flow, one direction:
document -> extraction (loaders) -> canonical actors and evidenced edges (model)
-> store (networkx file or Neo4j) -> queries -> views (terminal, HTML, Browser).
"""

__version__ = "0.1.0"
