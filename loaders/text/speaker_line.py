"""One speaker label or list line of a transcript, where its parts are in the text."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SpeakerLine"]


@dataclass(frozen=True)
class SpeakerLine:
    """One speaker label: where the name is, and where its parenthetical is."""

    start: int
    end: int
    paren_start: int
    paren_end: int
    name: str
    chair: bool = False
    senator: bool = False
    listed: bool = False
    """A line of a witness list: it names a witness, it opens no turn."""
    testifies: bool = True
    """Whether the person listed testifies before the document's committee (a list of
    people and their titles elsewhere in an article does not)."""
    riding: tuple[int, int] = (0, 0)
    """Where the member's riding is written, when the label shows it apart."""
    member: bool = False
    """A line of the list of the committee's members present: a member of it."""
    deputy: bool = False
    """A label titling the speaker a member of the lower house ('Deputy Mary Lou McDonald:'
    in the Dáil): a member of the country's house."""
    reordered: bool = False
    """The name is written surname first ('MARTIN, Professor Helen'): `name` gives it in
    reading order, and no name the finders read inside the line is the person's."""
