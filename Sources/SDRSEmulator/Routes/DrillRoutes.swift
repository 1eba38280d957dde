// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird

/// SDRS DR drills (reference §12.4): create, list, show, rename, delete.
struct DrillRoutes {
    let store: EmulatorStore
    let behaviours: EmulatorBehaviours

    func register(on router: Router<EmulatorRequestContext>) {
        let v1 = router.group("v1/:project_id")
        let presenter = WirePresenter(projectID: store.projectID)
        v1.post("disaster-recovery-drills") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let create = try DrillBodyParser.create(Array(buffer: body))
            guard let info = context.requestInfo else { throw APIError.sdrs("SDRS.0201", "Invalid request parameters") }
            return try presenter.jobID(try await store.createDrill(create, info: info))
        }
        v1.get("disaster-recovery-drills") { request, _ in
            let page = try await store.listDrills(try SDRSQueryParser.drills(SDRSRoutes.query(request)))
            return try presenter.drills(page, count: behaviours.sdrsListCount == .total ? page.total : page.items.count)
        }
        v1.get("disaster-recovery-drills/:drill_id") { _, context in
            try presenter.drill(try await store.showDrill(try SDRSRoutes.parameter("drill_id", context)))
        }
        v1.put("disaster-recovery-drills/:drill_id") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let name = try DrillBodyParser.rename(Array(buffer: body))
            return try presenter.drill(try await store.renameDrill(try SDRSRoutes.parameter("drill_id", context), to: name))
        }
        v1.delete("disaster-recovery-drills/:drill_id") { _, context in
            guard let info = context.requestInfo else { throw APIError.sdrs("SDRS.0201", "Invalid request parameters") }
            return try presenter.jobID(try await store.deleteDrill(try SDRSRoutes.parameter("drill_id", context), info: info))
        }
    }
}

/// Reads the drill request bodies; malformed ones are 400 SDRS.0201.
enum DrillBodyParser {
    /// `{"disaster_recovery_drill": {"name", "server_group_id", "drill_vpc_id"?}}`.
    static func create(_ body: [UInt8]) throws -> DrillCreateRequest {
        let fields = try drillObject(body)
        guard let groupID = fields["server_group_id"] as? String, !groupID.isEmpty else {
            throw invalid("disaster_recovery_drill.server_group_id is required")
        }
        let name = try validName(fields["name"])
        var vpcID: String?
        if let value = fields["drill_vpc_id"], !(value is NSNull) {
            guard let text = value as? String else { throw invalid("disaster_recovery_drill.drill_vpc_id must be a string") }
            vpcID = text.isEmpty ? nil : text
        }
        return DrillCreateRequest(name: name, groupID: groupID, drillVPCID: vpcID)
    }

    /// `{"disaster_recovery_drill": {"name"}}`.
    static func rename(_ body: [UInt8]) throws -> String {
        try validName(try drillObject(body)["name"])
    }

    /// A name of 1 to 64 bytes of letters, digits, `.`, `_`, `-` and CJK characters (SDK documentation).
    static func validName(_ value: Any?) throws -> String {
        guard let name = value as? String, !name.isEmpty, name.utf8.count <= 64,
            name.unicodeScalars.allSatisfy(isAllowed)
        else {
            throw invalid(
                "disaster_recovery_drill.name must be 1 to 64 bytes of letters, digits, '.', '_', '-' or Chinese characters")
        }
        return name
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x5F, 0x2D: true
        case 0x4E00...0x9FFF: true
        default: false
        }
    }

    private static func drillObject(_ body: [UInt8]) throws -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let fields = object["disaster_recovery_drill"] as? [String: Any]
        else {
            throw invalid("the body must be {\"disaster_recovery_drill\": {...}}")
        }
        return fields
    }

    private static func invalid(_ detail: String) -> APIError {
        .sdrs("SDRS.0201", "Invalid request parameters: \(detail)")
    }
}
