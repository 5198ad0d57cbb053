import Foundation
import ZIPFoundation

/// The parts of a zipped document (Word's .docx, OpenDocument's .odt), read with ZIPFoundation, none larger than
/// a protocol could be, so that a damaged or hostile file cannot fill the memory.
struct ZippedParts {
    /// The most an XML part may hold once unzipped.
    static let largestPart: UInt64 = 64 * 1024 * 1024

    private let archive: Archive
    private let path: String
    private let kind: String

    init(data: Data, path: String, kind: String) throws(ProtocolReadingError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .damagedDocument(path: path, kind: kind, reason: "it is not a complete ZIP archive, as such files are")
        }
        self.path = path
        self.kind = kind
    }

    /// Whether the archive holds a part called `name`.
    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// The part called `name`, or nil where there is none.
    func read(_ name: String) throws(ProtocolReadingError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= Self.largestPart else {
            throw .damagedDocument(path: path, kind: kind, reason: "its part \(name) is far larger than any document")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > Self.largestPart { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw .damagedDocument(path: path, kind: kind, reason: "its part \(name) could not be unzipped")
        }
        return data
    }
}
