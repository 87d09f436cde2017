"""`figraph build --cluster ADDRESS`: extraction on a real Dask cluster (a local one of two
worker processes), the store equal element by element to a local build's, each document
id merged exactly once."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Document
from typer.testing import CliRunner

distributed = pytest.importorskip("distributed")
runner = CliRunner()

SENTENCES = (
    "CSIS said {a} met with a Chinese diplomat in Toronto.",
    "The RCMP alleged that {a} worked for India.",
    "{a}, a Liberal MP, criticized NSICOP in 2024.",
    "{a} spoke with officials of the Zorblax Institute in Ottawa.",
)
NAMES = ("Jane Roe", "Paul Tremblay", "Anita Singh", "Marc Dubois", "Lena Wu", "Omar Haddad",
         "Claire Martin", "Ravi Patel", "Sofia Rossi", "Ada Nguyen", "Tom Becker")
GAZETTEER = '[[actor]]\nname = "Zorblax Institute"\ntype = "Organization"\n'


@pytest.fixture(scope="module")
def cluster():
    """A real Dask cluster on this machine: a scheduler and two worker processes."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=40)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Documents of different lengths (later ones finish first), the same text under two
    names, and a file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    for number, name in enumerate(NAMES):
        text = " ".join(s.format(a=name) for s in SENTENCES) * (1 + number % 4)
        (folder / f"doc-{number:02d}.txt").write_text(f"Story of {name}\n\n{text}\n",
                                                     encoding="utf-8")
    (folder / "doc-99-copy.txt").write_bytes((folder / "doc-03.txt").read_bytes())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder.parent / "user.toml").write_text(GAZETTEER, encoding="utf-8")
    return folder


def _build(corpus: Path, store: Path, *options: str) -> tuple[int, str]:
    gazetteer = corpus.parent / "user.toml"
    result = runner.invoke(app, ["build", str(corpus), "--store", str(store), "-g",
                                 str(gazetteer), *options])
    return result.exit_code, result.output


def _elements(store: Path) -> tuple[dict, dict, dict]:
    """Every document, actor and edge of a store, with every attribute."""
    local = LocalStore.open(store)
    documents = {d["id"]: orjson.dumps(d, option=orjson.OPT_SORT_KEYS) for d in local.documents()}
    actors = {n: orjson.dumps(a, option=orjson.OPT_SORT_KEYS)
              for n, a in local.graph.nodes(data=True)}
    edges = {k: orjson.dumps(a, option=orjson.OPT_SORT_KEYS)
             for _, _, k, a in local.graph.edges(keys=True, data=True)}
    return documents, actors, edges


def test_a_cluster_build_equals_a_local_build(cluster, corpus, tmp_path):
    local_code, local_output = _build(corpus, tmp_path / "local")
    code, output = _build(corpus, tmp_path / "cluster", "--cluster", cluster)
    assert (code, local_code) == (1, 1), output  # the empty file fails in both, alone
    assert output.strip().splitlines()[-1] == local_output.strip().splitlines()[-1]
    assert "11 added, 1 unchanged, 1 failed" in output  # the copy is one document
    documents, actors, edges = _elements(tmp_path / "cluster")
    assert (documents, actors, edges) == _elements(tmp_path / "local")
    assert len(documents) == 11 and edges
    names = {orjson.loads(a).get("name") for a in actors.values()}
    assert "Zorblax Institute" in names  # the user's gazetteer reached the workers


def test_building_again_on_the_cluster_adds_nothing(cluster, corpus, tmp_path):
    _build(corpus, tmp_path / "store", "--cluster", cluster)
    before = _elements(tmp_path / "store")
    code, output = _build(corpus, tmp_path / "store", "--cluster", cluster)
    assert "0 added, 12 unchanged" in output, output
    assert _elements(tmp_path / "store") == before


def test_a_result_delivered_twice_is_merged_once(corpus, tmp_path, monkeypatch):
    """A retried or duplicated task hands the build the same document again: the store
    and the counts are those of a build that got each result once."""
    from figraph.loaders import pipeline
    _build(corpus, tmp_path / "once")
    real = pipeline._extractions

    def twice(*args, **kwargs):
        for item in real(*args, **kwargs):
            yield item
            yield item

    monkeypatch.setattr(pipeline, "_extractions", twice)
    code, output = _build(corpus, tmp_path / "twice")
    assert "11 added" in output and "failed" in output
    assert _elements(tmp_path / "twice") == _elements(tmp_path / "once")


def test_the_same_batch_submitted_twice_is_one_task(cluster, corpus):
    from figraph.loaders.cluster import _task_key, extract_batch

    text = (corpus / "doc-01.txt").read_text(encoding="utf-8")
    documents = [Document(id=Document.id_for(text), title="one", text=text, path="a.txt")]
    with distributed.Client(cluster, set_as_default=False) as client:
        key = _task_key(documents, ())
        first = client.submit(extract_batch, documents, (), key=key)
        second = client.submit(extract_batch, documents, (), key=key)
        assert first.key == second.key
        [result] = first.result()
        assert not isinstance(result, str) and result.edges
        assert _task_key([Document(**{**vars(documents[0]), "path": "b.txt"})], ()) != key


def test_no_scheduler_at_the_address_is_one_line_and_stores_nothing(corpus, tmp_path):
    code, output = _build(corpus, tmp_path / "store", "--cluster", "tcp://127.0.0.1:9")
    assert code == 2
    assert "tcp://127.0.0.1:9: no Dask scheduler answers" in output
    assert len(output.strip().splitlines()) == 1
    assert not (tmp_path / "store" / "graph.json").exists()


def test_jobs_and_cluster_together_are_refused(corpus, tmp_path):
    code, output = _build(corpus, tmp_path / "store", "--cluster", "tcp://127.0.0.1:9",
                          "-j", "2")
    assert code == 2 and "not both" in output
