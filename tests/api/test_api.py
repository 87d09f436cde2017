"""The Python API (`figraph.open_store`, `select`, `show`): what a notebook user types.

Stores are real ones saved to disk and opened again; the views are checked as the HTML a
notebook receives (tests/api/test_notebook.py runs the example notebook on a real kernel and
draws its outputs in Chromium).
"""

from __future__ import annotations

import figraph
import networkx as nx
import pytest
from figraph.graph.local_store import LocalStore, StoreError
from figraph.views import notebook
from sample_graph import CHINA, DIPLOMAT, HAN_DONG, LIBERAL, sample_store

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> LocalStore:
    path = tmp_path_factory.mktemp("api") / "store"
    sample_store(path).save()
    return figraph.open_store(path)


@pytest.fixture()
def fresh_session():
    """Each test starts as a new kernel: the next view carries the library."""
    figraph.reset_assets()
    yield
    figraph.reset_assets()


def names(graph: nx.MultiDiGraph) -> set[str]:
    return {str(name) for _, name in graph.nodes(data="name")}


def test_open_store_returns_it_loaded(store: LocalStore) -> None:
    assert store.graph.number_of_nodes() == 9
    assert len(list(store.documents())) == 3


def test_open_store_refuses_a_folder_without_a_store(tmp_path) -> None:
    with pytest.raises(StoreError, match="nothing-here: no figraph store"):
        figraph.open_store(tmp_path / "nothing-here")


@pytest.mark.parametrize("typed", ["Han Dong", "han dong", "MP Han Dong", HAN_DONG.id])
def test_select_takes_names_as_people_type_them(store: LocalStore, typed: str) -> None:
    part = figraph.select(store, actors=[typed], hops=1)
    assert names(part) == {HAN_DONG.name, DIPLOMAT.name, LIBERAL.name}
    assert part.graph["figraph_filters"][0].startswith("around Han Dong")


def test_select_by_alias_and_two_hops(store: LocalStore) -> None:
    part = figraph.select(store, actors=["prc"], hops=2)
    assert {CHINA.name, DIPLOMAT.name, HAN_DONG.name} <= names(part)


@pytest.mark.parametrize("typed", ["Nobody In Particular", "Han Dongg"])
def test_an_unknown_name_is_refused_not_guessed(store: LocalStore, typed: str) -> None:
    with pytest.raises(LookupError, match="Han Dong" if typed == "Han Dongg" else "Nobody"):
        figraph.select(store, actors=[typed])


def test_a_name_of_two_actors_lists_both(store: LocalStore) -> None:
    graph = store.graph.copy()
    graph.add_node("a:li-wei-1", name="Li Wei", type="Person")
    graph.add_node("a:li-wei-2", name="Li Wei", type="Person")
    with pytest.raises(LookupError) as problem:
        figraph.select(graph, actors=["li wei"])
    assert "a:li-wei-1" in str(problem.value) and "a:li-wei-2" in str(problem.value)


def test_types_links_and_statuses_in_any_case(store: LocalStore) -> None:
    people = figraph.select(store, types=["person"])
    assert {t for _, t in people.nodes(data="type")} == {"Person"}
    alleged = figraph.select(store, statuses=["ALLEGED"])
    assert {d["status"] for _, _, d in alleged.edges(data=True)} == {"alleged"}
    spoke = figraph.select(store, links=["spoke_with"])
    assert {d["type"] for _, _, d in spoke.edges(data=True)} == {"SPOKE_WITH"}


@pytest.mark.parametrize("kwargs", [{"types": ["persn"]}, {"links": ["met"]},
                                    {"statuses": ["rumoured"]}])
def test_a_typo_in_a_choice_names_the_choices(store: LocalStore, kwargs) -> None:
    with pytest.raises(ValueError, match="choose from"):
        figraph.select(store, **kwargs)


def test_select_reviewed_keeps_what_a_person_confirmed(store: LocalStore) -> None:
    graph = store.graph.copy()
    source, target, key = next(iter(graph.edges(keys=True)))
    graph.edges[source, target, key]["review"] = "confirmed"
    part = figraph.select(graph, reviewed=True)
    assert list(part.edges(keys=True)) == [(source, target, key)]
    assert part.graph["figraph_filters"] == ["reviewed links only"]


def test_select_keeps_the_documents_it_cites(store: LocalStore) -> None:
    part = figraph.select(store, documents=["Article 2"])
    kept = part.graph["figraph_documents"]
    cited = {e["document"] for _, _, d in part.edges(data=True) for e in d["evidence"]}
    assert [kept[d]["title"] for d in cited] == ["Article 2"]
    assert {d["title"] for d in kept.values()} == {"Article 1", "Article 2"}  # China's mentions
    assert HAN_DONG.name not in names(part)
    with pytest.raises(LookupError, match="no document"):
        figraph.select(store, documents=["Article 9"])


def test_views_send_the_library_once_per_session(store: LocalStore, fresh_session) -> None:
    first = figraph.show(figraph.select(store, actors=["Han Dong"]))._repr_html_()
    second = figraph.show(store)._repr_html_()
    assert "vis-network" in first and "vis-network" not in second
    figraph.reset_assets()
    assert "vis-network" in figraph.show(store)._repr_html_()


def test_a_view_is_titled_by_its_filters(store: LocalStore, fresh_session) -> None:
    view = figraph.show(figraph.select(store, actors=["han dong"], hops=2))
    assert view.title == "figraph: around Han Dong (2 hops)"
    assert "figraph: 9 actors" == figraph.show(store).title


def test_view_markup_keeps_document_text_inert(fresh_session) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a:x", name=HOSTILE + "</script><script>alert(2)</script>", type="Person")
    html = notebook.notebook_html(graph, title=HOSTILE)
    assert HOSTILE not in html and "alert(2)</script>" not in html


def test_save_writes_the_standalone_page(store: LocalStore, tmp_path) -> None:
    path = figraph.show(store).save(tmp_path / "view.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "data-figraph-page" in page
