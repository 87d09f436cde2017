"""How commands print an edge's evidence: the quote, or the quote in its paragraph.

All document text is printed as plain text (rich `Text`, never markup), folded onto
one line, every control or bidirectional character escaped (`figraph.safe_text`): a
quote, its paragraph or a title may hold anything a document holds.
"""

from __future__ import annotations

from typing import Any

from ..context import context_of
from ..safe_text import printable
from .common import out, trim

__all__ = ["print_evidence", "source_line", "EVIDENCE_SHOWN", "QUOTE_WIDTH", "review_label"]

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
