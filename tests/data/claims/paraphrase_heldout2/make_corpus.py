"""Writes articles.jsonl: a second paraphrase held-out corpus, written before the
synonym table was widened with general news vocabulary and never used to tune it (it
checks that widening). Verb and noun synonyms, passive/active, numbers in words, capitals
for countries, and hard negatives sharing actors and numbers. Every outlet, person and
event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# Q1: vetoed / blocked, aid / assistance, capitals; another doer; a denial later
art(
    "q1-a", "Iron Bridge Post", "2026-09-01", "Veto in Brussels",
    "Hungary has vetoed a new European Union aid package for Ukraine, diplomats said.",
    "The package was meant to cover the winter months.",
    "Other member states called the move regrettable.",
)
art(
    "q1-b", "Salt Flats Daily", "2026-09-02", "Budapest says no",
    "Budapest blocked the European Union's latest assistance package for Kyiv.",
    "It was the third time this year that talks ended without agreement.",
    "Ukrainian officials said they would keep talking.",
)
art(
    "q1-other", "Copper Hill Gazette", "2026-09-03", "Bratislava objects",
    "Slovakia has vetoed a new European Union aid package for Ukraine.",
    "The government wants guarantees for its farmers.",
    "The issue will return at the next summit.",
)
art(
    "q1-deny", "Iron Bridge Post", "2026-09-06", "Budapest: we did not block",
    "Hungary denied blocking the European Union aid package for Ukraine.",
    "Its foreign minister said more time was needed to study the text.",
    "Talks are set to resume next week.",
)

# Q2: agreed a truce / a ceasefire was accepted, "60-day" / "sixty-day"; another number
art(
    "q2-a", "Salt Flats Daily", "2026-09-04", "Truce in the Caucasus",
    "Armenia and Azerbaijan agreed a 60-day truce along their border.",
    "Monitors from the OSCE will observe the line.",
    "Shelling had killed several soldiers in August.",
)
art(
    "q2-b", "Copper Hill Gazette", "2026-09-05", "Ceasefire accepted",
    "A sixty-day ceasefire on the border was accepted by both Yerevan and Baku.",
    "Villagers on both sides hope to return to their fields.",
    "The deal was brokered at talks in Geneva.",
)
art(
    "q2-shorter", "Iron Bridge Post", "2026-09-07", "A short pause",
    "Armenia and Azerbaijan agreed a 30-day truce along their border.",
    "Both sides accused the other of violations within hours.",
    "Diplomats were cautious.",
)

# Q3: lend / loan, "500 million euros" / "€500 million", receive; another sum
art(
    "q3-a", "Copper Hill Gazette", "2026-09-08", "Loan for Chisinau",
    "Germany will lend 500 million euros to Moldova to support its energy grid.",
    "The money will be paid in three tranches.",
    "Moldova's prime minister thanked Berlin.",
)
art(
    "q3-b", "Salt Flats Daily", "2026-09-09", "German money for the grid",
    "Moldova is to receive a €500 million loan from Berlin for its power network.",
    "Engineers plan to link the grid more closely with Romania.",
    "The opposition asked how the debt would be repaid.",
)
art(
    "q3-less", "Iron Bridge Post", "2026-09-10", "A smaller loan",
    "Germany will lend 200 million euros to Moldova to support its energy grid.",
    "Further help depends on reforms.",
    "The grid operator welcomed the decision.",
)

# Q4: attacked / was hit by, hackers / cyberattack; roles reversed
art(
    "q4-a", "Iron Bridge Post", "2026-09-11", "Rail systems attacked",
    "Russian hackers attacked the computer systems of Poland's state railway.",
    "Ticket sales were suspended for several hours.",
    "Freight trains kept running.",
)
art(
    "q4-b", "Copper Hill Gazette", "2026-09-12", "Cyberattack on trains",
    "Poland's state railway was hit by a cyberattack from Russia.",
    "Passengers were told to buy tickets on board.",
    "The company said no data had been stolen.",
)
art(
    "q4-reversed", "Salt Flats Daily", "2026-09-13", "Hackers strike back",
    "Polish hackers attacked the computer systems of Russia's state railway.",
    "A group calling itself Baltic Shield claimed the attack.",
    "Moscow blamed Warsaw.",
)

# Q5: lifted its ban / ended its embargo; the opposite
art(
    "q5-a", "Salt Flats Daily", "2026-09-14", "Seafood ban lifted",
    "China has lifted its ban on Japanese seafood imports.",
    "Exporters in Hokkaido expect the first shipments within weeks.",
    "The ban had been in place for three years.",
)
art(
    "q5-b", "Iron Bridge Post", "2026-09-15", "Fish trade resumes",
    "Beijing ended its embargo on seafood from Japan.",
    "Fishing cooperatives said prices would recover slowly.",
    "Tokyo welcomed the step.",
)
art(
    "q5-extended", "Copper Hill Gazette", "2026-09-16", "Ban stays",
    "China has extended its ban on Japanese seafood imports.",
    "Officials cited new safety tests.",
    "Japanese exporters voiced disappointment.",
)

# Q6: arrested / detained, "12" / "Twelve", police as the doer; another number
art(
    "q6-a", "Copper Hill Gazette", "2026-09-17", "Smugglers held",
    "Serbia arrested 12 people suspected of smuggling migrants across the border with Hungary.",
    "Police found a van with 40 people inside.",
    "The suspects face up to ten years in prison.",
)
art(
    "q6-b", "Salt Flats Daily", "2026-09-18", "Arrests near the border",
    "Twelve suspected people smugglers were detained by Serbian police near the Hungarian border.",
    "Several of them were foreign nationals.",
    "Hungary has built a fence along the frontier.",
)
art(
    "q6-fewer", "Iron Bridge Post", "2026-09-19", "Four arrests",
    "Serbia arrested 4 people suspected of smuggling migrants across the border with Hungary.",
    "Prosecutors said the group used forged papers.",
    "Investigations are continuing.",
)

# Q7: raise / increase, retirement / pension age, "70" / "seventy"; the opposite
art(
    "q7-a", "Salt Flats Daily", "2026-09-20", "Working longer",
    "The Danish government will raise the retirement age to 70.",
    "The change will apply to people born after 1970.",
    "Unions called it unfair to manual workers.",
)
art(
    "q7-b", "Copper Hill Gazette", "2026-09-21", "Pension reform",
    "Denmark is to increase its pension age to seventy.",
    "It will be the highest in Europe.",
    "Employers' groups welcomed the reform.",
)
art(
    "q7-lower", "Iron Bridge Post", "2026-09-22", "Earlier pensions",
    "The Danish government will lower the retirement age to 65.",
    "The reform would be paid for by higher taxes.",
    "Economists doubted the numbers.",
)

# Q8: a copy with a dropped sentence and another headline; a same-topic report
W = [
    "ATHENS (Salt Flats Daily) - Greece will build two new desalination plants on Crete to ease water shortages, the environment ministry said on Tuesday.",
    "The plants should be ready before the summer of 2028.",
    "Reservoirs on the island are at their lowest level in decades.",
    "Farmers have been asked to cut irrigation.",
]
art("q8-orig", "Salt Flats Daily", "2026-09-23", "Water for Crete", *W)
art("q8-copy", "Copper Hill Gazette", "2026-09-23", "Crete to get desalination plants", W[0], *W[2:])
art(
    "q8-indep", "Iron Bridge Post", "2026-09-24", "Dry summer",
    "Tourists on Crete were asked to save water as temperatures passed 40 degrees.",
    "Hotels installed new meters.",
    "Some villages received water by truck.",
)

write(__file__)
