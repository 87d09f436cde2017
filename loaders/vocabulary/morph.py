"""A tiny lemmatiser for the words the rules care about.

Why not spaCy's lemmatizer: it is a pipeline component that runs on every
token of every document; the rules only ask for the lemma of verbs and nouns
that might be in the lexicon. Stripping a few suffixes and checking the
candidate against the lexicon is cheaper and, for this closed set, as good.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

IRREGULAR = {
    "spoke": "speak", "spoken": "speak", "met": "meet", "led": "lead", "told": "tell",
    "said": "say", "says": "say", "found": "find", "left": "leave", "sought": "seek",
    "wrote": "write", "written": "write", "gave": "give", "given": "give", "held": "hold",
    "had": "have", "has": "have", "having": "have", "made": "make", "took": "take",
    "taken": "take", "began": "begin", "begun": "begin", "paid": "pay", "kept": "keep",
    "brought": "bring", "knew": "know", "known": "know", "shown": "show", "chose": "choose",
    "ran": "run", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
    "did": "do", "does": "do", "done": "do", "heard": "hear", "sent": "send",
    "quit": "quit", "won": "win", "testified": "testify", "testifies": "testify",
    "denied": "deny", "denies": "deny", "identified": "identify", "identifies": "identify",
    "notified": "notify", "applied": "apply", "implied": "imply", "implies": "imply",
    "criticised": "criticise",
    "withdrew": "withdraw", "withdrawn": "withdraw", "built": "build", "flew": "fly",
    "flown": "fly", "went": "go", "gone": "go", "fled": "flee", "taught": "teach",
}

KNOWN_LEMMAS: frozenset[str] = frozenset(
    set(lexicon.VERB_RELATIONS) | lexicon.REPORTING_VERBS | lexicon.REPORTED_ON_VERBS
    | lexicon.SPEAKING_VERBS | lexicon.FINDING_VERBS | lexicon.RECEIVING_VERBS
    | lexicon.LABELLING_VERBS | lexicon.COMPOSING_VERBS | lexicon.IRREALIS_VERBS
    | lexicon.PLACEMENT_VERBS | lexicon.COOPERATION_VERBS | lexicon.PASSING_VERBS
    | lexicon.TRANSFER_VERBS | lexicon.GATHERING_VERBS | lexicon.PAYING_VERBS | {"offer"}
    | lexicon.words("discovery_verbs") | lexicon.words("joint_work_verbs")
    | lexicon.words("joint_inquiry_verbs") | lexicon.words("event_doing_verbs")
    | lexicon.words("witnessing_verbs")
    | set(lexicon.table("served_by_patient"))
    | {"serve", "represent", "win"}
    | {"have", "hold", "maintain", "develop", "establish", "give", "make", "launch", "open",
       "begin", "start", "issue", "provide", "impose", "refuse", "decline", "comment",
       "release", "publish", "note", "declare", "send", "receive", "sit", "become", "elect",
       "recommend", "resign", "announce", "order", "conduct", "present", "submit", "file",
       "engage", "pass", "seek", "take", "keep", "come", "pay", "try", "gather",
       "instruct", "direct", "task", "refer", "cancel", "revoke", "withdraw", "rescind", "strip",
       "annul", "raise"}
    | lexicon.words("wrongdoing_verbs") | lexicon.words("attempt_verbs")
    | lexicon.words("light_verbs") | lexicon.words("listing_verbs")
    | lexicon.listed("aimed_words", "verbs")
    | lexicon.words("moving_verbs") | lexicon.words("trip_verbs")
    | lexicon.words("expressing_verbs") | lexicon.words("coverage_verbs")
    | lexicon.words("removal_verbs") | lexicon.words("suspension_verbs")
    | lexicon.words("leaving_verbs") | lexicon.words("law_making_verbs")
    | lexicon.words("instrument_verbs") | lexicon.words("noting_verbs")
    | lexicon.words("constituting_verbs")
    | {idiom.split()[0] for idiom in lexicon.table("verb_idioms")}
)


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """Lemma of `word` (lower-cased) when it is a lexicon word, else the word itself."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if low in KNOWN_LEMMAS:
        return low
    for candidate in _candidates(low):
        if candidate in KNOWN_LEMMAS:
            return candidate
    return low


def _candidates(low: str) -> list[str]:
    out: list[str] = []
    if low.endswith("ies"):
        out.append(low[:-3] + "y")
    if low.endswith("ied"):
        out.append(low[:-3] + "y")
    if low.endswith("ing"):
        stem = low[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if low.endswith("ed"):
        stem = low[:-2]
        out += [stem, low[:-1]]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if low.endswith("es"):
        out.append(low[:-2])
    if low.endswith("s"):
        out.append(low[:-1])
    return out


STOP_FORMS = {"lost": "lose", "took": "take", "taken": "take", "went": "go", "gone": "go",
              "came": "come", "saw": "see", "seen": "see", "knew": "know", "known": "know",
              "thought": "think", "got": "get", "left": "leave", "did": "do", "done": "do",
              "became": "become", "understood": "understand", "read": "read"}
"""Past forms of the verbs rules stop at ('lost to X', 'went to X'), beside `IRREGULAR`."""


def is_stop_form(word: str, stops: set[str] | frozenset[str]) -> bool:
    """Whether an inflected verb form is one of `stops` (lemmas): the shared lemmatizer
    knows only the rules' verbs, so regular endings are stripped here."""
    return not _bases(word).isdisjoint(stops)


@lru_cache(maxsize=8192)
def _bases(word: str) -> frozenset[str]:
    """Every lemma `word` may be a form of, built once per word (the rules ask of the same
    verbs against several lists, sentence after sentence)."""
    bases = {word, lemma(word), STOP_FORMS.get(word, word)}
    for ending in ("s", "es", "d", "ed", "ing"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            bases |= {stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem}
    if word.endswith(("ied", "ies")):
        bases.add(word[:-3] + "y")  # 'studied', 'studies'
    return frozenset(bases)


def singular(noun: str) -> str:
    """'companies' -> 'company', 'firms' -> 'firm': a regular plural noun's singular (the
    pipeline runs no lemmatizer)."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
