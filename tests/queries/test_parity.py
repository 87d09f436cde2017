"""Every query on both backends over the same graph: the results must be equal.

The graph (tests/support/query_graph.py) is merged into a real Neo4j server
through the Neo4j store's own `merge`, the same path a build or a push takes;
then each query's networkx twin and Cypher twin are run with the same
parameters and their `to_dict()` compared. Skips cleanly while the server
fixture (tests/support/neo4j_server.py, started once per run) is not available.
"""

from __future__ import annotations

import pytest
from figraph.queries import QUERIES
from query_graph import (
    CASES,
    build_store,
    extractions,
)

pytestmark = pytest.mark.neo4j






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
        pytest.skip("no neo4j_server fixture (tests/support/neo4j_server.py) in this checkout")
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
