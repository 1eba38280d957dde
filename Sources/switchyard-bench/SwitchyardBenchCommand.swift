// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import Logging
import SDRSEmulator
import SwitchyardBench

/// Entry point: launcher mode (`--measure-child`, used by the benchmark itself to spawn each tool
/// from a small process) or the command.
@main
enum SwitchyardBenchMain {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == ChildProcess.launcherFlag {
            exit(ChildProcess.launch(Array(arguments.dropFirst())))
        }
        await SwitchyardBenchCommand.main()
    }
}

/// `switchyard-bench`: plans and switches synthetic estates with switchyard and with a sequential
/// script over the official Python SDK, against the same emulator, and prints the table.
struct SwitchyardBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchyard-bench",
        abstract: "Measure switchyard plan and apply (API calls, wall time, polls, detection lag, peak RSS) against the sequential SDK script.",
        discussion: "Runs the emulator in this process and each tool as a child process. See BENCHMARKS.md."
    )

    @Option(name: .customLong("latency-ms"), help: "Delay of every API call, in emulated milliseconds.")
    var latencyMilliseconds = 20.0

    @Option(name: .customLong("time-scale"), help: "Emulator time scale of the apply runs (plans run at 1).")
    var timeScale = 0.02

    @Option(name: .customLong("plan-sizes"), help: "Comma-separated group counts to plan, or none.")
    var planSizes = "10,100,1000,10000"

    @Option(name: .customLong("apply-sizes"), help: "Comma-separated group counts to switch, or none.")
    var applySizes = "1,10,100"

    @Option(help: "Protected instances per group.")
    var instances = 4

    @Option(help: "The switchyard executable (default: next to this one).")
    var switchyard: String?

    @Option(help: "Python with the official Huawei Cloud SDK (scripts/python-env prints one); without it the SDK script is skipped.")
    var python: String?

    @Option(name: .customLong("sdk-script"), help: "The sequential SDK script.")
    var sdkScript = "benchmarks/sdk_sequential_switch.py"

    @Option(name: .customLong("sdk-plan-max"), help: "Largest group count the SDK script reads (~10 calls per group).")
    var sdkPlanMaximum = 1_000

    @Option(name: .customLong("sdk-apply-max"), help: "Largest group count the SDK script switches (one critical path per group).")
    var sdkApplyMaximum = 100

    @Option(name: .customLong("sdk-poll-seconds"), help: "The SDK script's poll interval, in emulated seconds.")
    var sdkPollSeconds = 5.0

    @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Per-identity gateway rate limit of the emulator, CALLS/SECONDS (e.g. 200/300); plans then also run at --time-scale.", valueName: "calls/seconds"))
    var rateLimit: String?

    @Option(help: "Also write the Markdown report to this file.")
    var output: String?

    @Option(name: .customLong("work-dir"), help: "Where desired-state files, plans and journals go (default: a new temporary folder).")
    var workDirectory: String?

    func validate() throws {
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms must not be negative") }
        guard timeScale > 0, timeScale <= 1 else { throw ValidationError("--time-scale must be in (0, 1]") }
        guard instances >= 1 else { throw ValidationError("--instances must be at least 1") }
        _ = try Self.sizes(planSizes, name: "--plan-sizes")
        _ = try Self.sizes(applySizes, name: "--apply-sizes")
        _ = try Self.rateLimit(rateLimit)
    }

    /// `200/300` → 200 calls per 300 s.
    static func rateLimit(_ text: String?) throws -> EmulatorRateLimit? {
        guard let text else { return nil }
        let parts = text.split(separator: "/").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let calls = Int(parts[0]), let seconds = Double(parts[1]) else {
            throw ValidationError("--rate-limit must be CALLS/SECONDS, e.g. 200/300")
        }
        let limit = EmulatorRateLimit(calls: calls, perSeconds: seconds)
        if let problem = limit.problem { throw ValidationError("--rate-limit: \(problem)") }
        return limit
    }

    func run() async throws {
        var emulatorLogger = Logger(label: "sdrs-emulator")
        emulatorLogger.logLevel = .critical
        let work = workDirectory ?? FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let ownExecutable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let ownDirectory = ownExecutable.deletingLastPathComponent()
        var settings = BenchSettings(
            switchyardPath: switchyard ?? ownDirectory.appendingPathComponent("switchyard").path, pythonPath: python,
            sdkScriptPath: URL(fileURLWithPath: sdkScript).standardizedFileURL.path, workDirectory: work
        )
        settings.latencyMilliseconds = latencyMilliseconds
        settings.applyTimeScale = timeScale
        settings.planSizes = try Self.sizes(planSizes, name: "--plan-sizes")
        settings.applySizes = try Self.sizes(applySizes, name: "--apply-sizes")
        settings.instancesPerGroup = instances
        settings.sdkPlanMaximum = sdkPlanMaximum
        settings.sdkApplyMaximum = sdkApplyMaximum
        settings.sdkPollSeconds = sdkPollSeconds
        settings.rateLimit = try Self.rateLimit(rateLimit)
        settings.launcherPath = ownExecutable.standardizedFileURL.path
        let runner = BenchRunner(settings: settings, logger: emulatorLogger) { line in
            FileHandle.standardError.write(Data(("bench: " + line + "\n").utf8))
        }
        let loadAtStart = MachineDescription.loadAverage()
        var measurements: [RunMeasurement] = []
        for size in settings.planSizes { measurements += try await runner.plan(groups: size) }
        for size in settings.applySizes { measurements += try await runner.apply(groups: size) }
        let report = BenchReport(
            measurements: measurements, settings: settings,
            command: (["switchyard-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "),
            machine: MachineDescription.current()
                + (loadAtStart.map { ", load average \($0) at start and \(MachineDescription.loadAverage() ?? "?") at end" } ?? "")
        ).render()
        print(report, terminator: "")
        if let output { try report.write(toFile: output, atomically: true, encoding: .utf8) }
    }

    static func sizes(_ text: String, name: String) throws -> [Int] {
        if text.trimmingCharacters(in: .whitespaces) == "none" { return [] }
        let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= 1 }) else {
            throw ValidationError("\(name) must be comma-separated positive group counts, e.g. 10,100, or none")
        }
        return sizes.compactMap { $0 }
    }
}
