"""Graphs shaped like a real investigation's, at any size, for the views' readability tests.

What a build of a few dozen affair articles gives, scaled: a few foreign states and
agencies linked to a large share of the actors, a skewed popularity among the others
(a few people in every story, most in one), unnamed placeholders ("Senior Chinese
diplomat (unnamed)") hanging on the person they met, small separate stories of two or
three actors, and a tenth of the actors mentioned but linked to no one. Names are long
and alike, as real ones are ("Ministry of ... of Canada"). Seeded: the same graph for
the same size. Built through `LocalStore.merge`, the shape the pipeline writes.
"""

from __future__ import annotations

import random

from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id

__all__ = ["investigation_store"]

FIRST = ("Michael", "Jenny", "Han", "Erin", "Kenny", "Marie-Josée", "Dominic", "Pierre",
         "Melanie", "Chrystia", "Wei", "Li", "Raj", "Sukh", "Jagmeet", "Vincent", "Maxime",
         "Gurpreet", "Jasraj", "Zhao", "Olivia", "Joe", "Bill", "Yasir", "Irwin", "Pamela")
LAST = ("Chong", "Kwan", "Dong", "O'Toole", "Chiu", "Hogue", "LeBlanc", "Poilievre", "Joly",
        "Freeland", "Zhang", "Singh", "Sajjan", "Ho", "Mulroney", "Tremblay", "Gill", "Dhaliwal",
        "Wang", "Liu", "Blair", "Morneau", "Naqvi", "Cotler", "Wernick", "Goldring")
BODIES = ("Ministry of Public Safety", "Department of Foreign Affairs", "Standing Committee on "
          "Procedure and House Affairs", "Office of the Commissioner of Elections",
          "Security and Intelligence Threats to Elections Task Force", "Rapid Response "
          "Mechanism", "Privy Council Office", "Communications Security Establishment",
          "United Front Work Department", "Ministry of State Security", "Chinese Students and "
          "Scholars Association", "Toronto Police Service", "Elections Canada")
PLACES = ("Canada", "Ontario", "Toronto", "Vancouver", "British Columbia", "Quebec", "Ottawa")
PLACEHOLDERS = ("Senior Chinese diplomat", "Chinese consular official", "Indian official",
                "Staffer of the MP", "Intermediary", "Foreign agent", "Campaign volunteer",
                "Security official")
HUBS = (("People's Republic of China", "State"), ("India", "State"), ("Russia", "State"),
        ("Canadian Security Intelligence Service", "Agency"), ("Government of Canada",
                                                                "Government"),
        ("Liberal Party of Canada", "Party"), ("Conservative Party of Canada", "Party"),
        ("House of Commons", "Legislature"), ("Public Inquiry into Foreign Interference",
                                               "Commission"))
LINKS = ("MET_WITH", "SPOKE_WITH", "WORKS_FOR", "MEMBER_OF", "SUPPORTED", "CRITICIZED",
         "BRIEFED", "INVESTIGATED", "ALLEGED_ASSISTANCE", "FUNDED", "INTERFERED_IN", "TARGETED")
TYPES = ("Person",) * 6 + ("Organization", "Agency", "Committee", "Media", "Party")


def investigation_store(n_actors: int, seed: int = 11) -> LocalStore:
    """About `n_actors` actors (exactly, once placeholders and lone actors are in)."""
    rng = random.Random(seed)
    documents = [_document(d) for d in range(max(3, n_actors // 12))]
    hubs = [_actor(name, kind) for name, kind in HUBS]
    n_placeholders = n_actors // 8
    n_alone = n_actors // 10
    n_pairs = n_actors // 40
    named = hubs + [_named(rng, i) for i in range(n_actors - len(hubs) - n_placeholders
                                                  - n_alone - 2 * n_pairs)]
    edges: list[tuple[Actor, str, Actor]] = []
    weights = [40.0] * len(hubs) + [1.0 + rng.paretovariate(1.3) for _ in named[len(hubs):]]
    for actor in named[len(hubs):]:
        for _ in range(1 + int(rng.random() < 0.45) + int(rng.random() < 0.15)):
            other = rng.choices(named, weights)[0]
            if other is not actor:
                edges.append((actor, rng.choice(LINKS), other))
    placeholders = []
    people = [a for a in named if a.type == "Person"]
    for k in range(n_placeholders):
        placeholder = _actor(f"{rng.choice(PLACEHOLDERS)} {k} (unnamed)", "Person")
        placeholders.append(placeholder)
        edges.append((rng.choice(people[: max(8, len(people) // 6)]), "MET_WITH", placeholder))
        if rng.random() < 0.3:
            edges.append((placeholder, "WORKS_FOR", hubs[rng.randrange(3)]))
    pairs = [_named(rng, 10_000 + k) for k in range(2 * n_pairs)]
    edges += [(pairs[2 * k], "MET_WITH", pairs[2 * k + 1]) for k in range(n_pairs)]
    alone = [_named(rng, 20_000 + k) for k in range(n_alone)]
    return _store(named + placeholders + pairs + alone, edges, documents, rng)


def _store(actors: list[Actor], links: list[tuple[Actor, str, Actor]],
           documents: list[Document], rng: random.Random) -> LocalStore:
    store = LocalStore()
    store.merge(Extraction(documents[0], actors, [], {a.id: 1 for a in actors}))
    by_document: dict[int, list[Edge]] = {}
    for source, kind, target in links:
        number = rng.randrange(len(documents))
        doc = documents[number]
        quote = f"{source.name} {kind.lower().replace('_', ' ')} {target.name}."
        alleged = kind in ("ALLEGED_ASSISTANCE", "FUNDED", "INTERFERED_IN", "TARGETED")
        by_document.setdefault(number, []).append(Edge(
            source.id, target.id, kind, claimant=actors[0].id if alleged else "",
            status="alleged" if alleged else "stated",
            evidence=[Evidence(doc.id, quote, 0, len(quote), doc.title, doc.url)]))
    for number, edges in sorted(by_document.items()):
        store.merge(Extraction(documents[number], [], edges))
    return store


def _named(rng: random.Random, k: int) -> Actor:
    kind = rng.choice(TYPES)
    if kind == "Person":
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if rng.random() < 0.5:
            name += f" {rng.choice(LAST)}"
    else:
        name = f"{rng.choice(BODIES)} of {rng.choice(PLACES)}"
    return _actor(f"{name} ({k})" if k >= 10_000 else f"{name} {k}", kind)


def _actor(name: str, kind: str) -> Actor:
    return Actor(id=make_id("a", name), name=name, type=kind, source="text")


def _document(number: int) -> Document:
    text = f"Article {number} on foreign interference. " * 3
    return Document(id=Document.id_for(text), title=f"Article {number}", text=text,
                    url=f"https://news.example.org/{number}", date="2024-06-03")
