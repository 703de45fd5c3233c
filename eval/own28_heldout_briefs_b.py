"""Held-out set 28 (blind): marked texts of briefs 08-14 and their statements (see
``build_own28_heldout.py``). Do not read for development, debug against or tune on these texts."""

# Scottish premier division clubs named as in the wire copy -> their Wikipedia titles.
_CLUBS = {
    "Rangers": "Rangers F.C.",
    "Celtic": "Celtic F.C.",
    "Hibernian": "Hibernian F.C.",
    "Aberdeen": "Aberdeen F.C.",
    "Hearts": "Heart of Midlothian F.C.",
    "Motherwell": "Motherwell F.C.",
    "Kilmarnock": "Kilmarnock F.C.",
    "Raith": "Raith Rovers F.C.",
    "Dundee United": "Dundee United F.C.",
    "Dunfermline": "Dunfermline Athletic F.C.",
}

# played, won, drawn, lost, goals for, against, points
_TABLE = [
    ("Rangers", (3, 3, 0, 0, 7, 1, 9)),
    ("Celtic", (3, 2, 1, 0, 8, 3, 7)),
    ("Hibernian", (3, 2, 0, 1, 4, 2, 6)),
    ("Aberdeen", (3, 1, 2, 0, 5, 3, 5)),
    ("Hearts", (3, 1, 1, 1, 3, 3, 4)),
    ("Motherwell", (3, 1, 1, 1, 3, 4, 4)),
    ("Kilmarnock", (3, 1, 0, 2, 4, 6, 3)),
    ("Raith", (3, 0, 2, 1, 2, 4, 2)),
    ("Dundee United", (3, 0, 1, 2, 1, 4, 1)),
    ("Dunfermline", (3, 0, 0, 3, 2, 9, 0)),
]


def _club(name: str) -> str:
    return f"[[{name}|ORG|{_CLUBS[name]}]]"


def _standings() -> str:
    rows = []
    for name, nums in _TABLE:
        rows.append(_club(name) + " " + " ".join(f"[[{n}|number|{n}]]" for n in nums))
    return "\n".join(rows)


# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own28-ho-08", "met-police-appeal", "2025-08-12", "2025-08-12",
        "Appeal for witnesses after man stabbed in [[Croydon|GPE]]\n"
        "[[Metropolitan Police|ORG|Metropolitan Police Service]]\n"
        "[[12 August 2025|D|2025-08-12]]\n\n"
        "Detectives investigating a stabbing in [[Croydon|GPE]] are appealing for witnesses and dashcam "
        "footage.\n\n"
        "Police were called at 21:40hrs on [[Saturday, 9 August|D|2025-08-09]] to reports of a man stabbed on "
        "[[London Road|FAC]] near [[West Croydon station|FAC]]. Officers and [[London Ambulance "
        "Service|ORG]] paramedics attended and found a [[24-year-old|D|P24Y]] man with stab wounds. He was "
        "taken to hospital, where his condition is described as life-changing.\n\n"
        "A [[19-year-old|D|P19Y]] man and a [[17-year-old|D|P17Y]] boy were arrested on "
        "[[Sunday|D|2025-08-10]] on suspicion of attempted murder. They have been released on bail until a "
        "date in [[September|D|2025-09]]. Officers have viewed footage from [[more than 40|count|40|camera]] "
        "cameras and spoken to [[about 60|count|60|witness]] witnesses.\n\n"
        "Detective Inspector [[Claire Moss|PERSON]], from the [[Specialist Crime Command|ORG]], said: “This "
        "was a shocking attack on a busy street on a summer evening. I know that many people were in the area "
        "at the time, and I would urge anyone who saw what happened, or who has footage, to contact us.”\n\n"
        "Chief Superintendent [[Andy Brittain|PERSON]], who leads policing in [[Croydon|GPE]], said extra "
        "patrols would be in place in the town centre until [[Sunday|D|2025-08-17]].\n\n"
        "Knife crime in [[Croydon|GPE]] fell by [[12%|percent|12|%]] in [[the 12 months to June "
        "2025|D|2024-07/2025-06]], according to [[Metropolitan Police|ORG|Metropolitan Police Service]] "
        "figures.\n\n"
        "Anyone with information is asked to call police on 101 quoting CAD 7342/09AUG, or contact "
        "[[Crimestoppers|ORG]] anonymously on 0800 555 111.",
        [
            ("Claire Moss", "say", "This was a shocking attack on a busy street on a summer evening. I know that "
             "many people were in the area at the time, and I would urge anyone who saw what happened, or who "
             "has footage, to contact us.", True),
            ("Andy Brittain", "say", "extra patrols would be in place in the town centre until Sunday", False),
            ("Metropolitan Police Service", "according to", "Knife crime in Croydon fell by 12% in the 12 months "
             "to June 2025", False),
        ],
    ),
    (
        "own28-ho-09", "wikinews-archaeology", "2025-02-20", "2025-02-20",
        "Archaeologists identify tomb of [[Egyptian|NORP]] pharaoh [[Thutmose II|PERSON]]\n"
        "[[Thursday, February 20, 2025|D|2025-02-20]]\n\n"
        "[[Egypt|GPE]]'s [[Ministry of Tourism and Antiquities|ORG|Ministry of Tourism and Antiquities "
        "(Egypt)]] announced on [[Tuesday|D|2025-02-18]] that a joint [[Egyptian|NORP]]-[[British|NORP]] "
        "mission had found the tomb of Pharaoh [[Thutmose II|PERSON]] near [[Luxor|GPE]], the "
        "[[first|ordinal|1]] royal tomb discovered there since that of [[Tutankhamun|PERSON]] in "
        "[[1922|D|1922]].\n\n"
        "The tomb lies in the [[Western Wadis|LOC]], [[about 2.4 kilometres|quantity|2.4|km]] west of the "
        "[[Valley of the Kings|LOC]]. The mission, led by [[Piers Litherland|PERSON]] of the [[New Kingdom "
        "Research Foundation|ORG]], found the entrance in [[2022|D|2022]] but at first believed it belonged to "
        "a royal wife. Fragments of alabaster jars bearing the names of [[Thutmose II|PERSON]] and his wife "
        "[[Hatshepsut|PERSON]] identified its owner.\n\n"
        "[[Mohamed Ismail Khaled|PERSON]], secretary-general of the [[Supreme Council of "
        "Antiquities|ORG]], said the tomb had been flooded soon after the burial and that most of its contents "
        "had been moved in antiquity. The team recovered [[more than 200|count|200|fragment]] fragments of "
        "plaster, some painted with blue inscriptions.\n\n"
        "“It is the [[first|ordinal|1]] time anything belonging to the king's funerary furniture has been "
        "found,” [[Litherland|PERSON|Piers Litherland]] told [[BBC News|ORG]]. He said the team believed a "
        "[[second|ordinal|2]] tomb of the king, still intact, could lie nearby.\n\n"
        "[[Thutmose II|PERSON]] ruled [[Egypt|GPE]] for [[about three years|D|P3Y]] in the "
        "[[18th|ordinal|18]] Dynasty. Tourism minister [[Sherif Fathy|PERSON]] said the discovery would boost "
        "tourism, which brought [[15.7 million|count|15700000|visitor]] visitors to [[Egypt|GPE]] in "
        "[[2024|D|2024]], a record.",
        [
            ("Ministry of Tourism and Antiquities (Egypt)", "announce", "a joint Egyptian-British mission had "
             "found the tomb of Pharaoh Thutmose II near Luxor, the first royal tomb discovered there since that "
             "of Tutankhamun in 1922", False),
            ("Mohamed Ismail Khaled", "say", "the tomb had been flooded soon after the burial and that most of "
             "its contents had been moved in antiquity", False),
            ("Piers Litherland", "tell", "It is the first time anything belonging to the king's funerary "
             "furniture has been found", True),
            ("Piers Litherland", "say", "the team believed a second tomb of the king, still intact, could lie "
             "nearby", False),
            ("Sherif Fathy", "say", "the discovery would boost tourism, which brought 15.7 million visitors to "
             "Egypt in 2024, a record", False),
        ],
    ),
    (
        "own28-ho-10", "wikinews-market-selloff", "2025-04-04", "2025-04-04",
        "[[US|GPE|United States]] stocks suffer worst day since [[2020|D|2020]] after tariff announcement\n"
        "[[Friday, April 4, 2025|D|2025-04-04]]\n\n"
        "Stock markets in the [[United States|GPE]] fell sharply on [[Thursday|D|2025-04-03]], after "
        "President [[Donald Trump|PERSON]] announced tariffs of [[at least 10%|percent|10|%]] on imports from "
        "almost every country. The S&P 500 fell [[4.84%|percent|4.84|%]] and the Dow Jones Industrial Average "
        "lost [[1,679|count|1679|point]] points, or [[4%|percent|4|%]], its worst day since [[June "
        "2020|D|2020-06]]. The Nasdaq Composite dropped [[5.97%|percent|5.97|%]]. [[About $2.5 "
        "trillion|money|2500000000000|USD]] in market value was wiped out.\n\n"
        "[[Apple|ORG|Apple Inc.]] shares fell [[9.3%|percent|9.3|%]], [[Nike|ORG|Nike, Inc.]] "
        "[[14.4%|percent|14.4|%]] and [[Amazon|ORG|Amazon (company)]] [[9%|percent|9|%]]. Oil prices fell "
        "[[6.4%|percent|6.4|%]] to [[$66.95|money|66.95|USD]] a barrel.\n\n"
        "The tariffs include a [[34%|percent|34|%]] levy on goods from [[China|GPE]] and "
        "[[20%|percent|20|%]] on goods from the [[European Union|ORG]]. [[China|GPE]] said on "
        "[[Friday|D|2025-04-04]] it would impose a [[34%|percent|34|%]] tariff on all [[American|NORP]] goods "
        "from [[April 10|D|2025-04-10]].\n\n"
        "[[Trump|PERSON|Donald Trump]] told reporters on [[Thursday|D|2025-04-03]]: “The markets are going to "
        "boom.” [[Federal Reserve|ORG]] Chair [[Jerome Powell|PERSON]] said on [[Friday|D|2025-04-04]] that the "
        "tariffs were larger than expected and would likely raise inflation.\n\n"
        "Markets in [[Europe|LOC]] and [[Asia|LOC]] also fell. [[Japan|GPE]]'s Nikkei 225 ended "
        "[[2.8%|percent|2.8|%]] lower, and [[Germany|GPE]]'s DAX fell [[3%|percent|3|%]]. [[JPMorgan "
        "Chase|ORG]] economists said the chance of a [[U.S.|GPE|United States]] recession [[this "
        "year|D|2025]] had risen to [[60%|percent|60|%]].",
        [
            ("China", "say", "it would impose a 34% tariff on all American goods from April 10", False),
            ("Donald Trump", "tell", "The markets are going to boom.", True),
            ("Jerome Powell", "say", "the tariffs were larger than expected and would likely raise inflation",
             False),
            ("JPMorgan Chase", "say", "the chance of a U.S. recession this year had risen to 60%", False),
        ],
    ),
    (
        "own28-ho-11", "wikinews-japan-election", "2024-10-28", "2024-10-28",
        "[[Japan|GPE]]'s ruling coalition loses majority in general election\n"
        "[[Monday, October 28, 2024|D|2024-10-28]]\n\n"
        "[[Japan|GPE]]'s ruling [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] "
        "([[LDP|ORG|Liberal Democratic Party (Japan)]]) and its coalition partner [[Komeito|ORG]] lost their "
        "majority in the [[House of Representatives|ORG|House of Representatives (Japan)]] in "
        "[[Sunday|D|2024-10-27]]'s general election.\n\n"
        "The [[LDP|ORG|Liberal Democratic Party (Japan)]] won [[191|count|191|seat]] seats, down from "
        "[[247|count|247|seat]], and [[Komeito|ORG]] won [[24|count|24|seat]], giving the coalition "
        "[[215|count|215|seat]] seats, short of the [[233|count|233|seat]] needed for a majority in the "
        "[[465|count|465|seat]]-seat chamber. The main opposition [[Constitutional Democratic Party of "
        "Japan|ORG]] ([[CDP|ORG|Constitutional Democratic Party of Japan]]) won [[148|count|148|seat]] seats, "
        "up from [[98|count|98|seat]], and the [[Democratic Party For the People|ORG]] quadrupled its seats to "
        "[[28|count|28|seat]]. Turnout was [[53.85%|percent|53.85|%]], the [[third|ordinal|3]]-lowest since "
        "[[World War II|EVENT]].\n\n"
        "Prime Minister [[Shigeru Ishiba|PERSON]], who took office on [[October 1|D|2024-10-01]], said "
        "[[today|D|2024-10-28]] that he would stay in office. “We have received a severe judgement from the "
        "public,” [[Ishiba|PERSON|Shigeru Ishiba]] told a news conference. He said he would seek cooperation "
        "with other parties on policy.\n\n"
        "[[CDP|ORG|Constitutional Democratic Party of Japan]] leader [[Yoshihiko Noda|PERSON]], a former prime "
        "minister, said the result showed that voters wanted a change of government. [[Yuichiro "
        "Tamaki|PERSON]], leader of the [[Democratic Party For the People|ORG]], said his party would not join "
        "the coalition.\n\n"
        "The election was the [[first|ordinal|1]] since the [[LDP|ORG|Liberal Democratic Party (Japan)]] was "
        "hit by a funding scandal in [[2023|D|2023]]. The [[National Diet|ORG]] must convene within [[30 "
        "days|D|P30D]] of the election to choose a prime minister. The yen weakened to [[153 "
        "yen|money|153|JPY]] against the dollar on [[Monday|D|2024-10-28]].",
        [
            ("Shigeru Ishiba", "say", "he would stay in office", False),
            ("Shigeru Ishiba", "tell", "We have received a severe judgement from the public", True),
            ("Shigeru Ishiba", "say", "he would seek cooperation with other parties on policy", False),
            ("Yoshihiko Noda", "say", "the result showed that voters wanted a change of government", False),
            ("Yuichiro Tamaki", "say", "his party would not join the coalition", False),
        ],
    ),
    (
        "own28-ho-12", "wire-moscow-chechnya", "1996-08-22", "1996-08-22",
        "[[Lebed|PERSON|Alexander Lebed]], [[Maskhadov|PERSON|Aslan Maskhadov]] sign deal on "
        "[[Chechnya|GPE]] ceasefire.\n"
        "[[MOSCOW|GPE|Moscow]] [[1996-08-22|D|1996-08-22]]\n\n"
        "[[Russian|NORP]] security chief [[Alexander Lebed|PERSON]] and rebel chief of staff [[Aslan "
        "Maskhadov|PERSON]] signed an agreement on [[Thursday|D|1996-08-22]] to halt fighting in "
        "[[Chechnya|GPE]] and begin pulling troops out of the capital [[Grozny|GPE]], [[Interfax|ORG]] news "
        "agency said.\n\n"
        "The deal, signed in the village of [[Novye Atagi|GPE]] [[20 km|quantity|20|km]] south of "
        "[[Grozny|GPE]], provides for a ceasefire from noon on [[Friday|D|1996-08-23]].\n\n"
        "[[Lebed|PERSON|Alexander Lebed]] told reporters the sides had agreed to set up joint patrols in "
        "[[Grozny|GPE]], where [[at least 200|count|200|civilian]] civilians have been killed in [[two "
        "weeks|D|P2W]] of fighting. “The war is over. Whoever wants to fight on will have to deal with me,” "
        "[[Lebed|PERSON|Alexander Lebed]] said.\n\n"
        "In [[Moscow|GPE]], President [[Boris Yeltsin|PERSON]]'s spokesman [[Sergei Yastrzhembsky|PERSON]] "
        "said [[Yeltsin|PERSON|Boris Yeltsin]] had been informed of the agreement.\n\n"
        "[[Russian|NORP]] commander General [[Konstantin Pulikovsky|PERSON]], who threatened on "
        "[[Monday|D|1996-08-19]] to storm [[Grozny|GPE]], said he would obey the new order.\n\n"
        "The war, which began in [[December 1994|D|1994-12]], has killed [[more than 30,000|count|30000|person]] "
        "people. The [[Russian|NORP]] government has spent [[about 6 trillion roubles|money|6000000000000|RUB]] "
        "([[$1.1 billion|money|1100000000|USD]]) on the conflict, [[Izvestia|ORG]] newspaper reported "
        "[[this week|D|1996-W34]].\n\n"
        "[[Chechen|NORP]] separatist leader [[Zelimkhan Yandarbiyev|PERSON]] said the rebels would keep their "
        "weapons until all [[Russian|NORP]] troops had left. [[Lebed|PERSON|Alexander Lebed]], appointed by "
        "[[Yeltsin|PERSON|Boris Yeltsin]] in [[June|D|1996-06]], was due to return to [[Moscow|GPE]] on "
        "[[Friday|D|1996-08-23]].",
        [
            ("Interfax", "say", "Russian security chief Alexander Lebed and rebel chief of staff Aslan Maskhadov "
             "signed an agreement on Thursday to halt fighting in Chechnya and begin pulling troops out of the "
             "capital Grozny", False),
            ("Alexander Lebed", "tell", "the sides had agreed to set up joint patrols in Grozny, where at least "
             "200 civilians have been killed in two weeks of fighting", False),
            ("Alexander Lebed", "say", "The war is over. Whoever wants to fight on will have to deal with me",
             True),
            ("Sergei Yastrzhembsky", "say", "Yeltsin had been informed of the agreement", False),
            ("Konstantin Pulikovsky", "threaten", "storm Grozny", False),
            ("Konstantin Pulikovsky", "say", "he would obey the new order", False),
            ("Izvestia", "report", "The Russian government has spent about 6 trillion roubles ($1.1 billion) on "
             "the conflict", False),
            ("Zelimkhan Yandarbiyev", "say", "the rebels would keep their weapons until all Russian troops had "
             "left", False),
        ],
    ),
    (
        "own28-ho-13", "wire-scottish-soccer", "1996-08-24", "1996-08-24",
        "SOCCER - [[SCOTTISH|NORP|Scottish]] PREMIER DIVISION RESULTS / STANDINGS.\n"
        "[[GLASGOW|GPE|Glasgow]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[Scottish|NORP]] premier division soccer matches on [[Saturday|D|1996-08-24]]:\n"
        + _club("Aberdeen") + " [[1|number|1]] " + _club("Hearts") + " [[1|number|1]]\n"
        + _club("Celtic") + " [[3|number|3]] " + _club("Kilmarnock") + " [[1|number|1]]\n"
        + _club("Dundee United") + " [[0|number|0]] " + _club("Rangers") + " [[1|number|1]]\n"
        + _club("Hibernian") + " [[2|number|2]] " + _club("Dunfermline") + " [[0|number|0]]\n"
        + _club("Motherwell") + " [[1|number|1]] " + _club("Raith") + " [[1|number|1]]\n\n"
        "Scorers: " + _club("Celtic") + " - [[Cadete|PERSON|Jorge Cadete]] [[2|count|2|goal]], [[Di "
        "Canio|PERSON|Paolo Di Canio]]; " + _club("Kilmarnock") + " - [[Wright|PERSON|Paul Wright]]; "
        + _club("Rangers") + " - [[Laudrup|PERSON|Brian Laudrup]]; " + _club("Hibernian") + " - "
        "[[Wright|PERSON|Keith Wright]], [[Jackson|PERSON|Darren Jackson]].\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        + _standings() + "\n\n"
        "[[Rangers|ORG|Rangers F.C.]], chasing a [[ninth|ordinal|9]] successive title, play "
        + _club("Celtic") + " at [[Ibrox|FAC|Ibrox Stadium]] on [[September 14|D|1996-09-14]]. "
        "[[Dunfermline|ORG|Dunfermline Athletic F.C.]] have lost all [[three|count|3|match]] of their matches "
        "since promotion.",
        [],
    ),
    (
        "own28-ho-14", "wire-rugby-league", "1996-08-26", "1996-08-26",
        "RUGBY LEAGUE - [[ENGLISH|NORP|English]] [[SUPER LEAGUE|ORG|Super League]] RESULTS.\n"
        "[[LONDON|GPE|London]] [[1996-08-26|D|1996-08-26]]\n\n"
        "Results of [[English|NORP]] rugby league [[Super League|ORG]] matches on [[Monday|D|1996-08-26]]:\n\n"
        "[[St Helens|ORG|St Helens R.F.C.]] [[66|number|66]] [[Warrington|ORG|Warrington Wolves]] "
        "[[14|number|14]]\n"
        "Tries: [[St Helens|ORG|St Helens R.F.C.]] - [[Hunte|PERSON|Alan Hunte]] [[3|count|3|try]], "
        "[[Newlove|PERSON|Paul Newlove]] [[2|count|2|try]], [[Arnold|PERSON|Danny Arnold]], "
        "[[Cunningham|PERSON|Keiron Cunningham]], [[Sullivan|PERSON|Anthony Sullivan]], [[Martyn|PERSON|Tommy "
        "Martyn]], [[Pickavance|PERSON|Ian Pickavance]]; [[Warrington|ORG|Warrington Wolves]] - "
        "[[Forster|PERSON|Mark Forster]], [[Penny|PERSON|Lee Penny]]. Goals: [[Goulding|PERSON|Bobbie "
        "Goulding]] [[9|count|9|goal]]; [[Harris|PERSON|Iestyn Harris]] [[3|count|3|goal]].\n\n"
        "[[Wigan|ORG|Wigan Warriors]] [[48|number|48]] [[Bradford|ORG|Bradford Bulls]] [[22|number|22]]\n"
        "Tries: [[Wigan|ORG|Wigan Warriors]] - [[Robinson|PERSON|Jason Robinson]] [[2|count|2|try]], "
        "[[Radlinski|PERSON|Kris Radlinski]] [[2|count|2|try]], [[Connolly|PERSON|Gary Connolly]], "
        "[[Paul|PERSON|Henry Paul]], [[Haughton|PERSON|Simon Haughton]]; [[Bradford|ORG|Bradford Bulls]] - "
        "[[Paul|PERSON|Robbie Paul]], [[Scales|PERSON|Jon Scales]], [[Calland|PERSON|Matt Calland]], "
        "[[Dwyer|PERSON|Bernard Dwyer]]. Goals: [[Farrell|PERSON|Andy Farrell]] [[10|count|10|goal]]; "
        "[[Cook|PERSON|Paul Cook]] [[3|count|3|goal]].\n\n"
        "[[London Broncos|ORG]] [[30|number|30]] [[Sheffield|ORG|Sheffield Eagles]] [[18|number|18]]\n"
        "[[Halifax|ORG|Halifax Panthers]] [[24|number|24]] [[Leeds|ORG|Leeds Rhinos]] [[24|number|24]]\n"
        "[[Castleford|ORG|Castleford Tigers]] [[20|number|20]] [[Oldham|ORG|Oldham R.L.F.C.]] "
        "[[16|number|16]]\n"
        "[[Paris St Germain|ORG|Paris Saint-Germain Rugby League]] [[12|number|12]] "
        "[[Workington|ORG|Workington Town]] [[10|number|10]]\n\n"
        "[[St Helens|ORG|St Helens R.F.C.]] lead [[Wigan|ORG|Wigan Warriors]] by [[one|count|1|point]] point "
        "with [[one|count|1|match]] match left and will win their [[first|ordinal|1]] championship since "
        "[[1975|D|1975]] if they beat [[Warrington|ORG|Warrington Wolves]] again on [[Saturday|D|1996-08-31]]. "
        "[[Workington|ORG|Workington Town]] are relegated. [[London Broncos|ORG]] winger [[Martin "
        "Offiah|PERSON]] scored [[two|count|2|try]] tries against [[Sheffield|ORG|Sheffield Eagles]].\n\n"
        "[[St Helens|ORG|St Helens R.F.C.]] coach [[Shaun McRae|PERSON]] said his side would not take "
        "[[Warrington|ORG|Warrington Wolves]] lightly. “We have worked all season for this, and nobody will "
        "celebrate until [[Saturday|D|1996-08-31]],” [[McRae|PERSON|Shaun McRae]] told reporters.",
        [
            ("Shaun McRae", "say", "his side would not take Warrington lightly", False),
            ("Shaun McRae", "tell", "We have worked all season for this, and nobody will celebrate until "
             "Saturday", True),
        ],
    ),
]
