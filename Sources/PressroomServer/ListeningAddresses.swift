import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The addresses a preview listens on: 127.0.0.1 and ::1 (where this machine has IPv6), or the
/// one address given. Each is tried first, so that a port already in use is reported plainly,
/// and port 0 becomes one free port shared by both.
struct ListeningAddresses {
    var hosts: [String]
    var port: Int

    /// The address to open in a browser.
    var display: String {
        let host = hosts[0].contains(":") ? "[\(hosts[0])]" : hosts[0]
        return "http://\(host):\(port)/"
    }

    static func choose(host: String?, port: Int) throws(PreviewServerError) -> ListeningAddresses {
        let candidates = host.map { [$0] } ?? ["127.0.0.1", "::1"]
        var chosen = ListeningAddresses(hosts: [], port: port)
        for candidate in candidates {
            switch probe(candidate, port: chosen.port) {
            case .success(let bound):
                chosen.hosts.append(candidate)
                chosen.port = bound
            case .failure(let error):
                // A machine without IPv6 still previews on 127.0.0.1.
                if candidate == "::1", host == nil, error.code != EADDRINUSE { continue }
                let reason =
                    error.code == EADDRINUSE
                    ? "port \(chosen.port) is already in use (by another preview?); choose another with --port"
                    : "cannot listen on \(candidate) port \(chosen.port): \(String(cString: strerror(error.code)))"
                throw PreviewServerError(message: reason)
            }
        }
        return chosen
    }

    struct SocketError: Error { var code: Int32 }

    /// Binds a socket to `host` and `port` and closes it: the port it got, or why it could not.
    private static func probe(_ host: String, port: Int) -> Result<Int, SocketError> {
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else {
            return .failure(SocketError(code: EADDRNOTAVAIL))
        }
        defer { freeaddrinfo(found) }
        let socket = Glibc.socket(info.pointee.ai_family, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return .failure(SocketError(code: errno)) }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else { return .failure(SocketError(code: errno)) }
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        let bound = withUnsafePointer(to: &address) { pointer -> UInt16 in
            pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
        return .success(Int(bound))
    }
}
