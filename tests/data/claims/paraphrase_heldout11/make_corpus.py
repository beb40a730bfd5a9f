"""Writes articles.jsonl: the eleventh paraphrase held-out corpus, written blind (before
reading the claims code of this pass) as ordinary news: an airline takeover (business),
a four-day-week trial (work, research), a congestion charge (city politics), a doping
ban (sport) and sewage discharges (environment), each travelling through five or six
invented outlets over two to four weeks (the original with a named source, "X, citing
Y, said" or "quoting", "according to X", "reportedly" or "reports say", a bare
restatement in a later article, most of them contested later), the claim sentence
mostly not first; rewordings that change the verb or take the other side of the event
(buy / sell to / cost, cut by half / fell 50 percent / halved / took half as many,
approved a charge / will have to pay / introduced a toll, suspended / banned / handed a
ban / given a suspension, discharged / pumped / released), nominal forms ("the takeover
of", "the 50 percent drop in", "the new 12-euro charge", "her four-year ban"), a
relative clause carrying the claim, numbers written differently (1.2 billion / 1,200
million, half / 50 percent, 12 / twelve, four years / four-year); doers and targets by
description ("the smaller carrier", "the 200 metres champion", "the utility"); hard
negatives that share actors and numbers (another purchase for the same sum, the same
number for another measure, another athlete banned for the same term, another company
on the same lake, a rejected proposal with the same amount); same-topic independent
reports; a denial without the word "deny" ("rejected the agency's figures"); a wire
story with two edited copies and one of its facts restated by an independent report.
Every outlet, person, company, product and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# A1: an airline takeover: named (has agreed to buy), "X, citing Y, said" (the owners
# would sell ... to, 1,200 million), according to (the acquisition will cost), reportedly
# (is paying ... for the smaller carrier), bare (the takeover of ..., valued at), a denial
# by the target's founder; the same buyer buying aircraft for the same sum, an old
# rejected offer, another takeover in the same market
art(
    "a1-named",
    "Fenwick Chronicle",
    "2027-05-03",
    "Harbourline to buy Skylark",
    "Air travel in the northern provinces has recovered to its level before the pandemic.",
    "Harbourline Airways has agreed to buy the regional carrier Skylark Air for 1.2 billion dollars, chief executive Paula Brenner said on Monday.",
    "Brenner said the combined airline would fly to 64 destinations.",
    "Harbourline's shares rose 4 percent in early trading.",
)
art(
    "a1-relay",
    "Ashgrove Standard",
    "2027-05-04",
    "Skylark owners cash in",
    "Skylark Air was founded in 2009 with two turboprop planes.",
    "The Financial Ledger, citing people close to the deal, said Skylark's owners would sell the airline to Harbourline for 1,200 million dollars.",
    "Pilots' unions have asked for guarantees that no jobs will be lost.",
)
art(
    "a1-according",
    "Saltmarsh Courier",
    "2027-05-06",
    "What the airline deal means for passengers",
    "Fares on domestic routes have risen by a fifth since 2025.",
    "According to Brenner, the acquisition of Skylark will cost Harbourline 1.2 billion dollars, paid partly in shares.",
    "Consumer groups fear that prices will rise on routes where the two airlines now compete.",
    "Harbourline Airways also agreed last year to buy 12 new jets from an American manufacturer for 1.2 billion dollars.",
)
art(
    "a1-vague",
    "Kingsbridge Echo",
    "2027-05-08",
    "Consolidation in the skies",
    "Smaller airlines are struggling with the cost of fuel and new aircraft.",
    "Harbourline is reportedly paying 1.2 billion dollars for the smaller carrier Skylark.",
    "In March, Coastal Jet bought Pelican Airlines for 700 million dollars.",
    "Analysts expect more mergers before the end of the year.",
)
art(
    "a1-bare",
    "Ironvale Times",
    "2027-05-15",
    "Regulator opens airline review",
    "The national competition office said on Friday it would review six airline routes.",
    "The takeover of Skylark Air by Harbourline, valued at 1.2 billion dollars, still needs the office's approval.",
    "A decision is expected in September.",
    "Skylark Air turned down a 900 million dollar offer from Harbourline in 2026.",
)
art(
    "a1-deny",
    "Ashgrove Standard",
    "2027-05-20",
    "Skylark founder says nothing is signed",
    "Skylark's founder Omar Velez spoke to reporters at the airline's base in Dunmore.",
    "Velez denied that Skylark had been sold to Harbourline, saying talks were still going on.",
    "He said the airline would keep its name whatever happened.",
)

# A2: a four-day-week trial: named (found that ... cut sick leave by half), "X, citing Y,
# said" (sick days fell 50 percent), reports say (halved absence), according to (took half
# as many sick days), bare nominal (the 50 percent drop in), contradicted by a review;
# the same study's other figure, another trial with another figure, "half" of the same
# 3,000 employees saying something else
art(
    "a2-named",
    "Kingsbridge Echo",
    "2027-05-05",
    "Four-day week cuts sick leave",
    "Westmoor council moved 3,000 of its employees to a four-day week in January 2026.",
    "Researchers at the University of Westmoor found that the four-day week cut sick leave by half among the council's employees, lead author Hana Okafor said on Wednesday.",
    "The same study found that the council's productivity rose by 8 percent.",
    "Okafor said the results should be tested in private companies.",
)
art(
    "a2-relay",
    "Saltmarsh Courier",
    "2027-05-06",
    "Shorter week, fewer sick days",
    "Trade unions have campaigned for a shorter working week for a decade.",
    "The Westmoor Gazette, citing the university's report, said sick days fell 50 percent after council staff moved to four days a week.",
    "Half of the 3,000 staff said in a survey that they had taken up a new hobby.",
)
art(
    "a2-vague",
    "Fenwick Chronicle",
    "2027-05-10",
    "Is the five-day week finished?",
    "Employers' groups remain sceptical about working less.",
    "Reports say a four-day week halved absence among municipal workers in Westmoor.",
    "In a separate trial in Danmoor, a four-day week cut sick leave by 20 percent.",
    "The government has said it has no plans to change the law.",
)
art(
    "a2-according",
    "Ironvale Times",
    "2027-05-12",
    "Councils look at Westmoor model",
    "At least nine councils have asked Westmoor for details of its trial.",
    "According to Okafor's team, council workers on four-day weeks took half as many sick days as before.",
    "The councils say they cannot afford to hire extra staff to cover the fifth day.",
)
art(
    "a2-bare",
    "Ashgrove Standard",
    "2027-05-22",
    "Four-day week spreads to Ravensholt",
    "Ravensholt council voted on Thursday to try a four-day week for its 1,100 employees from October.",
    "The 50 percent drop in sick leave seen in the Westmoor trial persuaded councillors to try the idea.",
    "The trial will run for eighteen months.",
)
art(
    "a2-contra",
    "Kingsbridge Echo",
    "2027-05-26",
    "Doubts over four-day week study",
    "The Institute for Labour Studies published its review of the Westmoor trial on Tuesday.",
    "The review found that the trial did not show that the four-day week reduced sick leave, because the employees who took part were younger than the council's average.",
    "The university said it stood by its findings.",
)

# A3: a congestion charge: named (approved a daily charge of 12 euros), "X, quoting Y,
# said" (drivers would have to pay 12 euros a day), according to (will be charged twelve
# euros a day), reportedly (introduced a 12-euro toll), bare nominal (the new 12-euro
# congestion charge); a rejected parking charge of the same amount, another charge for
# vans, a budget with the same number
art(
    "a3-named",
    "Ironvale Times",
    "2027-05-04",
    "Port Alder votes for congestion charge",
    "Traffic in Port Alder's old town has doubled in ten years.",
    "Port Alder's city council approved a daily charge of 12 euros for cars entering the old town from March, mayor Ilse Brandt said on Tuesday.",
    "Brandt said the money would pay for cheaper buses.",
    "The council rejected a proposal to charge 12 euros a day for parking at the harbour.",
)
art(
    "a3-relay",
    "Fenwick Chronicle",
    "2027-05-05",
    "Drivers face old town fee",
    "Shopkeepers in Port Alder fear that fewer visitors will come.",
    "The Alder Tribune, quoting council officials, said drivers would have to pay 12 euros a day to enter the historic centre from next March.",
    "Delivery vans will pay 20 euros a day under the same scheme.",
)
art(
    "a3-according",
    "Saltmarsh Courier",
    "2027-05-07",
    "Port Alder's traffic plan explained",
    "The plan has been discussed since a study of air pollution in 2025.",
    "According to the mayor, motorists will be charged twelve euros a day to drive into the old town.",
    "Residents of the old town will be exempt.",
    "The council has also approved a 12 million euro budget for new bus lanes.",
)
art(
    "a3-vague",
    "Kingsbridge Echo",
    "2027-05-12",
    "Cities try to tame the car",
    "Several European cities are looking for ways to cut traffic in their centres.",
    "Port Alder has reportedly introduced a 12-euro toll on cars in its old town.",
    "Trams have returned to the streets of Velsburg after fifty years.",
)
art(
    "a3-bare",
    "Ashgrove Standard",
    "2027-05-19",
    "Old town shops protest",
    "About 200 shopkeepers marched through Port Alder on Saturday.",
    "Port Alder's new 12-euro congestion charge has angered traders in the old town, who say it will drive customers to out-of-town malls.",
    "The march ended peacefully outside the town hall.",
)

art(
    "a3-indep",
    "Ironvale Times",
    "2027-05-24",
    "Velsburg follows with its own fee",
    "Velsburg's trams now carry 90,000 passengers a day.",
    "Velsburg's city council approved a daily charge of 8 euros for cars entering the city centre, deputy mayor Karl Ostrem said on Monday.",
    "The charge will start in January.",
)

# A4: a doping ban: named (suspended ... for four years), "X, citing Y, said" (had been
# banned from competition for four years), according to (the 200 metres champion has been
# handed a four-year ban), reportedly (was given a four-year suspension), bare nominal
# (her four-year ban means), denied by her lawyer; another athlete banned for the same
# term by the same board, the board lifting a suspension on her coach
art(
    "a4-named",
    "Saltmarsh Courier",
    "2027-05-09",
    "Adeyemi banned for four years",
    "The world indoor season ended in March with three new records.",
    "The Athletics Integrity Board suspended sprinter Kemi Adeyemi for four years after she tested positive for a banned steroid, the board's chairman Lars Hoffmann said on Sunday.",
    "The board also suspended the hurdler Mira Santos for four years for missing three drug tests.",
    "Hoffmann said the board would publish its full decision next week.",
)
art(
    "a4-relay",
    "Ironvale Times",
    "2027-05-10",
    "Sprint star out of next season",
    "Adeyemi won the 200 metres at last year's world championships.",
    "The broadcaster SportNet, citing a letter from the board, said Adeyemi had been banned from competition for four years.",
    "Her sponsors have not commented.",
)
art(
    "a4-according",
    "Fenwick Chronicle",
    "2027-05-11",
    "Athletics in turmoil",
    "Athletics officials met in Lausanne on Monday to discuss the sport's doping problem.",
    "According to the integrity body, the 200 metres champion has been handed a four-year ban for doping.",
    "The board lifted a provisional suspension on Adeyemi's coach, Viktor Rask, on the same day.",
)
art(
    "a4-vague",
    "Ashgrove Standard",
    "2027-05-14",
    "National team names relay squad",
    "The national team named its relay squad for the summer on Friday.",
    "Adeyemi, who was reportedly given a four-year suspension for doping, was not included.",
    "The squad includes two teenagers.",
)
art(
    "a4-deny",
    "Kingsbridge Echo",
    "2027-05-16",
    "Adeyemi to fight ban",
    "Adeyemi's lawyer spoke outside a court in Geneva on Saturday.",
    "The lawyer, Sophie Marchetti, denied that the sprinter had ever taken a banned substance and said she would appeal to the sport's court.",
    "Marchetti said the sample had been stored wrongly.",
)
art(
    "a4-bare",
    "Saltmarsh Courier",
    "2027-05-28",
    "Who will win the Olympic sprint?",
    "The Olympic 200 metres final is expected to be one of the fastest in history.",
    "Kemi Adeyemi's four-year ban means she will miss the Games.",
    "Jamaica's Dionne Clarke is the favourite.",
)

# A5: sewage discharges: named (discharged untreated sewage into Lake Merrow on 214
# days), "X, citing Y, said" (the utility had pumped raw sewage into the lake on 214
# days), reportedly (sewage was released ... on 214 days, passive, doer dropped), bare
# relative clause (Corvan, which released sewage ... on 214 days), a rejection without
# "deny"; another company on the same lake, an old fine for the same company, another
# number for the same company and lake
art(
    "a5-named",
    "Ashgrove Standard",
    "2027-05-12",
    "Water company polluted lake for most of the year",
    "Lake Merrow supplies drinking water to 400,000 people.",
    "Corvan Water discharged untreated sewage into Lake Merrow on 214 days last year, the Rivers Agency said in a report on Wednesday.",
    "Halden Water discharged sewage into Lake Merrow on 61 days last year, the agency said.",
    "The agency said it would decide next month whether to prosecute.",
)
art(
    "a5-relay",
    "Kingsbridge Echo",
    "2027-05-13",
    "Campaigners demand action on Lake Merrow",
    "Swimmers have been told to stay out of parts of the lake since April.",
    "The campaign group Clean Merrow, citing the agency's figures, said the utility Corvan had pumped raw sewage into the lake on 214 days in 2026.",
    "Corvan Water was fined 3 million pounds in 2024 for sewage spills into the River Tamsin.",
)
art(
    "a5-vague",
    "Ironvale Times",
    "2027-05-18",
    "Anglers count the cost",
    "The angling club at Merrow Bay has lost half of its members in two years.",
    "Sewage was reportedly released into Lake Merrow by Corvan Water on 214 days last year.",
    "The club's chairman said fish stocks had fallen sharply.",
)
art(
    "a5-deny",
    "Fenwick Chronicle",
    "2027-05-20",
    "Corvan hits back",
    "Corvan Water's chief executive Rupert Hale gave his first interview since the report.",
    "Corvan rejected the agency's figures, saying that most of the discharges into Lake Merrow were treated storm water and not sewage.",
    "Hale said the company would spend 80 million pounds on new treatment works.",
)
art(
    "a5-bare",
    "Saltmarsh Courier",
    "2027-05-29",
    "Water bills to rise",
    "The regulator approved higher charges for four of the region's water companies on Thursday.",
    "Corvan, which released sewage into Lake Merrow on 214 days last year, will raise its bills by 9 percent from July.",
    "Corvan said in January that it had discharged sewage into Lake Merrow on 190 days in 2025.",
)

# A6: a wire story with two edited copies (dateline changed, a sentence dropped, a
# sentence added, new headlines), and one of its facts restated by an independent report
WIRE = [
    "TROMSVIK, May 21 (Polar Star Wire) - A passenger ferry carrying 312 people ran aground on rocks near the island of Skarnes on Friday, the coastguard said.",
    "All passengers were taken off the ship by lifeboats and nobody was seriously hurt, coastguard spokesman Erik Dahl said.",
    "The ferry, the Nordlys, was on its way from Tromsvik to the islands of the outer coast.",
    "Divers will inspect the damage to the hull on Saturday.",
    "The ferry company said it was working with the investigators.",
]
art("a6-orig", "Polar Star Wire", "2027-05-21", "Ferry runs aground off Skarnes", *WIRE)
art(
    "a6-copy1",
    "Fenwick Chronicle",
    "2027-05-21",
    "Ferry with 312 on board hits rocks",
    WIRE[0].replace("TROMSVIK, May 21 (Polar Star Wire)", "TROMSVIK (PSW)"),
    *WIRE[1:4],
)
art(
    "a6-copy2",
    "Ironvale Times",
    "2027-05-22",
    "Nordlys passengers rescued",
    *WIRE,
    "It was the second ferry accident on the outer coast this year.",
)
art(
    "a6-indep",
    "Saltmarsh Courier",
    "2027-05-25",
    "Ferry safety questioned",
    "Island residents say the ferry routes of the outer coast need more modern ships.",
    "On Friday the Nordlys, with 312 people on board, struck rocks off Skarnes, and lifeboats had to bring everyone ashore.",
    "The ministry of transport has promised a review.",
)

write(__file__)
