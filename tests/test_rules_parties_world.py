"""The rules extractor with the shipped world actor table: which actors a fresh conflict text makes
parties (no past offices, origins, places, menus), and the people it names."""

from __future__ import annotations

import hashlib

import pytest

from summarize.actors import ActorTable
from summarize.extract.rules import RulesExtractor
from summarize.ingest import Article, article_from_text
from summarize.schema import Extraction


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(actors=ActorTable.load())


def _run(extractor: RulesExtractor, body: str) -> Extraction:
    return extractor.extract(article_from_text("A headline\n\n" + body, id="parties"))


def _parties(extraction: Extraction) -> set[str]:
    return {p.name for p in extraction.parties}


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # a past office names no party acting now
        (
            "Former Ghanaian President John Mahama met M23 leaders in Goma on Sunday. "
            "M23 said it would keep its positions.",
            "Ghana",
            "M23",
        ),
        (
            "The talks were chaired by a former prime minister of Tanzania. "
            "The Sudanese Armed Forces said they would attend.",
            "Tanzania",
            "Sudanese Armed Forces",
        ),
        # an origin, not an actor
        (
            "Houthi fighters fired Iranian-made missiles at a tanker, the US military said.",
            "Iran",
            "Houthis",
        ),
        # a state as a place: its border, its regions
        (
            "M23 fighters shelled villages near the Rwandan border, the Congolese army said.",
            "Rwanda",
            "M23",
        ),
        # a people, not its state
        (
            "Azerbaijani troops entered Khankendi as ethnic Armenian families left, Baku said.",
            "Armenia",
            "Azerbaijan",
        ),
    ],
)
def test_no_party_from_mentions_that_do_not_act(
    extractor: RulesExtractor, body: str, absent: str, present: str
) -> None:
    found = _parties(_run(extractor, body))
    assert absent not in found
    assert present in found


def test_links_and_menus_name_no_party(extractor: RulesExtractor) -> None:
    body = (
        "The Houthis said they had struck a container ship in the Red Sea.\n"
        "- Ruto courts investors in Davos"
    )
    extraction = _run(extractor, body)
    assert "Houthis" in _parties(extraction)
    assert "Kenya" not in _parties(extraction)
    assert not extraction.people


def test_acronym_in_a_line_of_capitals_is_a_word(extractor: RulesExtractor) -> None:
    body = "WHO WILL PAY FOR THE DAMAGE?\nThe Houthis said they had struck a ship."
    assert "World Health Organization" not in _parties(_run(extractor, body))


def test_a_title_is_no_new_party(extractor: RulesExtractor) -> None:
    body = "The Chief of Defence Staff of the Army (CDS) said troops had killed 12 militants."
    found = _parties(_run(extractor, body))
    assert not any(name.startswith("Chief") for name in found)
    found = _parties(
        _run(extractor, "Aboard Air Force One, the US president said Hamas must disarm.")
    )
    assert not any("Air Force" in name for name in found)


def test_state_body_in_common_words_is_the_state(extractor: RulesExtractor) -> None:
    body = (
        "Clashes broke out in Gao after jihadists attacked a checkpoint. Mali's government said "
        "the Internal Security Forces had repelled the attack, and Mali would not negotiate."
    )
    extraction = _run(extractor, body)
    found = _parties(extraction)
    assert "Internal Security Forces" not in found
    mali = next(p for p in extraction.parties if p.name == "Mali")
    assert "Internal Security Forces" in mali.surface_forms


def test_body_of_a_named_state_is_the_state(extractor: RulesExtractor) -> None:
    body = "The Special Operations Forces of Moldova said two drones had crashed near the border."
    found = _parties(_run(extractor, body))
    assert "Moldova" in found
    assert not any("Special Operations" in name for name in found)


def test_a_weekday_before_a_capital_leaves_it_the_state(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor, "On Thursday Nairobi said it would send more police officers to Haiti."
    )
    assert "Kenya" in _parties(extraction)


def test_a_side_of_a_war_in_the_conflict_table_is_a_belligerent_there(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Kyrgyzstan and Tajikistan traded artillery fire near Batken on Friday, and Kyrgyz "
        "officials said Tajik forces had shelled the village of Leilek.",
    )
    roles = {p.name: p.role for p in extraction.parties}
    assert extraction.article.conflict == "Kyrgyzstan-Tajikistan border conflict"
    assert (roles.get("Kyrgyzstan"), roles.get("Tajikistan")) == ("belligerent", "belligerent")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # "late" and "later" as times, not a dead office-holder
        (
            "A headline\n\nLate last week Russia launched 40 drones at Odesa. Later Ukraine said "
            "it had shot down 30 of them.",
            {"Russia", "Ukraine"},
        ),
        # a headline in Title Case: capitals before capitalised words are no longer names
        (
            "Kyiv Accuses Moscow Of Shelling Kharkiv\n\nThe strikes went on overnight in the "
            "east of the country.",
            {"Russia", "Ukraine"},
        ),
        # a headline with its section after one bar is a headline, not a menu
        (
            "Sudan accuses Chad of arming rebels | Africa news\n\nThe strikes went on overnight.",
            {"Sudan", "Chad"},
        ),
        # a breadcrumb is a menu
        ("World > Africa > Sudan\n\nThe strikes went on overnight.", set()),
    ],
)
def test_times_title_case_headlines_and_section_bars_keep_their_parties(
    extractor: RulesExtractor, text: str, parties: set[str]
) -> None:
    extraction = extractor.extract(article_from_text(text, id="headline"))
    assert {p.name for p in extraction.parties} == parties


@pytest.mark.parametrize(
    ("body", "conflict"),
    [
        # the places point at today's war, the date at an older one
        (
            "TRIPOLI, April 15, 1986 - Warplanes struck targets in Tripoli and Benghazi before "
            "dawn, and Libyan officials said 37 people had been killed in the raids.",
            None,
        ),
        (
            "TRIPOLI, April 15, 2019 - Warplanes struck targets in Tripoli and Benghazi before "
            "dawn, and Libyan officials said 37 people had been killed in the raids.",
            "Libya conflict",
        ),
        # undated: the latest year the body names sets the era
        (
            "Warplanes struck targets in Tripoli and Benghazi in 1986, and Libyan officials said "
            "37 people had been killed in the raids.",
            None,
        ),
        # a war that ended years before the story's events is not its war
        (
            "KANDAHAR, March 3, 2020 - Taliban fighters said they had shot down a drone over "
            "Helmand, and officials in Kandahar said two civilians were killed.",
            "Afghanistan war",
        ),
        (
            "KANDAHAR, March 3, 2025 - Taliban fighters said they had shot down a drone over "
            "Helmand, and officials in Kandahar said two civilians were killed.",
            "Afghanistan-Pakistan border conflict",
        ),
        # the build-up weeks before a war's first day belong to it
        (
            "KHARTOUM, March 30, 2023 - The Sudanese Armed Forces and the Rapid Support Forces "
            "moved armoured columns into Omdurman, residents said.",
            "Sudan: SAF-RSF war",
        ),
    ],
)
def test_a_story_from_before_or_long_after_a_tabled_war_is_not_about_it(
    extractor: RulesExtractor, body: str, conflict: str | None
) -> None:
    assert _run(extractor, body).article.conflict == conflict


@pytest.mark.parametrize(
    ("body", "roles"),
    [
        # peacekeepers killed are no side of the war; soldiers in the fight are
        (
            "Ten Belgian soldiers serving with the UN force were killed near the airport on "
            "Thursday, and rebels shelled the capital.",
            {"Belgium": "observer"},
        ),
        (
            "Ten Belgian soldiers were killed when rebels attacked their base on Thursday.",
            {"Belgium": "belligerent"},
        ),
        # armed groups of earlier wars, by the names the news gives them
        (
            "LRA fighters abducted 40 children near Kitgum on Tuesday, an army spokesman said.",
            {"Lord's Resistance Army": "belligerent"},
        ),
        (
            "RCD-Goma rebels and MLC forces clashed near Kisangani on Sunday, aid workers said.",
            {
                "Rally for Congolese Democracy": "belligerent",
                "Movement for the Liberation of Congo": "belligerent",
            },
        ),
    ],
)
def test_who_fights_among_soldiers_abroad_and_groups_of_earlier_wars(
    extractor: RulesExtractor, body: str, roles: dict[str, str]
) -> None:
    found = {p.name: p.role for p in _run(extractor, body).parties}
    assert {name: found.get(name) for name in roles} == roles


def test_generic_separatists_name_the_conflicts_only_non_state_side(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Moroccan troops clashed with separatists near Mahbes and Guerguerat on Sunday, the "
        "army said.",
    )
    assert extraction.article.conflict == "Western Sahara conflict"
    assert {"Morocco", "Polisario Front"} <= _parties(extraction)


def test_a_backer_glued_to_its_proxies_is_no_party(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Fighting in Marawi went on as Philippine troops pushed into the city. Chadian-backed "
        "fighters were not involved, officials in Lanao del Sur said.",
    )
    assert "Chad" not in _parties(extraction)


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # an acronym of the name in another language: the name is still a party
        (
            "A court in Ankara heard the case against the Peoples' Democratic Party (HDP). "
            "The HDP called the trial political.",
            "",
            "Peoples' Democratic Party",
        ),
        # a translated name whose words were reordered: all of it, not its tail; the table
        # knows its acronym, so it is that party under the table's name
        (
            "In Bangui, the rival Popular Front for the Renaissance of Centrafrique (FPRC) "
            "attacked a convoy; the FPRC denied it.",
            "Front for the Renaissance of Centrafrique",
            "Popular Front for the Rebirth of the Central African Republic",
        ),
        (
            "Clashes spread to Kidal after the National Liberation Movement of the South "
            "(MLNS) seized a post. The MLNS said three soldiers surrendered.",
            "Liberation Movement of the South",
            "National Liberation Movement of the South",
        ),
        # a gang's or group's own name before a singular lower-case head
        (
            "The Gran Grif gang set fire to houses near Saint-Marc, police said.",
            "Gran Grif gang",
            "Gran Grif",
        ),
        (
            "Members of the Kokorat San Ras gang blocked the road to the north, residents said.",
            "Kokorat San Ras gang",
            "Kokorat San Ras",
        ),
        # a name opened by a transliterated head noun ("Jund", "Harakat", "Lashkar")
        (
            "Fighters from Jund al-Aqsa overran an army checkpoint near Khan Shaykhun, the "
            "group said.",
            "Khan Shaykhun",
            "Jund al-Aqsa",
        ),
        (
            "Harakat Hazm Commander Abdullah Awda said the group had received anti-tank missiles.",
            "Harakat Hazm Commander Abdullah Awda",
            "Harakat Hazm",
        ),
        (
            "Bahraini police said Saraya al-Mukhtar had planted the bomb near a market in Sitra.",
            "Sitra",
            "Saraya al-Mukhtar",
        ),
        # an apposition that says a name is a group makes it a party
        (
            "Police said Twa Yeh, an armed group active in the hills, had seized the main road "
            "to Tachileik.",
            "Tachileik",
            "Twa Yeh",
        ),
        (
            "The ambush was claimed by Ansarul Islam, a jihadist group allied to JNIM.",
            "",
            "Ansarul Islam",
        ),
        # a sentence-initial adjective before a lower-case head names no group
        (
            "Rival gangs exchanged fire for hours. The Haitian police said two officers died.",
            "Rival gangs",
            "Haiti",
        ),
        # a newspaper is a source, even when a head word ends its name
        (
            "The Daily Monitor reported that M23 fighters had left Walikale.",
            "Daily Monitor",
            "M23",
        ),
        # a state after a place preposition and a compass adjective is a place
        (
            "Israeli drones struck two cars in southern Lebanon overnight, the Israeli army said.",
            "Lebanon",
            "Israel",
        ),
        (
            "JNIM fighters ambushed a fuel convoy in central Mali on Monday, the group said.",
            "Mali",
            "JNIM",
        ),
        # an acronym the text defines is not the table's acronym of another group
        (
            "Fighters of the Ambazonia Defence Forces (ADF) burned a school, Cameroon's army said. "
            "The ADF denied it.",
            "Allied Democratic Forces",
            "Ambazonian separatists",
        ),
        # well-known groups and parties of 2014-2026 conflicts
        (
            "Remnants of the Shining Path ambushed a patrol in the jungle, Peru's army said.",
            "",
            "Shining Path",
        ),
        (
            "Inmates loyal to Los Choneros took guards hostage in a prison riot, officials said.",
            "",
            "Los Choneros",
        ),
        (
            "The RED-Tabara rebel group said it had attacked an army post in Burundi.",
            "RED-Tabara rebel group",
            "RED-Tabara",
        ),
    ],
)
def test_groups_the_table_may_not_know(
    extractor: RulesExtractor, body: str, absent: str, present: str
) -> None:
    found = _parties(_run(extractor, body))
    if absent:
        assert absent not in found
    assert present in found


def test_a_group_named_with_its_defined_acronym_and_a_plural_head_is_one_party(
    extractor: RulesExtractor,
) -> None:
    body = (
        "The Front for Change and Concord in Chad (FACT) said it had taken a garrison town. "
        "FACT rebels later withdrew, according to the Chadian army."
    )
    found = _parties(_run(extractor, body))
    assert "Front for Change and Concord in Chad" in found
    assert "FACT rebels" not in found


def test_an_institution_saying_something_is_no_person(extractor: RulesExtractor) -> None:
    body = "Islamic State fighters killed three soldiers, the Joint Operations Command said."
    extraction = _run(extractor, body)
    assert not extraction.people


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Colombia's National Liberation Army freed two soldiers it had held since March, the "
            "ombudsman said on Friday.",
            "ELN",
        ),
        (
            "Heavy shelling hit El Obeid as Sudan's Rapid Support Forces pushed towards the city "
            "from the west, residents said.",
            "Rapid Support Forces",
        ),
    ],
)
def test_a_states_possessive_before_a_known_group_only_places_it(
    extractor: RulesExtractor, body: str, party: str
) -> None:
    parties = _parties(_run(extractor, body))
    assert party in parties
    assert not any("'s" in name for name in parties), parties


def test_an_acronym_of_a_name_in_another_language_is_not_its_last_word(
    extractor: RulesExtractor,
) -> None:
    """'the Rapid Intervention Battalion (BIR)': BIR is the French name's, not "Battalion"."""
    extraction = _run(
        extractor,
        "Cameroon's army said soldiers of the Rapid Intervention Battalion (BIR) had retaken "
        "Kumbo from separatist fighters. A BIR officer said the town was calm.",
    )
    parties = _parties(extraction)
    assert "Rapid Intervention Battalion" in parties
    assert "Battalion" not in parties


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        (
            "ECOWAS's Standby Force said it was ready to deploy monitors to the border town "
            "once the junta and the jihadists stopped fighting.",
            "ECOWAS",
        ),
        (
            "The African Union's Peace and Security Council, meeting in Addis Ababa, urged the "
            "army and the RSF to agree a truce before the rainy season.",
            "African Union",
        ),
    ],
)
def test_a_body_under_a_non_state_owners_possessive_is_the_owner(
    extractor: RulesExtractor, body: str, owner: str
) -> None:
    """A sub-body is a surface form of its parent ("the AU's Peace and Security Council"), not a
    party of its own nor another body that shares its last words (the UN's Security Council)."""
    parties = _parties(_run(extractor, body))
    assert owner in parties
    assert not any("'s" in name or "Standby" in name for name in parties), parties
    assert "United Nations" not in parties


def test_the_commonwealth_is_a_party_and_not_the_commonwealth_of_independent_states(
    extractor: RulesExtractor,
) -> None:
    appeal = _run(
        extractor,
        "Fighting between Cameroon's army and the Ambazonia Defence Forces went on. The "
        "Commonwealth Secretary-General urged both sides to respect the Easter truce.",
    )
    assert "Commonwealth" in _parties(appeal)
    assert any(call.actors == ["Commonwealth"] for call in appeal.ceasefire_calls)
    summit = _parties(
        _run(extractor, "The Commonwealth of Independent States met in Minsk on Friday.")
    )
    assert "Commonwealth of Independent States" in summit
    assert "Commonwealth" not in summit


def test_a_states_own_council_is_the_state_not_the_un(extractor: RulesExtractor) -> None:
    """'Russia's Security Council met': Russia's own council, not the UN's."""
    extraction = _run(
        extractor,
        "Tajikistan and Kyrgyzstan clashed on the border. Kyrgyzstan's Security Council said "
        "the fighting had stopped after talks in Batken.",
    )
    assert "United Nations" not in _parties(extraction)
    assert {"Kyrgyzstan", "Tajikistan"} <= _parties(extraction)
    unowned = _run(extractor, "The Security Council met on Gaza on Friday, diplomats said.")
    assert "United Nations" in _parties(unowned)


def test_the_philippine_state_fights_the_communist_insurgency(extractor: RulesExtractor) -> None:
    """The conflict table knows the NPA's war: the Philippines is a side of it, not an onlooker,
    so a truce the president declares is one side's, addressed to the other."""
    extraction = _run(
        extractor,
        "MANILA (Wire) - NPA rebels ambushed soldiers in Negros. President Ferdinand Marcos "
        "declared a unilateral ceasefire with the New People's Army for Christmas.",
    )
    roles = {p.name: p.role for p in extraction.parties}
    assert roles["Philippines"] == "belligerent"
    assert [(c.act, c.actors, c.addressees) for c in extraction.ceasefire_calls] == [
        ("declare", ["Philippines"], ["New People's Army"])
    ]


def test_who_leads_or_backs_a_group_is_no_word_of_its_name(extractor: RulesExtractor) -> None:
    body = (
        "BUKAVU, May 3 - Fighters of the Rwanda-backed Twirwaneho Front clashed with Congolese "
        "troops near Minembwe on Monday, and the Tuareg-led Azawad Liberation Front was not "
        "involved."
    )
    names = [p.name for p in _run(extractor, body).parties]
    assert "Twirwaneho Front" in names and "Azawad Liberation Front" in names
    assert not [n for n in names if "-led" in n or "-backed" in n]


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The British foreign secretary, hosting talks on Sudan, urged a truce.", "United Kingdom"),
        ("The Qatari special envoy said talks would resume on Monday.", "Qatar"),
        ("The Turkish interior minister said 12 suspects were held.", "Turkey"),
    ],
)
def test_a_states_official_named_by_demonym_places_the_state(
    extractor: RulesExtractor, body: str, state: str
) -> None:
    assert state in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "body_name", "not_parties"),
    [
        (
            "The Inter-Religious Council of Uganda urged both sides to agree a permanent "
            "ceasefire.",
            "Inter-Religious Council of Uganda",
            {"Uganda"},
        ),
        (
            "The Federation of Islamic Associations of Niger (FAIN) called for a truce during "
            "Ramadan. FAIN said the army and JNIM must stop fighting.",
            "Federation of Islamic Associations of Niger",
            {"Niger"},
        ),
        (
            "The Catholic Diocese of Malakal called for a ceasefire in Upper Nile.",
            "Catholic Diocese of Malakal",
            set(),
        ),
    ],
)
def test_a_religious_body_with_its_place_is_a_party_that_calls(
    extractor: RulesExtractor, body: str, body_name: str, not_parties: set[str]
) -> None:
    extraction = _run(extractor, body)
    assert body_name in _parties(extraction)
    assert not _parties(extraction) & not_parties
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("call", [body_name])]


def test_a_council_without_a_religious_or_civic_word_is_no_new_body(
    extractor: RulesExtractor,
) -> None:
    body = "The Sovereignty Council of Sudan rejected the truce proposed by the Quad."
    assert not {p for p in _parties(_run(extractor, body)) if "Council" in p}


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        # a known party joined by "and" is a party of its own
        (
            "The Christian Council of Mozambique and Renamo urged a ceasefire in Cabo Delgado.",
            {"Christian Council of Mozambique", "Renamo"},
        ),
        # a body of a known party, by its possessive, is that party
        (
            "The Islamic Emirate's Leadership Council rejected Pakistan's ceasefire offer.",
            {"Taliban", "Pakistan"},
        ),
        # a marker word inside a known party's name makes no body of the words around it
        (
            "The Islamic Jihad Movement's Political Council rejected the truce.",
            {"Islamic Jihad Movement"},
        ),
    ],
)
def test_a_religious_body_never_swallows_a_known_party(
    extractor: RulesExtractor, body: str, parties: set[str]
) -> None:
    assert _parties(_run(extractor, body)) == parties


def test_a_list_of_places_still_holds_its_last_state(extractor: RulesExtractor) -> None:
    body = (
        "Thousands of refugees fled across Mali, Niger, Burkina Faso in 2023 as the junta's "
        "forces advanced, the UN refugee agency UNHCR said."
    )
    assert "Burkina Faso" not in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # an acronym of places, named as regions
        (
            "Clan militias held the Sool, Sanaag and Cayn (SSC) regions against Hargeisa's army.",
            "Sanaag and Cayn",
        ),
        # a month opens no party's name
        ("In the last days of August rebels moved into Rutshuru.", "August rebels"),
    ],
)
def test_places_and_months_are_no_parties(
    extractor: RulesExtractor, body: str, absent: str
) -> None:
    names = [p.name for p in _run(extractor, body).parties]
    assert not [n for n in names if absent in n], names


def test_a_church_named_with_its_denomination_is_a_party_its_building_is_not(
    extractor: RulesExtractor,
) -> None:
    body = (
        "The Eritrean Orthodox Church urged the army and the rebels to observe a truce. Shells "
        "hit St Michael's Catholic Church in Asmara."
    )
    names = _parties(_run(extractor, body))
    assert "Eritrean Orthodox Church" in names
    assert not [n for n in names if "Michael" in n]


def test_a_church_attacked_is_a_building(extractor: RulesExtractor) -> None:
    names = _parties(_run(extractor, "Gunmen attacked the Catholic Church in Owo, killing 40."))
    assert not [n for n in names if "Church" in n]


def test_an_acronym_before_the_verb_states_is_still_a_party(extractor: RulesExtractor) -> None:
    body = "The Coalition for Change in Bakassi (CCB) states it has captured 12 soldiers."
    assert "Coalition for Change in Bakassi" in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "not_a_party"),
    [
        # a place, an outlet or a person before "a ... group" whose head goes on or acts
        ("In Darfur, an armed group killed 20 villagers on Monday.", "Darfur"),
        ("Gunmen stormed Cite Soleil, a gang stronghold in Port-au-Prince.", "Cite Soleil"),
        (
            "According to Reuters, a rebel group seized the town of Bunagana on Sunday.",
            "Reuters",
        ),
        ("The raid was led by Abu Hassan, a militia commander from the area.", "Abu Hassan"),
        # a state's army named in its own language is the state's
        (
            "Indonesia's military, the Tentara Nasional Indonesia, said it killed five rebels.",
            "Tentara Nasional Indonesia",
        ),
    ],
)
def test_names_no_apposition_or_leading_head_makes_a_party(
    extractor: RulesExtractor, body: str, not_a_party: str
) -> None:
    assert not_a_party not in _parties(_run(extractor, body))


def test_the_home_state_fights_the_rebels_of_a_war_the_table_lacks(
    extractor: RulesExtractor,
) -> None:
    """No conflict in the table matches, no state's forces are named, and rebels fight: the
    state the story is filed from is their enemy, and "the government" is that state."""
    extraction = _run(
        extractor,
        "LIMA, May 3 (Wire) - Shining Path rebels ambushed a patrol in the Vraem valley on "
        "Sunday, killing seven soldiers, Peru's defence ministry said.\n\nThe government "
        "rejected a rebel offer of a truce, saying the rebels had violated an earlier one dozens "
        "of times.",
    )
    assert {p.name: p.role for p in extraction.parties} == {
        "Peru": "belligerent",
        "Shining Path": "belligerent",
    }
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [
        ("reject", ["Peru"]),
        ("violation_alleged", ["Peru"]),
    ]


def test_a_host_of_talks_in_the_dateline_is_not_the_state_the_rebels_fight(
    extractor: RulesExtractor,
) -> None:
    """A war the table lacks, reported from where the talks are held: the rebels fight the
    state the story happens in, and "the government" is that state's, not the host's."""
    extraction = _run(
        extractor,
        "OSLO, June 2 (Wire) - Shining Path envoys met officials from Peru at a hotel outside "
        "Oslo on Monday, Norway's foreign ministry said. Fighting went on in Peru's Vraem "
        "valley, where Shining Path rebels ambushed a patrol last week.\n\nThe government "
        "rejected a rebel offer of a truce on Tuesday.",
    )
    roles = {p.name: p.role for p in extraction.parties}
    assert roles["Peru"] == "belligerent" and roles["Norway"] != "belligerent"
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("reject", ["Peru"])]


def test_a_state_named_inside_a_groups_long_name_is_no_party(
    extractor: RulesExtractor,
) -> None:
    """'... for the Liberation of Congo (AFDL)': the table lacks the group; the state at the
    end of its name is part of the name (unlike 'the Security Service of Ukraine', a body of
    its state), and the acronym is the group."""
    extraction = _run(
        extractor,
        "Zaire's army fell back as the Alliance of Democratic Forces for the Liberation of Congo "
        "(AFDL) advanced on Kisangani. The AFDL said it would observe a truce.",
    )
    group = "Alliance of Democratic Forces for the Liberation of Congo"
    # (Zaire, whose army fell back, is a party of its own)
    assert [p.name for p in extraction.parties if p.name != "Zaire"] == [group]
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("declare", [group])]


def test_a_long_name_the_table_lacks_is_the_party_of_its_known_acronym(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The group, which calls itself the Gaitanista Self-Defence Forces of Colombia (AGC), "
        "attacked a police post in Antioquia on Sunday.",
    )
    assert "Clan del Golfo" in {p.name for p in extraction.parties}


def test_a_state_that_only_tries_a_groups_backers_does_not_fight_it(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "OTTAWA (Wire) - Canada on Tuesday charged two men with raising money for the Tamil "
        "Tigers, police said.",
    )
    assert {p.name: p.role for p in extraction.parties}["Canada"] != "belligerent"


@pytest.mark.parametrize(
    ("body", "group"),
    [
        (
            "Sierra Leone's army and Kamajors fighters held Bo on Sunday, residents said.",
            "Kamajors",
        ),
        (
            "Burkina Faso's army and Koglweogo militiamen fought jihadists near Djibo.",
            "Koglweogo",
        ),
    ],
)
def test_a_group_the_table_lacks_named_by_its_members(
    extractor: RulesExtractor, body: str, group: str
) -> None:
    assert group in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "group"),
    [
        (
            "Malian troops fought the jihadist group Ansar Dine near Kidal on Monday. Ansar Dine "
            "said it had agreed to a ceasefire.",
            "Ansar Dine",
        ),
        (
            "Police and gangs known as Mungiki clashed in Nairobi's slums. Mungiki said it had "
            "agreed to a ceasefire.",
            "Mungiki",
        ),
        (
            "Kamwina Nsapu militiamen attacked Tshikapa, Congo's army said. Kamwina Nsapu said it "
            "had agreed to a ceasefire.",
            "Kamwina Nsapu",
        ),
    ],
)
def test_a_group_the_table_lacks_named_by_what_it_is_then_named_alone(
    extractor: RulesExtractor, body: str, group: str
) -> None:
    """Told once as a group ("the jihadist group X", "militias known as X", "X militiamen",
    a name of two words), the name alone is the group afterwards."""
    extraction = _run(extractor, body)
    assert group in _parties(extraction)
    # agreed with the state when the text names it, accepted when it names no other side
    assert [c.act for c in extraction.ceasefire_calls if group in c.actors] in (
        ["agree"],
        ["accept"],
    )


def test_words_that_only_describe_fighters_name_no_group(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Sunni Arab fighters and Rival Hausa gunmen clashed near Jos. Officials spoke of a rebel "
        "group Kurdish commanders had armed.",
    )
    assert not {"Sunni Arab", "Rival Hausa", "Hausa", "Kurdish"} & _parties(extraction)


def test_a_peoples_fighters_are_no_group(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Druze gunmen and Bedouin fighters clashed in Sweida. Kurdish fighters held Kobani. "
        "Renamo's militants stayed in Gorongosa.",
    )
    assert not {"Druze", "Bedouin", "Kurdish", "Renamo's"} & _parties(extraction)


def test_where_talks_are_held_and_who_brokers_them_is_not_the_war(
    extractor: RulesExtractor,
) -> None:
    """In a war the tables lack, the dateline and the place of signing may be the venue: the
    state that fights is the one whose government signs, the broker mediates, and the
    acronym's rebels are the acronym."""
    extraction = _run(
        extractor,
        "ADDIS ABABA, Ethiopia - The Comoros government and the MPA rebels signed a ceasefire "
        "in Addis Ababa on Wednesday in talks brokered by South Africa. The government said "
        "the rebels must disarm within a month.",
    )
    roles = {p.name: p.role for p in extraction.parties}
    assert roles == {"Comoros": "belligerent", "South Africa": "mediator", "MPA": "belligerent"}
    assert [(p.holder, p.targets) for p in extraction.positions] == [("Comoros", ["MPA"])]


@pytest.mark.parametrize(
    ("body", "group"),
    [
        (
            "Khartoum's troops clashed with the rebel Anya-Nya near Torit. The Anya-Nya said it "
            "had agreed to a ceasefire.",
            "Anya-Nya",
        ),
    ],
)
def test_a_group_named_after_rebel(extractor: RulesExtractor, body: str, group: str) -> None:
    assert group in _parties(_run(extractor, body))


def test_no_group_in_a_rebel_region_a_movement_a_time_or_a_medium(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The rebel Tigray region was cut off. The Kurdish movement met in Erbil. The Gulen "
        "movement denied it. The separatist East voted. The jihadist December attack and the "
        "rebel Easter offensive were on the militant Telegram channel.",
    )
    found = _parties(extraction)
    assert not {"Tigray", "Kurdish", "Gulen", "East", "December", "Easter", "Telegram"} & found


def test_a_named_mission_of_an_international_body_is_a_party_of_its_own(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Ahmedou Ould-Abdallah, head of the UN mission in Burundi (ONUB), urged both sides to "
        "respect the ceasefire. Troops of the African Union's mission in the Comoros "
        "(AMISEC) guarded the airport.",
    )
    kinds = {p.name: p.kind for p in extraction.parties}
    assert kinds.get("ONUB") == kinds.get("AMISEC") == "international_organisation"
    assert [c.actors for c in extraction.ceasefire_calls] == [["ONUB"]]


def test_a_group_named_after_what_it_is_at_a_sentence_start_and_later_by_its_full_name(
    extractor: RulesExtractor,
) -> None:
    body = (
        "The separatist group FLEC said on Monday it had ambushed an army convoy near Buco-Zau. "
        "In a statement, the Frente para a Libertacao do Enclave de Cabinda (FLEC) said its "
        "fighters would keep up their attacks. The group declared a truce in 2006."
    )
    parties = {p.name: (p.kind, p.role) for p in _run(extractor, body).parties}
    flec = [name for name in parties if "Cabinda" in name or name == "FLEC"]
    assert len(flec) == 1
    assert parties[flec[0]] == ("armed_group", "belligerent")


@pytest.mark.parametrize("force", ["Civil Guard", "National Guard", "Republican Guard"])
def test_a_state_guard_named_by_common_words_is_no_armed_group(
    extractor: RulesExtractor, force: str
) -> None:
    body = (
        f"The {force} stayed on alert after the bombing, the interior minister said. Police "
        "arrested two suspects."
    )
    assert all(p.name != force for p in _run(extractor, body).parties)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The mothers' association MAFAPO said the army had killed their sons.", "MAFAPO", "ngo"),
        ("The opposition party Ennahda called the ceasefire a betrayal.", "Ennahda", "other"),
    ],
)
def test_a_body_named_after_what_it_is(
    extractor: RulesExtractor, body: str, name: str, kind: str
) -> None:
    assert {p.name: p.kind for p in _run(extractor, body).parties}.get(name) == kind


@pytest.mark.parametrize(
    ("body", "party", "kind"),
    [
        # a group the table lacks, named by a guerrilla or movement head after its acronym
        (
            "GUATEMALA CITY - The URNG guerrillas attacked an army post near Quiche overnight.",
            "URNG",
            "armed_group",
        ),
        (
            "BUJUMBURA - The PALIPEHUTU rebel movement said its fighters had shelled the capital.",
            "PALIPEHUTU",
            "armed_group",
        ),
    ],
)
def test_groups_named_by_guerrilla_and_movement_heads(
    extractor: RulesExtractor, body: str, party: str, kind: str
) -> None:
    parties = {p.name: p.kind for p in _run(extractor, body).parties}
    assert parties.get(party) == kind


@pytest.mark.parametrize(
    ("body", "written", "canonical"),
    [
        # a name the table lacks: its canonical form in plain letters, as written otherwise
        (
            "ANKARA - Interior Minister Efkan Alâ said 40 suspects had been detained.",
            "Efkan Alâ",
            "Efkan Ala",
        ),
        (
            "WARSAW - Defence Minister Władysław Kosiniak-Kamysz said troops were on alert.",
            "Władysław Kosiniak-Kamysz",
            "Wladyslaw Kosiniak-Kamysz",
        ),
        # a form of address or a rank abbreviated before a full name is no part of it
        (
            "BEIJING - Col Wu Qian, a defence ministry spokesman, said the border was calm.",
            "Wu Qian",
            "Wu Qian",
        ),
        (
            "LONDON - Sir Malcolm Rifkind, the foreign secretary, said talks would resume.",
            "Malcolm Rifkind",
            "Malcolm Rifkind",
        ),
    ],
)
def test_names_in_plain_letters_without_forms_of_address(
    extractor: RulesExtractor, body: str, written: str, canonical: str
) -> None:
    people = {p.name_as_written: p.canonical_name for p in _run(extractor, body).people}
    assert people.get(written) == canonical


@pytest.mark.parametrize(
    ("body", "written"),
    [
        # a person of the table keeps the text's spelling as written, given names included
        ("GENEVA - Talks were attended by US envoy Anthony Blinken.", "Anthony Blinken"),
        ("GENEVA - Talks were attended by Blinken, the US envoy.", "Blinken"),
    ],
)
def test_table_people_as_the_text_writes_them(
    extractor: RulesExtractor, body: str, written: str
) -> None:
    people = {p.canonical_name: p.name_as_written for p in _run(extractor, body).people}
    assert people.get("Antony Blinken") == written


@pytest.mark.parametrize(
    ("body", "written", "title"),
    [
        # heads of government and police chiefs under their own words
        (
            "DUBLIN - The decision was welcomed by the Taoiseach, Bertie Ahern, on Wednesday.",
            "Bertie Ahern",
            "Taoiseach",
        ),
        (
            "BELFAST - The Chief Constable, Ronnie Flanagan, said patrols would be cut.",
            "Ronnie Flanagan",
            "Chief Constable",
        ),
    ],
)
def test_people_found_by_office_words(
    extractor: RulesExtractor, body: str, written: str, title: str
) -> None:
    people = {p.name_as_written: p.title for p in _run(extractor, body).people}
    assert people.get(written) == title


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a political party the table lacks, named with its head word, is a party of its own
        (
            "BELFAST - The Progressive Unionist Party said the loyalists would hold fire.",
            "Progressive Unionist Party",
        ),
        (
            "DUSHANBE - The Islamic Renaissance Party of Tajikistan said the ban must be lifted.",
            "Islamic Renaissance Party of Tajikistan",
        ),
        # (a leaning before it describes it)
        (
            "ANKARA - The pro-Kurdish Democratic Regions Party condemned the strikes.",
            "Democratic Regions Party",
        ),
    ],
)
def test_political_parties_by_their_head_word(
    extractor: RulesExtractor, body: str, party: str
) -> None:
    parties = {p.name: p.kind for p in _run(extractor, body).parties}
    assert parties.get(party) == "other"


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # a state's adjective that names a language is no state
        (
            "MANAGUA - The Inter-American Commission on Human Rights (IACHR, CIDH in Spanish) "
            "said the expulsion was unlawful.",
            "Spain",
            "Organization of American States",
        ),
        (
            "BAMAKO - A statement, translated from French, said the army of Mali had retaken "
            "Kidal.",
            "France",
            "Mali",
        ),
        # (an adjective before a noun is still the state's)
        (
            "BAMAKO - The French army said its troops had left Kidal.",
            "Spain",
            "France",
        ),
    ],
)
def test_languages_name_no_state(
    extractor: RulesExtractor, body: str, absent: str, present: str
) -> None:
    parties = _parties(_run(extractor, body))
    assert absent not in parties
    assert present in parties


def test_the_government_of_a_war_whose_state_goes_unnamed(extractor: RulesExtractor) -> None:
    # the story names the war's rebels and its places, and the state only as "the government"
    body = (
        "DAVAO CITY - The New People's Army ambushed soldiers in Negros on Friday. The "
        "government said it would suspend peace talks with the NPA."
    )
    parties = {p.name: p.surface_forms for p in _run(extractor, body).parties}
    assert "government" in " ".join(parties.get("Philippines", []))


@pytest.mark.parametrize(
    ("body", "party", "not_party"),
    [
        # groups of earlier wars the news still names, not the states their names recall
        (
            "SARAJEVO - The Bosnian Serb army shelled the city overnight, the UN said.",
            "Republika Srpska",
            "Bosnia and Herzegovina",
        ),
        (
            "BELFAST - The Provisional IRA said its units would stand down at midnight.",
            "Irish Republican Army",
            "Ireland",
        ),
    ],
)
def test_groups_of_earlier_wars(
    extractor: RulesExtractor, body: str, party: str, not_party: str
) -> None:
    parties = _parties(_run(extractor, body))
    assert party in parties
    assert not_party not in parties


def test_a_party_named_by_its_creed_alone_is_no_party_of_its_own(
    extractor: RulesExtractor,
) -> None:
    # "the Communist Party" is any country's: a back-reference, not a new party
    body = (
        "KATHMANDU - The Maoist rebels attacked a police post. A founder of the Communist Party "
        "said the rebels would keep fighting. The Rastriya Janamorcha Party condemned the attack."
    )
    parties = _parties(_run(extractor, body))
    assert "Communist Party" not in parties
    assert "Rastriya Janamorcha Party" in parties


@pytest.mark.parametrize(
    ("body", "written"),
    [
        # a religious form of address before a full name is no part of it
        (
            "QUETTA - Maulana Fazl Rahim Khan, a cleric, said the talks would resume.",
            "Fazl Rahim Khan",
        ),
        (
            "KABUL - Mullah Abdul Ghani Baradar, the deputy leader, said the deal would hold.",
            "Abdul Ghani Baradar",
        ),
        # nor is a Nigerian one
        (
            "MAIDUGURI - Alhaji Babagana Umara Zulum, the governor, said the road was reopened.",
            "Babagana Umara Zulum",
        ),
    ],
)
def test_religious_forms_of_address_are_no_part_of_a_name(
    extractor: RulesExtractor, body: str, written: str
) -> None:
    written_names = {p.name_as_written for p in _run(extractor, body).people}
    assert written in written_names


@pytest.mark.parametrize(
    ("body", "fighting"),
    [
        # a people's adjective before its armed men: the state's forces act in the story
        (
            "ABIDJAN - Burkinabe soldiers crossed the border on Monday, a local official said.",
            {"Burkina Faso"},
        ),
        (
            "MOGADISHU - Ethiopian and Djiboutian troops pushed into the district on Friday.",
            {"Ethiopia", "Djibouti"},
        ),
        (
            "LUANDA - Zimbabwean, Namibian and Angolan units were flown in overnight.",
            {"Zimbabwe", "Namibia", "Angola"},
        ),
        # troops asked to leave, or sent in deed, are in the fight (not only wished for)
        (
            "ADDIS ABABA - The African Union called for Eritrean troops to withdraw from the "
            "border villages. Residents said the soldiers had shelled three of them.",
            {"Eritrea"},
        ),
        (
            "NIAMEY - Niger began to deploy Nigerien troops along the river after clashes with "
            "gunmen near Tillaberi.",
            {"Niger"},
        ),
        # a serial comma in a list of peoples before their soldiers
        (
            "Kenyan, Tanzanian, and Malawian soldiers clashed with rebels near the lake.",
            {"Kenya", "Tanzania", "Malawi"},
        ),
    ],
)
def test_a_peoples_adjective_before_its_forces_is_a_warring_state(
    extractor: RulesExtractor, body: str, fighting: set[str]
) -> None:
    parties = {p.name: p.role for p in _run(extractor, body).parties}
    assert {name for name, role in parties.items() if role == "belligerent"} >= fighting


def test_a_peoples_adjective_before_other_people_names_no_party(
    extractor: RulesExtractor,
) -> None:
    # "Zambian traders" only says where the traders come from
    body = "LUSAKA - Zambian traders were stranded at the border, the Zambia National Service said."
    parties = {p.name: p.role for p in _run(extractor, body).parties}
    assert parties.get("Zambia") != "belligerent"


def test_an_acronym_of_a_reordered_name_keeps_the_names_first_word(
    extractor: RulesExtractor,
) -> None:
    # the acronym's letters in another order, the name's first word among them
    body = (
        "SAN SALVADOR - The army and the Farabundo Marti National Liberation Front (FMLN) "
        "clashed near the volcano on Monday. The FMLN said it had lost two men."
    )
    parties = _parties(_run(extractor, body))
    assert "Farabundo Marti National Liberation Front" in parties
    assert "Marti National Liberation Front" not in parties


@pytest.mark.parametrize(
    ("body", "group", "not_party"),
    [
        # a people's fighters in a story of the one armed group named after that people
        (
            "ARAKAN - Rakhine rebels overran a border post on Sunday. The Arakan Army said "
            "it had taken 30 prisoners. Rakhine rebels also shelled the town.",
            None,
            None,
        ),
        (
            "COLOMBO - Tamil rebels shelled an army camp. The Liberation Tigers of Tamil Eelam "
            "(LTTE) said the camp had fallen.",
            "Liberation Tigers of Tamil Eelam",
            "Tamil rebels",
        ),
        (
            "ZIGUINCHOR - Casamance separatists ambushed a convoy. The Movement of Democratic "
            "Forces of Casamance (MFDC) denied it.",
            "Movement of Democratic Forces of Casamance",
            "Casamance separatists",
        ),
    ],
)
def test_a_peoples_fighters_are_the_group_named_after_that_people(
    extractor: RulesExtractor, body: str, group: str | None, not_party: str | None
) -> None:
    parties = {p.name: p.surface_forms for p in _run(extractor, body).parties}
    if group is None:
        assert "Rakhine rebels" in parties  # no group is named after the Rakhine
        return
    assert not_party not in parties
    assert not_party in parties[group]


def test_a_people_with_separatists_is_a_party(extractor: RulesExtractor) -> None:
    body = "TSKHINVALI - Ossetian separatists said they had shot down a helicopter."
    assert "Ossetian separatists" in _parties(_run(extractor, body))


def test_a_states_rebels_fight_the_state_and_are_no_surface_of_it(
    extractor: RulesExtractor,
) -> None:
    body = (
        "BRAZZAVILLE - Congolese rebels shelled the southern suburbs on Friday, and the army "
        "said it had repelled them."
    )
    parties = {p.name: p for p in _run(extractor, body).parties}
    assert "Congolese rebels" in parties
    assert parties["Congolese rebels"].kind == "armed_group"
    assert all(
        "rebels" not in s for p in parties.values() if p.kind == "state" for s in p.surface_forms
    )


def test_a_name_defined_after_its_fighters_is_an_armed_group(extractor: RulesExtractor) -> None:
    # the name has no head word of its own ("Front", "Army"): its fighters say what it is
    body = (
        "BANGUI - Fighters of the Patriotic Union for Justice (UPJ) took the town of Birao on "
        "Monday. The UPJ said it would hold the town."
    )
    parties = {p.name: p for p in _run(extractor, body).parties}
    assert parties["Patriotic Union for Justice"].kind == "armed_group"
    assert parties["Patriotic Union for Justice"].role == "belligerent"
    assert not any(name.startswith("Fighters") for name in parties)


def test_a_state_office_after_a_clause_of_rebels_is_the_states(extractor: RulesExtractor) -> None:
    # the rebels are the clause's subject; the president's title is the state's office
    body = (
        "BRAZZAVILLE - Ninja rebels advanced on the capital overnight as President Denis "
        "Sassou Nguesso flew back from Paris."
    )
    people = {p.canonical_name: p.affiliation for p in _run(extractor, body).people}
    assert people["Denis Sassou Nguesso"] != "Ninja rebels"


@pytest.mark.parametrize(
    "wish",
    [
        "Crowds outside the embassy chanted for French troops to come.",
        "Paris said it was considering sending French troops.",
    ],
)
def test_a_states_troops_only_wished_for_do_not_make_it_fight(
    extractor: RulesExtractor, wish: str
) -> None:
    # a war the conflict table lacks: the troops that shell fight, the troops called for do not
    body = f"BANGUI - Chadian troops shelled rebel positions north of the capital. {wish}"
    roles = {p.name: p.role for p in _run(extractor, body).parties}
    assert roles.get("Chad") == "belligerent"
    assert roles.get("France") != "belligerent"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the land a group is of ends its name; a state after "of" owns a body instead
        (
            "ZIGUINCHOR - The Movement of Democratic Forces of Casamance said it had lost two men.",
            "Movement of Democratic Forces of Casamance",
        ),
        (
            "LUANDA - The Front for the Liberation of the Enclave of Cabinda said it had lost "
            "two men.",
            "Front for the Liberation of the Enclave of Cabinda",
        ),
        # a known armed group named with its land is still that group, no body of the state
        (
            "BENI - The Allied Democratic Forces of Uganda attacked the town overnight.",
            "Allied Democratic Forces",
        ),
    ],
)
def test_a_groups_land_ends_its_name(extractor: RulesExtractor, body: str, name: str) -> None:
    assert name in _parties(_run(extractor, body))


def test_a_form_of_address_that_is_half_a_name_stays_in_it(extractor: RulesExtractor) -> None:
    # "Sheikh" before a single name is part of the name the person goes by
    body = 'DHAKA - Prime Minister Sheikh Hasina called the accord "a victory for peace".'
    written = {p.name_as_written for p in _run(extractor, body).people}
    assert "Sheikh Hasina" in written


def test_a_national_red_cross_society_is_a_party_of_its_own(extractor: RulesExtractor) -> None:
    # not the ICRC, nor the state its adjective names
    body = "MANAGUA - The Nicaraguan Red Cross said its crews had collected 19 bodies."
    extraction = _run(extractor, body)
    assert "Nicaraguan Red Cross" in _parties(extraction)
    assert extraction.figures[0].claimant == "Nicaraguan Red Cross"


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # breakaway states of frozen conflicts, by name, people or seat
        (
            "TBILISI - Georgian troops and Abkhaz forces exchanged fire near the Inguri river.",
            "Abkhazia",
        ),
        (
            "CHISINAU - Moldova accused Tiraspol of blocking the bridge over the Dniester.",
            "Transnistria",
        ),
        (
            "TBILISI - Georgia said the South Ossetian authorities had refused to reopen the "
            "road to Akhalgori.",
            "South Ossetia",
        ),
    ],
)
def test_breakaway_states_are_parties(extractor: RulesExtractor, body: str, party: str) -> None:
    assert party in _parties(_run(extractor, body))


def test_a_people_is_not_folded_into_a_group_of_a_longer_name(extractor: RulesExtractor) -> None:
    # "Karen" opens "Karenni" but is another people; "Baloch" names Balochistan's group
    body = (
        "Karen rebels attacked a base near the Thai border. Separately, the Karenni Army said "
        "it had seized a police station in Kayah state."
    )
    assert {"Karen rebels", "Karenni Army"} <= _parties(_run(extractor, body))


def test_a_place_before_a_defined_name_is_not_part_of_it(extractor: RulesExtractor) -> None:
    # "In Abyei Sudan People's Liberation Army (SPLA)": the name opens with the acronym's letter
    parties = {
        p.name: p.surface_forms
        for p in _run(
            extractor,
            "In Abyei Sudan People's Liberation Army (SPLA) soldiers clashed with herders.",
        ).parties
    }
    assert "SPLA" in parties.get("Sudan People's Liberation Army", []), parties


def test_a_leaders_name_after_of_does_not_end_a_groups_name(extractor: RulesExtractor) -> None:
    # "of Ahmed Sheikh": two capitalised words, no land's noun: the leader, not the land
    body = (
        "Fighters of the Patriotic Liberation Front of Hassan Warsame attacked a convoy near "
        "Kismayo. The Patriotic Liberation Front said it killed five soldiers."
    )
    names = _parties(_run(extractor, body))
    assert "Patriotic Liberation Front" in names
    assert not any(name.endswith("Hassan Warsame") for name in names), names


def test_a_state_named_by_its_armys_own_name_fights(extractor: RulesExtractor) -> None:
    # "the Uganda People's Defence Force": the state's army by its name, in a war the table lacks
    body = (
        "GULU - The Uganda People's Defence Force said it had killed 12 fighters of the Holy "
        "Spirit Movement near the border, where Congolese troops also patrol."
    )
    roles = {p.name: p.role for p in _run(extractor, body).parties}
    assert roles.get("Uganda") == "belligerent", roles


@pytest.mark.parametrize(
    "body",
    [
        "LIMA - The war between Peru and Ecuador entered its third week in the Cenepa valley.",
        "QUITO - Peru and Ecuador will stop fighting at noon on Friday, the guarantors said.",
    ],
)
def test_two_states_named_as_the_sides_of_a_war_fight(extractor: RulesExtractor, body: str) -> None:
    roles = {p.name: p.role for p in _run(extractor, body).parties}
    assert roles.get("Peru") == roles.get("Ecuador") == "belligerent", roles


def test_a_namesake_of_a_tabled_group_does_not_bring_its_war(extractor: RulesExtractor) -> None:
    # "National Liberation Army" is also Colombia's ELN: alone, it says nothing of Colombia's war
    body = (
        "BAGHDAD - Iraq and Iran traded artillery fire, and the Iraq-based National Liberation "
        "Army pushed into western Iran. Iraqi troops shelled Iranian positions near Mehran."
    )
    roles = {p.name: p.role for p in _run(extractor, body).parties}
    assert roles.get("Iraq") == "belligerent", roles


def test_a_title_after_a_bodys_name_ends_the_name(extractor: RulesExtractor) -> None:
    body = (
        "JEDDAH - Organisation of Islamic Cooperation Secretary General Hissein Brahim Taha "
        "urged both sides to stop the fighting."
    )
    extraction = _run(extractor, body)
    names = _parties(extraction)
    assert "Organisation of Islamic Cooperation" in names, names
    assert not any("Secretary" in name for name in names), names
    people = {p.canonical_name: p.affiliation for p in extraction.people}
    assert people.get("Hissein Brahim Taha") == "Organisation of Islamic Cooperation", people


def test_a_bodys_name_after_of_the_is_whole(extractor: RulesExtractor) -> None:
    # "of the Islamic Conference": after "the", two capitalised words are no leader's name
    body = "MANILA - Fighting went on. The Organization of the Islamic Conference voiced concern."
    assert "Organization of the Islamic Conference" in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "fighting", "not_fighting"),
    [
        # a people's adjective that the suffix guess missed ("French") still joins the list
        (
            "British and French warplanes struck targets near the coastal city on Sunday.",
            {"United Kingdom", "France"},
            set(),
        ),
        # crews and recruits fight only in a sentence of fighting
        (
            "Ukrainian pilots are being trained by Danish pilots, the ministry in Copenhagen said.",
            set(),
            {"Denmark"},
        ),
    ],
)
def test_peoples_before_their_armed_men_are_the_tables_demonyms(
    extractor: RulesExtractor, body: str, fighting: set[str], not_fighting: set[str]
) -> None:
    roles = {p.name: p.role for p in _run(extractor, body).parties}
    assert {name for name in fighting if roles.get(name) == "belligerent"} == fighting, roles
    assert not {name for name in not_fighting if roles.get(name) == "belligerent"}, roles


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        # two people-named groups of one people: each stays a party, neither is the other's
        (
            "Baloch separatists attacked the base. Baloch insurgents then fled into the hills, "
            "police said.",
            {"Baloch separatists", "Baloch insurgents"},
        ),
        (
            "Shi'ite paramilitaries took control of the city on Monday. Officials said the "
            "Shi'ite militias had entered the governor's office.",
            {"Shi'ite paramilitaries", "Shi'ite militias"},
        ),
    ],
)
def test_two_groups_named_by_one_people_do_not_fold_into_each_other(
    extractor: RulesExtractor, body: str, parties: set[str]
) -> None:
    assert parties <= _parties(_run(extractor, body))


def test_forces_loyal_to_a_known_leader_are_his_party(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Troops loyal to President Salva Kiir shelled the town of Nasir on Monday. A spokesman "
        "for Kiir's forces said 23 rebels had been killed.",
    )
    south_sudan = next(p for p in extraction.parties if p.name == "South Sudan")
    assert "Troops loyal to President Salva Kiir" in south_sudan.surface_forms
    assert south_sudan.role == "belligerent"
    assert [f.claimant for f in extraction.figures if f.raw_text == "23"] == ["South Sudan"]


def test_the_camp_of_a_leader_the_table_lacks_is_a_party_of_his_name(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Forces loyal to ousted President Pierre Ndayikeza-Bamvu held the airport in Bujumbura. "
        "Ndayikeza-Bamvu's camp said 12 of its fighters had been killed. Pro-Ndayikeza-Bamvu "
        "militias looted the market.",
    )
    camp = next(p for p in extraction.parties if p.name == "Ndayikeza-Bamvu forces")
    assert set(camp.surface_forms) >= {
        "Forces loyal to ousted President Pierre Ndayikeza-Bamvu",
        "Ndayikeza-Bamvu's camp",
        "Pro-Ndayikeza-Bamvu militias",
    }
    assert not [p.name for p in extraction.parties if "'s" in p.name or "Pro-" in p.name]
    assert [f.claimant for f in extraction.figures if f.raw_text == "12"] == [
        "Ndayikeza-Bamvu forces"
    ]


def test_forces_loyal_to_an_institution_make_no_leaders_camp(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Units loyal to the government retook Beni on Friday, the army said.",
    )
    assert not [p.name for p in extraction.parties if p.name.endswith(" forces")]


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Rebels of the Revolutionary United Front seized 300 UNAMSIL peacekeepers near "
            "Makeni, the mission said.",
            "United Nations Mission in Sierra Leone",
        ),
        (
            "MONUC said its blue helmets had fired on militiamen near Bunia.",
            "United Nations Organization Mission in the Democratic Republic of the Congo",
        ),
        (
            "Shamil Basayev's fighters seized the hospital in Budyonnovsk, Russian officials said.",
            "Chechen separatists",
        ),
    ],
)
def test_bodies_and_sides_of_earlier_wars_are_in_the_table(
    extractor: RulesExtractor, body: str, party: str
) -> None:
    assert party in _parties(_run(extractor, body))


def test_soldiers_the_story_calls_peacekeepers_do_not_make_their_state_a_side(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Ten Belgian soldiers guarding the prime minister were killed by presidential guards "
        "in Kigali during the fighting. The Belgian peacekeepers had been disarmed before they "
        "were shot.",
    )
    roles = {p.name: p.role for p in extraction.parties}
    assert roles.get("Belgium") not in (None, "belligerent")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the leader's possessive before a group's name is no part of it
        (
            "Gunmen of Ibrahim Bah's Popular Liberation Army raided the market in Kailahun.",
            "Popular Liberation Army",
        ),
        # but a people's possessive inside the name is
        (
            "Fighters of the Karenni People's Liberation Front attacked the town of Loikaw.",
            "Karenni People's Liberation Front",
        ),
        # a name opened by its head after "The": "for", "of", "on" and "and" join its words
        (
            "The Front for Democracy and Development said its fighters had killed 30 soldiers "
            "near Abeche.",
            "Front for Democracy and Development",
        ),
        (
            "The National Commission on Human Rights said at least 14 civilians had been killed "
            "in Kasese.",
            "National Commission on Human Rights",
        ),
        # a short name written as a word, defined after a long name with a head
        (
            "The Caracas-based Program for Education and Action on Human Rights (Provea) said "
            "200 people had been detained. Provea said 30 had been killed.",
            "Program for Education and Action on Human Rights",
        ),
        # a rebellion's ruling council
        (
            "Fighters of the National Transitional Council pushed toward Sirte. A spokesman for "
            "the National Transitional Council said 40 of its fighters had been killed.",
            "National Transitional Council",
        ),
        # a long name defined by an acronym the table gives another party is its own party
        (
            # (no dateline: "EL OBEID -" would make Sudan, whose soldiers die, a party too)
            "The Sudanese Defence Front (SDF) said its fighters had killed 20 "
            "soldiers near El Obeid. The SDF said it would keep fighting.",
            "Sudanese Defence Front",
        ),
        (
            "ALEPPO - Government forces shelled the city. Norwegian People's Aid (NPA) said its "
            "deminers had cleared 400 mines near Aleppo.",
            "Norwegian People's Aid",
        ),
        # (or one that shares no words with any of that party's names)
        (
            "GOMA - M23 rebels advanced on Sake. The Association of Women Farmers (AFF) said 300 "
            "families had fled their fields.",
            "Association of Women Farmers",
        ),
        # a national society's "Society", and the shorter name said later is the same one
        (
            "The Uganda Red Cross Society said 4,000 people had fled. The Uganda Red Cross "
            "said its camps were full.",
            "Uganda Red Cross Society",
        ),
    ],
)
def test_the_name_of_a_party_the_table_lacks(
    extractor: RulesExtractor, body: str, name: str
) -> None:
    names = _parties(_run(extractor, body))
    assert name in names
    assert not [n for n in names if n != name and (name in n or n in name)]


def test_the_words_of_a_bodys_name_are_no_persons_name(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The National Commission on Human Rights said at least 14 civilians had been killed in "
        "Kasese.",
    )
    assert [p.name_as_written for p in extraction.people] == []


def test_the_name_a_group_gives_itself_is_the_same_party(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "MAIDUGURI - Boko Haram, which calls itself the People of the Sunna for Preaching and "
        "Jihad, said it had killed 30 soldiers in Borno.",
    )
    parties = {p.name: p for p in extraction.parties}
    assert "People of the Sunna for Preaching and Jihad" not in parties
    assert "People of the Sunna for Preaching and Jihad" in parties["Boko Haram"].surface_forms


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # a long title "of" a body whose name holds a possessive, then the name between commas
        (
            "LUHANSK - Shelling hit the city overnight. The rebel prime minister of the "
            "self-proclaimed Luhansk People's Republic, Igor Plotnitsky, told reporters the "
            "rebels would hold the airport.",
            ("Igor Plotnitsky", "Luhansk People's Republic"),
        ),
        # a title "of" a body "in" a place, then the name with no comma
        (
            "DAMASCUS - Government forces shelled Homs. The representative of the Arab League in "
            "Syria Nabil Hamdan said the monitors would stay.",
            ("Nabil Hamdan", None),
        ),
        # a numeral after the surname is the name's
        (
            "MANILA - Police fought gunmen in Jolo. Interior Secretary Manuel Roxas II said the "
            "police would hold the line.",
            ("Manuel Roxas II", "Philippines"),
        ),
        # a group's name that ends with a particle word is no part of the person's after it
        (
            "BENGHAZI - Militants attacked the consulate. The spokesman of Ansar al-Sharia "
            "Mohamed al-Zahawi said the group had not ordered the attack.",
            ("Mohamed al-Zahawi", None),
        ),
        # "the leader of the organization X": the body the sentence before is about
        (
            "RAFAH - Jund Ansar Allah fighters fired on police in Rafah. The leader of the "
            "organization Abdel Latif Moussa declared an Islamic emirate.",
            ("Abdel Latif Moussa", "Jund Ansar Allah"),
        ),
        # an office held then ("who headed"), a campaigner, a counterpart, a royal style
        (
            "BOGOTA - The army fought the FARC for decades. Humberto de la Calle, who headed the "
            "government's negotiating team, said the accord would hold.",
            ("Humberto de la Calle", "Colombia"),
        ),
        (
            "GENEVA - Human rights campaigner Narges Mohammadi called the executions a crime.",
            ("Narges Mohammadi", None),
        ),
        (
            "MOSCOW - Russia's prisoner envoy met Ukraine's team. His Ukrainian counterpart, "
            "Dmytro Lubinets, confirmed that 150 names had been handed over.",
            ("Dmytro Lubinets", "Ukraine"),
        ),
        (
            "RIYADH - Saudi jets struck Saada. The air force commander, Prince Fahd bin Turki, "
            "said the raids would continue.",
            ("Fahd bin Turki", "Saudi Arabia"),
        ),
        # an office's words before a name that a relative clause follows are no part of it
        (
            "KYIV - Russian drones struck the capital. Verkhovna Rada Speaker Ruslan Stefanchuk, "
            "who led the delegation, called the strikes terror.",
            ("Ruslan Stefanchuk", None),
        ),
        # a middle initial; a numeral after a one-word name; a spelling of "Sheikh"
        (
            "KABUL - Taliban fighters attacked the base. Gen. John W. Nicholson, the commander of "
            "the mission, told reporters the attack had been repelled.",
            ("John W. Nicholson", None),
        ),
        (
            "MBABANE - Protesters marched on the palace. King Mswati III told parliament the "
            "police would restore order.",
            ("Mswati III", None),
        ),
        (
            "RAMADI - Marines fought insurgents. The tribe's leader, Sheik Abdul Sattar Abu "
            "Risha, condemned the bombing.",
            ("Abdul Sattar Abu Risha", None),
        ),
        # the civilians a story quotes, by what they do
        (
            "DAPCHI - Gunmen took 110 girls from the school. The school's principal, Hauwa "
            "Mohammed, told reporters the gate had been unguarded.",
            ("Hauwa Mohammed", None),
        ),
        # "the leader of <land>, X,": the land's name is no name of a person
        (
            "TSKHINVALI - Georgian troops shelled the town. The separatist leader of Abkhazia, "
            "Sergei Bagapsh, told reporters his forces were on alert.",
            ("Sergei Bagapsh", "Abkhazia"),
        ),
        # a nationality before "diplomat" is no side: "the Peruvian diplomat", a UN envoy
        (
            "SAN SALVADOR - The UN sent the Norwegian diplomat Jan Egeland to mediate.",
            ("Jan Egeland", None),
        ),
        # a title's post "to" a body or land: the owner is the one before it, not the body
        (
            "NAIROBI - Burundi's envoy to the African Union, Jean Nduwimana, said the shelling "
            "had come from across the border.",
            ("Jean Nduwimana", "Burundi"),
        ),
        # "its" past a relative clause points at the sentence's subject, not into the clause
        (
            "KIGALI - Burundi, which denies supporting the FDLR, replied through its ambassador "
            "to the UN, Jean Nduwimana, that the shelling had come from across the border.",
            ("Jean Nduwimana", "Burundi"),
        ),
        # a courtesy title between the office and the name
        (
            "ABUJA - Boko Haram fighters attacked Gwoza. The Minister of Information, Mr. Lai "
            "Mohammed, said the army had freed 20 hostages.",
            ("Lai Mohammed", "Nigeria"),
        ),
        # a phrase opening the sentence is no name ("In Washington, a ... spokesman, X")
        (
            "KABUL - The Taliban rejected the offer. In Washington, a State Department "
            "spokesman, Jane Doerr, said the talks would go on.",
            ("Jane Doerr", "United States"),
        ),
        # "co-founder" is an office
        (
            "MOGADISHU - Al-Shabaab fighters fought government troops. The group's co-founder, "
            "Hassan Dahir Aweys, said the fighting would continue.",
            ("Hassan Dahir Aweys", "al-Shabaab"),
        ),
    ],
)
def test_a_person_named_after_a_long_or_unusual_title(
    extractor: RulesExtractor, body: str, person: tuple[str, str | None]
) -> None:
    people = [(p.name_as_written, p.affiliation) for p in _run(extractor, body).people]
    assert people == [person]


@pytest.mark.parametrize(
    ("body", "present", "absent"),
    [
        # an acronym house styles write as a name, inside a sentence
        (
            "NIAMEY - The junta closed the border. The sanctions imposed by Ecowas hit traders "
            "hardest, a diplomat said.",
            "ECOWAS",
            None,
        ),
        # (not a common word opening a sentence)
        (
            "NIAMEY - The junta closed the border. Care must be taken with the figures, said "
            "officials of Ecowas.",
            "ECOWAS",
            "CARE International",
        ),
        # (nor a surname the text gives a person: "al-Sadr ... Sadr announced" is no SADR)
        (
            "BASRA - Fighting spread across the city. Moqtada al-Sadr ordered his fighters off "
            "the streets, and Sadr announced a truce on Sunday.",
            None,
            "Polisario Front",
        ),
        # a UN mission of the 1990s, by its acronym
        (
            "MOGADISHU - Militiamen ambushed a convoy. UNOSOM II said two Pakistani "
            "peacekeepers had been wounded.",
            "United Nations Operation in Somalia",
            None,
        ),
        # a regional body by its acronym; a page's copyright line names no party
        (
            "CARACAS - Venezuela massed troops near the border. CELAC called for calm.\n\n"
            "(c) 2023 Andes Monitor.",
            "Community of Latin American and Caribbean States",
            "Andes Monitor",
        ),
        # a state's name as a person's surname is no state
        (
            "GUATEMALA CITY - Relatives of the disappeared marched. Lucia Montenegro, who "
            "leads the families' group, said the amnesty was a betrayal.",
            None,
            "Montenegro",
        ),
    ],
)
def test_names_written_in_other_ways(
    extractor: RulesExtractor, body: str, present: str | None, absent: str | None
) -> None:
    names = _parties(_run(extractor, body))
    assert present is None or present in names
    assert absent is None or absent not in names


def test_an_acronym_written_as_a_name_opens_a_sentence_in_that_house_style(
    extractor: RulesExtractor,
) -> None:
    # the text writes "Ecowas" inside a sentence too, so the call opening one is the bloc's
    body = (
        "NIAMEY - Troops loyal to the junta patrolled the capital, where the envoys of Ecowas "
        "had been refused entry. Ecowas called for an immediate ceasefire along the border."
    )
    calls = [(c.actors, c.act) for c in _run(extractor, body).ceasefire_calls]
    assert calls == [(["ECOWAS"], "call")]


def test_a_title_with_qualifying_words_after_a_name(extractor: RulesExtractor) -> None:
    # "X, foreign policy adviser to President Y,": X's title; "President" stays Y's
    body = (
        "KABUL - Rangin Spanta, foreign policy adviser to President Hamid Karzai, said the "
        "offer of talks stood."
    )
    titles = {p.canonical_name: p.title for p in _run(extractor, body).people}
    assert titles == {"Rangin Spanta": "adviser", "Hamid Karzai": "President"}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # "X, who ...": a relative "who" tells a person
        (
            "KYIV - Ukrainian troops left the town. Dmytro Kovalenko, who flew east to meet the "
            "soldiers coming out, said most units had left.",
            ["Dmytro Kovalenko"],
        ),
        # a surname that is also a demonym is still a name
        (
            "KABUL - Interior Ministry spokesman Najib Danish told reporters that the Taliban "
            "must return to their areas.",
            ["Najib Danish"],
        ),
        # titles of the UN's and the courts' officials
        (
            "JUBA - Tomas Lindqvist, the UN Under-Secretary-General for Humanitarian Affairs, "
            "said the deal offered hope. The court's prosecutor, Amina Terzic, said warrants "
            "stood.",
            ["Tomas Lindqvist", "Amina Terzic"],
        ),
        # a title qualified by its desk's place ("senior Libya analyst")
        (
            "TRIPOLI - Marta Lindqvist, senior Libya analyst at a Brussels think tank, said "
            "neither side could win.",
            ["Marta Lindqvist"],
        ),
        # the short form of a name told in full before is the same person
        (
            "MEXICO CITY - Defence Minister Arturo Velasco Ibarra defended the army. Velasco "
            "Ibarra, who took office in October, said the cartels would be pursued.",
            ["Arturo Velasco Ibarra"],
        ),
    ],
)
def test_people_found_by_other_cues(extractor: RulesExtractor, body: str, names: list[str]) -> None:
    assert [p.canonical_name for p in _run(extractor, body).people] == names


@pytest.mark.parametrize(
    ("between", "affiliation"),
    [
        # the state whose forces the sentence before opens with speaks through the army's man
        (
            "Niger's armed forces said on Monday that their troops had pushed the militants back "
            "towards Nigeria and Chad.",
            "Niger",
        ),
        # (not a state's envoy: the envoy's state is no army's)
        ("Norway's envoy, Jan Berg, said the talks in Oslo would go on.", "Niger"),
    ],
)
def test_a_state_office_speaks_for_the_state_whose_forces_act_before(
    extractor: RulesExtractor, between: str, affiliation: str
) -> None:
    body = (
        "Boko Haram fighters attacked Bosso in Niger and Baga in Nigeria, and Chadian jets struck "
        f"their camps. {between} Army spokesman Colonel Idrissa Garba said more than 50 militants "
        "were killed, while Niger lost four soldiers."
    )
    people = {p.canonical_name: p.affiliation for p in _run(extractor, body).people}
    assert people["Idrissa Garba"] == affiliation


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # forces loyal to a body named in full are that body's, not "<head> forces"
        (
            "BENGHAZI - Forces loyal to the Transitional Council hit back on Monday.",
            "Council forces",
        ),
        (
            "SANAA - Forces loyal to the Government of National Salvation shelled Marib.",
            "Government forces",
        ),
        # a news agency reports; it is no party
        ("ADEN - The Saba News Agency said the Houthis had shelled Taiz.", "Saba News Agency"),
    ],
)
def test_no_party_made_of_a_bodys_head_or_an_agency(
    extractor: RulesExtractor, body: str, absent: str
) -> None:
    parties = _parties(_run(extractor, body))
    assert absent not in parties
    assert parties  # the body or the party the sentence names is still found


def test_a_title_after_a_comma_may_be_the_next_persons(extractor: RulesExtractor) -> None:
    # "X, Director General of ... Y said": the capitalised title opens Y's, not X's
    body = (
        "QUETTA - Speaking beside Balochistan Chief Minister Karim Zehri, Director General of "
        "the ISPR Lt Gen Faisal Raza said the siege was over."
    )
    titles = {p.canonical_name: p.title for p in _run(extractor, body).people}
    assert titles["Karim Zehri"] == "Chief Minister"


def test_a_courtesy_title_alone_tells_a_person(extractor: RulesExtractor) -> None:
    body = "COLOMBO - The talks resumed in Oslo. Mr. Ranjan Perera said the truce would hold."
    body2 = "COLOMBO - The talks resumed in Oslo, where Mrs Ranjani Perera met the envoys."
    assert [p.canonical_name for p in _run(extractor, body).people] == ["Ranjan Perera"]
    assert [p.canonical_name for p in _run(extractor, body2).people] == ["Ranjani Perera"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a deputy with his chief's last names is another man
        (
            "MOGADISHU - Colonel Abdirahman Mohamed Hassan said the base had fallen. His deputy, "
            "Mohamed Hassan, said 20 soldiers died.",
            ["Abdirahman Mohamed Hassan", "Mohamed Hassan"],
        ),
        # "the Lou Nuer, who ...": a people, no person
        ("JUBA - Armed youths from the Lou Nuer, who raided Pibor, killed 40 people.", []),
    ],
)
def test_who_is_and_is_not_a_new_person(
    extractor: RulesExtractor, body: str, names: list[str]
) -> None:
    assert [p.canonical_name for p in _run(extractor, body).people] == names


def test_a_news_agency_names_no_state(extractor: RulesExtractor) -> None:
    body = "KHARTOUM - The RSF shelled Omdurman. The Qatar News Agency said 10 civilians died."
    extraction = _run(extractor, body)
    assert _parties(extraction) == {"Rapid Support Forces"}
    assert [f.claimant for f in extraction.figures] == [None]


def test_two_acronyms_before_one_head_are_two_groups(extractor: RulesExtractor) -> None:
    # (the first, "MPC", is in no table: the head after the second names it too)
    body = "BANGUI - Government troops fought MPC and FPRC rebels near Kaga-Bandoro on Monday."
    assert "MPC" in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "party", "not_parties"),
    [
        # a leader's possessive before a party's name is no part of the name
        (
            "ISTANBUL - Officials said Ekrem Imamoglu's Republican People's Party (CHP) would "
            "boycott the vote.",
            "Republican People's Party",
            {"Ekrem Imamoglu's Republican People's Party"},
        ),
        # an acronym whose initials match only the name's end: the whole name is the party
        (
            "BAMAKO - The Malian Association for Human Rights (AMDH) said 40 people were killed "
            "near Mopti. The AMDH blamed the army.",
            "Malian Association for Human Rights",
            {"Association for Human Rights"},
        ),
        # ", a <people> rebel group": what the named group is, no group of its own
        (
            "BUKAVU - The army attacked the CNRD, a Rwandan Hutu rebel group that split from the "
            "FDLR in 2016.",
            "CNRD",
            {"Rwandan Hutu"},
        ),
    ],
)
def test_owners_partial_acronyms_and_descriptions_make_no_extra_party(
    extractor: RulesExtractor, body: str, party: str, not_parties: set[str]
) -> None:
    parties = _parties(_run(extractor, body))
    assert party in parties
    assert not parties & not_parties


def test_an_acronym_of_a_translated_name_keeps_the_names_first_words(
    extractor: RulesExtractor,
) -> None:
    body = (
        "NIAMEY - Niger's junta, the National Council for the Safeguard of the Homeland (CNSP), "
        "expelled French troops on Friday."
    )
    parties = _parties(_run(extractor, body))
    assert "National Council for the Safeguard of the Homeland" in parties
    assert "Council for the Safeguard of the Homeland" not in parties


def test_iraqs_kurdish_region_and_the_sadrists_are_known(extractor: RulesExtractor) -> None:
    body = (
        "BAGHDAD - Turkish shelling killed two shepherds near Amadiya. The Kurdistan Region's "
        "government condemned it, and the Sadrist movement called for a boycott of Turkish goods."
    )
    holders = {(p.holder, p.stance) for p in _run(extractor, body).positions}
    assert ("Kurdistan Regional Government", "condemn") in holders
    assert ("Sadrist Movement", "demand") in holders


def test_civic_committees_are_named_whole(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - Shelling hit a market. The Omdurman Resistance Committees, a network of "
        "neighbourhood activists, said at least 15 civilians had been killed."
    )
    parties = _parties(_run(extractor, body))
    assert "Omdurman Resistance Committees" in parties
    assert "Omdurman Resistance" not in parties


def test_a_spokesman_is_not_given_the_state_his_own_sentence_accuses(
    extractor: RulesExtractor,
) -> None:
    body = (
        "GAZA - Israeli strikes hit Rafah. Ministry spokesman Ashraf al-Qudra accused Israeli "
        "forces of firing on people waiting for flour."
    )
    extraction = _run(extractor, body)
    assert [p.affiliation for p in extraction.people] == [None]
    assert not [p for p in extraction.positions if p.holder == "Israel"]


@pytest.mark.parametrize(
    ("body", "name", "claimed"),
    [
        # civil society's own bodies, named in full, are parties of kind ngo whose counts are
        # their claims
        (
            "The Central Committee of Sudan Doctors said 56 civilians had been killed in "
            "Omdurman since Friday.",
            "Central Committee of Sudan Doctors",
            "56",
        ),
        (
            "The National Union of Somali Journalists said two reporters were killed in the "
            "blast in Baidoa.",
            "National Union of Somali Journalists",
            "two",
        ),
        (
            "The Coordination of North Kivu Civil Society said at least 14 bodies had been "
            "collected in Rutshuru.",
            "Coordination of North Kivu Civil Society",
            "at least 14",
        ),
    ],
)
def test_a_civil_society_body_is_a_party_and_its_count_its_claim(
    extractor: RulesExtractor, body: str, name: str, claimed: str
) -> None:
    extraction = _run(extractor, body)
    kinds = {p.name: p.kind for p in extraction.parties}
    assert kinds.get(name) == "ngo", kinds
    assert [f.claimant for f in extraction.figures if f.raw_text == claimed] == [name]


def test_a_party_the_table_does_not_know_is_named_in_plain_letters(
    extractor: RulesExtractor,
) -> None:
    body = (
        "The Coordination of Civil Society of Bunia Région said that 40 people had been killed "
        "in Djugu."
    )
    extraction = _run(extractor, body)
    found = {p.name: p.surface_forms for p in extraction.parties}
    plain_name = "Coordination of Civil Society of Bunia Region"
    assert plain_name in found
    # the text's own spelling stays a surface form, and claims name the plain party
    assert "Coordination of Civil Society of Bunia Région" in found[plain_name]
    assert [f.claimant for f in extraction.figures] == [plain_name]


def test_the_police_of_a_war_between_two_states_are_the_datelines(
    extractor: RulesExtractor,
) -> None:
    body = (
        "JAMMU, India - Militants killed nine pilgrims near Reasi on Sunday. India blamed "
        "Pakistan, which denied it. Another 33 were wounded, police said. Indian and Pakistani "
        "troops traded fire along the Line of Control overnight."
    )
    extraction = _run(extractor, body)
    wounded = [f for f in extraction.figures if f.metric == "wounded"]
    assert [f.claimant for f in wounded] == ["India"]


@pytest.mark.parametrize(
    ("body", "name", "affiliation", "title"),
    [
        (
            "Ibrahim Mukhayer, a member of the RSF's advisory council, said the group would "
            "respond.",
            "Ibrahim Mukhayer",
            "Rapid Support Forces",
            "member of",
        ),
        (
            "Gov. Hyacinth Alia said 40 people had been abducted near Makurdi.",
            "Hyacinth Alia",
            None,
            "Gov.",
        ),
    ],
)
def test_a_member_and_an_abbreviated_governor_are_titled(
    extractor: RulesExtractor, body: str, name: str, affiliation: str | None, title: str
) -> None:
    people = {p.canonical_name: p for p in _run(extractor, body).people}
    assert (people[name].affiliation, people[name].title) == (affiliation, title)


def test_a_landform_named_after_a_capital_names_no_state(extractor: RulesExtractor) -> None:
    # "the Juba valley" is in Somalia: no mention of South Sudan, whose capital is Juba
    body = (
        "Fighting spread along the Juba valley on Monday. Jubaland forces said they had taken "
        "a base in the lower Juba valley, and villagers in the middle Juba valley fled south."
    )
    assert "South Sudan" not in {p.name for p in _run(extractor, body).parties}
    # (guard) the capital itself still stands for its state
    assert "South Sudan" in {p.name for p in _run(extractor, "Juba said it would talk.").parties}


@pytest.mark.parametrize(
    ("body", "present", "absent"),
    [
        # fighters named by a land's possessive are no group of that name
        (
            "BAMAKO - JNIM said the Sahel's jihadists would fight on until the juntas fell.",
            {"JNIM"},
            {"Sahel's jihadists"},
        ),
        # a group's short name beside its full one is the same group
        (
            "ZAWIYA - Al-Nasr Brigade fighters clashed with the SSA on Monday. The SSA said "
            "Al-Nasr fighters had fired first.",
            {"Al-Nasr Brigade"},
            {"Al-Nasr"},
        ),
        # an organ named after its organisation is that organisation
        (
            "LOME - The ECOWAS Commission condemned the attack on the army post.",
            {"ECOWAS"},
            {"ECOWAS Commission"},
        ),
        # a rights group, and a victims' forum whose name holds "and", are parties
        (
            "BANGKOK - The Karenni Human Rights Group said 40 civilians had been killed.",
            {"Karenni Human Rights Group"},
            set(),
        ),
        (
            "TEL AVIV - The Hostages and Missing Families Forum said the government had abandoned "
            "the captives.",
            {"Hostages and Missing Families Forum"},
            {"Missing Families Forum"},
        ),
        # (guard) a state's troops are still the state's
        (
            "MEKELLE - Eritrean troops were seen near Adigrat on Monday, residents said.",
            {"Eritrea"},
            set(),
        ),
    ],
)
def test_group_names_formed_in_the_text(
    extractor: RulesExtractor, body: str, present: set[str], absent: set[str]
) -> None:
    names = {p.name for p in _run(extractor, body).parties}
    assert present <= names
    assert not absent & names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an abbreviation's points do not end the appositive that gives the affiliation
        (
            '"The shelling must stop," said Anna Berg, the U.N. special rapporteur on human '
            "rights in Sudan.",
            ("Anna Berg", "Anna Berg", "United Nations"),
        ),
        # an office not yet taken up is a title, no part of the name
        (
            "WASHINGTON - U.S. President-elect John Carter called for an immediate ceasefire in "
            "Ukraine.",
            ("John Carter", "John Carter", "United States"),
        ),
    ],
)
def test_titles_with_points_and_offices_to_come(
    extractor: RulesExtractor, body: str, expected: tuple[str, str, str]
) -> None:
    people = [
        (p.name_as_written, p.canonical_name, p.affiliation) for p in _run(extractor, body).people
    ]
    assert people == [expected]


def test_second_review_of_this_rounds_names(extractor: RulesExtractor) -> None:
    # an office to come is no part of a name; a party before "and" is no part of a body's name
    people = _run(extractor, "BEIRUT - Prime Minister-designate Nawaf Salam spoke.").people
    assert [p.name_as_written for p in people] == ["Nawaf Salam"]
    names = {
        p.name
        for p in _run(
            extractor, "KYIV - Ukraine and Moldova Orthodox Church leaders condemned the strike."
        ).parties
    }
    assert "Ukraine" in names and "Ukraine and Moldova Orthodox Church" not in names


def test_a_spelling_the_table_lacks_is_the_party_alone_too(extractor: RulesExtractor) -> None:
    # "Boko Harram militants" is Boko Haram by its closeness; so is "Boko Harram" on its own
    extraction = extractor.extract(
        article_from_text(
            "A headline\n\nGWOZA - Gunmen raided Gwoza. Boko Harram militants killed 12 farmers. "
            "Boko Harram denied targeting civilians.",
            id="spelling",
        )
    )
    party = next(p for p in extraction.parties if p.name == "Boko Haram")
    assert "Boko Harram" in party.surface_forms
    assert [(p.holder, p.stance) for p in extraction.positions] == [("Boko Haram", "deny")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where captives or a crew come from is a list of lands, "the" before the last or not
        (
            "GOMA - The M23 seized a convoy on Sunday. Its nine drivers, from Kenya, Uganda, "
            "Tanzania and the Central African Republic, are still held near Rutshuru.",
            {"M23"},
        ),
        (
            "GAZA - Hostages from Thailand, Nepal and the Philippines were among those freed by "
            "Hamas on Friday.",
            {"Hamas"},
        ),
        # (guard) envoys from states act for them
        (
            "CAIRO - Envoys from Qatar, Egypt and the United States met on Sunday to discuss "
            "the truce between Israel and Hamas.",
            {"Qatar", "Egypt", "United States", "Israel", "Hamas"},
        ),
    ],
)
def test_the_lands_people_come_from_are_no_parties(
    extractor: RulesExtractor, body: str, expected: set[str]
) -> None:
    assert _parties(_run(extractor, body)) == expected


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # (guards) a side with its own verb after "and the" is no next place of a list
        (
            "SANAA - Strikes continued in Yemen and the United States said it hit 15 Houthi "
            "targets.",
            "United States",
        ),
        (
            "KYIV - Power cuts hit millions in Ukraine and the Russian military vowed more "
            "strikes.",
            "Russia",
        ),
    ],
)
def test_a_side_after_and_the_is_not_a_listed_place(
    extractor: RulesExtractor, body: str, party: str
) -> None:
    assert party in _parties(_run(extractor, body))


def test_a_crews_lands_with_the_mid_list(extractor: RulesExtractor) -> None:
    body = (
        "HODEIDAH - The Houthis seized the ship. Its crew, from Ukraine, Bulgaria, the "
        "Philippines and Mexico, were held in Hodeidah."
    )
    assert _parties(_run(extractor, body)) == {"Houthis"}


def test_a_place_list_goes_on_after_and_the(extractor: RulesExtractor) -> None:
    body = (
        "N'DJAMENA - More than 700,000 people have fled into Chad and the Central African "
        "Republic since April, the UNHCR said."
    )
    assert "Central African Republic" not in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # names listed after a noun for people, set off by a dash or a colon, or "named as"
        (
            "BAMAKO - On Saturday three aid workers seized near Gao - Sarah Okafor, James Mwangi "
            "and Amina Diallo - were handed to the Red Cross.",
            ["Sarah Okafor", "James Mwangi", "Amina Diallo"],
        ),
        (
            "GAZA - The journalists killed in the strike were named as Ahmed Saleh, Yousef Dawas "
            "and Hassan Eslaih.",
            ["Ahmed Saleh", "Yousef Dawas", "Hassan Eslaih"],
        ),
        # (guards) the places people come from, and places listed, are no people
        (
            "EL OBEID - Women and children from three villages - Um Rawaba, Er Rahad and Abu "
            "Zabad - fled to El Obeid.",
            [],
        ),
        (
            "KHARTOUM - The towns hit on Saturday - El Obeid, Um Rawaba and Ed Daein - lost power.",
            [],
        ),
        # (from a review) the bodies a noun counts are no people, a capital at the start of a
        # sentence still leads a list, and a place before the people's noun blocks nothing
        (
            "GAZA - Doctors at three hospitals - Al Shifa, Kamal Adwan and Al Awda - were "
            "detained.",
            [],
        ),
        (
            "DAMASCUS - Soldiers of three militias - Tiger Forces, Desert Hawks and Quwat Ridha - "
            "were deployed.",
            [],
        ),
        (
            "KYIV - Prisoners - Andriy Melnyk, Taras Hrytsenko and Bohdan Kovalenko - were "
            "exchanged.",
            ["Andriy Melnyk", "Taras Hrytsenko", "Bohdan Kovalenko"],
        ),
        (
            "KHARKIV - On Monday four men from the region - Ivan Petrenko, Oleh Bondar and Serhiy "
            "Koval - were detained.",
            ["Ivan Petrenko", "Oleh Bondar", "Serhiy Koval"],
        ),
    ],
)
def test_people_listed_after_a_noun_for_people(
    extractor: RulesExtractor, body: str, names: list[str]
) -> None:
    assert [p.name_as_written for p in _run(extractor, body).people] == names


@pytest.mark.parametrize(
    ("body", "party"),
    [
        # a real name the actor data lacked: Somalia's government of 2004-2012
        (
            "MOGADISHU - Troops of the Transitional Federal Government retook two districts "
            "from al-Shabaab on Friday.",
            "Somalia",
        ),
    ],
)
def test_parties_by_names_the_table_lacked(
    extractor: RulesExtractor, body: str, party: str
) -> None:
    assert party in _parties(_run(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a church style before a full name is no part of it
        ("ROME - Cardinal Pietro Parolin said the Vatican was ready to mediate.", "Pietro Parolin"),
        # (guard) a style the titles already knew
        (
            "ADDIS ABABA - Archbishop Berhaneyesus Souraphiel urged the two sides to keep talking.",
            "Berhaneyesus Souraphiel",
        ),
    ],
)
def test_church_styles_before_a_name(extractor: RulesExtractor, body: str, name: str) -> None:
    assert name in [p.name_as_written for p in _run(extractor, body).people]


def test_a_centre_for_something_is_a_body_that_claims_its_figures(
    extractor: RulesExtractor,
) -> None:
    body = (
        "NYALA - Fighting went on in South Darfur. The Sudanese Centre for Policy Studies "
        "estimated that some 150,000 people had been killed since April."
    )
    extraction = _run(extractor, body)
    assert "Sudanese Centre for Policy Studies" in _parties(extraction)
    assert "Sudan" not in _parties(extraction)
    assert [f.claimant for f in extraction.figures] == ["Sudanese Centre for Policy Studies"]


@pytest.mark.parametrize(
    "body",
    [
        # (guards) a centre that is a place: a hospital, a town's middle
        "NYALA - Fighting went on. Doctors at the Al-Shifa Medical Centre treated 30 wounded.",
        "NYALA - Fighting went on. Shelling hit the Centre of Nyala on Monday.",
        # (guards) a state's body
        "KYIV - Russia shelled Kharkiv. Ukraine's Center for Countering Disinformation said the "
        "video was fake.",
        "ABUJA - Bandits raided Zamfara. The Nigeria Centre for Disease Control said cholera had "
        "spread to the camps.",
    ],
)
def test_a_centre_that_is_a_place_is_no_party(extractor: RulesExtractor, body: str) -> None:
    assert not any("Centre" in name for name in _parties(_run(extractor, body)))


def test_the_seats_of_de_facto_authorities_speak_for_them(extractor: RulesExtractor) -> None:
    body = (
        "LAS ANOD - Somaliland and Puntland forces fought near Tukaraq. Puntland accused "
        "Hargeisa of shelling the town."
    )
    stances = {(p.holder, p.stance, tuple(p.targets)) for p in _run(extractor, body).positions}
    assert ("Puntland", "accuse", ("Somaliland",)) in stances


def test_a_group_defined_by_its_acronym_is_armed_when_its_fighters_are_named(
    extractor: RulesExtractor,
) -> None:
    # "the Peruvians United for Justice and Liberty (PUJL)": no group word in its name, but
    # "PUJL fighters" tells what it is (a made-up group, so no table can know it)
    text = (
        "LIMA - Delegations of Peru's government and the Peruvians United for Justice and "
        "Liberty (PUJL) signed a truce in Quito. PUJL fighters still hold the Apurimac valley."
    )
    extraction = extractor.extract(article_from_text(text, id="pujl"))
    roles = {p.name: p.role for p in extraction.parties}
    assert roles.get("Peruvians United for Justice and Liberty") == "belligerent"
    # (guard) its name alone, with no fighters named, says nothing of what it is
    plain = text.replace("PUJL fighters still hold", "The valley is still held by the PUJL")
    roles = {p.name: p.role for p in extractor.extract(article_from_text(plain, id="p2")).parties}
    assert roles.get("Peruvians United for Justice and Liberty") == "other"


def test_an_undefined_acronym_of_a_named_groups_initials_is_that_group(
    extractor: RulesExtractor,
) -> None:
    # "the Ogaden Patriotic Army" and "OPA" never defined by one another (a made-up group,
    # so no table can know it): one party, not two
    text = (
        "GODE - Leaders of the Ethiopian government and the Ogaden Patriotic Army signed a truce "
        "on Tuesday. OPA commander Abdi Warsame said his fighters would keep their weapons. In "
        "2007 OPA fighters overran an army camp at Degehabur."
    )
    names = [p.name for p in extractor.extract(article_from_text(text, id="opa")).parties]
    assert "Ogaden Patriotic Army" in names
    assert "OPA" not in names


def test_soldiers_of_a_peacekeeping_contingent_make_their_state_no_side(
    extractor: RulesExtractor,
) -> None:
    text = (
        "BEIRUT - Israeli troops and Hezbollah fighters clashed near Naqoura on Sunday as "
        "shelling hit the border villages. A spokesman for the UN force said two Ghanaian "
        "soldiers of the peacekeeping contingent were wounded by shrapnel during the fighting."
    )
    names = {p.name for p in extractor.extract(article_from_text(text, id="pk")).parties}
    assert {"Israel", "Hezbollah"} <= names
    assert "Ghana" not in names


@pytest.mark.parametrize(
    "text",
    [
        # (guard) a party's activists ("militants"), a prefix, a state's service, a region
        "KINSHASA - The Union for Democracy and Social Progress (UDPS) called a general strike "
        "on Monday. UDPS militants burned tyres in the capital.",
        "KABUL - The National Directorate of Security (NDS) said on Monday that NDS fighters "
        "raided a Taliban hideout in Kunduz.",
        "ABIDJAN - The Rally of the Republicans (RDR) held a rally in Abidjan on Saturday. "
        "Anti-RDR militiamen attacked a mosque in Yopougon.",
    ],
)
def test_no_armed_group_from_activists_services_or_prefixed_names(
    extractor: RulesExtractor, text: str
) -> None:
    roles = {p.name: p.role for p in extractor.extract(article_from_text(text, id="g")).parties}
    assert not any(
        role == "belligerent" and name.startswith(("Union", "National Directorate", "Rally"))
        for name, role in roles.items()
    ), roles


@pytest.mark.parametrize(
    ("body", "state", "not_a_party"),
    [
        (
            "The Malawi Defence Forces said two of their soldiers had been wounded near the "
            "border. Rebels of the Mozambican National Resistance denied firing first.",
            "Malawi",
            "Malawi Defence Forces",
        ),
        (
            "The Chadian National Army said it had repelled an attack by Boko Haram fighters "
            "near Lake Chad, killing 40 of them.",
            "Chad",
            "Chadian National Army",
        ),
        (
            "The Tanzania People's Defence Forces sent two battalions to the border, and the "
            "Burundian rebels of the FNL said they would not attack them.",
            "Tanzania",
            "Tanzania People's Defence Forces",
        ),
    ],
)
def test_a_states_army_by_its_formal_name_is_that_state(
    extractor: RulesExtractor, body: str, state: str, not_a_party: str
) -> None:
    parties = _parties(_run(extractor, body))
    assert state in parties
    assert not_a_party not in parties


def test_a_dateline_city_places_the_story_in_its_state(extractor: RulesExtractor) -> None:
    # In a war the conflict table lacks, the dateline names a city, not a state, and comes after
    # a masthead that opens like a dateline; the gazetteer (summarize/data/places.tsv) places
    # Ziguinchor in Senegal, so "the army" is Senegal's.
    body = (
        "CASAMANCE DAILY WIRE - World | Africa | Opinion\n\n"
        "Twelve soldiers killed in ambush\n\n"
        "ZIGUINCHOR, 4 March (CDW) - The army said on Sunday that 12 soldiers had been killed "
        "in an ambush by MFDC fighters near the border. The MFDC said it had killed 30 soldiers."
    )
    extraction = _run(extractor, body)
    assert "Senegal" in _parties(extraction)
    twelve = next(f for f in extraction.figures if f.value == 12)
    assert twelve.claimant == "Senegal"
    assert twelve.subjects == ["Senegal"]


def test_a_wire_bureaus_city_is_not_the_state_of_a_listed_war(extractor: RulesExtractor) -> None:
    # Yemen's war is in the conflict table; Dubai hosts the bureau, and the UAE, a belligerent
    # there, is not the story's state
    body = (
        "DUBAI, Jan 12 (Reuters) - The Houthis said on Sunday they had struck a tanker in the "
        "Red Sea. The government said 8 of its soldiers were killed in Houthi shelling of Taiz."
    )
    # (the text as a page gives it, first line first: no headline before the dateline)
    article = Article(
        id="bureau", source="test", text=body, sha256=hashlib.sha256(body.encode()).hexdigest()
    )
    extraction = extractor.extract(article)
    eight = next(f for f in extraction.figures if f.value == 8)
    assert eight.claimant == "Yemen"
    assert "United Arab Emirates" not in _parties(extraction)
