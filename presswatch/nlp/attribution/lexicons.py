"""Word lists and rule data of attribution: cue words, source heads, the reporting
verbs and the media list (rule files read through `presswatch.nlp.rules`)."""

from __future__ import annotations

from dataclasses import dataclass

from presswatch.nlp import rules

# Syntactic frames a verb cue can appear in (see `frame`).
FRAMES = ("clause", "xcomp", "pass", "subj", "other")


# Adverbs that attribute a claim to nobody in particular.
AGENTLESS_ADVERBS = frozenset(
    {"allegedly", "purportedly", "reportedly", "reputedly", "supposedly"}
)


# "it is unclear whether", "it's obvious that": an assessment nobody is named for.
IMPERSONAL_ADJECTIVES = frozenset(
    {"apparent", "clear", "evident", "obvious", "uncertain", "unclear"}
)


# Verbs that present a claim as an impression with no named holder ("X appears to");
# "look" and "sound" only with "like"/"as if" ("it looks like a deal").
IMPRESSION_VERBS = frozenset({"appear", "seem"})


LIKE_VERBS = frozenset({"look", "sound"})


# Nouns that are attributions when they take a complement ("reports of", "claims that");
# "claims for compensation", "a claim for damages" is a demand, not a reported claim.
REPORT_NOUNS = frozenset(
    {
        "accusation", "allegation", "assertion", "claim", "criticism", "prediction",
        "question", "report", "rumor", "rumour", "skepticism", "speculation",
        "suspicion",
    }
)  # fmt: skip


# "Senator Voss is critical of the plan", "the mayor was eager to": a stance adjective
# after a copula whose subject holds the stance (each at least 40% a cue with a subject
# in PolNeAR train; "sceptical" is the British spelling of one).
STANCE_ADJECTIVES = frozenset(
    {
        "aware", "critical", "eager", "hopeful", "quick", "sceptical", "skeptical",
        "vocal", "worried",
    }
)  # fmt: skip


# Objects of "citing" that stand for the real source given by "from"/"by"/"of".
CITED_CARRIERS = frozenset(
    {
        "account", "comment", "data", "document", "figure", "information", "remark",
        "report", "statement",
    }
)  # fmt: skip


# Messages that carry an account ("citing an email sent to customers"): cited as
# documents are, and a document's kind (unnamed) as a source.
MESSAGES = frozenset(
    {"bulletin", "circular", "e-mail", "email", "newsletter", "notice", "tweet"}
)

# Records of what was said or planned ("according to a transcript released by the
# ministry", "a draft seen by the Ledger"): documents for the sources' spans and kinds,
# like MESSAGES.
RECORDS = frozenset(
    {"communique", "communiqué", "dossier", "draft", "filing", "memorandum", "transcript"}
)


# Other heads a "citing"/"quoting" object may have and still be a source ("citing the
# UN panel", "citing a Pentagon assessment"). Only `source_like` reads them: the lists
# above are also the cue model's features, which these must not change.
CITED_HEADS = frozenset(
    {
        "assessment", "board", "briefing", "cable", "commission", "court", "estimate",
        "finding", "inquiry", "intelligence", "mission", "panel", "regulator", "review",
        "tribunal", "watchdog",
        # bodies and institutions a common noun names ("citing the health office",
        # "the auction house", "the university", "the grid operator")
        "authority", "bureau", "centre", "center", "clinic", "college", "directorate",
        "federation", "foundation", "hospital", "house", "inspectorate", "laboratory",
        "league", "museum", "office", "operator", "organiser", "organizer", "school",
        "university", "utility",
    }
) | MESSAGES | RECORDS  # fmt: skip


# "said in a statement", "told CNN in an interview", "wrote in a tweet", "said in a
# post", "wrote in an op-ed": the channel joins the cue. The first three also name it
# (read by the relays and the cue model); the others keep the verb's name, which the
# cue model was fitted on, and join only right after the verb ("said in a post"; not
# "told The Daily Beast in an email", where PolNeAR's cue is "told"). Not "speech" or "remarks": PolNeAR leaves them out of the
# cue every time (train and dev 0 of 7), where it is split on the channels here
# (statement 52 of 80, email 8 of 18, op-ed 0 of 3; scored by overlap either way).
CHANNEL_NOUNS = {
    "statement": "statement",
    "interview": "in an interview",
    "tweet": "tweet",
    **dict.fromkeys(
        ("blog", "column", "e-mail", "email", "letter", "memo", "message", "op-ed",
         "post", "video"),
        None,
    ),
}  # fmt: skip


# Heads of unnamed sources: people or groups the article does not identify.
UNNAMED_HEADS = frozenset(
    {
        "advisor", "adviser", "aide", "analyst", "activist", "authority", "critic",
        "diplomat", "economist", "expert", "individual", "insider", "investigator",
        "lawmaker", "leader", "member", "observer", "officer", "official", "one",
        "other", "people", "person", "resident", "scientist", "someone", "source",
        "staffer", "supporter", "voter", "witness", "some", "many", "several",
    }
)  # fmt: skip


# Role nouns that, with "the", stand for a person named earlier ("the minister said").
ROLE_NOUNS = frozenset(
    {
        "ambassador", "candidate", "chairman", "chancellor", "chief", "commander",
        "congressman", "congresswoman", "director", "envoy", "general", "governor",
        "man", "mayor", "minister", "nominee", "premier", "president", "prosecutor",
        "representative", "secretary", "senator", "spokesman", "spokesperson",
        "spokeswoman", "woman",
    }
)  # fmt: skip


# Common nouns for people, beyond the role nouns; with PERSON_SUFFIXES ("commissioner",
# "historian", "economist") they tell a person from an organisation.
PERSON_NOUNS = frozenset(
    {
        "anchor", "attorney", "author", "boss", "brother", "ceo", "chairwoman", "child",
        "coach", "colleague", "daughter", "doctor", "executive", "father", "friend",
        "host", "husband", "judge", "lawyer", "mother", "nurse", "partner", "sheriff",
        "sister", "son", "wife",
    }
)  # fmt: skip


PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "man", "woman", "person")


# More nouns for people ("citing its captain", "a priest said"), read by the sources'
# kinds and `source_like` only: `person_noun` is also a cue model feature, which these
# must not change.
MORE_PERSON_NOUNS = frozenset(
    {
        "agent", "captain", "chef", "clerk", "deputy", "monk", "neighbor", "neighbour",
        "nun", "patient", "physician", "pilot", "priest", "relative", "soldier",
        "student", "surgeon", "victim",
    }
)  # fmt: skip


# Common nouns for news media ("the newspaper reported").
MEDIA_HEADS = frozenset(
    {"broadcaster", "channel", "magazine", "newspaper", "paper", "tabloid"}
)
# The media as a whole ("state media said", "Russian media reported", "media
# reports") and broadcasting ("State television said", "citing state radio",
# "television reports"): a medium, if no named one (spaCy's lemma of "media" is
# "medium"). Kept apart from MEDIA_HEADS, which the cue model's features read as
# trained.
MASS_MEDIA = frozenset({"media", "medium", "radio", "television", "tv"})

# Verbs that name a thing ("a fund called X", "a levy dubbed X"; "known as" apart):
# a bare participle of one names its noun, no one's account (`cues.set_off_naming`).
NAMING_VERBS = frozenset({"call", "dub", "label", "name", "nickname", "term", "title"})


# Last words of a newspaper's, a wire's or a broadcaster's name ("the Northern Ledger",
# "Capital Wire", "Kestrel TV", a periodical by its frequency: "the Sentinel Weekly"):
# an outlet the media list does not know is still media. "Post" only after "the"
# ("the Bangkok Post"; "Swiss Post" is a postal company), in `kinds`.
NEWSPAPER_NAME_ENDS = frozenset(
    {
        "chronicle", "courier", "dispatch", "gazette", "herald", "inquirer", "journal",
        "ledger", "news", "press", "telegraph", "times", "tribune", "wire",
        "radio", "television", "tv", "fm", "daily", "weekly",
    }
)  # fmt: skip
# Of those, the ones that end a one-word name glued to another word ("Tidewire",
# "Newswire", "Cityherald"): not "press", "times", "news" or "tv", which end common
# words and firms' names ("Express", "Cypress", "Sometimes", "Sinews").
GLUED_NAME_ENDS = frozenset(
    {
        "chronicle", "courier", "dispatch", "gazette", "herald", "inquirer", "journal",
        "ledger", "telegraph", "tribune", "wire",
    }
)  # fmt: skip


# Common nouns for organisations; "the group said" stands for the group named before.
ORG_NOUNS = frozenset(
    {
        "agency", "alliance", "association", "bank", "coalition", "committee",
        "company", "council", "firm", "group", "institute", "network", "organisation",
        "organization", "party", "union",
    }
)  # fmt: skip


# Of those, the ones that stand for whatever organisation the article is about.
COMPANY_NOUNS = frozenset({"company", "firm", "group"})


# Heads of government bodies ("the Defense Ministry", "the Obama administration"),
# the armed forces and police included ("Ukraine's air force", "the border guard").
GOVERNMENT_HEADS = frozenset(
    {
        "administration", "army", "cabinet", "department", "embassy", "force",
        "government", "guard", "kremlin", "military", "ministry", "navy", "pentagon",
        "police", "presidency", "white house",
    }
)  # fmt: skip


# Holders of state power whose office is a government body ("the prime minister's
# office said"; "the director's office" is no state's).
OFFICE_HOLDERS = frozenset(
    {
        "chancellor", "governor", "mayor", "minister", "premier", "president",
        "prosecutor",
    }
)  # fmt: skip


# Offices, agencies and services of a state by the words before their head ("the
# Federal Statistical Office", "the State Emergency Service", "the Ostland Statistics
# Office"; a national statistics office is a government's). A news agency is media
# first (`cues.media_shaped`).
STATE_BODY_HEADS = frozenset(
    {"agency", "bureau", "directorate", "inspectorate", "office", "service"}
)
STATE_MARKERS = frozenset({"federal", "national", "state", "statistical", "statistics"})
# Last words of names only a state's bodies have ("the Civil Aviation Authority", "the
# Labour Inspectorate", "the Coastal Fisheries Authority (CFA)"); "authorities" of a
# town, unnamed, are not names.
STATE_NAME_ENDS = frozenset({"authority", "directorate", "inspectorate"})


# Verbs of command: their small clause ("ordered the refinery shut", "ordered the
# schools reopened") is the outcome commanded, a deed; their infinitive or "that"
# ("ordered troops to withdraw") stays a cue, as PolNeAR train counts "order".
DIRECTIVE_VERBS = frozenset({"command", "direct", "instruct", "order"})


# Verbs of a phase or an attempt: "tried to reach voters", "began taking calls",
# "kept falling for it", "attempted to secure a vote" are the deed tried or begun, no
# account (the cue model adds them right 4 times in 26 on PolNeAR dev and held-out
# train; "continue" is a rule cue, "seek" as often right as not, so neither is here).
PHASE_VERBS = frozenset({"attempt", "begin", "keep", "start", "try"})


# Objects that make "say" a greeting or a rite, not an account ("said goodbye to the
# fans", "said a prayer"): what was said is no claim.
SAID_RITES = frozenset(
    {"bye", "farewell", "goodbye", "goodnight", "grace", "hello", "hi", "prayer"}
)
# The same for "tell" ("tells so many lies", "told a joke", "tell the truth"): a kind
# of talk named, no claim reported.
TOLD_GENRES = frozenset({"fib", "joke", "lie", "truth"})


GOVERNMENT_NAMES = frozenset(
    {
        "downing street", "the elysee", "the kremlin", "the pentagon",
        "the white house", "whitehall", "the state department", "the foreign office",
    }
)  # fmt: skip


# Documents as sources ("the report said"): no identified author.
DOCUMENT_HEADS = frozenset(
    {
        "analysis", "data", "document", "figure", "footage", "letter", "memo", "number",
        "poll", "record", "report", "result", "statement", "study", "survey", "video",
    }
)  # fmt: skip


# DOCUMENT_HEADS as the tagger lemmatises them ("data" is "datum"), for the sources'
# spans and kinds only: DOCUMENT_HEADS is also a cue model feature.
DOCUMENTS = DOCUMENT_HEADS | MESSAGES | RECORDS | frozenset({"datum"})


# Participles that give a document its author with "by" ("The report, published by the
# Halden Institute, found"): the author is the source; other participles ("criticised
# by") are no authorship.
AUTHORING_VERBS = frozenset(
    {"commission", "compile", "conduct", "issue", "prepare", "produce", "publish",
     "release", "write"}
)  # fmt: skip


# Verbs that report what a document finds even with a plain object ("polls show X").
FINDING_VERBS = frozenset({"find", "indicate", "reveal", "show", "suggest"})

# What else "shows" or "finds" a finding with a plain object ("emails show", "the
# research finds", "polling averages show"): each at least two in three of its findings
# verbs a cue in PolNeAR train; "datum" is the tagger's lemma of "data".
FINDINGS_HEADS = DOCUMENT_HEADS | frozenset(
    {
        "average", "datum", "disclosure", "email", "evidence", "filing", "inquiry",
        "investigation", "polling", "projection", "research", "review",
    }
)  # fmt: skip


# Colon labels that are no speaker ("Correction: ...", "Editor's note: ...").
NOT_SPEAKERS = frozenset(
    {
        "analysis", "author", "breaking", "byline", "correction", "date", "editor",
        "exclusive", "live", "note", "opinion", "outlet", "photo", "published", "read",
        "related", "tags", "title", "update", "updated", "url", "video", "warning",
        "watch",
    }
)  # fmt: skip


# Labels that introduce a reported finding or an interviewer in headlines ("Poll: ...").
SPEAKER_LABELS = frozenset({"poll", "q", "survey", "study", "report"})


DASHES = frozenset({"—", "―", "--", "–"})


# Verbs of the anonymity formula ("asked not to be named").
ANONYMITY = frozenset({"identify", "name", "quote"})


# Cues that hang on the verb they relay rather than being reported by it.
RELAY_CUES = frozenset({"according to", "citing", "in an interview", "quoting"})


# spaCy lemmas that are wrong for these verbs ("rated" -> "rat", "hoped" -> "hop").
LEMMA_FIXES = {"hop": "hope", "rat": "rate"}


GENDER_OF = {
    "he": "m", "him": "m", "man": "m", "spokesman": "m", "chairman": "m",
    "congressman": "m", "she": "f", "her": "f", "woman": "f", "spokeswoman": "f",
    "chairwoman": "f", "congresswoman": "f",
}  # fmt: skip


HONORIFIC_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f",
                    "ms": "f", "miss": "f"}  # fmt: skip


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


FIRST_PERSON = frozenset({"i", "me"})


# Pronouns for a group: "They said", "we told the ministry" (outside a quote).
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


# How far back (in sentences) a pronoun or role noun looks for its person.
RESOLVE_WINDOW = 5


def reporting_verbs() -> dict[str, frozenset[str]]:
    """Cue verb lemmas with the frames each is a cue in (reporting_verbs.csv)."""
    return rules.parsed("reporting_verbs.csv", _reporting_verbs)


def _reporting_verbs(file: rules.RuleFile) -> dict[str, frozenset[str]]:
    return {
        row["lemma"]: frozenset(row["frames"].split())
        for _, row in rules.read_table(file).records()
    }


@dataclass(frozen=True, slots=True)
class Outlet:
    """A media outlet from media_outlets.csv."""

    name: str
    state_affiliated: bool
    country: str


def media_outlets() -> dict[str, Outlet]:
    """Media outlets by every lower-cased name and alias, with and without "the"."""
    return rules.parsed("media_outlets.csv", _media_outlets)


def _media_outlets(file: rules.RuleFile) -> dict[str, Outlet]:
    out: dict[str, Outlet] = {}
    for _, row in rules.read_table(file).records():
        outlet = Outlet(row["name"], row["state_affiliated"] == "yes", row["country"])
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = name.lower().strip()
            out[key] = outlet
            out[key.removeprefix("the ")] = outlet
    return out


def outlet(text: str) -> Outlet | None:
    """The media outlet a source text names ("The Post", "RIA Novosti's"), if any."""
    key = text.lower().strip().removesuffix("'s").removesuffix("’s").strip()
    outlets = media_outlets()
    return outlets.get(key) or outlets.get(key.removeprefix("the "))


def person_noun(lemma: str) -> bool:
    """Whether a common noun names a person ("lawyer", "historian", "friend")."""
    return (
        lemma in ROLE_NOUNS or lemma in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)
    )


# Singular nouns for a group of unnamed people ("hospital staff said ... they said"),
# read like a plural by the sources' kinds and "they" (not a cue model feature).
COLLECTIVE_PEOPLE = frozenset({"crew", "personnel", "staff", "workforce"})


def names_a_person(lemma: str) -> bool:
    """`person_noun`, or one of MORE_PERSON_NOUNS: how a source's kind is read."""
    return person_noun(lemma) or lemma in MORE_PERSON_NOUNS
