// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Loading a plan saved by `plan --out` and turning it back into what staleness checks and apply need.
///
/// Loading is strict: the bytes must be a JSON plan of `Plan.currentFormatVersion` that
/// `SavedPlanValidator` finds consistent (fingerprints match observations, every switching group is
/// complete, waves and summary agree with the groups). A plan edited by hand, truncated or made by
/// another version is refused with one sentence naming the file, before any cloud call.
public enum SavedPlan {
    /// The largest plan file read, in bytes (64 MiB; a plan of thousands of groups is a few MiB).
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads and checks the plan at `path`.
    /// - Throws: `PlanLoadError` naming the file: missing, a directory, unreadable, too large, not a
    ///   plan, another format version, or inconsistent.
    public static func load(path: String) throws(PlanLoadError) -> Plan {
        let shown = UntrustedText.printable(path, limit: 200)
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ELOOP { throw PlanLoadError(message: "\(shown): cannot read the plan file: it is a symbolic link loop") }
            throw PlanLoadError(message: "\(shown): cannot read the plan file: no such file")
        }
        let kind = status.st_mode & 0o170000
        guard kind != 0o040000 else {
            throw PlanLoadError(message: "\(shown): is a directory, not a plan file")
        }
        // A FIFO, socket or device would block or never end: only regular files are read.
        guard kind == 0o100000 else {
            throw PlanLoadError(message: "\(shown): is not a regular file (a FIFO, socket or device); save the plan to a file and name that file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PlanLoadError(message: "\(path): cannot read the plan file: permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            // One byte past the limit is enough to know the file is too large.
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            throw PlanLoadError(message: "\(path): cannot read the plan file: \(error.localizedDescription)")
        }
        return try decode(data, path: path)
    }

    /// Decodes and checks plan bytes; `path` only names the file in errors.
    /// - Throws: `PlanLoadError` as for `load(path:)`.
    public static func decode(_ data: Data, path: String) throws(PlanLoadError) -> Plan {
        guard data.count <= maximumFileSize else {
            throw PlanLoadError(message: "\(path): the file is larger than 64 MiB; it is not a switchyard plan")
        }
        guard !data.isEmpty else {
            throw PlanLoadError(message: "\(path): the file is empty; it is not a switchyard plan")
        }
        let plan: Plan
        do {
            plan = try Plan.decode(json: data)
        } catch {
            throw PlanLoadError(message: "\(path): not a switchyard plan: \(UntrustedText.printable(String(describing: error), limit: 600))")
        }
        if let problem = SavedPlanValidator.problems(in: plan).first {
            throw PlanLoadError(message: "\(path): the plan is inconsistent (edited or damaged after it was made): \(UntrustedText.printable(problem, limit: 600)); plan again")
        }
        return plan
    }

    /// A desired state equivalent to the plan's resolved groups (the ones it changes and the ones
    /// it found in sync or blocked), addressed by group ID, so the live state can be diffed again
    /// exactly as planned.
    public static func desiredState(of plan: Plan) -> DesiredState {
        let groups = plan.groups.compactMap { group -> DesiredGroup? in
            guard group.observation != nil, let id = group.groupID, let site = group.desiredSite else { return nil }
            return DesiredGroup(
                selector: GroupSelector(id: id), activeSite: site.site == .source ? .source : .target,
                shutdown: group.settings.shutdown, startAfterSwitch: group.settings.startAfterSwitch,
                switchTimeout: group.settings.switchTimeout, shutdownTimeout: group.settings.shutdownTimeout,
                onFailure: group.settings.onFailure, rto: group.rto, protection: group.settings.protection,
                failover: group.failoverReason.map { FailoverDeclaration(reason: $0, location: group.location) },
                location: group.location
            )
        }
        return DesiredState(
            file: plan.inputs.desiredFile, cloud: CloudSettings(region: plan.inputs.region, projectID: plan.inputs.projectID),
            policy: plan.policy.runPolicy, groups: groups
        )
    }
}

/// A saved plan that cannot be used. The message names the file and says what to do.
public struct PlanLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One sentence, starting with the file's path where there is one.
    public var message: String

    /// Creates the error.
    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
