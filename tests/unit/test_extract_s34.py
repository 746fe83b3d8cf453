"""Session 34 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from tests.unit.conftest import Run, offices, triples


def test_a_pledge_is_to_the_state_its_promised_act_is_for(run: Run) -> None:
    doc = run("European Commissioner Marta Kos met Armenian Prime Minister Nikol Pashinyan in "
              "Yerevan on Tuesday. Kos pledged that the first tranche of a loan for Armenia "
              "would be disbursed within weeks.\n")
    assert ("PLEDGED", "Marta Kos", "Armenia") in triples(doc, "PLEDGED")
    assert ("PLEDGED", "Marta Kos", "Nikol Pashinyan") not in triples(doc, "PLEDGED")


def test_a_state_named_deep_in_the_promise_is_whom_it_is_made_to(run: Run) -> None:
    doc = run("EU foreign policy chief Kaja Kallas met Norway's Foreign Minister Espen Barth "
              "Eide on Monday. \"Norway is a close partner,\" Kallas said, promising that the "
              "bloc would move quickly towards a deal with Oslo.\n")
    assert ("PLEDGED", "Kaja Kallas", "Norway") in triples(doc, "PLEDGED")


def test_the_doer_a_condemnation_names_in_its_verdict_is_criticised(run: Run) -> None:
    doc = run("Polish Foreign Minister Radoslaw Sikorski condemned the strike as an act of "
              "terror by Russia.\n")
    assert ("CRITICIZED", "Radoslaw Sikorski", "Russia") in triples(doc, "CRITICIZED")


def test_ministers_accompanying_a_leader_named_by_title_serve_his_state(run: Run) -> None:
    doc = run("BEIJING - German Chancellor Olaf Scholz met Chinese President Xi Jinping on "
              "Tuesday. The chancellor was accompanied by Environment Minister Steffi Lemke and "
              "Transport Minister Volker Wissing. Wissing and Chinese Minister of Industry Jin "
              "Zhuanglong signed a memorandum on Tuesday.\n")
    assert {("Steffi Lemke", "Germany"), ("Volker Wissing", "Germany")} <= offices(doc)


def test_a_past_act_hung_on_a_modal_verb_in_a_report_is_the_reporters(run: Run) -> None:
    doc = run("In a video address, President Volodymyr Zelensky said the start of talks showed "
              "that Russia cannot decide the fate of Ukraine and urged the EU to open the first "
              "negotiating clusters without delays.\n")
    asks = triples(doc, "REQUESTED")
    assert ("REQUESTED", "Volodymyr Zelensky", "European Union") in asks
    assert ("REQUESTED", "Russia", "European Union") not in asks
