"""`figraph export OUT.ftm.json`: followthemoney entities that followthemoney itself reads back.

Every line is parsed by followthemoney (`model.get_proxy`), checked against the schema
(required properties, each value already what FtM's cleaning makes of it, each entity
reference pointing at an entity of the file and of the range the property wants), and
the file is passed through followthemoney's own `ftm validate` command, which must
give back the same entities.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from figraph.cli import app
from figraph.graph.local_store import LocalStore
from figraph.graph.model import Extraction
from sample_graph import CANADA, CHINA, HAN_DONG, LIBERAL, NSICOP, actor, document, fact
from typer.testing import CliRunner

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402

runner = CliRunner()
HOSTILE = 'Robert"); <b>&amp; =cmd|\' "x"\u202e'
CSIS = actor("Canadian Security Intelligence Service", "Agency", aliases=("CSIS",))
C70 = actor("Bill C-70", "Bill")
MPS = actor("Canadian parliamentarians (unnamed)", "Person", "MP", "Group")
ZHAO = actor("Zhao Wei", "Person", "Diplomat")


@pytest.fixture
def store(tmp_path) -> LocalStore:
    """One document for each kind of relation the export maps, with a dated span, an
    allegation with its claimant, a group and a hostile name."""
    local = LocalStore(tmp_path / "store")
    MPS.group = True
    text = (f"Han Dong is a member of the Liberal Party. Zhao Wei works for CSIS. "
            f"CSIS works for Canada. Han Dong met Zhao Wei. China funded the Liberal Party. "
            f"Canada sanctioned Zhao Wei. Han Dong introduced Bill C-70. "
            f"{HOSTILE} met China. Parliamentarians met Han Dong.")
    doc = document(text, title="Affair overview", url="https://news.example.org/affair",
                   date="2024-06-03")
    edges = [
        fact(doc, HAN_DONG, "MEMBER_OF", LIBERAL, "Han Dong is a member of the Liberal Party."),
        fact(doc, ZHAO, "WORKS_FOR", CSIS, "Zhao Wei works for CSIS."),
        fact(doc, CSIS, "WORKS_FOR", CANADA, "CSIS works for Canada."),
        fact(doc, HAN_DONG, "MET_WITH", ZHAO, "Han Dong met Zhao Wei."),
        fact(doc, CHINA, "FUNDED", LIBERAL, "China funded the Liberal Party.", NSICOP, "alleged"),
        fact(doc, CANADA, "SANCTIONED", ZHAO, "Canada sanctioned Zhao Wei."),
        fact(doc, HAN_DONG, "INTRODUCED", C70, "Han Dong introduced Bill C-70."),
        fact(doc, MPS, "MET_WITH", HAN_DONG, "Parliamentarians met Han Dong."),
    ]
    edges[3].date, edges[3].date_text = "2019/2021", "between 2019 and 2021"
    edges[0].date = "2019-05-01"
    evil = actor(HOSTILE, "Person")
    edges.append(fact(doc, evil, "MET_WITH", CHINA, f"{HOSTILE} met China."))
    actors = [HAN_DONG, LIBERAL, ZHAO, CSIS, CANADA, CHINA, NSICOP, C70, MPS, evil]
    local.merge(Extraction(doc, actors, edges, {a.id: 1 for a in actors}))
    local.save()
    return local


def export(store: LocalStore, output: Path, *extra: str) -> Any:
    result = runner.invoke(app, ["export", str(output), *extra, "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    return result


class Entities(dict):
    """Entities by id, and each one's line as written (`raw`), to compare with what
    followthemoney made of it."""

    def __init__(self) -> None:
        super().__init__()
        self.raw: dict[str, dict[str, Any]] = {}

    def put(self, data: dict[str, Any]) -> Any:
        proxy = model.get_proxy(data, cleaned=False)  # followthemoney cleans every value
        self[proxy.id], self.raw[proxy.id] = proxy, data
        return proxy


def read_back(path: Path) -> Entities:
    """Each line through followthemoney, keyed by id (no id twice)."""
    entities = Entities()
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        assert data["id"] not in entities
        entities.put(data)
    return entities


def problems(entities: Entities) -> list[str]:
    """What followthemoney's model says is wrong with each entity."""
    found = []
    for proxy in entities.values():
        schema = proxy.schema
        raw = entities.raw[proxy.id]
        if normalised(proxy.to_dict()) != normalised(raw):
            found.append(f"{proxy.id}: followthemoney reads {proxy.to_dict()} from {raw}")
        if schema.abstract:
            found.append(f"{proxy.id}: abstract schema {schema.name}")
        for name in schema.required:
            if not proxy.get(name):
                found.append(f"{proxy.id}: {schema.name} lacks required {name}")
        try:
            schema.validate(proxy.to_dict())
        except Exception as exc:  # InvalidData names the property
            found.append(f"{proxy.id}: {exc}")
        for prop, value in proxy.itervalues():
            if prop.type.clean(value, proxy=proxy) != value:
                found.append(f"{proxy.id}: {prop.name}={value!r} is not clean")
            if prop.type.name == "entity":
                other = entities.get(value)
                if other is None or not other.schema.is_a(prop.range):
                    found.append(f"{proxy.id}: {prop.name} -> {value} is not a {prop.range}")
    return found


def by_record(entities: dict[str, Any], store: LocalStore, source: Any, rel: str,
              target: Any) -> Any:
    [edge] = [e for e in store.edges()
              if (e.source, e.type, e.target) == (source.id, rel, target.id)]
    [proxy] = [p for p in entities.values() if edge.id in p.get("recordId", quiet=True)]
    return proxy


def test_every_entity_is_valid_for_followthemoney(store, tmp_path):
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    entities = read_back(out)
    assert problems(entities) == []
    counts = Counter(p.schema.name for p in entities.values())
    assert counts["Document"] == 1
    records = sorted(r for p in entities.values() for r in p.get("recordId", quiet=True))
    assert records == sorted(e.id for e in store.edges())  # one entity per relation
    assert counts["Documentation"] == store.graph.number_of_nodes()  # each actor's mention


def test_the_check_above_can_fail(store, tmp_path):
    """A broken reference and an unclean date are caught by `problems`."""
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    entities = read_back(out)
    membership = next(p for p in entities.values() if p.schema.name == "Membership")
    data = membership.to_dict()
    data["properties"]["member"] = ["figraph-a-nobody"]
    data["properties"]["date"] = ["May 2019"]
    entities.put(data)
    found = problems(entities)
    assert any("member -> figraph-a-nobody" in p for p in found)
    assert any("followthemoney reads" in p and "May 2019" in p for p in found)


def test_actors_take_the_fitting_schemata(store, tmp_path):
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    entities = read_back(out)
    named = {p.first("name"): p for p in entities.values() if p.schema.is_a("Thing")
             and p.schema.name != "Document"}
    assert named["Han Dong"].schema.name == "Person"
    assert "role.pep" in named["Han Dong"].get("topics")
    assert named["Han Dong"].get("position") == ["Member of Parliament"]
    assert named["Zhao Wei"].get("topics") == ["role.diplo"]
    china = named["People's Republic of China"]
    assert (china.schema.name, china.get("country")) == ("PublicBody", ["cn"])
    assert set(china.get("alias")) == {"China", "PRC", "Beijing"}
    assert named["Canadian Security Intelligence Service"].schema.name == "PublicBody"
    assert named["Liberal Party of Canada"].get("topics") == ["pol.party"]
    assert named["Bill C-70"].schema.name == "Event"
    assert named["Canadian parliamentarians (unnamed)"].schema.name == "LegalEntity"
    assert HOSTILE in named  # the name is data, kept as it is


@pytest.mark.parametrize(("source", "rel", "target", "schema", "ends"), [
    (HAN_DONG, "MEMBER_OF", LIBERAL, "Membership", ("member", "organization")),
    (ZHAO, "WORKS_FOR", CSIS, "Employment", ("employee", "employer")),
    (CSIS, "WORKS_FOR", CANADA, "Representation", ("agent", "client")),
    (HAN_DONG, "MET_WITH", ZHAO, "Associate", ("person", "associate")),
    (CHINA, "FUNDED", LIBERAL, "Payment", ("payer", "beneficiary")),
    (HAN_DONG, "INTRODUCED", C70, "UnknownLink", ("subject", "object")),
    (MPS, "MET_WITH", HAN_DONG, "UnknownLink", ("subject", "object")),
])
def test_relations_take_interval_schemata(store, tmp_path, source, rel, target, schema, ends):
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    entities = read_back(out)
    proxy = by_record(entities, store, source, rel, target)
    assert proxy.schema.name == schema
    assert entities[proxy.first(ends[0])].first("name") == source.name
    assert entities[proxy.first(ends[1])].first("name") == target.name
    [document] = [p for p in entities.values() if p.schema.name == "Document"]
    assert proxy.get("proof") == [document.id]
    assert proxy.get("sourceUrl") == ["https://news.example.org/affair"]
    assert any("“" in text and "Affair overview" in text for text in proxy.get("description"))


def test_dates_status_and_claimant(store, tmp_path):
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    entities = read_back(out)
    met = by_record(entities, store, HAN_DONG, "MET_WITH", ZHAO)
    assert (met.get("startDate"), met.get("endDate")) == (["2019"], ["2021"])
    member = by_record(entities, store, HAN_DONG, "MEMBER_OF", LIBERAL)
    assert member.get("date") == ["2019-05-01"]
    funded = by_record(entities, store, CHINA, "FUNDED", LIBERAL)
    assert funded.get("summary") == [
        "People's Republic of China is alleged to have funded Liberal Party of Canada "
        "(alleged, according to National Security and Intelligence Committee of "
        "Parliamentarians)"]
    sanction = next(p for p in entities.values() if p.schema.name == "Sanction")
    assert sanction.get("authority") == ["Canada"]
    assert entities[sanction.first("entity")].first("name") == "Zhao Wei"


def test_documents_carry_their_source(store, tmp_path):
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    [document] = [p for p in read_back(out).values() if p.schema.name == "Document"]
    assert document.get("title") == ["Affair overview"]
    assert document.get("sourceUrl") == ["https://news.example.org/affair"]
    assert document.get("fileName") == ["Affair overview.txt"]
    assert document.get("date") == ["2024-06-03"]


def test_the_same_store_gives_the_same_file(store, tmp_path):
    export(store, tmp_path / "one.ftm.json")
    export(store, tmp_path / "two.ftm.json")
    assert (tmp_path / "one.ftm.json").read_bytes() == (tmp_path / "two.ftm.json").read_bytes()


@pytest.mark.parametrize(("name", "extra"), [
    ("affair.ftm.json", ()), ("affair.ftm", ()), ("affair.jsonl", ("--format", "ftm")),
])
def test_the_format_by_name_or_option(store, tmp_path, name, extra):
    export(store, tmp_path / name, *extra)
    assert problems(read_back(tmp_path / name)) == []


def test_ftm_validate_gives_back_the_same_entities(store, tmp_path):
    """followthemoney's own command re-parses and cleans every value: nothing changes."""
    out = tmp_path / "affair.ftm.json"
    export(store, out)
    ftm = shutil.which("ftm", path=str(Path(sys.executable).parent)) or shutil.which("ftm")
    assert ftm, "followthemoney's `ftm` command is installed with it"
    checked = tmp_path / "checked.json"
    done = subprocess.run([ftm, "validate", "-i", str(out), "-o", str(checked)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    before = sorted(normalised(json.loads(line)) for line in out.read_text().splitlines())
    after = sorted(normalised(json.loads(line)) for line in checked.read_text().splitlines())
    assert after == before


def normalised(entity: dict[str, Any]) -> tuple[str, str, list[tuple[str, list[str]]]]:
    props = sorted((k, sorted(v)) for k, v in entity["properties"].items() if v)
    return entity["id"], entity["schema"], props
