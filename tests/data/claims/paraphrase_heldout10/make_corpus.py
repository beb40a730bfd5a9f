"""Writes articles.jsonl: the tenth paraphrase held-out corpus, written blind (before
reading the claims code of this pass) as ordinary news travel outside geopolitics: a
competition fine (business), a vaccine trial (health, science), a football transfer
(sport) and a compensation ruling (courts), each travelling through five or six outlets
over two to three weeks (the original with a named source, "X, citing Y, said",
"according to X", "reportedly", a bare restatement in a later article's background
paragraph, two of them denied later), the claim sentence mostly not first; rewordings
that change the verb (fined / ordered to pay a penalty / hit with a fine, cut cases by /
had fewer infections, sign / join / be sold to / pay for, ordered to pay / must
compensate / is liable for), nominalisations ("the fine imposed on", "its 68 percent
efficacy", "his move to", "last month's award against"), passives, numbers in words,
the doer or object by description or pronoun ("the competition watchdog", "the telecom
group", "the company", "the forward", "the mining group"); hard negatives that share
actors and numbers (another target or amount from the same regulator, another measure
with the same number, another player for the same fee, another company before the same
court, the opposite); same-topic independent reports; a wire story with two edited
copies and one of its facts restated by an independent report. Every outlet, person,
company, product and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# K1: a competition fine: named (fined), "X, citing Y, said" (ordered to pay a penalty,
# passive), according to (the watchdog, the telecom group, must pay), reportedly (hit
# with a fine, number in words), bare background (the company was fined), denial by the
# company; another target and amount from the same authority, the same target fined
# another amount by another regulator, the case dropped against a unit (the opposite)
art(
    "k1-named",
    "Granite Herald",
    "2027-02-02",
    "Kestrel fined over fibre access",
    "Denmark's competition regulator has been investigating the country's broadband market since 2024.",
    "The Danish Competition Authority fined Kestrel Telecom 480 million crowns for blocking rival providers from its fibre network, the authority's director Mette Holm said on Tuesday.",
    "Holm said Kestrel had charged rivals up to three times what it charged its own retail arm.",
    "Kestrel has four weeks to decide whether to appeal.",
)
art(
    "k1-relay",
    "Bayside Monitor",
    "2027-02-03",
    "Record penalty for Danish telecom group",
    "Broadband customers in Jutland have complained for years about slow connections.",
    "The newspaper Nordposten, citing the authority, said Kestrel had been ordered to pay a penalty of 480 million crowns for shutting competitors out of its fibre lines.",
    "It is the largest penalty the authority has ever imposed.",
    "Consumer groups welcomed the decision.",
)
art(
    "k1-according",
    "Northfield Gazette",
    "2027-02-05",
    "What the Kestrel ruling means for your bill",
    "Fibre now reaches two thirds of Danish homes.",
    "According to the competition watchdog, the telecom group must pay 480 million crowns for keeping rivals off its fibre network.",
    "Analysts said prices for fibre connections could fall by a tenth.",
)
art(
    "k1-vague",
    "Copperline News",
    "2027-02-09",
    "Europe's regulators get tougher",
    "Regulators across Europe are taking a harder line with former state telephone companies.",
    "In Denmark, Kestrel Telecom was reportedly hit with a fine of four hundred and eighty million crowns.",
    "Spain and Portugal are looking at similar cases.",
    "The European Commission is expected to publish new guidelines in the autumn.",
)
art(
    "k1-bare",
    "Meadowbrook Times",
    "2027-02-18",
    "Kestrel profit slips",
    "Kestrel Telecom's quarterly profit fell 12 percent, the company said on Thursday.",
    "Chief executive Anders Lund blamed higher energy costs.",
    "The company was fined 480 million crowns this month for blocking rivals from its fibre network.",
    "Lund said the group had set aside money for the fine.",
)
art(
    "k1-deny",
    "Bayside Monitor",
    "2027-02-12",
    "Kestrel to fight ruling",
    "Kestrel Telecom denied that it had blocked rival providers from its fibre network and said it would appeal.",
    "A spokeswoman said the company had offered rivals the same prices since 2025.",
    "The appeal is expected to take at least a year.",
)
art(
    "k1-nordlys",
    "Granite Herald",
    "2027-02-10",
    "Energy firm fined for price fixing",
    "The Danish Competition Authority fined Nordlys Energi 48 million crowns for fixing heating prices with two rivals, the authority said on Wednesday.",
    "Nordlys said it would pay.",
    "The two rivals were given smaller fines.",
)
art(
    "k1-sweden",
    "Copperline News",
    "2027-02-14",
    "Swedish unit fined too",
    "Sweden's Competition Authority fined Kestrel Telecom 120 million crowns for abusing its position in the mobile market, the Swedish agency said on Friday.",
    "Kestrel's Swedish unit has 1.8 million customers.",
    "The company said it would study the ruling.",
)
art(
    "k1-dropped",
    "Northfield Gazette",
    "2027-02-20",
    "Mobile case closed",
    "The Danish Competition Authority dropped its case against Kestrel Telecom's mobile unit on Friday, saying it had found no evidence of abuse.",
    "The mobile case had been opened at the same time as the fibre case.",
    "Kestrel's shares rose 3 percent.",
)
art(
    "k1-indep",
    "Meadowbrook Times",
    "2027-02-04",
    "Kestrel lays new cable to Bornholm",
    "Kestrel Telecom finished laying a new undersea cable to the island of Bornholm on Wednesday, the company said.",
    "The cable will double internet speeds on the island.",
    "It cost 300 million crowns.",
)

# K2: a malaria vaccine trial: named (cut cases by), "X, citing Y, said" (prevented),
# according to (had fewer infections than, heavy), reportedly (lowered, the number in
# words, toddlers for young children), bare nominalisation with a pronoun (its 68
# percent efficacy); a contradiction by a later review; the same vaccine in adults with
# another number, another measure with the same number, another vaccine with the number
art(
    "k2-named",
    "Tidewater Post",
    "2027-02-03",
    "Malaria vaccine shows promise",
    "Malaria kills more than 400,000 children in Africa every year.",
    "The Malvax vaccine cut malaria cases among children under five by 68 percent in a two-year trial in Burkina Faso, lead researcher Issa Traore of the Nanoro research centre said on Wednesday.",
    "Traore said the results would be sent to regulators in the spring.",
    "The vaccine is made by Sahel Biologics, a company based in Dakar.",
)
art(
    "k2-relay",
    "Copperline News",
    "2027-02-04",
    "African-made vaccine beats expectations",
    "Public health experts have long hoped for a malaria vaccine made on the continent.",
    "Radio Savane, citing the trial team, said Malvax had prevented 68 percent of malaria cases in young children.",
    "The trial enrolled 4,800 children in three districts.",
)
art(
    "k2-according",
    "Granite Herald",
    "2027-02-06",
    "Inside the Nanoro trial",
    "Nurses in Nanoro visited every village in the trial area twice a month.",
    "According to the Nanoro research centre, children given Malvax had 68 percent fewer malaria infections than children given a placebo.",
    "Side effects were mild, the centre said.",
    "Most children received four doses.",
)
art(
    "k2-vague",
    "Meadowbrook Times",
    "2027-02-11",
    "A shot at the world's oldest killer",
    "Two malaria vaccines are already in use in Africa, but supplies are short.",
    "A third, Malvax, reportedly lowered malaria cases in toddlers by sixty-eight percent.",
    "Gavi, the vaccine alliance, has not yet said whether it will buy it.",
)
art(
    "k2-bare",
    "Northfield Gazette",
    "2027-02-22",
    "Dakar vaccine maker raises funds",
    "Sahel Biologics has raised 90 million dollars from investors to expand its factory in Dakar.",
    "The company's chief executive, Aminata Diallo, said the plant could make 40 million doses a year by 2029.",
    "Its Malvax vaccine cut malaria cases among young children by 68 percent in a trial in Burkina Faso this month.",
    "Diallo said talks with Gavi had begun.",
)
art(
    "k2-contra",
    "Tidewater Post",
    "2027-02-19",
    "Experts question vaccine figure",
    "An independent review panel said on Friday that the trial did not show that Malvax cut malaria cases by 68 percent, because too many children left the study early.",
    "The panel said the true figure could be much lower.",
    "The Nanoro centre said it stood by its results.",
)
art(
    "k2-adults",
    "Bayside Monitor",
    "2027-02-13",
    "Vaccine weaker in adults",
    "Malvax cut malaria cases among adults by 30 percent in a smaller trial in Mali, Sahel Biologics said on Saturday.",
    "The company said adults had some natural immunity.",
    "The Mali trial enrolled 900 people.",
)
art(
    "k2-admissions",
    "Granite Herald",
    "2027-02-15",
    "Fewer children in hospital",
    "In a second analysis of the Burkina Faso trial, Malvax cut hospital admissions for severe anaemia by 68 percent, the Nanoro research centre said on Monday.",
    "Anaemia is a common complication of repeated malaria.",
    "The centre did not give figures for deaths.",
)
art(
    "k2-other",
    "Copperline News",
    "2027-02-17",
    "Rival vaccine results",
    "The Plasmacure vaccine cut malaria cases among children under five by 68 percent in a trial in Ghana, its maker Volta Pharma said on Tuesday.",
    "Volta Pharma said it would apply for approval in Ghana first.",
    "The trial ran for eighteen months.",
)
art(
    "k2-indep",
    "Meadowbrook Times",
    "2027-02-05",
    "Bed nets handed out",
    "Burkina Faso began handing out 12 million insecticide-treated bed nets on Monday, the health ministry said.",
    "The campaign is funded by the Global Fund.",
    "Officials said every household should receive two nets.",
)

# K3: a football transfer: named (agreed to sign ... for), "X, citing Y, said" (join, a
# fee), according to (the forward is being sold to, passive, euro sign), reportedly
# (paying, the number in words, the player by nationality), bare nominalisation (his
# move to), denial by the selling club; another player for the same fee, another club
# bidding for the player, a new contract with his club (the opposite)
art(
    "k3-named",
    "Northfield Gazette",
    "2027-02-08",
    "Valdora land Arrieta",
    "Real Valdora have been looking for a striker since their captain retired in December.",
    "Real Valdora has agreed to sign striker Tomas Arrieta from Deportivo Lanza for 45 million euros, club president Jorge Minguez said on Monday.",
    "Minguez said Arrieta would undergo a medical on Wednesday.",
    "Arrieta, 24, scored 19 league goals last season.",
)
art(
    "k3-relay",
    "Tidewater Post",
    "2027-02-09",
    "Arrieta deal close",
    "Deportivo Lanza fans gathered outside the stadium on Monday night.",
    "The sports daily Marca Sur, citing sources at both clubs, said Arrieta would join Valdora for a fee of 45 million euros.",
    "Lanza bought the Argentine from Rosario for 6 million euros three years ago.",
)
art(
    "k3-according",
    "Bayside Monitor",
    "2027-02-10",
    "Lanza cash in",
    "Deportivo Lanza are 14th in the league and need money to pay their debts.",
    "According to Lanza officials, the forward is being sold to Real Valdora for €45 million.",
    "The club will use part of the money to rebuild its youth academy.",
)
art(
    "k3-vague",
    "Granite Herald",
    "2027-02-12",
    "The winter window's big spenders",
    "Clubs spent more in this winter's transfer window than in any before.",
    "Valdora are reportedly paying forty-five million euros for the Argentine striker Tomas Arrieta.",
    "Only two winter signings have ever cost more.",
    "Agents say fees will keep rising.",
)
art(
    "k3-bare",
    "Copperline News",
    "2027-02-24",
    "Arrieta scores on debut",
    "Tomas Arrieta scored twice on his debut as Real Valdora beat Sporting Hierro 3-0 on Sunday.",
    "His 45 million euro move from Deportivo Lanza to Valdora made him the club's most expensive signing.",
    "Valdora are now second in the table.",
)
art(
    "k3-deny",
    "Meadowbrook Times",
    "2027-02-11",
    "Lanza: Arrieta not for sale",
    "Deportivo Lanza denied on Thursday that it had agreed to sell Tomas Arrieta to Real Valdora.",
    "A club spokesman said no offer had been accepted.",
    "Arrieta trained with the squad as usual.",
)
art(
    "k3-sanz",
    "Tidewater Post",
    "2027-02-15",
    "Valdora buy again",
    "Real Valdora has agreed to sign midfielder Diego Sanz from Atletico Pampa for 45 million euros, the club said on Monday.",
    "Sanz, 22, has played twice for the national team.",
    "Pampa will also receive a share of any future sale.",
)
art(
    "k3-porto",
    "Bayside Monitor",
    "2027-02-07",
    "Porto Azul bid for Arrieta",
    "Porto Azul offered Deportivo Lanza 30 million euros for Tomas Arrieta, the Portuguese club said on Sunday.",
    "Lanza did not comment.",
    "Porto Azul sold their own striker to an English club in January.",
)
art(
    "k3-stays",
    "Granite Herald",
    "2027-02-27",
    "Another Lanza striker stays",
    "Deportivo Lanza's other striker, Matias Roldan, signed a new contract with the club until 2030, Lanza said on Saturday.",
    "Roldan, 29, had been linked with a move to Valdora.",
    "Lanza's coach said the club wanted to keep its best players.",
)

# K4: a compensation ruling: named (ordered to pay), "X, citing Y, said" (the mining group
# must compensate, doer by description), according to (is liable for damages), reportedly
# (told by a judge to pay, ex-miners, lung disease), bare nominalisation (last month's
# award against); no denial; another company before the same court, the same company's
# earlier settlement with another number, a second claim dismissed (the opposite)
art(
    "k4-named",
    "Bayside Monitor",
    "2027-03-04",
    "Miners win silicosis case",
    "Former miners sang outside the court building in Johannesburg on Thursday.",
    "The High Court in Johannesburg ordered Karoo Platinum to pay 2.1 billion rand to about 4,000 former miners who developed silicosis underground, the miners' lawyer Thandiwe Mokoena said.",
    "Mokoena said many of her clients were too ill to attend.",
    "The case took nine years.",
)
art(
    "k4-relay",
    "Meadowbrook Times",
    "2027-03-05",
    "A long wait for justice",
    "Silicosis is caused by breathing in fine dust from drilling rock.",
    "News Daily SA, citing court papers, said the mining group must compensate 4,000 former workers with 2.1 billion rand.",
    "The paper said each miner would receive about 500,000 rand.",
)
art(
    "k4-according",
    "Tidewater Post",
    "2027-03-08",
    "Miners' ruling explained",
    "The judgment runs to 312 pages.",
    "According to the judgment, Karoo Platinum is liable for 2.1 billion rand in damages to some 4,000 former miners with silicosis.",
    "The judge found that the company had known about the dust for decades.",
    "Families of miners who have died can also claim.",
)
art(
    "k4-vague",
    "Northfield Gazette",
    "2027-03-11",
    "Dust and money",
    "South Africa's mines employ about 450,000 people.",
    "Karoo Platinum has reportedly been told by a judge to pay 2.1 billion rand to 4,000 ex-miners with lung disease.",
    "Unions want the government to set up a fund for all mines.",
)
art(
    "k4-bare",
    "Granite Herald",
    "2027-03-22",
    "Platinum miner cuts dividend",
    "Karoo Platinum cut its dividend by half on Monday.",
    "Last month's 2.1 billion rand silicosis award against Karoo Platinum to 4,000 former miners weighed on its results.",
    "The company also blamed lower platinum prices.",
)
art(
    "k4-vaal",
    "Copperline News",
    "2027-03-09",
    "Gold miner ordered to pay",
    "The High Court in Johannesburg ordered Vaal Gold to pay 600 million rand to about 1,500 former miners with silicosis, the court said on Tuesday.",
    "Vaal Gold said it would appeal.",
    "The gold miner closed its last shaft in 2019.",
)
art(
    "k4-earlier",
    "Meadowbrook Times",
    "2027-03-12",
    "An old settlement",
    "Karoo Platinum paid 300 million rand to settle a tuberculosis claim by 1,200 former miners in 2023, court records show.",
    "That settlement did not cover silicosis.",
    "Lawyers for the miners said it had been too small.",
)
art(
    "k4-dismissed",
    "Bayside Monitor",
    "2027-03-16",
    "Widows' claim fails",
    "The High Court in Johannesburg dismissed a second claim against Karoo Platinum brought by 900 miners' widows on Tuesday.",
    "The judge said the widows had filed too late.",
    "Their lawyers said they would appeal.",
)
art(
    "k4-indep",
    "Tidewater Post",
    "2027-03-06",
    "Platinum shares slide",
    "Karoo Platinum's shares fell 11 percent on Friday, their biggest drop in five years.",
    "Traders said investors feared more claims.",
    "The rand weakened against the dollar.",
)

# K5: a science wire story and two edited copies (new headlines; one shortens the
# dateline and drops the last line, the other adds a line); an independent report
# restates one of its facts
WIRE = [
    "PERTH, March 2 (Southern Cross Wire) - Astronomers using a radio telescope in Western Australia have detected a star that flashes every 54 minutes, a pattern never seen before, Curtin University said on Tuesday.",
    "The object lies about 15,000 light years from Earth.",
    "Researchers think it may be a slowly spinning neutron star or a white dwarf.",
    "The findings were published in the journal Nature Astronomy.",
]
art("k5-orig", "Southern Cross Wire", "2027-03-02", "Mystery star flashes hourly", *WIRE)
art(
    "k5-copy1",
    "Granite Herald",
    "2027-03-02",
    "A star that blinks every 54 minutes",
    WIRE[0].replace("PERTH, March 2 (Southern Cross Wire)", "PERTH (SCW)"),
    *WIRE[1:3],
)
art(
    "k5-copy2",
    "Northfield Gazette",
    "2027-03-03",
    "Astronomers puzzled by slow pulses",
    *WIRE,
    "The team plans to observe the star again with telescopes in South Africa.",
)
art(
    "k5-indep",
    "Copperline News",
    "2027-03-07",
    "Australia's radio telescopes in demand",
    "Astronomers from 20 countries have asked for time on Australia's radio telescopes this year.",
    "Last week a team in Western Australia found a star that pulses once every 54 minutes, a pattern no one had observed before.",
    "A larger telescope is being built in the same desert.",
)

write(__file__)
