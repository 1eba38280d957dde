// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A larger estate than the quickstart, generated as emulator fixture YAML: six groups in three
/// dependency waves (databases → applications → web), mixed shutdown modes, one or two instances
/// each, one group already at its target. Same project and credentials as the quickstart.
enum MultiWaveEstate {
    struct GroupSpec {
        var name: String
        var instances: Int
        var dependsOn: [String] = []
        var shutdown = "soft"
        var atTarget = false
    }

    static let groups: [GroupSpec] = [
        GroupSpec(name: "db-orders", instances: 2),
        GroupSpec(name: "db-billing", instances: 1, shutdown: "hard"),
        GroupSpec(name: "app-orders", instances: 2, dependsOn: ["db-orders"], shutdown: "soft-then-hard"),
        GroupSpec(name: "app-billing", instances: 1, dependsOn: ["db-billing"]),
        GroupSpec(name: "web", instances: 2, dependsOn: ["app-orders", "app-billing"], shutdown: "soft-then-hard"),
        GroupSpec(name: "archive", instances: 1, atTarget: true),
    ]

    /// Groups a full apply switches.
    static var switching: [String] { groups.filter { !$0.atTarget }.map(\.name) }

    /// A deterministic UUID-shaped ID: `kind` (1 hex digit), group and item numbers.
    static func id(_ kind: Int, _ group: Int, _ item: Int = 0) -> String {
        String(format: "%08x-0000-4000-8000-%04x%08x", kind, group, item)
    }

    /// Virtual seconds of the transitions. Long enough, at the tests' time scale of 0.001, that
    /// a rerun started right after a kill still finds switchovers and power changes in flight.
    static let timings = (reverse: 1_200, powerOff: 300, hardPowerOff: 100, powerOn: 300)

    /// Writes the fixture into `directory` and returns its path.
    static func writeFixture(in directory: URL) throws -> String {
        var groupLines: [String] = [], instanceLines: [String] = [], serverLines: [String] = [], pairLines: [String] = []
        for (g, spec) in groups.enumerated() {
            groupLines.append("""
                  - id: \(id(1, g))
                    name: \(spec.name)
                    priority_station: \(spec.atTarget ? "target" : "source")
                    source_availability_zone: cn-north-4a
                    target_availability_zone: cn-north-4b
                """)
            for i in 0..<spec.instances {
                let source = id(3, g, 2 * i), target = id(3, g, 2 * i + 1), instance = id(2, g, i)
                instanceLines.append("""
                      - id: \(instance)
                        name: \(spec.name)-\(i + 1)
                        group: \(id(1, g))
                        source_server: \(source)
                        target_server: \(target)
                    """)
                for (server, zone, running) in [(source, "a", !spec.atTarget), (target, "b", spec.atTarget)] {
                    serverLines.append("""
                          - id: \(server)
                            name: \(spec.name)-\(i + 1)
                            availability_zone: cn-north-4\(zone)
                            status: \(running ? "ACTIVE" : "SHUTOFF")
                        """)
                }
                pairLines.append("""
                      - id: \(id(4, g, i))
                        instance: \(instance)
                        volume_size: 40
                    """)
            }
        }
        let yaml = """
            project_id: \(ApplyCommandTests.project)
            region: cn-north-4
            credentials:
              - access_key_id: HPUAQUICKSTART00000A
                secret_access_key: quickstart-secret-key-not-real-0000000000
            groups:
            \(groupLines.joined(separator: "\n"))
            protected_instances:
            \(instanceLines.joined(separator: "\n"))
            servers:
            \(serverLines.joined(separator: "\n"))
            replications:
            \(pairLines.joined(separator: "\n"))
            timings:
              reverse_seconds: \(timings.reverse)
              power_off_seconds: \(timings.powerOff)
              hard_power_off_seconds: \(timings.hardPowerOff)
              power_on_seconds: \(timings.powerOn)
            """
        let path = directory.appendingPathComponent("multi-wave-cloud.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The desired state: every group at its target; `parallelism` groups of a wave at once.
    static func desiredYAML(parallelism: Int) -> String {
        let entries = groups.map { spec in
            var lines = ["  - name: \(spec.name)", "    activeSite: target", "    shutdown: \(spec.shutdown)"]
            if !spec.dependsOn.isEmpty { lines.append("    dependsOn: [\(spec.dependsOn.joined(separator: ", "))]") }
            return lines.joined(separator: "\n")
        }
        return """
            version: 1
            defaults:
              shutdownTimeout: 2s
              switchTimeout: 1m
            policy:
              maxSwitchesPerRun: 10
              parallelism: \(parallelism)
            groups:
            \(entries.joined(separator: "\n"))
            """
    }
}
