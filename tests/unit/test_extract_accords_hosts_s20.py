"""Accord names that run on past 'in' into their field and past 'along' into the river
they cover, but stop at the city they were signed in; a named arrangement signed by two
in the passive; hosts named after a manner phrase or a role noun; embassy posts; the
speaker's own government; requests made as nouns or through 'the opportunity to'.
Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, accord_names, offices, triples

_P = "LUSAKA, Oct 16 - Officials met on Monday. "


def test_a_named_accord_keeps_its_field_after_in(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed a Memorandum on Cooperation in Renewable "
              "Energy on Tuesday.")
    assert "Memorandum on Cooperation in Renewable Energy" in accord_names(doc)


def test_a_named_accord_keeps_the_field_of_phrase(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed an Agreement on Cooperation in the Field of "
              "Higher Education.")
    assert "Agreement on Cooperation in the Field of Higher Education" in accord_names(doc)


def test_a_named_accord_keeps_the_river_it_runs_along(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed the Agreement on Joint Patrols along the "
              "Luangwa River.")
    assert "Agreement on Joint Patrols along the Luangwa River" in accord_names(doc)


def test_the_city_an_accord_was_signed_in_is_no_part_of_its_name(run: Run) -> None:
    doc = run(_P + "The Treaty on Friendship in Nairobi was signed by Zambia and Malawi.")
    assert accord_names(doc) == ["Treaty on Friendship"]


def test_a_named_arrangement_signed_by_two_leaders_in_the_passive_is_signed(
        run: Run) -> None:
    doc = run(_P + "The Zambia-Malawi Border Security Arrangement was signed by Zambian "
              "President Hakainde Hichilema and Malawian President Peter Mutharika.")
    signers = {s for _, s, t in triples(doc, "SIGNED")
               if t == "Zambia-Malawi Border Security Arrangement"}
    assert {"Hakainde Hichilema", "Peter Mutharika"} <= signers


def test_a_scheme_one_leader_signed_is_no_accord(run: Run) -> None:
    doc = run(_P + "The National Development Plan was signed by Zambian President Hakainde "
              "Hichilema.")
    assert triples(doc, "SIGNED") == set()


def test_a_partnership_name_is_no_person(run: Run) -> None:
    doc = run(_P + "Britain's Chilanga Partnership with Zambia, signed in 2019, funds "
              "training.")
    people = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Chilanga Partnership" not in people


def test_the_two_cabinets_that_sign_are_the_two_states(run: Run) -> None:
    doc = run(_P + "Zambian President Hakainde Hichilema met Malawian President Peter "
              "Mutharika in Lusaka. The two cabinets then signed an Agreement on Rail "
              "Transport.")
    assert {("Zambia", "Agreement on Rail Transport"),
            ("Malawi", "Agreement on Rail Transport")} <= {
        (s, t) for _, s, t in triples(doc, "SIGNED")}


def test_a_guest_received_with_honours_by_the_host_met_him(run: Run) -> None:
    doc = run(_P + "Malawian President Peter Mutharika arrived on Tuesday. Mutharika was "
              "received with full military honours by Zambian President Hakainde "
              "Hichilema.")
    assert ("MET_WITH", "Hakainde Hichilema", "Peter Mutharika") in triples(doc, "MET_WITH")


def test_a_host_named_after_a_role_noun_met_the_guest(run: Run) -> None:
    doc = run("LILONGWE, Oct 16 - Zambian President Hakainde Hichilema arrived on Monday. "
              "Hichilema, who was received at the airport by his host, President Lazarus "
              "Chakwera, held closed-door talks at the State House.")
    assert ("MET_WITH", "Lazarus Chakwera", "Hakainde Hichilema") in triples(doc, "MET_WITH")


def test_a_post_at_a_foreign_embassy_is_that_states_office(run: Run) -> None:
    doc = run(_P + "Zambia summoned Kenji Arai, deputy chief of mission at the Japanese "
              "Embassy in Lusaka, on Tuesday.")
    assert ("Kenji Arai", "Japan") in offices(doc)
    assert ("Kenji Arai", "Zambia") not in offices(doc)


def test_his_government_in_a_reported_clause_is_the_speakers_state(run: Run) -> None:
    doc = run(_P + "Malawian Foreign Minister George Chaponda said his government had asked "
              "Zambia for an explanation of the closure.")
    assert ("REQUESTED", "Malawi", "Zambia") in triples(doc, "REQUESTED")


def test_the_government_in_a_capital_is_its_state_even_hung_on_the_verb(run: Run) -> None:
    doc = run(_P + "Norway called on the government in Lilongwe to release detainees.")
    assert ("REQUESTED", "Norway", "Malawi") in triples(doc, "REQUESTED")


def test_an_appeal_whose_to_phrase_the_parser_hung_on_the_verb_asks_each(run: Run) -> None:
    doc = run("ROSEAU, Oct 16 - Officials met on Monday. Dominican Prime Minister Roosevelt "
              "Skerrit also renewed his appeal to the World Bank and the Caribbean "
              "Development Bank to fast-track concessional financing.")
    assert {("Roosevelt Skerrit", "World Bank"),
            ("Roosevelt Skerrit", "Caribbean Development Bank")} <= {
        (s, t) for _, s, t in triples(doc, "REQUESTED")}


def test_an_appeal_made_by_a_light_verb_is_the_subjects(run: Run) -> None:
    doc = run(_P + "Zambian President Hakainde Hichilema made an appeal to the World Bank "
              "to speed up financing.")
    assert ("REQUESTED", "Hakainde Hichilema", "World Bank") in triples(doc, "REQUESTED")


def test_using_the_opportunity_to_urge_is_urging(run: Run) -> None:
    doc = run(_P + "Zambian Foreign Minister Mulambo Haimbe used the opportunity to urge "
              "SADC to convene a summit.")
    assert ("Mulambo Haimbe", "Southern African Development Community") in {
        (s, t) for _, s, t in triples(doc, "REQUESTED")}


def test_texts_listed_among_the_documents_were_signed_by_the_last_signers(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi on Monday signed six agreements covering trade and "
              "energy. Among the documents were an agreement on cooperation in the energy "
              "sector and a protocol on joint investment in fisheries, officials said.")
    signed = {(s, t) for _, s, t in triples(doc, "SIGNED")}
    for state in ("Zambia", "Malawi"):
        assert (state, "agreement on cooperation in the energy sector") in signed
        assert (state, "protocol on joint investment in fisheries") in signed


def test_texts_among_documents_with_no_signing_before_are_not_signed(run: Run) -> None:
    doc = run(_P + "Among the documents were an agreement on cooperation in the energy "
              "sector and a protocol on fisheries, officials said.")
    assert triples(doc, "SIGNED") == set()


def test_a_counted_set_of_texts_with_no_topic_keeps_its_count(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi on Monday signed nine agreements covering trade, "
              "energy and fisheries.")
    assert "nine agreements" in accord_names(doc)


def test_a_name_and_a_titled_name_the_parser_chained_both_sign(run: Run) -> None:
    doc = run("BEIRUT, Oct 16 - Saudi Foreign Minister Prince Faisal bin Farhan arrived on "
              "Monday. Prince Faisal met President Joseph Aoun. During the visit, Faisal and "
              "Lebanese Foreign Minister Youssef Rajji signed a memorandum of understanding "
              "that allows goods back into Saudi Arabia.")
    signers = {s for _, s, _t in triples(doc, "SIGNED")}
    assert {"Faisal bin Farhan", "Youssef Rajji"} <= signers


def test_a_bare_agreement_named_in_the_next_sentence_is_that_accord(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed an agreement allowing Malawian cargo to use "
              "Zambian railways. The Agreement on Transit Transport via Nacala Corridor was "
              "inked by the two foreign ministers.")
    assert accord_names(doc) == ["Agreement on Transit Transport via Nacala Corridor"]


def test_a_bare_agreement_before_an_old_named_treaty_stays_apart(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed an agreement on Monday. It builds on the 1964 "
              "Treaty of Friendship, which the two states signed at independence.")
    assert len(accord_names(doc)) == 2


def test_a_bracketed_acronym_inside_the_topic_stays_in_the_name(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed an agreement on combating illegal, unreported "
              "and unregulated (IUU) fishing, and a trade protocol.")
    assert "agreement on combating illegal, unreported and unregulated (IUU) fishing" in \
        accord_names(doc)



def test_a_bodys_acronym_before_the_accord_head_is_no_part_of_the_topic(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed the Southern African Development Community "
              "(SADC) treaties in 1992.")
    assert not any("(SADC)" in name for name in accord_names(doc))


def test_the_partnership_points_back_to_the_named_partnership(run: Run) -> None:
    doc = run("LUSAKA, June 23 - Zambia and Malawi signed a Security and Defence Partnership "
              "on Monday. The partnership was signed at the summit in Lusaka by Zambian "
              "President Hakainde Hichilema and Malawian President Lazarus Chakwera.")
    signers = {s for _, s, t in triples(doc, "SIGNED")
               if t == "Security and Defence Partnership"}
    assert {"Hakainde Hichilema", "Lazarus Chakwera"} <= signers


def test_a_former_office_does_not_displace_a_bodys_office(run: Run) -> None:
    doc = run("BRUSSELS, June 23 - The deal was signed by European Council President "
              "António Costa on Monday. Costa, a former Portuguese prime minister, said "
              "the summit went well.")
    assert ("António Costa", "European Council") in offices(doc)
    assert ("António Costa", "Portugal") not in offices(doc)


def test_texts_among_pending_documents_are_not_signed(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed a trade deal on Monday. Among the agreements "
              "still pending is a protocol on fisheries.")
    assert not any("fisheries" in t for _, _s, t in triples(doc, "SIGNED"))


def test_a_bare_accord_is_not_another_pairs_named_accord(run: Run) -> None:
    doc = run(_P + "Zambia and Malawi signed an accord on Monday. On Tuesday, Tanzania and "
              "Burundi signed the Kigoma Accord on fishing.")
    assert len(accord_names(doc)) == 2
