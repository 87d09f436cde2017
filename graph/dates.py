"""Dates as documents write them, read into real dates that know their precision.

Why: documents write "1 May 2023", "May 1, 2023", "2021", "late 2019" or "last
week"; compared as text, "1 May 2023" sorts before "2021" and after "2030".
A `PartialDate` is the span of days a written date covers (the year 2021 is
2021-01-01..2021-12-31) with its precision (year, month or day). Filters keep
what overlaps their range, the timeline sorts on the spans, and Neo4j gets the
two ends as real `date` values.

The text as written is kept beside (`date_text`); the stored `date` is the ISO
form of the span (`2021`, `2023-05`, `2023-05-01`, or `2019/2021` for a span of
several units), which this module reads back without guessing.

Reading is done by dateparser (the language fixed to English), behind guards:
a date without a year ("last week", "3 June", "Monday") is resolved against the
document's own date when that is known to the day, else it is left undated;
a numeric date that could be day-first or month-first ("05/06/2023") is left
undated; a date that names a year but no parse agrees with is kept at the
precision of what it surely says ("late 2019": 2019).

>>> parse_date("1 May 2023").iso()
'2023-05-01'
>>> parse_date("late 2019").iso()
'2019'
>>> parse_date("last week", reference=parse_date("2024-06-05")).iso()
'2024-05-27/2024-06-02'
>>> parse_date("yesterday") is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .model import Extraction

__all__ = ["PartialDate", "Precision", "parse_date", "parse_bound", "date_span", "iso_or_empty",
           "date_extraction", "date_stored", "BOUND_HELP"]

Precision = Literal["year", "month", "day"]
BOUND_HELP = "use a year, a month or a day: 2019, 2019-05, 2019-05-01, May 2019, 1 May 2019"

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d|s\b)")
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d\d:\d\d.*)?")
_ISO_LIKE = re.compile(r"\d{4}-\d")
_ISO_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
"""'2011-12' is December 2011 (ISO), not the fiscal year 2011-2012."""
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YEAR_PAIR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)\s*(?:-|–|—|/|to|and)\s*(\d{2}|\d{4})(?!\d)")
_DECADE = re.compile(r"(?<!\d)(1[5-9]\d|20\d)0s\b")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+"
                         rf"(1[5-9]\d\d|20\d\d)(?!\d)", re.IGNORECASE)
_LEADING = re.compile(r"^(?:(?:on|in|by|since|from|until|during|around|about|as of|the|of|"
                      r"circa|c\.)\s+)+", re.IGNORECASE)
_PERIODS = ("day", "week", "month", "year")


@dataclass(frozen=True, order=True)
class PartialDate:
    """The days a written date covers, from `start` to `end` inclusive, and how precise it is."""

    start: dt.date
    end: dt.date
    precision: Precision

    @classmethod
    def of(cls, year: int, month: int = 0, day: int = 0) -> PartialDate:
        """One year, one month (month > 0) or one day (day > 0)."""
        if day:
            date = dt.date(year, month, day)
            return cls(date, date, "day")
        if month:
            last = calendar.monthrange(year, month)[1]
            return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    def through(self, other: PartialDate) -> PartialDate:
        """The span from this date to `other`, at the coarser precision of the two."""
        coarse = max(self.precision, other.precision, key=_RANK.__getitem__)
        return PartialDate(min(self.start, other.start), max(self.end, other.end), coarse)

    def iso(self) -> str:
        """`2021`, `2021-05`, `2021-05-01`, or `first/last` for a span of several units."""
        first, last = _at(self.start, self.precision), _at(self.end, self.precision)
        single = PartialDate.from_iso(first)
        return first if single is not None and single.end == self.end else f"{first}/{last}"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate | None:
        """Read back what `iso()` wrote (strict: anything else is None)."""
        first, _, last = text.strip().partition("/")
        start = _strict_iso(first)
        if start is None or not last:
            return start
        end = _strict_iso(last)
        if end is None or end.start < start.start:
            return None
        return start.through(end)

    def overlaps(self, since: PartialDate | None, until: PartialDate | None) -> bool:
        """Does any day of this date fall between `since` and `until` (either may be open)?"""
        return (since is None or self.end >= since.start) and (
            until is None or self.start <= until.end)


_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


def _at(day: dt.date, precision: Precision) -> str:
    text = day.isoformat()
    return text[:4] if precision == "year" else text[:7] if precision == "month" else text


def _strict_iso(text: str) -> PartialDate | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        return None
    return _checked(int(match[1]), int(match[2] or 0), int(match[3] or 0))


def _checked(year: int, month: int = 0, day: int = 0) -> PartialDate | None:
    try:
        return PartialDate.of(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None, reference: PartialDate | None = None) -> PartialDate | None:
    """The date `text` writes, or None when it cannot be read without guessing.

    `reference` is the document's date: it resolves a date without a year
    ("last week", "yesterday", "3 June"), and only when known to the day.
    """
    cleaned = _LEADING.sub("", " ".join(str(text or "").split())).strip(" .,;")
    if not cleaned:
        return None
    day_reference = reference if reference is not None and reference.precision == "day" else None
    return _parse_cached(cleaned, day_reference.start if day_reference else None)


@lru_cache(maxsize=65536)
def _parse_cached(text: str, reference: dt.date | None, strict: bool = False
                  ) -> PartialDate | None:
    """`strict`: the whole text must be a date (a bound typed by a user), no reading of
    the year alone out of what else it says."""
    if not _YEAR.search(text):
        decade = _DECADE.search(text)
        if decade:
            first = int(decade[1]) * 10
            return PartialDate.of(first).through(PartialDate.of(first + 9))
        return _relative(text, reference) if reference is not None else None
    span = None if _ISO_MONTH.fullmatch(text) else _year_span(text)
    if span is not None:
        return span
    if _ISO_LIKE.match(text):
        iso = _ISO.fullmatch(text)
        return _checked(int(iso[1]), int(iso[2] or 0), int(iso[3] or 0)) if iso else None
    numeric = _NUMERIC.fullmatch(text)
    if numeric and _ambiguous_numeric(int(numeric[1]), int(numeric[2])):
        return None
    if strict or numeric:
        return _parsed(text)
    return _parsed(text) or _fallback(text)


def _ambiguous_numeric(first: int, second: int) -> bool:
    """05/06/2023 is 5 June or May 6 depending on the writer's country."""
    return first != second and first <= 12 and second <= 12


def _year_span(text: str) -> PartialDate | None:
    """'2019-2021', '2022-23', 'between 2018 and 2021': the years from the first to the last."""
    match = _YEAR_PAIR.fullmatch(_LEADING.sub("", text.replace("between ", "")))
    if not match:
        return None
    first = int(match[1])
    last = int(match[2]) if len(match[2]) == 4 else first // 100 * 100 + int(match[2])
    if last <= first:
        return None
    return PartialDate.of(first).through(PartialDate.of(last))


def _parser(reference: dt.date | None = None):  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True,
                "PREFER_DATES_FROM": "past"}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time(12))
    return DateDataParser(languages=["en"], settings=settings)


def _parsed(text: str) -> PartialDate | None:
    """dateparser's reading, kept only if it names a year the text names too."""
    data = _parser().get_date_data(text)
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    when = data.date_obj.date()
    if str(when.year) not in _YEAR.findall(text):
        return None
    return _from_period(when, data.period)


def _relative(text: str, reference: dt.date) -> PartialDate | None:
    data = _parser(reference).get_date_data(text)
    if data.date_obj is None or data.period not in _PERIODS:
        return None
    return _from_period(data.date_obj.date(), data.period)


def _from_period(when: dt.date, period: str) -> PartialDate:
    if period == "week":  # the Monday-to-Sunday week holding that day
        monday = when - dt.timedelta(days=when.weekday())
        return PartialDate(monday, monday + dt.timedelta(days=6), "day")
    if period == "year":
        return PartialDate.of(when.year)
    if period == "month":
        return PartialDate.of(when.year, when.month)
    return PartialDate.of(when.year, when.month, when.day)


def _fallback(text: str) -> PartialDate | None:
    """What the text surely says when no parse took all of it: a month, a decade, years."""
    month = _MONTH_YEAR.search(text)
    if month and len(_YEAR.findall(text)) == 1:
        data = _parser().get_date_data(f"{month[1]} {month[2]}")
        if data.date_obj is not None:
            return PartialDate.of(data.date_obj.year, data.date_obj.month)
    years = sorted({int(y) for y in _YEAR.findall(text)})
    if not years:
        return None
    return PartialDate.of(years[0]).through(PartialDate.of(years[-1]))


def parse_bound(text: str) -> PartialDate:
    """A date the user typed (`--since`, `--until`); ValueError naming it if it is none.

    A bound needs a year: "last week" means a different day each time it is run.
    """
    cleaned = " ".join(str(text).split()).strip(" .,;")
    value = _parse_cached(cleaned, None, strict=True) if cleaned else None
    if value is None:
        raise ValueError(f"not a date: {text!r} ({BOUND_HELP})")
    return value


@lru_cache(maxsize=65536)
def date_span(iso: str) -> PartialDate | None:
    """The span of a stored ISO date (`2021`, `2021-05-01`, `2019/2021`); None if empty."""
    return PartialDate.from_iso(iso) if iso else None


def iso_or_empty(value: PartialDate | None) -> str:
    return value.iso() if value is not None else ""


def date_extraction(extraction: Extraction) -> Extraction:
    """Read the dates of one document's extraction into ISO spans, the text kept beside.

    The document's date is read first; each edge's date is then read with it as the
    reference, so "last week" in an article dated 2024-06-05 becomes that week. Run
    again on its own output, it changes nothing.
    """
    document = extraction.document
    written = document.date_text or document.date
    document_date = parse_date(written)
    document = replace(document, date=iso_or_empty(document_date), date_text=written)
    edges = []
    for edge in extraction.edges:
        text = edge.date_text or edge.date
        evidence = [replace(e, date=document.date) if e.document == document.id else e
                    for e in edge.evidence]
        edges.append(replace(edge, date=iso_or_empty(parse_date(text, document_date)),
                             date_text=text, evidence=evidence))
    return replace(extraction, document=document, edges=edges)


def date_stored(documents: dict[str, dict[str, Any]], edges: Iterable[dict[str, Any]]) -> None:
    """Read the dates of a store written before dates were read (in place).

    Such a store holds each date as written; afterwards it holds what
    `date_extraction` would have made of it.
    """
    references: dict[str, PartialDate | None] = {}
    for doc_id, attrs in documents.items():
        written = attrs.get("date_text") or attrs.get("date") or ""
        references[doc_id] = parse_date(written)
        attrs["date"], attrs["date_text"] = iso_or_empty(references[doc_id]), written
    for attrs in edges:
        evidence = attrs.get("evidence") or []
        reference = references.get(evidence[0]["document"]) if evidence else None
        written = attrs.get("date_text") or attrs.get("date") or ""
        attrs["date"] = iso_or_empty(parse_date(written, reference))
        attrs["date_text"] = written
        for item in evidence:
            if item.get("document") in references:
                item["date"] = iso_or_empty(references[item["document"]])
            else:
                item["date"] = iso_or_empty(parse_date(item.get("date")))
