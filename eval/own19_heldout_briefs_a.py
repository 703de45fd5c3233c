"""Held-out set 19 (blind): marked texts of briefs 01-07 and their statements (see
``build_own19_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own19-ho-01", "dod-readout", "2025-02-07", "2025-02-07",
        "Readout of Secretary of Defense [[Pete Hegseth|PERSON]]'s Call With [[Philippine|NORP]] Secretary of National "
        "Defense [[Gilberto Teodoro|PERSON]]\n"
        "Release date: [[Feb. 7, 2025|D|2025-02-07]]\n\n"
        "Secretary of Defense [[Pete Hegseth|PERSON]] spoke [[today|D|2025-02-07]] with [[Philippine|NORP]] Secretary of "
        "National Defense [[Gilberto Teodoro|PERSON]], his [[first|ordinal|1]] call with an [[Indo-Pacific|LOC]] "
        "counterpart since he was sworn in on [[Jan. 25|D|2025-01-25]].\n\n"
        "Secretary [[Hegseth|PERSON|Pete Hegseth]] reaffirmed that the [[Mutual Defense Treaty|LAW|Mutual Defense Treaty "
        "(United States–Philippines)]] extends to armed attacks on [[Philippine|NORP]] armed forces, public vessels or "
        "aircraft, including those of its coast guard, anywhere in the [[South China Sea|LOC]]. He noted that repeated "
        "coercive actions by [[China|GPE]] around [[Second Thomas Shoal|LOC]] threaten regional stability.\n\n"
        "The [[two|count|2|secretary]] secretaries discussed the [[Balikatan|EVENT|Exercise Balikatan]] exercise scheduled for "
        "[[April|D|2025-04]], which in [[2024|D|2024]] brought together [[more than 16,000|count|16000|troop]] "
        "[[American|NORP]] and [[Filipino|NORP]] troops, and the deployment of the [[Navy Marine Expeditionary Ship "
        "Interdiction System|PRODUCT]] ([[NMESIS|PRODUCT|Navy Marine Expeditionary Ship Interdiction System]]) to "
        "[[Luzon|LOC]].\n\n"
        "Secretary [[Teodoro|PERSON|Gilberto Teodoro]] said the [[Philippines|GPE]] would open [[two|count|2|site]] "
        "additional sites to [[U.S.|GPE|United States]] forces under the [[Enhanced Defense Cooperation "
        "Agreement|LAW]] ([[EDCA|LAW|Enhanced Defense Cooperation Agreement]]), bringing the total to "
        "[[11|count|11|site]]. He also called for [[$500 million|money|500000000|USD]] in [[U.S.|GPE|United States]] "
        "military financing for a [[five-year|D|P5Y]] modernization plan for the [[Armed Forces of the "
        "Philippines|ORG]].\n\n"
        "The [[two|count|2|secretary]] secretaries agreed to meet in [[Manila|GPE]] in the coming months.",
        [
            ("Pete Hegseth", "reaffirm", "the Mutual Defense Treaty extends to armed attacks "
             "on Philippine armed forces, public vessels or aircraft, including those of its coast guard, anywhere in "
             "the South China Sea", False),
            ("Pete Hegseth", "note", "repeated coercive actions by China around Second Thomas Shoal threaten regional "
             "stability", False),
            ("Gilberto Teodoro", "say", "the Philippines would open two additional sites to U.S. forces under the "
             "Enhanced Defense Cooperation Agreement (EDCA), bringing the total to 11", False),
            ("Gilberto Teodoro", "call for", "$500 million in U.S. military financing for a five-year modernization "
             "plan for the Armed Forces of the Philippines", False),
        ],
    ),
    (
        "own19-ho-02", "state-press-statement", "2024-09-24", "2024-09-24",
        "Additional Humanitarian Assistance for the People of [[Sudan|GPE]]\n"
        "PRESS STATEMENT\n"
        "[[Antony J. Blinken|PERSON|Antony Blinken]], Secretary of State\n"
        "[[September 24, 2024|D|2024-09-24]]\n\n"
        "[[Today|D|2024-09-24]], on the margins of the [[United Nations General Assembly|ORG]] in [[New York|GPE|New York "
        "City]], the [[United States|GPE]] is announcing [[nearly $424 million|money|424000000|USD]] in additional "
        "humanitarian assistance for the people of [[Sudan|GPE]] and for refugees who have fled to neighboring "
        "countries. This brings total [[U.S.|GPE|United States]] humanitarian assistance for the response to "
        "[[more than $2.3 billion|money|2300000000|USD]] since fighting broke out between the [[Sudanese Armed "
        "Forces|ORG]] ([[SAF|ORG|Sudanese Armed Forces]]) and the [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support "
        "Forces]]) in [[April 2023|D|2023-04]].\n\n"
        "The funding, provided through the [[U.S. Agency for International Development|ORG|United States Agency for "
        "International Development]] ([[USAID|ORG|United States Agency for International Development]]), will supply "
        "emergency food, safe drinking water, health care and shelter to [[more than 8 million|count|8000000|person]] "
        "people in [[Sudan|GPE]], [[Chad|GPE]], [[South Sudan|GPE]] and [[Egypt|GPE]]. According to the [[World Food "
        "Programme|ORG]] ([[WFP|ORG|World Food Programme]]), [[some 755,000|count|755000|person]] people in "
        "[[Sudan|GPE]] face famine conditions, and famine was confirmed in [[North Darfur|GPE]] in "
        "[[August|D|2024-08]].\n\n"
        "The [[United States|GPE]] calls on the [[SAF|ORG|Sudanese Armed Forces]] and the [[RSF|ORG|Rapid Support "
        "Forces]] to allow unhindered humanitarian access across conflict lines and through the [[Adre|GPE|Adré]] "
        "border crossing, which the [[SAF|ORG|Sudanese Armed Forces]] reopened in [[August|D|2024-08]] for "
        "[[three months|D|P3M]]. Aid officials say trucks carrying [[more than 5,000 tons|quantity|5000|ton]] of food "
        "have since crossed into [[Darfur|LOC]].\n\n"
        "We will continue to stand with the people of [[Sudan|GPE]] as they seek an end to this war.",
        [
            ("United States", "announce", "nearly $424 million in additional humanitarian assistance for the people of "
             "Sudan and for refugees who have fled to neighboring countries", False),
            ("World Food Programme", "according to", "some 755,000 people in Sudan face famine conditions, and famine "
             "was confirmed in North Darfur in August", False),
            ("United States", "call on", "the SAF and the RSF to allow unhindered humanitarian access across conflict "
             "lines and through the Adre border crossing", False),
        ],
    ),
    (
        "own19-ho-03", "nasa-mission", "2024-10-14", "2024-10-14",
        "[[NASA|ORG]]'s [[Europa Clipper|PRODUCT]] Embarks on Journey to [[Jupiter|LOC]]'s Ocean Moon\n"
        "Published [[Oct 14, 2024|D|2024-10-14]]\n\n"
        "[[NASA|ORG]]'s [[Europa Clipper|PRODUCT]] spacecraft lifted off at 12:06 p.m. EDT [[Monday|D|2024-10-14]] "
        "aboard a [[SpaceX|ORG]] [[Falcon Heavy|PRODUCT]] rocket from [[Launch Complex 39A|FAC|Kennedy Space Center "
        "Launch Complex 39A]] at [[NASA|ORG]]'s [[Kennedy Space Center|FAC]] in [[Florida|GPE]]. The spacecraft will "
        "travel [[1.8 billion miles|quantity|1800000000|mi]] ([[2.9 billion kilometers|quantity|2900000000|km]]) and "
        "arrive at [[Jupiter|LOC]] in [[April 2030|D|2030-04]], using gravity assists from [[Mars|LOC]] in "
        "[[February 2025|D|2025-02]] and [[Earth|LOC]] in [[December 2026|D|2026-12]].\n\n"
        "[[Europa Clipper|PRODUCT]] is the [[first|ordinal|1]] [[NASA|ORG]] mission dedicated to studying an ocean "
        "world beyond [[Earth|LOC]]. Its solar arrays span [[more than 100 feet|quantity|100|ft]] ([[30.5 "
        "meters|quantity|30.5|m]]), and it carries [[nine|count|9|instrument]] science instruments for "
        "[[49|count|49|flyby]] close flybys of [[Europa|LOC|Europa (moon)]].\n\n"
        "“[[Europa Clipper|PRODUCT]] carries the hopes of a whole generation of scientists who want to know whether an "
        "ocean beyond [[Earth|LOC]] could support life,” said [[NASA|ORG]] Administrator [[Bill Nelson|PERSON]].\n\n"
        "[[Jordan Evans|PERSON]], project manager at [[NASA|ORG]]'s [[Jet Propulsion Laboratory|ORG]] in [[Southern "
        "California|LOC]], said the spacecraft was healthy and communicating with mission controllers. He added that "
        "the team expects the [[first|ordinal|1]] images from the [[Mars|LOC]] flyby [[next spring|D|2025-03/2025-05]].\n\n"
        "The mission's total cost is [[about $5.2 billion|money|5200000000|USD]], according to [[NASA|ORG]]. Once in "
        "orbit, the spacecraft will spend [[four years|D|P4Y]] studying whether the ice shell of [[Europa|LOC|Europa "
        "(moon)]], thought to be [[15|quantity|15|km]] to [[25 kilometers|quantity|25|km]] thick, hides an ocean with the ingredients for "
        "life.",
        [
            ("Bill Nelson", "say", "Europa Clipper carries the hopes of a whole generation of scientists who want to "
             "know whether an ocean beyond Earth could support life", True),
            ("Jordan Evans", "say", "the spacecraft was healthy and communicating with mission controllers", False),
            ("Jordan Evans", "add", "the team expects the first images from the Mars flyby next spring", False),
            ("NASA", "according to", "The mission's total cost is about $5.2 billion", False),
        ],
    ),
    (
        "own19-ho-04", "fema-declaration", "2024-09-28", "2024-09-28",
        "President [[Joseph R. Biden Jr.|PERSON|Joe Biden]] Approves Major Disaster Declaration for [[North "
        "Carolina|GPE]]\n"
        "Release Date: [[September 28, 2024|D|2024-09-28]]\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]] -- [[FEMA|ORG|Federal Emergency Management Agency]] announced that federal "
        "disaster assistance has been made available to the state of [[North Carolina|GPE]] to supplement recovery "
        "efforts in the areas affected by [[Tropical Storm Helene|EVENT|Hurricane Helene]] from [[Sept. 25, "
        "2024|D|2024-09-25]], and continuing.\n\n"
        "The President's action makes federal funding available to affected individuals in [[Buncombe|GPE|Buncombe "
        "County, North Carolina]], [[Haywood|GPE|Haywood County, North Carolina]], [[Henderson|GPE|Henderson County, "
        "North Carolina]], [[Watauga|GPE|Watauga County, North Carolina]] and [[Yancey|GPE|Yancey County, North "
        "Carolina]] counties and the [[Eastern Band of Cherokee Indians|ORG]]. Assistance can include grants for "
        "temporary housing and home repairs, low-cost loans to cover uninsured property losses, and other programs "
        "to help individuals and business owners recover.\n\n"
        "Federal funding is also available to state, tribal and eligible local governments and certain private "
        "nonprofit organizations on a cost-sharing basis for emergency work in all [[100|count|100|county]] counties "
        "of [[North Carolina|GPE]].\n\n"
        "[[Deanne Criswell|PERSON]], Administrator of the [[Federal Emergency Management Agency|ORG]], named [[Brett H. "
        "Howard|PERSON|Brett Howard]] as the Federal Coordinating Officer for recovery operations in the affected "
        "areas. [[Criswell|PERSON|Deanne Criswell]] said [[FEMA|ORG|Federal Emergency Management Agency]] had [[more "
        "than 1,200|count|1200|responder]] responders on the ground and had delivered [[1.3 "
        "million|count|1300000|meal]] meals and [[1.5 million liters|quantity|1500000|l]] of water to the region. She "
        "added that [[FEMA|ORG|Federal Emergency Management Agency]] expected to approve more counties as damage "
        "assessments are completed.\n\n"
        "Survivors have [[60 days|D|P60D]] to apply. They can apply online, by calling 800-621-3362 or by using "
        "[[FEMA|ORG|Federal Emergency Management Agency]]'s mobile app. Those who use a relay service should give "
        "[[FEMA|ORG|Federal Emergency Management Agency]] the number for that service.",
        [
            ("Federal Emergency Management Agency", "announce", "federal disaster assistance has been made available to "
             "the state of North Carolina to supplement recovery efforts in the areas affected by Tropical Storm Helene "
             "from Sept. 25, 2024, and continuing", False),
            ("Deanne Criswell", "say", "FEMA had more than 1,200 responders on the ground and had delivered 1.3 million "
             "meals and 1.5 million liters of water to the region", False),
            ("Deanne Criswell", "add", "FEMA expected to approve more counties as damage assessments are completed",
             False),
        ],
    ),
    (
        "own19-ho-05", "ec-funding", "2025-04-08", "2025-04-08",
        "[[Commission|ORG|European Commission]] disburses [[€3.5 billion|money|3500000000|EUR]] to [[Ukraine|GPE]] "
        "under the [[Ukraine Facility|ORG]]\n"
        "Press release, [[Brussels|GPE]], [[8 April 2025|D|2025-04-08]]\n\n"
        "[[Today|D|2025-04-08]], the [[European Commission|ORG]] disbursed [[€3.5 billion|money|3500000000|EUR]] to "
        "[[Ukraine|GPE]] under the [[Ukraine Facility|ORG]], the [[EU|ORG|European Union]]'s [[€50 "
        "billion|money|50000000000|EUR]] instrument of support for [[2024-2027|D|2024/2027]]. The payment follows the "
        "[[Council|ORG|Council of the European Union]]'s approval in [[March|D|2025-03]] of [[Ukraine|GPE]]'s "
        "fulfilment of the [[13|count|13|reform]] reforms linked to the [[third|ordinal|3]] instalment, including a "
        "new public procurement law and the appointment of new judges.\n\n"
        "With this disbursement, [[Ukraine|GPE]] has received [[over €19.6 billion|money|19600000000|EUR]] under the "
        "[[Facility|ORG|Ukraine Facility]] since [[March 2024|D|2024-03]]. In addition, the [[EU|ORG|European Union]] "
        "is contributing [[€18.1 billion|money|18100000000|EUR]] to the [[G7|ORG]]-led loans backed by revenues from "
        "immobilised [[Russian|NORP]] assets.\n\n"
        "President [[Ursula von der Leyen|PERSON]] said: “[[Ukraine|GPE]] keeps delivering on its reforms even under "
        "fire. [[Europe|LOC]] keeps delivering on its promises.”\n\n"
        "Commissioner for Enlargement [[Marta Kos|PERSON]] announced that the next [[€3.1 "
        "billion|money|3100000000|EUR]] payment could follow in [[the summer|D|2025-06/2025-08]] if [[Kyiv|GPE]] "
        "adopts [[16|count|16|measure]] further measures, among them a reform of the civil service. [[Ukrainian|NORP]] Prime Minister [[Denys Shmyhal|PERSON]] "
        "said the payment would finance pensions and the salaries of teachers and doctors.\n\n"
        "The [[Commission|ORG|European Commission]] estimates that [[Ukraine|GPE]]'s external financing needs for "
        "[[2025|D|2025]] amount to [[around $38 billion|money|38000000000|USD]], of which the [[EU|ORG|European "
        "Union]] and its member states have pledged the largest share.",
        [
            ("Ursula von der Leyen", "say", "Ukraine keeps delivering on its reforms even under fire. Europe keeps "
             "delivering on its promises.", True),
            ("Marta Kos", "announce", "the next €3.1 billion payment could follow in the summer if Kyiv adopts 16 "
             "further measures, among them a reform of the civil service", False),
            ("Denys Shmyhal", "say", "the payment would finance pensions and the salaries of teachers and doctors", False),
            ("European Commission", "estimate", "Ukraine's external financing needs for 2025 amount to around $38 "
             "billion, of which the EU and its member states have pledged the largest share", False),
        ],
    ),
    (
        "own19-ho-06", "uk-gov-announcement", "2024-12-22", "2024-12-22",
        "Press release\n"
        "Record [[£1.6 billion|money|1600000000|GBP]] boost to fix potholes and improve local roads\n"
        "Councils in [[England|GPE]] will receive a [[£500 million|money|500000000|GBP]] increase in funding to fix "
        "potholes and resurface roads.\n\n"
        "From: [[Department for Transport|ORG]] and The Rt Hon [[Louise Haigh|PERSON]] MP\n"
        "Published [[22 December 2024|D|2024-12-22]]\n\n"
        "-- [[£1.6 billion|money|1600000000|GBP]] for local highways maintenance in [[2025/26|D|2025-04/2026-03]], "
        "enough to fix the equivalent of [[7 million|count|7000000|pothole]] extra potholes a year\n"
        "-- an increase of [[£500 million|money|500000000|GBP]] on [[2024/25|D|2024-04/2025-03]]\n"
        "-- councils must publish reports on their spending by [[30 June 2025|D|2025-06-30]] or lose "
        "[[25%|percent|25|%]] of the increase\n\n"
        "Transport Secretary [[Louise Haigh|PERSON]] said: “For too long, drivers have had to swerve around the craters "
        "that plague our roads. This money will help councils to fix them properly, not just patch them up.”\n\n"
        "She added that the government would set out longer-term funding settlements for local roads at the spending "
        "review [[next year|D|2025]].\n\n"
        "According to the [[RAC|ORG|RAC Limited]], drivers reported [[7,204|count|7204|breakdown]] pothole-related "
        "breakdowns in [[the third quarter of 2024|D|2024-07/2024-09]], the highest figure for that period since "
        "[[2021|D|2021]]. The [[Asphalt Industry Alliance|ORG]] ([[AIA|ORG|Asphalt Industry Alliance]]) estimates "
        "that clearing the backlog of road repairs in [[England|GPE]] and [[Wales|GPE]] would cost [[£16.3 "
        "billion|money|16300000000|GBP]] and take [[11 years|D|P11Y]].\n\n"
        "The funding for [[2025/26|D|2025-04/2026-03]] will be allocated using the existing formula, with "
        "[[£150 million|money|150000000|GBP]] held back for the [[eight|count|8|authority]] mayoral combined "
        "authorities.",
        [
            ("Louise Haigh", "say", "For too long, drivers have had to swerve around the craters that plague our roads. "
             "This money will help councils to fix them properly, not just patch them up.", True),
            ("Louise Haigh", "add", "the government would set out longer-term funding settlements for local roads at "
             "the spending review next year", False),
            ("RAC Limited", "according to", "drivers reported 7,204 pothole-related breakdowns in the third quarter of "
             "2024, the highest figure for that period since 2021", False),
            ("Asphalt Industry Alliance", "estimate", "clearing the backlog of road repairs in England and Wales would "
             "cost £16.3 billion and take 11 years", False),
        ],
    ),
    (
        "own19-ho-07", "stats-release", "2024-12-17", "2024-12-17",
        "Consumer Price Index, [[November 2024|D|2024-11]]\n"
        "Released: [[2024-12-17|D|2024-12-17]]\n\n"
        "The Consumer Price Index (CPI) rose [[1.9%|percent|1.9|%]] year over year in [[November|D|2024-11]], following "
        "a [[2.0%|percent|2|%]] increase in [[October|D|2024-10]]. Lower prices for travel tours "
        "([[-8.6%|percent|-8.6|%]]) and for natural gas ([[-2.9%|percent|-2.9|%]]) contributed most to the "
        "deceleration. Excluding gasoline, prices rose [[1.8%|percent|1.8|%]] in [[November|D|2024-11]], down from "
        "[[2.2%|percent|2.2|%]] in [[October|D|2024-10]].\n\n"
        "On a monthly basis, the CPI was unchanged in [[November|D|2024-11]]. On a seasonally adjusted monthly basis, "
        "the CPI rose [[0.1%|percent|0.1|%]].\n\n"
        "Shelter prices rose [[4.6%|percent|4.6|%]] year over year. Rent prices increased [[7.3%|percent|7.3|%]], led "
        "by [[Ontario|GPE]] ([[+7.6%|percent|7.6|%]]) and [[Nova Scotia|GPE]] ([[+7.4%|percent|7.4|%]]), while the "
        "mortgage interest cost index slowed for a [[15th|ordinal|15]] consecutive month. [[Canadians|NORP|Canadian]] "
        "paid [[2.6%|percent|2.6|%]] more for food purchased from stores than in [[November 2023|D|2023-11]].\n\n"
        "Among the provinces, prices rose at the fastest pace in [[Quebec|GPE]] ([[2.2%|percent|2.2|%]]) and the "
        "slowest in [[Saskatchewan|GPE]] ([[0.9%|percent|0.9|%]]).\n\n"
        "The [[Bank of Canada|ORG]], which lowered its policy interest rate by [[50 basis points|percent|0.5|pp]] to "
        "[[3.25%|percent|3.25|%]] on [[December 11|D|2024-12-11]], expects inflation to remain close to the "
        "[[2%|percent|2|%]] target in [[2025|D|2025]].\n\n"
        "Note to readers\n"
        "[[Statistics Canada|ORG]] will release the [[December|D|2024-12]] CPI on [[January 21, 2025|D|2025-01-21]]. Prices are "
        "collected in [[more than 600|count|600|outlet]] retail outlets across [[Canada|GPE]] each month.",
        [
            ("Bank of Canada", "expect", "inflation to remain close to the 2% target in 2025", False),
        ],
    ),
]
