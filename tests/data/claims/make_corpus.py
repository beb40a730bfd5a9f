"""Writes articles.jsonl: the invented claims-and-copies test corpus (run once; the
JSONL is the fixture, this script documents how it was written). Every outlet, person
and event is invented."""

from corpus import art, write

# C1: a relay chain with decaying attribution, then a denial
art(
    "c1-named",
    "Rivertown Post",
    "2026-03-02",
    "Norway to send armoured vehicles",
    "Norway will deliver 40 armoured vehicles to Ukraine by the end of March, Defence Minister Ola Brekke said on Monday.",
    "Brekke spoke after a meeting with his Swedish counterpart in Bergen.",
    "The vehicles come from army reserve stocks and need new radios before they leave.",
    "Opposition lawmakers asked whether the reserve would be refilled before winter.",
)
art(
    "c1-relayed",
    "Coastal Wire",
    "2026-03-03",
    "Oslo pledges vehicles for Kyiv",
    "Norway will deliver 40 armoured vehicles to Ukraine by the end of March, Reuters reported, citing Defence Minister Ola Brekke.",
    "The pledge follows a request from Kyiv for protected transport near the front.",
    "A spokesman for the Ukrainian embassy in Oslo thanked the Norwegian people for their support.",
)
art(
    "c1-vague",
    "Metro Daily",
    "2026-03-05",
    "More armour heads east",
    "Norway will reportedly deliver 40 armoured vehicles to Ukraine within weeks.",
    "Analysts expect other Nordic governments to announce similar packages before the summit in Riga.",
    "Prices for used armoured vehicles have doubled on the European market since last year.",
)
art(
    "c1-bare",
    "Eastern Signal",
    "2026-03-09",
    "Nordic help arrives",
    "Norway is sending 40 armoured vehicles to Ukraine this month.",
    "Volunteers in Lviv said the first convoy of donated ambulances reached the city on Sunday.",
    "The regional council plans to open two more field hospitals near Kharkiv.",
)
art(
    "c1-denial",
    "Lakeside Courier",
    "2026-03-12",
    "Oslo denies vehicle deal",
    "Norway denied that it would deliver armoured vehicles to Ukraine this spring.",
    "A government spokeswoman said talks with Kyiv about transport aid were continuing.",
    "Farmers in western Norway protested on Wednesday against higher diesel taxes.",
)

# C2: heavy rewording with the same actors and numbers
art(
    "c2-a",
    "Rivertown Post",
    "2026-03-04",
    "Strait closed to warships",
    "Turkey has barred three Russian warships from sailing through the Bosphorus, a foreign ministry spokesman said.",
    "The spokesman cited the Montreux Convention, which governs passage through the straits.",
    "Shipping agents in Istanbul reported no delays for merchant traffic.",
)
art(
    "c2-b",
    "Metro Daily",
    "2026-03-06",
    "Ankara shuts strait",
    "Three Russian naval vessels have been refused passage through the Bosphorus by Turkey.",
    "Commentators said the decision would test relations between the two governments.",
    "Tourist boats kept running along the shore as usual.",
)

# C3: light rewording; hard negatives with the same actors and numbers
art(
    "c3-a",
    "Coastal Wire",
    "2026-03-10",
    "Poland funds air defence",
    "Poland's parliament approved a 12 billion zloty air defence budget on Thursday.",
    "The money will pay for radars and short-range interceptors over five years.",
    "The vote was 310 to 120, with the far right voting against.",
)
art(
    "c3-b",
    "Lakeside Courier",
    "2026-03-11",
    "Sejm backs air defence spending",
    "On Thursday Polish lawmakers approved an air defence budget of 12 billion zloty.",
    "Defence officials hope the first new radars will be installed near Rzeszow next year.",
    "Critics in the Senate questioned the cost of maintaining the systems.",
)
art(
    "c3-not-reject",
    "Eastern Signal",
    "2026-03-11",
    "Housing plan fails",
    "Poland's parliament rejected a 12 billion zloty housing budget on Thursday.",
    "Tenant groups had campaigned for the plan for two years.",
    "The housing minister said she would present a smaller proposal in the autumn.",
)
art(
    "c3-not-number",
    "Metro Daily",
    "2026-03-12",
    "A smaller shield",
    "Poland's parliament approved a 9 billion zloty air defence budget for coastal cities.",
    "Gdansk and Szczecin will receive the first batteries.",
    "Local mayors welcomed the decision but asked for faster delivery.",
)

# C4: another actor doing it, and the roles reversed
art(
    "c4-a",
    "Rivertown Post",
    "2026-03-13",
    "Helsinki expels diplomats",
    "Finland has expelled four Russian diplomats accused of spying on military sites.",
    "The foreign ministry gave them 48 hours to leave the country.",
    "Moscow's embassy in Helsinki did not immediately respond to a request for comment.",
)
art(
    "c4-b",
    "Coastal Wire",
    "2026-03-14",
    "Spying row in the north",
    "Four Russian diplomats accused of spying on military sites were expelled by Finland on Friday.",
    "It is the largest expulsion from the country since 2022.",
    "Security police said the diplomats had photographed an air base in Lapland.",
)
art(
    "c4-not-estonia",
    "Eastern Signal",
    "2026-03-15",
    "Tallinn follows",
    "Estonia has expelled four Russian diplomats accused of spying on military sites.",
    "The Estonian prime minister said the country would not tolerate hostile intelligence work.",
    "Two of the diplomats had been based in Narva.",
)
art(
    "c4-not-reversed",
    "Lakeside Courier",
    "2026-03-17",
    "Moscow retaliates",
    "Russia has expelled four Finnish diplomats in retaliation for the spying row.",
    "The Finnish consulate in St Petersburg will close for a month.",
    "Helsinki called the move regrettable but expected.",
)

# C5: a claim, its relay, and a later negation of it
art(
    "c5-a",
    "Metro Daily",
    "2026-03-16",
    "Cable damage found",
    "Danish investigators found damage to the Baltic Connector cable near Bornholm.",
    "Divers spent three days inspecting the seabed in cold water.",
    "The cable's operator said electricity flows had been rerouted through Sweden.",
)
art(
    "c5-b",
    "Eastern Signal",
    "2026-03-17",
    "Russian media on the cable",
    "Investigators in Denmark have found damage to the Baltic Connector cable near Bornholm, TASS reported.",
    "The agency also quoted a retired admiral who blamed fishing trawlers.",
    "Ferry services to the island were running on a normal timetable.",
)
art(
    "c5-not",
    "Coastal Wire",
    "2026-03-19",
    "No damage, says Copenhagen",
    "Danish investigators said they had found no damage to the Baltic Connector cable near Bornholm.",
    "They said an earlier reading from a survey ship had been caused by a faulty sensor.",
    "The survey ship returned to port in Ronne on Thursday evening.",
)

# Copies: a wire story, a copy with a dropped sentence and another dateline, a copy with
# an added sentence and other boilerplate, and an independent report of the same event.
WIRE = [
    "RIGA, March 20 (Coastal Wire) - Latvia will build a 90-kilometre fence along its border with Belarus by the end of next year, Interior Minister Ilze Berzina said on Friday.",
    "The fence will be four metres high and fitted with cameras and motion sensors.",
    "Berzina said the number of attempted illegal crossings had risen sharply since January.",
    "Construction will start in the Kraslava district, where the border runs through dense forest.",
    "The European Commission has offered to pay for part of the surveillance equipment.",
    "Belarus has denied encouraging migrants to cross into the European Union.",
    "Border guards detained 43 people near Daugavpils on Thursday night.",
    "(Reporting by Coastal Wire staff; editing by the Riga desk)",
]
art("wire-1", "Coastal Wire", "2026-03-20", "Latvia to build border fence", *WIRE)
art(
    "wire-2",
    "Lakeside Courier",
    "2026-03-20",
    "Latvia plans 90-km fence on Belarus border",
    WIRE[0].replace("RIGA, March 20 (Coastal Wire)", "RIGA, March 20"),
    *WIRE[1:4],
    *WIRE[5:7],
    "(Lakeside Courier, with wire services)",
)
art(
    "wire-3",
    "Metro Daily",
    "2026-03-21",
    "Fence for the eastern border",
    *WIRE[:5],
    "Latvia's neighbour Lithuania completed a similar barrier last year.",
    *WIRE[5:7],
    "Copyright Metro Daily. All rights reserved.",
)
art("wire-4", "Rivertown Post", "2026-03-21", "Latvia fences off Belarus", *WIRE)
art(
    "wire-indep",
    "Eastern Signal",
    "2026-03-21",
    "Latvians split over fence",
    "Residents of villages near the Belarusian border gave a mixed welcome to the government's fence plan.",
    "A farmer in Kraslava said the barrier would cut his fields in two.",
    "Interior Minister Ilze Berzina said the 90-kilometre fence along the border with Belarus would be finished by the end of next year.",
    "Local officials asked the government to keep crossing points open for farm machinery.",
)

# Same topic, independent reports: the same event, other assertions (no shared claim)
art(
    "topic-a",
    "Rivertown Post",
    "2026-03-22",
    "Fire at Klaipeda terminal",
    "A fire broke out at a fuel storage tank in Klaipeda's oil terminal early on Sunday.",
    "Two workers were treated in hospital for smoke inhalation.",
    "The port authority said ships would be diverted to other berths until Monday.",
)
art(
    "topic-b",
    "Coastal Wire",
    "2026-03-22",
    "Lithuania says fuel supply safe",
    "Lithuania's energy minister said fuel deliveries to petrol stations would not be affected by the Klaipeda fire.",
    "Firefighters from three towns worked for six hours to put out the blaze.",
    "Police have opened an investigation into the cause.",
)

write(__file__)
