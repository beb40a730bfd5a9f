"""Writes articles.jsonl: the third paraphrase held-out corpus, written after the last
change to the claims rules and the synonym table, and measured once (the blind check
of what ships). Verb and noun synonyms, passive/active, numbers in words, capitals for
countries, and hard negatives sharing actors and numbers. Every outlet, person and event
is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# R1: recalled its ambassador / withdrew its envoy, capitals; roles reversed
art(
    "r1-a", "Birch Lane Herald", "2026-10-01", "Ambassador recalled",
    "Portugal has recalled its ambassador from Venezuela after a dispute over election monitors.",
    "The foreign ministry said the monitors had been refused visas.",
    "Trade between the two countries is small.",
)
art(
    "r1-b", "Tidewater News", "2026-10-02", "Lisbon pulls envoy",
    "Lisbon withdrew its envoy to Caracas in a row over observers at the vote.",
    "Portuguese citizens in the country were told to stay alert.",
    "The opposition in Caracas welcomed the gesture.",
)
art(
    "r1-reversed", "Marsh Road Times", "2026-10-03", "Caracas responds",
    "Venezuela has recalled its ambassador from Portugal after a dispute over election monitors.",
    "State media called the Portuguese position interference.",
    "No new talks are planned.",
)

# R2: struck / hit, "9" / "nine", killing / died; another magnitude
art(
    "r2-a", "Tidewater News", "2026-10-04", "Quake in the east",
    "A magnitude 6.1 earthquake struck eastern Turkey on Sunday, killing at least 9 people.",
    "Rescue teams searched collapsed buildings through the night.",
    "Aftershocks were felt as far away as Erzurum.",
)
art(
    "r2-b", "Birch Lane Herald", "2026-10-05", "Deadly tremor",
    "At least nine people died when a 6.1-magnitude quake hit the east of Turkey on Sunday.",
    "Schools in the region will stay closed this week.",
    "Aid agencies sent tents and blankets.",
)
art(
    "r2-weaker", "Marsh Road Times", "2026-10-06", "Another tremor",
    "A magnitude 5.2 earthquake struck eastern Turkey on Sunday, killing at least 9 people.",
    "It was the second strong tremor this month.",
    "Many families slept outdoors.",
)

# R3: supply / are being sent, "8" / "Eight", systems / howitzers; another recipient
art(
    "r3-a", "Marsh Road Times", "2026-10-07", "Artillery for Kyiv",
    "Sweden will supply 8 Archer artillery systems to Ukraine.",
    "The guns will come from army stocks.",
    "Training will take place in Sweden.",
)
art(
    "r3-b", "Tidewater News", "2026-10-08", "Howitzers on the way",
    "Eight Archer howitzers are being sent to Kyiv by Stockholm.",
    "Ukrainian crews have already started training.",
    "The first guns are expected before winter.",
)
art(
    "r3-other", "Birch Lane Herald", "2026-10-09", "Guns for the Baltics",
    "Sweden will supply 8 Archer artillery systems to Lithuania.",
    "Vilnius ordered the guns last year.",
    "Lithuania's army is growing quickly.",
)

# R4: raised interest rates / lifted borrowing costs; the opposite
art(
    "r4-a", "Birch Lane Herald", "2026-10-10", "Rates up",
    "The European Central Bank raised interest rates by 0.25 percentage points on Thursday.",
    "It was the first increase in two years.",
    "Bond yields rose after the announcement.",
)
art(
    "r4-b", "Marsh Road Times", "2026-10-11", "Borrowing costs climb",
    "On Thursday the ECB lifted its interest rates by 0.25 percentage points.",
    "Mortgage lenders are expected to follow.",
    "The euro strengthened against the dollar.",
)
art(
    "r4-cut", "Tidewater News", "2026-10-12", "Rates down",
    "The European Central Bank cut interest rates by 0.25 percentage points on Thursday.",
    "Inflation has been below target for months.",
    "Banks welcomed the move.",
)

# R5: seized / were confiscated, "3" / "Three"; another country and port
art(
    "r5-a", "Tidewater News", "2026-10-13", "Cocaine haul",
    "Police in Belgium seized 3 tonnes of cocaine at the port of Antwerp.",
    "The drugs were hidden in a shipment of bananas.",
    "Two dock workers were arrested.",
)
art(
    "r5-b", "Birch Lane Herald", "2026-10-14", "Drugs in the port",
    "Three tonnes of cocaine were confiscated by Belgian police in Antwerp's port.",
    "It was one of the largest finds this year.",
    "Customs officers used scanners to find the cargo.",
)
art(
    "r5-other", "Marsh Road Times", "2026-10-15", "Rotterdam find",
    "Police in the Netherlands seized 3 tonnes of cocaine at the port of Rotterdam.",
    "The cargo came from Ecuador.",
    "Investigators are looking for the buyers.",
)

# R6: send / be deployed, "1,000" / "A thousand"; the opposite
art(
    "r6-a", "Marsh Road Times", "2026-10-16", "Kenyan police for Haiti",
    "Kenya will send 1,000 police officers to lead a security mission in Haiti.",
    "The officers will be paid from a United Nations fund.",
    "Parliament in Nairobi approved the plan.",
)
art(
    "r6-b", "Birch Lane Herald", "2026-10-17", "Mission to Haiti",
    "A thousand Kenyan police are to be deployed to Haiti at the head of a security mission.",
    "Gangs control much of the capital.",
    "Other countries promised smaller contingents.",
)
art(
    "r6-withdraw", "Tidewater News", "2026-10-19", "Kenya pulls out",
    "Kenya will withdraw 1,000 police officers from the security mission in Haiti.",
    "The government cited a lack of funding.",
    "Haitian officials asked for more time.",
)

# R7: banned / outlawed, Zagreb for Croatia, then denied
art(
    "r7-a", "Birch Lane Herald", "2026-10-18", "Vape ban",
    "Croatia has banned the sale of disposable vapes.",
    "Shops have three months to clear their stocks.",
    "Health groups welcomed the decision.",
)
art(
    "r7-b", "Tidewater News", "2026-10-19", "No more throwaway vapes",
    "Zagreb outlawed the sale of single-use e-cigarettes.",
    "Retailers warned of a black market.",
    "Neighbouring Slovenia is considering a similar step.",
)
art(
    "r7-deny", "Marsh Road Times", "2026-10-22", "Ministry clarifies",
    "Croatia denied that it had banned the sale of disposable vapes.",
    "A ministry spokeswoman said only sales to minors were restricted.",
    "The confusion began with a leaked draft.",
)

# R8: a copy with another headline and a sentence added; a same-topic report
W = [
    "RIGA (Tidewater News) - Latvia will reintroduce military conscription for men aged 18 to 27 from January, the defence ministry said on Monday.",
    "About 1,000 recruits are expected in the first year.",
    "Service will last eleven months.",
]
art("r8-orig", "Tidewater News", "2026-10-20", "Latvia brings back conscription", *W)
art("r8-copy", "Birch Lane Herald", "2026-10-20", "Conscription returns in Latvia", *W, "Estonia and Finland never abolished conscription.")
art(
    "r8-indep", "Marsh Road Times", "2026-10-21", "Young Latvians react",
    "Students in Riga protested against the return of compulsory service.",
    "Some said they would study abroad.",
    "Veterans' groups supported the change.",
)

write(__file__)
