// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

@testable import SDRSEmulator

/// The pieces of the admin API's guard and of the listen URL that need no socket; the whole of it
/// runs against the binary in `AdminTokenExecutableTests`.
@Suite struct AdminAccessTests {
    @Test func readsOnlyABearerToken() {
        #expect(AdminAccessMiddleware.bearerToken("Bearer s3cret") == "s3cret")
        #expect(AdminAccessMiddleware.bearerToken("bearer   s3cret ") == "s3cret")
        #expect(AdminAccessMiddleware.bearerToken("Basic czNjcmV0") == nil)
        #expect(AdminAccessMiddleware.bearerToken("Bearer") == nil)
        #expect(AdminAccessMiddleware.bearerToken(nil) == nil)
    }

    @Test func comparesTokensWholly() {
        #expect(AdminAccessMiddleware.constantTimeEquals("abc", "abc"))
        #expect(!AdminAccessMiddleware.constantTimeEquals("abc", "abd"))
        #expect(!AdminAccessMiddleware.constantTimeEquals("abc", "abcd"))
        #expect(!AdminAccessMiddleware.constantTimeEquals("", "a"))
    }

    @Test func aWildcardBindingGivesALoopbackURL() throws {
        var configuration = TestCloud.configuration()
        configuration.host = "0.0.0.0"
        #expect(configuration.connectableHost == "127.0.0.1")
        #expect(configuration.bindsEveryAddress)
        configuration.host = "::"
        #expect(configuration.connectableHost == "[::1]")
        configuration.host = "127.0.0.1"
        #expect(configuration.connectableHost == "127.0.0.1")
        #expect(!configuration.bindsEveryAddress)
        configuration.host = "fd00::5"
        #expect(configuration.connectableHost == "[fd00::5]")
    }

    @Test func noTokenByDefault() {
        #expect(TestCloud.configuration().adminToken == nil)
        #expect(TestCloud.configuration().adminAddressesTreatedAsRemote.isEmpty)
    }
}
