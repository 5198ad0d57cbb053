import Foundation

/// A run of record files, read, filtered and written out in file order into bytes of their own, so that several batches
/// can be made at once on different cores and then written one after another.
struct ExportBatch: Sendable {
    var bytes = ExportBytes()
    var exported = 0
    var leftOut = 0
    var damaged: [RecordError] = []

    /// The batch for the files `names` of the scanner's folder.
    init(_ names: ArraySlice<String>, scanner: RecordScanner, filter: RecordFilter, format: some ExportFormat) {
        var files = RecordFileBytes()
        for name in names {
            let path = scanner.store.folder + "/" + name
            do {
                try files.withContents(of: path) { source throws(RecordError) in
                    let record = try scanner.load(path, bytes: source)
                    guard filter.matches(record) else { return }
                    if format.add(record, source: source, to: &bytes) { exported += 1 } else { leftOut += 1 }
                }
            } catch {
                damaged.append(error)
            }
        }
    }

    /// The batches for `names`, `batchSize` files each, made `workers` at a time, handed to `body` in order. Only a few
    /// batches per worker are held at once, so memory stays flat however many files there are.
    static func make(_ names: [String], batchSize: Int, workers: Int, scanner: RecordScanner, filter: RecordFilter,
                     format: some ExportFormat, _ body: (ExportBatch) throws -> Void) rethrows {
        let starts = Array(stride(from: 0, to: names.count, by: max(1, batchSize)))
        let slice = { (start: Int) in names[start..<min(start + max(1, batchSize), names.count)] }
        guard workers > 1 else {
            for start in starts { try body(ExportBatch(slice(start), scanner: scanner, filter: filter, format: format)) }
            return
        }
        // Two batches per worker in each round, so a worker that finishes early has another to take.
        let perRound = workers * 2
        for roundStart in stride(from: 0, to: starts.count, by: perRound) {
            let round = starts[roundStart..<min(roundStart + perRound, starts.count)]
            let slices = round.map(slice)
            let made = Slots<ExportBatch>(count: slices.count)
            DispatchQueue.concurrentPerform(iterations: slices.count) { index in
                made.put(ExportBatch(slices[index], scanner: scanner, filter: filter, format: format), at: index)
            }
            for batch in made.taken() { try body(batch) }
        }
    }
}

/// Places for results that concurrent workers fill in, each worker its own place, so no lock is needed.
private final class Slots<Value>: @unchecked Sendable {
    private let places: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        places = .allocate(capacity: count)
        places.initialize(repeating: nil)
    }

    deinit {
        places.deinitialize()
        places.deallocate()
    }

    /// Only one worker may write a given index.
    func put(_ value: Value, at index: Int) { places[index] = value }

    /// The values in order, once every worker is done.
    func taken() -> [Value] { places.map { $0! } }
}
