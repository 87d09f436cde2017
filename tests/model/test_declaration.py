"""The model's declaration (`graph/model.toml`): consistent, checked, and read by everything.

Three things are tested: the shipped declaration is consistent (every type it names
exists, every colour and shape is one the views can draw, no name twice); a broken
declaration is refused with one line naming the file and the entry; and adding a node
type and a relation type is one entry in that one file, which then reaches the HTML
views' style and legend, the Browser stylesheet, Gephi's colours, the Neo4j labels and
the extraction's type check (a copy of the package with only its declaration extended,
run in its own interpreter, since every module reads the model once at import).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from figraph.graph.model import NODE_TYPES, RELATION_TYPES, ROLES, SCHEMA, STATUSES
from figraph.graph.schema import DECLARATION, SHAPES, SchemaError, read_schema
from figraph.loaders.mentions.mention import Mention
from figraph.loaders.relations.found import allowed

PACKAGE = DECLARATION.parent.parent
COLOR = re.compile(r"#[0-9a-f]{6}")


def _mention(node_type: str, key: str) -> Mention:
    return Mention(0, 1, key, "name", key, node_type, key=key)


# -- the shipped declaration is consistent --------------------------------------------

def test_every_type_a_relation_may_link_is_declared() -> None:
    for rel in RELATION_TYPES.values():
        assert rel.sources <= set(NODE_TYPES) and rel.targets <= set(NODE_TYPES), rel.name
        assert rel.targets, f"{rel.name}: no limit on targets, so a Bill could be one"


def test_every_role_serves_a_declared_type_and_no_name_is_used_twice() -> None:
    assert set(SCHEMA.roles.values()) <= set(NODE_TYPES)
    labels = [*NODE_TYPES, *ROLES, "Actor", "Document"]  # all Neo4j labels of an actor
    assert len(labels) == len(set(labels))
    assert len(STATUSES) == len(set(STATUSES)) and "stated" in STATUSES


def test_every_colour_is_rrggbb() -> None:
    drawn = [SCHEMA.unknown_node, *SCHEMA.node_types.values()]
    colors = [c for t in drawn for c in (t.color, t.border)]
    colors += [k.color for k in SCHEMA.edge_kinds.values()]
    colors += [r.color for r in RELATION_TYPES.values()]
    colors += [SCHEMA.document.color, SCHEMA.document.border, SCHEMA.document.text_color,
               SCHEMA.mentions_color]
    assert [c for c in colors if not COLOR.fullmatch(c)] == []


def test_every_shape_is_one_the_legend_draws() -> None:
    page = (PACKAGE / "views" / "assets" / "page.js").read_text(encoding="utf-8")
    block = page[page.index("const SHAPES = {"):]
    drawn = set(re.findall(r"^\s+(\w+): function", block[:block.index("};")], re.MULTILINE))
    assert SHAPES <= drawn
    assert {t.shape for t in SCHEMA.node_types.values()} <= SHAPES


@pytest.mark.parametrize(("rel_type", "source", "target", "expected"), [
    ("MEMBER_OF", "Person", "Party", True),
    ("MEMBER_OF", "Person", "State", False),  # one is a citizen of a state, not its member
    ("MEMBER_OF", "State", "Party", False),
    ("HEADS", "Person", "State", True),
    ("TESTIFIED_BEFORE", "Person", "Committee", True),
    ("TESTIFIED_BEFORE", "Person", "Agency", False),
    ("EXPELLED", "Person", "Person", True),
    ("DETAINED", "Person", "Person", False),
    ("INTRODUCED", "Person", "Bill", True),
    ("INTRODUCED", "Person", "Party", False),
    ("SUPPORTED", "Party", "Bill", True),
    ("MET_WITH", "Person", "Bill", False),  # a bill is only introduced, backed, criticized
    ("MET_WITH", "Bill", "Person", True),   # sources are not limited unless declared
    ("ACCUSED", "Person", "State", True),
    ("SANCTIONED", "Party", "Organization", True),  # the defaults, not EXPELLED's before it
    ("NOT_A_TYPE", "Person", "State", False),
])
def test_the_extraction_check_follows_the_declaration(rel_type: str, source: str, target: str,
                                                      expected: bool) -> None:
    assert allowed(rel_type, _mention(source, "a"), _mention(target, "b")) is expected


def test_the_extraction_never_links_an_actor_to_itself() -> None:
    assert not allowed("MET_WITH", _mention("Person", "a"), _mention("Person", "a"))


# -- a broken declaration is refused, naming the entry --------------------------------

@pytest.mark.parametrize(("old", "new", "message"), [
    ('[relations.APPOINTED]\ndescription = "source appointed target"\ntargets = ["Person"]',
     '[relations.APPOINTED]\ndescription = "source appointed target"\ntargets = ["Persn"]',
     "[relations.APPOINTED] 'Persn' is neither a node type nor a group"),
    ('color = "#4e79a7"', 'color = "#4e79a"', "[node_types.Person] colour '#4e79a'"),
    ('shape = "hexagon"', 'shape = "box"', "[node_types.State] shape 'box'"),
    ('MP = "Legislature"', 'MP = "Parliament"', "[roles.MP] accent 'Parliament'"),
    ('MP = "Legislature"', 'Party = "Party"', "[roles.Party] a role may not share its name"),
    ("allegation = true", "allegtion = true", "[relations.ACCUSED] unknown key 'allegtion'"),
    ('groups = ["actor"]', 'groups = ["actor", "State"]', "group 'State' has the name"),
    ('[relations.DENIED]', '[relations.ACCUSED]', "ACCUSED"),  # declared twice
    ("diameter = 70", "diameter = -70", "[node_types.State] diameter -70"),
    ('[relations.MET_WITH]', '[relations.met_with]', "'met_with' is not a valid relation"),
    ('[document]', '[documents]', "[model] unknown key 'documents'"),
    ("allegation = true", 'allegation = "yes"', "[relations.ACCUSED] allegation 'yes' is not"),
    ('targets = ["actor"]  #', 'targets = ["actors"]  #',
     "[relation_defaults] 'actors' is neither a node type nor a group"),
])
def test_a_broken_declaration_is_refused_in_one_line(tmp_path: Path, old: str, new: str,
                                                     message: str) -> None:
    text = DECLARATION.read_text(encoding="utf-8")
    assert old in text
    broken = tmp_path / "model.toml"
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        read_schema(broken)
    assert str(caught.value).startswith("model.toml: ")
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_the_shipped_declaration_reads_back_the_same() -> None:
    assert read_schema(DECLARATION) == SCHEMA


# -- a new type is one entry, and reaches everything -----------------------------------

ADDED = """
[node_types.Vessel]
description = "a ship"
color = "#123456"
border = "#0a1b2c"
shape = "triangle"
diameter = 52
groups = ["actor"]

[relations.SAILED_TO]
description = "source sailed to target"
sources = ["Vessel"]
targets = ["State", "Government"]
color = "#2a9d8f"
"""

PROBE = """
import json
import networkx as nx
import figraph
from figraph.graph.model import NODE_TYPES, RELATION_TYPES, Edge
from figraph.graph.neo4j_write import safe_label, safe_rel_type
from figraph.loaders.mentions.mention import Mention
from figraph.loaders.relations.found import allowed
from figraph.views.browser import grass_rules
from figraph.views.gephi_style import edge_drawing, node_drawing
from figraph.views.payload import build_payload
from figraph.views.style import edge_style, node_style

def mention(node_type, key):
    return Mention(0, 1, key, "name", key, node_type, key=key)

graph = nx.MultiDiGraph()
graph.add_node("v", name="Aurora", type="Vessel")
graph.add_node("c", name="Canada", type="State")
graph.add_edge("v", "c", key="e", type="SAILED_TO", status="stated", evidence=[])
payload = build_payload(graph, title="t", positions={}, documents=None, highlight=[],
                        settings={})
gephi_node = node_drawing(graph, {}, "graphml")["v"]
gephi_edge = edge_drawing(graph, {}, "graphml")[("v", "c", "e")]
print(json.dumps({
    "package": figraph.__file__,
    "node_types": list(NODE_TYPES),
    "relation": RELATION_TYPES["SAILED_TO"].description,
    "edge": Edge("v", "c", "SAILED_TO").type,
    "node_style": node_style("Vessel").__dict__,
    "edge_style": edge_style("SAILED_TO").__dict__,
    "grass": {selector: props for selector, props in grass_rules()},
    "legend": payload["nodeTypes"],
    "relations": payload["relations"],
    "gephi": [[gephi_node[c] for c in "rgb"], [gephi_edge[c] for c in "rgb"]],
    "neo4j": [safe_label("Vessel"), safe_rel_type("SAILED_TO")],
    "allowed": {f"{s}>{t}": allowed("SAILED_TO", mention(s, "s"), mention(t, "t"))
                for s, t in [("Vessel", "State"), ("Person", "State"), ("Vessel", "Person")]},
    "met_with": allowed("MET_WITH", mention("Person", "s"), mention("Vessel", "t")),
}))
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What a copy of the package reports once its declaration alone gains a node type and
    a relation type."""
    root = tmp_path_factory.mktemp("extended")
    copy = root / "figraph"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns(
        ".*", "tests", "bench", "docs", "scripts", "build", "dist", "__pycache__", "*.egg-info"))
    declaration = copy / "graph" / "model.toml"
    declaration.write_text(declaration.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, cwd=root, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert Path(report["package"]).parent == copy  # the copy ran, not the installed package
    return report


def test_a_new_node_type_is_in_the_vocabulary_and_the_views_style(extended: dict) -> None:
    assert extended["node_types"][-1] == "Vessel"
    assert extended["node_style"] == {"color": "#123456", "border": "#0a1b2c",
                                      "shape": "triangle"}
    assert extended["legend"][-1] == {"name": "Vessel", "key": "Vessel", "color": "#123456",
                                     "border": "#0a1b2c", "shape": "triangle", "count": 1}
    assert extended["neo4j"] == ["Vessel", "SAILED_TO"]


def test_a_new_relation_type_is_in_the_vocabulary_and_the_views_style(extended: dict) -> None:
    assert (extended["relation"], extended["edge"]) == ("source sailed to target", "SAILED_TO")
    assert extended["edge_style"] == {"name": "Relationship", "color": "#2a9d8f",
                                      "dashes": False}
    assert extended["relations"] == [{"name": "SAILED_TO", "label": "sailed to",
                                      "allegation": False, "symmetric": False,
                                      "color": "#2a9d8f"}]


def test_new_types_reach_the_browser_stylesheet_and_gephi(extended: dict) -> None:
    assert extended["grass"]["node.Vessel"] == {
        "color": "#123456", "border-color": "#0a1b2c", "text-color-internal": "#ffffff",
        "diameter": "52px"}
    assert extended["grass"]["relationship.SAILED_TO"] == {"color": "#2a9d8f",
                                                           "caption": "'sailed to'"}
    assert extended["gephi"] == [[0x12, 0x34, 0x56], [0x2a, 0x9d, 0x8f]]


def test_new_types_reach_the_extraction_type_check(extended: dict) -> None:
    assert extended["allowed"] == {"Vessel>State": True, "Person>State": False,
                                   "Vessel>Person": False}
    assert extended["met_with"] is True  # in the `actor` group: any unlimited relation takes it
