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
            Templates/ (the theme) and, after a build, Output/ (the websites). Run a command in the \
            project folder, or name the folder.
            """,
        subcommands: [Build.self, Check.self, New.self, Serve.self])
}

struct ProjectOption: ParsableArguments {
    @Argument(help: "The project folder (holding Content/ and Templates/). Default: the current folder.")
    var project: String = "."

    var folder: ProjectFolder {
        ProjectFolder(URL(fileURLWithPath: project, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
    }
}

/// Prints every diagnostic to standard error and a summary line; returns the exit code.
func report(_ report: BuildReport, action: String) -> Int32 {
    for diagnostic in report.diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
    let counts =
        "\(report.errors.count) error\(report.errors.count == 1 ? "" : "s"), \(report.warnings.count) warning\(report.warnings.count == 1 ? "" : "s")"
    if report.errors.isEmpty {
        print("\(action): \(report.pageCount) pages, \(report.fileCount) files; \(counts)")
        return 0
    }
    let output = action == "check" ? "" : "; Output/ was left as it was"
    FileHandle.standardError.write(Data("\(action) failed: \(counts)\(output)\n".utf8))
    return 1
}

/// Prints each step of a build with its time, e.g. `  render Markdown   0.412 s`.
func printSteps(_ report: BuildReport) {
    let width = report.steps.map(\.name.count).max() ?? 0
    for step in report.steps {
        print("  " + step.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %6.3f s", step.seconds))
    }
}
