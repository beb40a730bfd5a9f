"""Writes articles.jsonl: the paraphrase held-out corpus, written before the
paraphrase layer was tuned and never used to tune it (the dev twin is
../paraphrase_dev). Free paraphrase, synonyms of the verb and nouns, passive/active,
clause order, numbers as words or digits, actor name variants through the alias table,
and hard negatives that share actors and numbers but assert something else. Every
outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# P1: "given the green light" / "authorised" / "cleared", Washington / the United
# States / the U.S., relayed by state media, then denied; another doer stays apart
art(
    "p1-a", "Lakeside Courier", "2026-07-01", "Green light for strikes",
    "Washington has given Kyiv the green light to strike targets inside Russia with long-range missiles, a senior official said.",
    "The official did not say which missiles were meant.",
    "Air raid sirens sounded across eastern regions overnight.",
)
art(
    "p1-b", "Metro Daily", "2026-07-02", "Strikes on Russian soil",
    "The United States has authorised Ukraine to use long-range missiles against targets on Russian territory.",
    "Analysts said the decision could change the course of the war.",
    "European capitals were briefed in advance.",
)
art(
    "p1-c", "Eastern Signal", "2026-07-03", "TASS: missiles cleared",
    "Ukraine has been cleared by the U.S. to fire long-range missiles at targets in Russia, TASS reported, citing a source in the Pentagon.",
    "The agency gave no further details.",
    "Grain exports through Odesa continued despite the attacks.",
)
art(
    "p1-other", "Coastal Wire", "2026-07-04", "Berlin decides",
    "Germany has authorised Ukraine to use long-range missiles against targets on Russian territory.",
    "The chancellor had resisted the move for months.",
    "Opposition leaders demanded a vote in the Bundestag.",
)
art(
    "p1-deny", "Lakeside Courier", "2026-07-07", "Pentagon denial",
    "The Pentagon denied that the United States had allowed Ukraine to use long-range missiles against Russia.",
    "A spokesman said the policy had not changed.",
    "Several lawmakers asked for a classified briefing.",
)

# P2: "5,000" / "Five thousand", host / station, passive; another number stays apart
art(
    "p2-a", "Metro Daily", "2026-07-02", "More troops for Romania",
    "Romania will host 5,000 additional NATO troops at the Mihail Kogalniceanu base.",
    "The base is being expanded into one of the largest in Europe.",
    "Construction will take several years.",
)
art(
    "p2-b", "Coastal Wire", "2026-07-03", "Reinforcements on the Black Sea",
    "Five thousand more NATO soldiers are to be stationed in Romania at the Mihail Kogalniceanu air base.",
    "Bucharest has long asked for a larger allied presence.",
    "Local residents complained about noise from the runway.",
)
art(
    "p2-fewer", "Eastern Signal", "2026-07-05", "A modest increase",
    "Romania will host 3,000 additional NATO troops at the Mihail Kogalniceanu base.",
    "The defence minister called the number a first step.",
    "Moldova's president welcomed the decision.",
)

# P3: "1.5 million" / "1,500,000", the WFP / the World Food Programme, clause order
art(
    "p3-a", "Lakeside Courier", "2026-07-06", "Food aid for Sudan",
    "The World Food Programme will deliver 1.5 million tonnes of grain to Sudan this year.",
    "Aid workers warned that roads in Darfur were still unsafe.",
    "Fuel shortages have slowed convoys.",
)
art(
    "p3-b", "Metro Daily", "2026-07-08", "Grain convoys",
    "This year Sudan is to receive 1,500,000 tonnes of grain from the WFP.",
    "Most of it will be shipped through Port Sudan.",
    "Donors have pledged less than half of the money needed.",
)
art(
    "p3-fewer", "Coastal Wire", "2026-07-09", "Cuts to aid",
    "The World Food Programme will deliver 500,000 tonnes of grain to Sudan this year.",
    "The agency said funding cuts forced it to scale back.",
    "Prices for bread in Khartoum have tripled.",
)

# P4: active / passive, "blocked" / "obstructed", ships / vessels; roles reversed
art(
    "p4-a", "Eastern Signal", "2026-07-08", "Shoal stand-off",
    "Chinese coast guard ships blocked a Philippine supply mission to Second Thomas Shoal on Monday.",
    "Video released by Manila showed water cannon being fired.",
    "No injuries were reported.",
)
art(
    "p4-b", "Lakeside Courier", "2026-07-09", "Resupply obstructed",
    "A Philippine supply mission to Second Thomas Shoal was obstructed by vessels of China's coast guard.",
    "The mission had been carrying food and water for marines stationed on the reef.",
    "Japan expressed concern.",
)
art(
    "p4-reversed", "Metro Daily", "2026-07-10", "Manila pushes back",
    "Philippine coast guard ships blocked a Chinese supply mission to Second Thomas Shoal on Wednesday.",
    "Beijing called the move illegal.",
    "Fishermen from Palawan said they had stayed in port.",
)

# P5: heavy paraphrase with a duration; another duration stays apart
art(
    "p5-a", "Coastal Wire", "2026-07-10", "Arms exports halted",
    "Serbia has halted all weapons exports for two months, Defence Minister Milan Jovic said.",
    "Jovic said the army needed the ammunition itself.",
    "Factories in central Serbia will keep producing.",
)
art(
    "p5-b", "Eastern Signal", "2026-07-11", "A freeze on arms sales",
    "Belgrade has suspended the sale of arms abroad for a period of two months.",
    "Buyers in the Middle East were told to expect delays.",
    "The move surprised the industry.",
)
art(
    "p5-longer", "Metro Daily", "2026-07-12", "Six months without exports",
    "Serbia has halted all weapons exports for six months, a government decree said.",
    "The decree can be extended by the cabinet.",
    "Unions fear job losses at arms plants.",
)

# P6: clause reordering and a capital for its country; the opposite ("reopen") apart
art(
    "p6-a", "Lakeside Courier", "2026-07-12", "Embassy to close",
    "Norway will close its embassy in Kabul next month because of security concerns.",
    "Staff will move to Islamabad.",
    "The decision was taken after a review by the foreign ministry.",
)
art(
    "p6-b", "Coastal Wire", "2026-07-13", "Oslo pulls diplomats",
    "Citing security concerns, Oslo is shutting its Kabul embassy next month.",
    "Other Nordic countries are expected to follow.",
    "Aid programmes will continue through partner organisations.",
)
art(
    "p6-reopen", "Eastern Signal", "2026-07-15", "A return to Kabul",
    "Norway will reopen its embassy in Kabul next month after security improved.",
    "A small team has already visited the compound.",
    "Human rights groups criticised the move.",
)

# P7: a negated repetition is a denial, not a member
art(
    "p7-a", "Metro Daily", "2026-07-14", "Gas deal signed",
    "Azerbaijan has signed a deal to supply gas to Slovakia from next year.",
    "The gas will flow through Turkey and Bulgaria.",
    "Bratislava hopes to end its reliance on a single supplier.",
)
art(
    "p7-b", "Lakeside Courier", "2026-07-15", "Baku and Bratislava",
    "Baku agreed a contract with Bratislava to provide natural gas starting next year.",
    "Prices were not disclosed.",
    "The contract runs for ten years.",
)
art(
    "p7-not", "Coastal Wire", "2026-07-18", "No gas deal yet",
    "Azerbaijan has not signed a deal to supply gas to Slovakia, the energy ministry in Baku said.",
    "Talks will continue in September.",
    "Slovak officials declined to give a timetable.",
)

# P8: a copy with another dateline line and an added sentence; a same-topic report
W = [
    "OSLO, July 16 (Coastal Wire) - Denmark will introduce a tax on livestock emissions from 2030, the government said on Thursday.",
    "Farmers will pay 300 kroner per tonne of carbon dioxide equivalent at first.",
    "The rate will rise to 750 kroner by 2035.",
    "Farm groups said the tax would push some producers out of business.",
]
art("p8-orig", "Coastal Wire", "2026-07-16", "Danish livestock tax", *W)
art(
    "p8-copy", "Metro Daily", "2026-07-17", "Denmark to tax farm emissions",
    W[0].replace("OSLO, July 16 (Coastal Wire)", "COPENHAGEN (Metro Daily)"),
    *W[1:], "Environmental groups said the tax came too late.",
)
art(
    "p8-indep", "Lakeside Courier", "2026-07-17", "Farmers protest",
    "Danish farmers drove tractors into central Copenhagen to protest against new climate rules.",
    "Police said about 400 tractors took part.",
    "The protest ended peacefully in the evening.",
)

write(__file__)
