import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A learning record store over HTTP with Foundation's URLSession: Basic authentication, xAPI version 1.0.3, JSON.
public final class LRSClient: StatementTransport, @unchecked Sendable {
    public let endpoint: LRSEndpoint
    private let authorization: String
    private let session: URLSession

    /// A client for `endpoint` as `user`; each request gives up after `timeout` seconds.
    public init(endpoint: LRSEndpoint, user: String, password: String, timeout: TimeInterval = 30) {
        self.endpoint = endpoint
        authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func post(statements body: Data) throws(TransportFailure) -> LRSAnswer {
        var request = request(endpoint.statements)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try send(request)
    }

    public func statement(id: UUID) throws(TransportFailure) -> LRSAnswer {
        var components = URLComponents(url: endpoint.statements, resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "statementId", value: id.uuidString.lowercased())]
        return try send(request(components.url!))
    }

    private func request(_ url: URL) -> URLRequest {
        var request = URLRequest(url: url)
        request.setValue(authorization, forHTTPHeaderField: "Authorization")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return request
    }

    /// The request made and waited for: a push is a sequence of batches, each waiting on the one before.
    private func send(_ request: URLRequest) throws(TransportFailure) -> LRSAnswer {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let task = session.dataTask(with: request) { data, response, error in
            if let response = response as? HTTPURLResponse, error == nil {
                outcome.result = .success(LRSAnswer(status: response.statusCode, body: data ?? Data()))
            } else {
                outcome.result = .failure(TransportFailure(reason: Self.describe(error)))
            }
            done.signal()
        }
        task.resume()
        done.wait()
        switch outcome.result {
        case .success(let answer): return answer
        case .failure(let failure): throw failure
        case nil: throw TransportFailure(reason: "no answer")
        }
    }

    /// Set once by the task's completion handler, read after the semaphore says it is set.
    private final class Outcome: @unchecked Sendable {
        var result: Result<LRSAnswer, TransportFailure>?
    }

    static func describe(_ error: (any Error)?) -> String {
        guard let error = error as? URLError else { return error.map { "\($0.localizedDescription)" } ?? "no answer" }
        switch error.code {
        case .cannotConnectToHost: return "the connection was refused"
        case .timedOut: return "it did not answer in time"
        case .cannotFindHost, .dnsLookupFailed: return "its host name is not known"
        case .networkConnectionLost: return "the connection was lost part-way"
        case .notConnectedToInternet: return "this computer is not connected to a network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return "its secure connection could not be set up: \(error.localizedDescription)"
        default: return error.localizedDescription
        }
    }
}
