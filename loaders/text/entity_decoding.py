"""The model's named-entity recogniser, its greedy steps taken on arrays.

Why: the model's `ner` component spends most of its time outside its network. Its
per-step checks of which moves are valid go, in the spaCy build we install, through a
GIL round trip for each token they look at (a few hundred per word), which makes the
recogniser half of the model's time, a long document's steps included. The network is
cheap by comparison: the model's own layers compute every token's features once per
batch, and what is left per step is a sum of three rows, a maxout, and one small product
with the output layer.

So this component runs the model's own layers (`tok2vec`, then `lower`, on the same
sub-batches as the model's `pipe`), then reads each document word by word as the model
does: the same three features per state (the next word, the first word of an open entity,
the word before the next), the same validity rules of the BILUO moves (no entity across a
sentence start, none opening on whitespace, an open entity closed with its own label),
and the first best valid move. A state with no entity open depends on its word alone, so
those choices are made for all words at once; only an open entity's next step is worked
out on its own. The output products are the model's own matrix routine's (one for all
words; single-threaded, as worker processes side by side want it) or numpy's (an open
entity's two moves); where the two best valid moves are nearly tied, the word's row is
redone alone with the model's routine, so no difference of rounding can change a choice.

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
    """The `ner` component's decisions, taken on arrays (see the module's docstring)."""

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
        self.labels = [""] + sorted({m[1] for m in moves if len(m) == 2 and m[1]})
        # ('U-' with no label: a preset blocked token's, never valid here)
        self.move = numpy.array([MOVES[m[0]] for m in moves])
        self.label = numpy.array([self.labels.index(m[1]) if len(m) == 2 else 0
                                  for m in moves])
        self.weights = upper.get_param("W")
        self.bias = upper.get_param("b")
        self.lower_bias = self.lower.get_param("b").reshape(-1)
        self.pieces = self.lower.get_dim("nP")
        self.move_list, self.label_list = self.move.tolist(), self.label.tolist()  # (per word)
        by_move = {(int(m), int(k)): i
                   for i, (m, k) in enumerate(zip(self.move, self.label, strict=True))}
        labels = range(1, len(self.labels))
        if any((MOVES[m], k) not in by_move for m in "BILU" for k in labels):
            raise Unsupported("a label without its four moves")
        self.inside = {k: by_move[(MOVES["I"], k)] for k in labels}
        self.closing = {k: by_move[(MOVES["L"], k)] for k in labels}

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
        quarter of the batch; then the words of each."""
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
    """One batch's documents, read word by word as the model does, with what does not
    depend on an open entity worked out for every word at once.

    With no entity open, a state's features are its next word and two paddings, so its
    scores are the word's alone: computed for all words in one product, with each word's
    best move among those valid there (B, U or O). Only with an entity open do the first
    word and the word before count; then the valid moves are that entity's I and L alone,
    and those two scores are computed for that word.
    """

    def __init__(self, decoder: EntityDecoder, docs: list[Any], tables: list[Any]) -> None:
        from spacy.attrs import IS_SPACE, SENT_START

        self.d = decoder
        self.docs = docs
        self.offsets = numpy.concatenate([[0], numpy.cumsum([len(doc) for doc in docs])])
        # every sub-batch's table opens with the same padding row; one of them is kept
        table = numpy.concatenate([tables[0][:1]] + [t[1:] for t in tables])
        self.table = table.reshape(table.shape[0], FEATURES, -1)
        words = len(self.table) - 1
        starts = numpy.concatenate([doc.to_array(SENT_START).astype("int64") for doc in docs])
        spaces = numpy.concatenate([doc.to_array(IS_SPACE).astype("int64") for doc in docs])
        last = numpy.zeros(words, dtype=bool)
        last[self.offsets[1:][self.offsets[1:] > self.offsets[:-1]] - 1] = True
        next_starts = numpy.zeros(words, dtype=bool)
        next_starts[:-1] = starts[1:] == 1
        self.may_go_on = ~last & ~next_starts  # (B and I need a next word in the sentence)
        self.closed_move = self._closed_moves(self.may_go_on & (spaces == 0), spaces == 0)

    def _closed_moves(self, may_begin: Any, may_unit: Any) -> Any:
        """Each word's best valid move with no entity open: O always, U off whitespace, B
        off whitespace before a word of the same sentence."""
        d = self.d
        hidden = self._maxout(self.table[1:, 0] + self.table[0, 1], self.table[0, 2])
        valid = (may_begin[:, None] & (d.move == MOVES["B"])
                 | may_unit[:, None] & (d.move == MOVES["U"])) & (d.label != 0) \
            | (d.move == MOVES["O"])
        masked = numpy.where(valid, _exact(hidden, d), -numpy.inf)  # (one product for all
        chosen = masked.argmax(axis=1)  # words: the model's routine, one thread, as two
        for k in _near_ties(masked, chosen):  # worker processes want it; a near tie is
            row = numpy.where(valid[k], _exact(hidden[[k]], d)[0], -numpy.inf)  # decided
            chosen[k] = row.argmax()  # by the model's product on that row alone)
        return chosen

    def _maxout(self, summed: Any, third: Any) -> Any:
        """Features summed in the model's order (first, second, third, then the bias),
        then the maxout over the pieces."""
        summed = summed + third
        summed = summed + self.d.lower_bias
        return summed.reshape(len(summed), -1, self.d.pieces).max(axis=2)

    def run(self) -> list[list[tuple[int, int, int]]]:
        closed = self.closed_move.tolist()  # (plain ints: one look-up per word)
        return [self._read(i, closed) for i in range(len(self.docs))]

    def _read(self, i: int, closed: list[int]) -> list[tuple[int, int, int]]:
        kinds, labels, found = self.d.move_list, self.d.label_list, []
        first, opened, label = int(self.offsets[i]), -1, 0
        for word in range(first, int(self.offsets[i + 1])):
            if opened < 0:
                kind, label = kinds[closed[word]], labels[closed[word]]
                if kind == MOVES["U"]:
                    found.append((word - first, word - first + 1, label))
                elif kind == MOVES["B"]:
                    opened = word
            elif not self._goes_on(word, opened, label):
                found.append((opened - first, word - first + 1, label))
                opened = -1
        return found

    def _goes_on(self, word: int, opened: int, label: int) -> bool:
        """With an entity open: I (go on) or L (close) of its label, whichever scores
        higher (the first in the model's order on a tie); L alone where I is not valid."""
        d = self.d
        if not self.may_go_on.item(word):
            return False
        inside, last = d.inside[label], d.closing[label]
        hidden = self._maxout(self.table[word + 1, 0][None] + self.table[opened + 1, 1],
                              self.table[word, 2])
        pair = hidden @ d.weights[[inside, last]].T + d.bias[[inside, last]]
        gap = float(pair[0, 0] - pair[0, 1])
        if abs(gap) <= NEAR_TIE * (1.0 + abs(float(pair[0, 0]))):
            exact = _exact(hidden, d)[0]
            gap = float(exact[inside] - exact[last])
        return gap > 0 or gap == 0 and inside < last


def _exact(hidden: Any, d: EntityDecoder) -> Any:
    """The output layer by the model's own matrix routine."""
    from thinc.api import NumpyOps

    return NumpyOps().gemm(numpy.ascontiguousarray(hidden), d.weights, trans2=True) + d.bias


def _near_ties(masked: Any, chosen: Any) -> list[int]:
    """Rows whose best valid score (`argmax`: the first best, the model's tie rule) is
    within NEAR_TIE of the next best."""
    rows = numpy.arange(len(chosen))
    top = masked[rows, chosen]
    runner_up = masked.copy()
    runner_up[rows, chosen] = -numpy.inf
    gap = top - runner_up.max(axis=1)
    return numpy.nonzero(gap <= NEAR_TIE * (1.0 + numpy.abs(top)))[0].tolist()
