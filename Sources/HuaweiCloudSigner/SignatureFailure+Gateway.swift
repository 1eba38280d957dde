// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension SignatureFailure {
    /// The API gateway's `error_msg` for an expired (skewed) signature, in the shape quoted from
    /// real 401 `APIGW.0301` answers (reference §12.1):
    /// `Incorrect IAM authentication information: calc aksk signature fail:signature expired,
    /// signature time:20211217T064303Z,server time:20211217T065804Z`.
    ///
    /// - Parameters:
    ///   - skewSeconds: request date minus server time, as `dateSkewed(seconds:)` carries it.
    ///   - serverTime: the server's clock when it checked the request.
    public static func expiredSignatureMessage(skewSeconds: Int, serverTime: Date) -> String {
        let signatureTime = serverTime.addingTimeInterval(TimeInterval(skewSeconds))
        return "Incorrect IAM authentication information: calc aksk signature fail:signature expired, "
            + "signature time:\(SDKDate.format(signatureTime)),server time:\(SDKDate.format(serverTime))"
    }
}
