"""Dates as documents write them, read into real dates with their precision.

The reader (figraph.graph.dates), what the store keeps (the ISO span and the text as written),
the filters of `figraph show` (real dates, an invalid bound refused naming it), the
timeline's order, and a store written before dates were read.
"""

from __future__ import annotations

import datetime as dt

import orjson
import pytest
from figraph.cli import app
from figraph.graph.dates import PartialDate, parse_bound, parse_date
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from figraph.queries import QUERIES
from figraph.views import select_subgraph
from sample_graph import CANADA, CHINA, HAN_DONG, INDIA, document, fact
from typer.testing import CliRunner

runner = CliRunner()
JUNE_5 = parse_date("2024-06-05")


@pytest.mark.parametrize(("written", "iso", "precision"), [
    ("1 May 2023", "2023-05-01", "day"),
    ("May 1, 2023", "2023-05-01", "day"),
    ("on 1 May 2023", "2023-05-01", "day"),
    ("Tuesday, June 4, 2024", "2024-06-04", "day"),
    ("2024-06-04T10:00:00Z", "2024-06-04", "day"),
    ("May 2023", "2023-05", "month"),
    ("Sept. 2019", "2019-09", "month"),
    ("2023-05", "2023-05", "month"),
    ("June 2024 election", "2024-06", "month"),
    ("2021", "2021", "year"),
    ("late 2019", "2019", "year"),
    ("the 2019 federal election", "2019", "year"),
    ("2019-2021", "2019/2021", "year"),
    ("2022-23", "2022/2023", "year"),
    ("between 2018 and 2021", "2018/2021", "year"),
    ("the 1990s", "1990/1999", "year"),
    ("13/06/2023", "2023-06-13", "day"),
])
def test_written_dates_are_read(written, iso, precision):
    value = parse_date(written)
    assert value is not None and (value.iso(), value.precision) == (iso, precision)
    assert PartialDate.from_iso(iso) == value  # the stored form reads back the same


@pytest.mark.parametrize("written", [
    "", "garbage", "May", "last week", "yesterday", "3 June",  # no year and no reference
    "05/06/2023",  # 5 June or May 6: it depends on the writer's country
    "2023-13-01", "2023-02-30",  # not dates
])
def test_what_cannot_be_read_without_guessing_is_undated(written):
    assert parse_date(written) is None


@pytest.mark.parametrize(("written", "iso"), [
    ("last week", "2024-05-27/2024-06-02"),
    ("yesterday", "2024-06-04"),
    ("last year", "2023"),
    ("3 June", "2024-06-03"),
])
def test_relative_dates_are_read_against_the_document_date(written, iso):
    assert parse_date(written, reference=JUNE_5).iso() == iso


def test_a_reference_known_only_to_the_year_resolves_nothing():
    assert parse_date("last week", reference=parse_date("2024")) is None


def test_spans_overlap_at_their_precision():
    year = parse_date("2019")
    assert year.overlaps(parse_bound("2019-06"), None)  # some of 2019 is after June
    assert not year.overlaps(parse_bound("2020"), None)
    assert parse_date("1 May 2023").overlaps(None, parse_bound("May 2023"))
    assert not parse_date("1 May 2023").overlaps(parse_bound("2030"), None)


def test_a_bound_that_is_no_date_is_refused_by_name():
    with pytest.raises(ValueError, match="not a date: 'garbage'"):
        parse_bound("garbage")


# -- in the store, the filters and the timeline --------------------------------------------

def dated_store(tmp_path) -> LocalStore:
    """Han Dong's facts, dated as the sentences write them; the documents undated."""
    local = LocalStore(tmp_path / "store")
    written = [(INDIA, "1 May 2023"), (CHINA, "2021"), (CANADA, "May 1, 2023")]
    for target, when in written:
        doc = document(f"Han Dong met {target.name} on {when}.")
        edge = fact(doc, HAN_DONG, "MET_WITH", target, doc.text)
        edge.date = when
        local.merge(Extraction(doc, [HAN_DONG, target], [edge]))
    local.save()
    return local


def test_the_store_keeps_the_span_and_the_text(tmp_path):
    local = dated_store(tmp_path)
    kept = {(e.date, e.date_text) for e in local.edges()}
    assert kept == {("2023-05-01", "1 May 2023"), ("2021", "2021"),
                    ("2023-05-01", "May 1, 2023")}


def test_filters_compare_real_dates(tmp_path):
    graph = dated_store(tmp_path).graph
    assert select_subgraph(graph, date_from="2030").number_of_edges() == 0
    may = select_subgraph(graph, date_from="May 2023").number_of_edges()
    assert may == select_subgraph(graph, date_from="2023-05").number_of_edges() == 2
    assert select_subgraph(graph, date_to=dt.date(2022, 1, 1)).number_of_edges() == 1


@pytest.mark.parametrize(("option", "value", "code", "says"), [
    ("--since", "garbage", 2, "--since: not a date: 'garbage'"),
    ("--until", "31/31/2020", 2, "--until: not a date: '31/31/2020'"),
    ("--since", "late 2019", 2, "--since: not a date: 'late 2019'"),
    ("--since", "2030", 1, "nothing in the store matches"),
])
def test_show_refuses_what_is_no_date(tmp_path, option, value, code, says):
    local = dated_store(tmp_path)
    result = runner.invoke(app, ["show", option, value, "--store", str(local.path),
                                 "-o", str(tmp_path / "page.html")])
    assert result.exit_code == code and says in result.stderr
    assert not (tmp_path / "page.html").exists()


def test_the_timeline_orders_real_dates(tmp_path):
    graph = dated_store(tmp_path).graph
    rows = QUERIES["timeline"].run_local(graph, actor=HAN_DONG.id).records()
    assert [r["date"] for r in rows] == ["2021", "2023-05-01", "2023-05-01"]
    assert rows[0]["date_text"] == "2021"  # was sorted after "1 May 2023" as text
    assert {r["date_text"] for r in rows[1:]} == {"1 May 2023", "May 1, 2023"}


def test_a_store_of_dates_as_written_is_read_on_load(tmp_path):
    """A version 2 store holds dates as the text wrote them; loading reads them."""
    local = dated_store(tmp_path)
    old = tmp_path / "old"
    old.mkdir()
    documents = {d.pop("id"): {**d, "date": "June 5, 2024", "date_text": None}
                 for d in local.documents()}
    for attrs in documents.values():
        del attrs["date_text"], attrs["sources"]
    edges = []
    for _, _, attrs in local.graph.edges(data=True):
        edge = {k: v for k, v in attrs.items() if k != "date_text"}
        edge["date"] = attrs["date_text"]
        edges.append(edge)
    actors = [{"id": n, **a} for n, a in local.graph.nodes(data=True)]
    header = {"format": "figraph-store", "version": 2, "actors": len(actors),
              "edges": len(edges), "documents": documents}
    lines = [header, *actors, *edges]
    (old / "graph.json").write_bytes(b"".join(orjson.dumps(x) + b"\n" for x in lines))
    back = LocalStore.open(old)
    assert {(e.date, e.date_text) for e in back.edges()} == {
        (e.date, e.date_text) for e in local.edges()}
    assert {(d["date"], d["date_text"]) for d in back.documents()} == {
        ("2024-06-05", "June 5, 2024")}
    assert all(ev.date == "2024-06-05" for e in back.edges() for ev in e.evidence)
