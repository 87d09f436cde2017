"""The graph the query tests share, built through the real store API.

Han Dong spoke (and met) with a Chinese diplomat who works for China; NSICOP alleges
Han Dong assisted China, and that China interfered in Canada; China detained Kovrig and
Spavor; Canada is a hub linked to most actors. Used by the networkx query tests, the
parity tests against Neo4j and the CLI's path/neighbors/query tests.
"""

from __future__ import annotations

from typing import Any

from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import actor, document, fact

HAN_DONG = actor("Han Dong", "Person", "MP")
DIPLOMAT = actor("Senior Chinese diplomat (unnamed)", "Person", "Diplomat")
CHINA = actor("People's Republic of China", "State", aliases=("China", "PRC"))
CANADA = actor("Canada", "State")
INDIA = actor("India", "State")
NSICOP = actor("National Security and Intelligence Committee of Parliamentarians", "Committee",
               aliases=("NSICOP",))
LEBLANC = actor("Dominic LeBlanc", "Person", "Minister")
HOUSE = actor("House of Commons", "Legislature")
MPS = actor("Canadian parliamentarians (unnamed)", "Person", "MP")
KOVRIG = actor("Michael Kovrig", "Person")
SPAVOR = actor("Michael Spavor", "Person")
ALL = [HAN_DONG, DIPLOMAT, CHINA, CANADA, INDIA, NSICOP, LEBLANC, HOUSE, MPS, KOVRIG, SPAVOR]
CITIZENS = [HAN_DONG, KOVRIG, SPAVOR, LEBLANC, MPS, DIPLOMAT]

FIRST = ("Han Dong spoke to a senior Chinese diplomat. The diplomat works for China. "
         "China detained Michael Kovrig. China detained Michael Spavor. "
         "Han Dong sits in the House of Commons.")
SECOND = ("NSICOP alleges Han Dong assisted China. NSICOP says China interfered in Canada. "
          "Some parliamentarians sit in the House of Commons. "
          "NSICOP alleges that parliamentarians knowingly assisted India. "
          "Dominic LeBlanc refused to comment on NSICOP. Han Dong met the diplomat.")
THIRD = "Han Dong spoke to a senior Chinese diplomat about the two Michaels."
HUB = "They are Canadian."


def extractions() -> list[Extraction]:
    """The test graph, document by document, as a build would merge it."""
    one = document(FIRST, title="Article one", url="https://example.org/1", date="2024-06-03")
    two = document(SECOND, title="NSICOP report", date="2024-06-04")
    three = document(THIRD, title="Article three", date="2023-03-01")
    hub = document(HUB, title="Citizens")
    return [
        Extraction(one, ALL, [
            fact(one, HAN_DONG, "SPOKE_WITH", DIPLOMAT,
                 "Han Dong spoke to a senior Chinese diplomat."),
            fact(one, DIPLOMAT, "WORKS_FOR", CHINA, "The diplomat works for China."),
            fact(one, CHINA, "DETAINED", KOVRIG, "China detained Michael Kovrig."),
            fact(one, CHINA, "DETAINED", SPAVOR, "China detained Michael Spavor."),
            fact(one, HAN_DONG, "MEMBER_OF", HOUSE, "Han Dong sits in the House of Commons."),
        ]),
        Extraction(two, ALL, [
            fact(two, HAN_DONG, "ALLEGED_ASSISTANCE", CHINA,
                 "NSICOP alleges Han Dong assisted China.", NSICOP, "alleged"),
            fact(two, CHINA, "INTERFERED_IN", CANADA, "NSICOP says China interfered in Canada.",
                 NSICOP, "alleged"),
            fact(two, MPS, "MEMBER_OF", HOUSE,
                 "Some parliamentarians sit in the House of Commons."),
            fact(two, MPS, "ALLEGED_ASSISTANCE", INDIA,
                 "NSICOP alleges that parliamentarians knowingly assisted India.",
                 NSICOP, "alleged"),
            fact(two, LEBLANC, "REFUSED_COMMENT", NSICOP,
                 "Dominic LeBlanc refused to comment on NSICOP."),
            fact(two, HAN_DONG, "MET_WITH", DIPLOMAT, "Han Dong met the diplomat."),
        ]),
        Extraction(three, [HAN_DONG, DIPLOMAT], [
            fact(three, HAN_DONG, "SPOKE_WITH", DIPLOMAT,
                 "Han Dong spoke to a senior Chinese diplomat about the two Michaels."),
        ]),
        Extraction(hub, [CANADA, *CITIZENS],
                   [fact(hub, who, "RELATED_TO", CANADA, HUB) for who in CITIZENS]),
    ]


def build_store(path=None) -> LocalStore:
    """The test graph in a local store, merged through the real store API."""
    store = LocalStore(path)
    for extraction in extractions():
        store.merge(extraction)
    return store



def _cases() -> list[tuple[str, dict[str, Any]]]:
    works_for = next(e.id for e in build_store().edges() if e.type == "WORKS_FOR")
    return [
        ("shortest_path", {"source": HAN_DONG.id, "target": CHINA.id}),
        ("shortest_path", {"source": HAN_DONG.id, "target": CHINA.id, "confirmed_only": True}),
        ("shortest_path", {"source": CHINA.id, "target": HAN_DONG.id, "confirmed_only": True}),
        ("shortest_path", {"source": KOVRIG.id, "target": SPAVOR.id}),
        ("shortest_path", {"source": KOVRIG.id, "target": SPAVOR.id, "exclude": [CANADA.id]}),
        ("shortest_path", {"source": HAN_DONG.id, "target": INDIA.id,
                           "node_types": ["Person", "Legislature"]}),
        ("shortest_path", {"source": HAN_DONG.id, "target": KOVRIG.id,
                           "edge_types": "SPOKE_WITH,WORKS_FOR,DETAINED"}),
        ("shortest_path", {"source": HAN_DONG.id, "target": KOVRIG.id, "max_hops": 1}),
        ("all_paths", {"source": HAN_DONG.id, "target": CHINA.id, "max_hops": 3, "limit": 20}),
        ("all_paths", {"source": KOVRIG.id, "target": HAN_DONG.id, "max_hops": 4, "limit": 50,
                       "exclude": [CANADA.id]}),
        ("all_paths", {"source": HAN_DONG.id, "target": CHINA.id, "max_hops": 4, "limit": 2}),
        ("ego_network", {"actor": HAN_DONG.id}),
        ("ego_network", {"actor": HAN_DONG.id, "hops": 2, "exclude": [CANADA.id],
                         "confirmed_only": True}),
        ("allegations", {"actor": NSICOP.id}),
        ("allegations", {"actor": HAN_DONG.id, "side": "against"}),
        ("foreign_links", {"actor": HAN_DONG.id}),
        ("foreign_links", {"actor": HAN_DONG.id, "via": "Person,Legislature"}),
        ("foreign_links", {"actor": KOVRIG.id, "home": ["Canada", "china"]}),
        ("brokers", {"group_a": "MP", "group_b": "State", "exclude": [CANADA.id]}),
        ("brokers", {"group_a": "Person", "group_b": "State", "confirmed_only": True}),
        ("common_connections", {"a": KOVRIG.id, "b": SPAVOR.id}),
        ("common_connections", {"a": HAN_DONG.id, "b": HOUSE.id, "exclude": [CANADA.id]}),
        ("edge_documents", {"a": DIPLOMAT.id, "b": HAN_DONG.id}),
        ("edge_documents", {"edge": works_for}),
        ("timeline", {"actor": HAN_DONG.id}),
        ("timeline", {"actor": CHINA.id, "confirmed_only": True, "include_undated": False}),
    ]


CASES = _cases()
