"""Write eval/own-statements-dev8.jsonl and its check file (FORMAT.md): statements in genres the
opened sets 1-4 hold little of, with every entity marked, since a statement's speaker is an
entity's canonical name.

Session 25 (statements8): a press-conference and a radio-interview transcript with speaker labels
(the labelled speakers are the author's voice; the bodies they quote are speakers), wire stories
with several speakers referred to by pronoun, title and surname, releases that quote two
officials or sign a quotation with a closing line, "according to" and documents that speak for
the body that issued them, hedged and negated statements ("might need to", "no longer expected",
"denied that"), figures inside quotations, and things that are no statements: acts and events
("cut its rate", "withdrew its target", "did not rule out further job cuts"), a negated cue with
no content ("did not say whether"), unnamed sources ("its analysts said"), "we" of a labelled
speaker. Written for briefx by hand and annotated by ANNOTATION.md ("Entities", "Statements")
before briefx was run on them; institutions are real, the people, events, figures and quotations
invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev8.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements8 helper, session 25); CC0"

RBNZ = "Reserve Bank of New Zealand"
TCRC = "Teamsters Canada Rail Conference"
CN = "Canadian National Railway"
BCR = "Rosario Board of Trade"
BAGE = "Buenos Aires Grains Exchange"
CBK = "Central Bank of Kenya"
NIHE = "Northern Ireland Housing Executive"
NIFC = "Northern Ireland Fiscal Council"
GAPKI = "Indonesian Palm Oil Association"

CASES = [
    (
        "own-dev8-transcript-nz",
        "2026-03-04",
        f"Press conference: half-year economic update\n\nMinister of Finance [[Erin Caldwell|PERSON]], [[Wellington|GPE]], 4 March 2026\n\nMINISTER CALDWELL: Good morning. Today we are releasing the half-year economic update. The [[Treasury|ORG|New Zealand Treasury]] now forecasts growth of 1.8% this year, down from 2.4% in December. We expect to return to surplus in 2028-29.\n\nREPORTER: Minister, the [[Reserve Bank|ORG|{RBNZ}]] said last week that inflation would stay above 3% until the end of the year. Do you agree?\n\nMINISTER CALDWELL: I won't second-guess the Bank. What I will say is that our spending is on track.\n\nREPORTER: [[BusinessNZ|ORG]] has called for a cut in the company tax rate to 25%. Is that on the table?\n\nMINISTER CALDWELL: We have no plans to change the company rate this term.\n\nREPORTER: And the nurses' pay claim?\n\nMINISTER CALDWELL: The [[New Zealand Nurses Organisation|ORG]] told me on Friday that it would put our offer to its members. I hope they accept it.\n",
        [
            ("New Zealand Treasury", "forecast", "growth of 1.8% this year, down from 2.4% in December", False, ["1.8%", "2.4%"]),
            (RBNZ, "say", "inflation would stay above 3% until the end of the year", False, ["above 3%"]),
            ("BusinessNZ", "call for", "a cut in the company tax rate to 25%", False, ["25%"]),
            ("New Zealand Nurses Organisation", "tell", "it would put our offer to its members", False, []),
        ],
    ),
    (
        "own-dev8-rail-strike",
        "2026-05-14",
        f"[[OTTAWA|GPE|Ottawa]], May 14 ([[Reuters|ORG]]) - The [[{TCRC}|ORG]] said on Wednesday that 96% of its 9,300 members at [[{CN}|ORG]] had voted to authorise a strike.\n\nUnion president [[Marc Gendron|PERSON]] said the vote sent \"a clear message\" to the company. He added that the union was still willing to negotiate, but that crews would not accept schedules that kept them away from home for weeks at a time.\n\n[[CN|ORG|{CN}]] said it had offered wage increases of 3.5% a year over three years. \"We have put a fair offer on the table,\" spokesperson [[Julie Tremblay|PERSON]] said in an email. She said the railway would begin a gradual shutdown of its network if no deal was reached.\n\nLabour Minister [[Rachel Ouimet|PERSON]] urged both sides to return to the table. She did not say whether the government would intervene. A stoppage would cost the economy about C$341 million a day, according to the [[Canadian Chamber of Commerce|ORG]].\n\nShares of [[CN|ORG|{CN}]] fell 1.4% in [[Toronto|GPE]].\n",
        [
            (TCRC, "say", f"96% of its 9,300 members at {CN} had voted to authorise a strike", False, ["96%", "9,300"]),
            ("Marc Gendron", "say", "the vote sent \"a clear message\" to the company", False, []),
            ("Marc Gendron", "add", "the union was still willing to negotiate", False, []),
            ("Marc Gendron", "add", "crews would not accept schedules that kept them away from home for weeks at a time", False, []),
            (CN, "say", "it had offered wage increases of 3.5% a year over three years", False, ["3.5%"]),
            ("Julie Tremblay", "say", "We have put a fair offer on the table", True, []),
            ("Julie Tremblay", "say", "the railway would begin a gradual shutdown of its network if no deal was reached", False, []),
            ("Rachel Ouimet", "urge", "both sides to return to the table", False, []),
            ("Canadian Chamber of Commerce", "according to", "A stoppage would cost the economy about C$341 million a day", False, ["about C$341 million"]),
        ],
    ),
    (
        "own-dev8-heat-pumps",
        "2026-02-12",
        "News release: £45 million to expand heat pump grants\n\nPublished 12 February 2026\n\nHouseholds in [[Scotland|GPE]] will be able to claim grants of up to £9,000 for heat pumps under an expanded scheme announced today.\n\nNet Zero Secretary [[Alison Fraser|PERSON]] said:\n\n\"Heating our homes accounts for around 20% of Scotland's emissions. This £45 million will help 5,000 more households make the switch this year.\"\n\n[[Home Energy Scotland|ORG]]'s chief executive, [[Neil Drummond|PERSON]], said:\n\n\"Demand for advice has doubled since 2024. We expect the expanded grants to bring many more households through our doors.\"\n\nAccording to figures from the [[Energy Saving Trust|ORG]], 43,000 heat pumps were installed in [[Scotland|GPE]] last year. The [[Trust|ORG|Energy Saving Trust]] said installation costs had fallen by 12% since 2023.\n",
        [
            ("Alison Fraser", "say", "Heating our homes accounts for around 20% of Scotland's emissions. This £45 million will help 5,000 more households make the switch this year.", True, ["around 20%", "£45 million", "5,000"]),
            ("Neil Drummond", "say", "Demand for advice has doubled since 2024. We expect the expanded grants to bring many more households through our doors.", True, []),
            ("Energy Saving Trust", "according to", "43,000 heat pumps were installed in Scotland last year", False, ["43,000"]),
            ("Energy Saving Trust", "say", "installation costs had fallen by 12% since 2023", False, ["12%"]),
        ],
    ),
    (
        "own-dev8-wheat-argentina",
        "2025-12-03",
        f"Argentine wheat crop seen 15% smaller\n\n[[BUENOS AIRES|GPE|Buenos Aires]], Dec 3 - [[Argentina|GPE]]'s wheat harvest will fall about 15% to 15.8 million tonnes this season because of drought in the south of [[Buenos Aires province|GPE]], the [[{BCR}|ORG]] said on Tuesday.\n\nThe exchange's chief economist, [[Tomás Ferreyra|PERSON]], said farmers had told the board that yields in some areas were half of last year's. Its analysts said rain in January could still help late-planted fields.\n\nThe [[{BAGE}|ORG]], which publishes a separate estimate, said it now expected a crop of 16.5 million tonnes, down from 17.5 million.\n\nAgriculture Secretary [[Martín Lagos|PERSON]] said in a radio interview that the government was considering cutting export duties on wheat, but he gave no figure. The government has not commented on the estimates.\n",
        [
            (BCR, "say", "Argentina's wheat harvest will fall about 15% to 15.8 million tonnes this season because of drought in the south of Buenos Aires province", False, ["about 15%", "15.8 million tonnes"]),
            ("Tomás Ferreyra", "say", "farmers had told the board that yields in some areas were half of last year's", False, []),
            (BAGE, "say", "it now expected a crop of 16.5 million tonnes, down from 17.5 million", False, ["16.5 million tonnes", "17.5 million"]),
            ("Martín Lagos", "say", "the government was considering cutting export duties on wheat", False, []),
        ],
    ),
    (
        "own-dev8-turbine-maker",
        "2026-11-05",
        "[[FRANKFURT|GPE|Frankfurt]], Nov 5 - [[Nordwind Energie AG|ORG]] did not rule out further job cuts on Thursday after reporting a net loss of €212 million for the third quarter.\n\nChief Financial Officer [[Katrin Albers|PERSON]] said the company might need to close one of its blade factories in [[Germany|GPE]], but that no decision had been taken. \"We are looking at every option,\" she told analysts on a conference call. \"I would not expect an announcement before the spring.\"\n\nThe company said it no longer expected to break even in 2026, and it withdrew its target of an operating margin of 5%. Its shares fell 9% to €14.20.\n\nChief executive [[Jens Haller|PERSON]] denied that the group was in talks to sell its offshore unit. \"That is simply not true,\" he said.\n\nThe [[IG Metall|ORG]] union said it would oppose any closure.\n",
        [
            ("Nordwind Energie AG", "report", "a net loss of €212 million for the third quarter", False, ["€212 million"]),
            ("Katrin Albers", "say", "the company might need to close one of its blade factories in Germany", False, []),
            ("Katrin Albers", "say", "no decision had been taken", False, []),
            ("Katrin Albers", "tell", "We are looking at every option", True, []),
            ("Katrin Albers", "tell", "I would not expect an announcement before the spring.", True, []),
            ("Nordwind Energie AG", "say", "it no longer expected to break even in 2026", False, []),
            ("Jens Haller", "deny", "the group was in talks to sell its offshore unit", False, []),
            ("Jens Haller", "say", "That is simply not true", True, []),
            ("IG Metall", "say", "it would oppose any closure", False, []),
        ],
    ),
    (
        "own-dev8-kenya-rate",
        "2026-02-05",
        f"[[NAIROBI|GPE|Nairobi]], Feb 5 - The [[{CBK}|ORG]] cut its benchmark lending rate by 25 basis points to 9.5% on Wednesday, its fifth cut in a row.\n\nGovernor [[Daniel Mwangi|PERSON]] said inflation, at 3.3% in January, was expected to stay well within the bank's target range this year. The governor told reporters that private-sector credit growth, which fell to 1.3% in 2024, had \"started to turn the corner\".\n\nIn a statement, the bank said the economy would grow 5.4% this year, up from 4.7% in 2024.\n\n[[Grace Wanjiru|PERSON]], an economist at [[Absa Bank Kenya|ORG]], said she expected one more cut of 25 basis points in April. \"After that, I think they pause,\" she said.\n\n[[Kenya|GPE]]'s [[National Treasury|ORG]] has said it wants to cut the budget deficit to 4.3% of GDP in the year to June.\n",
        [
            ("Daniel Mwangi", "say", "inflation, at 3.3% in January, was expected to stay well within the bank's target range this year", False, ["3.3%"]),
            ("Daniel Mwangi", "tell", "private-sector credit growth, which fell to 1.3% in 2024, had \"started to turn the corner\"", False, ["1.3%"]),
            (CBK, "say", "the economy would grow 5.4% this year, up from 4.7% in 2024", False, ["5.4%", "4.7%"]),
            ("Grace Wanjiru", "say", "she expected one more cut of 25 basis points in April", False, ["25 basis points"]),
            ("Grace Wanjiru", "say", "After that, I think they pause", True, []),
            ("National Treasury", "say", "it wants to cut the budget deficit to 4.3% of GDP in the year to June", False, ["4.3%"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev8-palm-levy",
        "2026-08-19",
        f"[[JAKARTA|GPE|Jakarta]], Aug 19 ([[Reuters|ORG]]) - [[Indonesia|GPE]] will cut its palm oil export levy to 7.5% from 10% from September, Trade Minister [[Arif Wibowo|PERSON]] said on Tuesday.\n\n[[Wibowo|PERSON|Arif Wibowo]] told reporters the cut was meant to help exporters compete with [[Malaysia|GPE]], which charges a levy of 8%. He said the government would review the rate again in December.\n\nThe [[{GAPKI}|ORG]] ([[GAPKI|ORG|{GAPKI}]]) welcomed the decision. Its chairman, [[Hendra Saputra|PERSON]], said exports could rise by 2 million tonnes next year as a result.\n\nBut environmental group [[Greenpeace Indonesia|ORG]] warned that lower levies would encourage new planting. \"This sends the wrong signal to the market,\" said [[Rina Halim|PERSON]], a forest campaigner at the group.\n\n[[Malaysia|GPE]]'s plantation ministry did not comment.\n",
        [
            ("Arif Wibowo", "say", "Indonesia will cut its palm oil export levy to 7.5% from 10% from September", False, ["7.5%", "10%"]),
            ("Arif Wibowo", "tell", "the cut was meant to help exporters compete with Malaysia, which charges a levy of 8%", False, ["8%"]),
            ("Arif Wibowo", "say", "the government would review the rate again in December", False, []),
            ("Hendra Saputra", "say", "exports could rise by 2 million tonnes next year as a result", False, ["2 million tonnes"]),
            ("Greenpeace Indonesia", "warn", "lower levies would encourage new planting", False, []),
            ("Rina Halim", "say", "This sends the wrong signal to the market", True, []),
        ],
    ),
    (
        "own-dev8-radio-housing",
        "2025-10-09",
        f"Interview transcript: Minister for Communities [[Clare Dunmore|PERSON]] on [[BBC Radio Ulster|ORG]], 9 October 2025\n\nINTERVIEWER: The [[{NIHE}|ORG]] says 45,000 households are now on the waiting list. How did it get this bad?\n\nCLARE DUNMORE: Well, it didn't happen overnight. The [[Executive|ORG|{NIHE}]] has told us it needs £1.4 billion over five years just to keep its homes in repair. We are going to build 2,000 social homes a year.\n\nINTERVIEWER: The [[Fiscal Council|ORG|{NIFC}]] said in June that you couldn't afford that.\n\nCLARE DUNMORE: The [[Council|ORG|{NIFC}]] said no such thing. What it said was that we would need to find savings elsewhere, and we will.\n",
        [
            (NIHE, "say", "45,000 households are now on the waiting list", False, ["45,000"]),
            (NIHE, "tell", "it needs £1.4 billion over five years just to keep its homes in repair", False, ["£1.4 billion"]),
            (NIFC, "say", "you couldn't afford that", False, []),
            (NIFC, "say", "we would need to find savings elsewhere", False, []),
        ],
    ),
    (
        "own-dev8-leeds-roads",
        "2026-03-18",
        "[[Leeds City Council|ORG]] news\n\nCouncil sets out £28m plan to fix potholes\n\nThe council's executive board will next week consider a £28 million programme to resurface 300 miles of road over three years.\n\nCouncillor [[Amira Shah|PERSON]], executive member for highways, said:\n\n\"Residents tell us that the state of our roads is their number one concern. This programme is the biggest investment in our roads for a generation.\"\n\nThe [[RAC|ORG]] said in a report last month that drivers in [[Yorkshire|GPE]] were 40% more likely to break down because of a pothole than drivers in the [[South East|LOC]]. The council estimates that the backlog of repairs in the city stands at £120 million.\n\n\"We welcome any money for roads, but £28 million will only scratch the surface.\"\n\n[[Jane Whitfield|PERSON]], Chair, [[Leeds Cycling Campaign|ORG]]\n",
        [
            ("Amira Shah", "say", "Residents tell us that the state of our roads is their number one concern. This programme is the biggest investment in our roads for a generation.", True, []),
            ("RAC", "say", "drivers in Yorkshire were 40% more likely to break down because of a pothole than drivers in the South East", False, ["40%"]),
            ("Leeds City Council", "estimate", "the backlog of repairs in the city stands at £120 million", False, ["£120 million"]),
            ("Jane Whitfield", "say", "We welcome any money for roads, but £28 million will only scratch the surface.", True, ["£28 million"]),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev8", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
