"""The Neo4j Browser as a client, end to end, in headless Chromium.

The Browser of the test server opens our guide from the URL
(``?cmd=play&arg=<guide>``), logs in with the fixture's credentials, loads our
GRASS stylesheet with ``:style <url>``, and runs canned queries both from the
guide (click on a runnable block) and typed into the editor; the expected
names must appear in the result frames. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from dipgraph.loaders.pipeline import load_paths
from dipgraph.queries.browser_server import (
    AssetServer,
    browser_url,
    guide_slides,
    guide_url,
    serve_browser_assets,
    style_url,
)
from dipgraph.settings import Neo4jSettings

pytestmark = [pytest.mark.integration, pytest.mark.browser]

HTTP_PORT = int(os.environ.get("DIPGRAPH_TEST_HTTP_PORT", "17474"))
BROWSER = f"http://127.0.0.1:{HTTP_PORT}/browser/"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 30_000


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture()
def sample(neo4j_driver: neo4j.Driver) -> Iterator[neo4j.Driver]:
    """The real server loaded with seeds/ through the whole pipeline."""
    report = load_paths([SEEDS], neo4j_driver)
    assert report.rejected == 0 and report.facts > 0
    yield neo4j_driver


@pytest.fixture()
def assets() -> Iterator[AssetServer]:
    with serve_browser_assets(port=0) as server:
        yield server


@pytest.fixture()
def page() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1400, "height": 1000})
            tab.set_default_timeout(TIMEOUT_MS)
            yield tab
        finally:
            browser.close()


def _login(page: Any, settings: Neo4jSettings) -> None:
    page.wait_for_selector("[data-testid=connect]")
    page.fill("#url-input", settings.uri)
    page.fill("input[data-testid=username]", settings.user)
    page.fill("input[data-testid=password]", settings.password)
    page.click("[data-testid=connect]")
    page.wait_for_selector("text=You are connected as user")


def _type_and_run(page: Any, command: str, *, keystrokes: bool = False) -> None:
    """Enter one line into the main editor and press Enter (Enter runs a one-line command).

    ``keystrokes`` types key by key; otherwise the text is inserted like a paste,
    which skips the per-key autocompletion that makes long queries slow to type.
    """
    page.locator(".monaco-editor").first.click()
    if keystrokes:
        page.keyboard.type(command)
    else:
        page.keyboard.insert_text(command)
    page.keyboard.press("Enter")


def _newest_frame(page: Any, command_part: str) -> Any:
    frame = page.locator("[data-testid=frame]").first
    frame.locator("[data-testid=frameCommand]", has_text=command_part).wait_for()
    return frame


def _one_line(cypher: str) -> str:
    return " ".join(cypher.split())


def test_guide_opens_from_the_url_and_its_canned_query_shows_the_meeting(
    sample: neo4j.Driver, neo4j_settings: Neo4jSettings, assets: AssetServer, page: Any
) -> None:
    from playwright.sync_api import expect

    page.goto(browser_url(BROWSER, guide_url(assets.port)), wait_until="load")
    carousel = page.locator("[data-testid=carousel]")
    expect(carousel).to_contain_text("A diplomatic-relations knowledge graph")
    titles = [s.title for s in guide_slides()]
    expect(carousel).to_contain_text(f"1 / {len(titles)}")
    _login(page, neo4j_settings)

    for _ in range(titles.index("Who met whom")):
        carousel.locator("[data-testid=nextSlide]").click()
    expect(carousel).to_contain_text("Every meeting, newest first.")
    carousel.locator("pre.runnable", has_text="MATCH (a:Person)-[m:MET_WITH]").click()
    page.click("[data-testid=editor-Run]")  # the click filled the editor; run it

    frame = _newest_frame(page, "MET_WITH")
    expect(frame).to_contain_text("Park Jin")
    expect(frame).to_contain_text("Wang Yi")
    expect(frame).to_contain_text("2023-11-26")
    page.screenshot(path=str(ARTIFACTS / "browser-e2e-guide.png"))


def test_typed_query_and_style_show_names_and_captions(
    sample: neo4j.Driver, neo4j_settings: Neo4jSettings, assets: AssetServer, page: Any
) -> None:
    from playwright.sync_api import expect

    page.goto(BROWSER, wait_until="load")
    _login(page, neo4j_settings)

    _type_and_run(page, f":style {style_url(assets.port)}", keystrokes=True)
    expect(_newest_frame(page, ":style")).to_contain_text("node.Person")

    profile = next(s for s in guide_slides() if s.title == "A person's profile")
    _type_and_run(page, f":param person => {profile.params['person']}")
    _newest_frame(page, ":param")
    _type_and_run(page, _one_line(profile.queries[0]))
    frame = _newest_frame(page, "HOLDS_OFFICE")
    expect(frame).to_contain_text("Foreign Minister, China")
    expect(frame).to_contain_text("Park Jin")
    expect(frame).to_contain_text("PLEDGED")

    _type_and_run(  # (the two of them: the seed's Busan talks also had Japan's minister)
        page, "MATCH path = (:Person {name: 'Wang Yi'})-[:MET_WITH]-"
        "(:Person {name: 'Park Jin'}) RETURN path"
    )
    graph = _newest_frame(page, "RETURN path")
    expect(graph.locator("svg text", has_text="Wang Yi")).to_have_count(1)
    expect(graph.locator("svg text", has_text="Park Jin")).to_have_count(1)
    # the seed article reports two Wang-Park meetings, Busan today and Jakarta in July, each
    # captioned with its date (the Browser cuts a long caption short: "MET_WITH 2023-1...")
    expect(graph.locator("svg text", has_text="MET_WITH 2023")).to_have_count(2)
    expect(graph.locator("svg text", has_text="PLEDGED")).to_have_count(1)
    expect(graph.locator('circle[fill="#4C8EDA"]')).to_have_count(2)  # Person colour
    page.screenshot(path=str(ARTIFACTS / "browser-e2e-graph.png"))
