import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// The dates a protocol states about itself, and digits that only look like a date's.
struct StatedDatesTests {
    private func dates(_ line: String) -> [StatedDate] {
        ProtocolReader().read(text: "Marshfield Parish Council\n\(line)\n1. Councillors must not shout at the verger.\n").dates
    }

    @Test func ordinaryDatesAreRead() {
        #expect(dates("Adopted 07/11/2019").first?.iso == "2019-11-07")
        #expect(dates("Reviewed 2021-05-30").first?.iso == "2021-05-30")
        #expect(dates("Approved 3.4.22").first?.iso == "2022-04-03")
    }

    // Digits Int() cannot read (other scripts, full width, fractions) or more of them than an Int holds once left fewer
    // numbers than parts, and the year was taken from past the end.
    @Test(arguments: [
        "Adopted ٠٧/١١/٢٠١٩", "Reviewed 30.05.２０２１", "Approved 2021-05-88888888888888888888", "Reviewed 3.4.¾",
        "Adopted ০৭/১১/২০১৯", "Agreed 1.1.⑳", "Published 99999999999999999999.1.1", "Revised 7/11/Ⅻ", "Issued 1.²./3",
    ])
    func digitsThatCannotBeReadAreNoDate(line: String) {
        #expect(dates(line).allSatisfy { $0.iso == nil || $0.iso!.count <= 10 })
        let run = PipelineRun(text: "Marshfield Parish Council\n\(line)\n1. Councillors must not shout at the verger.\n")
        #expect(run.failures.isEmpty, "\(run.failures)")
    }
}
