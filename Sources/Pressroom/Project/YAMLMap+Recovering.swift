/// Reading a key and going on past its problem: the problem is recorded in `log` and the key is
/// read as missing, so that a reader reports every problem of a file, not only the first.
extension YAMLMap {
    func string(_ key: String, log: DiagnosticLog) -> String? {
        log.recovering(nil) { () throws(ContentError) in try string(key) }
    }

    func requiredString(_ key: String, log: DiagnosticLog) -> String? {
        log.recovering(nil) { () throws(ContentError) in try requiredString(key) }
    }

    func bool(_ key: String, log: DiagnosticLog) -> Bool? {
        log.recovering(nil) { () throws(ContentError) in try bool(key) }
    }

    func int(_ key: String, log: DiagnosticLog) -> Int? {
        log.recovering(nil) { () throws(ContentError) in try int(key) }
    }

    func strings(_ key: String, log: DiagnosticLog) -> [String] {
        log.recovering([]) { () throws(ContentError) in try strings(key) }
    }

    func map(_ key: String, log: DiagnosticLog) -> YAMLMap? {
        log.recovering(nil) { () throws(ContentError) in try map(key) }
    }

    func maps(_ key: String, log: DiagnosticLog) -> [YAMLMap] {
        log.recovering([]) { () throws(ContentError) in try maps(key) }
    }
}
