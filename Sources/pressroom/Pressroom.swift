import ArgumentParser
import Foundation
import Pressroom

@main
struct PressroomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pressroom",
        abstract: "Build websites, printable reports and open data for community-safety partnerships.",
        discussion: """
            A project folder holds Content/ (one folder per partnership: Markdown, YAML and CSV), \
            Templates/ (the theme) and, after a build, Output/ (the websites). Run a command anywhere \
            inside the project folder, or name the folder.
            """,
        version: PressroomVersion.line,
        subcommands: [Init.self, Build.self, Check.self, New.self, Serve.self])
}

struct ProjectOption: ParsableArguments {
    @Argument(
        help:
            "The project folder (holding Content/ and Templates/). Default: the current folder, or the nearest one above it that holds Content/."
    )
    var project: String?

    var folder: ProjectFolder { Self.folder(named: project) }

    /// The folder named, or the project the current folder is in.
    static func folder(named project: String?) -> ProjectFolder {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = project.map { URL(fileURLWithPath: $0, relativeTo: here) } ?? ProjectFolder.root(enclosing: here)
        return ProjectFolder(root, installedTemplates: InstalledTemplates.current)
    }
}

extension TerminalColour: ExpressibleByArgument {}

/// How much a build or check prints, and whether in colour.
struct ReportOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors and warnings: no summary line.")
    var quiet = false

    @Flag(help: "Print each step and how long it took.")
    var verbose = false

    @Option(help: "Colour `error:` and `warning:`: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: TerminalColour = .auto

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var colour: Bool {
        color.isOn(outputIsTerminal: isatty(STDERR_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    }

    /// Prints every diagnostic to standard error and, unless quiet, the steps (when verbose) and
    /// a summary line; returns the exit code.
    func report(_ report: BuildReport, action: String, output: String = "Output/") -> Int32 {
        if verbose { printSteps(report) }
        for diagnostic in report.diagnostics {
            printError(diagnostic.formatted(colour: colour))
        }
        let counts =
            "\(report.errors.count) error\(report.errors.count == 1 ? "" : "s"), \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")"
        if report.errors.isEmpty {
            if !quiet { print("\(action): \(report.pageCount) pages, \(report.fileCount) files; \(counts)") }
            return 0
        }
        let left = action == "check" ? "" : "; \(output) was left as it was"
        if !quiet { printError("\(action) failed: \(counts)\(left)") }
        return 1
    }

    /// `error: message`, for a problem before anything is read.
    func fail(_ message: String) -> ExitCode {
        printError(Diagnostic.plain(.error, message, colour: colour))
        return ExitCode(1)
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Prints each step of a build with its time, e.g. `  render Markdown   0.412 s`.
func printSteps(_ report: BuildReport) {
    let width = report.steps.map(\.name.count).max() ?? 0
    for step in report.steps {
        print("  " + step.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %6.3f s", step.seconds))
    }
    print("  memory allocator: \(memoryAllocator)")
}
