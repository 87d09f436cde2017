"""Word lists the extraction rules key on: titles, role nouns, relation verbs, hedges.

Why lemmas and not phrases: the rules read a sentence's syntax (who is the
subject, what is the object of which verb) and only then ask this module what
a verb or noun means. A new wording of the same fact ("helped", "assisted",
"aided") then needs one more lemma, not one more pattern.

The lists themselves are data, `data/lexicon/*.toml` (people, groups, organisations,
relations, claims), each with what it is for; this module loads them once and gives
them their Python types. Add a verb to `relations.toml`, not here.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def _load() -> dict[str, Any]:
    folder = resources.files("figraph.loaders").joinpath("data", "lexicon")
    merged: dict[str, Any] = {}
    for name in ("people", "groups", "organisations", "relations", "claims", "clauses"):
        data = tomllib.loads(folder.joinpath(f"{name}.toml").read_text(encoding="utf-8"))
        for key, value in data.items():
            if key in merged:
                raise ValueError(f"lexicon list {key!r} defined twice (in {name}.toml)")
            merged[key] = value
    return merged


_DATA = _load()


# -- people ------------------------------------------------------------------------------

TITLE_ROLES: dict[str, str] = dict(_DATA["title_roles"])
SURNAME_FIRST: set[str] = set(_DATA["surname_first"])
HONORIFICS: set[str] = set(_DATA["honorifics"])
FIELD_OF_WORK_WORDS: frozenset[str] = frozenset(_DATA["field_of_work_words"])
"""'Counter Terrorism' in a long title: a field, no person and no body (mentions, roles)."""
HEAD_TITLES: set[str] = set(_DATA["head_titles"])
TITLE_WORDS: frozenset[str] = frozenset(TITLE_ROLES) | frozenset(HEAD_TITLES)
"""Every title noun: a role's or a head's ('minister', 'director')."""
SUBORDINATE_TITLE_WORDS: set[str] = set(_DATA["subordinate_title_words"])
SHADOW_TITLE_WORDS: set[str] = set(_DATA["shadow_title_words"])
LIKENESS_NOUNS: set[str] = set(_DATA["likeness_nouns"])
DIPLOMAT_NOUNS: set[str] = set(_DATA["diplomat_nouns"])
POSTING_VERBS: set[str] = set(_DATA["posting_verbs"])
WORK_ROLE_NOUNS: frozenset[str] = frozenset(_DATA["work_role_nouns"])
PERSON_ROLE_NOUNS: set[str] = set(TITLE_ROLES) | set(_DATA["person_role_nouns"]) | WORK_ROLE_NOUNS
NAME_SUFFIXES: frozenset[str] = frozenset(_DATA["name_suffixes"])
"""'Jr.', 'III' after a name: part of it, no word of a title or a description."""
OFFICE_NOUNS: set[str] = set(_DATA["office_nouns"])

# -- groups ------------------------------------------------------------------------------

PARLIAMENTARIAN_NOUNS: set[str] = set(_DATA["parliamentarian_nouns"])
FOREIGN_ACTOR_PHRASES: set[str] = set(_DATA["foreign_actor_phrases"])
FOREIGN_ACTOR_GROUP: str = _DATA["foreign_actor_group"]
STATE_NOUNS: set[str] = set(_DATA["state_nouns"])

# -- organisations -----------------------------------------------------------------------

ORG_HEAD_TYPES: dict[str, str] = dict(_DATA["org_head_types"])
ORG_HEAD_PHRASES: dict[str, str] = dict(_DATA["org_head_phrases"])
MEDIA_ACRONYMS: set[str] = set(_DATA["media_acronyms"])
ANAPHORA: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["anaphora"].items()}
REPORT_NOUNS: set[str] = set(_DATA["report_nouns"])
COUNTRIES: set[str] = set(_DATA["countries"])
REGIONS: set[str] = set(_DATA["regions"])
REGION_NAMES: frozenset[str] = frozenset(name.lower() for name in REGIONS)
PARTY_ABBREVIATIONS: dict[str, str] = dict(_DATA["party_abbreviations"])
JUNK_NAMES: set[str] = set(_DATA["junk_names"])
NON_ACTOR_NAMES: set[str] = set(_DATA["non_actor_names"])

# -- relations ---------------------------------------------------------------------------

VERB_RELATIONS: dict[str, str] = dict(_DATA["verb_relations"])
VERB_PREPOSITIONS: dict[str, set[str]] = {k: set(v) for k, v in _DATA["verb_prepositions"].items()}
REVERSED_IF_PREP: dict[str, set[str]] = {k: set(v) for k, v in _DATA["reversed_if_prep"].items()}
LIGHT_VERB_NOUNS: dict[str, str] = dict(_DATA["light_verb_nouns"])
NOMINAL_EVENTS: dict[str, str] = dict(_DATA["nominal_events"])
PATIENT_FIRST: set[str] = set(_DATA["patient_first"])
TRANSFER_VERBS: set[str] = set(_DATA["transfer_verbs"])
SENSITIVE_NOUNS: set[str] = set(_DATA["sensitive_nouns"])
TARGET_NOUNS: dict[str, str] = dict(_DATA["target_nouns"])
GATHERING_VERBS: set[str] = set(_DATA["gathering_verbs"])
RECEIVING_VERBS: set[str] = set(_DATA["receiving_verbs"])
RECEIVED_TYPES: set[str] = set(_DATA["received_types"])
LABELLING_VERBS: set[str] = set(_DATA["labelling_verbs"])
STIGMA_NOUNS: set[str] = set(_DATA["stigma_nouns"])
COMPOSING_VERBS: set[str] = set(_DATA["composing_verbs"])
PLACEMENT_VERBS: set[str] = set(_DATA["placement_verbs"])
COOPERATION_VERBS: set[str] = set(_DATA["cooperation_verbs"])
PAYING_VERBS: set[str] = set(_DATA["paying_verbs"])
PASSING_VERBS: set[str] = set(_DATA["passing_verbs"])

# -- claims ------------------------------------------------------------------------------

REPORTING_VERBS: set[str] = set(_DATA["reporting_verbs"])
REPORTED_ON_VERBS: set[str] = set(_DATA["reported_on_verbs"])
FINDING_VERBS: set[str] = set(_DATA["finding_verbs"])
SPEAKING_VERBS: set[str] = set(_DATA["speaking_verbs"])
HEDGES: dict[str, str] = dict(_DATA["hedges"])
STATUS_RANK: list[str] = list(_DATA["status_rank"])
IRREALIS_VERBS: set[str] = set(_DATA["irrealis_verbs"])


def words(name: str) -> frozenset[str]:
    """A word list of the data files by its key (for families whose lists live there)."""
    return frozenset(_DATA[name])


def listed(group: str, name: str) -> frozenset[str]:
    """A word list kept with its siblings in one table of the data files ('aimed_words')."""
    return frozenset(_DATA[group][name])


def table(name: str) -> dict[str, str]:
    """A word -> value table of the data files by its key."""
    return dict(_DATA[name])


def choices(name: str) -> dict[str, list[tuple[str, str]]]:
    """A word -> ordered (condition, value) pairs table of the data files by its key."""
    return {word: [(str(a), str(b)) for a, b in pairs] for word, pairs in _DATA[name].items()}


ARENA_NOUNS: frozenset[str] = frozenset(_DATA["arena_nouns"])
"""What interference is in: 'elections', 'democracy', 'institutions' (relations/arenas.py)."""
NATIONAL_ARENAS: frozenset[str] = ARENA_NOUNS | {"country", "nation"}
"""What 'our' owns that is a country's: 'our elections', 'our democracy', 'our country'
(the speaker's country: see `resolution.pronouns`)."""
