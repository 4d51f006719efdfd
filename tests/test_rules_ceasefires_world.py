"""Ceasefire acts read by the rules extractor with the shipped world actor table, on fresh
sentences about conflicts: who acts, who is addressed, and which words name the truce."""

from __future__ import annotations

import pytest

from summarize.actors import ActorTable
from summarize.extract.rules import RulesExtractor
from summarize.ingest import article_from_text
from summarize.schema import Extraction, GroundedCeasefireCall


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(actors=ActorTable.load())


def _run(extractor: RulesExtractor, body: str) -> Extraction:
    return extractor.extract(article_from_text("A headline\n\n" + body, id="world"))


def _act_actors(extractor: RulesExtractor, body: str) -> list[tuple[str, list[str]]]:
    return [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]


def _calls(extraction: Extraction, act: str, sentence: str) -> list[GroundedCeasefireCall]:
    return [c for c in extraction.ceasefire_calls if c.act == act and sentence in c.evidence]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors", "addressees"),
    [
        # "the deal", "it": a truce the article has already named
        (
            "Russia and Ukraine agreed a truce around the Zaporizhzhia plant on Monday. On "
            "Wednesday Kyiv accused Moscow of breaching the deal with artillery fire near "
            "Enerhodar.",
            "Kyiv accused",
            "violation_alleged",
            ["Ukraine"],
            ["Russia"],
        ),
        (
            "Ethiopia and the TPLF signed a truce in Nairobi last week. The African Union urged "
            "both sides to respect it as fighting flared near Alamata.",
            "urged both sides",
            "call",
            ["African Union"],
            ["Ethiopia", "Tigray People's Liberation Front"],
        ),
        (
            "A truce between Israel and Hamas began on Friday. Hamas said it remained committed "
            "to the agreement despite Israeli strikes in Khan Younis.",
            "remained committed",
            "accept",
            ["Hamas"],
            ["Israel"],
        ),
        # a truce not kept, told of the other side in the past
        (
            "Sudan's army and the RSF signed a truce in Jeddah on Monday. On Wednesday the army "
            "said its offensive had resumed because the RSF had failed to honour the deal.",
            "failed to honour",
            "violation_alleged",
            ["Sudanese Armed Forces"],
            ["Rapid Support Forces"],
        ),
        # "condemned the violation": the truce named before, broken
        (
            "The government and al-Shabaab agreed a truce on Monday. On Friday the African Union "
            "condemned the violation by al-Shabaab fighters around Kismayo.",
            "condemned the violation",
            "violation_alleged",
            ["African Union"],
            ["al-Shabaab"],
        ),
        # "an extension" of the truce named before, refused
        (
            "The government and al-Shabaab agreed a truce on Monday. The government said it "
            "would not agree to an extension while al-Shabaab kept attacking Kismayo.",
            "an extension",
            "reject",
            ["Somalia"],
            ["al-Shabaab"],
        ),
        # any adverb before "observe": a side keeping the truce
        (
            "The Sudan People's Liberation Army and Khartoum signed a truce on Monday. The rebels "
            "said they would scrupulously observe the ceasefire as long as Khartoum did the same.",
            "scrupulously observe",
            "accept",
            ["Sudan People's Liberation Army"],
            ["Sudan"],
        ),
    ],
)
def test_a_truce_referred_to_again(
    extractor: RulesExtractor,
    body: str,
    sentence: str,
    act: str,
    actors: list[str],
    addressees: list[str],
) -> None:
    found = _calls(_run(extractor, body), act, sentence)
    assert len(found) == 1, [
        (c.act, c.actors, c.evidence[:40]) for c in _run(extractor, body).ceasefire_calls
    ]
    assert found[0].actors == actors
    assert sorted(found[0].addressees) == sorted(addressees)


def test_announcing_the_deal_again_is_no_new_act(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Armenia and Azerbaijan agreed to a ceasefire in Moscow. Armenia announced the deal "
        "on television before dawn.",
    )
    assert [c.evidence for c in extraction.ceasefire_calls if "television" in c.evidence] == []


def test_the_type_of_a_commitment_to_an_existing_truce(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The truce between Israel and Hamas held on Sunday. Hamas said it remained committed "
        "to the agreement.",
    )
    (found,) = _calls(extraction, "accept", "remained committed")
    assert found.type == "observance"


@pytest.mark.parametrize(
    ("body", "sentence", "accuser", "accused"),
    [
        # the speaker accuses the party the reported clause says broke the truce
        (
            "Sudan's army and the RSF agreed a ceasefire in Jeddah. The Sudanese army said that "
            "RSF fighters had broken the truce by shelling Omdurman.",
            "RSF fighters had broken",
            "Sudanese Armed Forces",
            "Rapid Support Forces",
        ),
        (
            "Armenia and Azerbaijan agreed a humanitarian truce. Armenia's defence ministry wrote "
            "that Azerbaijani troops shelled Stepanakert in violation of the ceasefire.",
            "Azerbaijani troops shelled",
            "Armenia",
            "Azerbaijan",
        ),
    ],
)
def test_the_speaker_alleges_a_violation(
    extractor: RulesExtractor, body: str, sentence: str, accuser: str, accused: str
) -> None:
    (found,) = _calls(_run(extractor, body), "violation_alleged", sentence)
    assert found.actors == [accuser]
    assert found.addressees == [accused]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors", "addressees"),
    [
        # a halt named by what stops: firing, shelling, violence
        (
            "Clashes between Armenia and Azerbaijan spread. Armenia and Azerbaijan agreed on "
            "Sunday to stop all firing along the border from midnight.",
            "stop all firing",
            "agree",
            ["Armenia", "Azerbaijan"],
            ["Armenia", "Azerbaijan"],
        ),
        (
            "Heavy fighting between Sudan's army and the RSF continued in Omdurman. Egypt urged "
            "the two generals to stop shooting at once.",
            "stop shooting",
            "call",
            ["Egypt"],
            ["Sudanese Armed Forces", "Rapid Support Forces"],
        ),
        # the warring sides as the subject: they agree, whoever reports it
        (
            "Fighting between Israel and Hamas raged in Rafah. The UN envoy said on Monday that "
            "the two sides had accepted the truce, which begins at dawn.",
            "the two sides had accepted",
            "agree",
            ["Israel", "Hamas"],
            ["Israel", "Hamas"],
        ),
    ],
)
def test_who_acts_on_a_halt(
    extractor: RulesExtractor,
    body: str,
    sentence: str,
    act: str,
    actors: list[str],
    addressees: list[str],
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, act, sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert sorted(found[0].actors) == sorted(actors)
    assert sorted(found[0].addressees) == sorted(addressees)


@pytest.mark.parametrize(
    ("body", "sentence", "actors"),
    [
        # a list of parties described by a relative clause: the whole list calls
        (
            "Fighting between Israel and Hamas resumed in Gaza. Egypt, Qatar and Jordan, which "
            "have hosted talks for months, urged the warring parties to go back to the truce.",
            "urged the warring parties",
            ["Egypt", "Qatar", "Jordan"],
        ),
        (
            "Fighting between Sudan's army and the RSF spread to Kordofan. A group of mediators, "
            "which includes Egypt, Saudi Arabia and Kenya, is pressing for a humanitarian truce.",
            "pressing for",
            ["Egypt", "Saudi Arabia", "Kenya"],
        ),
    ],
)
def test_a_joint_call_by_a_list(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "call", sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert found[0].actors == actors


def test_one_deal_told_twice_in_either_order(extractor: RulesExtractor) -> None:
    # the same sides agreeing, named in the other order, is the same act
    extraction = _run(
        extractor,
        "Armenia and Azerbaijan agreed on Sunday to a ceasefire along the border. In Baku, a "
        "foreign ministry spokesman said Azerbaijan and Armenia had agreed to the ceasefire "
        "after talks overnight.",
    )
    agreed = [c for c in extraction.ceasefire_calls if c.act == "agree"]
    assert len(agreed) == 1, [(c.act, c.actors, c.evidence) for c in agreed]


@pytest.mark.parametrize(
    ("body", "sentence", "actors"),
    [
        # one side named for a deal: the deal binds it and the other side of the war
        (
            "Fighting between Ukraine and Russia continued near Pokrovsk. Kyiv said on Monday "
            "that the energy truce had come into force at midnight.",
            "come into force",
            ["Ukraine", "Russia"],
        ),
        # a party that is not a side of the war does not make an agreement alone
        (
            "Fighting between Ukraine and Russia continued near Pokrovsk. Polish officials "
            "recalled that the 2015 truce was signed in Minsk.",
            "Polish officials",
            None,
        ),
    ],
)
def test_an_agreement_binds_two_sides(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str] | None
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "agree", sentence)
    if actors is None:
        assert all(len(c.actors) > 1 for c in found), [(c.act, c.actors) for c in found]
        return
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert sorted(found[0].actors) == sorted(actors)


@pytest.mark.parametrize(
    ("body", "breach"),
    [
        # blame for starting the fighting names no truce
        (
            "Clashes between Kyrgyzstan and Tajikistan erupted on the border on Wednesday, and "
            "each side blamed the other for starting them.",
            False,
        ),
        (
            "Sudan's army and the RSF traded blame over the shelling of Omdurman market.",
            False,
        ),
        # blame for breaking a truce, or beside a lull that collapsed
        (
            "Kyrgyzstan and Tajikistan traded accusations of violating the border arrangement on "
            "Thursday.",
            True,
        ),
        (
            "A week-long lull between Sudan's army and the RSF in Omdurman ended on Sunday, with "
            "each side blaming the other for opening fire.",
            True,
        ),
        # a truce named in the sentence before, its collapse blamed by each side in a clause
        # after a comma (no passive participle)
        (
            "Armenia and Azerbaijan agreed a truce on the border in September. It held for a week, "
            "each side accusing the other of breaking it.",
            True,
        ),
        (
            "The Houthis and the coalition agreed a truce in April. It broke down in October, "
            "with each side blaming the other for the collapse.",
            True,
        ),
        # the collapse of talks is no breach of a truce
        (
            "Talks between Kyrgyzstan and Tajikistan in Batken ended on Friday, each side "
            "blaming the other for the collapse of the talks.",
            False,
        ),
    ],
)
def test_mutual_blame_is_a_breach_only_of_a_truce(
    extractor: RulesExtractor, body: str, breach: bool
) -> None:
    extraction = _run(extractor, body)
    found = [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert bool(found) is breach, [(c.act, c.actors) for c in extraction.ceasefire_calls]


@pytest.mark.parametrize(
    "body",
    [
        # the announcer reports an agreement of the two sides
        "Kyrgyzstan's border service announced that the two sides had agreed to cease fire "
        "along the Batken frontier from 8 p.m.",
        # the announcer of a truce between two others brokers it
        "A truce between Ethiopia and the TPLF announced by the African Union envoy appeared to "
        "hold on Friday.",
    ],
)
def test_announcing_an_agreement_declares_nothing(extractor: RulesExtractor, body: str) -> None:
    extraction = _run(extractor, body)
    declared = [c for c in extraction.ceasefire_calls if c.act == "declare"]
    assert not declared, [(c.act, c.actors) for c in declared]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # a halt to "its" operations, a pause "in operations"
        (
            "Fighting between Sudan's army and the RSF spread to Kordofan. The RSF declared a "
            "unilateral halt to its military operations around El Obeid on Monday.",
            "declared a unilateral halt",
            "declare",
            ["Rapid Support Forces"],
        ),
        (
            "Clashes between Ethiopia and the TPLF spread to Alamata. The TPLF rejected any idea "
            "of a pause in operations around the town.",
            "rejected any idea",
            "reject",
            ["Tigray People's Liberation Front"],
        ),
        # a side that says it would stop if ... offers a conditional halt
        (
            "Fighting between Colombia and the ELN went on in Arauca. The ELN said it would stop "
            "attacks if the government freed its jailed commanders.",
            "would stop attacks",
            "offer",
            ["ELN"],
        ),
        # holding fire: an appeal for it, a side saying it would
        (
            "Clashes between Turkey's army and the SDF went on near Manbij. The French foreign "
            "minister urged both sides to hold their fire while talks resumed in Erbil.",
            "hold their fire",
            "call",
            ["France"],
        ),
        (
            "Clashes between Turkey's army and the SDF went on near Manbij. The SDF said it would "
            "hold its fire for three days so that families could bury their dead.",
            "hold its fire",
            # (a halt of its own for a set span, with no terms: declared, not offered)
            "declare",
            ["Syrian Democratic Forces"],
        ),
        # declining to answer a truce in kind, keeping one, saying who broke one
        (
            "Clashes between the Philippine army and the NPA spread across Samar. The NPA "
            "declared a three-day truce for the fiesta. Manila declined to reciprocate, saying "
            "patrols would go on.",
            "declined to reciprocate",
            "reject",
            ["Philippines"],
        ),
        (
            "Fighting between Somalia's army and al-Shabaab spread to Hiraan. Al-Shabaab said it "
            "would keep its truce with the clan fighters until the rains.",
            "would keep its truce",
            "accept",
            ["al-Shabaab"],
        ),
        (
            "Fighting between Morocco and the Polisario Front went on near Mahbes. Moroccan "
            "officials said the truce had been broken by the Polisario, not by the army.",
            "broken by the Polisario",
            "violation_alleged",
            ["Morocco"],
        ),
        (
            "Clashes between Cambodia and Thailand spread along the border. Bangkok said it was "
            "ready to hold fire for two days to let villagers leave.",
            "ready to hold fire",
            "offer",
            ["Thailand"],
        ),
        # brushing an offer aside, encouraging the sides to keep to a truce
        (
            "Mali's army fought JNIM around Djenne. The junta offered a truce for the harvest. "
            "That offer was brushed aside by JNIM, which said its fighters would keep advancing.",
            "brushed aside",
            "reject",
            ["JNIM"],
        ),
        (
            "Fighting between Cambodia and Thailand went on near the temple. Japan encouraged both "
            "governments to extend the truce beyond the weekend.",
            "encouraged both",
            "call",
            ["Japan"],
        ),
        # an offer or idea named before, referred to by its maker's name or as "the idea"
        (
            "India and Pakistan traded artillery fire across the Line of Control. Pakistan "
            "offered a truce on Friday. An Indian officer dismissed Islamabad's offer on Saturday.",
            "dismissed Islamabad's offer",
            "reject",
            ["India"],
        ),
        (
            "Israel and Hezbollah traded fire across the border. France proposed a week-long "
            "truce in the south. Hezbollah rejected the idea within hours.",
            "rejected the idea",
            "reject",
            ["Hezbollah"],
        ),
        (
            "Israel and Iran traded missile strikes for a fifth day. Iran's foreign minister said "
            "Tehran would halt its retaliation as soon as Israel stopped bombing its cities.",
            "would halt its retaliation",
            "offer",
            ["Iran"],
        ),
        (
            "Russian drones hit Odesa's port again overnight. Turkey urged Moscow to pause its "
            "drone attacks on Black Sea ports during the grain talks.",
            "pause its drone attacks",
            "call",
            ["Turkey"],
        ),
        (
            "Sudan's army and the RSF fought on in El Fasher. The Arab League called for an end "
            "to the war and for aid convoys to be let through.",
            "called for an end to the war",
            "call",
            ["Arab League"],
        ),
        # a quoted infinitive is still what the caller asks for
        (
            "Fighting between DR Congo's army and the M23 went on near Uvira. Angola urged the "
            'M23 to "accept the ceasefire without conditions".',
            "Angola urged",
            "call",
            ["Angola"],
        ),
        # a deal named with its month and year, referred back to
        (
            "India and Pakistan agreed a ceasefire in May 2025. On Sunday Islamabad called on New "
            'Delhi to honour the May 2025 understanding "in letter and spirit".',
            "called on New Delhi",
            "call",
            ["Pakistan"],
        ),
        # an announcement or "it" turned down, a side that wants a truce, sides recommitting
        (
            "Mali's junta fought JNIM near Mopti. The junta announced a truce for the harvest. "
            "JNIM dismissed the junta's announcement as theatre.",
            "dismissed the junta",
            "reject",
            ["JNIM"],
        ),
        (
            "Israel and Hezbollah traded fire again. France proposed a week-long truce in the "
            "south. On Monday Hezbollah turned it down.",
            "turned it down",
            "reject",
            ["Hezbollah"],
        ),
        (
            "Sudan's army and the RSF fought on in Kordofan. The RSF said on Telegram that it "
            'wants "a humanitarian ceasefire" in Babanusa.',
            "wants",
            "call",
            ["Rapid Support Forces"],
        ),
        (
            "Thailand and Cambodia traded artillery fire last week. On Monday the two armies "
            "recommitted to the ceasefire after talks in Kuala Lumpur.",
            "recommitted",
            "agree",
            ["Thailand", "Cambodia"],
        ),
        # a side that will observe a truce of its own declares it; "the" truce it accepts
        (
            "Fighting between Myanmar's military and the Arakan Army spread to Kyaukphyu. The "
            "military said on Friday it would observe a ten-day ceasefire for the festival.",
            "would observe a ten-day ceasefire",
            "declare",
            ["Myanmar military"],
        ),
        (
            "Fighting between Myanmar's military and the Arakan Army spread to Kyaukphyu. China "
            "proposed a ten-day truce. The Arakan Army said it would observe the truce.",
            "would observe the truce",
            "accept",
            ["Arakan Army"],
        ),
        # "told ... that he": the teller is who the pronoun stands for
        (
            "Houthi drones struck Marib again. Hans Grundberg told the Security Council on Tuesday "
            "that he was urging both sides to respect the truce.",
            "he was urging",
            "call",
            ["United Nations"],
        ),
        # a headline's present tense, and a quoted truce broken
        (
            "Thailand and Cambodia agree to ceasefire after five days of border clashes.",
            "agree to ceasefire",
            "agree",
            ["Thailand", "Cambodia"],
        ),
        (
            "Fighting flared near Marib on Saturday. The Houthis accused the government's forces "
            'of breaking "the de facto truce" by shelling Raghwan.',
            "accused the government",
            "violation_alleged",
            ["Houthis"],
        ),
        # what a side calls "a violation" in quotes is its accusation, not a call
        (
            "Ethiopia's army and Fano fought near Gondar. Fano said army drones had struck its "
            'camps overnight, which it called "a flagrant violation of the truce".',
            "which it called",
            "violation_alleged",
            ["Fano"],
        ),
        # a caller "committed to its role" in monitoring accepts nothing
        (
            "Israel and Hezbollah traded fire across the border. Spain called on all parties to "
            "return to full respect of the truce, adding that Madrid remained committed to its "
            "role in the monitoring mechanism.",
            "Spain called on all parties",
            "call",
            ["Spain"],
        ),
        # a leader who orders a truce declares it
        (
            "M23 rebels kept advancing on Goma. In 2022 President Felix Tshisekedi ordered a "
            "48-hour truce around Rutshuru to let civilians leave.",
            "ordered a 48-hour truce",
            "declare",
            ["DR Congo"],
        ),
        # denying any truce, ignoring an appeal for one: rejections
        (
            "Sudan's army fought the RSF in Khartoum. The RSF commander denied any truce with the "
            "army and vowed to fight on.",
            "denied any truce",
            "reject",
            ["Rapid Support Forces"],
        ),
        (
            "Russia pressed its offensive in Ukraine. Russia ignored an appeal by the United "
            "Nations for a humanitarian pause in Mariupol.",
            "ignored an appeal",
            "reject",
            ["Russia"],
        ),
        # consent to end a war, readiness to implement a deal already named: acceptances
        (
            "Israel and Hamas agreed a truce in Cairo. Hamas leader Khalil al-Hayya said he had "
            "given his consent to end the war after pressure from Qatar.",
            "given his consent",
            "accept",
            ["Hamas"],
        ),
        (
            "Armenia and Azerbaijan signed a ceasefire in Moscow on Friday. Armenia said it was "
            "ready to implement the Moscow agreement in full.",
            "ready to implement",
            "accept",
            ["Armenia"],
        ),
        # striking a truce with a group; tearing up a peace agreement is breaking it
        (
            "Mali's government struck a local truce with JNIM commanders in 2020, officials said.",
            "struck a local truce",
            "agree",
            ["Mali", "JNIM"],
        ),
        # "flouting" a truce alleges a breach; "denied agreeing to" one rejects it
        (
            "Armenia and Azerbaijan agreed a truce on the border in September. On Friday "
            "Yerevan accused Baku of flouting the truce with mortar fire near Jermuk.",
            "flouting the truce",
            "violation_alleged",
            ["Armenia"],
        ),
        (
            "Mali's army fought JNIM around Boulkessi. A JNIM commander denied agreeing to "
            "any truce with the junta, and said attacks would go on.",
            "denied agreeing",
            "reject",
            ["JNIM"],
        ),
        # a side "ready to observe a truce if" others meet its terms offers one
        (
            "Colombian troops clashed with the ELN in Arauca. The ELN said it was ready to "
            "observe a truce if the army withdrew from the villages.",
            "ready to observe a truce",
            "offer",
            ["ELN"],
        ),
        # "to halt weeks of fighting": the fighting itself is what stops
        (
            "Thai and Cambodian troops traded artillery fire along the border. On Monday the "
            "African Union urged both countries to halt weeks of fighting.",
            "urged both countries",
            "call",
            ["African Union"],
        ),
        # "ordered an end to" its operations, as "ordered a halt to" them
        (
            "Colombian troops fought the ELN in Arauca for a week. On Sunday President Gustavo "
            "Petro ordered an end to offensive operations against the ELN in the province.",
            "ordered an end to",
            "declare",
            ["Colombia"],
        ),
        # "halt fire" as "hold fire"; "provided" sets a condition as "if" does
        (
            "Fighting between the Kachin Independence Army and the junta spread to Bhamo. The "
            "KIA said it would halt fire provided the army pulled back from the town.",
            "would halt fire",
            "offer",
            ["Kachin Independence Army"],
        ),
        (
            "Clashes between Somaliland and SSC-Khatumo went on near Erigavo. SSC-Khatumo said it "
            "would stop fighting provided Somaliland withdrew its troops.",
            "would stop fighting",
            "offer",
            ["SSC-Khatumo"],
        ),
        # a leader who instructs his forces to keep a truce accepts it, as one who orders them
        (
            "Fighting between the Kachin Independence Army and the junta eased. The KIA's "
            "commander instructed his own troops to observe the ceasefire.",
            "instructed his own troops",
            "accept",
            ["Kachin Independence Army"],
        ),
        # dealing positively with a proposal accepts it
        (
            "Talks between Colombia and the ELN resumed. The ELN said it had dealt positively "
            "with the government's proposal for a bilateral truce.",
            "dealt positively",
            "accept",
            ["ELN"],
        ),
        # what a proposal would do is offered by its author, not declared
        (
            "Fighting between the Houthis and Yemen's government eased. The UN's plan, sent to "
            "both sides on Monday, would extend the truce by two months.",
            "would extend the truce",
            "offer",
            ["United Nations"],
        ),
        # joining a truce others declared accepts it; an adverb may stand before the verb
        (
            "Thailand's army declared a truce in the south for Ramadan. The Barisan Revolusi "
            "Nasional (BRN) said on Friday it would join the truce.",
            "would join the truce",
            "accept",
            ["Barisan Revolusi Nasional"],
        ),
        (
            "The junta announced a ceasefire after the earthquake. The Ta'ang National Liberation "
            "Army said it would also abide by the ceasefire.",
            "would also abide by",
            "accept",
            ["TNLA"],
        ),
        (
            "The M23 and DR Congo signed a peace agreement in Doha. On Tuesday the M23 said the "
            "arrest of its negotiators had abrogated the peace agreement.",
            "had abrogated",
            "violation_alleged",
            ["M23"],
        ),
        # a truce that "entered into force" was agreed
        (
            "A ceasefire between the Philippine army and the MILF entered into force at midnight, "
            "the defence ministry said.",
            "entered into force",
            "agree",
            ["Philippines", "Moro Islamic Liberation Front"],
        ),
        # a halt to military activities, an end "to it" (the fighting just named)
        (
            "Armenian and Azerbaijani troops traded fire near Jermuk. The European Union urged "
            "Azerbaijan to halt military activities along the border.",
            "urged Azerbaijan",
            "call",
            ["European Union"],
        ),
        (
            "Thai troops shelled positions near the Preah Vihear temple. Cambodia condemned the "
            "shelling and demanded an immediate end to it.",
            "demanded an immediate end",
            "call",
            ["Cambodia"],
        ),
        # a truce ruled out as "unacceptable", or "there would be no pause"
        (
            "Houthi fighters pushed toward Marib. The Yemeni government said any ceasefire that "
            "left the Houthis in Sanaa was unacceptable.",
            "was unacceptable",
            "reject",
            ["Yemen"],
        ),
        (
            "Turkish troops advanced on Afrin. The Turkish army said there would be no pause in "
            "operations while YPG fighters held the town.",
            "no pause in operations",
            "reject",
            ["Turkey"],
        ),
        # the end of a side's commitment to a truce is its rejection
        (
            "Clashes between Turkey and the PKK resumed in Hakkari. The PKK declared the end of "
            "the group's commitment to the 2013 ceasefire on Saturday.",
            "declared the end",
            "reject",
            ["PKK"],
        ),
    ],
)
def test_how_news_words_an_act(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, act, sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert found[0].actors == actors


def test_rejecting_claims_is_no_rejection_of_a_truce(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Sudan's army and the RSF signed a truce in Jeddah. The army rejected reports that the "
        "ceasefire had been suspended in Omdurman.",
    )
    assert _calls(extraction, "reject", "rejected reports") == []


def test_a_headline_act_the_body_reports_again(extractor: RulesExtractor) -> None:
    # the body tells the same breach with another time scope: one act, not two
    extraction = extractor.extract(
        article_from_text(
            "Armenia accuses Azerbaijan of violating truce\n\nArmenia and Azerbaijan agreed a "
            "truce in 2020. On Monday Armenia said Azerbaijani troops had violated the 2020 "
            "ceasefire near Lachin.",
            id="world",
        )
    )
    found = [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert [c.actors for c in found] == [["Armenia"]]
    assert "Lachin" in found[0].evidence


def test_a_headline_gives_no_act_when_the_body_tells_one(extractor: RulesExtractor) -> None:
    """A headline is told again below it, in fuller words: its telegraphic reading ("Ethiopia
    ... AU call") is no act of its own once the body reports any; alone, it still counts."""
    body = (
        "The African Union urged Ethiopia's government and Fano militias on Tuesday to agree an "
        "immediate ceasefire in the Amhara region. Addis Ababa said it was studying the appeal."
    )
    text = "Ethiopia welcomes AU call for Amhara truce\n\n" + body
    calls = extractor.extract(article_from_text(text, id="headline")).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("call", ["African Union"])]
    alone = "Houthis declare Ramadan truce in Hodeidah\n\nMore to follow.\n"
    calls = extractor.extract(article_from_text(alone, id="headline")).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("declare", ["Houthis"])]


def test_a_word_referring_back_takes_no_verb_from_a_truce(extractor: RulesExtractor) -> None:
    # "the prisoner deal" refers back; the ceasefire the next step should be is a call
    extraction = _run(
        extractor,
        "Russia and Ukraine swapped 300 prisoners on Friday. Ukraine's negotiator confirmed the "
        "prisoner deal and said the next step should be a full ceasefire.",
    )
    assert [c.actors for c in _calls(extraction, "call", "next step")] == [["Ukraine"]]


def test_mutual_accusations_of_breaking_a_moratorium(extractor: RulesExtractor) -> None:
    # a moratorium on strikes is a halt; "mutual accusations": each side accuses the other
    extraction = _run(
        extractor,
        "Israel and Hezbollah traded fire across the border. A 20-day moratorium on strikes "
        "against power stations expired on Friday amid mutual accusations of violation.",
    )
    found = _calls(extraction, "violation_alleged", "moratorium on strikes")
    assert sorted((c.actors[0], c.addressees[0]) for c in found) == [
        ("Hezbollah", "Israel"),
        ("Israel", "Hezbollah"),
    ]


@pytest.mark.parametrize(
    ("body", "sentence", "actors"),
    [
        # the other side of a deal follows "with"
        (
            "The Philippines signed a peace agreement with the MILF in 2014 after years of talks "
            "in Kuala Lumpur.",
            "signed a peace agreement",
            ["Philippines", "Moro Islamic Liberation Front"],
        ),
        # a possessive that only places the party after it, and a dateline ending in a colon
        (
            "ISLAMABAD / KABUL: Pakistan and Afghanistan's Taliban government agreed to a "
            "ceasefire in Doha on Sunday.",
            "agreed to a ceasefire",
            ["Pakistan", "Taliban"],
        ),
    ],
)
def test_the_sides_of_a_deal(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "agree", sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert sorted(found[0].actors) == sorted(actors)


def test_a_deal_signed_with_a_brokers_help(extractor: RulesExtractor) -> None:
    # "with Egyptian-Qatari mediation": the brokers are no side of the deal
    extraction = _run(
        extractor,
        "Fighting between Israel and Hamas went on in Rafah. Israel signed a truce with "
        "Qatar's help in 2024, officials recalled.",
    )
    assert all("Qatar" not in c.actors for c in _calls(extraction, "agree", "signed a truce"))


def test_two_truces_of_the_same_sides(extractor: RulesExtractor) -> None:
    # a truce of another length is another agreement; told again with its length, the same one
    extraction = _run(
        extractor,
        "Sudan's army and the RSF agreed a 72-hour truce in Jeddah on Monday. On Friday the army "
        "and the RSF agreed a seven-day truce to let aid into Khartoum. Mediators said the army "
        "and the RSF had agreed the seven-day truce after a night of talks.",
    )
    found = [c for c in extraction.ceasefire_calls if c.act == "agree"]
    assert len(found) == 2, [c.evidence for c in found]
    assert "72-hour" in found[0].evidence
    assert "seven-day truce to let aid" in found[1].evidence


def test_the_verb_nearest_the_truce_by_its_near_edge(extractor: RulesExtractor) -> None:
    # "the group would abide by the truce, while insisting ...": a promise to keep it, not a call
    extraction = _run(
        extractor,
        "Sudan's army and the RSF agreed a truce in Jeddah. An RSF spokesman said the group "
        "would abide by the truce, while insisting that the army leave Omdurman.",
    )
    found = _calls(extraction, "accept", "would abide by")
    assert [c.actors for c in found] == [["Rapid Support Forces"]]
    assert _calls(extraction, "call", "would abide by") == []


@pytest.mark.parametrize(
    ("body", "sentence", "actors"),
    [
        # the agents of a passive "signed ... by", "agreed by" are the sides
        (
            "Fighting between the M23 and DR Congo's army went on near Goma. A truce brokered by "
            "Qatar and signed in Doha on Friday by Rwanda and DR Congo took effect at noon.",
            "signed in Doha",
            ["DR Congo", "Rwanda"],
        ),
        (
            "Fighting between Hezbollah and Israel went on near Tyre. The truce, agreed by the "
            "Lebanese and Israeli governments and announced by France, begins on Sunday.",
            "agreed by",
            ["Israel", "Lebanon"],
        ),
    ],
)
def test_the_agents_of_a_signed_truce(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "agree", sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert sorted(found[0].actors) == actors


def test_a_clause_describing_the_truce_is_no_new_act(extractor: RulesExtractor) -> None:
    # "the terms they had signed": the signing is the truce again, not an act of the caller
    extraction = _run(
        extractor,
        "Ethiopia and the TPLF signed a truce in Pretoria. The African Union condemned new "
        "shelling near Alamata and urged both sides to stick to the terms they had signed.",
    )
    assert [c.act for c in extraction.ceasefire_calls if "Alamata" in c.evidence] == ["call"]


def test_a_warning_to_violators_alleges_no_violation(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Israel and Hamas agreed a truce in Cairo. Egypt said it would monitor the ceasefire "
        "closely and warned that violators would face consequences.",
    )
    assert _calls(extraction, "violation_alleged", "violators") == []


def test_expecting_the_sides_to_honour_a_truce_is_a_call(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Armenia and Azerbaijan signed a truce in Moscow. The European Union said it expected the "
        'two governments "to fully honour their commitments" along the border.',
    )
    assert [c.actors for c in _calls(extraction, "call", "expected the")] == [["European Union"]]


@pytest.mark.parametrize(
    ("body", "sentence", "actors"),
    [
        # leaders named for their states call together
        (
            "Fighting between Thailand and Cambodia spread along the border. Malaysian Prime "
            "Minister Anwar Ibrahim and his Indonesian counterpart Prabowo Subianto pressed for a "
            "truce without delay.",
            "pressed for a truce",
            ["Malaysia", "Indonesia"],
        ),
        # a person set off by commas describes the body before him: no joint call
        (
            "Fighting between Sudan's army and the RSF spread to Kordofan. The United Nations "
            "envoy for Sudan, Ramtane Lamamra, urged both generals to observe the truce.",
            "urged both generals",
            ["United Nations"],
        ),
    ],
)
def test_a_joint_call_by_leaders(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "call", sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert found[0].actors == actors


def test_both_sides_reject_a_truce(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Fighting between Ethiopia and Eritrea spread along the border near Badme. Both sides "
        "have rejected growing calls for a ceasefire.",
    )
    found = _calls(extraction, "reject", "Both sides")
    assert [sorted(c.actors) for c in found] == [["Eritrea", "Ethiopia"]]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors", "addressees"),
    [
        # a quote before its speech verb: the speaker acts, the party named breaking it is accused
        (
            'Thailand and Cambodia agreed a ceasefire on Monday. "Cambodia has repeatedly '
            'violated the ceasefire," the Thai army said on Tuesday.',
            "repeatedly",
            "violation_alleged",
            ["Thailand"],
            ["Cambodia"],
        ),
        (
            'Israel and Hamas agreed a truce in Cairo. "We remain committed to the truce," '
            "Hamas said in a statement on Sunday.",
            "We remain committed",
            "accept",
            ["Hamas"],
            ["Israel"],
        ),
    ],
)
def test_a_quote_before_its_speaker(
    extractor: RulesExtractor,
    body: str,
    sentence: str,
    act: str,
    actors: list[str],
    addressees: list[str],
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, act, sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert found[0].actors == actors
    assert found[0].addressees == addressees


@pytest.mark.parametrize(
    ("body", "sentence", "actors", "addressees"),
    [
        # accused of attacking during the truce, shelling despite it: an alleged breach
        (
            "Sudan's army and the RSF agreed a truce in Jeddah. The army accused the RSF of "
            "attacking El Fasher during the truce.",
            "accused the RSF",
            ["Sudanese Armed Forces"],
            ["Rapid Support Forces"],
        ),
        (
            "Russia and Ukraine agreed an Easter truce. Ukraine said Russian forces shelled "
            "Kherson despite the truce.",
            "despite the truce",
            ["Ukraine"],
            ["Russia"],
        ),
        # the speaker of an earlier clause joined by "but" does not accuse
        (
            "Fighting raged around Bakhmut. Moscow announced a ceasefire around the plant for "
            "three days, but Ukrainian officers accused Russian troops of storming it during the "
            "pause.",
            "Ukrainian officers accused",
            ["Ukraine"],
            ["Russia"],
        ),
    ],
)
def test_a_breach_during_the_truce(
    extractor: RulesExtractor, body: str, sentence: str, actors: list[str], addressees: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, "violation_alleged", sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert found[0].actors == actors
    assert found[0].addressees == addressees


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # a truce announced by a broker: the sides agree
        (
            "Clashes between Thailand and Cambodia killed dozens. The ceasefire was announced on "
            "Monday evening by Malaysian Prime Minister Anwar Ibrahim after talks in Putrajaya.",
            "announced on Monday evening",
            "agree",
            ["Cambodia", "Thailand"],
        ),
        # a truce declared by one side: that side declares it
        (
            "Fighting between Sudan's army and the RSF continued. A three-day truce declared by "
            "the RSF on Sunday did not hold.",
            "declared by the RSF",
            "declare",
            ["Rapid Support Forces"],
        ),
    ],
)
def test_a_truce_announced_by(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    found = _calls(extraction, act, sentence)
    assert len(found) == 1, [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert sorted(found[0].actors) == actors


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        (
            "Clashes between the Sudanese army and the RSF went on in Kordofan. A week-long "
            "truce proposed by Saudi Arabia was rejected outright by the RSF on Tuesday.",
            "rejected outright by the RSF",
            "reject",
            ["Rapid Support Forces"],
        ),
        (
            "Israel and Hezbollah exchanged fire across the border for a fifth day. The French "
            "truce plan was accepted by Hezbollah on Sunday, Lebanese officials said.",
            "accepted by Hezbollah",
            "accept",
            ["Hezbollah"],
        ),
    ],
)
def test_a_passive_act_is_its_agents(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    # The party after "by" rejects or accepts, not the one who proposed the truce.
    extraction = _run(extractor, body)
    found = _calls(extraction, act, sentence)
    assert [c.actors for c in found] == [actors], [
        (c.act, c.actors) for c in extraction.ceasefire_calls
    ]


def test_a_reply_reports_the_clause_after_it(extractor: RulesExtractor) -> None:
    # "replied that it remained committed": the one replying keeps to the truce
    extraction = _run(
        extractor,
        "Kyrgyzstan and Tajikistan agreed a ceasefire on the border on Friday. Tajikistan's "
        "foreign ministry replied that it remained committed to the ceasefire.",
    )
    assert [c.actors for c in _calls(extraction, "accept", "replied")] == [["Tajikistan"]]


def test_an_onlooker_welcoming_a_truce_accepts_nothing(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Armenia and Azerbaijan agreed a ceasefire in Moscow after fierce fighting in Karabakh. "
        "The European Union welcomed the ceasefire on Sunday.",
    )
    assert _calls(extraction, "accept", "welcomed") == []


def test_agreeing_to_end_weeks_of_war(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Ethiopia and Eritrea have agreed to end two decades of war, in a deal brokered by the "
        "United Arab Emirates.",
    )
    found = _calls(extraction, "agree", "end two decades of war")
    assert [sorted(c.actors) for c in found] == [["Eritrea", "Ethiopia"]]


def test_insisting_a_truce_was_kept_asks_for_nothing(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Russia declared a 30-hour truce for Orthodox Christmas. The defence ministry insisted "
        "that its troops had observed the ceasefire and only returned fire.",
    )
    assert _calls(extraction, "call", "insisted") == []


def test_a_truce_one_party_agreed_to(extractor: RulesExtractor) -> None:
    # "the pause that Hamas agreed": one party's yes to a truce, in a relative clause
    extraction = _run(
        extractor,
        "Israel pressed its offensive in Gaza. A humanitarian pause that Hamas agreed on Monday "
        "collapsed within hours.",
    )
    assert [c.actors for c in _calls(extraction, "accept", "Hamas agreed")] == [["Hamas"]]


# Round 5: acts on a truce named before, acts after their subject, onlookers' appeals.


def test_a_deal_named_again_told_by_its_start_is_agreed_once(extractor: RulesExtractor) -> None:
    """ "The agreement, brokered by X, took effect": the warring sides' deal, when the article
    tells it only so; told beside the deal itself, it is that deal again."""
    only_start = _run(
        extractor,
        "Thailand and Cambodia kept a ceasefire along the border this week. The four-point "
        "agreement, brokered by Malaysia and the United States, took effect on July 28.",
    )
    assert [(c.act, sorted(c.actors), c.mediators) for c in only_start.ceasefire_calls] == [
        ("agree", ["Cambodia", "Thailand"], ["Malaysia", "United States"])
    ]
    both = _run(
        extractor,
        "Thailand and Cambodia signed a ceasefire on Monday. The deal, brokered by Malaysia, "
        "took effect on Tuesday.",
    )
    assert [c.act for c in both.ceasefire_calls] == ["agree"]


def test_a_truce_that_takes_hold_is_agreed_by_the_warring_sides(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "India and Pakistan exchanged artillery fire for a fourth day. India said Pakistani "
        "shelling hit Poonch; Pakistan said Indian drones struck Muzaffarabad. On Saturday, "
        "in a statement from Washington, the United States said a ceasefire between India and "
        "Pakistan took hold at 5 pm.",
    )
    agreed = [c for c in extraction.ceasefire_calls if c.act == "agree"]
    assert [sorted(c.actors) for c in agreed] == [["India", "Pakistan"]]


@pytest.mark.parametrize(
    ("body", "act", "actor", "addressee"),
    [
        (
            "Fighting between the ELN and Colombia's army went on in Catatumbo. Colombia's "
            "government offered the ELN a ceasefire. The ELN dismissed the offer as a trick.",
            "reject",
            "ELN",
            "Colombia",
        ),
        (
            "Israel and Hamas fought on in Khan Younis. Qatar proposed a ceasefire between "
            "Israel and Hamas. Hamas accepted the proposal on Monday.",
            "accept",
            "Hamas",
            "Israel",
        ),
        (
            "Clashes between the SAF and the RSF went on in Omdurman. Sudan's army announced a "
            "72-hour truce on Friday. The RSF rejected it hours later.",
            "reject",
            "Rapid Support Forces",
            "Sudanese Armed Forces",
        ),
    ],
)
def test_an_act_on_a_truce_named_before(
    extractor: RulesExtractor, body: str, act: str, actor: str, addressee: str
) -> None:
    last = body.rsplit(". ", 1)[1]
    found = [c for c in _run(extractor, body).ceasefire_calls if c.evidence == last]
    assert [(c.act, c.actors, c.addressees) for c in found] == [(act, [actor], [addressee])]


def test_a_past_tense_act_right_after_its_subject_is_the_act(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Sudan's army and the Rapid Support Forces fought on. The RSF accepted a Saudi "
        "proposal for a seven-day truce. The army vowed to fight on, ruling out any truce.",
    )
    acts = {(c.act, tuple(c.actors)) for c in extraction.ceasefire_calls}
    assert ("accept", ("Rapid Support Forces",)) in acts
    assert ("reject", ("Sudanese Armed Forces",)) in acts
    assert not [a for a, who in acts if a == "offer" and who == ("Rapid Support Forces",)]


def test_an_onlookers_appeal_is_addressed_to_both_sides(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Russian and Ukrainian forces clashed near Pokrovsk. Russia said it took two villages; "
        "Ukraine said it repelled the assault. Guterres renewed his call for an immediate "
        "ceasefire.",
    )
    (call,) = [c for c in extraction.ceasefire_calls if c.act == "call"]
    assert call.actors == ["United Nations"]
    assert sorted(call.addressees) == ["Russia", "Ukraine"]
    assert call.type == "immediate"  # the call is renewed, not a truce


def test_its_leaders_belong_to_the_party_named_before(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Sudan's army and the RSF fought on in El Obeid. The African Union held an emergency "
        "summit in Addis Ababa on Sunday. Its leaders urged the army and the RSF to agree a "
        "truce.",
    )
    calls = [c for c in extraction.ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [["African Union"]]


def test_a_plan_that_is_no_truce_is_not_rejected_as_one(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Israel and Hamas agreed a truce in Doha. Hamas rejected the US plan to relocate Gazans.",
    )
    assert [c.act for c in extraction.ceasefire_calls] == ["agree"]


def test_a_truce_offer_named_as_an_object_is_not_the_subjects_offer(
    extractor: RulesExtractor,
) -> None:
    """'rejected the junta's truce offer': the offer is a noun ("truce offer", "ceasefire
    proposal"); the subject rejects or accepts it and offers nothing; 'calling it a ploy' names
    the offer and asks for nothing."""
    extraction = _run(
        extractor, "The Arakan Army rejected the junta's truce offer, calling it a ploy."
    )
    assert [c.act for c in extraction.ceasefire_calls] == ["reject"]
    assert extraction.ceasefire_calls[0].actors == ["Arakan Army"]
    extraction = _run(extractor, "Hamas said it had accepted the latest ceasefire proposal.")
    assert [c.act for c in extraction.ceasefire_calls] == ["accept"]


def test_a_party_named_twice_is_addressed_once(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Colombia's government said it remained committed to the ceasefire with the ELN as "
        "long as the rebels respected it.",
    )
    (call,) = extraction.ceasefire_calls
    assert (call.actors, call.addressees) == (["Colombia"], ["ELN"])


@pytest.mark.parametrize(
    "body",
    [
        # a truce described by a clause with no pronoun: its agreement is told, not news
        "Ethiopia accused Eritrea on Sunday of violating a truce the two neighbours had agreed "
        "only days earlier.",
        # "breaking the truce", and "after it was agreed" describing it
        "Kenya accused Somalia on Sunday of breaking the truce days after it was agreed in "
        "Nairobi.",
    ],
)
def test_a_truce_agreed_earlier_and_described_again_is_only_the_violation(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.act for c in _run(extractor, body).ceasefire_calls] == ["violation_alleged"]


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        # every party of a subject's list acts, however many commas it has
        (
            "Kenya, Uganda, Tanzania and Rwanda jointly urged the army and the RSF to agree a "
            "humanitarian truce.",
            "call",
            ["Kenya", "Uganda", "Tanzania", "Rwanda"],
        ),
        # a proposal named by a possessive ("the mediator's proposal") is the truce again
        (
            "Kenyan mediators proposed a 30-day truce in Tigray. Ethiopia said it had accepted the "
            "mediator's proposal and blamed the TPLF for the delay.",
            "accept",
            ["Ethiopia"],
        ),
        # "would order its troops to stop firing" offers a halt
        (
            "Spokesman Dmitry Peskov said Moscow would order its troops to stop firing only if "
            "weapons deliveries to Kyiv were halted.",
            "offer",
            ["Russia"],
        ),
    ],
)
def test_acts_of_listed_subjects_possessive_proposals_and_ordered_halts(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == act]
    assert [c.actors for c in calls] == [actors]


def test_a_brokered_truce_is_described_and_the_clause_after_its_subordinator_acts(
    extractor: RulesExtractor,
) -> None:
    # "Qatar-brokered" describes the truce (Qatar mediates); the act is the rejection, whose
    # subject stands after "after"
    body = (
        "A Qatar-brokered truce in eastern Congo collapsed on Monday after the M23 rejected a "
        "proposal by Doha to extend it."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.mediators) for c in calls] == [("reject", ["M23"], ["Qatar"])]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # "together with" joins a list of callers
        (
            "Burundi and Tanzania, together with the African Union, urged Rwanda and the M23 to "
            "stop fighting around Goma.",
            [("call", ["Burundi", "Tanzania", "African Union"])],
        ),
        # a denial is no agreement, nor a rejection
        (
            'Fighting raged near Uvira all week. "No ceasefire has been agreed," an army '
            "spokesman told reporters in Kinshasa.",
            [],
        ),
        # "prepared to halt" offers
        (
            "Fighting raged near Boni. JNIM said it was prepared to halt its offensive if the "
            "army withdrew from the town.",
            [("offer", ["JNIM"])],
        ),
        # "the appeal" refers to a call for a truce
        (
            "Mali called for a truce around Boni on Monday. JNIM rejected the Malian appeal, "
            "saying it would keep fighting.",
            [("call", ["Mali"]), ("reject", ["JNIM"])],
        ),
    ],
)
def test_joined_callers_denials_prepared_offers_and_rejected_appeals(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_breaking_its_own_truce_alleges_a_violation(extractor: RulesExtractor) -> None:
    body = (
        "The RSF declared a three-day truce on Friday. Sudan's army accused the RSF of breaking "
        "its own truce within hours."
    )
    acts = _act_actors(extractor, body)
    assert acts == [
        ("declare", ["Rapid Support Forces"]),
        ("violation_alleged", ["Sudanese Armed Forces"]),
    ]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        # the other side is the name that "with whom" / "with which" follows
        (
            "ELN rebels bombed a pipeline in Arauca on Tuesday, the Colombian army said. The "
            "government has no deal with the ELN; its only peace is with the FARC, with whom it "
            "signed a permanent ceasefire in 2016.",
            ["Colombia", "FARC"],
        ),
        # "former" before a movement is a past tie: the movement is still a party
        (
            "Insurgents attacked Macomia on Friday, Mozambique's army said. The government's "
            "only lasting peace is with the former rebel movement Renamo, with which it signed "
            "a ceasefire in 2019.",
            ["Mozambique", "Renamo"],
        ),
    ],
)
def test_a_truce_signed_with_the_name_a_relative_clause_follows(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("agree", actors)]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a breach named as what an attack was: the namer alleges it
        (
            "Mali's army said JNIM fighters had shelled its base at Boni overnight, calling it a "
            "flagrant violation of the truce agreed in Algiers.",
            [("violation_alleged", ["Mali"], ["JNIM"])],
        ),
        (
            "Lebanon called the Israeli drone strike on Tyre a flagrant violation of the "
            "ceasefire.",
            [("violation_alleged", ["Lebanon"], ["Israel"])],
        ),
        # ... also in quotes, of a truce the article named before
        (
            "South Sudan and the SPLM-IO agreed a truce in May. On Monday South Sudan's army said "
            'rebels had attacked Nasir, calling it "a blatant violation of the agreement".',
            [("violation_alleged", ["South Sudan"], ["SPLM-IO"])],
        ),
    ],
)
def test_a_breach_named_as_what_an_attack_was(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str], list[str]]]
) -> None:
    calls = _calls(_run(extractor, body), "violation_alleged", "")
    assert [(c.act, c.actors, c.addressees) for c in calls] == acts


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # "the two neighbours" are the warring sides
        (
            "Thai and Cambodian troops clashed along the border for a fourth day. Thailand and "
            "Cambodia traded blame for the shelling.\n\nMalaysia's foreign minister said on "
            "Friday that the two neighbours had agreed to an immediate ceasefire.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        # a passive "was reached between A and B"
        (
            "A truce was reached on Sunday between the SDF and the Syrian National Army after "
            "three days of talks.",
            [("agree", ["Syrian Democratic Forces", "Syrian National Army"])],
        ),
        # "the government of President X" joins the list as his state
        (
            "The ELN and the government of President Gustavo Petro agreed in 2023, at talks in "
            "Havana, to a six-month ceasefire.",
            [("agree", ["ELN", "Colombia"])],
        ),
        # a halt to strikes is asked for; a halt to shelling civilians only asks for restraint
        (
            "Egypt called on Israel to halt its air strikes on Lebanon.",
            [("call", ["Egypt"])],
        ),
        (
            "The ICRC called on Israel and Hezbollah to stop shelling civilian areas.",
            [],
        ),
    ],
)
def test_neighbours_passive_deals_leaders_governments_and_halted_strikes(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_a_truce_told_by_its_start_gives_way_to_the_deal_itself(
    extractor: RulesExtractor,
) -> None:
    # the lead only says the truce took effect; the deal is told later, and an older truce of
    # the same sides that took effect long ago is another act
    body = (
        "A ceasefire between the M23 and Congo took effect on Sunday around Goma.\n\n"
        "The truce was agreed by the M23 and Congo on Friday after talks in Doha.\n\n"
        "An earlier truce between them, which took effect in 2022, collapsed within weeks."
    )
    calls = [
        (c.act, sorted(c.actors), c.time_scope, c.evidence.split()[0])
        for c in _run(extractor, body).ceasefire_calls
    ]
    assert calls == [
        ("agree", ["DR Congo", "M23"], "current", "The"),
        ("agree", ["DR Congo", "M23"], "historical", "An"),
    ]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # "calls" right after a past tense is its object
        (
            "The M23 rejected calls by the African Union for a ceasefire around Uvira.",
            [("call", ["African Union"]), ("reject", ["M23"])],
        ),
        # a refusal and a rejection in other words
        (
            "The Houthis said they would not accept any truce that kept the port of Hodeidah "
            "closed.",
            [("reject", ["Houthis"])],
        ),
        (
            "Israel turned down a Hamas proposal for a permanent ceasefire on Tuesday.",
            [("offer", ["Hamas"]), ("reject", ["Israel"])],
        ),
    ],
)
def test_refusals_of_offers_and_calls(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_a_deal_and_its_extension_told_in_one_sentence_are_two_agreements(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Fighting resumed near Pibor on Monday.\n\n"
        "The army and the SPLM-IO signed a truce in Juba in March 2024, and it was later "
        "extended twice.\n\n"
        "South Sudan said the ceasefire had been extended until the end of the talks."
    )
    calls = [(c.act, c.type, c.evidence.split()[1]) for c in _run(extractor, body).ceasefire_calls]
    assert calls == [("agree", "immediate", "army"), ("agree", "extension", "army")]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a name and its bracketed acronym are one name of a list of sides
        (
            "Myanmar's junta and the Kachin Independence Army (KIA) agreed to a ceasefire in "
            "Kunming on Tuesday.",
            [("agree", ["Myanmar military", "Kachin Independence Army"])],
        ),
        # a participle's aside between the speaker and the verb says nothing of who acts
        (
            "Israel and Hezbollah agreed a truce last year.\n\nLebanon's President Joseph Aoun, "
            "meeting a delegation of French lawmakers in Beirut, called on Israel to abide by the "
            "ceasefire.",
            [("agree", ["Israel", "Hezbollah"]), ("call", ["Lebanon"])],
        ),
    ],
)
def test_acronyms_in_lists_and_participle_asides(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # the naming verb's subject names the breach: "It called the attack a violation"
        (
            "Israel and Hamas agreed a truce in October.\n\nThe Israeli military said gunmen "
            'had fired on troops in Rafah. It called the attack "a blatant violation of the '
            'ceasefire" by Hamas.',
            [("agree", ["Israel", "Hamas"]), ("violation_alleged", ["Israel"])],
        ),
        # an infinitive after "ready to" acts: "ready to accept" accepts (and the proposal
        # named by its proposer is that onlooker's call)
        (
            "Russia and Ukraine have fought since 2022. Ukraine said it was ready to accept an "
            "American proposal for a 30-day ceasefire.",
            [("accept", ["Ukraine"]), ("call", ["United States"])],
        ),
        # a strike "despite the truce", told by nobody, is no party's accusation
        (
            "Residents search the rubble of a house hit by an Israeli strike in Khan Younis "
            "despite the ceasefire.",
            [],
        ),
    ],
)
def test_naming_verbs_infinitives_and_unclaimed_breaches(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_the_deal_the_sentence_names_between_two_sides_binds_them(
    extractor: RulesExtractor,
) -> None:
    # the act's own ceasefire word comes late; the sides are those of the named deal
    body = (
        "Rwandan-backed M23 fighters shelled Uvira, and Burundi sent troops to the border.\n\n"
        "The agreement between Congo and Rwanda, brokered by the United States, took effect in "
        "June and was meant to lead to a lasting cessation of hostilities in the east."
    )
    calls = [(c.act, sorted(c.actors)) for c in _run(extractor, body).ceasefire_calls]
    assert calls == [("agree", ["DR Congo", "Rwanda"])]


@pytest.mark.parametrize(
    "body",
    [
        # a truce as a time ("since the truce took effect") is no act
        "Israel and Hezbollah traded fire again. More than 300 people have been killed by "
        "Israeli fire in Lebanon since the truce took effect, the health ministry says.",
        # a quote by a speaker of no party acts for none
        "Sudan's army said it had repelled an RSF attack on El Fasher. "
        '"They accept a truce on paper and then they shell us," said Amna Musa, a nurse at the '
        "city's hospital.",
    ],
)
def test_a_truce_as_a_time_and_a_civilian_s_quote_are_no_acts(
    extractor: RulesExtractor, body: str
) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a deal named after its place is a truce word
        (
            "Sudan's army and the RSF clashed in El Fasher. The RSF said the army had violated "
            "the Jeddah agreement with air strikes on Nyala.",
            [("violation_alleged", ["Rapid Support Forces"])],
        ),
        # the sides of "the cessation of hostilities signed ... between A and B"
        (
            "Fano militiamen attacked Gondar. That is the Nairobi agreement, the cessation of "
            "hostilities signed in May last year between Ethiopia and the Oromo Liberation Army.",
            [("agree", ["Ethiopia", "Oromo Liberation Army"])],
        ),
    ],
)
def test_deals_named_after_their_place(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


@pytest.mark.parametrize(
    "body",
    [
        # a deal denied is no deal
        "Mediators said no agreement on a truce between Israel and Hamas was reached in Cairo.",
        "Sudan's envoy said a truce between the army and the RSF had not been reached.",
        "Ethiopia and Eritrea have not agreed on a ceasefire.",
        # labour strikes are no fighting
        "Ukraine's rail workers agreed on Monday to suspend their strikes after the government "
        "raised wages, as Russia pressed its offensive in the east.",
        # mediators called "the two nations" are not the warring sides
        "Qatar and Egypt have mediated between Israel and Hamas for months. On Monday the two "
        "nations proposed a new truce.",
        # a clause with a subject of its own in plain words: nobody the table knows calls
        "Russia struck Kharkiv overnight, hitting homes, a school, a clinic, a bakery, a power "
        "station, and a railway depot, and aid agencies urged an immediate ceasefire.",
        # turning down the heating rejects nothing
        "Russia turned down the heating in occupied Donetsk as the ceasefire talks stalled.",
    ],
)
def test_denied_deals_labour_strikes_mediators_and_plain_subjects_are_no_acts(
    extractor: RulesExtractor, body: str
) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # an extension told with the deal's own past participle is one act
        (
            "The truce between Israel and Hamas, agreed in January, was extended by two weeks "
            "on Monday.",
            [("agree", "extension")],
        ),
        # a breach told before its speaker: the speaker accuses the subject
        (
            "Russia launched 40 drones at Odesa despite the ceasefire, Ukraine's air force said.",
            [("violation_alleged", "observance")],
        ),
    ],
)
def test_extensions_and_breaches_told_before_their_speaker(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, str]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.type) for c in calls] == acts
    if acts[0][0] == "violation_alleged":
        assert (calls[0].actors, calls[0].addressees) == (["Ukraine"], ["Russia"])


@pytest.mark.parametrize(
    ("body", "scope"),
    [
        # a truce agreed last year belongs to the past
        (
            "Fighting flared on the Ethiopia-Eritrea border on Monday.\n\nEthiopia and Eritrea "
            "agreed to a ceasefire last year at talks in Jeddah.",
            "historical",
        ),
        # "last year" that dates something else leaves this week's truce current
        (
            "Sudan's army and the RSF agreed on Saturday to a week-long ceasefire, the first "
            "since the war began last year.",
            "current",
        ),
    ],
)
def test_a_truce_of_last_year_is_historical(
    extractor: RulesExtractor, body: str, scope: str
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.time_scope) for c in calls] == [("agree", scope)]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a possessive's act noun is the object: the verb before it acts
        (
            "Ukraine rejected Russia's offer of a 72-hour ceasefire around Victory Day.",
            [("offer", ["Russia"]), ("reject", ["Ukraine"])],
        ),
        (
            "Israel turned down Hamas's offer of a five-year truce.",
            [("offer", ["Hamas"]), ("reject", ["Israel"])],
        ),
        (
            "Hamas turned down the U.S. proposal for a 60-day ceasefire.",
            [("offer", ["United States"]), ("reject", ["Hamas"])],
        ),
        # a negation elsewhere in the sentence denies no deal
        (
            "No shots were fired after Israel and Hamas agreed to a truce.",
            [("agree", ["Israel", "Hamas"])],
        ),
        (
            "Russia and Ukraine not only agreed to a 30-day truce but also swapped prisoners.",
            [("agree", ["Russia", "Ukraine"])],
        ),
        # "and its commanders": the possessive names the party that acts
        (
            "The RSF seized El Fasher on Sunday, and its commanders rejected a truce proposed by "
            "Egypt.",
            [("reject", ["Rapid Support Forces"])],
        ),
        # military strikes halted, with no target named
        (
            "Putin agreed to halt strikes for 30 days, the Kremlin said.",
            [("accept", ["Russia"])],
        ),
        # a treaty's capitalised title is no truce
        ("Ukraine and the United States signed the Minerals Agreement in Washington.", []),
    ],
)
def test_possessive_objects_negations_elsewhere_possessive_subjects_and_titles(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


@pytest.mark.parametrize(
    "body",
    [
        # "accused X of breaking": X is accused, never the accuser
        "The Arakan Army declared a truce on Sunday. The military accused the rebels of "
        "violating the truce in Sittwe.",
        # "the army" of a state nobody named is not the group that spoke before
        "The M23 announced a ceasefire around Goma on Friday. The army accused the rebels of "
        "breaking it within hours, and the army said the M23 had broken it again.",
    ],
)
def test_the_accused_is_never_the_accuser(extractor: RulesExtractor, body: str) -> None:
    extraction = _run(extractor, body)
    for call in extraction.ceasefire_calls:
        if call.act == "violation_alleged":
            assert not set(call.actors) & {"Arakan Army", "M23"}, (call.actors, call.evidence)


def test_an_accusation_names_its_accuser_and_the_accused(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Colombia and the ELN began a bilateral ceasefire in August. The ELN accused the "
        "government of repeatedly violating the ceasefire in Arauca.",
    )
    [found] = _calls(extraction, "violation_alleged", "accused the government")
    assert (found.actors, found.addressees) == (["ELN"], ["Colombia"])


def test_a_name_in_an_apposition_describes_the_one_before(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "UNIFIL, the UN force in southern Lebanon, urged Israel and Hezbollah to respect the "
        "ceasefire. Egypt, the United States and Qatar urged both sides to keep to the truce.",
    )
    assert [c.actors for c in _calls(extraction, "call", "UNIFIL, the UN force")] == [["UNIFIL"]]
    [listed] = _calls(extraction, "call", "Egypt, the United States and Qatar")
    assert listed.actors == ["Egypt", "United States", "Qatar"]


def test_a_states_possessive_places_the_group_that_speaks(extractor: RulesExtractor) -> None:
    # The group after the possessive acts, not the state it is placed in.
    extraction = _run(
        extractor,
        "Talks in Jeddah stalled again. Sudan's Rapid Support Forces said on Monday that they had "
        "accepted a week-long humanitarian truce proposed by Saudi Arabia.",
    )
    assert [c.actors for c in _calls(extraction, "accept", "they had accepted")] == [
        ["Rapid Support Forces"]
    ]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        (
            "Thailand and Cambodia fought along the border for a fourth day. Bangkok rebuffed "
            "the call for a ceasefire on Sunday.",
            [("reject", ["Thailand"])],
        ),
        # the rejecter makes no offer of its own; the named maker of the offer does (an
        # onlooker's offer of a truce between the sides, "the army" Sudan's, is a call)
        (
            "The army and the RSF fought near El Obeid. The RSF spurned a US offer of a truce.",
            [("call", ["United States"]), ("reject", ["Rapid Support Forces"])],
        ),
    ],
)
def test_rebuffing_or_spurning_a_truce_rejects_it(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert sorted((c.act, c.actors) for c in calls) == acts


def test_a_prepositional_aside_does_not_speak(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Rwanda and Congo signed a truce in June. Kenya's president, in a call with his "
        "Angolan counterpart on Monday, urged both sides to respect the truce.",
    )
    assert [c.actors for c in _calls(extraction, "call", "in a call with")] == [["Kenya"]]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # a state's envoy or plan "to" a group stays the state's
        (
            "Israel and Hamas fought on in Rafah. Qatar's envoy to Hamas urged the group to "
            "accept the ceasefire proposal on Sunday.",
            "envoy to Hamas",
            "call",
            ["Qatar"],
        ),
        # a passive accusation: the agent accuses the subject
        (
            "Russia and Ukraine agreed a Christmas truce. Russia, which was accused by Ukraine "
            "of violating the truce within hours, denied the charge.",
            "accused by Ukraine",
            "violation_alleged",
            ["Ukraine"],
        ),
        # every agent of a passive act
        (
            "Israel and Hamas fought in Gaza. The Egyptian truce plan was rejected on Monday by "
            "Hamas and Islamic Jihad.",
            "rejected on Monday",
            "reject",
            ["Hamas", "Palestinian Islamic Jihad"],
        ),
    ],
)
def test_review_cases_keep_their_actors(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    extraction = _run(extractor, body)
    assert [c.actors for c in _calls(extraction, act, sentence)] == [actors], [
        (c.act, c.actors) for c in extraction.ceasefire_calls
    ]


@pytest.mark.parametrize(
    "body",
    [
        # accused by someone the text names as no party, or an accuser not found
        "The RSF declared a truce on Monday. The RSF was accused by the army of breaking it.",
        "The Libyan National Army said it would respect the truce. The army accused the "
        "Government of National Unity of violating the truce.",
        # rebuffing an accusation or an assault rejects no truce
        "The RSF rebuffed accusations that its fighters had looted El Obeid during the truce.",
        "Ukrainian troops rebuffed a Russian assault near Pokrovsk hours after the truce began.",
    ],
)
def test_review_cases_make_no_wrong_act(extractor: RulesExtractor, body: str) -> None:
    extraction = _run(extractor, body)
    for call in extraction.ceasefire_calls:
        assert call.act != "reject", call
        if call.act == "violation_alleged":
            assert not set(call.actors) & set(call.addressees), call
            assert "Rapid Support Forces" not in call.actors or "accused" not in call.evidence


def test_an_act_verb_is_measured_from_the_end_of_a_long_truce_phrase(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The army and the M23 fought on around Goma. A cessation of hostilities proposed by "
        "Angola was rejected by the M23 on Friday.",
    )
    assert [c.actors for c in _calls(extraction, "reject", "rejected by the M23")] == [["M23"]]


def test_both_sides_are_the_most_named_belligerents_that_fight_each_other(
    extractor: RulesExtractor,
) -> None:
    """An ally named more often than the enemy (a peacekeeping force fighting beside the army)
    is not "the other side": the conflict table's camps say who fights whom."""
    extraction = _run(
        extractor,
        "Somalia's army said on Monday it had pushed al-Shabaab fighters out of two villages in "
        "Middle Shabelle. ATMIS troops backed the Somali offensive, and ATMIS helicopters flew "
        "wounded soldiers to Mogadishu. Clan elders said both sides had agreed to a three-day "
        "truce to let families bury their dead.",
    )
    assert [sorted(c.actors) for c in _calls(extraction, "agree", "both sides had agreed")] == [
        ["Somalia", "al-Shabaab"]
    ]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # a lower-case noun of the one party whose name holds it refers back to that party
        (
            "The Saudi-led coalition struck Hodeidah port on Monday. On Friday the coalition "
            "rejected a truce offered by the Houthis.",
            "the coalition rejected",
            "reject",
            ["Saudi-led coalition"],
        ),
        (
            "The Three Brotherhood Alliance seized Lashio in August. In January the alliance "
            "accepted a ceasefire proposed by China.",
            "the alliance accepted",
            "accept",
            ["Three Brotherhood Alliance"],
        ),
        # a party that only owns the words describing the speaker is no co-speaker
        (
            "The UAE, the RSF's main foreign backer, called for a ceasefire around El Fasher.",
            "main foreign backer",
            "call",
            ["United Arab Emirates"],
        ),
    ],
)
def test_back_references_and_possessive_asides(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    assert [c.actors for c in _calls(_run(extractor, body), act, sentence)] == [actors]


def test_a_back_reference_noun_shared_by_two_parties_names_neither(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The Three Brotherhood Alliance and the Alliance of Sahel States were both in the news. "
        "The alliance rejected a truce on Monday.",
    )
    assert _calls(extraction, "reject", "The alliance rejected") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents said the RSF had violated the truce in Omdurman.",
        "The RSF broke the truce in Omdurman overnight, witnesses said.",
    ],
)
def test_a_breach_reported_by_no_party_makes_the_breaker_no_accuser(
    extractor: RulesExtractor, sentence: str
) -> None:
    extraction = _run(extractor, "Sudan's army and the RSF agreed a truce on Monday. " + sentence)
    assert [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"] == []


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        (
            "Kyiv rejected Russia's offer of a three-day truce around Kupiansk on Monday.",
            [("offer", ["Russia"], ["Ukraine"]), ("reject", ["Ukraine"], ["Russia"])],
        ),
        (
            "The M23 ignored an appeal by the African Union for a humanitarian pause in Goma.",
            [("call", ["African Union"], ["M23"]), ("reject", ["M23"], ["African Union"])],
        ),
        # an accepted proposal named by its proposer is that onlooker's call too
        (
            "Hamas accepted an Egyptian proposal for a ceasefire in Rafah.",
            [("accept", ["Hamas"], ["Egypt"]), ("call", ["Egypt"], ["Hamas"])],
        ),
    ],
)
def test_a_rejected_offer_or_call_is_an_act_of_its_maker(
    extractor: RulesExtractor, body: str, asked: list[tuple[str, list[str], list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert sorted((c.act, c.actors, c.addressees) for c in calls) == asked


def test_a_person_after_a_preposition_does_not_make_the_call(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The leaders of Kenya, Uganda and Tanzania stood beside Salva Kiir in Juba and demanded "
        "that the SPLM-IO agree to a truce in Upper Nile.",
    )
    assert [c.actors for c in _calls(extraction, "call", "demanded")] == [
        ["Kenya", "Uganda", "Tanzania"]
    ]


@pytest.mark.parametrize(
    ("body", "sentence", "expected"),
    [
        # ", known by its French acronym FARDC," describes the subject: "French" accuses nobody
        (
            "Congo and the M23 signed a truce in Doha. Congo's army, known by its French acronym "
            "FARDC, accused the M23 on Sunday of violating the ceasefire near Walikale.",
            "known by its French acronym",
            [("violation_alleged", ["DR Congo"])],
        ),
        # "self-declared" describes a truce; nobody declares one in this sentence
        (
            "Sudan's army and the RSF fought on in Kordofan. Sudan's army said the RSF had broken "
            "its self-declared truce within hours.",
            "self-declared",
            [("violation_alleged", ["Sudanese Armed Forces"])],
        ),
        # an onlooker's proposal asks the sides for a truce: a call, not an offer
        (
            "Israel and Hezbollah traded fire across the border. France's foreign ministry "
            "proposed a 48-hour humanitarian pause by both sides.",
            "France's foreign ministry",
            [("call", ["France"])],
        ),
    ],
)
def test_asides_adjectives_onlookers_and_verb_distance(
    extractor: RulesExtractor, body: str, sentence: str, expected: list[tuple[str, list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert sorted((c.act, c.actors) for c in calls if sentence in c.evidence) == expected


def test_a_verb_before_the_truce_word_is_as_near_as_its_end(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The Houthis and Yemen's government fought near Marib. In October the Houthis rejected "
        "a UN proposal to extend the truce, demanding that salaries be paid.",
    )
    acts = [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert ("reject", ["Houthis"]) in acts
    assert ("call", ["United Nations"]) in acts  # the proposal the rejection answers


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sudan's army and the RSF fought in Omdurman. The truce was extended by 72 hours on "
            "Sunday.",
            [("agree", "extension", ["Rapid Support Forces", "Sudanese Armed Forces"])],
        ),
        # the onlookers named before it agreed nothing: the sides did
        (
            "Colombia and the ELN fought in Arauca. With Cuba and Norway as guarantors, the truce "
            "was extended for six months.",
            [("agree", "extension", ["Colombia", "ELN"])],
        ),
        # not extended: no extension
        (
            "Russia and Ukraine fought near Kupiansk. On Monday the truce expired at midnight and "
            "was not extended.",
            [("agree", "immediate", ["Russia", "Ukraine"])],
        ),
    ],
)
def test_a_truce_that_was_extended(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.type, sorted(c.actors)) for c in calls if c.act == "agree"] == expected


def test_an_envoy_for_a_country_speaks_for_the_body_that_sent_them(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Sudan's army and the RSF fought in Darfur. The US special envoy for Sudan, Tom "
        "Perriello, urged both sides to agree a humanitarian truce.",
    )
    assert [c.actors for c in _calls(extraction, "call", "urged both sides")] == [["United States"]]
    assert {p.canonical_name: p.affiliation for p in extraction.people}["Tom Perriello"] == (
        "United States"
    )


def test_a_call_to_implement_a_deal_is_a_call_to_observe_it(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Thailand and Cambodia signed a truce in Kuala Lumpur. Malaysia welcomed the deal and "
        "called on both sides to implement it in good faith.",
    )
    calls = _calls(extraction, "call", "implement it")
    assert [(c.actors, c.type, sorted(c.addressees)) for c in calls] == [
        (["Malaysia"], "observance", ["Cambodia", "Thailand"])
    ]


def test_names_inside_a_relative_clause_describe_the_subject(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Malian troops and JNIM fought near Kidal. The Azawad Liberation Front, which groups the "
        "National Movement for the Liberation of Azawad (MNLA) and the High Council for the Unity "
        "of Azawad (HCUA), has called on Bamako to respect the truce.",
    )
    assert [c.actors for c in _calls(extraction, "call", "has called on")] == [
        ["Azawad Liberation Front"]
    ]


def test_a_passive_rejection_with_its_agent_answers_the_truce_its_sentence_opens_with(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The Arakan Army and the Myanmar military fought near Sittwe. A 24-hour truce declared by "
        "the military for the water festival was also rejected by the Arakan Army on Sunday.",
    )
    acts = sorted((c.act, c.actors) for c in extraction.ceasefire_calls)
    assert acts == [("declare", ["Myanmar military"]), ("reject", ["Arakan Army"])]


def test_breaking_a_pause_or_a_deal_is_a_breach(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Mozambique's army declared a humanitarian pause around Mocimboa da Praia. By Sunday the "
        "army was accusing the insurgents of breaking the pause near Awasse.",
    )
    assert [(c.actors, c.addressees) for c in _calls(extraction, "violation_alleged", "")] == [
        (["Mozambique"], ["Islamic State Mozambique"])
    ]


@pytest.mark.parametrize(
    "body",
    [
        # onlookers agreeing among themselves make no truce
        "Israel and Hamas fought in Rafah. Egypt and Qatar agreed on a joint plan to push for a "
        "ceasefire.",
        # a truce that would be, or should be, extended is no extension
        "Israel and Hamas fought in Rafah. Talks on whether the truce would be extended stalled.",
        "Israel and Hamas fought in Rafah. Hamas said it wanted the truce to be extended.",
        # breaking off talks on a truce breaks no truce
        "Israel and Hamas fought in Rafah. Hamas broke off ceasefire talks in Cairo.",
        "Russia and Ukraine fought near Pokrovsk. The Kremlin broke the deadlock in ceasefire "
        "talks.",
        # an offer of talks is no offer of a truce, even when one is named later
        "India and Pakistan exchanged fire. Pakistan turned down India's offer of talks but said "
        "it was open to a ceasefire.",
    ],
)
def test_no_agreement_extension_breach_or_offer_where_there_is_none(
    extractor: RulesExtractor, body: str
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert not [c for c in calls if c.act in ("agree", "violation_alleged")], calls
    assert not [c for c in calls if c.act == "offer" and c.actors == ["India"]], calls


def test_a_never_extended_truce_is_no_extension(extractor: RulesExtractor) -> None:
    calls = _run(
        extractor,
        "Russia and Ukraine fought near Kupiansk. The Easter truce, which was never extended, "
        "expired at midnight.",
    ).ceasefire_calls
    assert all(c.type != "extension" for c in calls), calls


def test_a_passive_far_from_its_truce_in_another_clause_answers_nothing(
    extractor: RulesExtractor,
) -> None:
    calls = _run(
        extractor,
        "Sudan's army and the RSF fought in Omdurman. Sudan's army declared a truce on Monday, "
        "and a new push by the army was later rejected by the RSF commanders in Nyala.",
    ).ceasefire_calls
    assert [c.act for c in calls] == ["declare"], calls


def test_they_after_a_demonym_stands_for_no_party(extractor: RulesExtractor) -> None:
    calls = _run(
        extractor,
        "Sudan's army and the RSF fought in El Fasher. Sudanese refugees poured into Chad. They "
        "called for a ceasefire.",
    ).ceasefire_calls
    assert not [c for c in calls if c.act == "call"], calls


@pytest.mark.parametrize(
    "body",
    [
        "The Houthis and the STC clashed near Aden. Yemen's Presidential Leadership Council met "
        "in Riyadh, and the council called for a nationwide truce.",
        "Sudan's army and the RSF fought in Omdurman. The Norwegian Refugee Council said aid was "
        "blocked. Sudan's Sovereignty Council met on Monday, and the council rejected a truce.",
    ],
)
def test_the_council_is_no_party_when_two_bodies_are_councils(
    extractor: RulesExtractor, body: str
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    wrong = {"Southern Transitional Council", "Norwegian Refugee Council"}
    assert not [c for c in calls if set(c.actors) & wrong], calls


def test_a_capitalised_aside_is_still_an_aside(extractor: RulesExtractor) -> None:
    calls = _run(
        extractor,
        "Russia and Ukraine fought near Pokrovsk. Turkey, Ukraine's Black Sea neighbour, called "
        "for a ceasefire.",
    ).ceasefire_calls
    assert [c.actors for c in calls if c.act == "call"] == [["Turkey"]]


def test_a_passive_agent_named_by_its_office(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Thailand and Cambodia fought near Preah Vihear. A permanent ceasefire was ruled out by "
        "the office of Cambodia's prime minister on Tuesday.",
    )
    assert [c.actors for c in _calls(extraction, "reject", "ruled out")] == [["Cambodia"]]


def test_a_question_reports_no_act(extractor: RulesExtractor) -> None:
    """An explainer's heading asks; it reports no truce agreed or refused."""
    extraction = _run(
        extractor,
        "Fighting between Morocco and the Polisario Front went on near Mahbes. Could a new "
        "truce be agreed before the winter? Diplomats in Rabat said the Polisario had rejected "
        "a truce on Monday.",
    )
    assert [c.act for c in extraction.ceasefire_calls] == ["reject"]


def test_a_unilateral_truce_is_never_declared_by_both_sides(extractor: RulesExtractor) -> None:
    """An old unilateral truce whose declarer the rules cannot place is no act of both sides;
    a known leader's is his group's."""
    unknown = _run(
        extractor,
        "Colombia's army has fought the ELN for decades. In March 1993, Gabino announced a "
        "unilateral ceasefire at a news conference in Caracas, but it collapsed within weeks.",
    )
    assert not [c for c in unknown.ceasefire_calls if c.act == "declare" and len(c.actors) > 1]
    known = _run(
        extractor,
        "Turkey's army shelled PKK positions in northern Iraq. In 2013 Ocalan announced a "
        "unilateral ceasefire from his prison cell.",
    )
    assert [c.actors for c in known.ceasefire_calls if c.act == "declare"] == [["PKK"]]


def test_a_truce_yet_to_be_agreed_is_no_agreement(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Fighting between Ethiopia's army and Fano militias spread to Gondar. Diplomats in Addis "
        "Ababa doubt that a truce can be agreed before the rains, and few expect one to be agreed "
        "this year.",
    )
    assert not [c for c in extraction.ceasefire_calls if c.act == "agree"]


def test_an_old_deal_binds_the_conflicts_sides_not_todays_most_named_group(
    extractor: RulesExtractor,
) -> None:
    """Today's fighting is between the GNU and Radaa, a group that has changed sides; the 2020
    truce named without its signatories bound the two camps of the Libyan war."""
    extraction = _run(
        extractor,
        "TRIPOLI, 14 May 2026 - Radaa fighters clashed with Government of National Unity forces "
        "near Mitiga airport on Tuesday. Radaa said the government attacked first; Radaa "
        "commanders vowed to hold the airport. The Libyan National Army, which controls the "
        "east, stayed out of the fighting. The 2020 ceasefire, signed in Geneva after the "
        "eastern offensive on the capital, was agreed under UN auspices and has largely held.",
    )
    deals = [c for c in extraction.ceasefire_calls if c.act == "agree"]
    assert [sorted(c.actors) for c in deals] == [
        ["Government of National Unity", "Libyan National Army"]
    ]
    assert "Radaa Deterrence Force" in {p.name for p in extraction.parties}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya called the truce a fragile first step.",
        "Uganda called the SPLM-IO's truce offer a trick to regroup.",
        "The government said it would not trade justice for a ceasefire, calling Machar's demand "
        "a provocation.",
    ],
)
def test_naming_a_truce_or_a_demand_asks_for_nothing(
    extractor: RulesExtractor, sentence: str
) -> None:
    extraction = _run(
        extractor,
        "South Sudan's army fought the SPLM-IO around Nasir, and the SPLM-IO offered a truce. "
        + sentence,
    )
    assert not [c for c in extraction.ceasefire_calls if c.act == "call"], sentence


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "Russia kept shelling Kharkiv despite calls from Turkey and Brazil for a truce over "
            "the holidays.",
            ["Turkey", "Brazil"],
        ),
        (
            "M23 fighters advanced on Uvira. A demand by the African Union for a humanitarian "
            "pause went unanswered.",
            ["African Union"],
        ),
        (
            "Russia kept shelling Kharkiv despite the UN's renewed appeal for a truce.",
            ["United Nations"],
        ),
        (
            "Russia's army pressed on in Donetsk. Pope Leo called for a Christmas truce on Sunday.",
            ["Vatican"],
        ),
    ],
)
def test_who_calls_in_a_call_told_as_a_noun(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    """The maker of "calls from X for a truce", "a demand by X", "X's appeal" calls; the
    sentence's subject (who fights on despite it) does not."""
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [actors]


def test_blame_for_broken_down_talks_is_no_breach(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Colombia's army and the ELN fought in Catatumbo, and talks on a ceasefire collapsed. "
        "Each side blamed the other for the breakdown of the negotiations.",
    )
    assert not [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an idea or announcement "that ..." is a claim, not the truce named before
        (
            "Israel and Hamas agreed a truce in January. Hamas dismissed the idea that it had "
            "been weakened by the war.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # reciprocating a prisoner release is no answer to a truce
        (
            "Russia and Ukraine agreed a truce at sea in March. Ukraine refused to reciprocate "
            "when Russia released 100 prisoners.",
            [("agree", ["Russia", "Ukraine"])],
        ),
        # not wanting a truce, or wanting one to fail, asks for none
        ("Israel and Hamas fought on in Gaza. Netanyahu does not want a ceasefire.", []),
        (
            "Russia's army pressed on in Donetsk. Kyiv said Moscow wanted the truce to fail.",
            [],
        ),
        # telling someone to accept a truce asks for it
        (
            "Russia and Ukraine fought on. Zelensky told Putin to accept the ceasefire.",
            [("call", ["Ukraine"])],
        ),
        # an infinitive or a coordinated "agree to" is what is asked or offered, and a
        # "whoever agrees" is nobody in particular
        (
            "Haiti's police fought the gangs in Port-au-Prince. CARICOM leaders called on the "
            "gangs to lay down their weapons and agree to an immediate truce.",
            [("call", ["CARICOM"])],
        ),
        (
            'Thailand and Cambodia fought on. "Whoever agrees to a ceasefire first will be '
            'accused of surrender," a Thai analyst said.',
            [],
        ),
        # a demand for a truce by the subject's own possessive is a call
        (
            "Israel and Hamas fought on in Gaza. Hamas reiterated its demand for a permanent "
            "ceasefire on Monday.",
            [("call", ["Hamas"])],
        ),
        # a question quoted inside a report does not cancel the report
        (
            "Israel and Hamas fought on in Gaza. Qatar urged both sides to accept the truce, "
            'asking "what is the alternative?"',
            [("call", ["Qatar"])],
        ),
    ],
)
def test_what_a_review_found_reads_as_it_should(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_name_qualifying_the_makers_is_not_the_maker(extractor: RulesExtractor) -> None:
    """'calls from Israel's allies', 'calls from Ukrainian mothers': the allies and the mothers
    call, not Israel or Ukraine."""
    for body in (
        "Hamas fought on in Gaza despite calls from Israel's allies for a ceasefire.",
        "Russia kept shelling Kharkiv despite calls from Ukrainian mothers for a truce.",
    ):
        calls = _run(extractor, body).ceasefire_calls
        assert not [c for c in calls if c.actors in (["Israel"], ["Ukraine"])], body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a time or place between "called" and "for" still asks for a truce ...
        (
            "Somalia's army fought al-Shabaab near Baidoa. Kenya called at a summit in Nairobi "
            "on Friday for an immediate ceasefire in Somalia.",
            [("call", ["Kenya"])],
        ),
        # ... but "in what it called a gross violation" names, and asks for nothing
        (
            "Niger accused the JNIM of attacking a convoy near Tillaberi, in what it called a "
            "gross violation of the truce.",
            [("violation_alleged", ["Niger"])],
        ),
        # backing efforts to reach a truce asks for one
        (
            "Israel and Hamas fought on in Gaza. Qatar backs efforts to reach a ceasefire in "
            "Gaza, its foreign ministry said.",
            [("call", ["Qatar"])],
        ),
        # a side that ends its own truce rejects it
        (
            "The Arakan Army ended its ceasefire with Myanmar's military on Monday, citing air "
            "strikes in Rakhine.",
            [("reject", ["Arakan Army"])],
        ),
        # blaming another for a truce's collapse alleges that it broke it
        (
            "Armenia blamed Azerbaijan for the collapse of the humanitarian truce in Lachin.",
            [("violation_alleged", ["Armenia"])],
        ),
        # "the opposition group" is the armed group the story names; its spokesman speaks for it
        (
            "Myanmar's army accused the Karen National Union of shelling a base near Myawaddy. "
            "The opposition group denied it. Its spokesman, Padoh Saw Taw Nee, said the army had "
            "violated the truce first.",
            [("violation_alleged", ["Karen National Union"])],
        ),
    ],
)
def test_round_fifteen_forms_of_calls_rejections_and_breaches(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_warring_state_named_only_by_the_dateline_owns_the_government(
    extractor: RulesExtractor,
) -> None:
    """'GAO, Mali - ... A truce announced by the government': Mali's government, not the
    armed group the body names."""
    body = (
        "GAO, Mali (Wire) - JNIM fighters attacked a convoy near Gao on Tuesday, the army said. "
        "A 2019 truce announced by the government collapsed within weeks."
    )
    extraction = extractor.extract(article_from_text(body, id="dateline"))
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("declare", ["Mali"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "no question of a truce" refuses one
        (
            'Israel and Hamas fought in Rafah. "There can be no question of any truce while '
            'hostages are held," an Israeli minister said.',
            [("reject", ["Israel"])],
        ),
        # naming a truce a ploy dismisses it ("the junta" of a story in Karen state is
        # Myanmar's military, which declares the truce)
        (
            "The junta declared a truce in Karen state. The Karen National Union called the "
            'ceasefire "nothing but a ploy to regroup".',
            [("declare", ["Myanmar military"]), ("reject", ["Karen National Union"])],
        ),
        # accusing a side of ignoring the deal alleges a breach
        (
            "India and Pakistan agreed to halt firing on the Line of Control. Islamabad accused "
            "New Delhi of having ignored the understanding within hours.",
            [("agree", ["India", "Pakistan"]), ("violation_alleged", ["Pakistan"])],
        ),
        # "will never accept" refuses; the party inside the quotation is not the spokesman's
        (
            'Colombia and the ELN fought in Catatumbo. "We will never accept a truce with the '
            'ELN and its allies," defence spokesman Colonel Pedro Ruiz said.',
            [("reject", ["Colombia"])],
        ),
        # "we will stop once they withdraw" (the conventions' example) offers a conditional truce
        (
            "Fano militias fought Ethiopia's army in Gondar. A Fano commander said his fighters "
            "would stop only once federal troops left the Amhara region.",
            [("offer", ["Fano"])],
        ),
        # "the interim government" is the story's state
        (
            "GAO, Mali (Wire) - JNIM fighters attacked a convoy near Gao, the army said. The "
            "interim government declared a ten-day truce for the harvest on Monday.",
            [("declare", ["Mali"])],
        ),
        # a count of violations, told after the truce is named, accuses the other side; an
        # onlooker's concern about "reports of violations" does not
        (
            "Thailand and Cambodia agreed a ceasefire on the border in July. Cambodia said it had "
            "recorded 240 violations by Thai troops since then.",
            [("agree", ["Thailand", "Cambodia"]), ("violation_alleged", ["Cambodia"])],
        ),
        (
            "Thailand and Cambodia agreed a ceasefire on the border in July. The UN chief said he "
            "was concerned by reports of violations and atrocities.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        # a duration before the war still names an end to it
        (
            "Ethiopia and Eritrea traded artillery fire. The African Union called on both "
            "governments to end their two-year border war.",
            [("call", ["African Union"])],
        ),
        # fighters ordered to stand down: a truce of the group's own ...
        (
            "Boko Haram fought Nigeria's army near Bama. The Islamic State West Africa Province "
            "said it had ordered its fighters to stand down for the harvest.",
            [("declare", ["ISWAP"])],
        ),
        # ... but a leader asked to stand down is asked to resign
        (
            "Protesters in Niamey called on the junta leader to stand down on Friday.",
            [],
        ),
        # "the cessation of firing", agreed by "the two militaries"
        (
            "Armenia and Azerbaijan fought near Jermuk. The two militaries agreed to observe a "
            "cessation of firing from midnight.",
            [("agree", ["Armenia", "Azerbaijan"])],
        ),
        # "the envoy said A and B should suspend hostilities": the envoy asks A and B
        (
            "Myanmar's military and the Arakan Army fought in Sittwe. The UN refugee agency said "
            "the military and the Arakan Army should suspend hostilities for a week.",
            [("call", ["UNHCR"])],
        ),
        # silencing one's weapons is a halt to the fighting; declaring a truce over ends it
        (
            'Georgia and South Ossetia clashed near Tskhinvali. "We are prepared to silence our '
            'guns the day talks resume," a Georgian minister said.',
            [("offer", ["Georgia"])],
        ),
        (
            "The Kurdistan Workers' Party fought Turkey's army near the Iraqi border. The PKK "
            "declared its 2013 truce over on Saturday.",
            [("reject", ["PKK"])],
        ),
        (
            "The Kurdistan Workers' Party fought Turkey's army near the Iraqi border. The PKK "
            "declared a truce over the Newroz holiday.",
            [("declare", ["PKK"])],
        ),
        # "the war to end", "the killing to stop", "the bloodshed": asked to end
        (
            "Israel and Hezbollah traded fire. Cyprus called for the war to end before winter.",
            [("call", ["Cyprus"])],
        ),
        (
            "Israel and Hezbollah traded fire. Jordan said it wanted the fighting to stop at once.",
            [("call", ["Jordan"])],
        ),
        (
            "Israel and Hezbollah traded fire. The Vatican urged both sides to stop the bloodshed.",
            [("call", ["Vatican"])],
        ),
        # a truce that "has largely held since" its year is a past agreement of its sides
        (
            "The Houthis fired missiles at Israel. A truce between the Houthis and Saudi Arabia "
            "has broadly held since 2022.",
            [("agree", ["Houthis", "Saudi Arabia"])],
        ),
        # "the federal government" is the story's state
        (
            "ADDIS ABABA (Wire) - Fano fighters attacked Gondar. The 2022 Pretoria agreement "
            "ended the war in Tigray between the federal government and the TPLF.",
            [("agree", ["Ethiopia", "Tigray People's Liberation Front"])],
        ),
        # one side's yes to a proposed truce, in other words than "accept"
        (
            "Colombia and the ELN fought in Arauca. The ELN said it had responded positively to "
            "the government's truce proposal.",
            [("accept", ["ELN"])],
        ),
        (
            "Israel and Hezbollah fought. Israel's cabinet signed off on the ceasefire framework "
            "late on Tuesday.",
            [("accept", ["Israel"])],
        ),
        (
            "Sudan's army and the RSF fought in Omdurman. The RSF signalled it would go along "
            "with the truce.",
            [("accept", ["Rapid Support Forces"])],
        ),
        # breaches told without the truce's name in their sentence, once a truce is named
        (
            "Israel and Hezbollah agreed a truce in November. Hezbollah said an Israeli drone "
            'had killed two men near Tyre, calling it a "blatant violation".',
            [("agree", ["Israel", "Hezbollah"]), ("violation_alleged", ["Hezbollah"])],
        ),
        (
            "Israel and Hezbollah agreed a truce in November. Lebanon's army called the strike a "
            "violation of Lebanese sovereignty.",
            [("agree", ["Israel", "Hezbollah"])],
        ),
        (
            "Russia and Ukraine agreed a truce on energy sites. Russia's defence ministry counted "
            "14 Ukrainian strikes during the truce.",
            [("agree", ["Russia", "Ukraine"]), ("violation_alleged", ["Russia"])],
        ),
        (
            "Thailand and Cambodia agreed a ceasefire in July. Cambodia said Thai troops had "
            "shelled a temple despite the agreement.",
            [("agree", ["Thailand", "Cambodia"]), ("violation_alleged", ["Cambodia"])],
        ),
        # a pronoun subject whose act is told as a noun: "it observed a unilateral truce"
        (
            "Myanmar's military fought rebels in Shan state. The Ta'ang National Liberation Army "
            "held Lashio for a year. It observed a unilateral ceasefire during the monsoon.",
            [("declare", ["TNLA"])],
        ),
        # other words for urging a truce
        (
            "Sudan's army and the RSF fought in Kordofan. Turkey has been pushing the two "
            "generals toward a ceasefire since March.",
            [("call", ["Turkey"])],
        ),
        (
            "Sudan's army and the RSF fought in Kordofan. The Saudi foreign minister said a truce "
            "was the only way to reach the starving.",
            [("call", ["Saudi Arabia"])],
        ),
        # each side declares its own unilateral truce
        (
            "Israel and Hezbollah fought along the border. Both sides declared unilateral "
            "ceasefires for the olive harvest in 2019.",
            [("declare", ["Israel"]), ("declare", ["Hezbollah"])],
        ),
        # "ruled it out": a rejection of the truce named before
        (
            "Turkey and the PKK fought in the southeast. The PKK offered a truce for Newroz. "
            "Turkey's interior minister ruled it out on Friday.",
            [("offer", ["PKK"]), ("reject", ["Turkey"])],
        ),
        # a group that orders its units to halt operations declares a truce
        (
            "The Arakan Army fought Myanmar's military in Rakhine. The Arakan Army ordered all its "
            "units to halt offensive operations for the cyclone relief.",
            [("declare", ["Arakan Army"])],
        ),
        # a denial accuses no one
        (
            "Armenia and Azerbaijan agreed a truce in Sotk. Baku said its shelling had not "
            "breached the truce, and Yerevan denied violating it.",
            [("agree", ["Armenia", "Azerbaijan"])],
        ),
        # two sides that declare a truce together agree on it
        (
            "BOGOTA (Wire) - The ELN fought the army in Arauca. The government and the ELN "
            "declared a bilateral ceasefire for the election.",
            [("agree", ["Colombia", "ELN"])],
        ),
        # in a war of more sides, "each side accusing the other" names the two the sentence
        # does; the past truce and the breaches both count
        (
            "Myanmar's military fought the Arakan Army, the KIA and the TNLA. A truce between "
            "the military and the Three Brotherhood Alliance collapsed in June 2024, each side "
            "accusing the other of breaking it.",
            [
                ("agree", ["Myanmar military", "Three Brotherhood Alliance"]),
                ("violation_alleged", ["Myanmar military"]),
                ("violation_alleged", ["Three Brotherhood Alliance"]),
            ],
        ),
        # a time before a pronoun subject: "Last April they declared"
        (
            "The Houthis fought Yemen's government near Marib. Last April they declared a "
            "unilateral truce for the holy month.",
            [("declare", ["Houthis"])],
        ),
    ],
)
def test_refusals_breaches_and_subjects_read_past_their_wording(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_reported_should_asks_the_parties_it_names(extractor: RulesExtractor) -> None:
    body = (
        "Myanmar's military and the Arakan Army fought in Sittwe. The UN refugee agency said the "
        "military and the Arakan Army should suspend hostilities for a week."
    )
    [call] = _run(extractor, body).ceasefire_calls
    assert (call.actors, sorted(call.addressees)) == (
        ["UNHCR"],
        ["Arakan Army", "Myanmar military"],
    )


def test_a_headline_ending_on_a_quoted_word_is_a_headline(extractor: RulesExtractor) -> None:
    """'... Morocco rejects "blackmail"': a headline, whose acts count only when the body does
    not tell them; the body's own telling is the evidence."""
    text = (
        'Polisario offers truce if vote date set; Morocco rejects "blackmail"\n\n'
        "The Polisario Front said on Monday it was ready to halt attacks if the UN set a date "
        "for a referendum. Morocco's foreign minister dismissed the offer on Tuesday.\n"
    )
    calls = extractor.extract(article_from_text(text, id="headline")).ceasefire_calls
    rejections = [c for c in calls if c.act == "reject"]
    assert [(c.actors, c.evidence) for c in rejections] == [
        (["Morocco"], "Morocco's foreign minister dismissed the offer on Tuesday.")
    ]


def test_a_truce_declared_years_before_the_story_is_history(extractor: RulesExtractor) -> None:
    """A 2024 story recalling a truce declared in 2016 and the breaches it met then: both are
    historical, not this week's news."""
    body = (
        "The Houthis fired missiles at ships in the Red Sea in March 2024. A truce that the "
        "Saudi-led coalition declared in November 2016 lasted barely a day before the coalition "
        "and the Houthis accused each other of breaching it."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert {(c.act, c.time_scope) for c in calls} == {
        ("declare", "historical"),
        ("violation_alleged", "historical"),
    }


def test_a_mutual_accusation_gives_way_to_one_side_telling_its_own(
    extractor: RulesExtractor,
) -> None:
    """The lead's "accused each other" is a summary: where a later sentence tells one side's
    accusation, that sentence is its evidence."""
    body = (
        "Israel and Iran agreed a ceasefire on Tuesday, but within hours they accused each other "
        "of violating it. Israel's defence minister said Iran had fired missiles after the truce "
        "took effect, a complete violation of the ceasefire."
    )
    breaches = [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]
    told = {c.actors[0]: c.evidence for c in breaches}
    assert set(told) == {"Israel", "Iran"}
    assert told["Israel"].startswith("Israel's defence minister said")
    assert told["Iran"].startswith("Israel and Iran agreed a ceasefire")


@pytest.mark.parametrize(
    "aside",
    [
        ", as both sides traded accusations of violating it",
        ", while each side accused the other of breaking it",
    ],
)
def test_a_call_keeps_its_truce_when_a_later_clause_tells_breaches(
    extractor: RulesExtractor, aside: str
) -> None:
    """The verb of the truce's own clause acts on it: a breach told in the clause after is an
    act of its own, not the act that replaces the call."""
    body = (
        "JUBA, March 4 - The East African bloc IGAD on Tuesday urged South Sudan's government "
        f"and the SPLA-IO to respect the truce they signed in Addis Ababa{aside}."
    )
    calls = _calls(_run(extractor, body), "call", "urged South Sudan")
    assert [(c.actors, sorted(c.addressees)) for c in calls] == [
        (["IGAD"], ["SPLM-IO", "South Sudan"])
    ]


def test_the_government_of_a_dateline_is_its_state_in_a_war_of_two_states(
    extractor: RulesExtractor,
) -> None:
    """ "The government" in a story filed from a warring state's capital, which it names more
    often (but not twice as often) as the other warring state: that state accuses, not the
    group it accuses."""
    body = (
        "ADDIS ABABA, May 11 - Ethiopia said on Monday that Eritrea was massing troops near the "
        "border, and Ethiopian officials said Eritrean units had crossed it while the Ethiopian "
        "army was on alert.\n\nThe government's communication office accused the TPLF of moving "
        "fighters toward Afar in breach of the truce."
    )
    calls = _calls(_run(extractor, body), "violation_alleged", "communication office")
    assert [(c.actors, c.addressees) for c in calls] == [
        (["Ethiopia"], ["Tigray People's Liberation Front"])
    ]


def test_the_government_of_the_main_place_answers_an_offer_to_its_maker(
    extractor: RulesExtractor,
) -> None:
    """No dateline, and a second state with troops in the war: "the government" is the state
    the story happens in, when it is named more often than the other; "rejected the offer" is
    addressed to the offer's maker, not to the other state."""
    body = (
        "Al-Shabaab fighters attacked a base in Somalia's Lower Juba region on Monday, killing "
        "four Kenyan soldiers. Kenya has about 3,000 troops in Somalia, and Somalia's army "
        "fights beside them in Gedo and in Somalia's south.\n\nA former army officer who now "
        "commands an al-Shabaab unit in Jubaland offered a truce if the Kenyan troops went "
        "home. The government rejected the offer on Tuesday."
    )
    calls = _calls(_run(extractor, body), "reject", "The government rejected")
    assert [(c.actors, c.addressees) for c in calls] == [(["Somalia"], ["al-Shabaab"])]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # keeping a truce asked in other words: commit to it, live up to it, no return to war
        (
            "Ethiopia and the TPLF signed a truce in Pretoria. On Friday Kenya urged both sides "
            'to "fully commit" to the agreement.',
            "Kenya urged",
            "call",
            ["Kenya"],
        ),
        (
            "Israel and Hezbollah agreed a truce in November. France urged both sides to live up "
            "to their commitments under the deal.",
            "France urged",
            "call",
            ["France"],
        ),
        (
            "Thailand and Cambodia agreed a truce in Kuala Lumpur. The EU urged the two sides to "
            "avoid at all costs a return to fighting along the border.",
            "The EU urged",
            "call",
            ["European Union"],
        ),
        # a criminal armed group named again by its kind: "the gang", "the cartel"
        (
            "Ecuador's army raided a prison held by Los Choneros in Guayaquil this week.\n\n"
            "On Monday the gang said it would observe a truce if the raids stopped.",
            "the gang said",
            "offer",
            ["Los Choneros"],
        ),
        # one side agreeing to a truce asked of it accepts it, a time phrase in between or not
        (
            "NIAMEY, June 3 - Niger's army agreed on Thursday to an ECOWAS request for a "
            "three-day humanitarian truce around Tillaberi, a spokesman said.",
            "agreed on Thursday",
            "accept",
            ["Niger"],
        ),
        # two sides' leaders agreeing together agree, whatever the time phrase
        (
            "Kenya's president and his Somali counterpart agreed on Monday to an immediate "
            "ceasefire along the border.",
            "agreed on Monday",
            "agree",
            ["Kenya", "Somalia"],
        ),
        # both sides accepting one proposal agree on it together
        (
            "Mediators said Armenia's rival, Azerbaijan, and Armenia had accepted the proposal "
            "for a truce in Tavush.",
            "had accepted",
            "agree",
            ["Azerbaijan", "Armenia"],
        ),
        # a truce proposed by an onlooker: its proposer asks for it
        (
            "The M23 said on Friday it had agreed to a humanitarian truce proposed by Angola, "
            "while Congo's army kept up its offensive near Goma.",
            "proposed by Angola",
            "call",
            ["Angola"],
        ),
        # a call to open corridors for civilians asks for a humanitarian truce
        (
            "UNICEF called on Israel and Hamas to open humanitarian corridors in Rafah.",
            "humanitarian corridors",
            "call",
            ["UNICEF"],
        ),
        # "commit to" a truce with adjectives before it
        (
            "The ELN committed itself to a bilateral ceasefire with the government of Colombia.",
            "committed itself",
            "accept",
            ["ELN"],
        ),
    ],
)
def test_who_accepts_agrees_or_asks_by_the_wording_around_the_truce(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    calls = _calls(_run(extractor, body), act, sentence)
    assert [sorted(c.actors) for c in calls] == [sorted(actors)]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "actors"),
    [
        # "a 60-day extension", once a truce is named, is that truce extended
        (
            "KHARTOUM, May 30 - The week-long truce between Sudan's army and the Rapid Support "
            "Forces expired on Saturday. The army's spokesman brushed aside the mediators' call "
            "for a 60-day extension as a ploy.",
            "brushed aside",
            "reject",
            ["Sudanese Armed Forces"],
        ),
        # going back to a truce only on terms offers it
        (
            "MANILA, Jan 4 - A rebel spokesman said the New People's Army would only return to a "
            "holiday ceasefire once the army pulled out of the villages it had entered.",
            "would only return",
            "offer",
            ["New People's Army"],
        ),
        # standing down on a condition offers a halt
        (
            "NEW DELHI, May 10 - India's foreign secretary said New Delhi would stand down if "
            "Pakistan stopped its drone attacks on Jammu.",
            "would stand down",
            "offer",
            ["India"],
        ),
        # expecting several parties, named at length, to honour a truce asks them to
        (
            "PHNOM PENH, July 29 - Japan said it expected the Cambodian and Thai armed forces to "
            "fully honour the ceasefire agreed in Putrajaya.",
            "expected the Cambodian",
            "call",
            ["Japan"],
        ),
    ],
)
def test_refusals_offers_and_calls_told_in_other_words(
    extractor: RulesExtractor, body: str, sentence: str, act: str, actors: list[str]
) -> None:
    calls = _calls(_run(extractor, body), act, sentence)
    assert [c.actors for c in calls] == [actors]


def test_a_list_after_mediated_by_stops_before_the_sides_that_agree(
    extractor: RulesExtractor,
) -> None:
    """ "Talks mediated by Malaysia, Thailand and Cambodia have agreed": the war's own sides
    broker nothing; they are the subject of the clause the list runs into."""
    body = (
        "BANGKOK, July 28 - Fighting along the border went on for a fifth day on Monday.\n\n"
        "Malaysia's prime minister announced it first, writing that \"after talks mediated by "
        'Malaysia, Thailand and Cambodia have agreed to an immediate ceasefire."'
    )
    calls = _calls(_run(extractor, body), "agree", "Malaysia's prime minister")
    assert [(sorted(c.actors), c.mediators) for c in calls] == [
        (["Cambodia", "Thailand"], ["Malaysia"])
    ]


@pytest.mark.parametrize(
    ("tail", "act"),
    [
        # told with its dates and no terms: a truce declared
        ("from midnight on December 24 until January 2.", "declare"),
        ("for three days over the Christmas holiday.", "declare"),
        # told with terms: offered
        ("for three days if the army withdrew from Arauca.", "offer"),
    ],
)
def test_a_halt_a_side_says_it_will_make_is_declared_unless_it_sets_terms(
    extractor: RulesExtractor, tail: str, act: str
) -> None:
    body = (
        "BOGOTA, Dec 20 - Colombia's army said the ELN had attacked a base in Arauca. The ELN "
        f"said on Friday it would suspend attacks {tail}"
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if "would suspend" in c.evidence]
    assert [(c.act, c.actors) for c in calls] == [(act, ["ELN"])]


@pytest.mark.parametrize(
    ("sentence", "act", "actors"),
    [
        (
            "Kenya's president urged both sides to lay down their arms and return to talks.",
            "call",
            ["Kenya"],
        ),
        ("Qatar pressed the two sides to agree a truce before Ramadan.", "call", ["Qatar"]),
        (
            "The U.N. envoy said both parties should commit to a nationwide truce.",
            "call",
            ["United Nations"],
        ),
    ],
)
def test_asking_in_other_words(
    extractor: RulesExtractor, sentence: str, act: str, actors: list[str]
) -> None:
    body = (
        "KHARTOUM, May 3 - Sudan's army and the Rapid Support Forces clashed again on Monday. "
        + sentence
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if sentence in c.evidence]
    assert [(c.act, c.actors) for c in calls] == [(act, actors)]


def test_agreeing_to_lay_down_arms_is_a_surrender_not_a_truce(extractor: RulesExtractor) -> None:
    body = (
        "GOMA, March 4 - Under the deal, the militia's fighters agreed to lay down their arms and "
        "join a demobilisation camp run by Congo's army."
    )
    assert _run(extractor, body).ceasefire_calls == []


@pytest.mark.parametrize(
    ("sentence", "act", "actors", "addressees"),
    [
        (
            "Colombia's defence minister poured cold water on the idea of a truce, saying the "
            "ELN must free its hostages first.",
            "reject",
            ["Colombia"],
            ["ELN"],
        ),
        (
            "The ELN said it saw no point in a ceasefire while the army kept up raids in Arauca.",
            "reject",
            ["ELN"],
            ["Colombia"],
        ),
        (
            "The army said it would not stop fighting until the ELN released every hostage.",
            "offer",
            ["Colombia"],
            ["ELN"],
        ),
        (
            "The ELN gave its approval to the Christmas truce on Tuesday.",
            "accept",
            ["ELN"],
            ["Colombia"],
        ),
        (
            "The army said ELN fighters had attacked a patrol near Saravena after the bilateral "
            "ceasefire took effect.",
            "violation_alleged",
            ["Colombia"],
            ["ELN"],
        ),
    ],
)
def test_refusals_terms_approval_and_breaches_in_other_words(
    extractor: RulesExtractor,
    sentence: str,
    act: str,
    actors: list[str],
    addressees: list[str],
) -> None:
    body = (
        "BOGOTA, Dec 20 - Colombia's army and the ELN rebels clashed in Arauca on Monday. "
        + sentence
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if sentence in c.evidence]
    assert [(c.act, c.actors, c.addressees) for c in calls] == [(act, actors, addressees)]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        # a refusal dated to a year before the story is background
        ("The ELN rejected a government call for a Christmas truce in 2019.", "historical"),
        # a refusal today of a deal named by its year is news
        ("The ELN on Monday rejected the 2016 peace agreement as a betrayal.", "current"),
    ],
)
def test_a_refusal_dated_years_back_is_history(
    extractor: RulesExtractor, sentence: str, scope: str
) -> None:
    body = (
        "BOGOTA, Nov 3, 2025 - Colombia's army and the ELN rebels clashed in Arauca on Monday. "
        + sentence
    )
    calls = _calls(_run(extractor, body), "reject", sentence)
    assert [c.time_scope for c in calls] == [scope]


@pytest.mark.parametrize(
    ("sentence", "act", "actors"),
    [
        # (a "plan" denied is no offer of one)
        (
            '"There is no plan to extend the truce, and our attacks will resume tonight," an ELN '
            "commander said.",
            "reject",
            ["ELN"],
        ),
        (
            "The ELN's commander left the talks in Caracas without signing the truce.",
            "reject",
            ["ELN"],
        ),
        (
            "The ELN said it would agree to a ceasefire in principle only once the army left "
            "Arauca.",
            "offer",
            ["ELN"],
        ),
        (
            "The ELN accused the army of raiding its camps in Arauca despite their declared truce.",
            "violation_alleged",
            ["ELN"],
        ),
    ],
)
def test_refusals_approvals_terms_and_breaches_told_around_the_truce(
    extractor: RulesExtractor, sentence: str, act: str, actors: list[str]
) -> None:
    body = (
        "BOGOTA, Dec 20, 2025 - Colombia's army and the ELN rebels clashed in Arauca on Monday. "
        + sentence
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if sentence[:30] in c.evidence]
    assert [(c.act, c.actors) for c in calls] == [(act, actors)]


def test_monitors_counting_violations_accuse_no_one(extractor: RulesExtractor) -> None:
    body = (
        "KRAMATORSK, July 28 - Ukraine and Russia agreed a truce in the Donbas on July 22. The "
        "OSCE's monitoring mission said it had recorded 12 ceasefire violations in the Donetsk "
        "region on Monday."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [c.act for c in calls] == ["agree"]


def test_a_declaration_named_as_a_document_is_no_declared_truce(
    extractor: RulesExtractor,
) -> None:
    body = (
        "JUBA, June 28 - President Salva Kiir and the SPLM-IO leader Riek Machar signed the "
        "so-called Juba Declaration on Wednesday, committing their forces to a permanent "
        "ceasefire."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert "declare" not in {c.act for c in calls}
    assert [(c.act, sorted(c.actors)) for c in calls] == [("agree", ["SPLM-IO", "South Sudan"])]


def test_the_front_is_the_front_named_before(extractor: RulesExtractor) -> None:
    body = (
        "TINDOUF, Nov 14 - Morocco and the Polisario Front agreed a truce in 1991. The Polisario "
        "Front said on Friday its fighters would respect it. By mid-morning, the front accused "
        "Moroccan troops of shelling Guerguerat in breach of the truce."
    )
    calls = _calls(_run(extractor, body), "violation_alleged", "the front accused")
    assert [(c.actors, c.addressees) for c in calls] == [(["Polisario Front"], ["Morocco"])]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        # a side answering with a truce of its own declares it
        (
            "Two days after Kiir's announcement, the rebels responded with a ceasefire of their "
            "own, covering the Christmas holiday.",
            ["SPLM-IO"],
        ),
        # a halt announced for a further span, with no terms, is declared
        (
            "President Salva Kiir announced that government forces would hold their fire for "
            "another 10 days.",
            ["South Sudan"],
        ),
    ],
)
def test_truces_of_ones_own_are_declared(
    extractor: RulesExtractor, sentence: str, actors: list[str]
) -> None:
    body = (
        "JUBA, Dec 27 - South Sudan's army and the SPLM-IO rebels clashed in Upper Nile on "
        "Monday. " + sentence
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if sentence[:30] in c.evidence]
    assert [(c.act, c.actors) for c in calls] == [("declare", actors)]


def test_the_call_refers_to_the_truce_call_named_before(extractor: RulesExtractor) -> None:
    body = (
        "BENGHAZI, Jan 12 - Russia and Turkey called on Libya's rival camps to observe a truce "
        "from Sunday. Late on Saturday, the Libyan National Army announced that it would go along "
        "with the call."
    )
    calls = _calls(_run(extractor, body), "accept", "go along")
    assert [c.actors for c in calls] == [["Libyan National Army"]]


@pytest.mark.parametrize(
    ("sentence", "act", "actors"),
    [
        # two warring parties in a long subject list agree together
        (
            "Mali's military-led government and the Tuareg-led Azawad Liberation Front have agreed "
            "to extend their truce by a month, Algeria said.",
            "agree",
            ["Azawad Liberation Front", "Mali"],
        ),
        # one side saying it could agree offers
        (
            "The Azawad Liberation Front's spokesman said the rebels could agree to prolong the "
            "truce.",
            "offer",
            ["Azawad Liberation Front"],
        ),
        # denying ever agreeing to a truce refuses it
        (
            "The Azawad Liberation Front said it had never agreed to such a truce.",
            "reject",
            ["Azawad Liberation Front"],
        ),
    ],
)
def test_one_side_or_two_by_the_subject_and_the_modal(
    extractor: RulesExtractor, sentence: str, act: str, actors: list[str]
) -> None:
    body = (
        "BAMAKO, Sept 3 - Mali's army and the Azawad Liberation Front clashed near Kidal on "
        "Monday. " + sentence
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if sentence[:30] in c.evidence]
    assert [(c.act, sorted(c.actors)) for c in calls] == [(act, sorted(actors))]


def test_a_fight_that_ended_without_any_truce_tells_no_truce(extractor: RulesExtractor) -> None:
    body = (
        "NEW DELHI, May 3 - India and China clashed in the Galwan valley in 2020, but those "
        "clashes ended without any formal truce."
    )
    assert _run(extractor, body).ceasefire_calls == []


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        # an appeal launched after a truce began is not an attack on it
        (
            "Congo and the M23 agreed a ceasefire in Luanda on Monday. The UN launched a funding "
            "appeal for Ituri three days after the truce took effect.",
            "launched a funding appeal",
        ),
        # a deal struck after a truce began keeps it
        (
            "Congo and the M23 agreed a ceasefire in Luanda on Monday. Kinshasa struck a deal on "
            "prisoner swaps with the M23 a week after the ceasefire began.",
            "struck a deal",
        ),
        # a call-up of reservists is no appeal for a truce, even rejected
        (
            "The Myanmar military and the Arakan Army agreed a truce on Monday. The Arakan Army "
            "rejected the call-up of new recruits ordered by the junta.",
            "rejected the call-up",
        ),
        # "an extension of martial law" extends no truce
        (
            "Russia and Ukraine agreed a truce around the power plant on Monday. Ukraine "
            "rejected a 90-day extension of martial law proposed by a small party.",
            "extension of martial law",
        ),
    ],
)
def test_words_near_a_named_truce_that_are_no_act_on_it(
    extractor: RulesExtractor, body: str, sentence: str
) -> None:
    found = [c for c in _run(extractor, body).ceasefire_calls if sentence in c.evidence]
    assert found == [], [(c.act, c.actors) for c in found]


def test_an_attack_launched_after_the_truce_began_breaks_it(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Congo and the M23 agreed a ceasefire in Luanda on Monday. Kinshasa said M23 fighters "
        "launched a mortar assault on Sake hours after the truce took effect.",
    )
    (call,) = _calls(extraction, "violation_alleged", "mortar assault")
    assert (call.actors, call.addressees) == (["DR Congo"], ["M23"])


def test_answering_a_truce_with_an_offer_is_an_offer(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The Myanmar military declared a truce on Friday. The Arakan Army responded with a "
        "ceasefire proposal of its own on Sunday.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls if "Sunday" in c.evidence] == [
        ("offer", ["Arakan Army"])
    ]


def test_a_refusal_told_as_background_in_a_relative_clause_is_no_rejection(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The ELN, which had never signed the 2016 peace accord, accepted the government's new "
        "truce on Friday.",
    )
    assert [c.act for c in extraction.ceasefire_calls] == ["accept"]


def test_fighting_on_until_ones_own_goal_offers_nothing(extractor: RulesExtractor) -> None:
    own_goal = _run(extractor, "The M23 vowed it would not stop until it controlled Goma airport.")
    assert own_goal.ceasefire_calls == []
    terms = _run(
        extractor, "The M23 said it would not stop fighting until Congolese troops left Masisi."
    )
    assert [(c.act, c.actors) for c in terms.ceasefire_calls] == [("offer", ["M23"])]


def test_accepting_the_terms_of_a_named_truce(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Colombia and the ELN agreed a six-month truce in Havana on Friday. On Sunday the ELN "
        "command said it accepted the terms in full.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls if "in full" in c.evidence] == [
        ("accept", ["ELN"])
    ]


def test_a_broker_announcing_a_truce_between_two_sides_tells_of_their_agreement(
    extractor: RulesExtractor,
) -> None:
    brokered = _run(
        extractor,
        "Kenya announced a truce between the SPLM-IO and the South Sudanese government on Monday.",
    )
    assert [(c.act, c.actors, c.mediators) for c in brokered.ceasefire_calls] == [
        ("agree", ["SPLM-IO", "South Sudan"], ["Kenya"])
    ]
    own = _run(extractor, "Turkey announced a ceasefire in northern Syria on Tuesday.")
    assert [(c.act, c.actors) for c in own.ceasefire_calls] == [("declare", ["Turkey"])]


def test_a_past_told_in_an_aside_does_not_date_the_act_outside_it(
    extractor: RulesExtractor,
) -> None:
    aside = _run(
        extractor,
        "The ELN, which had broken the 2017 truce within weeks, accepted the government's new "
        "ceasefire offer on Friday.",
    )
    assert [c.time_scope for c in aside.ceasefire_calls if c.act == "accept"] == ["current"]
    about_the_truce = _run(
        extractor,
        "The truce agreed in Jeddah, which collapsed within a week, was accepted by the RSF.",
    )
    assert [c.time_scope for c in about_the_truce.ceasefire_calls] == ["historical"]
    dated = _run(extractor, "The ELN accepted the 2017 truce after weeks of talks.")
    assert [(c.act, c.time_scope) for c in dated.ceasefire_calls] == [("accept", "historical")]


def test_stopping_as_a_named_deal_requires_accepts_it(extractor: RulesExtractor) -> None:
    under_deal = _run(
        extractor,
        "Israel and Hezbollah agreed a 60-day truce on Tuesday. Hezbollah said it would end its "
        "rocket fire on northern Israel in line with the agreement.",
    )
    assert [
        (c.act, c.type, c.actors) for c in under_deal.ceasefire_calls if "in line" in c.evidence
    ] == [("accept", "observance", ["Hezbollah"])]
    pressed = _run(
        extractor, "Hezbollah said it would end its rocket fire under pressure from Iran."
    )
    assert [c.act for c in pressed.ceasefire_calls] == ["offer"]


def test_a_truce_named_only_as_the_time_frame_of_an_obligation_is_no_call(
    extractor: RulesExtractor,
) -> None:
    framed = _run(
        extractor,
        "Russia and Ukraine signed the grain deal in Istanbul. Under the agreement, Turkey says "
        "three ships a day should leave Odesa during the truce.",
    )
    assert framed.ceasefire_calls == []
    asked = _run(extractor, "The UN said there should be a truce during the olive harvest.")
    assert [(c.act, c.actors) for c in asked.ceasefire_calls] == [("call", ["United Nations"])]


@pytest.mark.parametrize(
    "body",
    [
        "Myanmar's military declared a ceasefire until April 22 to allow earthquake relief.",
        "The UN called for a truce to allow medical evacuations from Khan Younis.",
        "The African Union called for a pause in the fighting for the delivery of food aid.",
    ],
)
def test_a_truce_for_relief_or_evacuations_is_humanitarian(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.type for c in _run(extractor, body).ceasefire_calls] == ["humanitarian"]


def test_refusing_a_leaders_proposal_answers_the_leaders_party(extractor: RulesExtractor) -> None:
    refused = _run(
        extractor,
        "Hamas official Osama Hamdan rejected Benjamin Netanyahu's proposal for a 45-day truce.",
    )
    assert [(c.actors, c.addressees) for c in refused.ceasefire_calls if c.act == "reject"] == [
        (["Hamas"], ["Israel"])
    ]
    accepted = _run(
        extractor, "Israel accepted Donald Trump's proposal for a truce with Hezbollah."
    )
    assert [c.addressees for c in accepted.ceasefire_calls] == [["Hezbollah"]]


def test_an_accusation_after_a_commitment_in_one_sentence_is_its_own_act(
    extractor: RulesExtractor,
) -> None:
    both = _run(
        extractor,
        "The SPLM-IO and the South Sudanese government signed a truce in Juba. The SPLM-IO said "
        "it remained committed to the truce, and alleged that government troops had committed "
        "violations near Nasir.",
    )
    assert [(c.act, c.actors) for c in both.ceasefire_calls if c.act != "agree"] == [
        ("accept", ["SPLM-IO"]),
        ("violation_alleged", ["SPLM-IO"]),
    ]


def test_breaches_told_as_a_fact_are_the_speakers_allegation(extractor: RulesExtractor) -> None:
    lead = "The M23 and the Congolese army agreed a truce in Doha. "
    told = _run(
        extractor,
        lead + 'Army spokesman Sylvain Ekenge spoke in Kinshasa. "There have been repeated '
        'breaches of the truce," he said, calling on the M23 to rein in its fighters.',
    )
    assert [(c.actors, c.addressees) for c in _calls(told, "violation_alleged", "breaches")] == [
        (["DR Congo"], ["M23"])
    ]
    denied = _run(extractor, lead + "Qatar said there were no violations of the truce overnight.")
    assert [c.act for c in denied.ceasefire_calls] == ["agree"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Myanmar's junta said on Tuesday it was extending its ceasefire until the end of the "
            "month.",
            [("declare", ["Myanmar military"], "extension")],
        ),
        (
            "The ELN said it would extend its unilateral ceasefire through January.",
            [("declare", ["ELN"], "extension")],
        ),
        (
            "Israel and Hamas extended the truce by two days.",
            [("agree", ["Israel", "Hamas"], "extension")],
        ),
        (
            "The UN urged the sides to extend the truce.",
            [("call", ["United Nations"], "extension")],
        ),
        ("Israel did not extend the pause in northern Gaza.", []),
    ],
)
def test_a_party_extending_a_truce_of_its_own(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str], str]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.type) for c in calls] == expected


def test_an_understanding_named_after_its_place_is_a_truce(extractor: RulesExtractor) -> None:
    breached = _run(extractor, "Pakistan called the raid a clear breach of the Doha understanding.")
    assert [(c.act, c.actors) for c in breached.ceasefire_calls] == [
        ("violation_alleged", ["Pakistan"])
    ]
    growing = _run(extractor, "There is a growing understanding in Washington that talks failed.")
    assert growing.ceasefire_calls == []


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "Colombian President Gustavo Petro suspended the ceasefire with the ELN after an "
            "attack on a military base.",
            ["Colombia"],
        ),
        (
            "The TTP announced the suspension of its truce with Pakistan.",
            ["Tehreek-e-Taliban Pakistan"],
        ),
        ("The ELN denied on Monday that it had agreed to any truce with the government.", ["ELN"]),
        ("Hamas denied reports it had accepted the latest proposal for a truce.", ["Hamas"]),
    ],
)
def test_suspending_a_truce_or_denying_agreeing_to_one_rejects_it(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("reject", actors)]


def test_calling_reports_propaganda_is_no_call(extractor: RulesExtractor) -> None:
    body = (
        "The SPLM-IO and South Sudan signed a truce in Juba. South Sudan's army said the truce "
        "was holding, calling the reports propaganda."
    )
    assert [c.act for c in _run(extractor, body).ceasefire_calls] == ["agree"]


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        ("Mali's junta rejected the rebels' offer of a truce.", "reject", ["Mali"]),
        ("Niger's military council dismissed a call for a ceasefire.", "reject", ["Niger"]),
    ],
)
def test_a_body_of_a_state_acts_in_the_past_tense(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    # (and the rebels' offer, made by no one the text places, is no offer of Mali's)
    assert _act_actors(extractor, body) == [(act, actors)]


def test_refusing_to_extend_and_hoping_others_will(extractor: RulesExtractor) -> None:
    lead = "The Houthis and the Yemeni government agreed a truce in April. "
    refused = _run(
        extractor,
        lead + "Houthi negotiator Mohammed Abdulsalam said the group would not extend the truce "
        "unless salaries were paid.",
    )
    # terms for extending it: a conditional offer, as the conventions read "we will stop once
    # they withdraw" (this test asked for a rejection before lexicon 150)
    assert [(c.act, c.actors) for c in _calls(refused, "offer", "would not extend")] == [
        ("offer", ["Houthis"])
    ]
    hoped = _run(extractor, "Egypt said it hoped Israel and Hamas would agree to a longer truce.")
    assert [(c.act, c.actors, c.addressees) for c in hoped.ceasefire_calls] == [
        ("call", ["Egypt"], ["Israel", "Hamas"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The EU's foreign policy chief, Kaja Kallas, said a ceasefire in Sudan was "
            '"urgently needed".',
            [("call", ["European Union"])],
        ),
        ('"We need a ceasefire now," said UNICEF chief Catherine Russell.', [("call", ["UNICEF"])]),
        ("The ELN said it did not need a truce to win.", []),
        ("Aid agencies said fuel was urgently needed during the truce.", []),
        ("Russia said there was no need for a ceasefire.", [("reject", ["Russia"])]),
    ],
)
def test_a_truce_said_to_be_needed_is_a_call(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The M23 vowed to respect the ceasefire.", [("accept", ["M23"])]),
        ("The Houthis signalled their readiness for a truce.", [("offer", ["Houthis"])]),
        ("Iran backs the Houthis, who have rejected the truce.", [("reject", ["Houthis"])]),
        (
            "The US sanctioned the RSF, which has since refused to sign the truce.",
            [("reject", ["Rapid Support Forces"])],
        ),
        (
            "The RSF, which controls most of Darfur, rejected the truce.",
            [("reject", ["Rapid Support Forces"])],
        ),
    ],
)
def test_promises_readiness_and_a_relative_clauses_subject(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_breaches_said_to_be_committed_are_alleged(extractor: RulesExtractor) -> None:
    body = (
        "Israel and Hezbollah agreed a truce in November. Lebanon's army said Israeli forces had "
        "committed 816 breaches since the truce took effect."
    )
    calls = _calls(_run(extractor, body), "violation_alleged", "committed 816 breaches")
    assert [(c.actors, c.addressees) for c in calls] == [(["Lebanon"], ["Israel"])]


def test_terms_offered_in_exchange_for_a_truce(extractor: RulesExtractor) -> None:
    offered = _run(
        extractor,
        "The M23 said it would free all captured soldiers in exchange for a permanent ceasefire.",
    )
    assert [(c.act, c.actors, c.type) for c in offered.ceasefire_calls] == [
        ("offer", ["M23"], "permanent")
    ]
    swapped = _run(
        extractor, "Hamas freed 105 hostages in exchange for 240 prisoners during the truce."
    )
    assert swapped.ceasefire_calls == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Qatar proposed a truce between Congo and the M23. The proposal was accepted by the "
            "M23 on Monday but rejected by Congo a day later.",
            [("accept", ["M23"]), ("reject", ["DR Congo"])],
        ),
        (
            "Qatar proposed a truce between Congo and the M23. The offer was turned down by Congo.",
            [("reject", ["DR Congo"])],
        ),
        (
            "Sudan's army and the RSF have fought since April 2023. Calls for a truce have been "
            "rejected by both sides.",
            [("reject", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
    ],
)
def test_passive_refusals(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert sorted((c.act, c.actors) for c in calls if c.act in ("accept", "reject")) == expected


def test_agreeing_a_truce_with_the_other_side_and_refusing_to_join_one(
    extractor: RulesExtractor,
) -> None:
    agreed = _run(
        extractor,
        "Myanmar's military agreed to a temporary ceasefire with the Three Brotherhood Alliance "
        "after talks in China.",
    )
    assert [(c.act, sorted(c.actors)) for c in agreed.ceasefire_calls] == [
        ("agree", ["Myanmar military", "Three Brotherhood Alliance"])
    ]
    alone = _run(extractor, "Cambodia agreed to an immediate and unconditional ceasefire.")
    assert [c.act for c in alone.ceasefire_calls] == ["accept"]
    refused = _run(extractor, "The Arakan Army said it would not join the truce.")
    assert [(c.act, c.actors) for c in refused.ceasefire_calls] == [("reject", ["Arakan Army"])]


def test_a_quote_of_several_sentences_is_its_speakers(extractor: RulesExtractor) -> None:
    lead = "The M23 and the Congolese army agreed a truce in Doha. "
    accused = _run(
        extractor,
        lead + '"The army has violated the truce dozens of times. They cannot be trusted," the '
        "M23 said in a statement.",
    )
    assert [(c.actors, c.addressees) for c in _calls(accused, "violation_alleged", "")] == [
        (["M23"], ["DR Congo"])
    ]
    kept = _run(
        extractor,
        lead + '"We will respect the truce. But if they attack us, we will respond," M23 '
        "spokesman Lawrence Kanyuka said.",
    )
    assert [(c.act, c.actors) for c in kept.ceasefire_calls if c.act != "agree"] == [
        ("accept", ["M23"])
    ]


@pytest.mark.parametrize(
    ("teller", "expected"),
    [
        ("according to the Congolese army", [(["DR Congo"], ["M23"])]),
        ("the Congolese army said", [(["DR Congo"], ["M23"])]),
        ("residents said", []),
    ],
)
def test_a_passive_breach_is_alleged_by_whoever_tells_it(
    extractor: RulesExtractor, teller: str, expected: list[tuple[list[str], list[str]]]
) -> None:
    body = (
        "The M23 and the Congolese army agreed a truce in Doha. The truce was violated by the "
        f"M23 on Sunday, {teller}."
    )
    calls = _calls(_run(extractor, body), "violation_alleged", "")
    assert [(c.actors, c.addressees) for c in calls] == expected


def test_an_owners_act_told_as_a_noun(extractor: RulesExtractor) -> None:
    accepted = _run(
        extractor, "Ukraine's acceptance of the US plan for a truce surprised observers."
    )
    assert [(c.act, c.actors, c.type) for c in accepted.ceasefire_calls] == [
        ("accept", ["Ukraine"], "immediate")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Israel paused its offensive in Rafah for four hours each day.",
            [("declare", ["Israel"])],
        ),
        ("The Houthis suspended their attacks on shipping.", [("declare", ["Houthis"])]),
        ("The UN called on Israel to halt its offensive in Rafah.", [("call", ["United Nations"])]),
        ("Israel did not halt its offensive in Rafah.", []),
    ],
)
def test_a_party_halting_its_own_offensive_declares_a_halt(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_past_truce_told_with_its_own_act_after_since(extractor: RulesExtractor) -> None:
    lead = (
        "Published 28 March 2025\n\nSouth Sudan's army clashed with the SPLM-IO near Nasir on "
        "Tuesday. "
    )
    dated = _run(extractor, lead + "It was the worst fighting since a truce signed in 2018.")
    assert [(c.act, c.actors, c.time_scope) for c in dated.ceasefire_calls] == [
        ("agree", ["South Sudan", "SPLM-IO"], "historical")
    ]
    timed = _run(extractor, lead + "Dozens have been killed since the truce took effect.")
    assert timed.ceasefire_calls == []


def test_a_definitive_ceasefire_is_permanent(extractor: RulesExtractor) -> None:
    body = "The Philippine government and the MILF signed a definitive ceasefire in Manila."
    assert [c.type for c in _run(extractor, body).ceasefire_calls] == ["permanent"]


def test_suspending_operations_and_accepting_a_roadmap(extractor: RulesExtractor) -> None:
    suspended = _run(
        extractor,
        "Kataib Hezbollah said it was suspending military operations against US forces in Iraq.",
    )
    assert [(c.act, c.actors) for c in suspended.ceasefire_calls] == [
        ("declare", ["Kataib Hezbollah"])
    ]
    effect = _run(extractor, "A ceasefire took hold at noon, halting the worst fighting in years.")
    assert [c.act for c in effect.ceasefire_calls if c.act == "declare"] == []
    roadmap = _run(
        extractor,
        "IGAD proposed a roadmap for a cessation of hostilities in South Sudan. The SPLM-IO said "
        "it accepted the IGAD roadmap.",
    )
    assert [(c.act, c.actors) for c in _calls(roadmap, "accept", "accepted the IGAD")] == [
        ("accept", ["SPLM-IO"])
    ]


def test_a_vote_to_accept_and_terms_told_with_until(extractor: RulesExtractor) -> None:
    lead = "Thailand and Cambodia agreed a truce on Monday. "
    voted = _run(
        extractor,
        lead + "Thailand's cabinet voted unanimously to accept a Malaysian proposal for a truce.",
    )
    assert [(c.act, c.actors) for c in _calls(voted, "accept", "voted")] == [
        ("accept", ["Thailand"])
    ]
    assert _calls(voted, "offer", "voted") == []
    terms = _run(
        extractor,
        lead + "Cambodia had said it would not stop firing rockets until Thai troops withdrew.",
    )
    assert [(c.act, c.actors) for c in _calls(terms, "offer", "until")] == [("offer", ["Cambodia"])]


def test_agreeing_to_extend_a_truce_named_before(extractor: RulesExtractor) -> None:
    lead = "Israel and Hamas agreed on a four-day humanitarian pause in Gaza. "
    extended = _run(
        extractor, lead + "Qatar said on Monday that both sides had agreed to extend the pause."
    )
    assert [(c.act, sorted(c.actors), c.type) for c in _calls(extended, "agree", "extend")] == [
        ("agree", ["Hamas", "Israel"], "extension")
    ]
    chance = _run(extractor, lead + 'Qatar said the chance of extending the pause was "real".')
    assert [c.act for c in chance.ceasefire_calls] == ["agree"]
    again = _run(extractor, lead + "Qatar said on Monday that the two sides had agreed the deal.")
    assert [c.act for c in again.ceasefire_calls] == ["agree"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The PKK said on Saturday that its two-year truce with Turkey was over.",
            [("reject", ["PKK"])],
        ),
        ('The ELN said the ceasefire with the government was "dead".', [("reject", ["ELN"])]),
        ("The UN said the truce was over.", []),
    ],
)
def test_a_side_declaring_its_truce_over_rejects_it(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_suspending_military_and_security_operations(extractor: RulesExtractor) -> None:
    body = "Al-Shabaab announced it was suspending military and security operations in Gedo."
    assert _act_actors(extractor, body) == [("declare", ["al-Shabaab"])]


def test_one_side_agreeing_to_a_plan_named_before_accepts_it(extractor: RulesExtractor) -> None:
    lead = "The AU proposed a plan for a ceasefire between Ethiopia and the TPLF. "
    agreed = _run(extractor, lead + "Ethiopia agreed to the plan in principle on Monday.")
    assert [(c.act, c.actors) for c in _calls(agreed, "accept", "in principle")] == [
        ("accept", ["Ethiopia"])
    ]
    again = _run(
        extractor,
        "Israel and Hamas agreed a truce on Friday. Qatar said the two sides had agreed to the "
        "deal.",
    )
    assert [c.act for c in again.ceasefire_calls] == ["agree"]


@pytest.mark.parametrize(
    "sentence",
    [
        'The M23 said Congo had "unilaterally overturned" the ceasefire agreement.',
        "The M23 accused Congo of reneging on the deal.",
    ],
)
def test_overturning_or_reneging_on_a_truce_is_a_breach(
    extractor: RulesExtractor, sentence: str
) -> None:
    body = "The M23 and Congo agreed to a truce in Doha in July. " + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls if c.act != "agree"] == [
        ("violation_alleged", ["M23"], ["DR Congo"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hezbollah demanded that Israel halt its attacks and abide by the ceasefire.",
            [("call", ["Hezbollah"])],
        ),
        (
            "The M23 and Congo agreed to a truce in Doha in July. The M23 accused Congo of tearing "
            "up the agreement by refusing to free prisoners.",
            [("agree", ["M23", "DR Congo"]), ("violation_alleged", ["M23"])],
        ),
        (
            "Mali's junta said it was ready to declare a ceasefire if the rebels disarmed.",
            [("offer", ["Mali"])],
        ),
        (
            "Thailand rebuffed offers of mediation from third countries and a call for a truce.",
            [("reject", ["Thailand"])],
        ),
    ],
)
def test_held_out_forms_of_demands_breaches_and_offers(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Tehran said it would end its response if Israel stops its attacks by 4 a.m.",
        "The Polisario Front said it would consider halting its attacks only if a date was set.",
    ],
)
def test_a_halt_in_a_condition_or_under_consideration_is_no_declaration(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.act for c in _run(extractor, body).ceasefire_calls if c.act == "declare"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Arakan Army has not accepted the junta's truce offer, a spokesman said.",
            [("reject", ["Arakan Army"])],
        ),
        (
            "The Arakan Army never accepted the truce, its spokesman said.",
            [("reject", ["Arakan Army"])],
        ),
        (
            "Fano fighters have refused to accept the ceasefire announced by Addis Ababa.",
            [("reject", ["Fano"])],
        ),
        (
            "Viv Ansanm leaders said they were unwilling to accept a ceasefire.",
            [("reject", ["Viv Ansanm"])],
        ),
        # still open: neither accepted nor refused
        ("Al-Shabaab has yet to accept the ceasefire.", []),
    ],
)
def test_a_negated_acceptance_is_no_acceptance(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("accept", "reject")] == expected


def test_an_army_unit_named_by_arm_and_echelon_is_its_state(extractor: RulesExtractor) -> None:
    body = (
        "MOGADISHU, Somalia - The army's 3rd Mechanized Brigade accused al-Shabaab of violating "
        "the truce near Kismayo. Lt. Col. Abdi Warsame, commander of the 64th Infantry "
        "Battalion, said two soldiers were wounded."
    )
    extraction = _run(extractor, body)
    assert [(c.act, c.actors, c.addressees) for c in extraction.ceasefire_calls] == [
        ("violation_alleged", ["Somalia"], ["al-Shabaab"])
    ]
    names = {p.name for p in extraction.parties}
    assert not names & {"Mechanized Brigade", "Infantry Battalion"}


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Government troops and fighters of the Arakan Army (AA) have agreed to a truce in "
            "Paletwa, officials said. The Myanmar army said three soldiers died.",
            ["Myanmar military", "Arakan Army"],
        ),
        (
            "Ethiopian troops and fighters of the Oromo Liberation Army (OLA) agreed to a truce "
            "in Wollega, officials said.",
            ["Ethiopia", "Oromo Liberation Army"],
        ),
    ],
)
def test_members_of_a_party_in_a_list_of_sides_stand_for_it(
    extractor: RulesExtractor, body: str, sides: list[str]
) -> None:
    assert _act_actors(extractor, body) == [("agree", sides)]


@pytest.mark.parametrize(
    ("body", "rejected_by"),
    [
        (
            "Fano and the Ethiopian government agreed to a truce in Gondar in May. In August, "
            "Fano declared the truce void after drone strikes on Bahir Dar.",
            ["Fano"],
        ),
        (
            "Myanmar's junta declared the 2015 nationwide ceasefire agreement void, saying the "
            "rebels had broken it.",
            ["Myanmar military"],
        ),
    ],
)
def test_declaring_a_truce_void_rejects_it(
    extractor: RulesExtractor, body: str, rejected_by: list[str]
) -> None:
    acts = _act_actors(extractor, body)
    assert [a for a in acts if a[0] == "reject"] == [("reject", rejected_by)]
    assert not [a for a in acts if a[0] == "declare"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Myanmar's army and the Arakan Army have fought since November. The Arakan Army "
            "broke a truce declared by Myanmar's military in January.",
            ("declare", ["Myanmar military"]),
        ),
        (
            "Fano fighters attacked Gondar despite a truce rejected by the Ethiopian government "
            "a day earlier.",
            ("reject", ["Ethiopia"]),
        ),
    ],
)
def test_a_participle_with_its_agent_after_a_truce_is_the_agents_act(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] == expected[0]] == [expected]


def test_a_participle_whose_agent_is_not_placed_gives_no_act(extractor: RulesExtractor) -> None:
    body = "The UN envoy praised the truce declared by the council, which began on Monday."
    assert [a for a in _act_actors(extractor, body) if a[0] == "declare"] == []


def test_would_not_entertain_a_truce_rejects_it(extractor: RulesExtractor) -> None:
    body = "Al-Shabaab said it would not entertain any truce with the federal government."
    assert _act_actors(extractor, body) == [("reject", ["al-Shabaab"])]


def test_a_body_whose_forces_fight_is_a_side_of_the_truce(extractor: RulesExtractor) -> None:
    body = (
        "Fighting between Jubaland forces and the Somali army killed 12 people near Beled Hawo. "
        "On Friday a truce was reached."
    )
    assert _act_actors(extractor, body) == [("agree", ["Jubaland", "Somalia"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday a truce was reached through the mediation of Qatar.",
        "On Friday a truce was reached through Qatari mediation.",
        "On Friday a truce was reached thanks to Qatar's mediation.",
    ],
)
def test_a_state_named_with_mediation_is_the_mediator(
    extractor: RulesExtractor, sentence: str
) -> None:
    body = "Fighting between the M23 and the Congolese army killed 12 people. " + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.mediators) for c in calls] == [
        ("agree", ["M23", "DR Congo"], ["Qatar"])
    ]


def test_a_truce_between_two_named_sides_after_an_aside_binds_them(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Fighting between the M23 and Congolese troops killed 12 people in 2025. A previous "
        "truce, brokered by Angola between Congo and Rwanda in July 2024, collapsed."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.mediators) for c in calls] == [
        ("agree", ["DR Congo", "Rwanda"], ["Angola"])
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an unplaced speaker: the accused is no accuser
        ("A regional official said TPLF forces had violated the deal.", []),
        (
            "Ethiopia said TPLF forces had violated the deal.",
            [("violation_alleged", ["Ethiopia"], ["Tigray People's Liberation Front"])],
        ),
    ],
)
def test_the_fighters_of_the_accused_are_no_speaker(
    extractor: RulesExtractor, sentence: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    body = "Ethiopia and the TPLF agreed a truce in May. " + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls if c.act != "agree"] == expected


@pytest.mark.parametrize(
    "named_in_clause",
    [
        "Secretary of State Antony Blinken",  # a state named only by its official
        "the United States",
    ],
)
def test_an_onlooker_in_a_relative_clause_extends_no_truce(
    extractor: RulesExtractor, named_in_clause: str
) -> None:
    body = (
        "Sudan's army and the RSF have fought since April 2023, killing thousands. A 72-hour "
        f"ceasefire that {named_in_clause} unveiled in late April was extended several times."
    )
    assert _act_actors(extractor, body) == [
        ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])
    ]


def test_a_breach_of_what_was_agreed_refers_to_the_truce(extractor: RulesExtractor) -> None:
    body = (
        "Thailand and Cambodia agreed a ceasefire on Monday. Cambodia said Thai troops had "
        "fired artillery in violation of what was agreed."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls if c.act != "agree"] == [
        ("violation_alleged", ["Cambodia"], ["Thailand"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what was not accepted is no offer of the subject's
        ("Israel has yet to accept the ceasefire proposal made by Egypt.", []),
        # only a truce, or an offer or call for one, is refused by not accepting it
        ("Ukraine does not accept the annexation of Crimea, while backing a ceasefire.", []),
        ("Hamas has not accepted Israel's demand to disarm, but the ceasefire is holding.", []),
        ("The RSF would not entertain questions from reporters about the ceasefire.", []),
    ],
)
def test_a_negated_acceptance_refuses_only_a_truce(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinshasa rejected Kenyan mediation, but the two sides agreed a truce on Friday.",
        "The two sides agreed to a ceasefire after Turkish mediation failed.",
        "The two sides agreed a truce without US mediation.",
    ],
)
def test_a_refused_or_failed_mediation_names_no_mediator(
    extractor: RulesExtractor, sentence: str
) -> None:
    body = "Clashes between the M23 and Congolese troops killed 12 in Masisi. " + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.mediators) for c in calls] == [("agree", [])]


def test_every_state_listed_after_mediation_is_a_mediator(extractor: RulesExtractor) -> None:
    body = (
        "Clashes between the M23 and Congolese troops killed 12 in Masisi. A truce was reached "
        "through the mediation of Qatar and the United States."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [c.mediators for c in calls] == [["Qatar", "United States"]]


def test_two_sides_after_between_stay_in_the_truces_clause(extractor: RulesExtractor) -> None:
    body = (
        "The RSF and the army fought in Darfur. A truce was agreed, but trade between Chad and "
        "Sudan stayed closed."
    )
    # (the sides in any order: the truce names neither first)
    assert [(act, sorted(actors)) for act, actors in _act_actors(extractor, body)] == [
        ("agree", ["Rapid Support Forces", "Sudanese Armed Forces"])
    ]


def test_a_body_whose_forces_do_not_fight_here_is_no_side(extractor: RulesExtractor) -> None:
    body = (
        "Puntland forces seized a ship off the coast. Al-Shabaab fighters and the Somali army "
        "clashed near Bardhere. A truce was reached on Friday."
    )
    assert _act_actors(extractor, body) == [("agree", ["al-Shabaab", "Somalia"])]


def test_a_brokers_envoys_in_a_list_are_no_side(extractor: RulesExtractor) -> None:
    body = (
        "Fighting between the RSF and Sudan's army killed 12. The RSF and representatives of "
        "the African Union agreed to a humanitarian truce."
    )
    assert [a for a in _act_actors(extractor, body) if "African Union" in a[1]] == []


def test_a_halt_named_in_a_condition_is_no_declaration(extractor: RulesExtractor) -> None:
    body = (
        "The Houthis offered to halt attacks on shipping if Israel stopped its offensive in Gaza."
    )
    assert _act_actors(extractor, body) == [("offer", ["Houthis"])]


def test_breaking_a_moratorium_on_strikes_is_a_breach(extractor: RulesExtractor) -> None:
    body = "Kyiv accused Moscow of breaking the moratorium on energy strikes."
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("violation_alleged", ["Ukraine"], ["Russia"])
    ]


def test_calls_dismissed_by_a_side_are_not_its_own_calls(extractor: RulesExtractor) -> None:
    body = (
        "Sudan's army chief Abdel Fattah al-Burhan vowed to fight on, dismissing calls for a truce."
    )
    assert _act_actors(extractor, body) == [("reject", ["Sudanese Armed Forces"])]


@pytest.mark.parametrize(
    "body",
    [
        "The Pope appealed for a Christmas truce in Ukraine.",
        "The pontiff urged Russia and Ukraine to agree a ceasefire for the holidays.",
    ],
)
def test_the_pope_calls_for_the_holy_see(extractor: RulesExtractor, body: str) -> None:
    assert [a for a in _act_actors(extractor, body)] == [("call", ["Vatican"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Arakan Army proclaimed a ten-day ceasefire for the Thingyan festival.",
            [("declare", ["Arakan Army"])],
        ),
        (
            'Fano and the army clashed near Gondar. "We do not recognise this ceasefire," a Fano '
            "commander said.",
            [("reject", ["Fano"])],
        ),
        (
            "The Houthis and the Saudi-led coalition agreed a truce in April. In October, the "
            "Houthis refused to renew it.",
            [("agree", ["Houthis", "Saudi-led coalition"]), ("reject", ["Houthis"])],
        ),
        (
            "China urged the Arakan Army to halt its advance on Kyaukphyu.",
            [("call", ["China"])],
        ),
        (
            "The UN urged Israel and Hezbollah to halt their exchanges of fire.",
            [("call", ["United Nations"])],
        ),
        # a side stopping the other's advance is no truce
        ("Ukrainian forces halted the Russian advance near Pokrovsk.", []),
    ],
)
def test_proclaiming_not_recognising_renewing_and_halting_an_advance(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hamas snubbed the Israeli truce proposal.", [("reject", ["Hamas"])]),
        ("The ELN repudiated the ceasefire agreement it signed in Havana.", [("reject", ["ELN"])]),
        ("The Arakan Army heeded China's call for a truce.", [("accept", ["Arakan Army"])]),
        ("The Houthis embraced the Omani truce proposal.", [("accept", ["Houthis"])]),
        (
            "The African Union exhorted the army and the RSF to observe the ceasefire.",
            [("call", ["African Union"])],
        ),
        (
            "MONUSCO invited all armed groups in Ituri to respect the ceasefire.",
            [("call", ["MONUSCO"])],
        ),
        (
            "Ukraine accused Russia of sabotaging the Easter truce.",
            [("violation_alleged", ["Ukraine"])],
        ),
        # the resolution's author calls; the one who vetoes it rejects
        (
            "Russia vetoed a UN resolution calling for a ceasefire in Ukraine.",
            [("call", ["United Nations"]), ("reject", ["Russia"])],
        ),
    ],
)
def test_synonyms_of_refusing_heeding_urging_and_sabotaging(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thailand and Cambodia inked a ceasefire deal in Kuala Lumpur on Sunday.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        (
            "India and Pakistan hammered out a ceasefire understanding on Saturday.",
            [("agree", ["India", "Pakistan"])],
        ),
        (
            "The Houthis said a truce was a non-starter while the blockade continued.",
            [("reject", ["Houthis"])],
        ),
        ("The M23 ordered fighters to cease fire around Uvira.", [("declare", ["M23"])]),
    ],
)
def test_inking_a_deal_a_non_starter_and_an_order_to_cease_fire(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_proposal_by_its_possessive_owner_is_the_owners(extractor: RulesExtractor) -> None:
    body = "Neither Kyiv nor Moscow has commented on the Vatican's truce proposal."
    assert _act_actors(extractor, body) == [("call", ["Vatican"])]


def test_a_call_told_in_the_passive_is_the_agents(extractor: RulesExtractor) -> None:
    body = "Israel and Hamas were urged by Egypt to extend the truce."
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("call", ["Egypt"], ["Israel", "Hamas"])
    ]


def test_a_truce_broken_repeatedly_by_a_side_is_a_breach_told_by_the_speaker(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Thailand and Cambodia agreed a truce on Monday. The ceasefire has been broken repeatedly "
        "by Cambodian troops, Thailand's army said."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls if c.act != "agree"] == [
        ("violation_alleged", ["Thailand"], ["Cambodia"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # refusing talks is no refusal of the truce
        (
            "The RSF said it was open to a humanitarian truce but rejected any talks with the "
            "army.",
            [("offer", ["Rapid Support Forces"], [])],
        ),
        (
            "Hezbollah's leader said the group would not hand over its weapons, but would keep to "
            "the ceasefire.",
            [("accept", ["Hezbollah"], [])],
        ),
        # a broker glued to "-brokered" is the only mediator, not every party before it
        (
            "The Houthis announced an end to their attacks on US ships under an Omani-brokered "
            "deal.",
            [("declare", ["Houthis"], ["Oman"])],
        ),
    ],
)
def test_talks_refused_keeping_to_a_truce_and_a_glued_broker(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.mediators) for c in calls] == expected


def test_a_text_that_commits_two_sides_to_a_truce_is_their_agreement(
    extractor: RulesExtractor,
) -> None:
    body = "The accord committed Ethiopia and the TPLF to a permanent cessation of hostilities."
    assert _act_actors(extractor, body) == [
        ("agree", ["Ethiopia", "Tigray People's Liberation Front"])
    ]


def test_an_acts_noun_that_only_dates_something_else_is_no_act(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Colombia's army and the ELN fought on in Arauca. In a message released after the "
        "signing, the Norwegian envoy said Oslo would know if the new ceasefire was broken."
    )
    assert _act_actors(extractor, body) == []


def test_a_truce_announced_as_agreed_is_the_two_sides_deal(extractor: RulesExtractor) -> None:
    body = (
        "Fighting between Thailand and Cambodia killed 30. That evening Thailand's foreign "
        "ministry announced a 72-hour ceasefire from 6 pm, saying it had been agreed at "
        "Cambodia's request."
    )
    assert _act_actors(extractor, body) == [("agree", ["Thailand", "Cambodia"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the truce belongs to the aside; the main verb asks for no truce
        (
            "Oman, which has spent two years observing a quiet truce with the Houthis, urged "
            "self-restraint on Sunday.",
            [],
        ),
        # a truce referred to after the aside is still the main verb's
        (
            "Qatar, which brokered the truce, urged both sides to respect it.",
            [("call", ["Qatar"])],
        ),
    ],
)
def test_a_truce_inside_a_relative_aside_is_not_the_main_verbs(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_offering_a_country_its_first_halt_describes_a_truce_and_offers_none(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Fighting between Thailand and Cambodia killed 30. A truce mediated by Malaysia took "
        "hold on Monday, offering border villages their first quiet night in a week."
    )
    assert [a[0] for a in _act_actors(extractor, body)] == ["agree"]


def test_a_breach_told_in_the_passive_by_no_one_accuses_no_one(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Fighting resumed near Goma. The Lusaka accord, brokered by Zambia and South Africa, froze "
        "the front line in Congo under a ceasefire that was violated almost daily for years."
    )
    assert [a for a in _act_actors(extractor, body) if a[0] == "violation_alleged"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "the two" before the verb are the war's two sides, not the speaker
        (
            "Thailand and Cambodia clashed on the border. Malaysia's foreign minister said the "
            "two had agreed to cease fire from midnight.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        # agreeing to meet or to talk is no agreement on a truce
        ("Israel and Hamas agreed to hold talks on a ceasefire in Cairo.", []),
    ],
)
def test_the_two_as_sides_and_agreeing_only_to_talk(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        # a truce ordered by decree is declared
        (
            "Myanmar's military government decreed a four-week ceasefire on Tuesday so that "
            "aid could reach the towns hit by the earthquake.",
            "declare",
            ["Myanmar military"],
        ),
        (
            "Peru's government decreed a truce with the Shining Path remnants in the VRAEM "
            "valley ahead of the elections.",
            "declare",
            ["Peru"],
        ),
    ],
)
def test_a_truce_decreed_is_declared(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert _act_actors(extractor, body) == [(act, actors)]


def test_a_group_that_calls_itself_something_calls_for_nothing(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Mexico's army clashed on Sunday with the Jalisco New Generation Cartel, which calls "
        "itself the defender of the ceasefire it imposed on rival gangs in Michoacan."
    )
    assert [c.act for c in _run(extractor, body).ceasefire_calls if c.act == "call"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Sudan's army said any attack on El Obeid would be considered a breach of the truce.",
        '"Any drone launched at our ports will be seen as a violation of this agreement," '
        "Ukraine's navy warned on Monday.",
        "Thailand's army said further shelling would be treated as a breach of the ceasefire.",
    ],
)
def test_a_warning_that_an_attack_would_breach_a_truce_accuses_no_one(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.act for c in _run(extractor, body).ceasefire_calls] == []


def test_an_attack_called_a_breach_is_still_an_accusation(extractor: RulesExtractor) -> None:
    body = "Congo's army said the M23 attack on Goma was a breach of the truce."
    assert _act_actors(extractor, body) == [("violation_alleged", ["DR Congo"])]


def test_refusing_something_other_than_a_truce_rejects_no_truce(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Ethiopia and the TPLF signed a truce in Pretoria in November 2022. On Monday the "
        "TPLF accused Ethiopia of breaking the agreement; Ethiopia blamed the TPLF for refusing "
        "to disarm its fighters. Later the TPLF refused to extend the truce."
    )
    rejections = [c for c in _run(extractor, body).ceasefire_calls if c.act == "reject"]
    assert [(c.actors, c.evidence) for c in rejections] == [
        (["Tigray People's Liberation Front"], "Later the TPLF refused to extend the truce.")
    ]


@pytest.mark.parametrize(
    "later",
    [
        "In August the truce collapsed amid drone strikes on Hodeidah.",
        "By then, the ceasefire had all but collapsed.",
        "The truce unravelled within a fortnight.",
    ],
)
def test_a_truce_named_again_without_an_act_is_no_second_agreement(
    extractor: RulesExtractor, later: str
) -> None:
    body = "The Houthis and Saudi Arabia agreed a truce in April with Omani mediation. " + later
    agreements = [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]
    assert [c.evidence for c in agreements] == [
        "The Houthis and Saudi Arabia agreed a truce in April with Omani mediation."
    ]


def test_an_older_truce_of_the_same_sides_is_still_its_own_agreement(
    extractor: RulesExtractor,
) -> None:
    body = (
        "The Houthis and Saudi Arabia agreed a truce in April with Omani mediation. A six-month "
        "truce in 2016 collapsed within weeks."
    )
    agreements = [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]
    assert len(agreements) == 2


@pytest.mark.parametrize(
    ("body", "act", "actors", "addressees"),
    [
        # a second infinitive after "urged X to ... and" is asked for, like the first
        (
            'France urged the M23 to "choose peace" and accept the Angolan proposal for a '
            "ceasefire.",
            "call",
            ["France"],
            ["M23"],
        ),
        # "pressed X to <any verb>" asks
        (
            "The African Union pressed Myanmar's junta to drop its conditions and accept the "
            "truce.",
            "call",
            ["African Union"],
            ["Myanmar military"],
        ),
        # accused of acts "throughout the truce"
        (
            "The Houthis accused Saudi Arabia of carrying out air raids on Saada throughout the "
            "truce.",
            "violation_alleged",
            ["Houthis"],
            ["Saudi Arabia"],
        ),
        # broke "the terms of" the truce
        (
            "Mali's army said the FLA had broken the terms of the ceasefire by attacking a convoy "
            "near Kidal.",
            "violation_alleged",
            ["Mali"],
            ["Azawad Liberation Front"],
        ),
        # "stopped short of endorsing" it refuses it
        (
            "Israel's cabinet stopped short of endorsing the proposal for a truce in Lebanon.",
            "reject",
            ["Israel"],
            [],
        ),
    ],
)
def test_acts_told_with_a_second_infinitive_or_an_idiom(
    extractor: RulesExtractor, body: str, act: str, actors: list[str], addressees: list[str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [(act, actors)]
    assert set(addressees) <= set(calls[0].addressees)


@pytest.mark.parametrize(
    "body",
    [
        "Any formal truce is something Ankara is unlikely to accept before the elections.",
        "For the RSF, a ceasefire in El Fasher would mean accepting the loss of its siege.",
    ],
)
def test_a_prediction_or_a_weighing_of_acceptance_accepts_nothing(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.act for c in _run(extractor, body).ceasefire_calls if c.act == "accept"] == []


def test_the_comma_of_a_number_does_not_hide_the_subject_of_a_long_aside(
    extractor: RulesExtractor,
) -> None:
    body = (
        "India, which shares a 1,600-km border with Myanmar and has built roads through Chin "
        "State, has been urging both sides to stop the fighting."
    )
    assert _act_actors(extractor, body) == [("call", ["India"])]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("In Addis Ababa, Kenya called for an end to the fighting in Amhara.", ["Kenya"]),
        (
            "In Doha, Qatar urged Pakistan and Afghanistan to respect the ceasefire agreement.",
            ["Qatar"],
        ),
    ],
)
def test_a_state_after_an_opening_place_is_the_subject_not_a_place(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    assert _act_actors(extractor, body) == [("call", actors)]


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        # terms after a refusal make an offer
        (
            "The ELN said it would not agree to renew the ceasefire unless the government "
            "freed its jailed commanders.",
            "offer",
            ["ELN"],
        ),
        # keeping a truce "only if": an offer on terms
        (
            "The Arakan Army said its fighters would observe a ceasefire only if the military "
            "stopped its air strikes on Rakhine villages.",
            "offer",
            ["Arakan Army"],
        ),
        # the refusal alone stays a refusal
        ("The ELN said it would not renew the ceasefire.", "reject", ["ELN"]),
    ],
)
def test_a_refusal_or_a_promise_with_terms_is_an_offer(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert _act_actors(extractor, body) == [(act, actors)]


@pytest.mark.parametrize(
    ("later", "act", "actors"),
    [
        ("The two sides renewed it in October.", "agree", ["Ethiopia", "Fano"]),
        ("The two sides renewed the truce in October.", "agree", ["Ethiopia", "Fano"]),
        ("Fano extended it in October.", "declare", ["Fano"]),
    ],
)
def test_a_truce_renewed_later(
    extractor: RulesExtractor, later: str, act: str, actors: list[str]
) -> None:
    body = "Ethiopia's government and Fano agreed a local truce in Gondar in September. " + later
    calls = _calls(_run(extractor, body), act, later)
    assert [sorted(c.actors) for c in calls] == [sorted(actors)]


def test_both_sides_declaring_unilateral_truces_are_two_declarations(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Fighting between Ethiopia's army and Fano militias went on for months. Both sides "
        "declared unilateral ceasefires for Easter."
    )
    assert sorted(a for _, actors in _act_actors(extractor, body) for a in actors) == [
        "Ethiopia",
        "Fano",
    ]


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        # the sentence before tells of a statement but reports no one it could place
        (
            "Tajikistan's border service issued a statement on Saturday. It accused Kyrgyzstan "
            "of breaking the ceasefire agreed on Thursday.",
            "violation_alleged",
            ["Tajikistan"],
        ),
        (
            "Ghana issued a statement after the summit. It called for a truce in Burkina Faso.",
            "call",
            ["Ghana"],
        ),
    ],
)
def test_it_after_a_statement_by_a_state_is_that_state(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert _act_actors(extractor, body) == [(act, actors)]


def test_a_call_after_a_preposition_to_and_a_noun_is_still_a_call(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Qatar's emir, who brokered the first truce, said he had written to both sides and "
        "urged them to respect the ceasefire."
    )
    assert [(c.act, c.actors) for c in _calls(_run(extractor, body), "call", "urged")] == [
        ("call", ["Qatar"])
    ]


def test_a_communiques_operative_paragraphs_are_its_issuers(extractor: RulesExtractor) -> None:
    body = (
        "The Peace and Security Council of the African Union held its 1,250th meeting in Addis "
        "Ababa on 3 February on the situation in eastern Libya.\n\n"
        "Having heard the briefing of the Commissioner, the Council:\n\n"
        "1. Expresses grave concern at the fighting around Sirte;\n\n"
        "2. Urges the Libyan National Army and the Government of National Unity to observe an "
        "immediate ceasefire and return to the talks in Geneva;\n\n"
        "3. Decides to remain seized of the matter."
    )
    calls = _calls(_run(extractor, body), "call", "Urges")
    assert [(c.actors, sorted(c.addressees)) for c in calls] == [
        (["African Union"], ["Government of National Unity", "Libyan National Army"])
    ]


@pytest.mark.parametrize(
    ("body", "actors", "addressees"),
    [
        (
            "Turkey wants both the SDF and Syria's government to agree to a ceasefire around "
            "Manbij.",
            ["Turkey"],
            ["Syria", "Syrian Democratic Forces"],
        ),
        (
            "Nigeria asked the junta and the JNIM fighters to observe a truce during the harvest.",
            ["Nigeria"],
            ["JNIM"],
        ),
        ("Kenya asked the RSF for a truce during Ramadan.", ["Kenya"], ["Rapid Support Forces"]),
    ],
)
def test_asking_or_wanting_others_to_agree_is_a_call(
    extractor: RulesExtractor, body: str, actors: list[str], addressees: list[str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("call", actors)]
    assert set(addressees) <= set(calls[0].addressees)


def test_asked_about_a_truce_asks_for_none(extractor: RulesExtractor) -> None:
    body = "Sudan's foreign minister was asked about the Jeddah truce at a news conference."
    assert [c.act for c in _run(extractor, body).ceasefire_calls if c.act == "call"] == []


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "Israel and Hezbollah accused each other on Monday of breaching a truce declared "
            "unilaterally by Hezbollah.",
            ["Hezbollah"],
        ),
        (
            "Shelling went on despite a truce declared by Sudan's army and the RSF.",
            ["Rapid Support Forces", "Sudanese Armed Forces"],
        ),
    ],
)
def test_a_truce_declared_by_an_agent_is_the_agents(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    acts = [
        (c.act, sorted(c.actors))
        for c in _run(extractor, body).ceasefire_calls
        if c.act in ("declare", "agree")
    ]
    assert acts == [("declare" if len(actors) == 1 else "agree", actors)]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "The Arakan Army said its fighters would lay down their weapons only once the "
            "military left Rakhine State.",
            ["Arakan Army"],
        ),
        (
            "Nigeria's defence headquarters said the troops would continue their operations "
            "until the last Boko Haram fighter surrendered.",
            ["Nigeria"],
        ),
        (
            "Somalia's government said military operations will continue until al-Shabaab "
            "fighters hand over their weapons.",
            ["Somalia"],
        ),
    ],
)
def test_ending_the_fighting_on_terms_is_an_offer(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    assert _act_actors(extractor, body) == [("offer", actors)]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        ("The ICRC warned that the fighting would continue until someone brokered a deal.", []),
        # agreeing to talks, inside the terms, is no truce agreed
        (
            "The ELN said it would lay down its arms only once Bogota agreed to talks in Havana.",
            [("offer", ["ELN"])],
        ),
    ],
)
def test_a_forecast_of_fighting_offers_nothing_and_talks_are_no_truce(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # suspending a peace deal ends it; the deal "signed with" the other side is described
        (
            "Thailand suspended the peace accord signed with Cambodia, accusing Phnom Penh of "
            "laying new landmines.",
            [("reject", ["Thailand"])],
        ),
        (
            "Rwanda and Congo signed a peace deal in Washington in June. In December Congo "
            "pulled out of the agreement.",
            [("agree", ["DR Congo", "Rwanda"]), ("reject", ["DR Congo"])],
        ),
        (
            "Israel accused Hezbollah of breaching the ceasefire agreed in November.",
            [("violation_alleged", ["Israel"])],
        ),
    ],
)
def test_suspending_a_deal_and_a_deal_described_by_its_participle(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    got = [(c.act, sorted(c.actors)) for c in _run(extractor, body).ceasefire_calls]
    assert got == [(act, sorted(actors)) for act, actors in acts]


def test_two_sides_that_each_declared_a_truce_declare_one_each(extractor: RulesExtractor) -> None:
    body = "The KIA and Myanmar's military each declared a unilateral ceasefire after the floods."
    assert sorted(_act_actors(extractor, body)) == [
        ("declare", ["Kachin Independence Army"]),
        ("declare", ["Myanmar military"]),
    ]


def test_a_truce_described_by_a_relative_clause_is_no_second_act(
    extractor: RulesExtractor,
) -> None:
    body = "Ethiopia's army said Fano had breached the truce, which took effect on Sunday."
    assert _act_actors(extractor, body) == [("violation_alleged", ["Ethiopia"])]


# Readings a fresh-eyes review of lexicons 144-158 found wrong (fixed in lexicon 159).
@pytest.mark.parametrize(
    ("body", "acts"),
    [
        ("MSF warned that the war in Tigray would continue until someone brokered a truce.", []),
        (
            "The KIA said it would observe a 72-hour truce once the water festival begins.",
            [("declare", ["Kachin Independence Army"])],
        ),
        ("The M23 refused to negotiate a ceasefire with Kinshasa.", [("reject", ["M23"])]),
        ("IGAD renewed its call for a ceasefire in South Sudan.", [("call", ["IGAD"])]),
        (
            "Myanmar's junta wants guarantees first and has refused to sign the truce with the "
            "KIA.",
            [("reject", ["Myanmar military"])],
        ),
        ("Colombia and the ELN agreed to resume negotiations on a ceasefire.", []),
        ("The AU communique stopped short of calling for a ceasefire in Sudan.", []),
    ],
)
def test_readings_a_review_found_wrong(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_both_sides_declaring_a_holiday_truce_declare_one_each(extractor: RulesExtractor) -> None:
    body = (
        "Fighting raged in Donetsk. Both sides declared a ceasefire for Easter, Kyiv and Moscow "
        "said."
    )
    assert sorted(_act_actors(extractor, body)) == [
        ("declare", ["Russia"]),
        ("declare", ["Ukraine"]),
    ]


def test_a_plural_noun_after_a_colon_opens_no_communique_paragraph(
    extractor: RulesExtractor,
) -> None:
    body = (
        'The RSF said in a statement on Telegram:\n\n"We will hold Babanusa."\n\n'
        "Calls for a ceasefire in Kordofan have grown louder since the fall of Bara."
    )
    assert [c.actors for c in _run(extractor, body).ceasefire_calls if c.act == "call"] == []


def test_a_communiques_lead_in_names_its_body_not_a_briefer(extractor: RulesExtractor) -> None:
    body = (
        "The IGAD Council of Ministers met in Djibouti on Monday.\n\n"
        "Having heard the briefing by Sudan's foreign minister, the Council:\n\n"
        "1. Urges the SAF and the RSF to agree to a humanitarian truce in El Fasher;"
    )
    assert [c.actors for c in _calls(_run(extractor, body), "call", "Urges")] == [["IGAD"]]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # calling a truce off ends it; it calls for nothing
        (
            "The ELN kept a truce with Bogota for three months until the group called it off "
            "after an army raid in Arauca.",
            [("reject", ["ELN"])],
        ),
        (
            "Al-Shabaab fighters attacked Baidoa. Jubaland and Somalia signed a truce in May "
            "but Somalia ended it a month later.",
            [("agree", ["Jubaland", "Somalia"]), ("reject", ["Somalia"])],
        ),
        # (calling off attacks once a truce starts keeps it)
        ("Hezbollah called off its attacks once the truce took effect.", []),
        # no longer bound by a truce: a side leaving it; still bound: a side keeping it
        (
            "The Arakan Army said on Friday that it was no longer bound by the ceasefire.",
            [("reject", ["Arakan Army"])],
        ),
        (
            "Fano said it would not be bound by any truce agreed without it.",
            [("reject", ["Fano"])],
        ),
        (
            "The M23 said it would remain bound by the ceasefire whatever Kinshasa did.",
            [("accept", ["M23"])],
        ),
        # names inside a restrictive relative clause describe the subject before it
        (
            "Karen National Union units that fought beside the Arakan Army near Paletwa "
            "rejected the ceasefire.",
            [("reject", ["Karen National Union"])],
        ),
        (
            "Commanders of the Karen National Union who fought beside the Arakan Army said they "
            "were not bound by the ceasefire.",
            [("reject", ["Karen National Union"])],
        ),
    ],
)
def test_ending_a_truce_and_being_bound_by_one(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_a_quantifier_opens_no_partys_name(extractor: RulesExtractor) -> None:
    body = (
        "Several Chin National Defence Force (CNDF) units near Paletwa said they would keep "
        "fighting."
    )
    names = [p.name for p in _run(extractor, body).parties]
    assert "Chin National Defence Force" in names
    assert not [n for n in names if n.startswith("Several")]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a noun governing the truce acts on it; a participle after the truce describes it
        (
            '"Given the RSF\'s violation of the truce brokered by Saudi Arabia, we will respond," '
            "Sudan's army said.",
            [("violation_alleged", ["Sudanese Armed Forces"])],
        ),
    ],
)
def test_a_noun_governing_the_truce(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_turning_down_a_proposal_its_makers_possessive_names(extractor: RulesExtractor) -> None:
    body = "Al-Shabaab turned down the IGAD's proposal for a Ramadan truce."
    rejections = [c.actors for c in _run(extractor, body).ceasefire_calls if c.act == "reject"]
    assert rejections == [["al-Shabaab"]]


def test_the_agent_of_an_announcement_declares_the_truce_it_names(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Myanmar's junta fought the Arakan Army for months. ASEAN welcomed the announcement by "
        "the Arakan Army on Sunday of a unilateral humanitarian truce."
    )
    declared = [c.actors for c in _run(extractor, body).ceasefire_calls if c.act == "declare"]
    assert declared == [["Arakan Army"]]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        (
            "Jubaland and Somalia agreed the Kismayo ceasefire in 2019. It was only partly "
            "implemented, and both sides still accuse each other of violating it.",
            [
                ("agree", ["Jubaland", "Somalia"]),
                ("violation_alleged", ["Jubaland"]),
                ("violation_alleged", ["Somalia"]),
            ],
        ),
        (
            "Fighting between Eritrea and Djibouti flared at Ras Doumeira. On Sunday the two "
            "sides agreed to a ceasefire.",
            [("agree", ["Eritrea", "Djibouti"])],
        ),
    ],
)
def test_the_two_sides_are_those_the_text_tells_at_war(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    """When the conflict table names no two belligerents, 'both sides' are the pair the text
    itself tells as fighting or making a truce."""
    assert sorted(_act_actors(extractor, body)) == sorted(acts)


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a truce "called for by" its callers: a call, theirs
        (
            "A ceasefire called for by Qatar and Egypt at talks in Doha began on Sunday.",
            [("call", ["Qatar", "Egypt"])],
        ),
        # leaders' titles between the names of a list
        (
            "A truce called for by President Ruto and President Museveni began in Goma.",
            [("call", ["Kenya", "Uganda"])],
        ),
        # brushing an appeal aside, the particle after its object
        (
            "Egypt called for a truce in Sudan. The RSF brushed the Egyptian appeal aside.",
            [("call", ["Egypt"]), ("reject", ["Rapid Support Forces"])],
        ),
    ],
)
def test_calls_told_in_the_passive_and_appeals_brushed_aside(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_an_end_to_a_named_sides_offensive_is_a_halt_asked(extractor: RulesExtractor) -> None:
    body = "The AU called for an immediate end to the RSF offensive on El Fasher."
    assert _act_actors(extractor, body) == [("call", ["African Union"])]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a headline act whose actor no act of the body names still counts
        ("M23 declares unilateral ceasefire\n\nRwanda urged Congo to observe the ceasefire.", None),
        # "it" may be what the sentence names, not the truce told before
        (
            "A truce was declared in May. Israel imposed a blockade on the north and lifted it on "
            "Sunday.",
            [],
        ),
        (
            "A truce was declared in May. The TTP had planned an attack on the base but called it "
            "off.",
            [],
        ),
        # bound by a document that calls for a truce is no rejection of a truce
        (
            "Israel said it was not bound by the UN resolution calling for a ceasefire.",
            [("call", ["United Nations"])],
        ),
        # a reported clause names its own subject after a relative clause
        (
            "Members of the M23 who attended talks in Doha said Congo rejected the ceasefire.",
            [("reject", ["DR Congo"])],
        ),
        # an owner's violation with no one telling of it accuses no one; a participle of the
        # truce still tells its signing
        ("Hamas's violation of the ceasefire brokered by Egypt drew condemnation.", None),
        (
            "Monitors reported violations of the ceasefire signed by Thailand and Cambodia.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        # monitors observing a truce accept nothing
        ("UNMISS said its monitors would continue to observe the ceasefire in Upper Nile.", []),
        # a pair that signed a trade deal is not the war's two sides
        ("Turkey and Qatar signed a defence deal. In Libya, both sides agreed a ceasefire.", []),
        # a speaker after a comma joins no list of agents
        (
            "The truce was agreed by Israel and Hamas, President Biden said.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # an end to abuses asks no halt to the fighting; the end of one's own offensive is no truce
        ("The UN called for an end to sexual violence in Sudan.", []),
        ("The RSF declared the end of its Darfur offensive after capturing El Fasher.", []),
    ],
)
def test_readings_the_sessions_review_found_wrong(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]] | None
) -> None:
    if "\n\n" in body:
        calls = extractor.extract(article_from_text(body, id="review")).ceasefire_calls
        assert [(c.act, c.actors) for c in calls if c.act == "declare"] == [("declare", ["M23"])]
        return
    found = _act_actors(extractor, body)
    if acts is None:
        assert [a for a in found if a[0] == "violation_alleged"] == []
    else:
        assert found == acts


def test_a_clause_opened_by_its_verb_shares_the_subject_before(
    extractor: RulesExtractor,
) -> None:
    """'The EU welcomed the deal, praised Qatar's mediation and urged ...': the EU urges."""
    body = (
        "The EU welcomed the deal, praised Qatar's mediation and urged Israel and Hamas to "
        "respect the truce."
    )
    assert _act_actors(extractor, body) == [("call", ["European Union"])]


def test_a_whom_clause_describes_the_subject_before_it(extractor: RulesExtractor) -> None:
    body = (
        "Kenyan President William Ruto, whom the African Union has appointed as mediator, urged "
        "both sides to observe the truce."
    )
    assert _act_actors(extractor, body) == [("call", ["Kenya"])]


def test_ordering_ones_forces_to_respect_a_truce_accepts_it(extractor: RulesExtractor) -> None:
    body = (
        "Sudan's army fought the RSF in Omdurman. The RSF commander ordered his fighters to "
        "respect the truce."
    )
    assert _act_actors(extractor, body) == [("accept", ["Rapid Support Forces"])]


def test_each_side_accuses_the_other(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The Houthis and the Saudi-led coalition agreed a truce in April. It broke down in "
        "October, with each side blaming the other for the collapse.",
    )
    found = [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert sorted(tuple(c.actors) for c in found) == [("Houthis",), ("Saudi-led coalition",)]


@pytest.mark.parametrize(
    "body",
    [
        "Serbia and Kosovo ended two days of talks in Brussels without agreeing to a truce in "
        "the north.",
        "Talks between Ethiopia and the TPLF in Nairobi ended without agreement on a ceasefire.",
        "Colombia and the ELN failed to agree on a bilateral ceasefire in Havana.",
    ],
)
def test_sides_that_did_not_agree_neither_agree_nor_reject(
    extractor: RulesExtractor, body: str
) -> None:
    acts = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]
    assert not [act for act, _ in acts if act in ("agree", "reject")], acts


def test_one_side_leaving_without_signing_still_rejects(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Fighting between the army and the KIA went on. On Monday the KIA delegation left "
        "Kunming without signing the ceasefire.",
    )
    assert [c.actors for c in extraction.ceasefire_calls if c.act == "reject"] == [
        ["Kachin Independence Army"]
    ]


def test_separate_truces_of_each_side_with_another(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Sudan's army fought the RSF in Darfur. The SPLM-N and the SLA signed separate truces "
        "with the army in March.",
    )
    deals = sorted(tuple(c.actors) for c in extraction.ceasefire_calls if c.act == "agree")
    assert deals == [
        ("SPLM-N", "Sudanese Armed Forces"),
        ("Sudan Liberation Movement", "Sudanese Armed Forces"),
    ]


def test_one_truce_of_two_sides_stays_one_deal(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor, "Armenia and Azerbaijan signed a ceasefire with the help of Russia on Sunday."
    )
    deals = [c.actors for c in extraction.ceasefire_calls if c.act == "agree"]
    assert deals == [["Armenia", "Azerbaijan"]]


def test_instructing_monitors_accepts_nothing(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "The UN envoy instructed the monitors to observe the ceasefire lines in Hodeidah.",
    )
    assert not [c for c in extraction.ceasefire_calls if c.act == "accept"]


def test_a_table_person_written_with_accents_acts(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "Rebels of the CPC attacked army posts near Bambari. President Touadéra declared a "
        "unilateral ceasefire across the Central African Republic on Friday.",
    )
    declared = [c.actors for c in extraction.ceasefire_calls if c.act == "declare"]
    assert declared == [["Central African Republic"]]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # blame for another collapse, or for that of talks
        (
            "Sudan's army and the RSF agreed a truce in May. Each side blamed the other for the "
            "collapse of the bridge over the Nile.",
            "violation_alleged",
        ),
        (
            "Sudan's army and the RSF met in Jeddah. Each side blamed the other for the "
            "breakdown of the Jeddah talks.",
            "violation_alleged",
        ),
        # joining an appeal is no acceptance; respecting prisoners' rights keeps no truce
        (
            "Spain joined the UN ceasefire appeal on Friday, urging Israel and Hezbollah to stop.",
            "accept",
        ),
        (
            "Sudan's army commanded its soldiers to respect the rights of prisoners in Wad Madani.",
            "accept",
        ),
    ],
)
def test_acts_these_words_do_not_make(extractor: RulesExtractor, body: str, act: str) -> None:
    acts = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]
    assert act not in {a for a, _ in acts}, acts


def test_a_plan_named_in_an_aside_does_not_make_a_declaration_an_offer(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "Israel, which rejected the Egyptian plan, said it will extend the truce in Gaza by two "
        "days.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("declare", ["Israel"])]


def test_truces_with_a_broker_stay_one_deal_of_the_sides(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor, "Ukraine and Russia agreed to local truces with Turkey acting as a mediator."
    )
    assert [c.actors for c in extraction.ceasefire_calls if c.act == "agree"] == [
        ["Ukraine", "Russia"]
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # another deal, or one that never started, is no agreement of the warring sides
        (
            "Thailand and Cambodia kept a ceasefire along the border this week. The trade "
            "agreement, signed by both in Kuala Lumpur, took effect on Friday.",
            [],
        ),
        (
            "Thailand and Cambodia kept a ceasefire along the border this week. The arrangement, "
            "brokered by Malaysia, never took effect.",
            [],
        ),
        # a commitment asked that is no truce's
        (
            "Russia and Ukraine agreed an energy ceasefire in March. The IMF urged Ukraine to "
            "commit to the terms of its loan agreement.",
            [],
        ),
        (
            "Russia and Ukraine agreed an energy ceasefire in March. The EU urged Kyiv to live up "
            "to its commitments under the association agreement.",
            [],
        ),
        # readiness to avert a war is no truce offered
        ("Abiy said the government was ready to avert a return to war with Eritrea.", []),
    ],
)
def test_no_act_from_deals_and_commitments_of_other_kinds(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    first = body.split(". ")[0]
    later = [c for c in _run(extractor, body).ceasefire_calls if not c.evidence.startswith(first)]
    assert [(c.act, c.actors) for c in later] == expected


def test_an_answer_to_a_proposal_that_names_its_maker_is_addressed_to_it(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Sudan's army fought the RSF. The RSF offered a three-month humanitarian truce on "
        "Monday. The army rejected the US proposal on Tuesday."
    )
    calls = _calls(_run(extractor, body), "reject", "rejected the US proposal")
    assert [c.addressees for c in calls] == [["United States"]]


def test_the_cartel_is_the_cartel_named_just_before(extractor: RulesExtractor) -> None:
    body = (
        "Mexico's army clashed with the Sinaloa Cartel in Culiacan, and the Sinaloa Cartel "
        "blocked roads. In Michoacan, the Jalisco New Generation Cartel attacked a police post. "
        "The cartel said it would observe a truce if the army left Michoacan."
    )
    calls = _calls(_run(extractor, body), "offer", "The cartel said")
    assert [c.actors for c in calls] == [["Jalisco New Generation Cartel"]]


@pytest.mark.parametrize(
    ("body", "act"),
    [
        (
            "Mexico's government and the Zapatista National Liberation Army (EZLN) put their "
            "signatures to a ceasefire accord in San Cristobal on Friday.",
            "agree",
        ),
        (
            "Nepal's government put forward a permanent ceasefire tied to the Maoists laying "
            "down their arms.",
            "offer",
        ),
    ],
)
def test_a_deal_signed_or_a_truce_put_forward_in_other_words(
    extractor: RulesExtractor, body: str, act: str
) -> None:
    assert act in {c.act for c in _run(extractor, body).ceasefire_calls}


def test_i_in_a_quotation_is_its_speaker_even_a_sentence_later(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        'In Oslo, Norwegian Foreign Minister Jonas Gahr Store said: "The talks have stalled. I '
        'call on both parties to respect the ceasefire."',
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == [("call", ["Norway"])]


@pytest.mark.parametrize(
    ("body", "accuser", "accused"),
    [
        (
            "South Sudan's government and the SPLM-IO signed a ceasefire in Khartoum on Monday. "
            "On Wednesday the army accused SPLM-IO fighters of attacking its barracks in Nasir.",
            "South Sudan",
            "SPLM-IO",
        ),
        (
            "The Saudi-led coalition and the Houthis agreed to a truce that took effect at "
            "midnight. The Houthis said the Saudi-led coalition had bombed a market in Saada "
            "hours later.",
            "Houthis",
            "Saudi-led coalition",
        ),
    ],
)
def test_an_attack_blamed_while_a_truce_holds_is_an_alleged_breach(
    extractor: RulesExtractor, body: str, accuser: str, accused: str
) -> None:
    extraction = _run(extractor, body)
    breaches = [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert [(c.actors, c.addressees) for c in breaches] == [([accuser], [accused])]
    # the conventions: an accusation of breaking a truce is only a violation_alleged record
    assert not [p for p in extraction.positions if p.stance == "accuse"]


@pytest.mark.parametrize(
    "body",
    [
        # the attack told before the truce
        "Hamas accused Israel of bombing a school in Gaza City on Monday. A day later, Israel "
        "and Hamas agreed to a ceasefire.",
        # a side the truce does not bind
        "The Houthis and the Saudi-led coalition agreed to a truce. The Houthis accused the "
        "United States of bombing Sanaa.",
        # a truce accepted by one side only holds no one yet
        "Qatar proposed a ceasefire in Gaza, which Hamas accepted. Israel has not responded. "
        "Hamas accused Israel of bombing a shelter in Khan Younis.",
        # a charge that is no attack
        "Israel and Hamas agreed to a ceasefire. Israel accused Hamas of striking a deal with "
        "Iran.",
        "Israel and Hamas agreed to a ceasefire. Hamas accused Israel of launching a "
        "disinformation campaign.",
    ],
)
def test_an_accusation_that_breaks_no_truce_held_stays_an_accusation(
    extractor: RulesExtractor, body: str
) -> None:
    extraction = _run(extractor, body)
    assert not [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert [p for p in extraction.positions if p.stance == "accuse"]


def test_an_accusation_of_breaking_the_truce_is_only_the_breach_record(
    extractor: RulesExtractor,
) -> None:
    body = (
        "India and Pakistan agreed to a ceasefire on Saturday. India accused Pakistan of "
        "violating the ceasefire hours later."
    )
    extraction = _run(extractor, body)
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls][-1] == (
        "violation_alleged",
        ["India"],
    )
    assert not [p for p in extraction.positions if p.stance == "accuse"]


def test_an_attack_blamed_with_no_truce_is_an_accusation(extractor: RulesExtractor) -> None:
    extraction = _run(extractor, "Sudan's army accused the RSF of shelling a hospital in El Obeid.")
    assert not [c for c in extraction.ceasefire_calls if c.act == "violation_alleged"]
    assert [(p.holder, p.targets) for p in extraction.positions if p.stance == "accuse"] == [
        ("Sudanese Armed Forces", ["Rapid Support Forces"])
    ]


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "A ceasefire agreement has been concluded between the government of Mali and the "
            "Coordination of Azawad Movements, the Algerian foreign ministry said.",
            ["Mali", "Azawad Liberation Front"],
        ),
        (
            "Somaliland and the SSC-Khatumo administration concluded a truce in Las Anod on "
            "Tuesday.",
            ["Somaliland", "SSC-Khatumo"],
        ),
    ],
)
def test_a_truce_concluded_is_agreed(
    extractor: RulesExtractor, body: str, sides: list[str]
) -> None:
    assert _act_actors(extractor, body) == [("agree", sides)]


def test_talks_concluded_without_a_truce_agree_nothing(extractor: RulesExtractor) -> None:
    body = "The talks in Doha concluded without a ceasefire between the M23 and Kinshasa."
    assert not [act for act, _ in _act_actors(extractor, body) if act == "agree"]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a halt to strikes on a kind of target, with an adverb before the verb
        (
            "Fighting between Russia and Ukraine went on. Ukraine said it would also stop "
            "striking Russian energy infrastructure.",
            [("offer", ["Ukraine"])],
        ),
        # "would not also stop": no halt offered
        (
            "Fighting between the army and the M23 went on. The M23 said it would not also stop "
            "its advance.",
            [],
        ),
    ],
)
def test_a_halt_to_strikes_said_with_an_adverb(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


@pytest.mark.parametrize(
    "body",
    [
        "The army concluded that a truce with the RSF was impossible.",
        "Saudi and US mediators concluded the ceasefire talks in Jeddah without a deal.",
    ],
)
def test_concluding_that_or_concluding_talks_agrees_nothing(
    extractor: RulesExtractor, body: str
) -> None:
    assert not [act for act, _ in _act_actors(extractor, body) if act == "agree"]


@pytest.mark.parametrize(
    "body",
    [
        # the truce made earlier in the same sentence
        "Days after agreeing to a truce with the army, the RSF accused the Sudanese army of "
        "bombing a market in Nyala on Monday.",
        # a strike is an attack (a deal struck is not)
        "Russia and Ukraine agreed to halt strikes on energy infrastructure. Ukraine accused "
        "Russia of striking a power station in Kherson overnight.",
    ],
)
def test_more_attacks_that_break_a_truce(extractor: RulesExtractor, body: str) -> None:
    assert [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]


def test_another_charge_in_the_breach_sentence_stays_an_accusation(
    extractor: RulesExtractor,
) -> None:
    body = (
        "Israel and Hamas agreed to a ceasefire in January. Hamas later accused Israel of "
        "killing 12 people in airstrikes on Khan Younis, and accused the United States of "
        "supplying the bombs."
    )
    extraction = _run(extractor, body)
    assert [(p.holder, p.targets) for p in extraction.positions if p.stance == "accuse"] == [
        ("Hamas", ["United States"])
    ]
    assert [c.addressees for c in extraction.ceasefire_calls if c.act == "violation_alleged"] == [
        ["Israel"]
    ]


@pytest.mark.parametrize(
    ("day", "scope"), [("4 August 2024", "historical"), ("16 January 2025", "current")]
)
def test_a_truce_dated_months_before_the_story_is_background(
    extractor: RulesExtractor, day: str, scope: str
) -> None:
    body = (
        "NAIROBI, 20 January 2025 - Clashes between the Somali army and al-Shabaab went on this "
        f"week. Somalia and al-Shabaab agreed a truce on {day} under Qatari mediation."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.time_scope) for c in calls] == [("agree", scope)]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # ready to observe "a" ceasefire: a new one offered
        (
            "Fighting between the KNU and the Myanmar military went on. The KNU said it was "
            "ready to observe a ceasefire with the junta.",
            ("offer", "immediate"),
        ),
        # ready to observe "the" ceasefire that holds: accepted
        (
            "A truce between the KNU and the Myanmar military took hold on Monday. The KNU said "
            "it was ready to observe the ceasefire.",
            ("accept", "observance"),
        ),
    ],
)
def test_ready_to_observe_a_new_or_the_holding_truce(
    extractor: RulesExtractor, told: str, expected: tuple[str, str]
) -> None:
    calls = [
        c for c in _run(extractor, told).ceasefire_calls if c.actors == ["Karen National Union"]
    ]
    assert [(c.act, c.type) for c in calls] == [expected]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a side that would welcome a truce offers one
        (
            "Fighting between Sri Lanka's army and the LTTE raged in the north. The LTTE said it "
            "would welcome a ceasefire with Sri Lanka.",
            ("offer", ["Liberation Tigers of Tamil Eelam"]),
        ),
        # one that does not fight wishes for one: a call
        (
            "Fighting between Sri Lanka's army and the LTTE raged in the north. Norway said it "
            "would welcome a ceasefire between the two sides.",
            ("call", ["Norway"]),
        ),
    ],
)
def test_a_truce_that_would_be_welcome(
    extractor: RulesExtractor, told: str, expected: tuple[str, list[str]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == [expected]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a truce declared over, a truce one would never declare, calls resisted: rejections
        (
            "BOGOTA - Fighting raged in Catatumbo. Colombia declared the ceasefire with the ELN "
            "over on Friday.",
            ("reject", ["Colombia"]),
        ),
        (
            "ISLAMABAD - Fighting raged in Waziristan. Pakistan said it would never declare a "
            "ceasefire with the TTP.",
            ("reject", ["Pakistan"]),
        ),
        (
            "LONDON - Fighting raged in Gaza. For weeks Britain had resisted calls for a "
            "halt to the fighting.",
            ("reject", ["United Kingdom"]),
        ),
        # still a declaration
        (
            "YANGON - Fighting raged in Rakhine. The Arakan Army declared a ceasefire with the "
            "junta on Friday.",
            ("declare", ["Arakan Army"]),
        ),
    ],
)
def test_truces_ended_refused_or_resisted(
    extractor: RulesExtractor, told: str, expected: tuple[str, list[str]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == [expected]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a halt asked in the speaker's own words
        (
            'BRUSSELS - Fighting between Israel and Hamas went on. "The fighting must stop now," '
            "the EU foreign policy chief said.",
            [("call", ["European Union"])],
        ),
        (
            "KHARTOUM - Fighting between the army and the RSF went on. The RSF said the violence "
            "must end immediately.",
            [("call", ["Rapid Support Forces"])],
        ),
    ],
)
def test_a_halt_the_speaker_says_must_come(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # one party named twice ("the rebels of X") is one side: the partner after "with" is the
        # other
        (
            "KAMPALA, 3 May 2010 - The rebels of the Lord's Resistance Army signed a ceasefire "
            "with the Ugandan government in Juba in August 2006.",
            [("agree", ["Lord's Resistance Army", "Uganda"], "historical")],
        ),
        # a dated truce after "since" or "despite" is a past truce told, between its two sides
        (
            "BUJUMBURA, March 12, 2009 - Burundi's army clashed with rebels overnight. The "
            "clashes are the worst since a 2006 truce between the government of Burundi and the "
            "FNL rebel movement.",
            [("agree", ["Burundi", "FNL"], "historical")],
        ),
        (
            "JAYAPURA, June 3, 2001 - Indonesian troops clashed with separatists near Wamena. "
            "Fighting resumed despite a 1998 ceasefire between the government and the Free Papua "
            "Movement.",
            [("agree", ["Indonesia", "Free Papua Movement"], "historical")],
        ),
        # (an undated truce after "since" or "despite" is only a time, or no one's act)
        (
            "BUJUMBURA, March 12, 2009 - Burundi's army clashed with FNL rebels overnight, the "
            "worst clashes since the truce took effect.",
            [],
        ),
        (
            "JAYAPURA, June 3, 2001 - A house in Wamena was hit by mortar fire despite the "
            "ceasefire between the government and the Free Papua Movement.",
            [],
        ),
    ],
)
def test_past_truces_named_by_their_year_or_partner(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str], str]]
) -> None:
    calls = _run(extractor, told).ceasefire_calls
    assert [(c.act, c.actors, c.time_scope) for c in calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a halt to a siege, an assault or a ground offensive asked of a side is a call
        (
            "NAIROBI, 3 March 2024 - Fighting between the army and the RSF went on. Kenya urged "
            "the RSF to halt its siege of El Obeid.",
            [("call", ["Kenya"], ["Rapid Support Forces"], "current")],
        ),
        (
            "PARIS, 3 March 2024 - France urged Israel to stop the ground offensive in southern "
            "Lebanon.",
            [("call", ["France"], ["Israel"], "current")],
        ),
        # a call dated months before the story is background
        (
            "NEW YORK, 20 May 2025 - Fighting between Thailand and Cambodia flared again. In March "
            "2024 the UN called on Thailand and Cambodia to halt all hostilities.",
            [("call", ["United Nations"], ["Thailand", "Cambodia"], "historical")],
        ),
        # a call to one side is not the same call as one to both
        (
            "GENEVA, 3 March 2024 - The UN urged Sudan's army and the RSF to stop the fighting in "
            "Darfur. The UN also urged the RSF to halt its assault on Zamzam camp.",
            [
                (
                    "call",
                    ["United Nations"],
                    ["Sudanese Armed Forces", "Rapid Support Forces"],
                    "current",
                ),
                ("call", ["United Nations"], ["Rapid Support Forces"], "current"),
            ],
        ),
        # (a side that halted the other's assault declares no truce)
        ("KYIV, 3 March 2022 - The army said it had halted the Russian assault on Kharkiv.", []),
    ],
)
def test_halts_asked_of_a_siege_or_assault_and_their_dates(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str], list[str], str]]
) -> None:
    calls = _run(extractor, told).ceasefire_calls
    assert [(c.act, c.actors, c.addressees, c.time_scope) for c in calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # two states of no known war that sign a truce are its sides, and an accusation told
        # with "each has since accused the other" is one by each of them
        (
            "LIMA, 3 May 2024 - Peru and Ecuador signed a truce on Monday, and each has since "
            "accused the other of breaking it.",
            [
                ("agree", ["Peru", "Ecuador"]),
                ("violation_alleged", ["Peru"]),
                ("violation_alleged", ["Ecuador"]),
            ],
        ),
        (
            "LIMA, 3 May 2024 - Peru and Ecuador signed a truce on Monday. Both Peru and Ecuador "
            "have since accused each other of breaching it.",
            [
                ("agree", ["Peru", "Ecuador"]),
                ("violation_alleged", ["Peru"]),
                ("violation_alleged", ["Ecuador"]),
            ],
        ),
    ],
)
def test_a_truce_of_two_states_no_table_war_knows(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a peace deal dated years before the story is a past settlement
        (
            "MANILA, 3 May 2024 - The Moro National Liberation Front, which signed a peace deal "
            "with Manila in 1996, condemned the attack.",
            [
                (
                    "agree",
                    ["Moro National Liberation Front", "Philippines"],
                    "permanent",
                    "historical",
                )
            ],
        ),
        # a non-aggression pact settles; a truce agreed this week pauses
        (
            "NAIROBI, 3 May 2012 - Fighting between Sudan and South Sudan went on. Sudan and "
            "South Sudan signed a non-aggression pact on Monday.",
            [("agree", ["Sudan", "South Sudan"], "permanent", "current")],
        ),
        (
            "NAIROBI, 3 May 2012 - Fighting between Sudan and South Sudan went on. Sudan and "
            "South Sudan agreed a truce on Monday.",
            [("agree", ["Sudan", "South Sudan"], "immediate", "current")],
        ),
        # one settlement told as a peace deal and again as a truce is one agreement
        (
            "MANILA, 3 May 2024 - Fighting between the Philippines and the NPA flared. Manila "
            "and the NPA signed a peace accord in 1998. The 1998 truce between Manila and the NPA "
            "held for months.",
            [("agree", ["Philippines", "New People's Army"], "permanent", "historical")],
        ),
    ],
)
def test_peace_deals_settle_and_are_dated(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str], str, str]]
) -> None:
    calls = _run(extractor, told).ceasefire_calls
    assert [(c.act, c.actors, c.type, c.time_scope) for c in calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # leaving a truce named before, by "it"
        (
            "JAKARTA, 3 May 2024 - Indonesia and the Free Papua Movement agreed a humanitarian "
            "pause in Geneva in March. The Free Papua Movement later withdrew from it.",
            [("agree", ["Indonesia", "Free Papua Movement"]), ("reject", ["Free Papua Movement"])],
        ),
        (
            "COLOMBO, 3 May 2009 - Sri Lanka and the LTTE signed a truce in 2002. The government "
            "formally pulled out of it in January 2008.",
            [
                ("agree", ["Sri Lanka", "Liberation Tigers of Tamil Eelam"]),
                ("reject", ["Sri Lanka"]),
            ],
        ),
    ],
)
def test_leaving_a_truce_named_before(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == expected


def test_a_truce_declared_with_a_call_to_reciprocate(extractor: RulesExtractor) -> None:
    body = (
        "ADDIS ABABA, 3 May 2000 - Fighting between Ethiopia and Eritrea went on. Ethiopia's "
        "prime minister said his troops would observe a unilateral truce from Friday, and asked "
        "Eritrea to reciprocate."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("declare", ["Ethiopia"], ["Eritrea"]),
        ("call", ["Ethiopia"], ["Eritrea"]),
    ]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a side that "calls a ceasefire" declares one; one that calls "for" one asks for it
        (
            "DERRY, 3 Sep 1994 - The Provisional IRA called a 48-hour ceasefire over Christmas.",
            [("declare", ["Irish Republican Army"])],
        ),
        (
            "LUANDA, 3 Sep 1994 - UNITA called a truce on Thursday.",
            [("declare", ["UNITA"])],
        ),
        (
            "LUANDA, 3 Sep 1994 - Fighting between Angola and UNITA went on. The OAU called for "
            "a truce on Thursday.",
            [("call", ["Organisation of African Unity"])],
        ),
    ],
)
def test_calling_a_ceasefire_declares_it(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(c.act, c.actors) for c in _run(extractor, told).ceasefire_calls] == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a memorandum of understanding that ends a war is a peace deal; one on fisheries is not
        (
            "MANILA, 28 Mar 2014 - Manila and the Moro Islamic Liberation Front signed a "
            "memorandum of understanding on Thursday, ending four decades of conflict.",
            [("agree", ["Philippines", "Moro Islamic Liberation Front"], "permanent")],
        ),
        (
            "MANILA, 28 Mar 2014 - The Philippines and Vietnam signed a memorandum of "
            "understanding on fisheries on Thursday.",
            [],
        ),
    ],
)
def test_a_memorandum_that_ends_a_war(
    extractor: RulesExtractor, told: str, expected: list[tuple[str, list[str], str]]
) -> None:
    calls = _run(extractor, told).ceasefire_calls
    assert [(c.act, c.actors, c.type) for c in calls] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a participle right after a dated truce describes it; the sentence's act is the call
        "BUJUMBURA - The African Union urged both sides to respect the August ceasefire signed "
        "in Arusha.",
        "JUBA - IGAD called on the rebels to honour the January 23 truce agreed in Addis Ababa.",
    ],
)
def test_a_participle_after_a_dated_truce_describes_it(
    extractor: RulesExtractor, body: str
) -> None:
    acts = [act for act, _ in _act_actors(extractor, body)]
    assert acts == ["call"]


def test_a_year_that_starts_a_time_running_to_now_dates_no_act(
    extractor: RulesExtractor,
) -> None:
    # "since ... 1975" dates the war's start; the signing is this week's
    body = (
        "HUAMBO - Angola's army and the FNLA rebels signed a ceasefire on Friday, ending a war "
        "fought almost without pause since independence in 1975. An accord signed in 1994 "
        "collapsed in 1998."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if "Friday" in c.evidence]
    assert [(c.act, c.time_scope) for c in calls] == [("agree", "current")]


def test_blaming_another_for_wrecking_a_truce_alleges_a_breach(extractor: RulesExtractor) -> None:
    body = (
        "DAKAR - Senegal's army blamed the Movement of Democratic Forces of Casamance for "
        "wrecking the Ziguinchor truce."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("violation_alleged", ["Senegal"])]


def test_a_numbered_resolution_that_calls_for_a_truce_is_its_authors_call(
    extractor: RulesExtractor,
) -> None:
    # "Resolution 1312, which calls for": the council calls, not the state that accepted it
    body = (
        "ASMARA - Eritrea accepted Security Council Resolution 1312, which calls for a ceasefire."
    )
    calls = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]
    assert ("call", ["United Nations"]) in calls
    assert ("call", ["Eritrea"]) not in calls


@pytest.mark.parametrize(
    "body",
    [
        "Kenya's foreign ministry has called for \"an immediate cessation of all forms of "
        'military activity" in Somalia.',
        'Kenya\'s foreign minister said the military action "must stop immediately".',
        "Kenya's foreign minister said the operation should end “immediately”.",
        "Kenya's foreign minister called for an end to the assault on the border town.",
    ],
)
def test_an_operation_told_to_end_is_a_call_for_a_halt(
    extractor: RulesExtractor, body: str
) -> None:
    assert _act_actors(extractor, body) == [("call", ["Kenya"])]


def test_attacks_on_civilians_told_to_stop_ask_restraint_not_a_halt(
    extractor: RulesExtractor,
) -> None:
    assert (
        _act_actors(extractor, "Kenya's foreign minister said attacks on civilians must stop.")
        == []
    )


@pytest.mark.parametrize(
    "body",
    [
        "The UN called on the Ethiopian government to accept a temporary halt to the fighting so "
        "that civilians and the wounded could leave Mekelle.",
        "The ICRC urged both sides to stop firing to let residents flee the old city of Marawi.",
    ],
)
def test_a_halt_for_civilians_to_get_out_is_humanitarian(
    extractor: RulesExtractor, body: str
) -> None:
    assert [c.type for c in _run(extractor, body).ceasefire_calls] == ["humanitarian"]


def test_a_truce_in_the_terms_of_another_offer_is_no_offer_of_one(
    extractor: RulesExtractor,
) -> None:
    extraction = _run(
        extractor,
        "The army fought ADF rebels near Beni. President Felix Tshisekedi has offered the "
        "rebels' leaders an amnesty if they sign a final peace deal.",
    )
    assert [(c.act, c.actors) for c in extraction.ceasefire_calls] == []


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        # a call to keep a truce "agreed in 2003" asks; it agrees to nothing
        (
            "Indian and Pakistani troops traded fire along the Line of Control. A UN spokesman, "
            "Farhan Haq, said the UN urged India and Pakistan to respect the cessation of "
            "hostilities agreed in 2003.",
            [("call", ["United Nations"])],
        ),
        # an acceptance asked as the terms of an offer is no acceptance
        (
            "Fighting between Sudan's army and the RSF went on in Omdurman. Mr Dagalo said on "
            "Tuesday that his fighters were ready for a ceasefire throughout Darfur if the "
            "government accepted the present front lines.",
            [("offer", ["Rapid Support Forces"])],
        ),
        # a halt announced is declared, not offered; so is one ordered, or made for a purpose
        (
            "Turkish troops fought PKK fighters near Semdinli. The PKK announced on Sunday that it "
            "will stop the firing.",
            [("declare", ["PKK"])],
        ),
        (
            "Indian troops pushed toward Dacca. Prime Minister Indira Gandhi ordered a suspension "
            "of offensive operations in the west from Friday.",
            [("declare", ["India"])],
        ),
        (
            "Government troops besieged the Maoist rebels in Rolpa. The Nepalese army stopped the "
            "shelling to permit the evacuation of the wounded.",
            [("declare", ["Nepal"])],
        ),
        # "stop all hostile actions": a halt to the fighting asked
        (
            "Eritrean troops shelled Ethiopian positions at Badme. The OAU called on Eritrea to "
            "stop all hostile actions along the border.",
            [("call", ["Organisation of African Unity"])],
        ),
        # an infinitive later in a list after "urged X to" is asked for too, not declared
        (
            "Ethiopian troops pushed toward Mekelle. The African Union urged Addis Ababa to stop "
            "its operations immediately, declare a ceasefire and open talks with the TPLF.",
            [("call", ["African Union"])],
        ),
        # a request with "asked", a translated halt, the advance, missile and drone attacks
        (
            "Fighting went on in Bangui between Seleka and anti-balaka fighters. The Chadian "
            "president asked the two camps to observe a ceasefire without condition.",
            [("call", ["Chad"])],
        ),
        (
            "Fighting went on in Bangui between Seleka and anti-balaka fighters. France called "
            "the parties to stop immediately the fightings.",
            [("call", ["France"])],
        ),
        (
            "Eritrean troops pushed toward Adigrat. The OAU appealed personally to Isaias "
            "Afwerki to halt the advance.",
            [("call", ["Organisation of African Unity"])],
        ),
        (
            "Talks opened in Muscat. The Houthis said they would halt missile and drone attacks "
            "on Saudi Arabia.",
            [("offer", ["Houthis"])],
        ),
        # a truce "trampled on" is broken
        (
            "Indian troops shelled posts near Poonch. Pakistan accused India of having trampled "
            "on the ceasefire of 2003.",
            [("violation_alleged", ["Pakistan"])],
        ),
        # "will accept to stop the combats only if ...": a halt offered on terms
        (
            "Seleka fighters fought anti-balaka militias in Bossangoa. Seleka will accept to stop "
            "the combats only if a government of transition is formed.",
            [("offer", ["Seleka"])],
        ),
    ],
)
def test_the_one_act_of_a_sentence_with_a_second_verb(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == acts


def test_brushing_off_calls_to_halt_rejects_them(extractor: RulesExtractor) -> None:
    # calls by no one the text names, refused by the sentence's subject
    body = (
        "Uganda's army launched an operation in Ituri on Monday. Kampala brushed off calls from "
        "abroad to halt the operation, saying its troops would stay as long as necessary."
    )
    assert _act_actors(extractor, body) == [("reject", ["Uganda"])]


def test_a_translated_cessation_of_fire_is_a_truce(extractor: RulesExtractor) -> None:
    body = (
        "CHISINAU - Moldovan forces fought the Transnistrian militia near Bender. President "
        "Mircea Snegur called all the combatants to respect strictly the cessation of fire."
    )
    assert _act_actors(extractor, body) == [("call", ["Moldova"])]


def test_a_call_made_in_a_joint_statement_is_its_signers(extractor: RulesExtractor) -> None:
    body = (
        "GAROWE - Fighting spread around Galkayo. IGAD and the African Union in a joint "
        "statement asked for an immediate ceasefire."
    )
    assert _act_actors(extractor, body) == [("call", ["IGAD", "African Union"])]


def test_ready_to_help_offers_no_truce(extractor: RulesExtractor) -> None:
    # an onlooker welcoming a truce and ready to help with aid neither accepts nor offers one
    body = (
        "GAZA - Israel and Hamas agreed an open-ended truce on Tuesday. The EU's envoy welcomed "
        "the truce and said the EU was ready to help reopen the crossings."
    )
    assert _act_actors(extractor, body) == [("agree", ["Israel", "Hamas"])]


@pytest.mark.parametrize(
    "body",
    [
        # an order to stop that names no fighting asks for no truce
        "GAZA - Israel shelled Rafah. Israeli troops told the aid convoy to stop at once.",
        # "hardly respect" doubts a truce; it keeps none
        "KABUL - Afghan forces fought the Taliban. Human Rights Watch said the Taliban would "
        "hardly respect any truce with Kabul.",
    ],
)
def test_no_act_from_a_halt_unnamed_or_a_doubt(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


def test_the_violation_of_rights_breaks_no_truce(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - The army and the RSF agreed a truce on Monday. On Friday the African Union "
        "condemned the violation of women's rights in Darfur by militias."
    )
    assert [act for act, _ in _act_actors(extractor, body)] == ["agree"]


def test_a_would_be_welcome_by_an_onlooker_is_a_call(extractor: RulesExtractor) -> None:
    # "would welcome a ceasefire" from one who does not fight wishes for one: a call, not an offer
    body = (
        "KHARTOUM - The army and the RSF fought in Omdurman. Norway said it would welcome a "
        "ceasefire and was ready to host talks."
    )
    assert _act_actors(extractor, body) == [("call", ["Norway"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce's date between its participle and its agent
        (
            "JUBA - The talks follow a unilateral ceasefire declared on 4 August by the LRA.",
            [("declare", ["Lord's Resistance Army"])],
        ),
        # "halt all military movements" asks for a halt
        (
            "TRIPOLI - Fighting raged south of Tripoli. The African Union called on the LNA to "
            "halt all military movements.",
            [("call", ["African Union"])],
        ),
        # "carry it out": the deal named before, to be kept
        (
            "LUANDA - Angola and UNITA signed a peace accord on Thursday. The African "
            "Union urged both sides to carry it out in full.",
            [("agree", ["Angola", "UNITA"]), ("call", ["African Union"])],
        ),
    ],
)
def test_more_ways_a_truce_is_told(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_numbered_resolution_calls_for_the_un_past_an_aside(
    extractor: RulesExtractor,
) -> None:
    body = (
        "NEW YORK - Resolution 2728, adopted after weeks of haggling with the United States, "
        "calls on all parties to cease hostilities without delay."
    )
    assert _act_actors(extractor, body) == [("call", ["United Nations"])]


def test_a_participle_aside_does_not_speak_for_the_subject(extractor: RulesExtractor) -> None:
    # "backed by Wagner" describes the army, which rejects; Wagner does not
    body = (
        "BAMAKO - The Malian army, backed by Wagner fighters, rejected the truce offered by the "
        "Tuareg rebels of the CSP."
    )
    assert ("reject", ["Mali"]) in _act_actors(extractor, body)


def test_a_truce_holding_as_a_condition_on_the_future_is_no_past_truce(
    extractor: RulesExtractor,
) -> None:
    body = (
        "MUSCAT - Oman said Iran and the United States had agreed a truce on Tuesday. Insurers "
        "said they would not cover tankers in the Gulf until the truce had held for a month."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.time_scope) for c in calls] == [("agree", "current")]


@pytest.mark.parametrize(
    ("body", "sentence", "act", "kind", "scope"),
    [
        # renewed calls renew the calls, not a truce
        (
            "JUBA - Fighting spread to Nasir. Kiir dismissed renewed calls for a truce from IGAD.",
            "Kiir dismissed",
            "reject",
            "immediate",
            "current",
        ),
        # an earlier deal is one of the past; what a deal "provided for" is no condition
        (
            "ADDIS ABABA - Ethiopia and the TPLF signed a new truce in Nairobi. A previous "
            "agreement, signed by Abiy and Debretsion in Pretoria in 2022, provided for an "
            "immediate cessation of hostilities.",
            "A previous agreement",
            "agree",
            "immediate",
            "historical",
        ),
        # forces instructed, past a quote mark and an adverb, to cease fire: a truce declared
        (
            'TRIPOLI - Prime Minister Abdul Hamid Dbeibah said he had instructed "all military '
            'forces to immediately cease fire in all Libyan territories".',
            "instructed",
            "declare",
            "immediate",
            "current",
        ),
        # a translated "stop the fire", on terms
        (
            'LASHIO - "The TNLA is willing to stop the fire and to negotiate, on condition that '
            'the military council stop the bombing," the group said.',
            "willing to stop the fire",
            "offer",
            "conditional",
            "current",
        ),
    ],
)
def test_renewed_calls_earlier_deals_instructed_forces_and_a_translated_halt(
    extractor: RulesExtractor, body: str, sentence: str, act: str, kind: str, scope: str
) -> None:
    calls = _calls(_run(extractor, body), act, sentence)
    assert [(c.type, c.time_scope) for c in calls] == [(kind, scope)]
    assert all(c.conditions is None or "provided" not in c.conditions for c in calls)


def test_a_condition_that_opens_its_own_clause_is_kept_whole(extractor: RulesExtractor) -> None:
    body = (
        'LASHIO - "The TNLA is willing to stop the fire, on condition that the military '
        'council stop the bombing," the group said.'
    )
    (call,) = _calls(_run(extractor, body), "offer", "willing to stop the fire")
    assert call.conditions is not None and "military council stop" in call.conditions


def test_truces_just_named_are_implemented_as_them(extractor: RulesExtractor) -> None:
    body = (
        "TRIPOLI - The GNA and the LNA each announced a ceasefire on Friday. UN Secretary-General "
        "Antonio Guterres welcomed the announcements and urged all sides to implement them "
        "without delay."
    )
    calls = _calls(_run(extractor, body), "call", "implement them")
    assert [(c.actors, c.type) for c in calls] == [(["United Nations"], "observance")]


def test_a_halt_inside_a_long_condition_is_the_offers_terms(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - The RSF has fought the Sudanese army since April 2023. The RSF said its "
        "fighters were ready to stop fighting if the army and its Islamist allied brigades "
        "halted their advance on Omdurman."
    )
    assert [c.act for c in _run(extractor, body).ceasefire_calls] == ["offer"]


def test_an_office_told_without_an_article_describes_the_speaker(
    extractor: RulesExtractor,
) -> None:
    # ", head of the ... UN-recognised government," is the speaker's office: the UN declares
    # nothing
    body = (
        "TRIPOLI - Libya's rival governments have fought since 2019. In a statement, Mohamed "
        "al-Menfi, head of the Presidential Council of the UN-recognised Government of National "
        'Unity, said he had instructed "all military forces to immediately cease fire".'
    )
    (call,) = _calls(_run(extractor, body), "declare", "instructed")
    assert call.speaker == "Mohamed al-Menfi"
    assert "United Nations" not in call.actors


def test_a_statement_signalled_by_a_group_speaks_for_it_in_the_next_sentence(
    extractor: RulesExtractor,
) -> None:
    body = (
        "LASHIO - The MNDAA and the TNLA have fought the military since October. The TNLA's "
        "spokeswoman, Lway Yay Oo, said on Sunday that the military had broken the truce first.\n\n"
        'The MNDAA, in a statement released in Chinese, signalled it was open to talks. "The '
        "MNDAA is willing to stop the fire, on condition that the military council stop the "
        'bombing," the statement said.'
    )
    calls = _calls(_run(extractor, body), "offer", "willing to stop the fire")
    assert [c.actors for c in calls] == [["MNDAA"]]


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        # a truce that "would only give" the enemy time to regroup is refused; the adviser
        # to a leader the table knows speaks for the leader's side
        (
            "KYIV - Russia has fought Ukraine since 2022. Andriy Yermak, an adviser to Zelensky, "
            "said a ceasefire now would only give Russian forces time to regroup.",
            "reject",
            ["Ukraine"],
        ),
        # "neither side will target the other": a mutual halt agreed
        (
            'MUSCAT - The US has bombed the Houthis since March. "In the future, neither side '
            "will target the other in the Red Sea,\" Oman's foreign minister said.",
            "agree",
            ["United States", "Houthis"],
        ),
        # a pause ordered past its quote mark
        (
            "DAMASCUS - Russia has fought the rebels in Ghouta since February. President "
            'Vladimir Putin ordered a daily five-hour "humanitarian pause" in Eastern Ghouta.',
            "declare",
            ["Russia"],
        ),
        # a communique that "does not concern us" is refused
        (
            "GOMA - Regional leaders in Luanda called for a truce between the army and the M23. "
            '"The communique does not concern us," M23 spokesman Lawrence Kanyuka said.',
            "reject",
            ["M23"],
        ),
    ],
)
def test_refusals_mutual_halts_and_pauses_in_other_words(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert (act, actors) in _act_actors(extractor, body)


def test_a_declaration_named_by_its_place_is_a_deal(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - Sudan's army has fought the RSF since 2023. Hemedti said his forces were "
        "committed to the Jeddah declaration."
    )
    assert ("accept", ["Rapid Support Forces"]) in _act_actors(extractor, body)


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        (
            "GAZA - Israel has fought Hamas since 2023. Qatar brokered a period of calm between "
            "Israel and Islamic Jihad on Sunday.",
            "agree",
            ["Israel", "Palestinian Islamic Jihad"],
        ),
        (
            "ANKARA - Russia and Turkey agreed a de-escalation zone around Tal Rifaat on Monday.",
            "agree",
            ["Russia", "Turkey"],
        ),
        (
            "ADEN - The Houthis and the Saudi-led coalition agreed to a prisoner swap and a halt "
            "to cross-border attacks.",
            "agree",
            ["Houthis", "Saudi-led coalition"],
        ),
        # forces ordered to observe a truce of the leader's own: declared, not accepted
        (
            "KYIV - Russia has fought Ukraine since 2022. Putin ordered his forces to observe a "
            "36-hour Orthodox Christmas truce.",
            "declare",
            ["Russia"],
        ),
    ],
)
def test_calm_de_escalation_zones_halts_and_ordered_truces(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert (act, actors) in _act_actors(extractor, body)


def test_sides_agreeing_to_observe_all_agreements_keep_a_truce(extractor: RulesExtractor) -> None:
    body = (
        "BISHKEK - Kyrgyzstan and Tajikistan have clashed on their border for years. The two "
        "countries' border commanders agreed to strictly observe all agreements along the "
        "frontier."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.type, c.actors) for c in calls] == [
        ("agree", "observance", ["Kyrgyzstan", "Tajikistan"])
    ]


def test_a_name_before_a_colon_and_a_quotation_speaks_it(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - Sudan's army has fought the RSF since 2023.\n\n"
        '11:15 - Army spokesman Nabil Abdallah: "The militia violated the humanitarian truce '
        'three times this morning."'
    )
    calls = _calls(_run(extractor, body), "violation_alleged", "violated")
    assert [(c.actors, c.addressees) for c in calls] == [
        (["Sudanese Armed Forces"], ["Rapid Support Forces"])
    ]


def test_a_side_announcing_its_acceptance_of_a_truce_accepts_it(
    extractor: RulesExtractor,
) -> None:
    body = (
        "GOMA - Congo's army has fought the M23 since 2021. \"The M23 announces its acceptance "
        "of the humanitarian truce proposed by Angola, and its commitment to the cessation of "
        'hostilities."'
    )
    extraction = _run(extractor, body)
    acts = [(c.act, c.actors) for c in extraction.ceasefire_calls]
    assert ("accept", ["M23"]) in acts and ("declare", ["M23"]) not in acts
    # the truce "proposed by Angola" is Angola's offer, not the M23's
    assert ("M23", "offer") not in {(p.holder, p.stance) for p in extraction.positions}


@pytest.mark.parametrize(
    ("body", "act", "actors"),
    [
        (
            "KHARTOUM - Sudan's army has fought the RSF since 2023. The Arab League sought a "
            "ceasefire to allow aid into Kadugli.",
            "call",
            ["Arab League"],
        ),
        # a side that welcomes another's call for a pause takes it up
        (
            "KHARTOUM - Sudan's army has fought the RSF since 2023. The RSF welcomed the "
            "Egyptian call for a humanitarian pause.",
            "accept",
            ["Rapid Support Forces"],
        ),
    ],
)
def test_a_truce_sought_and_a_call_for_one_welcomed(
    extractor: RulesExtractor, body: str, act: str, actors: list[str]
) -> None:
    assert (act, actors) in _act_actors(extractor, body)


@pytest.mark.parametrize(
    ("body", "actors", "addressees"),
    [
        # the killing said to have to end: a halt asked, in reported speech or a quotation
        (
            "KHARTOUM - The army and the RSF fought on in El Fasher. The European Union said "
            "the killing had to end immediately.",
            ["European Union"],
            ["Rapid Support Forces", "Sudanese Armed Forces"],
        ),
        (
            "ABUJA - Gunmen killed 40 villagers in Plateau State, and the army pursued them. "
            '"This bloodletting has to stop," Nigeria\'s President Bola Tinubu said.',
            ["Nigeria"],
            [],
        ),
        # an aggression asked to stop: a halt asked of the aggressor
        (
            "GOMA - The M23 advanced on Bukavu. Angola called on Rwanda to end its aggression "
            "in eastern Congo.",
            ["Angola"],
            ["Rwanda"],
        ),
    ],
)
def test_a_halt_asked_in_other_words(
    extractor: RulesExtractor, body: str, actors: list[str], addressees: list[str]
) -> None:
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [(c.actors, sorted(c.addressees)) for c in calls] == [(actors, addressees)]


@pytest.mark.parametrize(
    "body",
    [
        # a need of one's own, and arms asked to stop an offensive: no halt asked
        "KHARTOUM - The army and the RSF fought on in El Fasher. Residents said they had to stop "
        "at every checkpoint.",
        "KYIV - Russian forces shelled Kharkiv. Ukraine urged its allies to help stop the "
        "Russian aggression.",
    ],
)
def test_no_halt_asked(extractor: RulesExtractor, body: str) -> None:
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]


def test_a_truce_said_not_to_be_honoured_now_is_an_alleged_breach(
    extractor: RulesExtractor,
) -> None:
    body = (
        "BAMAKO - A truce between the army and the rebels took effect on Friday. Mali said the "
        "FLA were not honouring the ceasefire around Kidal."
    )
    alleged = [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]
    assert [(c.actors, c.addressees) for c in alleged] == [(["Mali"], ["Azawad Liberation Front"])]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        # a hope that a deal brings an end to the fighting is a call for one
        (
            "DOHA - Congo and the M23 signed a declaration of principles. The African Union said "
            "it hoped the text would lead to a lasting cessation of hostilities in the east.",
            ["African Union"],
        ),
        # work promised until a truce is reached
        (
            "CAIRO - Israeli strikes hit Khan Younis. Egypt said it would keep working with Qatar "
            "until a ceasefire was reached in Gaza.",
            ["Egypt"],
        ),
    ],
)
def test_a_truce_hoped_for_or_worked_for_is_a_call(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [actors]


def test_a_hope_for_trade_is_no_call(extractor: RulesExtractor) -> None:
    body = "KHARTOUM - The army and the RSF fought on. Egypt hoped the new road would bring trade."
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]


@pytest.mark.parametrize(
    "body",
    [
        # a side compelled to stop, and an aggression to be ended by force: no halt asked
        "RAFAH - Israel had to halt its offensive in Rafah after Washington withheld bombs.",
        "KHARKIV - Ukraine's army said it had to stop firing when its shells ran out.",
        "GOMA - Congo said its army would end the Rwandan aggression by force.",
    ],
)
def test_no_halt_asked_by_a_side_compelled_or_by_force(
    extractor: RulesExtractor, body: str
) -> None:
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act in ("call", "offer")]


def test_a_truce_said_never_kept_is_an_alleged_breach(extractor: RulesExtractor) -> None:
    body = (
        "JUBA - A ceasefire between the army and the SPLA-IO was signed in Addis Ababa. South "
        "Sudan's government said the SPLA-IO had never respected the ceasefire."
    )
    alleged = [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]
    assert [(c.actors, c.addressees) for c in alleged] == [(["South Sudan"], ["SPLM-IO"])]


def test_two_accusers_of_a_third_accuse_it_together(extractor: RulesExtractor) -> None:
    body = (
        "MOGADISHU - A truce between Somalia and al-Shabaab was agreed in March. Somalia and "
        "Kenya accuse al-Shabaab of violating the truce almost daily."
    )
    alleged = [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]
    assert [(c.actors, c.addressees) for c in alleged] == [(["Somalia", "Kenya"], ["al-Shabaab"])]


def test_mediators_from_states_are_those_states(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - Fighting raged in Omdurman. Mediators from Saudi Arabia and the United States "
        "urged the army and the RSF to agree to a week-long truce."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [["Saudi Arabia", "United States"]]


def test_refugees_from_a_state_do_not_act_for_it(extractor: RulesExtractor) -> None:
    body = (
        "ADRE - Refugees from Sudan crossed into Chad, where aid groups urged the RSF to allow a "
        "truce."
    )
    assert "Sudan" not in {p.name for p in _run(extractor, body).parties}


def test_a_halt_to_these_operations_is_a_call(extractor: RulesExtractor) -> None:
    body = (
        "ADEN - Houthi forces advanced on Marib. Britain's foreign secretary said: \"We urge the "
        'immediate halt to these military operations around the city."'
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [["United Kingdom"]]


def test_no_stop_until_victory_is_no_offer(extractor: RulesExtractor) -> None:
    body = (
        'MAIDUGURI - Troops fought Boko Haram near Gwoza. "We will not stop until every inch of '
        'Borno is cleansed of them," the Nigerian army chief said.'
    )
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "offer"]


def test_operations_suspended_in_quoted_words_are_declared(extractor: RulesExtractor) -> None:
    body = (
        "BAGHDAD - US jets struck militia bases near al-Qaim. Kataib Hezbollah announced on "
        'Tuesday that it was suspending "military and security operations against the US '
        'forces".'
    )
    declared = [c for c in _run(extractor, body).ceasefire_calls if c.act == "declare"]
    assert [c.actors for c in declared] == [["Kataib Hezbollah"]]


def test_no_stop_to_the_fighting_until_victory_is_no_offer(extractor: RulesExtractor) -> None:
    body = (
        "KHARTOUM - The RSF said it would not stop fighting until every inch of Sudan is "
        "cleansed of the army's militias."
    )
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "offer"]


def test_a_truce_announced_on_a_date_by_a_broker_is_not_the_brokers_own(
    extractor: RulesExtractor,
) -> None:
    body = (
        "DOHA - Israel and Hamas have negotiated for weeks. Qatar announced on 12 March that the "
        "two sides had reached a truce."
    )
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.actors == ["Qatar"]]


def test_troops_withdrawn_from_a_state_do_not_make_it_a_party(extractor: RulesExtractor) -> None:
    body = "JERUSALEM - Israel began withdrawing troops from Lebanon on Sunday."
    assert "Lebanon" not in {p.name for p in _run(extractor, body).parties}


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "ASMARA - Talks ended in Algiers. Ethiopia and Eritrea agreed not to attack each "
            "other.",
            ["Ethiopia", "Eritrea"],
        ),
        (
            "KINGSTOWN - The presidents of Guyana and Venezuela agreed that they would not "
            "threaten or use force against one another.",
            ["Guyana", "Venezuela"],
        ),
    ],
)
def test_a_promise_of_no_attack_is_agreed(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    agreed = [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]
    assert [c.actors for c in agreed] == [actors]


def test_an_appeal_not_to_attack_is_no_agreement(extractor: RulesExtractor) -> None:
    body = "GAZA - Tanks ringed al-Shifa. The UN urged Israel not to attack the hospital."
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]


def test_accusations_from_each_side_that_the_other_broke_it(extractor: RulesExtractor) -> None:
    body = (
        "JUBA - The army and the SPLM-IO agreed a truce in Khartoum in June, which collapsed "
        "amid accusations from each side that the other had broken it."
    )
    alleged = [c for c in _run(extractor, body).ceasefire_calls if c.act == "violation_alleged"]
    assert sorted((c.actors, c.addressees) for c in alleged) == [
        (["SPLM-IO"], ["South Sudan"]),
        (["South Sudan"], ["SPLM-IO"]),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a pledge to a third state, a denied deal, and sites spared: no truce
        "JERUSALEM - Israel has committed not to strike Iranian nuclear sites, US officials said.",
        "BEIRUT - Israel rejected claims that it had agreed not to strike Hezbollah positions in "
        "Lebanon.",
        "JEDDAH - Sudan's army and the RSF agreed not to attack hospitals, the Saudi mediators "
        "said.",
    ],
)
def test_one_sided_or_limited_promises_are_no_truce(extractor: RulesExtractor, body: str) -> None:
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        (
            "BAKU - Armenia and Azerbaijan pledged never to use force against each other again.",
            ["Armenia", "Azerbaijan"],
        ),
        (
            "DOHA - The Taliban committed not to attack US troops in exchange for a full "
            "withdrawal, the Taliban said.",
            ["Taliban", "United States"],
        ),
    ],
)
def test_mutual_pledges_and_a_deals_terms_are_agreed(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    agreed = [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]
    assert [c.actors for c in agreed] == [actors]


def test_both_sides_bound_not_to_attack_have_agreed(extractor: RulesExtractor) -> None:
    body = (
        "ISTANBUL - The talks ended on Friday. Under the text, both sides commit not to attack "
        "the ports of Odesa and Chornomorsk, Russia and Ukraine said."
    )
    agreed = [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]
    assert [sorted(c.actors) for c in agreed] == [["Russia", "Ukraine"]]


def test_a_halt_to_all_military_actions_asked_is_a_call(extractor: RulesExtractor) -> None:
    body = (
        "ADDIS ABABA - Clashes spread along the border. The African Union urged Ethiopia and "
        "Eritrea to cease all military actions."
    )
    assert _act_actors(extractor, body) == [("call", ["African Union"])]


def test_a_truce_wished_to_hold_is_a_call_to_observe_it(extractor: RulesExtractor) -> None:
    body = (
        "HARGEISA - Somaliland and Puntland agreed a truce in Las Anod on Monday. Ethiopia's "
        "foreign ministry said it wanted to see the ceasefire hold."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [(c.actors, c.type) for c in calls] == [(["Ethiopia"], "observance")]


def test_a_truce_taking_effect_is_its_sides_deal_past_a_relative_clause(
    extractor: RulesExtractor,
) -> None:
    # "that Cuba hosts" describes the group; the truce itself took effect
    body = (
        "BOGOTA - A bilateral truce between the government and the ELN guerrilla group that Cuba "
        "hosts took effect on Thursday."
    )
    assert [(a, sorted(s)) for a, s in _act_actors(extractor, body)] == [
        ("agree", ["Colombia", "ELN"])
    ]


def test_a_truce_suspended_by_decision_is_rejected(extractor: RulesExtractor) -> None:
    # (an order to suspend it is no truce declared)
    body = (
        'MANILA - Rebels ambushed a patrol in Samar. "I have ordered the suspension of the '
        "ceasefire with the New People's Army,\" Philippine President Rodrigo Duterte said."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("reject", ["Philippines"], ["New People's Army"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "BANGKOK - Thailand's prime minister, Paetongtarn Shinawatra, said 12 villagers had "
            "been killed by Cambodian rockets, and she renewed her call for an immediate "
            "ceasefire.",
            ("call", ["Thailand"]),
        ),
        (
            "MOGADISHU - The Somali president, Hassan Sheikh Mohamud, said the bombing had been "
            "carried out by al-Shabaab, and he called for an end to the fighting in Hiraan.",
            ("call", ["Somalia"]),
        ),
    ],
)
def test_a_pronoun_after_and_is_the_speaker_not_a_party_named_in_the_report(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert _act_actors(extractor, body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the appositive names the speaker's state with its office
        (
            "NAIROBI - Musalia Mudavadi, Kenya's foreign minister, called on the army and the RSF "
            "to stop the fighting in El Fasher.",
            (["Kenya"], "Musalia Mudavadi"),
        ),
        # the one met, and the place and time of the meeting, are no subject of the call
        (
            "ANKARA - Hakan Fidan, Turkey's foreign minister, met Asaad al-Shaibani in Damascus on "
            "Sunday and urged the Syrian Democratic Forces and the Syrian government to agree to "
            "a lasting ceasefire.",
            (["Turkey"], "Hakan Fidan"),
        ),
        (
            "MEKELLE - The AU envoy, Olusegun Obasanjo, met Prime Minister Abiy Ahmed in Addis "
            "Ababa on Monday and urged all sides to agree to an immediate ceasefire in Tigray.",
            (["African Union"], "Olusegun Obasanjo"),
        ),
    ],
)
def test_the_caller_is_the_sentence_subject_past_an_office_or_a_meeting(
    extractor: RulesExtractor, body: str, expected: tuple[list[str], str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.actors, c.speaker) for c in calls if c.act == "call"] == [expected]


def test_a_pronoun_repeating_someone_elses_call_makes_it(extractor: RulesExtractor) -> None:
    body = (
        "ADEN - Houthi drones struck an oil terminal on the coast. UN envoy Hans Grundberg said "
        "he was alarmed. He repeated the Secretary-General's call for an immediate cessation of "
        "hostilities."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.speaker) for c in calls] == [
        ("call", ["United Nations"], "Hans Grundberg")
    ]


def test_talks_about_a_truce_brokered_by_a_mediator_agree_nothing(
    extractor: RulesExtractor,
) -> None:
    body = (
        "KHARTOUM - The army shelled Omdurman. Talks in Jeddah, brokered by Saudi Arabia and the "
        "United States, on a seven-day truce between the army and the RSF stalled on Monday."
    )
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "agree"]


def test_a_halt_to_all_forms_of_violence_asked_is_a_call(extractor: RulesExtractor) -> None:
    body = (
        'ABUJA - Soldiers seized the presidential palace in Niamey. ECOWAS called for "the '
        'immediate cessation of all forms of violence" in Niger.'
    )
    assert _act_actors(extractor, body) == [("call", ["ECOWAS"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # operations told with their target, and a halt by the other side as the term
        (
            "SANAA - The Houthis fired missiles at ships. Houthi military spokesman Yahya Saree "
            "said the group would continue its operations against Israeli shipping until the "
            "aggression on Gaza stops.",
            [("offer", ["Houthis"])],
        ),
        # a war aim is no term for a truce
        (
            "MOSCOW - Russian forces advanced in Donetsk. The Kremlin said the army would "
            "continue its operations until its goals are achieved.",
            [],
        ),
        (
            "GAZA - Israeli jets struck Rafah. The Israeli prime minister said the army would "
            "continue its operations in Gaza until Hamas is destroyed.",
            [],
        ),
    ],
)
def test_fighting_promised_until_the_other_side_stops_is_a_conditional_offer(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_suspension_of_attacks_named_again_is_what_is_rejected(
    extractor: RulesExtractor,
) -> None:
    body = (
        "YANGON - The Arakan Army announced a suspension of its offensive after the earthquake. "
        "The Kachin Independence Army, another rebel group, rejected the suspension on Tuesday."
    )
    acts = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]
    assert ("reject", ["Kachin Independence Army"]) in acts


def test_an_announced_end_to_ones_own_military_operation_is_declared(
    extractor: RulesExtractor,
) -> None:
    body = (
        "BAHIR DAR - Fano militiamen held two towns. Ethiopia's defence ministry announced the "
        "end of its military operation in the Amhara region on Friday."
    )
    assert _act_actors(extractor, body) == [("declare", ["Ethiopia"])]


@pytest.mark.parametrize(
    "body",
    [
        "LONDON - Britain's foreign secretary called the truce between Thailand and Cambodia an "
        "important first step.",
        "BRUSSELS - The EU's foreign policy chief, Kaja Kallas, called the ceasefire in Gaza "
        '"a step in the right direction" but said it must be followed by the release of all '
        "hostages.",
    ],
)
def test_a_truce_named_and_judged_is_no_call_for_one(extractor: RulesExtractor, body: str) -> None:
    assert not [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the verb after the quote shares the subject of "warned", not of its complement
        (
            "NEW YORK - Fighting raged in Sudan. Only a week earlier Guterres had warned that "
            'Sudan was "sliding into chaos" and demanded an immediate halt to hostilities.',
            (["United Nations"], "Antonio Guterres"),
        ),
        # the leaders spoken to are the pronoun's objects, not the caller
        (
            "PARIS - Fighting spread along the border. Macron said in Riga that he had spoken to "
            "the leaders of Thailand and Cambodia, called for a ceasefire, and would raise the "
            "issue with Xi Jinping.",
            (["France"], "Emmanuel Macron"),
        ),
    ],
)
def test_a_chain_of_verbs_keeps_its_subject_past_a_complement_or_an_object(
    extractor: RulesExtractor, body: str, expected: tuple[list[str], str]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.actors, c.speaker) for c in calls if c.act == "call"] == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "KHARTOUM - Neither the army nor the RSF has accepted the Jeddah truce.",
        "BOGOTA - Fighting continued in Cauca. Neither the ELN nor the Clan del Golfo has signed "
        "a ceasefire with the government.",
    ],
)
def test_an_act_that_neither_side_performed_is_none(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "KHARTOUM - The RSF said on Monday that it remained committed to the humanitarian "
            "truce.",
            [("accept", ["Rapid Support Forces"])],
        ),
        (
            'WASHINGTON - A truce took hold in Sudan. "It is imperative that the truce is '
            'respected," the US secretary of state said.',
            [("call", ["United States"])],
        ),
        (
            'SANAA - The Houthis fired at ships. "Our operations will not stop before the '
            'aggression on Gaza stops," the Houthi leader Abdul Malik al-Houthi said.',
            [("offer", ["Houthis"])],
        ),
        (
            "YANGON - The earthquake killed thousands. The Arakan Army said it would halt new "
            "offensive operations for one month so that aid could reach quake victims.",
            [("declare", ["Arakan Army"])],
        ),
        (
            "KYIV - Russia struck Odesa. Zelensky said Ukraine was ready to refrain from any "
            "strikes on energy infrastructure for 30 days if Moscow did the same.",
            [("offer", ["Ukraine"])],
        ),
        (
            "KYIV - Russia shelled Kherson. Zelensky said Ukraine would answer Russia's actions "
            '"in a mirror manner": silence for silence, strikes for strikes.',
            [("offer", ["Ukraine"])],
        ),
    ],
)
def test_commitment_kept_keeping_asked_and_halts_offered_in_other_words(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    acts = [a for a in _act_actors(extractor, body) if a[0] != "agree"]
    assert acts == expected


def test_a_deals_terms_told_as_quiet_for_quiet_offer_nothing(extractor: RulesExtractor) -> None:
    body = (
        'GAZA - The truce held. Israeli officials said the truce was "quiet for quiet" and '
        "nothing more."
    )
    assert "offer" not in {act for act, _ in _act_actors(extractor, body)}


def test_an_act_named_as_the_subject_of_a_reported_clause_is_not_the_speakers(
    extractor: RulesExtractor,
) -> None:
    body = (
        "KYIV - Russia shelled Kherson overnight. Ukraine's foreign minister said the "
        "announcement of the truce had been a public-relations exercise."
    )
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # the truce as the rule some act kept, then a demand about something else
        "PHNOM PENH - Cambodia's defence ministry said the soldiers had gone to greet Thai troops "
        "in line with the truce and demanded their immediate release.",
        # "what he called": a naming, no call
        "ISLAMABAD - Pakistan's prime minister thanked Trump for what he called his \"proactive "
        'role" in securing the truce.',
        # the terms of a deal, told after "it was agreed that", offer nothing
        'NEW DELHI - "It was agreed between them that both sides would stop all firing on land '
        "and in the air,\" India's foreign secretary told reporters.",
    ],
)
def test_no_call_or_offer_in_a_truce_kept_named_or_agreed(
    extractor: RulesExtractor, body: str
) -> None:
    assert not {"call", "offer"} & {act for act, _ in _act_actors(extractor, body)}


def test_a_must_in_a_clause_of_its_own_after_the_truce_is_no_call(
    extractor: RulesExtractor,
) -> None:
    body = (
        'SANAA - "The test of this truce will be the ships that dock in Hodeidah," the Houthi '
        "negotiator wrote on Twitter, adding that fuel deliveries and flights must start without "
        "delay."
    )
    assert "call" not in {act for act, _ in _act_actors(extractor, body)}


def test_a_truce_that_must_be_kept_is_still_a_call(extractor: RulesExtractor) -> None:
    body = (
        "ADEN - The truce began on Saturday. In Washington, the US president welcomed it but said "
        'the truce "must be adhered to".'
    )
    assert ("call", ["United States"]) in _act_actors(extractor, body)


def test_each_of_the_neighbours_accusing_the_other_is_one_accusation_a_side(
    extractor: RulesExtractor,
) -> None:
    body = (
        "BANGKOK - A ceasefire between Thailand and Cambodia announced by Malaysia's prime "
        "minister, Anwar Ibrahim, appeared to be holding on Tuesday, a day after each of the "
        "two neighbours accused the other of breaching it."
    )
    accusations = [
        (c.actors, c.addressees, c.speaker)
        for c in _run(extractor, body).ceasefire_calls
        if c.act == "violation_alleged"
    ]
    assert sorted(accusations) == [
        (["Cambodia"], ["Thailand"], None),
        (["Thailand"], ["Cambodia"], None),
    ]


def test_a_call_to_implement_their_commitments_after_a_deal_keeps_it(
    extractor: RulesExtractor,
) -> None:
    body = (
        "ADDIS ABABA - Ethiopia and the TPLF signed a permanent cessation of hostilities in "
        "Pretoria. The AU envoy, Olusegun Obasanjo, urged both parties to implement their "
        "commitments in full."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [(c.actors, c.type) for c in calls] == [(["African Union"], "observance")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "GAZA - Israel's defence minister said a new pause would only let Hamas regroup and "
            "that Israel saw no reason to halt its offensive.",
            ("reject", ["Israel"]),
        ),
        # a past tense after "vowed to fight on and" acts; it is no infinitive asked for
        (
            "BEIRUT - Hezbollah fired rockets on Monday, hours after Israel's prime minister "
            "vowed to fight on and rejected the French truce plan.",
            ("reject", ["Israel"]),
        ),
        (
            "KYIV - Russia and Ukraine agreed a 30-day moratorium on strikes on energy sites last "
            "week. Ukraine's air force said Russian drones had struck power plants in Odesa "
            "overnight despite the moratorium.",
            ("violation_alleged", ["Ukraine"]),
        ),
    ],
)
def test_refusals_and_breaches_told_in_other_words(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


def test_a_call_named_again_and_dismissed_is_a_call_and_a_rejection(
    extractor: RulesExtractor,
) -> None:
    body = (
        "ADDIS ABABA - Kenya urged the Ethiopian government and the TPLF to halt hostilities, a "
        "call Addis Ababa dismissed as interference."
    )
    assert _act_actors(extractor, body) == [("call", ["Kenya"]), ("reject", ["Ethiopia"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "KABUL - The Afghan government said on Friday it had turned down an offer of a "
            "ceasefire from a Taliban faction.",
            [("offer", ["Taliban"]), ("reject", ["Afghanistan"])],
        ),
        (
            "KYIV - A call by the European Union for a 30-day ceasefire was accepted by Kyiv on "
            "Tuesday.",
            [("call", ["European Union"]), ("accept", ["Ukraine"])],
        ),
    ],
)
def test_an_offer_or_call_named_with_its_maker_is_an_act_besides_the_answer(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_proposal_received_is_no_offer_and_hours_later_it_rejects_it(
    extractor: RulesExtractor,
) -> None:
    body = (
        "SANAA - The Houthis said on Monday they had received a new truce proposal from Omani "
        "mediators. Days later they rejected the plan as a trap."
    )
    assert _act_actors(extractor, body) == [("reject", ["Houthis"])]


def test_a_verb_in_a_clause_after_hours_after_keeps_its_own_subject(
    extractor: RulesExtractor,
) -> None:
    body = (
        "KHARTOUM - The RSF declared a humanitarian truce on Monday, hours after army chief "
        "Abdel Fattah al-Burhan vowed to fight on and rejected the US truce plan."
    )
    assert ("reject", ["Sudanese Armed Forces"]) in _act_actors(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a question put is no act
        (
            "KHARTOUM - Asked whether the army would accept a humanitarian truce in El Fasher, "
            "Sudan's army chief said the decision belonged to the people.",
            [],
        ),
        # an accusation rejected is no truce rejected
        (
            "JUBA - The SPLM-IO accused the army of shelling its positions in violation of the "
            "ceasefire, a charge the army spokesman rejected as propaganda.",
            [("violation_alleged", ["SPLM-IO"])],
        ),
        (
            "JERUSALEM - The Israeli military said on Sunday it would hold daily tactical pauses "
            "in fighting along a road in Rafah to let aid in.",
            [("declare", ["Israel"])],
        ),
    ],
)
def test_questions_charges_rejected_and_pauses_held(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_call_by_several_makers_rejected_is_their_joint_call(
    extractor: RulesExtractor,
) -> None:
    body = (
        "KHARTOUM - The army on Monday rejected a call by Egypt, Saudi Arabia and the United "
        "Arab Emirates for a humanitarian truce in El Fasher."
    )
    acts = [(c.act, sorted(c.actors)) for c in _run(extractor, body).ceasefire_calls]
    assert acts == [
        ("call", ["Egypt", "Saudi Arabia", "United Arab Emirates"]),
        ("reject", ["Sudanese Armed Forces"]),
    ]


def test_no_question_in_quotes_of_a_truce_rejects_it(extractor: RulesExtractor) -> None:
    body = (
        'ANKARA - Turkish drones struck Kobani. Ankara said there was "no question" of a truce '
        "with the Kurdish-led group."
    )
    assert _act_actors(extractor, body) == [("reject", ["Turkey"])]


def test_a_participle_after_an_opening_quote_is_the_speakers(extractor: RulesExtractor) -> None:
    body = (
        'SANAA - "A truce now would only let the Saudi aggressors regroup," Houthi spokesman '
        "Mohammed Abdulsalam said on Sunday, dismissing the idea of a pause before talks."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.speaker) for c in calls] == [
        ("reject", ["Houthis"], "Mohammed Abdulsalam")
    ]


def test_an_order_to_stop_the_fighting_quoted_is_the_speakers_call(
    extractor: RulesExtractor,
) -> None:
    body = (
        'WASHINGTON - "Stop the killing now and make a deal," the US president wrote on social '
        "media, addressing both Moscow and Kyiv."
    )
    assert _act_actors(extractor, body) == [("call", ["United States"])]


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        # a year, a word or two, the deal and the sides it bound: a past deal told as background
        (
            "Fano militiamen attacked a town in Amhara on Monday. The Fano were excluded from the "
            "2022 Pretoria agreement between the federal government and the TPLF.",
            ["Ethiopia", "Tigray People's Liberation Front"],
        ),
        # ... where "the state" is the side of the war that is a state
        (
            "Gunmen from the Bangsamoro Islamic Freedom Fighters attacked an army post near "
            "Cotabato on Monday. The group stayed outside the 2014 peace agreement between the "
            "state and the MILF.",
            ["Philippines", "Moro Islamic Liberation Front"],
        ),
    ],
)
def test_a_past_deal_named_by_its_year_and_sides_is_a_historical_agreement(
    extractor: RulesExtractor, body: str, actors: list[str]
) -> None:
    published = "Published 12 March 2025\n\n"
    calls = _run(extractor, published + body).ceasefire_calls
    assert [(c.act, c.actors, c.time_scope) for c in calls] == [("agree", actors, "historical")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen attacked an army post near Cotabato. The Bangsamoro Islamic Freedom "
            "Fighters rejected the 2014 peace agreement between the government and the MILF.",
            [
                ("reject", ["Bangsamoro Islamic Freedom Fighters"], "current"),
                ("agree", ["Philippines", "Moro Islamic Liberation Front"], "historical"),
            ],
        ),
        (
            "Fighting spread across Upper Nile. The SPLM-IO accused the army of violating the "
            "2018 peace agreement between the government and the SPLM-IO.",
            [
                ("violation_alleged", ["SPLM-IO"], "current"),
                ("agree", ["South Sudan", "SPLM-IO"], "historical"),
            ],
        ),
    ],
)
def test_a_past_deal_named_inside_another_act_is_told_as_history_too(
    extractor: RulesExtractor, sentence: str, expected: list[tuple[str, list[str], str]]
) -> None:
    body = "Published 12 March 2025\n\n" + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.time_scope) for c in calls] == expected


@pytest.mark.parametrize(
    ("sentence", "act", "scope"),
    [
        # the year names the deal, not the act: an accusation or a call about it is news
        (
            "The SPLM-IO accused the army of violating the 2018 ceasefire.",
            "violation_alleged",
            "current",
        ),
        ("The UN urged both sides to respect the 2018 ceasefire.", "call", "current"),
        # ... unless the sentence dates the act itself, whatever the case of its first word
        (
            "In 2019 the SPLM-IO accused the army of violating the 2018 ceasefire.",
            "violation_alleged",
            "historical",
        ),
    ],
)
def test_an_act_about_a_deal_named_by_its_year_is_dated_by_its_own_sentence(
    extractor: RulesExtractor, sentence: str, act: str, scope: str
) -> None:
    body = "Published 12 March 2025\n\nFighting spread across Upper Nile on Monday. " + sentence
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.time_scope) for c in calls] == [(act, scope)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause that describes the truce has its own subject, who declared it; a speech
        # verb in it ("declared in April") reports nothing, so the accuser is the one who says
        (
            "The Houthis broke a truce the coalition declared in April, the Saudi-led "
            "coalition said.",
            [
                ("violation_alleged", ["Saudi-led coalition"], ["Houthis"]),
                ("declare", ["Saudi-led coalition"], []),
            ],
        ),
        # a promise to keep "a" truce is an acceptance when a clause says who made it
        (
            "The ELN said it would respect a ceasefire President Gustavo Petro announced on "
            "Sunday.",
            [("accept", ["ELN"], []), ("declare", ["Colombia"], [])],
        ),
    ],
)
def test_a_truce_described_by_a_clause_of_its_own(
    extractor: RulesExtractor, sentence: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    calls = _run(extractor, "Published 12 March 2025\n\n" + sentence).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == expected


def test_a_promise_to_keep_a_truce_nobody_made_is_no_acceptance(
    extractor: RulesExtractor,
) -> None:
    body = "Published 12 March 2025\n\nThe ELN said it would respect a ceasefire."
    assert _run(extractor, body).ceasefire_calls == []


def test_failing_to_honour_a_truce_is_a_breach(extractor: RulesExtractor) -> None:
    body = (
        "Published 12 March 2025\n\nThe army and the SPLM-IO signed a truce in May. On Monday "
        "the SPLM-IO accused the army of failing to honour the truce."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls][-1] == (
        "violation_alleged",
        ["SPLM-IO"],
        ["South Sudan"],
    )


def test_the_federal_government_is_the_federal_state_of_the_war(
    extractor: RulesExtractor,
) -> None:
    # a war of two states, the non-federal one named far more often: "the federal government"
    # is still the federal one's
    body = (
        "Published 12 March 2025\n\nEritrea has massed troops on the border, Eritrea's army "
        "said. Eritrean officials in Asmara denied it. Fighting in Ethiopia's Oromia region has "
        "also worsened, and Eritrea accused the Oromo Liberation Army of attacks. The OLA said "
        "the federal government had broken the truce."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls] == [
        ("violation_alleged", ["Oromo Liberation Army"], ["Ethiopia"])
    ]


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "Hamas said a permanent ceasefire would only be possible once Israeli troops left "
            "Gaza.",
            ["Hamas"],
        ),
        (
            "The Myanmar military says a truce is acceptable only if the MNDAA hands back Lashio.",
            ["Myanmar military"],
        ),
        # an onlooker's guess at what a truce would need sets no terms of its own
        ("The UN said a truce would be possible if both generals met in Jeddah.", []),
    ],
)
def test_the_terms_a_side_sets_for_a_truce_are_an_offer(
    extractor: RulesExtractor, sentence: str, actors: list[str]
) -> None:
    calls = _run(extractor, "Published 12 March 2025\n\n" + sentence).ceasefire_calls
    assert [c.actors for c in calls if c.act == "offer"] == ([actors] if actors else [])


def test_they_in_a_warring_sides_quote_is_the_other_side(extractor: RulesExtractor) -> None:
    body = (
        "Published 12 March 2025\n\nMyanmar's military declared a ceasefire in Kachin State on "
        'Monday. The Kachin Independence Army said its fighters were still under attack. "They '
        'announced a ceasefire, but their jets still bomb Bhamo," KIA spokesman Naw Bu told '
        "reporters."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == [("declare", ["Myanmar military"])]


def test_a_truce_declared_by_someone_the_text_does_not_place_is_nobodys(
    extractor: RulesExtractor,
) -> None:
    # "that Dhuhulow had declared": the declarer is no party here, and never the main clause's
    body = (
        "Published 12 March 2025\n\nSomalia says al-Shabaab started the fighting. It accuses "
        "Jubaland forces of breaking a unilateral ceasefire that Dhuhulow had declared on the "
        "evening of 7 May."
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [c.act for c in calls] == ["violation_alleged"]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We have seen attempts by the Houthis to sabotage this agreement," Saudi defence '
        "minister Khalid bin Salman said.",
        "Riyadh accused the Houthis of trying to wreck the arrangement.",
    ],
)
def test_an_attempt_to_wreck_a_truce_alleges_a_breach(
    extractor: RulesExtractor, sentence: str
) -> None:
    body = (
        "Published 12 March 2025\n\nSaudi Arabia and the Houthis agreed on Tuesday to halt "
        "cross-border attacks. " + sentence
    )
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.actors, c.addressees) for c in calls][-1] == (
        "violation_alleged",
        ["Saudi Arabia"],
        ["Houthis"],
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the party named as the proposal's adjective proposes it; an onlooker asks for it
        (
            "Russian drones struck Kharkiv overnight, Ukraine's air force said. Putin discussed "
            "a U.S. proposal for a full 30-day ceasefire with Trump on Tuesday.",
            [("call", ["United States"])],
        ),
        # accepting it tells the proposer's call too
        (
            "The army and the RSF fought in Omdurman on Monday. Both sides agreed to a U.N. "
            "proposal for a three-hour humanitarian pause.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["United Nations"]),
            ],
        ),
        # the party's people name the party that acts in a clause describing the truce (a
        # guard: this read right before the clause's subject was sought)
        (
            "Fighting spread in Karen State. The junta declared a unilateral ceasefire that KNU "
            "leaders dismissed as a sham.",
            [("declare", ["Myanmar military"]), ("reject", ["Karen National Union"])],
        ),
    ],
)
def test_a_proposal_named_by_its_proposer(
    extractor: RulesExtractor, sentence: str, expected: list[tuple[str, list[str]]]
) -> None:
    calls = _run(extractor, "Published 12 March 2025\n\n" + sentence).ceasefire_calls
    assert [(c.act, c.actors) for c in calls] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a side's approval of a proposal named by its onlooker proposer: both acts
        (
            "BOGOTA, Dec 20, 2025 - Colombia's army and the ELN rebels clashed in Arauca on "
            "Monday. Colombia's cabinet voted unanimously late on Thursday in favour of a "
            "Venezuelan initiative for a bilateral ceasefire.",
            [("accept", ["Colombia"]), ("call", ["Venezuela"])],
        ),
        # a state's body acting in the past tense accepts; the proposer calls
        (
            "Burkina Faso's junta accepted an Algerian proposal for a truce.",
            [("accept", ["Burkina Faso"]), ("call", ["Algeria"])],
        ),
    ],
)
def test_an_accepted_proposal_of_an_onlooker_is_its_call_too(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a deal's title, capitalised, named after a capital
        (
            "JUBA - Sudan's army and the SPLM-N signed the Juba Agreement on Saturday after "
            "months of talks.",
            [("agree", ["Sudanese Armed Forces", "SPLM-N"])],
        ),
        (
            "ADDIS ABABA - The TPLF accused the federal army of breaching the Pretoria Agreement "
            "in southern Tigray.",
            [("violation_alleged", ["Tigray People's Liberation Front"])],
        ),
        # a capital's declaration is as often a unity pact; Paris's agreement is on climate
        (
            "GAZA - Israeli strikes killed 30 people on Tuesday. Hamas and Fatah signed the "
            "Beijing Declaration in July, pledging a unity government.",
            [],
        ),
        (
            "KYIV - Russian drones struck Kharkiv overnight. Ukraine signed the Paris Agreement "
            "in 2016 and has pledged to rebuild green.",
            [],
        ),
        # a title that names no place is no truce
        (
            "KINSHASA - DR Congo and the United States signed the Strategic Minerals Agreement "
            "on Thursday.",
            [],
        ),
        (
            "RABAT - Morocco and Israel signed the Abraham Accords in December 2020.",
            [],
        ),
    ],
)
def test_a_deal_titled_after_a_capital_is_a_truce(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "breaking it": the truce the article named just before
        (
            "YANGON - The Arakan Army and the military agreed a truce in Rakhine on Monday. On "
            "Thursday the Arakan Army accused the military of breaking it with air strikes near "
            "Sittwe.",
            [
                ("agree", ["Arakan Army", "Myanmar military"]),
                ("violation_alleged", ["Arakan Army"]),
            ],
        ),
        # a deal announced with another side is both sides' agreement
        (
            "ADEN - Yemen's government announced a new truce agreement with the Houthis in Taiz "
            "on Sunday.",
            [("agree", ["Yemen", "Houthis"])],
        ),
        # terms for laying down arms, or for stopping, are an offer
        (
            "MAIDUGURI - A Boko Haram commander said his fighters were prepared to lay down their "
            "weapons if the army stopped its air raids.",
            [("offer", ["Boko Haram"])],
        ),
        (
            "BAMAKO - JNIM said it would not stop its offensive as long as the army kept bombing "
            "villages in Mopti.",
            [("offer", ["JNIM"])],
        ),
        (
            'KYIV - "We will continue to hit Russian refineries until Moscow ends its attacks on '
            'our power grid," Ukrainian Foreign Minister Andrii Sybiha said.',
            [("offer", ["Ukraine"])],
        ),
        # a war aim is no terms
        (
            "MOGADISHU - Al-Shabaab said it would continue fighting until Somalia is freed from "
            "foreign troops.",
            [],
        ),
        # no basis for a truce, quoted
        (
            'KHARTOUM - Sudan\'s army said it saw "no basis" for a truce with the RSF while the '
            "siege of El Fasher went on.",
            [("reject", ["Sudanese Armed Forces"])],
        ),
    ],
)
def test_truce_acts_told_by_reference_terms_and_refusal(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_deal_with_a_counterpart_the_text_does_not_name_is_not_the_wars_other_side(
    extractor: RulesExtractor,
) -> None:
    body = (
        "TRIPOLI - Haftar's forces shelled the capital on Saturday, the Tripoli government said. "
        "On Sunday the Government of National Unity signed a truce with tribal elders in "
        "Zawiya."
    )
    agreements = [a for a in _act_actors(extractor, body) if a[0] == "agree"]
    assert agreements == [("agree", ["Government of National Unity"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce reached is agreed
        (
            "BANGKOK - Thailand and Cambodia reached a ceasefire on Monday after talks in Kuala "
            "Lumpur.",
            [("agree", ["Thailand", "Cambodia"])],
        ),
        # one still sought is not
        ("MEKELLE - Efforts to reach a truce between Ethiopia and the TPLF have stalled.", []),
        # "both sides" after "talks with A and B": A and B, not the story's most-named sides
        (
            "MEKELLE - Eritrean troops shelled Tigray again overnight, and Eritrea's government "
            "denied it. Kenya said that after talks with Ethiopia and the TPLF, both sides had "
            "agreed to stop attacking each other.",
            [("agree", ["Ethiopia", "Tigray People's Liberation Front"])],
        ),
    ],
)
def test_a_truce_reached_and_the_two_sides_just_named(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_man_declared_wanted_declares_no_truce(extractor: RulesExtractor) -> None:
    body = (
        "MAIDUGURI - Ali Ngulde, who has been declared wanted by the Nigerian army, demanded an "
        "end to the air strikes."
    )
    assert "declare" not in [act for act, _ in _act_actors(extractor, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a promise not to break it, and an "it" that is another thing
        (
            "SANAA - The Houthis and the Saudi-led coalition agreed a truce on Monday. A Houthi "
            "spokesman said the group would not break it.",
            [("agree", ["Houthis", "Saudi-led coalition"])],
        ),
        (
            "KHARTOUM - A truce between the army and the RSF began on Monday. The UN arms embargo "
            "on Darfur remains in force, and UN experts accused the UAE of breaking it.",
            [],
        ),
        # a time limit or a vow is no terms; a war aim after other terms leaves the terms
        (
            "MOSCOW - Russian drones struck Kyiv overnight. Moscow would continue to strike "
            "Ukrainian cities until total victory, Kremlin spokesman Dmitry Peskov said.",
            [],
        ),
        (
            "JERUSALEM - Israel would continue to strike Hezbollah targets in southern Lebanon "
            "until further notice, the army said.",
            [],
        ),
        (
            "GAZA - Hamas said it would not stop fighting until Israel ends its offensive and "
            "Palestinian prisoners are freed.",
            [("offer", ["Hamas"])],
        ),
        # fighters an amnesty would welcome offer nothing
        (
            "MOGADISHU - President Hassan Sheikh Mohamud said al-Shabaab fighters ready to lay "
            "down their weapons if offered amnesty would be welcomed back.",
            [],
        ),
        # a truce hoped for, or an impasse, is not reached
        ("DOHA - Mediators hope Israel and Hamas reach a ceasefire before Ramadan.", []),
        ("DOHA - Talks between Israel and Hamas reached a ceasefire impasse on Monday.", []),
        # the speakers are not "both sides"
        (
            "RAFAH - Israeli strikes killed 20 people in Rafah, Hamas said. Egypt and Qatar said "
            "on Monday that both sides had agreed to extend the truce.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # a curfew declared with a truce; factions that are the other side
        (
            "KHARTOUM - Sudan's army declared a curfew and a three-day truce in Omdurman for the "
            "Eid holiday.",
            [("declare", ["Sudanese Armed Forces"])],
        ),
        (
            "TRIPOLI - Haftar's forces shelled the capital on Saturday, the Tripoli government "
            "said. On Sunday the Government of National Unity agreed a ceasefire with the eastern "
            "factions.",
            [("agree", ["Government of National Unity", "Libyan National Army"])],
        ),
    ],
)
def test_review_of_the_new_truce_rules(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a swap agreed beside a truce discussed is no truce agreed
        (
            "ABU DHABI - Russia and Ukraine met in Abu Dhabi, where they discussed a ceasefire but "
            "agreed only on a swap of 300 prisoners.",
            [],
        ),
        # (a guard: talks that ended without progress on a truce)
        (
            "JEDDAH - Envoys of the army and the RSF ended a fourth day of talks on Thursday "
            "without a breakthrough on a truce, diplomats said.",
            [],
        ),
        # a truce ordered is declared
        (
            "KHARTOUM - Army chief Abdel Fattah al-Burhan ordered a 72-hour ceasefire in "
            "Omdurman, the army said.",
            [("declare", ["Sudanese Armed Forces"])],
        ),
        # pauses in one's own operations, each side its own
        (
            "MYITKYINA - The Kachin Independence Army and the Karen National Union each declared "
            "pauses in their own military operations after the earthquake.",
            [("declare", ["Kachin Independence Army"]), ("declare", ["Karen National Union"])],
        ),
        # the fighting's sides are named; the deal's are the subjects
        (
            "DOHA - Kinshasa and Kigali agreed to end three years of fighting between the "
            "Congolese army and M23, Qatar said.",
            [("agree", ["DR Congo", "Rwanda"])],
        ),
    ],
)
def test_truce_acts_of_wire_copy(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a swap named first does not undo the truce agreed beside it
        (
            "GOMA - Congo and M23 agreed on an exchange of prisoners and a ceasefire in Doha on "
            "Saturday, Qatar said.",
            [("agree", ["DR Congo", "M23"])],
        ),
        (
            "SANAA - The Houthis and the government agreed to return to the truce, the UN envoy "
            "said.",
            [("agree", ["Houthis", "Yemen"])],
        ),
        # a truce not ordered, or a line, monitors or an investigation ordered
        (
            "KHARTOUM - The army said Burhan has not ordered a ceasefire and the offensive would "
            "continue.",
            [],
        ),
        (
            "KYIV - Putin ordered the ceasefire monitors expelled from the region, officials said.",
            [],
        ),
        # the mediators agreeing to end a fighting are not its sides
        (
            "GAZA - Egypt, Qatar and Turkey agreed to end the fighting between Israel and Hamas, "
            "a source said.",
            [("agree", ["Israel", "Hamas"])],
        ),
    ],
)
def test_second_review_of_the_new_truce_rules(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a participle after the deal's noun: the sides named before it broker nothing
        (
            "BOGOTA - The Colombian government and the ELN agreed on Friday to extend the "
            "ceasefire brokered in Havana.",
            [("agree", ["Colombia", "ELN"])],
        ),
        # (guards) an accusation's sides stay its sides; an active broker before its verb
        # is still a mediator, not a side
        (
            "GOMA - Congo and the M23 accused each other of breaking the truce mediated last "
            "month by Qatar.",
            [("violation_alleged", ["DR Congo"]), ("violation_alleged", ["M23"])],
        ),
        (
            "DOHA - Qatar and Egypt brokered a truce between the M23 and Congo on Sunday.",
            [("agree", ["M23", "DR Congo"])],
        ),
    ],
)
def test_a_deal_brokered_somewhere_keeps_its_sides(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a call after a truce named earlier that asks for something else is no truce call
        (
            "KHARTOUM - The army said the RSF had chosen to overturn the truce and called on the "
            "mediators to hold the group fully responsible.",
            [],
        ),
        (
            "GOMA - The truce collapsed on Monday, and the African Union called for an "
            "independent investigation into the shelling.",
            [],
        ),
        # (guard) a call to restore the truce named before is one
        (
            "GOMA - The truce collapsed on Monday, and the African Union called on both sides to "
            "restore it.",
            [("call", ["African Union"])],
        ),
        # the broker of a truce in a relative clause agrees nothing: the sides after "between" do
        (
            "GOMA - Fighting went on despite a ceasefire that Qatar brokered last week between "
            "Congo's army and the M23.",
            [("agree", ["DR Congo", "M23"])],
        ),
        # a broker named as "it" before its verb leaves the sides named earlier as sides
        (
            "YANGON - China said the junta and the Arakan Army had agreed to a temporary "
            "ceasefire after talks it hosted.",
            [("agree", ["Myanmar military", "Arakan Army"])],
        ),
        # a declaration or treaty of peace is a deal
        (
            "ASMARA - In 2018 Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias "
            "Afwerki signed a declaration of peace and friendship.",
            [("agree", ["Ethiopia", "Eritrea"])],
        ),
        # (guard) a deal's terms told of ("in return for") are no past agreement
        (
            "BOGOTA - The first stage of the deal expired in June without agreement on a second, "
            "in which the ELN was to release its hostages in return for a permanent end to the "
            "war.",
            [],
        ),
    ],
)
def test_brokers_terms_and_other_requests_around_a_truce(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "AU- and US-brokered": the first broker's hyphen waits for the second's word
        (
            "MEKELLE - Ethiopia's army and the TPLF fought for two years. AU- and US-brokered "
            "talks in Pretoria in 2022 ended with a declaration by both sides of a permanent "
            "cessation of hostilities.",
            [("agree", ["Ethiopia", "Tigray People's Liberation Front"])],
        ),
        # a quoted adjective's noun ('"reckless" bombing of villages') is no clause of its own:
        # the verb after "and" shares the first verb's subject
        (
            "ACCRA - Ghana's president, John Mahama, condemned what he called Burkina Faso's "
            '"reckless" bombing of villages near the border and urged the international '
            "community to press the junta into an immediate ceasefire.",
            [("call", ["Ghana"])],
        ),
    ],
)
def test_suspended_broker_hyphens_and_verbs_after_a_quoted_adjective(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_call_for_the_guns_to_fall_silent_is_a_truce_call(extractor: RulesExtractor) -> None:
    body = "TRIPOLI - The UN envoy, Hanna Tetteh, called for the guns to fall silent in Zawiya."
    assert _act_actors(extractor, body) == [("call", ["United Nations"])]


@pytest.mark.parametrize(
    ("body", "expected", "mediators"),
    [
        # a speaker after what it reports declares nothing of its own
        (
            "KUALA LUMPUR - Thailand and Cambodia agreed on Monday to an immediate ceasefire, "
            "Malaysia announced after hosting the two leaders.",
            [("agree", ["Thailand", "Cambodia"])],
            [[]],
        ),
        # (guard) a speaker after his own truce declares it
        (
            "MOSCOW - A 30-hour Easter truce begins at 6 p.m. Moscow time, Russian President "
            "Vladimir Putin announced on Saturday.",
            [("declare", ["Russia"])],
            [[]],
        ),
        # a place between the broker's verb and its agent
        (
            "KHARTOUM - Sudan's army and the RSF agreed to a seven-day truce brokered in Jeddah "
            "by Saudi Arabia and the United States.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
            [["Saudi Arabia", "United States"]],
        ),
        # (guard) a deed during a truce called unacceptable rejects no truce
        (
            "GENEVA - The WHO said attacks on hospitals during the truce were unacceptable.",
            [],
            [],
        ),
    ],
)
def test_second_review_of_this_rounds_truce_rules(
    extractor: RulesExtractor,
    body: str,
    expected: list[tuple[str, list[str]]],
    mediators: list[list[str]],
) -> None:
    assert _act_actors(extractor, body) == expected
    assert [c.mediators for c in _run(extractor, body).ceasefire_calls] == mediators


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # every side listed after "between", past its first "and"
        (
            "YANGON - In 2021 Beijing mediated a truce between the military and the KIA, the "
            "TNLA and the Shan State Army, which later collapsed.",
            [
                (
                    "agree",
                    ["Myanmar military", "Kachin Independence Army", "TNLA", "Shan State Army"],
                )
            ],
        ),
        # (guard) a list ends at its last "and": the speaker after it is no side
        (
            "DOHA - A ceasefire between Israel and Hamas, Qatar said, would be announced within "
            "hours.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # a gathering that makes a call, told by its hosts: the hosts call
        (
            "GOMA - A summit in Nairobi, co-hosted by Kenya, the European Union and the African "
            "Union, called for an immediate and unconditional ceasefire between the M23 and the "
            "army.",
            [("call", ["Kenya", "European Union", "African Union"])],
        ),
        (
            "KHARTOUM - A conference in Paris last week, organised by France and Germany among "
            "others, urged the warring parties to agree a humanitarian truce.",
            [("call", ["France", "Germany"])],
        ),
        # commas alone close an opening phrase: its host is no maker of the act
        (
            "ADDIS ABABA - At a meeting convened by the African Union, Ethiopia said it was ready "
            "for a ceasefire if the TPLF withdrew.",
            [("offer", ["Ethiopia"])],
        ),
        # ", one of the groups that ...,": the aside describes the subject, who speaks
        (
            "SITTWE - The Arakan Army, one of the groups that seized large parts of Rakhine State "
            "from the junta, said on Monday it had agreed to a ceasefire with the military.",
            [("agree", ["Arakan Army", "Myanmar military"])],
        ),
    ],
)
def test_listed_sides_hosted_gatherings_and_member_asides(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a call to halt the clashes is a call to stop the fighting
        (
            "KIRKUK - The UN chief called on Baghdad and the KRG to halt the clashes around the "
            "city.",
            [("call", ["United Nations"])],
        ),
        # what a party must or should accept, said by another, is that speaker's call
        (
            'GAZA - "Hamas must now accept the ceasefire and free the hostages," Blinken said.',
            [("call", ["United States"])],
        ),
        (
            "GOMA - Lourenco said the M23 must now commit to the ceasefire before the talks in "
            "Luanda.",
            [("call", ["Angola"])],
        ),
        # a quote of several sentences, opened right after its speech verb, is its speaker's
        (
            "KYIV - Macron said: \"The ball is in Moscow's court. Russia must now accept the "
            'ceasefire."',
            [("call", ["France"])],
        ),
        # (guard) asked of a party by nobody the text places: no call by that party
        (
            "KYIV - Fighting went on near Kherson. Russia must now agree to a ceasefire, the "
            "statement added.",
            [],
        ),
        # a promise to keep a new truce, on terms, offers one
        (
            "SANAA - Houthi leaders said they would observe a cessation of hostilities provided "
            "that the blockade of Hodeidah was lifted.",
            [("offer", ["Houthis"])],
        ),
        # (guard) a yes to the truce in force, kept while the other side keeps it, accepts it
        (
            "MEKELLE - The TPLF said its forces would respect the truce as long as the federal "
            "army did.",
            [("accept", ["Tigray People's Liberation Front"])],
        ),
    ],
)
def test_obligations_told_by_another_and_promises_on_terms(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_source_on_condition_of_anonymity_sets_no_terms(extractor: RulesExtractor) -> None:
    calls = _run(
        extractor,
        'ANKARA - "There is no question of a ceasefire with the YPG," a Turkish defence ministry '
        "official told reporters on condition of anonymity.",
    ).ceasefire_calls
    assert [(c.act, c.conditions) for c in calls] == [("reject", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guards, from a review of this round's rules) names told as speakers after a list of
        # sides are no sides; a body's own session acts, not the one who convened it; a duty the
        # speaker owns is no call on another; a crackdown on clashes is no halt
        (
            "DOHA - Qatar announced a ceasefire between Israel and Hamas, Egypt and the United "
            "States said on Wednesday.",
            [("agree", ["Israel", "Hamas"])],
        ),
        (
            "NEW YORK - An emergency session of the UN Security Council, convened by Algeria, "
            "called for an immediate ceasefire in Gaza.",
            [("call", ["United Nations"])],
        ),
        (
            'KHARTOUM - "We will have to accept the ceasefire, whatever we think of it," an RSF '
            "commander told Reuters.",
            [],
        ),
        (
            "MAKURDI - Nigeria's army said it would end the clashes between herders and farmers "
            "in Benue with a new military operation.",
            [],
        ),
        # a quote opened after "said on Tuesday:" in the sentence before is the speaker's
        (
            'KYIV - Zelensky said on Tuesday: "We are ready for peace. Russia must now accept '
            'an unconditional ceasefire."',
            [("call", ["Ukraine"])],
        ),
    ],
)
def test_second_review_of_listed_sides_gatherings_and_duties(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guards, from a second review) a side's own duty with terms offers a truce; its own
        # duty told with a pronoun is no call on another
        (
            "MOSCOW - Russia should only agree to a ceasefire if Ukraine withdraws from the four "
            "regions, Kremlin spokesman Dmitry Peskov said.",
            [("offer", ["Russia"])],
        ),
        (
            "SANAA - The Houthis said they would have to accept the truce once Saudi Arabia paid "
            "public salaries.",
            [],
        ),
    ],
)
def test_a_sides_own_duty(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a call to live up to or implement the commitments of a truce named before
        (
            'KHARTOUM - The army and the RSF signed a truce in Jeddah. "Both sides must now live '
            'up to the commitments they have signed," Blinken said.',
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["United States"]),
            ],
        ),
        (
            "KUNMING - The junta and the TNLA agreed to a ceasefire in Kunming. Beijing hoped both "
            "parties would earnestly implement the deal.",
            [("agree", ["Myanmar military", "TNLA"]), ("call", ["China"])],
        ),
    ],
)
def test_calls_to_keep_a_truces_commitments(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_side_says_it_is_keeping_the_truce(extractor: RulesExtractor) -> None:
    extraction = extractor.extract(
        article_from_text(
            "A headline\n\nBAHIR DAR - The army and the Fano militia agreed a ceasefire on "
            "Monday. On Wednesday Ethiopia's defence ministry said its troops were fully "
            "abiding by the agreement.",
            id="keeping",
        )
    )
    kept = [(c.act, c.type, c.actors) for c in extraction.ceasefire_calls if c.act == "accept"]
    assert kept == [("accept", "observance", ["Ethiopia"])]


@pytest.mark.parametrize(
    "body",
    [
        # (guards) a denial, a doubt or no one keeping it is no side's acceptance
        "ASMARA - Fighting between Eritrea and Ethiopia continued after a truce was agreed. "
        "Eritrea denied it was adhering to the truce.",
        "KHARKIV - Fighting between Russia and Ukraine continued after both agreed an Easter "
        "truce. Zelensky said no one was observing the Easter truce.",
        "HODEIDAH - Fighting continued after the Houthis and the coalition agreed a truce. It "
        "was unclear whether the Houthis were respecting the truce.",
    ],
)
def test_no_acceptance_from_a_denial_or_a_doubt(extractor: RulesExtractor, body: str) -> None:
    extraction = extractor.extract(article_from_text("A headline\n\n" + body, id="doubt"))
    assert [c.actors for c in extraction.ceasefire_calls if c.act == "accept"] == []


@pytest.mark.parametrize(
    "body",
    [
        # (guards) an act left open, not told: "have not said whether", "it is unclear whether"
        "BOGOTA - The government and the ELN agreed a truce for the elections. ELN commanders "
        "have not said whether they will observe the truce in Arauca.",
        "ADEN - The coalition declared a truce on Friday. Houthi officials have not yet said "
        "whether they will hold their fire at sea while the truce lasts.",
        "JUBA - South Sudan's army declared a truce on Monday. It is unclear whether the SPLA-IO "
        "accepted the truce.",
    ],
)
def test_an_act_left_open_is_not_told(extractor: RulesExtractor, body: str) -> None:
    acts = [(c.act, c.actors) for c in _run(extractor, body).ceasefire_calls]
    assert [a for a in acts if a[0] in ("accept", "offer")] == []


def test_a_wish_to_see_a_truce_go_on_is_a_call_to_extend_it(extractor: RulesExtractor) -> None:
    extraction = _run(
        extractor,
        "KHARTOUM - The army and the RSF agreed a three-day truce on Tuesday. A State "
        "Department spokesman said Washington would like to see the truce extended beyond "
        "Friday.",
    )
    calls = _calls(extraction, "call", "would like to see the truce extended")
    assert [(c.type, c.actors) for c in calls] == [("extension", ["United States"])]


def test_anothers_announcement_named_again_is_not_the_subjects_own(
    extractor: RulesExtractor,
) -> None:
    # "would not take the announcement seriously": the truce is the army's, not the rebels'
    # (who dismiss it: "This truce is a trick")
    acts = _act_actors(
        extractor,
        "KHARTOUM - Sudan's army has announced a truce for the holidays. An RSF adviser said "
        'the group would not take the announcement seriously: "This truce is a trick to buy '
        'time."',
    )
    assert acts == [("declare", ["Sudanese Armed Forces"]), ("reject", ["Rapid Support Forces"])]


def test_an_announcement_named_with_its_author_is_the_authors(
    extractor: RulesExtractor,
) -> None:
    acts = _act_actors(
        extractor, "The announcement of the truce by the Houthis came late on Friday."
    )
    assert acts == [("declare", ["Houthis"])]


def test_a_groupings_member_states_all_call(extractor: RulesExtractor) -> None:
    # "the Troika of A, B and C": the first state after "of" is a member, not a place
    acts = _act_actors(
        extractor,
        "JUBA - Fighting between South Sudan's army and the SPLM-IO went on. The Troika of the "
        "United States, Britain and Norway called on both sides to return to the ceasefire.",
    )
    assert acts == [("call", ["United States", "United Kingdom", "Norway"])]


@pytest.mark.parametrize(
    "body",
    [
        # (guards) restraint toward those not fighting is no truce; no one's halt is no offer
        "DJIBO - Fighting between JNIM and the army went on. Human Rights Watch urged JNIM's "
        "commanders to stop targeting people who have already fled their homes.",
        "ENERHODAR - Fighting between Russia and Ukraine went on around the plant, and nobody "
        "will stop shooting at it.",
    ],
)
def test_no_truce_in_restraint_asked_or_in_no_ones_halt(
    extractor: RulesExtractor, body: str
) -> None:
    assert _act_actors(extractor, body) == []


def test_a_call_pressed_on_a_longer_list_of_sides(extractor: RulesExtractor) -> None:
    acts = _act_actors(
        extractor,
        "TRIPOLI - The LNA and the GNA agreed a humanitarian truce on Sunday. The EU pressed "
        "Haftar and all the other sides to honour the truce.",
    )
    assert ("call", ["European Union"]) in acts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce between two sides that talks or mediation produced is their agreement
        (
            "DOHA - Qatari mediation secured a truce between Israel and Hamas in November.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # (guard) one not produced is none
        (
            "JEDDAH - The talks had not produced a ceasefire between the army and the RSF by "
            "Friday.",
            [],
        ),
    ],
)
def test_a_truce_produced_between_two_sides(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an act told after the open one's clause ends is still told
        (
            "BEIRUT - Hezbollah has not said whether it will halt its attacks, but Israel said "
            "on Monday it accepted the ceasefire.",
            ("accept", ["Israel"]),
        ),
        (
            "GAZA - It remains uncertain whether aid will flow, even though Israel and Hamas "
            "agreed a four-day truce.",
            ("agree", ["Israel", "Hamas"]),
        ),
    ],
)
def test_an_act_after_an_open_question_is_told(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guards) the common wire wordings of an act left open
        "KHARTOUM - The army declared a truce. It was not immediately clear whether the RSF "
        "would accept the truce.",
        "BOGOTA - The government declared a truce. The ELN declined to say whether it would "
        "observe the truce.",
    ],
)
def test_more_ways_of_leaving_an_act_open(extractor: RulesExtractor, body: str) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("accept", "offer")] == []


@pytest.mark.parametrize(
    "body",
    [
        # (guards) restraint asked toward homes or the displaced is no truce
        "KHARKIV - Fighting went on. Zelensky urged Russia to stop shelling homes in Kharkiv.",
        "EL FASHER - Fighting went on. The UN urged the army to halt air strikes on camps for "
        "displaced people.",
    ],
)
def test_no_truce_in_restraint_toward_homes_or_camps(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a halt promised for a holiday or a vote, with no terms, is declared
        (
            "SANAA - Fighting went on. The Saudi-led coalition said it would halt military "
            "operations in Yemen for Ramadan.",
            ("declare", ["Saudi-led coalition"]),
        ),
        (
            "BOGOTA - Fighting went on. The ELN said it would stop its attacks during the "
            "elections.",
            ("declare", ["ELN"]),
        ),
        # (guard) with terms, it is offered
        (
            "GAZA - Fighting went on. Hamas said it would stop firing rockets for the holiday if "
            "Israel did the same.",
            ("offer", ["Hamas"]),
        ),
    ],
)
def test_a_halt_for_a_holiday_or_a_vote(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guards) an aside inside the open question, or a second "whether", keeps it open; a
        # truce no talks yielded is none
        "JEDDAH - The army declared a truce. It was not clear whether, after days of talks in "
        "Jeddah, the RSF had accepted the truce.",
        "GAZA - It is unclear whether Israel will withdraw from the corridor, and whether Hamas "
        "accepted the truce.",
        "DOHA - No round of talks has yielded a ceasefire between Israel and Hamas.",
    ],
)
def test_second_review_of_open_acts_and_truces_yielded(
    extractor: RulesExtractor, body: str
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("accept", "agree")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # troops asked to stand down, the words split
        (
            "BANGKOK - Clashes went on. Malaysia's prime minister Anwar Ibrahim phoned both "
            "leaders and pressed them to stand their troops down.",
            ("call", "immediate", ["Malaysia"]),
        ),
    ],
)
def test_troops_asked_to_stand_down(
    extractor: RulesExtractor, body: str, expected: tuple[str, str, list[str]]
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.type, c.actors) for c in calls] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plea for the shooting to stop asks for a halt
        (
            "ALEPPO - Families were trapped. The ICRC pleaded for the shooting to stop so that "
            "the wounded could be carried out.",
            ("call", ["International Committee of the Red Cross"]),
        ),
        # the place of the fighting between the noun and "must stop"
        (
            "MOGADISHU - Clashes went on. The African Union said the fighting in the Lower "
            "Shabelle region must stop.",
            ("call", ["African Union"]),
        ),
        (
            "KHARTOUM - Clashes went on. The Arab League said all violence in the capital "
            '"must end now".',
            ("call", ["Arab League"]),
        ),
        # guns laid down, asked for
        (
            "ABUJA - Raids went on. ECOWAS urged the gunmen to lay down their guns.",
            ("call", ["ECOWAS"]),
        ),
        # guns put down, or operations scaled back, on terms
        (
            'EL FASHER - The RSF said its fighters would "put down the guns" if the army\'s '
            "generals stepped aside.",
            ("offer", ["Rapid Support Forces"]),
        ),
        (
            "SITTWE - The Arakan Army said it would scale back its operations only if the "
            "Myanmar military stopped bombing villages.",
            ("offer", ["Arakan Army"]),
        ),
        # a truce its side will not negotiate is refused
        (
            "MOGADISHU - Somalia's president said his government would never negotiate a "
            "ceasefire with al-Shabaab.",
            ("reject", ["Somalia"]),
        ),
    ],
)
def test_halts_pleaded_for_guns_put_down_and_truces_not_negotiated(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guards) a truce a side would negotiate is no refusal; arms laid down by someone
        # already disarmed are no terms; attacks on people asked to stop are no truce
        "JEDDAH - The army said it would negotiate a ceasefire with the RSF next week.",
        "GOMA - The United Nations said the attacks on displaced people in the camps must stop.",
        "BOGOTA - Colombia's army said the fighters who put down their guns last year were safe.",
    ],
)
def test_a_truce_to_negotiate_guns_put_down_before_and_attacks_on_people(
    extractor: RulesExtractor, body: str
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("reject", "offer")] == []


@pytest.mark.parametrize(
    "body",
    [
        # (guards) a breach only foreseen, or any breach warned against, is alleged by no one
        "KYIV - Russia and Ukraine kept fighting. Putin told his commanders to be ready to repel "
        "possible violations of the truce.",
        "YEREVAN - Armenia proposed a joint mechanism to investigate any violations along the "
        "border with Azerbaijan.",
        "KHARTOUM - The army said any breach of the truce by the RSF would be met with force.",
    ],
)
def test_a_breach_foreseen_is_not_alleged(extractor: RulesExtractor, body: str) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] == "violation_alleged"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (from a review) the shooting in a place, guns put down, asked for
        ("RAFAH - The shooting in Rafah must stop, Jordan said.", [("call", ["Jordan"])]),
        (
            "BUDAPEST - Hungary urged Kyiv to put down its weapons and negotiate.",
            [("call", ["Hungary"])],
        ),
        # (guards) attacks near hospitals are restraint asked; a truce refused on another's
        # behalf is no refusal
        ("EL FASHER - The WHO said attacks near hospitals in Darfur must stop.", []),
        ("DOHA - Qatar said it would not negotiate a ceasefire on Hamas's behalf.", []),
    ],
)
def test_second_review_of_halts_asked_and_truces_refused(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("call", "reject")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a deal its envoys signed, taken up at home
        (
            "ADDIS ABABA - Ethiopia and the TPLF signed a truce in Pretoria on Wednesday. "
            "Ethiopia's parliament approved the deal on Friday.",
            ("accept", ["Ethiopia"]),
        ),
        (
            "BOGOTA - The government and the ELN agreed a six-month ceasefire on Monday. The "
            "ELN's central command ratified the agreement two days later.",
            ("accept", ["ELN"]),
        ),
        # fighters named in a list asked to put down their weapons
        (
            "KHARTOUM - Fighting spread. The US envoy urged the army, the RSF and the allied "
            "militias to put down their weapons.",
            ("call", ["United States"]),
        ),
        # a halt to a side's war on another refused outright
        (
            "ADEN - The Houthis said they would not halt their attacks on merchant shipping.",
            ("reject", ["Houthis"]),
        ),
        (
            "QUETTA - Pakistan's interior minister said the army would not cease its operations "
            "against the militants.",
            ("reject", ["Pakistan"]),
        ),
    ],
)
def test_deals_approved_weapons_put_down_and_halts_refused(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guards) a budget or a resolution approved is no truce taken up; a firm's operations
        # suspended are no halt; a halt until terms are met is an offer, not a refusal
        "PRISTINA - Kosovo's government approved the budget on Monday. The truce in the north "
        "held.",
        "PORT SUDAN - Sudan's central bank said it would not suspend its operations in the "
        "city despite the fighting.",
        "ADEN - The Houthis said they would not halt their attacks until the siege of Gaza was "
        "lifted.",
    ],
)
def test_budgets_approved_firms_operations_and_halts_on_terms(
    extractor: RulesExtractor, body: str
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("accept", "reject")] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a side that says it goes on keeping a truce accepts it
        (
            "JUBA - A truce was agreed on Monday. President Kiir said the army would continue to "
            "respect the truce.",
            ("accept", ["South Sudan"]),
        ),
        # a truce just named, asked to last
        (
            "ISLAMABAD - India and Pakistan agreed a ceasefire on Saturday. Britain welcomed it "
            "and urged both sides to make it last.",
            ("call", ["United Kingdom"]),
        ),
        (
            "ISLAMABAD - India and Pakistan agreed a ceasefire on Saturday. The UN chief urged "
            "both countries to make sure it held.",
            ("call", ["United Nations"]),
        ),
    ],
)
def test_truces_kept_and_asked_to_last(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guards) elections a government is asked to hold are no truce; talks planned to make
        # sure a new deal holds ask no one to keep it
        "ISLAMABAD - India and Pakistan agreed a ceasefire on Saturday. The UN chief urged the "
        "government to make sure it held elections on time.",
        "DOHA - Qatar said the two delegations had agreed to the truce, with meetings planned "
        "in the coming days to make sure it holds.",
    ],
)
def test_elections_held_and_talks_to_make_a_truce_hold(
    extractor: RulesExtractor, body: str
) -> None:
    calls = _run(extractor, body).ceasefire_calls
    assert [(c.act, c.type) for c in calls if c.act == "call" or c.type == "observance"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a deed told as done during a truce is a breach alleged by whoever tells it
        (
            "BEIRUT - A ceasefire took effect on 27 November. Lebanon's army said Israeli drones "
            "hit two villages in the south during the truce.",
            [("violation_alleged", ["Lebanon"])],
        ),
        (
            "KHARTOUM - A truce began on Monday. The RSF said the army had bombed its positions "
            "in Omdurman throughout the truce.",
            [("violation_alleged", ["Rapid Support Forces"])],
        ),
        (
            "KYIV - Russia announced a 30-hour truce. Ukraine's general staff said Russian forces "
            'shelled Kherson "in the middle of their so-called ceasefire".',
            [("violation_alleged", ["Ukraine"])],
        ),
        # (guards) aid or releases during a truce break nothing; a side's own troops' deed is
        # told, not alleged
        ("GAZA - A truce took hold on Friday. Aid trucks entered Gaza during the truce.", []),
        (
            "GAZA - A truce took hold on Friday. Hamas freed 13 hostages during the truce, Qatar "
            "said.",
            [],
        ),
        (
            "GAZA - A truce took hold on Friday. Israel's military said its troops killed three "
            "gunmen who approached them during the truce.",
            [],
        ),
    ],
)
def test_deeds_done_during_a_truce(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] == "violation_alleged"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a halt declared in quoted words, and a document's signature that is no deal
        (
            'BAGHDAD - Kataib Hezbollah said it was suspending "military and security operations '
            'against the occupation forces".',
            [("declare", ["Kataib Hezbollah"])],
        ),
        (
            "SANAA - In a statement signed by its leader, the Houthis said they were suspending "
            '"military operations against the aggressor forces".',
            [("declare", ["Houthis"])],
        ),
        # (guard) a deal signed is still agreed
        (
            "BANGUI - The government and the UPC signed a ceasefire in N'Djamena on Saturday.",
            [
                (
                    "agree",
                    ["Central African Republic", "Union for Peace in the Central African Republic"],
                )
            ],
        ),
    ],
)
def test_halts_declared_in_quotes_and_documents_signed(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # (guards, from a review) no deed, a deed denied, talks, a side's own deed told with
        # "it", a deed told in the outlet's voice; monitors watching a truce; a law respected;
        # an onlooker's endorsement; an approval only expected; a halt refused on terms; a
        # campaign ended; a relative clause between the asker and the one asked
        "GAZA - Hamas fired no rockets during the truce, Israeli officials acknowledged.",
        "KHARTOUM - The Sudanese army denied that it had shelled villages in Darfur during the "
        "truce.",
        "JEDDAH - Talks between the army and the RSF continued throughout the ceasefire in Jeddah.",
        "KHARTOUM - The Sudanese army said it had struck RSF positions in Omdurman during the "
        "truce.",
        "KHERSON - Russian forces shelled Kherson during the Easter truce.",
        "MEKELLE - The African Union monitors said they would continue to observe the ceasefire "
        "in Tigray.",
        "JERUSALEM - Israel said it would continue to respect international law during its "
        "operations in Gaza, where a truce collapsed last week.",
        "NEW YORK - The UN Security Council endorsed the ceasefire agreement between Israel and "
        "Hezbollah.",
        "JERUSALEM - Israel's security cabinet is expected to approve the ceasefire deal with "
        "Hamas on Friday.",
        "BEIRUT - Hezbollah said it would not stop its attacks on Israeli forces so long as the "
        "occupation continued.",
        "MARAWI - The Philippine military ended its operations against the militants in Marawi "
        "after five months of fighting, declaring the city liberated.",
        "LUANDA - Angola asked the M23, which had vowed never to lay down its arms, to withdraw "
        "from Goma.",
        # a refusal forecast by the other side is no refusal
        "KYIV - Zelensky warned that Russia would not stop its offensive in Donbas.",
        "KYIV - Ukraine's foreign minister said Russia would not stop its attacks on the grid.",
    ],
)
def test_second_review_of_breaches_kept_truces_and_refusals(
    extractor: RulesExtractor, body: str
) -> None:
    acts = ("violation_alleged", "accept", "reject", "declare", "call")
    assert [a for a in _act_actors(extractor, body) if a[0] in acts] == []


def test_a_quoted_list_of_fighters_asked_to_lay_down_arms(extractor: RulesExtractor) -> None:
    body = (
        'CAIRO - The Arab League urged "the RSF, the army and their allied militias" to lay down '
        "their arms."
    )
    assert ("call", ["Arab League"]) in _act_actors(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce a broker's name qualifies ("China-brokered") told by its announcement: the
        # sides agreed it, the broker declared nothing
        (
            "MANDALAY - The military and the Three Brotherhood Alliance fought on. A first "
            "China-brokered truce, announced in mid-December, did not last a week.",
            [("agree", ["Myanmar military", "Three Brotherhood Alliance"])],
        ),
        (
            "GOMA - The army and the M23 fought on. A US-brokered truce, announced on Monday, "
            "collapsed within hours.",
            # (Goma, a place of the M23 war, places "the army" in DR Congo: the sides agreed it)
            [("agree", ["DR Congo", "M23"])],
        ),
    ],
)
def test_a_brokered_truce_announced_is_no_brokers_declaration(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] in ("agree", "declare")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (from a review) a side that refuses a halt in its own words, or named by its own
        # speaker, refuses it
        (
            'SANAA - "We shall not stop our operations against Israeli-linked ships," Houthi '
            "spokesman Yahya Saree said on Thursday.",
            [("reject", ["Houthis"])],
        ),
        (
            "MOSCOW - Russia will not stop its offensive in Zaporizhzhia, President Vladimir "
            "Putin said on Friday.",
            [("reject", ["Russia"])],
        ),
        # (guard) another's forecast of it is no refusal
        (
            "TEHRAN - Araghchi warned that the Israeli military would not stop its strikes on "
            "Lebanon.",
            [],
        ),
    ],
)
def test_a_halt_refused_by_its_own_side_or_forecast_by_another(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [a for a in _act_actors(extractor, body) if a[0] == "reject"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce kept, in words a quote opens mid-phrase
        (
            "JUBA - A truce took hold on Monday. The army spokesman said the army would "
            '"abide by the ceasefire with the SPLM-IO".',
            ("accept", ["South Sudan"]),
        ),
        # (guard) the commitment quoted whole
        (
            "GOMA - The truce took effect on Sunday. The M23 said it remained "
            '"committed to the ceasefire".',
            ("accept", ["M23"]),
        ),
    ],
)
def test_truces_kept_in_quoted_words(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


def test_a_truce_rejected_by_one_of_its_sides_is_that_sides_refusal(
    extractor: RulesExtractor,
) -> None:
    body = (
        "BAMAKO - The 2015 ceasefire between Mali and the CMA was rejected by the CMA in January."
    )
    rejects = [a for a in _act_actors(extractor, body) if a[0] == "reject"]
    assert rejects == [("reject", ["Azawad Liberation Front"])]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an institution "of" a party, reported by another: that party acts, not the teller
        (
            "N'DJAMENA - The African Union said the government of Chad had rejected the truce "
            "offer.",
            [("reject", ["Chad"])],
        ),
        (
            "DOHA - Qatar said the leaders of Ethiopia and Eritrea had accepted a ceasefire.",
            [("agree", ["Ethiopia", "Eritrea"])],
        ),
        (
            "OSLO - Norway said the authorities in Colombia had accepted the ceasefire.",
            [("accept", ["Colombia"])],
        ),
        # (guard) the teller's own talks with them: the teller acts
        (
            "DOHA - Qatar said after talks with the leaders of Hamas that it had accepted the "
            "truce plan.",
            [("accept", ["Qatar"])],
        ),
    ],
)
def test_a_reported_institution_of_a_party_is_the_subject(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a refusal quoted from its middle
        (
            'ADDIS ABABA - The TPLF said it would "never accept a truce" with Eritrea.',
            ("reject", ["Tigray People's Liberation Front"]),
        ),
        (
            'BAMAKO - Mali\'s junta said it would "not declare a ceasefire" with the JNIM.',
            ("reject", ["Mali"]),
        ),
        # a halt to two kinds of attack
        (
            "SANAA - The Houthis announced a halt to drone and missile attacks on the UAE.",
            ("declare", ["Houthis"]),
        ),
        # weapons asked to fall silent
        (
            'KHARTOUM - "The weapons must fall silent in Darfur," the AU envoy said.',
            ("call", ["African Union"]),
        ),
        # whose turn it is to keep a truce
        (
            "JUBA - The SPLM-IO said it was now up to Juba to honour its commitments under the "
            "truce.",
            ("call", ["SPLM-IO"]),
        ),
        # heads of two sides' forces, each named by its possessive
        (
            "BANGKOK - The heads of Thailand's and Cambodia's armies agreed on Monday to stop "
            "shooting along the border.",
            ("agree", ["Thailand", "Cambodia"]),
        ),
    ],
)
def test_truce_acts_in_quoted_or_compound_wording(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    found = [(act, sorted(actors)) for act, actors in _act_actors(extractor, body)]
    assert (expected[0], sorted(expected[1])) in found


@pytest.mark.parametrize(
    "body",
    [
        # (guard) a production halt is no truce
        "SANAA - The Houthis announced a halt to drone and missile production.",
        # (guard) a turn that is no party's to keep a truce
        "JUBA - The minister said it was up to the courts to decide whether the truce was legal.",
    ],
)
def test_no_truce_act_in_look_alike_wording(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


def test_the_party_whose_turn_it_is_is_asked(extractor: RulesExtractor) -> None:
    body = (
        "JUBA - The SPLM-IO said it was now up to Juba to honour its commitments under the truce."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.addressees for c in calls] == [["South Sudan"]]


@pytest.mark.parametrize(
    "body",
    [
        # (guard) the head of a body no ref names is no state's office
        "PORT-AU-PRINCE - The head of Haiti's most powerful gang coalition said he would accept "
        "a truce.",
        "YANGON - The commanders of Myanmar's ethnic armies rejected the junta's ceasefire offer.",
        # nor is it the teller's
        "NAIROBI - Kenya said the leaders of Haiti's most powerful gang had rejected the truce.",
        # a proposal nobody made
        "KHARTOUM - The RSF said it had not discussed any proposal for a ceasefire with the army.",
    ],
)
def test_no_state_acts_for_a_body_it_does_not_own(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guard) a quoted refusal of something else, beside a call for a truce
        (
            'KYIV - Zelensky said Ukraine would "never accept" Russia\'s demands, and called for a '
            "truce.",
            [("call", ["Ukraine"])],
        ),
        # (guard) a quantity "up to", then a refusal
        (
            "KHARTOUM - The death toll was up to 200 after the RSF refused to accept the "
            "ceasefire.",
            [("reject", ["Rapid Support Forces"])],
        ),
        # a verb after "and" past a preposition's noun shares the main clause's subject
        (
            "KHARTOUM - The AU envoy welcomed the plan before the RSF's rejection and urged both "
            "sides to respect the truce.",
            [("call", ["African Union"])],
        ),
        # (guard) a clause after the subordinator keeps its own subject
        ("SANAA - The truce expired after the Houthis rejected it.", [("reject", ["Houthis"])]),
        (
            "KHARTOUM - The army regrouped after the RSF's fighters withdrew and accepted the "
            "truce.",
            [("accept", ["Rapid Support Forces"])],
        ),
        # (guard) a refusal quoted up to its truce
        (
            'KHARTOUM - Burhan said the army would "never accept" a truce with the RSF.',
            [("reject", ["Sudanese Armed Forces"])],
        ),
        # (guard) the leader of a group a state's possessive only places
        (
            "SANAA - The leader of Yemen's Houthis rejected the ceasefire.",
            [("reject", ["Houthis"])],
        ),
        # the commanders of a group so placed, told by another
        (
            "NAIROBI - Kenya said the commanders of Sudan's RSF had rejected the truce.",
            [("reject", ["Rapid Support Forces"])],
        ),
        # a state's own body, told by another
        (
            "CAIRO - Egypt said the leaders of Israel's security cabinet had approved the truce.",
            [("accept", ["Israel"])],
        ),
        # a truce felt no longer binding
        ("GAZA - Hamas said it no longer felt bound by the ceasefire.", [("reject", ["Hamas"])]),
        # (guard) restrictions lifted are no truce ended
        ("BEIRUT - Israel lifted the army's restrictions on the truce zone.", []),
    ],
)
def test_acts_beside_look_alike_wording(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce renounced by decree or in so many words
        (
            "BOGOTA - Petro signed a decree suspending the ceasefire with the EMC.",
            [("reject", ["Colombia"])],
        ),
        (
            "ADDIS ABABA - The TPLF ended the movement's commitment to the truce.",
            [("reject", ["Tigray People's Liberation Front"])],
        ),
        (
            "BOGOTA - The ELN said it no longer considered itself bound by the ceasefire.",
            [("reject", ["ELN"])],
        ),
        # a truce decreed by one side
        (
            "BOGOTA - Petro signed a decree establishing a six-month ceasefire with the EMC.",
            [("declare", ["Colombia"])],
        ),
        # (guard) a truce signed by both sides
        (
            "BOGOTA - Petro and the EMC signed a ceasefire on Monday.",
            [("agree", ["Colombia", "Estado Mayor Central"])],
        ),
    ],
)
def test_truces_renounced_or_decreed(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_commitment_to_a_truce_described_in_quoted_words(extractor: RulesExtractor) -> None:
    body = (
        'GOMA - The M23 said on Tuesday it had committed to a "full and unconditional" '
        "ceasefire with the army."
    )
    assert ("accept", ["M23"]) in _act_actors(extractor, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce betrayed, told by its accuser
        (
            "GOMA - Kinshasa accuses the M23 of betraying the truce.",
            ("violation_alleged", ["DR Congo"]),
        ),
    ],
)
def test_truces_betrayed(
    extractor: RulesExtractor, body: str, expected: tuple[str, list[str]]
) -> None:
    assert expected in _act_actors(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # (guard) "it" is a swap, no truce
        "KYIV - Kyiv proposed a prisoner swap. Russia did not agree to it.",
        # (guard) a truce not betrayed
        "BOGOTA - Petro said he would not betray the peace agreement.",
        "KHARTOUM - The RSF denied betraying the truce.",
    ],
)
def test_no_truce_refused_or_betrayed(extractor: RulesExtractor, body: str) -> None:
    assert _act_actors(extractor, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a verb after a quoted word's complement and a relative clause on its object shares
        # the subject before the quote
        (
            'GOMA - The UN envoy said she was "deeply alarmed" by reports of M23 fighters '
            "massing near Uvira, which she said was sheltering thousands of people, and urged both "
            "sides to respect the truce.",
            [("call", ["United Nations"])],
        ),
        # (guard) a relative clause on the subject itself
        (
            "KHARTOUM - The RSF, which controls most of Darfur, urged the army to accept a truce.",
            [("call", ["Rapid Support Forces"])],
        ),
        # a participle as an adjective agrees nothing
        (
            "KHARTOUM - The army said it would stop fighting only once the RSF had gathered in "
            "agreed camps.",
            [("offer", ["Sudanese Armed Forces"])],
        ),
    ],
)
def test_acts_past_asides_and_adjectives(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_an_answer_by_it_to_an_offer_in_the_same_sentence(extractor: RulesExtractor) -> None:
    body = (
        "ADDIS ABABA - Ethiopia put forward a ceasefire initiative this morning, the TPLF "
        "dismissed it within hours, and the AU and the UN welcomed it."
    )
    rejects = [c for c in _run(extractor, body).ceasefire_calls if c.act == "reject"]
    assert [(c.actors, c.addressees) for c in rejects] == [
        (["Tigray People's Liberation Front"], ["Ethiopia"])
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an offer made in one clause and answered by "it" in the next: both acts
        (
            "BOGOTA - Colombia's government put forward a truce plan on Tuesday, and the ELN "
            "rejected it the same evening.",
            [("offer", ["Colombia"]), ("reject", ["ELN"])],
        ),
        (
            "TRIPOLI - The Tripoli government floated a ceasefire proposal, and the LNA dismissed "
            "it as a ploy.",
            [("offer", ["Government of National Unity"]), ("reject", ["Libyan National Army"])],
        ),
        # (guard) the offer answered in a clause of its own, as before
        (
            "KYIV - Kyiv put forward a ceasefire initiative on Friday, but Moscow rejected the "
            "offer.",
            [("offer", ["Ukraine"]), ("reject", ["Russia"])],
        ),
    ],
)
def test_an_offer_answered_by_it_in_the_next_clause_is_told_too(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce named as a side's aim, or hoped to be built, is asked for
        (
            "SANAA - Saudi jets struck Hodeidah overnight. The Houthis said their aim was a "
            "nationwide truce that would reopen Sanaa airport.",
            [("call", ["Houthis"])],
        ),
        (
            "ANKARA - Russia shelled Kharkiv overnight. Turkey said it hoped to broker a lasting "
            "ceasefire between Moscow and Kyiv.",
            [("call", ["Turkey"])],
        ),
        # (guard) another side's aim, told by its enemy
        (
            "KYIV - Russia shelled Kharkiv overnight. Ukraine said Moscow's goal was a frozen "
            "ceasefire that would let its army regroup.",
            [],
        ),
    ],
)
def test_a_truce_named_as_the_aim_is_a_call(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list's commas inside a relative clause on the subject do not end it
        (
            "KHARTOUM - Sudan's army and the RSF agreed a truce in Jeddah. The AU envoy, who "
            "has visited Port Sudan, Nyala and Kampala this month, welcomed the deal and urged "
            "both sides to honour it.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["African Union"]),
            ],
        ),
        # a refusal quoted from its verb on
        (
            "NIAMEY - The army pushed towards Tillaberi. The interior minister said Niger would "
            'not "negotiate a ceasefire with bandits".',
            [("reject", ["Niger"])],
        ),
        # a halt asked of the firing itself
        (
            'GAZA - Israeli tanks shelled Rafah. The UN envoy said the mortar fire "must stop '
            'immediately".',
            [("call", ["United Nations"])],
        ),
        # a side's own guns promised silent
        (
            'BOGOTA - Fighting flared in Catatumbo. "Pull your soldiers out of our villages, and '
            'our guns will fall silent," the ELN commander said.',
            [("offer", ["ELN"])],
        ),
        # a declaration promised on terms is an offer
        (
            "BANGKOK - Fighting flared in Narathiwat. The Barisan Revolusi Nasional (BRN) said it "
            "would declare a ceasefire provided the army withdrew its rangers from the villages.",
            [("offer", ["Barisan Revolusi Nasional"])],
        ),
        # (guard) a date after "until" is no condition
        (
            "BOGOTA - The ELN said it would declare a ceasefire until the end of March.",
            [("declare", ["ELN"])],
        ),
    ],
)
def test_refusals_halts_and_promises_in_other_words(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_date_after_until_is_no_condition(extractor: RulesExtractor) -> None:
    body = "BOGOTA - The ELN said it was extending its ceasefire until the end of March."
    assert [c.conditions for c in _run(extractor, body).ceasefire_calls] == [None]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two sides that "would stop firing at <hour>", told by a third: an agreement
        (
            "MANILA - Government troops and the MILF fought in Maguindanao. Malaysia's envoy "
            "announced that the Philippine army and the MILF would stop firing at midnight.",
            [("agree", ["Philippines", "Moro Islamic Liberation Front"])],
        ),
        # "countered that" reports the speaker's charge
        (
            "GOMA - The army and the M23 fought near Sake. Kinshasa countered that the M23 had "
            "shelled Sake in breach of the truce.",
            [("violation_alleged", ["DR Congo"])],
        ),
        # (guard) another side's aim, with an adjective, is no call
        (
            "KYIV - Russia shelled Kharkiv overnight. Kyiv said Moscow's real goal was a frozen "
            "ceasefire that would let its army regroup.",
            [],
        ),
        # (guard) a wish that the guns fall silent offers nothing
        (
            'KYIV - Russia shelled Kharkiv overnight. "I hope that soon our guns will fall silent '
            'for good," the Ukrainian general said.',
            [],
        ),
    ],
)
def test_halts_at_an_hour_charges_countered_and_aims_of_others(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "ceasing", "stopping": a halt under way
        (
            "BENI - The army and the ADF fought near Oicha. On Monday the ADF announced it was "
            "ceasing hostilities to allow talks in Nairobi to conclude.",
            [("declare", ["Allied Democratic Forces"])],
        ),
        (
            "MANILA - Troops and the NPA fought in Samar. The NPA said on Friday it was stopping "
            "attacks for the holidays.",
            [("declare", ["New People's Army"])],
        ),
        # (guard) a halt denied is none
        (
            "GOMA - The army and the M23 fought near Sake. The army denied it had ceased military "
            "operations against the M23.",
            [],
        ),
        # (guard) an agency's work stopped is no truce
        (
            "GAZA - Israeli jets struck Rafah. UNRWA said it was stopping operations in northern "
            "Gaza after two staff members were killed.",
            [],
        ),
        # (guards) a halt asked for, or one the other side must make first, is no declaration
        (
            "KYIV - Russia shelled Odesa. Zelensky called for ceasing hostilities in the air and "
            "at sea.",
            [],
        ),
        (
            "GAZA - Israeli jets struck Rafah. Hamas said it would free the hostages only once "
            "Israel ceased its attacks.",
            [],
        ),
        # (guard) a halt for a military purpose is no truce
        (
            "GOMA - The army and the M23 fought near Sake. The army halted its assault on Monday "
            "to let its troops regroup.",
            [],
        ),
        # a halt for a purpose, with its hour between
        (
            "GOMA - The army and the FDLR fought near Sake. Congolese troops halted their "
            "assault at noon on Friday to allow food into the town.",
            [("declare", ["DR Congo"])],
        ),
        # (guard) a halt the other side must make first is a condition, not a declaration
        (
            "KHARTOUM - The army bombed Nyala. The RSF commander said he would talk only once "
            "the army stopped its bombardment.",
            [],
        ),
    ],
)
def test_halts_told_in_every_form_of_the_verb(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_truce_accepted_by_both_sides_is_agreed(extractor: RulesExtractor) -> None:
    body = (
        "JUBA - Government troops and the SPLM-IO fought near Nasir. A 48-hour truce from 3 May, "
        "again accepted by both sides, followed."
    )
    assert _act_actors(extractor, body) == [("agree", ["South Sudan", "SPLM-IO"])]


def test_a_truce_that_must_be_accepted_by_both_sides_is_not_the_asker_s_deal(
    extractor: RulesExtractor,
) -> None:
    # (guard)
    body = (
        "BANGKOK - Thai and Cambodian troops clashed on the border. Malaysia said a ceasefire "
        "must be accepted by both sides before monitors deploy."
    )
    assert not any(
        act == "agree" and "Malaysia" in who for act, who in _act_actors(extractor, body)
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a warring side takes up the deal named before by welcoming or endorsing it
        (
            "COLOMBO - Norway brokered a truce between Sri Lanka and the Liberation Tigers of "
            "Tamil Eelam (LTTE) on Friday. The LTTE welcomed the agreement on Saturday.",
            [
                ("agree", ["Sri Lanka", "Liberation Tigers of Tamil Eelam"]),
                ("accept", ["Liberation Tigers of Tamil Eelam"]),
            ],
        ),
        (
            "CAIRO - Egypt proposed a truce between Israel and Islamic Jihad on Tuesday. Israel's "
            "security cabinet endorsed the plan on Wednesday.",
            [("call", ["Egypt"]), ("accept", ["Israel"])],
        ),
        (
            "ANKARA - Turkey proposed a three-day truce between Russia and Ukraine. Putin backed "
            "Erdogan's proposal on Thursday.",
            [("call", ["Turkey"]), ("accept", ["Russia"])],
        ),
        # (guard) an onlooker's welcome is no acceptance
        (
            "COLOMBO - Norway brokered a truce between Sri Lanka and the Liberation Tigers of "
            "Tamil Eelam (LTTE) on Friday. Japan welcomed the agreement on Saturday.",
            [("agree", ["Sri Lanka", "Liberation Tigers of Tamil Eelam"])],
        ),
        # (guard) a truce word later in the sentence keeps its own act
        (
            "COLOMBO - Norway brokered a truce between Sri Lanka and the Liberation Tigers of "
            "Tamil Eelam (LTTE) on Friday. India's foreign minister welcomed the agreement and "
            "renewed his appeal for a lasting ceasefire.",
            [
                ("agree", ["Sri Lanka", "Liberation Tigers of Tamil Eelam"]),
                ("call", ["India"]),
            ],
        ),
        # a pause its commanders do not consider binding is refused
        (
            "KHARTOUM - Qatar announced a humanitarian pause between the Sudanese army and the "
            "Rapid Support Forces (RSF). Several RSF commanders said they did not consider "
            "themselves bound by the pause.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("reject", ["Rapid Support Forces"]),
            ],
        ),
        (
            "BOGOTA - Cuba brokered a truce between Colombia and the ELN on Monday. The ELN has "
            "welcomed the deal.",
            [("agree", ["Colombia", "ELN"]), ("accept", ["ELN"])],
        ),
        # (guard) people of a side's nation are not the side
        (
            "ANKARA - Turkey proposed a three-day truce between Russia and Ukraine. Russian state "
            "media welcomed the plan.",
            [("call", ["Turkey"])],
        ),
        # (guard) a proposal for something else, a welcome with a "but", stopping short of it
        (
            "ANKARA - Turkey proposed a three-day truce between Russia and Ukraine. The Kremlin "
            "backed Belarus's proposal to host the talks in Minsk.",
            [("call", ["Turkey"])],
        ),
        (
            "MUSCAT - Oman proposed a truce between the Houthis and the Yemeni government. The "
            "Houthis welcomed the plan but said they would keep fighting until the blockade ended.",
            [("call", ["Oman"])],
        ),
        (
            "KHARTOUM - Qatar proposed a truce between the Sudanese army and the RSF. The army "
            "stopped short of endorsing the plan.",
            [("call", ["Qatar"]), ("reject", ["Sudanese Armed Forces"])],
        ),
        # (guard) a welcome of a call for a pause, by a third armed group, is still its yes
        (
            "KADUGLI - The Sudanese army and the RSF fought in Kordofan. The SPLM-N welcomed the "
            "US call for a humanitarian pause.",
            [("accept", ["SPLM-N"])],
        ),
        # (guard) a pause in aid deliveries is no truce
        (
            "MEKELLE - The TPLF and Ethiopia signed a truce in Pretoria. The TPLF said it was not "
            "bound by the pause in aid deliveries ordered by the UN.",
            [("agree", ["Tigray People's Liberation Front", "Ethiopia"])],
        ),
    ],
)
def test_deals_taken_up_or_refused_after_they_are_named(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a side that "calls a pause" declares one
        (
            "MANILA - The army fought the Moro Islamic Liberation Front (MILF) in Mindanao. The "
            "Philippine government called a three-day pause in offensive operations over "
            "Christmas.",
            [("declare", ["Philippines"])],
        ),
        # a side answering a truce with its own declares one
        (
            "MANILA - The MILF declared a unilateral truce on Monday. The Philippine government "
            "answered on May 3 with a ceasefire of its own.",
            [("declare", ["Moro Islamic Liberation Front"]), ("declare", ["Philippines"])],
        ),
        # a halt to give the mediator time
        (
            "SANAA - Saudi-backed forces pushed toward Marib. Saudi Arabia said it had halted "
            "the offensive to give the UN envoy time to negotiate.",
            [("declare", ["Saudi Arabia"])],
        ),
        # (guard) a pause or a moratorium judged, not called; an answer that is no truce
        (
            "KHARTOUM - The army and the RSF fought in Omdurman. The army spokesman called a "
            "moratorium on drone strikes unrealistic.",
            [("call", ["Sudanese Armed Forces"])],
        ),
        (
            "KHARTOUM - The army and the RSF fought in Omdurman. The army called a humanitarian "
            "pause a ruse that would let the RSF regroup.",
            [],
        ),
        (
            "KYIV - Ukraine proposed a truce. Russia replied with a truce demand that Ukraine "
            "first withdraw from Kursk.",
            [("offer", ["Ukraine"]), ("call", ["Russia"])],
        ),
        (
            "KYIV - Ukraine declared a truce for Easter. Russia has never answered with a "
            "ceasefire of its own.",
            [("declare", ["Ukraine"])],
        ),
        # (guard) a halt "to give the impression" is no truce
        (
            "GOMA - The M23 and the army fought near Sake. The army stopped the shelling to give "
            "the impression that it was respecting the truce.",
            [],
        ),
        # (guard) a halt to give one's own troops time is no truce
        (
            "SANAA - Saudi-backed forces pushed toward Marib. Saudi Arabia said it had halted "
            "the offensive to give its troops time to regroup.",
            [],
        ),
    ],
)
def test_truces_called_or_answered_by_one_side(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_an_attack_called_a_breach_of_the_pause_declares_no_pause(
    extractor: RulesExtractor,
) -> None:
    # (guard)
    body = (
        "GAZA - Israel and Hamas agreed a four-day pause on Friday. On Sunday Israel's military "
        "said gunmen had fired at its troops in Jabalia, in what it called a breach of the pause."
    )
    assert not any(act == "declare" for act, _ in _act_actors(extractor, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # pressing a side to accept the deal named before calls for it
        (
            "KHARTOUM - Qatar proposed a truce between the Sudanese army and the RSF. Egypt "
            "pressed the army to accept the deal.",
            [("call", ["Qatar"]), ("call", ["Egypt"])],
        ),
        # breaking "that arrangement", tearing "it" up: the truce named before is broken
        (
            "BEIRUT - Israel and Hezbollah agreed a truce in April. Israel said Hezbollah had "
            "broken that arrangement by firing rockets at Kiryat Shmona.",
            [("agree", ["Israel", "Hezbollah"]), ("violation_alleged", ["Israel"])],
        ),
        (
            "KHARTOUM - The army and the RSF signed a truce in May. The RSF said the army had "
            "torn it up by shelling Omdurman.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("violation_alleged", ["Rapid Support Forces"]),
            ],
        ),
        # (guard) tearing up something else
        (
            "KHARTOUM - The army and the RSF signed a truce in May. The RSF tore up its own "
            "letter of protest.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
        # "each now accuses the other": each side accuses
        (
            "ASMARA - Eritrean and Ethiopian troops fought at Badme. Eritrea and Ethiopia signed "
            "a truce in Algiers in June, and each now accuses the other of tearing it up.",
            [
                ("agree", ["Eritrea", "Ethiopia"]),
                ("violation_alleged", ["Eritrea"]),
                ("violation_alleged", ["Ethiopia"]),
            ],
        ),
    ],
)
def test_truces_named_before_taken_up_or_broken(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # calls to keep a truce named before: "stick to the cessation", "carry out its terms",
        # "keep it up"; and a call to halt air raids
        (
            "KHARTOUM - The Sudanese army and the RSF signed a cessation of hostilities on Monday. "
            "Guterres "
            "appealed to all sides to stick to the cessation.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["United Nations"]),
            ],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF signed a cessation of hostilities on Monday. "
            "The UN "
            "envoy urged all Sudanese parties to carry out its terms in full and without delay.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["United Nations"]),
            ],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF signed a truce on Monday. The UN urged all "
            "sides to "
            "keep it up through Saturday.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("call", ["United Nations"]),
            ],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF fought in Omdurman. The African Union "
            "called on Khartoum to halt its air raids at once.",
            [("call", ["African Union"])],
        ),
        # (guard) a call to accept another deal, or not to sign one
        (
            "KHARTOUM - The Sudanese army and the RSF signed a truce on Monday. Washington urged "
            "the army to "
            "accept the IMF deal to stabilise the currency.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF signed a truce on Monday. Egypt urged the "
            "RSF not to "
            "sign the agreement.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
        # (guard) an arrangement on something else; a letter torn up; a vow not to tear it up
        (
            "CAIRO - Egypt and Ethiopia agreed a truce on the border. Egypt said Ethiopia had "
            "broken that arrangement on sharing Nile water.",
            [("agree", ["Egypt", "Ethiopia"])],
        ),
        (
            "BOGOTA - Colombia and the ELN signed a truce. Petro received a letter from the ELN "
            "commanders and tore it up on live television.",
            [("agree", ["Colombia", "ELN"])],
        ),
        (
            "BOGOTA - Colombia and the ELN signed a truce. The ELN said it had no intention of "
            "tearing it up.",
            [("agree", ["Colombia", "ELN"])],
        ),
        # a side's officials, or a side named before an aside, welcome it
        (
            "CAIRO - Egypt proposed a truce between Israel and Hamas. Hamas, which controls "
            "Gaza, welcomed the proposal.",
            [("call", ["Egypt"]), ("accept", ["Hamas"])],
        ),
        # (guard) a deal signed with a third state is another deal
        (
            "KYIV - Ukraine and Russia agreed a truce. Ukraine welcomed the minerals deal signed "
            "with Washington.",
            [("agree", ["Ukraine", "Russia"])],
        ),
        # a pause in the fighting in a named town; halts to give civilians a chance or passage
        (
            "SITTWE - The junta and the Arakan Army fought in Rakhine. The junta called a "
            "humanitarian pause in the fighting in Sittwe.",
            [("declare", ["Myanmar military"])],
        ),
        (
            "KHARTOUM - The army and the RSF fought in Omdurman. The army halted the shelling to "
            "give civilians a chance to leave.",
            [("declare", ["Sudanese Armed Forces"])],
        ),
        # (guard) a counterproposal answers with no truce
        (
            "KYIV - Russia declared a truce. Ukraine responded with a ceasefire counterproposal.",
            [("declare", ["Russia"])],
        ),
    ],
)
def test_truces_kept_taken_up_or_answered_after_review(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce or a halt "negotiated" by a mediator is agreed by the sides
        (
            "CAIRO - Israel and Islamic Jihad fought for three days. Egypt negotiated a truce on "
            "Sunday.",
            [("agree", ["Israel", "Palestinian Islamic Jihad"])],
        ),
        (
            "CAIRO - Israel and Islamic Jihad fought for three days. Dozens died before Egypt "
            "negotiated a halt.",
            [("agree", ["Israel", "Palestinian Islamic Jihad"])],
        ),
        # (guard) negotiating something else
        (
            "CAIRO - Israel and Hamas fought in Gaza. Egypt negotiated the release of hostages.",
            [],
        ),
        # a halt to military action or to rocket fire
        (
            "MOSCOW - Russia fought Ukraine. Putin signed a decree ordering a halt to all "
            "military action from 6 p.m.",
            [("declare", ["Russia"])],
        ),
        (
            "BAGHDAD - The Kataib Hezbollah militia attacked US bases. Its leaders announced a "
            "conditional halt to rocket fire on the US embassy.",
            [("declare", ["Kataib Hezbollah"])],
        ),
    ],
)
def test_halts_negotiated_or_ordered(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guard) truces in general, recalled, are no one's act
        (
            "KHARTOUM - The Sudanese army and the RSF agreed a truce on Monday. Previous truces "
            "have not lasted.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
        (
            "GOMA - The Congolese army and the M23 agreed a truce on Monday. Earlier ceasefires "
            "fared no better.",
            [("agree", ["DR Congo", "M23"])],
        ),
        # a past truce with an act of its own is still told
        (
            "KHARTOUM - The Sudanese army and the RSF agreed a truce on Monday. Previous truces "
            "between the two, brokered by Saudi Arabia in 2023, collapsed within days.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
            ],
        ),
    ],
)
def test_truces_in_general_are_no_act(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_a_truce_named_again_first_gives_way_to_the_deal_told_later(
    extractor: RulesExtractor,
) -> None:
    body = (
        "KHARTOUM - The truce formally lapsed at midnight on Sunday. The Sudanese army and the "
        "RSF had agreed it in Jeddah in May, and the two sides renewed the truce in June."
    )
    acts = _act_actors(extractor, body)
    assert acts.count(("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])) == len(acts)
    assert len(acts) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guard) a dated or a specified earlier truce stays beside the new one
        (
            "In May, the truce between the Sudanese army and the RSF lapsed. On Tuesday the "
            "Sudanese army and the RSF agreed a new truce in Jeddah.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
            ],
        ),
        (
            "BOGOTA - Colombia and the ELN agreed a new ceasefire on Monday. Earlier truces "
            "between Colombia and the ELN in 2017 and 2023 collapsed within months.",
            [("agree", ["Colombia", "ELN"]), ("agree", ["Colombia", "ELN"])],
        ),
        # (guard) negotiating a truce's conditions is no truce
        (
            "SITTWE - The junta fought the Arakan Army in Rakhine. Myanmar's junta has negotiated "
            "the ceasefire's conditions with the Arakan Army but no deal has been signed.",
            [],
        ),
        # (guard) an agency's operations, police raids: no halt to a war
        (
            "EL FASHER - The RSF attacked aid convoys in Darfur. MSF announced a halt to MSF's "
            "operations in Darfur after staff were attacked by the RSF.",
            [],
        ),
        (
            "MOGADISHU - Somali police fought al-Shabaab. Somali police announced a halt to raids "
            "on illegal kiosks in Mogadishu after protests.",
            [],
        ),
        # a halt to a named side's offensive
        (
            "QAMISHLI - Turkish troops fought the SDF. The SDF called for a halt to Turkey's "
            "offensive in northern Syria.",
            [("call", ["Syrian Democratic Forces"])],
        ),
    ],
)
def test_truces_named_again_or_negotiated_after_review(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a ceasefire deal negotiated, a halt negotiated before a comma
        (
            "DOHA - Israel and Hamas fought in Gaza. Qatar negotiated a ceasefire deal between "
            "Israel and Hamas in January.",
            [("agree", ["Israel", "Hamas"])],
        ),
        (
            "CAIRO - Israel and Islamic Jihad fought for three days before Egypt negotiated a "
            "halt, officials said.",
            [("agree", ["Israel", "Palestinian Islamic Jihad"])],
        ),
        # a halt to a named side's airstrikes or war
        (
            "BEIRUT - Hezbollah and Israel fought in the south. Lebanon called for a halt to "
            "Israel's airstrikes.",
            [("call", ["Lebanon"])],
        ),
        (
            "KYIV - Ukraine and Russia fought in Donbas. Kyiv demanded an end to Russia's war.",
            [("call", ["Ukraine"])],
        ),
    ],
)
def test_halts_negotiated_or_named_after_the_last_review(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a side welcomes a truce offer named before: it accepts it
        (
            "MOGADISHU - Somali troops fought al-Shabaab near Jowhar. On Sunday al-Shabaab "
            "offered a three-day truce for the Eid holiday. The Somali government welcomed the "
            "offer.",
            [("offer", ["al-Shabaab"]), ("accept", ["Somalia"])],
        ),
        # (guard) "the offer", "the proposal" of another thing brought in after the truce
        (
            "JUBA - South Sudan's army and the SPLM-IO signed a truce in Addis Ababa in June. "
            "Uganda offered on Monday to host a donors' conference. The SPLM-IO welcomed the "
            "offer.",
            [("agree", ["South Sudan", "SPLM-IO"])],
        ),
        (
            "JUBA - South Sudan's army and the SPLM-IO signed a truce in Addis Ababa in June. "
            "Kenya proposed a summit of regional leaders in Nairobi. The SPLM-IO rejected the "
            "proposal.",
            [("agree", ["South Sudan", "SPLM-IO"])],
        ),
        # a deal referred to again after a sentence that only describes it
        (
            "JUBA - South Sudan's army and the SPLM-IO signed a truce in Addis Ababa in June. "
            "Under the deal, both forces must leave Yei. The SPLM-IO later rejected the deal.",
            [("agree", ["South Sudan", "SPLM-IO"]), ("reject", ["SPLM-IO"])],
        ),
    ],
)
def test_offers_welcomed_and_other_things_offered(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a truce discussed only on terms: an offer
        (
            "JUBA - South Sudan's army fought the SPLM-IO near Nasir. The SPLM-IO said it would "
            "discuss a ceasefire only once Ugandan troops had left Upper Nile.",
            [("offer", ["SPLM-IO"])],
        ),
        # a side that will not fire unless attacked offers a halt on terms
        (
            "BOGOTA - The Colombian army and the ELN fought in Arauca. The Colombian army said it "
            "would not open fire unless it was attacked.",
            [("offer", ["Colombia"])],
        ),
        (
            "BOGOTA - The Colombian army and the ELN fought in Arauca. An ELN commander said his "
            "men would only fire in self-defence.",
            [("offer", ["ELN"])],
        ),
        # (guard) a soldier's orders, no halt
        (
            "BOGOTA - The Colombian army and the ELN fought in Arauca. A Colombian army sergeant "
            "said his men would not open fire unless ordered to.",
            [],
        ),
        # fighting "despite their so-called ceasefire": a breach alleged
        (
            "ADDIS ABABA - The Ethiopian government declared a ceasefire on Monday. The OLA said "
            'federal troops were still shelling Nekemte "despite their so-called ceasefire".',
            [("declare", ["Ethiopia"]), ("violation_alleged", ["Oromo Liberation Army"])],
        ),
        # a hope that a truce will take place: a call
        (
            "KHARTOUM - Sudan's army and the RSF fought in Darfur. The African Union is hopeful "
            "that a cessation of hostilities will take effect before Ramadan.",
            [("call", ["African Union"])],
        ),
        # (guard) no hope
        (
            "KHARTOUM - Sudan's army and the RSF fought in Darfur. The African Union is not "
            "hopeful that a cessation of hostilities will take effect before Ramadan.",
            [],
        ),
        # "X forces and Y agreed a truce": the two sides, for "each side accused the other"
        (
            "LAS ANOD - Somaliland forces and SSC-Khatumo agreed a truce in February. Within hours "
            "each side accused the other of breaking it.",
            [
                ("agree", ["Somaliland", "SSC-Khatumo"]),
                ("violation_alleged", ["Somaliland"]),
                ("violation_alleged", ["SSC-Khatumo"]),
            ],
        ),
    ],
)
def test_offers_on_terms_hopes_and_sides_named_by_their_forces(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a side that says the truce "was a sick joke" dismisses it
        (
            "ADDIS ABABA - The Ethiopian government declared a unilateral ceasefire on Monday. An "
            'OLA spokesman told reporters the ceasefire was "a sick joke".',
            [("declare", ["Ethiopia"]), ("reject", ["Oromo Liberation Army"])],
        ),
        # (guard) a denial that it is one
        (
            "ADDIS ABABA - The Ethiopian government declared a unilateral ceasefire on Monday. The "
            "OLA denied that the ceasefire was a trick.",
            [("declare", ["Ethiopia"])],
        ),
        # "the foreign ministry in Paris": the seat's state
        (
            "DJIBOUTI - Fighting between Djibouti and Eritrea broke out at Ras Doumeira. The "
            "foreign ministry in Paris called for an immediate halt to the fighting.",
            [("call", ["France"])],
        ),
    ],
)
def test_truces_dismissed_as_jokes_and_ministries_in_capitals(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guard) the truce itself told again ("a proposal by the mediators", "reached an
        # agreement"; "offered no comment"): "the proposal", "the deal", "the offer" still refer
        # to it
        (
            "GAZA - Israel and Hamas have been negotiating a ceasefire for weeks. On Monday Hamas "
            "said it had accepted a proposal by Egyptian and Qatari mediators. Israel rejected the "
            "proposal on Tuesday.",
            [("reject", ["Israel"])],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF agreed a seven-day ceasefire. The two sides "
            "reached an agreement after weeks of talks in Jeddah. On Sunday the RSF accused the "
            "army of violating the deal.",
            [
                ("agree", ["Sudanese Armed Forces", "Rapid Support Forces"]),
                ("violation_alleged", ["Rapid Support Forces"]),
            ],
        ),
        (
            "MOGADISHU - Somali troops fought al-Shabaab. On Sunday al-Shabaab offered a three-day "
            "truce. A government spokesman offered no immediate comment. On Monday the Somali "
            "government rejected the offer.",
            [("offer", ["al-Shabaab"]), ("reject", ["Somalia"])],
        ),
        # (guard) an offer to mediate, of aid, in the truce's own sentence: not a truce's
        (
            "GAZA - Israel and Hamas fought in Gaza. Qatar offered to mediate a ceasefire. Hamas "
            "welcomed the offer.",
            [],
        ),
        (
            "KHARTOUM - The Sudanese army and the RSF agreed a truce in Jeddah, and Egypt offered "
            "to host further talks. The RSF welcomed the offer from Cairo.",
            [("agree", ["Sudanese Armed Forces", "Rapid Support Forces"])],
        ),
        (
            "SANAA - The Houthis and the Yemeni government agreed a truce. An Omani proposal for "
            "talks followed. The Houthis rejected the proposal.",
            [("agree", ["Houthis", "Yemen"])],
        ),
        # (guard) talks foretold, rules of engagement, a hope for a truce already agreed
        (
            "MOSCOW - Russia and Ukraine fought in Donbas. Putin and Trump will discuss a "
            "ceasefire when they meet in Alaska on Friday.",
            [],
        ),
        (
            "GAZA - Israel and Hamas fought in Gaza. The Israeli military said troops would not "
            "open fire on aid seekers unless they posed a threat.",
            [],
        ),
        (
            "BEIRUT - Israel and Hezbollah fought in the south. UNIFIL said its peacekeepers would "
            "not open fire unless they were attacked.",
            [],
        ),
        (
            "CAIRO - Israel and Hamas agreed a ceasefire on Thursday. Egypt said it was hopeful "
            "that the ceasefire would take effect on Sunday as planned.",
            [("agree", ["Israel", "Hamas"])],
        ),
        # (guard) peacekeepers are no side
        (
            "LAS ANOD - Fighting between Somaliland troops and the UN erupted near Las Anod. Each "
            "side accused the other of breaking the truce.",
            [],
        ),
    ],
)
def test_guards_from_the_review_of_offers_hopes_and_told_sides(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


def test_the_state_whose_government_is_named_is_the_one_rebels_fight(
    extractor: RulesExtractor,
) -> None:
    # a war the conflict table lacks, told from the neighbour that hosts the talks and the
    # refugees (named more often): "Uganda's government" is the side, not Kenya
    body = (
        "NAIROBI - After a week of talks in the Kenyan capital, Uganda's government and the "
        "Lord's Resistance Army signed a truce on Friday. Kenya's president mediated. More than "
        "20,000 refugees have crossed into Kenya, and Kenyan officials in the border town of "
        "Lokichoggio said camps in Kenya were full. On Monday the government accused the rebels "
        "of breaking the truce."
    )
    assert _act_actors(extractor, body) == [
        ("agree", ["Uganda", "Lord's Resistance Army"]),
        ("violation_alleged", ["Uganda"]),
    ]


def test_he_is_the_person_the_sentence_before_is_about(extractor: RulesExtractor) -> None:
    # "He" after a sentence opened by a person who thanks two others: the opener speaks
    body = (
        "JEDDAH - The Sudanese army and the RSF agreed a truce in Jeddah on Saturday. US "
        "Secretary of State Antony Blinken thanked Saudi Foreign Minister Faisal bin Farhan and "
        "Egypt's Foreign Minister Sameh Shoukry for their role. He called on both sides to fully "
        "implement the truce."
    )
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [c.actors for c in calls] == [["United States"]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what "had to be" next: a truce asked for
        (
            "KHARTOUM - Sudan's army and the RSF fought in Darfur. The Kenyan president said the "
            "next step had to be a complete ceasefire as soon as possible.",
            [("call", ["Kenya"])],
        ),
        # (guard) no truce after it
        (
            "KHARTOUM - Sudan's army and the RSF fought in Darfur. The Kenyan president said the "
            "next step had to be a meeting of regional leaders.",
            [],
        ),
    ],
)
def test_what_has_to_be_next(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a halt to a side's naval or ground operations
        (
            "SANAA - The Houthis and the Saudi-led coalition fought in Yemen. On Monday the "
            "Houthis announced a unilateral two-week halt to their naval operations in the Red "
            "Sea.",
            [("declare", ["Houthis"])],
        ),
        # (guard) a port's work, no side's
        (
            "SANAA - The Houthis and the Saudi-led coalition fought in Yemen. The port authority "
            "announced a halt to its maritime operations because of the storm.",
            [],
        ),
    ],
)
def test_halts_to_naval_operations(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (guard) a state's government named away from the rebels, or a mediator's, is not
        # the one they fight
        (
            "GULU, Uganda - LRA rebels ambushed a bus near Gulu on Sunday, killing 12 people, and "
            "the government accused the rebels of breaking the truce. The Sudanese government, "
            "which once backed the LRA, condemned the attack. The British government, Uganda's "
            "biggest donor, urged restraint.",
            [("violation_alleged", ["Uganda"])],
        ),
        # (guard) a hedge, a fear, another's claim: no dismissal
        (
            "KYIV - Russia and Ukraine agreed a truce. Russia's foreign ministry said on Tuesday "
            "that if the truce was a trick, Moscow would respond.",
            [("agree", ["Russia", "Ukraine"])],
        ),
        (
            "KYIV - Russia and Ukraine agreed a truce. Ukrainian officials privately fear that the "
            "ceasefire is a trap.",
            [("agree", ["Russia", "Ukraine"])],
        ),
        (
            "BEIRUT - Israel and Hezbollah agreed a truce. Israel said Hezbollah's claim that the "
            "ceasefire was a sham was propaganda.",
            [("agree", ["Israel", "Hezbollah"])],
        ),
        # the other side's truce, named by its possessive, dismissed
        (
            "KHARTOUM - The Sudanese army declared a truce. The RSF said the army's ceasefire was "
            "a ploy.",
            [("declare", ["Sudanese Armed Forces"]), ("reject", ["Rapid Support Forces"])],
        ),
    ],
)
def test_guards_from_the_review_of_dismissals_and_fought_states(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "he" after a datelined sentence opened by a person: that person
        (
            "KYIV, March 11 (Reuters) - Ukrainian President Volodymyr Zelenskiy met US envoy "
            "Keith Kellogg in Kyiv. He called for a complete ceasefire with Russia.",
            [("call", ["Ukraine"])],
        ),
        # (guard) "she": no gender is known, so the last person named, as before
        (
            "BERLIN - Israel and Hamas fought in Gaza. US Secretary of State Antony Blinken met "
            "German Foreign Minister Annalena Baerbock. She called for a humanitarian pause in "
            "the fighting.",
            [("call", ["Germany"])],
        ),
        # (guard) the opener's own side named after "he": he is the other man
        (
            "TEL AVIV - Israel and Hamas fought in Gaza. Prime Minister Benjamin Netanyahu met "
            "U.S. Secretary of State Antony Blinken in Tel Aviv on Friday. He urged Israel to "
            "agree to humanitarian pauses.",
            [("call", ["United States"])],
        ),
        # (guard) a subordinate clause opens the sentence, not its subject
        (
            "CAIRO - Israel and Hamas fought in Gaza. After Secretary of State Antony Blinken "
            "left the region, Egyptian Foreign Minister Sameh Shoukry hosted the delegations. He "
            "called for an immediate ceasefire in Gaza.",
            [("call", ["Egypt"])],
        ),
        # (guard) what does not have to be a truce; a withdrawal; a port's work
        (
            "BRUSSELS - Russia and Ukraine fought in Donbas. A senior EU official said a deal "
            "between Russia and Ukraine did not have to be a full ceasefire at first.",
            [],
        ),
        (
            "GAZA - Israel and Hamas fought in Gaza. The Israeli military announced the end of "
            "ground operations in Khan Younis on Sunday and withdrew its 98th division.",
            [],
        ),
        (
            "SANAA - The Houthis and the Saudi-led coalition fought in Yemen. The Houthi-run port "
            "authority announced a halt to maritime operations at the port after the strikes.",
            [],
        ),
    ],
)
def test_guards_from_the_review_of_openers_and_naval_halts(
    extractor: RulesExtractor, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _act_actors(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "HARGEISA - Somaliland forces and SSC-Khatumo agreed a truce on Friday. The Arab League "
        "urged both sides to hold to the truce through the holidays.",
    ],
)
def test_a_call_to_hold_to_a_truce_is_a_call_to_observe_it(
    extractor: RulesExtractor, body: str
) -> None:
    calls = [c for c in _run(extractor, body).ceasefire_calls if c.act == "call"]
    assert [(c.type, len(c.addressees)) for c in calls] == [("observance", 2)]


@pytest.mark.parametrize(
    ("body", "acts"),
    [
        (
            "MOGADISHU - Jubaland forces and the army fought for a week near Dolow. On Sunday "
            "the two sides agreed a 72-hour pause so that the wounded could be evacuated.",
            [("agree", ["Somalia"])],
        ),
        (
            "HODEIDAH - The Houthis and the government accepted a two-day lull. The Norwegian "
            "Refugee Council said it was too short and called for a longer pause.",
            [("call", ["Norwegian Refugee Council"])],
        ),
        # (guard) a pause in talks is no truce
        (
            "GENEVA - The delegations of the army and the rebels agreed a pause in the talks "
            "until Monday.",
            [],
        ),
    ],
)
def test_a_pause_its_length_or_the_fighting_qualifies_is_a_truce(
    extractor: RulesExtractor, body: str, acts: list[tuple[str, list[str]]]
) -> None:
    found = _act_actors(extractor, body)
    for act, actors in acts:
        assert any(a == act and set(actors) <= set(b) for a, b in found), found
    if not acts:
        assert found == []
