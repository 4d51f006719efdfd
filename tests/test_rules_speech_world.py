"""Who says or does what, with the shipped world actor table, on fresh sentences about
conflicts: pronoun subjects before an auxiliary, appositives, coordinated verbs, reported clauses
without "that" and naming verbs with a quote."""

from __future__ import annotations

import pytest

from summarize.actors import ActorTable
from summarize.extract.rules import RulesExtractor
from summarize.ingest import article_from_text
from summarize.schema import Extraction


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(actors=ActorTable.load())


def _run(extractor: RulesExtractor, body: str) -> Extraction:
    return extractor.extract(article_from_text("A headline\n\n" + body, id="speech"))


def _holders(extraction: Extraction, stance: str) -> list[str]:
    return [p.holder for p in extraction.positions if p.stance == stance]


@pytest.mark.parametrize(
    ("body", "stance", "holder"),
    [
        # a pronoun with a copula or an auxiliary before the verb stands for the last speaker
        (
            "Norway's foreign ministry said aid convoys had reached Goma on Friday. It was deeply "
            "alarmed by the shelling of Sake by the M23.",
            "concern",
            "Norway",
        ),
        # an appositive between the subject and its verb describes the subject
        (
            "Norway, a donor to the peace process with Sweden and Denmark, also urged Colombia to "
            "resume talks with the ELN.",
            "demand",
            "Norway",
        ),
        # a verb coordinated after a "that" clause shares the first verb's subject
        (
            "The Rwandan president had warned that Congo was arming the FDLR and demanded "
            "guarantees from Kinshasa.",
            "demand",
            "Rwanda",
        ),
        # a clause reported without "that" has its own subject
        (
            "Pakistan said the Taliban had rejected the proposal for a buffer zone.",
            "reject",
            "Taliban",
        ),
        (
            "Armenia's foreign minister said Azerbaijan had refused to withdraw its troops.",
            "reject",
            "Azerbaijan",
        ),
    ],
)
def test_the_holder_of_a_position(
    extractor: RulesExtractor, body: str, stance: str, holder: str
) -> None:
    assert _holders(_run(extractor, body), stance) == [holder]


def test_a_pronoun_before_an_auxiliary_calls_for_a_truce(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Turkey's foreign ministry said fighting had resumed near Tripoli. It was also urging "
        "both sides to agree to a ceasefire.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("call", ["Turkey"])]


def test_a_naming_verb_with_a_quote_frames_the_figure(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        'Sudan\'s army branded the attack on El Fasher "a massacre" in which 40 civilians were '
        "killed.",
    )
    assert [(f.raw_text, f.claimant) for f in extraction.figures] == [
        ("40", "Sudanese Armed Forces")
    ]


def test_the_subject_of_a_reported_clause_does_not_speak(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The governor visited the morgue in Kherson. He said Russia had killed 12 civilians in "
        "the city overnight.",
    )
    assert [(f.raw_text, f.claimant) for f in extraction.figures] == [("12", None)]


def test_the_ministry_is_the_last_ministry_named_and_a_run_place_its_runner(
    extractor: RulesExtractor,
) -> None:
    # "the health ministry in Houthi-run Sanaa" is the Houthis'; "according to the ministry",
    # after other speakers, is still that ministry
    body = (
        "US strikes killed 14 people in Hodeidah on Sunday, according to the health ministry in "
        "Houthi-run Sanaa.\n\n"
        "The US military said it had struck radar sites and weapons depots.\n\n"
        "Saudi Arabia said it was following the strikes with great concern.\n\n"
        "More than 300 people have been killed in US strikes since March, according to the "
        "ministry."
    )
    figures = {f.raw_text: f.claimant for f in _run(extractor, body).figures}
    assert figures == {"14": "Houthis", "More than 300": "Houthis"}


def test_the_group_is_the_group_named_just_before_and_it_the_party_opening_the_sentence(
    extractor: RulesExtractor,
) -> None:
    # the KIA is named most, but "the group" follows a sentence about the TNLA; "it" in a later
    # clause is the body that opens its sentence, not the previous sentence's speaker
    body = (
        "The KIA said it had taken a junta base near Bhamo. The KIA also said its fighters "
        "had cut the road to Myitkyina. The KIA has fought the military since 2011.\n\n"
        "Further south, the TNLA said it had overrun an army outpost near Mogok.\n\n"
        "More than 60 junta soldiers were killed in the battle, the group said.\n\n"
        "The UN human rights office has documented dozens of air strikes on villages, "
        "including one in Sagaing that it said killed 31 people."
    )
    figures = {f.raw_text: f.claimant for f in _run(extractor, body).figures}
    assert figures == {
        "More than 60": "TNLA",
        "31": "OHCHR",
    }


def test_a_coordinated_verb_finds_its_subject_past_a_long_sentence(
    extractor: RulesExtractor,
) -> None:
    # the subject is seven clauses back: past the statement's clauses and a relative clause
    body = (
        "Russia and Ukraine agreed a truce around the nuclear plant in May.\n\n"
        "Turkey and Switzerland, which along with the IAEA and the United Nations guaranteed "
        'the deal, said in a joint statement that they were working "day and night" to '
        "contain the fighting and urged both sides to abide by the ceasefire."
    )
    calls = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert calls == [("call", ["Turkey", "Switzerland"])]


@pytest.mark.parametrize(
    ("body", "sentence", "actor"),
    [
        # "It" after a sentence that quotes nobody: the party that sentence is about
        (
            "The African Union held an emergency session in Addis Ababa on Monday. It called for "
            "a humanitarian truce around El Fasher.",
            "It called for",
            "African Union",
        ),
        # but after a sentence that reports someone, the speaker, not a name inside the report
        (
            "Israel's army said on Tuesday that Hezbollah had fired rockets at Metula overnight. "
            "Lebanon's prime minister said Beirut was ready to talk. It urged the sides to "
            "respect the truce.",
            "It urged",
            "Lebanon",
        ),
        # "Its leaders demanded the release of ... and called": one subject for both verbs
        (
            "ECOWAS held a summit in Abuja over the fighting near Menaka. Its leaders demanded the "
            "release of detained journalists and called on the junta and the rebels to agree a "
            "truce before the rains.",
            "Its leaders demanded",
            "ECOWAS",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_stands_for_its_antecedent(
    extractor: RulesExtractor, body: str, sentence: str, actor: str
) -> None:
    calls = [
        c
        for c in _run(extractor, body).ceasefire_calls
        if c.act == "call" and sentence in c.evidence
    ]
    assert [c.actors for c in calls] == [[actor]]


def test_one_of_the_sources_still_speaks(extractor: RulesExtractor) -> None:
    """A source after 'of' is an object ("the release of detained officials"), except after a
    quantity: "one of the sources said" names the speaker, not the unit named before it."""
    extraction = _run(
        extractor,
        "Gunmen attacked the camp of the 25th Task Force Battalion near Damboa, killing at least "
        "40 soldiers, one of the sources said.",
    )
    killed = [f for f in extraction.figures if f.raw_text == "at least 40"]
    assert killed and all(f.claimant is None for f in killed), killed


def test_a_verb_in_a_clause_of_time_does_not_speak(extractor: RulesExtractor) -> None:
    """'According to the UN, since the government declared an emergency, N were arrested':
    the UN reports the count; the government only declared the emergency."""
    extraction = _run(
        extractor,
        "Rebels fought Myanmar's junta in Sagaing. According to the United Nations, since the "
        "army declared martial law in March, more than 2,000 people were arrested.",
    )
    assert [(f.raw_text, f.claimant) for f in extraction.figures] == [
        ("more than 2,000", "United Nations")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the hearer of "told" is not who "it" is
        (
            "Colombia and the ELN fought in Arauca. The ELN told Cuban and Norwegian mediators it "
            "was ready for a bilateral truce.",
            [("offer", ["ELN"])],
        ),
        # "told X to accept" still asks X
        (
            "Colombia and the ELN fought in Arauca. Norway told the ELN to accept the truce.",
            [("call", ["Norway"])],
        ),
    ],
)
def test_a_teller_is_the_pronoun_after_its_hearer(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls] == expected


def test_the_subject_of_an_as_clause_is_its_own(extractor: RulesExtractor) -> None:
    """'X shelled the city as A and B pushed for a truce': A and B push, not X; 'such as' and
    'known as' open no clause."""
    calls = _run(
        extractor,
        "Hamas fired rockets at Ashkelon as Egypt and Qatar pushed for a truce in Gaza.",
    ).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("call", ["Egypt", "Qatar"])]
    listed = _run(
        extractor,
        "Israel and Hamas fought on. Arab states such as Jordan urged an immediate ceasefire.",
    ).ceasefire_calls
    assert [(c.act, c.actors) for c in listed] == [("call", ["Jordan"])]


def test_a_regnal_name_is_named_again_without_its_numeral(extractor: RulesExtractor) -> None:
    """'King Abdullah II ... Abdullah called': the name before the numeral refers back."""
    calls = _run(
        extractor,
        "Israel and Hamas fought in Gaza. Jordan's King Abdullah II met Egypt's president in "
        "Cairo. Later, Abdullah called for an immediate ceasefire in Gaza.",
    ).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("call", ["Jordan"])]


@pytest.mark.parametrize(
    ("described", "said", "actor"),
    [
        ("a Colombian defence ministry official", "the official", "Colombia"),
        ("a spokesman for the ELN", "the spokesman", "ELN"),
    ],
)
def test_the_official_is_the_one_described_in_the_sentence_before(
    extractor: RulesExtractor, described: str, said: str, actor: str
) -> None:
    """ "The official told reporters" refers back to the official the sentence before describes,
    not to the last party that spoke."""
    body = (
        "Norway said on Monday it would host talks between Colombia and the ELN. Hours later, "
        f'{described} dismissed the idea. "There is no question of a ceasefire with people who '
        f'kidnap civilians," {said} told reporters in Bogota.'
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "reject"]
    assert calls and {tuple(c.actors) for c in calls} == {(actor,)}


@pytest.mark.parametrize(
    ("speaker", "actors"),
    [
        # "their" in what a party's spokesman reports is that party's
        ("A spokesman for the Syrian Democratic Forces", [["Syrian Democratic Forces"]]),
        # a speaker of no party here: "their" is no party's, not the last one that acted
        ("A spokesman for the tribal elders", []),
    ],
)
def test_their_in_a_reported_clause_is_the_speakers(
    extractor: RulesExtractor, speaker: str, actors: list[list[str]]
) -> None:
    body = (
        "DAMASCUS, July 19 - Syria's presidency declared a ceasefire around Raqqa on Friday. "
        f"{speaker} told Reuters that their fighters would abide by the ceasefire."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "accept"]
    assert [c.actors for c in calls] == actors


@pytest.mark.parametrize("title", ["Brigadier", "Gen.", "Lieutenant General"])
def test_a_rank_between_said_and_the_name_keeps_the_speaker(
    extractor: RulesExtractor, title: str
) -> None:
    body = f'"We will hunt them down," said {title} Flavia Byekwaso, the Ugandan army spokeswoman.'
    extraction = extractor.extract(article_from_text("A headline\n\n" + body, id="world"))
    assert [(p.holder, p.stance) for p in extraction.positions] == [("Uganda", "threaten")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Hamas must hand over its weapons before any reconstruction," said Israel\'s '
            "defence minister.",
            ("Israel", "demand", ["Hamas"]),
        ),
        (
            '"The Taliban must release the detained aid workers," said Pakistan\'s foreign office '
            "on Monday.",
            ("Pakistan", "demand", ["Taliban"]),
        ),
        # the comma outside the quotation marks, as British papers write it
        (
            '"The RSF must leave the homes it occupies", said Sudan\'s foreign minister.',
            ("Sudanese Armed Forces", "demand", ["Rapid Support Forces"]),
        ),
    ],
)
def test_a_party_named_in_a_quotation_is_not_its_speaker(
    extractor: RulesExtractor, body: str, expected: tuple[str, str, list[str]]
) -> None:
    """'"X must ...," said Y': Y speaks, X is asked."""
    extraction = _run(extractor, body)
    assert [(p.holder, p.stance, p.targets) for p in extraction.positions] == [expected]


@pytest.mark.parametrize(
    "speaker",
    ["a spokesman for Sudan's army", "Nabil Abdallah, the Sudanese army spokesman"],
)
def test_a_breach_quoted_before_said_is_alleged_by_the_speaker(
    extractor: RulesExtractor, speaker: str
) -> None:
    body = f'"The RSF broke the truce within hours," said {speaker}.'
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("violation_alleged", ["Sudanese Armed Forces"], ["Rapid Support Forces"])
    ]


def test_a_breach_quoted_by_an_unplaced_speaker_is_alleged_by_no_party(
    extractor: RulesExtractor,
) -> None:
    body = '"The Houthis violated the truce twice this week," said a coalition official.'
    assert _run(extractor, body).ceasefire_calls == []


def test_a_state_before_the_title_names_only_the_owners_desk(extractor: RulesExtractor) -> None:
    """'Amnesty International's Nigeria director': Amnesty's man, speaking on Nigeria."""
    body = (
        "Gunmen abducted 40 pupils in Nigeria on Monday. Amnesty International's Nigeria "
        "director, Isa Sanusi, condemned the attack."
    )
    extraction = _run(extractor, body)
    assert [(p.canonical_name, p.affiliation) for p in extraction.people] == [
        ("Isa Sanusi", "Amnesty International")
    ]
    assert [(p.holder, p.stance) for p in extraction.positions] == [
        ("Amnesty International", "condemn")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an owner the table does not know holds the office, not the article's state
        (
            "MANILA - Fighting between the Philippine army and the NPA went on. Renato Reyes, "
            "the Bayan president, said the talks were dead.",
            ("Renato Reyes", None),
        ),
        # "Foreign Office" alone is no one state's: the possessor's
        (
            "BERLIN - Talks on Sudan resumed. Germany's Foreign Office spokesman Christian Wagner "
            "said the talks would resume.",
            ("Christian Wagner", "Germany"),
        ),
    ],
)
def test_the_owner_of_an_office(
    extractor: RulesExtractor, body: str, expected: tuple[str, str | None]
) -> None:
    extraction = _run(extractor, body)
    assert [(p.canonical_name, p.affiliation) for p in extraction.people] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "MOSCOW - Fighting went on. Russia's Ukraine envoy Rodion Miroshnik said Kyiv had "
            "shelled Donetsk.",
            ("Rodion Miroshnik", "Russia"),
        ),
        (
            "CAIRO - Talks went on. Egypt's Sudan envoy Ahmed Hassan said the talks would resume.",
            ("Ahmed Hassan", "Egypt"),
        ),
        # a group after the state is the owner itself
        (
            "KHARTOUM - Fighting went on. Sudan's RSF commander Abdelrahim Dagalo said the army "
            "had shelled Nyala.",
            ("Abdelrahim Dagalo", "Rapid Support Forces"),
        ),
    ],
)
def test_a_state_named_between_a_possessor_and_a_post_is_the_desk(
    extractor: RulesExtractor, body: str, expected: tuple[str, str]
) -> None:
    extraction = _run(extractor, body)
    assert [(p.canonical_name, p.affiliation) for p in extraction.people] == [expected]


def test_a_verb_after_a_quoted_words_complement_shares_the_speakers_subject() -> None:
    extractor = RulesExtractor(actors=ActorTable.load())
    body = (
        "BEIRUT - Israel and Hezbollah traded fire. UN Secretary-General Antonio Guterres said he "
        'was "appalled" by the deaths of dozens of Lebanese at the market and repeated his call '
        "for a truce in the south."
    )
    extraction = extractor.extract(article_from_text("A headline\n\n" + body, id="speech"))
    calls = [c for c in extraction.ceasefire_calls if c.act == "call"]
    assert [(c.actors, c.speaker) for c in calls] == [(["United Nations"], "Antonio Guterres")]


@pytest.mark.parametrize(
    ("body", "stance", "holder", "speaker"),
    [
        # "X, who speaks for the group,": its spokesperson, whose denial is the group's
        (
            "MYITKYINA - Naw Bu, who speaks for the Kachin Independence Army (KIA), denied that "
            "its fighters had shelled the market.",
            "deny",
            "Kachin Independence Army",
            "Naw Bu",
        ),
        # ", one of the groups ...,": an aside that describes the name before it
        (
            "BUNIA - The CODECO militia, one of the armed groups that fought the Congolese army "
            "in Ituri, denied any role in the attack on the camp.",
            "deny",
            "CODECO",
            None,
        ),
    ],
)
def test_a_spokesperson_by_verb_and_a_member_aside(
    extractor: RulesExtractor, body: str, stance: str, holder: str, speaker: str | None
) -> None:
    extraction = _run(extractor, body)
    assert [(p.holder, p.speaker) for p in extraction.positions if p.stance == stance] == [
        (holder, speaker)
    ]
    if speaker is not None:
        person = next(p for p in extraction.people if p.canonical_name == speaker)
        assert (person.affiliation, person.title) == (holder, "spokesperson")


@pytest.mark.parametrize(
    ("body", "stance", "holder", "speaker"),
    [
        # a title alone as the subject stands for the last person named with that title
        (
            "BAMAKO - AU Commission chairperson Moussa Faki Mahamat condemned the ambush near "
            "Menaka. The chairperson urged the Malian authorities to protect civilians.",
            "demand",
            "African Union",
            "Moussa Faki Mahamat",
        ),
        (
            "BAGHDAD - Iraqi Prime Minister Mohammed Shia al-Sudani visited Erbil on Monday. The "
            "prime minister urged the Kurdish parties to settle their dispute through dialogue.",
            "demand",
            "Iraq",
            "Mohammed Shia al-Sudani",
        ),
        # (the head of the title, not the office its holder serves: "spokesman for the UN
        # Secretary-General" is no secretary-general)
        (
            "NEW YORK - Florencia Soto, spokeswoman for the UN Secretary-General, spoke on Monday. "
            "UN Secretary-General Antonio Guterres condemned the attack in Niger. The "
            "secretary-general urged the authorities in Niamey to protect civilians.",
            "demand",
            "United Nations",
            "Antonio Guterres",
        ),
    ],
)
def test_a_title_alone_stands_for_the_person_named_with_it(
    extractor: RulesExtractor, body: str, stance: str, holder: str, speaker: str
) -> None:
    extraction = _run(extractor, body)
    assert [(p.holder, p.speaker) for p in extraction.positions if p.stance == stance] == [
        (holder, speaker)
    ]


def test_a_clause_after_a_colon_has_its_own_subject(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "GOMA - Congolese President Felix Tshisekedi visited Goma on Monday. He has said he is "
        "open to talks with the rebels once they withdraw, a position the M23 has never "
        "accepted: the group has refused every offer of talks and rejects the government.",
    )
    assert _holders(extraction, "reject") == ["M23"]


def test_an_office_with_its_remit_belongs_to_the_organisation_named_before(
    extractor: RulesExtractor,
) -> None:
    # the table holds Griffiths' later office (OCHA); the text gives him the UN's envoy post
    extraction = _run(
        extractor,
        "ADEN - Fighting raged in Crater. The UN special envoy for Yemen, Martin Griffiths, "
        "called on the parties to stop the fighting.",
    )
    person = next(p for p in extraction.people if p.canonical_name == "Martin Griffiths")
    assert person.affiliation == "United Nations"
    assert [c.actors for c in extraction.ceasefire_calls] == [["United Nations"]]


@pytest.mark.parametrize(
    "body",
    [
        # (guards) no one named with the title: not the last speaker
        "EL FASHER - Fighting between the army and the RSF killed dozens. The RSF said it "
        "controlled the city. The prime minister called for an immediate ceasefire.",
        # another office with the title in it
        "EL FASHER - Fighting between the army and the RSF killed dozens. Under-Secretary-General "
        "Rosemary DiCarlo briefed the council. The secretary-general called on the RSF to lift "
        "the siege.",
    ],
)
def test_a_title_no_one_holds_stands_for_no_one(extractor: RulesExtractor, body: str) -> None:
    extraction = _run(extractor, body)
    assert [(p.holder, p.stance) for p in extraction.positions if p.stance == "demand"] == []
    assert [c.actors for c in extraction.ceasefire_calls] == []


def test_a_title_two_people_hold_stands_for_neither(extractor: RulesExtractor) -> None:
    # (guard) two secretaries-general named: the threat stays with the group that can fight
    extraction = _run(
        extractor,
        "BEIRUT - Fighting between Hezbollah and Israel continued in the south. Hezbollah "
        "Secretary-General Naim Qassem spoke on television. UN Secretary-General Antonio "
        "Guterres called for restraint. The secretary-general warned that the group would "
        "respond to any attack.",
    )
    assert _holders(extraction, "threaten") == ["Hezbollah"]


def test_an_office_of_another_state_is_no_organisations(extractor: RulesExtractor) -> None:
    # (guard) the organisation must stand right before the office to own it
    extraction = _run(
        extractor,
        "KYIV - Fighting between Russia and Ukraine continued near Pokrovsk. At a UN meeting in "
        "New York, the US envoy for Ukraine, Keith Kellogg, said Russia must accept the "
        "ceasefire.",
    )
    person = next(p for p in extraction.people if p.canonical_name == "Keith Kellogg")
    assert person.affiliation == "United States"


def test_a_quote_opened_after_its_subject_leaves_the_subject_acting(
    extractor: RulesExtractor,
) -> None:
    # 'X said Y had "just agreed ..."': Y agreed, not the one who tells it
    extraction = _run(
        extractor,
        "KYIV - Fighting continued between Russia and Ukraine. Speaking in Ankara, Turkish "
        'President Recep Tayyip Erdogan said Russia had "finally accepted the truce" and that '
        "talks would follow.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("accept", ["Russia"])]


def test_a_quote_opened_after_its_subject_keeps_the_speaker_of_that_side(
    extractor: RulesExtractor,
) -> None:
    # (guard) 'X said Kenya was "deeply concerned"' with X speaking for Kenya: X speaks
    extraction = _run(
        extractor,
        "NAIROBI - Fighting continued in Somalia. Kenyan Foreign Minister Musalia Mudavadi said "
        'Kenya was "deeply concerned" by the fighting in Gedo.',
    )
    assert [(p.holder, p.speaker, p.stance) for p in extraction.positions] == [
        ("Kenya", "Musalia Mudavadi", "concern")
    ]


def test_a_name_after_a_preposition_before_a_quote_is_no_subject(
    extractor: RulesExtractor,
) -> None:
    # (guard) 'the proposal by Israel was "unacceptable"': Hamas rejects it
    extraction = _run(
        extractor,
        "GAZA - Fighting continued between Israel and Hamas. Hamas said the latest proposal by "
        'Israel was "totally unacceptable".',
    )
    assert _holders(extraction, "reject") == ["Hamas"]


def test_peace_is_a_given_name(extractor: RulesExtractor) -> None:
    # (guard) a deal's title words are no name's, but "Peace" is a given name too
    extraction = _run(
        extractor,
        "KAMPALA - Fighting continued in South Sudan. Ugandan minister Peace Mutuuzo said "
        "Uganda would send aid.",
    )
    assert [p.canonical_name for p in extraction.people] == ["Peace Mutuuzo"]
