import CLibFuzzer
import Foundation
import FuzzChecks

/// One input read as a protocol, generated into a bank and checked as `bank check` checks it.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
let exitStatus = LLVMFuzzerRunDriver(&argc, &argv) { start, count in
    guard let start, let (document, data) = FuzzChecks.read(UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    FuzzChecks.generate(document, data: data)
    return 0
}
exit(exitStatus)
