"""Writes articles.jsonl: the fourth paraphrase held-out corpus, written blind before
the lexical-similarity round (issue 11, third pass) and scored before any tuning. Free
paraphrase — voice changes, nominalisations ("the approval of" for "approved"),
synonyms, reordered clauses, number formats ("1,500" / "fifteen hundred" / "1.5
thousand"), titles for names — and hard negatives sharing actors and numbers (another
number, another actor doing it, the opposite), a relay chain, a later denial, a copy
with edits and same-topic independent reports. Every outlet, person and event is
invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# S1: approved / the approval of, euro formats; another recipient
art(
    "s1-a",
    "Harbour Gazette",
    "2026-11-02",
    "Aid for airlines",
    "The European Commission approved a 2.4 billion euro rescue package for Italian airlines on Tuesday.",
    "Competition officials said the money must be repaid within six years.",
    "Rival carriers had lobbied against the scheme.",
)
art(
    "s1-b",
    "Upland Courier",
    "2026-11-03",
    "Brussels clears carrier support",
    "The Commission's approval of a €2.4 billion bailout for Italy's airlines came after months of talks.",
    "Rome had asked for the aid in the spring.",
    "Unions welcomed the news.",
)
art(
    "s1-other",
    "Quayside Post",
    "2026-11-04",
    "Spanish carriers helped",
    "The European Commission approved a 2.4 billion euro rescue package for Spanish airlines on Tuesday.",
    "Madrid said the money would protect thousands of jobs.",
    "The package includes loan guarantees.",
)

# S2: will plant / are to be planted, "1,500" / "fifteen hundred"; another country does it
art(
    "s2-a",
    "Quayside Post",
    "2026-11-05",
    "Forests for Patagonia",
    "Chile will plant 1,500 hectares of native forest in Patagonia over the next decade.",
    "The trees will be grown in nurseries near Punta Arenas.",
    "Landowners will be paid to take part.",
)
art(
    "s2-b",
    "Harbour Gazette",
    "2026-11-06",
    "Chile to reforest the south",
    "Some fifteen hundred hectares of native woodland are to be replanted by the Chilean government in Patagonia.",
    "Ecologists called the plan modest but welcome.",
    "Sheep farming cleared much of the land a century ago.",
)
art(
    "s2-other",
    "Upland Courier",
    "2026-11-07",
    "Argentina's tree plan",
    "Argentina will plant 1,500 hectares of native forest in Patagonia over the next decade.",
    "The programme is funded by a carbon levy.",
    "Volunteers will help with the planting.",
)

# S3: titles for names, resigned / stepped down; another minister resigned
art(
    "s3-a",
    "Upland Courier",
    "2026-11-08",
    "Prime minister quits",
    "Norwegian Prime Minister Lena Halvorsen resigned on Friday after losing a confidence vote.",
    "She had led the government for three years.",
    "Parliament will meet next week.",
)
art(
    "s3-b",
    "Quayside Post",
    "2026-11-08",
    "Halvorsen steps down",
    "After losing a vote of confidence, Norway's prime minister, Lena Halvorsen, stepped down on Friday.",
    "Her coalition partners had turned against her over fuel taxes.",
    "Markets barely moved.",
)
art(
    "s3-other",
    "Harbour Gazette",
    "2026-11-09",
    "Minister resigns",
    "Norwegian Finance Minister Erik Sandvold resigned on Friday after losing a confidence vote.",
    "His budget had been rejected twice.",
    "A successor has not been named.",
)

# S4: arrested / were detained, journalists / reporters, "14" / "Fourteen"; the opposite
art(
    "s4-a",
    "Harbour Gazette",
    "2026-11-10",
    "Journalists held",
    "Egyptian police arrested 14 journalists in Cairo on Monday during a protest over bread prices.",
    "Press freedom groups demanded their release.",
    "The interior ministry did not comment.",
)
art(
    "s4-b",
    "Upland Courier",
    "2026-11-11",
    "Reporters detained",
    "Fourteen reporters covering a protest against bread prices were detained by Egyptian police in Cairo.",
    "Several of them work for foreign outlets.",
    "Their lawyers have not been allowed to see them.",
)
art(
    "s4-freed",
    "Quayside Post",
    "2026-11-14",
    "Journalists freed",
    "Egyptian police released 14 journalists in Cairo on Thursday who had been held since a protest over bread prices.",
    "They were told not to leave the country.",
    "Charges against them have not been dropped.",
)

# S5: reordered clauses, "11.2%" / "11.2 percent", fell / dropped; the opposite
art(
    "s5-a",
    "Quayside Post",
    "2026-11-12",
    "Jobless rate down",
    "Unemployment in Spain fell to 11.2% in October, the statistics office said.",
    "Tourism and construction led the hiring.",
    "Youth unemployment remains high.",
)
art(
    "s5-b",
    "Harbour Gazette",
    "2026-11-13",
    "Spain's labour market",
    "According to official figures, Spain's jobless rate dropped to 11.2 percent in October.",
    "Economists had expected a smaller fall.",
    "The government credited its labour reform.",
)
art(
    "s5-up",
    "Upland Courier",
    "2026-11-14",
    "Unemployment rises",
    "Unemployment in Spain rose to 11.2% in October, the statistics office said.",
    "Farm jobs were lost after the drought.",
    "The opposition blamed the government.",
)

# S6: a relay chain with its attribution decaying, then a denial
art(
    "s6-named",
    "Upland Courier",
    "2026-11-15",
    "Crewed flight planned",
    "India's space agency will launch its first crewed orbital mission in March, agency chairman Vikram Rao said.",
    "Three astronauts have finished their training.",
    "The capsule passed its last test in September.",
)
art(
    "s6-relayed",
    "Harbour Gazette",
    "2026-11-16",
    "Astronauts to fly",
    "India's space agency will launch its first crewed orbital mission in March, Doordarshan reported, citing agency chairman Vikram Rao.",
    "The mission will last three days.",
    "It would make India the fourth country to fly people into orbit.",
)
art(
    "s6-bare",
    "Quayside Post",
    "2026-11-17",
    "India's space ambitions",
    "The first crewed orbital flight by India's space agency is due to take place in March.",
    "Private firms build many of the rocket's parts.",
    "The budget for the programme has doubled.",
)
art(
    "s6-deny",
    "Upland Courier",
    "2026-11-20",
    "Launch date unclear",
    "India's space agency denied that its first crewed orbital mission would launch in March.",
    "A spokesman said no date had been set.",
    "Engineers are still studying a valve problem.",
)

# S7: imposed sanctions / sanctioned, "three" / "3", companies / firms; the opposite
art(
    "s7-a",
    "Harbour Gazette",
    "2026-11-18",
    "New sanctions",
    "The United States imposed sanctions on three Iranian oil companies accused of shipping crude to Syria.",
    "The firms' assets in America are frozen.",
    "Tehran called the move economic warfare.",
)
art(
    "s7-b",
    "Quayside Post",
    "2026-11-19",
    "Washington targets oil firms",
    "Washington sanctioned 3 Iranian oil firms it accuses of sending crude to Syria.",
    "American banks may not deal with them.",
    "Oil prices rose slightly.",
)
art(
    "s7-lifted",
    "Upland Courier",
    "2026-11-21",
    "Sanctions eased",
    "The United States lifted sanctions on three Iranian oil companies accused of shipping crude to Syria.",
    "Officials said the firms had changed owners.",
    "Critics in Congress objected.",
)

# S8: displaced, "200,000" / "200 thousand", floods / flooding; another number
art(
    "s8-a",
    "Quayside Post",
    "2026-11-22",
    "Floods in the delta",
    "Floods in Bangladesh have displaced 200,000 people, the disaster ministry said.",
    "Rivers burst their banks after a week of rain.",
    "Schools are being used as shelters.",
)
art(
    "s8-b",
    "Upland Courier",
    "2026-11-23",
    "Homes under water",
    "Some 200 thousand Bangladeshis have been forced from their homes by flooding.",
    "Aid groups warned of cholera.",
    "Roads to the north are cut off.",
)
art(
    "s8-fewer",
    "Harbour Gazette",
    "2026-11-24",
    "Flood toll",
    "Floods in Bangladesh have displaced 20,000 people, the disaster ministry said.",
    "The worst hit district is Sylhet.",
    "The army has sent boats.",
)

# S9: a wire copy with a new headline and a sentence dropped; a same-topic report
W = [
    "LISBON (Harbour Gazette) - Portugal will close its last coal-fired power station in December, the energy ministry said on Wednesday.",
    "The plant at Sines will be turned into a hydrogen hub.",
    "About 150 workers will be retrained.",
    "Wind and solar now supply most of the country's power.",
]
art("s9-orig", "Harbour Gazette", "2026-11-25", "Portugal ends coal", *W)
art(
    "s9-copy",
    "Upland Courier",
    "2026-11-25",
    "Last coal plant to shut",
    W[0],
    W[1],
    W[3],
)
art(
    "s9-indep",
    "Quayside Post",
    "2026-11-26",
    "Sines waits for hydrogen",
    "Residents of Sines worry about jobs after the power station goes.",
    "The town council asked for a new rail link.",
    "Fishermen hope the harbour will be cleaned up.",
)

write(__file__)
