"""Actors: who is mentioned, with name variants merged into one canonical actor.

Mentions are spaCy's PERSON/ORG/GPE/LOC/NORP entities, tidied: a leading "the", a
trailing possessive and glued reference marks ("al-Assad,[1") are trimmed off the
span; numbers, single letters and lowercase spans are dropped; a name directly before
a weapon noun ("Patriot missile systems") or on the weapon list is a weapon, not an
actor. Added to them: repeats of a name the model tagged elsewhere in the article
but missed here, and roles in apposition to a person ("the Foreign Secretary, Boris
Johnson" gives a "Foreign Secretary" mention of Boris Johnson, so the role is on
record as his alias; mention counts then count the phrase twice). The pipeline
component added by `add_components` also re-tags ALL-CAPS headlines and adds the
alias table's names the model missed.

Each mention then gets a canonical actor by the rules of `resolve`, which read only
(text, type) pairs in document order, so stored mentions can be re-canonicalised
after the alias table is edited, without parsing again:

- the surface is tidied: typographic apostrophes and quotes made plain, a leading
  "the" and a trailing "'s" dropped, titles and roles before a person's name dropped
  ("former U.S. President Donald Trump" -> "Donald Trump", "Germany's Defense Minister,
  Boris Pistorius" -> "Boris Pistorius"), ALL-CAPS names title-cased; organisation
  names keep their inner possessive ("Japan's Defense Ministry");
- the alias table data/aliases.csv maps variants to one actor ("U.S.", "America",
  "the United States" -> "United States"), matched ignoring case, dots, a leading
  "the" and a trailing possessive; its type column fixes the mention's type;
- a capital (type "capital" rows of the table) stands for its country's government
  ("Moscow said" -> Russia) when `capitals_as_governments` is on, the default. Only
  GPE mentions are mapped: `mentions` types a capital LOC where it is named as a
  place ("in Moscow", "Taipei City") and keeps GPE where it acts (subject,
  possessor, "talks with Kyiv"), so the option only merges the acting capitals;
- nationalities (NORP) stay their own actor, as the group: "Russian"/"Russians" ->
  "Russians", "British" -> "British" ("Russian advances" is the Russian side, and
  merging it into the country would double count "Russia" in "Russia's Russian
  troops"); the alias table overrides ("Kurdish" -> "Kurds", "Western" -> "the West");
- within one article a surname, or "Mr. Smith", links to the person's full name
  named before it (or, failing that, after it), and takes type PERSON even when
  spaCy tagged it ORG; an acronym links to the long name it abbreviates
  ("International Atomic Energy Agency (IAEA)" ... "IAEA"); a role-only PERSON
  mention ("Foreign Secretary") is the person named next to it, and "the minister"
  the person last given a minister's role; two spellings of one name ("Oleksandr"
  / "Aleksandr Tkachuk"), a part of a double surname and a one-syllable family
  name written first ("Wang Lei" ... "Wang") are the person.

`mentions` also reads what only the text says: a role is the person the text
equates it with (apposition, copula) where the order rule would give another, and
a name given as another name of the actor just named ("also known as", "formerly",
"née") is that actor. Re-canonicalising stored mentions reads (text, type) only,
so it keeps the order rule and drops those links.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import logging
import os
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from presswatch.nlp import gazetteer, rules
from presswatch.nlp.common import ORIGINAL_TEXT, doc_text, sentence_of_token
from presswatch.records import ACTOR_TYPES, Mention

_log = logging.getLogger(__name__)

CAPITAL = "capital"
ACTOR_COMPONENT = "presswatch_actors"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words naming a role, not a person: dropped before a name ("Defense Minister Boris
# Pistorius"). Royal and religious titles are part of the name ("Pope Francis") and
# are not here.
TITLE_WORDS = _words(
    """
    acting adm admiral ambassador amb archbishop rear attorney bishop brig brigadier capt
    captain cardinal ceo chair chairman chairwoman chancellor chief cmdr co-founder
    coach col colonel commander commissioner congressman congresswoman councillor
    constable councilman counsel deputy det detective director dr envoy executive father
    founder gen general gov governor he inspector judge justice lady lawmaker leader
    lieutenant lord lt maj major manager mayor minister miss mp mr mrs ms officer
    premier president prof professor prosecutor rabbi rep representative rev
    reverend secretary sen senator sergeant sgt sheriff sir speaker spokesman
    spokesperson spokeswoman st superintendent vice
    """
)
# Occupations written like a title before a name, capitalised at the start of a
# sentence ("Surgeon Amal Haddad", "Economist Lena Dahl"): dropped there as titles
# are, but no title elsewhere. Written by hand: common trades of people quoted in
# news, none of them a usual given name.
OCCUPATIONS = _words(
    """
    accountant activist analyst architect artist surgeon astronaut banker chef
    diplomat doctor economist engineer farmer fisherman historian journalist lawyer
    midwife nurse paramedic pastor photographer physician physicist pilot
    pharmacist psychologist reporter researcher scientist soldier teacher
    veterinarian
    """
)
# Head nouns of a role in apposition to a name ("Lama Fakih, HRW's deputy director").
ROLE_HEADS = _words(
    """
    adviser advisor ambassador ceo chair chairman chairperson chairwoman chancellor
    chief commander commissioner director envoy executive governor head judge leader
    mayor minister official premier president prosecutor secretary senator spokesman
    spokesperson spokeswoman
    """
)
# Portfolios in a minister's title ("Secretary of State", "Minister of Defence").
PORTFOLIOS = _words(
    """
    agriculture commerce defence defense education energy finance health interior
    justice labor labour state trade transport transportation treasury war
    """
)
# Lowercase words that are part of names ("Ibrahim al-Jaafari", "Ursula von der Leyen",
# "Marta de los Ríos", "Pieter van den Berg").
NAME_PARTICLES = _words(
    """
    al el bin ibn abu da das de del della den der des di do dos du la las le los
    ten ter van von y ul
    """
)
# A name directly before one of these is the name of a weapon ("Patriot missiles").
WEAPON_NOUNS = _words(
    """
    aircraft air artillery battery batteries bomb bombs bomber bombers drone drones
    fighter fighters gun guns helicopter helicopters howitzer howitzers interceptor
    interceptors jet jets launcher launchers missile missiles rifle rifles rocket
    rockets submarine submarines system systems tank tanks vehicle vehicles warhead
    warheads
    """
)
# Weapon names spaCy often tags as people or organisations, and the military's
# acronyms for kinds of weapon ("VBIED", "UAV"); a mention with one of these names is
# dropped unless the article names a person ending in it ("Omar Bradley").
WEAPON_NAMES = _words(
    """
    abrams atacms atgm atgms bayraktar bradley bradleys gepard himars icbm icbms ied
    ieds iskander javelin javelins kalibr kinzhal leopard leopards manpads marder
    nasams patriot patriots rpg rpgs shahed stinger stingers taurus tomahawk
    tomahawks uav uavs vbied vbieds
    """
)
# A capital is its government only where it acts: the subject or possessor
# ("Moscow said", "Beijing's response"), or after one of these ("talks with Kyiv",
# "pressure from Washington"); elsewhere it is a place ("in Moscow", "Taipei City").
ACTING_PREPOSITIONS = _words(
    """
    against between by from with
    """
)
# Leading "The" is kept where it is part of the place's name.
THE_NAMES = frozenset({"hague", "gambia", "bahamas"})
_MINOR_WORDS = _words(
    """
    of the and for in on at to de du des la le al
    """
)

_APOSTROPHES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "\u00a0": " "}
)
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|s')$", re.IGNORECASE)
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,8}|[A-Z][A-Za-z]?[A-Z]{1,6}")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Reference marks glued to a name: "Bashar al-Assad,[1", "Abboud Qanbar(Arabic": from
# the first bracket to the end. Linear on any text: a match only starts where a run of
# spaces starts, and the possessive quantifiers never give back what they took.
# A league table's bracketed tag of a team ("Proleter ( Z )") stays.
_SPAN_TAIL = re.compile(
    r"(?<!\s)(?! \( [A-Z]{1,3} \)\Z)\s*+[,;]?\s*+[(\[].*+\Z", re.DOTALL
)


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Alias key -> (canonical actor, its type); capital key -> country.

    `countries` and `codes` come from the country list (`gazetteer`, ISO 3166-1):
    every name of a country the table does not list, and its three-letter code
    (matched only as written, in capitals). They give type GPE to any mention but a
    person's ("Jordan", "Chad" and "Israel" are also given names: a PERSON mention
    is judged in its article by `mentions`)."""

    aliases: Mapping[str, tuple[str, str]]
    capitals: Mapping[str, str]
    entries: tuple[tuple[str, str], ...] = ()  # (alias as written, type)
    countries: Mapping[str, str] = field(default_factory=dict)
    codes: Mapping[str, str] = field(default_factory=dict)
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)  # of an actor
    companies: frozenset[str] = frozenset()  # actors of the rows of companies

    def lookup(self, text: str) -> tuple[str, str] | None:
        """The (canonical, type) the table gives a surface form, if any; an Arabic
        article "al-" is as optional as "the" ("al-Hashd al-Shaabi")."""
        key = alias_key(text)
        found = self.aliases.get(key)
        if found is None and key.startswith("al-"):
            found = self.aliases.get(key[3:])
        return found

    def country(self, text: str) -> str | None:
        """The country a name or ISO code names, by the country list, if any."""
        found = self.countries.get(alias_key(text))
        if found is None and text.isupper():
            found = self.codes.get(text.replace(".", ""))
        return found

    def capital(self, text: str) -> str | None:
        """The country of a capital city's name, if it is one; accents are optional,
        as the city list writes its capitals without them ("Bogotá", "Yaoundé")."""
        found = self.capitals.get(alias_key(text))
        if found is None and not text.isascii():
            found = self.capitals.get(alias_key(_plain(text)))
        return found


@functools.lru_cache(maxsize=1 << 16)
def alias_key(text: str) -> str:
    """The form aliases are matched on: no case, dots, leading "the", possessive.
    (Remembered: the extractors ask for the same names thousands of times a chunk.)"""
    text = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()
    text = _POSSESSIVE.sub("", text) if len(text) > 3 else text
    text = _LEADING_THE.sub("", text)
    return text.replace(".", "").casefold().strip()


_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# The source of the table's rows of companies: "the airline" may be one of them.
COMPANY_SOURCE = "hand: companies"


def load_aliases(path: Path | str | None = None) -> AliasTable:
    """The alias table in path (default aliases.csv of the rule data), as it is now."""
    return rules.parsed(path or "aliases.csv", _alias_table)


def _alias_table(file: rules.RuleFile) -> AliasTable:
    aliases: dict[str, tuple[str, str]] = {}
    capitals: dict[str, str] = {}
    entries: list[tuple[str, str]] = []
    companies: set[str] = set()
    for _, row in rules.read_table(file).records():
        alias = (row.get("alias") or "").strip()
        actor = (row.get("canonical") or "").strip()
        kind = (row.get("type") or "").strip()
        if not alias or not actor:
            continue
        if (row.get("source") or "").strip().startswith(COMPANY_SOURCE):
            companies.add(actor)
        if kind.lower() == CAPITAL:
            capitals[alias_key(alias)] = actor
        else:
            aliases[alias_key(alias)] = (actor, kind.upper())
            entries.append((alias, kind.upper()))
    countries, codes = _country_names(aliases)
    for capital, code in gazetteer.capitals().items():
        country = gazetteer.country_of_code(code)
        if country is not None and alias_key(capital) not in aliases:
            name = _country_canonical(country, aliases)
            capitals.setdefault(alias_key(capital), name)
    words: dict[str, set[str]] = {}
    for k, (actor, _) in aliases.items():
        words.setdefault(actor, set()).update(k.split())
    return AliasTable(
        aliases,
        capitals,
        tuple(entries),
        countries,
        codes,
        {actor: frozenset(w) for actor, w in words.items()},
        frozenset(companies),
    )


def _country_canonical(
    country: gazetteer.Country, aliases: Mapping[str, tuple[str, str]]
) -> str:
    """A country's actor: the table's name for it where the table lists one of its
    names ("Russian Federation" -> "Russia"), else its usual English name."""
    for name in country.names:
        found = aliases.get(alias_key(name))
        if found is not None and found[1] == "GPE":
            return found[0]
    return country.name


def _country_names(
    aliases: Mapping[str, tuple[str, str]],
) -> tuple[dict[str, str], dict[str, str]]:
    """Name key -> country and ISO alpha-3 code -> country, for names the table lacks."""
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for country in gazetteer.countries():
        canonical = _country_canonical(country, aliases)
        for name in (*country.names, canonical):
            k = alias_key(name)
            if k not in aliases:
                names.setdefault(k, canonical)
        codes[country.alpha_3] = canonical
    return names, codes


def add_components(nlp: Language) -> Language:
    """Add the actor component after "ner" (once): see `ActorEntities`."""
    if ACTOR_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(ACTOR_COMPONENT, after="ner")
    return nlp


@Language.factory(ACTOR_COMPONENT)
def _actor_entities(nlp: Language, name: str) -> ActorEntities:
    return ActorEntities(nlp)


class ActorEntities:
    """Fixes to spaCy's entities that need the pipeline, not just the Doc.

    1. ALL-CAPS lines (headlines, datelines): the small model relies on letter case,
       so those lines are tagged again, their words cased as the article's body
       writes them (see `_uncap`).
    2. Alias-table names the model missed or split ("Islamic State of Iraq and the
       Levant", "ISIL") become entities of the table's type; where they overlap the
       model's entities the longer span wins.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._table: AliasTable | None = None
        self._matcher: PhraseMatcher | None = None

    def __call__(self, doc: Doc) -> Doc:
        table = load_aliases()
        try:
            self._retag_caps(doc, table)
            self._add_aliases(doc, table)
        except Exception:  # noqa: BLE001 - inside nlp.pipe a raise would end the stream
            # The model's own entities stand; the article is still analysed.
            _log.warning("actor fixes skipped on one article", exc_info=True)
        return doc

    def _retag_caps(self, doc: Doc, table: AliasTable) -> None:
        if "ner" not in self.nlp.pipe_names or not doc.has_annotation("SENT_START"):
            return
        runs = [(s.start, s.end) for s in doc.sents if _is_caps(s)]
        if not runs:
            return
        tokens = [t for start, end in runs for t in doc[start:end]]
        evidence = _case_evidence(doc, {t.i for t in tokens})
        words = [_uncap(t.text, table, evidence) for t in tokens]
        spaces = [bool(t.whitespace_) for t in tokens]
        retagged = self.nlp.get_pipe("ner")(Doc(doc.vocab, words, spaces))
        index = [t.i for t in tokens]
        inside = set(index)
        ents = [e for e in doc.ents if e.start not in inside]
        for e in retagged.ents:
            start, end = index[e.start], index[e.end - 1] + 1
            if end - start == len(e):  # not across two runs
                ents.append(Span(doc, start, end, label=e.label_))
        doc.ents = sorted(
            filter_spans([e for e in ents if e.end <= len(doc)]), key=_start
        )

    def _add_aliases(self, doc: Doc, table: AliasTable) -> None:
        if self._matcher is None or table is not self._table:
            self._matcher = _alias_matcher(self.nlp, table)
            self._table = table
        found = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self._matcher(doc)
            if (
                end - start > 1
                or doc[start].is_upper
                or not doc[start].is_sent_start
                or doc[start].tag_ in ("NNP", "NNPS")  # "Houthi rebels fired"
                or _bare_subject(doc[start])  # "Whitehall has ordered", tagged NN
            )
            and (len(doc[start:end].text) > 2 or _short_alias_ok(doc[start]))
        ]  # a sentence's first word is capitalised anyway ("Conservative estimates")
        if found:
            doc.ents = sorted(filter_spans(found + list(doc.ents)), key=_start)


def _alias_matcher(nlp: Language, table: AliasTable) -> PhraseMatcher:
    """Matches the table's names as written or in capitals; match id = entity type.

    One-word aliases of two letters ("US", "IS") match only in a sentence written in
    mixed case: as words of a headline they are often English ("LET US").
    """
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    patterns: dict[str, set[str]] = {}
    for alias, kind in table.entries:
        if kind not in ACTOR_TYPES or not alias[:1].isupper():
            continue
        if " " not in alias and len(alias.replace(".", "")) <= 2:
            if alias.isupper() and len(alias) == 2:
                patterns.setdefault(kind, set()).add(alias)  # see `_short_alias_ok`
            continue
        written = {alias, alias.upper()}
        written |= {w.replace("'", "’") for w in written}  # "Da’esh" as "Da'esh"
        patterns.setdefault(kind, set()).update(written)
    for kind, texts in sorted(patterns.items()):
        matcher.add(kind, [nlp.make_doc(t) for t in sorted(texts)])
    return matcher


def _bare_subject(token: Token) -> bool:
    """A noun alone as its clause's subject, no determiner nor modifier of its own:
    capitalised at a sentence's start it is a name ("Whitehall has ordered"), not a
    common noun, which would have its article ("Conservative estimates", "Labour
    costs" are modifiers)."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod")
            for c in token.children
        )
    )


def _short_alias_ok(token: Token) -> bool:
    """A two-letter alias ("IS", "UN") in capitals inside a mixed-case sentence, where
    it is no English word ("IS fighters had been present")."""
    doc = token.doc
    return (
        token.text.isupper()
        and doc.has_annotation("SENT_START")
        and not _is_caps(token.sent)
    )


def _start(span: Span) -> int:
    return span.start


def _is_caps(sent: Span) -> bool:
    """Mostly upper-case words: a headline or a dateline."""
    words = [t.text for t in sent if t.is_alpha and len(t) > 1]
    upper = sum(w.isupper() for w in words)
    return upper >= 2 and upper >= 0.6 * len(words)


def _case_evidence(doc: Doc, skip: set[int]) -> dict[str, bool]:
    """Lowercased word -> written capitalised (True) or lowercase (False) inside a
    sentence of the mixed-case text."""
    seen: dict[str, bool] = {}
    for t in doc:
        if t.i in skip or t.is_sent_start or not t.is_alpha or t.is_upper:
            continue
        if t.is_lower:
            seen[t.lower_] = False
        elif t.is_title:
            seen.setdefault(t.lower_, True)
    return seen


def _uncap(word: str, table: AliasTable, evidence: dict[str, bool]) -> str:
    """The word as it would be written in mixed case: "GERMANY" -> "Germany".

    The article's own mixed-case text decides where it has the word; else names in
    the alias table are title-cased, its acronyms ("NATO") kept, and other words
    lowercased (most words of a headline are not names; a name missed here is still
    found when the body names it, by `_repeated_names`)."""
    if not word.isupper() or len(word) < 2 or "." in word:
        return word
    lower = word.lower()
    if len(word) <= 5 and table.lookup(word) is not None:
        return word
    title = "-".join(p.capitalize() for p in word.split("-"))
    if lower in evidence:
        return title if evidence[lower] else lower
    if table.lookup(word) is not None or table.capital(word) is not None:
        return title
    return lower


def mentions(doc: Doc, *, roles: bool = True) -> list[Mention]:
    """Actor mentions in document order, each with its canonical actor; roles=False
    leaves out the role mentions ("Foreign Secretary") of named people."""
    sent_of = sentence_of_token(doc)
    table = load_aliases()
    spans = [s for s in map(_tidy_span, _rejoined_at_hyphens(doc)) if s is not None]
    spans = _feature_of_names(doc, _particle_places(doc, spans))
    spans = _split_at_the(_split_place_lists(spans), table)
    spans = _joined_bodies(doc, spans)
    spans = _nicknamed(doc, _whole_person_names(doc, spans))
    spans = _organisation_names(doc, _particle_names(doc, spans))
    spans = _head_first_orgs(doc, _club_prefixes(_legal_form_tails(spans)))
    spans = _teams(doc, _broadcasters(doc, spans))
    spans = _acronym_long_names(doc, spans)
    spans += _defined_acronyms(doc, spans)
    spans += _missed_capitals(doc, spans, table)
    spans += _described_names(doc, spans)
    spans += _feature_names(doc, spans)
    spans = [
        _dateline_place(_capital_no_person(s, table))
        for s in sorted(_drop_weapons(spans), key=_start)
    ]
    spans = _split_person_tails(spans)
    checked, certain = _checked_types(spans, table)
    spans = _owned_lowercase(_owned_ministries(checked, table), table)
    spans = _majority_labels(
        sorted(spans + _repeated_names(doc, spans), key=_start), certain
    )
    spans = _whole_names(doc, spans)
    spans = _sports_teams([_place_or_government(s, table) for s in spans], table)
    spans = _county_sides(doc, _entrant_teams(doc, _table_teams(doc, spans, table)))
    role_of = _appositive_roles(doc, spans) if roles else {}
    titled = _titles_before(doc, spans) if roles else {}
    described = _descriptions(doc, spans)
    spans = [  # a place inside "the Auckland-based company" is the description's
        s for s in spans if not any(d.start <= s.start < d.end for d in described)
    ]
    spans = sorted(
        spans
        + list(role_of)
        + described
        + _name_tails(doc, spans)
        + _role_descriptions(doc, spans, role_of, titled),
        key=_start,
    )
    spans = _described_companies(_described_subjects(doc, spans))
    spans = [s for s in spans if _plausible_name(_written(s))]
    found = _resolved(spans, table)
    # a description ("the group") or a role ("the minister") with no actor named
    # before it to stand for is no mention
    spans, found = _linked_only(spans, found, description_head)
    spans, found = _linked_only(spans, found, _is_name_tail)
    spans, found = _outside_descriptions(spans, found)
    found = _roles_as_written(found, role_of, titled)
    spans, found = _linked_only(spans, found, is_role_description)
    text = doc_text(doc)
    found = _described_referents(text, _named_also(text, found, table))
    return [
        Mention(m.start, m.end, m.text, m.type, m.actor, sent_of[s.start])
        for s, m in zip(spans, found, strict=True)
    ]


# Words before a city's or region's name in a football club's ("Real Betis",
# "Atletico Madrid", "Dynamo Kyiv").
CLUB_PREFIXES = frozenset(
    """
    Atletico Atlético Beitar Borussia Deportivo Dinamo Dynamo Eintracht Hajduk Hapoel
    Inter Legia Lokomotiv Maccabi Olympique Racing Rapid Real Slavia Spartak Sporting
    Sturm
    """.split()
)


def _club_prefixes(spans: list[Span]) -> list[Span]:
    """A club's name the model tagged without its first word ("Real" of "Real
    Betis", "Betis" tagged a nationality) is the club."""
    out = []
    for span in spans:
        doc, start = span.doc, span.start
        if (
            start >= 1
            and doc[start - 1].text in CLUB_PREFIXES
            and span.label_ in ("GPE", "LOC", "NORP", "ORG")
            and not span.text.isupper()
            and not (out and out[-1].end == start)
        ):
            span = Span(doc, start - 1, span.end, label="ORG")
        out.append(span)
    return out


# First words of organisations' names in languages that put the head first ("Banco
# Atlântico do Sul", "Société Générale", "Federación Minera del Norte", "Deutsche
# Bahn"), with the English head a description of it takes ("the bank", "the union"):
# a name opening with one, or with a club's prefix, is an organisation's, never a
# person's or a place's. Written by hand for Romance and German names.
FIRST_WORD_HEADS = {
    **dict.fromkeys(_words("aerolíneas"), "airline"),
    **dict.fromkeys(_words("agence agencia agência agenzia"), "agency"),
    **dict.fromkeys(
        _words("asociación associação associazione"), "association"
    ),
    **dict.fromkeys(_words("autoridad autorité"), "authority"),
    **dict.fromkeys(_words("banca banco banque caixa caja cassa"), "bank"),
    **dict.fromkeys(_words("comisión"), "commission"),
    **dict.fromkeys(_words("comité"), "committee"),
    **dict.fromkeys(
        _words("compagnie companhia compañía empresa società société"), "company"
    ),
    **dict.fromkeys(_words("confederación confédération"), "confederation"),
    **dict.fromkeys(_words("consejo conseil consiglio"), "council"),
    **dict.fromkeys(_words("corporación"), "corporation"),
    **dict.fromkeys(_words("deutsche deutscher"), "company"),
    **dict.fromkeys(
        _words("federación federação fédération federazione"), "federation"
    ),
    **dict.fromkeys(_words("fondation fondazione fundación"), "foundation"),
    **dict.fromkeys(_words("groupe grupo gruppo"), "group"),
    **dict.fromkeys(_words("guardia"), "guard"),
    **dict.fromkeys(_words("instituto istituto"), "institute"),
    **dict.fromkeys(_words("ministère ministerio ministero ministério"), "ministry"),
    **dict.fromkeys(_words("partido partito"), "party"),
    **dict.fromkeys(_words("policía polícia polizia"), "police"),
    **dict.fromkeys(_words("servicio servizio"), "service"),
    **dict.fromkeys(_words("sindicato syndicat"), "union"),
    **dict.fromkeys(
        _words("universidad universidade università université"), "university"
    ),
}
ORG_FIRST_WORDS = frozenset(FIRST_WORD_HEADS)


def _opening_org_word(token: Token) -> bool:
    return token.is_title and (
        token.text in CLUB_PREFIXES or token.lower_ in ORG_FIRST_WORDS
    )


def _head_first_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name of two or more words opening with an organisation's first word or a
    club's prefix (`ORG_FIRST_WORDS`, `CLUB_PREFIXES`) is an organisation, with
    the lowercase particles and capitalised words that end it if the model cut them
    off ("Banco Atlântico" + "do Sul"): the model's "Real Corvera" a person,
    "Sturm Linz" a place."""
    starts = {s.start for s in spans}
    touched = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if len(span) < 2 or not _opening_org_word(span[0]):
            out.append(span)
            continue
        doc, end = span.doc, span.end
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in PLACE_PARTICLES
            and doc[end + 1].is_title
            and end not in touched
            and end + 1 not in starts
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 2
        out.append(Span(doc, span.start, end, label="ORG"))
    return out


# Last and first words of clubs' names that are no person's ("Leeds United",
# "Ajax FC", "FC Porto", "Real Betis").
CLUB_TAILS = _words("fc afc cf sc")


def _club_shaped(words: list[str]) -> bool:
    return bool(words) and (
        words[0] in CLUB_PREFIXES
        or words[0].lower() in CLUB_TAILS
        or words[-1].lower() in CLUB_TAILS | CLUB_WORDS
    )


# Verbs of a transfer whose "from" names the selling club ("signed X from Benfica").
TRANSFER_VERBS = _words("buy loan sign")


def _teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """Clubs by what the sentence says of them, in any story: a name before a player
    and that player's name ("Villa manager Marco Bianchi", "Real Betis striker
    Carlos Núñez", untagged if it has a club's shape), or the side that plays an
    organisation with a score ("Aston Villa beat Everton 2-0"), is an organisation,
    and so is every mention of that name in the article (the model's "Aston Villa"
    a person). A country before a player stays the country ("England captain")."""
    table = load_aliases()
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    teams: set[str] = set()
    added: list[Span] = []
    for t in doc:
        if not (t.is_lower and t.lower_ in PLAYER_NOUNS) or t.i < 1:
            continue
        after = span_at.get(t.i + 1)
        if after is None or after.label_ != "PERSON" or after.start != t.i + 1:
            continue
        before = span_at.get(t.i - 1)
        if before is not None:
            if before.end == t.i and before.label_ == "PERSON":
                teams.add(before.text)
            continue
        start = t.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].i not in span_at:
            start -= 1
            if doc[start].is_sent_start:
                break
        words = [w.text for w in doc[start : t.i]]
        if _club_shaped(words) and table.country(" ".join(words)) is None:
            added.append(Span(doc, start, t.i, label="ORG"))
    alone = {s[0].lower_ for s in spans if len(s) == 1 and s.label_ == "PERSON"}
    for span in spans:
        if span.label_ != "PERSON" or span.root.dep_ not in ("nsubj", "dobj"):
            continue
        verb = span.root.head
        if verb.lemma_.lower() not in TEAM_VERBS or not _GAME_SCORE.search(
            doc[verb.i : verb.i + 8].text
        ):
            continue
        if span[-1].lower_ in alone:
            continue  # "Novak Petrović beat ... Petrović, 24, said"
        if any(
            o is not span
            and o.label_ == "ORG"
            and o.root.head == verb
            and (len(o) == 1 or _club_shaped([w.text for w in o]))
            for o in spans
        ):
            teams.add(span.text)  # "Aston Villa beat Everton 2-0"
    if not teams and not added:
        return spans
    ones = {n for n in teams if " " not in n}
    out = [
        Span(doc, s.start, s.end, label="ORG")
        if s.label_ == "PERSON"
        and (s.text in teams or (len(s) > 1 and s[-1].text in ones))
        else s
        for s in spans
    ]
    return sorted(out + added, key=_start)


# A broadcaster's word that its number follows ("Channel 12", "Radio 4").
CHANNEL_WORDS = _words("channel kanal radio tv")


def _legal_form_tails(spans: list[Span]) -> list[Span]:
    """A name the model cut before its legal form ("Halvorsen Drilling" of
    "Halvorsen Drilling ASA") is the company's whole name; a channel cut before
    its number ("Channel" of "Channel 12") the channel's."""
    starts = {s.start for s in spans}
    out = []
    for span in spans:
        doc, end = span.doc, span.end
        if (
            span.label_ == "ORG"
            and span[-1].lower_ in CHANNEL_WORDS
            and end < len(doc)
            and end not in starts
            and doc[end].text.isdigit()
            and len(doc[end]) <= 3
        ):
            span = Span(doc, span.start, end + 1, label="ORG")
        elif (
            span.label_ != "NORP"
            and end < len(doc)
            and end not in starts
            and _legal_form(doc[end].text)
            and (not doc[end].is_lower or doc[end].lower_ == "plc")
            and not doc[end].is_sent_start
        ):
            span = Span(doc, span.start, end + 1, label="ORG")
        out.append(span)
    return out


def _split_place_lists(spans: list[Span]) -> list[Span]:
    """A list of places the model tagged as one name ("Florence and Pisa", "Kent,
    Surrey and Essex") is one mention per place, when every part is a place of the
    lists and the whole is none ("Bosnia and Herzegovina", "Trinidad and Tobago")."""
    out: list[Span] = []
    for span in spans:
        cuts = [t.i for t in span if t.lower_ in ("and", ",")]
        if not cuts or span.label_ == "NORP" or _is_place_name(span.text):
            out.append(span)
            continue
        bounds = zip(
            [span.start, *(c + 1 for c in cuts)], [*cuts, span.end], strict=True
        )
        parts = [Span(span.doc, a, b) for a, b in bounds if a < b]
        if all(p[0].is_title and _is_place_name(p.text) for p in parts):
            out += [
                Span(p.doc, p.start, p.end, label=_place_type(p.text)) for p in parts
            ]
        else:
            out.append(span)
    return out


# Institutions named after a saint ("St Mary's Hospital", "St John's College").
SAINT_INSTITUTIONS = _words(
    "academy cathedral church college hospital infirmary school university"
)
# Public bodies that serve two places named together ("Avon and Somerset Police",
# "Devon and Cornwall Police", "Kent and Medway NHS Trust").
SHARED_BODIES = _words("constabulary council police trust")


# First halves of services' names joined by "and" ("Fire and Rescue Service",
# "Customs and Excise", "Parks and Recreation").
JOINED_HEADS = _words("customs fire health parks police search")


def _joined_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names the model cut in two: a saint's name before "'s" and an institution
    ("St Mary" of "St Mary's Hospital"), and a place before "and" and a police
    force or council ("Avon" of "Avon and Somerset Police"). The whole name is one
    organisation."""
    start_at = {s.start: s for s in spans}
    drop: set[int] = set()
    out: list[Span] = []
    for span in spans:
        if span.start in drop:
            continue
        end = span.end
        if (
            span[0].text.rstrip(".") in ("St", "Saint")
            and end + 1 < len(doc)
            and doc[end].tag_ == "POS"
            and doc[end + 1].is_title
            and doc[end + 1].lower_ in SAINT_INSTITUTIONS
        ):
            nxt = start_at.get(end + 1)
            last = nxt.end if nxt is not None else end + 2
            drop.add(end + 1)
            span = Span(doc, span.start, last, label="ORG")
        elif (
            len(span) == 1
            and span[0].is_title
            and span.label_ != "ORG"
            and end + 2 < len(doc)
            and doc[end].lower_ == "and"
            and (nxt := start_at.get(end + 1)) is not None
            and nxt.label_ == "ORG"
            and len(nxt) >= 2
            and nxt[-1].lower_ in SHARED_BODIES
            and _is_place_name(nxt[0].text)
        ):
            drop.add(nxt.start)
            span = Span(doc, span.start, nxt.end, label="ORG")
        elif (
            len(span) >= 2
            and span[-1].lower_ in JOINED_HEADS
            and end + 2 < len(doc)
            and doc[end].lower_ == "and"
            and (nxt := start_at.get(end + 1)) is not None
            and nxt.label_ == "ORG"
            and nxt[-1].lower_ in ORG_HEADS
        ):
            drop.add(nxt.start)  # "North Yorkshire Fire and Rescue Service", the
            # first half tagged a person, a place or an organisation
            span = Span(doc, span.start, nxt.end, label="ORG")
        out.append(span)
    return out


def _split_at_the(spans: list[Span], table: AliasTable) -> list[Span]:
    """Two names the model tagged as one across a "the" ("In Florence the Arno
    rose"): a place of the lists, then "the" and a capitalised name, are two
    mentions, the second of the table's type if it has one."""
    out: list[Span] = []
    for span in spans:
        cut = next((t.i for t in span[1:-1] if t.text == "the"), None)
        left = Span(span.doc, span.start, cut) if cut is not None else None
        if (
            left is None
            or not span.doc[cut + 1].is_title
            or not (_is_place_name(left.text) or table.lookup(left.text))
        ):
            out.append(span)
            continue
        right = span.doc[cut + 1 : span.end]
        kind = _alias_type(right.text, table) or span.label_
        out += [
            Span(span.doc, left.start, left.end, label=_place_type(left.text)),
            Span(span.doc, right.start, right.end, label=kind),
        ]
    return out


def _outside_descriptions(
    spans: list[Span], found: list[Mention]
) -> tuple[list[Span], list[Mention]]:
    """The spans and mentions without those inside a description that found its
    organisation ("Lebanese" of "the Lebanese group": Hezbollah)."""
    described = [
        s for s, m in zip(spans, found, strict=True) if description_head(m.text)
    ]
    if not described:
        return spans, found
    kept = [
        i
        for i, s in enumerate(spans)
        if not any(d.start <= s.start and s.end <= d.end and d != s for d in described)
    ]
    return [spans[i] for i in kept], [found[i] for i in kept]


def _linked_only(
    spans: list[Span], found: list[Mention], unlinked: Callable[[str], object]
) -> tuple[list[Span], list[Mention]]:
    """The spans and mentions without those whose text `unlinked` marks (a
    description, a role) that kept their own words: no actor was found for them."""
    kept = [
        i
        for i, m in enumerate(found)
        if not unlinked(m.text) or m.actor != _tidy(m.text)
    ]
    return [spans[i] for i in kept], [found[i] for i in kept]


def _roles_as_written(
    found: list[Mention],
    role_of: dict[Span, Span],
    titled: dict[Span, list[str]] | None = None,
) -> list[Mention]:
    """A role is the person the text equates it with ("Maria Lopes, the finance
    minister, met John Smith": Maria Lopes; "the finance minister is Maria Lopes"),
    where the order-only rule of `resolve` (the nearest person, the one after
    first) gives another; and "the minister" later is then that person too, or the
    person last titled so before it ("Foreign Minister Tomas Lindgren ... The
    minister said"), whichever the text gave last.
    Re-canonicalising stored mentions keeps the link (`recanonicalised`)."""
    at = {m.start: i for i, m in enumerate(found)}
    actors_ = [m.actor for m in found]
    for role, name in role_of.items():
        if role.start_char in at and name.start_char in at:
            actors_[at[role.start_char]] = actors_[at[name.start_char]]
    pairs = [(m.actor, m.type) for m in found]
    for i, actor in enumerate(actors_):
        pairs[i] = (actor, pairs[i][1])
    _link_role_descriptions([m.text for m in found], pairs)
    _link_titled(found, pairs, titled or {})
    return [
        m
        if m.actor == actor
        else Mention(m.start, m.end, m.text, m.type, actor, m.sent)
        for m, (actor, _) in zip(found, pairs, strict=True)
    ]


# The words between a name and another name of the same actor: "also known as",
# "formerly", "née", "a.k.a.", "known in Arabic as".
_ALSO_NAMED = re.compile(
    r"\s*[,(]\s*(?:(?:also|better|commonly|formerly|once|previously|widely)\s+)?"
    r"(?:known|called|spelt|spelled)\s+(?:in\s+[A-Z]\w+\s+)?as\s+(?:the\s+)?"
    r"|\s*[,(]\s*(?:née|nee|born|a\.?k\.?a\.?|formerly|previously)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _named_also(
    text: str, found: list[Mention], table: AliasTable | None = None
) -> list[Mention]:
    """A name given as another name of the actor just named ("Mohammed al-Amiri,
    also known as Abu Bakr al-Kurdi"; "Halvorsen Energy, formerly Nordkraft";
    "Margaret Holloway (née Finch)") is that actor, with every mention of it and its
    type. So is an acronym in brackets right after an organisation's name, whatever
    its letters ("the Sahel Liberation Movement (MLS)", in the order of another
    language; "the People's Protection Units (YPG)"): the acronym's actor if the
    alias table knows the acronym and not the name, else the name's. The link is
    read from the text, as `recanonicalised` reads it again after an alias edit."""
    table = table if table is not None else load_aliases()
    same: dict[str, tuple[str, str]] = {}
    for a, b in itertools.pairwise(found):
        if a.actor == b.actor or b.actor in same:
            continue
        if (
            a.type in ("PERSON", "ORG")
            and b.type in ("PERSON", "ORG", "GPE", "LOC", "NORP")
            and not is_description(b.text)
            and _ALSO_NAMED.fullmatch(text[a.end : b.start])
        ):
            same[b.actor] = same.get(a.actor, (a.actor, a.type))
        elif _bracketed_acronym(text, a, b):
            if (
                a.actor not in same
                and table.lookup(b.text) is not None
                and table.lookup(a.text) is None
            ):
                same[a.actor] = (b.actor, b.type)
            else:
                same[b.actor] = same.get(a.actor, (a.actor, a.type))
    if not same:
        return found
    return [
        Mention(m.start, m.end, m.text, *same[m.actor][::-1], m.sent)
        if m.actor in same
        else m
        for m in found
    ]


# "X, a Dutch chipmaker," / "X, a US fund." and "the Korean supplier X": what the
# text calls an organisation where it names it.
_CALLED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s*[,.;]"
)
_CALLED_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s+\Z")
# Verbs of a transfer, after which "from" names the club a player left.
_TRANSFER = re.compile(r"\b(?:bought|buys|joined|joins|loaned|signed|signs)\b")
_SENTENCE_END = re.compile(r"[.!?]\s")


def _called(text: str, m: Mention) -> str | None:
    """The noun the text gives an organisation in apposition or before its name."""
    after = _CALLED_AFTER.match(text, m.end)
    if after:
        return after.group(1)
    before = _CALLED_BEFORE.search(text[max(0, m.start - 60) : m.start])
    return before.group(1) if before else None


def _described_referents(text: str, found: list[Mention]) -> list[Mention]:
    """What a description stands for where the text says more than the names do:
    "the lender" is the organisation the text calls a lender ("Banca Vesuvio, an
    Italian lender, ... sell loans to Orion Credit, a US fund. The lender said"),
    not one it calls something else ("Brenta Auto ... the Korean supplier Hanseo
    Cells. The carmaker": Brenta Auto); "the club" after a transfer is no club the
    player came "from" ("Real Corvera signed X from Nacional. The club said"). Read
    from the text, as `recanonicalised` reads it again."""
    out = list(found)
    for i, d in enumerate(found):
        word = description_head(d.text)
        if word not in TRADE_DESCRIPTIONS | GENERIC_HEADS:
            continue
        near, others = [], 0  # the organisations of the few mentions before
        for m in reversed(out[:i]):
            if others >= GENERIC_WINDOW:
                break
            others += m.type != "PERSON"
            if m.type == "ORG" and not is_description(m.text):
                near.append(m)
        called = {m.start: _called(text, m) for m in near}
        pick = next((m for m in near if called[m.start] == word), None)
        now = next((m for m in near if m.actor == d.actor), None)
        if pick is None and now is not None:
            other = called[now.start]
            if other is not None and other != word and other in DESCRIPTION_HEADS:
                pick = next((m for m in near if m.start < now.start), None)
            elif word == "club":
                before = text[: now.start]
                ends = [e.end() for e in _SENTENCE_END.finditer(before)]
                sentence = before[max(ends, default=0) :]
                if sentence.endswith("from ") and _TRANSFER.search(sentence):
                    starts = now.start - len(sentence)
                    pick = next(
                        (m for m in near if m.actor != now.actor and m.start >= starts),
                        None,
                    )
        if pick is not None and pick.actor != d.actor:
            out[i] = Mention(d.start, d.end, d.text, d.type, pick.actor, d.sent)
    return out


def _bracketed_acronym(text: str, a: Mention, b: Mention) -> bool:
    """Whether b is an acronym in brackets right after the organisation's name a
    ("Sahel Liberation Movement (MLS)"; not "Anna Keller (CDU)", her party), maybe
    after words of the name ("Africa Centres for Disease Control and Prevention
    (Africa CDC)")."""
    *words, last = b.text.split()
    return (
        a.type == "ORG"
        and b.type != "PERSON"
        and not is_description(a.text)
        and text[a.end : b.start].strip() == "("
        and text[b.end : b.end + 1] == ")"
        and _ACRONYM.fullmatch(last) is not None
        and len(words) <= 2
        and all(w in a.text.split() for w in words)
    )


# A mention's text past these is no name: a run of letters pasted from a blob
# ("AAAA..." 10,000 long, base64) or a paragraph the model ran together.
MAX_NAME_WORD = 60
MAX_NAME_CHARS = 150


def _written(span: Span) -> str:
    """The span's text as the article has it (the doc's may be normalised)."""
    written = span.doc.user_data.get(ORIGINAL_TEXT)
    if written is None:
        return span.text
    return written[span.start_char : span.end_char]


def _plausible_name(text: str) -> bool:
    """Text that can be an actor's name: at most MAX_NAME_CHARS long, no word longer
    than MAX_NAME_WORD, and no control character but line breaks and tabs (format
    characters, such as a bidi override or a zero-width space, are cleaned from
    the canonical name instead: see `resolve`)."""
    if len(text) > MAX_NAME_CHARS or not _without_format_chars(text).strip():
        return False
    if any(len(word) > MAX_NAME_WORD for word in text.split()):
        return False
    return not any(
        unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text
    )


# Invisible format characters (Cf) cut from a name before it is canonicalised:
# bidi embeddings, overrides, isolates and marks, zero-width space, soft hyphen,
# word joiner, byte-order mark... The zero-width (non-)joiner stay: Persian and
# Indic names are spelled with them.
_KEPT_FORMAT = frozenset("\u200c\u200d")


def _without_format_chars(text: str) -> str:
    if text.isascii():
        return text
    return "".join(
        c for c in text if c in _KEPT_FORMAT or unicodedata.category(c) != "Cf"
    )


def _resolved(spans: list[Span], table: AliasTable) -> list[Mention]:
    """Mentions of the spans with their canonical actors (sent left at 0); the text
    of each is the article's own (`text[start:end]`, a soft line break kept)."""
    written = spans[0].doc.user_data.get(ORIGINAL_TEXT) if spans else None
    texts = [_SPAN_TAIL.sub("", s.text) or s.text for s in spans]
    if written is not None:
        texts = [
            written[s.start_char : s.start_char + len(t)]
            for s, t in zip(spans, texts, strict=True)
        ]
    resolved = resolve(
        [(t, s.label_) for t, s in zip(texts, spans, strict=True)], table
    )
    return [
        Mention(s.start_char, s.start_char + len(t), t, kind, actor, 0)
        for s, t, (actor, kind) in zip(spans, texts, resolved, strict=True)
    ]


def _appositive_roles(doc: Doc, spans: list[Span]) -> dict[Span, Span]:
    """Role nouns in apposition to a person's name -> the name's span.

    "The Foreign Secretary, Boris Johnson" gives "Foreign Secretary"; "Lama Fakih,
    HRW's deputy director" gives "deputy director": the role's own words, without
    a determiner, possessor or other entity, so mentions never overlap.
    """
    in_entity = {i for s in spans for i in range(s.start, s.end)}
    in_entity.update(i for e in doc.ents for i in range(e.start, e.end))
    roles: dict[Span, Span] = {}
    for span in spans:
        if span.label_ != "PERSON":
            continue
        root = span.root
        heads = [t for t in root.children if t.dep_ == "appos"]
        if root.dep_ == "appos":
            heads.append(root.head)
        heads += _copular_roles(root)
        heads += _role_before_comma(doc, span)
        for head in heads:
            if head.lower_ not in ROLE_HEADS or head.i in in_entity:
                continue
            start = head.i
            while (
                start > head.left_edge.i
                and start - 1 not in in_entity
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
            ):
                start -= 1
            roles[Span(doc, start, head.i + 1, label="PERSON")] = span
    return roles


def _role_before_comma(doc: Doc, span: Span) -> list[Token]:
    """The role of a sentence's opening words before a comma and the name: "Minister
    for the Middle East, Tobias Ellwood said" (the parser seldom makes this an
    apposition): the role's head word, followed only by its capitalised "of"/"for"
    phrase."""
    comma = span.start - 1
    if comma < 1 or doc[comma].text != ",":
        return []
    i = comma - 1
    while i > 0 and (
        (doc[i].is_title and doc[i].lower_ not in ROLE_HEADS)
        or doc[i].lower_ in _NAME_JOINERS
    ):
        i -= 1
    head = doc[i]
    opens = head.is_sent_start or (i > 0 and doc[i - 1].lower_ == "the")
    if head.lower_ in ROLE_HEADS and head.is_title and opens and i < comma - 1:
        return [head]
    return []


def _copular_roles(root: Token) -> list[Token]:
    """The role a name is equated with: "His Chief of Staff is Major General Hassan",
    "Assad, who would later become the President of Syria"."""
    verbs = []
    if root.dep_ in ("nsubj", "attr") and root.head.lemma_ in ("be", "become"):
        verbs.append(root.head)
    nouns = [root, root.head] if root.dep_ == "appos" else [root]
    verbs += [
        c
        for noun in nouns  # "his brother Omar Haddad, who ...": on the apposition
        for c in noun.children
        if c.dep_ == "relcl"
        and c.lemma_ in ("be", "become")
        and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
    ]
    return [
        c
        for verb in verbs
        for c in verb.children
        if c.dep_ in ("nsubj", "attr") and c.i != root.i and c.lower_ in ROLE_HEADS
    ]


def _capital_no_person(span: Span, table: AliasTable) -> Span:
    """A capital's name alone is a place, not a person ("Kyiv would not cede",
    "Addis Ababa gave no details")."""
    if span.label_ == "PERSON" and table.capital(span.text):
        return Span(span.doc, span.start, span.end, label="GPE")
    return span


def _split_person_tails(spans: list[Span]) -> list[Span]:
    """ "Middle East Tobias Ellwood" (ORG) ends in a person the article names on his
    own: the mention is the person; the words before him are left untagged."""
    people = {
        tuple(t.lower_ for t in s)
        for s in spans
        if s.label_ == "PERSON" and len(s) >= 2
    }
    if not people:
        return spans
    out = []
    for span in spans:
        if span.label_ != "PERSON":
            lowers = [t.lower_ for t in span]
            for n in range(len(span) - 1, 1, -1):
                if tuple(lowers[-n:]) in people:
                    span = Span(span.doc, span.end - n, span.end, label="PERSON")
                    break
        out.append(span)
    return out


def _checked_types(spans: list[Span], table: AliasTable) -> tuple[list[Span], set[int]]:
    """Entity types a reader would never get wrong, by the words around the name and
    the place lists (`gazetteer`); a span that names no actor (a ship, a common
    noun, a word of a minister's title) is dropped. See `_checked_type`. Also
    returns the starts of the spans whose type the words around them decided."""
    # a name the article calls a ship once is a ship everywhere in it ("the bulk
    # carrier Aurelia Star" ... "after the Aurelia Star")
    vessels = {s.text.lower() for s in spans if _classifier(s) == "vessel"}
    spans = [s for s in spans if s.text.lower() not in vessels]
    people = _person_shaped(spans, table)
    person_words = {
        t.lower_
        for s in spans
        if (s.label_ == "PERSON" or s.start in people) and len(s) >= 2
        for t in s
    }
    surnames = {
        s[-1].lower_
        for s in spans
        if (s.label_ == "PERSON" or s.start in people) and len(s) >= 2
    }
    companies = {
        s[0].lower_ for s in spans if len(s) >= 2 and _legal_form(s[-1].text)
    }
    full_names = [
        (s.start, s.text.split())
        for s in spans
        if (s.label_ == "PERSON" or s.start in people) and len(s) >= 2
    ]
    out = []
    certain: set[int] = set()
    for span in spans:
        label = "PERSON" if span.start in people else span.label_
        if label != span.label_:
            span = Span(span.doc, span.start, span.end, label=label)
        if (
            len(span) == 1
            and span.text.lower() in companies
            and span.root.dep_ in ("nsubj", "poss", "compound")
        ):
            out.append(Span(span.doc, span.start, span.end, label="ORG"))
            continue  # "Halden Robotics Inc ... Halden's chief executive"
        if (
            len(span) == 1
            and label == "ORG"
            and _family_name_first(span.text, full_names)
        ):
            out.append(Span(span.doc, span.start, span.end, label="PERSON"))
            certain.add(span.start)
            continue  # "Wang Donghai ... Wang was jailed": a family name first
        label = _checked_type(span, table, person_words, surnames)
        if label is None:
            continue
        if (
            _classifier(span) is not None
            or _place_noun_after(span)
            or (label == "ORG" and _of_organisation_role(span))
            or (label in ("GPE", "LOC") and _place_of_people(span))
        ):
            certain.add(span.start)  # the words around it say so, not the model
        if label == span.label_:
            out.append(span)
        else:
            out.append(Span(span.doc, span.start, span.end, label=label))
    return out, certain


# A city's own offices and people: a city's name before one is the city's ("the
# Milan prosecutor's office", "Odesa residents").
CIVIC_NOUNS = _words(
    """
    authorities council court courts governor mayor officials police prosecutor
    prosecutors residents
    """
)
# Legal forms ending companies' names ("Halden Robotics Inc", "Optiva AG"), matched
# without their dots ("S.A.", "N.V.").
LEGAL_FORMS = _words(
    "ab ag as asa bhd bv co corp gmbh inc kgaa kk llc llp ltd nv oyj pjsc plc pte pty"
    " sa se spa srl"
)


def _legal_form(word: str) -> bool:
    """A company's legal form, with or without dots ("GmbH", "S.A.", "Inc.")."""
    return word.replace(".", "").lower() in LEGAL_FORMS
# Words of organisations' names: a name with one of these is no person's.
ORG_WORDS = _words(
    """
    academy agency airlines alliance army association authority bank board bureau
    centre center church club coalition college command commission committee
    company corp corporation council court department federation force forces
    foundation front fund group guard inc institute league ltd media ministry
    monitor movement navy network news office organisation organization party
    police post press radio regiment service society times trust tv union
    university watch
    """
)
_HONORIFICS = _words("mr mrs ms miss dr sir dame")
# Last words of organisations' names that are no one's surname: a PERSON span
# ending in one is an organisation ("Nordlys Freight"), and a capitalised run ending
# in one is an organisation's name ("the Free Valley Front", "the Polish Border
# Guard"; see `_organisation_names`).
ORG_HEADS = _words(
    """
    academy agency airlines airways alliance army assembly association authority
    bank battalion board brigade bureau centre center coalition college command
    commission committee community company confederation consortium corporation
    corps council court
    department directorate federation fleet force forces forum foundation freight
    front fund group guard hospital inc initiative institute league logistics ltd
    ministry movement navy network observatory office organisation organization
    parliament party police
    program programme regiment service shipping society tribunal union university
    """
)


def _person_shaped(spans: list[Span], table: AliasTable) -> set[int]:
    """Starts of non-PERSON spans that are people by their shape: after an honorific
    ("Ms. Varga"), or a name of two or three capitalised words, none an
    organisation's word or a place, whose last word speaks alone elsewhere in the
    article ("Elena Varga ... 'We were not told,' Varga said") — and that surname
    itself."""
    doc = spans[0].doc if spans else None
    if doc is None:
        return set()
    speakers = {
        t.lower_
        for t in doc
        if t.dep_ == "nsubj"
        and t.tag_ == "NNP"
        and t.head.lemma_ in ("say", "tell", "add")
        and not any(c.dep_ == "compound" for c in t.children)
    }
    # a name's last word that stands alone as a name elsewhere: a surname, as an
    # organisation is shortened by its first word ("Goldman Sachs" ... "Goldman");
    # not in sports copy, where clubs go by any one word of their names
    alone = (
        set()
        if _sports_story(doc)
        else {
            s[0].lower_
            for s in spans
            if len(s) == 1
            and s.label_ in ("ORG", "PERSON")
            and s[0].tag_ == "NNP"  # not a team's "the Mariners"
            and not _is_caps(s.sent)
            and not _is_place_name(s.text)
        }
    )
    org_starts = {s.start for s in spans if s.label_ == "ORG"}
    found: set[int] = set()
    surnames: set[str] = set()
    for span in spans:
        if span.label_ == "PERSON":
            continue
        before = doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.is_title  # "Ms. Varga", not "will miss England's match"
            and before.lower_.rstrip(".") in _HONORIFICS
        ):
            found.add(span.start)
            continue
        if span.label_ == "ORG" and _particle_surname(span, table):
            found.add(span.start)  # "Van der Meer, 54, said"
            continue
        words = [t for t in span if t.is_alpha]
        if (
            span.label_ == "ORG"
            and 2 <= len(span) <= 3
            and len(words) == len(span)
            and all(t.is_title for t in words)
            and (
                span[-1].lower_ in speakers
                or (span[-1].lower_ in alone and not _is_place_name(span[0].text))
                or _of_organisation(span, org_starts)
            )
            and not any(t.lower_ in ORG_WORDS | COMPANY_HEADS for t in span)
            and not _opening_org_word(span[0])
            and table.lookup(span.text) is None
            and not _is_place_name(span.text)
            and not _media_outlet(span.text)
        ):
            found.add(span.start)
            surnames.add(span[-1].lower_)
    found.update(
        s.start
        for s in spans
        if len(s) == 1 and s.label_ in ("ORG", "NORP") and s[0].lower_ in surnames
    )
    return found


def _particle_surname(span: Span, table: AliasTable) -> bool:
    """A surname that opens with its particles, the first capitalised and the rest
    lowercase ("Van der Meer", "De la Fuente", "Von der Leyen"): a person's shape,
    which no organisation's name has ("De La Rue" capitalises every word)."""
    words = [t.text for t in span]
    return (
        3 <= len(words) <= 4
        and words[0].lower() in NAME_PARTICLES
        and words[0].istitle()
        and all(w in NAME_PARTICLES for w in words[1:-1])
        and words[-1].istitle()
        and words[-1].lower() not in ORG_WORDS | COMPANY_HEADS
        and table.lookup(span.text) is None
        and not _is_place_name(span.text)
        and not _media_outlet(span.text)
    )


def _of_organisation(span: Span, org_starts: set[int]) -> bool:
    """A name followed by "of" and an organisation's name: the person who works
    there ("Vera Lind of Capital News", "Peter Marsh of the Harbour Institute"),
    where the model took in the "of" and called the person the organisation."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    after = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    return after in org_starts


# Places of business or home a district's name qualifies ("his Mayfair firm").
PREMISES = _words("apartment firm flat home house office restaurant shop studio")
# What a camera system's initials ("CCTV", also a broadcaster's name) qualify or
# what is done with its pictures ("reviewing CCTV").
FOOTAGE_WORDS = _words("camera cameras footage images pictures recording video")
FOOTAGE_VERBS = _words("check examine install release review study")


def _camera_footage(span: Span) -> bool:
    """ "CCTV footage", "officers were reviewing CCTV": cameras, not the broadcaster."""
    doc, root = span.doc, span.root
    after = doc[span.end] if span.end < len(doc) else None
    return span.text == "CCTV" and (
        (after is not None and after.lower_ in FOOTAGE_WORDS)
        or (root.dep_ == "dobj" and root.head.lemma_ in FOOTAGE_VERBS)
    )


# Nouns whose "of" names a place's people or parts ("residents of Belgrave").
RESIDENT_NOUNS = _words(
    "centre center citizens inhabitants mayor outskirts people residents streets"
    " suburbs"
)
# Verbs of going on foot, by road, by water or by air: their "from" and "to" are
# places ("walking from Sandsend", "sailed to Tórshavn", "towed the trawler to
# Húsavík").
MOTION_VERBS = _words(
    """
    commute cycle divert drive evacuate flee fly hike ride row sail swim tow travel
    walk
    """
)
# Nouns of travel and transport: their "between", "from" and "to" are places
# ("crossings to Bornholm", "ferries between Split and Hvar", "the road to Kyiv").
ROUTE_NOUNS = _words(
    """
    bus crossing cruise ferry flight journey passage road route sailing service
    shuttle train trip voyage
    """
)
_ROUTE_PREPOSITIONS = _words("between from to")


def _travel_end(span: Span) -> bool:
    """Where travel or transport goes or comes from: the object of "between", "from"
    or "to" after a noun of travel ("crossings to Bornholm", "ferries between Split
    and Hvar", "flights from Bodø to Leknes"), a verb of going ("flew home from
    Akureyri", "towed the trawler to Húsavík"), or a verb whose object is a noun of
    travel ("cancelled all crossings to Bornholm"); not "a letter to Jonas Berg"."""
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "between Split and Hvar": as the first one
    if token.dep_ != "pobj" or token.head.lower_ not in _ROUTE_PREPOSITIONS:
        return False
    prep = token.head
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ in _ROUTE_PREPOSITIONS:
        head = head.head.head  # "from Bodø to Leknes", "to" hung on "Bodø"
    if head.lower_ == "home" and prep.lower_ == "from":
        return True  # "flew home from Akureyri"
    if head.lemma_.lower() in ROUTE_NOUNS | MOTION_VERBS:
        return True  # also the nouns: "a few hours' ride from Longyear"
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ROUTE_NOUNS for c in head.children
    )


def _place_of_people(span: Span) -> bool:
    """ "residents of Belgrave", "the outskirts of Dadaab", "walking from Sandsend",
    "crossings to Bornholm": a place, whatever the lists know of it. A name the
    model took for a person's or an organisation's is one only as a single word or
    a listed place, and an organisation's not as where a noun of travel comes from
    ("flights from Ryanair" are the airline's)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lower_ in RESIDENT_NOUNS
    if root.dep_ == "dobj" and _closed_to_traffic(root.head):
        return True  # "closed the Afsluitdijk to lorries"
    if not _travel_end(span):
        return False
    if _is_place_name(span.text):
        return True
    if span.label_ == "ORG" and (
        root.dep_ == "pobj"
        and root.head.lower_ == "from"
        and root.head.head.lemma_.lower() in ROUTE_NOUNS
    ):
        return False
    return len(span) == 1  # not "a train trip to the Democratic Convention"


CLOSING_VERBS = _words("block close reopen shut")
TRAFFIC_NOUNS = _words(
    """
    car cyclist flight lorry pedestrian public ship shipping tanker tourist traffic
    truck vehicle vessel visitor
    """
)


def _closed_to_traffic(verb: Token) -> bool:
    """A verb of closing a way to traffic ("closed ... to lorries", "reopened ... to
    shipping"): what it closes is a place."""
    return verb.lemma_.lower() in CLOSING_VERBS and any(
        c.lower_ == "to"
        and any(
            o.dep_ == "pobj" and o.lemma_.lower() in TRAFFIC_NOUNS for o in c.children
        )
        for c in verb.children
    )


# Roles only an organisation has: a name they are "of" or "at", or whose they are,
# is an organisation's ("the chief executive of Norsk Tankrederi", "Marlow
# Kessler's chairman", "shareholders of Lindqvist Marine"); not "the lawyer of Maria
# Lind". "Executive" and "officer" count after "chief" ("chief financial officer").
CORPORATE_ROLES = _words(
    """
    ceo chairman chairperson chairwoman co-founder cofounder founder shareholder
    """
)
_CHIEF_ROLES = _words("executive officer")


def _corporate_role(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in CORPORATE_ROLES or (
        lemma in _CHIEF_ROLES and any(c.lower_ == "chief" for c in token.lefts)
    )


def _of_organisation_role(span: Span) -> bool:
    """A name whose chief executive, chairman, founder or shareholders are named:
    "the chief executive of X", "the chairman at X", "X's chief executive"."""
    root = span.root
    if root.dep_ == "poss":
        return _corporate_role(root.head)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the" and span.start > 1:
        before = span.doc[span.start - 2]
    return (
        root.dep_ == "pobj"
        and before == root.head  # not "chairman of the party Vladimir Zhirinovsky"
        and root.head.lower_ in ("of", "at")
        and _corporate_role(root.head.head)
    )


def _in_apposition_org(span: Span) -> bool:
    """A name followed by ", the" or ", a" and an organisation's noun ("Ferrovia
    Nord, the regional rail operator,"; "Jaish al-Adl, a Sunni militant group."),
    as in `_described_names`; a nationality may be among the words before it."""
    doc, end = span.doc, span.end
    if (
        end + 2 >= len(doc)
        or doc[end].text != ","
        or doc[end + 1].lower_ not in ("the", "a", "an")
    ):
        return False
    heads = DESCRIPTION_HEADS | ORG_CLASSIFIERS
    for w in doc[end + 2 : end + 5]:
        if w.is_lower and w.lower_ in heads:
            after = doc[w.i + 1] if w.i + 1 < len(doc) else None
            return after is None or after.text in (",", ";", ".")
        if not ((w.is_lower and w.is_alpha) or w.ent_type_ == "NORP"):
            return False
    return False


def _checked_type(
    span: Span, table: AliasTable, person_words: set[str], surnames: set[str]
) -> str | None:
    """The type of a span as its context and the place lists show it, None for no
    actor:

    - a classifier noun before the name says what it is: "the cargo ship Volna Star"
      (a vessel: no actor), "the grid operator Ukrenergo", "the newspaper Yeni
      Gazete" (ORG), "the village of Giurgiulesti", "the crossing of Salla" (place);
    - a place noun after it makes it a place: "the Kharkiv region", "the Sulina
      channel", "Vilnius airport";
    - a person's name takes no "the" of its own ("on the Danube") and is no plural
      common noun ("Videos posted ...");
    - a country, by the country list, is GPE unless it is a person's surname in
      the article ("Jordan" in an article on Michael Jordan; "Chad" in one quoting
      Chad Miller is the country); a one-word PERSON that is a city of
      100,000 people or more and no word of a person's name in the article is GPE;
      a city tagged ORG or NORP is a place where it is named as one ("north of
      Kharkiv", "in the Odesa region") and a capital acts as a government ("Tallinn
      would raise"); an adjective tagged GPE is a nationality ("Ukrainian ports");
    - a media outlet of the media list is an ORG ("Interfax-Ukraine");
    - a portfolio before "Minister"/"Secretary" is part of a title ("Defence
      Minister Anna Keller").
    """
    doc = span.doc
    label = span.label_
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    text = span.text
    words = text.split()
    lower = text.lower()
    if len(span) == 1 and (
        _figure_label(span) or _credit_word(span) or _camera_footage(span)
    ):
        return None
    if (
        label == "PERSON"
        and len(span) == 1
        and before is not None
        and before.tag_ == "PRP$"
        and span.root.dep_ == "compound"
        and span.root.head.lower_ in PREMISES
    ):
        return "LOC"  # "his Mayfair firm", "her Chelsea home": where they are
    if (
        len(span) == 1
        and span.root.tag_ == "NNS"
        and span.root.lemma_.lower() in ROUTE_NOUNS | VESSEL_NOUNS
    ):
        return None  # "Buses will replace trains", "Ferries were cancelled"
    kind = _classifier(span)
    if kind is not None:
        if kind == "vessel":
            return None
        if kind == "place":
            return _place_type(text)
        if kind == "org":
            return "ORG"  # "the Polish news agency PAP", also where PAP is a town
    if len(span) == 1 and lower not in person_words and _org_apposition(span):
        return "ORG"  # "Sweden's security police, Säpo, said"
    if (
        label in ("PERSON", "GPE", "LOC", "NORP")
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in ("in", "of")
        and span.root.head.head.lower_ in ("shares", "stake", "stock")
        and span.root.head.head.i + 1 == span.root.head.i == span.start - 1
        and table.country(text) is None
    ):
        return "ORG"  # "Shares in Rolls-Royce jumped", "a stake in Halden"
    if label in ("PERSON", "ORG", "GPE") and _in_apposition_org(span):
        return "ORG"  # "Ferrovia Nord, the regional rail operator, said"
    if (
        label in ("PERSON", "GPE", "LOC")
        and (len(span) > 1 or lower not in person_words)
        and not _is_place_name(text)
        and _of_organisation_role(span)
    ):
        return "ORG"  # "the chief executive of Norsk Tankrederi", "X's chairman"
    if (
        label in ("ORG", "NORP", "PERSON")
        and (len(span) == 1 or span[-1].lower_ not in _ORG_OR_COMPANY_HEADS)
        and not text.isupper()
        and lower not in person_words
        and table.lookup(text) is None
        and _place_of_people(span)
    ):
        return "LOC"  # "residents of Belgrave", "walking from Sandsend"
    if (
        label in ("PERSON", "ORG", "GPE", "LOC", "NORP")
        and len(span) == 1
        and lower not in person_words
        and _nationality(span, table)
    ):
        return "NORP"  # "Lithuanian airspace", "Moldovan officials"
    if (label != "PERSON" or len(words) > 1) and _media_outlet(text):
        return "ORG"  # "the Al Arabiya channel": an outlet, not a waterway
    if (
        label in ("GPE", "LOC", "PERSON")
        and len(words) > 1
        and words[-1].lower() in NEWSPAPER_HEADS
        and (label != "PERSON" or words[-1] != "Post")  # "Emily Post"
    ):
        return "ORG"  # "the Süddeutsche Zeitung", "the Kyiv Post"
    if label in ("PERSON", "ORG", "NORP") and _place_noun_after(span):
        return _place_type(text)
    if label in ("ORG", "GPE", "LOC") and _person_apposition(span):
        return "PERSON"  # "Jackson Pierce, the coach of the Denver Broncos, said"
    if label in ("GPE", "LOC") and _team_name(span):
        return "ORG"  # "the Denver Broncos", "Kansas City Chiefs"
    if label in ("PERSON", "GPE", "LOC") and _org_noun_after(span, table):
        return "ORG"  # "the Houthi-run Saba news agency", "the Wagner group"
    if all(w.lower() in _ALL_PORTFOLIOS for w in words):
        if after is not None and after.lower_ in ("minister", "secretary"):
            return None
    if label != "PERSON" and all(w.lower().rstrip(".") in TITLE_WORDS for w in words):
        if after is not None and after.ent_type_ == "PERSON":
            return None  # "Rear Admiral Yoav Stein": a title, tagged ORG
    if _dateline_agency(span):
        return "ORG"  # "VILNIUS, Oct 3 (Harbour Wire) -": the wire agency
    if label != "ORG" and (label != "PERSON" or len(words) > 1) and _media_outlet(text):
        return "ORG"  # not a one-word person: "Hill" is no "The Hill"
    if (
        label == "PERSON"
        and lower not in person_words
        and _media_outlet(text)
        and _reporting(span)
    ):
        return "ORG"  # "Politico reported", "told Politico": the outlet
    if label in ("PERSON", "ORG", "GPE") and _natural_feature(span, table):
        return "LOC"  # "the Black Sea", "the Gulf of Finland", "the Bosphorus"
    if (
        label in ("GPE", "LOC")
        and len(words) > 1
        and words[-1].lower() in _BODY_HEADS
        and table.lookup(text) is None
        and not _is_place_name(text)
    ):
        return "ORG"  # "leads the Green Alliance"
    if label in ("GPE", "LOC") and words[-1].lower() in PARTY_MEMBERS:
        return "ORG"  # "a coalition with the Liberals"
    if (
        label in ("GPE", "LOC")
        and len(span) == 1
        and _surname_not_place(span, table, surnames)
    ):
        return "PERSON"  # "Carlos Mendez ... Mendez blamed", a village's name too
    if label == "PERSON" and lower not in person_words and _says_its(span):
        return "ORG"  # "Hayat al-Fath said its commander": no person's "its"
    if label == "PERSON":
        if (
            span.root.tag_ == "NNS"
            and len(span) == 1
            and lower not in surnames
            and _opens_sentence(span)
            and not _named_elsewhere(span)
        ):
            return None  # "Videos posted", not "Lopes told parliament"
        if len(words) > 1 and not _titled(before) and table.country(text) is not None:
            return "GPE"  # "Burkina Faso"
        if (
            len(words) > 1
            and lower not in person_words
            and gazetteer.city_population(text)
            and _locative(span, from_to=False)
        ):
            return "GPE"  # "its hospital in Khan Younis"
        if (
            len(words) > 1
            and (
                words[-1].lower().rstrip(".") in ORG_HEADS | COMPANY_HEADS
                or _legal_form(words[-1])
            )
        ):
            return "ORG"  # "Nordlys Freight", "Calder Marine Group", "Halvard Marine"
        if (
            before is not None
            and before.lower_ == "the"
            and span.root.dep_ not in ("compound", "amod", "nmod", "poss")
            and span.root.tag_ != "NNPS"
        ):
            return "LOC" if _locative(span) or _is_place_name(text) else None
        if (
            len(span) == 1
            and lower not in surnames
            and not _titled(before)
            and table.country(text) is not None
        ):
            return "GPE"  # "Chad and Niger" in a story quoting Chad Miller
        if len(span) == 1 and lower not in person_words and not _titled(before):
            if gazetteer.city_population(text) >= PERSON_CITY_MIN_POPULATION:
                return "GPE"
            if _region_outside_sport(span, table):
                return "GPE"  # "has represented Montana since 2013"
            if gazetteer.city_population(text) and (
                _locative(span, from_to=False) or _travelled(span)
            ):
                return "GPE"  # "off Izmail", "after leaving Izmail"
            if _arrived_at(span):
                return "LOC"  # "landed on Lampedusa", "docked at Piraeus"
            if _locative(span, from_to=False):
                return "LOC"  # "a drone strike near Qaim", a town too small to list
        return label
    if (
        label in ("ORG", "NORP")
        and span.root.dep_ in ("nsubj", "nsubjpass", "poss")
        and table.capital(text) is not None
        and table.lookup(text) is None
    ):
        return "GPE"  # "Ulan Bator said", "Tallinn's response": its government
    if len(span) == 1 and label in ("ORG", "NORP"):
        if label == "NORP" and lower not in person_words and table.country(text):
            return "GPE"
        if (
            label == "NORP"
            and span.root.tag_ == "NNP"
            and table.lookup(text) is None
            and _owner_country(text, table) is None
            and gazetteer.city_population(text)
        ):
            return "GPE"  # "driven out of Omdurman": a city, no people's name
        if table.lookup(text) is None and (
            gazetteer.city_population(text) or gazetteer.is_region(text)
        ):
            if _locative(span) or _travelled(span):
                return "LOC"  # "north of Kharkiv", "scrambled from Hokkaido"
            if _listed_with_place(span):
                return "GPE"  # "the ports of Izmail and Reni"
            if span.root.dep_ == "compound" and span.root.head.lower_ in CIVIC_NOUNS:
                return "GPE"  # "the Milan prosecutor's office", not "the ANO party"
            if (
                span.root.dep_ == "pobj"
                and span.root.head.lower_ == "of"
                and span.root.head.head.lower_ in CIVIC_NOUNS
            ):
                return "GPE"  # "the mayor of Lyon", "residents of Kherson"
        if label == "ORG" and _region_outside_sport(span, table):
            return "GPE"  # "who represents Nebraska", "Tasmania's premier"
    if label == "GPE" and len(span) == 1 and span.root.tag_ == "JJ":
        return "NORP"
    return label


# Members of a party that name it ("the Social Democrats", "the Liberals"): "the
# party" fits it, and it is no place.
PARTY_MEMBERS = _words(
    """
    communists conservatives democrats greens liberals nationalists republicans
    socialists
    """
)
# Heads of organisations' names that end no place's ("the Soviet Union", "the West
# Bank" do).
_BODY_HEADS = _words(
    """
    academy alliance association clinic coalition college committee council forum
    front hospital infirmary institute league movement organisation organization
    party university
    """
)
# Last words of newspapers' names ("Süddeutsche Zeitung", "Kyiv Post").
NEWSPAPER_HEADS = _words(
    """
    chronicle courier dispatch echo examiner express gazeta gazette gazzetta herald
    inquirer journal mirror monitor observer post pravda standard telegraph times
    tribune zeitung
    """
)


def _says_its(span: Span) -> bool:
    """The subject of a reporting verb followed by "its" ("X said its fighters")."""
    verb = span.root.head
    doc = span.doc
    return (
        span.root.dep_ == "nsubj"
        and verb.lemma_ in ("say", "announce", "claim", "confirm", "report")
        and verb.i == span.end
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ == "its"
    )


def _surname_not_place(span: Span, table: AliasTable, surnames: set[str]) -> bool:
    """A one-word place name that is the surname of a person named in full in the
    article and no country or name of the table ("Mendez", "Lima" of "Ana Lima")."""
    return (
        span.text.lower() in surnames
        and table.country(span.text) is None
        and table.lookup(span.text) is None
        and table.capital(span.text) is None
        and not _locative(span)
    )


# Last words of companies' names that are no one's surname: a PERSON span ending in
# one is an organisation ("Halvard Marine"). Not heads of `_organisation_names`, where
# "Saudi Energy" of "Saudi Energy Minister" would become a name.
COMPANY_HEADS = _words(
    """
    airways capital cement chemicals copper electric energy foods gas holding
    holdings homes industries insurance lithium marine metals mining motors nickel
    partners petroleum pharma pharmaceuticals rail resources steel systems
    technologies telecom utilities ventures water werke
    """
)
# Row labels of company-results tables on the wire ("Revs 4.21 billion vs 3.98
# billion", "Avg shs 120.4 million"), Reuters' abbreviations: no actor where a figure
# follows. A sports table's teams ("Arsenal 2 Chelsea 1") are actors and are not here.
FIGURE_LABELS = _words("avg ebitda eps net oper qtr rev revs shr shrs shs")


# Words of a wire story's credit line: "(Reporting by Olena Harmash; Editing by
# Kevin Liffey)", "Additional reporting by ...", "Compiled by ...".
CREDIT_WORDS = _words("compiled editing graphics reporting writing")


def _credit_word(span: Span) -> bool:
    """ "Reporting" in "(Reporting by Olena Harmash": a credit line's word, no name."""
    doc = span.doc
    return (
        span.text.lower() in CREDIT_WORDS
        and span.end < len(doc)
        and doc[span.end].lower_ == "by"
    )


def _figure_label(span: Span) -> bool:
    """A results table's row label: "Revs 130 1,279", "Avg shrs 4,841"."""
    if span.text.lower().rstrip(".") not in FIGURE_LABELS:
        return False
    doc = span.doc
    after = doc[span.end : span.end + 3]
    return any(t.like_num or t.is_currency for t in after)


# A person's name in a city: one-word PERSON mentions of smaller places are left alone
# ("Reni", "Salla" are also names).
PERSON_CITY_MIN_POPULATION = 100_000
# Portfolio words of titles beyond PORTFOLIOS ("Foreign Minister", "Home Secretary").
_TITLE_PORTFOLIOS = _words("foreign home interior economy culture")
# Portfolios of ministries (and their ministers) named by what they run: "Iraq's oil
# ministry", "the Norwegian fisheries ministry", "Oil Minister Hamid Rasul".
_RESOURCE_PORTFOLIOS = _words(
    """
    communications environment fisheries housing immigration industry information
    mines mining oil petroleum planning tourism water
    """
)
_ALL_PORTFOLIOS = PORTFOLIOS | _TITLE_PORTFOLIOS | _RESOURCE_PORTFOLIOS
_ORG_OR_COMPANY_HEADS = ORG_HEADS | COMPANY_HEADS
# Common nouns directly before a name that say what it names ("the cargo ship X").
VESSEL_NOUNS = _words(
    """
    barge boat corvette cruiser destroyer ferry freighter frigate icebreaker liner
    ship submarine tanker trawler tug vessel warship yacht
    """
)
# Prefixes of ships' names, as written (capitals): navies' (HMS, USS, HMAS, ...),
# merchant ("MV" motor vessel, "MT" motor tanker), research ("RV") and fishing ("FV").
SHIP_PREFIXES = frozenset("FV HMAS HMCS HMNZS HMS MT MV RV USCGC USNS USS".split())
ORG_CLASSIFIERS = _words(
    """
    agency airline automaker bank broadcaster broker carmaker charity chipmaker
    company conglomerate contractor daily developer drugmaker exporter firm group
    importer insurer investor lender magazine maker manufacturer miner network
    newspaper operator outlet planemaker producer refiner retailer shipbuilder
    shipper steelmaker supplier tabloid utility weekly website
    """
)
PLACE_NOUNS = _words(
    """
    airport area border capital channel city coast corridor county crossing delta
    district front route
    island oblast port ports province region river strait town valley village
    """
)
# Prepositions that name a place ("in Kharkiv", "north of Kharkiv", "towards Kharkiv").
LOCATIVE_PREPOSITIONS = _words(
    """
    across along around beyond in inside into near off outside over through toward
    towards via within
    """
)
_DIRECTIONS = _words(
    """
    north south east west northeast northwest southeast southwest outskirts centre
    center suburbs
    """
)


def _classifier(span: Span) -> str | None:
    """What the common noun right before a name says it is: "vessel", "org" or
    "place" ("the bulk carrier X", "the village of X"), else None. A ship's prefix
    opening the name or right before it says "vessel" ("HMS Kestrel", "MV X")."""
    doc = span.doc
    i = span.start - 1
    if (len(span) > 1 and span[0].text in SHIP_PREFIXES) or (
        i >= 0 and doc[i].text in SHIP_PREFIXES
    ):
        return "vessel"
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_NOUNS:
        return "place"
    if i >= 0 and doc[i].lower_ == "flagged":
        return "vessel"  # "the Panama-flagged Aurelia Star"
    if i < 0 or doc[i].pos_ != "NOUN" or not doc[i].is_lower:
        return None
    word = doc[i].lower_
    if word in VESSEL_NOUNS or (
        word == "carrier" and i >= 1 and doc[i - 1].lower_ in ("bulk", "cargo", "car")
    ):
        return "vessel"
    if word in ORG_CLASSIFIERS:
        return "org"
    if word in PLACE_NOUNS - {"border", "front", "ports", "airport"}:
        return "place"
    return None


# Nouns of organisations a one-word name in apposition to names ("Sweden's security
# police, Säpo", "the main opposition party, Tisza").
APPOSITION_ORG_NOUNS = _words("police regulator watchdog")


# Verbs of a medium reporting ("Politico reported"), and of speaking to one ("told
# Politico", "in an interview with Politico").
REPORTING_VERBS = _words("broadcast cite publish quote report say write")
SPOKEN_TO = _words("according interview speak talk tell")


def _reporting(span: Span) -> bool:
    """Named as a medium that reports or is spoken to: the subject of "reported",
    the one "told", "according to", "in an interview with"."""
    token = span.root
    head = token.head
    if token.dep_ == "nsubj":
        return head.lemma_ in REPORTING_VERBS
    if token.dep_ == "dobj":
        return head.lemma_ == "tell"
    return (
        token.dep_ == "pobj"
        and head.lower_ in ("to", "with")
        and head.head.lemma_ in SPOKEN_TO
    )


# Nouns in apposition that make even a one-word name a person's ("Okonjo, a
# spokeswoman for the ministry"; not "manager", "adviser", "leader" or "chief",
# which a company or a club may be: "Vanguard, the fund manager").
PERSON_APPOSITION_NOUNS = _words(
    """
    activist ambassador analyst attorney commissioner diplomat director economist
    envoy governor journalist judge lawmaker lawyer legislator mayor minister official
    professor prosecutor researcher scientist senator spokesman spokesperson
    spokeswoman strategist
    """
)


def _person_apposition(span: Span) -> bool:
    """A name with a person's role in apposition ("Jackson Pierce, the coach of
    ...", "X, a spokesman for ...", "Kovalenko, a Ukrainian lawmaker")."""
    nouns = PERSON_APPOSITION_NOUNS
    if len(span) > 1:
        nouns = nouns | ROLE_HEADS | PLAYER_NOUNS
    return any(
        c.dep_ == "appos" and c.is_lower and c.lower_ in nouns for c in span.root.rights
    ) or _role_before(span)


# The most words of the phrase after a role, before the comma and the name ("in
# N'Djamena", "for the northern provinces").
ROLE_PHRASE_WORDS = 4


def _role_before(span: Span) -> bool:
    """A name of two or three capitalised words set off by commas right after a
    person's role and its phrase ("The agency's representative in N'Djamena, Aïcha
    Mahamat, said"; the parser often hangs the name on the phrase's last word):
    the person holding it. Not a place of the lists ("the envoy for Sudan, South
    Sudan and Chad") nor an organisation's name."""
    doc, start = span.doc, span.start
    if not 2 <= len(span) <= 3 or start < 2 or doc[start - 1].text != ",":
        return False
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if not all(t.is_title and t.is_alpha for t in span) or _is_place_name(span.text):
        return False
    if any(t.lower_ in ORG_WORDS | COMPANY_HEADS for t in span):
        return False
    nouns = PERSON_APPOSITION_NOUNS | ROLE_HEADS | _words("representative")
    i = start - 2
    phrase = 0
    while i >= 0 and phrase <= ROLE_PHRASE_WORDS and doc[i].text not in (",", ";"):
        if doc[i].is_lower and doc[i].lower_ in nouns:
            return phrase == 0 or doc[i + 1].pos_ == "ADP"
        phrase += 1
        i -= 1
    return False


def _team_name(span: Span) -> bool:
    """A city of the lists and a plural proper noun or a club's word after it, the
    whole no place ("the Denver Broncos", "Kansas City Chiefs", "Manchester City";
    not "Golan Heights", "Mexico City")."""
    last = span[-1]
    return (
        len(span) > 1
        and last.is_title
        and (
            last.lower_ in CLUB_WORDS
            or (
                last.text.endswith("s")
                and last.lower_ not in FEATURE_WORDS | PLACE_NOUNS | _PLURAL_PLACE_WORDS
            )
        )
        and not _is_place_name(span.text)
        and gazetteer.city_population(span[:-1].text) >= PERSON_CITY_MIN_POPULATION
    )


# Last words of football clubs' names after their city ("Leicester City").
CLUB_WORDS = _words("albion athletic city hotspur united wanderers")
_PLURAL_PLACE_WORDS = _words(
    "falls gardens heights highlands hills islands keys lakes plains springs woods"
)


def _org_apposition(span: Span) -> bool:
    """A one-word name in apposition to a lowercase organisation noun."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.is_lower
        and head.lower_
        in DESCRIPTION_HEADS | ORG_CLASSIFIERS | APPOSITION_ORG_NOUNS | ORG_HEADS
    )


# Lowercase nouns after a name that make it an organisation's ("the Saba news
# agency", "the Tisza party").
ORG_NOUNS_AFTER = _words(
    "agency alliance bloc broadcaster coalition daily group militia movement newspaper"
    " party"
)


def _org_noun_after(span: Span, table: AliasTable) -> bool:
    """ "the Saba news agency": an organisation noun follows the name, which is no
    country's ("the Russia group" is no organisation)."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "news":
        i += 1
    return (
        i < len(doc)
        and doc[i].is_lower
        and doc[i].lower_ in ORG_NOUNS_AFTER
        and span.root.head.i == i
        and span.root.dep_ in ("compound", "nmod", "amod")
        and table.country(span.text) is None
    )


def _place_noun_after(span: Span) -> bool:
    """ "the Kharkiv region", "the Sulina channel": a lowercase place noun follows."""
    doc = span.doc
    return (
        span.end < len(doc)
        and span.root.tag_ in ("NNP", "NNPS")  # not "the Russian border"
        and doc[span.end].lower_ in PLACE_NOUNS
        and doc[span.end].is_lower
        and span.root.dep_ in ("compound", "nmod", "amod")
    )


def _locative(span: Span, *, from_to: bool = True) -> bool:
    """Named as a place: the object of "in", "near", "towards", "north of", ...;
    of "from" and "to" too (unless from_to is False) where it is no capital
    ("pressure from Moscow" is its government's)."""
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in ("from", "to"):
        return from_to and load_aliases().capital(span.text) is None
    return (
        prep.lower_ in LOCATIVE_PREPOSITIONS
        or (prep.lower_ == "of" and prep.head.lower_ in _DIRECTIONS)
        or (prep.lower_ == "on" and prep.head.lemma_ in ATTACK_NOUNS)
    )


# Nouns whose "on" names a place where it names one ("an Israeli strike on Nabatieh").
ATTACK_NOUNS = _words(
    "advance air-strike airstrike assault attack bombardment offensive raid strike"
)


def _listed_with_place(span: Span) -> bool:
    """Coordinated with a name the model tagged as a place ("Izmail and Reni"), or
    with a country or a large city of the lists ("Kent, Surrey and Essex", Surrey
    tagged a person) outside a sports story."""
    root = span.root
    partners = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    return any(
        t.ent_type_ in ("GPE", "LOC")
        or (
            t.ent_type_
            and t.is_title
            and not _sports_story(span.doc)  # "Kent, Surrey and Essex" the teams
            and (
                gazetteer.is_country(t.text)
                or gazetteer.city_population(t.text) >= PERSON_CITY_MIN_POPULATION
            )
        )
        for t in partners
    )


# Verbs whose object is a place when it names one ("leaving Izmail", "reached Reni").
TRAVEL_VERBS = _words("approach cross enter leave reach visit")


# Verbs of arriving: "on" or "at" after them names a place ("landed on Lampedusa").
ARRIVAL_VERBS = _words("anchor arrive dock land moor strand")


def _arrived_at(span: Span) -> bool:
    """The object of "on"/"at" after a verb of arriving: "had landed on Lampedusa"."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in ("on", "at")
        and prep.head.lemma_.lower() in ARRIVAL_VERBS
    )


def _travelled(span: Span) -> bool:
    """The object of a verb of travel: "after leaving Izmail"."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TRAVEL_VERBS


# Head words of natural features: "the Black Sea", "the Kerch Strait", "the Gulf of
# Finland". "Bay" and "Channel" are left out (ships, teams and TV channels).
FEATURE_WORDS = _words(
    """
    archipelago atoll canal coast desert gulf island islands lake mountains ocean
    peninsula reef river sea shoal strait straits
    """
)


# Feature words before "of" in a feature's name ("the Bay of Biscay", "the Isle of
# Wight"): there "Bay" is no team's or ship's.
OF_FEATURE_WORDS = FEATURE_WORDS | _words("bay isle isles")


def _natural_feature(span: Span, table: AliasTable) -> bool:
    """A sea, strait, river or region: by the alias table's LOC rows, or by its
    head word ("X Sea", "Gulf of X", "River X")."""
    found = table.lookup(span.text)
    if found is not None:
        return found[1] == "LOC"
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not all(t.is_title or t.is_lower for t in words):
        return False
    if words[-1].lower_ in FEATURE_WORDS and words[-1].is_title:
        return not any(t.lower_ in ORG_HEADS for t in words)
    if words[-1].text == "Channel" and _place_channel(span, table):
        return True
    if words[0].lower_ in FEATURE_PREFIXES and words[0].is_title:
        # "the River Cleddau" tagged a place; not "River Plate" tagged a club
        return span.label_ != "ORG" and not any(
            t.lower_ in _NOT_FEATURES for t in words
        )
    return (
        words[0].lower_ in OF_FEATURE_WORDS
        and words[0].is_title
        and words[1].lower_ == "of"
    )


def _place_channel(span: Span, table: AliasTable) -> bool:
    """A place's or a nation's name + "Channel" ("the English Channel", "the Bristol
    Channel", "the Mozambique Channel") is a sea where the model typed it a place or
    where it does not act: "the Kyiv Channel said" is a broadcaster, and so is any
    of the media list."""
    before = span[:-1].text
    return (
        (_is_place_name(before) or _national(before, table))
        and (span.label_ in ("GPE", "LOC") or span.root.dep_ not in ("nsubj", "nsubjpass"))
        and not _media_outlet(span.text)
    )


def _nationality(span: Span, table: AliasTable) -> bool:
    """A nationality adjective ("Lithuanian", "Moldovan"): the alias table's NORP,
    or the adjective of a country ("-ian", "-an", "-ish", "-ese", "-i") that is not
    a country's own name, before the noun it describes."""
    token = span[0]
    text = token.text
    found = table.lookup(text)
    if found is not None:
        return found[1] == "NORP"
    if not token.is_title or table.country(text) is not None:
        return False
    if not re.search(r"(?:ian|an|ish|ese|i)$", text):
        return False
    describes = token.tag_ == "JJ" or (
        token.dep_ in ("amod", "compound")
        and (
            # a lowercase head is a common noun, however tagged ("health ministry")
            (token.head.pos_ in ("NOUN", "PROPN") and token.head.is_lower)
            or token.head.lower_ in TITLE_WORDS  # "Ugandan President Joseph Okello"
        )
    )
    return describes and _owner_country(text, table) is not None


def _dateline_agency(span: Span) -> bool:
    """The agency of a wire dateline: "KYIV, Oct 3 (Harbour Wire) -", "WARSAW
    (Capital Wire) -": a bracketed name before a dash, near the start of a line."""
    doc = span.doc
    if span.start < 2 or span.end + 1 >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    if doc[span.end + 1].text not in ("-", "—", "–", "--"):
        return False
    line_start = span.start - 1
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    return span.start - line_start <= 8 and doc[line_start].is_upper


def _opens_sentence(span: Span) -> bool:
    """Only punctuation before it in its sentence: where a common noun is
    capitalised anyway ("Videos posted online"); a capitalised plural inside a
    sentence is a name ("led by Sanders", "a spokesman for Fields")."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    return all(t.is_punct for t in span.doc[sent.start : span.start])


def _named_elsewhere(span: Span) -> bool:
    """The same word the model tagged a person's name as a proper noun elsewhere in
    the article ("Senator Sanders said ... Sanders told")."""
    return any(
        e.label_ == "PERSON" and e.text == span.text and e.root.tag_ in ("NNP", "NNPS")
        for e in span.doc.ents
        if e.start != span.start
    )


def _region_outside_sport(span: Span, table: AliasTable) -> bool:
    """A country's state or province of the lists ("Nebraska", "Tasmania") named
    as a place outside a sports story: the model takes a state it does not know for
    an organisation or a person. Not where it acts ("Bayern said", "Victoria
    said": a club, a person), nor in a sports story ("Nebraska beat Oklahoma"), nor
    as the short name of an organisation the article names ("Bayern Munich ...
    goals for Bayern") or one's before its noun ("Iran's Fars news agency")."""
    return (
        gazetteer.is_region(span.text)
        and table.lookup(span.text) is None
        and not _org_noun_after(span, table)
        and span.root.dep_ not in ("nsubj", "nsubjpass")
        and not _sports_story(span.doc)
        and not any(
            e.label_ == "ORG" and len(e) > 1 and e[0].text == span.text
            for e in span.doc.ents
        )
    )


def _titled(token) -> bool:
    """Whether a title or honorific stands right before a name ("Mr.", "General")."""
    return token is not None and token.lower_.rstrip(".") in TITLE_WORDS


def _place_type(text: str) -> str:
    """GPE for a city or country of the place lists, LOC for any other place."""
    if gazetteer.city_population(text) or gazetteer.is_country(text):
        return "GPE"
    return "LOC"


def _is_place_name(text: str) -> bool:
    """A city or country by the place lists, or a place of the alias table."""
    if gazetteer.city_population(text) or gazetteer.is_country(text):
        return True
    found = load_aliases().lookup(text)
    return found is not None and found[1] in ("GPE", "LOC")


def _media_outlet(text: str) -> bool:
    """Whether a name is on the media list."""
    return rules.known_outlet(text)


# Words before a broadcaster's name ("TV Rain", "Radio Free Europe", "Kanal D").
BROADCASTER_PREFIXES = frozenset("Kanal Radio Rádio Telewizja TV".split())


def _outlet(name: str) -> bool:
    """Whether a name is a medium's: on the media list, or by its shape ("TV
    Aurora", "Radio Sahel", "the Kyiv Post")."""
    words = name.split()
    return _media_outlet(name) or (
        len(words) > 1
        and (words[0] in BROADCASTER_PREFIXES or words[-1].lower() in NEWSPAPER_HEADS)
    )


def _broadcasters(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "TV", "Radio" or "Kanal" and the capitalised words after it are a
    broadcaster's name, where the model tagged only the words after ("Aurora", a
    place, of "Brazil's TV Aurora") or nothing ("TV Rain")."""
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for t in doc:
        if t.text not in BROADCASTER_PREFIXES or t.i in span_at or t.i + 1 >= len(doc):
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].is_title:
            end += 1
        inside = {span_at[i] for i in range(t.i + 1, end) if i in span_at}
        end = max([end, *(s.end for s in inside)])
        if end == t.i + 1 or any(s.start != t.i + 1 for s in inside):
            continue
        if doc[t.i + 1].is_sent_start or (not inside and doc[end - 1].text == "News"):
            continue
        found.append(Span(doc, t.i, end, label="ORG"))
    if not found:
        return spans
    taken = {i for f in found for i in range(f.start, f.end)}
    kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
    return sorted(kept + found, key=_start)


# Heads of a state's own bodies: "Ukraine's State Emergency Service", "Estonia's
# Defence Forces", "Ghana's Electoral Commission" are one actor each, the country's.
STATE_BODY_HEADS = _words(
    """
    administration agency army assembly authority bureau cabinet command commission
    committee congress council court department directorate embassy force forces guard
    ministry navy office parliament police senate service staff tribunal
    """
)
# A bank is the state's only as its central bank ("Kenya's Central Bank", "India's
# Reserve Bank"; not "Greece's National Bank" or "Germany's Deutsche Bank").
CENTRAL_BANK_WORDS = _words("central reserve")


def _state_body(name: str) -> bool:
    """Whether a name's head is that of a state's own body."""
    head = _name_head(name)
    if head == "bank":
        return any(w in CENTRAL_BANK_WORDS for w in name.lower().split())
    return head in STATE_BODY_HEADS


def _owned_ministries(spans: list[Span], table: AliasTable) -> list[Span]:
    """ "Japan's Defense Ministry" tagged as "Japan" + "Defense Ministry" is one
    mention: the ministry with its country; so are the other bodies of a state
    ("Ukraine's State Emergency Service", "India's Reserve Bank" whatever the model
    tagged it), not a party named by its body ("India's Congress party") nor a
    body after an adjective that is no country's ("a Democratic Congress")."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        doc = span.doc
        if (
            prev is not None
            and (span.label_ == "ORG" or len(span) > 1)
            and _state_body(span.text)
            and span[0].is_title
            and not (span.end < len(doc) and doc[span.end].lower_ in ORG_NOUNS_AFTER)
            and (
                prev.label_ == "GPE"
                or gazetteer.is_country(prev.text)
                or (
                    prev.label_ == "NORP"
                    and _owner_country(prev.text, table) is not None
                )
            )
        ):
            gap = doc[prev.end : span.start]
            if len(gap) == 0 or (len(gap) == 1 and gap[0].tag_ == "POS"):
                out[-1] = Span(doc, prev.start, span.end, label="ORG")
                continue
        out.append(span)
    return out


# A type the context or a list gave a name counts this many of the model's.
CERTAIN_VOTES = 3


def _owned_lowercase(spans: list[Span], table: AliasTable) -> list[Span]:
    """ "Romania's defence ministry", "the Lithuanian foreign ministry": a country
    or nationality, a portfolio and "ministry" written in lowercase are one
    mention of the ministry (its owner and portfolio are read by `resolve`). A
    capital's ("Bonn's foreign ministry") is left to the capital, which stands for
    its government."""
    out: list[Span] = []
    for span in spans:
        doc = span.doc
        i = span.end
        if span.label_ in ("GPE", "NORP") and i < len(doc) and doc[i].tag_ == "POS":
            i += 1
        j = i
        while (
            j < len(doc)
            and doc[j].is_lower
            and (doc[j].lower_ in _ALL_PORTFOLIOS or doc[j].lower_ == "affairs")
        ):
            j += 1
        if (
            span.label_ in ("GPE", "NORP")
            and j > i
            and j < len(doc)
            and doc[j].lower_ == "ministry"
            and not any(s.start <= j < s.end for s in spans)
            and table.capital(span.text) is None
            and _owner_country(span.text, table) is not None
        ):
            span = Span(doc, span.start, j + 1, label="ORG")
        out.append(span)
    return out


def _majority_labels(spans: list[Span], certain: set[int] = frozenset()) -> list[Span]:
    """One name, one type within an article: a name the model tagged differently in
    different places takes its most frequent type (ties keep their own); a type
    the context showed ("the shipping company Nordlys Freight") outvotes the
    model's guesses elsewhere ("Nordlys Freight said")."""
    votes: dict[str, dict[str, int]] = {}
    for span in spans:
        if span.label_ != "NORP":
            counts = votes.setdefault(span.text.lower(), {})
            weight = CERTAIN_VOTES if span.start in certain else 1
            counts[span.label_] = counts.get(span.label_, 0) + weight
    out = []
    for span in spans:
        counts = votes.get(span.text.lower(), {})
        best = max(counts, key=counts.get, default=span.label_)
        if counts and counts[best] > counts.get(span.label_, 0):
            span = Span(span.doc, span.start, span.end, label=best)
        out.append(span)
    return out


def _dateline_place(span: Span) -> Span:
    """ "KYIV (Reuters) -", "WASHINGTON —": a capitalised name opening a line and
    followed by a bracket or dash is the place of the dateline, whatever its tag."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    after = doc[span.end].text if span.end < len(doc) else ""
    if (
        span.label_ != "LOC"
        and opens_line
        and span.text.isupper()
        and after in ("(", "-", "—", "–", "--", ",")
    ):
        return Span(doc, span.start, span.end, label="LOC")
    return span


def _whole_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organisation's name of two words or more, where the model tagged only a
    part of it elsewhere in the article, is the name there too ("Environment Canada
    spokesperson Julie Hahn": "Canada" alone)."""
    names = {
        tuple(t.lower_ for t in s): s.label_
        for s in spans
        if s.label_ == "ORG"
        and len(s) >= 2
        and all(t.is_title or t.is_upper for t in s)
    }
    if not names:
        return spans
    lowers = [t.lower_ for t in doc]
    at: dict[str, list[int]] = {}  # a word -> where it stands, in order
    for i, lower in enumerate(lowers):
        at.setdefault(lower, []).append(i)
    covering = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for key, label in names.items():
        n = len(key)
        for i in at.get(key[0], ()):
            if i > len(doc) - n:
                break
            if tuple(lowers[i : i + n]) != key or doc[i].text[:1].islower():
                continue
            inside = {covering[j] for j in range(i, i + n) if j in covering}
            if not inside or any(s.start < i or s.end > i + n for s in inside):
                continue  # untagged (`_repeated_names`' work), or part of a longer one
            if any(len(s) == n for s in inside):
                continue
            for s in inside:
                out.remove(s)
            out.append(Span(doc, i, i + n, label=label))
    return sorted(out, key=_start)


def _repeated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Repeats of the article's names that the model missed elsewhere in it.

    A name tagged once is the same name everywhere in the article ("Lynagh" in the
    body, "LYNAGH" in the headline); a person's surname repeats the person, and a
    company's first word the company ("Lindqvist Foods AB" ... "Lindqvist chief
    executive"). Only tokens outside every entity are tagged, and only whole
    capitalised names.
    """
    labels: dict[tuple[str, ...], dict[str, int]] = {}
    tagged: set[tuple[str, ...]] = set()  # names tagged as such, not only surnames

    def vote(key: tuple[str, ...], label: str) -> None:
        counts = labels.setdefault(key, {})
        counts[label] = counts.get(label, 0) + 1

    for span in spans:
        if span.label_ == "NORP":
            continue
        tagged.add(tuple(t.lower_ for t in span))
        vote(tuple(t.lower_ for t in span), span.label_)
        last = span[-1]
        if (
            span.label_ == "PERSON"
            and len(span) >= 2
            and last.is_title
            and len(last) > 2
        ):
            vote((last.lower_,), "PERSON")
        first = span[0]
        if span.label_ == "ORG" and len(span) == 2 and _club_shaped([first.text]):
            vote((first.lower_,), "ORG")  # "Real Madrid coach ..." "Real have won"
            tagged.add((first.lower_,))
        if span.label_ == "ORG" and len(span) == 2 and last.lower_ in CLUB_WORDS:
            vote((last.lower_,), "ORG")  # "Manchester United" ... "United have"
            tagged.add((last.lower_,))
        if (
            span.label_ == "ORG"
            and len(span) >= 2
            and (_legal_form(span[-1].text) or span[-1].lower_ in COMPANY_HEADS)
            and first.is_title
            and len(first) > 2
            and first.lower_ not in ORG_HEADS | COMPANY_HEADS | ORG_WORDS | TITLE_WORDS
            and not _national(first.text, load_aliases())
        ):
            vote((first.lower_,), "ORG")
            tagged.add((first.lower_,))  # "Lindqvist chief executive ...", "JJ" first
    if not labels:
        return []
    covered = {i for e in [*doc.ents, *spans] for i in range(e.start, e.end)}
    lengths: dict[str, set[int]] = {}
    for key in labels:
        lengths.setdefault(key[0], set()).add(len(key))
    lowers = [t.lower_ for t in doc]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        for n in sorted(lengths.get(lowers[i], ()), reverse=True):
            if i + n > len(doc):  # near the end a shorter name's key would match
                continue
            key = tuple(lowers[i : i + n])
            if key in labels and _free_name(doc, i, i + n, covered, key in tagged):
                counts = labels[key]
                found.append(Span(doc, i, i + n, label=max(counts, key=counts.get)))
                i += n
                break
        else:
            i += 1
    return found


def _plural_looking_subject(token: Token, length: int) -> bool:
    """A one-word surname ending in "s" that the tagger took for a plural noun, the
    subject of a verb: "Ozols visited the crossing" (not "Price rises hit farmers")."""
    return (
        length == 1
        and token.tag_ == "NNS"
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.pos_ in ("VERB", "AUX")
    )


def _free_name(doc: Doc, start: int, end: int, covered: set[int], tagged: bool) -> bool:
    """Tokens start:end are a whole capitalised name outside every entity (a surname
    never tagged alone must also not be a sentence's capitalised first word)."""
    if any(i in covered for i in range(start, end)) or not doc[start].text[0].isupper():
        return False
    first = doc[start]
    caps = first.is_upper
    if (
        not (tagged or caps)
        and first.is_sent_start
        and first.tag_ not in ("NNP", "NNPS")
        and not _plural_looking_subject(first, end - start)
    ):
        return False  # "Price rose" in an article on Tom Price
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    for t in (before, after):
        if t is not None and t.is_alpha and t.text[0].isupper() and not caps:
            if t is before and doc[start].is_sent_start:
                continue
            return False
    return True


def canonical(text: str, type: str | None = None) -> str:
    """The canonical actor for one surface form, on its own (no article context)."""
    return resolve([(text, type)])[0][0]


def canonical_in(
    text: str, type: str | None, mentions: Sequence[Mention], at: int
) -> str:
    """The canonical actor of a name written at offset `at` of an article with these
    mentions: linked as a mention there would be ("the Defense Ministry" in a story
    on Japan -> "Japan's Defense Ministry")."""
    before = [(m.text, m.type) for m in mentions if m.start < at]
    after = [(m.text, m.type) for m in mentions if m.start >= at]
    return resolve([*before, (text, type), *after])[len(before)][0]


def actor_words(actor: str) -> frozenset[str]:
    """The lowercase words of every name the alias table gives an actor."""
    return load_aliases().words.get(actor, frozenset())


def canonicalise(
    mentions: Sequence[tuple[str, str | None]],
    aliases: AliasTable | None = None,
    capitals_as_governments: bool = True,
) -> list[str]:
    """One canonical actor per (text, type) mention of an article, in document order."""
    return [a for a, _ in resolve(mentions, aliases, capitals_as_governments)]


def recanonicalised(
    stored: Sequence[Mention], text: str, aliases: AliasTable | None = None
) -> list[str]:
    """The canonical actor of each of one article's stored mentions (in document
    order) under the alias table, without parsing: `resolve` on their names and
    types, with the links `mentions` read from the text kept. A role stays the
    person it was stored as, under that person's name now ("Maria Lopes, the finance
    minister, and John Smith": the role is not handed to John Smith by the order
    rule), and "X, also known as Y" / "formerly" / "née" are read again from the
    article's `text`, which the stored offsets index."""
    table = aliases if aliases is not None else load_aliases()
    resolved = resolve([(m.text, m.type) for m in stored], table)
    roles = [m.type == "PERSON" and _role_text(m.text) for m in stored]
    now: dict[str, str] = {}  # stored actor -> the name its first named mention has now
    for m, (actor, _), role in zip(stored, resolved, roles, strict=True):
        if not role:
            now.setdefault(m.actor, actor)
    found = [
        Mention(m.start, m.end, m.text, m.type, now.get(m.actor, a) if r else a, m.sent)
        for m, (a, _), r in zip(stored, resolved, roles, strict=True)
    ]
    found = _named_also(text, found, table)
    return [m.actor for m in _described_referents(text, found)]


def _role_text(text: str) -> bool:
    """A role mention's text: "Foreign Secretary", "the minister"."""
    return _is_role(_tidy(text)) or is_role_description(text)


def resolve(
    mentions: Sequence[tuple[str, str | None]],
    aliases: AliasTable | None = None,
    capitals_as_governments: bool = True,
) -> list[tuple[str, str]]:
    """(canonical actor, type) per (text, type) mention of one article, in order.

    The type is the mention's own unless the alias table or a link to a person's full
    name says otherwise; a mention without a type gets one only from those.
    """
    table = aliases if aliases is not None else load_aliases()
    mentions = [(_without_format_chars(t), k) for t, k in mentions]
    out = [_resolve_one(t, k, table, capitals_as_governments) for t, k in mentions]
    _link_acronyms(mentions, out, table)
    roles = [k == "PERSON" and _is_role(a) for a, k in out]
    _link_name_variants(out, roles)
    _link_surnames(out, roles, [_tidy(t) for t, _ in mentions])
    _link_roles(out, roles, [t for t, _ in mentions])
    _link_role_descriptions([t for t, _ in mentions], out)
    _link_ministries(out, table)
    _link_short_names(out, table, [t for t, _ in mentions])
    _link_name_tails(mentions, out)
    _link_descriptions(mentions, out, table)
    _vote_types(out)
    return out


def _is_name_tail(text: str) -> bool:
    """ "the regional government": "the" and two or more lowercase words."""
    return text.islower() and text.startswith("the ") and len(text.split()) >= 3


def _link_name_tails(
    mentions: Sequence[tuple[str, str | None]], out: list[tuple[str, str]]
) -> None:
    """ "the regional government" is the last organisation named before it whose
    name ends in those words ("the Kurdistan Regional Government"); see
    `_name_tails`."""
    for i, (text, _) in enumerate(mentions):
        words = _SPACES.sub(" ", text).strip().split()
        if not _is_name_tail(" ".join(words)):
            continue
        tail = [w.lower() for w in words[1:]]
        for j in range(i - 1, -1, -1):
            actor, kind = out[j]
            name = _tidy(mentions[j][0]).lower().split()
            if kind == "ORG" and len(name) > len(tail) and name[-len(tail) :] == tail:
                out[i] = (actor, kind)
                break


def _link_short_names(
    out: list[tuple[str, str]], table: AliasTable, texts: Sequence[str] = ()
) -> None:
    """An organisation's short name (two words or more) is the long one of the
    article it is part of: without a nationality before it ("the Finnish Border Guard" ... "the Border
    Guard") or the words after "of"/"for" ("the Nordic Institute for Strategic
    Studies" ... "the Nordic Institute"); the nearest named before, else after."""
    orgs = [(i, actor.split()) for i, (actor, kind) in enumerate(out) if kind == "ORG"]
    for i, (actor, kind) in enumerate(out):
        words = actor.split()
        if (
            kind != "ORG"
            or len(words) < 2  # "the Coalition" may be another coalition
            or words[-1].lower() not in ORG_HEADS
            or table.lookup(actor) is not None
            or _ministry(actor, table) is not None
        ):
            continue
        n = len(words)
        longer = [
            (j, long_)
            for j, long_ in orgs
            if len(long_) > n
            and (
                (long_[-n:] == words and all(_national(w, table) for w in long_[:-n]))
                or (long_[:n] == words and long_[n].lower() in ("of", "for", "on"))
            )
        ]
        if longer:
            before = [name for j, name in longer if j < i]
            out[i] = (" ".join(before[-1] if before else longer[0][1]), "ORG")
    _link_news_divisions(out)
    _link_commissions(out)
    _link_first_words(out, orgs, table, texts)
    _link_plural_last_words(out, table, texts)


# Actors that make an article one on the European Union, where "the Commission" is
# its executive.
EU_ACTORS = frozenset(
    {"European Union", "European Parliament", "European Council", "European Commission"}
)


def _link_commissions(out: list[tuple[str, str]]) -> None:
    """ "the Commission" alone is the commission the article names ("the Electoral
    Commission ... the Commission"; the last named before it, else the first after),
    else the European Commission in an article on the EU ("Brussels says", "the
    European Parliament"). A coalition, unlike a commission, may be another one
    ("Syrian Arab Coalition" ... "the Coalition"), so only this head word links."""
    named = [
        i
        for i, (actor, kind) in enumerate(out)
        if kind == "ORG" and actor.endswith(" Commission")
    ]
    on_eu = any(actor in EU_ACTORS for actor, _ in out)
    for i, (actor, kind) in enumerate(out):
        if actor != "Commission" or kind != "ORG":
            continue
        before = [j for j in named if j < i]
        if before or named:
            out[i] = (out[before[-1] if before else named[0]][0], "ORG")
        elif on_eu:
            out[i] = ("European Commission", "ORG")


def _link_plural_last_words(
    out: list[tuple[str, str]], table: AliasTable, texts: Sequence[str] = ()
) -> None:
    """A one-word plural name, or a one-word organisation, is the one organisation
    of the article whose name, as written or canonical, it ends ("the Denver
    Broncos" ... "the Broncos", "Iran's Revolutionary Guards" ... "the Guards",
    "Aston Villa" ... "Villa"), when it is no head word ("Forces", "Industries"), no
    place and no table name."""
    by_last: dict[str, set[str]] = {}
    for i, (actor, kind) in enumerate(out):
        names = [actor, _tidy(texts[i])] if i < len(texts) else [actor]
        for words in (name.split() for name in names):
            if kind == "ORG" and len(words) >= 2:
                by_last.setdefault(words[-1], set()).add(actor)
    for i, (actor, kind) in enumerate(out):
        longer = by_last.get(actor, set())
        if (
            len(longer) == 1
            and kind in ("ORG", "GPE", "LOC")
            and (actor.endswith("s") or kind == "ORG")  # "Aston Villa" ... "Villa"
            and actor[:1].isupper()
            and not actor.isupper()
            and actor.lower() not in ORG_HEADS | COMPANY_HEADS
            and table.lookup(actor) is None
            and not _is_place_name(actor)
        ):
            out[i] = (next(iter(longer)), "ORG")


def _link_news_divisions(out: list[tuple[str, str]]) -> None:
    """A broadcaster's news is the broadcaster where the article names both ("CBC
    News" ... "the CBC", "BBC News" ... "the BBC")."""
    names = {actor for actor, kind in out if kind == "ORG"}
    for i, (actor, kind) in enumerate(out):
        words = actor.split()
        if (
            kind == "ORG"
            and len(words) == 2
            and words[1] == "News"
            and words[0] in names
        ):
            out[i] = (words[0], kind)


def _link_first_words(
    out: list[tuple[str, str]],
    orgs: list[tuple[int, list[str]]],
    table: AliasTable,
    texts: Sequence[str] = (),
) -> None:
    """A one-word organisation is the longer one of the article that it opens
    ("Bayern Munich" ... "Bayern", "Harvard University" ... "Harvard"), unless the
    word is a common head ("the Coalition") or a nationality, or the table knows it
    (a place's name moves only where it was read as the organisation), or the longer one is a state's body ("Ostland Transport Ministry":
    "Ostland" is the state), or the word was named on its own before the longer one
    ("Google" ... "the Google Science Fair": the fair is Google's, not Google). A
    company of the table is the longer name that adds only a legal form to it
    ("Volkswagen AG" ... "VW", which the table calls "Volkswagen").
    Every mention of the word moves, whatever its type, so that the type
    vote of the actor counts them all; a person's name is linked only by
    `_link_surnames` (a surname of the article is a full name's by then)."""
    targets: dict[str, str] = {}
    first: dict[str, int] = {}
    for i, (actor, _) in reversed(list(enumerate(out))):
        if i >= len(texts) or not texts[i].isupper():  # a headline's words: any order
            first[actor] = i
    for actor, kind in out:
        if (
            kind not in ("ORG", "PERSON")  # "Kestrel said", the model's person
            or actor in targets
            or " " in actor
            or not actor[:1].isupper()
            or actor.isupper()  # an acronym is linked by its letters
            or actor.lower() in _ORG_OR_COMPANY_HEADS
            or (known := _alias_type(actor, table)) not in (None, "ORG")
            or _national(actor, table)
        ):
            continue
        longer = {
            " ".join(long_)
            for _, long_ in orgs
            if len(long_) >= 2
            and long_[0] == actor
            # a company of the table is its own name with a legal form ("VW" ...
            # "Volkswagen AG"), not any longer name it opens
            and (
                known is None
                or all(_legal_form(w) for w in long_[1:])
            )
            and long_[1].lower() != "of"
            and long_[-1].lower() not in STATE_BODY_HEADS
            and first.get(" ".join(long_), len(out)) < first.get(actor, len(out))
        }
        if len(longer) == 1:
            targets[actor] = longer.pop()
    for i, (actor, kind) in enumerate(out):
        if actor in targets and (
            kind in ("ORG", "PERSON") or not _is_place_name(actor)
        ):
            # a place's name moves only where it was read as the organisation or a
            # person ("Halden's chief executive", "Meridian filed", not "in Halden")
            out[i] = (targets[actor], "ORG" if kind == "PERSON" else kind)


def _state_forces(name: str, table: AliasTable) -> bool:
    """A state's armed forces: "the army", "the Israel Defense Forces", "the Polish
    Border Guard" (a country's word before the last); "the Arakan Army", "the
    Rapid Support Forces" are groups of their own."""
    words = name.split()
    return bool(words) and (
        words[-1].lower() in _STATE_FORCES
        and (len(words) == 1 or any(_national(w, table) for w in words[:-1]))
    )


def _national(word: str, table: AliasTable) -> bool:
    """A country's name or its adjective ("Finland", "Finnish", "Lithuanian")."""
    found = table.lookup(word)
    if found is not None:
        return found[1] in ("GPE", "NORP")
    return _owner_country(word, table) is not None


def _link_descriptions(
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    table: AliasTable,
) -> None:
    """ "the council", "the ministry", "the alliance" are the last organisation
    named before them whose name, or a name the alias table gives it, has that word
    ("the Danube Shipping Council" ... "the council"; "NATO" ... "the alliance", as
    "North Atlantic Alliance" names NATO). "The group", "the company" are also the
    last organisation among the few mentions before them that is no ministry and no
    medium ("the Free Valley Front" ... "The group"). One with no such organisation keeps its own words (and `mentions`
    drops it)."""
    for i, (text, _) in enumerate(mentions):
        word = description_head(_SPACES.sub(" ", text).strip())
        if word is None:
            continue
        out[i] = (_tidy(text), "ORG")
        if word in TRADE_DESCRIPTIONS | COMPANY_WORDS and (
            company := _company_before(mentions, out, i, table)
        ):
            out[i] = company
            continue
        national = [w for w in _unplaced(_tidy(text)).split()[:-1] if w[:1].isupper()]
        if national:  # "the Lebanese group": only an organisation it tells apart
            out[i] = _national_organisation(national, mentions, out, i, table)
            continue
        if word in GENERIC_HEADS and (named := _named_by_head(word, mentions, out, i)):
            out[i] = named  # "Halvard Group ... from Kessel Marine. The group said"
            continue
        for j in range(i - 1, -1, -1):
            actor, kind = out[j]
            if kind != "ORG" or description_head(mentions[j][0]):
                continue
            written = re.findall(r"[\w-]+", f"{actor} {mentions[j][0]}".lower())
            heads = {FIRST_WORD_HEADS[w] for w in written if w in FIRST_WORD_HEADS}
            written += sorted(heads)  # "Federación Minera" ... "the union"
            if word in MEDIA_DESCRIPTIONS:
                if _between(out, j, i) < GENERIC_WINDOW and _outlet(actor):
                    out[i] = (actor, kind)
                    break
                continue
            fits = DESCRIPTION_FITS.get(word, frozenset())
            last = {_name_head(actor), written[-1]} if written else set()
            if (
                word in written
                or word in table.words.get(actor, ())
                or (fits & last and _fits(word, actor, table))
                or (word == "bank" and fits & set(written))
                or fits & heads
            ):
                out[i] = (actor, kind)
                break
            if word in ARMED_DESCRIPTIONS:
                if _between(out, j, i) < GENERIC_WINDOW and _armed_group(actor, table):
                    out[i] = (actor, kind)
                    break
                continue
            if word in GENERIC_HEADS | TRADE_DESCRIPTIONS and _generic_fits(
                word, mentions, out, j, i, table
            ):
                out[i] = (actor, kind)
                break
        else:
            if word == "bank":  # no bank by name: a lender ("Société Générale")
                out[i] = next(
                    (
                        out[j]
                        for j in range(i - 1, -1, -1)
                        if out[j][1] == "ORG"
                        and not description_head(mentions[j][0])
                        and _generic_fits(word, mentions, out, j, i, table)
                    ),
                    out[i],
                )
            elif word == "agency" and (agency := _news_agency_before(out, i)):
                out[i] = agency
            elif word == "agency" and (body := _body_before(mentions, out, i, table)):
                out[i] = body


def _generic_fits(
    word: str,
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    j: int,
    i: int,
    table: AliasTable,
) -> bool:
    """Whether "the group", "the company", a trade ("the carmaker") or "the bank" at
    mention i may stand for the organisation of mention j, whatever its name: one
    of the few mentions before, no ministry, medium or state's forces, no public
    body for a company or a bank, no company for a club."""
    actor = out[j][0]
    return (
        _between(out, j, i) < GENERIC_WINDOW
        and _ministry(actor, table) is None
        and not (word in _NO_PUBLIC_BODY and _name_head(actor) in PUBLIC_BODIES)
        and not (word == "club" and _company_name(mentions[j][0], actor, table))
        and not _outlet(actor)
        and not _state_forces(actor, table)
    )


def _named_by_head(
    word: str,
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    i: int,
) -> tuple[str, str] | None:
    """The organisation among the few mentions before "the group" (a generic head)
    whose own name ends in that word ("Halvard Group"), though another is named
    after it ("bought two tankers from Kessel Marine. The group said")."""
    for j in range(i - 1, -1, -1):
        if _between(out, j, i) >= GENERIC_WINDOW:
            break
        actor, kind = out[j]
        if kind != "ORG" or description_head(mentions[j][0]):
            continue
        if _name_head(actor) == word:
            return out[j]
    return None


def _body_before(
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    i: int,
    table: AliasTable,
) -> tuple[str, str] | None:
    """The nearest organisation among the few mentions before mention i that may be
    an agency though its name says nothing of it ("Rijkswaterstaat closed ... The
    agency said", "the East African Locust Watch (EALW)"): no company, ministry,
    medium, party, club or state's forces."""
    for j in _window(out, i):
        actor, kind = out[j]
        if kind != "ORG" or description_head(mentions[j][0]):
            continue
        words = actor.lower().split()
        return (
            None
            if _company_name(mentions[j][0], actor, table)
            or _ministry(actor, table) is not None
            or _outlet(actor)
            or _state_forces(actor, table)
            or words[-1] in PARTY_MEMBERS | _words("club party")
            or _club_shaped(actor.split())
            else out[j]
        )
    return None


def _news_agency_before(
    out: list[tuple[str, str]], i: int
) -> tuple[str, str] | None:
    """The news agency of the media list among the few mentions before mention i,
    the nearest: "The Associated Press reported ... The agency said". Only where no
    public body fits "the agency" (as "Reuters reported" after "the Environmental
    Protection Agency" leaves "the agency" the regulator's)."""
    for j in _window(out, i):
        if out[j][1] == "ORG" and rules.known_agency(out[j][0]):
            return out[j]
    return None


def _national_organisation(
    national: list[str],
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    i: int,
    table: AliasTable,
) -> tuple[str, str]:
    """The organisation "the Lebanese army" stands for among the few mentions
    before it: the nearest whose name has that nationality or its country ("the
    Lebanese Armed Forces"); none (its own words) otherwise, as the nationality
    may tell another apart ("the Turkish army" after the PKK is Turkey's)."""
    countries = {c.lower() for w in national if (c := _owner_country(w, table))}
    words = {w.lower() for w in national} | countries
    near = [
        j
        for j in _window(out, i)
        if out[j][1] == "ORG" and not description_head(mentions[j][0])
    ]
    for j in near:
        written = re.findall(r"[\w-]+", f"{out[j][0]} {mentions[j][0]}".lower())
        if words & set(written):
            return out[j]
    return (_tidy(mentions[i][0]), "ORG")


def _company_before(
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    i: int,
    table: AliasTable,
) -> tuple[str, str] | None:
    """The company with a legal form ("Marlow Water plc") or of the table's
    companies ("Iberia") among the few mentions before mention i, the nearest: "the
    utility" is it, not the regulator named between ("..., Britain's water
    regulator Ofwat said ... The utility said"), and "the airline" is Iberia, not
    the union named between."""
    for j in _window(out, i):
        words = _tidy(mentions[j][0]).split()
        if out[j][1] == "ORG" and (
            (words and _legal_form(words[-1]))
            or out[j][0] in table.companies
        ):
            return out[j]
    return None


def _company_name(text: str, actor: str, table: AliasTable) -> bool:
    """Whether a name is a company's by its words or the table ("Halden Robotics
    Inc", "Severn Water", "Apple"): no "club"."""
    words = _tidy(text).split()
    return actor in table.companies or (
        bool(words)
        and (_legal_form(words[-1]) or words[-1].lower().strip(".") in COMPANY_HEADS)
    )


def _armed_group(name: str, table: AliasTable) -> bool:
    """Whether an organisation may be the armed group "the rebels" stands for: no
    ministry, medium, public or international body, company or state's forces."""
    words = name.split()
    return (
        _ministry(name, table) is None
        and not _media_outlet(name)
        and _name_head(name) not in _NO_ARMED_GROUP
        and not _legal_form(words[-1])
        and not _state_forces(name, table)
    )


def _name_head(name: str) -> str:
    """The head word of a name, before its "of"/"for" phrase ("Economic Community of
    West African States" -> "community")."""
    words = re.split(r"\s+(?:of|for|on)\s+", name.lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


def _fits(word: str, actor: str, table: AliasTable) -> bool:
    """Whether a description fits an organisation by the last word of its name:
    "the army" is a state's forces ("the Israel Defense Forces"), not a militia's
    ("the Allied Patriotic Forces ... the army said")."""
    words = actor.split()
    if word != "army" or words[-1].lower() != "forces":
        return True
    return any(_national(w, table) for w in words[:-1])


def _between(out: list[tuple[str, str]], j: int, i: int) -> int:
    """How many mentions lie between mention j and mention i, people not counted
    (a group's commander, named between, does not make "the group" another's)."""
    return sum(kind != "PERSON" for _, kind in out[j + 1 : i])


def _window(out: list[tuple[str, str]], i: int) -> Iterator[int]:
    """The mentions before mention i, the nearest first, while fewer than
    GENERIC_WINDOW lie between (`_between`: people not counted)."""
    others = 0
    for j in range(i - 1, -1, -1):
        if others >= GENERIC_WINDOW:
            return
        yield j
        others += out[j][1] != "PERSON"


# Descriptions that fit any organisation, not only one with that word in its name,
# and how many mentions back they look for it.
GENERIC_HEADS = _words("charity club company firm group organisation organization")
# Descriptions of a media outlet: the last outlet of the media list named before.
MEDIA_DESCRIPTIONS = _words(
    "broadcaster channel daily magazine newspaper paper tabloid weekly"
)
# Descriptions of a company by its trade: any company named just before ("Strathmore
# Mining plc" ... "the miner").
TRADE_DESCRIPTIONS = _words(
    """
    airline automaker brewer builder carmaker carrier chipmaker conglomerate developer
    drugmaker grocer housebuilder insurer lender distributor exporter maker
    manufacturer miner operator planemaker producer publisher railroad refiner
    retailer shipbuilder startup steelmaker supermarket supplier toolmaker toymaker
    truckmaker utility watchmaker
    """
)
GENERIC_WINDOW = 4
# "The company" / "the firm" is no public body named between ("Halvorsen Drilling
# said the SEC had ... the company said"): the company before it.
COMPANY_WORDS = _words("company firm")
PUBLIC_BODIES = _words(
    """
    administration agency assembly authority board bureau commission committee
    congress council court department government ministry office parliament police
    regulator senate tribunal watchdog
    """
)
# Descriptions that no public body fits.
_NO_PUBLIC_BODY = COMPANY_WORDS | _words("bank")
# Plural descriptions of an armed group: the last organisation named just before
# that is no public body, company, medium or state's forces ("M23 rebels captured
# ... the rebels"; "Al-Shabaab fighters ... The militants said").
ARMED_DESCRIPTIONS = _words("fighters guerrillas insurgents jihadists militants rebels")
_NO_ARMED_GROUP = PUBLIC_BODIES | _words(
    "alliance bank community nations organisation organization union"
)
# Last words of a state's armed forces, no "group" ("the Israeli military said it
# had struck the group's launchers": the group is the one named before).
_STATE_FORCES = _words("army military navy forces force guard")


# Determiners before a ministry that name no owner.
_OWNER_WORDS = _words("its their his her our the a an this that")
# Spelling variants of portfolios compared as one ("Defense" ~ "Defence").
_PORTFOLIO_SPELLING = {"defense": "defence", "foreign affairs": "foreign"}


def _ministry(name: str, table: AliasTable) -> tuple[str | None, str, str] | None:
    """(owner country or None, portfolio as written, portfolio key) of a ministry's
    name: "Japan's Defense Ministry" -> ("Japan", "Defense", "defence"); "the Russian
    Defence Ministry" -> ("Russia", ...); "Ministry of Defence" -> (None, "Defence",
    "defence"); None if the name is no ministry's."""
    words = name.split()
    lowers = [w.lower() for w in words]
    if "ministry" not in lowers:
        return None
    at = lowers.index("ministry")
    if at + 1 < len(words) and lowers[at + 1] == "of":
        portfolio, before = words[at + 2 :], words[:at]
    elif at == len(words) - 1:
        portfolio, before = [], words[:at]
    else:
        return None
    owner = None
    if before and before[0].lower() in _OWNER_WORDS:
        before = before[1:]  # "Its defence ministry": the owner is not named here
    for n in range(len(before), 0, -1):  # the longest owner first: "South Korea's"
        bare = _POSSESSIVE.sub("", before[n - 1])
        name = " ".join([*before[: n - 1], bare])
        country = _owner_country(name, table) if n == 1 else _country_named(name, table)
        if country is not None and (
            bare != before[n - 1] or len(before) > n or portfolio
        ):
            owner, before = country, before[n:]
            break
    if not portfolio:
        portfolio = before
    elif before:
        return None  # "Defence Ministry of X": not a form handled here
    if not portfolio or not all(w[:1].isalpha() for w in portfolio):
        return None
    written = " ".join(w[:1].upper() + w[1:] for w in portfolio)
    key = " ".join(w.lower() for w in portfolio)
    return owner, written, _PORTFOLIO_SPELLING.get(key, key)


def _country_named(name: str, table: AliasTable) -> str | None:
    """The country a name of several words names ("South Korea", "North Korean"),
    by the alias table and the country list only (no prefix guess)."""
    found = table.lookup(name)
    if found is not None and found[1] == "GPE":
        return found[0]
    return table.country(name)


def _owner_country(word: str, table: AliasTable) -> str | None:
    """The country a word names or is the adjective of ("Japan", "Russian")."""
    found = table.lookup(word)
    if found is not None and found[1] == "GPE":
        return found[0]
    country = table.country(word)
    if country is not None:
        return country
    if not word[:1].isupper() or len(word) < 5:
        return None
    return _country_by_prefix(word, table)


# (table, its one-word country names with their lower case by their first four
# letters, word -> country found): the names of a table are gathered once, each word
# is looked up once, among the names it shares four letters with.
_BY_PREFIX: tuple[
    AliasTable | None, dict[str, list[tuple[str, str]]], dict[str, str | None]
] = (None, {}, {})


def _country_by_prefix(word: str, table: AliasTable) -> str | None:
    """The country whose one-word name a word starts like ("Russian" -> Russia,
    "Ukrainian" -> Ukraine), remembered for the table."""
    global _BY_PREFIX
    memo = _BY_PREFIX
    if memo[0] is not table or len(memo[2]) > 100_000:
        names = {
            *table.countries.values(),
            *(a for a, k in table.aliases.values() if k == "GPE"),
        }
        by_start: dict[str, list[tuple[str, str]]] = {}
        for name in names:
            low = name.lower()
            if " " not in name and len(low) >= 4:  # a match shares 4 letters
                by_start.setdefault(low[:4], []).append((name, low))
        memo = _BY_PREFIX = (table, by_start, {})
    _, by_start, found = memo
    if word not in found:
        lower = word.lower()
        found[word] = next(
            (
                name
                for name, low in by_start.get(lower[:4], ())
                if (n := len(os.path.commonprefix([low, lower]))) >= 4
                and n >= len(name) - 2
            ),
            None,
        )
    return found[word]


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _link_ministries(out: list[tuple[str, str]], table: AliasTable) -> None:
    """Ministries keep their country: "Japan's Defense Ministry", "the Defense
    Ministry" and "the Ministry of Defence" of one article are one actor, the
    country's: the owned one named before (else after); failing that, a country
    among the three mentions before it, else the country the article is about (the
    one named most, at least twice, more than any other) owns it."""
    parsed = [
        _ministry(actor, table) if kind in ("ORG", "") else None for actor, kind in out
    ]
    if not any(parsed):
        return
    first: dict[tuple[str, str], str] = {}  # (portfolio, owner) -> first form
    owned: dict[str, list[tuple[int, str]]] = {}  # portfolio -> [(index, actor)]
    for i, found in enumerate(parsed):
        if found is not None and found[0] is not None:
            owner, written, key = found
            name = first.setdefault(
                (key, owner), f"{_possessive(owner)} {written} Ministry"
            )
            out[i] = (name, out[i][1])
            owned.setdefault(key, []).append((i, name))
    main = _main_country(out, table)
    for i, found in enumerate(parsed):
        if found is None or found[0] is not None:
            continue
        _, written, key = found
        named = owned.get(key)
        if named:
            before = [name for j, name in named if j < i]
            out[i] = (before[-1] if before else named[0][1], out[i][1])
        elif (owner := _near_country(out, i, table) or main) is not None:
            out[i] = (f"{_possessive(owner)} {written} Ministry", out[i][1])


def _near_country(out: list[tuple[str, str]], i: int, table: AliasTable) -> str | None:
    """A country among the three mentions before mention i, the nearest ("Ukraine
    shipped ... through its ports, according to the agriculture ministry"), or the
    country of a nationality there ("Georgian police said ..., and the Interior
    Ministry said")."""
    for actor, kind in reversed(out[max(0, i - 3) : i]):
        if kind == "GPE" and _owner_country(actor, table) == actor:
            return actor
        if kind == "NORP" and (country := _owner_country(actor, table)) is not None:
            return country
    return None


def _main_country(out: list[tuple[str, str]], table: AliasTable) -> str | None:
    """The country an article names most, if named at least twice and more than any
    other."""
    counts: dict[str, int] = {}
    for actor, kind in out:
        if kind == "GPE" and _owner_country(actor, table) == actor:
            counts[actor] = counts.get(actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda c: -c[1])
    if (
        not ranked
        or ranked[0][1] < 2
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return None
    return ranked[0][0]


def _vote_types(out: list[tuple[str, str]]) -> None:
    """One actor, one type within an article: the type most of its mentions have
    (ties keep their own), so "Moldova" is not a country in one sentence and an
    organisation in the next."""
    votes: dict[str, dict[str, int]] = {}
    for actor, kind in out:
        if kind:
            counts = votes.setdefault(actor, {})
            counts[kind] = counts.get(kind, 0) + 1
    for i, (actor, kind) in enumerate(out):
        counts = votes.get(actor)
        if not counts:
            continue
        best = max(counts, key=counts.get)
        if counts[best] > counts.get(kind, 0):
            out[i] = (actor, best)


def _is_role(name: str) -> bool:
    """A person named by role only: "Foreign Secretary", "deputy director"."""
    words = name.split()
    return (
        bool(words)
        and words[-1].lower() in ROLE_HEADS
        and all(w.lower() in TITLE_WORDS or not w[:1].isupper() for w in words[1:-1])
    )


def _link_roles(
    out: list[tuple[str, str]], roles: list[bool], texts: Sequence[str]
) -> None:
    """A role in apposition to a name ("the Foreign Secretary, Boris Johnson"; "Lama
    Fakih, HRW's deputy director") is that person: the nearest person named within
    four mentions, the one after it first at equal distance (`mentions` corrects
    this by the text's own apposition). "The minister" is left to
    `_link_role_descriptions`."""
    for i, is_role in enumerate(roles):
        if not is_role or is_role_description(texts[i]):
            continue
        near = [
            j
            for d in range(1, 5)
            for j in (i + d, i - d)  # the nearest first, after before before
            if 0 <= j < len(out)
        ]
        for j in near:
            if out[j][1] == "PERSON" and not roles[j]:
                out[i] = out[j]
                break


def _link_role_descriptions(texts: Sequence[str], out: list[tuple[str, str]]) -> None:
    """ "The minister", "the prime minister" are the person last given that role in
    the article ("Maria Lopes, the finance minister, ..." ... "the minister said"):
    a role mention before it with the same head word, and the same words if it has
    more than one. With none it keeps its own words (and `mentions` drops it)."""
    for i, text in enumerate(texts):
        if not is_role_description(text):
            continue
        words = _tidy(text).lower().split()
        out[i] = (_tidy(text), "PERSON")
        for j in range(i - 1, -1, -1):
            role = _tidy(texts[j]).lower().split()
            if (
                out[j][1] == "PERSON"
                and not is_role_description(texts[j])
                and _is_role(_tidy(texts[j]))
                and role[-len(words) :] == words
            ):
                out[i] = out[j]
                break


def _resolve_one(
    text: str, kind: str | None, table: AliasTable, capitals: bool
) -> tuple[str, str]:
    kind = kind or ""
    name = _tidy(text)
    found = table.lookup(name)
    if found is not None:
        return found[0], found[1] or kind
    if kind != "PERSON" and (country := table.country(name)):
        return country, "GPE"
    if kind in ("PERSON", ""):
        person = _particle_first(_strip_titles(name, table))
        if person != name:
            found = table.lookup(person)
            if found is not None:
                return found[0], found[1] or kind
            return _title_case_caps(person), kind
    if capitals and kind in ("GPE", "ORG", "") and (country := table.capital(name)):
        # "Brussels" stands for the European Union, an organisation: typed so when
        # stored, it is the Union again (a city typed ORG is no other capital's)
        found = table.lookup(country)
        own = found[1] if found is not None and found[1] else "GPE"
        if kind != "ORG" or own == "ORG":
            return country, own
    if name.isupper() and table.capital(name):
        return name.title(), kind  # a dateline's "KYIV" is the Kyiv of the text
    if kind == "NORP":
        return _group_name(_title_case_caps(name)), kind
    return _title_case_caps(name), kind


def _particle_first(name: str) -> str:
    """A surname opening with its particle, capitalised as at a sentence's start
    ("Ambassador de la Fuente ... De la Fuente said": one person, "De la Fuente")."""
    first, _, rest = name.partition(" ")
    if rest and first in NAME_PARTICLES:
        return first.capitalize() + " " + rest
    return name


def _tidy(text: str) -> str:
    """Plain apostrophes, single spaces, no leading "the" or trailing possessive."""
    text = _NICKNAME.sub(" ", text)  # "Karim “the Fox” Benali" is Karim Benali
    text = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip(" \"'()[],;:")
    if re.match(r"the\s", text, re.IGNORECASE) and (
        text[4:].strip().lower() not in THE_NAMES
    ):
        text = text[4:].strip()
    return _POSSESSIVE.sub("", text).rstrip() if len(text) > 3 else text


def _strip_titles(name: str, table: AliasTable) -> str:
    """A person's name without the roles before it, if a name is left."""
    if "," in name:
        tail = name.rsplit(",", 1)[1].strip()
        if _looks_like_name(tail):
            name = tail
    words = name.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        bare = word.rstrip(".").lower()
        if (
            bare in TITLE_WORDS
            or (i == 0 and bare in OCCUPATIONS | PLAYER_NOUNS)
            or _POSSESSIVE.search(word)
            or (word[:1].islower() and bare not in NAME_PARTICLES)
            or table.lookup(word) is not None
            or bare in ("former", "late", "then", "ex")
        ):
            cut = i + 1
    rest = " ".join(words[cut:])
    return rest if _looks_like_name(rest) else name


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and (words[0].rstrip(".").lower() not in TITLE_WORDS)
    )


def _title_case_caps(name: str) -> str:
    """ "BORIS JOHNSON" -> "Boris Johnson"; acronyms ("NATO", "US ARMY"'s US) kept."""
    if not name.isupper() or not any(len(w) > 4 for w in re.findall(r"\w+", name)):
        return name
    words = []
    for w in name.split():
        if len(w.strip(".,")) <= 3 and w.lower() not in _MINOR_WORDS:
            words.append(w)
        elif w.lower() in _MINOR_WORDS and words:
            words.append(w.lower())
        else:
            words.append("-".join(p.capitalize() for p in w.split("-")))
    return " ".join(words)


def _group_name(name: str) -> str:
    """The group a nationality word names: "Russian" -> "Russians", "North Korean"
    -> "North Koreans" (a name of several words only with "-an" at its end)."""
    if re.fullmatch(r"(?:[A-Z][\w'-]* )+[A-Z]\w*an", name):
        return name + "s"
    if (
        re.search(r"(?:s|ese|sh|ch|x|z)$", name, re.IGNORECASE)
        or " " in name
        or re.match(r"(?:anti|pro|non)-", name, re.IGNORECASE)
    ):
        return name
    return name + "s"


def _initials(name: str, skip_minor: bool) -> str:
    words = [p for w in name.replace("-", " ").split() for p in [w.strip("(),.")] if p]
    if skip_minor:
        words = [w for w in words if w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper()


def _link_acronyms(
    mentions: Sequence[tuple[str, str | None]],
    out: list[tuple[str, str]],
    table: AliasTable | None = None,
) -> None:
    """An acronym takes the actor of the long name in the article it abbreviates,
    unless the alias table knows the acronym and not that spelling of the long name
    ("Tehrik-e-Taliban Pakistan (TTP)"): then the long name takes the table's, if
    the two share a word (not "Armed Forces of the Philippines (AFP)", which is no
    news agency)."""
    long_names: dict[str, tuple[str, str]] = {}
    owned: set[str] = set()  # actors of state bodies named with their country's
    for (text, _), resolved in zip(mentions, out, strict=True):
        name = _tidy(text)
        if table is not None and (body := _owned_body(name, table)):
            name = body  # "Thailand's Food and Drug Administration": its FDA
            owned.add(resolved[0])
        if len(name.split()) >= 2:
            for skip in (True, False):
                long_names.setdefault(_initials(name, skip), resolved)
    defined: dict[str, tuple[str, str]] = {}
    for i, (text, _) in enumerate(mentions):
        name = _tidy(text)
        if not _ACRONYM.fullmatch(name):
            continue
        letters = name.replace(".", "").upper()
        found = defined.get(letters) or long_names.get(letters)
        if (
            found is None
            and i > 0
            and mentions[i - 1][1] != "PERSON"  # "Pistorius (SPD)": his party
            and _abbreviates(letters, _tidy(mentions[i - 1][0]))
        ):
            # "the Kurdistan Workers' Party (PKK)" style: defined right after the long
            # name, with letters of its words, for the rest of the article
            found = defined[letters] = out[i - 1]
        if found is None:
            continue
        own = table.lookup(name) if table is not None else None
        if (
            own is not None
            and own[0] != found[0]
            and found[0] not in owned  # the table's "FDA" is no other country's
            and table.lookup(found[0]) is None
            and _shares_words(found[0], table.words.get(own[0], frozenset()))
        ):
            known = (own[0], own[1] or found[1])
            out[:] = [known if r == found else r for r in out]
            defined[letters] = known
        else:
            out[i] = found


def _owned_body(name: str, table: AliasTable) -> str | None:
    """The body's own name in a state body's name written after its country's
    possessive ("Thailand's Food and Drug Administration" -> "Food and Drug
    Administration", "South Korea's ..."), else None."""
    words = name.replace("\u2019", "'").split()
    for n in range(1, min(3, len(words) - 1) + 1):
        word = words[n - 1]
        bare = word[:-1] if word.endswith("s'") else _POSSESSIVE.sub("", word)
        if bare != word and _country_named(
            " ".join([*words[: n - 1], bare]), table
        ):
            return " ".join(words[n:])
    return None


def _shares_words(name: str, words: frozenset[str]) -> bool:
    """Whether a name has a word of four letters or more among `words`."""
    return any(
        len(w) >= 4 and w in words for w in re.findall(r"[^\W\d_]+", name.lower())
    )


def _abbreviates(letters: str, name: str) -> bool:
    """Whether an acronym can be made of a name's words: its first letter is the
    name's, and its letters are initials of the words, in order ("AQAP" of "Al-Qaeda
    in the Arabian Peninsula"), or, for the first one, letters of the first word."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    if len(words) < 2 or len(letters) < 2 or not words[0][:1].isupper():
        return False
    initials = "".join(w[0] for w in words).upper()
    if letters[0] != initials[0]:
        return False
    at = 0
    for letter in letters:
        at = initials.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def _link_surnames(
    out: list[tuple[str, str]], roles: list[bool], texts: list[str]
) -> None:
    """A shorter name links to the full name of a person that ends in it (also one
    the model took for a nationality: '"...," Petraitis said')."""
    full = [
        (i, actor.split())
        for i, (actor, kind) in enumerate(out)
        if kind == "PERSON" and len(actor.split()) >= 2 and not roles[i]
    ]
    if not full:
        return
    for i, (actor, kind) in enumerate(out):
        if kind == "NORP" and texts[i][:1].isupper():
            actor = texts[i]
        elif kind not in ("PERSON", "ORG", "") or roles[i]:
            continue
        if len(actor.split()) >= 3 and actor.split()[0].lower() not in NAME_PARTICLES:
            continue  # "Van der Brink" is a surname, "Nordic Institute X" is not
        words = [_bare_surname(w) for w in actor.split()]
        matches = [
            (j, names)
            for j, names in full
            if len(names) > len(words)
            and [_bare_surname(w) for w in names[-len(words) :]] == words
        ]
        if not matches and kind == "PERSON" and len(words) == 1:
            matches = _family_name_first(actor, full)
        if not matches:
            continue
        before = [m for m in matches if m[0] < i]
        _, names = before[-1] if before else matches[0]
        out[i] = (" ".join(names), "PERSON")


def _family_name_first(
    word: str, full: list[tuple[int, list[str]]]
) -> list[tuple[int, list[str]]]:
    """The one full name of the article that a one-syllable name opens, where it
    ends none: a family name written first, as Chinese, Korean and Vietnamese names
    are ("Wang Lei" ... "Wang", "Kim Jong Un" ... "Kim", "Nguyen Van An" ...
    "Nguyen"). Longer first names alone ("Karim" of "Karim Wasifi") are left: a
    feature may use them, but wire copy names a person by surname."""
    if len(re.findall(r"[aeiouy]+", _plain(word).lower())) != 1:
        return []
    if any(_bare_surname(names[-1]) == _bare_surname(word) for _, names in full):
        return []
    opening = [(j, names) for j, names in full if names[0] == word]
    return opening if len({" ".join(n) for _, n in opening}) == 1 else []


def _link_name_variants(out: list[tuple[str, str]], roles: list[bool]) -> None:
    """Two spellings of one person's name in an article are one person, the first
    named: a surname with its first name transliterated another way ("Oleksandr
    Tkachuk" ... "Aleksandr Tkachuk", the Ukrainian and the Russian spelling), or a
    first name with one part of a double surname ("Elena Varga-Horváth" ... "Elena
    Horváth"), which is the name."""
    names: list[list[str]] = []
    for (actor, kind), role in zip(out, roles, strict=True):
        words = actor.split()
        if kind == "PERSON" and not role and len(words) == 2 and words not in names:
            names.append(words)
    same: dict[str, str] = {}
    for k, later in enumerate(names):
        for earlier in names[:k]:
            if " ".join(earlier) in same:
                continue
            if _bare_surname(earlier[1]) == _bare_surname(later[1]) and (
                _spelt_otherwise(earlier[0], later[0])
            ):
                same[" ".join(later)] = " ".join(earlier)
                break
            if earlier[0] == later[0] and earlier[1] != later[1]:
                parts_e, parts_l = earlier[1].split("-"), later[1].split("-")
                if len(parts_e) > 1 and later[1] in parts_e:
                    same[" ".join(later)] = " ".join(earlier)
                    break
                if len(parts_l) > 1 and earlier[1] in parts_l:
                    same[" ".join(earlier)] = " ".join(later)
                    break
    for i, (actor, kind) in enumerate(out):
        if actor in same and kind == "PERSON":
            out[i] = (same[actor], kind)


def _spelt_otherwise(a: str, b: str) -> bool:
    """Two spellings of one first name ("Oleksandr"/"Aleksandr", "Yevgeny"/"Evgeny",
    "Sergei"/"Sergey"): long names that differ in a letter or two."""
    a, b = _plain(a).lower(), _plain(b).lower()
    if a == b or min(len(a), len(b)) < 6:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _plain(word: str) -> str:
    """The word without accents."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    )


def _bare_surname(word: str) -> str:
    """ "al-Assad" and "Assad" compare equal."""
    return re.sub(r"^(?:al|el|ad|as|ash|at|an|ar)-", "", word.lower())


def _rejoined_at_hyphens(doc: Doc) -> list[Span]:
    """The entities, two persons the model split inside a hyphenated word made one
    ("Constable Helen Ashby-" + "Crane" of "Ashby-Crane"): a hyphen glued to both
    sides, the second part capitalised. Places stay apart ("Russia-Ukraine")."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and ent[0].is_title
            and not doc[ent.start - 1].whitespace_
            and (
                (prev[-1].text == "-" and ent.start == prev.end)
                or (
                    ent.start == prev.end + 1
                    and doc[prev.end].text == "-"
                    and not doc[prev.end - 1].whitespace_
                )
            )
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _hyphen_joined(doc: Doc, start: int, end: int, person: bool = False) -> int:
    """The end of a name the model cut at a hyphen ("Auvergne-" of
    "Auvergne-Rhône-Alpes"): capitalised words joined by hyphens, outside other
    entities, are one name, unless a part is a name of its own (a country, a place
    of the lists, a table name: "Russia-Ukraine talks", "the Israel-Hamas war")."""
    table = load_aliases()
    first = end
    while (
        end + 1 < len(doc)
        and doc[end - 1].text != "-"
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].ent_iob_ == "O"
    ):
        end += 1  # "Auvergne-" of "Auvergne-Rhône-Alpes": see the loop below
    while (
        end < len(doc)
        and doc[end - 1].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end].is_title
        and doc[end].ent_iob_ == "O"
    ):
        end += 1  # a name joined by hyphens is one name
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_title
            and doc[end + 1].ent_iob_ == "O"
        ):
            end += 1
    if end == first:
        return end
    parts = re.split(r"-", doc[start:end].text.strip("-"))
    if (
        len(parts) > 1
        and any(_part_named_alone(p, table, person) for p in parts)
        and not _is_place_name(doc[start:end].text)
    ):
        return first
    return end


def _part_named_alone(part: str, table: AliasTable, person: bool) -> bool:
    """Whether a part of a hyphenated name is a name of its own: a place or a table
    name; in a person's name only a country, a capital or a table name, as surnames
    are often towns' names too ("Lewis-Hart", "Owen-Jones")."""
    if table.lookup(part) is not None:
        return True
    if person:
        return table.country(part) is not None or table.capital(part) is not None
    return _is_place_name(part)


# Lowercase words after a name and a hyphen that make it a modifier ("Wang Yi-led").
_HYPHEN_MODIFIERS = _words("born era free like made old run style type year")


def _syllable_after_hyphen(doc: Doc, i: int) -> bool:
    """Whether token i is the lowercase last syllable of a given name written with a
    hyphen ("Ji-won", "Jae-in", "Kai-shek"): glued to a hyphen glued to a short
    capitalised word, and no modifier ("Yi-led", "Putin-era")."""
    token = doc[i]
    return (
        i >= 2
        and token.is_lower
        and token.is_alpha
        and len(token) <= 5
        and not token.lower_.endswith("ed")
        and token.lower_ not in _HYPHEN_MODIFIERS
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_title
        and len(doc[i - 2]) <= 4
    )


def _syllables_joined(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name of two words or more the model cut before the
    hyphen of a given name ("Park Ji" of "Park Ji-won", "Kim Jong" of "Kim
    Jong-un")."""
    if doc[end - 1].text == "-":
        end -= 1  # `_hyphen_joined` took the hyphen, not the lowercase word
    if (
        end - start >= 2
        and end + 1 < len(doc)
        and doc[end + 1].ent_iob_ == "O"
        and _syllable_after_hyphen(doc, end + 1)
    ):
        return end + 2
    return end


def _tidy_span(ent: Span) -> Span | None:
    """The entity without a leading "the" or trailing "'s"; None if not an actor. A
    natural feature the model took for a building is a place ("Second Thomas Shoal",
    "the Suez Canal")."""
    if ent.label_ == "FAC" and ent[-1].is_title and ent[-1].lower_ in FEATURE_WORDS:
        ent = Span(ent.doc, ent.start, ent.end, label="LOC")
    if ent.label_ not in ACTOR_TYPES:
        return None
    start, end = ent.start, ent.end
    doc = ent.doc
    first = doc[start]
    if (
        end - start > 1
        and first.lower_ == "the"
        and (
            first.text == "the"
            or ent.label_ in ("GPE", "LOC", "NORP")
            or (first.is_sent_start and not _media_outlet(ent.text))
        )  # "The World Food Programme said", not "The New York Times"
        and doc[start + 1].lower_ not in THE_NAMES
    ):
        start += 1
    if (
        end - start > 1
        and _opening_adverb(doc[start])
        and not start <= doc[start].head.i < end
        and doc[start + 1].is_title
    ):
        start += 1  # an adverb opening the sentence: "Later Sanders said"
    for i in range(start + 1, end):
        if "\n" in doc[i - 1].whitespace_ or doc[i].is_space or doc[i].text == "/":
            end = i  # a name does not run over a line break ("TORONTO\n\nMINNESOTA")
            break  # nor over a slash ("REUTERS/Yves Marchand/File Photo")
    end = _hyphen_joined(doc, start, end, ent.label_ == "PERSON")
    label = ent.label_
    if label == "PERSON":
        start = _after_titles(doc, start, end)
        end = _syllables_joined(doc, start, end)
    elif _photo_credit(doc, start):
        label = "PERSON"
    while end - start > 1 and (
        doc[end - 1].tag_ == "POS"
        or not _HAS_LETTER.search(doc[end - 1].text)
        or (
            doc[end - 1].is_lower
            and doc[end - 1].is_stop  # "... Labour at"
            and not _syllable_after_hyphen(doc, end - 1)  # "Moon Jae-in"
        )
    ):
        end -= 1
    if label == "ORG" and doc[end - 1].lower_ in ORG_NOUNS_AFTER:
        name_end = end - 1  # "the Fidesz party", "the Saba news agency": the name
        while name_end > start and doc[name_end - 1].is_lower:
            name_end -= 1
        if name_end > start and doc[end - 1].is_lower:
            end = name_end
    span = Span(doc, start, end, label=label)
    text = span.text
    if (
        len(text) < 2
        or not _HAS_LETTER.search(text)
        or text == text.lower()
        or (len(text) == 2 and text[1] == ".")
        or _in_role_title(span)
        or (len(span) == 1 and text.rstrip(".").lower() in RANKS and text.istitle())
        or _opening_verb(span)
    ):
        return None
    return span


def _opening_adverb(token: Token) -> bool:
    """A sentence's first word that is an adverb of the clause ("Later", "Separately",
    "Meanwhile" before a name), never part of the name after it."""
    return (
        token.is_sent_start
        and token.pos_ == "ADV"
        and token.dep_ == "advmod"
        and token.head.pos_ != "PROPN"
    )


def _opening_verb(span: Span) -> bool:
    """A sentence's first word that is a verb and no name of the lists ("Quoting
    officials in Khartoum, ...", "Asked about ..."), whatever the model tagged."""
    first = span[0]
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1
        and first.is_sent_start
        and (
            first.tag_ in ("VBG", "VBN", "VBD")
            or (first.lower_.endswith("ing") and after is not None and after.is_lower)
        )
        and first.is_title
        and not _is_place_name(first.text)
        and load_aliases().lookup(first.text) is None
    )


# Abbreviated military ranks, tagged alone as names when the model splits "Col.
# Travis Caughlin" at the dot.
RANKS = _words("adm brig capt cmdr col cpl gen lt maj pfc pvt sgt spc")


def _after_titles(doc: Doc, start: int, end: int) -> int:
    """The start of a person's name after the titles the model took in with it
    ("Ms Moreau", "President Obama", "Sir Keith Haworth" -> the name alone)."""
    while end - start > 1 and doc[start].is_title:
        word = doc[start].lower_.rstrip(".")
        nxt = start + 1
        if nxt < end and doc[nxt].text == ".":
            nxt += 1
        rest = [t for t in doc[nxt:end] if t.is_alpha]
        opening_trade = (  # "Surgeon Amal Haddad", "Striker Keith O'Neill said"
            doc[start].is_sent_start and word in OCCUPATIONS | PLAYER_NOUNS
        )
        if (
            (word not in TITLE_WORDS and not opening_trade)
            or not rest
            or not rest[0].text[:1].isupper()
            or (
                word not in _HONORIFICS  # "Ms Bishop": a name after "Ms"
                and all(t.lower_ in TITLE_WORDS for t in rest)
            )
        ):
            break
        start = nxt
    return start


def _photo_credit(doc: Doc, start: int) -> bool:
    """A name after an agency and a slash opens a photo credit ("REUTERS/Yves
    Marchand"): the photographer."""
    return (
        start >= 2
        and doc[start - 1].text == "/"
        and not doc[start - 1].whitespace_
        and _media_outlet(doc[start - 2].text)
    )


def _in_role_title(span: Span) -> bool:
    """ "State" in "Secretary of State", "the Middle East" in "Minister for the
    Middle East": a word of a minister's title, no actor ("co-founder of Google"
    keeps its Google, "the President of Syria" its Syria)."""
    doc = span.doc
    if span.label_ == "LOC":  # "Minister for the Middle East, Tobias Ellwood"
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return (
            i >= 1
            and span.end < len(doc)
            and doc[span.end].text == ","  # the title ends: a role, or the name's
            and doc[i].lower_ == "for"
            and doc[i - 1].is_title
            and doc[i - 1].lower_ in ("minister", "secretary", "envoy", "commissioner")
        )
    return (
        span.label_ == "ORG"
        and span.text.lower() in PORTFOLIOS
        and span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in ("secretary", "minister")
    )


def _drop_weapons(spans: list[Span]) -> list[Span]:
    """Spans left after weapon names ("Patriot" in "Patriot missiles") and diseases
    ("an Ebola outbreak", tagged ORG) are dropped."""
    surnames = {
        s.text.split()[-1].lower()
        for s in spans
        if s.label_ == "PERSON" and len(s.text.split()) >= 2
    }
    return [
        s
        for s in spans
        if not _is_weapon(s, surnames)
        and not (len(s) == 1 and s.text.lower() in DISEASE_NAMES)
    ]


# Diseases the model tags as organisations or people (hand: news usage).
DISEASE_NAMES = _words(
    "chikungunya covid covid-19 dengue ebola hiv marburg mers mpox nipah sars zika"
)


def _is_weapon(span: Span, person_surnames: set[str]) -> bool:
    """A one-word name of a weapon, by the list or by the noun after it."""
    if span.label_ in ("GPE", "LOC", "NORP") or len(span) > 1:
        return False
    lower = span.text.lower()
    if lower in WEAPON_NAMES:
        return lower not in person_surnames
    return span.label_ == "PERSON" and any(
        t.lower_ in WEAPON_NOUNS for t in _following_words(span, 3)
    )


def _following_words(span: Span, n: int) -> Iterator:
    """The words right after the span inside its noun phrase (no punctuation)."""
    doc = span.doc
    for t in doc[span.end : min(len(doc), span.end + n)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "DET", "PRON"):
            return
        yield t


# What a city has and a government does not: "Baghdad's Karrada neighbourhood",
# "Kyiv's mayor", "Moscow's streets" name the city.
CITY_PARTS = PLACE_NOUNS | _words(
    """
    airport centre center downtown mayor metro neighbourhood neighborhood outskirts
    resident residents skyline street streets suburb suburbs
    """
)
# Verbs whose object is a government when it is a capital ("would sue Berlin",
# "accused Kyiv"), where "visited Kyiv" and "struck Kyiv" name the city.
ADDRESSED_VERBS = _words(
    """
    accuse ask back blame condemn criticise criticize invite lobby persuade press
    pressure reassure rebuke sanction sue support tell thank threaten urge warn
    """
)


def _place_or_government(span: Span, table: AliasTable) -> Span:
    """A capital named as a place is relabelled LOC, so that only a capital named as
    an actor ("Moscow said") stands for its government; a capital named as a city
    ("Kuwait City", "Mexico City") is the city."""
    if span.label_ != "GPE" or table.capital(span.text) is None:
        return span
    if len(span) > 1 and span[-1].text == "City":
        return Span(span.doc, span.start, span.end, label="LOC")
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "between Washington and Moscow": as the first one
    if token.dep_ == "poss" and token.head.lemma_ in CITY_PARTS:
        return Span(span.doc, span.start, span.end, label="LOC")
    if _travel_end(span):  # "flights between Madrid and Lima", "trains to Kyiv"
        return Span(span.doc, span.start, span.end, label="LOC")
    acting = (
        token.dep_ in ("nsubj", "nsubjpass", "poss")
        or (
            token.dep_ == "pobj"
            and token.head.lower_ in ACTING_PREPOSITIONS
            and not _from_where(token.head)
        )
        or (token.dep_ == "dobj" and token.head.lemma_ in ADDRESSED_VERBS)
    )
    return span if acting else Span(span.doc, span.start, span.end, label="LOC")


# Verbs whose "from" says where something is done ("broadcasts from Riga", "reported
# from Kyiv"), not who does it ("a warning from Moscow").
FROM_PLACE_VERBS = _words(
    "broadcast flee live operate relocate report stream transmit work write"
)


def _from_where(preposition: Token) -> bool:
    return (
        preposition.lower_ == "from"
        and preposition.head.pos_ == "VERB"
        and preposition.head.lemma_.lower() in FROM_PLACE_VERBS
    )


# The sports of a wire story's headline ("SOCCER - ...", "CRICKET - ...").
SPORTS = _words(
    """
    athletics badminton baseball basketball boxing cricket cycling football golf
    hockey motocross motorcycling racing rallying rowing rugby soccer squash
    swimming tennis
    """
)
# Verbs whose subject or object in a sports story is a team: "Glamorgan beat
# Durham", "Milwaukee has won 10 of its last 15", "By stumps Kent had reached 108".
TEAM_VERBS = _words(
    """
    beat blank defeat draw edge host lead lose need play reach rout score snap tie
    trail win
    """
)
# Nouns of players and staff a team's name qualifies ("Norwich striker Keith O'Neill",
# "Surrey all-rounder").
PLAYER_NOUNS = _words(
    """
    all-rounder batsman bowler captain coach defender forward goalkeeper keeper
    manager midfielder outfielder pitcher player skipper striker winger
    """
)
_SCORE = re.compile(r"\d{1,3}(?:-\d{1,3})?")


# Countries of their own teams that are no state of the country list.
HOME_NATIONS = frozenset(
    {"england", "scotland", "wales", "northern ireland", "republic of ireland"}
)


def _alias_type(text: str, table: AliasTable) -> str | None:
    found = table.lookup(text)
    return found[1] if found is not None else None


def _sports_story(doc: Doc, sports: frozenset[str] = SPORTS) -> bool:
    """A wire sports story (of one of `sports`): its first line opens with the sport
    and a dash."""
    words = []
    for t in doc[:6]:
        if t.text in ("-", "--", "—", "–"):
            break
        words.append(t.lower_)
    return bool(words) and len(words) < 4 and any(w in sports for w in words)


def _sports_teams(spans: list[Span], table: AliasTable) -> list[Span]:
    """In a sports story a city, county or state is a team where it plays: before a
    score ("Wigan 42 Bradford Bulls 36", "Kent 108-3"), around "v" or "AT"
    ("Birmingham v Barnsley", "KANSAS CITY AT DETROIT"), as the subject or object
    of a verb of play ("Surrey beat Warwickshire"), after "over" and "against",
    before a player ("Norwich striker"). A country stays a place (national sides
    are their countries), and so does a dateline's city. Outside a sports story,
    only a verb of play with a score ("beat Valencia 3-1") or a player after the
    name ("Betis coach Andrés Molina") makes it a team."""
    if not spans:
        return spans
    if not _sports_story(spans[0].doc):
        return [
            Span(s.doc, s.start, s.end, label="ORG")
            if s.label_ in ("GPE", "LOC", "NORP")
            and table.country(s.text) is None
            and _alias_type(s.text, table) is None
            and s.text.lower() not in HOME_NATIONS
            and not (s.label_ == "NORP" and _national(s.text, table))
            and _plays_clearly(s)
            else s
            for s in spans
        ]
    doc = spans[0].doc
    covered = {i for s in spans for i in range(s.start, s.end)}
    missed = [
        Span(doc, t.i, t.i + 1, label="GPE")
        for t in doc
        if t.i not in covered
        and t.pos_ == "PROPN"
        and t.is_title
        and gazetteer.city_population(t.text)
        and _stands_alone(t)
    ]  # "Porto drew 1-1 with Benfica": a team the model did not tag
    spans = sorted(
        spans + [m for m in missed if table.country(m.text) is None and _plays(m)],
        key=_start,
    )
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label_ in ("GPE", "LOC")
        and table.country(s.text) is None
        and _alias_type(s.text, table) != "GPE"
        and s.text.lower() not in HOME_NATIONS
        and _plays(s)
        else s
        for s in spans
    ]


# The team sports whose stories carry league tables and results lines.
TEAM_SPORTS = _words("baseball basketball cricket football hockey rugby soccer")
# Words a team's name joins ("Queen 's Park", "Brighton & Hove Albion").
_TABLE_JOINS = frozenset({"of", "'s", "&"})
_TABLE_NUMBER = re.compile(r"\d{1,3}")


def _table_score(token: Token) -> bool:
    """A score or a table's count: a number of up to three digits standing alone
    (not "26-year-old", "1-0" or "228-9") before the line's end, another number or
    the next team ("Hajduk 2 Proleter", not "Euro 96 absentee")."""
    doc, i = token.doc, token.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    if not _TABLE_NUMBER.fullmatch(token.text):
        return False
    if after is not None and not token.whitespace_ and not after.is_space:
        return False  # "26-year-old", "1-0"
    if i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space:
        return False  # "228-9"
    return (
        after is None
        or "\n" in after.text_with_ws and after.is_space
        or _TABLE_NUMBER.fullmatch(after.text) is not None
        or ((after.is_title or after.is_upper) and after.is_alpha)
    )


def _table_run(doc: Doc, i: int) -> int:
    """The end of the run of a team's name from token i: capitalised words, joined
    by "of", "'s", "&" or a hyphen inside a word, with a bracketed tag of one to
    three letters ("Proleter ( Z )"); i itself if there is none."""
    end = i
    j = i
    while j < len(doc):
        t = doc[j]
        if (t.is_title or t.is_upper) and t.is_alpha and t.lower_ not in _MONTHS:
            j += 1
            end = j
        elif end > i and (
            t.lower_ in _TABLE_JOINS
            or (t.text == "-" and not doc[j - 1].whitespace_)
        ) and j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].is_upper):
            j += 1
        elif (
            end > i
            and t.text == "("
            and j + 2 < len(doc)
            and doc[j + 1].is_alpha
            and len(doc[j + 1]) <= 3
            and doc[j + 1].is_upper
            and doc[j + 2].text == ")"
        ):
            j += 3
            end = j
            break
        else:
            break
    return end


def _county_sides(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a cricket story an English county's name alone is its side ("Hampshire
    were bowled out", "Kent's openers"), whatever the model typed it: counties are
    the teams of English cricket ("at Edgbaston, Birmingham" keeps the city)."""
    if not spans or not _sports_story(doc, CRICKET):
        return spans
    return [
        Span(doc, s.start, s.end, label="ORG")
        if s.label_ in ("PERSON", "GPE", "LOC")
        and len(s) == 1
        and gazetteer.is_english_county(s.text)
        else s
        for s in spans
    ]


CRICKET = _words("cricket")


def _entrant_teams(doc: Doc, spans: list[Span]) -> list[Span]:
    """In a sports story's results ("1. Alex Rossi ( Italy ) , Reynard Honda ,
    53.980"), the name after an entrant's bracketed country and a comma, followed
    by a comma and a time, is the entrant's team or car, never a person (a name
    followed by its own bracket is the next entrant: "X ( Sweden ) , Falk Balzer (
    Germany )")."""
    if not spans or not _sports_story(doc):
        return spans
    out = []
    for span in spans:
        start, end = span.start, span.end
        if (
            span.label_ == "PERSON"
            and len(span) >= 2
            and start >= 4
            and end + 1 < len(doc)
            and doc[start - 1].text == ","
            and doc[start - 2].text == ")"
            and "(" in {t.text for t in doc[max(0, start - 6) : start - 2]}
            and doc[end].text == ","
            and doc[end + 1].like_num
        ):
            span = Span(doc, start, end, label="ORG")
        out.append(span)
    return out


def _table_teams(doc: Doc, spans: list[Span], table: AliasTable) -> list[Span]:
    """In a team sport's story, the rows of a league table or results ("Greenock
    Morton 3 2 0 1 5 2 6", "Hajduk 2 Proleter ( Z ) 0"): the capitalised words that
    open a line, or follow a score, running up to a score, are one team, whole
    (a country's or a home nation's a place: national sides are their countries).
    A run the model tagged a person whole stays a person ("Ernie Els 67" of golf
    is no team sport's row)."""
    if not spans or not _sports_story(doc, TEAM_SPORTS):
        return spans
    runs = []
    i = 0
    while i < len(doc):
        t = doc[i]
        opens = i == 0 or "\n" in doc[i - 1].text_with_ws
        after_score = i > 0 and _table_score(doc[i - 1])
        if not (opens or after_score):
            i += 1
            continue
        end = _table_run(doc, i)
        if (
            end > i
            and end < len(doc)
            and _table_score(doc[end])
        ):
            runs.append((i, end))
            i = end
        else:
            i += 1
    if not runs:
        return spans
    out = list(spans)
    for start, end in runs:
        inside = [s for s in out if s.start < end and s.end > start]
        if any(
            s.label_ == "PERSON" and (s.start, s.end) == (start, end) for s in inside
        ):
            continue
        if any(s.start < start or s.end > end for s in inside):
            continue  # a longer name the model read across the run
        text = doc[start:end].text
        place = table.country(text) is not None or text.lower() in HOME_NATIONS
        label = "GPE" if place else "ORG"
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end):
            if place or inside[0].label_ == label:
                continue
        out = [s for s in out if s not in inside] + [
            Span(doc, start, end, label=label)
        ]
    return sorted(out, key=_start)


def _stands_alone(token: Token) -> bool:
    """A word that is a whole name: no capitalised word or number next to it ("NAC
    Breda", "1860 Munich", "Hansa Rostock" are longer names)."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.is_title or t.is_upper or t.like_num for t in near)


GAME_NOUNS = _words("defeat draw game loss match tie victory win")
_DRAW_VERBS = _words("draw tie")  # "drew 1-1 with Utrecht": the other side
_GAME_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?- ?\d{1,2}(?![\d.,%])")


def _plays_clearly(span: Span) -> bool:
    """A team by its own sentence: the subject or object of a verb of play with a
    score ("Aston Villa beat Everton 2-0"), a player's team ("Valencia striker"),
    the club a player is signed from ("signed Thiago Ramos from Benfica")."""
    root = span.root
    if root.dep_ in ("compound", "poss", "amod") and root.head.lower_ in PLAYER_NOUNS:
        return root.head.is_lower and root.head.i >= span.end
    if root.dep_ == "pobj" and root.head.lower_ == "from":
        verb = root.head.head  # "signed midfielder Thiago Ramos from Benfica"
        return verb.lemma_ in TRANSFER_VERBS and any(
            c.dep_ == "dobj" and (c.lower_ in PLAYER_NOUNS or c.ent_type_ == "PERSON")
            for c in verb.children
        )
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("against", "over", "with")
        and root.head.head.lemma_.lower() in GAME_NOUNS
        and root.head.head.pos_ == "NOUN"  # not the verb: "drew 1-1 against"
    ):  # "the 2-2 draw with Sevilla", "a 3-0 win over Porto"
        game = root.head.head
        return bool(_GAME_SCORE.search(game.doc[max(game.i - 3, 0) : game.i].text))
    if root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() in TEAM_VERBS:
        verb = root.head
        return bool(_GAME_SCORE.search(verb.doc[verb.i : verb.i + 8].text))
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "against", "with"):
        verbs = _DRAW_VERBS if root.head.lower_ == "with" else TEAM_VERBS
        verb = next(
            (a for a in root.head.ancestors if a.pos_ in ("VERB", "AUX")), None
        )  # "lost 2-0 at home to Torino", "drew 1-1 against Lecce", "with Utrecht"
        return (
            verb is not None
            and verb.lemma_.lower() in verbs
            and bool(_GAME_SCORE.search(verb.doc[verb.i : root.i].text))
        )
    return False


def _plays(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    opens_line = before is None or "\n" in before.text_with_ws
    if opens_line and after is not None and (after.text == "," or len(after) == 4):
        return False  # a dateline: "MILWAUKEE , Wisconsin 1996-08-31"
    if after is not None and _SCORE.fullmatch(after.text):
        return True
    if after is not None and (
        after.lower_ in ("v", "vs", "vs.") or (after.text == "AT" and opens_line)
    ):
        return True  # the visitors of "KANSAS CITY AT DETROIT" (the host's city stays)
    if before is not None and before.lower_ in ("v", "vs", "vs."):
        return True
    root = span.root
    if root.dep_ in ("nsubj", "dobj") and root.head.lemma_.lower() in TEAM_VERBS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("over", "against"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        if root.head.head.lemma_.lower() in ("draw", "tie"):
            return True  # "Porto drew 1-1 with Benfica"
    if root.dep_ == "poss" and (
        (root.head.ent_type_ == "PERSON" and not _titled(_token_at(doc, span.end + 1)))
        or root.head.lemma_.lower() in STANDING_NOUNS
    ):
        return True  # "Baltimore 's Eddie Murray" (not "Houston 's Mayor Ana Ruiz")
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        if root.head.head.lemma_.lower() in SCORING_WORDS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in SCORING_WORDS
            for c in root.head.head.children
        ):
            return True  # "Edgar Martinez homered for Seattle", "hit his homer for"
    if root.dep_ in ("dative", "dobj") and root.head.lemma_.lower() == "give":
        if any(c.lemma_.lower() in STANDING_NOUNS for c in root.head.children):
            return True  # "to give Minnesota a 4-2 lead"
    if _transferred(root):
        return True  # "transferred to Milan", "joined Milan from Torino"
    if root.dep_ == "pobj" and root.head.lower_ == "at":
        if root.head.head.lower_ in PLAYER_NOUNS:
            return True  # "his former coach at Torino"
    return root.dep_ in ("compound", "poss") and root.head.lower_ in PLAYER_NOUNS


# Verbs of a player's move from one club to another ("joined Milan from Torino").
MOVE_VERBS = _words("join leave loan move rejoin return sign switch transfer")


def _transferred(root: Token) -> bool:
    """A club a player moves to or from, in a sports story: the object of "join",
    or "to"/"from" after a verb of moving ("moves to Atalanta", "transferred to
    Milan", "joined Espanyol from Nantes")."""
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("join", "rejoin", "leave"):
        return True
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("to", "from")
        and root.head.head.lemma_.lower() in MOVE_VERBS
    )


def _token_at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


# What a team has in a sports story ("Texas 's lead", "Cleveland 's win").
STANDING_NOUNS = GAME_NOUNS | _words("lead streak")
# What a player does for a team ("homered for Seattle", "scored twice for Wigan").
SCORING_WORDS = _words("goal homer homered run score")


# Prefixes joined to a name by a hyphen that are no first name ("Ex-Yankee").
_NAME_PREFIXES = _words("anti ex mid neo non post pre pro then vice")


_MONTHS = _words(
    "january february march april may june july august september october november "
    "december"
)


def _whole_person_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name as written in full where the model tagged part of it: the
    first part of a hyphenated first name ("Anna-Lena Kowalczyk-Berg"), a first name
    before a particle ("Maria dos Santos", the model tagging "Maria" apart) and a
    surname that is a month ("Helen May of ...", "May" tagged a date)."""
    dates = {e.start for e in doc.ents if e.label_ == "DATE" and len(e) == 1}
    people = {s.text.lower() for s in spans if s.label_ == "PERSON"}
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)}
    # two-word surnames said alone later in the article, by the start of the first
    later_alone: dict[int, set[str]] = {}
    seen: dict[str, int] = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) >= 2:
            if span.text in seen:
                later_alone.setdefault(seen[span.text], set()).add(span.text)
            else:
                seen[span.text] = span.start
    out: list[Span] = []
    grown: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label_ == "PERSON" or (
            start >= 1 and doc[start - 1 : end].text.lower() in people
        ):  # "Maria dos Santos" with "Santos" an ORG, "Dos Santos" a person
            while start >= 2 and _name_part_before(doc, start):
                start -= 2
            if span.label_ == "PERSON" and end - start == 1 and start >= 1:
                if _first_name_before(doc, start, in_entity):
                    start -= 1  # "Chief executive Per Aasen", "Per" left out
            elif (
                span.label_ == "PERSON"
                and end - start >= 2
                and start == span.start
                and start >= 1
                and doc[start - 1].is_sent_start
                and doc[start - 1].tag_ == "NNP"
                and span.text in later_alone.get(span.start, ())
                and _first_name_before(doc, start, in_entity, sentence_start=True)
            ):
                start -= 1  # "Isabel García Navarro, ... García Navarro said"
            if (
                end < len(doc)
                and (end in dates or end not in in_entity)
                and doc[end].lower_ in _MONTHS
                and doc[end].is_title
                and not (end + 1 < len(doc) and doc[end + 1].like_num)
                and not doc[end].is_sent_start
            ):
                end += 1
        if (start, end) != (span.start, span.end):
            span = Span(doc, start, end, label="PERSON")
            grown.append(span)
        out.append(span)
    if not grown:
        return out
    return [
        s
        for s in out
        if s in grown or not any(g.start <= s.start and s.end <= g.end for g in grown)
    ]


_OPEN_QUOTES = frozenset('"“‘')  # not "'": "the Allies ' forces"
_CLOSE_QUOTES = frozenset('"”’')
NICKNAME_WORDS = 4
# A nickname in quotes inside a name, in a canonical or surface form ("Karim “the
# Fox” Benali" is Karim Benali).
_NICKNAME = re.compile(r"(?<=\w)\s+[\"“‘][^\"“”‘’]{1,40}[\"”’]\s+(?=\w)")


def _nicknamed(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name with a nickname in quotes inside it ("Karim “the Fox” Benali",
    "Roberto "Hands of Stone" Duran") is one person, whatever the model made of its
    parts, where the name before or after the quotes is tagged a person; the
    nickname is up to four words, capitalised or after "the", right between the
    two names (no comma: 'Smith said "Yes" Brown' is none)."""
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    grown: list[Span] = []
    for t in doc:
        if t.text not in _OPEN_QUOTES or t.i == 0:
            continue
        close = next(
            (
                j
                for j in range(t.i + 2, min(t.i + NICKNAME_WORDS + 2, len(doc) - 1))
                if doc[j].text in _CLOSE_QUOTES
            ),
            None,
        )
        if close is None:
            continue
        first, last, inside = doc[t.i - 1], doc[close + 1], doc[t.i + 1 : close]
        if not (
            first.is_title
            and last.is_title
            and (inside[0].is_title or inside[0].lower_ == "the")
            and all(w.is_alpha for w in inside)
            and any(
                span_at.get(w.i) is not None and span_at[w.i].label_ == "PERSON"
                for w in (first, last)
            )
        ):
            continue
        start = span_at[first.i].start if first.i in span_at else first.i
        end = span_at[last.i].end if last.i in span_at else last.i + 1
        grown.append(Span(doc, start, end, label="PERSON"))
    if not grown:
        return spans
    kept = [s for s in spans if not any(s.start < g.end and g.start < s.end for g in grown)]
    return sorted(kept + grown, key=_start)


def _particle_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name with lowercase particles ("Isabel de la Fuente", "Friedrich
    von Albers") where the model tagged none of it, a part of it, or the whole as
    something else ("Lucía del Campo" an ORG), but tagged the surname with its
    particle capitalised elsewhere ("De la Fuente had criticised"): a first name
    and that surname, its particles lowercase. Not an organisation's or a place's
    name ("Banco de la Nación", "Santa Cruz de la Sierra")."""
    surnames = {
        tuple(t.lower_ for t in s)
        for s in spans
        if s.label_ == "PERSON" and len(s) >= 2 and s[0].lower_ in NAME_PARTICLES
    }
    if not surnames:
        return spans
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    # the first name may be tagged a person apart ("Isabel"), no other entity
    people = {i for i, s in span_at.items() if s.label_ == "PERSON"}
    in_entity = {i for e in doc.ents for i in range(e.start, e.end)} | set(span_at)
    in_entity -= people
    lowers = [t.lower_ for t in doc]
    found: list[Span] = []
    for key in surnames:
        n = len(key)
        for i in range(1, len(doc) - n + 1):
            if tuple(lowers[i : i + n]) != key or not doc[i].is_lower:
                continue
            inside = {span_at[j] for j in range(i - 1, i + n) if j in span_at}
            mistyped = [s for s in inside if s.label_ != "PERSON"]
            if any(s.start < i - 1 or s.end > i + n for s in inside) or any(
                (s.start, s.end) != (i - 1, i + n)
                or _opening_org_word(s[0])
                or _is_place_name(s.text)
                for s in mistyped
            ):
                continue
            blocked = in_entity - {i - 1} if mistyped else in_entity
            if _first_name_before(doc, i, blocked, sentence_start=True):
                found.append(Span(doc, i - 1, i + n, label="PERSON"))
    if not found:
        return spans
    taken = {i for f in found for i in range(f.start, f.end)}
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + found, key=_start)


def _first_name_before(
    doc: Doc, start: int, in_entity: set[int], *, sentence_start: bool = False
) -> bool:
    """Whether the capitalised word before a one-word person's name is its first
    name: in no entity, no title, role or player, and not a sentence's first word
    (which may be anything: "Economist Naroff") unless sentence_start says the
    name is a two-word surname said alone later ("Isabel García Navarro ...
    García Navarro said")."""
    first = doc[start - 1]
    return (
        first.is_title
        and first.is_alpha
        and len(first) > 1
        and first.pos_ not in ("PRON", "DET")  # a capitalised "Per" is tagged IN
        and (sentence_start or not first.is_sent_start)
        and start - 1 not in in_entity
        and "\n" not in first.whitespace_
        and first.lower_ not in TITLE_WORDS | ROLE_HEADS | PORTFOLIOS | PLAYER_NOUNS
        and first.lower_ not in _TITLE_PORTFOLIOS | _MINOR_WORDS | _MONTHS
        and (start < 2 or doc[start - 2].text not in (".", ":", "-", "—", "("))
    )


def _name_part_before(doc: Doc, start: int) -> bool:
    """Whether tokens start-2, start-1 continue a person's name leftwards: a first
    name and a hyphen ("Anna-"), or a name and a particle ("Maria dos")."""
    before, first = doc[start - 1], doc[start - 2]
    if not (first.is_title and first.is_alpha) or "\n" in first.whitespace_:
        return False
    if before.text == "-":
        return (
            not before.whitespace_
            and not first.whitespace_
            and first.tag_ == "NNP"
            and first.lower_ not in _NAME_PREFIXES
        )
    return (
        before.is_lower
        and before.lower_ in NAME_PARTICLES
        and first.lower_ not in TITLE_WORDS
        and not first.is_stop
    )


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Lowercase words inside an organisation's name ("Institute for the Study of War").
_NAME_JOINERS = _words("of for on and the")


def _organisation_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Organisations' names the model missed or cut short: capitalised words up to
    an organisation's head word ("the Free Valley Front", "the Polish Border
    Guard") or a company's legal form ("Lindqvist Antriebstechnik GmbH"), with a
    capitalised "of"/"for"/"on" phrase after it ("the Nordic Institute for Maritime
    Security", "the Council of Europe"). The name may take in a nationality, a place
    or a shorter organisation, never a person; where the model's own span is longer
    or crosses it, the model's stands."""
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    other = {
        i
        for e in doc.ents
        if e.label_ not in ACTOR_TYPES
        for i in range(e.start, e.end)
    }
    found: list[Span] = []
    taken: set[int] = set()
    for head in doc:
        if (
            head.i in taken
            or not _organisation_head(head)
            or head.i in other
            or getattr(span_at.get(head.i), "label_", "") == "PERSON"
            or _in_place_name(doc, head, span_at)
        ):
            continue
        start = head.i
        while (
            start > 0
            and not doc[start].is_sent_start
            and _name_word(doc[start - 1], span_at, other)
            and not _opening_adverb(doc[start - 1])  # "Separately Siemens AG said"
        ):
            start -= 1
        if (
            start > 0
            and start < head.i
            and not doc[start].is_sent_start
            and _ORDINAL.fullmatch(doc[start - 1].text)
        ):
            start -= 1  # "the 24th Mechanised Brigade"
        end = head.i + 1
        legal = _legal_form(head.text)  # ends the name: "Kia Motor Corp of South Korea"
        if not legal and end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "on"):
            end = _of_phrase_end(doc, end, span_at, other)
        if end - start < 2 or (
            legal and _only_places_before(doc[start : head.i], span_at)
        ):
            continue
        inside = {span_at[i] for i in range(start, end) if i in span_at}
        if any(s.start < start or s.end > end for s in inside) or any(
            s.label_ == "ORG" and (s.start, s.end) == (start, end) for s in inside
        ):
            continue
        found.append(Span(doc, start, end, label="ORG"))
        taken.update(range(start, end))
    if not found:
        return spans
    kept = [s for s in spans if not any(i in taken for i in range(s.start, s.end))]
    return sorted(kept + found, key=_start)


def _organisation_head(token: Token) -> bool:
    """An organisation's head word ("Front", "Guard"), or a legal form as companies
    write it ("GmbH", "AG", "S.A.", "plc"; not a lowercase "co")."""
    if token.lower_ in ORG_HEADS and token.is_title:
        return True
    return _legal_form(token.text) and (not token.is_lower or token.lower_ == "plc")


def _only_places_before(words: Span, span_at: dict[int, Span]) -> bool:
    """Every word before a legal form is a place's: "New York AG" is the state's
    attorney general, "Kent SA" no company."""
    return all(
        getattr(span_at.get(t.i), "label_", "") in ("GPE", "LOC") for t in words
    )


def _in_place_name(doc: Doc, head: Token, span_at: dict[int, Span]) -> bool:
    """The head word is part of a place's name ("the West Bank", "the Soviet Union"),
    not a one-word "place" the model made of an organisation's head ("the Center for
    Maritime Strategy")."""
    span = span_at.get(head.i)
    if span is None or span.label_ not in ("GPE", "LOC"):
        return False
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return len(span) > 1 or after is None or after.lower_ not in ("of", "for", "on")


def _name_word(token: Token, span_at: dict[int, Span], other: set[int]) -> bool:
    """A capitalised word that can be part of an organisation's name: not a
    determiner, a person's name or a date."""
    span = span_at.get(token.i)
    return (
        token.is_title
        and (token.is_alpha or "-" in token.text)
        and not token.is_stop
        and token.i not in other
        and (span is None or span.label_ != "PERSON")
        and "\n" not in token.whitespace_
    )


def _of_phrase_end(doc: Doc, i: int, span_at: dict[int, Span], other: set[int]) -> int:
    """The end of "of Europe", "for the Study of War" starting at token i (a joiner),
    or i when no capitalised word follows it."""
    end = i
    j = i
    while j < len(doc):
        k = j
        while k < len(doc) and doc[k].lower_ in _NAME_JOINERS and doc[k].is_lower:
            k += 1
        if k == j and j != i:
            if _name_word(doc[j], span_at, other) and not doc[j].is_sent_start:
                j += 1
                end = j
                continue
            break
        if (
            k >= len(doc)
            or not _name_word(doc[k], span_at, other)
            or doc[k].is_sent_start
        ):
            break
        if doc[j].lower_ == "and" and doc[k - 1].lower_ == "the":
            break  # "the Ministry of Defence and the Foreign Office": two names
        j = k + 1
        end = j
    return end


def _acronym_long_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The long name before a bracketed acronym, where the model split it into two
    entities or more ("the Tehrik-e-Taliban Pakistan (TTP)": "Tehrik" and "Taliban
    Pakistan") or missed it ("The Africa Centres for Disease Control and Prevention
    (ACDC)", "... (Africa CDC)", the acronym after a word of the name): the
    capitalised run the acronym abbreviates (with the lowercase words of a name
    between its words), as one ORG. Not a run with a person in it nor one that
    opens with a title ("Prime Minister Narendra Modi (PM)")."""
    out = list(spans)
    words = [t.text for t in doc]  # read once: a Token is made anew at each doc[i]
    for i in range(2, len(doc) - 2):
        if words[i] != "(":
            continue
        close = next(
            (j for j in range(i + 2, min(i + 4, len(doc))) if words[j] == ")"), None
        )
        if not (
            close is not None
            and _ACRONYM.fullmatch(doc[close - 1].text)
            and all(t.is_title for t in doc[i + 1 : close - 1])
        ):
            continue
        before = [t.text for t in doc[i + 1 : close - 1]]  # "Africa" of "Africa CDC"
        start = i
        while (
            start > 0
            and i - start < 12
            and (
                doc[start - 1].is_title
                or doc[start - 1].text == "-"
                or (
                    doc[start - 1].is_lower
                    and doc[start].text == "-"
                    and start - 2 >= 0
                )
                or (
                    doc[start - 1].lower_ in _NAME_JOINERS - {"the"}
                    and doc[start].is_title
                    and start - 2 >= 0
                    and doc[start - 2].is_title
                )
            )
        ):
            start -= 1
        while start < i and (not doc[start].is_title or doc[start].lower_ == "the"):
            start += 1
        inside = [s for s in out if s.start < i and s.end > start]
        if (
            any(s.start < start or s.end > i for s in inside)
            or any(s.label_ == "PERSON" for s in inside)
            or (len(inside) == 1 and inside[0].start == start)
            or doc[start].lower_ in TITLE_WORDS
            or [t.text for t in doc[start : start + len(before)]] != before
            or not _abbreviates(
                doc[close - 1].text.replace(".", "").upper(),
                doc[start + len(before) : i].text,
            )
        ):
            continue
        start = min([start, *(s.start for s in inside)])
        out = [s for s in out if s not in inside]
        out.append(Span(doc, start, i, label="ORG"))
    return sorted(out, key=_start)


def _defined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """Acronyms defined in brackets after the name they abbreviate that the model
    missed: "the Economic Community of West African States (ECOWAS)" gives an ORG
    "ECOWAS" (its repeats are then found by `_repeated_names`)."""
    covered = {i for e in [*doc.ents, *spans] for i in range(e.start, e.end)}
    found = []
    for span in spans:
        i = span.end
        if (
            span.label_ in ("ORG", "GPE", "LOC")
            and i + 2 < len(doc)
            and doc[i].text == "("
            and doc[i + 2].text == ")"
            and i + 1 not in covered
            and _ACRONYM.fullmatch(doc[i + 1].text)
            and _abbreviates(doc[i + 1].text.replace(".", "").upper(), span.text)
        ):
            found.append(Span(doc, i + 1, i + 2, label="ORG"))
    return found


# Words before a natural feature's own name ("the River Witham", "Lake Tana"), and
# words that make the name a building's or a body's ("Mount Sinai Hospital").
FEATURE_PREFIXES = _words("lake mount river")
_NOT_FEATURES = (
    ORG_HEADS
    | COMPANY_HEADS
    | _words("airport bridge hospital hotel road school station street")
)


# Lowercase words inside a place's name ("São Bernardo do Campo", "Santa Cruz de la
# Sierra", "Vila Nova de Gaia"): Portuguese, Spanish, Italian and French particles.
PLACE_PARTICLES = _words("da das de del della des di do dos du e el la las le los y")
# The most words a place's name with particles is read in.
PLACE_MAX_WORDS = 6


def _particle_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A city's name with lowercase particles that the model cut or left partly
    untagged ("São Bernardo" + "Campo" of "São Bernardo do Campo") is one place
    where the city list has the whole name: capitalised words and particles, from
    a capitalised word touching an entity to a capitalised word. A name an entity
    already spans whole is the model's ("Vasco da Gama", also a city's other name)."""
    touched = {i for s in spans for i in range(s.start, s.end)}
    whole = {(s.start, s.end) for s in spans}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        end = None
        if doc[i].is_title and doc[i].is_alpha:
            j = i + 1
            while (
                j < len(doc)
                and j - i < PLACE_MAX_WORDS
                and "\n" not in doc[j - 1].whitespace_
                and doc[j].is_alpha
                and (doc[j].is_title or doc[j].lower_ in PLACE_PARTICLES)
            ):
                j += 1
            for k in range(j, i + 2, -1):  # the longest name first
                run = doc[i:k]
                if (
                    run[-1].is_title
                    and any(t.lower_ in PLACE_PARTICLES for t in run[1:-1])
                    and (i, k) not in whole
                    and any(t.i in touched for t in run)
                    and gazetteer.city_population(run.text)
                ):
                    end = k
                    break
        if end is None:
            i += 1
            continue
        found.append(Span(doc, i, end, label="GPE"))
        i = end
    if not found:
        return spans
    kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)]
    return sorted(kept + found, key=_start)


def _feature_of_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A sea, gulf, strait or island named "of" a place, where the model tagged
    only the place ("Sea of Japan" as "Japan", "Gulf of Mexico" as "Mexico"), or
    the feature word apart ("the Bay of" and "Biscay"): the capitalised feature
    word, "of" and the one entity after it are one LOC; not an organisation's name
    ("the Gulf of Guinea Commission")."""
    span_at = {i: s for s in spans for i in range(s.start, s.end)}
    dropped: set[Span] = set()
    out = []
    for span in spans:
        start = span.start
        word = span_at.get(start - 2)
        if (
            start >= 2
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].is_title
            and doc[start - 2].lower_ in OF_FEATURE_WORDS
            and (word is None or (word.start == start - 2 and word.end <= start))
            and span.label_ in ("GPE", "LOC", "NORP", "ORG")
            and span[-1].lower_ not in _ORG_OR_COMPANY_HEADS
        ):
            if word is not None:
                dropped.add(word)
            span = Span(doc, start - 2, span.end, label="LOC")
        out.append(span)
    return [s for s in out if s not in dropped]


def _feature_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Natural features the model did not tag: "River", "Lake" or "Mount", or a
    sea's or a gulf's word and "of", and one or two capitalised words outside every
    entity ("the River Witham", "the Sea of Crete"), not a building's or a body's
    name ("Mount Sinai Hospital")."""
    covered = {i for e in [*doc.ents, *spans] for i in range(e.start, e.end)}
    found = []
    for t in doc:
        if not t.is_title or t.i in covered:
            continue
        if t.lower_ in FEATURE_PREFIXES:
            end = t.i + 1
        elif (
            t.lower_ in OF_FEATURE_WORDS
            and t.i + 2 < len(doc)
            and doc[t.i + 1].lower_ == "of"
        ):
            end = t.i + 2  # "the Sea of Crete", untagged
        else:
            continue
        while (
            end < len(doc)
            and doc[end].is_title
            and doc[end].is_alpha
            and end not in covered
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
        words = [w.lower_ for w in doc[t.i + 1 : end] if w.lower_ != "of"]
        if 1 <= len(words) <= 2 and not _NOT_FEATURES.intersection(words):
            found.append(Span(doc, t.i, end, label="LOC"))
    return found


def _missed_capitals(doc: Doc, spans: list[Span], table: AliasTable) -> list[Span]:
    """Capitals the model did not tag where they act ("Kyiv dismissed the threat",
    "Kyiv's response"): a proper noun outside every entity, the subject or a
    possessor, that the alias table or the capitals list knows as a capital."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    covered.update(i for s in spans for i in range(s.start, s.end))
    return [
        Span(doc, t.i, t.i + 1, label="GPE")
        for t in doc
        if t.i not in covered
        and t.tag_ == "NNP"
        and t.is_title
        and t.dep_ in ("nsubj", "nsubjpass", "poss")
        and table.capital(t.text) is not None
        and table.lookup(t.text) is None
    ]


def _described_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names the model did not tag that the text itself calls an organisation in
    apposition: "Unite, the union, called ...", "Halcyon, the charity, said" (a
    capitalised run of up to four words outside every entity, then ", the" and
    at most two lowercase words up to an organisation's noun)."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    covered.update(i for s in spans for i in range(s.start, s.end))
    heads = DESCRIPTION_HEADS | ORG_CLASSIFIERS
    found = []
    for t in doc:
        if t.text != "," or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "the":
            continue
        head = next(
            (
                w
                for w in doc[t.i + 2 : t.i + 5]
                if not (w.is_lower and w.is_alpha) or w.lower_ in heads
            ),
            None,
        )
        if head is None or not head.is_lower or head.lower_ not in heads:
            continue
        if head.i + 1 < len(doc) and doc[head.i + 1].text not in (",", ";", "."):
            continue
        start = t.i
        while (
            start > 0
            and t.i - start < 4
            and doc[start - 1].is_title
            and doc[start - 1].i not in covered
        ):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start < t.i and (start == 0 or not doc[start - 1].is_title):
            found.append(Span(doc, start, t.i, label="ORG"))
    return found + _classified_names(doc, covered)


def _classified_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Names the model did not tag right after a lowercase organisation noun: "the
    ride-hailing firm Uber", "the chipmaker Nexperia" (up to three proper nouns
    outside every entity, not a title: "the company Chairman Lee")."""
    found = []
    for t in doc:
        if not (t.is_lower and t.pos_ == "NOUN" and t.lower_ in ORG_CLASSIFIERS):
            continue
        end = t.i + 1
        while (
            end < len(doc)
            and end - t.i <= 3
            and end not in covered
            and doc[end].is_title
            and doc[end].tag_ in ("NNP", "NNPS")
            and len(doc[end]) > 1
            and doc[end].text.replace("-", "").isalpha()  # not "Solutions.[2]"
            and not doc[end].is_sent_start
        ):
            end += 1
        if end > t.i + 1 and doc[t.i + 1].lower_.rstrip(".") not in TITLE_WORDS:
            if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
                continue  # the run goes on (into an entity, a glued mark): unsure
            found.append(Span(doc, t.i + 1, end, label="ORG"))
    return found


# Common nouns that name an organisation already named ("the group", "the ministry").
DESCRIPTION_HEADS = _words(
    """
    agency alliance army association authority bank battalion bloc board brigade
    bureau charity club coalition commission committee company consortium
    cooperative co-operative corporation council court foundation
    department embassy federation firm fleet force forum front fund group guard
    hospital institute league militia ministry movement navy network office
    organisation organization party police programme regiment regulator service
    union university watchdog
    """
) | frozenset(MEDIA_DESCRIPTIONS | TRADE_DESCRIPTIONS | ARMED_DESCRIPTIONS)
# A description also fits an organisation whose name ends in one of these words ("the
# World Food Programme" ... "the agency").
DESCRIPTION_FITS = {
    "agency": _words(
        "administration authority bureau center centers centre centres commission fund"
        " institute institutes office organisation organization programme program"
        " service"
    ),
    "army": _words("brigade battalion corps forces regiment"),
    "militia": _words("army brigade brigades battalion forces front movement"),
    "bank": _words("banca banco banque bancorp"),
    "force": _words("army brigade forces"),
    "council": _words("board commission committee"),
    "committee": _words("board commission council"),
    "commission": _words("committee council"),
    "bloc": _words("alliance association community union"),
    # "Britain's Competition and Markets Authority (CMA)" ... "the regulator"
    "regulator": _words("authority board commission office watchdog"),
    "watchdog": _words("authority board commission office regulator"),
    "hospital": _words("clinic infirmary"),
    "party": PARTY_MEMBERS,
    "union": _words("association confederation federation guild"),
}


def _descriptions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the group", "The ministry", "the alliance" outside every name: candidate
    mentions of the organisation named before them (`resolve` links each to a
    compatible one; one with none is dropped by `mentions`)."""
    if not any(s.label_ in ("ORG", "PERSON") for s in spans) and not any(
        t.dep_ == "nsubj" and t.tag_ == "NNP" and not t.ent_type_ for t in doc
    ):
        return []  # a person or a subject may be a company the model missed
    nationalities = {
        i for s in spans if s.label_ == "NORP" for i in range(s.start, s.end)
    }
    based = {
        i
        for s in spans
        if s.label_ in ("GPE", "LOC")
        and s.end + 1 < len(doc)
        and doc[s.end].text == "-"
        and doc[s.end + 1].lower_ in ("based", "headquartered")
        for i in range(s.start, s.end)
    }  # "the Auckland-based company": where it is, as a modifier
    covered = {i for s in spans for i in range(s.start, s.end)} - nationalities - based
    out = []
    for t in doc:
        if not (
            t.lower_ in DESCRIPTION_HEADS
            # a lowercase "NNP" is the tagger's slip ("the bloc has not ruled out")
            and t.tag_
            in (("NNS",) if t.lower_ in ARMED_DESCRIPTIONS else ("NN", "NNP"))
            and t.is_lower
        ):
            continue  # the modifiers below walk subtrees: only for a head word
        # "the militant group", "the state-run oil company", "the Lebanese group"
        start = _modifiers_start(t, nationalities | based)
        if (
            start >= 1
            and doc[start - 1].lower_ == "the"
            and (
                [c.i for c in t.lefts if c.i < start] == [start - 1]
                or _possessor(t, doc[start - 1])  # "The militia's spokesman"
            )
            and not any(_of_noun(c) for c in t.rights)  # "the group of ships"
            and not covered.intersection(range(start - 1, t.i + 1))
            and t.i + 1 not in covered  # "the Hungarian news agency MTI": named
            and _named_with_nationality(doc[start : t.i], spans, nationalities)
        ):
            out.append(Span(doc, start - 1, t.i + 1, label="ORG"))
    return out


_PERSONAL = _words("he her him his she")


def _possessor(noun: Token, the: Token) -> bool:
    """Whether a noun is the possessor in "the X's Y", its "the" parsed as Y's."""
    return (
        any(c.dep_ == "case" for c in noun.rights)
        and the.head == noun.head
        and not [c for c in noun.lefts if c.i < the.i]
    )


def _described_companies(spans: list[Span]) -> list[Span]:
    """A one-word "person" that a trade or "the company" describes next, with no
    organisation named between, is a company ("Pfizer said ... The drugmaker
    said", "Petrobras ... the oil company"): no person is "the drugmaker". Not a
    full name's surname, a title's person, a place, a word that qualifies a noun
    ("Cabin crew at ..."), nor one whose sentence says "he" or "she", and not
    where an organisation is among the mentions before the description."""
    people = {s[-1].lower_ for s in spans if s.label_ == "PERSON" and len(s) > 1}
    companies: set[str] = set()
    for i, span in enumerate(spans):
        if description_head(span.text) not in TRADE_DESCRIPTIONS | COMPANY_WORDS:
            continue
        window: list[Span] = []
        others = 0
        for j in range(i - 1, -1, -1):
            if others >= GENERIC_WINDOW:
                break
            window.append(spans[j])
            others += spans[j].label_ != "PERSON"
        if any(w.label_ == "ORG" for w in window):
            continue  # "Tesla ... Musk said ... The carmaker": Tesla, by `resolve`
        before = next((w for w in window if w.label_ == "PERSON"), None)
        if (
            before is not None
            and len(before) == 1
            and before[0].is_title
            and before.root.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj")
            and before.sent != span.sent  # "Musk said the company would ..."
            and not any(t.lower_ in _PERSONAL for t in before.sent)  # "he would"
            and before[0].lower_ not in people
            and not _titled(before.doc[before.start - 1] if before.start else None)
            and not _is_place_name(before.text)
        ):
            companies.add(before.text)
    if not companies:
        return spans
    return [
        Span(s.doc, s.start, s.end, label="ORG")
        if s.label_ == "PERSON" and s.text in companies
        else s
        for s in spans
    ]


def _described_subjects(doc: Doc, spans: list[Span]) -> list[Span]:
    """An untagged name that is the subject of a sentence whose trade or "the
    company" comes later in it, with no organisation named before, is that company
    ("Widerøe will resume flights ..., the airline said"): the description needs
    it, and `_described_companies` does the same for a name the model called a
    person."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for span in spans:
        if description_head(span.text) not in TRADE_DESCRIPTIONS | COMPANY_WORDS:
            continue
        if any(s.label_ == "ORG" and s.end <= span.start for s in spans):
            continue
        subject = next(
            (
                t
                for t in span.sent
                if t.i < span.start
                and t.dep_ == "nsubj"
                and t.tag_ == "NNP"
                and t.is_title
                and t.i not in covered
                and not any(c.dep_ == "compound" for c in t.children)
            ),
            None,
        )
        if subject is not None and not _is_place_name(subject.text):
            found.append(Span(doc, subject.i, subject.i + 1, label="ORG"))
            covered.add(subject.i)
    return sorted(spans + found, key=_start) if found else spans


def _name_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "the regional government" after "the Kurdistan Regional Government", "the
    crown court" after "Leeds Crown Court": the last two or more words of an
    organisation named before, in lowercase after "the", outside every name, are
    that organisation (`resolve` links them by `_link_name_tails`)."""
    tails: dict[tuple[str, ...], int] = {}
    for span in spans:
        words = [t.lower_ for t in span if t.is_alpha]
        if span.label_ == "ORG" and len(words) >= 3 and len(words) == len(span):
            for n in range(2, len(words)):
                tails.setdefault(tuple(words[-n:]), span.end)
    if not tails:
        return []
    covered = {i for s in spans for i in range(s.start, s.end)}
    lengths = sorted({len(k) for k in tails}, reverse=True)
    found = []
    for t in doc:
        if t.text != "the" or t.i in covered:
            continue
        for n in lengths:
            end = t.i + 1 + n
            key = tuple(w.text for w in doc[t.i + 1 : end])
            if (
                end <= len(doc)
                and tails.get(key, len(doc)) <= t.i
                and not covered.intersection(range(t.i, end))
                and (end == len(doc) or not doc[end].is_alpha or doc[end].is_lower)
            ):
                found.append(Span(doc, t.i, end, label="ORG"))
                covered.update(range(t.i, end))
                break
    return found


def _named_with_nationality(
    modifiers: Span, spans: list[Span], nationalities: set[int]
) -> bool:
    """Whether a description's nationality ("the Lebanese army") is in the name of
    an organisation named before it (it may stand only for that one); true for a
    description with none."""
    table = load_aliases()
    national = [w.text for w in modifiers if w.i in nationalities]
    if not national:
        return True
    words = {w.lower() for w in national}
    words |= {c.lower() for w in national if (c := _owner_country(w, table))}
    return any(
        s.label_ == "ORG" and s.end <= modifiers.start and words & {w.lower_ for w in s}
        for s in spans
    )


# How many lowercase words a description may have before its head ("the state-run
# oil company"); words that tell one organisation from another ("the other group",
# "the new party", "the opposition party") make no description of the one before.
DESCRIPTION_MODIFIERS = 2
_OTHER_WORDS = _words(
    """
    another big biggest both different first former last larger largest latter main
    new next opposition other own rival same second smaller third whole
    """
)


def _modifiers_start(head: Token, nationalities: set[int] = frozenset()) -> int:
    """Where the lowercase modifiers or nationalities just before a noun start
    ("state-run oil" of "the state-run oil company", "Lebanese" of "the Lebanese
    group"): the noun's own index if it has none that fit."""
    start = head.i
    for child in reversed([c for c in head.lefts if c.dep_ in ("amod", "compound")]):
        words = list(child.subtree)
        if (
            child.right_edge.i != start - 1
            or not all(
                w.text == "-" or w.i in nationalities or _description_modifier(w)
                for w in words
            )
            or len(head.doc[words[0].i : head.i].text.split()) > DESCRIPTION_MODIFIERS
        ):
            break
        start = child.left_edge.i
    return start


def _description_modifier(token: Token) -> bool:
    return (
        token.is_lower
        and token.pos_ in ("ADJ", "NOUN", "VERB")
        and token.lower_ not in _OTHER_WORDS
        and not token.like_num
    )


# Roles of one person that "the ..." can stand for ("the minister said").
PERSON_ROLES = ROLE_HEADS - _words("chief head leader official")


def _titles_before(doc: Doc, spans: list[Span]) -> dict[Span, list[str]]:
    """A person's span -> the lowercase words of the title written before the name
    ("Foreign Minister Tomas Lindgren" -> ["foreign", "minister"]), for a title that
    ends in a role "the ..." can stand for."""
    words = TITLE_WORDS | PORTFOLIOS | _TITLE_PORTFOLIOS | _words("affairs prime")
    out = {}
    for span in spans:
        start = span.start
        while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in words:
            start -= 1
        if start < span.start and doc[span.start - 1].lower_ in PERSON_ROLES:
            if span.label_ == "PERSON":
                out[span] = [t.lower_ for t in doc[start : span.start]]
    return out


def _link_titled(
    found: list[Mention], pairs: list[tuple[str, str]], titled: dict[Span, list[str]]
) -> None:
    """ "The minister" is the person last titled so before it ("Foreign Minister
    Tomas Lindgren"), unless a role mention of that name came after the title."""
    if not titled:
        return
    at = {m.start: i for i, m in enumerate(found)}
    titles = sorted(
        (span.start_char, at[span.start_char], words)
        for span, words in titled.items()
        if span.start_char in at
    )
    for i, m in enumerate(found):
        if not is_role_description(m.text):
            continue
        words = _tidy(m.text).lower().split()
        given = [
            (start, j) for start, j, title in titles
            if start < m.start and title[-len(words) :] == words
        ]  # fmt: skip
        if not given:
            continue
        start, j = given[-1]
        roles = [
            r.start
            for r in found[:i]
            if r.start > start
            and not is_role_description(r.text)
            and _is_role(_tidy(r.text))
            and _tidy(r.text).lower().split()[-len(words) :] == words
        ]
        if not roles:
            pairs[i] = pairs[j]


def _role_descriptions(
    doc: Doc,
    spans: list[Span],
    role_of: dict[Span, Span],
    titled: dict[Span, list[str]] | None = None,
) -> list[Span]:
    """ "the minister", "the prime minister" after a role of the same head word
    given to a named person ("Maria Lopes, the finance minister"; "Foreign Minister
    Tomas Lindgren"): candidate mentions of that person (`resolve` links each; one
    with no match is dropped). One a title gave stands for no head of another body
    ("President Rui Gomes" ... "the president of Congress")."""
    heads = {role[-1].lower_: role.start for role in role_of}
    by_title = {}
    for span, words in (titled or {}).items():
        by_title[words[-1]] = min(by_title.get(words[-1], len(span.doc)), span.start)
    if not heads and not by_title:
        return []
    covered = {i for s in [*spans, *role_of] for i in range(s.start, s.end)}
    out = []
    for t in doc:
        if (
            t.lower_ in PERSON_ROLES
            and t.tag_ == "NN"
            and t.is_lower
            and (
                heads.get(t.lower_, len(doc)) < t.i
                or (
                    by_title.get(t.lower_, len(doc)) < t.i
                    and not any(c.lower_ in ("of", "for") for c in t.rights)
                )
            )
            and t.i not in covered
        ):
            start = t.i
            while (
                start - 1 >= 0
                and doc[start - 1].dep_ in ("amod", "compound")
                and (doc[start - 1].is_lower and doc[start - 1].head.i == t.i)
            ):
                start -= 1
            if (
                start >= 1
                and doc[start - 1].lower_ == "the"
                and start - 1 not in covered
            ):
                out.append(Span(doc, start - 1, t.i + 1, label="PERSON"))
    return out


def is_role_description(text: str) -> bool:
    """Whether a mention's text is a role standing for a person named before ("the
    minister", "the prime minister")."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].lower() == "the"
        and words[-1] in PERSON_ROLES
        and all(w.islower() for w in words[1:])
    )


def _of_noun(token: Token) -> bool:
    """An "of" with a noun after it ("of ships"), not a gerund ("accused the bloc of
    serving French interests")."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "of"
        and any(c.dep_ == "pobj" for c in token.children)
    )


def is_description(text: str) -> bool:
    """Whether a mention's text is a description ("the group", "the minister"), not
    a name."""
    return description_head(text) is not None or is_role_description(text)


# A place's name made a modifier ("the Auckland-based company"): where it is, no
# nationality telling one organisation from another.
_PLACE_BASED = re.compile(
    r"\b(?!The )[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*)*-(?=(?:based|headquartered)\b)"
)


def _unplaced(text: str) -> str:
    """ "the New York-based company" -> "the based company"."""
    return _PLACE_BASED.sub("", text)


def description_head(text: str) -> str | None:
    """The head noun of a description mention ("the group" -> "group", "the militant
    group" -> "group"), else None."""
    words = _unplaced(text).split()
    if (
        2 <= len(words) <= 2 + DESCRIPTION_MODIFIERS
        and words[0].lower() == "the"
        and words[-1] in DESCRIPTION_HEADS
        and all(w.islower() or _national(w, load_aliases()) for w in words[1:-1])
    ):
        return words[-1]
    return None
