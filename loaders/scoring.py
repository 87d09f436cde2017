"""Score an extraction against a hand-made gold annotation (the project's metric).

Why our own copy: users annotate their own documents and run `figraph score
PRED GOLD`; the metric must ship with the package. The rules are those of the
evaluation contract:
- names are compared normalised (case, accents, punctuation, possessive 's and
  leading titles such as "Minister" or "former MP" ignored);
- entities match one to one, greedily: most shared names first, a match on the
  predicted entity's own name before a match on an alias only;
- relation endpoints map many to one (a duplicate entity still costs entity
  precision, but its relations are judged on their merit) to the gold entity
  sharing most names;
- relations are unordered pairs; the type is a secondary accuracy.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = ["score", "format_score", "normalize", "TITLES"]

TITLES = frozenset({
    "the", "mr", "mrs", "ms", "dr", "hon", "honourable", "honorable", "rt",
    "former", "then", "current", "late",
    "minister", "prime", "deputy", "mp", "mps", "senator", "sen", "commissioner",
    "justice", "judge", "madam", "ambassador", "consul", "general", "premier",
    "president", "chair", "chairman", "chairwoman", "leader", "member",
})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"[’'`]s\b")

Pair = frozenset


def normalize(name: str) -> str:
    """'Minister Dominic Leblanc' and 'dominic leblanc' compare equal."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = _NON_ALNUM.sub(" ", _POSSESSIVE.sub("", text)).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def _names(entity: dict[str, Any]) -> set[str]:
    found = {normalize(entity.get("name", ""))}
    found |= {normalize(a) for a in entity.get("aliases") or []}
    found.discard("")
    return found


def _match(pred: list[dict], gold: list[dict]) -> dict[int, int]:
    """One to one: predicted index -> gold index."""
    gold_names = [_names(g) for g in gold]
    ranked = []
    for pi, p in enumerate(pred):
        names = _names(p)
        own = normalize(p.get("name", ""))
        for gi, gn in enumerate(gold_names):
            shared = names & gn
            if shared:
                ranked.append((-len(shared), own not in gn, pi, gi))
    ranked.sort()
    matched: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, _, pi, gi in ranked:
        if pi not in matched and gi not in used_gold:
            matched[pi] = gi
            used_gold.add(gi)
    return matched


def _endpoint_map(pred: list[dict], gold: list[dict]) -> dict[int, int]:
    """Many to one: each predicted entity -> the gold entity sharing most names."""
    gold_names = [_names(g) for g in gold]
    out: dict[int, int] = {}
    for pi, p in enumerate(pred):
        names = _names(p)
        best, best_shared = None, 0
        for gi, gn in enumerate(gold_names):
            if len(names & gn) > best_shared:
                best, best_shared = gi, len(names & gn)
        if best is not None:
            out[pi] = best
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _gold_pairs(gold: dict) -> dict[Pair, set[str]]:
    index = {str(g.get("name")): gi for gi, g in enumerate(gold.get("entities", []))}
    pairs: dict[Pair, set[str]] = {}
    for rel in gold.get("relations", []):
        s, t = index.get(str(rel.get("source"))), index.get(str(rel.get("target")))
        if s is not None and t is not None and s != t:
            pairs.setdefault(Pair((s, t)), set()).add(str(rel.get("type", "")).upper())
    return pairs


def _pred_pairs(pred: dict, gold: dict) -> tuple[dict[Pair, set[str]], dict[Pair, str]]:
    entities, gold_entities = pred.get("entities", []), gold.get("entities", [])
    index: dict[str, int] = {}
    for pi, e in enumerate(entities):
        for ref in (e.get("id"), e.get("name")):
            if ref is not None:
                index[str(ref)] = pi
    mapped = _endpoint_map(entities, gold_entities)
    pairs: dict[Pair, set[str]] = {}
    labels: dict[Pair, str] = {}
    for rel in pred.get("relations", []):
        s, t = index.get(str(rel.get("source"))), index.get(str(rel.get("target")))
        gs = mapped.get(s) if s is not None else None
        gt = mapped.get(t) if t is not None else None
        if gs is None or gt is None or gs == gt:
            key: Pair = Pair((("pred", str(rel.get("source"))), ("pred", str(rel.get("target")))))
            names = {str(e.get("id")): e.get("name") for e in entities}
            label = f"{names.get(str(rel.get('source')), rel.get('source'))} -- " \
                    f"{names.get(str(rel.get('target')), rel.get('target'))}"
        else:
            key = Pair((gs, gt))
            label = " -- ".join(sorted(gold_entities[i]["name"] for i in key))
        pairs.setdefault(key, set()).add(str(rel.get("type", "")).upper())
        labels[key] = label
    return pairs, labels


def score(pred: dict, gold: dict) -> dict[str, Any]:
    """Entity and relation-pair precision, recall and F1, with what was missed and extra."""
    pe, ge = pred.get("entities", []), gold.get("entities", [])
    matched = _match(pe, ge)
    typed = sum(1 for pi, gi in matched.items()
                if str(pe[pi].get("type", "")).lower() == str(ge[gi].get("type", "")).lower())
    gold_pairs = _gold_pairs(gold)
    pred_pairs, labels = _pred_pairs(pred, gold)
    hits = [k for k in pred_pairs if k in gold_pairs]
    typed_rel = sum(1 for k in hits if pred_pairs[k] & gold_pairs[k])
    ep, er, ef = _prf(len(matched), len(pe), len(ge))
    rp, rr, rf = _prf(len(hits), len(pred_pairs), len(gold_pairs))
    gold_label = {k: " -- ".join(sorted(ge[i]["name"] for i in k)) for k in gold_pairs}
    return {
        "entities": {"pred": len(pe), "gold": len(ge), "tp": len(matched), "p": ep, "r": er,
                     "f1": ef, "type_accuracy": typed / len(matched) if matched else 0.0},
        "relations": {"pred_pairs": len(pred_pairs), "gold_pairs": len(gold_pairs),
                      "tp": len(hits), "p": rp, "r": rr, "f1": rf,
                      "typed_accuracy": typed_rel / len(hits) if hits else 0.0},
        "missed_entities": [g["name"] for gi, g in enumerate(ge) if gi not in matched.values()],
        "extra_entities": [p.get("name") for pi, p in enumerate(pe) if pi not in matched],
        "missed_pairs": sorted(gold_label[k] for k in gold_pairs if k not in pred_pairs),
        "extra_pairs": sorted(labels[k] for k in pred_pairs if k not in gold_pairs),
    }


def combine(results: list[dict[str, Any]]) -> dict[str, float]:
    """Micro-averaged entity and relation F1 over several documents."""
    e = [sum(r["entities"][k] for r in results) for k in ("tp", "pred", "gold")]
    r = [sum(x["relations"][k] for x in results) for k in ("tp", "pred_pairs", "gold_pairs")]
    return {"entity_f1": _prf(*e)[2], "relation_f1": _prf(*r)[2]}


def format_score(result: dict[str, Any], name: str = "document", verbose: bool = True) -> str:
    """Human-readable report; the last line is `entity_f1=... relation_f1=...`."""
    e, r = result["entities"], result["relations"]
    lines = [f"{name}: entities P={e['p']:.2f} R={e['r']:.2f} F1={e['f1']:.2f} "
             f"(type acc {e['type_accuracy']:.2f}) | relation pairs P={r['p']:.2f} "
             f"R={r['r']:.2f} F1={r['f1']:.2f} (typed acc {r['typed_accuracy']:.2f})"]
    if verbose:
        for key in ("missed_entities", "extra_entities", "missed_pairs", "extra_pairs"):
            lines.append(f"  {key}: {result[key]}")
    lines.append(f"entity_f1={e['f1']:.3f} relation_f1={r['f1']:.3f}")
    return "\n".join(lines)
