"""The gazetteer: curated actors we already know, and the surface forms that name them.

Why a list at all: statistical NER misses or mistypes the names this domain is
made of ("Bill C-70" as a PERSON, "NSICOP" as nothing), and it cannot say that
"Beijing" acts for China or that "Leblanc" is Dominic LeBlanc. Entries are
TOML files (`seeds/gazetteer/*.toml`, shipped with the package, plus any file
a user passes); each `[[actor]]` table is one canonical actor.

Surface forms are derived here once (last name, "Title Lastname" is left to
the matcher, which looks at the token before a last name), so the matcher only
ever sees a flat list of phrases.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...graph.model import NODE_TYPES, ROLES, make_id
from ...graph.model import normalize_name as _normalize_name

normalize_name = lru_cache(maxsize=65536)(_normalize_name)

__all__ = ["GazetteerEntry", "Gazetteer", "SurfaceForm", "GazetteerError", "file_problems",
           "check_entries"]


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message names the file."""


@dataclass
class GazetteerEntry:
    """One known actor, as written in a gazetteer file."""

    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    party: str = ""
    portfolio: list[str] = field(default_factory=list)
    parent: str = ""
    country: str = ""
    description: str = ""
    wikidata: str = ""
    local: list[str] = field(default_factory=list)
    """Forms that name this actor only in a document of its own country ('the Senate',
    'House of Commons', 'Department of Justice'): see `loaders.locales`."""
    host: str = ""
    """The country whose documents its local forms are read in, when not `country` (an
    embassy is its state's, but 'the Chinese embassy' is the one in Ottawa only in a
    Canadian text)."""
    seats: list[str] = field(default_factory=list)
    """Constituencies a member sits or sat for: 'the member for Wellington—Halton Hills' is
    this person when no other entry holds that seat (see `loaders.seats`)."""

    @property
    def id(self) -> str:
        """Stable across documents: the same person from two texts is one node."""
        return make_id("a", normalize_name(self.name))

    @property
    def last_name(self) -> str:
        """Last word of a person's name ("LeBlanc"), empty for other types."""
        words = self.name.split()
        return words[-1] if self.type == "Person" and len(words) > 1 else ""


@dataclass(frozen=True)
class SurfaceForm:
    """A phrase that names an entry; `kind` tells the matcher how far to trust it."""

    text: str
    entry: str
    """Canonical name of the entry."""
    kind: str
    """name | alias | local | lastname | demonym | metonym"""


_KNOWN_KEYS = {
    "name", "type", "roles", "aliases", "demonyms", "metonyms", "party", "portfolio",
    "parent", "country", "description", "wikidata", "local", "host", "seats",
}


def _as_list(table: dict, key: str, where: str) -> list[str]:
    """A text or an array of texts; anything else is the file's error, not a crash."""
    value = table.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise GazetteerError(f"{where}: {key!r} must be a text or an array of texts")


def entry_from_table(table: object, origin: str) -> GazetteerEntry:
    """Validate one `[[actor]]` table; unknown keys are kept out, bad types refused."""
    if not isinstance(table, dict):
        raise GazetteerError(f"{origin}: 'actor' must be an array of tables ([[actor]])")
    name = str(table.get("name", "")).strip()
    kind = str(table.get("type", "")).strip()
    if not name:
        raise GazetteerError(f"{origin}: an [[actor]] has no name")
    if kind not in NODE_TYPES:
        raise GazetteerError(f"{origin}: {name!r} has unknown type {kind!r} "
                             f"(known: {', '.join(NODE_TYPES)})")
    where = f"{origin}: {name!r}"
    roles = [r for r in _as_list(table, "roles", where) if r in ROLES]
    return GazetteerEntry(
        name=name, type=kind, roles=roles,
        aliases=_as_list(table, "aliases", where),
        demonyms=_as_list(table, "demonyms", where),
        metonyms=_as_list(table, "metonyms", where),
        party=str(table.get("party", "") or ""),
        portfolio=_as_list(table, "portfolio", where),
        parent=str(table.get("parent", "") or ""),
        country=str(table.get("country", "") or ""),
        description=str(table.get("description", "") or ""),
        wikidata=str(table.get("wikidata", "") or ""),
        local=_as_list(table, "local", where),
        host=str(table.get("host", "") or ""),
        seats=_as_list(table, "seats", where),
    )


def read_entries(text: str, origin: str) -> list[GazetteerEntry]:
    """Entries of one TOML document; `origin` names it in error messages.

    Raises GazetteerError on the first problem (see `check_entries` for all of them)."""
    entries, problems = check_entries(text, origin)
    if problems:
        raise GazetteerError(problems[0])
    return entries


def check_entries(text: str, origin: str) -> tuple[list[GazetteerEntry], list[str]]:
    """(the good entries, one line per problem) of one TOML document.

    A problem is anything that would make the gazetteer say less than its author
    meant: invalid TOML, an entry without a name or with an unknown type, a key or a
    role figraph does not know (a typo such as `alias` would otherwise be dropped)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{origin}: not valid TOML: {exc}"]
    problems = [f"{origin}: unknown table or key {key!r} (expected [[actor]] tables)"
                for key in data if key != "actor"]
    tables = data.get("actor", [])
    if not isinstance(tables, list):
        return [], [*problems, f"{origin}: 'actor' must be an array of tables ([[actor]])"]
    entries = []
    for number, table in enumerate(tables, start=1):
        try:
            entries.append(entry_from_table(table, origin))
        except GazetteerError as exc:
            problems.append(f"{exc} (actor #{number})")
            continue
        problems += _unknown_names(table, f"{origin}: {entries[-1].name!r}")
    return entries, problems


def _unknown_names(table: dict, where: str) -> list[str]:
    """Keys and roles that `entry_from_table` leaves out, each with the known ones."""
    import difflib

    def hint(word: str, known: Sequence[str]) -> str:
        close = difflib.get_close_matches(word, known, n=1)
        return f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(known))}"

    problems = [f"{where}: unknown key {key!r} ({hint(key, sorted(_KNOWN_KEYS))})"
                for key in table if key not in _KNOWN_KEYS]
    roles = table.get("roles")
    for role in [roles] if isinstance(roles, str) else roles or []:
        if role not in ROLES:
            problems.append(f"{where}: unknown role {role!r} ({hint(role, list(ROLES))})")
    return problems


def file_problems(paths: Sequence[Path]) -> list[str]:
    """One line per problem in the user's gazetteer files; empty when all are usable.

    A build checks this before it reads a document: a gazetteer that silently lost an
    entry (or a whole file) would store documents extracted without it, and building
    again would not redo them (they are identified by their text)."""
    problems: list[str] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            problems.append(f"{path}: cannot read the gazetteer ({exc.strerror or exc})")
            continue
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        problems += check_entries(text, str(path))[1]
    return problems


def _shipped_texts() -> Iterator[tuple[str, str]]:
    """(origin, text) of each TOML file under figraph.seeds/gazetteer."""
    from importlib import resources

    try:
        folder = resources.files("figraph.seeds").joinpath("gazetteer")
    except ModuleNotFoundError:
        return
    if not folder.is_dir():
        return
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            yield f"figraph.seeds/gazetteer/{item.name}", item.read_text(encoding="utf-8")


class Gazetteer:
    """Known actors by canonical name, with every surface form that names them."""

    def __init__(self, entries: Sequence[GazetteerEntry] = ()) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        self.warnings: list[str] = []
        self._state_forms: dict[str, dict[str, str]] = {}
        self._aliases: dict[str, GazetteerEntry | None] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: GazetteerEntry) -> None:
        """Later files win: a user's entry replaces a shipped one of the same name."""
        self.entries[normalize_name(entry.name)] = entry
        self._state_forms = {}
        self._aliases = None

    def state_of_demonym(self, word: str) -> str | None:
        """'chinese' -> "People's Republic of China": the state a lower-case demonym names
        (the table is built once, on first use)."""
        return self._states_by("demonyms").get(word.lower())

    def state_of_metonym(self, word: str) -> str | None:
        """'Kremlin' -> 'Russia': the state a capital or seat of power stands for."""
        return self._states_by("metonyms").get(word.lower())

    def _states_by(self, forms: str) -> dict[str, str]:
        """Lower-case form -> state, for the states' `demonyms` or `metonyms` (each table
        built once, on first use)."""
        if forms not in self._state_forms:
            self._state_forms[forms] = {form.lower(): e.name for e in self.entries.values()
                                        if e.type == "State" for form in getattr(e, forms)}
        return self._state_forms[forms]

    def state_of_demonym_at(self, token: Any) -> str | None:
        """The state a demonym token names, read with the word before it when the two make
        one demonym: 'an East German spy' is East Germany's, not Germany's."""
        if token.i > 0:
            state = self.state_of_demonym(f"{token.nbor(-1).lower_} {token.lower_}")
            if state:
                return state
        return self.state_of_demonym(token.lower_)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), shipped: bool = True) -> Gazetteer:
        """The shipped gazetteer plus user files; bad entries are skipped with a warning
        (the CLI refuses to build with any: see `file_problems`)."""
        gazetteer = cls()
        sources: list[tuple[str, str]] = list(_shipped_texts()) if shipped else []
        for path in extra_files:
            try:
                sources.append((str(path), Path(path).read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                gazetteer.warnings.append(f"{path}: cannot read gazetteer: {exc}")
        for origin, text in sources:
            entries, problems = check_entries(text, origin)
            for entry in entries:  # a bad entry costs itself only, never its file
                gazetteer.add(entry)
            gazetteer.warnings += problems
        return gazetteer

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: str) -> bool:
        return normalize_name(name) in self.entries

    def get(self, name: str) -> GazetteerEntry | None:
        return self.entries.get(normalize_name(name))

    def named(self, form: str) -> GazetteerEntry | None:
        """The entry a name or alias names ('GRU'), None when none or several do (the
        table is built once, on first use; local forms need a locale and are left out)."""
        if self._aliases is None:
            table: dict[str, GazetteerEntry | None] = {}
            for entry in self.entries.values():
                for alias in {normalize_name(a) for a in (entry.name, *entry.aliases)}:
                    table[alias] = entry if table.get(alias, entry) is entry else None
            self._aliases = table
        return self._aliases.get(normalize_name(form))

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every phrase the matcher should look for, with its kind; a name written with an
        en or em dash is also looked for with a hyphen ('Canada–People's Republic of China'
        as texts type it), and the other way round; a straight apostrophe also as the
        typographic one ('People’s Republic of China'); a name opening on 'U.S.' or 'U.K.'
        also without the stops ('US Department of the Treasury'), and the other way round."""
        for form in self._forms():
            yield form
            for dash, other in (("–", "-"), ("—", "-"), ("-", "–"), ("'", "’")):
                if dash in form.text:
                    yield SurfaceForm(form.text.replace(dash, other), form.entry, form.kind)
            for dotted, bare in (("U.S. ", "US "), ("U.K. ", "UK ")):
                for have, other in ((dotted, bare), (bare, dotted)):
                    if form.text.startswith(have):
                        yield SurfaceForm(other + form.text[len(have):], form.entry, form.kind)

    def _forms(self) -> Iterator[SurfaceForm]:
        for entry in self.entries.values():
            local = {normalize_name(form) for form in entry.local}
            for form in entry.local:
                yield SurfaceForm(form, entry.name, "local")
            if normalize_name(entry.name) not in local:
                yield SurfaceForm(entry.name, entry.name, "name")
            for alias in entry.aliases:
                if normalize_name(alias) not in local:
                    yield SurfaceForm(alias, entry.name, "alias")
            for form in entry.demonyms:
                yield SurfaceForm(form, entry.name, "demonym")
                if form.endswith("an"):  # 'the Russians': a state's people, as its actor
                    yield SurfaceForm(form + "s", entry.name, "demonym")
            for form in entry.metonyms:
                yield SurfaceForm(form, entry.name, "metonym")
            if entry.last_name:
                yield SurfaceForm(entry.last_name, entry.name, "lastname")

    def by_type(self, kind: str) -> list[GazetteerEntry]:
        return [e for e in self.entries.values() if e.type == kind]
