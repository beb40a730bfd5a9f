"""Writes articles.jsonl: the seventh paraphrase held-out corpus, written blind with
the sixth (before reading the claims code of this pass): a leaked report that travels
through six outlets over three weeks (named document, relay, "reportedly", a heavy
paraphrase, bare) with a later rejection; a minimum wage in words and figures; a
minister named through apposition ("Ama Owusu, ... becomes finance minister") against
another person named to the post; a marathon told by the winner and by the loser; a
regulator's approval told as "cleared for use"; a plan with a year and a count; a
parliament that voted to remove against one that rejected the motion; a wire story with
copies (one exact, one edited) and an independent report; same-topic reports that say
something else. Every outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# V1: a leaked UN report travels: named document, relay, vague, heavy paraphrase, bare;
# later rejected; another supplier and recipient as a hard negative
art(
    "v1-named",
    "Westbrook Chronicle",
    "2026-11-02",
    "UN experts: Iranian drones in Sudan",
    "Iran has delivered 20 Mohajer-6 drones to Sudan's army since March, according to a confidential report by UN sanctions experts.",
    "The report says the drones were flown into Port Sudan on cargo planes.",
    "Sudan's army has been fighting the Rapid Support Forces since April 2023.",
    "The experts' mandate expires in February.",
)
art(
    "v1-relay",
    "Gulf Monitor",
    "2026-11-03",
    "Tehran's drones over Khartoum",
    "Citing the UN panel of experts, Reuters said Tehran had shipped twenty Mohajer-6 drones to the Sudanese military since March.",
    "Western diplomats said the flights broke the arms embargo on Darfur.",
    "Iran's mission to the UN did not respond to a request for comment.",
)
art(
    "v1-vague",
    "Harrow Daily",
    "2026-11-06",
    "Drone war in Sudan",
    "Residents of Omdurman said drones had struck RSF positions every night this week.",
    "Sudan's army has reportedly received 20 Mohajer-6 drones from Iran.",
    "The RSF accuses the army of bombing markets and hospitals.",
)
art(
    "v1-heavy",
    "Pennant Times",
    "2026-11-10",
    "Who arms Sudan",
    "Twenty Iranian-made Mohajer-6 drones have reached the Sudanese armed forces since March, UN investigators found.",
    "The same investigators say the RSF receives weapons through Chad.",
    "Both sides deny breaking the embargo.",
)
art(
    "v1-bare",
    "Lowfield Post",
    "2026-11-16",
    "Sudan's long war",
    "The war has driven more than ten million people from their homes.",
    "The army now flies 20 Mohajer-6 drones supplied by Iran.",
    "Peace talks in Jeddah collapsed in the summer.",
)
art(
    "v1-reject",
    "Westbrook Chronicle",
    "2026-11-20",
    "Tehran dismisses UN report",
    "Iran denied that it had sent drones to Sudan's army, calling the UN report baseless.",
    "A foreign ministry spokesman said Iran respected the arms embargo.",
    "He said the report relied on anonymous witnesses.",
)
art(
    "v1-other",
    "Gulf Monitor",
    "2026-11-08",
    "Drones for the RSF",
    "The United Arab Emirates has delivered 20 drones to Sudan's Rapid Support Forces since March, according to the same UN report.",
    "The Emirates denies supplying either side.",
    "The drones were flown in through an airstrip in eastern Chad, the report says.",
)

# V2: a minimum wage in words and figures, a relay; another number
art(
    "v2-a",
    "Pennant Times",
    "2026-11-04",
    "Thai wage rise",
    "Thailand will raise the daily minimum wage to 400 baht from January, the labour ministry said.",
    "The rise covers all provinces for the first time.",
    "Employers' groups warned that small firms would struggle.",
)
art(
    "v2-b",
    "Lowfield Post",
    "2026-11-05",
    "Bangkok lifts pay floor",
    "From January, Thai workers will earn a minimum of four hundred baht a day, the Bangkok Post reported, citing Labour Minister Somchai Rattana.",
    "The minister said the rise would help families cope with higher food prices.",
    "Unions had asked for 450 baht.",
)
art(
    "v2-less",
    "Harrow Daily",
    "2026-11-06",
    "Smaller rise in the provinces",
    "Thailand will raise the daily minimum wage to 380 baht in rural provinces from January, the labour ministry said.",
    "The higher rate will apply only in Bangkok and Phuket.",
    "The cabinet still has to approve the plan.",
)

# V3: a minister named; the appointee told through apposition; another person named
art(
    "v3-a",
    "Westbrook Chronicle",
    "2026-11-07",
    "Ghana's new finance minister",
    "Ghana's President Kwame Asante named Ama Owusu as finance minister on Saturday.",
    "She replaces Kofi Boateng, who resigned last week over a debt scandal.",
    "Owusu will lead talks with the IMF on a new loan.",
)
art(
    "v3-b",
    "Gulf Monitor",
    "2026-11-08",
    "Owusu takes over treasury",
    "Ama Owusu, a former deputy governor of the central bank, becomes Ghana's new finance minister.",
    "Investors welcomed the choice and Ghana's bonds rose.",
    "Her first task is a budget due in December.",
)
art(
    "v3-other",
    "Pennant Times",
    "2026-11-09",
    "Reshuffle in Accra",
    "Ghana's President Kwame Asante named Yaw Darko as foreign minister on Monday.",
    "Darko was ambassador to the United Nations.",
    "Darko, a career diplomat, is seen as close to the president.",
)

# V4: a marathon told from the winner and from the runner-up; the opposite result
art(
    "v4-a",
    "Harrow Daily",
    "2026-11-09",
    "Wanjiru wins in Valencia",
    "Kenya's Faith Wanjiru beat Ethiopia's Almaz Tesfaye to win the Valencia marathon on Sunday.",
    "Wanjiru finished in two hours, fifteen minutes and eight seconds.",
    "It was her second win in a big-city marathon.",
)
art(
    "v4-b",
    "Lowfield Post",
    "2026-11-09",
    "Tesfaye second again",
    "Ethiopian Almaz Tesfaye lost to Kenyan Faith Wanjiru in a sprint finish at the Valencia marathon.",
    "Tesfaye also finished second in Berlin in September.",
    "Her coach said she had been ill in the week before the race.",
)
art(
    "v4-other",
    "Westbrook Chronicle",
    "2026-10-12",
    "Tesfaye takes Chicago",
    "Ethiopia's Almaz Tesfaye beat Kenya's Faith Wanjiru to win the Chicago marathon on Sunday.",
    "Tesfaye broke away in the last five kilometres.",
    "Wanjiru said she would run in Valencia next month.",
)

# V5: a regulator's approval, reworded as "cleared for use"; another country's regulator
art(
    "v5-a",
    "Gulf Monitor",
    "2026-11-11",
    "Generic HIV drug approved",
    "South Africa's medicines regulator approved a generic version of the HIV prevention drug lenacapavir on Wednesday.",
    "The generic will cost about 40 dollars a year per patient.",
    "Activists had campaigned for cheaper access for two years.",
)
art(
    "v5-b",
    "Pennant Times",
    "2026-11-12",
    "Cheap lenacapavir for South Africa",
    "A cheaper copy of lenacapavir, the twice-yearly HIV prevention jab, has been cleared for use in South Africa by its medicines regulator.",
    "Clinics in Durban and Johannesburg will be the first to offer it.",
    "The original maker had agreed not to oppose generics in poor countries.",
)
art(
    "v5-other",
    "Harrow Daily",
    "2026-11-13",
    "Kenya's turn",
    "Kenya's medicines regulator approved a generic version of the HIV prevention drug lenacapavir on Thursday.",
    "Kenya has one of the largest HIV epidemics in East Africa.",
    "The first doses will go to young women.",
)

# V6: a count and a year; another year
art(
    "v6-a",
    "Lowfield Post",
    "2026-11-14",
    "Civil servants to Nusantara",
    "Indonesia will move 12,000 civil servants to its new capital Nusantara by 2028, a government official said.",
    "The first ministries will move in the spring.",
    "Many officials are reluctant to leave Jakarta.",
)
art(
    "v6-b",
    "Westbrook Chronicle",
    "2026-11-15",
    "Jakarta's exodus",
    "Jakarta plans to relocate some 12,000 public servants to the new capital of Nusantara by 2028, according to the planning ministry.",
    "Housing for the officials is still under construction.",
    "The project has been delayed twice.",
)
art(
    "v6-later",
    "Harrow Daily",
    "2026-11-16",
    "Nusantara slips",
    "Indonesia will move 12,000 civil servants to its new capital Nusantara by 2032, a planning ministry document shows.",
    "The document cites a shortage of funds.",
    "Parliament will discuss the budget next month.",
)

# V7: a vote to remove a president, a relay; the opposite (the motion rejected)
art(
    "v7-a",
    "Pennant Times",
    "2026-11-18",
    "Peru's president ousted",
    "Peru's Congress voted to remove President Diego Salas from office on Tuesday over a bribery scandal.",
    "The motion passed with 101 votes.",
    "Vice-President Carmen Ruiz will be sworn in on Wednesday.",
)
art(
    "v7-b",
    "Gulf Monitor",
    "2026-11-19",
    "Salas out",
    "Lawmakers in Lima removed Diego Salas from the presidency, the state news agency Andina reported, citing the president of Congress.",
    "Salas said he would challenge the vote in court.",
    "Protesters gathered outside Congress.",
)
art(
    "v7-rejected",
    "Lowfield Post",
    "2026-09-22",
    "Salas survives",
    "Peru's Congress rejected a motion to remove President Diego Salas from office on Thursday.",
    "Only 52 lawmakers voted in favour.",
    "Salas thanked his allies in a televised address.",
)

# V8: a wire story, an exact copy under another headline, an edited copy, an
# independent report on the same vote
WIRE = [
    "MONTEVIDEO, Nov 20 (Southern Cross Wire) - Uruguay will hold a referendum on raising the pension age in March, the electoral court said on Thursday.",
    "A union-backed campaign gathered more than 400,000 signatures to force the vote.",
    "The government wants to raise the pension age from 60 to 65.",
    "Polls show voters evenly split.",
]
art("v8-orig", "Southern Cross Wire", "2026-11-20", "Uruguay to vote on pensions", *WIRE)
art("v8-exact", "Harrow Daily", "2026-11-20", "Pension referendum in Uruguay", *WIRE)
art(
    "v8-edit",
    "Westbrook Chronicle",
    "2026-11-21",
    "Uruguayans to decide pension age",
    WIRE[0].replace("MONTEVIDEO, Nov 20 (Southern Cross Wire)", "MONTEVIDEO (SCW)"),
    *WIRE[1:3],
    "Neighbouring Argentina raised its pension age last year.",
    "Copyright Westbrook Chronicle 2026.",
)
art(
    "v8-indep",
    "Lowfield Post",
    "2026-11-22",
    "Pensioners rally",
    "Thousands of pensioners marched through Montevideo on Saturday to demand higher payments.",
    "The union federation PIT-CNT said it would campaign against the government's plan.",
    "Economy Minister Lucia Ferreira said the system would run out of money without reform.",
)

write(__file__)
