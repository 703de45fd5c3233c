"""Write eval/own-bodies-dev38.jsonl and its check file (FORMAT.md): a body whose name many
countries' bodies share, made of generic words with the head of a body (a party named by its
ideology, a central bank's monetary policy committee, a chamber of deputies or house of
representatives, a national security council), in a document about one country, takes the
title English Wikipedia gives that country's body, "<name> (<country>)" (or "<name> of
<country>" where Wikipedia titles it so); its acronym and later short forms follow. Must stay:
a body whose name holds its country or a place ("Bank of Ghana", "Kenya Revenue Authority"), a
union's or a unique body ("European Commission", "Federal Reserve"), the Bank of England's
"Monetary Policy Committee" (titled bare), the United States House, a party in a story about
two countries with no evidence which, a firm of generic words.

Session 38 (qualify38, issue 13 entity names): short wire stories written for briefx by hand
and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the bodies are real,
the people, events, figures and quotations invented. No statements are scored here (empty
lists).

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_bodies_dev38.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (qualify38 helper, session 38); CC0"

CASES = [
    (
        "own-dev38-kenya-mpc",
        "2026-06-04",
        ("[[NAIROBI|GPE|Nairobi]], June 4 - The [[Central Bank of Kenya|ORG]]'s [[Monetary Policy Committee|ORG|Monetary "
        "Policy Committee (Kenya)]] held its benchmark rate at 9.5 percent on Tuesday. The [[Monetary Policy Committee|ORG|"
        "Monetary Policy Committee (Kenya)]] said inflation remained within the target range.\n"),
        [],
    ),
    (
        "own-dev38-india-mpc",
        "2026-08-07",
        ("[[MUMBAI|GPE|Mumbai]], Aug 7 - The [[Reserve Bank of India|ORG]]'s [[Monetary Policy Committee|ORG|Monetary Policy "
        "Committee (India)]] ([[MPC|ORG|Monetary Policy Committee (India)]]) kept the repo rate at 5.5% on Thursday. "
        "Five of the six [[MPC|ORG|Monetary Policy Committee (India)]] members voted for the hold, Governor "
        "[[Sanjay Malhotra|PERSON]] said.\n"),
        [],
    ),
    (
        "own-dev38-ph-liberal",
        "2026-05-02",
        ("[[MANILA|GPE|Manila]], May 2 - The [[Liberal Party|ORG|Liberal Party (Philippines)]] said on Friday it would field "
        "a candidate in the [[Senate|ORG|Senate of the Philippines]] race. [[Liberal Party|ORG|Liberal Party (Philippines)]] "
        "president [[Edcel Lagman|PERSON]] told reporters the party had chosen its slate. The [[Philippines|GPE]] votes in "
        "2028, and [[Indonesia|GPE]] is watching.\n"),
        [],
    ),
    (
        "own-dev38-norway-parties",
        "2026-09-15",
        ("[[OSLO|GPE|Oslo]], Sept 15 - [[Norway|GPE]]'s [[Labour Party|ORG|Labour Party (Norway)]] won the most seats in "
        "Monday's election, while the [[Progress Party|ORG|Progress Party (Norway)]] came second. The [[Conservative "
        "Party|ORG|Conservative Party (Norway)]] lost 12 seats. Leaders in [[Sweden|GPE]] congratulated the winners.\n"),
        [],
    ),
    (
        "own-dev38-portugal-ps",
        "2026-10-05",
        ("[[LISBON|GPE|Lisbon]], Oct 5 - The [[Socialist Party|ORG|Socialist Party (Portugal)]] ([[PS|ORG|Socialist Party "
        "(Portugal)]]) lost its majority in Sunday's vote. The [[PS|ORG|Socialist Party (Portugal)]] said it would go into "
        "opposition, while the [[Social Democratic Party|ORG|Social Democratic Party (Portugal)]] claimed victory.\n"),
        [],
    ),
    (
        "own-dev38-italy-chamber",
        "2026-03-13",
        ("[[ROME|GPE|Rome]], March 13 - The [[Chamber of Deputies|ORG|Chamber of Deputies (Italy)]] approved the budget bill "
        "late on Thursday by 201 votes to 117. The bill now goes to the [[Senate|ORG|Senate of the Republic (Italy)]]. "
        "[[Italy|GPE]]'s economy minister [[Giancarlo Giorgetti|PERSON]] welcomed the vote.\n"),
        [],
    ),
    (
        "own-dev38-brazil-workers",
        "2026-07-21",
        ("[[BRASILIA|GPE|Brasília]], July 21 - [[Brazil|GPE]]'s [[Workers' Party|ORG|Workers' Party (Brazil)]] named its "
        "candidates for the October vote on Tuesday. The [[Liberal Party|ORG|Liberal Party (Brazil)]] said it would "
        "challenge the list in the [[Chamber of Deputies|ORG|Chamber of Deputies (Brazil)]].\n"),
        [],
    ),
    (
        "own-dev38-netherlands-house",
        "2026-02-10",
        ("[[THE HAGUE|GPE|The Hague]], Feb 10 - The [[House of Representatives|ORG|House of Representatives (Netherlands)]] "
        "voted 78 to 72 on Tuesday to tighten asylum rules. The vote split the coalition, [[Dutch|NORP]] media reported.\n"),
        [],
    ),
    (
        "own-dev38-japan-nsc",
        "2026-04-18",
        ("[[TOKYO|GPE|Tokyo]], April 18 - [[Japan|GPE]]'s [[National Security Council|ORG|National Security Council "
        "(Japan)]] met on Saturday after [[North Korea|GPE]] fired a missile into the sea. The [[National Security "
        "Council|ORG|National Security Council (Japan)]] agreed to raise the alert level, officials said.\n"),
        [],
    ),
    (
        "own-dev38-malta-labour",
        "2026-06-29",
        ("[[VALLETTA|GPE|Valletta]], June 29 - The [[Labour Party|ORG|Labour Party (Malta)]] kept its lead in a poll "
        "published on Sunday, eight points ahead of the [[Nationalist Party|ORG|Nationalist Party (Malta)]]. [[Malta|GPE]] "
        "holds a general election next spring.\n"),
        [],
    ),
    (
        "own-dev38-czech-chamber",
        "2026-11-12",
        ("[[PRAGUE|GPE|Prague]], Nov 12 - The [[Czech|NORP]] [[Chamber of Deputies|ORG|Chamber of Deputies (Czech "
        "Republic)]] passed a pension reform on Wednesday. The [[Chamber of Deputies|ORG|Chamber of Deputies (Czech "
        "Republic)]] will vote on the budget next month.\n"),
        [],
    ),
    (
        "own-dev38-finland-centre",
        "2026-01-20",
        ("[[HELSINKI|GPE|Helsinki]], Jan 20 - The [[Centre Party|ORG|Centre Party (Finland)]] chose a new leader on "
        "Saturday. The party, strong in rural [[Finland|GPE]], lost support to the [[Finns Party|ORG]] in the last "
        "election, and its rival in [[Sweden|GPE]] did no better.\n"),
        [],
    ),
    # must stay
    (
        "own-dev38-uk-mpc",
        "2026-05-07",
        ("[[LONDON|GPE|London]], May 7 - The [[Bank of England|ORG]]'s [[Monetary Policy Committee|ORG]] cut rates by a "
        "quarter point to 3.5% on Thursday. The [[Monetary Policy Committee|ORG]] voted 6-3 for the cut.\n"),
        [],
    ),
    (
        "own-dev38-ghana-bank",
        "2026-09-22",
        ("[[ACCRA|GPE|Accra]], Sept 22 - The [[Bank of Ghana|ORG]] said on Monday that the cedi had gained 4% against the "
        "dollar this quarter, and the [[Ghana Revenue Authority|ORG]] said tax receipts beat target.\n"),
        [],
    ),
    (
        "own-dev38-us-house",
        "2026-03-04",
        ("[[WASHINGTON|GPE|Washington, D.C.]], March 4 - The [[House of Representatives|ORG|United States House of "
        "Representatives]] passed a stopgap spending bill on Wednesday, sending it to the [[Senate|ORG|United States "
        "Senate]]. The [[Federal Reserve|ORG]] said it was watching the talks.\n"),
        [],
    ),
    (
        "own-dev38-two-liberals",
        "2026-04-30",
        ("Voters in [[Canada|GPE]] and [[Australia|GPE]] head to the polls this year. The [[Liberal Party|ORG]] is "
        "trailing in both races, pollsters said on Thursday.\n"),
        [],
    ),
    (
        "own-dev38-eu-commission",
        "2026-10-14",
        ("[[BRUSSELS|GPE|Brussels]], Oct 14 - The [[European Commission|ORG]] fined a [[German|NORP]] carmaker 200 million "
        "euros on Tuesday. The [[Council of the European Union|ORG]] is due to discuss the case next week.\n"),
        [],
    ),
    (
        "own-dev38-kenya-kra",
        "2026-07-01",
        ("[[NAIROBI|GPE|Nairobi]], July 1 - The [[Kenya Revenue Authority|ORG]] collected 2.5 trillion shillings in the "
        "year to June, it said on Wednesday. [[General Electric|ORG]] said it would expand its office in [[Kenya|GPE]].\n"),
        [],
    ),
]

CHECK = [
    (
        "own-dev38c-ghana-mpc",
        "2026-07-25",
        ("[[ACCRA|GPE|Accra]], July 25 - The [[Bank of Ghana|ORG]]'s [[Monetary Policy Committee|ORG|Monetary Policy "
        "Committee (Ghana)]] ([[MPC|ORG|Monetary Policy Committee (Ghana)]]) cut its policy rate by 300 basis points to "
        "25% on Friday. The [[MPC|ORG|Monetary Policy Committee (Ghana)]] said inflation had slowed for six months.\n"),
        [],
    ),
    (
        "own-dev38c-romania-chamber",
        "2026-12-02",
        ("[[BUCHAREST|GPE|Bucharest]], Dec 2 - The [[Chamber of Deputies|ORG|Chamber of Deputies (Romania)]] approved a "
        "tax increase on Tuesday, and [[Romania|GPE]]'s [[Social Democratic Party|ORG|Social Democratic Party "
        "(Romania)]] said it would back the budget.\n"),
        [],
    ),
    (
        "own-dev38c-egypt-house",
        "2026-01-27",
        ("[[CAIRO|GPE|Cairo]], Jan 27 - [[Egypt|GPE]]'s [[House of Representatives|ORG|House of Representatives (Egypt)]] "
        "approved a new labour law on Monday. The [[House of Representatives|ORG|House of Representatives (Egypt)]] "
        "passed it by a two-thirds majority.\n"),
        [],
    ),
    (
        "own-dev38c-portugal-psd",
        "2026-03-09",
        ("[[LISBON|GPE|Lisbon]], March 9 - The [[Social Democratic Party|ORG|Social Democratic Party (Portugal)]] "
        "([[PSD|ORG|Social Democratic Party (Portugal)]]) won Sunday's election with 32% of the vote. The [[PSD|ORG|"
        "Social Democratic Party (Portugal)]] will need the support of smaller parties in [[Portugal|GPE]]'s parliament.\n"),
        [],
    ),
    (
        "own-dev38c-turkey-nsc",
        "2026-08-28",
        ("[[ANKARA|GPE|Ankara]], Aug 28 - The [[National Security Council|ORG|National Security Council (Turkey)]] met on "
        "Wednesday for five hours and said operations in northern [[Syria|GPE]] would continue. [[Turkey|GPE]]'s "
        "president chaired the meeting.\n"),
        [],
    ),
    (
        "own-dev38c-chile-liberal",
        "2026-11-19",
        ("[[SANTIAGO|GPE|Santiago]], Nov 19 - The [[Liberal Party|ORG|Liberal Party (Chile)]] said on Thursday it would "
        "leave the governing coalition. [[Liberal Party|ORG|Liberal Party (Chile)]] leader [[Patricio Morales|PERSON]] "
        "said the party disagreed with the pension plan. [[Chile|GPE]] votes in 2029.\n"),
        [],
    ),
    (
        "own-dev38c-nz-us",
        "2026-02-26",
        ("[[WELLINGTON|GPE|Wellington]], Feb 26 - [[New Zealand|GPE]] and the [[United States|GPE]] signed a research "
        "pact on Thursday. The [[House of Representatives|ORG]] must still approve the deal, officials from both "
        "countries said.\n"),
        [],
    ),
    (
        "own-dev38c-sa-bank",
        "2026-05-29",
        ("[[PRETORIA|GPE|Pretoria]], May 29 - The [[South African Reserve Bank|ORG]] held rates on Thursday, and the "
        "[[Financial Sector Conduct Authority|ORG]] fined two insurers. [[Standard Bank|ORG]] shares rose 2%.\n"),
        [],
    ),
    (
        "own-dev38c-mexico-chamber",
        "2026-04-08",
        ("[[MEXICO CITY|GPE|Mexico City]], April 8 - [[Mexico|GPE]]'s [[Chamber of Deputies|ORG|Chamber of Deputies "
        "(Mexico)]] passed a judicial reform on Wednesday. The bill goes to the [[Senate|ORG|Senate of the Republic "
        "(Mexico)]] next.\n"),
        [],
    ),
]


def main() -> None:
    write_sets("own-bodies-dev38", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
