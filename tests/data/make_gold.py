"""Write a set's gold JSON files from the compact hand annotation in its annotation.gold.

Why a script: the annotation reads better as one table per document (`E | name |
type | roles | aliases` lines, then `R | source | TYPE | target | evidence words`)
than as JSON. Each relation's evidence is the whole sentence holding the words.
Run `python tests/data/make_gold.py tests/data/eval_blind4` after editing annotation.gold.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

Splitter = Callable[[str], list[str]]


def sentence_with(text: str, words: str, doc: str, split: Splitter) -> str:
    """The sentence of `text` that contains `words` (evidence is a whole sentence)."""
    for para in text.split("\n"):
        for sent in split(para):
            if words in sent:
                return sent.strip()
    raise SystemExit(f"{doc}: evidence not found: {words!r}")


ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Hon|Sgt|U\.S)\.$")


def sentences(para: str) -> list[str]:
    """Cut at final punctuation before a capital, not after a title ('Ms. Chagger')."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", para):
        if out and ABBREVIATIONS.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


def build(folder: Path, doc: str, lines: list[str], split: Splitter = sentences) -> None:
    """Write `folder`/DOC.json from the annotation `lines` of DOC.txt (blank and # lines
    skipped); `split` cuts a paragraph into the sentences evidence is taken from."""
    text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
    entities: list[dict] = []
    relations: list[dict] = []
    for line in (raw.strip() for raw in lines):
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if parts[0] == "E":
            _, name, kind, roles, aliases = parts
            entities.append({"name": name, "type": kind,
                             "roles": [r for r in roles.split(",") if r],
                             "aliases": [a for a in aliases.split(";") if a]})
            continue
        _, source, rel_type, target, words = parts
        for end in (source, target):
            if end not in {e["name"] for e in entities}:
                raise SystemExit(f"{doc}: unknown entity {end!r}")
        relations.append({"source": source, "target": target, "type": rel_type,
                          "evidence": sentence_with(text, words, doc, split)})
    gold = {"entities": entities, "relations": relations}
    (folder / f"{doc}.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def main(folder: Path) -> None:
    """Every document of `folder`'s annotation.gold ('== NAME' opens a document)."""
    docs: dict[str, list[str]] = {}
    current = ""
    for raw in (folder / "annotation.gold").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = line[3:].strip()
            docs[current] = []
        else:
            docs[current].append(line)
    for doc, lines in docs.items():
        build(folder, doc, lines)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
