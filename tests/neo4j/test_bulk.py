"""The offline first load: `figraph neo4j import-files` + `scripts/neo4j import` against a push.

Unit tests read the written CSV files back as the importer does (hostile document text,
headers, counts, the array delimiter, line breaks), for both writers: pyarrow's columns
and the csv module's rows (the fallback without pyarrow), which must read the same. The
real-server test imports a store into an instance of its own (its own home and ports: the
import needs the server stopped, and the shared test server stays up for the other tests),
pushes the same store into the shared test server, and asks both the same named queries
and store reads.
"""

from __future__ import annotations

import datetime
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from figraph.cli import app
from figraph.graph import neo4j_bulk
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Actor, Extraction, make_id, normalize_name
from figraph.graph.neo4j_bulk import MANIFEST, columnar_available, read_rows, write_import_files
from figraph.graph.neo4j_write import edge_row
from sample_graph import CHINA, actor, document, fact, sample_store
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "neo4j"
HOSTILE = 'Robert\'); MATCH (n) DETACH DELETE n // "quoted", comma; semi\x1f\ttab \\" end'
HOSTILE_TEXT = (f'{HOSTILE} met China.\nA second line, "quoted"\r\nand a third\rline, '
                "with \u00e9t\u00e9 and \U0001f600.")
runner = CliRunner()


def hostile_store(path: Path | None = None, base: LocalStore | None = None) -> LocalStore:
    """A store whose text holds quotes, commas, line breaks, tabs and the array delimiter."""
    local = base or LocalStore(path)
    evil = Actor(id=make_id("a", normalize_name(HOSTILE)), name=HOSTILE, type="Person",
                 roles=["MP"], aliases=[HOSTILE, "semi;colon", "a,b", ""], source="ner",
                 attributes={"party": 'Lib"eral\n', "wikidata": "Q1", "seats": 3})  # type: ignore[dict-item]
    other = actor("Plain Person", "Person", aliases=("Plain",))
    other.attributes = {"country": "CA"}
    doc = document(HOSTILE_TEXT, title='Title, with "quotes"\nand a line break')
    quote = f"{HOSTILE} met China."
    edges = [fact(doc, evil, "MET_WITH", CHINA, quote, claimant=other, status="alleged")]
    edges[0].hedges = ["reportedly", "allegedly; maybe"]
    local.merge(Extraction(doc, [evil, other, CHINA], edges, {evil.id: 2, other.id: 1}))
    return local


def awkward_store(path: Path) -> LocalStore:
    """The hostile store and more: dated (a day, a month) and undated edges, evidence with
    and without a page, a reviewed edge with a note, hedged and unhedged edges, an actor
    without aliases, semicolons, commas, tabs and unicode in every kind of text."""
    local = hostile_store(path, sample_store(path))
    text = ('Ana; "Bo" met Chloé, said a source; another line\nfollows. '
            "Ana praised Chlo\u00e9 in 2019.")
    doc = document(text, title="Semi; colon, \"quoted\" \u2014 title", date="2019-05",
                   url="https://example.org/a;b,c")
    ana, chloe = actor("Ana", "Person", "MP"), actor("Chlo\u00e9", "Person")
    first = fact(doc, ana, "MET_WITH", chloe, 'Ana; "Bo" met Chloé, said a source; another line')
    first.evidence[0].page = 3
    first.hedges, first.date = ["said a source"], "2019-05"
    second = fact(doc, ana, "SUPPORTED", chloe, "Ana praised Chlo\u00e9 in 2019.")
    second.date, second.date_text = "2019", "in 2019"
    local.merge(Extraction(doc, [ana, chloe], [first, second], {ana.id: 2, chloe.id: 2}))
    edge = next(attrs for _, _, attrs in local.graph.edges(data=True)
                if attrs["type"] == "SUPPORTED" and attrs["source"] == ana.id)
    edge.update(review="confirmed", review_note='checked, "twice";\nwith \u00e9t\u00e9')
    return local


def manifest_of(folder: Path) -> dict:
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def rows_of(folder: Path, kind: str) -> list[dict[str, str]]:
    manifest = manifest_of(folder)
    names = [n for n in manifest["nodes"] + manifest["relationships"] if n.startswith(kind)]
    return [row for name in names for row in read_rows(folder / name)]


def split(value: str, delimiter: str) -> list[str]:
    return value.split(delimiter) if value else []


# -- the CSV writer ----------------------------------------------------------------------
@pytest.fixture(params=["columns", "rows"])
def writer(request, monkeypatch) -> str:
    """Each writer test runs with pyarrow's columns and with the csv module's rows."""
    if request.param == "rows":
        monkeypatch.setattr(neo4j_bulk, "columnar_available", lambda: False)
    return request.param


@pytest.mark.usefixtures("writer")
def test_hostile_edge_text_round_trips_through_csv(tmp_path):
    local = hostile_store(tmp_path / "store", sample_store(tmp_path / "store"))
    report = write_import_files(local, tmp_path / "out")
    manifest = manifest_of(tmp_path / "out")
    delimiter = chr(int(manifest["array_delimiter"][2:], 16))
    assert delimiter != "\x1f"  # the data holds the first candidate: another was taken
    names = {n: a.get("name", "") for n, a in local.graph.nodes(data=True)}
    expected = {e["id"]: edge_row(e, names) for _, _, e in local.graph.edges(data=True)}
    rows = rows_of(tmp_path / "out", "edges")
    assert len(rows) == len(expected) == report.edges
    for row in rows:
        want = expected[row["id"]]
        assert (row[":START_ID(Actor)"], row[":END_ID(Actor)"]) == (want["source"], want["target"])
        props = want["props"]
        assert row["evidence_json"] == props["evidence_json"]
        assert row["claimant_name"] == props["claimant_name"]
        for key in ("hedges", "evidence_quotes", "evidence_titles", "evidence_documents"):
            assert split(row[f"{key}:string[]"], delimiter) == props[key], key
        assert row["evidence_count:long"] == str(props["evidence_count"])
        assert row["allegation:boolean"] == ("true" if props["allegation"] else "false")


@pytest.mark.usefixtures("writer")
def test_hostile_actor_names_and_attributes_round_trip(tmp_path):
    local = hostile_store(tmp_path / "store")
    write_import_files(local, tmp_path / "out")
    delimiter = chr(int(manifest_of(tmp_path / "out")["array_delimiter"][2:], 16))
    rows = {row["id:ID(Actor)"]: row for row in rows_of(tmp_path / "out", "actors")}
    evil = next(a for a in local.actors() if a.name == HOSTILE)
    row = rows[evil.id]
    assert row["name"] == HOSTILE
    assert split(row["aliases:string[]"], delimiter) == evil.aliases
    assert row["attr_party"] == 'Lib"eral\n' and "attr_seats" not in row  # strings only
    assert json.loads(row["attributes_json"])["seats"] == 3
    assert split(row[":LABEL"], delimiter) == ["Actor", "Person", "MP"]
    plain = next(r for r in rows.values() if r["name"] == "Plain Person")
    assert plain["attr_country"] == "CA" and "attr_party" not in plain  # a file of its own


@pytest.mark.usefixtures("writer")
def test_headers_types_and_counts(tmp_path):
    local = sample_store(tmp_path / "store")
    report = write_import_files(local, tmp_path / "out")
    manifest = manifest_of(tmp_path / "out")
    counts = local.counts()
    assert (report.actors, report.documents, report.edges) == (
        counts["actors"], counts["documents"], counts["edges"])
    mentions = sum(len(a.get("mentions", {})) for _, a in local.graph.nodes(data=True))
    assert report.mentions == mentions == len(rows_of(tmp_path / "out", "mentions"))
    assert manifest["counts"] == {"actors": report.actors, "documents": report.documents,
                                  "edges": report.edges, "mentions": report.mentions}
    with open(tmp_path / "out" / "edges-1.csv", encoding="utf-8") as handle:
        header = handle.readline()
    for column in (":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "hedges:string[]",
                   "allegation:boolean", "evidence_count:long", "evidence_json"):
        assert f'"{column}"' in header
    documents = rows_of(tmp_path / "out", "documents")
    assert all(d["complete:boolean"] == "true" and d[":LABEL"] == "Document" for d in documents)
    assert {m[":TYPE"] for m in rows_of(tmp_path / "out", "mentions")} == {"MENTIONS"}
    assert manifest["multiline"] == []  # the sample's text has no line breaks


@pytest.mark.usefixtures("writer")
def test_rows_with_line_breaks_go_to_files_marked_multiline(tmp_path):
    local = hostile_store(tmp_path / "store", sample_store(tmp_path / "store"))
    write_import_files(local, tmp_path / "out")
    manifest = manifest_of(tmp_path / "out")
    assert manifest["multiline"]
    for name in manifest["nodes"] + manifest["relationships"]:
        text = "".join("".join(row.values()) for row in read_rows(tmp_path / "out" / name))
        has_break = "\n" in text or "\r" in text
        assert has_break == (name in manifest["multiline"]), name


@pytest.mark.usefixtures("writer")
def test_writing_again_replaces_the_previous_files(tmp_path):
    write_import_files(hostile_store(tmp_path / "a"), tmp_path / "out")
    report = write_import_files(sample_store(tmp_path / "b"), tmp_path / "out")
    on_disk = {p.name for p in (tmp_path / "out").iterdir()}
    assert on_disk == {MANIFEST, *report.files}


def test_the_fast_edge_rows_are_the_general_rows(tmp_path, monkeypatch):
    """`_Tables.add_edge` is a shortcut of `add`: with it and without it, the same bytes
    (hedged and unhedged edges, the delimiter in a quote, line breaks)."""

    local = hostile_store(tmp_path / "store", sample_store(tmp_path / "store"))
    write_import_files(local, tmp_path / "fast", columnar=False)
    monkeypatch.setattr(neo4j_bulk._Tables, "add_edge", lambda self, values, props: False)
    write_import_files(local, tmp_path / "general", columnar=False)
    fast = {p.name: p.read_bytes() for p in (tmp_path / "fast").iterdir()}
    general = {p.name: p.read_bytes() for p in (tmp_path / "general").iterdir()}
    assert fast == general
    assert manifest_of(tmp_path / "fast")["multiline"]  # the line-break rows were covered


def _rows_by_kind(folder: Path) -> dict[str, list]:
    manifest = manifest_of(folder)
    files = manifest["nodes"] + manifest["relationships"]
    return {kind: sorted(sorted(row.items()) for name in files if name.startswith(kind)
                         for row in read_rows(folder / name))
            for kind in ("actors", "documents", "edges", "mentions")}


@pytest.mark.usefixtures("writer")
@pytest.mark.parametrize("jobs", [2, 3])
def test_edges_written_by_several_processes_are_the_rows_of_one(tmp_path, jobs):
    """The parts hold every edge once, in files of their own named by the manifest, with
    the delimiter the whole store needs (the hostile quote holds the first candidate) and
    the line-break rows in files marked multiline."""
    local = hostile_store(tmp_path / "store", sample_store(tmp_path / "store"))
    one = write_import_files(local, tmp_path / "one")
    many = write_import_files(local, tmp_path / f"jobs-{jobs}", jobs=jobs)
    assert _rows_by_kind(tmp_path / "one") == _rows_by_kind(tmp_path / f"jobs-{jobs}")
    assert (many.edges, many.mentions, many.actors) == (one.edges, one.mentions, one.actors)
    manifest = manifest_of(tmp_path / f"jobs-{jobs}")
    assert manifest["array_delimiter"] == manifest_of(tmp_path / "one")["array_delimiter"]
    assert manifest["counts"] == manifest_of(tmp_path / "one")["counts"]
    parts = {name.split("-")[1] for name in manifest["relationships"] if name.startswith("edges")}
    assert parts <= {f"p{n}" for n in range(1, jobs + 1)} and len(parts) >= 2
    assert any(name.startswith("edges-p") for name in manifest["multiline"])
    assert {p.name for p in (tmp_path / f"jobs-{jobs}").iterdir()} == {MANIFEST, *many.files}


@pytest.mark.usefixtures("writer")
def test_a_failed_parallel_write_leaves_the_previous_files(tmp_path, monkeypatch):

    local = sample_store(tmp_path / "store")
    first = write_import_files(local, tmp_path / "out", jobs=2)
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(neo4j_bulk, "_write_mentions", full_disk)
    with pytest.raises(OSError):
        write_import_files(local, tmp_path / "out", jobs=2)
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before
    assert set(before) == {MANIFEST, *first.files}


@pytest.mark.parametrize("jobs", [1, 2])
def test_columns_read_as_the_rows_of_the_csv_writer(tmp_path, jobs):
    """pyarrow's files hold, parsed as the importer parses them, every row, property
    (present, absent or an empty text), header type and array of the csv module's."""
    local = awkward_store(tmp_path / "store")
    rows = write_import_files(local, tmp_path / "rows", jobs=jobs, columnar=False)
    columns = write_import_files(local, tmp_path / "columns", jobs=jobs, columnar=True)
    by_rows, by_columns = _rows_by_kind(tmp_path / "rows"), _rows_by_kind(tmp_path / "columns")
    assert by_columns == by_rows
    assert (columns.actors, columns.documents, columns.edges, columns.mentions) == (
        rows.actors, rows.documents, rows.edges, rows.mentions)
    first, second = manifest_of(tmp_path / "rows"), manifest_of(tmp_path / "columns")
    assert second["array_delimiter"] == first["array_delimiter"] != "U+001F"
    assert second["counts"] == first["counts"]
    longest = max(len(value) for kind in by_columns.values() for row in kind
                  for _, value in row)
    assert second["longest_value"] >= longest
    edges = [dict(row) for row in by_columns["edges"]]  # the data covers what it should:
    assert any(e.get("review_note", "").startswith('checked, "twice";\n') for e in edges)
    assert any("date_start:date" not in e for e in edges)  # undated: no property
    assert {"2019-05-01", "2019-01-01"} <= {e.get("date_start:date") for e in edges}
    assert any(e["claimant"] == "" for e in edges)  # an empty text, not a missing one
    assert any('"page": 3' in e["evidence_json"] or '"page":3' in e["evidence_json"]
               for e in edges)


def test_rows_from_the_csv_writer_are_quoted_and_columns_are_typed(tmp_path):
    """Which writer wrote a file shows in its numbers: the csv module quotes every field,
    pyarrow only texts (the importer reads `"2"` and `2` alike)."""
    local = sample_store(tmp_path / "store")
    write_import_files(local, tmp_path / "rows", columnar=False)
    write_import_files(local, tmp_path / "columns", columnar=True)
    assert '"MENTIONS","1"\n' in (tmp_path / "rows" / "mentions-1.csv").read_text()
    assert '"MENTIONS",1\n' in (tmp_path / "columns" / "mentions-1.csv").read_text()


def test_without_pyarrow_the_csv_module_writes_the_rows(tmp_path, monkeypatch):
    local = awkward_store(tmp_path / "store")
    write_import_files(local, tmp_path / "columns", columnar=True)
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    assert not columnar_available()
    with pytest.raises(ValueError, match="pyarrow"):
        write_import_files(local, tmp_path / "refused", columnar=True)
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())
    write_import_files(local, tmp_path / "rows")  # the default falls back
    assert '"MENTIONS","' in (tmp_path / "rows" / "mentions-1.csv").read_text()
    assert _rows_by_kind(tmp_path / "rows") == _rows_by_kind(tmp_path / "columns")


def test_a_chunk_the_columns_refuse_is_written_as_rows(tmp_path, monkeypatch):
    """A chunk `chunk_tables` refuses (a value the columns would write otherwise) goes to
    the csv module row by row; the files read the same."""
    from figraph.graph import neo4j_columns

    local = awkward_store(tmp_path / "store")
    write_import_files(local, tmp_path / "columns", columnar=True)
    real = neo4j_columns.chunk_tables
    monkeypatch.setattr(neo4j_columns, "chunk_tables", lambda fixed, props, delimiter: (
        None if ":TYPE" in fixed and fixed[":TYPE"][0] != "MENTIONS"
        else real(fixed, props, delimiter)))
    write_import_files(local, tmp_path / "mixed", columnar=True)
    assert _rows_by_kind(tmp_path / "mixed") == _rows_by_kind(tmp_path / "columns")
    edges_file = next(n for n in manifest_of(tmp_path / "mixed")["relationships"]
                      if n.startswith("edges"))
    assert '","true","' in (tmp_path / "mixed" / edges_file).read_text()  # the csv module's


@pytest.mark.parametrize("value", [1.5, 2**70, datetime.datetime(2020, 1, 2, 3, 4)])
def test_columns_refuse_a_value_they_would_write_otherwise(value):
    """A float (the rows write Python's repr), an integer beyond 64 bits, a date with a
    time: the chunk goes to the row writer, which writes or refuses it as before."""
    from figraph.graph.neo4j_columns import chunk_tables

    fixed = {"id:ID(Actor)": ["a", "b"], ":LABEL": [["Actor"], ["Actor"]]}
    assert chunk_tables(fixed, [{"x": value}, {"x": None}], "\x1f") is None
    assert chunk_tables(fixed, [{"x": ["text", None]}, {"x": []}], "\x1f") is None  # None
    assert chunk_tables(fixed, [{"x": [1]}, {"x": []}], "\x1f") is None  # not text


def test_columns_name_the_delimiter_in_the_data():
    from figraph.graph.neo4j_columns import DelimiterInData, chunk_tables

    fixed = {"id:ID(Actor)": ["a"], ":LABEL": [["Actor"]]}
    with pytest.raises(DelimiterInData):
        chunk_tables(fixed, [{"aliases": ["one\x1etwo"]}], "\x1e")
    chunk = chunk_tables(fixed, [{"aliases": ["one\x1etwo"], "empty": [], "none": None}], "\x1f")
    assert chunk is not None and chunk.multiline is None and chunk.plain is not None
    assert chunk.plain.column_names == ["id:ID(Actor)", ":LABEL", "aliases:string[]",
                                        "empty:string[]"]  # None in every row: no column
    assert chunk.plain.column("empty:string[]").to_pylist() == [""]


def test_cli_writes_files_and_prints_the_next_commands(tmp_path):
    sample_store(tmp_path / "store").save()
    folder = tmp_path / "import dir"
    result = runner.invoke(app, ["neo4j", "import-files", str(folder),
                                 "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "wrote 9 actors, 3 documents, 6 edges" in result.output
    assert "scripts/neo4j stop" in result.output
    assert f"scripts/neo4j import '{folder}'" in result.output
    assert "figraph neo4j push --store" in result.output
    assert (folder / MANIFEST).is_file()


# -- scripts/neo4j import refusals (no server, no Java needed) -----------------------------
def script_env(home: Path, bolt: int = 1, http: int = 2) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIGRAPH_NEO4J_")}
    env.update(FIGRAPH_NEO4J_HOME=str(home), FIGRAPH_NEO4J_BOLT_PORT=str(bolt),
               FIGRAPH_NEO4J_STOP_TIMEOUT="3",  # a throw-away home: no need to wait 11 s
               FIGRAPH_NEO4J_HTTP_PORT=str(http))
    env.setdefault("FIGRAPH_PYTHON", sys.executable)
    return env


def run_script(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=600)


@pytest.mark.parametrize("case", ["no folder", "no manifest", "file missing"])
def test_import_refuses_a_folder_without_its_files(tmp_path, case):
    folder = tmp_path / "out"
    if case != "no folder":
        write_import_files(sample_store(tmp_path / "store"), folder)
    if case == "no manifest":
        (folder / MANIFEST).unlink()
    if case == "file missing":
        (folder / "edges-1.csv").unlink()
    done = run_script(script_env(tmp_path / "home"), "import", str(folder))
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "error:" in done.stderr
    assert not (tmp_path / "home" / "data" / "databases").exists()


# -- against a real server -------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raw_graph(driver) -> tuple[list, list]:
    """Every node and relationship with all its properties, sorted; an empty list (or a list
    of one empty string), which the CSV importer cannot write, is taken as no property."""
    def props(values: dict) -> dict:
        return {k: v for k, v in values.items() if v not in ([], [""])}

    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS l, properties(n) AS p")
    rels, _, _ = driver.execute_query("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, "
                                      "b.id AS b, properties(r) AS p")
    return (sorted((sorted(n["l"]), sorted(props(n["p"]).items())) for n in nodes),
            sorted((r["t"], r["a"], r["b"], sorted(props(r["p"]).items())) for r in rels))


def schema(driver) -> tuple[list, list]:
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "RETURN name, type, labelsOrTypes, properties ORDER BY name")
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, entityType "
        "RETURN type, labelsOrTypes, properties, entityType, "
        "CASE type WHEN 'LOOKUP' THEN '' ELSE name END AS name ORDER BY name, entityType")
    return [dict(r) for r in constraints], [dict(r) for r in indexes]


def reset(neo) -> None:
    """An empty database without constraints or indexes (as the test server's own fixture)."""
    with neo.driver.session(database=neo.database) as session:
        for query, kind in (("SHOW CONSTRAINTS YIELD name", "CONSTRAINT"),
                            ("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' "
                             "RETURN name", "INDEX")):
            for name in [r["name"] for r in session.run(query)]:
                session.run(f"DROP {kind} `{name}` IF EXISTS").consume()
    neo.wipe()


@pytest.fixture(scope="module")
def imported_and_pushed(request, tmp_path_factory):
    """(store, Neo4j store filled by an import, Neo4j store filled by a push) of one graph."""
    from figraph.graph.neo4j_store import Neo4jSettings, Neo4jStore
    from figraph.graph.sync import push
    from neo4j_server import DEFAULT_HOME
    from query_graph import build_store

    server = request.getfixturevalue("neo4j_server")  # skips when no server can run here
    work = tmp_path_factory.mktemp("bulk")
    local = hostile_store(base=build_store(work / "store"))
    local.save()
    written = runner.invoke(app, ["neo4j", "import-files", str(work / "csv"),
                                  "--store", str(work / "store"), "--jobs", "2"])
    assert written.exit_code == 0, written.output
    env = script_env(work / "home", free_port(), free_port())
    env["FIGRAPH_NEO4J_LIB"] = ((server.script_env or {}).get("FIGRAPH_NEO4J_LIB")
                                or str(DEFAULT_HOME / "lib"))
    env["NEO4J_PASSWORD"] = password = "figraph-bulk-test-password"
    imported = run_script(env, "import", str(work / "csv"))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "IMPORT DONE" in imported.stdout and password not in imported.stdout
    started = run_script(env, "start")
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        refused = run_script(env, "import", str(work / "csv"))
        settings = Neo4jSettings(f"bolt://127.0.0.1:{env['FIGRAPH_NEO4J_BOLT_PORT']}",
                                 "neo4j", password)
        by_import = Neo4jStore.connect(settings)
        schema_push = push(local, by_import)  # the path's last step: constraints and indexes
        by_push = Neo4jStore.connect(Neo4jSettings(server.uri, server.user, server.password,
                                                   server.database))
        reset(by_push)
        push(local, by_push)
        yield local, by_import, by_push, schema_push, refused
        reset(by_push)
        by_push.close()
        by_import.close()
    finally:
        run_script(env, "stop")


neo4j_test = pytest.mark.neo4j


@neo4j_test
def test_import_then_push_sends_nothing_and_refuses_while_running(imported_and_pushed):
    local, _, _, schema_push, refused = imported_and_pushed
    assert schema_push.documents == 0 and schema_push.edges == 0  # every document complete
    assert refused.returncode == 2
    assert "stop it first" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


@neo4j_test
def test_import_holds_what_a_push_holds(imported_and_pushed):
    local, by_import, by_push, _, _ = imported_and_pushed
    assert by_import.counts() == by_push.counts() == local.counts()
    assert list(by_import.actors()) == list(by_push.actors())
    assert list(by_import.edges()) == list(by_push.edges())
    assert list(by_import.documents()) == list(by_push.documents())
    assert HOSTILE in {a.name for a in by_import.actors()}
    assert raw_graph(by_import.driver) == raw_graph(by_push.driver)


@neo4j_test
def test_import_ends_with_the_schema_of_a_push(imported_and_pushed):
    _, by_import, by_push, _, _ = imported_and_pushed
    constraints, indexes = schema(by_import.driver)
    assert {c["name"] for c in constraints} == {"actor_id", "document_id"}
    assert (constraints, indexes) == schema(by_push.driver)


@neo4j_test
def test_named_queries_answer_the_same_after_import_and_push(imported_and_pushed):
    from figraph.queries import QUERIES
    from query_graph import CASES

    _, by_import, by_push, _, _ = imported_and_pushed
    first_of_each = {name: params for name, params in reversed(CASES)}  # keeps the test short:
    for name, params in first_of_each.items():  # test_query_parity runs every case on a push
        after_import = QUERIES[name].run_neo4j(by_import.driver, **params).to_dict()
        after_push = QUERIES[name].run_neo4j(by_push.driver, **params).to_dict()
        assert after_import == after_push, (name, params)
