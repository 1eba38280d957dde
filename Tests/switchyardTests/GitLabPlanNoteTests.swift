// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// The GitLab example's plan job updates its previous merge-request note (found by the plan's hidden
/// marker and the token's own user) instead of adding one per push. Its script entries after the
/// `switchyard plan` line run through `/bin/sh -c` as GitLab runs them, against a stand-in `curl`
/// that records each call and answers the notes API with canned JSON. Needs `jq`, as the job does.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/jq")))
struct GitLabPlanNoteTests {
    static let marker = "<!-- switchyard:plan file=desired.yaml -->"

    /// A stand-in for `curl`: logs its arguments, one call per line; `GET …/user` answers user 42,
    /// `GET …/notes?…` answers `$FAKE_NOTES`, anything else `{}`.
    static let fakeCurl = """
        #!/bin/sh
        echo "$*" >> "$FAKE_LOG"
        for argument in "$@"; do last="$argument"; done
        case "$last" in
          */user) echo '{"id": 42}' ;;
          *"/notes?"*) cat "$FAKE_NOTES" ;;
          *) echo '{}' ;;
        esac
        """

    /// Runs the plan job's entries after its `switchyard plan` line with `notes` as the existing
    /// notes and `status` as the plan's exit status; returns the job's exit status and the curl calls.
    static func runNoteScript(notes: String, status: Int32?) throws -> (status: Int32, calls: [String]) {
        let root = try CIExamplesTests.load("examples/ci/gitlab-ci.yml")
        let job = try #require(CIExamplesTests.mapping(root["plan"]))
        let script = try #require(job["script"] as? [String])
        let planIndex = try #require(script.firstIndex { $0.hasPrefix("switchyard plan") })
        let work = try CommandRunner.temporaryDirectory()
        let bin = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let curl = bin.appendingPathComponent("curl")
        try fakeCurl.write(to: curl, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: curl.path)
        try "\(marker)\n### switchyard plan: 1 to switch, 2 in sync, 0 blocked.\n".write(to: work.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        if let status { try "\(status)\n".write(to: work.appendingPathComponent("plan.status"), atomically: true, encoding: .utf8) }
        try notes.write(to: work.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)
        let environment = [
            "PATH": "\(bin.path):/usr/bin:/bin", "FAKE_LOG": work.appendingPathComponent("curl.log").path,
            "FAKE_NOTES": work.appendingPathComponent("notes.json").path, "CI_API_V4_URL": "https://gitlab.example/api/v4",
            "CI_PROJECT_ID": "7", "CI_MERGE_REQUEST_IID": "3", "GITLAB_NOTE_TOKEN": "note-token",
        ]
        var last: Int32 = 0
        for entry in script[(planIndex + 1)...] {
            last = try CommandRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", entry], environment: environment, directory: work).status
            if last != 0 { break }
        }
        let log = (try? String(contentsOf: work.appendingPathComponent("curl.log"), encoding: .utf8)) ?? ""
        return (last, log.split(separator: "\n").map(String.init))
    }

    /// One note as the notes API lists it (`body` without quotes or backslashes).
    static func note(id: Int, author: Int, body: String, system: Bool = false) -> String {
        let encoded = "\"" + body.replacingOccurrences(of: "\n", with: "\\n") + "\""
        return #"{"id": \#(id), "system": \#(system), "author": {"id": \#(author)}, "body": \#(encoded)}"#
    }

    @Test func updatesTheNoteItWroteBeforeInsteadOfAddingOne() throws {
        let notes = "[" + [
            Self.note(id: 9, author: 7, body: "\(Self.marker)\nquoted by a person"),
            Self.note(id: 8, author: 42, body: "<!-- switchyard:plan file=other.yaml -->\nanother file's plan"),
            Self.note(id: 5, author: 42, body: "\(Self.marker)\nthe old plan"),
        ].joined(separator: ",") + "]"
        let run = try Self.runNoteScript(notes: notes, status: nil)
        #expect(run.status == 0)
        #expect(run.calls.contains { $0.contains("--request PUT") && $0.hasSuffix("/projects/7/merge_requests/3/notes/5") }, "\(run.calls)")
        #expect(!run.calls.contains { $0.contains("--request POST") }, "\(run.calls)")
        #expect(run.calls.allSatisfy { $0.contains("PRIVATE-TOKEN: note-token") })
    }

    @Test func addsANoteWhenItHasNoneOfItsOwnAndFailsTheJobAfterABlockedPlan() throws {
        let notes = "[" + Self.note(id: 9, author: 7, body: "\(Self.marker)\nquoted by a person") + "]"
        let run = try Self.runNoteScript(notes: notes, status: 3)
        #expect(run.calls.contains { $0.contains("--request POST") && $0.hasSuffix("/projects/7/merge_requests/3/notes") }, "\(run.calls)")
        #expect(!run.calls.contains { $0.contains("--request PUT") })
        // Posted first, then the job fails on exit status 3 (blocked groups).
        #expect(run.status != 0)
    }
}
