import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport

/// The title block's council name, including first lines whose letters have no lower case.
struct TitleBlockTests {
    @Test func aNameInCapitalsIsWrittenAsInASentence() {
        #expect(TitleBlock.councilName(in: "MARSHFIELD PARISH COUNCIL") == "Marshfield Parish Council")
        #expect(TitleBlock.councilName(in: "Marshfield Parish Council") == "Marshfield Parish Council")
    }

    // Title-casing these changes nothing (a capital alone, a letter with no case, another script), which once sent the
    // name search round for ever.
    @Test(arguments: ["A", "J K", "Q", "Nº", "ª", "会議の手引き", "এটি একটি পরীক্ষা", "Ž", "ΩΨ", "I II III", "X Y Z Council"])
    func lettersWithNoLowerCaseEndTheSearch(line: String) {
        _ = TitleBlock.councilName(in: line)
        let document = ProtocolReader().read(text: "\(line)\n1. Councillors must treat the bellringers with courtesy.\n")
        #expect(document.clause(id: "1") != nil)
    }

    @Test func aFileOfOneHighByteIsRead() {
        // 0x8E is "Ž" in Windows-1252: a first line all in capitals that title-casing leaves as it is.
        let run = PipelineRun(bytes: [0x8E])
        #expect(run.failures.isEmpty, "\(run.failures)")
    }

    @Test func capitalsOnlyTitleLinesGoThroughEveryStage() {
        for line in ["Q", "J K", "Nº", "会議の手引き"] {
            let run = PipelineRun(text: "\(line)\n1. Councillors must not ask the verger to ring the bells.\n")
            #expect(run.failures.isEmpty, "\(line): \(run.failures)")
        }
    }
}
