"""Writes articles.jsonl: the sixth paraphrase held-out corpus, written blind (before
reading the claims code of this pass) to look like ordinary news travel rather than
like the earlier tests: claims that travel through five outlets over four weeks as a
relay ("X, citing Y, said ..."), a light rewording, a heavier paraphrase, a
"reportedly" version and a bare statement, then a denial; claims that sit in the
middle of longer articles next to other sentences about the same actors; a converse
("will sell ... to" / "will buy ... from"), a central bank's cut told with and without
its old rate, a death toll that later rises (another number), another doer, the
opposite, a wire story with edited copies and an independent report quoting it, and
same-topic reports that assert something else. Every outlet, person and event is
invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# U1: a relay chain over five outlets (relayed, relayed, vague, bare), then a denial;
# another beneficiary as a hard negative
art(
    "u1-relay",
    "Riverbend Telegraph",
    "2026-10-02",
    "Russian warships to refuel in Georgia, agency says",
    "Interfax, citing a source in Georgia's defence ministry, said Tbilisi had agreed to let Russian navy ships refuel at the Black Sea port of Poti.",
    "The source said the first ships could arrive before the end of the month.",
    "Georgia has had no diplomatic relations with Moscow since the 2008 war.",
    "Opposition parties in Tbilisi called for an urgent session of parliament.",
)
art(
    "u1-relay2",
    "Sunmoor Gazette",
    "2026-10-03",
    "Poti deal alarms Kyiv",
    "Ukraine's foreign ministry summoned the Georgian ambassador on Friday.",
    "Georgia has agreed to allow Russian warships to refuel in Poti, the Russian news agency Interfax reported, citing a defence ministry source.",
    "Kyiv said any such arrangement would make Georgia a party to the war.",
    "The port of Poti handles most of Georgia's container traffic.",
)
art(
    "u1-vague",
    "Eastfield Record",
    "2026-10-07",
    "Black Sea fleet looks east",
    "Russian warships will reportedly be allowed to take on fuel at Georgia's port of Poti.",
    "Since Ukrainian drones struck Sevastopol, the fleet has moved most of its ships to Novorossiysk.",
    "Analysts said a Georgian harbour would extend the fleet's reach along the eastern coast.",
)
art(
    "u1-bare",
    "Greywater News",
    "2026-10-10",
    "Tbilisi's balancing act",
    "The ruling party has spent a year trying to mend ties with Moscow without breaking with Brussels.",
    "Tbilisi is now letting the Russian navy refuel its ships at Poti.",
    "Thousands of protesters marched on Rustaveli Avenue on Thursday evening.",
    "Police used water cannon to clear the square in front of parliament.",
)
art(
    "u1-deny",
    "Northgate Observer",
    "2026-10-14",
    "Georgia rejects port reports",
    "Georgia's defence ministry denied that Russian warships would be allowed to refuel at Poti.",
    "A spokeswoman called the reports a provocation meant to harm Georgia's bid to join the European Union.",
    "The ministry said no foreign navy had asked to use the port.",
)
art(
    "u1-other",
    "Northgate Observer",
    "2026-10-05",
    "Turkish port for Ukraine's navy",
    "Turkey has agreed to let Ukrainian navy ships refuel at the Black Sea port of Samsun, a Turkish official said.",
    "The arrangement covers only ships that escort grain convoys.",
    "Ankara has kept the Bosphorus closed to warships since 2022.",
)

# U2: a mine landslide, light and heavier rewording; the toll rises later (another
# number), and a same-topic report
art(
    "u2-a",
    "Eastfield Record",
    "2026-10-04",
    "Landslide at jade mine",
    "A landslide at a jade mine in northern Myanmar killed 37 workers on Saturday, local officials said.",
    "Rescuers were still searching for at least a dozen people buried under the mud.",
    "Heavy rain had loosened a heap of waste rock above the miners' huts.",
)
art(
    "u2-b",
    "Sunmoor Gazette",
    "2026-10-05",
    "Dozens die in Myanmar mine",
    "At least 37 miners died when a mountain of waste earth collapsed at a jade mine in Myanmar's north on Saturday.",
    "The mine lies in Hpakant, where dozens of such accidents happen every year.",
    "Most of the victims were migrant workers from other regions.",
)
art(
    "u2-toll",
    "Riverbend Telegraph",
    "2026-10-08",
    "Mine death toll rises",
    "The death toll from a landslide at a jade mine in northern Myanmar rose to 52, rescue workers said.",
    "Families gathered at a monastery where the bodies were taken.",
    "Rescue workers said the search would end on Thursday.",
)
art(
    "u2-indep",
    "Greywater News",
    "2026-10-12",
    "Jade trade thrives despite deaths",
    "Myanmar's jade trade is worth billions of dollars a year, most of it smuggled into China.",
    "Activists say the military government has done nothing to make the mines safer.",
    "Hpakant's mines have grown larger since the coup, with heavy machinery working around the clock.",
)

# U3: a converse (sell to / buy from), a relay, another buyer
art(
    "u3-a",
    "Northgate Observer",
    "2026-10-06",
    "Qatar gas for Pakistan",
    "Qatar will sell 24 cargoes of liquefied natural gas to Pakistan next year under a new deal, Pakistan's petroleum minister said.",
    "The price is linked to oil and is lower than under the old contract.",
    "Pakistan has struggled with power cuts since its last supplier cancelled deliveries.",
)
art(
    "u3-b",
    "Greywater News",
    "2026-10-07",
    "Islamabad secures LNG",
    "Pakistan will buy 24 LNG cargoes from Qatar next year, the state news agency APP said, citing the petroleum ministry.",
    "The first cargo is due in January.",
    "Textile exporters welcomed the news, saying gas shortages had shut mills for weeks.",
)
art(
    "u3-other",
    "Riverbend Telegraph",
    "2026-10-09",
    "More gas for Dhaka",
    "Qatar will sell 24 cargoes of liquefied natural gas to Bangladesh next year under a new deal, Bangladesh's energy adviser said.",
    "Dhaka had sought the deal since the summer.",
    "Bangladesh imports almost a third of the gas it uses.",
)

# U4: a central bank cut told with and without the old rate; the opposite (kept)
art(
    "u4-a",
    "Sunmoor Gazette",
    "2026-10-16",
    "Seoul cuts rates",
    "The Bank of Korea cut its key interest rate by a quarter point to 3.25 percent on Thursday.",
    "It was the first cut in three years.",
    "Governor Park Min-jae said inflation had eased enough to support growth.",
)
art(
    "u4-b",
    "Eastfield Record",
    "2026-10-16",
    "Korean rates lower",
    "South Korea's central bank lowered its benchmark rate to 3.25% on Thursday.",
    "Household debt remains a worry for the bank, its governor said.",
    "The won weakened slightly after the decision.",
)
art(
    "u4-hold",
    "Northgate Observer",
    "2026-09-18",
    "Seoul holds",
    "The Bank of Korea kept its key interest rate at 3.5 percent on Thursday.",
    "Governor Park Min-jae said the bank needed more time to judge the housing market.",
    "Economists had expected no change.",
)

# U5: an election result, light rewording and a relay; another candidate with the
# same share
art(
    "u5-a",
    "Greywater News",
    "2026-10-19",
    "Marek re-elected",
    "Slovenian President Hana Marek won 54 percent of the vote in Sunday's run-off, the electoral commission said.",
    "Turnout was 61 percent.",
    "Her challenger Ivo Brandt conceded defeat shortly before midnight.",
)
art(
    "u5-b",
    "Riverbend Telegraph",
    "2026-10-20",
    "Second term for Marek",
    "Hana Marek was re-elected as Slovenia's president with 54% of the votes cast in the second round.",
    "Marek, a former judge, ran as an independent.",
    "Brandt had promised to cut taxes on small businesses.",
)
art(
    "u5-c",
    "Northgate Observer",
    "2026-10-20",
    "Ljubljana vote",
    "Hana Marek won a second term as president of Slovenia with 54 percent in Sunday's run-off, according to the electoral commission.",
    "Supporters celebrated in Ljubljana's Congress Square.",
    "The new term begins in December.",
)
art(
    "u5-other",
    "Sunmoor Gazette",
    "2026-10-18",
    "Pollsters' run-off call",
    "Ivo Brandt won 54 percent of the vote in a mock run-off held by students at the University of Ljubljana.",
    "The student poll has a poor record of predicting results.",
    "Organisers said 3,000 students took part.",
)

# U6: an aircraft order: named by people familiar, then "reportedly", then denied;
# another maker as a hard negative
art(
    "u6-a",
    "Eastfield Record",
    "2026-10-21",
    "Nordvik nears Airbus deal",
    "Nordvik Air is close to ordering 30 Airbus A321neo jets, people familiar with the matter said.",
    "The order would be the largest in the airline's history.",
    "Nordvik Air flies mostly between Scandinavia and southern Europe.",
)
art(
    "u6-b",
    "Greywater News",
    "2026-10-23",
    "Nordvik to expand fleet",
    "The Scandinavian low-cost carrier Nordvik Air will reportedly order 30 A321neo aircraft from Airbus.",
    "Its chief executive Sofie Lund has said the airline wants to double in size by 2030.",
    "Shares in the carrier rose 4 percent.",
)
art(
    "u6-other",
    "Sunmoor Gazette",
    "2026-10-22",
    "Boeing wins Baltic order",
    "Baltic Wings is close to ordering 30 Boeing 737 MAX jets, people familiar with the matter said.",
    "The airline is based in Riga.",
    "Boeing declined to comment.",
)
art(
    "u6-deny",
    "Riverbend Telegraph",
    "2026-10-27",
    "Nordvik: no order yet",
    "Nordvik Air denied that it had agreed to order 30 jets from Airbus.",
    "Chief executive Sofie Lund said the airline was talking to several manufacturers.",
    "A decision is expected next spring.",
)

# U7: a wire story with two edited copies, a report quoting the wire, a same-topic report
WIRE = [
    "REYKJAVIK, Oct 24 (Capital Ledger Wire) - Iceland will end commercial whaling from 2027, Fisheries Minister Katla Jonsdottir said on Friday.",
    "The decision follows years of falling demand for whale meat in Japan, the main market.",
    "Iceland's last whaling company caught 24 fin whales this summer.",
    "Conservation groups welcomed the ban, while the whaling town of Hvalfjordur said jobs would be lost.",
    "Norway and Japan still allow commercial whaling.",
]
art("u7-orig", "Capital Ledger Wire", "2026-10-24", "Iceland to ban whaling", *WIRE)
art(
    "u7-copy1",
    "Northgate Observer",
    "2026-10-24",
    "End of the hunt: Iceland bans whaling",
    WIRE[0].replace("REYKJAVIK, Oct 24 (Capital Ledger Wire)", "REYKJAVIK"),
    *WIRE[1:4],
    "(Reporting by Capital Ledger Wire; editing by Northgate Observer staff)",
)
art(
    "u7-copy2",
    "Sunmoor Gazette",
    "2026-10-25",
    "Iceland ends whaling",
    *WIRE[:3],
    "Whale watching now brings more money to Iceland than whaling ever did.",
    *WIRE[3:],
)
art(
    "u7-quote",
    "Eastfield Record",
    "2026-10-26",
    "Whalers count the cost",
    "Workers at the whaling station in Hvalfjordur said they had not been told what would happen to their jobs.",
    "Iceland will stop commercial whaling from 2027, Capital Ledger Wire reported on Friday, quoting the fisheries minister.",
    "The station employs about 150 people during the season.",
)
art(
    "u7-indep",
    "Greywater News",
    "2026-10-25",
    "Whale watching booms",
    "Whale watching tours from Husavik sold out for the whole summer.",
    "Operators said humpback whales were seen closer to the shore than in previous years.",
    "A new visitor centre will open in the harbour in May.",
)

# U8: refugees from a neighbour, people as nationality nouns; another number
art(
    "u8-a",
    "Northgate Observer",
    "2026-10-28",
    "Refugees reach Chad",
    "About 8,000 Sudanese refugees crossed into Chad in the past week, the UN refugee agency said.",
    "Most are women and children from Darfur.",
    "Camps near the border town of Adre are already full.",
)
art(
    "u8-b",
    "Riverbend Telegraph",
    "2026-10-29",
    "Chad camps overflow",
    "Chad has received some 8,000 refugees from Sudan over the last seven days, according to the UNHCR.",
    "Aid workers said water was running short.",
    "The agency has asked donors for more money.",
)
art(
    "u8-month",
    "Sunmoor Gazette",
    "2026-10-30",
    "A month of flight",
    "About 30,000 Sudanese refugees crossed into Chad in October, the UN refugee agency said.",
    "The agency expects the number to grow as fighting spreads.",
    "Chad's government has asked for help to build new camps.",
)

write(__file__)
