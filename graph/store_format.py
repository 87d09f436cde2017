"""The lines of a version 5 store file: actors and edges as compact arrays that refer to
the documents, the actors and the texts written before them instead of repeating them.

Why this shape (measured on the 10^6-edge bench store in version 4: a 716 MB file, 3.0 GB
once loaded): every evidence item carried its document's title, url and date; every line
repeated its key names; every parsed string was an object of its own (a million copies of
"stated", of each date, of each actor id, 1.6 million document ids), and every actor's
mentions repeated the id of each document naming it. Here:

- Texts are numbered: first the actor ids, in the order of the actor lines, then every
  other text (quote, context, type, status, date, extractor, hedge, claimant) in the order
  it first occurs. An edge line starts with the list of the texts it is the first to use;
  everywhere else a text is its number, so the reader indexes a list and shares one string
  object between all the edges that use it.
- An edge is `[new texts, source, target, id, type, claimant, status, hedges, date,
  date_text, evidence]`, plus a dict of any other keys (`review`, `review_note`).
- An evidence item is `[document, quote, start, end, page, extractor]`, its document the
  number of its entry in the header's table (its title, url and date are taken from
  there), then when present `context` (0 when absent), `origin` (0 when absent) and a
  dict of the title, url or date that differ from its document's.
- An actor is `[id, attrs]`, its mentions `[document, count, ...]` by document number.
- Anything of another shape (an evidence item whose document is not in the table, a
  missing key, a number where a text belongs) is written as the plain dict, as version 4
  wrote it, and read back as is: nothing is lost for being odd, it is only not shared.

The reader rebuilds the dicts the merge makes (same keys, same values, same order) from
shared strings and ints, which are immutable. Lists and dicts are never shared: every edge
has its own hedges, evidence list, evidence dicts, context and origin lists (decisions and
context filling change them in place). The dicts are made as the attribute dicts of
instances of one class for edges and one for evidence, their attributes set in the
decoder's loop: CPython then keeps their keys in one table shared by all of them (a
plain dict of an edge's ten keys is 272 bytes, this one 176; 168 instead of 272 for
evidence: 0.27 GB less at 10^6 edges). They are ordinary `dict` objects: a key added or
removed later (a review, a context) behaves as in any dict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

__all__ = ["Encoder", "Decoder", "batches", "BATCH"]

BATCH = 1000
"""Actors or edges per line: one line each cost a parse call and a loop turn per edge."""

EDGE_KEYS = ("source", "target", "type", "claimant", "status", "hedges", "date", "evidence",
             "id", "date_text")
"""An edge's keys, in the order `figraph.graph.model.edge_attrs` makes them."""
_EDGE_KEY_SET = frozenset(EDGE_KEYS)
_EVIDENCE_REQUIRED = frozenset(("document", "quote", "start", "end", "document_title", "url",
                                "page", "date", "extractor"))
_EVIDENCE_KEYS = _EVIDENCE_REQUIRED | {"context", "origin"}
_TEXT_KEYS = ("source", "target", "type", "claimant", "status", "date", "date_text")
"""The edge's keys whose values are numbered texts, in the order `Encoder.edges` lists
them."""
_FROM_DOCUMENT = (("document_title", "title"), ("url", "url"), ("date", "date"))
"""Evidence key, document key: the fields an evidence item takes from its document."""


_NEVER = object()


class _Odd(Exception):
    """A value the compact form cannot hold: the item is written as a plain dict."""


class Encoder:
    """Turns actor and edge dicts into the values of their lines. One encoder per save, fed
    the actors first, then the edges in file order: its numbering of texts is the file's.
    Written for speed (a million edges per save): a text already numbered costs one dict
    lookup, no Python call."""

    def __init__(self, documents: dict[str, dict[str, Any]], nodes: list[str]) -> None:
        self._texts = {node: number for number, node in enumerate(nodes)}
        self._new: list[str] = []
        self._documents = {doc_id: number for number, doc_id in enumerate(documents)}
        self._fields = [tuple(value if value.__class__ is str else _NEVER for value in fields)
                        for fields in _document_fields(documents)]
        """Title, url and date per document; what is no text equals no evidence's."""

    def actor(self, node: str, attrs: dict[str, Any]) -> Any:
        mentions = attrs.get("mentions")
        if mentions.__class__ is not dict or not mentions.keys() <= self._documents.keys():
            return {"id": node, **attrs}
        flat: list[Any] = []
        for doc_id, count in mentions.items():
            flat.append(self._documents[doc_id])
            flat.append(count)
        return [node, {**attrs, "mentions": flat}]

    def edges(self, edges: Iterable[dict[str, Any]]) -> Iterator[Any]:
        """`edge` of each, in order. The usual shapes (ten keys, no hedges, evidence with
        its document's title, url and date, with or without a context of two parts) are
        encoded in this loop, without a call per field; any other goes through `edge`."""
        texts_get, number, fields = self._texts.get, self._number, self._fields
        document_number = self._documents.get
        plain, in_context = _EVIDENCE_REQUIRED, _EVIDENCE_REQUIRED | {"context"}
        for attrs in edges:
            if len(attrs) != len(EDGE_KEYS) or not _EDGE_KEY_SET <= attrs.keys():
                yield self.edge(attrs)
                continue
            self._new = []
            try:
                numbers = [texts_get(attrs["source"]), texts_get(attrs["target"]),
                           texts_get(attrs["type"]), texts_get(attrs["claimant"]),
                           texts_get(attrs["status"]), texts_get(attrs["date"]),
                           texts_get(attrs["date_text"])]
                if None in numbers:
                    numbers = [number(attrs[key]) if n is None else n
                               for key, n in zip(_TEXT_KEYS, numbers, strict=True)]
            except (_Odd, TypeError):
                self._forget(0)
                yield attrs
                continue
            evidence, edge_id = attrs["evidence"], attrs["id"]
            if attrs["hedges"] != [] or evidence.__class__ is not list \
                    or edge_id.__class__ is not str:
                self._forget(0)
                yield self.edge(attrs)
                continue
            items: list[Any] = []
            for item in evidence:
                keys = item.keys() if item.__class__ is dict else None
                if keys != plain and keys != in_context:
                    break
                doc = document_number(item["document"])
                if doc is None:
                    break
                start, end, context = item["start"], item["end"], item.get("context")
                title, url, date = fields[doc]
                if start.__class__ is not int or end.__class__ is not int \
                        or item["document_title"] != title or item["url"] != url \
                        or item["date"] != date:
                    break
                quote, extractor = item["quote"], item["extractor"]
                if quote.__class__ is not str or extractor.__class__ is not str:
                    break
                quote = n if (n := texts_get(quote)) is not None else number(quote)
                extractor = n if (n := texts_get(extractor)) is not None else number(extractor)
                if context is None:
                    items.append([doc, quote, start, end, item["page"], extractor])
                    continue
                if context.__class__ is not list or len(context) != 2 \
                        or context[0].__class__ is not str or context[1].__class__ is not str:
                    break
                parts = [n if (n := texts_get(part)) is not None else number(part)
                         for part in context]
                items.append([doc, quote, start, end, item["page"], extractor, parts])
            else:
                yield [self._new, numbers[0], numbers[1], edge_id, numbers[2], numbers[3],
                       numbers[4], [], numbers[5], numbers[6], items]
                continue
            self._forget(0)
            yield self.edge(attrs)

    def edge(self, attrs: dict[str, Any]) -> Any:
        """The edge's array, or its plain dict when it has not the usual shape."""
        if not _EDGE_KEY_SET <= attrs.keys():
            return attrs
        self._new = []
        try:
            return self._edge(attrs)
        except (_Odd, TypeError):
            self._forget(0)
            return attrs

    def _edge(self, attrs: dict[str, Any]) -> list[Any]:
        hedges, evidence, edge_id = attrs["hedges"], attrs["evidence"], attrs["id"]
        if hedges.__class__ is not list or evidence.__class__ is not list \
                or edge_id.__class__ is not str:
            raise _Odd
        values = (attrs["source"], attrs["target"], attrs["type"], attrs["claimant"],
                  attrs["status"], attrs["date"], attrs["date_text"], *hedges)
        numbers = self._numbers(values)
        items = [self._evidence(item) for item in evidence]
        row = [self._new, numbers[0], numbers[1], edge_id, numbers[2], numbers[3], numbers[4],
               numbers[7:], numbers[5], numbers[6], items]
        if len(attrs) > len(EDGE_KEYS):
            row.append({key: value for key, value in attrs.items() if key not in _EDGE_KEY_SET})
        return row

    def _numbers(self, values: tuple[Any, ...] | list[Any]) -> list[int]:
        known = list(map(self._texts.get, values))
        if None in known:
            return [self._number(value) if number is None else number
                    for value, number in zip(values, known, strict=True)]
        return known  # type: ignore[return-value]  # no None in it

    def _evidence(self, item: Any) -> Any:
        if item.__class__ is not dict or not (
                item.keys() == _EVIDENCE_REQUIRED
                or _EVIDENCE_REQUIRED <= item.keys() <= _EVIDENCE_KEYS):
            return item
        number = self._documents.get(item["document"])
        if number is None:  # its title, url and date are its own: nothing to refer to
            return item
        mark = len(self._new)
        try:
            return self._evidence_row(item, number)
        except (_Odd, TypeError):
            self._forget(mark)
            return item

    def _evidence_row(self, item: dict[str, Any], number: int) -> list[Any]:
        start, end = item["start"], item["end"]
        if start.__class__ is not int or end.__class__ is not int:
            raise _Odd
        quote, extractor = self._numbers((item["quote"], item["extractor"]))
        row = [number, quote, start, end, item["page"], extractor]
        title, url, date = self._fields[number]
        differ = None
        if not (item["document_title"] == title and item["url"] == url and item["date"] == date
                and title.__class__ is url.__class__ is date.__class__ is str):
            differ = {key: item[key] for (key, _), known in zip(_FROM_DOCUMENT, (title, url, date),
                                                                 strict=True)
                      if not (item[key].__class__ is str and item[key] == known)}
        context, origin = item.get("context"), item.get("origin")
        if context is not None or origin is not None or differ:
            if context is not None and context.__class__ is not list \
                    or origin is not None and origin.__class__ is not list:
                raise _Odd
            row.append(0 if context is None else self._numbers(context))
            row.append(0 if origin is None else origin)
            if differ:
                row.append(differ)
        return row

    def _number(self, value: Any) -> int:
        """Number a text not seen yet (listed in the line that first uses it); it may have
        been numbered since `_numbers` looked (a date that is its date_text too)."""
        number = self._texts.get(value)
        if number is not None:
            return number
        if value.__class__ is not str:
            raise _Odd
        number = self._texts[value] = len(self._texts)
        self._new.append(value)
        return number

    def _forget(self, mark: int) -> None:
        """Undo the numbering of the texts of an item written as a plain dict after all
        (the newest texts are the last entries of the dict)."""
        while len(self._new) > mark:
            self._new.pop()
            self._texts.popitem()


def _document_fields(documents: dict[str, Any]) -> list[tuple[Any, Any, Any]]:
    """Per document, in table order: the title, url and date its evidence takes."""
    return [(row.get("title"), row.get("url"), row.get("date")) if isinstance(row, dict)
            else (None, None, None) for row in documents.values()]


class _Edge:
    """An edge's attrs, made as an instance's attribute dict: see the module doc. No
    `__init__`: the decoder sets the attributes in its loop, in the order of `EDGE_KEYS`,
    which is the dict's key order. A class call that runs an `__init__` costs a Python
    frame per dict: a quarter of the dict's making (428 against 316 ns per edge dict,
    measured alone)."""

    source: str
    target: str
    type: str
    claimant: str
    status: str
    hedges: list[str]
    date: str
    evidence: list[Any]
    id: str
    date_text: str


class _Evidence:
    """An evidence item (see `_Edge`): `document` to `extractor`, then `context` when it
    has one. One class for both: an attribute store that meets two classes in turn is
    respecialised again and again (385 against 280 ns per item when they alternate)."""

    document: str
    quote: str
    start: int
    end: int
    document_title: str
    url: str
    page: Any
    date: str
    extractor: str
    context: list[str]


def batches(rows: Iterable[Any]) -> Iterator[list[Any]]:
    """The rows in lists of `BATCH` (the last one shorter): one list per line."""
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class Decoder:
    """Turns the lines' values back into the dicts the merge makes, in file order.
    Malformed values raise ValueError, IndexError, KeyError, TypeError or AttributeError;
    the store names the file."""

    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self.texts: list[str] = []
        """The actor ids, then the texts in the order they first occur."""
        self.line = 1
        """The number of the line last read (the header is line 1)."""
        self._doc_ids = list(documents)
        self._fields = _document_fields(documents)

    def lines(self, lines: Iterator[bytes], count: int) -> Iterator[list[Any]]:
        """The parsed lines holding the next `count` rows, one list of rows each; fewer rows
        when the file ends first (the store counts them)."""
        while count > 0:
            line = next(lines, None)
            if line is None:
                return
            self.line += 1
            batch = orjson.loads(line)
            if batch.__class__ is not list or len(batch) > count:
                raise ValueError("a line holds more than the header counts")
            count -= len(batch)
            yield batch

    def rows(self, lines: Iterator[bytes], count: int) -> Iterator[Any]:
        """The next `count` rows, one by one (see `lines`)."""
        for batch in self.lines(lines, count):
            yield from batch

    def actor(self, line: Any) -> tuple[str, dict[str, Any]]:
        if line.__class__ is dict:
            node, attrs = line.pop("id"), line
        else:
            node, attrs = line
            flat = attrs["mentions"]
            if len(flat) % 2:
                raise ValueError("mentions are not document, count pairs")
            attrs["mentions"] = dict(zip(map(self._doc_ids.__getitem__, flat[::2]), flat[1::2],
                                         strict=True))
        if node.__class__ is not str or attrs.__class__ is not dict:
            raise ValueError("an actor is not an id and its attributes")
        self.texts.append(node)
        return node, attrs

    def edges(self, batch: list[Any]) -> list[dict[str, Any]]:
        """The edges of one parsed line, each put in its row's place in `batch` (which is
        returned). One loop over a list, no call per field nor per edge: it runs a million
        times per load, where a generator's resume per edge and a class call per dict
        were a tenth of it."""
        texts, doc_ids, fields = self.texts, self._doc_ids, self._fields
        edge_class, evidence_class = _Edge, _Evidence
        for at, row in enumerate(batch):
            if row.__class__ is dict:
                continue
            if row[0]:
                texts += row[0]
            hedges, items = row[7], row[10]
            if hedges:
                for place, hedge in enumerate(hedges):
                    hedges[place] = texts[hedge]
            for place, item in enumerate(items):
                if item.__class__ is dict:
                    continue
                number, size = item[0], len(item)
                context: Any = item[6] if size > 6 else 0
                title, url, date = fields[number]
                evidence = evidence_class()
                evidence.document = doc_ids[number]
                evidence.quote = texts[item[1]]
                evidence.start = item[2]
                evidence.end = item[3]
                evidence.document_title = title
                evidence.url = url
                evidence.page = item[4]
                evidence.date = date
                evidence.extractor = texts[item[5]]
                if context != 0:
                    for part, text in enumerate(context):
                        context[part] = texts[text]
                    evidence.context = context
                made = items[place] = evidence.__dict__
                if size > 7:
                    if item[7] != 0:
                        made["origin"] = item[7]
                    if size > 8:
                        made.update(item[8])
            edge_id = row[3]
            if edge_id.__class__ is not str:
                raise ValueError(f"edge id {edge_id!r} is no text")
            edge = edge_class()
            edge.source = texts[row[1]]
            edge.target = texts[row[2]]
            edge.type = texts[row[4]]
            edge.claimant = texts[row[5]]
            edge.status = texts[row[6]]
            edge.hedges = hedges
            edge.date = texts[row[8]]
            edge.evidence = items
            edge.id = edge_id
            edge.date_text = texts[row[9]]
            attrs = batch[at] = edge.__dict__
            if len(row) > 11:
                attrs.update(row[11])
        return batch
