"""Writes articles.jsonl: the fifth paraphrase held-out corpus, written blind with the
fourth and scored before any tuning. Business, courts, health, sport, technology and
diplomacy: acquisitions told from either side, nominalisations ("job cuts of" for
"will cut jobs"), voice changes, synonyms, "$3.2 billion" / "3.2 billion dollars",
"35,000" / "thirty-five thousand" / "35 thousand", titles for names, capitals for
countries; hard negatives (another number, roles reversed, another actor doing it, the
opposite), a later denial, a copy with an added sentence and same-topic independent
reports. Every outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# T1: agreed to buy / is being acquired by, "$3.2 billion" / "3.2 billion dollars";
# roles reversed, another price
art(
    "t1-a",
    "Ledger Street Journal",
    "2026-09-01",
    "Volta buys Kestrel",
    "Volta Motors agreed to buy battery maker Kestrel Cells for $3.2 billion.",
    "The deal gives the carmaker its own supply of cells.",
    "Shares in Kestrel jumped.",
)
art(
    "t1-b",
    "Coastline Daily",
    "2026-09-02",
    "Battery deal",
    "Kestrel Cells is being acquired by Volta Motors in a deal worth 3.2 billion dollars.",
    "Regulators in Brussels must still approve it.",
    "Kestrel employs 2,000 people.",
)
art(
    "t1-reversed",
    "Pinewood Tribune",
    "2026-09-03",
    "A surprise bid",
    "Kestrel Cells agreed to buy carmaker Volta Motors for $3.2 billion.",
    "Analysts called the move bold.",
    "The two firms have worked together for years.",
)
art(
    "t1-price",
    "Pinewood Tribune",
    "2026-09-04",
    "Lower offer",
    "Volta Motors agreed to buy battery maker Kestrel Cells for $2.3 billion.",
    "The price was cut after an audit.",
    "Kestrel's founder will stay on.",
)

# T2: sentenced to / was jailed for, former minister / ex-minister, Nairobi / Kenyan;
# the opposite
art(
    "t2-a",
    "Coastline Daily",
    "2026-09-05",
    "Minister jailed",
    "A court in Kenya sentenced former health minister Daniel Otieno to eight years in prison for corruption.",
    "He was found guilty of taking bribes over hospital contracts.",
    "His lawyers said they would appeal.",
)
art(
    "t2-b",
    "Ledger Street Journal",
    "2026-09-06",
    "Eight years for graft",
    "Ex-minister Daniel Otieno was jailed for eight years by a Kenyan court over graft.",
    "Prosecutors had asked for twelve.",
    "Anti-corruption campaigners cheered outside.",
)
art(
    "t2-acquitted",
    "Pinewood Tribune",
    "2026-09-07",
    "Minister cleared",
    "A court in Kenya acquitted former health minister Daniel Otieno of corruption.",
    "The judge said the evidence was thin.",
    "Prosecutors are considering an appeal.",
)

# T3: declared / has been declared, WHO / World Health Organization; another country
art(
    "t3-a",
    "Pinewood Tribune",
    "2026-09-08",
    "Cholera emergency",
    "The World Health Organization declared the cholera outbreak in Zambia a public health emergency of international concern.",
    "More than 300 people have died since June.",
    "Vaccines are being flown in.",
)
art(
    "t3-b",
    "Coastline Daily",
    "2026-09-09",
    "Global alert over Zambia",
    "Zambia's cholera outbreak has been declared an international public health emergency by the WHO.",
    "Neighbouring Malawi has closed some border posts.",
    "Clean water is scarce in the capital's outskirts.",
)
art(
    "t3-other",
    "Ledger Street Journal",
    "2026-09-10",
    "Alert over Malawi",
    "The World Health Organization declared the cholera outbreak in Malawi a public health emergency of international concern.",
    "Cases have doubled in a month.",
    "Hospitals are short of beds.",
)

# T4: appointed / will take charge of, coach / manager; another team appoints him
art(
    "t4-a",
    "Ledger Street Journal",
    "2026-09-11",
    "New coach",
    "Brazil appointed Italian Marco Ferri as head coach of its national football team.",
    "Ferri won three league titles in Italy.",
    "His first match is in October.",
)
art(
    "t4-b",
    "Pinewood Tribune",
    "2026-09-12",
    "Ferri takes over",
    "Marco Ferri will take charge of the Brazilian national side after being named its new manager.",
    "Fans in Rio were divided.",
    "He has signed a four-year contract.",
)
art(
    "t4-other",
    "Coastline Daily",
    "2026-09-13",
    "Argentina's choice",
    "Argentina appointed Italian Marco Ferri as head coach of its national football team.",
    "He replaces a coach who left in June.",
    "The federation praised his experience.",
)

# T5: will cut jobs / job cuts of / positions eliminated, "4,000" / "4 thousand";
# another number, the opposite
art(
    "t5-a",
    "Coastline Daily",
    "2026-09-14",
    "Telecom layoffs",
    "Orbis Telecom will cut 4,000 jobs by the end of next year as it closes call centres.",
    "The company blamed falling revenue.",
    "Unions called a strike.",
)
art(
    "t5-b",
    "Ledger Street Journal",
    "2026-09-15",
    "Orbis restructures",
    "Job cuts of 4 thousand are planned at Orbis Telecom, which is shutting its call centres.",
    "Most of the losses will be in the north.",
    "The chief executive will take a pay cut.",
)
art(
    "t5-fewer",
    "Pinewood Tribune",
    "2026-09-16",
    "Smaller cuts",
    "Orbis Telecom will cut 400 jobs by the end of next year as it closes call centres.",
    "Most staff will move to other roles.",
    "The union welcomed the smaller number.",
)
art(
    "t5-hire",
    "Coastline Daily",
    "2026-09-17",
    "Orbis hiring",
    "Orbis Telecom will create 4,000 jobs by the end of next year as it opens call centres.",
    "The new centres will be in the south.",
    "Training starts in January.",
)

# T6: agreed to resume / will restart, capitals for countries; the opposite
art(
    "t6-a",
    "Pinewood Tribune",
    "2026-09-18",
    "Summits to resume",
    "Japan and South Korea agreed to resume regular summits between their leaders.",
    "The meetings stopped five years ago over a trade dispute.",
    "The first will be held in Busan.",
)
art(
    "t6-b",
    "Ledger Street Journal",
    "2026-09-19",
    "Leaders to meet again",
    "Tokyo and Seoul will restart their regular leaders' summits.",
    "Diplomats worked on the deal for months.",
    "Business groups welcomed it.",
)
art(
    "t6-halt",
    "Coastline Daily",
    "2026-09-20",
    "Summits halted",
    "Japan and South Korea agreed to suspend regular summits between their leaders.",
    "A row over fishing rights is to blame.",
    "Trade talks continue at a lower level.",
)

# T7: burned / gone up in flames, "35,000" / "thirty-five thousand"; another country
art(
    "t7-a",
    "Ledger Street Journal",
    "2026-09-21",
    "Fire season",
    "Wildfires have burned 35,000 hectares of forest in Greece this summer.",
    "Firefighters from six countries helped.",
    "Two villages were evacuated.",
)
art(
    "t7-b",
    "Pinewood Tribune",
    "2026-09-22",
    "Greek forests scorched",
    "Thirty-five thousand hectares of Greek forest have gone up in flames since June.",
    "Scientists linked the fires to a long heatwave.",
    "Tourists on Rhodes were moved to safety.",
)
art(
    "t7-other",
    "Coastline Daily",
    "2026-09-23",
    "Portugal burns",
    "Wildfires have burned 35,000 hectares of forest in Portugal this summer.",
    "The north of the country was worst hit.",
    "Eucalyptus plantations spread the flames.",
)

# T8: expelled / ordered to leave, Belgrade for Serbia, envoy / diplomat; then denied
art(
    "t8-a",
    "Coastline Daily",
    "2026-09-24",
    "Diplomat expelled",
    "Serbia has expelled a Croatian diplomat accused of spying.",
    "He was given 48 hours to leave.",
    "Zagreb said it would respond.",
)
art(
    "t8-b",
    "Pinewood Tribune",
    "2026-09-25",
    "Envoy sent home",
    "Belgrade ordered a Croatian envoy to leave the country over espionage claims.",
    "Relations between the neighbours are tense.",
    "The embassy declined to comment.",
)
art(
    "t8-deny",
    "Ledger Street Journal",
    "2026-09-28",
    "Belgrade clarifies",
    "Serbia denied that it had expelled a Croatian diplomat.",
    "A foreign ministry spokesman said the diplomat had left of his own accord.",
    "Croatia has not commented.",
)

# T9: a wire copy with a sentence added; a same-topic report
W = [
    "OSLO (Pinewood Tribune) - Norway will open 12 new offshore wind areas to developers next year, the oil and energy ministry said on Thursday.",
    "The areas lie in the North Sea.",
    "Licences will be awarded by auction.",
]
art("t9-orig", "Pinewood Tribune", "2026-09-26", "Wind areas open", *W)
art(
    "t9-copy",
    "Coastline Daily",
    "2026-09-27",
    "Norway's wind push",
    *W,
    "Fishermen fear for their grounds.",
)
art(
    "t9-indep",
    "Ledger Street Journal",
    "2026-09-27",
    "Wind investors wary",
    "Investors say Norway's offshore wind auctions offer too little support.",
    "Costs for turbines have risen sharply.",
    "Two firms pulled out of an earlier round.",
)

write(__file__)
