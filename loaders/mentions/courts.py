"""American federal district courts, however a release names them: 'the U.S. District Court
for the District of Columbia', 'in the Southern District of New York', 'federal court in
Brooklyn'.

Why: the Justice Department's releases and the biographies drawn from them say where a
defendant was indicted or convicted by the court's district or its courthouse's city,
and the court is the one that charges and convicts. The small model reads 'District Court'
alone, or the district as a place. One court is one actor under its full name, whatever
the text calls it; a court named only as the venue of an appearance is no actor of the
story (it is one when it charges or convicts). The United States Attorney 'for the Eastern
District of New York' is a prosecutor's office, not the court: no court is read there.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocabulary import lexicon
from ..vocabulary.gazetteer import normalize_name
from .mention import Mention, text_of

__all__ = ["district_courts", "placed_courts"]

DIRECTIONS = r"(?:Northern|Southern|Eastern|Western|Central|Middle)"
PLACE = r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
FULL = re.compile(
    rf"\b(?:U\.S\.|United States|US|Federal)[ \t]+District[ \t]+Court[ \t]+for[ \t]+the[ \t]+"
    rf"(?P<district>(?:{DIRECTIONS}[ \t]+)?District[ \t]+of[ \t]+{PLACE})")
DISTRICT = re.compile(rf"\b(?P<district>{DIRECTIONS}[ \t]+District[ \t]+of[ \t]+{PLACE})")
CITY_COURTS: dict[str, str] = lexicon.table("federal_court_cities")
CITY = "|".join(re.escape(city) for city in CITY_COURTS)
BY_CITY = re.compile(rf"\b(?:[Ff]ederal[ \t]+court[ \t]+in[ \t]+(?P<city>{CITY})"
                     rf"|(?P<city2>{CITY})[ \t]+federal[ \t]+court)\b")
PROSECUTOR = re.compile(r"(?:(?:Attorney|Attorney[’']s Office|Attorneys?)[ \t]+(?:for|in)"
                        r"|Attorneys?[ \t]+(?:[A-Z][\w.'’-]*,?[ \t]+|and[ \t]+){1,8}of)"
                        r"[ \t]+the[ \t]+$")
"""'U.S. Attorney for the Eastern District of Virginia', 'Assistant U.S. Attorneys Jane Roe
and John Roe of the Northern District of Illinois': the district names an office of
prosecutors, not the court."""
PROSECUTOR_REACH = 120
"""Characters before a district read for its prosecutors (a title and up to eight names)."""
COURT = "United States District Court for the {}"


COURT_KINDS = lexicon.words("court_kinds")
PLACED_COURT = re.compile(
    r"\b(?P<place>[A-Z][\w’'-]+(?:[ \t][A-Z][\w’'-]+)?)[ \t]+"
    rf"(?P<kind>{'|'.join(sorted(COURT_KINDS))})[ \t]+court\b")
"""'Šiauliai district court convicted X', 'a Moscow city court': a court written in lower
case after its place, which the model reads as the place (a capital: the state)."""
NOT_PLACES = {"the", "a", "an", "in", "on", "at", "by", "from", "this", "that", "its", "their"}
INDEFINITE = re.compile(r"\b[Aa]n?[ \t]+$")


def placed_courts(doc: Any) -> list[Mention]:
    """One Agency mention per court named by its place and a lowercase kind, named as a
    court is ('Šiauliai District Court')."""
    text = text_of(doc)
    if " court" not in text:
        return []
    out: list[Mention] = []
    for match in PLACED_COURT.finditer(text):
        place, start = match.group("place"), match.start()
        first = place.split()[0]
        if first.lower() in NOT_PLACES:  # 'The Vilnius district court': the article is
            if " " not in place:  # no part of the place
                continue
            place, start = place.split(" ", 1)[1], start + len(first) + 1
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is not None and len(span) and _by_demonym(span, text, start):
            continue  # 'a Brazilian federal court': one of a country's courts, unnamed
            # (`unnamed._some_court`); 'a Moscow city court' is the Moscow City Court
        if span is None or not len(span) or "\n" in span.text:
            continue
        name = f"{place} {match.group('kind').capitalize()} Court"
        out.append(Mention(span.start, span.end, span.text, "name", name, "Agency",
                           key=normalize_name(name), source="text",
                           attrs={"incidental": True}))
    return out


def _by_demonym(span: Any, text: str, start: int) -> bool:
    return bool(INDEFINITE.search(text[max(0, start - 4):start])) and span[0].ent_type_ == "NORP"


def district_courts(doc: Any) -> list[Mention]:
    """One Agency mention per naming of a district court, under the court's full name."""
    text = text_of(doc)
    if "District" not in text and "federal court" not in text.lower():
        return []
    out: list[Mention] = []
    taken: set[int] = set()
    for match in FULL.finditer(text):
        out += _court(doc, match.start(), match.end(), match.group("district"), taken)
    for match in DISTRICT.finditer(text):
        if not PROSECUTOR.search(text[max(0, match.start() - PROSECUTOR_REACH):match.start()]):
            out += _court(doc, match.start(), match.end(), match.group("district"), taken)
    for match in BY_CITY.finditer(text):
        city = match.group("city") or match.group("city2")
        out += _court(doc, match.start(), match.end(), CITY_COURTS[city], taken)
    return out


def _court(doc: Any, start: int, end: int, district: str, taken: set[int]) -> list[Mention]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.start in taken or "\n" in span.text:
        return []
    taken.update(range(span.start, span.end))
    name = COURT.format(" ".join(district.split()))
    return [Mention(span.start, span.end, span.text, "name", name, "Agency",
                    key=normalize_name(name), source="text", attrs={"incidental": True})]
