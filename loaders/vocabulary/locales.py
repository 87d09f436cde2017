"""Whose institutions a document means by "the House", "Parliament", "the government".

Why per document: a bare "the Senate" is Canada's in a Canadian committee transcript,
the United States' in a Justice Department release and the Philippines' in a Manila
news story. Reading every text with Canadian defaults turned foreign bodies into
Canadian ones, a wrong answer with real consequences (an MP "member of" the wrong
parliament). The locale is chosen from cues in the text (data: `data/locales.toml`);
when no country's cues dominate, no default applies and bare nouns stay unresolved.

The locale in force is held in a context variable for the duration of one document's
extraction (`using`), like `decimal`'s context: the rules that need "the home state"
ask `current()` instead of reading a constant.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Locale", "all_locales", "by_code", "of_place", "detect", "of_dateline", "current",
           "using",
           "home_state", "home_demonym", "parliamentarians", "MIN_SCORE"]

MIN_SCORE = 2.0
"""Weighted cues a country needs before its institutions become the defaults."""
MARGIN = 1.25
"""...and by how much it must lead the runner-up (a tie leaves the text without defaults)."""
WEAK_SCORE = 4.0
FOREIGN_MENTIONS = 3
"""A locale won on weak cues (a party called 'Labour', twice) does not hold in a text that
names another country, one without a locale, at least this often and more than its own
('a Norwegian civil servant, diplomat and Labour Party politician')."""
BARE_WIN_FOREIGN_MENTIONS = 2
"""...twice is enough against a locale won on one weak cue alone ('Democratic Republican
Party' says 'Republican' once in a text on South Korea and Japan)."""
STRONG_CUE = 2.0
"""A cue that speaks from a country ('Canada', 'MEPs', a government's own address); a locale
won on lesser cues alone ('EU' four times in a national senate's resolution: the text speaks
of the Union) is tested like a weak win."""
CUE_TEXT_CHARS = 60_000
"""Cues are counted in the opening of long texts: the locale is set early on."""


@dataclass(frozen=True)
class Locale:
    """One country's (or union's) institutions, as data."""

    code: str
    domain: str
    """Its country-code internet domain ('uk' for GB)."""
    country: str
    """The name gazetteer entries give as their `country` (a State, or 'European Union')."""
    state: str
    government: str
    government_type: str
    demonym: str
    group: str
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)
    label_parties: dict[str, str] = field(default_factory=dict)
    """A party's short form in a speaker label ('Lab' in '(Ilford North) (Lab)')."""
    cues: tuple[tuple[re.Pattern[str], float], ...] = ()
    raw_cues: tuple[str, ...] = ()

    def body(self, noun: str) -> tuple[str, str] | None:
        """(canonical name, type) of the body a bare noun names here, if any."""
        return self.bodies.get(noun.lower())


def government_apart(state: str) -> bool:
    """Whether the state's government is an actor apart from the State (Canada's), not the
    State itself as for every other state (the convention)."""
    return any(loc.state == state and loc.government_type != "State" for loc in all_locales())


@lru_cache(maxsize=1)
def _data() -> dict:
    return tomllib.loads(resources.files("figraph.loaders").joinpath(
        "data", "locales.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def all_locales() -> tuple[Locale, ...]:
    return tuple(_locale(table) for table in _data()["locale"])


def _locale(table: dict) -> Locale:
    bodies = {noun: (value[0], value[1]) for noun, value in table.get("bodies", {}).items()}
    cues = tuple((re.compile(rf"(?<![\w-]){pattern}(?![\w-])"), float(weight))
                 for pattern, weight in table.get("cues", []))
    return Locale(code=table["code"], domain=table.get("domain", table["code"].lower()),
                  country=table.get("country", table.get("state", "")),
                  state=table.get("state", ""),
                  government=table.get("government", ""),
                  government_type=table.get("government_type", "State"),
                  demonym=table.get("demonym", ""), group=table.get("group", ""),
                  bodies=bodies, cues=cues,
                  label_parties={k.lower(): v for k, v in table.get("label_parties", {}).items()},
                  raw_cues=tuple(str(pattern) for pattern, _ in table.get("cues", [])))


def by_code(code: str) -> Locale | None:
    return next((loc for loc in all_locales() if loc.code == code), None)


KNOWN_ACTOR_WEIGHT = 2.0
"""What one named actor the gazetteer places in a country adds to that country's score."""


def detect(text: str, known: Mapping[str, int] | None = None,
           named: Callable[[], Mapping[str, int]] | None = None) -> Locale | None:
    """The locale whose cues dominate `text`, or None when none clearly does.

    `known`: country -> how many actors of that country (people, agencies, parties the
    gazetteer places there) the text names: 'Michael Chong' is a Canadian cue.
    `named`: country -> how often the text names it or its people (read only when the
    winner's cues are weak: see `WEAK_SCORE`)."""
    if _official_site_elsewhere(text):
        return None
    head = text[:CUE_TEXT_CHARS]
    votes = known or {}
    cues, strong = _cue_scores(head)
    scored = sorted(((cues.get(loc.code, 0.0) + KNOWN_ACTOR_WEIGHT * votes.get(loc.country, 0),
                      loc) for loc in all_locales()),
                    key=lambda pair: pair[0], reverse=True)
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best_score < MIN_SCORE or best_score < MARGIN * runner_up:
        return None
    weak = best_score < WEAK_SCORE or best.code not in strong and not votes.get(best.country)
    least = FOREIGN_MENTIONS if votes.get(best.country) or best_score > MIN_SCORE \
        else BARE_WIN_FOREIGN_MENTIONS  # (one cue alone, no actor of the country named)
    if weak and named is not None and _about_elsewhere(best, named(), least):
        return None
    return best


SOURCE_HOST = re.compile(r"\A[^\n]*\n(?:https?://)?([\w.-]+)")
"""The host of the source address, the line under a document's title."""


def _official_site_elsewhere(text: str) -> bool:
    """Whether the text comes from a government's or parliament's own site under a
    country-code domain no locale has ('news.gov.hk'): a Hong Kong statement on US
    sanctions names the US throughout, yet it speaks from Hong Kong."""
    match = SOURCE_HOST.match(text)
    if match is None:
        return False
    parts = match.group(1).lower().split(".")
    return len(parts) > 2 and len(parts[-1]) == 2 and parts[-1] not in _locale_domains() \
        and not _official_host_words().isdisjoint(parts[:-1])


@lru_cache(maxsize=1)
def _locale_domains() -> frozenset[str]:
    return frozenset(loc.domain for loc in all_locales())


@lru_cache(maxsize=1)
def _official_host_words() -> frozenset[str]:
    return frozenset(_data()["official_host_words"])


def _about_elsewhere(best: Locale, named: Mapping[str, int], least: int) -> bool:
    """Whether a country without a locale is named often (`least` times), and more than
    `best`'s own."""
    with_locale = {loc.country for loc in all_locales()}
    own = named.get(best.country, 0)
    return any(count >= least and count > own
               for country, count in named.items() if country not in with_locale)


DATELINE = re.compile(r"^([A-Z][A-Z'.\- ]{2,30}[A-Z]),? *(?:\(|[,—–-] *|\d)", re.M)
"""'STOCKHOLM, 12 March 2025.', 'BERLIN (Reuters) -': a news story's or release's opening
city in capitals."""
DATELINE_CHARS = 600
"""...which stands in the first lines of the text."""


def of_dateline(text: str, state_of_city: Callable[[str], str | None],
                demonym_of: Callable[[str], str]) -> Locale | None:
    """For a text without a locale of its own: the country of the seat of government its
    dateline names, with only its government ('the government expelled two diplomats' in
    a story from Stockholm is Sweden's); its houses are left unresolved (their names are
    the country's own, which this cannot know)."""
    for match in DATELINE.finditer(text[:DATELINE_CHARS]):
        state = state_of_city(match.group(1).title())
        if state:
            demonym = demonym_of(state)
            return Locale(code="dateline", domain="", country=state, state=state, government=state,
                          government_type="State", demonym=demonym,
                          group=f"{demonym} parliamentarians (unnamed)" if demonym else "")
    return None


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str], tuple[float, ...], tuple[str, ...]],
                             ...]:
    """Each locale's cues in one pattern (one scan of the text per locale; a cue two
    countries share still counts for both), group n -> its weight, and the words its
    matches start with (`_heads`)."""
    out = []
    for loc in all_locales():
        parts = [f"(?P<c{n}>{raw})" for n, raw in enumerate(loc.raw_cues)]
        joined = rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"
        out.append((loc.code, re.compile(joined), tuple(w for _, w in loc.cues),
                    _heads(loc.raw_cues)))
    return tuple(out)


def _cue_scores(text: str) -> tuple[dict[str, float], set[str]]:
    """Each locale's summed cue weights, and the locales one strong cue of which matched."""
    scores: dict[str, float] = {}
    strong: set[str] = set()
    for code, pattern, weights, heads in _cue_patterns():
        if heads and not any(head in text for head in heads):
            continue  # none of its cues can match: no scan (most texts name few countries)
        for match in pattern.finditer(text):
            weight = weights[int(str(match.lastgroup)[1:])]
            scores[code] = scores.get(code, 0.0) + weight
            if weight >= STRONG_CUE:
                strong.add(code)
    return scores, strong


REGEX_SPECIALS = frozenset("\\.^$*+?{}[]()|")
OPTIONAL_AFTER = frozenset("?*{")
"""A quantifier that may leave out the character before it ('Canadians?')."""


def _heads(raw_cues: tuple[str, ...]) -> tuple[str, ...]:
    """Plain text every match of one of the cues starts with ('Canadian' for 'Canadians?',
    'U.S.' for 'U\\.S\\.'), one per cue or per alternative of a cue; () when some cue has
    no such text (it starts with a group or a class): then the locale is always scanned.
    A text holding none of the heads holds no cue, so its locale's scan can be skipped
    (each scan tries the pattern at every character: most of the time of `detect`)."""
    heads: list[str] = []
    for raw in raw_cues:
        alternatives = raw.split("|") if not set("([") & set(raw) else [raw]
        for alternative in alternatives:
            head = _literal_head(alternative)
            if not head:
                return ()
            heads.append(head)
    return tuple(heads)


def _literal_head(pattern: str) -> str:
    """The plain characters a pattern without top-level alternatives starts with: up to
    its first special character, an escaped punctuation mark read as itself."""
    chars: list[str] = []
    n = 0
    while n < len(pattern):
        char = pattern[n]
        if char == "\\" and n + 1 < len(pattern) and not pattern[n + 1].isalnum():
            chars.append(pattern[n + 1])  # 'U\\.S\\.': a plain full stop
            n += 2
            continue
        if char in REGEX_SPECIALS:
            if char in OPTIONAL_AFTER and chars:
                chars.pop()
            break
        chars.append(char)
        n += 1
    return "".join(chars)


_CURRENT: ContextVar[Locale | None] = ContextVar("figraph_locale", default=None)


def current() -> Locale | None:
    """The locale of the document being extracted (None: no defaults apply)."""
    return _CURRENT.get()


def home_state() -> str:
    """The State of the current document's country ('' when it has none or is unknown)."""
    here = _CURRENT.get()
    return here.state if here is not None else ""


def home_demonym() -> str:
    """'canadian' in a Canadian text: 'a Canadian diplomat' works for Canada."""
    here = _CURRENT.get()
    return here.demonym.lower() if here is not None and here.state else ""


def parliamentarians() -> str:
    """The name of the current country's parliamentarians as one unnamed group."""
    here = _CURRENT.get()
    return here.group if here is not None and here.group else "Parliamentarians (unnamed)"


def of_place(country: str) -> Locale | None:
    """The locale of a country or union named by its canonical name, if there is one."""
    return _by_country().get(country.lower())


@lru_cache(maxsize=1)
def _by_country() -> dict[str, Locale]:
    return {loc.country.lower(): loc for loc in all_locales() if loc.country}


@contextmanager
def using(locale: Locale | None) -> Iterator[Locale | None]:
    token = _CURRENT.set(locale)
    try:
        yield locale
    finally:
        _CURRENT.reset(token)
