// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import NIOCore

/// The admin API under `/__emulator/` (unsigned, loopback only). See `docs/emulator.md`.
struct AdminRoutes {
    let store: EmulatorStore

    func register(on router: Router<EmulatorRequestContext>) {
        let admin = router.group("__emulator")
        registerRateLimit(on: admin)
        admin.get("health") { _, _ in
            try JSONResponse.make(
                ["status": "ok", "project_id": store.projectID, "region": store.region],
                encoder: JSONResponse.adminEncoder)
        }
        admin.get("state") { _, _ in
            let data = try await store.stateDump()
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        admin.get("requests") { _, _ in
            try JSONResponse.make(await store.requestCounts(), encoder: JSONResponse.adminEncoder)
        }
        admin.delete("requests") { _, _ in
            try await store.resetRequestCounts()
            return Response(status: .noContent)
        }
        admin.post("servers/:server_id/power") { request, context in
            let body = try await Self.decode(
                PowerBody.self, from: request, context: context, hints: ["status": "ACTIVE or SHUTOFF"])
            guard ["ACTIVE", "SHUTOFF"].contains(body.status) else {
                throw APIError.admin("status must be ACTIVE or SHUTOFF")
            }
            try await store.setServerPower(try Self.parameter("server_id", context), running: body.status == "ACTIVE")
            return Response(status: .noContent)
        }
        admin.get("zones") { _, _ in
            try JSONResponse.make(["zones_down": try await store.zonesDown()], encoder: JSONResponse.adminEncoder)
        }
        admin.post("zones/:zone/outage") { request, context in
            let body = try await Self.decode(OutageBody.self, from: request, context: context, hints: ["down": "true or false"])
            try await store.setZoneOutage(try Self.parameter("zone", context), down: body.down)
            return Response(status: .noContent)
        }
        admin.delete("servers/:server_id") { _, context in
            try await store.deleteServer(try Self.parameter("server_id", context))
            return Response(status: .noContent)
        }
        admin.post("groups/:group_id/priority-station") { request, context in
            let body = try await Self.decode(
                PriorityStationBody.self, from: request, context: context,
                hints: ["priority_station": "source or target"])
            try await store.setGroupPriorityStation(
                try Self.parameter("group_id", context), priorityStation: body.priorityStation, status: body.status
            )
            return Response(status: .noContent)
        }
        admin.get("faults") { _, _ in
            try JSONResponse.make(["faults": await store.faults()], encoder: JSONResponse.adminEncoder)
        }
        admin.post("faults") { request, context in
            let rule = try await Self.decode(FaultRule.self, from: request, context: context)
            return try JSONResponse.make(
                try await store.addFault(rule), status: .created, encoder: JSONResponse.adminEncoder)
        }
        admin.delete("faults") { _, _ in
            try await store.clearFaults()
            return Response(status: .noContent)
        }
        admin.delete("faults/:fault_id") { _, context in
            guard try await store.removeFault(id: try Self.parameter("fault_id", context)) else {
                throw APIError.admin("no fault with that id", status: 404)
            }
            return Response(status: .noContent)
        }
        admin.get("triggers") { _, _ in
            try JSONResponse.make(
                TriggersBody(triggers: await store.pendingTriggers(), fired: await store.firedTriggers()),
                encoder: JSONResponse.adminEncoder)
        }
        admin.post("triggers") { request, context in
            let trigger = try await Self.decode(EmulatorTrigger.self, from: request, context: context)
            return try JSONResponse.make(
                try await store.addTrigger(trigger), status: .created, encoder: JSONResponse.adminEncoder)
        }
        admin.delete("triggers") { _, _ in
            try await store.clearTriggers()
            return Response(status: .noContent)
        }
        admin.get("drills") { _, _ in
            try JSONResponse.make(["drills": try await store.drillRecords()], encoder: JSONResponse.adminEncoder)
        }
        admin.get("switchovers") { _, _ in
            try JSONResponse.make(try await store.switchoverCounts(), encoder: JSONResponse.adminEncoder)
        }
        admin.get("invariants") { _, _ in
            try JSONResponse.make(["violations": try await store.invariantLog()], encoder: JSONResponse.adminEncoder)
        }
        admin.delete("invariants") { _, _ in
            try await store.clearInvariantLog()
            return Response(status: .noContent)
        }
        admin.get("clock") { _, _ in
            try JSONResponse.make(ClockBody(now: try await store.now()), encoder: JSONResponse.adminEncoder)
        }
        admin.post("clock/advance") { request, context in
            let body = try await Self.decode(
                AdvanceBody.self, from: request, context: context, hints: ["seconds": "a number of seconds between 0 and \(Int(EmulatorStore.maximumClockAdvance))"])
            guard body.seconds.isFinite, (0...EmulatorStore.maximumClockAdvance).contains(body.seconds) else {
                throw APIError.admin("seconds must be between 0 and \(Int(EmulatorStore.maximumClockAdvance)) (10 years)")
            }
            try await store.advanceClock(by: body.seconds)
            return try JSONResponse.make(ClockBody(now: try await store.now()), encoder: JSONResponse.adminEncoder)
        }
    }

    private static func parameter(_ name: String, _ context: EmulatorRequestContext) throws -> String {
        guard let value = context.parameters.get(name) else { throw APIError.admin("missing \(name)") }
        return value
    }

    private static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: EmulatorRequestContext, hints: [String: String] = [:]
    ) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch {
            throw APIError.admin(AdminBodyProblem.message(for: error, hints: hints))
        }
    }

    private struct OutageBody: Decodable {
        var down: Bool
    }

    struct PowerBody: Decodable {
        var status: String
    }

    private struct PriorityStationBody: Decodable {
        var priorityStation: String
        var status: String?

        enum CodingKeys: String, CodingKey {
            case priorityStation = "priority_station"
            case status
        }
    }

    private struct AdvanceBody: Decodable {
        var seconds: Double
    }

    private struct TriggersBody: Encodable {
        var triggers: [EmulatorTrigger]
        var fired: [EmulatorTrigger]
    }

    private struct ClockBody: Encodable {
        var now: Date
    }
}
