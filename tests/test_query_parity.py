"""Every query on both backends over the same graph: the results must be equal.

The graph (tests/test_queries_local.py) is merged into a real Neo4j server
through the Neo4j store's own `merge`, the same path a build or a push takes;
then each query's networkx twin and Cypher twin are run with the same
parameters and their `to_dict()` compared. Skips cleanly while the server
fixture (tests/neo4j_server.py, started once per run) is not available.
"""

from __future__ import annotations

from typing import Any

import pytest
from figraph.queries import QUERIES
from test_queries_local import (
    CANADA,
    CHINA,
    DIPLOMAT,
    HAN_DONG,
    HOUSE,
    INDIA,
    KOVRIG,
    NSICOP,
    SPAVOR,
    build_store,
    extractions,
)

pytestmark = pytest.mark.neo4j


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


@pytest.fixture(scope="module")
def backends(request):
    """(networkx graph, Neo4j driver) holding the same graph."""
    try:
        from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
    except ImportError:
        pytest.skip("the Neo4j store is not available")
    try:
        server = request.getfixturevalue("neo4j_server")
    except pytest.FixtureLookupError:
        pytest.skip("no neo4j_server fixture (tests/neo4j_server.py) in this checkout")
    settings = Neo4jSettings(server.uri, server.user, server.password, server.database)
    neo = Neo4jStore.connect(settings)
    neo.ensure_schema()
    neo.wipe()
    local = build_store()
    for extraction in extractions():
        neo.merge(extraction)
    yield local.graph, neo.driver
    neo.wipe()
    neo.close()


@pytest.mark.parametrize(("name", "params"), CASES,
                         ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)])
def test_both_backends_agree(backends, name, params):
    graph, driver = backends
    local = QUERIES[name].run_local(graph, **params).to_dict()
    remote = QUERIES[name].run_neo4j(driver, **params).to_dict()
    assert remote == local


def test_every_query_is_covered():
    assert {name for name, _ in CASES} == set(QUERIES)


def test_names_resolve_the_same_on_neo4j(backends):
    from figraph.graph.lookup import find_actor
    from figraph.queries.runner import actor_graph

    graph, driver = backends
    names = actor_graph(driver)
    for typed in ("Minister LeBlanc", "MP Han Dong", "PRC", "Michael", "Kovrig", "nsicop"):
        assert find_actor(names, typed).actor == find_actor(graph, typed).actor, typed
