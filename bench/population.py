"""A fixed, seeded population of political actors shared by the corpus and graph generators.

Why generated names: a benchmark must scale to 10^5 actors, far past any real
list, and must not put words in real people's mouths. Names are drawn from
first and last names of several languages, so spaCy's NER sees the variety a
Canadian newsroom does. States, agencies and parties are the real ones the
gazetteer knows, since those are few and are what the rules key on.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

__all__ = ["Person", "Population", "STATES", "AGENCIES", "PARTIES", "ADJECTIVES"]

FIRST = (
    "Michael Sarah David Emily James Laura Robert Julie Daniel Karen Mark Linda Paul Nathalie "
    "Pierre Sophie Jean Marie Louis Chantal Luc Isabelle Andre Genevieve Francois Monique "
    "Wei Li Ming Jian Hui Xiaoling Yong Mei Raj Priya Arjun Sunita Harjit Gurpreet Anil Kavita "
    "Omar Fatima Hassan Leila Ali Samira Dmitri Olga Sergei Irina Tomasz Agnieszka Kwame "
    "Amara Diego Lucia Carlos Elena Owen Megan Ryan Claire Ian Fiona Graham Heather"
).split()
LAST = (
    "Smith Tremblay Martin Roy Gagnon Lee Wilson Johnson MacDonald Taylor Campbell Anderson "
    "Leblanc Cote Bouchard Gauthier Morin Lavoie Fortin Gagne Ouellet Pelletier Belanger Levesque "
    "Chen Wang Zhang Liu Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He "
    "Singh Sharma Patel Gill Dhaliwal Sandhu Grewal Sidhu Malhotra Chopra Kapoor Mehta "
    "Khan Ahmed Hussein Rahman Karimi Hosseini Petrov Ivanov Smirnov Kowalski Novak "
    "Mensah Okafor Garcia Rodriguez Lopez Fraser Stewart Murray Robertson Reid Kennedy Bennett"
).split()

STATES = ("China", "India", "Russia", "Iran", "Pakistan", "North Korea")
"""Foreign states the gazetteer knows, by the short name news uses."""
ADJECTIVES = {"China": "Chinese", "India": "Indian", "Russia": "Russian", "Iran": "Iranian",
              "Pakistan": "Pakistani", "North Korea": "North Korean"}
AGENCIES = ("CSIS", "the RCMP", "NSICOP", "the Hogue Commission", "Global Affairs Canada",
            "the Privy Council Office")
PARTIES = ("Liberal", "Conservative", "NDP", "Bloc Québécois", "Green")
ROLE_WEIGHTS = {"MP": 40, "Senator": 10, "Minister": 6, "Diplomat": 12, "Official": 12,
                "Businessperson": 10, "Journalist": 5, "Staffer": 5}


@dataclass(frozen=True)
class Person:
    """One generated person: a unique name, a role and what the role implies."""

    name: str
    role: str
    party: str = ""
    state: str = ""
    """For diplomats and officials of a foreign state."""

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


class Population:
    """`size` people with unique names; the same seed gives the same people."""

    def __init__(self, size: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        roles = list(ROLE_WEIGHTS)
        weights = list(ROLE_WEIGHTS.values())
        names = _unique_names(size, rng)
        self.people: list[Person] = []
        for name in names:
            role = rng.choices(roles, weights)[0]
            party = rng.choice(PARTIES) if role in ("MP", "Senator", "Minister") else ""
            state = rng.choice(STATES) if role in ("Diplomat", "Official") else ""
            self.people.append(Person(name, role, party, state))
        self.by_role: dict[str, list[Person]] = {}
        for person in self.people:
            self.by_role.setdefault(person.role, []).append(person)

    def pick(self, rng: random.Random, role: str | None = None) -> Person:
        """A person, skewed towards the first ones (some people are in the news a lot)."""
        pool = self.by_role[role] if role else self.people
        return pool[min(int(len(pool) * rng.random() ** 2.5), len(pool) - 1)]


def _unique_names(size: int, rng: random.Random) -> list[str]:
    """First Last, then First M. Last, then First Last-Last: unique past 10^5 people."""
    seen: set[str] = set()
    names: list[str] = []
    initials = "ABCDEFGHJKLMNPRSTW"
    while len(names) < size:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        shape = rng.random()
        if len(seen) < len(FIRST) * len(LAST) // 3 and shape < 0.6:
            name = f"{first} {last}"
        elif shape < 0.8:
            name = f"{first} {rng.choice(initials)}. {last}"
        else:
            name = f"{first} {last}-{rng.choice(LAST)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names
