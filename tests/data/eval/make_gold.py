"""Write the dev-set gold files from the compact hand annotation below.

Why a script: hand annotation is easier to read and review as one table per
document (entities, then `source | TYPE | target | evidence words`) than as
JSON; the JSON files beside it are what the scorer reads. Run it after
editing: `python tests/data/eval/make_gold.py`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from make_gold import build  # noqa: E402 - the shared writer of tests/data


def plain_sentences(para: str) -> list[str]:
    """The splitter this set was annotated with (no exception after 'Mr.'): kept so its
    evidence stays as written; the later sets use make_gold.sentences."""
    return re.split(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])", para)

GOLD: dict[str, str] = {}

GOLD["wiki_chong"] = """
E | Michael Chong | Person | MP | Chong
E | People's Republic of China | State | | China;Beijing;China's
E | Conservative Party of Canada | Party | | Conservative
E | Canadian Security Intelligence Service | Agency | | CSIS;the service
E | Ministry of State Security | Agency | | Ministry of State Security
E | The Globe and Mail | Media | | The Globe and Mail
E | Zhao Wei | Person | Diplomat | Zhao
E | Consulate General of the People's Republic of China in Toronto | Agency | | Chinese consulate in Toronto
E | Justin Trudeau | Person | PrimeMinister | Prime Minister Justin Trudeau
E | Government of Canada | Government | | the government
E | David Vigneault | Person | Director | Vigneault
E | Standing Committee on Procedure and House Affairs | Committee | | Standing Committee on Procedure and House Affairs
E | Mélanie Joly | Person | Minister | Foreign Affairs Minister Mélanie Joly
E | Global Affairs Canada | Agency | | Foreign Affairs
E | Canada | State | | Canada
E | Jennifer Lynn Lalonde | Person | Diplomat | Jennifer Lynn Lalonde
E | Public Inquiry into Foreign Interference | Commission | | Public Inquiry into Foreign Interference
E | Jenny Kwan | Person | MP | NDP MP Jenny Kwan
E | New Democratic Party | Party | | NDP
R | Michael Chong | MEMBER_OF | Conservative Party of Canada | the Conservative member of Parliament
R | People's Republic of China | TARGETED | Michael Chong | refers to a campaign by
R | People's Republic of China | SANCTIONED | Michael Chong | Beijing sanctioned Chong
R | Ministry of State Security | TARGETED | Michael Chong | had sought information on Chong
R | Canadian Security Intelligence Service | REPORTED_ON | Ministry of State Security | had sought information on Chong
R | Zhao Wei | TARGETED | Michael Chong | was involved in gathering
R | The Globe and Mail | REPORTED_ON | Zhao Wei | was involved in gathering
R | Zhao Wei | WORKS_FOR | Consulate General of the People's Republic of China in Toronto | was involved in gathering
R | David Vigneault | HEADS | Canadian Security Intelligence Service | The director of CSIS
R | David Vigneault | TESTIFIED_BEFORE | Standing Committee on Procedure and House Affairs | The director of CSIS
R | Mélanie Joly | MINISTER_OF | Global Affairs Canada | announced that Canada had declared
R | Canada | EXPELLED | Zhao Wei | announced that Canada had declared
R | People's Republic of China | EXPELLED | Jennifer Lynn Lalonde | China responded by expelling
R | Jennifer Lynn Lalonde | WORKS_FOR | Canada | China responded by expelling
R | Michael Chong | TESTIFIED_BEFORE | Public Inquiry into Foreign Interference | Chong later testified
R | Michael Chong | CRITICIZED | Government of Canada | Chong later testified
R | Jenny Kwan | MEMBER_OF | New Democratic Party | NDP MP Jenny Kwan
R | Canadian Security Intelligence Service | BRIEFED | Jenny Kwan | NDP MP Jenny Kwan
R | People's Republic of China | TARGETED | Jenny Kwan | NDP MP Jenny Kwan
"""  # noqa: E501 - one annotation a line, parsed line by line

GOLD["transcript_proc"] = """
E | Standing Committee on Procedure and House Affairs | Committee | | Standing Committee on Procedure and House Affairs
E | Bardish Chagger | Person | Chair,MP | The Chair;Ms. Bardish Chagger
E | Michael Chong | Person | MP | Mr. Michael Chong;Mr. Chong
E | Conservative Party of Canada | Party | | CPC
E | The Globe and Mail | Media | | The Globe and Mail
E | Zhao Wei | Person | Diplomat | Zhao Wei;a diplomat of the People's Republic of China
E | People's Republic of China | State | | People's Republic of China;Beijing
E | Canadian Security Intelligence Service | Agency | | CSIS
E | Jennifer O'Connell | Person | MP | Mrs. Jennifer O'Connell
E | Liberal Party of Canada | Party | | Lib.
E | Marco Mendicino | Person | Minister | Minister Mendicino
E | Jody Thomas | Person | Official | the national security adviser
E | Michael Cooper | Person | MP | Mr. Michael Cooper
E | Jenny Kwan | Person | MP | Ms. Jenny Kwan
E | New Democratic Party | Party | | NDP
R | Bardish Chagger | HEADS | Standing Committee on Procedure and House Affairs | I call this meeting to order
R | Michael Chong | TESTIFIED_BEFORE | Standing Committee on Procedure and House Affairs | Our witness is
R | Michael Chong | MEMBER_OF | Conservative Party of Canada | Thank you, Madam Chair
R | Zhao Wei | TARGETED | Michael Chong | had targeted me
R | Zhao Wei | WORKS_FOR | People's Republic of China | had targeted me
R | The Globe and Mail | REPORTED_ON | Zhao Wei | had targeted me
R | Jennifer O'Connell | MEMBER_OF | Liberal Party of Canada | thank you for being here
R | Marco Mendicino | SPOKE_WITH | Michael Chong | Minister Mendicino called me
R | Michael Chong | MET_WITH | Jody Thomas | I also met with
R | Michael Cooper | MEMBER_OF | Conservative Party of Canada | do you believe
R | Jenny Kwan | MEMBER_OF | New Democratic Party | I too was told
R | Canadian Security Intelligence Service | BRIEFED | Jenny Kwan | I too was told
R | People's Republic of China | TARGETED | Jenny Kwan | I too was told
"""  # noqa: E501 - one annotation a line, parsed line by line

GOLD["release_india"] = """
E | Global Affairs Canada | Agency | | Global Affairs Canada;Foreign Affairs
E | Mélanie Joly | Person | Minister | The Honourable Mélanie Joly;Minister Joly
E | Canada | State | | Canada
E | Sanjay Kumar Verma | Person | Diplomat | High Commissioner Sanjay Kumar Verma
E | India | State | | Government of India;Indian officials;India
E | Royal Canadian Mounted Police | Agency | | RCMP
E | Hardeep Singh Nijjar | Person | | Hardeep Singh Nijjar
E | Justin Trudeau | Person | PrimeMinister | Prime Minister Justin Trudeau
R | Mélanie Joly | MINISTER_OF | Global Affairs Canada | Minister of Foreign Affairs, today
R | Canada | EXPELLED | Sanjay Kumar Verma | Minister of Foreign Affairs, today
R | Sanjay Kumar Verma | WORKS_FOR | India | Minister of Foreign Affairs, today
R | India | TARGETED | Hardeep Singh Nijjar | clear and compelling evidence
R | Royal Canadian Mounted Police | INVESTIGATED | India | clear and compelling evidence
"""

GOLD["report_nsicop"] = """
E | National Security and Intelligence Committee of Parliamentarians | Committee | | The Committee
E | People's Republic of China | State | | PRC
E | Canada | State | | Canada
E | India | State | | India;Indian officials
E | Canadian parliamentarians (unnamed) | Person | MP,Senator | some parliamentarians;Some members of Parliament
E | Foreign state actors | State | | foreign states
E | Canadian Security Intelligence Service | Agency | | CSIS;the Service
E | Dominic LeBlanc | Person | Minister | the Minister of Public Safety
E | Public Safety Canada | Agency | | Public Safety
E | Government of Canada | Government | | Government of Canada
R | National Security and Intelligence Committee of Parliamentarians | REPORTED_ON | People's Republic of China | is the most active perpetrator
R | People's Republic of China | INTERFERED_IN | Canada | is the most active perpetrator
R | India | INTERFERED_IN | Canada | India is the second most active
R | Canadian parliamentarians (unnamed) | ALLEGED_ASSISTANCE | Foreign state actors | semi-witting or witting
R | National Security and Intelligence Committee of Parliamentarians | REPORTED_ON | Canadian parliamentarians (unnamed) | semi-witting or witting
R | Foreign state actors | INTERFERED_IN | Canada | semi-witting or witting
R | Canadian parliamentarians (unnamed) | ALLEGED_ASSISTANCE | India | proactively provided confidential
R | Canadian Security Intelligence Service | BRIEFED | Dominic LeBlanc | briefed the Minister of Public Safety
R | Dominic LeBlanc | MINISTER_OF | Public Safety Canada | provide the Committee with an update
R | National Security and Intelligence Committee of Parliamentarians | CRITICIZED | Government of Canada | was slow to respond
"""  # noqa: E501 - one annotation a line, parsed line by line

GOLD["news_dong"] = """
E | Han Dong | Person | MP | Toronto-area MP Han Dong;Dong
E | Liberal Party of Canada | Party | | Liberal caucus
E | Global News | Media | | Global News
E | Chinese diplomat (unnamed) | Person | Diplomat | a Chinese diplomat
E | People's Republic of China | State | | China;Beijing
E | Michael Kovrig | Person | | Kovrig
E | Michael Spavor | Person | | Spavor
E | Han Tao | Person | Consul | Han Tao
E | Justin Trudeau | Person | PrimeMinister | Trudeau
E | Pierre Poilievre | Person | Leader,MP | Conservative Leader Pierre Poilievre
E | Conservative Party of Canada | Party | | Conservative
E | Canada | State | | Canada
E | David Johnston | Person | Official | Johnston
E | Independent Special Rapporteur on Foreign Interference | Commission | | special rapporteur on foreign interference
R | Han Dong | FORMER_MEMBER_OF | Liberal Party of Canada | resigned from the Liberal caucus
R | Global News | REPORTED_ON | Han Dong | resigned from the Liberal caucus
R | Han Dong | SPOKE_WITH | Chinese diplomat (unnamed) | resigned from the Liberal caucus
R | Chinese diplomat (unnamed) | WORKS_FOR | People's Republic of China | resigned from the Liberal caucus
R | People's Republic of China | DETAINED | Michael Kovrig | were detained by China
R | People's Republic of China | DETAINED | Michael Spavor | were detained by China
R | Han Dong | MET_WITH | Han Tao | said Dong met Han Tao
R | Han Tao | WORKS_FOR | People's Republic of China | said Dong met Han Tao
R | Pierre Poilievre | HEADS | Conservative Party of Canada | accused Trudeau
R | Pierre Poilievre | ACCUSED | Justin Trudeau | accused Trudeau
R | People's Republic of China | INTERFERED_IN | Canada | accused Trudeau
R | Justin Trudeau | APPOINTED | David Johnston | Trudeau appointed
R | David Johnston | HEADS | Independent Special Rapporteur on Foreign Interference | Trudeau appointed
R | David Johnston | REPORTED_ON | Han Dong | Johnston concluded
"""  # noqa: E501 - one annotation a line, parsed line by line


if __name__ == "__main__":
    for doc_name, doc_spec in GOLD.items():
        build(HERE, doc_name, doc_spec.splitlines(), plain_sentences)
        print("wrote", doc_name)
