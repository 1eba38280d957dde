// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct SDRSJobTests {
    /// The job example of the reference (§4).
    static let runningReverse = #"""
        {"job_id": "0000000062db92d70162db9d200f000a", "job_type": "reverseProtectionGroupNoCG",
         "status": "RUNNING", "begin_time": "2019-06-13T09:40:53.930Z", "end_time": null,
         "error_code": null, "fail_reason": null,
         "entities": {"server_group_id": "1fd6903c-48f9-4772-8974-112dfbd74427", "sub_jobs": []}}
        """#

    /// A finished stop with a sub-job, in the shape of the documented stop example.
    static let stopWithSubJob = #"""
        {"job_id": "0000000062db92d70162db9d200f002d", "job_type": "stopProtectionGroupNoCG", "status": "SUCCESS",
         "begin_time": "2018-04-19T01:55:30.443Z", "end_time": "2018-04-19T01:55:45.171Z",
         "error_code": null, "fail_reason": null,
         "entities": {"server_group_id": "g", "replication_pair_id": null, "sub_jobs": [
            {"job_id": "sub-1", "job_type": "stopProtectionGroupRepNoCG", "status": "SUCCESS",
             "begin_time": "2018-04-19T01:55:30.502Z", "end_time": "2018-04-19T01:55:44.873Z",
             "error_code": null, "fail_reason": null,
             "entities": {"replication_pair_id": "r-1", "server_group_id": "g"}}
         ]}}
        """#

    @Test func decodesTheDocumentedRunningJob() throws {
        let job = try decodeWire(SDRSJob.self, Self.runningReverse)
        #expect(job.status == .running)
        #expect(job.status?.isTerminal == false)
        #expect(job.jobType == "reverseProtectionGroupNoCG")
        #expect(job.endTime == nil && job.errorCode == nil)
        #expect(job.entities?.serverGroupID == "1fd6903c-48f9-4772-8974-112dfbd74427")
        #expect(job.entities?.subJobs == [])
    }

    @Test func decodesSubJobs() throws {
        let job = try decodeWire(SDRSJob.self, Self.stopWithSubJob)
        let sub = try #require(job.entities?.subJobs?.first)
        #expect(sub.jobType == "stopProtectionGroupRepNoCG")
        #expect(sub.status == .success)
        #expect(sub.entities?.replicationPairID == "r-1")
        #expect(sub.entities?.subJobs == nil)
    }

    @Test func encodesDocumentedKeysAndOmitsQueryErrorFieldsWhenUnset() throws {
        let empty = try encodedObject(SDRSJob())
        let jobKeys: Set<String> = [
            "job_id", "job_type", "status", "begin_time", "end_time", "error_code", "fail_reason", "entities",
        ]
        #expect(Set(empty.keys) == jobKeys)
        #expect(nullKeys(empty) == jobKeys)
        let failedQuery = try encodedObject(SDRSJob(code: "SDRS.0401", message: "Incorrect number of subjobs"))
        #expect(failedQuery["code"] as? String == "SDRS.0401")
        #expect(failedQuery["message"] as? String == "Incorrect number of subjobs")
    }

    @Test func entitiesWriteSubJobsOnlyWhenSet() throws {
        let idKeys: Set<String> = [
            "replication_pair_id", "volume_ids", "server_group_id", "protected_instance_id", "native_server_id",
            "nic_id",
        ]
        let subJobEntities = try encodedObject(SDRSJobEntities(serverGroupID: "g"))
        #expect(Set(subJobEntities.keys) == idKeys)
        let topLevel = try encodedObject(SDRSJobEntities(serverGroupID: "g", subJobs: []))
        #expect(Set(topLevel.keys) == idKeys.union(["sub_jobs"]))
        #expect((topLevel["sub_jobs"] as? [Any])?.isEmpty == true)
    }

    @Test func roundTripsNestedJobs() throws {
        let job = try decodeWire(SDRSJob.self, Self.stopWithSubJob)
        #expect(try roundTrip(job) == job)
        let failed = SDRSJob(
            jobID: "j", jobType: "reverseProtectionGroupNoCG", status: .failed, beginTime: "b", endTime: "e",
            errorCode: "SDRS.1029", failReason: "switchover failed",
            entities: .init(serverGroupID: "g", subJobs: [SDRSJob(jobID: "s", status: .failed)])
        )
        #expect(try roundTrip(failed) == failed)
        #expect(
            try roundTrip(JobIDResponse(jobID: "0000000062db92d70162db9d200f002d")).jobID
                == "0000000062db92d70162db9d200f002d")
        #expect(try decodeWire(JobIDResponse.self, #"{"job_id": null, "extra": 1}"#).jobID == nil)
    }
}
