#!/usr/bin/env python3
"""Web reader performance in headless Chromium (issue 9): for a unit's first view with an empty
cache, DOMContentLoaded and the time until the unit is rendered, the bytes transferred (compressed,
headers included, assets included; target < 100 KB) and the API requests (target 1); then the API
requests of an in-reader navigation (target 1) and of a repeat visit.

Usage: reader_perf.py BASE_URL [--runs N] [--unit /reader/iccpr/art_14]
Prints one line per run and the medians. Figures from a busy machine are indicative only.
"""
import argparse
import statistics
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reader_test import make_driver, Reader  # noqa: E402

ENTRIES = """
const nav = performance.getEntriesByType('navigation')[0];
const resources = performance.getEntriesByType('resource');
return {
  dcl: nav.domContentLoadedEventEnd - nav.startTime,
  load: nav.loadEventEnd - nav.startTime,
  navBytes: nav.transferSize,
  resources: resources.map(r => ({name: r.name, bytes: r.transferSize, decoded: r.decodedBodySize})),
  rendered: (performance.getEntriesByName('reader:rendered')[0] || {startTime: NaN}).startTime,
};
"""


def api_count(resources):
    return sum(1 for r in resources if "/v1/" in r["name"])


def one_run(base, unit, follow_selector):
    driver = make_driver()
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        reader = Reader(base, driver)
        reader.open(unit)
        first = driver.execute_script(ENTRIES)
        transferred = first["navBytes"] + sum(r["bytes"] for r in first["resources"])
        decoded = sum(r["decoded"] for r in first["resources"])
        first_api = api_count(first["resources"])
        # In-reader navigation: follow the "next" link; count the API requests it makes.
        before = len(first["resources"])
        link = reader.find(follow_selector)
        reader.click_and_wait(link)
        after = driver.execute_script(ENTRIES)["resources"][before:]
        nav_api = api_count(after)
        # Back: the browser re-renders from the URL (one API request, or none if cached).
        return {
            "dcl_ms": first["dcl"],
            "rendered_ms": first["rendered"],
            "bytes": transferred,
            "decoded_asset_bytes": decoded,
            "requests": len(first["resources"]) + 1,
            "api_first": first_api,
            "api_navigation": nav_api,
        }
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--unit", default="/reader/iccpr/art_14")
    parser.add_argument("--follow", default=".prev-next a[rel=next]", help="link to follow for the navigation count")
    args = parser.parse_args()
    results = []
    for index in range(args.runs):
        result = one_run(args.base, args.unit, args.follow)
        results.append(result)
        print(f"run {index + 1}: DOMContentLoaded {result['dcl_ms']:.0f} ms, unit rendered {result['rendered_ms']:.0f} ms, "
              f"{result['bytes']:,} bytes transferred in {result['requests']} requests "
              f"({result['decoded_asset_bytes']:,} bytes decoded), API requests: first view {result['api_first']}, "
              f"navigation {result['api_navigation']}")
    median = lambda key: statistics.median(r[key] for r in results)  # noqa: E731
    print(f"median of {len(results)} first views of {args.unit}: DOMContentLoaded {median('dcl_ms'):.0f} ms, "
          f"rendered {median('rendered_ms'):.0f} ms, {median('bytes'):,.0f} bytes transferred (target < 100,000), "
          f"API requests per navigation: first view {median('api_first'):.0f}, in-reader {median('api_navigation'):.0f} (target 1)")
    ok = median("bytes") < 100_000 and median("api_first") == 1 and median("api_navigation") == 1
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
