"""Sizes of the quick and full runs, and the goals each key is held to (2-core machine)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mode", "quick_mode", "full_mode", "GOALS"]


@dataclass(frozen=True)
class Mode:
    name: str
    extract_docs: int
    extract_rounds: int
    scaling_docs: int
    build_docs: tuple[int, ...]
    jobs: int
    store_edges: int
    store_repeats: int
    push_edges: tuple[int, ...]
    push_repeats: int
    naive_sample: int
    batch_sizes: tuple[int, ...]
    plateau_edges: int
    path_edges: int
    path_pairs: int
    html_sizes: list[int]
    concurrent_docs: int = 300
    """Documents built (and pushed) while readers query the store and Neo4j."""
    decision_edges: int = 100_000
    """Edges of the store the review and merge figures take (bench/decisions.py)."""
    bulk_import: bool = False
    """Also time the offline first load (neo4j-admin import) of the biggest push graph:
    a server stop, import and start cost ~1 minute, more than quick mode can spend."""


def quick_mode() -> Mode:
    """Under 5 minutes: a 300-document build (10k estimated from its rate), Neo4j push of
    10^5 edges, 5k-node view."""
    return Mode("quick", extract_docs=20, extract_rounds=3, scaling_docs=60, build_docs=(300,),
                jobs=2, store_edges=1_000_000, store_repeats=1, push_edges=(100_000,),
                push_repeats=2, naive_sample=200, batch_sizes=(), plateau_edges=100_000,
                path_edges=1_000_000, path_pairs=15, html_sizes=[5000])


def full_mode() -> Mode:
    return Mode("full", extract_docs=150, extract_rounds=3, scaling_docs=200,
                build_docs=(1000, 10_000), jobs=2, store_edges=1_000_000, store_repeats=3,
                push_edges=(100_000, 1_000_000), push_repeats=3, naive_sample=1000,
                batch_sizes=(1000, 2500, 5000, 10_000, 20_000), plateau_edges=100_000,
                path_edges=1_000_000, path_pairs=50, html_sizes=[1000, 5000, 20_000],
                concurrent_docs=10_000, decision_edges=1_000_000, bulk_import=True)


GOALS: dict[str, tuple[str, float]] = {
    "extract_ratio_vs_spacy": (">=", 0.8),
    "extract_scaling_2proc": (">=", 1.6),
    "build_store_share_pct": ("<=", 10),
    "store_load_1m_edges_s": ("<=", 5),
    "store_save_1m_edges_s": ("<=", 10),
    "store_peak_mb_1m_edges": ("<=", 1500),
    "store_file_mb_1m_edges": ("<=", 400),
    "neo4j_push_rels_per_s": (">=", 20_000),
    "neo4j_push_speedup_vs_naive": (">=", 20),
    "neo4j_import_rels_per_s": (">=", 60_000),
    "cluster_scaling_2workers": (">=", 1.7),
    "html_20k_interactive_s": ("<=", 5),
    "path_shortest_p50_ms_local": ("<=", 100),
    "path_shortest_p50_ms_neo4j": ("<=", 200),
    "path_k4_top10_p50_ms": ("<=", 1000),
    "html_5k_interactive_s": ("<=", 5),
    "concurrent_read_errors": ("<=", 0),
}
