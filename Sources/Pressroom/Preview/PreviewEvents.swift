import Foundation

/// What a preview tells the pages open in browsers.
public enum PreviewEvent: Sendable, Equatable {
    /// These files of the site changed (paths such as `kent/news/index.html`).
    case reload(paths: [String])
    /// The project does not build: every error, as the command line writes it.
    case problems([String])
    /// The project builds again.
    case fixed

    /// The event as Server-Sent Events write it: a name and one line of JSON.
    public var serverSentEvent: String {
        let (name, data): (String, [String: [String]]) =
            switch self {
            case .reload(let paths): ("reload", ["paths": paths])
            case .problems(let messages): ("problems", ["messages": messages])
            case .fixed: ("fixed", [:])
            }
        let json = (try? JSONSerialization.data(withJSONObject: data, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return "event: \(name)\ndata: \(String(decoding: json, as: UTF8.self))\n\n"
    }
}

/// Sends each event to every page listening. A page that starts listening while the project
/// does not build is told so at once.
public final class PreviewEvents: @unchecked Sendable {
    private var listeners: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]
    private var problems: [String] = []
    private let lock = NSLock()

    /// How many pages are listening.
    public var listenerCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return listeners.count
    }

    /// The events from now on, until the listener stops reading.
    public func listen() -> AsyncStream<PreviewEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: PreviewEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.lock()
        listeners[id] = continuation
        if !problems.isEmpty { continuation.yield(.problems(problems)) }
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.forget(id) }
        return stream
    }

    /// Ends every stream, so that servers can close their connections.
    public func finish() {
        lock.lock()
        let all = listeners.values
        listeners = [:]
        lock.unlock()
        for listener in all { listener.finish() }
    }

    func send(_ event: PreviewEvent) {
        lock.lock()
        switch event {
        case .problems(let messages): problems = messages
        case .fixed: problems = []
        case .reload: break
        }
        let all = listeners.values
        lock.unlock()
        for listener in all { listener.yield(event) }
    }

    private func forget(_ id: UUID) {
        lock.lock()
        listeners[id] = nil
        lock.unlock()
    }
}
