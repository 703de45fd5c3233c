"""Write eval/own-entities-dev21n.jsonl and eval/own-entities-dev21n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for CANONICAL NAMES FROM THE DOCUMENT'S OWN
TEXT (issue 13, session 20).

Most entities are named once in full and again in a shorter form, before or after the full name,
in the headline or the body, and the shorter form takes the full name:
- one word of an organisation's name ("Halvorsen" of "Halvorsen Seafood Group ASA"), the name
  without its generic head or its legal form ("Marrow Valley" of "Marrow Valley Foods plc",
  "Sumber Nikel" of "PT Sumber Nikel Nusantara"), a possessive;
- the head noun alone, capitalised ("the Authority", "the Bureau", "the Institute", "the
  Department"), or a shortened head ("the Combined Authority", "the Joint Committee");
- a form with the words reordered ("the Energy Ministry" of "Ministry of Energy and Mineral
  Resources", "the Health Ministry" of "Federal Ministry of Health");
- an acronym whose letters are the name's initials, never defined in brackets, with "of", "and"
  and "for" skipped, with or without the country's letter, in capitals or mixed case ("HSG",
  "CBN", "SEBI", "NSE", "TfGM", "DfT", "BoM", "SES", "RKI");
- a name in capitals in the headline ("HALVORSEN", "MARROW VALLEY");
- a place named once as "Town, State", "Town in County" or with its region after a comma, and
  later as "Town" alone ("Norfolk, Virginia" ... "Norfolk"; "Casa Grande, a city in Pinal
  County" ... "Casa Grande"; "Lismore, New South Wales" ... "Lismore");
- a place's longer title given once and then its short form ("the Democratic Republic of the
  Congo" / "Congo", "the Colorado River" / "the Colorado", "the Wilsons River" / "the Wilsons").
Look-alikes that must NOT link: two companies sharing a word ("Halvorsen Maritime" beside
"Halvorsen Seafood Group", "Sumber Alam Minerals" beside "Sumber Nikel Nusantara", "Dangote
Cement" beside "Dangote Group"), a town and a firm or club of the same name ("Kingsbridge"
and "Kingsbridge Dairies", "Varanasi" and "Varanasi Power Transmission", "Manchester" and
"Manchester City"), a town inside another's name ("West Kelowna" beside "Kelowna"), a country
and its body ("Indonesia" beside "Bank Indonesia", "Nigeria" beside "Central Bank of Nigeria").
Written for briefx by hand (session 20, issue 13 names); real places, institutions and public
figures of 2024-2025, invented firms, rulings, figures, quotations and minor people.
Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx
was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; an institution
takes its English Wikipedia title, a ministry its country in brackets (dev set 10), an invented
body the full name the text gives, a legal form is out of ``name`` (dev set 13o); a U.S.,
Canadian or Australian town "Town, State" as English Wikipedia titles it. ``entity_marks``
turns the marks into offsets and checks every span. The CHECK cases go to the check file:
scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev21n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev21n.jsonl"
OUT_CHECK = HERE / "own-entities-dev21n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 21n, issue 13 canonical names from the document's own "
    "text); bodies and places named in full and again by one word, the name without its head or "
    "legal form, the head noun, a reordered form, a possessive, an undefined acronym, a headline "
    "in capitals, a town without its state; look-alikes that must not link; real places, "
    "institutions and public figures, invented firms, figures, quotations and minor people; MIT."
)

HSG = "Halvorsen Seafood Group"
TCS = "Tidewater Cold Storage"
FSAN = "Financial Supervisory Authority of Norway"
MEMR = "Ministry of Energy and Mineral Resources (Indonesia)"
SNN = "Sumber Nikel Nusantara"
HNSA = "Halmahera Nickel Smelters Association"
GMCA = "Greater Manchester Combined Authority"
TFGM = "Transport for Greater Manchester"
DFT = "Department for Transport"
ADWR = "Arizona Department of Water Resources"
CAP = "Central Arizona Project"
BCWS = "BC Wildfire Service"
RDCO = "Regional District of Central Okanagan"
DRC = "Democratic Republic of the Congo"
M23 = "March 23 Movement"
WHO = "World Health Organization"
CBN = "Central Bank of Nigeria"
FIRS = "Federal Inland Revenue Service"
MVF = "Marrow Valley Foods"
CMA = "Competition and Markets Authority"
SEBI = "Securities and Exchange Board of India"
VPT = "Varanasi Power Transmission"
NSE = "National Stock Exchange of India"
BMG = "Federal Ministry of Health (Germany)"
RKI = "Robert Koch Institute"
GBA = "Federal Joint Committee"
BOM = "Bureau of Meteorology"
SES = "New South Wales State Emergency Service"
NRC = "Northern Rivers Reconstruction Corporation"

CASES = [
    (
        "own-ent21n-01",
        "2025-03-04",
        "[[HALVORSEN|ORG|" + HSG + "]] TO BUY [[U.S.|GPE|United States]] COLD-STORAGE FIRM\n"
        "[[OSLO|GPE|Oslo]], March 4 - [[Halvorsen Seafood Group ASA|ORG|" + HSG + "]] agreed on "
        "Tuesday to buy [[Tidewater Cold Storage Inc.|ORG|" + TCS + "]] for 1.2 billion dollars, "
        "its largest deal. [[Halvorsen|ORG|" + HSG + "]]'s chief executive [[Ingrid Moe|PERSON]] "
        "said [[Tidewater|ORG|" + TCS + "]]'s 14 warehouses around [[Norfolk|GPE|Norfolk, "
        "Virginia]], [[Virginia|GPE]], would handle salmon bound for [[American|NORP]] "
        "supermarkets. [[Moe|PERSON|Ingrid Moe]] said the company would keep [[Tidewater|ORG|"
        + TCS
        + "]]'s head office in [[Norfolk|GPE|Norfolk, Virginia]]. [[Halvorsen Maritime|ORG]], a "
        "ferry operator controlled by the same family, is not part of the deal. The [[Financial "
        "Supervisory Authority of Norway|ORG]] must approve the bond that pays for it, and the "
        "[[Authority|ORG|" + FSAN + "]] said it would rule within 30 days. [[HSG|ORG|" + HSG + "]] "
        "shares rose 6% in [[Oslo|GPE]].\n",
    ),
    (
        "own-ent21n-02",
        "2025-05-20",
        "[[JAKARTA|GPE|Jakarta]], May 20 - [[Indonesia|GPE]]'s [[Ministry of Energy and Mineral "
        "Resources|ORG|" + MEMR + "]] on Tuesday suspended the mining permit of [[PT Sumber Nikel "
        "Nusantara|ORG|" + SNN + "]] over waste spills on [[Halmahera|LOC]]. The [[Energy "
        "Ministry|ORG|" + MEMR + "]] said [[Sumber Nikel|ORG|" + SNN + "]] had dumped tailings "
        "near a river that fishing villages use. [[Sumber Nikel|ORG|" + SNN + "]]'s president "
        "director [[Agus Wirawan|PERSON]] said the firm would appeal. [[Wirawan|PERSON|Agus "
        "Wirawan]] said its smelter partner, [[PT Sumber Alam Minerals|ORG|Sumber Alam "
        "Minerals]], was not involved. The [[Halmahera Nickel Smelters Association|ORG]] said "
        "the suspension would cut output by a tenth. [[HNSA|ORG|" + HNSA + "]] members ship most "
        "of their nickel to [[China|GPE]]. [[Bank Indonesia|ORG]] said the ban would not hurt "
        "the rupiah, and the [[Ministry|ORG|" + MEMR + "]] said [[Indonesia|GPE]] would review "
        "other permits on the island.\n",
    ),
    (
        "own-ent21n-03",
        "2025-01-15",
        "[[MANCHESTER|GPE|Manchester]], [[England|GPE]], Jan 15 - The [[Greater Manchester "
        "Combined Authority|ORG]] on Wednesday approved a 2.1 billion pound plan to extend tram "
        "lines to [[Stockport|GPE]] and [[Bolton|GPE]]. The [[Combined Authority|ORG|"
        + GMCA
        + "]] "
        "said the first line would open in 2029. Mayor [[Andy Burnham|PERSON]] said the "
        "[[Department for Transport|ORG]] had promised half the money. [[Burnham|PERSON|Andy "
        "Burnham]] said the [[Department|ORG|" + DFT + "]] would sign the deal in March. "
        "[[Transport for Greater Manchester|ORG]] will run the tenders, and [[TfGM|ORG|"
        + TFGM
        + "]] said bidders could apply from April. [[DfT|ORG|"
        + DFT
        + "]] officials said they "
        "expected a decision by the summer. Late trams would also carry fans of [[Manchester "
        "City|ORG|Manchester City F.C.]] home from matches. [[GMCA|ORG|" + GMCA + "]] said "
        "[[Manchester|GPE]] and [[Salford|GPE]] would share the depot.\n",
    ),
    (
        "own-ent21n-04",
        "2025-06-09",
        "[[PHOENIX|GPE|Phoenix, Arizona]] ([[AP|ORG|Associated Press]]) - The [[Arizona "
        "Department of Water Resources|ORG]] on Monday paused new housing permits around "
        "[[Casa Grande|GPE|Casa Grande, Arizona]], a city in [[Pinal County|GPE|Pinal County, "
        "Arizona]], after finding its groundwater would run short. The [[Department|ORG|"
        + ADWR
        + "]] said builders in [[Buckeye|GPE|Buckeye, Arizona]] would face the same test next "
        "year. Gov. [[Katie Hobbs|PERSON]] said the order protected homeowners. [[Hobbs|PERSON|"
        "Katie Hobbs]] said the [[Central Arizona Project|ORG]] could not make up the gap, because "
        "deliveries from the [[Colorado River|LOC]] have been cut. [[CAP|ORG|" + CAP + "]] said "
        "its share of the [[Colorado|LOC|Colorado River]] would fall again in 2026. Mayor [[Lisa "
        "Navarro|PERSON]] said [[Casa Grande|GPE|Casa Grande, Arizona]] would challenge "
        "[[ADWR|ORG|" + ADWR + "]]'s model.\n",
    ),
    (
        "own-ent21n-05",
        "2025-08-14",
        "[[KELOWNA|GPE|Kelowna]], [[British Columbia|GPE]] - The [[BC Wildfire Service|ORG]] on "
        "Thursday ordered 2,400 homes evacuated in [[West Kelowna|GPE]] as a fire jumped "
        "highways west of [[Okanagan Lake|LOC]]. The [[Service|ORG|" + BCWS + "]] said winds "
        "would push the fire north towards [[Vernon|GPE|Vernon, British Columbia]]. The "
        "[[Regional District of Central Okanagan|ORG]] opened a reception centre in "
        "[[Kelowna|GPE]], and the [[Regional District|ORG|" + RDCO + "]] said it had housed 600 "
        "people overnight. Premier [[David Eby|PERSON]] said the province would pay for hotel "
        "rooms. [[Eby|PERSON|David Eby]] said crews from [[Alberta|GPE]] and [[Ontario|GPE]] "
        "had arrived. Officials in [[Vernon|GPE|Vernon, British Columbia]] said they were ready "
        "to open a second centre.\n",
    ),
    (
        "own-ent21n-06",
        "2025-02-26",
        "[[GOMA|GPE|Goma]], Feb 26 - Cholera cases have tripled in eastern [[Democratic Republic "
        "of the Congo|GPE]] since fighting reached [[Goma|GPE]] last month, the [[World Health "
        "Organization|ORG]] said on Wednesday. [[WHO|ORG|" + WHO + "]] said 1,900 cases had been "
        "recorded in [[North Kivu|GPE]] and [[South Kivu|GPE]]. Rebels of the [[March 23 "
        "Movement|ORG]] control both provincial capitals, and [[M23|ORG|" + M23 + "]] officials "
        "said they would let aid in. [[Congo|GPE|" + DRC + "]]'s government in [[Kinshasa|GPE]] "
        "accused [[Rwanda|GPE]] of backing the rebels, which [[Rwanda|GPE]] denies. The "
        "[[United Nations|ORG]] peacekeeping mission, [[MONUSCO|ORG]], said its bases near "
        "[[Goma|GPE]] were sheltering 2,000 people. [[WHO|ORG|"
        + WHO
        + "]] said [[Congo|GPE|"
        + DRC
        + "]] needed vaccine doses within two weeks.\n",
    ),
    (
        "own-ent21n-07",
        "2025-07-22",
        "[[ABUJA|GPE|Abuja]], July 22 - The [[Central Bank of Nigeria|ORG]] raised its "
        "benchmark rate by 50 basis points to 28% on Tuesday. [[CBN|ORG|" + CBN + "]] governor "
        "[[Olayemi Cardoso|PERSON]] said inflation in [[Nigeria|GPE]] was easing too slowly. "
        "[[Cardoso|PERSON|Olayemi Cardoso]] said the [[Bank|ORG|" + CBN + "]] would keep buying "
        "dollars from exporters. The [[Federal Inland Revenue Service|ORG]] said on the same day "
        "that it had collected more tax in the first half than in all of 2023. [[FIRS|ORG|"
        + FIRS
        + "]] said [[Dangote Cement|ORG]] was its largest single payer. [[Dangote "
        "Group|ORG]], the parent company, said its refinery near [[Lagos|GPE]] would double "
        "fuel exports to [[Ghana|GPE]]. Shares in [[Dangote Cement|ORG]] rose 3% in "
        "[[Lagos|GPE]].\n",
    ),
    (
        "own-ent21n-08",
        "2025-10-02",
        "[[MARROW VALLEY|ORG|" + MVF + "]] BID FOR [[KINGSBRIDGE DAIRIES|ORG|Kingsbridge Dairies]] "
        "REFERRED\n"
        "[[LONDON|GPE|London]], Oct 2 - [[Britain|GPE|United Kingdom]]'s [[Competition and Markets "
        "Authority|ORG]] on Thursday referred [[Marrow Valley Foods plc|ORG|" + MVF + "]]'s 310 "
        "million pound takeover of [[Kingsbridge Dairies|ORG]] to a full inquiry. The "
        "[[CMA|ORG|" + CMA + "]] said the deal would leave [[Marrow Valley|ORG|" + MVF + "]] "
        "with half of the cheese sold in supermarkets in [[Wales|GPE]] and the south-west. "
        "[[Marrow Valley|ORG|" + MVF + "]] chief executive [[Owen Pritchard|PERSON]] said the "
        "[[Authority|ORG|" + CMA + "]] had misread the market. [[Pritchard|PERSON|Owen Pritchard]] "
        "said [[Kingsbridge|ORG|Kingsbridge Dairies]]'s creamery in [[Kingsbridge|GPE]], "
        "[[Devon|GPE]], would stay open. [[Marrow Valley|ORG|" + MVF + "]]'s shares fell 4%.\n",
    ),
    (
        "own-ent21n-09",
        "2025-04-08",
        "[[MUMBAI|GPE|Mumbai]], April 8 - The [[Securities and Exchange Board of India|ORG]] on "
        "Tuesday barred [[Varanasi Power Transmission Ltd|ORG|" + VPT + "]] from raising money "
        "for two years over misstated accounts. [[SEBI|ORG|" + SEBI + "]] chairman [[Tuhin Kanta "
        "Pandey|PERSON]] said investors had been misled about the company's debts. "
        "[[Pandey|PERSON|Tuhin Kanta Pandey]] said the [[Board|ORG|" + SEBI + "]] would also "
        "examine its auditors. [[Varanasi Power|ORG|" + VPT + "]] said it would appeal to the "
        "[[Securities Appellate Tribunal|ORG]]. Its shares fell 19% on the [[National Stock "
        "Exchange of India|ORG]], and the [[NSE|ORG|" + NSE + "]] moved the stock to its "
        "restricted segment. The company runs power lines around [[Varanasi|GPE]] and "
        "[[Prayagraj|GPE]] in [[Uttar Pradesh|GPE]]. [[Sebi|ORG|" + SEBI + "]] fined [[Varanasi "
        "Power|ORG|" + VPT + "]]'s former chief financial officer 20 million rupees.\n",
    ),
    (
        "own-ent21n-10",
        "2025-08-27",
        "[[BERLIN|GPE|Berlin]], Aug 27 - [[Germany|GPE]]'s [[Federal Ministry of Health|ORG|"
        + BMG
        + "]] on Wednesday asked the [[Robert Koch Institute|ORG]] to track a rise in whooping "
        "cough among infants. The [[Institute|ORG|" + RKI + "]] said 4,300 cases had been "
        "reported since January, most in [[Bavaria|GPE]] and [[Saxony|GPE]]. Health Minister "
        "[[Nina Warken|PERSON]] said the [[Health Ministry|ORG|" + BMG + "]] would pay for "
        "vaccines for pregnant women. [[Warken|PERSON|Nina Warken]] said the [[Federal Joint "
        "Committee|ORG]] would decide on the payments in October. The [[Joint Committee|ORG|"
        + GBA
        + "]] said it would hear doctors first. [[RKI|ORG|"
        + RKI
        + "]] said doctors at the "
        "[[Charité|ORG]] in [[Berlin|GPE]] had treated 40 infants. The [[Ministry|ORG|"
        + BMG
        + "]] said the [[European Centre for Disease Prevention and Control|ORG]] had seen "
        "similar rises in [[Austria|GPE]].\n",
    ),
    (
        "own-ent21n-11",
        "2025-03-31",
        "[[LISMORE|GPE|Lismore, New South Wales]] - The [[Bureau of Meteorology|ORG]] on Monday "
        "warned that the [[Wilsons River|LOC]] would peak above 10 metres at [[Lismore|GPE|"
        "Lismore, New South Wales]], [[New South Wales|GPE]], overnight. The [[Bureau|ORG|"
        + BOM
        + "]] said rain would spread to [[Ballina|GPE|Ballina, New South Wales]] and the "
        "[[Gold Coast|GPE|Gold Coast, Queensland]]. The [[New South Wales State Emergency "
        "Service|ORG]] ordered 6,000 people to leave low-lying parts of [[Lismore|GPE|Lismore, "
        "New South Wales]]. [[SES|ORG|" + SES + "]] crews made 120 rescues. Premier [[Chris "
        "Minns|PERSON]] said the [[Northern Rivers Reconstruction Corporation|ORG]] had raised "
        "600 homes since the 2022 flood. [[Minns|PERSON|Chris Minns]] said the "
        "[[Corporation|ORG|" + NRC + "]] would buy more. [[BoM|ORG|" + BOM + "]] forecasters said "
        "the [[Wilsons|LOC|Wilsons River]] could stay high until Wednesday.\n",
    ),
]

CHECK = [
    (
        "own-ent21n-c1",
        "2025-11-18",
        (
            "[[GLASGOW|GPE|Glasgow]], Nov 18 - [[Caledonian Maritime Assets Limited|ORG|Caledonian "
            "Maritime Assets]] on Tuesday delayed the delivery of two ferries for the route from "
            "[[Oban|GPE]] to [[Mull|LOC|Isle of Mull]]. [[CMAL|ORG|Caledonian Maritime Assets]] "
            "said the shipyard in [[Gdańsk|GPE]] needed six more months. [[Transport "
            "Scotland|ORG]] said islanders would be compensated. [[Caledonian Maritime|ORG|"
            "Caledonian Maritime Assets]] chief executive [[Kevin Hobbs|PERSON]] said "
            "[[Hobbs|PERSON|Kevin Hobbs]] had written to island councils. The [[Isle of "
            "Mull|LOC]] has had no spare ferry since March.\n"
        ),
    ),
    (
        "own-ent21n-c2",
        "2025-07-08",
        (
            "[[BOZEMAN|GPE|Bozeman, Montana]], [[Mont.|GPE|Montana]] ([[AP|ORG|Associated "
            "Press]]) - The [[Montana Department of Environmental Quality|ORG]] on Tuesday fined "
            "a gravel company for muddying the [[Gallatin River|LOC]] near [[Big Sky|GPE|Big Sky, "
            "Montana]]. The [[Department|ORG|Montana Department of Environmental Quality]] said "
            "the firm had ignored two warnings. [[DEQ|ORG|Montana Department of Environmental "
            "Quality]] director [[Sonja Nowakowski|PERSON]] said anglers in [[Bozeman|GPE|"
            "Bozeman, Montana]] had reported the spill. The [[Gallatin|LOC|Gallatin River]] "
            "reopened to fishing on Monday.\n"
        ),
    ),
    (
        "own-ent21n-c3",
        "2025-09-24",
        (
            "[[LISBON|GPE|Lisbon]], Sept 24 - [[Tavira Solar Energia SA|ORG|Tavira Solar "
            "Energia]] won approval on Wednesday for a 300-megawatt solar park near "
            "[[Tavira|GPE]] in the [[Algarve|GPE]]. [[Portugal|GPE]]'s [[Directorate-General for "
            "Energy and Geology|ORG]] said the park would connect to the grid in 2027. "
            "[[DGEG|ORG|Directorate-General for Energy and Geology]] said [[Tavira Solar|ORG|"
            "Tavira Solar Energia]] must protect cork oaks on the site. [[Tavira|GPE]] town "
            "council said it would receive 2% of the park's revenue.\n"
        ),
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
