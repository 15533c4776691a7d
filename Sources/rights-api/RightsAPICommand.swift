import ArgumentParser

/// `rights-api`: serves the normalized corpus over HTTP (`serve`, the default) or regenerates it (`normalize`).
@main
struct RightsAPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rights-api",
        abstract: "Serves UN human-rights texts in Chinese (A/RES/62/148, ICCPR) as structured JSON.",
        subcommands: [ServeCommand.self, NormalizeCommand.self, HealthCheckCommand.self, ReloadCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
