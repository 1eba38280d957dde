// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import SwitchyardCore
import Testing

@testable import HuaweiCloudClient

@Suite("HuaweiCloudConfiguration")
struct HuaweiCloudConfigurationTests {
    static let credentials = SigningCredentials(accessKeyID: "AK0000000000EXAMPLE0", secretAccessKey: "secret")
    static let project = "0123456789abcdef0123456789abcdef"

    @Test func defaultsToRegionalHTTPSEndpoints() throws {
        let configuration = try HuaweiCloudConfiguration(region: "cn-north-4", projectID: Self.project, credentials: Self.credentials)
        #expect(configuration.sdrsEndpoint.absoluteString == "https://sdrs.cn-north-4.myhuaweicloud.com")
        #expect(configuration.ecsEndpoint.absoluteString == "https://ecs.cn-north-4.myhuaweicloud.com")
    }

    @Test func sdrsInApSoutheast2IsServedFromApSoutheast3() {
        #expect(HuaweiCloudConfiguration.defaultEndpoint(service: "sdrs", region: "ap-southeast-2").host == "sdrs.ap-southeast-3.myhuaweicloud.com")
        #expect(HuaweiCloudConfiguration.defaultEndpoint(service: "ecs", region: "ap-southeast-2").host == "ecs.ap-southeast-2.myhuaweicloud.com")
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9000", "http://127.3.2.1", "https://sdrs.example.com"])
    func acceptsHTTPSAnywhereAndHTTPOnLoopback(_ endpoint: String) throws {
        let configuration = try HuaweiCloudConfiguration(
            region: "cn-north-4", projectID: Self.project, credentials: Self.credentials, sdrsEndpoint: URL(string: endpoint)!
        )
        #expect(configuration.sdrsEndpoint.absoluteString == endpoint)
    }

    @Test(arguments: ["http://10.0.0.1:8080", "http://sdrs.cn-north-4.myhuaweicloud.com", "http://128.0.0.1", "http://127.0.0.1.evil.com", "ftp://127.0.0.1", "https://user:pw@example.com"])
    func refusesPlainHTTPOffLoopbackAndOddURLs(_ endpoint: String) {
        #expect(throws: ConfigurationError.self) {
            try HuaweiCloudConfiguration(region: "cn-north-4", projectID: Self.project, credentials: Self.credentials, ecsEndpoint: URL(string: endpoint)!)
        }
    }

    @Test(arguments: ["", "CN-NORTH-4", "cn", "cn-north-4/../x"])
    func refusesImplausibleRegions(_ region: String) {
        #expect(throws: ConfigurationError.self) {
            try HuaweiCloudConfiguration(region: region, projectID: Self.project, credentials: Self.credentials)
        }
    }

    @Test func refusesEmptyCredentialsAndOddProjects() {
        #expect(throws: ConfigurationError.self) {
            try HuaweiCloudConfiguration(region: "cn-north-4", projectID: Self.project, credentials: SigningCredentials(accessKeyID: "", secretAccessKey: "x"))
        }
        #expect(throws: ConfigurationError.self) {
            try HuaweiCloudConfiguration(region: "cn-north-4", projectID: "../etc", credentials: Self.credentials)
        }
    }

    @Test func readsCredentialsLikeTheSDK() {
        let environment = [
            "HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": "SK", "HUAWEICLOUD_SDK_PROJECT_ID": Self.project,
            "HUAWEICLOUD_SDK_SECURITY_TOKEN": "TOKEN",
        ]
        let credentials = EnvironmentCredentials.credentials(from: environment)
        #expect(credentials?.accessKeyID == "AK")
        #expect(credentials?.secretAccessKey == "SK")
        #expect(credentials?.securityToken == "TOKEN")
        #expect(EnvironmentCredentials.projectID(from: environment) == Self.project)
        #expect(EnvironmentCredentials.credentials(from: ["HUAWEICLOUD_SDK_AK": "AK"]) == nil)
        #expect(EnvironmentCredentials.credentials(from: ["HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": ""]) == nil)
    }

    @Test func errorClassificationFollowsCodesBeforeStatus() {
        #expect(HuaweiCloudClient.classify(status: 429, code: "429") == .throttled)
        #expect(HuaweiCloudClient.classify(status: 202, code: "Common.0024") == .throttled)
        #expect(HuaweiCloudClient.classify(status: 503, code: "Common.1503") == .throttled)
        #expect(HuaweiCloudClient.classify(status: 401, code: "APIG.0301") == .authentication)
        #expect(HuaweiCloudClient.classify(status: 400, code: "SDRS.0005") == .authentication)
        #expect(HuaweiCloudClient.classify(status: 400, code: "SDRS.1013") == .notFound)
        #expect(HuaweiCloudClient.classify(status: 404, code: "Ecs.0114") == .notFound)
        #expect(HuaweiCloudClient.classify(status: 400, code: "SDRS.1319") == .rejected)
        #expect(HuaweiCloudClient.classify(status: 500, code: "SDRS.0013") == .serverError)
    }

    @Test func listHelpersUseSDRSLiteralsAndChunks() {
        #expect(HuaweiCloudClient.sdrsIDList(["a", "b"]) == "['a','b']")
        #expect(HuaweiCloudClient.chunks(Array(repeating: "x", count: 61), size: 30).map(\.count) == [30, 30, 1])
        #expect(HuaweiCloudClient.parseRetryAfter("7") == .seconds(7))
        #expect(HuaweiCloudClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(HuaweiCloudClient.authority(of: URL(string: "http://127.0.0.1:8443/x")!) == "127.0.0.1:8443")
        #expect(HuaweiCloudClient.authority(of: URL(string: "https://sdrs.cn-north-4.myhuaweicloud.com")!) == "sdrs.cn-north-4.myhuaweicloud.com")
    }
}
