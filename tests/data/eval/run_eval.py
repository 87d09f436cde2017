"""Extract every tests/data/eval/*.txt and score it against its gold *.json.

    python tests/data/eval/run_eval.py [--out DIR] [--verbose] [--fixture] [--all]

`--all` scores every hand-annotated set (eval, eval_blind, eval_blind2 and its
holdout, eval_blind3, eval_blind4, eval_blind5, eval_blind6) instead of this folder alone,
and prints each set's figure; `--set NAME` scores one folder of tests/data (e.g. eval_blind4).

Writes one prediction per document to DIR (default: a temporary folder),
prints our scorer's report per document and the micro-averaged figures over
the dev documents (all but the seed) and over everything; the last line is
the overall `entity_f1=... relation_f1=...`. The predictions folder can be
given to the shared scorer's `--pairs` mode to check that both agree.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from figraph.graph.model import Document
from figraph.loaders.contract import to_contract
from figraph.loaders.extractor import Extractor
from figraph.loaders.scoring import combine, format_score, score
from figraph.loaders.vocabulary.gazetteer import Gazetteer

HERE = Path(__file__).parent


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    extra = sorted((HERE.parent / "gazetteer").glob("*.toml")) if "--fixture" in argv else []
    extractor = Extractor(gazetteer=Gazetteer.load(extra_files=extra))
    folders = [HERE.parent / argv[argv.index("--set") + 1]] if "--set" in argv else [HERE]
    if "--all" in argv:
        blind2 = HERE.parent / "eval_blind2"
        folders += [HERE.parent / "eval_blind", blind2, blind2 / "holdout",
                    HERE.parent / "eval_blind3", HERE.parent / "eval_blind4",
                    HERE.parent / "eval_blind5", HERE.parent / "eval_blind6"]
    results: dict[str, dict] = {}
    per_folder: dict[str, list[dict]] = {}
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        name = path.relative_to(HERE.parent).with_suffix("").as_posix().replace("/", "_")
        text = path.read_text(encoding="utf-8")
        doc = Document(id=Document.id_for(text), title=text.splitlines()[0], text=text)
        pred = to_contract(extractor.extract(doc))
        (out / f"{name}.json").write_text(json.dumps(pred, indent=1, ensure_ascii=False))
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        results[name] = score(pred, gold)
        folder_name = path.parent.relative_to(HERE.parent).as_posix()
        per_folder.setdefault(folder_name, []).append(results[name])
        print(format_score(results[name], name, verbose).rsplit("\n", 1)[0])
    for folder, scores in per_folder.items():
        figure = combine(scores)
        print(f"set {folder}: entity_f1={figure['entity_f1']:.3f} "
              f"relation_f1={figure['relation_f1']:.3f}")
    dev = combine([r for name, r in results.items() if name != "eval_seed"])
    print(f"dev: entity_f1={dev['entity_f1']:.3f} relation_f1={dev['relation_f1']:.3f}")
    every = combine(list(results.values()))
    print(f"predictions in {out}")
    print(f"entity_f1={every['entity_f1']:.3f} relation_f1={every['relation_f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
