"""Write eval/own-statements-dev34t.jsonl and its check file (FORMAT.md): who tells whom what.

Session 34 (tell21, issue 13 item 3): the addressee of a reporting verb that takes one ("told
Reuters that", "told lawmakers the deficit would ...", "warned investors that", "assured
shareholders that", "told a news conference in X that") is neither the speaker nor part of the
content; the speaker is the verb's subject, also across an apposition ("X, a spokesman for Y,
told Z"), a relative clause ("X, who heads Y, said") or "X of Y told Z". Beside them, cases that
must stay as they are: news agencies and broadcasters that speak themselves ("Reuters
reported", "the BBC said"), inverted attributions ("“...,” warned the IMF"), "urged X to ..."
(whose content keeps its object, as in the earlier sets), "said in an interview with Y",
"according to X", and pronoun speakers. Written for briefx by hand and annotated by
ANNOTATION.md ("Entities", "Statements") before briefx was run on them; agencies, broadcasters,
banks and institutions are real, the people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev34t.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (tell21 helper, session 34); CC0"

CASES = [
    (
        "own-dev34t-oxfam-sky",
        "2026-11-20",
        (
            "[[Tom Reed|PERSON]], a spokesman for [[Oxfam|ORG]], told [[Sky News|ORG]] that 40,000 people had fled the "
            "fighting in the past week. He said aid convoys were waiting at the border.\n"
        ),
        [
            ("Tom Reed", "tell", "40,000 people had fled the fighting in the past week", False, ["40,000"]),
            ("Tom Reed", "say", "aid convoys were waiting at the border", False, []),
        ],
    ),
    (
        "own-dev34t-nordea-reuters",
        "2026-10-02",
        (
            "[[Anna Berg|PERSON]], head of research at [[Nordea|ORG]], told [[Reuters|ORG]] that rates would fall to 2 percent "
            "by the summer.\n"
        ),
        [("Anna Berg", "tell", "rates would fall to 2 percent by the summer", False, ["2 percent"])],
    ),
    (
        "own-dev34t-lombard-lawmakers",
        "2026-10-14",
        (
            "[[France|GPE]]'s Finance Minister [[Eric Lombard|PERSON]] told lawmakers the deficit would reach 5.4 percent of "
            "output this year.\n"
        ),
        [("Eric Lombard", "tell", "the deficit would reach 5.4 percent of output this year", False, ["5.4 percent"])],
    ),
    (
        "own-dev34t-kowal-journalists",
        "2026-08-30",
        (
            "Floods swept through southern [[Poland|GPE]] on Friday. Interior Minister [[Jan Kowal|PERSON]] told journalists "
            "300 homes were destroyed.\n"
        ),
        [("Jan Kowal", "tell", "300 homes were destroyed", False, ["300"])],
    ),
    (
        "own-dev34t-bbc-jobcuts",
        "2026-09-09",
        (
            "[[Rolls-Royce|ORG]] chief executive [[Mark Dunn|PERSON]] defended the restructuring. He told the [[BBC|ORG]] he "
            "expected 2,000 job cuts over three years.\n"
        ),
        [("Mark Dunn", "tell", "he expected 2,000 job cuts over three years", False, ["2,000"])],
    ),
    (
        "own-dev34t-barclays-bloomberg",
        "2026-07-21",
        (
            "[[Peter Hall|PERSON]] of [[Barclays|ORG]] told [[Bloomberg Television|ORG]] that the pound would weaken further "
            "if the [[Bank of England|ORG]] cut rates.\n"
        ),
        [("Peter Hall", "tell", "the pound would weaken further if the Bank of England cut rates", False, [])],
    ),
    (
        "own-dev34t-today-programme",
        "2026-03-05",
        (
            "Health Secretary [[Sara Lind|PERSON]] told the [[BBC|ORG]]'s [[Today|PRODUCT]] programme that 12 hospitals would "
            "close their maternity wards.\n"
        ),
        [("Sara Lind", "tell", "12 hospitals would close their maternity wards", False, ["12"])],
    ),
    (
        "own-dev34t-reuters-reported",
        "2026-06-12",
        (
            "Talks between [[Boeing|ORG]] and its machinists collapsed on Thursday, [[Reuters|ORG]] reported, citing two "
            "people familiar with the matter.\n"
        ),
        [("Reuters", "report", "Talks between Boeing and its machinists collapsed on Thursday", False, [])],
    ),
    (
        "own-dev34t-bbc-said",
        "2026-08-02",
        (
            "A fire at a warehouse in [[Leeds|GPE]] burned for ten hours. The [[BBC|ORG]] said the blaze had been contained by "
            "Saturday morning.\n"
        ),
        [("BBC", "say", "the blaze had been contained by Saturday morning", False, [])],
    ),
    (
        "own-dev34t-siemens-investors",
        "2026-11-13",
        (
            "[[Siemens|ORG]] warned investors that orders at its rail unit would fall 10 percent next year.\n"
        ),
        [("Siemens", "warn", "orders at its rail unit would fall 10 percent next year", False, ["10 percent"])],
    ),
    (
        "own-dev34t-carney-ottawa",
        "2026-04-03",
        (
            "Prime Minister [[Mark Carney|PERSON]] told a news conference in [[Ottawa|GPE]] that counter-tariffs on $20 "
            "billion of goods would stay in place.\n"
        ),
        [("Mark Carney", "tell", "counter-tariffs on $20 billion of goods would stay in place", False, ["$20 billion"])],
    ),
    (
        "own-dev34t-who-heads",
        "2026-05-19",
        (
            "[[Maria Lopez|PERSON]], who heads the [[Central Bank of Chile|ORG]], said inflation would ease to 3.5 percent "
            "by December.\n"
        ),
        [("Maria Lopez", "say", "inflation would ease to 3.5 percent by December", False, ["3.5 percent"])],
    ),
    (
        "own-dev34t-imf-warned-inverted",
        "2026-10-15",
        (
            "“The risks to the outlook are tilted to the downside,” warned the [[IMF|ORG|International Monetary Fund]]. Global growth will slow to 2.9 "
            "percent next year, the fund said.\n"
        ),
        [
            ("International Monetary Fund", "warn", "The risks to the outlook are tilted to the downside", True, []),
            ("International Monetary Fund", "say", "Global growth will slow to 2.9 percent next year", False, ["2.9 percent"]),
        ],
    ),
    (
        "own-dev34t-interview-ft",
        "2026-02-11",
        (
            "[[Unilever|ORG]] chief executive [[Fernando Ruiz|PERSON]] said in an interview with the [[Financial Times|ORG]] "
            "that the company would sell its food brands.\n"
        ),
        [("Fernando Ruiz", "say", "the company would sell its food brands", False, [])],
    ),
    (
        "own-dev34t-un-urged",
        "2026-06-25",
        (
            "[[Amina Diallo|PERSON]], the [[United Nations|ORG]] envoy, urged both sides to return to talks in [[Geneva|GPE]]. "
            "She told reporters the ceasefire was holding.\n"
        ),
        [
            ("Amina Diallo", "urge", "both sides to return to talks in Geneva", False, []),
            ("Amina Diallo", "tell", "the ceasefire was holding", False, []),
        ],
    ),
    (
        "own-dev34t-afp-reported",
        "2026-09-17",
        (
            "At least 14 people died when a bus left the road in northern [[Peru|GPE]], [[AFP|ORG|Agence France-Presse]] reported, citing local "
            "police.\n"
        ),
        [("Agence France-Presse", "report", "At least 14 people died when a bus left the road in northern Peru", False, ["At least 14"])],
    ),
    (
        "own-dev34t-assured-shareholders",
        "2026-04-28",
        (
            "[[Karl Berger|PERSON]], chief executive of [[Siemens Energy|ORG]], assured shareholders that the dividend was "
            "safe.\n"
        ),
        [("Karl Berger", "assure", "the dividend was safe", False, [])],
    ),
    (
        "own-dev34t-told-cnbc-after",
        "2026-01-22",
        (
            "“We expect demand to recover in the second half,” [[Lisa Su|PERSON]], chief executive of [[AMD|ORG]], told "
            "[[CNBC|ORG]].\n"
        ),
        [("Lisa Su", "tell", "We expect demand to recover in the second half", True, [])],
    ),
    (
        "own-dev34t-minister-told-parliament",
        "2026-12-01",
        (
            "[[Norway|GPE]]'s oil minister [[Terje Aasland|PERSON]] told parliament the country would award 40 new licences "
            "in the [[Barents Sea|LOC]].\n"
        ),
        [("Terje Aasland", "tell", "the country would award 40 new licences in the Barents Sea", False, ["40"])],
    ),
    (
        "own-dev34t-according-ap",
        "2026-07-07",
        (
            "The strike closed 60 schools in [[Chicago|GPE]], according to the [[Associated Press|ORG]]. The union said talks "
            "would resume on Monday.\n"
        ),
        [("Associated Press", "according to", "The strike closed 60 schools in Chicago", False, ["60"])],
    ),
]

CHECK = [
    (
        "own-dev34t-ecb-told-handelsblatt",
        "2026-09-29",
        (
            "[[Isabel Schnabel|PERSON]], a member of the [[European Central Bank|ORG]]'s executive board, told "
            "[[Handelsblatt|ORG]] that rates were at a good level.\n"
        ),
        [("Isabel Schnabel", "tell", "rates were at a good level", False, [])],
    ),
    (
        "own-dev34t-msf-told-aljazeera",
        "2026-08-18",
        (
            "[[Julia Marsh|PERSON]] of [[Doctors Without Borders|ORG]] told [[Al Jazeera|ORG]] that two clinics had been "
            "shelled overnight.\n"
        ),
        [("Julia Marsh", "tell", "two clinics had been shelled overnight", False, ["two"])],
    ),
    (
        "own-dev34t-told-investors-bare",
        "2026-05-06",
        (
            "[[Shell|ORG]] finance chief [[Sinead Gorman|PERSON]] told analysts the company would buy back $3.5 billion of "
            "shares.\n"
        ),
        [("Sinead Gorman", "tell", "the company would buy back $3.5 billion of shares", False, ["$3.5 billion"])],
    ),
    (
        "own-dev34t-bloomberg-news",
        "2026-03-18",
        (
            "[[Nissan|ORG]] is weighing a merger with [[Honda|ORG]], [[Bloomberg News|ORG]] reported on Tuesday.\n"
        ),
        [("Bloomberg News", "report", "Nissan is weighing a merger with Honda", False, [])],
    ),
    (
        "own-dev34t-warned-farmers",
        "2026-07-30",
        (
            "[[Spain|GPE]]'s agriculture minister [[Luis Planas|PERSON]] warned farmers that the drought would cut the olive "
            "harvest by a third.\n"
        ),
        [("Luis Planas", "warn", "the drought would cut the olive harvest by a third", False, [])],
    ),
    (
        "own-dev34t-told-cnn-she",
        "2026-10-09",
        (
            "[[Gina Raimondo|PERSON]], a former commerce secretary, said chip exports would fall. She told [[CNN|ORG]] that "
            "controls would stay.\n"
        ),
        [
            ("Gina Raimondo", "say", "chip exports would fall", False, []),
            ("Gina Raimondo", "tell", "controls would stay", False, []),
        ],
    ),
    (
        "own-dev34t-told-conference",
        "2026-11-04",
        (
            "[[Kristalina Georgieva|PERSON]] of the [[IMF|ORG|International Monetary Fund]] told a conference in [[Riyadh|GPE]] that growth would slow.\n"
        ),
        [("Kristalina Georgieva", "tell", "growth would slow", False, [])],
    ),
    (
        "own-dev34t-dpa-said",
        "2026-02-24",
        (
            "Police in [[Hamburg|GPE]] arrested two men after the attack, the [[dpa|ORG]] news agency said.\n"
        ),
        [("dpa", "say", "Police in Hamburg arrested two men after the attack", False, ["two"])],
    ),
    (
        "own-dev34t-told-bbc-radio",
        "2026-06-03",
        (
            "[[Ed Miliband|PERSON]], the energy secretary, told [[BBC Radio 4|ORG]] the grid would need 50 new substations.\n"
        ),
        [("Ed Miliband", "tell", "the grid would need 50 new substations", False, ["50"])],
    ),
    (
        "own-dev34t-reminded",
        "2026-01-15",
        (
            "The [[Federal Reserve|ORG]] chair, [[Jerome Powell|PERSON]], assured markets that the bank would act if "
            "needed.\n"
        ),
        [("Jerome Powell", "assure", "the bank would act if needed", False, [])],
    ),
]


def main() -> None:
    write_sets("own-statements-dev34t", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
