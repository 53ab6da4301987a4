import Foundation

#if canImport(CMimalloc)
    import CMimalloc
#endif

/// The memory allocator the process runs on, for `--verbose`. On Linux that is mimalloc, linked
/// in place of the C library's malloc: a build makes and frees millions of small strings on two
/// threads at once, which mimalloc does in less CPU time (README, "Choices, measured").
let memoryAllocator: String = {
    #if canImport(CMimalloc)
        // Linking is not enough on its own: malloc is mimalloc's only if it comes first.
        let block = malloc(16)
        defer { free(block) }
        if mi_is_in_heap_region(block) {
            let version = Int(mi_version())
            return "mimalloc \(version / 100).\(version / 10 % 10).\(version % 10)"
        }
    #endif
    return "the C library's malloc"
}()
