"""Import-file rows as columns, quoted and written by pyarrow's CSV writer (the `bulk` extra).

Why: at 10^6 edges, writing the import files one Python row at a time through the csv
module took longer than the importer itself (a third of it in `writerow`, a third in
building the cells). Here a chunk of rows becomes one Arrow column per property; finding
line breaks, measuring rows, quoting and writing run in Arrow's C++ kernels. What stays
in Python: the push's own row functions, gathering each property's values from the row
dicts (`map(dict.get)`), checking their types and joining lists (BENCHMARKS.md: at 10^6
edges the write's CPU fell 5-13 %, not more, since those are most of it).

The files read as the row writer's do (`figraph.graph.neo4j_bulk`): every text quoted
(so `""` is an empty string and an unquoted empty field no property), the header types
of `neo4j_bulk._SUFFIXES`. Numbers, booleans and dates are written unquoted, which the
importer reads the same. A chunk this module cannot write exactly as the row writer
would (a float, a date with a time, a list element that is no text or None, a number
beyond 64 bits) is refused (`None`), and the caller writes it row by row.

This module imports pyarrow at once: import it only when
`neo4j_bulk.columnar_available()` says so.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

__all__ = ["Chunk", "DelimiterInData", "chunk_tables", "write_options"]

_TYPES = {str: (pa.string(), ""), bool: (pa.bool_(), ":boolean"), int: (pa.int64(), ":long"),
          dt.date: (pa.date32(), ":date")}
"""The Arrow type and the importer's header type of each Python type written as a column
(lists and tuples of texts: joined, `:string[]`), as `neo4j_bulk._SUFFIXES` says."""


@dataclass
class Chunk:
    """A chunk of rows as tables, by whether a text holds a line break (such rows go to
    files the importer parses in its slow multi-line mode)."""

    plain: pa.Table | None
    multiline: pa.Table | None
    longest: int
    """Bounds every value from above: the longest row's texts, joined."""


class DelimiterInData(Exception):
    """A list element holds the array delimiter (the caller takes another one)."""


class _Refused(Exception):
    """A value the columns would write otherwise than the row writer."""


def chunk_tables(fixed: dict[str, list], props: list[dict] | dict[str, list],
                 delimiter: str) -> Chunk | None:
    """The rows `fixed` (header name -> values, texts or lists of texts) and `props` (one
    dict per row, or property name -> values; None for no property) as tables whose column
    names are the importer's headers. None if a value cannot be written exactly as the row
    writer would; DelimiterInData if a list element holds `delimiter`."""
    if isinstance(props, list):  # map from C: a fifth less than a list comprehension
        props = {key: list(map(dict.get, props, itertools.repeat(key))) for key in _keys(props)}
    columns: dict[str, pa.Array] = {}
    try:
        for name, values in fixed.items():
            column, _ = _column(values, delimiter)
            if column is None:
                return None
            columns[name] = column
        for key, values in props.items():
            column, suffix = _column(values, delimiter)
            if column is not None:  # None: no row has the property
                columns[f"{key}{suffix}"] = column
    except _Refused:
        return None
    return _split(pa.table(columns))


def _keys(props: list[dict]) -> list[str]:
    """Every property name of the chunk, in first-seen order (rows may differ)."""
    keys: dict[str, None] = {}
    for shape in dict.fromkeys(map(tuple, props)):
        keys.update(dict.fromkeys(shape))
    return list(keys)


def _column(values: list, delimiter: str) -> tuple[pa.Array | None, str]:
    """One column and its header suffix; (None, "") when every value is None.

    The Python types are checked first, one type a column: Arrow would turn 1.5 into 1
    in a column of integers and a datetime into its day."""
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if not kinds:
        return None, ""
    if len(kinds) > 1:
        raise _Refused()
    kind = kinds.pop()
    if kind is list or kind is tuple:
        return _joined(values, delimiter), ":string[]"
    if kind not in _TYPES:
        raise _Refused()  # a float (the rows write its repr), a dict...
    arrow, suffix = _TYPES[kind]
    try:
        return pa.array(values, arrow), suffix
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        raise _Refused() from None  # an int beyond 64 bits


def _joined(values: list, delimiter: str) -> pa.Array:
    """Lists of texts joined with the delimiter ([] as "", so `""`: as the row writer)."""
    try:
        joined = [None if items is None else delimiter.join(items) for items in values]
    except TypeError:
        raise _Refused() from None  # an element that is no text: the rows write str() of it
    if delimiter in "".join(itertools.chain.from_iterable(filter(None, values))):
        raise DelimiterInData()
    return pa.array(joined, pa.string())


def _split(table: pa.Table) -> Chunk:
    """The rows with a line break in a text apart from the others, and the longest row
    (its texts joined, as the row writer measures it)."""
    texts = [column for column in table.columns if column.type == pa.string()]
    blob = pc.binary_join_element_wise(*texts, "\x00", null_handling="skip")
    breaks = pc.fill_null(pc.match_substring_regex(blob, "[\\r\\n]"), False)
    longest = pc.max(pc.utf8_length(blob)).as_py() or 0
    multiline = table.filter(breaks)
    plain = table.filter(pc.invert(breaks))
    return Chunk(plain if plain.num_rows else None, multiline if multiline.num_rows else None,
                 longest)


def write_options() -> Any:
    """Texts quoted (`""` is an empty string), nulls as unquoted empty fields."""
    return pacsv.WriteOptions(quoting_style="needed", eol="\n")
