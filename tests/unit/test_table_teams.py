"""League tables and results lines of team-sport stories: the capitalised words
opening a row, or following a score, up to a score are one team, whole. Invented
text; the look-alikes (golf rows, datelines, bowling figures, scorer lists, dates,
a non-sports table) must not make a team."""

import pytest

from presswatch.nlp import actors, pipeline


def mentions(nlp, text):
    return {m.text: m.type for m in actors.mentions(next(pipeline.parse(nlp, [text])))}


RESULTS = (
    "SOCCER - RURITANIAN LEAGUE RESULTS .\n"
    "VELMORA 1996-08-31\n"
    "Results of Ruritanian league matches played on Saturday :\n"
    "Sporting Velmora 2 Dunmore ( K ) 0\n"
    "Queen 's Moor 1 Ashfield & Brent 1\n"
    "Standings :\n"
    "East Kettering Rovers 3 2 0 1 5 2 6\n"
    "Dunmore ( K ) 3 0 1 2 2 5 1\n"
)


@pytest.mark.parametrize(
    "name",
    ["Dunmore ( K )", "Queen 's Moor", "Ashfield & Brent", "East Kettering Rovers"],
)
def test_table_rows_are_whole_teams(nlp, name):
    found = mentions(nlp, RESULTS)
    assert found.get(name) == "ORG", found


def test_no_part_of_a_row_team(nlp):
    found = mentions(nlp, RESULTS)
    assert "Moor" not in found and "Kettering" not in found, found


@pytest.mark.parametrize(
    "text, name",
    [
        # golf is no team sport: its rows are players
        (
            "GOLF - VELMORA OPEN SCORES .\n"
            "VELMORA 1996-08-31\nArno Pellin 67 68 70\n",
            "Arno Pellin",
        ),
        # bowling figures are no score
        (
            "CRICKET - RURITANIA V ALBARIA .\n"
            "VELMORA 1996-08-31\nBowling :\nMarsh 10-1-45-2\n",
            "Marsh",
        ),
        # a date opens a tour itinerary's row
        (
            "CRICKET - RURITANIA TOUR .\n"
            "VELMORA 1996-08-31\nTour itinerary :\nMay 13 v Ashfield\n",
            "May",
        ),
        # a results table outside a sports story
        (
            "ELECTIONS - RURITANIAN COUNCIL RESULTS .\n"
            "VELMORA 1996-08-31\nSeats won :\nGreen Alliance 12 3\n",
            "Green Alliance",
        ),
        # a team sport's row the model read as a whole person stays a person
        (
            "RUGBY - RURITANIA SQUAD .\n"
            "VELMORA 1996-08-31\nTomas Pellin 23 4\n",
            "Tomas Pellin",
        ),
    ],
)
def test_look_alikes_make_no_team(nlp, text, name):
    doc = next(pipeline.parse(nlp, [text]))
    spans = list(doc.ents)
    out = actors._table_teams(doc, spans, actors.load_aliases())
    assert [(s.start, s.end, s.label_) for s in out] == [
        (s.start, s.end, s.label_) for s in spans
    ], name


def test_dateline_stays_a_place(nlp):
    found = mentions(nlp, RESULTS)
    assert found.get("VELMORA") != "ORG", found


def test_scorer_list_names_stay_people(nlp):
    text = (
        "SOCCER - VELMORA BEAT DUNMORE .\nVELMORA 1996-08-31\n"
        "Sporting Velmora 2 Dunmore ( K ) 0\n"
        "Scorers : Tomas Pellin 23 , Ivo Marsh 67\n"
    )
    found = mentions(nlp, text)
    assert found.get("Tomas Pellin") != "ORG" and found.get("Ivo Marsh") != "ORG", found


def test_a_number_in_a_sentence_is_no_score(nlp):
    text = (
        "SOCCER - NEW CAPTAIN .\nVELMORA 1996-08-31\n"
        "Euro 96 absentee Tomas Pellin was named captain on Friday .\n"
    )
    assert mentions(nlp, text).get("Euro") != "ORG"


# A results list of a race: driver, country in brackets, then the car and a time;
# the driver after another's bracket is a person (invented names and makes).
GRID = (
    "MOTOR RACING - QUALIFIERS FOR VELMORA GRAND PRIX .\n"
    "VELMORA 1996-08-31\n"
    "Leading qualifiers ( driver , country , chassis and motor , time ) :\n"
    "1. Tomas Berglund ( Sweden ) , Harlan Vexa , 53.980\n"
    "2. Marco Delvecchio ( Italy ) , Strand Orvik Turbo , 54.211\n"
    "Also qualified : Jonas Aalto ( Finland ) , Pieter Maes ( Belgium ) .\n"
)


def test_the_car_after_a_drivers_country_is_no_person(nlp):
    found = mentions(nlp, GRID)
    assert found.get("Harlan Vexa") == "ORG", found
    assert found.get("Strand Orvik Turbo") == "ORG", found
    assert found.get("Tomas Berglund") == "PERSON", found
    assert found.get("Pieter Maes") == "PERSON", found


# Counties are the sides of English cricket, in prose as in scores; a ground's city
# stays a place, and outside a cricket story a county is a place.
COUNTY_DAY = (
    "CRICKET - HAMPSHIRE HOLD ON AGAINST SOMERSET .\n"
    "LONDON 1996-08-31\n"
    "Rain saved Hampshire at Portsmouth , where Somerset had reduced them to 90 for "
    "six . By stumps Derbyshire had reached 210 for three against Kent .\n"
)


def test_counties_in_a_cricket_story_are_its_sides(nlp):
    found = mentions(nlp, COUNTY_DAY)
    for county in ("Hampshire", "Somerset", "Derbyshire", "Kent"):
        assert found.get(county) == "ORG", found
    assert found.get("Portsmouth") in ("GPE", "LOC"), found


def test_a_county_outside_cricket_is_a_place(nlp):
    found = mentions(nlp, "Floods closed 40 roads in Kent and Hampshire on Monday.")
    assert found.get("Kent") in ("GPE", "LOC") and found.get("Hampshire") in (
        "GPE",
        "LOC",
    ), found
