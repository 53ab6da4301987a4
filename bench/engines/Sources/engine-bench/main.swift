// Renders one chapter page (chapter template, then the layout around it, with a footer
// partial) with swift-mustache and with Stencil: parse once, render many.
//
//     swift run -c release            # or: swift run -c release engine-bench 5000
import Foundation
import Mustache
import Stencil

let renders = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 2000 : 2000
let parses = 500
let clock = ContinuousClock()

func microseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
}

/// Mean microseconds per call of `body`, after a few unmeasured calls.
func mean(_ count: Int, _ body: () throws -> Int) rethrows -> Double {
    var sink = 0
    for _ in 0..<min(100, count) { sink &+= try body() }
    let elapsed = try clock.measure { for _ in 0..<count { sink &+= try body() } }
    if sink == 42 { print("") }  // keeps the work from being optimised away
    return microseconds(elapsed) / Double(count)
}

/// The same escaping as swift-mustache's, for Stencil, which escapes nothing by itself.
func htmlEscape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "&": escaped += "&amp;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}

/// Lexes each template once; Stencil still turns the tokens into nodes on every render.
final class CachingLoader: Loader {
    let sources: [String: String]
    var cache: [String: Template] = [:]
    init(_ sources: [String: String]) { self.sources = sources }

    func loadTemplate(name: String, environment: Stencil.Environment) throws -> Template {
        if let template = cache[name] { return template }
        guard let source = sources[name] else { throw TemplateDoesNotExist(templateNames: [name], loader: self) }
        let template = environment.templateClass.init(templateString: source, environment: environment, name: name)
        cache[name] = template
        return template
    }
}

let context = chapterContext()

// swift-mustache
func parseMustache() throws -> MustacheLibrary {
    var library = MustacheLibrary()
    try library.register(MustacheTemplates.chapter, named: "chapter")
    try library.register(MustacheTemplates.layout, named: "layout")
    try library.register(MustacheTemplates.footer, named: "footer")
    return library
}
let library = try parseMustache()
func renderMustache() -> String {
    var page = context
    page["main"] = library.render(context, withTemplate: "chapter")!
    return library.render(page, withTemplate: "layout")!
}

// Stencil
let escaping = Extension()
escaping.registerFilter("e") { value in value.map { htmlEscape("\($0)") } ?? "" }
func stencilEnvironment() -> Stencil.Environment {
    Environment(loader: CachingLoader(["chapter": StencilTemplates.chapter, "layout": StencilTemplates.layout,
                                       "footer": StencilTemplates.footer]),
                extensions: [escaping])
}
func parseStencil() throws -> Int {  // lex and parse all three, as a first render would
    let environment = stencilEnvironment()
    var nodes = 0
    for name in ["chapter", "layout", "footer"] {
        let template = try environment.loadTemplate(name: name)
        nodes += try TokenParser(tokens: template.tokens, environment: environment).parse().count
    }
    return nodes
}
let environment = stencilEnvironment()
let stencilChapter = try environment.loadTemplate(name: "chapter")
let stencilLayout = try environment.loadTemplate(name: "layout")
_ = try environment.loadTemplate(name: "footer")
func renderStencil() throws -> String {
    var page = context
    page["main"] = try stencilChapter.render(context)
    return try stencilLayout.render(page)
}

// Both engines must make the same page, give or take whitespace.
func squeezed(_ html: String) -> String {
    html.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        .replacingOccurrences(of: "> <", with: "><")
}
let mustachePage = renderMustache()
if ProcessInfo.processInfo.environment["DUMP"] != nil { try mustachePage.write(toFile: "page.html", atomically: true, encoding: .utf8) }
let stencilPage = try renderStencil()
guard squeezed(mustachePage) == squeezed(stencilPage) else {
    try mustachePage.write(toFile: "mustache.html", atomically: true, encoding: .utf8)
    try stencilPage.write(toFile: "stencil.html", atomically: true, encoding: .utf8)
    fatalError("the two engines made different pages: see mustache.html and stencil.html")
}
print("page: \(mustachePage.utf8.count) bytes (body \(chapterBody().utf8.count) bytes); \(renders) renders each")

let results: [(String, Double, Double)] = [
    ("swift-mustache 2.1.1", try mean(parses) { try parseMustache().getTemplate(named: "layout") == nil ? 0 : 1 },
     mean(renders) { renderMustache().utf8.count }),
    ("Stencil 0.15.1", try mean(parses) { try parseStencil() },
     try mean(renders) { try renderStencil().utf8.count }),
]
print("engine                 parse µs   render µs/page   pages/s")
for (name, parse, render) in results {
    print(name.padding(toLength: 22, withPad: " ", startingAt: 0),
          String(format: "%8.1f %16.1f %9.0f", parse, render, 1e6 / render))
}
