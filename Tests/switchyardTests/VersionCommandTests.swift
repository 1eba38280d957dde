// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `switchyard version` and `--version`: what the build recorded, and honesty about a
/// development build (scripts/test-release checks a release build names its commit).
@Suite struct VersionCommandTests {
    @Test func versionSaysThisIsADevelopmentBuild() throws {
        let result = try CommandRunner.switchyard(["version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("switchyard 0."), "\(result.stdout)")
        #expect(result.stdout.contains("development build"))
        let flag = try CommandRunner.switchyard(["--version"])
        #expect(flag.status == 0)
        #expect(flag.stdout == result.stdout)
    }

    @Test func versionAsJSONHasEveryField() throws {
        let result = try CommandRunner.switchyard(["version", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["program", "version", "commit", "build_date", "development_build"])
        #expect(object["program"] as? String == "switchyard")
        #expect(object["development_build"] as? Bool == true)
        #expect(object["commit"] is NSNull)
        #expect(object["build_date"] is NSNull)
    }
}
