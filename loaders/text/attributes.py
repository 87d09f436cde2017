"""The model's attribute rules (POS, MORPH, LEMMA ... from TAG, LOWER, DEP), worked out once
per kind of token instead of once per match.

Why not the model's own `attribute_ruler`: a spaCy Matcher over ~180 token patterns whose
set and regex tests call Python for every token, each match then written back on its own:
10-20% of the model's time for what is a table look-up. What a token gets depends only on
how its few read attributes answer the patterns' tests, so each attribute's values fall
into classes (same answers to every test), each combination of classes met is worked out
once and kept, the few two-token patterns ('gon na', 'let 's', 'there is') are matched on
arrays, and the document is written back in one array.

The semantics are spaCy's AttributeRuler's, and the rules are built from the loaded ruler's
own patterns (never from a copy of a model's table): every pattern is matched on the
document as it came in, the matches are then applied in pattern order, a later pattern's
values winning, and `index` picks the token of a longer match that gets them. A pattern
this reader does not know (operators, other predicates, extension or lexical attributes)
raises `Unsupported`: `load_nlp` then keeps the model's ruler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["NAME", "TokenAttributes", "Unsupported", "register"]

NAME = "figraph_attributes"

READ = ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "LEMMA", "POS", "TAG",
        "DEP", "ENT_TYPE")
"""Token attributes a pattern may test besides the lexeme's flags (IS_SPACE, LIKE_NUM ...):
those whose array value is the very value the Matcher compares."""
WRITTEN = ("POS", "TAG", "MORPH", "LEMMA", "DEP")
"""Attributes a pattern may set: the ruler writes them on the token alone (the lexeme has no
such field), so one array write does the same."""
CACHE_LIMIT = 1 << 18
"""Values kept per read attribute, and combinations of them, before the cache starts anew
(a new word's lowercase form is a new value)."""


class Unsupported(ValueError):
    """A pattern uses something this reader does not reproduce exactly."""


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=_make)


def _make(nlp: Any, name: str, patterns: list[dict[str, Any]]) -> TokenAttributes:
    return TokenAttributes(nlp.vocab, patterns)


@dataclass(frozen=True)
class Rule:
    """One pattern of the ruler: the tests of each of its tokens, the token it sets, and
    what it sets there."""

    order: int  # the pattern's number: a later rule's values win
    steps: tuple[int, ...]  # per token of the pattern: the bits of the tests it must pass
    target: int  # the token of a match that gets the values
    values: tuple[tuple[int, int], ...]  # (attribute id, value) it sets


@dataclass
class Column:
    """One attribute the patterns read, the tests they make on it (one bit each) and its
    values sorted into classes: values passing the same tests are one class."""

    attr: int
    strings: Any
    default: int = 0  # the bits of a value no test names (its NOT_IN tests pass)
    named: dict[int, int] = field(default_factory=dict)  # value -> bits it flips
    regexes: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    classes: dict[int, int] = field(default_factory=dict)  # value -> class
    bits: list[int] = field(default_factory=list)  # class -> its test bits
    by_bits: dict[int, int] = field(default_factory=dict)  # test bits -> class

    def add(self, bit: int, kind: str, operand: Any) -> None:
        """A test: `==` a value, IN or NOT_IN a set of values, a REGEX on the string."""
        if kind == "REGEX":
            self.regexes.append((bit, re.compile(operand)))
            return
        for value in (operand,) if kind == "==" else operand:
            self.named[value] = self.named.get(value, 0) | bit  # NOT_IN: clears it
        if kind == "NOT_IN":
            self.default |= bit

    def class_of(self, value: int) -> int:
        found = self.classes.get(value)
        if found is None:
            if len(self.classes) >= CACHE_LIMIT:
                self.classes.clear()
            bits = self.default ^ self.named.get(value, 0)
            if self.regexes:  # the Matcher searches the value's string
                text = self.strings[value]
                bits |= sum(bit for bit, regex in self.regexes if regex.search(text))
            found = self.by_bits.setdefault(bits, len(self.bits))
            if found == len(self.bits):
                self.bits.append(bits)
            self.classes[value] = found
        return found


@dataclass(frozen=True)
class Outcome:
    """What one combination of classes gets from the one-token rules, and which tokens of
    the longer rules it can be."""

    rules: tuple[Rule, ...]  # the one-token rules it matches, in order
    values: tuple[int, ...]  # per written attribute, the value set (0: none)
    mask: tuple[bool, ...]  # per written attribute, whether a rule sets it
    steps: tuple[bool, ...]  # per token of each longer rule, whether it passes its tests


class TokenAttributes:
    """The pipeline component: the ruler's patterns compiled to `Rule`s over `Column`s, and
    the `Outcome` of each kind of token met so far."""

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]) -> None:
        from spacy.attrs import IDS

        self.vocab = vocab
        self.columns: dict[int, Column] = {}
        self.tests: dict[tuple[int, str, Any], int] = {}  # (attribute, kind, operand) -> bit
        self.rules = [rule for order, pattern in enumerate(patterns)
                      for rule in self._rules(order, pattern)]
        if not self.columns:
            raise Unsupported("no pattern tests any attribute")
        self.single = [rule for rule in self.rules if len(rule.steps) == 1]
        self.multi = [rule for rule in self.rules if len(rule.steps) > 1]
        self.firsts = [sum(len(r.steps) for r in self.multi[:k]) for k in range(len(self.multi))]
        self.reads = list(self.columns)
        self.writes = sorted({attr for rule in self.rules for attr, _ in rule.values},
                             key=[IDS[name] for name in WRITTEN].index)
        self.outcomes: list[Outcome] = []
        self.by_classes: dict[tuple[int, ...], int] = {}  # classes -> outcome
        self.by_values: dict[tuple[int, ...], int] = {}  # read values -> outcome
        self.tables: tuple[Any, Any, Any] | None = None  # values, mask, opens by outcome

    # -- compiling --------------------------------------------------------------------

    def _rules(self, order: int, pattern: dict[str, Any]) -> list[Rule]:
        from spacy.attrs import IDS
        from spacy.tokens._retokenize import normalize_token_attrs

        values = tuple(normalize_token_attrs(self.vocab, pattern["attrs"]).items())
        if any(attr not in {IDS[name] for name in WRITTEN} for attr, _ in values):
            raise Unsupported(f"pattern {order} sets {pattern['attrs']}")
        out = []
        for tokens in pattern["patterns"]:
            index = pattern.get("index", 0)
            target = index + len(tokens) if index < 0 else index
            if not 0 <= target < len(tokens):  # (the ruler fails on any match)
                raise Unsupported(f"pattern {order}: index {index} out of its tokens")
            steps = tuple(self._step(spec, order) for spec in tokens)
            out.append(Rule(order, steps, target, values))
        return out

    def _step(self, spec: dict[str, Any], order: int) -> int:
        """The bits of the tests of one token of a pattern, made as the Matcher makes them:
        plain strings hashed, booleans as 0/1, sets of string ids."""
        from spacy.strings import get_string_id

        bits = 0
        for name, value in spec.items():
            attr = _readable(name, order)
            if not isinstance(value, dict):
                bits |= self._test(attr, "==", _plain(value, self.vocab.strings, order))
                continue
            for kind, operand in value.items():
                kind = kind.upper() if isinstance(kind, str) else kind
                if kind in ("IN", "NOT_IN") and isinstance(operand, (list, tuple)):
                    bits |= self._test(attr, kind, frozenset(get_string_id(v) for v in operand))
                elif kind == "REGEX" and isinstance(operand, str):
                    bits |= self._test(attr, kind, operand)
                else:
                    raise Unsupported(f"pattern {order}: {name} {kind}")
        return bits

    def _test(self, attr: int, kind: str, operand: Any) -> int:
        """The bit of one test, made once and shared by the patterns making it."""
        key = (attr, kind, operand)
        if key not in self.tests:
            self.tests[key] = 1 << len(self.tests)
            column = self.columns.setdefault(attr, Column(attr, self.vocab.strings))
            column.add(self.tests[key], kind, operand)
        return self.tests[key]

    # -- running ----------------------------------------------------------------------

    def __call__(self, doc: Any) -> Any:
        import numpy

        if not len(doc) or not self.writes:
            return doc
        ids = self._outcome_ids(doc)
        values, mask, opens = self._tables()
        rows = numpy.array(ids, dtype=numpy.intp)
        values, mask = values[rows], mask[rows]
        hits: dict[int, list[Rule]] = {}
        for start in numpy.flatnonzero(opens[rows]).tolist():  # few: 'gon', 'let', 'there'
            for rule in self._longer_rules(start, ids):
                hits.setdefault(start + rule.target, []).append(rule)
        for i, rules in hits.items():  # worked out anew, with the token's one-token rules
            values[i], mask[i] = self._fold([*self.outcomes[ids[i]].rules, *rules])
        doc.from_array(self.writes, numpy.where(mask, values, _array(doc, self.writes)))
        return doc

    def _outcome_ids(self, doc: Any) -> list[int]:
        """Per token, its outcome's number, found by the values the patterns read."""
        known = self.by_values
        return [known[key] if key in known else self._learn(key)
                for key in map(tuple, _array(doc, self.reads).tolist())]

    def _learn(self, key: tuple[int, ...]) -> int:
        if len(self.by_values) >= CACHE_LIMIT:
            self.by_values.clear()
        classes = tuple(column.class_of(value)
                        for column, value in zip(self.columns.values(), key, strict=True))
        found = self.by_classes.get(classes)
        if found is None:
            found = self.by_classes[classes] = len(self.outcomes)
            self.outcomes.append(self._outcome(classes))
            self.tables = None
        self.by_values[key] = found
        return found

    def _outcome(self, classes: tuple[int, ...]) -> Outcome:
        bits = sum(column.bits[c] for c, column in zip(classes, self.columns.values(),
                                                       strict=True))
        rules = tuple(r for r in self.single if bits & r.steps[0] == r.steps[0])
        steps = tuple(bits & step == step for r in self.multi for step in r.steps)
        return Outcome(rules, *self._fold(rules), steps)

    def _tables(self) -> tuple[Any, Any, Any]:
        """The outcomes' values and masks as arrays (rows indexed by outcome), and whether
        each can open a longer rule."""
        import numpy

        if self.tables is None:
            self.tables = (numpy.array([o.values for o in self.outcomes], dtype=numpy.uint64),
                           numpy.array([o.mask for o in self.outcomes], dtype=bool),
                           numpy.array([any(o.steps[f] for f in self.firsts)
                                        for o in self.outcomes], dtype=bool))
        return self.tables

    def _fold(self, rules: tuple[Rule, ...] | list[Rule]) -> tuple[tuple[int, ...],
                                                                      tuple[bool, ...]]:
        """The values `rules` leave on a token: each rule's over the earlier ones'."""
        final: dict[int, int] = {}
        for rule in sorted(rules, key=lambda r: r.order):
            final.update(rule.values)
        return (tuple(final.get(attr, 0) for attr in self.writes),
                tuple(attr in final for attr in self.writes))

    def _longer_rules(self, start: int, ids: list[int]) -> list[Rule]:
        """The rules of several tokens matching from token `start` (`ids`: the outcome of
        each token)."""
        return [rule for rule, first in zip(self.multi, self.firsts, strict=True)
                if start + len(rule.steps) <= len(ids)
                and all(self.outcomes[ids[start + j]].steps[first + j]
                        for j in range(len(rule.steps)))]


def _readable(name: Any, order: int) -> int:
    from spacy.attrs import IDS

    upper = str(name).upper() if isinstance(name, str) else ""
    upper = "ORTH" if upper == "TEXT" else upper
    if upper in READ or upper in IDS and 0 < IDS[upper] < 64 and not upper.startswith("FLAG"):
        return IDS[upper]  # (ids under 64: the lexeme's flags)
    raise Unsupported(f"pattern {order} tests {name!r}")


def _plain(value: Any, strings: Any, order: int) -> int:
    """A plain value as the Matcher compares it: a string by its hash, a boolean as 0/1."""
    if isinstance(value, str):
        return int(strings.add(value))
    if isinstance(value, (bool, int)):
        return int(value)
    raise Unsupported(f"pattern {order}: value {value!r}")


def _array(doc: Any, attrs: list[int]) -> Any:
    """`doc.to_array`, always tokens x attributes (it drops the axis for one attribute)."""
    return doc.to_array(attrs).reshape(len(doc), len(attrs))
