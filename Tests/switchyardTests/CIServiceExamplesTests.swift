// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing
import Yams

/// Keeps `examples/ci/*-emulator-service.yml` honest: starts the `sdrs-emulator` binary with the
/// environment the file gives its service (on a free loopback port instead of 0.0.0.0:8080, and
/// with the admin API treating loopback as a remote peer, as the job container is), then runs the
/// job's steps in order with the job's environment, the service URL put in for the service's
/// host name and the built binaries standing in for the installed release. Only the install step
/// (it downloads) is not run.
@Suite("CI service examples run against the emulator binary", .serialized)
struct CIServiceExamplesTests {
    /// One example: what the service gets, what the job gets, and the job's shell steps.
    struct Rehearsal {
        var serviceEnvironment: [String: String]
        var jobEnvironment: [String: String]
        var serviceHost: String
        var steps: [String]
    }

    static func mapping(_ value: Any?) -> [String: Any]? { CIExamplesTests.mapping(value) }

    static func strings(_ value: Any?) -> [String: String] {
        (mapping(value) ?? [:]).mapValues { "\($0)" }
    }

    static func github() throws -> Rehearsal {
        let root = try CIExamplesTests.load("examples/ci/github-actions-emulator-service.yml")
        let job = try #require(mapping(mapping(root["jobs"])?["rehearse"]), "no job rehearse")
        let service = try #require(mapping(mapping(job["services"])?["sdrs-emulator"]), "no service sdrs-emulator")
        #expect((service["ports"] as? [Any])?.map { "\($0)" } == ["8080:8080"])
        let steps = try #require(job["steps"] as? [Any]).compactMap(mapping)
        #expect((steps.first?["name"] as? String)?.hasPrefix("Install switchyard") == true)
        return Rehearsal(
            serviceEnvironment: strings(service["env"]), jobEnvironment: strings(job["env"]), serviceHost: "localhost:8080",
            steps: steps.dropFirst().compactMap { $0["run"] as? String })
    }

    static func gitlab() throws -> Rehearsal {
        let root = try CIExamplesTests.load("examples/ci/gitlab-ci-emulator-service.yml")
        let job = try #require(mapping(root["rehearse"]), "no job rehearse")
        let service = try #require((job["services"] as? [Any])?.first.flatMap(mapping), "no service")
        #expect(service["alias"] as? String == "sdrs-emulator")
        #expect((job["before_script"] as? [String])?.contains { $0.contains("sha256sum --check") } == true)
        return Rehearsal(
            serviceEnvironment: strings(service["variables"]), jobEnvironment: strings(job["variables"]),
            serviceHost: "sdrs-emulator:8080", steps: try #require(job["script"] as? [String]))
    }

    /// CI expressions and variables a runner would fill in: `${{ … }}` and `$CI_…` become fixed words.
    static func resolve(_ value: String, _ environment: [String: String]) -> String {
        var text = value.replacing(#/\$\{\{[^}]*\}\}/#, with: "1")
        for (name, known) in environment.sorted(by: { $0.key.count > $1.key.count }) { text = text.replacingOccurrences(of: "$" + name, with: known) }
        return text.replacing(#/\$CI_[A-Z_]+/#, with: "1")
    }

    static func rehearse(_ rehearsal: Rehearsal) throws {
        #expect(rehearsal.serviceEnvironment["SDRS_EMULATOR_ADMIN_TOKEN"] != nil, "the service must get an admin token")
        let work = try CommandRunner.temporaryDirectory()
        // The unpacked release tarball: switchyard/bin and switchyard/examples.
        let install = work.appendingPathComponent("switchyard")
        try FileManager.default.createDirectory(at: install, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: install.appendingPathComponent("bin"), withDestinationURL: CommandRunner.productsDirectory)
        try FileManager.default.createSymbolicLink(
            at: install.appendingPathComponent("examples"), withDestinationURL: CommandRunner.repositoryRoot.appendingPathComponent("examples"))

        var service = rehearsal.serviceEnvironment.mapValues { resolve($0, [:]) }
        service["SDRS_EMULATOR_FIXTURE"] = service["SDRS_EMULATOR_FIXTURE"]?.replacingOccurrences(
            of: "/usr/share/switchyard/", with: CommandRunner.repositoryRoot.path + "/")
        service["SDRS_EMULATOR_HOST"] = "127.0.0.1"
        service["SDRS_EMULATOR_PORT"] = "0"
        let emulator = try ServiceEmulator(environment: service, arguments: ["--admin-treat-as-remote", "127.0.0.1"])
        defer { emulator.stop() }

        var job: [String: String] = [:]
        for (name, value) in rehearsal.jobEnvironment { job[name] = resolve(value, rehearsal.jobEnvironment.mapValues { resolve($0, [:]) }) }
        job = job.mapValues { $0.replacingOccurrences(of: "http://" + rehearsal.serviceHost, with: emulator.url) }
        job["PATH"] = install.appendingPathComponent("bin").path + ":/usr/bin:/bin"
        #expect(job["EMULATOR_ADMIN_TOKEN"] == service["SDRS_EMULATOR_ADMIN_TOKEN"], "job and service must share the token")
        for step in rehearsal.steps {
            let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-e", "-c", step], environment: job, directory: work)
            #expect(result.status == 0, "\(step)\n\(result.stdout)\n\(result.stderr)")
        }
        let xml = String(decoding: FileManager.default.contents(atPath: work.appendingPathComponent("drift.xml").path) ?? Data(), as: UTF8.self)
        #expect(xml.contains("<failure"), "drift after the change by hand: \(xml)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("journal.jsonl").path))
    }

    @Test func githubServiceRehearsalRunsAgainstTheEmulator() throws {
        try Self.rehearse(try Self.github())
    }

    @Test func gitlabServiceRehearsalRunsAgainstTheEmulator() throws {
        try Self.rehearse(try Self.gitlab())
    }

    @Test func withoutTheTokenTheRehearsalCannotTouchTheAdminAPI() throws {
        let emulator = try ServiceEmulator(
            environment: ["SDRS_EMULATOR_FIXTURE": CommandRunner.repositoryRoot.path + "/examples/quickstart/cloud.yaml",
                          "SDRS_EMULATOR_ADMIN_TOKEN": "the-token"],
            arguments: ["--admin-treat-as-remote", "127.0.0.1"])
        defer { emulator.stop() }
        let result = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/curl"),
            ["--silent", "--max-time", "10", "--write-out", "%{http_code}", "--output", "/dev/null",
             "--header", "Authorization: Bearer not-the-token", emulator.url + "/__emulator/health"])
        #expect(result.stdout == "401")
    }
}

/// The `sdrs-emulator` binary configured by environment, as a CI service is; killed after 120 s at most.
final class ServiceEmulator: @unchecked Sendable {
    // Created, used and stopped by one test.
    let process = Process()
    let url: String

    init(environment: [String: String], arguments: [String]) throws {
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("sdrs-emulator")
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "SDRS_EMULATOR_PORT": "0"].merging(environment) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let process = self.process
        let deadline = DeadlineBox(process)
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { deadline.terminateIfRunning() }
        var buffer = Data()
        while !buffer.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
        }
        let line = String(decoding: buffer, as: UTF8.self)
        url = try #require(line.firstMatch(of: #/http://127\.0\.0\.1:[0-9]+/#).map { String($0.output) }, "emulator: \(line)")
    }

    func stop() {
        process.interrupt()
        process.waitUntilExit()
    }
}

/// Lets a timer stop a process that outlived its test.
final class DeadlineBox: @unchecked Sendable {
    // Only `isRunning` and `terminate()` are used from the timer, both safe across threads.
    private let process: Process

    init(_ process: Process) { self.process = process }

    func terminateIfRunning() {
        if process.isRunning { process.terminate() }
    }
}
