// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct AdvisorTests {
    struct OSCase: Sendable, CustomTestStringConvertible {
        var osType: String?
        var imageName: String?
        var expected: Advisory.Code?
        var testDescription: String { "\(osType ?? "nil")/\(imageName ?? "nil")" }
    }

    @Test(arguments: [
        OSCase(osType: "Windows", imageName: "Windows Server 2019 Datacenter 64bit English", expected: .windowsCloudbaseInit),
        OSCase(osType: "Windows", imageName: "corp-win2016-Cloudbase-Init", expected: .windowsCloudbaseInit),
        OSCase(osType: "Windows", imageName: nil, expected: .windowsCloudbaseInit),
        OSCase(osType: "Windows", imageName: "corp-win2012-golden", expected: .windowsWithoutCloudbaseInit),
        OSCase(osType: nil, imageName: "windows-2019-custom", expected: .windowsWithoutCloudbaseInit),
        OSCase(osType: "Linux", imageName: "CoreOS 2303.3.0 64bit", expected: .coreOS),
        OSCase(osType: "Linux", imageName: "Ubuntu 22.04 server 64bit", expected: .linux),
        OSCase(osType: nil, imageName: "my-linux-image", expected: .linux),
        OSCase(osType: "Linux", imageName: nil, expected: .linux),
        OSCase(osType: nil, imageName: "appliance-v3", expected: nil),
        OSCase(osType: nil, imageName: nil, expected: nil),
    ])
    func classifiesServersConservatively(_ example: OSCase) {
        let server = LiveServer(id: "s", name: "s", status: "ACTIVE", osType: example.osType, imageName: example.imageName)
        #expect(Advisor.classify(server) == example.expected)
    }

    private func advisories(_ live: LiveState, to site: ActiveSite) -> [Advisory] {
        let desired = SampleState.desired([SampleState.declare("g", activeSite: site)])
        return Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired)).groups.first?.advisories ?? []
    }

    @Test func cloudbaseInitAdvisoryExplainsTheFirstSwitchoverAndSwitchingBack() throws {
        let windows = SampleState.group("g", instances: 2, osType: "Windows", imageName: "Windows Server 2019 Datacenter 64bit English")
        let away = try #require(advisories(windows, to: .target).first)
        #expect(away.code == .windowsCloudbaseInit)
        #expect(away.serverIDs == ["srv-g-01-a", "srv-g-02-a"])
        #expect(away.message.contains("may run Cloudbase-Init"))
        #expect(away.message.contains("3–5 minutes"))
        #expect(away.message.contains("reset the password on the DR-site server"))
        var back = windows
        for group in back.groups { back.updateGroup(group.id) { $0.priorityStation = .target } }
        back.servers = back.servers.map { server in
            var server = server
            server.status = server.availabilityZone == SampleState.targetZone ? "ACTIVE" : "SHUTOFF"
            return server
        }
        let returning = try #require(advisories(back, to: .source).first)
        #expect(returning.message.contains("After switching back, log in to the production-site servers with the password reset at the DR site"))
    }

    @Test func coreOSAdvisoryMentionsChangedAndInitialPasswords() throws {
        let coreOS = SampleState.group("g", imageName: "CoreOS 2303.3.0 64bit")
        let advisory = try #require(advisories(coreOS, to: .target).first)
        #expect(advisory.code == .coreOS)
        #expect(advisory.message.contains("needs the changed password"))
        #expect(advisory.message.contains("initial password"))
    }

    @Test func oneAdvisoryPerKindListingEveryServerOfThatKind() {
        var live = SampleState.group("g", instances: 3)
        live.updateServer("srv-g-02-a") { $0.osType = "Windows"; $0.imageName = "Windows Server 2022 Standard 64bit" }
        let result = advisories(live, to: .target)
        #expect(result.map(\.code) == [.windowsCloudbaseInit, .linux])
        #expect(result[1].serverIDs == ["srv-g-01-a", "srv-g-03-a"])
    }

    @Test func classifiesByTheCreationTimeProductionServer() {
        var live = SampleState.group("g")
        live.updateServer("srv-g-01-b") { $0.osType = "Windows"; $0.imageName = "Windows Server 2019" }
        #expect(advisories(live, to: .target).map(\.code) == [.linux])
    }

    @Test func noAdvisoriesForGroupsThatDoNotSwitch() {
        let live = SampleState.group("g", priority: .target, osType: "Windows", imageName: "Windows Server 2019")
        #expect(advisories(live, to: .target).isEmpty)
    }
}
