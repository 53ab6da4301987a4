import ArgumentParser
import Foundation
import Pressroom
import PressroomServer

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the project in a browser, drafts included; pages reload themselves as files are saved.",
        discussion: """
            Pages are built into memory and served from there: Output/, the folder that gets published, \
            is never touched. Saving a file in Content/ or Templates/ rebuilds what changed and reloads \
            the browser tabs that show it; a build error is shown over the page until it is fixed.
            """)

    @OptionGroup var project: ProjectOption

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(
        help: ArgumentHelp(
            "Listen on this address instead of this machine only (127.0.0.1 and ::1).",
            discussion: "Anyone who can reach the address can then read the drafts."))
    var host: String?

    @Option(
        name: .customLong("base-url"),
        help: "The site's web address for the preview, instead of base_url in Content/site.yaml.")
    var baseURL: String?

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    @Flag(help: "Leave out pages marked `draft: true`, as the published site will.")
    var noDrafts = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be a number from 0 to 65535") }
        if let baseURL, let problem = BuildOptions.problem(withBaseURL: baseURL) { throw ValidationError(problem) }
    }

    func run() throws {
        let folder = project.folder
        if let problem = folder.problemBeforeBuilding {
            FileHandle.standardError.write(Data("\(problem.description)\n".utf8))
            throw ExitCode(1)
        }
        let site = PreviewSite(project: folder, includeDrafts: !noDrafts, baseURL: baseURL)
        printUpdate(site.rebuild(), first: true)
        let watcher = FileWatcher(folders: [folder.content, folder.templates]) { _ in printUpdate(site.rebuild(), first: false) }
        if watcher.method == .polling {
            print("Watching files by looking every half second (inotify is not available here or its limit is reached).")
        }
        if let host {
            FileHandle.standardError.write(
                Data("warning: listening on \(host): anyone who can reach this address can read the drafts\n".utf8))
        }
        let server = PreviewServer(site: site, host: host, port: port)
        do {
            try server.run { address in
                watcher.start()
                let drafts = noDrafts ? "drafts left out" : "drafts shown"
                print("Previewing at \(address) (\(drafts)). Press Ctrl-C to stop.")
                fflush(nil)
                if open { openBrowser(address) }
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
        watcher.stop()
        print("Preview stopped.")
    }
}

/// One line per build: what changed and how long it took, or every error.
private func printUpdate(_ update: PreviewUpdate, first: Bool) {
    let report = update.report
    let colour = TerminalColour.auto.isOn(
        outputIsTerminal: isatty(STDERR_FILENO) != 0, environment: ProcessInfo.processInfo.environment)
    for diagnostic in report.diagnostics {
        printError(diagnostic.formatted(colour: colour))
    }
    let time = String(format: "%.0f ms", update.seconds * 1000)
    if !report.errors.isEmpty {
        let count = "\(report.errors.count) error\(report.errors.count == 1 ? "" : "s")"
        print("The project does not build (\(count)); the preview shows the last pages that built, and the errors over them.")
    } else if first {
        print("Built \(report.pageCount) pages in \(time).")
    } else {
        let pages = update.changedPaths.filter { $0.hasSuffix(".html") }.count
        print("Rebuilt in \(time): \(pages) page\(pages == 1 ? "" : "s") changed.")
    }
    fflush(nil)
}

/// Opens `address` with the system's opener; says so when there is none.
private func openBrowser(_ address: String) {
    let opener = ["/usr/bin/xdg-open", "/usr/bin/open"].first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let opener else {
        print("Open \(address) in your browser (no program to open it was found).")
        return
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: opener)
    process.arguments = [address]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try? process.run()
}
