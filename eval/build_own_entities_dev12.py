"""Write eval/own-entities-dev12.jsonl and eval/own-entities-dev12-check.jsonl (FORMAT.md,
entities only): a twelfth entities dev set and its check set, for entity *names* (issue 13).

Families where the canonical ``name`` of a mention found with the right span goes wrong on the
dev sets of session 10 (``name`` = the English Wikipedia title, ANNOTATION.md):
- organisations named again by a shorter form of the long name the text gives: the long name's
  last words ("the American Red Cross" ... "Red Cross", "the National Weather Service" ... "the
  Weather Service", "Sveriges Riksbank" ... "the Riksbank"), and real listed companies written
  with their legal form ("BASF SE", "Nestlé S.A.", "Rio Tinto plc" -> the title without it)
  next to invented firms, which keep the form the text gives them ("Rheinland Polymere GmbH");
- places: cities and towns with their state, province or country given by the dateline or the
  text ("Truckee" in a California text -> "Truckee, California"), English exonyms that are
  also the plain spelling of a local name ("ZURICH" -> "Zurich", not "Zürich"), and plain
  spellings of accented names ("Sao Paulo" -> "São Paulo");
- people named again by surname, with particles, hyphens or after an honorific ("Sheikh
  Tamim", "Prince Faisal"), East Asian names in family-name order, initials.
Cases that must stay as they are: invented firms with legal forms, a surname no full name in
the text gives, a city the text never ties to a state.
Written for briefx by hand (session 10, issue 13); real places, institutions, companies and
public figures, invented events, figures and quotations (and invented people where the text
says nothing a real person did). Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical
name]]``. ``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases
go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev12.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev12.jsonl"
OUT_CHECK = HERE / "own-entities-dev12-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 12, issue 13 names); company results, aid, weather, "
    "diplomacy and politics copy; real places, institutions, companies and public figures, "
    "invented events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent12-01",
        "2026-10-22",
        "[[FRANKFURT|GPE|Frankfurt]] -- Shares in [[BASF SE|ORG|BASF]] fell 4% on Thursday after "
        "the chemicals maker cut its forecast, while [[Allianz SE|ORG|Allianz]] rose 2% on "
        "higher premiums. [[BASF|ORG]] chief executive [[Markus Kamieth|PERSON]] said demand in "
        "[[China|GPE]] remained weak. [[Deutsche Telekom AG|ORG|Deutsche Telekom]] said its "
        "[[U.S.|GPE|United States]] unit had added 1.1 million customers. [[Kamieth|PERSON|Markus "
        "Kamieth]] said the group would close two plants in [[Ludwigshafen|GPE]]. Smaller rival "
        "[[Rheinland Polymere GmbH|ORG]] said it would hire 200 staff, and shares in "
        "[[Rheinland Polymere|ORG|Rheinland Polymere GmbH]] rose 6%.\n",
    ),
    (
        "own-ent12-02",
        "2026-07-30",
        "[[LONDON|GPE|London]] -- [[Rio Tinto plc|ORG|Rio Tinto]] said on Wednesday that copper "
        "output rose 9% in the second quarter, helped by the [[Oyu Tolgoi|FAC|Oyu Tolgoi mine]] "
        "mine in [[Mongolia|GPE]]. [[Glencore plc|ORG|Glencore]] and [[BHP Group Ltd|ORG|"
        "BHP]] report next week. Chief executive [[Jakob Stausholm|PERSON]] said "
        "[[Rio Tinto|ORG]] would keep its dividend. [[Stausholm|PERSON|Jakob Stausholm]] also "
        "said the company had signed a supply deal with [[Tamarind Cable Works Ltd|ORG]] of "
        "[[Chennai|GPE]].\n",
    ),
    (
        "own-ent12-03",
        "2026-02-12",
        "[[VEVEY|GPE|Vevey]], [[Switzerland|GPE]] -- [[Nestlé S.A.|ORG|Nestlé]] said on Thursday "
        "it would sell its frozen pizza business to [[Alpwerk Foods AG|ORG]] for 1.2 billion "
        "Swiss francs. [[Nestle|ORG|Nestlé]] shares rose 3% in [[Zurich|GPE]], while "
        "[[Novartis AG|ORG|Novartis]] and [[Swiss Re AG|ORG|Swiss Re]] were flat. The "
        "[[Swiss National Bank|ORG]] meets next month; economists at [[UBS Group AG|ORG|UBS]] "
        "expect no change. [[Alpwerk|ORG|Alpwerk Foods AG]] is based in [[Lucerne|GPE]].\n",
    ),
    (
        "own-ent12-04",
        "2026-09-05",
        "[[HOUMA|GPE|Houma, Louisiana]], [[La.|GPE|Louisiana]] -- The [[American Red Cross|ORG]] "
        "opened 14 shelters on Friday as [[Hurricane Elsa|EVENT]] moved inland. More than 900 "
        "[[Red Cross|ORG|American Red Cross]] volunteers were sent to [[Thibodaux|GPE|Thibodaux, "
        "Louisiana]] and [[Morgan City|GPE|Morgan City, Louisiana]], the agency said. The "
        "[[National Weather Service|ORG]] warned of flooding along [[Bayou Lafourche|LOC]]. The "
        "[[Weather Service|ORG|National Weather Service]] said 12 inches of rain could fall. "
        "Governor [[Jeff Landry|PERSON]] said the [[Louisiana National Guard|ORG]] was ready.\n",
    ),
    (
        "own-ent12-05",
        "2026-08-14",
        "[[SACRAMENTO|GPE|Sacramento, California]], [[Calif.|GPE|California]] -- A wildfire near "
        "[[Truckee|GPE|Truckee, California]] forced 3,000 people from their homes on Friday, the "
        "[[California Department of Forestry and Fire Protection|ORG]] said. Crews from "
        "[[Grass Valley|GPE|Grass Valley, California]] and [[Auburn|GPE|Auburn, California]] "
        "joined the fight. Smoke drifted east over [[Lake Tahoe|LOC]] to [[Carson City|GPE|"
        "Carson City, Nevada]], [[Nevada|GPE]]. Fire chief [[Dana Whitlock|PERSON]] said "
        "the blaze was 10% contained. [[Whitlock|PERSON|Dana Whitlock]] asked residents of "
        "[[Truckee|GPE|Truckee, California]] to stay alert.\n",
    ),
    (
        "own-ent12-06",
        "2026-11-18",
        "[[STOCKHOLM|GPE|Stockholm]] -- [[Sveriges Riksbank|ORG]] cut its policy rate to 1.75% "
        "on Wednesday. Governor [[Erik Thedéen|PERSON]] said inflation was below the target. "
        "The [[Riksbank|ORG|Sveriges Riksbank]] said it could cut again in the spring. In "
        "[[Oslo|GPE]], [[Norges Bank|ORG]] held its rate, and in [[Helsinki|GPE]] the "
        "[[Bank of Finland|ORG]] said growth had slowed. Shares of [[Volvo Car AB|ORG|Volvo "
        "Cars]] rose 5% after [[Thedéen|PERSON|Erik Thedéen]] spoke.\n",
    ),
    (
        "own-ent12-07",
        "2026-03-09",
        "[[DOHA|GPE|Doha]] -- [[Qatar|GPE]]'s emir, Sheikh [[Tamim bin Hamad Al Thani|PERSON]], met [[Saudi|NORP]] Foreign Minister Prince [[Faisal bin "
        "Farhan|PERSON|Faisal bin Farhan Al Saud]] in [[Doha|GPE]] on Monday to discuss "
        "shipping in the [[Red Sea|LOC]]. Sheikh [[Tamim|PERSON|Tamim bin Hamad Al Thani]] said "
        "both countries wanted calm. Prince [[Faisal|PERSON|Faisal bin Farhan Al Saud]] later "
        "flew to [[Muscat|GPE]], the state-run [[Saudi Press Agency|ORG]] said.\n",
    ),
    (
        "own-ent12-08",
        "2026-05-21",
        "[[SEOUL|GPE|Seoul]] -- [[South Korea|GPE]]'s President [[Lee Jae-myung|PERSON]] met "
        "[[Japan|GPE]]'s Prime Minister [[Shigeru Ishiba|PERSON]] in [[Seoul|GPE]] on Thursday. "
        "[[Lee|PERSON|Lee Jae-myung]] said the two countries would work together on chips. "
        "[[Ishiba|PERSON|Shigeru Ishiba]] said [[Tokyo|GPE]] would ease export rules. "
        "[[Samsung Electronics|ORG]] and [[SK Hynix|ORG]] shares rose 2%, while "
        "[[Kim Min-seok|PERSON]] of [[Mirae Asset Securities|ORG]] said investors expected "
        "more. [[Kim|PERSON|Kim Min-seok]] said the yen was a risk.\n",
    ),
    (
        "own-ent12-09",
        "2026-10-30",
        "[[THE HAGUE|GPE|The Hague]] -- Dutch Prime Minister [[Dick Schoof|PERSON]] said on "
        "Friday that [[Frans van der Berg|PERSON]], a former central banker, would lead the "
        "inquiry into [[ASML Holding N.V.|ORG|ASML Holding]]'s export licences. [[Van der "
        "Berg|PERSON|Frans van der Berg]] will report by June. [[Ursula von der Leyen|PERSON]] "
        "said the [[European Commission|ORG]] would follow the inquiry. [[Von der Leyen|PERSON|"
        "Ursula von der Leyen]] spoke in [[Brussels|GPE]]. [[Schoof|PERSON|Dick Schoof]] said "
        "[[ASML|ORG|ASML Holding]] had done nothing wrong.\n",
    ),
    (
        "own-ent12-10",
        "2026-04-16",
        "[[SAO PAULO|GPE|São Paulo]] -- [[Brazil|GPE]]'s central bank raised its benchmark rate "
        "on Wednesday. Shares of [[Ambev S.A.|ORG|Ambev]] rose 2% in [[Sao Paulo|GPE|São "
        "Paulo]], while [[Itaú Unibanco|ORG]] fell. Finance Minister [[Fernando Haddad|PERSON]] "
        "said the decision was expected. [[Haddad|PERSON|Fernando Haddad]] later flew to "
        "[[Brasilia|GPE|Brasília]]. Analysts at [[Banco do Brasil|ORG]] said the rate would "
        "peak in June, and [[Joao Silveira|PERSON]] of [[Itau|ORG|Itaú Unibanco]] agreed.\n",
    ),
    (
        "own-ent12-11",
        "2026-01-08",
        "[[PERTH|GPE|Perth, Scotland]], [[Scotland|GPE]] -- The [[River Tay|LOC]] burst its "
        "banks on Thursday, flooding homes in [[Perth|GPE|Perth, Scotland]] and "
        "[[Pitlochry|GPE]]. The [[Scottish Environment Protection Agency|ORG]] said the "
        "[[Tay|LOC|River Tay]] would crest overnight. [[ScotRail|ORG]] cancelled trains to "
        "[[Inverness|GPE]]. First Minister [[John Swinney|PERSON]] visited the town. "
        "[[Swinney|PERSON|John Swinney]] said the government would help [[Perth and "
        "Kinross Council|ORG]] pay for repairs.\n",
    ),
    (
        "own-ent12-12",
        "2026-06-11",
        "[[NAIROBI|GPE|Nairobi]] -- The [[International Committee of the Red Cross|ORG]] said "
        "on Thursday that it had sent surgeons to [[El Fasher|GPE]] in [[Sudan|GPE]]'s "
        "[[North Darfur|GPE]] state. The [[Norwegian Refugee Council|ORG]] said 30,000 people "
        "had reached [[Tawila|GPE]]. [[ICRC|ORG|International Committee of the Red Cross]] "
        "delegate [[Pierre Dorbes|PERSON]] said the hospital had no power. [[Dorbes|PERSON|"
        "Pierre Dorbes]] said the [[World Food Programme|ORG]] had reached [[Kutum|GPE]] for the "
        "first time since May. The [[Refugee Council|ORG|Norwegian Refugee Council]] called for "
        "a truce.\n",
    ),
]

CHECK = [
    (
        "own-ent12-13",
        "2026-08-27",
        "[[PARIS|GPE|Paris]] -- [[TotalEnergies SE|ORG|TotalEnergies]] said on Thursday it "
        "would buy a 30% stake in a wind project from [[Éoliennes du Ponant SAS|ORG]]. "
        "[[TotalEnergies|ORG]] chief executive [[Patrick Pouyanné|PERSON]] said the deal would "
        "close this year. [[Pouyanne|PERSON|Patrick Pouyanné]] said [[Airbus SE|ORG|Airbus]] "
        "would buy some of the power. Shares of [[Renault SA|ORG|Renault]] fell 2% in "
        "[[Paris|GPE]].\n",
    ),
    (
        "own-ent12-14",
        "2026-03-19",
        "[[BOULDER|GPE|Boulder, Colorado]], [[Colo.|GPE|Colorado]] -- Snow closed schools in "
        "[[Boulder|GPE|Boulder, Colorado]] and [[Longmont|GPE|Longmont, Colorado]] on Thursday, "
        "the [[National Weather Service|ORG]] said. The [[Weather Service|ORG|National Weather "
        "Service]] said [[Estes Park|GPE|Estes Park, Colorado]] had 30 inches. Governor "
        "[[Jared Polis|PERSON]] said the [[Colorado Department of Transportation|ORG]] had closed "
        "[[Interstate 70|FAC]]. [[Polis|PERSON|Jared Polis]] said the [[American Red "
        "Cross|ORG]] had opened a shelter, and [[Red Cross|ORG|American Red Cross]] volunteers "
        "were in [[Nederland|GPE|Nederland, Colorado]].\n",
    ),
    (
        "own-ent12-15",
        "2026-12-02",
        "[[ABU DHABI|GPE|Abu Dhabi]] -- Sheikh [[Mohamed bin Zayed Al Nahyan|PERSON]] met [[India|GPE]]'s Prime Minister [[Narendra Modi|PERSON]] on "
        "Wednesday. Sheikh [[Mohamed|PERSON|Mohamed bin Zayed Al Nahyan]] said trade between "
        "the two countries would double. [[Modi|PERSON|Narendra Modi]] said [[Adani "
        "Ports|ORG|Adani Ports & SEZ]] would expand its terminal in [[Khalifa Port|FAC]]. "
        "[[Mubadala Investment Company|ORG]] and [[Reliance Industries Ltd|ORG|Reliance "
        "Industries]] signed an energy deal, the state news agency [[WAM|ORG|Emirates News "
        "Agency]] said.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
