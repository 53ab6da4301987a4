import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Pressroom
import ServiceLifecycle

/// Serves a preview over HTTP: on 127.0.0.1 and ::1 (or the one address given), every request
/// answered by the preview's responder, and the live-reload events streamed to each open page.
/// Runs until Ctrl-C (SIGINT) or SIGTERM, then closes every connection and returns.
public struct PreviewServer: Sendable {
    let site: PreviewSite
    let host: String?
    let port: Int

    /// - Parameters:
    ///   - host: listen on this address only, and accept any `Host` header; `nil` for this
    ///     machine only.
    ///   - port: 0 for any free port.
    public init(site: PreviewSite, host: String? = nil, port: Int) {
        self.site = site
        self.host = host
        self.port = port
    }

    /// Listens, calls `ready` with the address to open, and serves until stopped.
    public func run(ready: @escaping @Sendable (String) -> Void) throws(PreviewServerError) {
        let addresses = try ListeningAddresses.choose(host: host, port: port)
        let responder = PreviewResponder(site: site, acceptsAnyHost: host != nil)
        let events = site.events
        var logger = Logger(label: "pressroom-preview")
        logger.logLevel = .critical
        let http = CallbackResponder<BasicRequestContext> { request, _ in
            Self.respond(to: request, with: responder, events: events)
        }
        let listening = Countdown(addresses.hosts.count) { ready(addresses.display) }
        let servers = addresses.hosts.map { address in
            Application(
                responder: http,
                configuration: ApplicationConfiguration(address: .hostname(address, port: addresses.port), serverName: nil),
                onServerRunning: { _ in listening.done() }, logger: logger)
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: servers.map { .init(service: $0) }, gracefulShutdownSignals: [.sigint, .sigterm], logger: logger))
        let failure = Failure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await group.run() } catch { failure.set(error) }
            events.finish()
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw PreviewServerError(message: "the preview stopped: \(error)") }
    }

    static func respond(to request: Request, with responder: PreviewResponder, events: PreviewEvents) -> Response {
        let asked = PreviewRequest(method: request.method.rawValue, target: request.uri.string, host: request.head.authority)
        switch responder.answer(asked) {
        case .events:
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store", HTTPField.Name("X-Accel-Buffering")!: "no"],
                body: ResponseBody { writer in
                    // A comment line first, so that the browser knows at once it is connected.
                    try await writer.write(ByteBuffer(string: ": connected\n\n"))
                    for await event in events.listen().cancelOnGracefulShutdown() {
                        try await writer.write(ByteBuffer(string: event.serverSentEvent))
                    }
                    try await writer.finish(nil)
                })
        case .response(let answer):
            var headers = HTTPFields()
            for (name, value) in answer.headers {
                if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
            }
            headers[.contentLength] = String(answer.body.count)
            let body = request.method == .head ? ByteBuffer() : ByteBuffer(bytes: answer.body)
            return Response(status: HTTPResponse.Status(code: answer.status), headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }
}

/// Why a preview could not start or stopped, in words for the command line.
public struct PreviewServerError: Error {
    public var message: String
}

/// Calls `action` once `done()` has been called `count` times.
private final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private let action: @Sendable () -> Void

    init(_ count: Int, action: @escaping @Sendable () -> Void) {
        remaining = count
        self.action = action
    }

    func done() {
        let last = lock.withLock {
            remaining -= 1
            return remaining == 0
        }
        if last { action() }
    }
}

/// The first error of the servers, kept across threads.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: (any Error)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
    private var stored: (any Error)?

    func set(_ error: any Error) { self.error = self.error ?? error }
}
