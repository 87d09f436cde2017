"""What the embedded store keeps for the person's decisions, and how a decision changes it.

Why a module of its own: `figraph.graph.local_store` is about keeping a graph on disk safely
(its format and versions, the lock, atomic and journalled saves). Merges, unmerges and
edge reviews need more than the graph: the edges a decision keeps out of it (`aside`:
rejected quotes, edges whose two ends a merge made one actor), what each actor folded
into another brought (`parts`), and the paragraph around each quote, which a store
written before version 4 lacks. Keeping that bookkeeping here keeps both topics small;
`LocalStore` takes these methods in as a base class, and the rules themselves live in
`figraph.graph.review` and `figraph.graph.regroup`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx

from .model import Actor, Document, Edge, Extraction, edge_attrs, evidence_dict
from .regroup import note_parts

if TYPE_CHECKING:
    from .decisions import Decisions

__all__ = ["DecisionBookkeeping"]


class DecisionBookkeeping:
    """The store's decision-related state and operations (a base class of LocalStore)."""

    graph: nx.MultiDiGraph
    aside: dict[str, dict[str, Any]]
    """Edge id -> an edge kept out of the graph by a decision; no query, view or push
    sees it, and an undo brings it back (`figraph.graph.regroup`)."""
    _documents: dict[str, dict[str, Any]]
    _evidence_keys: dict[str, set[tuple[str, int, int]]]
    _lacking: dict[str, list[dict[str, Any]]] | None
    """Document id -> stored evidence without context, found once per load."""

    def apply_decisions(self, decisions: Decisions) -> None:
        """Re-derive the stored graph under the decisions after a merge or an unmerge:
        actors folded or given back (`parts`), sentences moved (`origin`), edge reviews
        applied (see `figraph.graph.regroup`)."""
        from .regroup import regroup

        self.graph, self.aside = regroup(self.graph, self.aside, decisions.canonical,
                                         decisions.edge_rules())
        self._evidence_keys.clear()
        self._lacking = None

    def apply_edge_decision(self, decisions: Decisions,
                            edges: Iterable[tuple[str, str, str]]) -> set[str]:
        """Move the sentences of these edges (id, source, target) where the decisions now
        say (a confirm, reject or retype of one edge); returns the edge ids changed."""
        from .regroup import replace_edges

        changed = replace_edges(self.graph, self.aside, edges, decisions.edge_rules())
        for key in changed:
            self._evidence_keys.pop(key, None)
        return changed

    def fill_context(self, document: Document) -> int:
        """A stored document read again: give its evidence the context a store built before
        contexts were kept lacks (`figraph.graph.context`). Returns how many pieces got one.

        The first such document of a build finds every evidence without context in one
        pass; a document done is marked, so later builds skip it at once."""
        from .context import fill_context, lacking_context

        attrs = self._documents.get(document.id)
        if attrs is None or attrs.get("context_kept") or not document.text:
            return 0
        if self._lacking is None:
            edges = itertools.chain((d for _, _, d in self.graph.edges(data=True)),
                                    self.aside.values())
            self._lacking = lacking_context(edges)
        attrs["context_kept"] = True
        return fill_context(document.text, self._lacking.pop(document.id, []))

    def _note_parts(self, attrs: dict[str, Any], actor: Actor, document_id: str,
                    extraction: Extraction | None) -> None:
        """Before a node takes `actor` in: a node that absorbed others by a merge records
        what this document's actors brought to it (`figraph.graph.regroup.note_parts`)."""
        folded = extraction.parts.get(actor.id) if extraction is not None else None
        if folded or "parts" in attrs:
            count = extraction.mentions.get(actor.id, 0) if extraction is not None else 0
            note_parts(attrs, actor.id, folded or [(actor, count)], document_id)

    def _set_aside(self, edge: Edge) -> None:
        """Keep an edge a decision keeps out of the graph, with what was set aside before."""
        known = self.aside.get(edge.id)
        if known is None:
            self.aside[edge.id] = edge_attrs(edge)
            return
        have = {(e["document"], e["start"], e["end"]) for e in known["evidence"]}
        known["evidence"] += [evidence_dict(e) for e in edge.evidence if e.key not in have]
