"""A seeded synthetic news corpus in the wording the extractor reads.

Each document is a short news story (about 25 sentences, ~450 words): a
headline, a lede about a report or a meeting, relations between generated
politicians, diplomats and officials ("X met Y", "X, a Liberal MP, spoke with
a Chinese diplomat", "CSIS alleges that X assisted India", "Minister X refused
to comment on ...") and the filler sentences real stories carry. The same seed
and size give byte-identical texts, so figures from two runs compare.

    python -m bench.corpus 1000 /tmp/corpus        # writes 1000 .txt files
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .population import ADJECTIVES, AGENCIES, STATES, Person, Population

__all__ = ["Story", "generate", "write_corpus", "POPULATION_PER_DOC"]

POPULATION_PER_DOC = 3
"""People per document: 10k documents talk about 30k people, most of them rarely."""
SENTENCES_PER_DOC = (24, 36)


class Story:
    """One document's text and title."""

    __slots__ = ("title", "text")

    def __init__(self, title: str, text: str) -> None:
        self.title = title
        self.text = text


def generate(n_docs: int, seed: int = 7) -> Iterator[Story]:
    """`n_docs` stories; the population grows with the corpus so names stay varied."""
    population = Population(max(200, n_docs * POPULATION_PER_DOC), seed)
    rng = random.Random(seed + 1)
    for number in range(n_docs):
        yield _story(number, population, rng)


def write_corpus(n_docs: int, folder: Path, seed: int = 7) -> Path:
    """Write the corpus as `doc-00001.txt` ... (title on the first line); reuse it if complete."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / f".complete-{n_docs}-{seed}"
    if stamp.exists():
        return folder
    for number, story in enumerate(generate(n_docs, seed)):
        (folder / f"doc-{number:05d}.txt").write_text(f"{story.title}\n\n{story.text}\n",
                                                      encoding="utf-8")
    stamp.touch()
    return folder


def _story(number: int, population: Population, rng: random.Random) -> Story:
    cast = [population.pick(rng) for _ in range(rng.randint(3, 6))]
    state = rng.choice(STATES)
    agency = rng.choice(AGENCIES)
    title = rng.choice(HEADLINES).format(adj=ADJECTIVES[state], state=state, n=number)
    lede = rng.choice(LEDES).format(agency=agency, adj=ADJECTIVES[state], state=state)
    sentences = [lede[0].upper() + lede[1:]]
    for _ in range(rng.randint(*SENTENCES_PER_DOC)):
        template = rng.choices(RELATIONS + FILLER, RELATION_WEIGHTS + FILLER_WEIGHTS)[0]
        sentence = template(rng, cast, population, state, agency)
        sentences.append(sentence[0].upper() + sentence[1:])
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return Story(title, "\n\n".join(paragraphs))


def _described(p: Person) -> str:
    """'Wei Chen, a Liberal MP,' / 'Senator Sarah Roy' / 'Omar Khan, an Indian diplomat,'."""
    if p.role == "MP":
        return f"{p.name}, {_a(p.party)} {p.party} MP,"
    if p.role == "Senator":
        return f"Senator {p.name}"
    if p.role == "Minister":
        return f"Minister {p.name}"
    if p.role in ("Diplomat", "Official"):
        adjective = ADJECTIVES[p.state]
        return f"{p.name}, {_a(adjective)} {adjective} {p.role.lower()},"
    return p.name


def _a(word: str) -> str:
    """The indefinite article as it is said: 'an Indian', 'an NDP', 'a Liberal'."""
    return "an" if word[0] in "AEIOU" or word.startswith("NDP") else "a"


def _two(rng: random.Random, cast: list[Person]) -> tuple[Person, Person]:
    a, b = rng.sample(cast, 2)
    return a, b


Template = Callable[[random.Random, list[Person], Population, str, str], str]


def _met(rng, cast, pop, state, agency) -> str:
    a, b = _two(rng, cast)
    where = rng.choice(("in Ottawa", "in Toronto", "at a fundraiser in Vancouver",
                        "during a gala dinner", "last spring", "in 2019"))
    return f"{_described(a)} met {b.name} {where}."


def _spoke(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    adjective = ADJECTIVES[state]
    return f"{_described(a)} spoke with {_a(adjective)} {adjective} diplomat {rng.choice(TIMES)}."


def _alleges(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    verb = rng.choice(("assisted", "helped", "aided"))
    return f"{agency} alleges that {a.name} {verb} {state}."


def _refused(rng, cast, pop, state, agency) -> str:
    minister = pop.pick(rng, "Minister")
    topic = rng.choice(("the allegations", f"the {agency.removeprefix('the ')} findings",
                        "the report", f"{rng.choice(cast).name}'s case"))
    return f"Minister {minister.name} refused to comment on {topic}."


def _funded(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    return (f"According to {agency}, the {ADJECTIVES[state]} government funded "
            f"{a.name}'s campaign {rng.choice(TIMES)}.")


def _denied(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    return f"{a.name} denied the allegations and said he had never worked for {state}."


def _briefed(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    return f"{agency} briefed {_described(a)} about {ADJECTIVES[state]} interference."


def _sent_info(rng, cast, pop, state, agency) -> str:
    a = rng.choice(cast)
    return (f"The report says {a.name} sent confidential information to "
            f"{ADJECTIVES[state]} officials.")


def _member(rng, cast, pop, state, agency) -> str:
    mps = [p for p in cast if p.party] or [pop.pick(rng, "MP")]
    p = rng.choice(mps)
    party = {"NDP": "the New Democratic Party", "Bloc Québécois": "the Bloc Québécois"}.get(
        p.party, f"the {p.party} Party")
    return f"{p.name} is a member of {party}."


def _filler(rng, cast, pop, state, agency) -> str:
    return rng.choice(FILLER_TEXT).format(agency=agency, adj=ADJECTIVES[state], state=state)


TIMES = ("in 2021", "several times", "before the election", "last year", "on several occasions",
         "in the weeks before the vote")
HEADLINES = (
    "{adj} interference: MPs had ties to foreign officials",
    "Report names politicians who met {adj} diplomats",
    "Security agency warns of {state}'s reach into Parliament",
    "Foreign interference inquiry hears new allegations ({n})",
)
LEDES = (
    "{agency} released a report on Monday about foreign interference by {state}.",
    "A new report by {agency} says {adj} officials cultivated ties with Canadian politicians.",
    "Foreign interference by {state} is again in the news after a report by {agency}.",
)
FILLER_TEXT = (
    "The report was tabled in the House of Commons on Tuesday.",
    "Opposition parties called for a public inquiry into the matter.",
    "The findings were heavily redacted, and several names were withheld.",
    "{agency} did not say how many ridings were affected.",
    "Experts said the {adj} government has long sought influence in diaspora communities.",
    "The committee said the government was too slow to react to the threat.",
    "Several witnesses testified behind closed doors during the hearings.",
    "Critics said the government had ignored repeated warnings for years.",
    "The matter is expected to come up again when Parliament resumes in the fall.",
    "Officials declined to give further details, citing national security.",
)
RELATIONS: list[Template] = [_met, _spoke, _alleges, _refused, _funded, _denied, _briefed,
                             _sent_info, _member]
RELATION_WEIGHTS = [5, 3, 3, 2, 2, 1, 2, 2, 2]
FILLER: list[Template] = [_filler]
FILLER_WEIGHTS = [10]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench/out/corpus-{count}")
    print(write_corpus(count, Path(str(target).format(count=count))))
