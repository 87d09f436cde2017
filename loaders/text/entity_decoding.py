"""The model's named-entity recogniser, its greedy steps taken on arrays for a whole batch.

Why: the model's `ner` component spends most of its time outside its network. Its
per-step checks of which moves are valid go, in the spaCy build we install, through a
GIL round trip for each token they look at (a few hundred per word), which makes the
recogniser half of the model's time. The network is cheap by comparison: the model's own
layers compute every token's features once per batch, and what is left per step is a sum
of three rows, a maxout, and one small product with the output layer.

So this component runs the model's own layers (`tok2vec`, then `lower`, on the same
sub-batches as the model's `pipe`), then takes the steps for every document of the batch
at once: the same three features per state (the next word, the first word of an open
entity, the word before the next), the same validity rules of the BILUO moves (no entity
across a sentence start, none opening on whitespace, an open entity closed with its own
label), and the first best valid move, as the model does. The output product is numpy's;
where the two best valid moves are nearly tied it is redone with the model's own matrix
routine, so a rounding difference between the two libraries cannot change a choice.

The result is the model's entities, token for token (checked against the model's own
component on our texts in the tests). What this reader does not reproduce (a beam, other
features, classes marked unseen, entities already set on a document before it) is left to
the model's component: `load_nlp` keeps it when the model is not of the kind read here, and
a batch with preset entities goes through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy

__all__ = ["NAME", "EntityDecoder", "Unsupported", "register"]

NAME = "figraph_entities"
FEATURES = 3
"""The recogniser's state features: next word, open entity's first word, word before."""
NEAR_TIE = 1e-3
"""Relative gap between the two best valid scores under which the model's own product
decides (the two libraries differ by about 1e-6)."""
MOVES = {"B": 1, "I": 2, "L": 3, "U": 4, "O": 5}


class Unsupported(ValueError):
    """A recogniser this reader does not reproduce exactly."""


def register() -> None:
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=_make)


def _make(nlp: Any, name: str) -> EntityDecoder:
    return EntityDecoder(nlp.get_pipe("ner"))


class EntityDecoder:
    """The `ner` component's decisions, taken for all documents of a batch per step."""

    def __init__(self, ner: Any) -> None:
        model = ner.model
        if ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper") \
                or model.attrs.get("unseen_classes"):
            raise Unsupported("a beam, no output layer or unseen classes")
        self.ner = ner
        self.tok2vec, self.lower, upper = model.layers
        if self.lower.get_dim("nF") != FEATURES or self.lower.get_dim("nP") < 2:
            raise Unsupported("not the recogniser's three features with maxout")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves = [name.split("-", 1) for name in names]
        if any(m[0] not in MOVES or (len(m) == 1) != (m[0] == "O") for m in moves):
            raise Unsupported(f"moves other than BILUO: {names}")
        self.labels = [""] + sorted({m[1] for m in moves if len(m) == 2})
        self.move = numpy.array([MOVES[m[0]] for m in moves])
        self.label = numpy.array([self.labels.index(m[1]) if len(m) == 2 else 0
                                  for m in moves])
        self.weights = upper.get_param("W")
        self.weights_t = numpy.ascontiguousarray(self.weights.T)
        self.bias = upper.get_param("b")
        self.lower_bias = self.lower.get_param("b").reshape(-1)
        self.pieces = self.lower.get_dim("nP")

    def __call__(self, doc: Any) -> Any:
        self._batch([doc], 1)
        return doc

    def pipe(self, docs: Iterable[Any], *, batch_size: int = 256) -> Iterator[Any]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            self._batch(batch, batch_size)
            yield from batch

    def _batch(self, batch: list[Any], batch_size: int) -> None:
        """As the model's `pipe`: documents by length, its layers run on sub-batches of a
        quarter of the batch; then the steps of all of them together."""
        from spacy.util import minibatch

        if any(doc.has_annotation("ENT_IOB") for doc in batch):
            for doc in batch:  # entities set before: the model's own component
                self.ner(doc)
            return
        ordered = sorted(batch, key=len)
        tables = [self.lower.predict(self.tok2vec.predict(sub)) for sub in
                  (list(s) for s in minibatch(ordered, size=max(batch_size // 4, 2)))
                  if any(len(doc) for doc in sub)]
        found = _Steps(self, ordered, tables).run() if tables else [[] for _ in ordered]
        for doc, spans in zip(ordered, found, strict=True):
            doc.set_ents([_span(doc, s, e, self.labels[k]) for s, e, k in spans],
                         default="outside")


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


class _Steps:
    """The states of one batch: each document's next word, open entity and found ones."""

    def __init__(self, decoder: EntityDecoder, docs: list[Any], tables: list[Any]) -> None:
        from spacy.attrs import IS_SPACE, SENT_START

        self.d = decoder
        self.lengths = numpy.array([len(doc) for doc in docs])
        self.offsets = numpy.concatenate([[0], numpy.cumsum(self.lengths)[:-1]])
        # every sub-batch's table opens with the same padding row; one of them is kept
        table = numpy.concatenate([tables[0][:1]] + [t[1:] for t in tables])
        self.table = table.reshape(table.shape[0], FEATURES, -1)
        end = numpy.zeros(1, dtype="int64")
        self.starts = numpy.concatenate([doc.to_array(SENT_START).astype("int64")
                                         for doc in docs] + [end]) == 1
        self.spaces = numpy.concatenate([doc.to_array(IS_SPACE).astype("int64")
                                         for doc in docs] + [end]) == 1
        n = len(docs)
        self.at = numpy.zeros(n, dtype="int64")
        self.open = numpy.zeros(n, dtype=bool)
        self.opened = numpy.zeros(n, dtype="int64")
        self.open_label = numpy.zeros(n, dtype="int64")
        self.found: list[list[tuple[int, int, int]]] = [[] for _ in docs]

    def run(self) -> list[list[tuple[int, int, int]]]:
        active = numpy.nonzero(self.lengths > 0)[0]
        while active.size:
            self._step(active)
            self.at[active] += 1
            active = active[self.at[active] < self.lengths[active]]
        return self.found

    def _step(self, active: Any) -> None:
        at, is_open = self.at[active], self.open[active]
        word = at + self.offsets[active]
        scores = self._scores(word, is_open, self.opened[active] + self.offsets[active])
        valid = self._valid(active, word, is_open)
        chosen = _best(scores, valid)
        near = _near_ties(scores, valid, chosen)
        if near.size:  # the model's own product decides a near tie
            chosen[near] = _best(self._exact(word[near], is_open[near],
                                             self.opened[active[near]]
                                             + self.offsets[active[near]]), valid[near])
        move, label = self.d.move[chosen], self.d.label[chosen]
        for j in numpy.nonzero((move == MOVES["L"]) | (move == MOVES["U"]))[0]:
            doc = active[j]
            first = self.opened[doc] if move[j] == MOVES["L"] else at[j]
            self.found[doc].append((int(first), int(at[j]) + 1, int(label[j])))
        begins = move == MOVES["B"]
        self.opened[active[begins]] = at[begins]
        self.open_label[active[begins]] = label[begins]
        self.open[active] = (is_open | begins) & (move != MOVES["L"])

    def _hidden(self, word: Any, is_open: Any, first: Any) -> Any:
        """The state's three feature rows summed (row 0: the padding of a missing word),
        with the bias, then the maxout: as the model's step, in the same order."""
        summed = self.table[word + 1, 0] + self.table[numpy.where(is_open, first + 1, 0), 1]
        summed = summed + self.table[numpy.where(is_open, word, 0), 2]
        summed = summed + self.d.lower_bias
        return summed.reshape(len(word), -1, self.d.pieces).max(axis=2)

    def _scores(self, word: Any, is_open: Any, first: Any) -> Any:
        return self._hidden(word, is_open, first) @ self.d.weights_t + self.d.bias

    def _exact(self, word: Any, is_open: Any, first: Any) -> Any:
        from thinc.api import NumpyOps

        hidden = numpy.ascontiguousarray(self._hidden(word, is_open, first))
        return NumpyOps().gemm(hidden, self.d.weights, trans2=True) + self.d.bias

    def _valid(self, active: Any, word: Any, is_open: Any) -> Any:
        """The BILUO moves' validity with no preset entities: B and I not on a document's
        last word nor before a sentence start, B and U not on whitespace, I and L only of
        the open entity's label, O and U and B only with no entity open."""
        d = self.d
        last = self.at[active] >= self.lengths[active] - 1
        next_starts = ~last & self.starts[numpy.minimum(word + 1, len(self.starts) - 1)]
        space, closed = self.spaces[word], ~is_open
        same = d.label[None, :] == self.open_label[active][:, None]
        labelled = d.label != 0
        return ((closed & ~last & ~next_starts & ~space)[:, None] & (d.move == MOVES["B"])
                | (is_open & ~last & ~next_starts)[:, None] & (d.move == MOVES["I"]) & same
                | is_open[:, None] & (d.move == MOVES["L"]) & same
                | (closed & ~space)[:, None] & (d.move == MOVES["U"])
                ) & labelled | closed[:, None] & (d.move == MOVES["O"])


def _best(scores: Any, valid: Any) -> Any:
    """The first highest-scoring valid move of each state (the model's tie rule)."""
    return numpy.where(valid, scores, -numpy.inf).argmax(axis=1)


def _near_ties(scores: Any, valid: Any, chosen: Any) -> Any:
    masked = numpy.where(valid, scores, -numpy.inf)
    rows = numpy.arange(len(chosen))
    top = masked[rows, chosen].copy()
    masked[rows, chosen] = -numpy.inf
    return numpy.nonzero(top - masked.max(axis=1) <= NEAR_TIE * (1.0 + numpy.abs(top)))[0]
