import Foundation

extension Array where Element: Sendable {
    /// `map` across every core; the results keep the order of the elements.
    func concurrentMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}

extension Array where Element: Sendable {
    /// Runs `body` for every element, across every core.
    func concurrentForEach(_ body: @Sendable (Element) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count) { index in body(self[index]) }
    }
}
