// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Logging
import SwitchyardCore

extension GroupRunner {
    mutating func stop(_ ids: [String], mode: StopMode) async throws {
        let job = try await change(.stop, serverIDs: ids, stopMode: mode, target: nil) { cloud in
            try await cloud.stopServers(ids: ids, mode: mode)
        }
        let stamp = now()
        if memory.stopIssuedAt != nil && mode == .hard { memory.escalatedToHard = true }
        memory.stopJob = job
        memory.stopIssuedAt = stamp
        memory.stopMode = mode
        memory.stopFailure = nil
        if report.downtimeStart == nil { report.downtimeStart = stamp }
        openStep(mode == .hard ? "stop-hard" : "stop", job: job, serverIDs: ids)
    }

    mutating func reverse(to site: Site) async throws {
        let group = spec.groupID
        let job = try await change(.reverse, serverIDs: [], stopMode: nil, target: site) { cloud in
            try await cloud.reverseProtectionGroup(id: group, priorityStation: site)
        }
        memory.reverseJob = job
        memory.reverseStartedAt = now()
        memory.reverseResult = nil
        openStep("reverse", job: job, serverIDs: [])
    }

    mutating func start(_ ids: [String]) async throws {
        let job = try await change(.start, serverIDs: ids, stopMode: nil, target: nil) { cloud in
            try await cloud.startServers(ids: ids)
        }
        let restarting = memory.reverseResult?.status == .failed
        if restarting { memory.restartedOriginal = true }
        memory.startJob = job
        memory.startIssuedAt = now()
        memory.startFailure = nil
        openStep(restarting ? "restart-original" : "start", job: job, serverIDs: ids)
    }

    /// Journals the intent, sends the call, journals the outcome. Runs in its own task so that a
    /// cancellation arriving meanwhile lets the call and its journal record finish.
    mutating func change(
        _ action: JournalIntent.Action, serverIDs: [String], stopMode: StopMode?, target: Site?,
        _ call: @escaping @Sendable (any CloudAPI) async throws -> CloudJobID
    ) async throws -> CloudJobID {
        memory.changed = true
        logger.info("changing", metadata: [
            "group": "\(spec.address)", "action": "\(action.rawValue)", "servers": "\(serverIDs.joined(separator: ","))",
            "target": "\(target?.rawValue ?? "-")",
        ])
        let (spec, cloud, journal, now) = (spec, cloud, journal, now)
        let result: Result<CloudJobID, CloudError> = try await Task {
            let sequence = try await journal.intent(spec: spec, action: action, serverIDs: serverIDs, stopMode: stopMode, targetSite: target, at: now())
            let result: Result<CloudJobID, CloudError>
            do {
                result = .success(try await call(cloud))
            } catch let error as CloudError {
                result = .failure(error)
            } catch {
                result = .failure(CloudError(kind: .connection, operation: action.rawValue, message: "\(error)"))
            }
            try await journal.outcome(sequence: sequence, spec: spec, result: result, at: now())
            return result
        }.value
        switch result {
        case .success(let job): return job
        case .failure(let error): throw error
        }
    }

    func continuesOpenStep(_ action: SwitchAction) -> Bool {
        guard let step = report.steps.last, step.endedAt == nil else { return false }
        switch action {
        case .waitForShutdown: return step.name.hasPrefix("stop")
        case .waitForReverse: return step.name.hasPrefix("reverse")
        case .waitForStart: return step.name == "start" || step.name == "restart-original"
        default: return false
        }
    }

    mutating func openStep(_ name: String, job: CloudJobID?, serverIDs: [String]) {
        closeStep()
        waitPolls = 0
        waited = .zero
        let stamp = now()
        report.steps.append(ApplyReport.Step(name: name, startedAt: stamp, jobID: job, serverIDs: serverIDs))
        onEvent(ApplyEvent(address: spec.address, kind: .stepStarted, step: name, jobID: job, at: stamp))
    }

    mutating func closeStep() {
        guard let index = report.steps.indices.last, report.steps[index].endedAt == nil else { return }
        let stamp = now()
        report.steps[index].endedAt = stamp
        let step = report.steps[index]
        if step.name == "start" || step.name == "restart-original" { report.downtimeEnd = stamp }
        onEvent(ApplyEvent(address: spec.address, kind: .stepFinished, step: step.name, jobID: step.jobID, at: stamp, elapsed: step.duration))
    }

    mutating func failed(_ failure: GroupFailure) -> (ApplyReport.Result, String?, GroupFailure?) {
        (.failed, failure.description, failure)
    }

    func cloudFailure(_ error: any Error, doing what: String) -> GroupFailure {
        let cloudError = error as? CloudError
        return GroupFailure(
            reason: .cloudError, message: "\(what) failed: \(cloudError?.description ?? "\(error)")",
            errorCode: cloudError?.code, serverState: interruptedState(),
            nextSafeAction: "fix the cause, then rerun apply (it re-observes and does only what is missing)"
        )
    }

    /// What this run left behind, in words.
    func interruptedState() -> String {
        var parts: [String] = []
        if memory.stopJob != nil { parts.append("production servers were being stopped") }
        if let job = memory.reverseJob, memory.reverseResult == nil { parts.append("reverse job \(job) may still run in the cloud — rerun to adopt it") }
        if memory.startJob != nil { parts.append("servers were being started") }
        return parts.isEmpty ? "no change was made to this group" : parts.joined(separator: "; ")
    }
}
