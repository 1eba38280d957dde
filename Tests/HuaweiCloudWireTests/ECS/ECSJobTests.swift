// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ECSJobTests {
    /// A batch-stop job in the documented shape (§6.4), one sub-job per server.
    static let batchStopSample = #"""
        {"job_id": "ff80808288d41e1b018990260955686a", "job_type": "batchStopServers", "status": "RUNNING",
         "begin_time": "2016-04-25T20:04:34.604Z", "end_time": "", "error_code": null, "fail_reason": null,
         "entities": {"sub_jobs_total": 2, "sub_jobs": [
            {"job_id": "s1", "job_type": "stopServer", "status": "SUCCESS", "begin_time": "2016-04-25T20:04:34.604Z",
             "end_time": "2016-04-25T20:04:47.591Z", "error_code": null, "fail_reason": null,
             "entities": {"server_id": "srv-1"}},
            {"job_id": "s2", "job_type": "stopServer", "status": "FAIL", "begin_time": "2016-04-25T20:04:34.604Z",
             "end_time": "2016-04-25T20:04:47.591Z", "error_code": "Ecs.0100", "fail_reason": "state",
             "entities": {"server_id": "srv-2", "errorcode_message": "ECS status does not meet requirements"}}
         ]}}
        """#

    @Test func decodesABatchJobWithSubJobs() throws {
        let job = try decodeWire(ECSJob.self, Self.batchStopSample)
        #expect(job.status == .running)
        #expect(job.endTime == "")
        #expect(job.entities?.subJobsTotal == 2)
        let subJobs = try #require(job.entities?.subJobs)
        #expect(subJobs.map(\.entities?.serverID) == ["srv-1", "srv-2"])
        #expect(subJobs.map(\.status) == [.success, .failed])
        #expect(subJobs.last?.entities?.errorcodeMessage == "ECS status does not meet requirements")
        #expect(subJobs.last?.errorCode == "Ecs.0100")
    }

    @Test func subJobsTotalSentAsTextReadsAsANumber() throws {
        #expect(try decodeWire(ECSJob.self, #"{"entities": {"sub_jobs_total": "3"}}"#).entities?.subJobsTotal == 3)
    }

    @Test func encodesDocumentedKeysWithExplicitNullsAndNumericTotal() throws {
        let jobKeys: Set<String> = [
            "job_id", "job_type", "status", "begin_time", "end_time", "error_code", "fail_reason", "entities",
        ]
        let empty = try encodedObject(ECSJob())
        #expect(Set(empty.keys) == jobKeys && nullKeys(empty) == jobKeys)
        let entities = try encodedObject(ECSJobEntities(subJobsTotal: 1, subJobs: []))
        #expect(Set(entities.keys) == ["server_id", "nic_id", "sub_jobs_total", "sub_jobs"])
        #expect(entities["sub_jobs_total"] as? Int == 1)
        #expect(nullKeys(entities) == ["server_id", "nic_id"])
        let subJob = try encodedObject(ECSSubJob())
        #expect(Set(subJob.keys) == jobKeys)
        #expect(Set(try encodedObject(ECSSubJobEntities()).keys) == ["server_id", "nic_id", "errorcode_message"])
        let failedQuery = try encodedObject(ECSJob(code: "Common.0011", message: "Failed to query system tasks"))
        #expect(failedQuery["code"] as? String == "Common.0011")
    }

    @Test func roundTrips() throws {
        let job = try decodeWire(ECSJob.self, Self.batchStopSample)
        #expect(try roundTrip(job) == job)
        let done = ECSJob(
            jobID: "j", jobType: "batchStartServers", status: .success, beginTime: "b", endTime: "e",
            entities: .init(
                subJobsTotal: 1, subJobs: [.init(jobID: "s", status: .success, entities: .init(serverID: "x"))])
        )
        #expect(try roundTrip(done) == done)
    }
}
