"""Session 40 rules, one phenomenon per test, on invented articles. Each test fails
without its rule, except the guards, which pass either way."""

from __future__ import annotations

from tests.unit.conftest import Run, accord_names


def test_the_governments_a_titled_accord_is_between_are_no_part_of_its_name(run: Run) -> None:
    doc = run("SUVA - Fijian Foreign Minister Sitiveni Rabuka and Samoan Foreign Minister Fiame "
              "Naomi Mataafa signed a Memorandum of Understanding on the Establishment of a "
              "Joint Commission between the Government of Fiji and the Government of the "
              "Republic of Samoa.\n")
    assert "Memorandum of Understanding on the Establishment of a Joint Commission" in \
        accord_names(doc)


def test_a_bare_memorandum_between_two_ministries_keeps_its_parties(run: Run) -> None:
    doc = run("SUVA - Fijian Foreign Minister Sitiveni Rabuka and Samoan Foreign Minister Fiame "
              "Naomi Mataafa signed a Memorandum of Understanding between the Ministry of "
              "Foreign Affairs of Fiji and the Ministry of Foreign Affairs of Samoa.\n")
    assert any(n.startswith("Memorandum of Understanding between the Ministry")
               for n in accord_names(doc))
