import ArgumentParser
import Normalizer

/// `rights-api normalize`: regenerates `Data/*.json` from `Data/sources/*.txt`, deterministically.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Regenerate the normalized JSON in the data directory from its raw sources."
    )

    @Option(name: .long, help: "Data directory holding sources/ (env: RIGHTS_API_DATA; default: Data).")
    var data: String?

    func run() throws {
        let directory = data ?? EnvironmentFallback.string("RIGHTS_API_DATA") ?? "Data"
        let report = try CorpusNormalizer.normalize(dataDirectory: directory)
        print("normalized \(report.unitCount) units into \(report.files.joined(separator: ", "))")
    }
}
