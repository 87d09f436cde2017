"""Relations of the families and aides named through a person (`mentions.kin` finds them):
the owner's tie to the family, the aide's to the employer, and what reaches a person
through the family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mentions.mention import Mention
from .found import Found

__all__ = ["kin_ties", "through_family", "THROUGH_FAMILY"]


def kin_ties(mentions: list[Mention], linked: set[str]) -> Iterator[Found]:
    """Owner -- family (HAD_RELATIONSHIP), aide -> owner (WORKS_FOR), once per family or
    aide that some relation reached."""
    seen: set[str] = set()
    for m in mentions:
        owner = m.attrs.get("kin_of")
        employer = m.attrs.get("aide_of")
        if owner is None and employer is None or m.key in seen or m.key not in linked:
            continue
        seen.add(m.key)
        if owner is not None:
            yield Found(owner, m, "HAD_RELATIONSHIP", "kin", m.start)
        elif isinstance(employer, Mention):
            yield Found(m, employer, "WORKS_FOR", "kin:aide", m.start)


THROUGH_FAMILY = {"TARGETED"}
"""Relations that reach the person through the family ('targeting his family' targets
him, the convention of the reports): the family keeps its own edge as well."""


def through_family(found: list[Found]) -> list[Found]:
    """For each family targeted, the same relation to the family's owner."""
    return [Found(f.source, f.target.attrs["kin_of"], f.type, f.rule, f.anchor)
            for f in found if f.type in THROUGH_FAMILY and "kin_of" in f.target.attrs
            and f.source.key != f.target.attrs["kin_of"].key]
