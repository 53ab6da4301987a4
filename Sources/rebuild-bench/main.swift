import Foundation
import Pressroom

#if canImport(CMimalloc)
    // The same memory allocator as pressroom's, so that rebuilds are timed as a preview makes them.
    import CMimalloc
#endif

// Times in-process rebuilds of a project, as a preview does them: one workspace is built once,
// then a chapter's body is changed and rebuilt, then the chapter's title, RUNS times each;
// prints the median and slowest times. The chapter is restored at the end.
//
//     rebuild-bench PROJECT [RUNS]

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: rebuild-bench PROJECT [RUNS]\n".utf8))
    exit(2)
}
let project = ProjectFolder(URL(fileURLWithPath: arguments[1]))
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 20 : 20
let workspace = Workspace(project: project, keepsOutput: true)

func seconds(_ work: () -> BuildReport) -> (Double, BuildReport) {
    let start = DispatchTime.now().uptimeNanoseconds
    let report = work()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, report)
}

let (first, report) = seconds { workspace.build(into: MemorySink()) }
guard report.errors.isEmpty else {
    FileHandle.standardError.write(Data("the project does not build: \(report.errors.count) errors\n".utf8))
    exit(1)
}
let chapter =
    project.content.path + "/"
    + ((try? FileManager.default.subpathsOfDirectory(atPath: project.content.path)) ?? [])
    .filter { $0.hasSuffix(".md") && !$0.contains("/news/") && !$0.contains("/pages/") }.sorted()[0]
let original = try String(contentsOfFile: chapter, encoding: .utf8)
defer { try? original.write(toFile: chapter, atomically: true, encoding: .utf8) }

func measure(_ name: String, _ change: (Int) -> String) {
    var times: [Double] = []
    var made: [Int] = []
    var steps: [BuildStep] = []
    for run in 1...runs {
        try? change(run).write(toFile: chapter, atomically: true, encoding: .utf8)
        let (time, report) = seconds { workspace.build(into: MemorySink()) }
        guard report.errors.isEmpty else { fatalError("rebuild failed: \(report.errors[0])") }
        times.append(time)
        made.append(report.madeCount)
        steps = report.steps
    }
    times.sort()
    print(
        String(
            format: "%@: median %.1f ms, slowest %.1f ms, %d outputs made again (%d runs)", name, times[times.count / 2] * 1000,
            times.last! * 1000, made.max() ?? 0, runs))
    print("  last run: " + steps.map { String(format: "%@ %.1f ms", $0.name, $0.seconds * 1000) }.joined(separator: ", "))
}

print(String(format: "first build: %.1f ms, %d pages", first * 1000, report.pageCount))
measure("chapter body changed") { original + "\nAn added paragraph, number \($0).\n" }
measure("chapter title changed") { run in
    original.replacingOccurrences(of: "title: ", with: "title: Edit \(run) ", range: original.range(of: "title: "))
}
