// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird

/// ECS: batch stop/start, show server, list servers with details. (Jobs share `SDRSRoutes`.)
struct ECSRoutes {
    let store: EmulatorStore

    func register(on router: Router<EmulatorRequestContext>) {
        let v1 = router.group("v1/:project_id")
        let presenter = WirePresenter(projectID: store.projectID)
        v1.post("cloudservers/action") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let action = try ActionBodyParser.serverAction(Array(buffer: body))
            guard let info = context.requestInfo else { throw APIError.ecs("Ecs.0005", "Invalid parameter values") }
            return try presenter.jobID(try await store.performServerAction(action, request: info))
        }
        v1.get("cloudservers/detail") { request, _ in
            let page = try await store.listServers(try ECSQueryParser.servers(SDRSRoutes.query(request)))
            return try presenter.servers(page)
        }
        v1.get("cloudservers/:server_id") { _, context in
            guard let id = context.parameters.get("server_id") else {
                throw APIError.ecs("Ecs.0114", "The ECS does not exist", status: 404)
            }
            return try presenter.server(try await store.showServer(id))
        }
    }
}
