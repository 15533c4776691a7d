import Foundation
import HTTPCore
import Testing
@testable import RightsAPI

/// Akoma Ntoso 3.0 over the real corpus: negotiation, structure, footnotes and references.
/// Expected markup is written from the raw sources (`Data/sources/`, line numbers in comments);
/// schema validity is checked against the OASIS XSD by `scripts/validate-akn.sh`.
@Suite("Akoma Ntoso")
struct AkomaNtosoTests {
    private let akn = [("Accept", "application/akn+xml")]

    private func xml(_ target: String, headers: [(String, String)] = [("Accept", "application/akn+xml")]) throws -> String {
        let response = try CorpusClient.request(target, headers: headers)
        guard response.status == .ok else { throw TestFailure("\(target) answered \(response.status.code): \(response.text)") }
        #expect(response.headers["Content-Type"] == "application/akn+xml; charset=utf-8")
        return response.text
    }

    @Test func aUnitIsAPortionOfItsDocumentWithItsEIdNumAndText() throws {
        // iccpr.zh-Hant.txt line 85: "  (七)不得強迫被告自供或認罪。"
        let body = try xml("/v1/documents/iccpr/provisions/art_14__para_3__list_1__point_7")
        #expect(body.hasPrefix(##"<?xml version="1.0" encoding="UTF-8"?>"##))
        #expect(body.contains(##"<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">"##))
        #expect(body.contains(##"<portion includedIn="#original">"##))
        #expect(body.contains(##"<original eId="original" href="/akn/un/act/treaty/1966-12-16/iccpr/zho@/!main""##))
        #expect(body.contains(##"<point eId="art_14__para_3__list_1__point_7">"##))
        #expect(body.contains("<num>(七)</num>"))
        #expect(body.contains("<p>不得強迫被告自供或認罪。</p>"))
        #expect(body.contains(##"<FRBRthis value="/akn/un/act/treaty/1966-12-16/iccpr/!main~art_14__para_3__list_1__point_7"/>"##))
    }

    @Test func theCovenantIsAnActWithFRBRMetadata() throws {
        let body = try xml("/v1/documents/iccpr/full")
        #expect(body.contains(##"<act name="covenant">"##))
        #expect(body.contains(##"<FRBRuri value="/akn/un/act/treaty/1966-12-16/iccpr"/>"##))
        #expect(body.contains(##"<FRBRdate date="1966-12-16" name="adoption"/>"##))
        #expect(body.contains(##"<FRBRcountry value="un"/>"##))
        #expect(body.contains(##"<FRBRlanguage language="zho"/>"##))
        #expect(body.contains(##"<FRBRauthor href="#unGeneralAssembly"/>"##))
        // Line 29: 第四條, line 31: 二、第六條第七條… with references to the articles it lists.
        #expect(body.contains(##"<article eId="art_4">"##))
        #expect(body.contains(##"<p><ref href="#art_6">第六條</ref><ref href="#art_7">第七條</ref><rref from="#art_8__para_1" upTo="#art_8__para_2">第八條(第一項及第二項)</rref>、<ref href="#art_11">第十一條</ref>"##))
        #expect(body.contains(##"<list eId="art_14__para_3__list_1">"##))
        #expect(body.contains("<preface>") && body.contains("<preamble>") && body.contains("<body>"))
    }

    @Test func theResolutionIsAStatementWhoseFootnotesStandAtTheirMarkers() throws {
        // resolution-62-148.zh-Hans.txt lines 24–26: the marker 1 follows 《…公约》, before 第一条.
        let body = try xml("/v1/documents/a-res-62-148")
        #expect(body.contains(##"<statement name="resolution">"##))
        #expect(body.contains(##"<FRBRnumber value="62/148"/>"##))
        // The Convention's title and the treaty-series entry in the footnote are references too.
        #expect(body.contains(##"还回顾<ref href="/akn/un/act/treaty/1984-12-10/cat">《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》</ref>"##
            + ##"<authorialNote eId="authorialNote_1" marker="1" placement="bottom"><p>联合国，《条约汇编》，<ref href="/akn/un/doc/unts/1465/24841">第1465卷，第24841号</ref>。</p></authorialNote>"##
            + ##"<ref href="/akn/un/act/treaty/1984-12-10/cat/!main~art_1">第一条</ref>所载的酷刑定义"##))
        // Line 128: footnote 1 again, after the Convention's title in paragraph 7: a reference to the note.
        #expect(body.contains(##"处罚公约》</ref><noteRef href="#authorialNote_1" marker="1" placement="bottom"/>缔约国履行义务"##))
        #expect(body.components(separatedBy: "<authorialNote ").count - 1 == 8)
        #expect(body.contains("<mainBody>"))
    }

    @Test func aPortionCarriesTheFootnoteItsTextMarksEvenWhenTheDocumentHadItEarlier() throws {
        let body = try xml("/v1/documents/a-res-62-148/operative/7")
        #expect(body.contains(##"<authorialNote eId="authorialNote_1" marker="1" placement="bottom">"##))
        #expect(!body.contains("<noteRef"))
    }

    @Test func theSuffixNamesTheRepresentationWhateverAcceptSays() throws {
        let suffixed = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7.akn.xml", headers: [("Accept", "application/json")])
        let negotiated = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7", headers: akn)
        #expect(suffixed.status == .ok)
        #expect(suffixed.body == negotiated.body)
        let alias = try CorpusClient.request("/v1/documents/iccpr/articles/7.akn.xml")
        #expect(alias.body == negotiated.body)
        let full = try CorpusClient.request("/v1/documents/iccpr/full.akn.xml?script=hans")
        #expect(full.status == .ok)
        #expect(full.text.contains("任何人不得施以酷刑,或予以残忍、不人道或侮辱之处遇或惩罚。"))
    }

    @Test(arguments: ["/v1/documents.akn.xml", "/v1/documents/iccpr/footnotes.akn.xml", "/v1/documents/a-res-62-148/footnotes/1.akn.xml",
                      "/v1/search.akn.xml?q=x", "/healthz.akn.xml", "/metrics.akn.xml", "/v1/documents/iccpr/articles.akn.xml"])
    func theSuffixOnAResourceWithoutAkomaNtosoIsNotFound(_ target: String) throws {
        let response = try CorpusClient.request(target)
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
    }

    @Test func everySuffixTemplateIsARegisteredRoute() {
        let templates = Set(APIRoutes.router().routes.map(\.template))
        #expect(AkomaNtosoSuffix.templates.isSubset(of: templates))
    }

    @Test func aResourceWithoutAkomaNtosoAnswers406ToAnXMLOnlyAccept() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/errata", headers: akn)
        #expect(response.status == .notAcceptable)
        let unit = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7", headers: [("Accept", "application/xml")])
        #expect(unit.status == .notAcceptable)
        #expect(unit.text.contains("application/akn+xml"))
    }

    @Test func negotiatedBodiesVaryOnAcceptAndHaveTheirOwnETag() throws {
        let json = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7")
        let xml = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7", headers: akn)
        #expect(xml.headers["Vary"]?.contains("Accept") == true)
        #expect(json.headers["ETag"] != xml.headers["ETag"])
        let etag = try #require(xml.headers["ETag"])
        let cached = try CorpusClient.request("/v1/documents/iccpr/provisions/art_7", headers: akn + [("If-None-Match", etag)])
        #expect(cached.status == .notModified)
    }

    @Test func largeBodiesAreGzipped() throws {
        let response = try CorpusClient.request("/v1/documents/iccpr/full", headers: akn + [("Accept-Encoding", "gzip")])
        #expect(response.headers["Content-Encoding"] == "gzip")
    }
}

/// `Accept` ranks for the Akoma Ntoso media type (RFC 9110 §12.5.1).
struct AkomaNtosoNegotiationTests {
    @Test(arguments: [
        ("application/akn+xml", MediaTypePreference.akomaNtoso),
        ("application/json;q=0.5, application/akn+xml", .akomaNtoso),
        ("application/*", .json),
        ("*/*", .json),
        ("application/akn+xml;q=0, */*", .json),
        ("text/html", MediaTypePreference.none),
        ("APPLICATION/AKN+XML", .akomaNtoso),
    ])
    func akomaNtosoIsChosenOnlyWhenPreferred(_ accept: String, _ expected: MediaTypePreference) {
        #expect(MediaTypePreference.choose(accept: accept, offersPlainText: true, offersAkomaNtoso: true) == expected)
    }

    @Test func akomaNtosoIsNeverChosenWhereItIsNotOffered() {
        #expect(MediaTypePreference.choose(accept: "application/akn+xml", offersPlainText: true) == MediaTypePreference.none)
        #expect(MediaTypePreference.choose(accept: "application/akn+xml, text/plain;q=0.5", offersPlainText: true) == .plainText)
    }
}

/// The inline layout of spans and footnote markers.
struct AkomaNtosoInlineTests {
    private typealias Event = AkomaNtosoInline.Event

    @Test func nestedSpansAndMarkersComeOutInTextOrder() {
        let layout = AkomaNtosoInline.events(text: "甲乙丙丁", markup: [
            .reference(start: 1, end: 3, link: .single(href: "#b")),
            .reference(start: 0, end: 4, link: .single(href: "#a")),
            .note(offset: 2, number: 1),
        ])
        #expect(layout.dropped == 0)
        #expect(layout.events == [
            .openReference(.single(href: "#a")), .text("甲"), .openReference(.single(href: "#b")), .text("乙"), .note(1),
            .text("丙"), .closeReference, .text("丁"), .closeReference,
        ])
    }

    @Test func aSpanThatCrossesAnOpenOneIsLeftOut() {
        let layout = AkomaNtosoInline.events(text: "甲乙丙", markup: [
            .reference(start: 0, end: 2, link: .single(href: "#a")),
            .reference(start: 1, end: 3, link: .single(href: "#b")),
            .reference(start: 2, end: 9, link: .single(href: "#c")),
        ])
        #expect(layout.dropped == 2)
        #expect(layout.events == [.openReference(.single(href: "#a")), .text("甲乙"), .closeReference, .text("丙")])
    }

    @Test func aMarkerAtTheEndOfASpanFollowsItsClosingTag() {
        let layout = AkomaNtosoInline.events(text: "甲乙", markup: [.reference(start: 0, end: 1, link: .single(href: "#a")), .note(offset: 1, number: 3)])
        #expect(layout.events == [.openReference(.single(href: "#a")), .text("甲"), .closeReference, .note(3), .text("乙")])
    }

    @Test func noReferenceOfTheCorpusIsLeftOutOfTheXML() throws {
        let handler = try CorpusClient.handler()
        for reading in TextReading.allCases {
            let catalog = CorpusCatalog(repository: handler.api.repository, reading: reading)
            for document in catalog.documents {
                for entry in document.units {
                    let spans = entry.references.filter { $0.type != .thematic }.compactMap { reference -> AkomaNtosoMarkup? in
                        reference.source.map { .reference(start: $0.start, end: $0.end, link: .single(href: reference.id)) }
                    }
                    #expect(AkomaNtosoInline.events(text: entry.unit.text, markup: spans).dropped == 0, "\(entry.eId) (\(reading))")
                }
            }
        }
    }
}
