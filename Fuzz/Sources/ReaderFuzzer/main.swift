import CLibFuzzer
import Foundation
import FuzzChecks

/// One input through the reader and what the protocol commands show of it.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let exitStatus = LLVMFuzzerRunDriver(&argc, &argv) { start, count in
    guard let start, let (document, _) = FuzzChecks.read(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    FuzzChecks.present(document)
    return 0
}
exit(exitStatus)
