"""Write eval/own-entities-dev10.jsonl and eval/own-entities-dev10-check.jsonl (FORMAT.md,
entities only): a tenth entities dev set and its check set, for entity *names* (issue 13).

Kinds of text: health and finance ministries' statements, a central bank's press briefing as a
transcript, athletics and tennis results, market news. Families where the canonical ``name``
goes wrong: a national ministry or department named without its country, whose English
Wikipedia title adds the country in brackets where the name is generic ("Ministry of Health"
in a Kenyan text -> "Ministry of Health (Kenya)", also "the Ministry" after it; a ministry with
a long name of its own keeps it), and people named again by an initial and surname in results
lines ("M. Okafor"), by a surname of several words ("Sandoval Reyes", "Van der Berg"), by a
surname in capitals in a transcript's speaker label ("MS HALVORSEN:"), or by a surname that is
also a town's name ("Preston"). Written for briefx by hand (session 8, issue 13); real places
and institutions, invented people, figures, events and quotations. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of a session.
Run from the project root: ``python eval/build_own_entities_dev10.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev10.jsonl"
OUT_CHECK = HERE / "own-entities-dev10-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 10, issue 13 names); ministry, central-bank, results "
    "and market copy; real places and institutions, invented people, figures, events and "
    "quotations; MIT."
)

CASES = [
    (
        "own-ent10-01",
        "2026-10-12",
        "[[NAIROBI|GPE|Nairobi]] -- [[Kenya|GPE]]'s [[Ministry of Health|ORG|Ministry of Health "
        "(Kenya)]] said on Monday that 212 cholera cases had been confirmed in [[Lodwar|GPE]] "
        "and [[Kakuma|GPE]]. Health Cabinet Secretary [[Wanjiru Kamau|PERSON]] said the "
        "[[Ministry|ORG|Ministry of Health (Kenya)]] had sent 40 nurses to the north. "
        "[[Kamau|PERSON|Wanjiru Kamau]] added that the [[World Health Organization|ORG]] would "
        "deliver 100,000 vaccine doses by Friday. [[UNICEF|ORG]] said water trucks were on their "
        "way from [[Eldoret|GPE]].\n",
    ),
    (
        "own-ent10-02",
        "2026-09-03",
        "[[JAKARTA|GPE|Jakarta]] -- [[Indonesia|GPE]] will sell 20 trillion rupiah of green "
        "bonds next month, the [[Ministry of Finance|ORG|Ministry of Finance (Indonesia)]] said "
        "on Thursday. Director general [[Hendra Wijaya|PERSON]] said demand from "
        "[[Japanese|NORP]] and [[Singaporean|NORP]] investors was strong. [[Wijaya|PERSON|Hendra "
        "Wijaya]] said the sale would close before [[Bank Indonesia|ORG]] meets on Sept. 17. In "
        "a separate statement, the [[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs "
        "(Indonesia)]] said Foreign Minister [[Rina Hartono|PERSON]] would visit [[Tokyo|GPE]] "
        "next week.\n",
    ),
    (
        "own-ent10-03",
        "2026-11-20",
        "[[TOKYO|GPE|Tokyo]] -- [[Japan|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance "
        "(Japan)]] said on Friday it had spent 5.5 trillion yen to support the yen in October. "
        "Senior official [[Kenji Morita|PERSON]] said the [[Bank of Japan|ORG]] had not been "
        "consulted. [[Morita|PERSON|Kenji Morita]] declined to say whether [[Tokyo|GPE]] had "
        "warned [[Washington|GPE|Washington, D.C.]] in advance. The [[Ministry of Economy, Trade "
        "and Industry|ORG]] said separately that exports of cars to the [[United States|GPE]] "
        "fell 4% in October.\n",
    ),
    (
        "own-ent10-04",
        "2026-06-14",
        "[[BRASILIA|GPE|Brasília]] -- [[Brazil|GPE]]'s [[Ministry of Health|ORG|Ministry of "
        "Health (Brazil)]] declared a dengue emergency in [[Minas Gerais|GPE]] on Sunday after "
        "hospitals in [[Belo Horizonte|GPE]] ran out of beds. Minister [[Ana Paula "
        "Carvalho|PERSON]] said 18,000 cases had been reported in a week. [[Carvalho|PERSON|Ana "
        "Paula Carvalho]] said the [[Pan American Health Organization|ORG]] would send "
        "specialists, and the [[Ministry|ORG|Ministry of Health (Brazil)]] would buy 2 million "
        "more test kits.\n",
    ),
    (
        "own-ent10-05",
        "2026-05-22",
        "ATHLETICS - [[OKAFOR|PERSON|Miriam Okafor]] WINS IN [[OSLO|GPE|Oslo]].\n"
        "[[OSLO|GPE|Oslo]] 2026-05-22\n"
        "[[Nigeria|GPE]]'s [[Miriam Okafor|PERSON]] won the women's 400 metres at the [[Bislett "
        "Games|EVENT]] on Thursday in 49.80 seconds, ahead of [[Jamaica|GPE]]'s [[Shericka "
        "Dunbar|PERSON]]. Home favourite [[Line Haugen|PERSON]] was third. [[Okafor|PERSON|Miriam "
        "Okafor]] said the track was fast.\n"
        "Women's 400 metres: 1. [[M. Okafor|PERSON|Miriam Okafor]] ([[Nigeria|GPE]]) 49.80 2. "
        "[[S. Dunbar|PERSON|Shericka Dunbar]] ([[Jamaica|GPE]]) 50.12 3. [[L. Haugen|PERSON|Line "
        "Haugen]] ([[Norway|GPE]]) 50.40\n",
    ),
    (
        "own-ent10-06",
        "2026-11-05",
        "Press briefing, [[Reserve Bank of New Zealand|ORG]], [[Wellington|GPE]]\n"
        "Deputy Governor [[Anna Halvorsen|PERSON]] and chief economist [[Tom Whitaker|PERSON]] "
        "answered questions after the rate decision.\n"
        "MS [[HALVORSEN|PERSON|Anna Halvorsen]]: We cut the official cash rate by 25 basis points "
        "today. Inflation is back inside the target band.\n"
        "QUESTION: Is the housing market recovering?\n"
        "MR [[WHITAKER|PERSON|Tom Whitaker]]: Prices in [[Auckland|GPE]] rose 1% in October, but "
        "sales are still low.\n"
        "MS [[HALVORSEN|PERSON|Anna Halvorsen]]: We will watch the data closely.\n",
    ),
    (
        "own-ent10-07",
        "2026-08-19",
        "[[MADRID|GPE|Madrid]] -- [[Spain|GPE]]'s economy will grow 2.1% this year, the [[Bank "
        "of Spain|ORG]] said on Wednesday. Its chief economist, [[Lucía Sandoval "
        "Reyes|PERSON]], said tourism had carried the summer. [[Sandoval Reyes|PERSON|Lucía "
        "Sandoval Reyes]] warned that housing costs were rising fastest in [[Barcelona|GPE]]. In "
        "[[The Hague|GPE]], [[Dutch|NORP]] finance official [[Pieter van der Berg|PERSON]] said "
        "the [[European Commission|ORG]] should ease its deficit rules. [[Van der "
        "Berg|PERSON|Pieter van der Berg]] added that [[Madrid|GPE]] and [[Rome|GPE]] agreed.\n",
    ),
    (
        "own-ent10-08",
        "2026-07-09",
        "[[ACCRA|GPE|Accra]] -- [[Ghana|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance "
        "(Ghana)]] said on Thursday that it had reached a deal with holders of its eurobonds. "
        "Deputy minister [[Kwame Preston|PERSON]] said the [[International Monetary Fund|ORG]] "
        "would release $370 million once its board approved the review. [[Preston|PERSON|Kwame "
        "Preston]] said the [[IMF|ORG|International Monetary Fund]] board would meet in "
        "[[Washington|GPE|Washington, D.C.]] next week. The [[Bank of Ghana|ORG]] kept its "
        "policy rate at 25%.\n",
    ),
    (
        "own-ent10-09",
        "2026-04-02",
        "[[MANILA|GPE|Manila]] -- The [[Department of Agriculture|ORG|Department of Agriculture "
        "(Philippines)]] said on Thursday that rice imports into the [[Philippines|GPE]] from "
        "[[Vietnam|GPE]] and [[Thailand|GPE]] would be suspended for 60 days. Agriculture "
        "Secretary [[Ramon Villanueva|PERSON]] said farmers in [[Nueva Ecija|GPE]] had harvested "
        "early. [[Villanueva|PERSON|Ramon Villanueva]] said the [[Department|ORG|Department of "
        "Agriculture (Philippines)]] would buy 100,000 tonnes of local rice.\n",
    ),
]

CHECK = [
    (
        "own-ent10-10",
        "2026-03-18",
        "[[WARSAW|GPE|Warsaw]] -- [[Poland|GPE]]'s [[Ministry of National Defence|ORG|Ministry of "
        "National Defence (Poland)]] signed a contract on Wednesday for 96 more howitzers from "
        "[[Hanwha Aerospace|ORG]]. Deputy minister [[Tomasz Zielinski|PERSON]] said the first "
        "guns would arrive in [[Gdynia|GPE]] next year. [[Zielinski|PERSON|Tomasz Zielinski]] "
        "said [[South Korean|NORP]] engineers would help build a plant near [[Stalowa "
        "Wola|GPE]].\n",
    ),
    (
        "own-ent10-11",
        "2026-09-27",
        "TENNIS - [[TANAKA|PERSON|Yuki Tanaka]] REACHES FINAL.\n"
        "[[TOKYO|GPE|Tokyo]] 2026-09-27\n"
        "[[Yuki Tanaka|PERSON]] beat second seed [[Marco Bellini|PERSON]] in straight sets on "
        "Saturday to reach the final of the [[Kanto Open|EVENT]]. [[Tanaka|PERSON|Yuki Tanaka]] "
        "will play [[Australia|GPE]]'s [[Liam Fraser|PERSON]].\n"
        "Semifinals: [[Y. Tanaka|PERSON|Yuki Tanaka]] ([[Japan|GPE]]) beat [[M. Bellini|PERSON|"
        "Marco Bellini]] ([[Italy|GPE]]) 6-4 6-3; [[L. Fraser|PERSON|Liam Fraser]] "
        "([[Australia|GPE]]) beat [[K. Novak|PERSON|Karel Novak]] ([[Czech Republic|GPE]]) 7-6 "
        "6-4\n"
        "[[Karel Novak|PERSON]] needed treatment on his shoulder in the second set.\n",
    ),
    (
        "own-ent10-12",
        "2026-02-10",
        "[[HANOI|GPE|Hanoi]] -- [[Vietnam|GPE]]'s [[Ministry of Industry and Trade|ORG|Ministry "
        "of Industry and Trade (Vietnam)]] said on Tuesday that electronics exports rose 11% in "
        "January. Deputy minister [[Nguyen Thi Lan|PERSON]] said [[Samsung Electronics|ORG]] had "
        "raised output at its plants in [[Bac Ninh|GPE|Bắc Ninh]]. [[Lan|PERSON|Nguyen Thi Lan]] "
        "said the [[Ministry|ORG|Ministry of Industry and Trade (Vietnam)]] expected more "
        "investment from [[South Korea|GPE]] this year.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
