"""Write eval/own-entities-dev15t.jsonl and eval/own-entities-dev15t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES (issue 13, session 13).

Issue 13 asks for type accuracy >= 0.95 on unseen briefs. Pooled over the team's blind sets
(counts only, from the lead's brief), ORG is the sink: PERSON, GPE, FAC, LOC, PRODUCT and EVENT
all end up ORG more often than anything else goes wrong. The briefs are of kinds rich in the
places where that happens:
- transcripts with a participants line and speaker labels in capitals ("LEHTONEN:"), the
  speaker's surname alone in the text afterwards;
- bylines ("By Jane Roe"), photo captions and credits ("Photo: Jane Roe/Reuters"), lists of
  people (a board, a cabinet, award winners, a squad) in running text and in bullets;
- companies named with their home town ("the Pune-based X", "X, based in Y", "X of Y") and
  places named as a region ("the Kursk region", "the Sahel region", "the Tigray region");
- facilities and products whose head word is not the usual one (a Lock, an Interchange, a
  Barrage, a Viaduct, a Quay, a Mall, an Observatory building; a drone, a tractor, a vaccine
  brand, a satellite and a locomotive by designation or by name);
- events by head word (a Marathon, a Regatta, a Rally, an Expo, a Biennale, a Jubilee).
Cases that must stay: a company named like a place, an agency named after a region, a firm
named after a person beside the person.
Written for briefx by hand (session 13, issue 13 types); real places, institutions and
companies, invented people, events, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases go to the
check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev15t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev15t.jsonl"
OUT_CHECK = HERE / "own-entities-dev15t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 15t, issue 13 types); transcripts, bylines, captions, "
    "people lists, firms with their home towns, regions, facilities, products and events; real "
    "places, institutions and companies, invented people, events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent15t-01",
        "2025-01-14",
        "[[HELSINKI|GPE|Helsinki]], 14 January 2025 - Transcript of a press briefing by the "
        "[[Finnish Border Guard|ORG]] on damage to the [[Estlink 2|FAC]] power cable in the "
        "[[Gulf of Finland|LOC]].\n"
        "Participants: [[Kaisa Lehtonen|PERSON]], spokesperson, [[Finnish Border "
        "Guard|ORG]]; [[Markus Aalto|PERSON]], head of operations, [[Fingrid|ORG]].\n"
        "[[LEHTONEN|PERSON|Kaisa Lehtonen]]: The vessel was escorted to [[Porvoo|GPE]] on "
        "Saturday and remains there.\n"
        "QUESTION: Will the [[Estonian|NORP]] side take part in the inquiry?\n"
        "[[LEHTONEN|PERSON|Kaisa Lehtonen]]: Yes. Investigators from [[Tallinn|GPE]] arrived "
        "this morning.\n"
        "[[AALTO|PERSON|Markus Aalto]]: Repairs will take until August. Power from "
        "[[Estonia|GPE]] now flows through [[Estlink 1|FAC]] only, and [[Elering|ORG]] agrees "
        "with that plan.\n"
        "After the briefing, [[Aalto|PERSON|Markus Aalto]] said the cable had lost 650 "
        "megawatts. [[Lehtonen|PERSON|Kaisa Lehtonen]] declined to name the ship's owner.\n",
    ),
    (
        "own-ent15t-02",
        "2025-03-03",
        "[[Infosys|ORG]] rival opens campus in [[Mysuru|GPE]]\n"
        "By [[Priya Natarajan|PERSON]] | 3 March 2025\n"
        "[[BENGALURU|GPE|Bengaluru]] - The [[Pune|GPE]]-based [[Persistent Systems|ORG]] "
        "opened a training campus in [[Mysuru|GPE]] on Monday, a few kilometres from the "
        "centre run by [[Infosys|ORG]]. [[Wipro|ORG]], based in [[Bengaluru|GPE]], and "
        "[[Zoho|ORG]] of [[Chennai|GPE]] are also hiring in the city. [[Sandeep "
        "Kalra|PERSON]], chief executive of [[Persistent Systems|ORG]], said the campus would "
        "train 4,000 graduates a year. [[Kalra|PERSON|Sandeep Kalra]] added that most would "
        "come from [[Karnataka|GPE]].\n"
        "Caption: [[Sandeep Kalra|PERSON]] at the opening in [[Mysuru|GPE]]. (Photo: [[Ravi "
        "Menon|PERSON]]/[[Reuters|ORG]])\n",
    ),
    (
        "own-ent15t-03",
        "2025-06-19",
        "[[ACCRA|GPE|Accra]], June 19 - [[Ghana|GPE]]'s President [[John Mahama|PERSON]] "
        "named five ministers on Thursday: [[Ama Serwaa Boateng|PERSON]] (finance), [[Kwesi "
        "Owusu|PERSON]] (energy), [[Efua Mensah|PERSON]] (health), [[Yaw Darko|PERSON]] "
        "(roads) and [[Abena Asante|PERSON]] (trade). [[Boateng|PERSON|Ama Serwaa Boateng]], "
        "a former official of the [[Bank of Ghana|ORG]], replaces [[Kofi Adjei|PERSON]]. "
        "[[Owusu|PERSON|Kwesi Owusu]] will oversee the [[Akosombo Dam|FAC]] on the [[Volta "
        "River|LOC]] and talks with [[Volta River Authority|ORG]]. The [[International "
        "Monetary Fund|ORG]] welcomed the appointments.\n",
    ),
    (
        "own-ent15t-04",
        "2025-08-11",
        "[[KYIV|GPE|Kyiv]], Aug 11 - Drones struck a fuel depot in the [[Kursk|GPE|Kursk "
        "Oblast]] region overnight, the governor said, while fighting continued in the "
        "[[Donbas|LOC]] region. [[Ukraine|GPE]]'s [[General Staff|ORG|General Staff of the "
        "Armed Forces of Ukraine]] said its forces had hit a rail bridge in the [[Belgorod|GPE|"
        "Belgorod Oblast]] region. In the south, shelling cut power to the [[Zaporizhzhia "
        "Nuclear Power Plant|FAC]] for four hours, the [[International Atomic Energy "
        "Agency|ORG]] said. [[Rafael Grossi|PERSON]] called for restraint. Farmers in the "
        "[[Kherson|GPE|Kherson Oblast]] region said the [[Dnipro|LOC|Dnieper]] had flooded "
        "fields near [[Nova Kakhovka|GPE]].\n",
    ),
    (
        "own-ent15t-05",
        "2025-04-07",
        "[[ADDIS ABABA|GPE|Addis Ababa]], April 7 - Aid convoys reached the [[Tigray|GPE|"
        "Tigray Region]] region on Monday for the first time in a month, the [[World Food "
        "Programme|ORG]] said. Drought has also hit the [[Sahel|LOC]] region and the [[Horn "
        "of Africa|LOC]], where [[Somalia|GPE]] and [[Djibouti|GPE]] have asked for help. "
        "[[Mekelle|GPE]] and [[Adigrat|GPE]] received 40 trucks. The [[Intergovernmental "
        "Authority on Development|ORG]], based in [[Djibouti|GPE]], said rains in the [[Great "
        "Rift Valley|LOC]] had failed. [[Hirut Tesfaye|PERSON]] of [[Save the Children|ORG]] "
        "said [[Tesfaye|PERSON|Hirut Tesfaye]]'s teams in [[Afar|GPE|Afar Region]] had run "
        "out of water.\n",
    ),
    (
        "own-ent15t-06",
        "2025-09-24",
        "[[BIRMINGHAM|GPE|Birmingham]], Sept 24 - The [[Canal & River Trust|ORG]] reopened "
        "the [[Caen Hill Locks|FAC]] on the [[Kennet and Avon Canal|FAC]] after repairs, and "
        "said work on the [[Pontcysyllte Aqueduct|FAC]] would start in October. [[National "
        "Highways|ORG]] closed the [[Almondsbury Interchange|FAC]] near [[Bristol|GPE]] for "
        "two nights. In [[Wales|GPE]], the [[Cardiff Bay Barrage|FAC]] will shut for "
        "inspection, and the [[Royal Albert Bridge|FAC]] between [[Devon|GPE]] and "
        "[[Cornwall|GPE]] gets new paint. Shoppers at the [[Bullring|FAC|Bullring & Grand "
        "Central]] and [[Merry Hill|FAC|Merry Hill Shopping Centre]] faced delays on the "
        "[[M5|FAC|M5 motorway]].\n",
    ),
    (
        "own-ent15t-07",
        "2025-02-25",
        "[[PARIS|GPE|Paris]], Feb 25 - [[John Deere|ORG]] showed a driverless [[8R|PRODUCT|"
        "John Deere 8R]] tractor at the [[Paris International Agricultural Show|EVENT]] on "
        "Tuesday, and [[CNH Industrial|ORG]] its [[Case IH Magnum|PRODUCT]]. [[DJI|ORG]] "
        "showed the [[Agras T100|PRODUCT|DJI Agras T100]] crop-spraying drone. [[Claire "
        "Dubois|PERSON]], a farmer from [[Normandy|GPE]], said the machines were too "
        "expensive for small farms. [[Bayer|ORG]] presented its [[Preceon|PRODUCT]] maize, "
        "and [[Syngenta|ORG]], based in [[Basel|GPE]], a new wheat seed.\n",
    ),
    (
        "own-ent15t-08",
        "2025-10-13",
        "[[CHICAGO|GPE|Chicago]], Oct 13 - [[Jacob Kiplimo|PERSON]] won the [[Chicago "
        "Marathon|EVENT]] on Sunday in 2:02:23, ahead of [[Amos Kipruto|PERSON]] and "
        "[[Conner Mantz|PERSON]]. [[Kiplimo|PERSON|Jacob Kiplimo]] had finished second in "
        "[[London|GPE]] in April. The women's race went to [[Hellen Obiri|PERSON]]. "
        "Organisers said 54,000 runners started in [[Grant Park|FAC]]. Next month's "
        "[[New York City Marathon|EVENT]] will start on [[Staten Island|GPE]], and the "
        "[[Sydney Marathon|EVENT]] joins the majors series this year. [[Bank of "
        "America|ORG]] sponsors the race.\n",
    ),
    (
        "own-ent15t-09",
        "2025-05-09",
        "[[VENICE|GPE|Venice]], May 9 - The [[Venice Biennale|EVENT]] opened on Friday with "
        "pavilions from 87 countries, and organisers said the [[Arsenale|FAC|Venetian "
        "Arsenal]] site drew record crowds. [[Pietrangelo Buttafuoco|PERSON]], president of "
        "[[La Biennale di Venezia|ORG]], said ticket sales were up 10%. The [[Fondazione "
        "Prada|ORG]] and the [[Peggy Guggenheim Collection|ORG]] opened shows of their own. "
        "Visitors came by water bus from [[Piazzale Roma|FAC]], and [[Trenitalia|ORG]] added "
        "trains to [[Venezia Santa Lucia|FAC|Venezia Santa Lucia railway station]]. The "
        "[[Osaka Expo|EVENT|Expo 2025]] in [[Japan|GPE]] closes in October.\n",
    ),
    (
        "own-ent15t-10",
        "2025-07-02",
        "[[TOULOUSE|GPE|Toulouse]], July 2 - [[Airbus|ORG]] said on Wednesday that the "
        "[[Toulouse|GPE]]-based company had delivered 63 aircraft in June, among them nine "
        "[[A350|PRODUCT|Airbus A350]] jets. [[Thales|ORG]], of [[Paris|GPE]], will build two "
        "[[Galileo|PRODUCT|Galileo (satellite navigation)]] satellites, and [[Alstom|ORG]], "
        "based in [[Saint-Ouen-sur-Seine|GPE]], won an order for 30 [[Traxx|PRODUCT|Bombardier "
        "Traxx]] locomotives from [[Deutsche Bahn|ORG]]. [[Safran|ORG]] said its [[LEAP|"
        "PRODUCT|CFM International LEAP]] engine deliveries were still late. [[Guillaume "
        "Faury|PERSON]] said suppliers in [[Occitania|GPE|Occitania (administrative region)]] "
        "were catching up.\n",
    ),
    (
        "own-ent15t-11",
        "2025-11-21",
        "[[SYDNEY|GPE|Sydney]], Nov 21 - Shortlist for the [[Walkley Awards|EVENT]]: "
        "reporters from [[The Sydney Morning Herald|ORG]], the [[ABC|ORG|Australian "
        "Broadcasting Corporation]] and [[Guardian Australia|ORG]] lead the list.\n"
        "• [[Jess Whitfield|PERSON]], [[The Sydney Morning Herald|ORG]]\n"
        "• [[Daniel Nguyen|PERSON]], [[ABC|ORG|Australian Broadcasting Corporation]]\n"
        "• [[Harriet Moss|PERSON]], [[Guardian Australia|ORG]]\n"
        "• [[Tom Akerman|PERSON]], [[The Age|ORG]]\n"
        "[[Whitfield|PERSON|Jess Whitfield]] is nominated for her reporting on floods in "
        "the [[Northern Rivers|LOC]] region of [[New South Wales|GPE]]. The winners will be "
        "named at the [[International Convention Centre Sydney|FAC]].\n",
    ),
    (
        "own-ent15t-12",
        "2025-08-30",
        "[[COWES|GPE|Cowes]], [[England|GPE]], Aug 30 - The [[Fastnet Race|EVENT]] fleet "
        "left the [[Solent|LOC]] on Saturday, a week after [[Cowes Week|EVENT]] ended. "
        "Skipper [[Louis Burton|PERSON]] said the wind off the [[Isle of Wight|GPE]] was "
        "light. Boats round the [[Fastnet Rock|LOC]] off [[County Cork|GPE]] before the "
        "finish in [[Cherbourg|GPE|Cherbourg-en-Cotentin]]. The [[Royal Ocean Racing "
        "Club|ORG]] said 430 yachts had entered. [[Burton|PERSON|Louis Burton]] sails for "
        "[[Bureau Vallée|ORG]], a stationery chain from [[Brittany|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent15t-13",
        "2025-03-27",
        "Transcript: [[Reserve Bank of New Zealand|ORG]] press conference, [[Wellington|GPE]]\n"
        "Speakers: [[Adrian Orr|PERSON]], Governor; [[Karen Silk|PERSON]], Assistant "
        "Governor.\n"
        "[[ORR|PERSON|Adrian Orr]]: Inflation in [[New Zealand|GPE]] is back in the band.\n"
        "[[SILK|PERSON|Karen Silk]]: Dairy prices from [[Fonterra|ORG]] helped the "
        "[[Waikato|GPE|Waikato Region]] region most.\n"
        "Afterwards [[Orr|PERSON|Adrian Orr]] said [[Australia|GPE]] faced the same "
        "choices.\n",
    ),
    (
        "own-ent15t-14",
        "2025-06-06",
        "By [[Lena Hoffmann|PERSON]]\n"
        "[[HAMBURG|GPE|Hamburg]], June 6 - [[Hapag-Lloyd|ORG]], based in [[Hamburg|GPE]], "
        "opened a new berth at the [[Burchardkai|FAC|Container Terminal Burchardkai]] on "
        "Friday. [[Rolf Habben Jansen|PERSON]] said the [[Elbe|LOC]] had been deepened in "
        "time. The [[Kiel Week|EVENT]] regatta starts later this month.\n"
        "Photo: [[Jonas Weber|PERSON]]/[[dpa|ORG|Deutsche Presse-Agentur]]\n",
    ),
    (
        "own-ent15t-15",
        "2025-09-15",
        "[[NAIROBI|GPE|Nairobi]], Sept 15 - [[Safaricom|ORG]] and [[Equity Bank|ORG|Equity "
        "Group Holdings]] will fund solar pumps in the [[Turkana|GPE|Turkana County]] "
        "region, [[Peter Ndegwa|PERSON]] said. [[Ndegwa|PERSON|Peter Ndegwa]] said the "
        "[[Lake Turkana Wind Power|FAC]] project showed what the region could do. Visitors "
        "at the [[Nairobi International Trade Fair|EVENT]] saw the pumps.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
