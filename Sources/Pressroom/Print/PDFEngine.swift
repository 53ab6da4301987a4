import Foundation

/// WeasyPrint 70.0, which turns a print document into a tagged PDF (`--pdf-variant pdf/ua-1`).
/// It is installed by `scripts/install-pdf-engine.sh` into `.venv-pdf/` of the Pressroom
/// folder; `PRESSROOM_PDF_ENGINE` names another `weasyprint` executable.
struct PDFEngine: Sendable {
    let executable: URL

    /// What became of one PDF: its size, its pages (when `pdfinfo` can count them), and any
    /// error WeasyPrint reported, which fails the build.
    struct Result: Sendable {
        var bytes: Int
        var pages: Int?
        var errors: [String]
    }

    static let missing =
        "cannot make the PDFs: the PDF engine (WeasyPrint 70.0) is not installed; run scripts/install-pdf-engine.sh "
        + "(make site does), or build with --no-pdf to make the website and print documents without PDFs"

    /// The engine named by `PRESSROOM_PDF_ENGINE`, or the one in `.venv-pdf/` of the project, of
    /// `<prefix>/share/pressroom` for `<prefix>/bin/pressroom` (`make install-pdf-engine`), or of a
    /// folder above the running program.
    static func find(project: ProjectFolder) -> PDFEngine? {
        let manager = FileManager.default
        if let named = ProcessInfo.processInfo.environment["PRESSROOM_PDF_ENGINE"], !named.isEmpty {
            return manager.isExecutableFile(atPath: named) ? PDFEngine(executable: URL(fileURLWithPath: named)) : nil
        }
        var folders = [project.root]
        if let program = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = program.deletingLastPathComponent()
            folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/pressroom"))
            while folder.path != "/" {
                folders.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent(".venv-pdf/bin/weasyprint")
            if manager.isExecutableFile(atPath: candidate.path) { return PDFEngine(executable: candidate) }
        }
        return nil
    }

    /// Renders `html` into `pdf`.
    func render(_ html: URL, to pdf: URL) -> Result {
        let (status, output) = Self.run(
            executable, ["--pdf-variant", "pdf/ua-1", "--encoding", "utf-8", html.path, pdf.path])
        var errors = output.split(separator: "\n").filter { $0.contains("ERROR:") }.map(String.init)
        if status != 0 && errors.isEmpty {
            errors.append("WeasyPrint stopped with status \(status): \(output.split(separator: "\n").last ?? "")")
        }
        let bytes = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        return Result(bytes: bytes, pages: Self.pages(of: pdf), errors: errors)
    }

    /// The page count `pdfinfo` (poppler-utils) reads, if it is installed.
    private static func pages(of pdf: URL) -> Int? {
        for folder in ["/usr/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/pdfinfo") {
            let (status, output) = run(URL(fileURLWithPath: "\(folder)/pdfinfo"), [pdf.path])
            guard status == 0 else { return nil }
            let line = output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingSpaces) }
        }
        return nil
    }

    /// Runs a program and returns its exit status and its output and error text together.
    private static func run(_ program: URL, _ arguments: [String]) -> (Int32, String) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
