"""The evaluation contract: an Extraction as the JSON the scorer and users read.

Why a separate shape from the store's: the contract is what `figraph extract
--format json` prints and what hand-made gold files look like, so it must stay
small and stable (entities with names and aliases, relations with endpoint ids
and evidence sentences) whatever the store keeps beside.
"""

from __future__ import annotations

from typing import Any

from ..graph.model import Extraction

__all__ = ["to_contract"]


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """{"entities": [...], "relations": [...]} for one document."""
    entities = [
        {"id": a.id, "name": a.name, "type": a.type, "aliases": list(a.aliases),
         "roles": list(a.roles), "group": a.group, "source": a.source,
         "mentions": extraction.mentions.get(a.id, 0)}
        for a in extraction.actors
    ]
    relations = [
        {"source": e.source, "target": e.target, "type": e.type,
         "evidence": [ev.quote for ev in e.evidence], "claimant": e.claimant,
         "status": e.status, "hedges": list(e.hedges), "date": e.date,
         "extractor": sorted({ev.extractor for ev in e.evidence})}
        for e in extraction.edges
    ]
    return {"document": extraction.document.id, "entities": entities, "relations": relations}
