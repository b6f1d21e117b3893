"""The web app in a real browser: Debian's Chromium, headless, driven by Playwright.

Search, open a document, open its chain, click through the graph, export its tasks. Screenshots
land in test-artifacts/web/ for a person to look at.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import ROOT, WIDE_ROOT, wide_store

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts" / "web"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (scripts/setup.sh)"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(app: Any) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def base_url(app: Any) -> Iterator[str]:
    yield from _serve(app)


@pytest.fixture
def wide_url(tmp_path: Path) -> Iterator[str]:
    from web.app import create_app

    yield from _serve(create_app(str(wide_store(tmp_path)), tmp_path / "uploads"))


@pytest.fixture
def page(base_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        tab.dialogs = []
        tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
        requests: list[str] = []
        tab.on("request", lambda request: requests.append(request.url))
        tab.outside = requests
        tab.missing = []  # every response over 400 (a favicon 404 shows up here)
        tab.on("response", lambda response: response.status >= 400 and tab.missing.append(
            f"{response.status} {response.url}"))
        tab.console = []  # CSP violations are reported on the console
        tab.on("console", lambda message: tab.console.append(message.text))
        yield tab
        browser.close()


def test_search_open_chain_and_export(page: Any, base_url: str, tmp_path: Path) -> None:
    page.goto(base_url + "/")
    page.fill("#q", "cai cach hanh chinh")
    page.press("#q", "Enter")
    page.wait_for_selector("article.hit mark", timeout=90_000)
    page.screenshot(path=str(ARTIFACTS / "1-search.png"), full_page=True)

    page.click("article.hit h2 a")
    page.wait_for_selector("#doc-title")
    assert "150/KH-UBND" in page.inner_text("#doc-title")
    assert "<script>alert(1)</script>" in page.inner_text(".doctext")  # shown as text, never run
    assert page.dialogs == []
    page.screenshot(path=str(ARTIFACTS / "2-document.png"), full_page=True)

    with page.expect_download() as download:
        page.click("#export-csv")
    saved = tmp_path / "tasks.csv"
    download.value.save_as(saved)
    assert "Sở Nội vụ" in saved.read_text(encoding="utf-8-sig")

    page.click("#chain-link")
    page.wait_for_selector("#chain-status[data-state='done']")
    page.wait_for_selector("#chain-svg g.node.root")
    assert int(page.get_attribute("#chain-svg", "data-nodes")) >= 3
    assert page.get_attribute("#chain-svg", "data-layout") == "dot"
    page.click("#zoom-in")
    page.screenshot(path=str(ARTIFACTS / "3-chain.png"), full_page=True)
    page.click("#chain-svg g.node[data-key='178/2024/NĐ-CP']")
    page.wait_for_selector("#doc-title")
    assert "178/2024/NĐ-CP" in page.inner_text("#doc-title")
    assert all(url.startswith(base_url) for url in page.outside), "a page asked for something outside the app"
    assert page.missing == [], page.missing  # no favicon 404
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def test_chain_depth_in_the_url_and_enter_opens_a_node(page: Any, base_url: str) -> None:
    page.goto(base_url + "/chain/178%2F2024%2FN%C4%90-CP?depth=1")
    page.wait_for_selector("#chain-status[data-state='done']")
    assert "văn bản" in page.inner_text("#chain-status")
    page.select_option("#depth", "3")
    page.wait_for_function("location.search.includes('depth=3')")
    page.wait_for_selector("#chain-status[data-state='done']")
    page.focus("#chain-svg g.node[data-key='150/KH-UBND@2025@hưng yên']")
    page.keyboard.press("Enter")
    page.wait_for_selector("#doc-title")
    assert "150/KH-UBND" in page.inner_text("#doc-title")
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def test_swagger_ui_renders_the_operations(page: Any, base_url: str) -> None:
    page.goto(base_url + "/api/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    assert page.locator(".opblock").count() >= 8
    assert "Unable to render" not in page.inner_text("body")
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def test_upload_shows_progress_then_the_extraction(page: Any, base_url: str) -> None:
    page.goto(base_url + "/upload")
    page.set_input_files("#file", str(ROOT / "corpus" / "pdf" / "hy-skhcn-tb-35-2026.pdf"))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#ingest", timeout=120_000)  # the progress page polls, then shows the result
    assert "35/TB-SKHCN" in page.inner_text("main")
    page.click("#ingest")
    page.wait_for_selector("#doc-title")
    assert "35/TB-SKHCN" in page.inner_text("#doc-title")
    assert "hy-skhcn-tb-35-2026.pdf" in page.inner_text("#doc-file")
    assert not [m for m in page.console if "Content Security Policy" in m], page.console


def test_errors_are_vietnamese_pages(page: Any, base_url: str) -> None:
    page.goto(base_url + "/tasks?page=922337203685477580")
    assert "không được lớn hơn" in page.inner_text("#error-message")
    page.goto(base_url + "/cited/99%2FXYZ")
    assert "404" in page.inner_text("#error-title")


def test_narrow_screen_stacks_the_facets_under_the_results(page: Any, base_url: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    for url in ("/?q=cai+cach+hanh+chinh", "/doc/150%2FKH-UBND%402025%40h%C6%B0ng%20y%C3%AAn", "/tasks"):
        page.goto(base_url + url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, (url, width)
    page.goto(base_url + "/?q=cai+cach+hanh+chinh")
    results, facets = page.locator(".results").bounding_box(), page.locator(".facets").bounding_box()
    assert facets["y"] >= results["y"] + results["height"] - 1
    page.screenshot(path=str(ARTIFACTS / "5-narrow-search.png"), full_page=True)


def test_tasks_page_filters_in_the_browser(page: Any, base_url: str) -> None:
    page.goto(base_url + "/tasks")
    page.fill("#body", "Sở Nội vụ")
    page.press("#body", "Enter")
    page.wait_for_selector("#all-tasks tbody tr")
    assert "II.1" in page.inner_text("#all-tasks")
    assert "1 nhiệm vụ" in page.inner_text("#task-total") and "Quá hạn" in page.inner_text("#all-tasks")
    with page.expect_download() as download:
        page.click("#board-xlsx")
    assert download.value.suggested_filename.endswith(".xlsx")
    page.screenshot(path=str(ARTIFACTS / "4-tasks.png"), full_page=True)


def test_a_200_node_chain_draws_in_under_2_s_with_progress(page: Any, wide_url: str) -> None:
    from urllib.parse import quote

    started = time.monotonic()
    page.goto(f"{wide_url}/chain/{quote(WIDE_ROOT, safe='')}?depth=1")
    assert page.locator("#chain-status .spinner").count() == 1 or page.get_attribute("#chain-status", "data-state")
    page.wait_for_selector("#chain-status[data-state='done']")
    seconds = time.monotonic() - started
    built = int(page.get_attribute("#chain-status", "data-ms"))
    print(f"\nChromium: 200-node chain fetched, laid out and drawn in {built} ms ({seconds * 1000:.0f} ms with the"
          f" page load); {page.inner_text('#chain-status')}")
    assert built < 2000
    assert "+88 văn bản khác" in page.text_content("#chain-svg") and "gộp" in page.inner_text("#chain-status")
    page.screenshot(path=str(ARTIFACTS / "6-wide-chain.png"), full_page=True)


def test_date_range_typed_as_dd_mm_yyyy_and_sort(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("#date-from", "01/01/2025")
    page.fill("#date-to", "31/12/2025")
    page.select_option("#sort", "newest")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("p.total")
    metas = page.locator("article.hit p.meta").all_inner_texts()
    assert len(metas) == 1 and "150/KH-UBND" in metas[0] and "10/02/2025" in metas[0]
    assert page.input_value("#date-from") == "01/01/2025"
