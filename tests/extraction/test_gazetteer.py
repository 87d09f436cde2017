"""Gazetteer files: loading, validation, derived surface forms, user files win."""

from __future__ import annotations

from pathlib import Path

import pytest
from figraph.graph.model import make_id, normalize_name
from figraph.loaders.vocabulary.gazetteer import Gazetteer, GazetteerError, read_entries

FIXTURE = Path(__file__).parents[1] / "data/gazetteer/affair.toml"


def test_shipped_gazetteer_loads_without_warnings() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.warnings == []
    assert "Dominic LeBlanc" in gazetteer and "Government of Canada" in gazetteer


def test_derived_forms_include_last_name_but_not_for_states() -> None:
    gazetteer = Gazetteer.load(extra_files=[FIXTURE], shipped=False)
    forms = {(f.text, f.kind) for f in gazetteer.surface_forms() if f.entry == "Dominic LeBlanc"}
    assert ("LeBlanc", "lastname") in forms and ("Dominic Leblanc", "alias") in forms
    china = {(f.text, f.kind) for f in gazetteer.surface_forms()
             if f.entry == "People's Republic of China"}
    assert ("Beijing", "metonym") in china and ("Chinese", "demonym") in china
    assert not any(kind == "lastname" for _, kind in china)


@pytest.mark.parametrize(("written", "entry"), [
    ("US Department of the Treasury", "United States Department of the Treasury"),
    ("UK Foreign Office", None),
])
def test_a_name_opening_on_us_is_also_found_without_the_stops(written: str,
                                                              entry: str | None) -> None:
    """'U.S. Department of the Treasury' is an alias; texts also write 'US ...'. Only names
    the gazetteer holds with 'U.S.' or 'U.K.' gain the other spelling."""
    forms = {f.text: f.entry for f in Gazetteer.load().surface_forms()}
    assert forms.get(written) == entry


def test_ids_are_stable_from_the_canonical_name() -> None:
    entry = Gazetteer.load(extra_files=[FIXTURE], shipped=False).get("dominic leblanc")
    assert entry is not None and entry.id == make_id("a", normalize_name("Dominic LeBlanc"))


def test_bad_file_is_reported_by_name_and_the_rest_loads(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[actor]]\nname = "X"\ntype = "Planet"\n', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[actor]\nname=", encoding="utf-8")
    gazetteer = Gazetteer.load(extra_files=[bad, broken, FIXTURE], shipped=False)
    assert any("bad.toml" in w and "Planet" in w for w in gazetteer.warnings)
    assert any("broken.toml" in w for w in gazetteer.warnings)
    assert "Han Dong" in gazetteer


def test_user_file_replaces_a_shipped_entry(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[[actor]]\nname = "Han Dong"\ntype = "Person"\nroles = ["Senator", "Nope"]\n',
                    encoding="utf-8")
    entry = Gazetteer.load(extra_files=[user]).get("Han Dong")
    assert entry is not None and entry.roles == ["Senator"]


def test_missing_name_is_an_error() -> None:
    try:
        read_entries('[[actor]]\ntype = "Person"\n', "x.toml")
    except GazetteerError as exc:
        assert "x.toml" in str(exc)
    else:
        raise AssertionError("no error")


@pytest.mark.parametrize(("body", "problem"), [
    ('[[actor]]\nname = "X"\ntype = "Person"\naliases = 5\n', "'X': 'aliases' must be a text"),
    ('[[actor]]\nname = "X"\ntype = "Person"\nroles = [1, 2]\n', "'X': 'roles' must be a text"),
    ('[[actor]]\nname = "X"\ntype = "Person"\n[actor.demonyms]\na = 1\n', "'demonyms' must"),
    ("actor = [1, 2]\n", "'actor' must be an array of tables"),
])
def test_wrong_value_types_are_the_files_error_not_a_crash(
    tmp_path: Path, body: str, problem: str
) -> None:
    bad = tmp_path / "types.toml"
    bad.write_text(body, encoding="utf-8")
    gazetteer = Gazetteer.load(extra_files=[bad, FIXTURE], shipped=False)
    assert [w for w in gazetteer.warnings if "types.toml" in w and problem in w], gazetteer.warnings
    assert "Han Dong" in gazetteer


def test_each_shipped_actor_is_declared_once() -> None:
    """A second entry of one name silently replaces the first (its aliases lost):
    two such pairs had crept into the shipped files."""
    from collections import Counter

    from figraph.loaders.vocabulary.gazetteer import _shipped_texts

    names = Counter(normalize_name(entry.name) for origin, text in _shipped_texts()
                    for entry in read_entries(text, origin))
    assert [name for name, count in names.items() if count > 1] == []


# -- a user's gazetteer is never dropped in silence (build and extract refuse to start) ---------

GOOD_ENTRY = '[[actor]]\nname = "Zhao Wei"\ntype = "Person"\n'
BAD_GAZETTEERS = [
    ("missing", None, "cannot read the gazetteer (No such file or directory)"),
    ("not TOML", "[[actor]\nname=", "not valid TOML"),
    ("unknown type", GOOD_ENTRY + '[[actor]]\nname = "X"\ntype = "Planet"\n',
     "'X' has unknown type 'Planet'"),
    ("key typo", GOOD_ENTRY + 'alias = ["Wei Zhao"]\n',
     "'Zhao Wei': unknown key 'alias' (did you mean 'aliases'?)"),
    ("role typo", GOOD_ENTRY + 'roles = ["Diplomats"]\n', "unknown role 'Diplomats'"),
    ("not UTF-8", GOOD_ENTRY.encode("utf-16"), "not UTF-8 text"),
]


@pytest.mark.parametrize(("case", "content", "phrase"), BAD_GAZETTEERS,
                         ids=[c[0] for c in BAD_GAZETTEERS])
@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_bad_user_gazetteer_stops_the_command_with_one_line_naming_it(
    case: str, content: str | bytes | None, phrase: str, command: str, tmp_path: Path
) -> None:
    from figraph.cli import app
    from typer.testing import CliRunner

    gazetteer = tmp_path / "mine.toml"
    if isinstance(content, str):
        gazetteer.write_text(content, encoding="utf-8")
    elif content is not None:
        gazetteer.write_bytes(content)
    document = tmp_path / "doc.txt"
    document.write_text("Report\n\nMP Han Dong met Zhao Wei in Toronto.\n", encoding="utf-8")
    store = tmp_path / "store"
    extra = ["--store", str(store)] if command == "build" else []
    result = CliRunner().invoke(app, [command, str(document), "-g", str(gazetteer), *extra])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{gazetteer}: ") and phrase in lines[0], lines
    assert lines[-1] == "figraph: 1 gazetteer problem: fix the file(s), nothing was read"
    assert not store.exists()  # nothing was built without the user's gazetteer


def test_one_bad_entry_costs_only_itself_when_loading(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.toml"
    mixed.write_text(GOOD_ENTRY + '[[actor]]\nname = "X"\ntype = "Planet"\n', encoding="utf-8")
    gazetteer = Gazetteer.load(extra_files=[mixed], shipped=False)
    assert "Zhao Wei" in gazetteer and "X" not in gazetteer
    assert len(gazetteer.warnings) == 1 and "Planet" in gazetteer.warnings[0]


@pytest.mark.parametrize(("form", "name"), [
    ("BfV", "Federal Office for the Protection of the Constitution"),
    ("AIVD", "General Intelligence and Security Service"),
    ("Säpo", "Swedish Security Service"),
    ("EEAS", "European External Action Service"),
])
def test_security_services_of_other_countries_are_known(form: str, name: str) -> None:
    entry = Gazetteer.load().named(form)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize(("form", "name"), [
    ("HRW", "Human Rights Watch"),
    ("National Democratic Institute for International Affairs", "National Democratic Institute"),
    ("IRI", "International Republican Institute"),
    ("NED", "National Endowment for Democracy"),
])
def test_rights_and_democracy_organisations_are_known(form: str, name: str) -> None:
    """Sanctions and 'foreign agent' listings name them, often in long lists the model
    misreads ('the Asia director at Human Rights Watch X')."""
    entry = Gazetteer.load().named(form)
    assert entry is not None and entry.name == name and entry.type == "Organization"


@pytest.mark.parametrize(("form", "name"), [
    ("Seimas", "Seimas of the Republic of Lithuania"),
    ("Verkhovna Rada", "Verkhovna Rada"),
    ("Tweede Kamer", "House of Representatives of the Netherlands"),
    ("Parliament of Austria", "National Council of Austria"),
    ("Knesset", "Knesset"),
])
def test_legislatures_of_other_countries_are_known(form: str, name: str) -> None:
    entry = Gazetteer.load().named(form)
    assert entry is not None and entry.name == name and entry.type == "Legislature"


@pytest.mark.parametrize(("form", "name"), [
    ("Republic of Lithuania", "Lithuania"), ("Kingdom of the Netherlands", "Netherlands"),
    ("Hellenic Republic", "Greece"), ("Republic of China (Taiwan)", "Taiwan"),
])
def test_a_states_official_name_is_the_state(form: str, name: str) -> None:
    entry = Gazetteer.load().named(form)
    assert entry is not None and entry.name == name


def test_republic_of_china_alone_names_no_state() -> None:
    """'Republic of China' is Taiwan's official name, never the People's Republic: no pick."""
    entry = Gazetteer.load().named("Republic of China")
    assert entry is None or entry.name != "People's Republic of China"


@pytest.mark.parametrize("form", ["National Assembly", "Senate", "Parliament", "Bundesrat"])
def test_a_legislatures_name_several_countries_use_names_none(form: str) -> None:
    """'the National Assembly' is France's, Hungary's, Serbia's...: no pick among them."""
    entry = Gazetteer.load().named(form)
    assert entry is None or entry.type != "Legislature" or entry.country == "Canada"


def test_an_acronym_two_bodies_share_is_only_local() -> None:
    """'the NSA' is the National Security Adviser in British text: only American text
    reads it as the agency."""
    gazetteer = Gazetteer.load()
    assert gazetteer.named("NSA") is None
    assert ("NSA", "local") in {(f.text, f.kind) for f in gazetteer.surface_forms()
                                if f.entry == "National Security Agency"}
