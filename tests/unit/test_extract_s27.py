"""Session 27 rules, one phenomenon per test: a counted list of accords opened by a comma,
an uncounted plural accord phrase kept as one bundle. Invented sentences."""

from __future__ import annotations

from tests.unit.conftest import Run, triples


def test_a_counted_list_after_a_comma_names_each_memorandum(run: Run) -> None:
    doc = run("Kenya and Tanzania signed two memoranda of understanding, on cooperation in "
              "the blue economy and on joint tourism promotion.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on cooperation in the blue economy",
        "memorandum of understanding on joint tourism promotion"}


def test_a_second_on_hung_on_the_first_topic_still_opens_an_item(run: Run) -> None:
    doc = run("Malaysia and Singapore also signed two memoranda of understanding (MoUs), on "
              "cooperation in the green economy and on personal data protection.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memorandum of understanding on cooperation in the green economy",
        "memorandum of understanding on personal data protection"}


def test_uncounted_memoranda_on_listed_topics_are_one_bundle(run: Run) -> None:
    doc = run("Vietnam and Indonesia signed memoranda of understanding on agriculture and "
              "rural development, digital transformation and halal certification.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "memoranda of understanding on agriculture and rural development, digital "
        "transformation and halal certification"}


def test_a_newly_told_bundle_keeps_its_count_in_its_name(run: Run) -> None:
    doc = run("Morocco and France signed some twenty-two bilateral agreements on Monday. The "
              "agreements were signed by the two foreign ministers.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"twenty-two bilateral agreements"}


def test_the_bundle_told_before_is_named_without_its_count(run: Run) -> None:
    doc = run("Egypt and Turkey signed the two agreements on Monday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"agreements"}



def test_a_bare_plural_joined_to_a_counted_one_is_part_of_its_bundle(run: Run) -> None:
    doc = run("Iraq and Turkey signed 26 agreements and memorandums, including a ten-year "
              "framework agreement on water management.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {"26 agreements and memorandums"}


def test_a_count_whose_texts_follow_a_colon_is_only_those_texts(run: Run) -> None:
    doc = run("Kenya and Uganda signed three agreements on Friday: an agreement on fisheries, "
              "a memorandum on customs and a protocol on security.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement on fisheries", "memorandum on customs", "protocol on security"}


def test_states_between_which_a_titled_accord_runs_are_part_of_its_name(run: Run) -> None:
    # the parser hangs both 'on' and 'between' on the verb
    doc = run("Secretary of State Antony Blinken signed the Charter on Strategic Partnership "
              "between the United States and Armenia, a nonbinding framework.")
    assert ("SIGNED", "Antony Blinken", "Charter on Strategic Partnership between the United "
            "States and Armenia") in triples(doc)


def test_a_hyphenated_first_topic_still_opens_a_titled_list(run: Run) -> None:
    doc = run("Kazakhstan and China signed the Treaty on Permanent Good-Neighborliness, "
              "Friendship and Cooperation on Tuesday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "Treaty on Permanent Good-Neighborliness, Friendship and Cooperation"}


def test_a_one_word_name_after_a_form_of_address_is_a_person(run: Run) -> None:
    doc = run("Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a telephone talk "
              "with H.E. Mr. Sugiono, Minister for Foreign Affairs of the Republic of "
              "Indonesia.")
    assert ("HOLDS_OFFICE", "Sugiono", "Indonesia") in triples(doc)


def test_a_one_word_name_an_office_title_sets_off_is_a_person(run: Run) -> None:
    doc = run("The call was held with Sugiono, Minister for Foreign Affairs of Indonesia, on "
              "Tuesday.")
    assert ("HOLDS_OFFICE", "Sugiono", "Indonesia") in triples(doc)


def test_a_named_meeting_is_no_person(run: Run) -> None:
    doc = run("Minister Iwaya hoped to visit Indonesia soon, and the two Ministers agreed to "
              "stay in touch, including at the upcoming APEC Ministerial Meeting in Lima.")
    assert not [e for e in doc["entities"] if e["type"] == "Person" and "Meeting" in e["name"]]


def test_a_state_the_ner_ran_into_an_envoys_name_after_to_is_dropped(run: Run) -> None:
    doc = run("Foreign Adviser Md Touhid Hossain and Chinese Ambassador to Bangladesh Yao Wen "
              "were present at the meeting.")
    assert ("HOLDS_OFFICE", "Yao Wen", "China") in triples(doc)


def test_malaysian_and_bhutanese_styles_are_no_part_of_a_name(run: Run) -> None:
    doc = run("Cambodian Foreign Minister Sok Chenda Sophea and his Malaysian counterpart, "
              "Datuk Seri Utama Haji Mohamad Haji Hasan, met Foreign Minister Lyonpo D.N. "
              "Dhungyel of Bhutan.")
    names = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert {"Mohamad Haji Hasan", "D.N. Dhungyel"} <= names


def test_a_state_the_ner_ran_into_the_name_after_a_title_of_is_split_off(run: Run) -> None:
    doc = run("The treaty was signed by President of the People's Republic of China Xi Jinping "
              "and President of Tajikistan Emomali Rahmon.")
    assert ("HOLDS_OFFICE", "Xi Jinping", "China") in triples(doc)


def test_a_body_in_a_title_ends_before_the_name_after_it(run: Run) -> None:
    doc = run("The envoys of Armenia and Turkey, Vice President of the National Assembly Ruben "
              "Rubinyan and Ambassador Serdar Kilic, held their fifth meeting on Tuesday.")
    names = {e["name"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Ruben Rubinyan" in names


def test_a_one_word_name_used_again_after_a_bare_title_is_a_person(run: Run) -> None:
    doc = run("Foreign Minister Sugiono met the Malaysian foreign minister in Jakarta on Friday. "
              "Sugiono said the talks were productive.")
    assert "Sugiono" in {e["name"] for e in doc["entities"] if e["type"] == "Person"}


def test_a_title_word_the_ner_read_as_a_name_once_is_no_person(run: Run) -> None:
    doc = run("King Norodom Sihamoni received Wang Wenbin, the new Ambassador Extraordinary "
              "and Plenipotentiary of China to Cambodia, at the Royal Palace.")
    assert "Extraordinary" not in {e["name"] for e in doc["entities"]}


def test_one_before_a_single_accord_is_a_count_not_a_name(run: Run) -> None:
    doc = run("Bangladesh and China signed one agreement on economic and technical "
              "cooperation on Friday.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "agreement on economic and technical cooperation"}


def test_support_a_state_will_go_on_giving_is_also_a_pledge(run: Run) -> None:
    doc = run("Japanese Foreign Minister Takeshi Iwaya held talks with Sri Lankan Foreign "
              "Minister Vijitha Herath. Iwaya stated that Japan will continue to support Sri "
              "Lanka's efforts toward economic recovery.")
    facts = triples(doc)
    assert ("PLEDGED", "Takeshi Iwaya", "Sri Lanka") in facts
    assert ("SUPPORTED", "Takeshi Iwaya", "Sri Lanka") in facts


def test_support_without_a_promise_is_no_pledge(run: Run) -> None:
    doc = run("Japanese Foreign Minister Takeshi Iwaya held talks with Sri Lankan Foreign "
              "Minister Vijitha Herath. Iwaya said Japan supports Sri Lanka's efforts toward "
              "economic recovery.")
    assert ("PLEDGED", "Takeshi Iwaya", "Sri Lanka") not in triples(doc)


def test_a_meeting_that_had_been_planned_is_no_meeting(run: Run) -> None:
    doc = run("Aliyev declined to attend the summit in Granada, where a meeting with French "
              "President Emmanuel Macron and German Chancellor Olaf Scholz had been planned.")
    assert not triples(doc, "MET_WITH")


def test_its_own_charter_with_another_state_is_not_the_charter_told_before(run: Run) -> None:
    doc = run("Secretary of State Antony Blinken signed the Charter on Strategic Partnership "
              "between the United States and Armenia on Tuesday. The signing came two months "
              "after Washington suspended its own strategic partnership charter with "
              "neighboring Georgia.")
    assert {t for _, _, t in triples(doc, "WITHDREW_FROM")} == {
        "strategic partnership charter"}


def test_placing_a_treaty_in_abeyance_is_leaving_it(run: Run) -> None:
    doc = run("India placed the Indus Waters Treaty in abeyance on April 23.")
    assert ("WITHDREW_FROM", "India", "Indus Waters Treaty") in triples(doc)


def test_on_hold_is_no_part_of_the_accord_put_on_hold(run: Run) -> None:
    doc = run("India put the Indus Waters Treaty on hold on April 23.")
    assert triples(doc, "WITHDREW_FROM") == {("WITHDREW_FROM", "India", "Indus Waters Treaty")}


def test_visiting_forces_agreements_are_no_visit(run: Run) -> None:
    doc = run("MANILA - New Zealand and the Philippines signed a pact. The Philippines already "
              "has visiting forces agreements with the United States, its only treaty ally, "
              "and with Australia.")
    assert not triples(doc, "VISITED")


def test_a_counted_bundle_beside_a_text_of_its_kind_stays_a_text_of_its_own(run: Run) -> None:
    # (annotators keep "26 agreements" beside "a framework agreement on water" they include)
    doc = run("Kenya and Tanzania on Monday signed two memoranda of understanding. The "
              "memoranda of understanding were signed by the foreign ministers. A memorandum "
              "of understanding on tourism, signed by the two sides on Monday, will boost "
              "travel.")
    assert {t for _, _, t in triples(doc, "SIGNED")} == {
        "two memoranda of understanding", "memorandum of understanding on tourism"}


def test_support_offered_on_a_condition_is_no_pledge(run: Run) -> None:
    doc = run("Kenyan President William Ruto said Kenya would support Somalia if Mogadishu "
              "asked.")
    assert not triples(doc, "PLEDGED")


def test_a_visit_that_ended_is_done_though_it_was_planned_for_long(run: Run) -> None:
    doc = run("Kenyan President William Ruto's visit to Uganda was planned for months and "
              "took place on Monday.")
    assert ("VISITED", "William Ruto", "Uganda") in triples(doc)


def test_a_title_word_repeated_after_its_title_is_still_no_person(run: Run) -> None:
    doc = run("Xi Jinping met Ambassador Extraordinary and Plenipotentiary Li, and later "
              "Ambassador Extraordinary and Plenipotentiary Wang of Japan.")
    assert "Extraordinary" not in {e["name"] for e in doc["entities"]}
