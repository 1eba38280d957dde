// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird

/// SDRS: protection groups, protected instances, replication pairs and the shared jobs endpoint.
struct SDRSRoutes {
    let store: EmulatorStore
    let behaviours: EmulatorBehaviours

    func register(on router: Router<EmulatorRequestContext>) {
        let v1 = router.group("v1/:project_id")
        let presenter = WirePresenter(projectID: store.projectID)
        v1.get("server-groups") { request, _ in
            let page = try await store.listGroups(try SDRSQueryParser.groups(Self.query(request)))
            return try presenter.groups(page, count: count(page))
        }
        v1.get("server-groups/:server_group_id") { _, context in
            try presenter.group(try await store.showGroup(try Self.parameter("server_group_id", context)))
        }
        v1.post("server-groups/:server_group_id/action") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let action = try ActionBodyParser.groupAction(Array(buffer: body))
            guard let info = context.requestInfo else { throw APIError.sdrs("SDRS.0206", "Invalid action") }
            let jobID = try await store.performGroupAction(
                action, groupID: try Self.parameter("server_group_id", context), request: info
            )
            return try presenter.jobID(jobID)
        }
        v1.get("protected-instances") { request, _ in
            let page = try await store.listInstances(try SDRSQueryParser.members(Self.query(request)))
            return try presenter.instances(page, count: count(page))
        }
        v1.get("protected-instances/:protected_instance_id") { _, context in
            try presenter.instance(try await store.showInstance(try Self.parameter("protected_instance_id", context)))
        }
        v1.get("replications") { request, _ in
            let page = try await store.listReplications(try SDRSQueryParser.members(Self.query(request)))
            return try presenter.replications(page, count: count(page))
        }
        v1.get("replications/:replication_id") { _, context in
            try presenter.replication(try await store.showReplication(try Self.parameter("replication_id", context)))
        }
        v1.get("jobs/:job_id") { _, context in
            let job = try await store.job(try Self.parameter("job_id", context))
            return try job.service == .sdrs ? presenter.sdrsJob(job) : presenter.ecsJob(job)
        }
    }

    /// `count` per `behaviours.sdrsListCount`.
    private func count<T>(_ page: ListPage<T>) -> Int {
        behaviours.sdrsListCount == .total ? page.total : page.items.count
    }

    static func query(_ request: Request) -> QueryParameters {
        QueryParameters(rawQuery: APIRequestMiddleware.split(request.head.path ?? "/").query)
    }

    static func parameter(_ name: String, _ context: EmulatorRequestContext) throws -> String {
        guard let value = context.parameters.get(name) else {
            throw APIError.sdrs("SDRS.0201", "Invalid request parameters: missing \(name)")
        }
        return value
    }
}
