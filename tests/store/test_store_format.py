"""The version 5 store file: whatever a store holds comes back exactly, the file refers to
documents, actors and texts instead of repeating them, and a damaged file is one clear error.

Stores are made with the dicts the merge makes (`edge_attrs`, `evidence_dict`) and then
given the odd things real stores gather: contexts and origins, reviews, merged actors,
edges set aside, pages, dates, evidence whose title, url or date differ from its document's
or whose document is gone, and values of shapes the compact lines do not hold.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import orjson
import pytest
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Document, Edge, Extraction
from figraph.graph.store import StoreError
from figraph.graph.store_format import BATCH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from old_stores import rewrite_as_version4

DOCS = [Document(id=f"doc:{n}", title=f"Report {n}", text=f"Text {n}.", url=f"https://r.example/{n}",
                 date=f"2024-0{n + 1}-01") for n in range(3)]
ACTORS = [Actor(f"a:{n}", f"Actor {n}", "Person", roles=["MP"]) for n in range(4)]


def _evidence(doc: Document, quote: str, start: int, **fields: Any) -> dict[str, Any]:
    item = {"document": doc.id, "quote": quote, "start": start, "end": start + len(str(quote)),
            "document_title": doc.title, "url": doc.url, "page": None, "date": doc.date,
            "extractor": "test"}
    item.update(fields)
    return item


def _store(path: Path) -> LocalStore:
    """Three documents and four actors, merged as a build merges them."""
    store = LocalStore(path)
    for doc in DOCS:
        store.merge(Extraction(doc, ACTORS, [], {a.id: 1 for a in ACTORS}))
    return store


def _edge(store: LocalStore, source: str, target: str, kind: str, evidence: list[dict],
          **fields: Any) -> dict[str, Any]:
    attrs = {"source": source, "target": target, "type": kind, "claimant": "",
             "status": "stated", "hedges": [], "date": "", "evidence": evidence,
             "id": Edge(source, target, kind).id, "date_text": ""}
    attrs.update(fields)
    if attrs["id"] in store.aside or store.graph.has_edge(source, target, attrs["id"]):
        attrs["id"] += f"-{len(store.aside) + store.graph.number_of_edges()}"
    return attrs


def _add(store: LocalStore, attrs: dict[str, Any], aside: bool = False) -> None:
    if aside:
        store.aside[attrs["id"]] = attrs
    else:
        store.graph.add_edge(attrs["source"], attrs["target"], key=attrs["id"], **attrs)


CASES: dict[str, Any] = {
    "plain": lambda s: _edge(s, "a:0", "a:1", "MET_WITH", [_evidence(DOCS[0], "A met B.", 0)]),
    "context and origin": lambda s: _edge(s, "a:0", "a:2", "SPOKE_WITH", [
        _evidence(DOCS[0], "A spoke.", 9, context=["Before. ", " After."]),
        _evidence(DOCS[1], "A spoke.", 3, origin=[["a:3", "SPOKE_WITH", "a:2", ""]]),
        _evidence(DOCS[2], "A spoke.", 4, context=["", " After."],
                  origin=[["a:3", "MET_WITH", "a:2", "a:1"]])]),
    "empty context kept as a key": lambda s: _edge(s, "a:1", "a:2", "MET_WITH", [
        _evidence(DOCS[1], "B met C.", 0, context=[])]),
    "review": lambda s: _edge(s, "a:1", "a:0", "FUNDED", [_evidence(DOCS[2], "B paid A.", 1)],
                              status="alleged", claimant="a:3", hedges=["allegedly", "reportedly"],
                              review="retyped", review_note="was MET_WITH"),
    "dates and pages": lambda s: _edge(s, "a:2", "a:3", "MET_WITH", [
        _evidence(DOCS[0], "C met D in May.", 100, page=3)], date="2024-05",
        date_text="in May"),
    "title, url and date differ": lambda s: _edge(s, "a:3", "a:0", "MET_WITH", [
        _evidence(DOCS[1], "D met A.", 5, document_title="Old title"),
        _evidence(DOCS[2], "D met A.", 6, url="", date="2023")]),
    "document not in the table": lambda s: _edge(s, "a:0", "a:3", "MET_WITH", [
        _evidence(DOCS[0], "A met D.", 7, document="doc:gone", document_title="Gone")]),
    "numbers where texts belong": lambda s: _edge(s, "a:2", "a:0", "MET_WITH", [
        _evidence(DOCS[0], 12, 3), _evidence(DOCS[1], "C met A.", 2, extractor=None),
        _evidence(DOCS[2], "C met A.", 2.5)], date=2024, hedges=[1]),
    "a missing key": lambda s: {k: v for k, v in _edge(s, "a:1", "a:3", "MET_WITH", [
        {"document": DOCS[0].id, "quote": "no offsets"}]).items() if k != "date_text"},
    "an end that is no actor": lambda s: _edge(s, "a:0", "a:ghost", "MET_WITH", [
        _evidence(DOCS[0], "A met a ghost.", 8)], claimant="a:nobody"),
    "newlines and quotes": lambda s: _edge(s, "a:3", "a:1", "MET_WITH", [
        _evidence(DOCS[1], 'He said "no"\nand left.\u2028', 0, context=['"', "\n"])]),
}


def _fill(store: LocalStore, names: list[str], aside: list[bool]) -> LocalStore:
    for name, put_aside in zip(names, aside, strict=True):
        attrs = CASES[name](store)
        if put_aside and not store.graph.has_node(attrs["target"]):
            put_aside = True  # an aside edge may name actors the graph no longer has
        _add(store, attrs, aside=put_aside)
    return store


def _odd_actors(store: LocalStore) -> None:
    """A merged actor (its parts), mentions of a document no longer in the table, and an
    actor whose mentions are not a dict of counts."""
    attrs = store.graph.nodes["a:0"]
    attrs["parts"] = {"a:old": {"name": "Old A", "mentions": {"doc:0": 2}}}
    store.graph.nodes["a:1"]["mentions"]["doc:gone"] = 4
    store.graph.add_node("a:odd", mentions=None, name="Odd")


def _same(loaded: LocalStore, store: LocalStore) -> None:
    """Equal, element by element and key order too."""
    got = list(loaded.graph.edges(keys=True, data=True))
    assert got == list(store.graph.edges(keys=True, data=True))
    for (*_, a), (*_, b) in zip(got, store.graph.edges(keys=True, data=True), strict=True):
        assert list(a) == list(b)
        assert [list(item) if isinstance(item, dict) else item for item in a["evidence"]] == [
            list(item) if isinstance(item, dict) else item for item in b["evidence"]]
    assert list(loaded.graph.nodes(data=True)) == list(store.graph.nodes(data=True))
    assert loaded._documents == store._documents
    assert list(loaded._documents) == list(store._documents)
    assert loaded.aside == store.aside and list(loaded.aside) == list(store.aside)


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("aside", [False, True], ids=["in the graph", "set aside"])
def test_each_kind_of_edge_comes_back_exactly(tmp_path, name, aside):
    store = _fill(_store(tmp_path), [name, "plain"], [aside, False])
    store.save()
    _same(LocalStore.open(tmp_path), store)


def test_odd_actors_come_back_exactly(tmp_path):
    store = _fill(_store(tmp_path), sorted(CASES), [False] * len(CASES))
    _odd_actors(store)
    store.save()
    _same(LocalStore.open(tmp_path), store)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.sampled_from(sorted(CASES)), max_size=12),
       aside=st.lists(st.booleans(), min_size=12, max_size=12), odd=st.booleans())
def test_any_mix_comes_back_exactly_and_saves_again_the_same(tmp_path_factory, names, aside,
                                                              odd):
    """Texts are numbered as they first occur, across edges, aside edges and items
    written whole: any mix reads back, and a loaded store saves to the same bytes."""
    folder = tmp_path_factory.mktemp("store")
    store = _fill(_store(folder), names, aside[:len(names)])
    if odd:
        _odd_actors(store)
    store.save()
    loaded = LocalStore.open(folder)
    _same(loaded, store)
    first = (folder / "graph.json").read_bytes()
    loaded.save()
    assert (folder / "graph.json").read_bytes() == first


def test_many_edges_span_lines_and_come_back(tmp_path):
    store = _store(tmp_path)
    for n in range(2 * BATCH + 3):
        _add(store, _edge(store, f"a:{n % 4}", f"a:{(n + 1) % 4}", "MET_WITH", [
            _evidence(DOCS[n % 3], f"Quote {n % 7}.", n)]), aside=n % 50 == 0)
    store.save()
    _same(LocalStore.open(tmp_path), store)
    lines = (tmp_path / "graph.json").read_bytes().count(b"\n")
    edges, aside = store.graph.number_of_edges(), len(store.aside)
    assert lines == 1 + 1 + math.ceil(edges / BATCH) + math.ceil(aside / BATCH)


def test_the_file_refers_to_documents_and_quotes_instead_of_repeating_them(tmp_path):
    """One quote on three edges, five pieces of evidence from one document: the quote, the
    document's title and its url are each written once; so is each actor id."""
    store = _store(tmp_path)
    quote = "A distinctive sentence about all four."
    for n, (source, target) in enumerate([("a:0", "a:1"), ("a:1", "a:2"), ("a:2", "a:3")]):
        items = [_evidence(DOCS[1], quote, 10, context=["A distinctive paragraph. ", ""])]
        if n < 2:
            items.append(_evidence(DOCS[1], f"Another {n}.", 50 + n))
        _add(store, _edge(store, source, target, "MET_WITH", items))
    store.save()
    text = (tmp_path / "graph.json").read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    assert text.count(quote) == 1
    assert text.count("A distinctive paragraph. ") == 1
    for known in (DOCS[1].title, DOCS[1].url, DOCS[1].date):  # in the document table only
        assert known in header and known not in body
    assert body.count('"a:2"') == 1  # the actor's own line
    loaded = LocalStore.open(tmp_path)
    quotes = [item["quote"] for _, _, d in loaded.graph.edges(data=True)
              for item in d["evidence"] if item["quote"] == quote]
    assert len(quotes) == 3 and quotes[0] is quotes[1] is quotes[2]  # one string, shared


def test_a_loaded_store_shares_no_list_or_dict_between_edges(tmp_path):
    """Strings are shared; anything a decision or a context changes in place is not."""
    store = _fill(_store(tmp_path), ["plain", "context and origin", "review", "dates and pages"],
                  [False] * 4)
    for _ in range(3):
        _add(store, _edge(store, "a:3", "a:2", "SPOKE_WITH", [
            _evidence(DOCS[0], "A spoke.", 9, context=["Before. ", " After."])]))
    store.save()
    loaded = LocalStore.open(tmp_path)
    mutable: list[int] = []
    for _, _, attrs in loaded.graph.edges(data=True):
        mutable += [id(attrs), id(attrs["hedges"]), id(attrs["evidence"])]
        for item in attrs["evidence"]:
            mutable += [id(item)] + [id(item[key]) for key in ("context", "origin") if key in item]
    assert len(mutable) == len(set(mutable))
    first, second, _ = (d for _, _, d in loaded.graph.edges("a:3", data=True))
    first["evidence"][0]["context"].append("changed")
    first["hedges"].append("reportedly")
    assert second["evidence"][0]["context"] == ["Before. ", " After."] and second["hedges"] == []
    assert first["type"] is second["type"] and first["source"] is second["source"]


def test_a_version_4_store_still_loads(tmp_path):
    store = _fill(_store(tmp_path), sorted(CASES), [n % 2 == 0 for n in range(len(CASES))])
    _odd_actors(store)
    store.save()
    rewrite_as_version4(tmp_path)
    assert orjson.loads((tmp_path / "graph.json").read_bytes().split(b"\n")[0])["version"] == 4
    _same(LocalStore.open(tmp_path), store)


def _cut_last_line(data: bytes) -> bytes:
    return data[: data.rindex(b"\n", 0, len(data) - 1) + 1]


def _renumber(data: bytes) -> bytes:
    """The first edge's target made a text number past the end of the table."""
    lines = data.split(b"\n")
    edges = orjson.loads(lines[2])
    edges[0][2] = 10**6
    lines[2] = orjson.dumps(edges)
    return b"\n".join(lines)


@pytest.mark.parametrize(("damage", "problem"), [
    (_cut_last_line, "truncated: 5 of 5 actors, 2 of 2 edges, 0 of 1 set aside"),
    (lambda data: data[: len(data) // 2], "is malformed: JSONDecodeError"),
    (lambda data: data.replace(b"\n[", b"\n{", 1), "line 2 is malformed"),
    (_renumber, "line 3 is malformed: IndexError"),
    (lambda data: data.replace(b'"edges":2', b'"edges":"two"', 1), "a malformed header"),
    (lambda data: data.replace(b'"edges":2', b'"edges":1', 1), "line 3 is malformed"),
])
def test_a_damaged_file_is_one_clear_error_naming_it(tmp_path, damage, problem):
    store = _fill(_store(tmp_path), ["plain", "review", "context and origin"],
                  [False, False, True])
    store.graph.add_node("a:extra", mentions={})
    store.save()
    path = tmp_path / "graph.json"
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(StoreError) as raised:
        LocalStore.open(tmp_path)
    message = str(raised.value)
    assert message.startswith(f"{path}: cannot read the store (") and problem in message
    assert "\n" not in message
