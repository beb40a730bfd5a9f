"""Writes articles.jsonl: a second paraphrase dev corpus (the rules may be tuned on
it), written after the first paraphrase round to check that rules made on
../paraphrase_dev carry over to verbs and nouns the synonym table lacks. Every outlet,
person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# E1: expelled / ordered to leave, Vilnius for Lithuania; roles reversed; a denial
art(
    "e1-a", "Pine Chronicle", "2026-08-03", "Diplomats expelled",
    "Lithuania has expelled two Belarusian diplomats over a smuggling case, the foreign ministry said.",
    "The ministry gave them 48 hours to leave.",
    "Relations between the neighbours have been tense for years.",
)
art(
    "e1-b", "Delta Times", "2026-08-04", "Vilnius orders envoys out",
    "Vilnius ordered two diplomats from Belarus to leave the country because of a smuggling investigation.",
    "Customs officers found cigarettes hidden in a diplomatic car.",
    "Minsk promised a response.",
)
art(
    "e1-reversed", "Granite Journal", "2026-08-05", "Minsk retaliates",
    "Belarus has expelled two Lithuanian diplomats over a smuggling case.",
    "State television showed the diplomats at the border crossing.",
    "The move was widely expected.",
)
art(
    "e1-deny", "Pine Chronicle", "2026-08-09", "No expulsions",
    "Lithuania denied expelling any Belarusian diplomats.",
    "A spokesman said the two men had left at the end of their posting.",
    "The case remains under investigation.",
)

# E2: spend / invest, "3.2 billion euros" / "€3.2 billion"; another sum
art(
    "e2-a", "Delta Times", "2026-08-05", "Air defence plan",
    "Estonia will spend 3.2 billion euros on air defence over the next decade.",
    "The plan includes medium-range systems and radar.",
    "Parliament must still approve the budget.",
)
art(
    "e2-b", "Granite Journal", "2026-08-06", "Tallinn invests",
    "Tallinn is to invest €3.2 billion in its air defences over ten years.",
    "Officials said the money would come from a new security tax.",
    "Latvia is considering a similar plan.",
)
art(
    "e2-less", "Pine Chronicle", "2026-08-07", "A smaller plan",
    "Estonia will spend 1.5 billion euros on air defence over the next decade.",
    "The finance minister said more was not affordable.",
    "Critics called the sum too small.",
)

# E3: released / freed, active / passive, number words; the opposite act
art(
    "e3-a", "Granite Journal", "2026-08-08", "Fishermen freed",
    "Turkey released 14 Greek fishermen who had been detained last month.",
    "Their boats remain impounded in Izmir.",
    "Athens thanked Ankara for the gesture.",
)
art(
    "e3-b", "Delta Times", "2026-08-09", "Back home",
    "Fourteen Greek fishermen held since last month were freed by Turkey on Saturday.",
    "Families waited for them at the port of Chios.",
    "The fishermen said they had been treated well.",
)
art(
    "e3-detained", "Pine Chronicle", "2026-08-10", "New arrests at sea",
    "Turkey detained 14 Greek fishermen near the island of Lesbos.",
    "The coast guard said they had crossed into Turkish waters.",
    "Greek officials disputed the location.",
)

# E4: open / set up a command centre; the opposite
art(
    "e4-a", "Delta Times", "2026-08-10", "New NATO hub",
    "NATO will open a new command centre in northern Finland next year.",
    "About 300 staff will work there.",
    "The site was chosen for its airport.",
)
art(
    "e4-b", "Granite Journal", "2026-08-11", "Command centre for the north",
    "A new NATO command centre is to be set up in northern Finland next year.",
    "Local businesses hope for new contracts.",
    "The alliance has not named a commander.",
)
art(
    "e4-close", "Pine Chronicle", "2026-08-12", "Cuts at the alliance",
    "NATO will close its command centre in northern Finland next year.",
    "The work will move to a base in Norway.",
    "Unions said 300 jobs were at risk.",
)

# E5: declared / was declared, nominal rewording; lifted is the opposite
art(
    "e5-a", "Granite Journal", "2026-08-12", "Emergency in Moldova",
    "Moldova declared a state of emergency over gas shortages on Monday.",
    "Schools will close early for the winter holidays.",
    "Street lighting will be reduced in Chisinau.",
)
art(
    "e5-b", "Delta Times", "2026-08-13", "Gas crisis",
    "A state of emergency was declared by Moldova because of a shortage of gas.",
    "The government asked companies to cut consumption by a third.",
    "Romania offered emergency supplies.",
)
art(
    "e5-lifted", "Pine Chronicle", "2026-08-16", "Emergency over",
    "Moldova lifted the state of emergency over gas shortages.",
    "Deliveries through Romania had stabilised.",
    "Prices are still higher than last year.",
)

# E6: same topic, other assertion; an unrelated sentence with the same actor
art(
    "e6-a", "Pine Chronicle", "2026-08-14", "Finnish elections",
    "Finland will hold municipal elections in April.",
    "Turnout at the last local vote was low.",
    "Parties have started to pick candidates.",
)
art(
    "e6-b", "Granite Journal", "2026-08-15", "Finnish economy",
    "Finland's economy grew by 1.1 percent in the second quarter.",
    "Exports of paper and machinery rose.",
    "Unemployment fell slightly.",
)

write(__file__)
