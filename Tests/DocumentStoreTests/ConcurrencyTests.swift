import Testing
import DocumentStore

/// One repository serves many threads at once: answers do not depend on concurrency
/// (including the per-request ICU conversions of queries and citations).
@Suite struct ConcurrencyTests {
    @Test(.timeLimit(.minutes(1)))
    func concurrentSearchesAndResolutionsAgreeWithSerialOnes() async throws {
        let repository = try CorpusFixtures.repository()
        let queries = ["酷刑", "權利", "國際", "第二項（一）款", "禁止酷刑 公約", "量子"]
        let citations = ["公民與政治權利國際公約第十四條第三項第七款", "第十四条第三款", "大會第62/148號決議第10段", "ICCPR 14.3.g"]
        let expectedSearch = queries.map { repository.search(SearchQuery(text: $0)).hits.map(\.eId) }
        let expectedResolve = citations.map { try? repository.resolve(citation: $0).get().eId }
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var agree = true
                    for round in 0..<50 {
                        let index = (worker + round) % queries.count
                        agree = agree && repository.search(SearchQuery(text: queries[index])).hits.map(\.eId) == expectedSearch[index]
                        let citation = (worker + round) % citations.count
                        agree = agree && (try? repository.resolve(citation: citations[citation]).get().eId) == expectedResolve[citation]
                    }
                    return agree
                }
            }
            for await agree in group { #expect(agree) }
        }
    }
}
