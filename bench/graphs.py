"""Seeded synthetic stores of 10^5 and 10^6 edges, built through the real model and store.

Why through `LocalStore.merge`: the file it saves is exactly what a build
writes (edge attrs from `Edge.to_dict()`, evidence dicts, per-actor mentions,
documents beside the graph), so load, save, push and path figures are figures
of the real format, not of a lookalike.

Shape, like real networks of influence: one actor per ten edges; ten hubs (six
foreign states, four Canadian agencies) touch 2-50 % of all actors; the other
ends follow a skewed popularity (a few people in every story, most in one).
Each edge has one to three pieces of evidence from a pool of documents.

    python -m bench.graphs 1000000      # builds and caches bench/out/graph-1000000-7-v5/
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

from figraph.graph.local_store import VERSION, LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id, normalize_name

from .population import ADJECTIVES, Population

__all__ = ["HUBS", "synthetic_store", "cached_store", "EDGES_PER_ACTOR"]

OUT = Path(__file__).resolve().parent / "out"
EDGES_PER_ACTOR = 10
HUBS = (  # name, type, share of actors linked to it
    ("China", "State", 0.5), ("India", "State", 0.2), ("Canadian Security Intelligence Service",
                                                      "Agency", 0.1),
    ("Russia", "State", 0.08), ("Iran", "State", 0.05), ("Royal Canadian Mounted Police",
                                                         "Agency", 0.04),
    ("Pakistan", "State", 0.03), ("Global Affairs Canada", "Agency", 0.03),
    ("North Korea", "State", 0.02), ("Privy Council Office", "Agency", 0.02),
)
PERSON_LINKS = ("MET_WITH", "MET_WITH", "SPOKE_WITH", "SPOKE_WITH", "RELATED_TO", "SUPPORTED",
                "CRITICIZED", "WORKS_FOR")
STATE_LINKS = ("ALLEGED_ASSISTANCE", "FUNDED", "WORKS_FOR", "MET_WITH", "TARGETED")
AGENCY_LINKS = ("BRIEFED", "INVESTIGATED", "WARNED", "REPORTED_ON")


def synthetic_store(n_edges: int, seed: int = 7, path: Path | None = None) -> LocalStore:
    """A store (in memory) with exactly `n_edges` edges; `path` is where it would save."""
    rng = random.Random(seed)
    actors = _actors(max(100, n_edges // EDGES_PER_ACTOR), seed)
    documents = [_document(d) for d in range(max(10, n_edges // 100))]
    store = LocalStore(path)
    store.merge(Extraction(document=documents[0], actors=actors))
    per_document: dict[int, list[Edge]] = {}
    for edge, first_doc in _edges(actors, documents, n_edges, rng):
        per_document.setdefault(first_doc, []).append(edge)
    for number, edges in sorted(per_document.items()):
        mentions = {end: 1 for e in edges for end in (e.source, e.target)}
        store.merge(Extraction(document=documents[number], edges=edges, mentions=mentions))
    return store


def cached_store(n_edges: int, seed: int = 7) -> Path:
    """The folder of a saved synthetic store, built once and reused by later runs."""
    folder = OUT / f"graph-{n_edges}-{seed}-v{VERSION}"  # a new format is built anew
    if not (folder / "graph.json").exists():
        synthetic_store(n_edges, seed, folder).save()
    return folder


def _actors(n: int, seed: int) -> list[Actor]:
    hubs = [Actor(make_id("a", normalize_name(name)), name, kind, source="gazetteer")
            for name, kind, _ in HUBS]
    people = Population(n - len(hubs), seed).people
    return hubs + [
        Actor(make_id("a", normalize_name(p.name)), p.name, "Person", roles=[p.role],
              attributes={"party": p.party} if p.party else {}, source="ner")
        for p in people
    ]


def _document(number: int) -> Document:
    text = f"Synthetic story {number}."
    return Document(id=Document.id_for(text), title=f"Story {number}", text=text,
                    url=f"https://news.example/{number}", date=f"2024-{number % 12 + 1:02d}-01")


def _edges(actors: list[Actor], documents: list[Document], n_edges: int, rng: random.Random):
    """(edge, document number) pairs, distinct edge ids, exactly `n_edges` of them."""
    seen: set[str] = set()
    n_hubs = len(HUBS)
    people = range(n_hubs, len(actors))
    hub_pairs = [(hub, other) for hub, (_, _, share) in enumerate(HUBS)
                 for other in rng.sample(people, int(share * len(people)))]
    weights = list(itertools.accumulate(1.0 / (rank + 20) ** 0.8 for rank in people))
    while len(seen) < n_edges:
        if hub_pairs:
            hub, other = hub_pairs.pop()
            pair = (other, hub) if rng.random() < 0.7 else (hub, other)
        else:
            first, second = rng.choices(people, cum_weights=weights, k=2)
            if first == second:
                continue
            pair = (first, second)
        edge, doc = _edge(actors[pair[0]], actors[pair[1]], documents, rng)
        if edge.id not in seen:
            seen.add(edge.id)
            yield edge, doc


def _edge(a: Actor, b: Actor, documents: list[Document], rng: random.Random
          ) -> tuple[Edge, int]:
    kinds = {a.type, b.type}
    if "State" in kinds:
        kind = rng.choice(STATE_LINKS)
    elif "Agency" in kinds:
        kind = rng.choice(AGENCY_LINKS)
    else:
        kind = rng.choice(PERSON_LINKS)
    alleged = kind in ("ALLEGED_ASSISTANCE", "FUNDED", "TARGETED")
    numbers = sorted(rng.sample(range(len(documents)), rng.choice((1, 1, 1, 2, 3))))
    quote = _quote(a, b, kind)
    evidence = [Evidence(documents[n].id, quote, 40 * n, 40 * n + len(quote),
                         documents[n].title, documents[n].url, None, documents[n].date,
                         f"bench:{kind.lower()}") for n in numbers]
    edge = Edge(a.id, b.id, kind, claimant=make_id("a", "canadian security intelligence service")
                if alleged else "", status="alleged" if alleged else "stated",
                hedges=["allegedly"] if alleged and rng.random() < 0.3 else [],
                date=documents[numbers[0]].date, evidence=evidence)
    return edge, numbers[0]


def _quote(a: Actor, b: Actor, kind: str) -> str:
    other = ADJECTIVES.get(b.name, b.name)
    verb = kind.lower().replace("_", " ")
    return f"CSIS says {a.name}, a {a.roles[0] if a.roles else a.type}, {verb} {other} in 2021."


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(cached_store(size))
