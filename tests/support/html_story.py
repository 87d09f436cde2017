"""The story graph the HTML view tests share, and reading a page's embedded data back.

A few actors, documents and edges of an interference story, hostile names among them,
merged through the real store (`LocalStore.merge`), so the shape is the one a user's
store has. Used by tests/views (the unit tests, the browser tests and the actor page).
"""

from __future__ import annotations

import json
import re

from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id

HOSTILE = "<img src=x onerror=alert(1)>"
SCRIPT_CLOSER = "</script><script>window.__pwned = 1</script>"


def _actor(name: str, type_: str, **kw) -> Actor:
    return Actor(id=make_id("a", name), name=name, type=type_, **kw)


def _evidence(doc: Document, quote: str, page: int | None = None) -> Evidence:
    start = doc.text.find(quote)
    return Evidence(
        document=doc.id,
        quote=quote,
        start=max(start, 0),
        end=max(start, 0) + len(quote),
        document_title=doc.title,
        url=doc.url,
        page=page,
        date=doc.date,
        extractor="test",
    )


def story_store() -> LocalStore:
    """The seed article's story, plus one actor with a hostile name, in a real store."""
    text1 = (
        "NSICOP says MPs knowingly assisted India. "
        "Dominic LeBlanc refused to comment on the committee. "
        "Han Dong spoke with a Chinese diplomat. China interfered in the 2019 election. "
        f"{HOSTILE} met with Han Dong. {SCRIPT_CLOSER} funded nothing."
    )
    doc1 = Document(
        id=Document.id_for(text1),
        title="NSICOP report <coverage>",
        text=text1,
        url="https://example.org/nsicop?a=1&b=2",
        date="2024-06-03",
    )
    text2 = "Han Dong denied the allegation. The Hogue Commission found interference in 2021."
    doc2 = Document(
        id=Document.id_for(text2),
        title="Hogue Commission",
        text=text2,
        url="javascript:alert(2)",
        date="2025-01-28",
    )
    nsicop = _actor("NSICOP", "Committee", aliases=["Committee of Parliamentarians"])
    mps = _actor("Members of Parliament", "Person", roles=["MP"], group=True)
    india = _actor("India", "State")
    leblanc = _actor("Dominic LeBlanc", "Person", roles=["Minister"], aliases=["Leblanc"])
    dong = _actor("Han Dong", "Person", roles=["MP"], aliases=["Dong"])
    diplomat = _actor("Chinese diplomat", "Person", roles=["Diplomat"])
    china = _actor("China", "State", aliases=["People's Republic of China"])
    election = _actor("2019 federal election", "Legislature")
    hostile = _actor(HOSTILE, "Person", aliases=["hostile alias <b>"])
    closer = _actor(SCRIPT_CLOSER, "Organization")
    hogue = _actor("Hogue Commission", "Commission")
    q = doc1.text.split(". ")
    store = LocalStore()
    store.merge(
        Extraction(
            document=doc1,
            actors=[nsicop, mps, india, leblanc, dong, diplomat, china, election, hostile, closer],
            edges=[
                Edge(
                    mps.id,
                    india.id,
                    "ALLEGED_ASSISTANCE",
                    claimant=nsicop.id,
                    status="alleged",
                    hedges=["knowingly"],
                    evidence=[_evidence(doc1, q[0], page=12)],
                ),
                Edge(leblanc.id, nsicop.id, "REFUSED_COMMENT", evidence=[_evidence(doc1, q[1])]),
                Edge(
                    dong.id,
                    diplomat.id,
                    "SPOKE_WITH",
                    date="2021",
                    evidence=[_evidence(doc1, q[2])],
                ),
                Edge(
                    china.id,
                    election.id,
                    "INTERFERED_IN",
                    claimant=nsicop.id,
                    status="alleged",
                    date="2019",
                    evidence=[_evidence(doc1, q[3])],
                ),
                Edge(
                    hostile.id,
                    dong.id,
                    "MET_WITH",
                    evidence=[_evidence(doc1, HOSTILE + " met with Han Dong")],
                ),
                Edge(
                    closer.id,
                    dong.id,
                    "FUNDED",
                    claimant=hostile.id,
                    status="alleged",
                    evidence=[_evidence(doc1, SCRIPT_CLOSER + " funded nothing")],
                ),
            ],
            mentions={
                a.id: 1
                for a in (
                    nsicop,
                    mps,
                    india,
                    leblanc,
                    dong,
                    diplomat,
                    china,
                    election,
                    hostile,
                    closer,
                )
            },
        )
    )
    store.merge(
        Extraction(
            document=doc2,
            actors=[dong, hogue, china],
            edges=[
                Edge(
                    dong.id,
                    diplomat.id,
                    "SPOKE_WITH",
                    date="2021",
                    evidence=[_evidence(doc2, "Han Dong denied")],
                ),
                Edge(
                    dong.id,
                    nsicop.id,
                    "DENIED",
                    evidence=[_evidence(doc2, "Han Dong denied the allegation")],
                ),
                Edge(
                    china.id,
                    election.id,
                    "INTERFERED_IN",
                    claimant=hogue.id,
                    status="found",
                    date="2021",
                    evidence=[
                        _evidence(doc2, "The Hogue Commission found interference in 2021", page=3)
                    ],
                ),
            ],
            mentions={dong.id: 2, hogue.id: 1, china.id: 1},
        )
    )
    return store


def story_documents(store: LocalStore) -> dict[str, dict]:
    return {d["id"]: d for d in store.documents()}


def payload_of(page: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="figraph-data">(.*?)</script>', page, re.S
    )
    assert match, "no data block"
    return json.loads(match.group(1))


def actor_id(name: str) -> str:
    return make_id("a", name)
