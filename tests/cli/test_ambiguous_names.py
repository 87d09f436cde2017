"""A name several actors share is never silently resolved, by any command that takes one.

The store holds six Singhs; one document calls Jagmeet Singh plain "Singh", so that is
his alias. Every command that takes an actor name (path, neighbors, query parameters,
show --actor, merge, split, actor) answers "Singh" with the candidates and exit 2, and
changes nothing; the full name, or the id, picks the one actor.
"""

from __future__ import annotations

import pytest
from figraph.cli import app
from figraph.graph.decisions import DECISIONS_FILE
from figraph.graph.local_store import LocalStore
from figraph.graph.lookup import find_actor
from figraph.graph.model import Extraction
from sample_graph import INDIA, actor, document, fact
from typer.testing import CliRunner

JAGMEET = actor("Jagmeet Singh", "Person", "MP", aliases=("Singh",))
OTHERS = [actor(f"{first} Singh", "Person") for first in
          ("Amarjeet", "Kamalpreet", "Karanpreet", "Amandeep", "Hardeep")]
SINGHS = [JAGMEET, *OTHERS]
runner = CliRunner()


@pytest.fixture
def store(tmp_path):
    local = LocalStore(tmp_path / "store")
    text = "Singh criticized India. " + " ".join(f"{a.name} spoke." for a in OTHERS)
    doc = document(text, title="Singhs")
    local.merge(Extraction(doc, [*SINGHS, INDIA],
                           [fact(doc, JAGMEET, "CRITICIZED", INDIA, "Singh criticized India.")],
                           {a.id: 1 for a in SINGHS}))
    local.save()
    return local.path


COMMANDS = {
    "path": ["path", "Singh", "India"],
    "path --exclude": ["path", "India", "Jagmeet Singh", "--exclude", "Singh"],
    "neighbors": ["neighbors", "Singh"],
    "query": ["query", "ego_network", "-p", "actor=Singh"],
    "show --actor": ["show", "--actor", "Singh", "-o", "{tmp}/singh.html"],
    "merge": ["merge", "Jagmeet Singh", "Singh"],
    "split": ["split", "Singh", "Jagmeet Singh"],
    "actor": ["actor", "Singh"],
    "actor --html": ["actor", "Singh", "--html", "{tmp}/singh.html"],
}


@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
def test_an_ambiguous_name_stops_every_command(store, tmp_path, command):
    before = (store / "graph.json").read_bytes()
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]
    result = runner.invoke(app, [*args, "--store", str(store)])
    assert result.exit_code == 2, result.output
    assert "'Singh' matches 6 actors" in result.stderr
    assert {a.id for a in SINGHS} <= {word for word in result.stderr.split()}
    assert (store / "graph.json").read_bytes() == before
    assert not (store / DECISIONS_FILE).exists()
    assert not (tmp_path / "singh.html").exists()


def test_the_full_name_or_the_id_picks_one(store):
    for typed in ("Jagmeet Singh", "MP Jagmeet Singh", JAGMEET.id):
        result = runner.invoke(app, ["path", typed, "India", "--store", str(store)])
        assert result.exit_code == 0, result.output
        assert "Jagmeet Singh -[CRITICIZED]-> India" in result.stdout


def test_merge_by_names_when_each_names_one_actor(store):
    result = runner.invoke(app, ["merge", "Jagmeet Singh", "Amarjeet Singh",
                                 "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"merged Amarjeet Singh [{OTHERS[0].id}] into Jagmeet Singh [{JAGMEET.id}]" \
        in result.stderr  # a decision recorded is a message
    assert LocalStore.open(store).actor(OTHERS[0].id) is None


def test_lookup_an_alias_others_carry_in_their_names_is_ambiguous():
    local = LocalStore()
    doc = document("Singhs.")
    local.merge(Extraction(doc, [*SINGHS, INDIA], []))
    result = find_actor(local.graph, "Mr. Singh")
    assert result.ambiguous and {c.id for c in result.candidates} == {a.id for a in SINGHS}


def test_lookup_a_unique_alias_still_resolves():
    local = LocalStore()
    doc = document("Singh and India.")
    local.merge(Extraction(doc, [JAGMEET, INDIA], []))
    assert find_actor(local.graph, "Singh").actor == JAGMEET.id
