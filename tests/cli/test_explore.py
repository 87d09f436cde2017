"""`figraph path`, `neighbors` and `query` driven through the real CLI against a temporary store."""

from __future__ import annotations

import json

import pytest
import typer
from figraph.graph.model import Extraction
from figraph.queries import QUERIES
from query_graph import CANADA, build_store
from sample_graph import actor, document
from typer.testing import CliRunner

CHANS = ("Michael Chan", "Raymond Chan")


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """The project's app when it registers these commands, else one holding just them."""
    from figraph.cli import app as project_app

    names = {c.name for c in project_app.registered_commands}
    if {"path", "neighbors", "query"} <= names:
        return project_app
    from figraph.cli.explore import register

    own = typer.Typer()
    register(own)
    return own


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store")
    store = build_store(path)
    doc = document("Michael Chan and Raymond Chan.", title="Chans")
    store.merge(Extraction(doc, [actor(name, "Person") for name in CHANS]))
    store.save()
    return path


@pytest.fixture
def figraph(app, store_path):
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(app, [*args, "--store", str(store_path)], env=env)
    return invoke


def test_path_prints_the_chain_and_its_evidence(figraph):
    result = figraph("path", "MP Han Dong", "China", "--confirmed")
    assert result.exit_code == 0, result.output
    assert ("1. Han Dong -[SPOKE_WITH]-> Senior Chinese diplomat (unnamed) -[WORKS_FOR]-> "
            "People's Republic of China") in result.stdout
    assert "“Han Dong spoke to a senior Chinese diplomat.” — Article one (2024-06-03)" \
        in result.stdout
    assert "(also: MET_WITH)" in result.stdout


def test_arrows_keep_the_fact_direction_against_the_walk(figraph):
    result = figraph("path", "China", "Han Dong", "--confirmed")
    assert result.exit_code == 0
    assert ("People's Republic of China <-[WORKS_FOR]- Senior Chinese diplomat (unnamed) "
            "<-[SPOKE_WITH]- Han Dong") in result.stdout


def test_allegation_hops_name_claimant_and_status(figraph):
    result = figraph("path", "Han Dong", "PRC")
    assert result.exit_code == 0
    assert "Han Dong -[ALLEGED_ASSISTANCE]-> People's Republic of China" in result.stdout
    assert ("[claimed by National Security and Intelligence Committee of Parliamentarians; "
            "alleged]") in result.stdout


def test_max_hops_limit_and_exclude(figraph):
    result = figraph("path", "Kovrig", "Han Dong", "--max-hops", "3", "--limit", "5",
                     "--exclude", "Canada", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["query"] == "all_paths" and not data["truncated"]
    assert all(CANADA.id not in [n["id"] for n in p["nodes"]] for p in data["paths"])
    assert [p["length"] for p in data["paths"]] == [2, 3]
    first = json.loads(figraph("path", "Kovrig", "Han Dong", "--max-hops", "3", "--limit", "1",
                               "-x", "Canada", "--json").stdout)
    assert [p["length"] for p in first["paths"]] == [2] and first["truncated"]


def test_through_limits_pass_through_types(figraph):
    assert figraph("path", "Han Dong", "India", "--through", "Person").exit_code == 1
    result = figraph("path", "Han Dong", "India", "--through", "Person,Legislature")
    assert result.exit_code == 0
    assert "Han Dong -[MEMBER_OF]-> House of Commons <-[MEMBER_OF]-" in result.stdout


def test_json_shape(figraph):
    result = figraph("path", "Han Dong", "China", "--confirmed", "--json")
    data = json.loads(result.stdout)
    assert set(data) >= {"paths", "nodes", "edges", "truncated", "query", "max_hops"}
    hop = data["paths"][0]["hops"][0]
    assert set(hop) >= {"id", "type", "source", "target", "direction", "claimant",
                        "claimant_name", "status", "evidence"}
    assert {e["type"] for e in data["edges"]} == {"SPOKE_WITH", "WORKS_FOR"}
    assert data["edges"][0]["evidence"][0]["document_title"] == "Article one"
    assert {n["name"] for n in data["nodes"]} == {
        "Han Dong", "Senior Chinese diplomat (unnamed)", "People's Republic of China"}


def test_no_path_exits_1(figraph):
    result = figraph("path", "Han Dong", "India", "--types", "SPOKE_WITH")
    assert result.exit_code == 1
    assert "no path between Han Dong and India" in result.stderr
    assert result.stdout == ""


def test_ambiguous_name_lists_candidates_and_exits_2(figraph):
    result = figraph("path", "Chan", "China")
    assert result.exit_code == 2
    assert "'Chan' matches 2 actors" in result.stderr
    assert all(name in result.stderr for name in CHANS)
    assert result.stdout == ""


def test_unknown_name_suggests_and_exits_2(figraph):
    result = figraph("path", "Dominik Leblank", "China")
    assert result.exit_code == 2
    assert "did you mean" in result.stderr and "Dominic LeBlanc" in result.stderr


def test_bad_input_exits_2(figraph):
    assert figraph("path", "Han Dong", "China", "--types", "LIKES").exit_code == 2
    assert figraph("path", "Han Dong", "China", "--through", "Planet").exit_code == 2
    same = figraph("path", "Han Dong", "MP Han Dong")
    assert same.exit_code == 2 and "same actor" in same.stderr
    assert figraph("path", "Han Dong", "China", "--exclude", "Nobody At All").exit_code == 2


def test_empty_store_says_so(app, tmp_path):
    result = CliRunner().invoke(app, ["path", "Han Dong", "China", "--store", str(tmp_path)])
    assert result.exit_code == 2 and "empty" in result.stderr


def test_html_page_of_the_paths(figraph, tmp_path):
    pytest.importorskip("figraph.views.html")
    page = tmp_path / "path.html"
    result = figraph("path", "Han Dong", "China", "--confirmed", "--html", str(page))
    assert result.exit_code == 0, result.stderr
    text = page.read_text(encoding="utf-8")
    assert "<html" in text.lower() and "Senior Chinese diplomat" in text


def test_neighbors(figraph):
    result = figraph("neighbors", "Han Dong")
    assert result.exit_code == 0
    assert "Han Dong: 4 actors within 1 hop" in result.stdout
    assert "Han Dong -[SPOKE_WITH]-> Senior Chinese diplomat (unnamed)  (2 evidence)" \
        in result.stdout
    data = json.loads(figraph("neighbors", "Kovrig", "--hops", "2", "--json").stdout)
    assert {r["distance"] for r in data["rows"]} == {1, 2}


def test_neighbors_of_an_isolated_actor_exit_1(figraph):
    assert figraph("neighbors", "Michael Chan").exit_code == 1


def test_query_list_names_every_query(figraph):
    result = figraph("query", "--list")
    assert result.exit_code == 0
    assert all(name in result.stdout for name in QUERIES)
    listed = json.loads(figraph("query", "--list", "--json").stdout)
    assert set(listed) == set(QUERIES)


def test_query_table_and_json(figraph):
    table = figraph("query", "allegations", "-p", "actor=NSICOP", "-p", "side=by")
    assert table.exit_code == 0 and "ALLEGED_ASSISTANCE" in table.stdout
    data = json.loads(figraph("query", "allegations", "-p", "actor=Han Dong", "--json").stdout)
    assert data["query"] == "allegations" and data["backend"] == "local"
    assert [r["side"] for r in data["rows"]] == ["against"]


def test_query_paths_and_actor_lists(figraph):
    result = figraph("query", "shortest_path", "-p", "source=Kovrig", "-p", "target=Spavor",
                     "-p", "exclude=Canada", "--json")
    data = json.loads(result.stdout)
    assert [len(p["nodes"]) for p in data["paths"]] == [3]
    assert data["params"]["exclude"] == [CANADA.id]


def test_query_bad_input_exits_2(figraph):
    assert figraph("query", "nonsense").exit_code == 2
    assert figraph("query", "allegations").exit_code == 2  # missing actor
    assert figraph("query", "allegations", "-p", "who=Han Dong").exit_code == 2
    assert figraph("query", "ego_network", "-p", "actor=Han Dong", "-p", "hops=x").exit_code == 2
    assert figraph("query", "ego_network", "-p", "actor=Han Dong", "-p", "hops=9").exit_code == 2


def test_query_empty_answer_exits_1(figraph):
    assert figraph("query", "allegations", "-p", "actor=Kovrig").exit_code == 1


def test_neo4j_backend_unreachable_is_one_line_without_the_password(figraph):
    env = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_USERNAME": "neo4j",
           "NEO4J_PASSWORD": "s3cret-pass"}
    result = figraph("path", "Han Dong", "China", "--backend", "neo4j", env=env)
    assert result.exit_code == 2
    assert "127.0.0.1:1" in result.stderr
    assert "s3cret-pass" not in result.stderr + result.stdout


@pytest.mark.neo4j
def test_neo4j_backend_prints_what_local_prints(figraph, request):
    """The same commands against a real Neo4j holding the same graph give the same output."""
    from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
    from query_graph import extractions

    server = request.getfixturevalue("neo4j_server")
    neo = Neo4jStore.connect(Neo4jSettings(server.uri, server.user, server.password,
                                           server.database))
    try:
        neo.ensure_schema()
        neo.wipe()
        for extraction in extractions():
            neo.merge(extraction)
        env = {"NEO4J_URI": server.uri, "NEO4J_USERNAME": server.user,
               "NEO4J_PASSWORD": server.password, "NEO4J_DATABASE": server.database}
        for args in (("path", "China", "Han Dong", "--confirmed"),
                     ("path", "Kovrig", "Han Dong", "--max-hops", "3", "-x", "Canada"),
                     ("neighbors", "Han Dong", "--hops", "2"),
                     ("query", "allegations", "-p", "actor=NSICOP", "--json")):
            local = figraph(*args)
            remote = figraph(*args, "--backend", "neo4j", env=env)
            assert remote.exit_code == local.exit_code == 0, remote.stderr
            assert remote.stdout.replace('"neo4j"', '"local"') == local.stdout, args
        assert figraph("path", "Chan", "China", "--backend", "neo4j", env=env).exit_code == 2
    finally:
        neo.wipe()
        neo.close()
