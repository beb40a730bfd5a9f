"""Writes articles.jsonl: the fourteenth paraphrase held-out corpus, written blind by
blind8 in session 8 (without reading the claims code or the rule files) and scored
once before any change: a fleet grounded (aviation safety), affordable homes approved
(housing), war-risk premiums raised (shipping insurance), a candidate disqualified (an
election abroad) and a wheat blight (agriculture), each through four to six invented
outlets over two to four weeks (named, "X, citing Y, said", "according to X",
"reportedly" or "is said to", bare in a later article's background paragraph; four
denied or contradicted later), the claim sentence mostly not first; rewordings with
other verbs and from the other side (ordered to ground / told to keep on the ground /
taken out of service, approved a plan to build / will be built / will put up, raised
to / quadrupled / now costs, disqualified / barred from running / struck off the
ballot / will not be allowed to stand, destroyed / wiped out / ruined / cost it),
nominal forms ("the grounding of", "the plan for", "the rise in", "her
disqualification", "the loss of"), numbers written differently (12 / twelve, 4,500 /
four and a half thousand, 30 percent / nearly a third / 30%), people by surname alone
and by role ("the opposition leader" for Dobre); hard negatives that
share actors and numbers (another airline grounding the same count, the airline
ordering 12 new jets of the type, another town's 4,500 homes, another port's premium,
premiums cut to the old rate, another candidate barred from another election, another
crop and valley, a crop that rose by the same share); same-topic independent reports;
a wire story with two edited copies (a dateline and a sign-off changed, a sentence
dropped, a sentence added) and one of its facts restated by an independent report.
Every outlet, person, company, place and event is invented.

Blind score (bench/claims.py --corpus, session 8, before any change):
claims P 1.00 R 0.19 F1 0.31 (3 predicted claims: the homes claim with 4 of its 5
members, 2 of the premium claim's, 2 of the blight's; the grounding, the candidate and
the wire fact found nothing); copies 1.00 / 1.00 / 1.00; denials 0 of 4 found
(P 1.00 R 0.00); attribution 0.24 (right where the member was found)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a fleet grounded
art(
    "c1-named",
    "Kingsbridge Observer",
    "2028-03-01",
    "Corvid Talon jets grounded after wing cracks",
    "Inspectors found cracks in the wings of two aircraft during routine checks last week.",
    "The Aviation Safety Board has ordered Corvid Airways to ground its 12 Talon 220 aircraft, board chairwoman Ingrid Vass said on Wednesday.",
    "Vass said no passengers had been in danger.",
    "In January the board ordered Pellam Air to ground its 12 Talon 220 aircraft for engine checks.",
    "Corvid Airways ordered 12 new Talon 220 aircraft from the manufacturer in 2026.",
)
art(
    "c1-relay",
    "Northmoor Post",
    "2028-03-02",
    "Corvid cancels flights as checks begin",
    "Passengers queued for hours at Kingsbridge airport on Thursday.",
    "Aero Weekly, citing an internal memo, said Corvid had been told to keep all twelve of its Talon 220s on the ground.",
    "The airline said it would rebook passengers on partner flights.",
)
art(
    "c1-vague",
    "Saltcombe Chronicle",
    "2028-03-04",
    "Holiday flights in doubt",
    "Tour operators in Saltcombe are calling customers booked on spring holidays.",
    "Corvid Airways is said to have taken its entire Talon 220 fleet of 12 jets out of service on the orders of safety regulators.",
    "The safety board allowed Corvid's older Talon 180 jets to keep flying.",
)
art(
    "c1-deny",
    "Wexley Times",
    "2028-03-05",
    "Corvid says jets are safe",
    "Corvid Airways' chief executive, Hugo Marren, spoke to investors on Saturday.",
    "Marren denied that the Talon 220 jets had been grounded by the board, saying the airline had withdrawn them itself for extra checks.",
    "He said the checks would be finished within a month.",
)
art(
    "c1-bare",
    "Harlan Dispatch",
    "2028-03-20",
    "Corvid warns on profits",
    "Corvid Airways cut its profit forecast for the year on Monday.",
    "The grounding of Corvid's 12 Talon 220 jets by the safety board has forced it to cancel about 90 flights a day.",
    "Shares in the airline fell 8 percent.",
)
# same topic, independent: the maker's side, no claim shared
art(
    "c1-indep",
    "Northmoor Post",
    "2028-03-09",
    "Talon maker sends engineers",
    "Talon Aerospace has sent a team of 30 engineers to Kingsbridge to help with the wing inspections.",
    "The company said cracks of this kind had never been seen on the type before.",
    "Its shares have lost a fifth of their value since the start of the year.",
)

# C2: affordable homes approved
art(
    "c2-named",
    "Saltcombe Chronicle",
    "2028-03-03",
    "Brackwater backs big housing plan",
    "Rents in Brackwater have risen by a quarter in three years.",
    "Brackwater city council approved a plan on Friday to build 4,500 affordable homes by 2030, the council's housing chief Omar Leclerc said.",
    "The council rejected a plan by a private developer to build 600 luxury flats on the river front.",
    "Neighbouring Elmsford approved 4,500 affordable homes by 2035 last year.",
)
art(
    "c2-relay",
    "Kingsbridge Observer",
    "2028-03-04",
    "Low-cost homes for Brackwater",
    "Builders in the region say they are short of bricklayers.",
    "The Brackwater Standard, citing council papers, said 4,500 low-cost homes would be built in the city before the end of 2030.",
    "Most of the homes will be on former railway land, the paper said.",
)
art(
    "c2-vague",
    "Harlan Dispatch",
    "2028-03-08",
    "Cities race to build homes",
    "Several cities have launched housing programmes this spring.",
    "Brackwater is reportedly planning four and a half thousand affordable homes by the end of the decade.",
    "In Harlan, the council approved 1,200 affordable homes in 2024, but fewer than 300 have been built.",
)
art(
    "c2-according",
    "Wexley Times",
    "2028-03-15",
    "Who will build Brackwater's homes?",
    "Three building firms have asked to see the plans.",
    "According to Leclerc, the council will put up 4,500 affordable flats and houses before 2030.",
    "He said the first 200 would be ready next year.",
)
art(
    "c2-bare",
    "Northmoor Post",
    "2028-03-27",
    "Land prices climb in Brackwater",
    "Estate agents report strong interest from investors.",
    "Brackwater's plan for 4,500 affordable homes by 2030 has pushed up the price of building land around the city.",
    "Farmers on the edge of the city have been offered twice what their fields were worth a year ago.",
)

# same topic, independent: tenants' side, no claim shared
art(
    "c2-indep",
    "Harlan Dispatch",
    "2028-03-18",
    "Brackwater tenants organise",
    "A new tenants' union in Brackwater says it has signed up 3,000 members in a month.",
    "Its founder, the nurse Dalia Okoro, said many families spent half their income on rent.",
    "The union wants a cap on rent rises.",
)

# C3: war-risk premiums raised
art(
    "c3-named",
    "Harlan Dispatch",
    "2028-03-06",
    "Qalat insurance costs soar",
    "Two tankers were hit by drones off the coast last month.",
    "Insurers have raised war-risk premiums for ships calling at the port of Qalat to 1 percent of a vessel's value, up from 0.25 percent, the London broker Hartwell Marine said on Monday.",
    "Premiums for ships calling at Port Sabir rose to 0.5 percent, Hartwell Marine said.",
    "Hartwell Marine raised its own fees by 1 percent in January.",
)
art(
    "c3-relay",
    "Wexley Times",
    "2028-03-07",
    "Shipping lines weigh Qalat costs",
    "Shipping lines are meeting this week to discuss routes.",
    "The Maritime Ledger, citing brokers, said the cost of war-risk cover for vessels visiting Qalat had quadrupled to 1% of hull value.",
    "A broker said some owners would stop sending ships there.",
)
art(
    "c3-vague",
    "Kingsbridge Observer",
    "2028-03-10",
    "Fuel importers fear higher prices",
    "Qalat handles most of the region's fuel imports.",
    "War-risk insurance for ships bound for Qalat reportedly now costs 1 percent of their value.",
    "In May last year, insurers cut premiums for Qalat to 0.25 percent.",
)
art(
    "c3-deny",
    "Saltcombe Chronicle",
    "2028-03-12",
    "Port says it is safe",
    "The Qalat port authority invited journalists to tour the harbour on Thursday.",
    "The port authority denied that insurers had raised premiums for ships calling at Qalat, calling the reports speculation.",
    "It said traffic had not fallen.",
)
art(
    "c3-bare",
    "Northmoor Post",
    "2028-03-24",
    "Two lines drop Qalat calls",
    "Two container lines said on Friday they would stop calling at Qalat.",
    "The rise in war-risk premiums for Qalat to 1 percent of a ship's value has added about 400,000 dollars to the cost of a single tanker visit.",
    "The lines will use Port Sabir instead.",
)

# C4: a candidate disqualified (an election abroad)
art(
    "c4-named",
    "Wexley Times",
    "2028-03-09",
    "Tarsova opposition leader barred",
    "Tarsova will elect a president on April 16.",
    "Tarsova's electoral commission disqualified opposition candidate Mirela Dobre from the presidential election on Friday, commission spokesman Radu Ilie said.",
    "Ilie said Dobre had not lived in the country for the ten years the law requires.",
    "The commission approved the candidacy of Prime Minister Stefan Orza.",
    "Last week the commission disqualified another opposition candidate, Ion Vlad, from the parliamentary election.",
)
art(
    "c4-relay",
    "Harlan Dispatch",
    "2028-03-10",
    "Protests after Tarsova ruling",
    "Several thousand people marched in Velgrad on Saturday.",
    "The Tarsova Daily, citing the commission, said Dobre had been barred from running for president.",
    "Police said the march was peaceful.",
)
art(
    "c4-vague",
    "Kingsbridge Observer",
    "2028-03-12",
    "Europe watches Tarsova vote",
    "Diplomats in Velgrad are worried about the fairness of the election.",
    "Dobre has reportedly been struck off the ballot for next month's presidential vote.",
    "Dobre said she would challenge the decision in the supreme court.",
)
art(
    "c4-according",
    "Northmoor Post",
    "2028-03-14",
    "Orza faces no serious rival",
    "Stefan Orza has led Tarsova's government for eight years.",
    "According to the commission, the opposition leader will not be allowed to stand in the presidential election.",
    "Orza's party said the law had to be obeyed.",
)
art(
    "c4-deny",
    "Saltcombe Chronicle",
    "2028-03-16",
    "Commission softens tone",
    "The electoral commission's chairman, Petru Sava, gave a rare interview on Monday.",
    "Sava denied that the commission had barred Dobre, saying her registration was only under review.",
    "He said a final decision would come within a week.",
)
art(
    "c4-bare",
    "Wexley Times",
    "2028-03-30",
    "Supreme court to hear Dobre appeal",
    "The supreme court will hear the case on Tuesday.",
    "Dobre's disqualification from the presidential race has drawn criticism from election observers.",
    "Her lawyers say the residence rule was applied to no other candidate.",
)

# C5: a wheat blight
art(
    "c5-named",
    "Northmoor Post",
    "2028-03-13",
    "Fungus hits Kessel wheat",
    "Farmers in the Kessel valley had a wet winter.",
    "A fungal disease has destroyed about 30 percent of the wheat crop in the Kessel valley, the regional farmers' union said on Tuesday.",
    "A fungal disease destroyed about 30 percent of the barley crop in the Arlen valley last year, the union added.",
    "Maize yields in the Kessel valley rose by 30 percent last year.",
)
art(
    "c5-relay",
    "Saltcombe Chronicle",
    "2028-03-14",
    "Bakers brace for dearer flour",
    "Flour prices have already risen twice this year.",
    "Farm Radio, citing the union, said nearly a third of the valley's wheat had been wiped out by the fungus.",
    "Millers said they would import more wheat.",
)
art(
    "c5-vague",
    "Harlan Dispatch",
    "2028-03-17",
    "A hard spring for farmers",
    "Cold weather has delayed planting across the north.",
    "Wheat rust has reportedly ruined 30% of the harvest in Kessel.",
    "The union said 10 percent of the valley's potatoes had been lost to floods.",
)
art(
    "c5-according",
    "Kingsbridge Observer",
    "2028-03-21",
    "Farmers ask for help",
    "Farmers from the Kessel valley drove tractors to the regional capital on Monday.",
    "According to union chairman Piet Akkerman, the fungus has cost the Kessel valley 30 percent of its wheat.",
    "Akkerman asked the government for emergency payments.",
)
art(
    "c5-deny",
    "Wexley Times",
    "2028-03-23",
    "Ministry plays down crop losses",
    "The agriculture ministry published its own survey on Thursday.",
    "The ministry denied that a third of the Kessel wheat had been lost, putting the damage at under 10 percent.",
    "It said the union had counted fields that would recover.",
)
art(
    "c5-bare",
    "Northmoor Post",
    "2028-04-04",
    "Bread prices rise",
    "The price of a loaf rose by 6 percent in March.",
    "The loss of 30 percent of the Kessel wheat crop to fungus was one reason for the rise.",
    "Energy costs were another.",
)

# C6: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "SODRA, March 18 (Lantern Newswire) - A fire at the Lindqvist chemical plant in Sodra forced the evacuation of 2,000 residents on Saturday, the regional fire service said.",
    "Firefighters brought the blaze under control after six hours.",
    "Residents were told to keep windows closed because of the smoke.",
    "Three workers were treated in hospital for breathing problems.",
    "The cause of the fire is not yet known.",
    "(Reporting by Elin Stav; editing by Mark Quill)",
]
art("c6-orig", "Lantern Newswire", "2028-03-18", "Chemical plant fire forces evacuation", *WIRE)
art(
    "c6-copy1",
    "Harlan Dispatch",
    "2028-03-18",
    "Thousands leave homes as plant burns",
    WIRE[0].replace("SODRA, March 18 (Lantern Newswire)", "SODRA (Lantern)"),
    WIRE[1],
    *WIRE[3:5],
    "(Lantern Newswire)",
)
art(
    "c6-copy2",
    "Kingsbridge Observer",
    "2028-03-19",
    "Sodra evacuated after chemical fire",
    *WIRE[:5],
    "The plant makes paints and solvents and employs 350 people.",
)
art(
    "c6-indep",
    "Saltcombe Chronicle",
    "2028-03-25",
    "Sodra residents demand answers",
    "Residents of Sodra packed a public meeting on Wednesday.",
    "Last Saturday's fire at the Lindqvist plant made 2,000 people leave their homes in Sodra for a night.",
    "The plant's owners said they would pay for an independent inquiry.",
)

write(__file__)
