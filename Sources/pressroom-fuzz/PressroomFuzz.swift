import Foundation
import Pressroom

#if FUZZING
    /// libFuzzer's entry point: built with `--sanitize fuzzer -Xswiftc -DFUZZING` (see `make fuzz`),
    /// the fuzzer's own `main` calls this for every input it makes.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        FuzzTarget.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }
#else
    /// Without the fuzzer, runs each file named on the command line, as `make fuzz` saved it, so a
    /// crash can be reproduced with Swift's own crash report: `pressroom-fuzz .build-fuzz/crashes/crash-…`.
    @main
    enum PressroomFuzz {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let input = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("pressroom-fuzz: cannot read \(path)\n".utf8))
                    exit(1)
                }
                print("running \(path)")
                FuzzTarget.run(input)
            }
        }
    }
#endif
