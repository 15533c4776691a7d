#!/usr/bin/env python3
"""Browser tests of the web reader (issue 9): headless Chromium driven by Selenium, as a person
would use it, with axe-core on every view and no browser console error allowed.

Usage: reader_test.py BASE_URL [--screenshots DIR]

Each scenario prints one line (PASS/FAIL name: reason); the exit status is the number of failures.
Facts checked come from the sources (Data/sources/*.txt, read by hand): ICCPR art. 7 prints
殘忍 (Traditional), art. 1(1) prints the typo 目決權 for 自決權, footnote 1 of the resolution is
UN Treaty Series vol. 1465 No. 24841 and is cited at preambular paragraph 4, art. 4(2) cites
art. 6 and art. 7.
"""
import argparse
import json
import os
import sys
import time
import traceback
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT = 20  # seconds; generous for a busy 2-core machine
failures = []


def make_driver(width=1280, height=900):
    options = Options()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--disable-gpu")
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument("--lang=en-US")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    driver_path = next((p for p in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver") if os.path.exists(p)), None)
    service = Service(driver_path) if driver_path else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    return driver


class Reader:
    """One browser session plus the checks every scenario shares."""

    def __init__(self, base, driver):
        self.base = base.rstrip("/")
        self.driver = driver
        self.render_count = 0

    def open(self, path):
        self.driver.get(self.base + path)
        return self.wait_ready()

    def wait_ready(self, previous=None):
        """Waits until the app has rendered a view (html[data-ready] set, and changed since `previous`)."""
        def ready(d):
            value = d.execute_script("return document.documentElement.dataset.ready || null")
            return value if value and value != previous else False
        return WebDriverWait(self.driver, WAIT).until(ready)

    def ready_token(self):
        return self.driver.execute_script("return document.documentElement.dataset.ready || null")

    def click_and_wait(self, element):
        token = self.ready_token()
        element.click()
        return self.wait_ready(token)

    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def wait_css(self, css):
        return WebDriverWait(self.driver, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))

    def path(self):
        return self.driver.execute_script("return location.pathname + location.search")

    def console_errors(self, allowed_404=()):
        """SEVERE console entries, except a 404 answer for a URL containing one of `allowed_404`
        (Chrome logs every non-2xx fetch; a scenario that asks for a missing thing expects one)."""
        errors = []
        for entry in self.driver.get_log("browser"):
            if entry.get("level") != "SEVERE":
                continue
            message = entry.get("message", "")
            if "status of 404" in message and any(part in message for part in allowed_404):
                continue
            errors.append(entry["message"])
        return errors

    def axe(self, name):
        """Runs axe-core on the current page; fails on serious or critical violations."""
        from axe_selenium_python import Axe
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        bad = [v for v in results.get("violations", []) if v.get("impact") in ("serious", "critical")]
        if bad:
            described = "; ".join(f"{v['id']} ({v['impact']}): {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target']}" for v in bad)
            raise AssertionError(f"axe on {name}: {described}")

    def screenshot(self, directory, name, element=None):
        """Saves a screenshot scrolled to the top (axe scrolls while it checks contrast), or with
        `element` in the middle of the view."""
        if directory:
            if element is None:
                self.driver.execute_script("window.scrollTo(0, 0)")
            else:
                self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            os.makedirs(directory, exist_ok=True)
            self.driver.save_screenshot(os.path.join(directory, name))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def http(base, path, headers=None, method="GET"):
    request = urllib.request.Request(base.rstrip("/") + path, headers=headers or {}, method=method)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


# ---- scenarios -------------------------------------------------------------------------------

def home(r, shots):
    r.open("/reader/")
    cards = r.find_all(".document-card")
    check(len(cards) == 2, f"home lists {len(cards)} documents, expected 2")
    text = r.find("main").text
    for expected in ("A/RES/62/148", "ICCPR", "公民與政治權利國際公約"):
        check(expected in text, f"home does not show {expected}")
    check(r.find("form[role=search] input[type=search][name=q]") is not None, "no search field")
    title = r.find(".document-card h3 a[href='/reader/iccpr']")
    check(title.get_attribute("lang") == "zh-Hant", f"the ICCPR title has lang={title.get_attribute('lang')}")
    r.screenshot(shots, "home.png")
    r.axe("home")


def document_toc(r, shots):
    r.open("/reader/iccpr")
    check(r.find("h1").text.strip() == "公民與政治權利國際公約", f"document heading is {r.find('h1').text!r}")
    link = r.find("nav.toc a[href='/reader/iccpr/art_14']")
    check("第十四條" in link.text, f"the TOC entry of art. 14 reads {link.text!r}")
    check(r.find_all("nav.toc a[href='/reader/iccpr/art_14__para_3__list_1__point_7']"), "TOC lacks nested items")
    r.axe("document")
    r.open("/reader/a-res-62-148")
    check(r.find_all("nav.toc a[href='/reader/a-res-62-148/para_32']"), "resolution TOC lacks operative paragraph 32")


def deep_link_cross_reference_back(r, shots):
    r.open("/reader/iccpr/art_4")
    check(r.find_all("[data-eid='art_4']") and r.find_all("[data-eid='art_4__para_2']"), "art. 4 and its paragraphs are not rendered")
    link = r.find("article [data-eid='art_4__para_2'] a[href='/reader/iccpr/art_6']")
    r.click_and_wait(link)
    check(r.path() == "/reader/iccpr/art_6", f"following the reference went to {r.path()}")
    check(r.find_all("[data-eid='art_6']"), "art. 6 is not rendered")
    check(r.find_all(".referred-panel a[href='/reader/iccpr/art_4__para_2']"), "art. 6 does not list art. 4(2) under referred to by")
    token = r.ready_token()
    r.driver.back()
    r.wait_ready(token)
    check(r.path() == "/reader/iccpr/art_4", f"Back went to {r.path()}")
    check(r.find_all("[data-eid='art_4__para_2']"), "after Back, art. 4 is not rendered")
    token = r.ready_token()
    r.driver.forward()
    r.wait_ready(token)
    check(r.path() == "/reader/iccpr/art_6", f"Forward went to {r.path()}")
    # Reload keeps the view (deep link).
    r.driver.refresh()
    r.wait_ready()
    check(r.find_all("[data-eid='art_6']"), "reload lost the unit")


def footnote_popover(r, shots):
    r.open("/reader/a-res-62-148/rec_4")
    marker = r.find("[data-eid='rec_4'] [data-footnote='1']")
    check(marker.tag_name in ("a", "button"), f"the footnote marker is a <{marker.tag_name}>")
    marker.click()
    popover = r.wait_css(".footnote-popover .footnote-text")
    WebDriverWait(r.driver, WAIT).until(lambda d: "1465" in d.find_element(By.CSS_SELECTOR, ".footnote-popover").text)
    text = r.find(".footnote-popover").text
    check("24841" in text and "Treaty Series" in text, f"the popover lacks the parsed citation: {text!r}")
    check(marker.get_attribute("aria-expanded") == "true", "the marker is not aria-expanded")
    check(r.path() == "/reader/a-res-62-148/rec_4", "opening a footnote left the page")
    r.screenshot(shots, "unit-footnote.png", element=marker)
    r.axe("unit with an open footnote")
    r.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    WebDriverWait(r.driver, WAIT).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".footnote-popover"))
    check(r.driver.switch_to.active_element.get_attribute("data-footnote") == "1", "focus did not return to the marker")


def unit_details(r, shots):
    r.open("/reader/iccpr/art_14__para_3__list_1__point_7")
    main = r.find("main").text
    check("ICCPR art. 14(3)(g)" in main and "公民與政治權利國際公約第十四條第三項第七款" in main, "citations missing")
    check(len(r.find_all(".citation-panel .copy-button")) == 2, "copy buttons missing")
    check(r.find_all(".thematic-panel a[href='/reader/a-res-62-148/para_10']"), "thematic link to A/RES/62/148 para. 10 missing")
    check(r.find_all("[data-eid='art_14__para_3__list_1__point_7'] [lang='zh-Hant']"), "unit text is not lang=zh-Hant")
    check(r.find_all(".prev-next a[href='/reader/iccpr/art_14__para_3__list_1__point_6']"), "previous link missing")
    r.axe("unit")
    # Errata: printed text kept, the intended reading shown on keyboard focus.
    r.open("/reader/iccpr/art_1")
    mark = r.find("[data-eid='art_1__para_1'] mark.erratum-printed")
    check(mark.text == "目決權", f"erratum mark reads {mark.text!r}")
    note_id = mark.get_attribute("aria-describedby")
    note = r.find(f"#{note_id}")
    check(not note.is_displayed(), "the erratum note shows before focus")
    r.driver.execute_script("arguments[0].focus()", mark)
    WebDriverWait(r.driver, WAIT).until(lambda d: note.is_displayed())
    check("自決權" in note.text, f"erratum note reads {note.text!r}")


def search_other_script(r, shots):
    r.open("/reader/iccpr/art_7")
    box = r.find("form[role=search] input[type=search][name=q]")
    box.send_keys("权利")  # Simplified; the Covenant prints 權利
    token = r.ready_token()
    box.submit()
    r.wait_ready(token)
    check(r.path().startswith("/reader/search?"), f"search went to {r.path()}")
    hits = r.find_all(".search-hit")
    check(len(hits) == 10, f"{len(hits)} hits on the first page, expected 10")
    check(r.find_all(".search-hit a[href^='/reader/iccpr/']"), "no hit in the Covenant for a Simplified query")
    check(r.find_all(".search-hit .snippet mark"), "snippets are not highlighted")
    check(r.find_all(".pager a[rel=next]"), "no next page")
    r.screenshot(shots, "search.png")
    r.axe("search")
    # Filter by document, then page.
    select = r.find("main form[role=search] select[name=document]")
    select.find_element(By.CSS_SELECTOR, "option[value='a-res-62-148']").click()
    token = r.ready_token()
    r.find("main form[role=search] button[type=submit]").click()
    r.wait_ready(token)
    check("document=a-res-62-148" in r.path(), f"filter not in URL: {r.path()}")
    links = [a.get_attribute("href") for a in r.find_all(".search-hit .hit-title a")]
    check(links and all("/reader/a-res-62-148/" in link for link in links), f"filter leaked: {links}")
    r.click_and_wait(r.find(".search-hit .hit-title a"))
    check(r.find_all("article [data-eid]"), "opening a hit did not show a unit")


def script_toggle(r, shots):
    r.open("/reader/iccpr/art_7")
    text = r.find("[data-eid='art_7'] .unit-text")
    check("殘忍" in text.text and text.get_attribute("lang") == "zh-Hant", "art. 7 is not shown as printed (Traditional)")
    r.click_and_wait(r.find("[data-script-toggle]"))
    check("script=hans" in r.path(), f"toggle did not put script=hans in the URL: {r.path()}")
    text = r.find("[data-eid='art_7'] .unit-text")
    check("残忍" in text.text and text.get_attribute("lang") == "zh-Hans", f"toggled text {text.text!r} lang={text.get_attribute('lang')}")
    r.driver.refresh()
    r.wait_ready()
    check("残忍" in r.find("[data-eid='art_7'] .unit-text").text, "script lost on reload")
    # Navigating keeps the script.
    r.click_and_wait(r.find(".prev-next a[rel=next]"))
    check("script=hans" in r.path(), f"navigation dropped the script: {r.path()}")


def citation_box(r, shots):
    for cite, expected in (("ICCPR art. 14(3)(g)", "/reader/iccpr/art_14__para_3__list_1__point_7"),
                           ("公民权利和政治权利国际公约第七条", "/reader/iccpr/art_7"),
                           ("A/RES/62/148 OP 7", "/reader/a-res-62-148/para_7")):
        r.open("/reader/")
        field = r.find("input[name=cite]")
        field.send_keys(cite)
        token = r.ready_token()
        field.send_keys(Keys.ENTER)
        r.wait_ready(token)
        check(r.path() == expected, f"{cite!r} went to {r.path()}, expected {expected}")
        check(r.find_all(f"[data-eid='{expected.rsplit('/', 1)[1]}']"), f"{cite!r}: unit not rendered")
    r.open("/reader/")
    field = r.find("input[name=cite]")
    field.send_keys("ICCPR art. 99")
    field.send_keys(Keys.ENTER)
    WebDriverWait(r.driver, WAIT).until(lambda d: "1–53" in d.find_element(By.CSS_SELECTOR, ".cite-message").text)


def unknown_unit(r, shots):
    status, _, _ = http(r.base, "/reader/iccpr/art_99")
    check(status == 404, f"/reader/iccpr/art_99 answered {status}")
    r.open("/reader/iccpr/art_99")
    check("Not found" in r.find("h1").text, "no not-found heading")
    check(r.find_all("main a[href='/reader/iccpr/art_53']"), "the not-found view does not list what exists")
    r.axe("not found")
    r.open("/reader/nosuch")
    check(r.find_all("main a[href='/reader/iccpr']"), "unknown document view does not list documents")


def phone_layout(r, shots):
    r.driver.set_window_size(375, 812)
    try:
        for path in ("/reader/", "/reader/iccpr/art_14", "/reader/search?q=%E9%85%B7%E5%88%91"):
            r.open(path)
            overflow = r.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            check(overflow <= 0, f"{path} scrolls horizontally by {overflow}px at 375 px")
        r.open("/reader/iccpr/art_14")
        r.screenshot(shots, "phone.png")
    finally:
        r.driver.set_window_size(1280, 900)


def http_contract(r, shots):
    status, headers, body = http(r.base, "/", {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    check(status in (302, 303) and headers.get("Location") == "/reader/", f"browser GET / → {status} {headers.get('Location')}")
    status, headers, body = http(r.base, "/", {"Accept": "application/json"})
    check(status == 200 and json.loads(body), "API client lost the JSON index")
    status, headers, body = http(r.base, "/reader/iccpr/art_14")
    check(status == 200 and headers.get("Content-Type", "").startswith("text/html"), f"shell → {status}")
    csp = headers.get("Content-Security-Policy", "")
    check("default-src 'self'" in csp and "unsafe-inline" not in csp, f"CSP is {csp!r}")
    check(headers.get("X-Content-Type-Options") == "nosniff" and headers.get("Referrer-Policy"), "security headers missing")
    html = body.decode()
    check("<script>" not in html and " onclick" not in html and " onload" not in html, "inline script in the shell")
    asset = html.split('src="', 1)[1].split('"', 1)[0]
    status, headers, _ = http(r.base, asset, {"Accept-Encoding": "gzip"})
    check(status == 200 and "immutable" in headers.get("Cache-Control", "") and headers.get("ETag", "").startswith('"'), f"asset headers: {headers}")
    status, _, _ = http(r.base, asset, {"If-None-Match": headers["ETag"], "Accept-Encoding": "gzip"})
    check(status == 304, f"revalidating an asset answered {status}")


# The only 404s a scenario may see: what it asks for on purpose.
EXPECTED_404 = {
    "citation_box": ("/v1/resolve?cite=ICCPR+art.+99",),
    "unknown_unit": ("/reader/iccpr/art_99", "/v1/documents/iccpr/provisions/art_99", "/reader/nosuch", "/v1/documents/nosuch"),
}

SCENARIOS = [home, document_toc, deep_link_cross_reference_back, footnote_popover, unit_details,
             search_other_script, script_toggle, citation_box, unknown_unit, phone_layout, http_contract]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--screenshots", default=None)
    parser.add_argument("--only", default=None, help="comma-separated scenario names")
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if not args.only or s.__name__ in args.only.split(",")]
    driver = make_driver()
    reader = Reader(args.base, driver)
    try:
        for scenario in chosen:
            driver.get_log("browser")  # drop what earlier scenarios logged
            try:
                scenario(reader, args.screenshots)
                errors = reader.console_errors(EXPECTED_404.get(scenario.__name__, ()))
                check(not errors, f"browser console errors: {errors}")
                print(f"PASS {scenario.__name__}")
            except Exception as error:  # noqa: BLE001 — report every scenario
                failures.append(scenario.__name__)
                print(f"FAIL {scenario.__name__}: {error}")
                if os.environ.get("READER_TEST_TRACE"):
                    traceback.print_exc()
    finally:
        driver.quit()
    print(f"{len(chosen) - len(failures)}/{len(chosen)} browser scenarios passed")
    return len(failures)


if __name__ == "__main__":
    sys.exit(main())
