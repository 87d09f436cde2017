"""Office-holders by date: 'the Prime Minister' in a Canadian text of October 2023.

Why: releases, transcripts and Hansard name people by office ("the Prime Minister",
"Mr Speaker", "The Deputy Prime Minister" as a speaker label), and the reader needs
the person. A title alone is resolved only when every date that places the document
(its dateline or metadata date, else every full date it states) falls in one holder's
term (data: `data/offices.toml`); anything less certain stays unresolved, since a
wrong holder would put someone else's words in a person's mouth.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

__all__ = ["Term", "holder", "office_body", "titles", "document_dates", "full_dates"]

MONTHS = {m: n for n, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MONTH = "|".join(m.capitalize() for m in MONTHS)
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH}),? (\d{{4}})\b")
MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?, (\d{{4}})\b")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_YEAR = re.compile(rf"\b({_MONTH}) (\d{{4}})\b")
"""'in August 2023': the first and the last day of that month both place the text."""
MAX_DATES = 200
"""Dates read from one text at most (a long report is placed by its first ones)."""


@dataclass(frozen=True)
class Term:
    name: str
    start: date
    end: date | None


@lru_cache(maxsize=1)
def _offices() -> list[dict]:
    """The offices data file, read once."""
    data = tomllib.loads(resources.files("figraph.loaders").joinpath(
        "data", "offices.toml").read_text(encoding="utf-8"))
    return list(data.get("office", []))


@lru_cache(maxsize=1)
def _book() -> dict[tuple[str, str], tuple[Term, ...]]:
    book: dict[tuple[str, str], tuple[Term, ...]] = {}
    for office in _offices():
        terms = tuple(Term(name, date.fromisoformat(start),
                           date.fromisoformat(end) if end else None)
                      for name, start, end in office["holders"])
        for title in office["titles"]:
            book[(office["country"], title)] = terms
    return book


@lru_cache(maxsize=1)
def _bodies() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for office in _offices():
        for key, kind in (("heads", "HEADS"), ("works_for", "WORKS_FOR")):
            if office.get(key):
                out.update({(office["country"], title): (office[key], kind)
                            for title in office["titles"]})
    return out


def office_body(country: str, title: str) -> tuple[str, str] | None:
    """The body an office's holder heads or serves, with the relation ('commissioner of the
    rcmp' -> (the RCMP, HEADS); 'russian ambassador' -> (Russia, WORKS_FOR)), if known."""
    return _bodies().get((country, title.lower()))


def titles() -> frozenset[str]:
    """Every office title the book knows, lower case."""
    return frozenset(title for _, title in _book())


CABINET_WORDS = ("secretary", "minister")
NOT_CABINET_WORDS = ("prime", "speaker", "leader", "shadow", "president", "general")


@lru_cache(maxsize=64)
def cabinet_titles(country: str) -> frozenset[str]:
    """The titles of a country's ministers the book knows ('foreign secretary', 'home
    secretary'), not its head of government's nor its house's officers."""
    return frozenset(title for held_in, title in _book() if held_in == country
                     and not set(title.split()).isdisjoint(CABINET_WORDS)
                     and set(title.split()).isdisjoint(NOT_CABINET_WORDS))


def holder(country: str, title: str, dates: list[date]) -> str | None:
    """The one person who held `title` in `country` on every one of `dates`, or None."""
    terms = _book().get((country, title.lower()))
    if not terms or not dates:
        return None
    names = {_holding(terms, when) for when in dates}
    if len(names) != 1:
        return None
    return names.pop()


def _holding(terms: tuple[Term, ...], when: date) -> str | None:
    found = [t.name for t in terms if t.start <= when and (t.end is None or when < t.end)]
    return found[0] if len(found) == 1 else None


def full_dates(text: str) -> list[date]:
    """Every date written in `text` to the day, or to the month (as its first and last
    days), in order."""
    out: list[tuple[int, date]] = []
    for match in MONTH_YEAR.finditer(text):
        if re.search(r"\d(?:st|nd|rd|th)?\s$", text[max(0, match.start() - 6):match.start()]):
            continue  # the month of a full date, read below
        month, year = MONTHS[match.group(1).lower()], int(match.group(2))
        last = (date(year + (month == 12), month % 12 + 1, 1) - date.resolution) \
            if 1 <= year <= 9998 else None
        if last is not None:
            out += [(match.start(), date(year, month, 1)), (match.start(), last)]
    for pattern, order in ((DAY_MONTH_YEAR, "dmy"), (MONTH_DAY_YEAR, "mdy"), (ISO_DATE, "iso")):
        for match in pattern.finditer(text):
            parsed = _date(match, order)
            if parsed is not None:
                out.append((match.start(), parsed))
            if len(out) >= MAX_DATES:
                break
    return [d for _, d in sorted(out, key=lambda pair: pair[0])]


def _date(match: re.Match[str], order: str) -> date | None:
    try:
        if order == "dmy":
            return date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        if order == "mdy":
            return date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def document_dates(text: str, datelines: list[str], stated: str = "") -> list[date]:
    """The dates that place a document: its metadata date, else its dateline's, else
    every full date it gives (a title is then resolved only if they agree)."""
    for source in ([stated] if stated else []) + list(datelines):
        found = full_dates(source)
        if found:
            return found[:1]
    return full_dates(text)
