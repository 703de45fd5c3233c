"""Write eval/own-bodies-dev39.jsonl and its check file (FORMAT.md): a country's legislature, its
chambers, its top courts and its cabinet, named bare as copy names them ("Parliament", "the
Congress", "the Commons", "the Supreme Court", "the Cabinet", "the Lower House"), in a document
about one country, take the title English Wikipedia gives that country's body ("Parliament of
Fiji", "Cortes Generales", "Cabinet of Japan", "House of Commons of the United Kingdom"). Must
stay: the document's own written full name, a union's body ("European Parliament"), a name that
already holds its country, "Congress" in a story about two countries with no evidence which,
party names, a company's board.

Session 39 (legis39, issue 13 entity names): short wire stories written for briefx by hand and
annotated by ANNOTATION.md ("Entities") before briefx was run on them; the bodies are real, the
people, events, figures and quotations invented. No statements are scored here (empty lists).

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_bodies_dev39.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (legis39 helper, session 39); CC0"

CASES = [
    (
        "own-dev39-fiji-parliament",
        "2026-03-10",
        ("[[SUVA|GPE|Suva]], March 10 - [[Parliament|ORG|Parliament of Fiji]] passed the 2026 supplementary budget on "
        "Tuesday after a four-hour debate. Prime Minister [[Sitiveni Rabuka|PERSON]] told [[Parliament|ORG|Parliament "
        "of Fiji]] the money would go to roads on [[Vanua Levu|LOC]].\n"),
        [],
    ),
    (
        "own-dev39-uk-commons",
        "2026-02-04",
        ("[[LONDON|GPE|London]], Feb 4 - The bill cleared the [[Commons|ORG|House of Commons of the United Kingdom]] by 312 "
        "votes to 198 on Wednesday and now goes to the [[Lords|ORG|House of Lords]]. [[Labour|ORG|Labour Party (UK)]] "
        "whips had expected a narrower margin, a government source in [[Britain|GPE|United Kingdom]] said.\n"),
        [],
    ),
    (
        "own-dev39-canada-commons",
        "2026-05-12",
        ("[[OTTAWA|GPE|Ottawa]], May 12 - [[Canada|GPE]]'s [[House of Commons|ORG|House of Commons of Canada]] voted 170-148 "
        "on Tuesday to extend the housing rebate. The measure now goes to the [[Senate|ORG|Senate of Canada]], where "
        "approval is expected before the summer recess.\n"),
        [],
    ),
    (
        "own-dev39-japan-cabinet",
        "2026-06-19",
        ("[[TOKYO|GPE|Tokyo]], June 19 - [[Japan|GPE]]'s [[Cabinet|ORG|Cabinet of Japan]] approved a 3.2 trillion yen "
        "stimulus package on Friday. The plan still needs approval by the [[Diet|ORG|National Diet]], where the ruling "
        "coalition holds a majority in the [[Lower House|ORG|House of Representatives (Japan)]].\n"),
        [],
    ),
    (
        "own-dev39-spain-congress",
        "2026-04-22",
        ("[[MADRID|GPE|Madrid]], April 22 - [[Spain|GPE]]'s [[Congress|ORG|Congress of Deputies]] rejected the housing law "
        "on Wednesday by 176 votes to 171. The [[Cabinet|ORG|Council of Ministers (Spain)]] will present a new draft next "
        "month, a government spokeswoman said.\n"),
        [],
    ),
    (
        "own-dev39-brazil-congress",
        "2026-08-05",
        ("[[BRASILIA|GPE|Brasília]], Aug 5 - [[Brazil|GPE]]'s [[Congress|ORG|National Congress of Brazil]] approved the "
        "tax reform bill late on Tuesday. The [[Supreme Court|ORG|Supreme Federal Court]] is expected to rule on a "
        "challenge to the bill by the end of the year.\n"),
        [],
    ),
    (
        "own-dev39-philippines",
        "2026-09-01",
        ("[[MANILA|GPE|Manila]], Sept 1 - The [[Supreme Court|ORG|Supreme Court of the Philippines]] on Monday struck down "
        "a provision of the budget law. [[Congress|ORG|Congress of the Philippines]] will have to pass the item again, "
        "Senate President [[Francis Escudero|PERSON]] said.\n"),
        [],
    ),
    (
        "own-dev39-us-congress",
        "2026-10-14",
        ("[[WASHINGTON|GPE|Washington]], Oct 14 - [[Congress|ORG|United States Congress]] has until Friday to pass a "
        "stopgap spending bill, the [[White House|ORG]] said. Republicans in the [[Senate|ORG|United States Senate]] "
        "said they had the votes.\n"),
        [],
    ),
    (
        "own-dev39-india-court",
        "2026-07-08",
        ("[[NEW DELHI|GPE|New Delhi]], July 8 - The [[Supreme Court|ORG|Supreme Court of India]] on Wednesday asked the "
        "government to explain delays in the census. [[Parliament|ORG|Parliament of India]] meets for its monsoon "
        "session next week, and the [[Congress|ORG|Indian National Congress]] said it would raise the matter.\n"),
        [],
    ),
    (
        "own-dev39-kenya",
        "2026-11-03",
        ("[[NAIROBI|GPE|Nairobi]], Nov 3 - [[Kenya|GPE]]'s [[Cabinet|ORG|Cabinet of Kenya]] approved a plan on Tuesday to "
        "privatise 11 state firms. The plan goes to the [[National Assembly|ORG|National Assembly (Kenya)]] next week.\n"),
        [],
    ),
    (
        "own-dev39-eu-parliament",
        "2026-01-21",
        ("[[STRASBOURG|GPE|Strasbourg]], Jan 21 - The [[European Parliament|ORG]] voted on Wednesday to delay the "
        "deforestation rules by a year. [[Parliament|ORG|European Parliament]] also backed new tariffs on fertiliser "
        "imports, with 402 votes in favour.\n"),
        [],
    ),
    (
        "own-dev39-written-name",
        "2026-06-02",
        ("[[KUALA LUMPUR|GPE|Kuala Lumpur]], June 2 - The [[Dewan Rakyat|ORG]] passed the amendment on Tuesday by 148 votes "
        "to 52. The [[Lower House|ORG|Dewan Rakyat]] will sit again in July, Prime Minister [[Anwar Ibrahim|PERSON]] "
        "said.\n"),
        [],
    ),
    (
        "own-dev39-two-countries",
        "2026-03-25",
        ("[[GENEVA|GPE|Geneva]], March 25 - Trade officials from [[Peru|GPE]] and [[Colombia|GPE]] met on Wednesday to "
        "discuss tariffs on flowers. [[Congress|ORG]] must approve any deal, delegates from both countries said.\n"),
        [],
    ),
    (
        "own-dev39-company-board",
        "2026-05-28",
        ("[[SYDNEY|GPE|Sydney]], May 28 - [[Qantas|ORG]] said on Thursday its board had approved a A$400 "
        "million share buyback. [[Australia|GPE]]'s [[Senate|ORG|Australian Senate]] is reviewing airline competition "
        "rules.\n"),
        [],
    ),
]

CHECK = [
    (
        "own-dev39c-poland-sejm",
        "2026-04-16",
        ("[[WARSAW|GPE|Warsaw]], April 16 - [[Poland|GPE]]'s [[Constitutional Tribunal|ORG|Constitutional Tribunal "
        "(Poland)]] on Thursday blocked the media law. [[Parliament|ORG|Parliament of Poland]] will have to rewrite the "
        "measure, the [[Civic Coalition|ORG]] said.\n"),
        [],
    ),
    (
        "own-dev39c-argentina",
        "2026-09-24",
        ("[[BUENOS AIRES|GPE|Buenos Aires]], Sept 24 - [[Argentina|GPE]]'s [[Congress|ORG|Argentine National Congress]] "
        "approved the 2027 budget early on Thursday, and the [[Supreme Court|ORG|Supreme Court of Argentina]] rejected "
        "a challenge to the pension reform.\n"),
        [],
    ),
    (
        "own-dev39c-uk-cabinet",
        "2026-02-17",
        ("[[LONDON|GPE|London]], Feb 17 - [[Britain|GPE|United Kingdom]]'s [[Cabinet|ORG|Cabinet of the United Kingdom]] "
        "met on Tuesday to agree the defence review. Ministers will present it to [[Parliament|ORG|Parliament of the "
        "United Kingdom]] on Thursday, [[Downing Street|FAC]] said.\n"),
        [],
    ),
    (
        "own-dev39c-south-africa",
        "2026-10-06",
        ("[[CAPE TOWN|GPE|Cape Town]], Oct 6 - [[South Africa|GPE]]'s [[Constitutional Court|ORG|Constitutional Court of "
        "South Africa]] ruled on Tuesday that the electricity tariff rise was lawful. [[Parliament|ORG|Parliament of "
        "South Africa]] will debate the ruling next week.\n"),
        [],
    ),
    (
        "own-dev39c-mexico",
        "2026-12-01",
        ("[[MEXICO CITY|GPE|Mexico City]], Dec 1 - [[Mexico|GPE]]'s [[Congress|ORG|Congress of the Union]] approved a "
        "judicial overhaul on Tuesday. The [[Senate|ORG|Senate of the Republic (Mexico)]] passed it 86 to 41.\n"),
        [],
    ),
    (
        "own-dev39c-russia",
        "2026-07-22",
        ("[[MOSCOW|GPE|Moscow]], July 22 - [[Russia|GPE]]'s lower house of parliament, the [[State Duma|ORG]], passed a "
        "tax bill on Wednesday. The [[Duma|ORG|State Duma]] vote was 391 to 0, and the [[Constitutional Court|ORG|"
        "Constitutional Court of Russia]] has no case pending.\n"),
        [],
    ),
    (
        "own-dev39c-us-party",
        "2026-08-12",
        ("[[NEW YORK|GPE|New York]], Aug 12 - The [[Democratic Party|ORG|Democratic Party (United States)]] unveiled its "
        "platform on Wednesday. Party leaders said they would push [[Congress|ORG|United States Congress]] to act on "
        "drug prices before the [[Supreme Court|ORG|Supreme Court of the United States]] rules.\n"),
        [],
    ),
]


def main() -> None:
    write_sets("own-bodies-dev39", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
