"""How commands print facts: a hop, a path of hops, and under each its evidence (the quote,
or the quote in its paragraph).

All document text is printed as plain text (rich `Text`, never markup), folded onto
one line, every control or bidirectional character escaped (`figraph.graph.safe_text`): a
quote, its paragraph or a title may hold anything a document holds.
"""

from __future__ import annotations

from typing import Any

from ..graph.context import context_of
from ..graph.safe_text import printable
from .common import count, out, trim, warn

__all__ = ["print_evidence", "print_paths", "hop_text", "source_line", "EVIDENCE_SHOWN",
           "QUOTE_WIDTH", "review_label"]

EVIDENCE_SHOWN = 3
QUOTE_WIDTH = 160
CONTEXT_WIDTH = 900


def source_line(evidence: dict[str, Any]) -> str:
    """Document title, page and date of one piece of evidence (printable)."""
    title = evidence.get("document_title") or evidence.get("document") or "unknown document"
    page = f", p. {evidence['page']}" if evidence.get("page") else ""
    date = f" ({evidence['date']})" if evidence.get("date") else ""
    return printable(f"{title}{page}{date}")


def print_evidence(evidence: list[dict[str, Any]], *, context: bool = False, indent: int = 6,
                   shown: int | None = EVIDENCE_SHOWN, full: bool = False) -> None:
    """Up to `shown` quotes (all with None), each with its source; with `context`, each
    in its paragraph, the quote itself in bold between curly quotes; with `full`, every
    quote and paragraph whole (`--full`: a cut quote can hide what matters)."""
    from rich.text import Text

    shown = None if full else shown

    pad = " " * indent
    for item in evidence[:shown] if shown is not None else evidence:
        quote = item.get("quote") or ""
        before, after = context_of(item) if context else ("", "")
        if before or after:
            line = Text(pad + _folded(before) + (" " if before.strip() else ""), style="dim")
            line.append(f"“{_folded(quote)}”", style="bold")
            line.append((" " if after.strip() else "") + _folded(after), style="dim")
            if len(line) > CONTEXT_WIDTH and not full:
                line.truncate(CONTEXT_WIDTH - 1)
                line.append("…")
        else:  # with --context, the whole sentence: it is the context there is
            whole = _folded(quote) if full else trim(quote, CONTEXT_WIDTH if context
                                                     else QUOTE_WIDTH)
            line = Text(f"{pad}“{whole}”", style="italic")
        out.print(line, Text(f"— {source_line(item)}", style="dim"))
    hidden = len(evidence) - (shown if shown is not None else len(evidence))
    if hidden > 0:
        out.print(Text(f"{pad}… and {hidden} more", style="dim"))
    if not evidence:
        out.print(Text(f"{pad}(no evidence recorded)", style="dim"))


def _folded(text: str) -> str:
    """One printable line: whitespace runs folded to a space, controls escaped."""
    return printable(" ".join(text.split()))


def review_label(state: str) -> str:
    """How a review state reads in a line ("unreviewed" for none)."""
    return {"": "unreviewed", "reproposed": "re-proposed after a rejection"}.get(state, state)


# -- paths -------------------------------------------------------------------


def hop_text(here: str, hop: dict[str, Any], there: str) -> str:
    """`here -[TYPE]-> there`, or `here <-[TYPE]- there` when walked against the fact
    (printable: names come from documents and gazetteers)."""
    here, kind, there = printable(here), printable(hop["type"]), printable(there)
    if hop["direction"] == "forward":
        return f"{here} -[{kind}]-> {there}"
    return f"{here} <-[{kind}]- {there}"


def _chain(path: Any) -> str:
    parts = [printable(path.nodes[0]["name"])]
    for hop, node in zip(path.hops, path.nodes[1:], strict=True):
        parts.append(hop_text("", hop, node["name"]).strip())
    return " ".join(parts)


def print_paths(result: Any, context: bool = False, full: bool = False) -> None:
    """Each path on one line, then each hop with its evidence (plain text, no markup)."""
    from rich.text import Text

    for number, path in enumerate(result.paths, 1):
        head = Text(f"{number}. ", style="bold")
        head.append(_chain(path), style="bold")
        out.print(head)
        out.print(Text(f"   {count(path.length, 'hop')} · {path.evidence_count} evidence"
                       + (f" · {count(path.allegation_hops, 'allegation hop')}"
                          if path.allegation_hops else ""), style="dim"))
        for i, hop in enumerate(path.hops):
            _print_hop(path.nodes[i]["name"], hop, path.nodes[i + 1]["name"], context, full)
        out.print()
    if result.truncated:
        warn("(more paths than shown: raise --limit or narrow with --exclude/--types)")


def _print_hop(here: str, hop: dict[str, Any], there: str, context: bool = False,
               full: bool = False) -> None:
    from rich.text import Text

    line = Text("   ")
    line.append(hop_text(here, hop, there), style="magenta" if hop["allegation"] else "cyan")
    if hop["claimant_name"]:
        line.append(printable(f"  [claimed by {hop['claimant_name']}; {hop['status']}]"),
                    style="yellow")
    elif hop["allegation"]:
        line.append(f"  [claimant unknown; {hop['status']}]", style="yellow")
    elif hop["status"] != "stated":
        line.append(f"  [{hop['status']}]", style="yellow")
    line.append(f"  · {review_label(hop.get('review') or '')}", style="dim")
    if hop["others"]:
        line.append(printable(f"  (also: {', '.join(o['type'] for o in hop['others'])})"),
                    style="dim")
    out.print(line)
    print_evidence(hop["evidence"], context=context, full=full)
