"""A person's review of edges: confirm, reject, retype; decisions every build applies.

Why here and not in the views: a decision must outlive the store. It is kept in
`decisions.json` beside the merges (`Decisions.edges`), names the edge by the parts its
id hashes (source, type, target, claimant, status), and is looked up again by the id
those parts give under the current merges: a decision made before a merge follows the
edge onto the kept actor, and a rebuild into a fresh store meets it again.

- `confirmed`: the edge stays, marked confirmed (`--reviewed` keeps it).
- `rejected`: the quotes it had at that moment are set aside (out of the graph, still in
  the store for an undo); a later document repeating one of those quotes is set aside
  too, while a new, different quote proposes the edge again, marked `reproposed`.
- `retyped`: the sentences move onto the same ends under another relation type.

`EdgeRules.place` says where one sentence (one piece of evidence) goes under the
current decisions; `place_edges` applies it to whole edges. The build (through
`Decisions.apply`) and every change to the stored graph (`figraph.graph.regroup`) go through
it, so a build and a re-derivation always agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .model import Edge, Evidence, make_id

__all__ = ["EdgeDecision", "EdgeRules", "Placed", "place_edges", "quote_key", "edge_key",
           "combine_review", "DECISION_KINDS"]

DECISION_KINDS = ("confirmed", "rejected", "retyped")
Parts = tuple[str, str, str, str, str]
"""(source, type, target, claimant, status): what an edge id hashes."""


def edge_key(parts: Parts) -> str:
    source, rel_type, target, claimant, status = parts
    return make_id("e", source, rel_type, target, claimant, status)


def quote_key(quote: str) -> str:
    """A quote compared as a reader would: case and spacing aside."""
    return " ".join(quote.split()).casefold()


@dataclass
class EdgeDecision:
    """One person's decision about one edge, as `decisions.json` keeps it."""

    edge: str
    """The id the edge had when decided (for the person; lookups use `parts`)."""
    decision: str
    source: str
    type: str
    target: str
    claimant: str = ""
    status: str = "stated"
    note: str = ""
    to: str = ""
    """The new relation type of a `retyped` edge."""
    quotes: list[str] = field(default_factory=list)
    """A `rejected` edge's quotes (`quote_key`): these never bring it back."""
    at: str = ""

    @classmethod
    def of(cls, edge: dict[str, Any], decision: str, note: str = "", to: str = "",
           quotes: Iterable[str] = ()) -> EdgeDecision:
        stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        return cls(edge=edge["id"], decision=decision, source=edge["source"],
                   type=edge["type"], target=edge["target"], claimant=edge.get("claimant") or "",
                   status=edge.get("status") or "stated", note=note, to=to,
                   quotes=sorted(set(quotes)), at=stamp)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EdgeDecision:
        if data.get("decision") not in DECISION_KINDS:
            raise ValueError(f"unknown edge decision {data.get('decision')!r}")
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        for optional in ("note", "to", "quotes", "claimant"):
            if not data[optional]:
                del data[optional]
        return data

    def parts(self, canonical: Callable[[str], str]) -> Parts:
        claimant = canonical(self.claimant) if self.claimant else ""
        return (canonical(self.source), self.type, canonical(self.target), claimant, self.status)


@dataclass
class Placed:
    """Where a build or a re-derivation puts sentences: the graph, or set aside."""

    edges: dict[str, Edge] = field(default_factory=dict)
    aside: dict[str, Edge] = field(default_factory=dict)
    """Rejected edges (`review == "rejected"`) and edges whose two ends a merge made one
    actor (source == target): out of the graph, kept so a decision can be undone."""


class EdgeRules:
    """The edge decisions in force under the current merges, by the edge id they name."""

    def __init__(self, decisions: Iterable[EdgeDecision], canonical: Callable[[str], str]):
        self.canonical = canonical
        self.by_key: dict[str, EdgeDecision] = {}
        for decision in decisions:  # in the order made: a later decision on an edge wins
            self.by_key[edge_key(decision.parts(canonical))] = decision

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def final(self, origin: Parts) -> Parts:
        """Where a sentence extracted as `origin` stands now: ends moved by merges, then
        type changed by retypes (each retype followed once, so a cycle ends)."""
        source, rel_type, target, claimant, status = origin
        parts = (self.canonical(source), rel_type, self.canonical(target),
                 self.canonical(claimant) if claimant else "", status)
        seen: set[str] = set()
        while True:
            key = edge_key(parts)
            decision = self.by_key.get(key)
            if decision is None or decision.decision != "retyped" or key in seen:
                return parts
            seen.add(key)
            parts = (parts[0], decision.to, parts[2], parts[3], parts[4])

    def rejects(self, key: str, quote: str) -> bool:
        decision = self.by_key.get(key)
        return bool(decision and decision.decision == "rejected"
                    and quote_key(quote) in decision.quotes)

    def state(self, edge: Edge) -> tuple[str, str]:
        """The review state and note of an edge in the graph, from its evidence."""
        decision = self.by_key.get(edge.id)
        if decision is not None and decision.decision == "confirmed":
            return "confirmed", decision.note
        if decision is not None and decision.decision == "rejected":
            return "reproposed", decision.note or "rejected before"
        every = [o for e in edge.evidence for o in (e.origin or [[]])]
        if every and all(o and o[1] != edge.type for o in every):
            return "retyped", "was " + ", ".join(sorted({o[1] for o in every}))
        return "", ""


@dataclass(frozen=True)
class Origin:
    """Where the extraction put a sentence: the edge's parts, and the date the sentence
    gave that edge (empty when it gave none)."""

    parts: Parts
    date: str = ""
    date_text: str = ""

    def entry(self) -> list[str]:
        """As `Evidence.origin` keeps it: source, type, target, claimant[, date, text]."""
        ends = list(self.parts[:4])
        return [*ends, self.date, self.date_text] if self.date else ends


def origins(evidence: Evidence, edge: Edge) -> list[Origin]:
    """Where the extraction put this sentence (its edge, unless a decision moved it)."""
    if evidence.origin:
        return [Origin((o[0], o[1], o[2], o[3], edge.status), *(list(o[4:6]) + ["", ""])[:2])
                for o in evidence.origin]
    parts = (edge.source, edge.type, edge.target, edge.claimant, edge.status)
    if edge.date and _dates(edge, evidence):
        return [Origin(parts, edge.date, edge.date_text)]
    return [Origin(parts)]


def place_edges(edges: Iterable[Edge], rules: EdgeRules) -> Placed:
    """Every sentence of `edges` put where the decisions say, folded into final edges,
    each graph edge with its review state. The input edges are not changed."""
    placed = Placed()
    for edge in edges:
        for evidence in edge.evidence:
            for origin in origins(evidence, edge):
                _place(placed, rules, edge, evidence, origin)
    for edge in placed.edges.values():
        edge.review, edge.review_note = rules.state(edge)
    for key, edge in placed.aside.items():
        decision = rules.by_key.get(key)
        if edge.review == "rejected" and decision is not None:
            edge.review_note = decision.note
    return placed


def _place(placed: Placed, rules: EdgeRules, edge: Edge, evidence: Evidence,
           origin: Origin) -> None:
    parts = rules.final(origin.parts)
    key = edge_key(parts)
    loop = parts[0] == parts[2]
    rejected = not loop and rules.rejects(key, evidence.quote)
    table = placed.aside if loop or rejected else placed.edges
    target = table.get(key)
    if target is None:
        target = table[key] = Edge(source=parts[0], type=parts[1], target=parts[2],
                                   claimant=parts[3], status=parts[4], hedges=list(edge.hedges),
                                   id=key, review="rejected" if rejected else "")
    if origin.date and not target.date:
        target.date, target.date_text = origin.date, origin.date_text
    _add(target, evidence, origin)


def _dates(edge: Edge, evidence: Evidence) -> bool:
    """Does this sentence give the edge its date? The date is read from the sentence that
    writes it, so a sentence moved elsewhere takes the date along only if it holds it;
    a date no sentence of the edge writes goes with every one of them."""
    written = edge.date_text
    return (not written or written in evidence.quote
            or not any(written in e.quote for e in edge.evidence))


def _add(target: Edge, evidence: Evidence, origin: Origin) -> None:
    """Add the sentence to `target`, remembering its origin when it is not the target's
    own (other ends or type, or a date the target does not have): the same sentence
    arriving from two origins is kept once with both."""
    own = [target.source, target.type, target.target, target.claimant]
    entry = origin.entry()
    stays = entry[:4] == own and origin.date in ("", target.date)
    for item in target.evidence:
        if item.key == evidence.key:
            known = item.origin or [own + ([target.date, target.date_text]
                                           if target.date and _dates(target, item) else [])]
            if entry not in known:
                item.origin = [*known, entry]
            return
    copy = Evidence(**{**evidence.__dict__, "origin": [] if stays else [entry],
                       "context": list(evidence.context)})
    target.evidence.append(copy)


def combine_review(attrs: dict[str, Any], incoming: Edge) -> None:
    """The review of a stored edge (its attrs) that a build adds sentences to. Decisions
    give both the same state, except `retyped`, which holds only while every sentence was
    retyped. Empty fields are left out, as the store writes them."""
    stored = attrs.pop("review", "")
    note = attrs.pop("review_note", "") or incoming.review_note
    if stored == incoming.review:
        state = stored
    elif "retyped" in (stored, incoming.review) and "" in (stored, incoming.review):
        state = ""
    else:
        state = stored or incoming.review
    if state:
        attrs["review"] = state
    if state and note:
        attrs["review_note"] = note
