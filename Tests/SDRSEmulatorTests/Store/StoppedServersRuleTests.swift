// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

/// The user guide requires every server of a group stopped before a switchover (reference §12.1);
/// the looser setting checks only the current production site.
@Suite struct StoppedServersRuleTests {
    /// `app` with production stopped and DR twin `app-1-dst` running.
    private func storeWithRunningDRServer(_ rule: EmulatorBehaviours.ReverseRequiresStopped?) async throws -> EmulatorStore {
        var behaviours = EmulatorBehaviours()
        if let rule { behaviours.reverseRequiresStopped = rule }
        let store = try TestCloud.store(behaviours: behaviours)
        try await store.powerOff("app-1-src", "app-2-src")
        try await store.setServerPower("app-1-dst", running: true)
        return store
    }

    @Test func defaultRefusesTheReverseWhileADRSiteServerRuns() async throws {
        #expect(EmulatorBehaviours().reverseRequiresStopped == .allServers)
        let store = try await storeWithRunningDRServer(nil)
        let error = await apiError { try await store.reverse("app", to: "target") }
        #expect(error?.code == "SDRS.1319")
        #expect(error?.status == 400)
        #expect(error?.message.contains("app-1-dst") == true)
        #expect(try await store.group("app").status == "protected")
    }

    @Test func productionServersSettingAcceptsARunningDRSiteServer() async throws {
        let store = try await storeWithRunningDRServer(.productionServers)
        let jobID = try await store.reverse("app", to: "target")
        #expect(jobID.wholeMatch(of: #/[0-9a-f]{32}/#) != nil)
        #expect(try await store.group("app").status == "reversing")
    }

    @Test func defaultAcceptsOnceEveryServerIsStopped() async throws {
        let store = try await storeWithRunningDRServer(nil)
        try await store.powerOff("app-1-dst")
        _ = try await store.reverse("app", to: "target")
        #expect(try await store.group("app").status == "reversing")
    }

    @Test func behaviourDecodesFromYAMLKeys() throws {
        let data = Data(#"{"reverse_requires_stopped": "production-servers", "sdrs_error_shape": "flat", "gateway_code_prefix": "APIG"}"#.utf8)
        let behaviours = try JSONDecoder().decode(EmulatorBehaviours.self, from: data)
        #expect(behaviours.reverseRequiresStopped == .productionServers)
        #expect(behaviours.sdrsErrorShape == .flat)
        #expect(behaviours.gatewayCodePrefix == .apig)
        #expect(EmulatorBehaviours().signatureDateErrorCode == "APIGW.0301")
    }
}
