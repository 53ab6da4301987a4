import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `pressroom serve` running on a free port, as a person starts it, for tests that talk to it
/// over real HTTP. `stop()` sends Ctrl-C (SIGINT) and returns how it ended.
final class RunningPreview {
    let process = Process()
    let port: Int
    private let output: URL

    init(project: URL, arguments: [String] = []) throws {
        guard let executable = Executable.executable else {
            throw TestProjectError("the pressroom executable was not found; run `swift build` first")
        }
        output = FileManager.default.temporaryDirectory.appendingPathComponent("pressroom-serve-\(UUID().uuidString)")
        try Data().write(to: output)
        process.executableURL = executable
        process.arguments = ["serve", project.path, "--port", "0"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = process.standardOutput
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let match = text.firstMatch(of: /Previewing at http:\/\/127\.0\.0\.1:(\d+)\//) { found = Int(match.1) }
        }
        guard let found else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            throw TestProjectError("pressroom serve did not start:\n\((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
        }
        port = found
    }

    /// What the preview printed so far.
    var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Stops the preview with Ctrl-C; its exit status (`nil` if it had to be killed).
    @discardableResult
    func stop() -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: output)
    }

    /// Sends `request` as written (so that paths reach the server unchanged) and reads the whole
    /// response.
    func send(_ request: String) throws -> HTTPReply {
        let connection = try Connection(port: port)
        try connection.write(request)
        return HTTPReply(raw: try connection.readAll())
    }

    func get(_ path: String, host: String? = nil, method: String = "GET") throws -> HTTPReply {
        try send("\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n")
    }

    /// Opens the live-reload event stream, as an open page does.
    func events() throws -> EventStream {
        let connection = try Connection(port: port)
        try connection.write("GET /_pressroom/events HTTP/1.1\r\nHost: localhost:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        let stream = EventStream(connection: connection)
        _ = try stream.wait(for: ": connected\n\n")
        return stream
    }
}

/// A response as received: status, headers and body.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: String

    init(raw: Data) {
        let text = String(decoding: raw, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}

/// The event stream of a preview, read as it arrives.
final class EventStream {
    private let connection: Connection
    private var received = ""

    fileprivate init(connection: Connection) { self.connection = connection }

    /// Waits until the stream has sent `text`; everything received up to and including it.
    func wait(for text: String, seconds: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while !received.contains(text) {
            guard Date() < deadline else { throw TestProjectError("no \"\(text)\" in the event stream; received:\n\(received)") }
            received += String(decoding: connection.read(waiting: 0.1), as: UTF8.self)
        }
        let end = received.range(of: text)!.upperBound
        defer { received = String(received[end...]) }
        return String(received[..<end])
    }
}

/// A TCP connection to 127.0.0.1.
private final class Connection {
    private let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw TestProjectError("cannot connect to port \(port)") }
    }

    deinit { close(socket) }

    func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.write(socket, bytes, bytes.count) == bytes.count else { throw TestProjectError("cannot send the request") }
    }

    /// What arrives within `waiting` seconds.
    func read(waiting: Double) -> Data {
        var request = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(waiting * 1000)) > 0 else { return Data() }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = Glibc.read(socket, &buffer, buffer.count)
        return count > 0 ? Data(buffer[..<count]) : Data()
    }

    /// Everything until the server closes the connection.
    func readAll() throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            var request = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 1000) > 0 else { continue }
            let count = Glibc.read(socket, &buffer, buffer.count)
            if count <= 0 { return data }
            data.append(contentsOf: buffer[..<count])
        }
        throw TestProjectError("the response did not end")
    }
}
