"""A monarch's regnal number, the state a bare-titled speaker reports for, 'only last
month', a surname the NER left out, a long title set off by a comma and a bloc's
'its secretary-general'. Invented sentences."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dipgraph.loaders.extract.body import find_body
from dipgraph.loaders.extract.gazetteer import gazetteer
from dipgraph.loaders.extract.mentions import find_mentions
from tests.unit.conftest import Run, triples


def test_a_regnal_number_is_part_of_a_monarchs_name(run: Run) -> None:
    doc = run("Only last month, in a speech marking his accession to the throne, Moroccan "
              "King Mohammed VI had urged Algerian President Omar Rahim to reopen the border.")
    assert ("HOLDS_OFFICE", "Mohammed VI", "Morocco") in triples(doc, "HOLDS_OFFICE")
    assert ("REQUESTED", "Mohammed VI", "Omar Rahim") in triples(doc, "REQUESTED")


def test_the_pronoun_i_is_no_regnal_number(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono said I would not travel.")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} == {"Amos Kiprono"}


def test_a_bare_minister_speaks_for_the_state_whose_acts_he_reports(run: Run) -> None:
    text = ("Kenya hosted the leader of Jubaland on Monday. Kenya said the talks went well. "
            "Kenya and Kenya's allies backed the visit. Information Minister Amos Kiprono "
            "announced the decision on television. \"The Somali government has decided to "
            "sever relations,\" Mr Kiprono said, adding that Mogadishu was recalling its "
            "diplomats from Kenya.")
    assert ("HOLDS_OFFICE", "Amos Kiprono", "Somalia") in triples(run(text), "HOLDS_OFFICE")


def test_said_at_the_time_that_reports_for_the_government_in_the_clause(run: Run) -> None:
    doc = run("Somalia accused Kenya of meddling. Somalia recalled its envoy. Somalia closed "
              "the border. Foreign Affairs Cabinet Secretary Peter Okello said at the time "
              "that the Kenyan government had decided to keep its envoy in Mogadishu.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_a_speaker_reporting_two_states_acts_speaks_for_neither(run: Run) -> None:
    doc = run("Kenya hosted the leader of Jubaland on Monday. Kenya said the talks went well. "
              "Information Minister Amos Kiprono said the Ugandan government and the Somali "
              "government had recalled their envoys.")
    assert {t[2] for t in triples(doc, "HOLDS_OFFICE") if t[1] == "Amos Kiprono"} == {"Kenya"}


def test_a_state_a_bare_minister_talks_about_is_not_his(run: Run) -> None:
    doc = run("Somalia accused Kenya of meddling. Somalia recalled its envoy. Somalia closed "
              "the border. Defence Minister Peter Okello said Kenya was massing troops.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Kenya") not in triples(doc, "HOLDS_OFFICE")


def test_a_foreign_government_a_minister_describes_is_not_his(run: Run) -> None:
    doc = run("Somalia accused Kenya of meddling. Somalia recalled its envoy. Somalia closed "
              "the border. Defence Minister Peter Okello said the Kenyan government was "
              "massing troops.")
    assert ("HOLDS_OFFICE", "Peter Okello", "Kenya") not in triples(doc, "HOLDS_OFFICE")


def test_only_last_month_is_last_month(run: Run) -> None:
    doc = run("Only last month, Kenyan President Amos Kiprono urged Ugandan President Peter "
              "Okello to reopen the border.", date(2021, 8, 25))
    dates = {f["date"] for f in doc["facts"] if f["rel"] == "REQUESTED"}
    assert dates == {"2021-07"}


def test_a_lone_surname_the_ner_missed_is_the_person_named_in_full(run: Run) -> None:
    doc = run("Defence talks began after Prime Minister Keir Starmer's party won the election. "
              "Starmer and German Chancellor Olaf Scholz, who held talks in Berlin in late "
              "August, agreed to work towards a broader treaty.", date(2024, 10, 23))
    assert ("MET_WITH", "Keir Starmer", "Olaf Scholz") in triples(doc, "MET_WITH")


def _persons_without_ner_for(nlp: Language, text: str, word: str) -> list[str]:
    """The person mentions of ``text`` when the NER tags no entity holding ``word`` after
    its first sentence (where the person is named in full)."""
    doc = nlp(text)
    after = text.index(". ") + 2
    doc.ents = [e for e in doc.ents if word not in e.text.split() or e.start_char < after]
    dm = find_mentions(doc, find_body(doc.text), gazetteer(), nlp)
    return [m.text for m in dm.mentions if m.kind == "Person"]


def test_a_surname_the_ner_left_out_is_still_a_person_mention(nlp: Language) -> None:
    text = ("Prime Minister Keir Starmer won the vote. Starmer and German Chancellor Olaf "
            "Scholz held talks.")
    assert _persons_without_ner_for(nlp, text, "Starmer") == [
        "Keir Starmer", "Starmer", "Olaf Scholz"]


def test_a_word_beside_another_name_is_no_lone_surname(nlp: Language) -> None:
    text = "Prime Minister Keir Starmer won the vote. Anna Starmer Lopez spoke."
    assert "Starmer" not in _persons_without_ner_for(nlp, text, "Starmer")


def test_a_long_title_set_off_by_a_comma_is_the_office(run: Run) -> None:
    doc = run("Kenya's Minister for International Development and the Pacific, Amos Kiprono, "
              "welcomed the decision.")
    assert ("HOLDS_OFFICE", "Amos Kiprono", "Kenya") in triples(doc, "HOLDS_OFFICE")


def test_its_secretary_general_after_a_bloc_is_the_blocs(run: Run) -> None:
    doc = run("Kenya protested to Uganda. The East African Community also weighed in. Its "
              "secretary-general, Amos Kiprono, said the bloc stood behind Kenya.")
    assert ("HOLDS_OFFICE", "Amos Kiprono", "East African Community") in triples(doc)


def test_an_incoming_officeholder_set_off_after_his_title_holds_it(run: Run) -> None:
    doc = run("Kenya's incoming prime minister, Amos Kiprono, called on Uganda to act.")
    assert {("HOLDS_OFFICE", "Amos Kiprono", "Kenya"),
            ("REQUESTED", "Amos Kiprono", "Uganda")} <= triples(doc)


def test_their_foreign_ministers_serve_the_two_leaders_states_in_order(run: Run) -> None:
    doc = run("Kenyan President Amos Kiprono and Ugandan President Peter Okello met in Arusha "
              "in July, and their foreign ministers, Omar Rahim and Samia Mrema, prepared the "
              "visit.")
    assert {("HOLDS_OFFICE", "Omar Rahim", "Kenya"),
            ("HOLDS_OFFICE", "Samia Mrema", "Uganda")} <= triples(doc, "HOLDS_OFFICE")
