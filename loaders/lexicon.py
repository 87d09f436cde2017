"""Word lists the extraction rules key on: titles, role nouns, relation verbs, hedges.

Why lemmas and not phrases: the rules read a sentence's syntax (who is the
subject, what is the object of which verb) and only then ask this module what
a verb or noun means. A new wording of the same fact ("helped", "assisted",
"aided") then needs one more lemma, not one more pattern.
"""

from __future__ import annotations

HOME_STATE = "Canada"
HOME_GOVERNMENT = "Government of Canada"
HOME_BODIES = {"house": "House of Commons", "senate": "Senate of Canada"}
"""'the House', 'the Senate' with no such body named before: the home legislature."""

# -- people ------------------------------------------------------------------

TITLE_ROLES: dict[str, str] = {
    "mp": "MP", "mps": "MP", "m.p.": "MP", "mep": "MP", "meps": "MP", "senator": "Senator",
    "sen.": "Senator",
    "minister": "Minister", "premier": "Premier", "ambassador": "Ambassador",
    "consul": "Consul", "commissioner": "Commissioner", "justice": "Judge",
    "judge": "Judge", "diplomat": "Diplomat", "envoy": "Diplomat", "director": "Director",
    "chair": "Chair", "chairman": "Chair", "chairwoman": "Chair", "chairperson": "Chair",
    "leader": "Leader", "spokesperson": "Spokesperson", "spokesman": "Spokesperson",
    "spokeswoman": "Spokesperson", "journalist": "Journalist", "reporter": "Journalist",
    "official": "Official", "candidate": "Candidate", "staffer": "Staffer", "aide": "Staffer",
    "lawyer": "Lawyer", "activist": "Activist", "businessman": "Businessperson",
    "businesswoman": "Businessperson", "businessperson": "Businessperson",
    "councillor": "Councillor", "agent": "Agent", "operative": "Agent",
    "rapporteur": "Official", "deputy": "Official", "secretary": "Official",
    "president": "Leader", "consul-general": "Consul", "attaché": "Diplomat",
    "pm": "PrimeMinister", "mayor": "Leader", "counsel": "Lawyer",
    "attorney": "Lawyer", "prosecutor": "Lawyer", "magistrate": "Judge",
    "general": "Official", "governor": "Leader",  # 'Director-General', 'Attorney General'
    "executive": "Businessperson", "ceo": "Leader",  # 'Huawei executive X'
}
"""Title or role noun (lower case) -> ROLES value."""

SURNAME_FIRST = {
    "huang", "wang", "zhang", "liu", "chen", "yang", "zhao", "zhou", "xu", "sun", "zhu",
    "guo", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
    "cao", "peng", "zeng", "xiao", "tian", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng",
    "wei", "su", "lu", "ding", "ren", "shen", "yao", "cui", "qin", "zou", "kong", "bai", "shi",
    "tan", "liao", "zhong", "cong", "chau", "chow", "chan", "cheung", "leung", "wong", "ho",
    "xi", "wu", "hu", "li", "ma", "he", "yu", "kim", "park", "lee", "choi", "nguyen", "tran"}
"""Family names that come first in Chinese, Korean and Vietnamese names: 'Huang' after
'Huang Xiangmo' is him (an English 'Michael' after 'Michael Chong' is not read so)."""

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "hon", "hon.", "the",
              "honourable", "honorable", "right", "rt", "rt.", "madam", "sir", "prof", "prof."}

HEAD_TITLES = {"chair", "chairman", "chairwoman", "chairperson", "director", "commissioner",
               "head", "leader", "president", "chief", "director-general"}
"""Titles that make their holder head of the organisation named beside them."""

DIPLOMAT_NOUNS = {"diplomat", "envoy", "ambassador", "consul", "consul-general", "attaché",
                  "high commissioner", "official", "agent", "operative", "spy", "officer"}

POSTING_VERBS = {"accredit", "accredited", "assign", "assigned", "post", "posted", "attach",
                 "attached", "second", "seconded", "station", "stationed"}
"""'a diplomat accredited to the consulate', 'an officer posted at the embassy': the role
noun's employer is named by its participle."""

PERSON_ROLE_NOUNS = set(TITLE_ROLES) | {"spy", "officer", "businessman", "politician", "member"}

# -- groups ------------------------------------------------------------------

PARLIAMENTARIAN_NOUNS = {"mps", "parliamentarians", "senators", "legislators",
                         "politicians", "members of parliament", "elected officials",
                         "members of the house of commons"}
PARLIAMENTARIAN_GROUP = "Canadian parliamentarians (unnamed)"

FOREIGN_ACTOR_PHRASES = {"foreign state actors", "foreign actors", "foreign states",
                         "foreign governments", "hostile states", "hostile state actors",
                         "foreign powers", "state actors", "foreign state", "foreign state actor",
                         "foreign actor", "foreign government", "foreign power"}
FOREIGN_ACTOR_GROUP = "Foreign state actors"

STATE_NOUNS = {"government", "officials", "authorities", "regime", "state", "diplomats",
               "agents", "embassy", "consulate", "envoys", "proxies", "operatives",
               "interference", "intelligence", "leadership", "military", "spies",
               "consulates", "missions", "mission", "counterparts", "actors", "police"}
"""Nouns after a demonym that make the phrase the state itself ("Indian officials")."""

# -- organisations -------------------------------------------------------------

ORG_HEAD_TYPES: dict[str, str] = {
    "committee": "Committee", "subcommittee": "Committee",
    "commission": "Commission", "inquiry": "Commission",
    "party": "Party",
    "agency": "Agency", "service": "Agency", "police": "Agency", "department": "Agency",
    "ministry": "Agency", "office": "Agency", "bureau": "Agency", "secretariat": "Agency",
    "directorate": "Agency", "establishment": "Agency", "council": "Organization",
    "force": "Agency",
    "parliament": "Legislature", "senate": "Legislature", "assembly": "Legislature",
    "house": "Legislature", "government": "Government", "embassy": "Organization",
    "consulate": "Organization", "association": "Organization", "foundation": "Organization",
    "institute": "Organization", "university": "Organization", "network": "Organization",
    "front": "Organization", "society": "Organization", "federation": "Organization",
    "league": "Organization", "company": "Organization", "corporation": "Organization",
    "times": "Media", "post": "Media", "news": "Media", "globe": "Media", "press": "Media",
    "herald": "Media", "journal": "Media", "star": "Media", "citizen": "Media",
    "broadcasting": "Media", "radio": "Media", "television": "Media",
}
"""Head noun of an organisation's name -> node type."""

MEDIA_ACRONYMS = {"CBC", "CTV", "BBC", "CNN", "AP", "AFP", "PBS", "NPR"}

ANAPHORA: dict[str, tuple[str, ...]] = {
    "committee": ("Committee",), "commission": ("Commission",), "inquiry": ("Commission",),
    "agency": ("Agency",), "service": ("Agency",), "party": ("Party",),
    "government": ("Government",), "house": ("Legislature",), "senate": ("Legislature",),
    "ministry": ("Agency",), "department": ("Agency",), "force": ("Agency",),
    "task force": ("Agency",), "bill": ("Bill",),
    "group": ("Organization",), "organization": ("Organization",),
    "organisation": ("Organization",), "company": ("Organization",), "firm": ("Organization",),
    "outfit": ("Organization",), "network": ("Organization",), "outlet": ("Media",),
}
"""'the committee' -> the last actor of these types named before it ('the group', 'the
organization' in an article about one: that one, see `extractor._subject_anaphora`)."""

REPORT_NOUNS = {"report", "review", "study", "examination", "findings", "investigation",
                "assessment", "inquiry", "analysis", "document", "memo", "briefing"}

# -- relations -----------------------------------------------------------------

VERB_RELATIONS: dict[str, str] = {
    "assist": "ALLEGED_ASSISTANCE", "help": "ALLEGED_ASSISTANCE", "aid": "ALLEGED_ASSISTANCE",
    "support": "SUPPORTED", "endorse": "SUPPORTED", "back": "SUPPORTED",
    "accuse": "ACCUSED", "blame": "ACCUSED", "sue": "ACCUSED",
    "interfere": "INTERFERED_IN", "meddle": "INTERFERED_IN",
    "target": "TARGETED", "intimidate": "TARGETED", "threaten": "TARGETED",
    "harass": "TARGETED", "surveil": "TARGETED", "monitor": "TARGETED",
    "fund": "FUNDED", "finance": "FUNDED", "bankroll": "FUNDED",
    "deny": "DENIED", "reject": "DENIED", "dismiss": "DENIED",
    "meet": "MET_WITH",
    "speak": "SPOKE_WITH", "talk": "SPOKE_WITH", "communicate": "SPOKE_WITH",
    "contact": "SPOKE_WITH", "call": "SPOKE_WITH", "correspond": "SPOKE_WITH",
    "introduce": "INTRODUCED", "table": "INTRODUCED", "propose": "INTRODUCED",
    "sponsor": "INTRODUCED",
    "head": "HEADS", "chair": "HEADS", "lead": "HEADS", "direct": "HEADS", "preside": "HEADS",
    "join": "MEMBER_OF", "leave": "FORMER_MEMBER_OF", "quit": "FORMER_MEMBER_OF",
    "found": "ESTABLISHED", "co-found": "ESTABLISHED", "establish": "ESTABLISHED",
    "detain": "DETAINED", "arrest": "DETAINED", "imprison": "DETAINED", "jail": "DETAINED",
    "expel": "EXPELLED", "oust": "EXPELLED", "deport": "EXPELLED",
    "sanction": "SANCTIONED",
    "testify": "TESTIFIED_BEFORE", "appear": "TESTIFIED_BEFORE",
    "investigate": "INVESTIGATED", "probe": "INVESTIGATED", "examine": "INVESTIGATED",
    "review": "INVESTIGATED", "charge": "INVESTIGATED",
    "warn": "WARNED", "caution": "WARNED",
    "brief": "BRIEFED", "update": "BRIEFED", "inform": "BRIEFED", "notify": "BRIEFED",
    "alert": "BRIEFED",
    "appoint": "APPOINTED", "name": "APPOINTED", "nominate": "APPOINTED", "tap": "APPOINTED",
    "welcome": "SUPPORTED", "praise": "SUPPORTED", "applaud": "SUPPORTED",
    "laud": "SUPPORTED", "hail": "SUPPORTED",
    "criticize": "CRITICIZED", "criticise": "CRITICIZED", "condemn": "CRITICIZED",
    "slam": "CRITICIZED", "denounce": "CRITICIZED",
    "employ": "WORKS_FOR", "represent": "WORKS_FOR", "work": "WORKS_FOR", "serve": "WORKS_FOR",
    "advise": "SPOKE_WITH", "urge": "SPOKE_WITH", "tell": "BRIEFED",
    "kill": "TARGETED", "murder": "TARGETED", "assassinate": "TARGETED",
}
"""Verb lemma -> relation type (subject -> object)."""

VERB_PREPOSITIONS: dict[str, set[str]] = {
    "SPOKE_WITH": {"with", "to"}, "MET_WITH": {"with"}, "TESTIFIED_BEFORE": {"before", "at", "to"},
    "INTERFERED_IN": {"in", "with"}, "WORKS_FOR": {"for", "with"}, "HEADS": {"over"},
    "FORMER_MEMBER_OF": set(), "MEMBER_OF": set(), "ALLEGED_ASSISTANCE": set(),
    "REPORTED_ON": {"on", "about"}, "BRIEFED": set(), "INVESTIGATED": {"into"},
}
"""Prepositions whose object is the relation's target, per type (else direct object)."""

REVERSED_IF_PREP: dict[str, set[str]] = {"APPOINTED": set()}

LIGHT_VERB_NOUNS: dict[str, str] = {
    "relationship": "HAD_RELATIONSHIP", "relationships": "HAD_RELATIONSHIP",
    "tie": "HAD_RELATIONSHIP", "ties": "HAD_RELATIONSHIP", "link": "HAD_RELATIONSHIP",
    "links": "HAD_RELATIONSHIP", "connection": "HAD_RELATIONSHIP",
    "connections": "HAD_RELATIONSHIP", "contact": "SPOKE_WITH", "contacts": "HAD_RELATIONSHIP",
    "conversation": "SPOKE_WITH", "conversations": "SPOKE_WITH", "discussion": "SPOKE_WITH",
    "discussions": "SPOKE_WITH", "call": "SPOKE_WITH", "meeting": "MET_WITH",
    "meetings": "MET_WITH", "testimony": "TESTIFIED_BEFORE", "evidence": "TESTIFIED_BEFORE",
    "investigation": "INVESTIGATED", "probe": "INVESTIGATED", "inquiry": "INVESTIGATED",
    "warning": "WARNED", "warnings": "WARNED", "briefing": "BRIEFED", "briefings": "BRIEFED",
    "assistance": "ALLEGED_ASSISTANCE", "help": "ALLEGED_ASSISTANCE",
    "sanctions": "SANCTIONED", "allegations": "ACCUSED", "accusations": "ACCUSED",
    "funding": "FUNDED", "money": "FUNDED", "donations": "FUNDED", "support": "SUPPORTED",
    "bill": "INTRODUCED", "legislation": "INTRODUCED",
    # 'issued a ministerial directive to CSIS': authority over the body (no closer type)
    "directive": "RELATED_TO", "directives": "RELATED_TO", "instructions": "RELATED_TO",
}
"""Nouns that carry the relation in "have relationships with", "held a meeting with"."""

NOMINAL_EVENTS: dict[str, str] = {
    "detention": "DETAINED", "arrest": "DETAINED", "imprisonment": "DETAINED",
    "expulsion": "EXPELLED", "deportation": "EXPELLED",
    "interference": "INTERFERED_IN", "meddling": "INTERFERED_IN",
    "targeting": "TARGETED", "intimidation": "TARGETED", "harassment": "TARGETED",
    "killing": "TARGETED", "murder": "TARGETED", "assassination": "TARGETED",
    "surveillance": "TARGETED", "investigation": "INVESTIGATED", "probe": "INVESTIGATED",
    "appointment": "APPOINTED", "funding": "FUNDED", "membership": "MEMBER_OF",
}
"""Event nouns whose arguments sit in prepositions: "the detention of X by Y"."""

PATIENT_FIRST = {"DETAINED", "EXPELLED", "TARGETED", "INVESTIGATED", "APPOINTED", "FUNDED"}
"""Nominal events whose 'of' argument is the target (the detention OF Kovrig)."""

TRANSFER_VERBS = {"send", "share", "pass", "leak", "provide", "give", "transmit", "hand",
                  "relay", "disclose", "forward"}
SENSITIVE_NOUNS = {"information", "intelligence", "documents", "secrets", "details", "data",
                   "material", "materials", "files", "records"}
"""'sending confidential information to Indian officials' is assistance to India."""

REPORTING_VERBS = {"gather", "say", "reveal", "find", "conclude", "allege", "claim", "report",
                   "state", "note", "write", "tell", "testify", "assert", "suggest", "show",
                   "indicate",
                   "add", "argue", "warn", "confirm", "admit", "acknowledge", "disclose",
                   "determine", "establish", "believe", "accuse", "maintain", "insist",
                   "specify", "explain", "affirm", "contend", "assess", "observe"}
REPORTED_ON_VERBS = {"gather", "reveal", "find", "conclude", "report", "name", "identify",
                     "disclose", "expose", "document", "determine", "establish"}
"""Reporting verbs whose claimant also 'reported on' the subject of the claim."""

FINDING_VERBS = {"find", "conclude", "determine", "establish", "reveal", "report", "assess",
                 "allege", "disclose", "show", "observe", "judge"}
"""'The Committee found that India ...', 'CSIS assessed that the PRC ...': a review body,
agency or outlet reported on whoever its finding is about, even when the finding states
no relation the rules can read."""

SPEAKING_VERBS = {"say", "tell", "admit", "acknowledge", "testify", "state", "explain",
                  "confirm", "deny", "add", "insist", "maintain", "answer", "reply", "respond"}
"""Verbs of testimony: said at/before a committee -> TESTIFIED_BEFORE."""

HEDGES: dict[str, str] = {
    "allegedly": "alleged", "alleged": "alleged", "alleges": "alleged", "allege": "alleged",
    "accuses": "alleged", "accused": "alleged", "accuse": "alleged", "claims": "alleged",
    "claimed": "alleged", "reportedly": "reported", "according": "reported",
    "reported": "reported", "reports": "reported",
    "denied": "denied", "denies": "denied", "deny": "denied", "rejected": "denied",
    "admitted": "admitted", "admits": "admitted", "acknowledged": "admitted",
    "conceded": "admitted", "found": "found", "finds": "found", "concluded": "found",
    "concludes": "found", "determined": "found", "reveals": "found", "revealed": "found",
    "charged": "charged", "convicted": "convicted", "dismissed": "dismissed",
    "unconfirmed": "unconfirmed", "unverified": "unconfirmed", "may": "unconfirmed",
    "possibly": "unconfirmed", "suspected": "alleged",
}
"""Hedge word -> status it signals (the strongest one in a sentence wins)."""

STATUS_RANK = ["stated", "unconfirmed", "reported", "alleged", "found", "charged",
               "admitted", "denied", "convicted", "dismissed"]

COUNTRIES = {
    "Afghanistan", "Australia", "Bangladesh", "Belgium", "Brazil", "Cambodia", "Canada",
    "China", "Cuba", "Egypt", "Eritrea", "Ethiopia", "France", "Germany",
    "Hungary", "India", "Indonesia", "Iran", "Iraq", "Israel", "Italy", "Japan", "Lebanon",
    "Libya", "Malaysia", "Mexico", "Myanmar", "Netherlands", "New Zealand", "Nigeria",
    "North Korea", "Pakistan", "Philippines", "Poland", "Qatar", "Russia", "Rwanda",
    "Saudi Arabia", "Singapore", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sweden",
    "Switzerland", "Syria", "Taiwan", "Thailand", "Turkey", "Ukraine", "United Kingdom",
    "United States", "Venezuela", "Vietnam", "Belarus", "Azerbaijan", "Armenia", "Algeria",
    "Morocco", "Kenya", "Greece", "Portugal", "Norway", "Denmark", "Finland", "Ireland",
}
"""Countries recognised from NER GPE when the gazetteer does not know them."""

PARTY_ABBREVIATIONS = {
    "lib.": "Liberal Party of Canada", "lib": "Liberal Party of Canada",
    "cpc": "Conservative Party of Canada", "ndp": "New Democratic Party",
    "bq": "Bloc Québécois", "gp": "Green Party of Canada", "ind.": "", "ind": "",
}
"""Party labels of Hansard speaker lines, for gazetteers that lack them."""

HOME_DEMONYM = "canadian"
"""'a Canadian diplomat' works for Canada (the demonym is too broad for the matcher)."""

TARGET_NOUNS = {"target": "TARGETED", "targets": "TARGETED", "victim": "TARGETED",
                "victims": "TARGETED", "subject": "TARGETED", "critic": "CRITICIZED",
                "critics": "CRITICIZED", "opponent": "CRITICIZED", "supporter": "SUPPORTED",
                "supporters": "SUPPORTED", "members": "MEMBER_OF"}
"""'X is a target of Y', 'as a target of Y' -> Y TARGETED X; 'X is a critic of Y' -> X
CRITICIZED Y (the 'of' phrase's owner counts: 'critic of Beijing's crackdown')."""

GATHERING_VERBS = {"seek", "gather", "collect", "compile", "obtain", "request"}
"""'sought information on X': intelligence gathering on someone targets them."""

RECEIVING_VERBS = {"receive", "get", "accept", "obtain", "hear", "take", "benefit", "solicit"}
"""'received funding from X', 'hear testimony from X', 'benefited from the help of X':
the relation noun's giver (after 'from' or 'of') is the source, the subject its target."""
RECEIVED_TYPES = {"ALLEGED_ASSISTANCE", "FUNDED", "SUPPORTED", "TESTIFIED_BEFORE", "BRIEFED",
                  "WARNED"}

LABELLING_VERBS = {"designate", "label", "brand", "list", "call"}
STIGMA_NOUNS = {"terrorist", "terrorists", "extremist", "extremists", "criminal", "criminals",
                "traitor", "spy", "agent", "threat"}
"""'India designated him a terrorist': labelling someone with a stigma accuses them."""

COMPOSING_VERBS = {"comprise", "include", "bring", "gather", "unite", "compose", "consist"}
"""'The task force brings together CSIS, CSE and the RCMP', 'is composed of': the parts
of a body are PART_OF it (both ends must be organisations)."""

IRREALIS_VERBS = {"recommend", "urge", "propose", "suggest", "demand", "ask", "want",
                  "request", "encourage", "call"}
"""A relation inside their complement is asked for, not stated ('the Committee recommends
that parliamentarians be briefed by CSIS', 'called on the government to impose sanctions')."""
"""'X is a target of Y', 'as a target of Y' -> Y TARGETED X."""

JUNK_NAMES = {"royal assent", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "he", "she", "they", "it", "we", "i", "you", "chair", "the chair",
              "speaker", "gentleman", "lady", "hon. gentleman", "hon. lady",
              "mr", "madam", "minister", "committee", "commission", "government", "report",
              "canadians", "members", "parliament", "standing order", "standing orders",
              "order paper", "routine proceedings", "question period", "hansard",
              "stay connected", "quick facts", "associated links"}

PLACEMENT_VERBS = {"house", "embed", "locate", "situate", "place", "attribute"}
"""'is housed at GAC' (a unit's parent), 'attributed the operation to China' (a sponsor)."""

NON_ACTOR_NAMES = {"wechat", "facebook", "x", "twitter", "tiktok", "youtube", "telegram",
                   "weibo", "douyin", "instagram", "whatsapp", "reddit", "spamouflage",
                   "doppelganger", "fox hunt", "operation fox hunt", "sky net"}
"""Platforms and named operations: where or how things happen, not who does them. They
are kept only as an end of a relation, never for being named often."""

OFFICE_NOUNS = {"office", "officials", "officers", "staff", "team", "investigators",
                "organization", "agency", "department", "service", "employees", "people"}
"""'my office', 'our officers', 'my officials': in a witness's turn, the body the witness
answers for, not the witness."""

COOPERATION_VERBS = {"work", "cooperate", "co-operate", "collaborate", "partner", "coordinate",
                     "liaise"}
"""Between institutions: a tie of no more precise kind (RELATED_TO, see `cooperation`)."""

PAYING_VERBS = {"pay", "provide", "give", "deliver", "donate", "transfer", "funnel", "offer",
                "hand", "send", "wire", "channel", "cover"}
"""Verbs of giving that fund someone when what is given is money (see `payments`)."""

PASSING_VERBS = {"pass", "adopt", "approve", "enact"}
"""A legislature or committee that passes a bill supports it (bills only: 'passed
information to' is no vote)."""
