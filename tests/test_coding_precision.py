"""Precision of the coder on sentences of its own wording: acts expected of others, trips told
as their actor's schedule, appeals told
with "should", retaliation threats, blockades of vessels, welcomes of meetings, targets that point
back at the source, entities of a state, reported intentions and inability, warnings of dangers,
remarks on what things must do, commentary, wars and tourists as subjects."""

from __future__ import annotations

import pytest

from coded import PUBLISHED, coded_pairs, keeping_undirected
from coded import coded as _coded
from eventwire.coding.decisions import Stage
from eventwire.explain import explain
from eventwire.model import Modality
from eventwire.pipeline import code
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # a cooperative act one actor expects of another is the first actor's demand on the other
    ("Kenya expects Somalia to stop the cross-border raids.", [("KEN", "1056", "SOM")]),
    ("Uganda wants Kenya to reopen the border crossing.", [("UGA", "1055", "KEN")]),
    # a conflictual act others expect or fear is a forecast, no event of the actor named
    ("Japanese officials expect North Korea to test a missile this month.", []),
    ("Officials in Seoul fear Pyongyang will fire a missile next week.", []),
    # expecting to do something oneself is an intention, as before
    ("Kenya expects to sign a trade deal with Somalia.", [("KEN", "032", "SOM")]),
])
def test_precision_acts_expected_of_others(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_precision_expected_act_is_explained_as_a_drop(resources: Resources) -> None:
    runs = explain("Japanese officials expect North Korea to test a missile this month.",
                   published=PUBLISHED, resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.EXPECTED and "expect" in d.reason for d in drops), drops


@pytest.mark.parametrize(("text", "expected"), [
    # what another "should" do is an appeal; what it "must" do stays a demand
    ("Ghana said Togo should withdraw its troops from the border.", [("GHA", "0256", "TGO")]),
    ("Ghana said Togo must withdraw its troops from the border.", [("GHA", "1056", "TGO")]),
    # retaliation names no means: a threat, not a threat of military force
    ("Russia threatened to retaliate against Norway.", [("RUS", "130", "NOR")]),
    # stopping a vessel is a blockade
    ("Chinese coast guard vessels blocked a Philippine supply boat near the shoal.", [("CHNMIL", "191", "PHL")]),
    # welcoming a meeting is approval, not hosting a visit, and not aimed at the source itself
    ("The United States welcomed the meeting between the two leaders.", [("USA", "051", None)]),
    # an entity of a state is coded as that state
    ("Republika Srpska rejected the ruling of the court in Sarajevo.", [("BIH", "120", "BIHJUD")]),
    ("Bosnian Serb leaders rejected the court ruling.", [("BIHGOV", "120", None)]),
    # inability negates like a refusal; "details" are no intelligence
    ("India said it was unable to share intelligence with Nepal.", [("IND", "121", "NPL")]),
    ("India provided details of the talks to Nepal.", []),
    # a negated object negates the act
    ("Egypt sent no aid to Sudan.", [("EGY", "122", "SDN")]),
    # a state's acts on its own people keep their domestic target
    ("Kenyan police arrested opposition leaders in Nairobi.", [("KENCOP", "173", "KENOPP")]),
])
def test_precision_senses_and_targets(resources: Resources, text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "modality"), [
    # what a speaker says it would do is its intention
    ("Brazil said it would lodge a protest with Argentina.", Modality.INTENT),
    # what it would do on a condition stays a hypothesis
    ("Russia said it would attack China if talks failed.", Modality.HYPOTHETICAL),
    # an act its actor says is to come ("is to", "is going to") is a future one
    ("The Ghanaian foreign minister is to visit Togo on Friday.", Modality.FUTURE),
    ("Vladimir Putin is going to meet Recep Tayyip Erdogan in Turkey in January.", Modality.FUTURE),
    # a hope is an intention, whatever form the lemmatizer gives "hopes"
    ("Ghana hopes to sign a trade deal with Togo.", Modality.INTENT),
])
def test_precision_reported_intentions(resources: Resources, text: str, modality: Modality) -> None:
    events = code(text, published=PUBLISHED, resources=resources)
    assert events and all(e.modality == modality for e in events), [(e.rule, e.modality) for e in events]


@pytest.mark.parametrize("text", [
    # an act others report as scheduled or expected is neither done nor an intention its actor announced
    "The Ghanaian foreign minister is scheduled to visit Togo on Friday.",
    "Vladimir Putin is due to meet Recep Tayyip Erdogan in Turkey in January.",
    "Kenya's president is expected to visit Somalia next week, his office said.",
    "Ethiopian and Somali officials are set to resume talks on Friday.",
])
def test_precision_scheduled_act_is_no_event(resources: Resources, text: str) -> None:
    assert code(text, published=PUBLISHED, resources=resources) == []


@pytest.mark.parametrize("text", [
    # a trip its actor is told to make in the plain future is a schedule, no intention expressed
    "Peru's trade minister will fly to Santiago on Thursday, the ministry said.",
    "Ghana's foreign minister will visit Togo next month.",
])
def test_precision_own_itinerary_is_no_event(resources: Resources, text: str) -> None:
    assert code(text, published=PUBLISHED, resources=resources) == []


@pytest.mark.parametrize(("text", "expected"), [
    # readiness, a condition, a meeting or a hosting told in the future still express the intent to meet (036)
    ("Ghana said it was ready to meet Togo for talks on the border.", [("GHA", "036", "TGO")]),
    ("The Ghanaian president said he would meet his Togolese counterpart in Lome next week.",
     [("GHAGOV", "036", "TGO")]),
    ("Ghana said its president would visit Togo if the border reopened.", [("GHAGOV", "036", "TGO")]),
    ("Ghana said its president would host the Togolese leader in Accra next week.", [("GHAGOV", "036", "TGOGOV")]),
    # the trip made is a visit
    ("Peru's trade minister flew to Santiago on Thursday, the ministry said.", [("PERGOV", "042", "CHLGOV")]),
])
def test_precision_intended_meetings_stay(resources: Resources, text: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_precision_itinerary_is_explained_as_a_drop(resources: Resources) -> None:
    runs = explain("Ghana's foreign minister will visit Togo next month.", published=PUBLISHED, resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.EXPECTED and "schedule" in d.reason for d in drops), drops


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a bare infinitive is what the verb acts on: refusing to let inspectors in
    ("Myanmar's junta refused to let the inspectors enter the base.", [("MMRGOVMIL", "1245", None)]),
    ("Egypt let the monitors enter the border zone.", [("EGY", "0862", None)]),
    # what an actor is called on to do is the caller's appeal aimed at it, not its own act
    ("Iran called on Iraq to expel the militants.", [("IRN", "020", "IRQ")]),
    ("Iran urged Iraq to expel the militants.", [("IRN", "020", "IRQ")]),
    # looking to another actor to act is asking it; looking to act oneself is an intention
    ("Turkey is looking to Washington to veto the sanctions bill.", [("TUR", "020", "USAGOV")]),
    ("Kenya is looking to sign a trade deal with Uganda.", [("KEN", "032", "UGA")]),
])
def test_precision_wrappers(resources: Resources, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline names the country an article is about: its unnamed police and authorities are that country's
    ("NAIROBI, Kenya — Thousands marched through the capital on Tuesday against a finance bill.\n\n"
     "Riot police fired tear gas at the demonstrators near parliament.\n\n"
     "Authorities detained forty people, the interior ministry said.",
     [("KENCOP", "175", "KEN"), ("KENGOV", "173", "KENCVL")]),
    # without a dateline, the country named in more sentences than any other
    ("Kenya's parliament passed a finance bill on Tuesday. Critics in Kenya say it raises taxes on bread.\n\n"
     "Riot police fired tear gas at the demonstrators near parliament.",
     [("KENCOP", "175", "KEN")]),
])
def test_precision_role_actors_take_the_article_country(resources: Resources, text: str,
                                                        expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_precision_no_article_country_leaves_role_actors_unplaced(resources: Resources) -> None:
    # one sentence naming no country: nothing to place the police by, so no event is kept
    assert _coded(resources, "Riot police fired tear gas at the demonstrators near parliament.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction to "the move" is aimed at whoever made the move in the sentence before
    ("China deployed coast guard ships near the Second Thomas Shoal on Monday. Manila condemned the move.",
     [("PHLGOV", "111", "CHN")]),
    ("Beijing announced new fishing rules for the disputed waters. The Philippines rejected the decision on Tuesday.",
     [("PHL", "120", "CHNGOV")]),
    # a resolution or a proposal is an act of its author too
    ("The U.S. Senate passed a resolution urging an inquiry into Kenya's election. "
     "The Kenyan government dismissed the resolution a day later.", [("KENGOV", "127", "USALEG")]),
    ("China proposed a ceasefire in Sudan. The Sudanese army rejected the proposal.",
     [("CHN", "0356", "SDN"), ("SDNMIL", "127", "CHN")]),
    # a move of the reacting side's own country is no target
    ("The Philippines deployed coast guard ships near the shoal. Manila defended the move.",
     [("PHLGOV", "052", "PHL")]),
])
def test_precision_reaction_to_an_earlier_act(resources: Resources, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # relief, rescue and health give an operation or an alert a civil sense: no force, no military alert
    ("The Philippine army launched relief operations after the typhoon.", []),
    ("Indonesian troops carried out search and rescue operations after the quake.", []),
    ("Vietnam put its hospitals on high alert after a bird flu outbreak.", []),
    # a travel alert warns travellers; a drought fought is no enemy
    ("Peru raised its travel alert for Bolivia on Monday.", []),
    ("The Chilean army is battling a drought in northern Peru.", []),
    ("The Chilean army is battling rebels in northern Peru.", [("CHLMIL", "190", "PERREB")]),
    ("Chile placed its troops on alert at the border with Peru.", [("CHL", "152", "PER")]),
])
def test_precision_civil_senses_are_no_conflict(resources: Resources, text: str,
                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reported feeling is aimed at whoever caused it, never at the speaker itself
    ("The Czech government said it was deeply disappointed by Hungary's vote.", [("CZEGOV", "012", "HUN")]),
    ("Poland said it was disappointed with the German decision.", [("POL", "012", "DEU")]),
    # one about things at home alone concerns no actor: no event (nor one aimed at the speaker)
    ("Kenya said it was worried by the violence in Kenya.", []),
])
def test_precision_cause_of_a_reported_feeling(resources: Resources, text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what others say an actor could or might do is no act or threat of that actor
    ("Officials in Washington said Iran could attack Israel within days.", []),
    ("Analysts say China might blockade Taiwan next year.", []),
    ("If talks fail, Turkey may send troops into Syria.", []),
    ("Analysts said Turkey would protest to Greece.", []),
    # a "by ...ing" means shares the uncertainty of the act it serves
    ("Turkey may anger the United States by defying Washington in Syria, a French diplomat said.", []),
    # what an actor's own side says it might do is its own threat
    ("Russia might withdraw its ambassador from Poland, the Kremlin said.", [("RUS", "1313", "POL")]),
])
def test_precision_possibilities_told_by_others(resources: Resources, text: str,
                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning of what a thing would do threatens no one
    ("Thailand warned that the new law would divide society.", []),
    # a warning of what the speaker or another actor would suffer or do stays a threat
    ("Iran warned that Israel would pay a heavy price.", [("IRN", "130", "ISR")]),
    ("Russia warned Norway against hosting the drills.", [("RUS", "130", "NOR")]),
    # a warning of a danger, addressed to no one, threatens no one: it is a pessimistic comment (012)
    ("The United Nations warned of famine in northern Gaza.", [("IGOUNO", "012", "PSE")]),
    ("The World Health Organization warned about a new cholera outbreak in Yemen.", []),
    ("Iran warned of a crushing response.", [("IRN", "130", None)]),
    ("China warned against Japan's interference.", [("CHN", "130", "JPN")]),
    # a warning that others' conduct is dangerous judges it: criticism, not a threat
    ("Canada warned on Friday that the arms trade between Belarus and Iran is dangerous.",
     [("CAN", "111", "BLR"), ("CAN", "111", "IRN")]),
    ("Kenya warned that the Somali troop build-up is a threat to the region.", [("KEN", "111", "SOM")]),
    # what a thing must do is no demand on anyone; what an actor must do is
    ("The Italian prime minister said on Monday that negotiations with Brazil must continue.", []),
    ("Kenya insisted that the ceasefire must hold.", []),
    ("Ghana said Togo must withdraw its troops from the border.", [("GHA", "1056", "TGO")]),
])
def test_precision_warnings_about_things(resources: Resources, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    resources = keeping_undirected(resources)
    assert coded_pairs(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what commentators say or believe others did is commentary, not a reported event
    ("Analysts say Russia is pressuring Kazakhstan to leave the alliance.", []),
    ("Experts believe Iran supplied drones to Russia.", []),
    ("According to analysts, Beijing rejected the proposal to avoid angering Moscow.", []),
    # a scholar stays a commentator though read as a country's academic, or by the capital their
    # institute sits in
    ('"Peru and Ecuador have signed deals like this one before," said Ana Ruiz, a researcher at a Lima '
     'university.', []),
    ('"Peru and Ecuador have signed deals like this one before," said Ana Ruiz, a sociologist at a Lima '
     'institute.', []),
    # or though known by a people's name alone, which names their field or nationality, no office
    ('"Chile wants a deal soon," said Ana Ruiz, a Bolivian expert at a Madrid institute. "There is little '
     'reason to think the two presidents will meet this year," Ruiz said.', []),
    # the same act told by a party, or by experts an organization stands for, is reported
    ("Iran supplied drones to Russia, U.S. officials said.", [("IRN", "072", "RUS")]),
])
def test_precision_commentary_is_no_event(resources: Resources, text: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_precision_commentary_is_explained_as_a_drop(resources: Resources) -> None:
    runs = explain("Experts believe Iran supplied drones to Russia.", published=PUBLISHED, resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.CLAIM and "commentator" in d.reason for d in drops), drops


@pytest.mark.parametrize(("text", "expected"), [
    # an ongoing war as the subject tells its toll, not a deed of the party it names
    ("Russia's war in Ukraine has displaced millions of people.", []),
    ("Russian forces displaced thousands of Ukrainian civilians from Kherson.", [("RUSMIL", "201", "UKRCVL")]),
    # private travelers make no diplomatic visit
    ("More than 2 million Chinese tourists visited Thailand last year.", []),
    ("The Chinese foreign minister visited Thailand last year.", [("CHNGOV", "042", "THA")]),
    # what the electorate decides at the polls is a ballot's result, no party's deed
    ("Swiss voters rejected the trade pact with the European Union in Sunday's ballot.", []),
    ("Irish voters backed quitting the European Union in a referendum.", []),
    ("The Swiss government rejected the trade pact with the European Union on Sunday.", [("CHEGOV", "127", "IGOEU")]),
])
def test_precision_wars_and_tourists_are_no_parties(resources: Resources, text: str,
                                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack told as ended is no attack
    ("Russian forces stopped shelling the Ukrainian port on Friday.", []),
    # ended aid, supplies or shelter reduce relations (CAMEO 16)
    ("Ecuador ceased supplying arms to the Colombian rebels in May.", [("ECU", "1622", "COLREB")]),
    ("Belarus stopped pumping oil to Poland on Monday in a row over unpaid bills.", [("BLR", "163", "POL")]),
    # a ceasing the pattern names stays as it is; an infinitive of purpose is done
    ("The Kremlin urged Baku to stop firing on Armenian villages.", [("RUSGOV", "0256", "AZEGOV")]),
    ("The Chilean president stopped in Rome to meet the Pope.", [("CHLGOV", "040", "VATGOV")]),
])
def test_precision_acts_told_as_ended(resources: Resources, text: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act awaited as a condition of what would or will (not) happen is no event yet
    ("Colombia said talks with the ELN would not resume until the ELN freed all its hostages.", []),
    ("Peru said it would reopen the border once Bolivia released the hostages.", [("PER", "0355")]),
    # a time clause of what happened is told as done
    ("Colombian troops fought ELN rebels until the ELN freed all its hostages.",
     [("COLMIL", "190"), ("COLREB", "0841")]),
])
def test_precision_awaited_condition_is_no_event(resources: Resources, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    found = [(e.source.actor.code if e.source else None, e.cameo)
             for e in code(text, published=PUBLISHED, resources=resources)]
    assert found == expected


def test_precision_intended_investigation_is_an_intention(resources: Resources) -> None:
    # CAMEO has no intent code of its own for 09: an announced investigation expresses intent to cooperate (030)
    events = code("The African Union will investigate the killings in Kenya.", published=PUBLISHED,
                  resources=resources)
    assert [e.cameo for e in events] == ["030"]


@pytest.mark.parametrize(("text", "expected"), [
    # a deed told in the simple present is a habit or a state of things, not an event
    ("Kenya hosts about half a million Somali refugees.", []),
    ("In Thailand, Chinese officials visit hospitals for yearly checkups.", []),
    # a headline's present tells news; the present of words (an accusation) stays an event
    ("Kenya expels Somali envoy over border row", [("KEN", "161")]),
    ("Kenya accuses Somalia of arming the rebels.", [("KEN", "112")]),
    # the past, the progressive and an intention in the present are told as events
    ("Kenya hosted the Somali president in Nairobi.", [("KEN", "043")]),
    ("Kenya plans to host the Somali president in Nairobi.", [("KEN", "036")]),
])
def test_precision_simple_present_deed_is_a_habit(resources: Resources, text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    found = [(e.source.actor.code if e.source else None, e.cameo)
             for e in code(text, published=PUBLISHED, resources=resources)]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act ordered or asked of a passive subject is not done yet
    ("Greek troops had been ordered to respond firmly to every Turkish violation, the minister said.", []),
    # one it was forced into was done
    ("Kenyan troops were forced to attack the Somali rebels.", [("KENMIL", "190")]),
    # an open question ("whether") tells no act
    ("Critics in Kenya have questioned whether Uganda is seeking access to the region's oil.", []),
])
def test_precision_ordered_or_questioned_act_is_no_event(resources: Resources, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    found = [(e.source.actor.code if e.source else None, e.cameo)
             for e in code(text, published=PUBLISHED, resources=resources)]
    assert found == expected


@pytest.mark.parametrize("text", [
    # a show of force its actor says it will keep up is a standing posture: no new act, no threat
    "The Peruvian navy said it would continue to patrol the lake near Bolivia.",
    "Ecuador's coast guard will keep patrolling the estuary along the Peruvian border, the minister said.",
])
def test_precision_posture_kept_up_is_no_event(resources: Resources, text: str) -> None:
    assert code(text, published=PUBLISHED, resources=resources) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the patrol itself, told as done, is still coded
    ("The Peruvian navy patrolled the lake near Bolivia on Monday.", [("PERMIL", "150", "BOL")]),
])
def test_precision_posture_told_as_done_is_coded(resources: Resources, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # accepting a court's verdict complies with an adjudication: no concession to a party
    ("Both Peru and Chile accepted the tribunal's verdict on their maritime border.", []),
    # accepting an election result a rival won is still a concession
    ("Peru's ruling party accepted the election result after a week of protests.", [("PERPTY", "083", "PER")]),
])
def test_precision_accepting_a_verdict_is_no_concession(resources: Resources, text: str,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # concern about things alone is aimed at no actor: no event
    ("The Red Cross said it was deeply worried about the safety of aid convoys in the region.", []),
    # concern about an actor's deeds is a pessimistic comment on that actor
    ("Peru expressed concern about Bolivia's troop build-up near the border.", [("PER", "012", "BOLMIL")]),
])
def test_precision_concern_about_things_is_no_event(resources: Resources, text: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what must or should be done by no party named is a norm stated, no demand of or appeal to an actor:
    # a passive with no agent told to no hearer, the speaker's own side, no one in particular
    ("Peru's foreign minister said Chilean fishermen must never be harassed at sea.", []),
    ('"We must work more closely with Argentina," the Uruguayan president said.', []),
    ('"No government should jail reporters," the Danish minister told the Turkish envoy.', []),
    # a party named as the one bound to act, or a hearer told of a passive, is still asked
    ("The Danish minister said Turkey should free the jailed reporters.", [("DNKGOV", "0253", "TUR")]),
    # a country's capitals read as "us" are no speaker's side
    ("Kenya's president said the US must send more food aid to Somalia.", [("KENGOV", "1033", "USA")]),
    ("The Ghanaian envoy told Togo that those who shelled the market should be punished.",
     [("GHAGOV", "020", "TGO")]),
])
def test_precision_obligations_of_no_party(resources: Resources, text: str,
                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trip within the traveller's own country, to its places or its people, is no visit between parties
    ("Bolivia's vice president travelled to a border town on Tuesday to meet the families of the detained soldiers.",
     []),
    ("The Peruvian president flew to Cusco on Monday to visit farmers hit by the frost.", []),
    # its rebels met there, or another country visited, stay parties
    ("Peru's president flew to Cusco on Monday for talks with rebel leaders.", [("PERGOV", "042", "PERREB")]),
    ("Kenya's president flew to Mogadishu on Monday.", [("KENGOV", "042", "SOMGOV")]),
])
def test_precision_trips_at_home_are_no_visits(resources: Resources, text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    assert _coded(resources, text) == expected


def test_precision_trip_at_home_is_explained_as_a_drop(resources: Resources) -> None:
    runs = explain("The Peruvian president flew to Cusco on Monday to visit farmers hit by the frost.",
                   published=PUBLISHED, resources=resources)
    drops = [d for run in runs for d in run.drops]
    assert any(d.stage == Stage.INTERNAL and "own country" in d.reason for d in drops), drops
