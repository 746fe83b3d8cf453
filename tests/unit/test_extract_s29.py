"""Session 29 rules, one phenomenon per test, on invented articles: a legislator's seat
as a title; a described office ("the French president") as the office of the untitled
person just named, never of a visitor to that state; dining with someone as meeting
them; an office in a legislature (Senate, Parliament) as an office of its state; "the
Ambassador of A to B, X" as A's envoy; more names that criticise ("a lunatic", "a sign
of weakness", "an escalation by Moscow"); one placed in a foreign city on a day as
visiting it; police, navy and customs titles; envoys received together as each meeting
the host; rejecting what another said as criticism of the speaker; a seat in a ruling
party's organs as an office of its state; states listed "among the signatories" as
signing; "Federal Councillor", "State Councilor" as titles. Each test fails without its
rule, except the guards."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_senator_before_a_name_is_a_title_not_part_of_the_name(run: Run) -> None:
    doc = run("The loan has drawn criticism in Washington. Democratic Senator Mara Quill, who "
              "filed a bill to block it, accused President Donald Trump of propping up a "
              "foreign government.\n")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Mara Quill" in people and not any("Senator" in p for p in people)
    assert ("CRITICIZED", "Mara Quill", "Donald Trump") in triples(doc)


def test_a_later_seat_title_does_not_replace_the_office_first_given(run: Run) -> None:
    doc = run("Foreign Minister Penny Wong has told her Chinese counterpart Wang Yi that "
              "Australia is concerned about the drills in the Tasman Sea.\n\nSenator Wong met "
              "Mr Wang in Johannesburg on Friday, hours after Airservices Australia alerted "
              "airlines.\n\n\"I raised the lack of notice directly with Minister Wang,\" "
              "Senator Wong told reporters.\n")
    titles = {f["source"]: f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"}
    assert titles["Penny Wong"] == "Foreign Minister"
    doc = run("Senator Penny Wong of Australia told reporters on Monday she would travel. "
              "Foreign Minister Penny Wong of Australia met Wang Yi in Beijing on Friday.\n")
    titles = {f["source"]: f["title"] for f in doc["facts"] if f["rel"] == "HOLDS_OFFICE"}
    assert titles["Penny Wong"] == "Foreign Minister"


def test_a_described_office_right_after_an_untitled_name_is_that_persons(run: Run) -> None:
    doc = run("Emmanuel Macron landed on Thursday in Vanuatu. The French president held talks "
              "in Port Vila with Vanuatu's Prime Minister Ishmael Kalsakau.\n")
    assert ("Emmanuel Macron", "France") in offices(doc)
    assert ("MET_WITH", "Emmanuel Macron", "Ishmael Kalsakau") in triples(doc)


def test_a_description_of_the_host_state_is_not_the_visitor_just_named(run: Run) -> None:
    doc = run("Dina Lopes arrived in Nairobi on Monday. The Kenyan president received her at "
              "State House.\n")
    assert "Dina Lopes" in {e["name"] for e in doc["entities"]}
    assert not any(person == "Dina Lopes" for person, _ in offices(doc))
    doc = run("Dina Lopes arrived on Monday. The Kenyan president received her at State "
              "House.\n")
    assert not any(person == "Dina Lopes" for person, _ in offices(doc))


def test_dining_with_someone_is_meeting_them(run: Run) -> None:
    doc = run("Prime Minister Anthony Albanese dined with Chinese Premier Li Qiang on Monday.\n")
    assert ("MET_WITH", "Anthony Albanese", "Li Qiang") in triples(doc)


def test_an_office_in_a_legislature_is_an_office_of_its_state(run: Run) -> None:
    doc = run("Czech Senate President Milan Hrubec called the step a sign of weakness.\n")
    assert offices(doc) == {("Milan Hrubec", "Czech Republic")}
    doc = run("Prime Minister Petr Fiala said the Czech Republic would not accept dictates. "
              "Senate President Milan Hrubec, who led a delegation to Taiwan in 2020, called "
              "the step a sign of weakness.\n")
    assert ("Milan Hrubec", "Czech Republic") in offices(doc)
    assert not any(target == "Senate" for _, target in offices(doc))


def test_the_ambassador_of_a_state_to_another_is_the_senders_envoy(run: Run) -> None:
    doc = run("The Ambassador of Colombia to the United States, Daniel Garcia-Pena, has been "
              "recalled for consultations.\n")
    assert offices(doc) == {("Daniel Garcia-Pena", "Colombia")}


def test_calling_someone_a_lunatic_or_a_step_weakness_is_criticism(run: Run) -> None:
    doc = run("Speaking to reporters on Sunday, President Donald Trump said he would announce "
              "higher tariffs on Monday and called President Gustavo Petro \"a lunatic\".\n")
    assert ("CRITICIZED", "Donald Trump", "Gustavo Petro") in triples(doc)
    doc = run("Prime Minister Petr Fiala called the Chinese step \"a sign of weakness\".\n")
    assert ("CRITICIZED", "Petr Fiala", "China") in triples(doc)
    doc = run("Chancellor Olaf Scholz called the Ukrainian offensive a sign that Russia's "
              "weakness is growing.\n")
    assert not triples(doc, "CRITICIZED")


def test_one_placed_in_a_foreign_city_on_a_day_visited_it(run: Run) -> None:
    doc = run("US Defense Secretary Lloyd Austin was in Port Moresby last week.\n")
    assert ("VISITED", "Lloyd Austin", "Papua New Guinea") in triples(doc)
    doc = run("British Ambassador Nigel Casey was in Moscow on Thursday.\n")
    assert not triples(doc, "VISITED")  # (a resident envoy, posted there)


def test_a_police_commissioner_is_titled_and_met_on_a_call(run: Run) -> None:
    doc = run("Chinese Ambassador Zeng Fanhua called on Police Commissioner David Manning last "
              "week.\n")
    assert ("MET_WITH", "Zeng Fanhua", "David Manning") in triples(doc)


def test_envoys_received_together_each_meet_the_host_not_each_other(run: Run) -> None:
    doc = run("President Javier Milei received the letters of the EU's ambassador Erik Hoeg, "
              "Britain's ambassador David Cairns and Switzerland's ambassador Andrea Semadeni "
              "on Tuesday.\n")
    met = {frozenset((a, b)) for _, a, b in triples(doc, "MET_WITH")}
    assert met == {frozenset(("Javier Milei", envoy))
                   for envoy in ("Erik Hoeg", "David Cairns", "Andrea Semadeni")}


def test_calling_an_act_an_escalation_by_a_state_criticises_that_state(run: Run) -> None:
    doc = run("EU foreign policy chief Kaja Kallas called the incident \"another reckless "
              "escalation\" by Moscow.\n")
    assert ("CRITICIZED", "Kaja Kallas", "Russia") in triples(doc)
    doc = run("US Secretary of State Antony Blinken called the vote \"a sham\" that was "
              "condemned by France.\n")
    assert ("CRITICIZED", "Antony Blinken", "France") not in triples(doc)


def test_rejecting_what_another_said_criticises_the_speaker(run: Run) -> None:
    doc = run("Colombian President Gustavo Petro claimed the island. Peruvian President Dina "
              "Boluarte rejected Colombian President Gustavo Petro's statements on Thursday.\n")
    assert ("CRITICIZED", "Dina Boluarte", "Gustavo Petro") in triples(doc)
    doc = run("Peruvian President Dina Boluarte rejected the proposal by Colombia.\n")
    assert not triples(doc, "CRITICIZED")


def test_a_seat_in_a_ruling_partys_organs_is_an_office_of_its_state(run: Run) -> None:
    doc = run("Cai Qi, a member of the Standing Committee of the Political Bureau of the CPC "
              "Central Committee, attended the talks.\n")
    assert offices(doc) == {("Cai Qi", "China")}
    doc = run("Ana Lima, a member of the delegation, attended the talks.\n")
    assert not offices(doc)
    doc = run("Li Wei, a member of the public who met the CPC delegation, spoke.\n")
    assert not offices(doc)


def test_states_listed_among_the_signatories_signed_the_text(run: Run) -> None:
    doc = run("On Sunday, 80 countries signed a final communique. Among the "
              "signatories were Ukraine, Germany and France.\n")
    assert {("SIGNED", s, "final communique") for s in ("Ukraine", "Germany", "France")} <= \
        triples(doc, "SIGNED")


def test_a_councillor_is_a_title(run: Run) -> None:
    doc = run("Swiss Federal Councillor Viola Amherd signed a declaration of intent.\n")
    assert offices(doc) == {("Viola Amherd", "Switzerland")}
