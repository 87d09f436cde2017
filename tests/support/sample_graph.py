"""Hand-made extractions for tests that need a graph without running the model.

They go through the real store API (`LocalStore.merge`), so the shape tested
is the shape the pipeline writes.
"""

from __future__ import annotations

from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Evidence, Extraction, make_id, normalize_name

__all__ = ["actor", "document", "fact", "sample_store", "SAMPLE_TEXTS"]


def actor(name: str, type_: str, *roles: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(
        id=make_id("a", normalize_name(name)),
        name=name,
        type=type_,
        roles=list(roles),
        aliases=list(aliases),
        source="gazetteer",
    )


def document(text: str, title: str = "", url: str = "", date: str = "",
             path: str = "") -> Document:
    """A document read from `path` (default: a file named after its title, else its id:
    two documents never share a file by accident, since a file read again replaces)."""
    doc_id = Document.id_for(text)
    return Document(
        id=doc_id,
        title=title or text.split(".")[0],
        text=text,
        url=url,
        date=date,
        path=path or f"{title or doc_id.replace(':', '-')}.txt",
    )


def fact(
    doc: Document,
    source: Actor,
    rel: str,
    target: Actor,
    quote: str,
    claimant: Actor | None = None,
    status: str = "stated",
) -> Edge:
    start = doc.text.index(quote)
    evidence = Evidence(
        document=doc.id,
        quote=quote,
        start=start,
        end=start + len(quote),
        document_title=doc.title,
        url=doc.url,
        date=doc.date,
        extractor="test",
    )
    return Edge(
        source=source.id,
        target=target.id,
        type=rel,
        claimant=claimant.id if claimant else "",
        status=status,
        evidence=[evidence],
    )


HAN_DONG = actor("Han Dong", "Person", "MP")
DIPLOMAT = actor("Senior Chinese diplomat (unnamed)", "Person", "Diplomat")
CHINA = actor("People's Republic of China", "State", aliases=("China", "PRC", "Beijing"))
CANADA = actor("Canada", "State")
NSICOP = actor(
    "National Security and Intelligence Committee of Parliamentarians",
    "Committee",
    aliases=("NSICOP",),
)
LEBLANC = actor("Dominic LeBlanc", "Person", "Minister", aliases=("Dominic Leblanc",))
LIBERAL = actor("Liberal Party of Canada", "Party", aliases=("Liberal",))
MPS = actor("Canadian parliamentarians (unnamed)", "Person", "MP", "Senator")
INDIA = actor("India", "State")

SAMPLE_TEXTS = (
    "Han Dong spoke to a senior Chinese diplomat. The diplomat works for China. "
    "Han Dong is a former Liberal MP.",
    "NSICOP alleges that parliamentarians knowingly assisted India. "
    "Minister Dominic LeBlanc refused to comment on the committee's allegations. "
    "China interfered in Canada.",
    "Han Dong spoke to a senior Chinese diplomat.",
)


def sample_extractions() -> list[Extraction]:
    first, second, third = (
        document(t, title=f"Article {i}") for i, t in enumerate(SAMPLE_TEXTS, 1)
    )
    return [
        Extraction(
            first,
            [HAN_DONG, DIPLOMAT, CHINA, LIBERAL],
            [
                fact(
                    first,
                    HAN_DONG,
                    "SPOKE_WITH",
                    DIPLOMAT,
                    "Han Dong spoke to a senior Chinese diplomat.",
                ),
                fact(first, DIPLOMAT, "WORKS_FOR", CHINA, "The diplomat works for China."),
                fact(
                    first, HAN_DONG, "FORMER_MEMBER_OF", LIBERAL, "Han Dong is a former Liberal MP."
                ),
            ],
            {HAN_DONG.id: 2, DIPLOMAT.id: 2, CHINA.id: 1, LIBERAL.id: 1},
        ),
        Extraction(
            second,
            [NSICOP, MPS, INDIA, LEBLANC, CHINA, CANADA],
            [
                fact(
                    second,
                    MPS,
                    "ALLEGED_ASSISTANCE",
                    INDIA,
                    "NSICOP alleges that parliamentarians knowingly assisted India.",
                    NSICOP,
                    "alleged",
                ),
                fact(
                    second,
                    LEBLANC,
                    "REFUSED_COMMENT",
                    NSICOP,
                    "Minister Dominic LeBlanc refused to comment on the committee's allegations.",
                ),
                fact(
                    second,
                    CHINA,
                    "INTERFERED_IN",
                    CANADA,
                    "China interfered in Canada.",
                    NSICOP,
                    "alleged",
                ),
            ],
            {NSICOP.id: 2, MPS.id: 1, INDIA.id: 1, LEBLANC.id: 1, CHINA.id: 1, CANADA.id: 1},
        ),
        Extraction(
            third,
            [HAN_DONG, DIPLOMAT],
            [
                fact(
                    third,
                    HAN_DONG,
                    "SPOKE_WITH",
                    DIPLOMAT,
                    "Han Dong spoke to a senior Chinese diplomat.",
                ),
            ],
            {HAN_DONG.id: 1, DIPLOMAT.id: 1},
        ),
    ]


def sample_store(path=None) -> LocalStore:
    store = LocalStore(path)
    for extraction in sample_extractions():
        store.merge(extraction)
    return store
