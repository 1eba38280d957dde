// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The rows of the bad-input table: desired-state files, saved plans and journals that
/// are wrong in every way we could think of. `BadInputTests` runs each one.
enum BadInputTable {
    static let valid = "version: 1\ngroups:\n  - name: erp-db\n    activeSite: target\n"

    static var rows: [BadInput] { desiredStateRows + fileRows + savedPlanRows + journalRows }

    /// YAML syntax, types, keys, duplicates and references, through every command that reads the file.
    static let desiredStateRows: [BadInput] = [
        .validate("yaml-unclosed-quote", "version: 1\ngroups:\n  - name: \"erp-db\n    activeSite: target\n", expect: "desired.yaml:5:1: error:"),
        .desired("yaml-tab-indentation", "plan", .text("version: 1\ngroups:\n\t- name: erp-db\n"), expect: "desired.yaml:3:1: error:"),
        .desired("yaml-bad-indentation", "apply", .text("version: 1\ngroups:\n  - name: erp-db\n   activeSite: target\n"), expect: "desired.yaml:4:"),
        .desired("yaml-missing-colon", "drift", .text("version: 1\ngroups\n  - name: erp-db\n"), expect: "desired.yaml:3:"),
        .validate("yaml-undefined-alias", valid + "  - name: *nothing\n    activeSite: target\n", expect: "desired.yaml:5:11: error:"),
        .validate("yaml-two-documents", valid + "---\nversion: 1\n", expect: "desired.yaml:5:1: error:"),
        .validate("type-groups-not-a-list", "version: 1\ngroups: erp-db\n", expect: "desired.yaml:2:9: error:", "list"),
        .desired("type-version-a-string", "plan", .text("version: one\ngroups:\n  - name: erp-db\n    activeSite: target\n"), expect: "desired.yaml:1:10: error:"),
        .desired("type-parallelism-a-string", "apply", .text(valid + "policy:\n  parallelism: many\n"), expect: "desired.yaml:6:16: error:"),
        .validate("type-start-after-switch-not-bool", valid + "    startAfterSwitch: maybe\n", expect: "desired.yaml:5:23: error:"),
        .validate("top-level-list", "- version: 1\n", expect: "desired.yaml:1:1: error:"),
        .validate("unknown-top-level-key", valid + "grups: []\n", expect: "desired.yaml:5:1: error:", "grups"),
        .desired("unknown-group-key", "plan", .text(valid + "    activeSit: source\n"), expect: "desired.yaml:5:5: error:", "activeSit"),
        .validate("repeated-key", valid + "    activeSite: source\n", expect: "desired.yaml:5:5: error:", "activeSite"),
        .validate("repeated-key-crlf-lines", (valid + "    activeSite: source\n").replacingOccurrences(of: "\n", with: "\r\n"), expect: "desired.yaml:5:5: error: key 'activeSite' is repeated"),
        .desired("duplicate-group-name", "apply", .text(valid + "  - name: erp-db\n    activeSite: source\n"), expect: "desired.yaml:5:", "erp-db"),
        .desired("duplicate-group-id", "plan", .text("version: 1\ngroups:\n  - id: 40df180b-9fe2-471a-8c64-1b758dc84189\n    activeSite: target\n  - id: 40df180b-9fe2-471a-8c64-1b758dc84189\n    activeSite: source\n"), expect: "desired.yaml:5:"),
        .desired("depends-on-cycle", "apply", .text("version: 1\ngroups:\n  - name: a\n    activeSite: target\n    dependsOn: [b]\n  - name: b\n    activeSite: target\n    dependsOn: [a]\n"), expect: "desired.yaml:5:17: error: dependsOn forms a cycle: a → b → a"),
        .desired("depends-on-unknown-group", "drift", .text(valid + "    dependsOn: [erp-ap]\n"), expect: "desired.yaml:5:17: error: dependsOn names 'erp-ap', which is not a declared group (did you mean 'erp-db'?)"),
        .validate("depends-on-itself", valid + "    dependsOn: [erp-db]\n", expect: "desired.yaml:5:17: error: group 'erp-db' depends on itself"),
        .validate("unsupported-version", "version: 2\ngroups:\n  - name: erp-db\n    activeSite: target\n", expect: "desired.yaml:1:10: error:"),
        .desired("invalid-duration", "plan", .text(valid + "    switchTimeout: 30 minutes\n"), expect: "desired.yaml:5:20: error:"),
        .validate("invalid-active-site", "version: 1\ngroups:\n  - name: erp-db\n    activeSite: 42\n", expect: "desired.yaml:4:17: error:"),
        .validate("protection-misspelled", valid + "    protection: enable\n", expect: "desired.yaml:5:17: error: invalid value 'enable' for 'protection'", "did you mean 'enabled'?"),
        .validate("failover-without-reason", valid + "    failover: {}\n", expect: "desired.yaml:5:15: error: a failover declaration needs a 'reason'"),
        .validate("failover-not-a-mapping", valid + "    failover: true\n", expect: "desired.yaml:5:15: error: expected a mapping for 'failover'"),
        .validate("failover-empty-reason", valid + "    failover: {reason: \"  \"}\n", expect: "desired.yaml:5:24: error: a failover reason must be 1 to 500 characters long"),
        .validate("failover-reason-escape", valid + "    failover: {reason: \"down\\e[2J\"}\n", expect: "desired.yaml:5:24: error: the failover reason contains a control or format character"),
        .validate("failover-in-defaults", "version: 1\ndefaults:\n  failover: {reason: x}\ngroups:\n  - name: erp-db\n    activeSite: target\n", expect: "desired.yaml:3:3: error: unknown key 'failover' in 'defaults'", "belongs in a group"),
        .validate("deeply-nested-flow", "version: 1\ngroups: " + String(repeating: "[", count: 100_000) + "\n", expect: "desired.yaml:"),
        .validate(
            "alias-bomb", "version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + (1...9).map { "\(Character(UnicodeScalar(97 + $0)!)): &\(Character(UnicodeScalar(97 + $0)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + $0)!))", count: 10).joined(separator: ", ") + "]" }.joined(separator: "\n")
                + "\ngroups: *j\n",
            expect: "desired.yaml:"),
    ]

    /// The file itself: missing, a folder, empty, huge, binary, another encoding.
    static let fileRows: [BadInput] = [
        BadInput(name: "desired-missing-file", arguments: ["plan", "-f", "nowhere.yaml"], expected: ["cannot read 'nowhere.yaml': no such file"]),
        .desired("desired-is-a-directory", "apply", .directory, expect: "'desired.yaml' is a directory"),
        .desired("desired-empty-file", "apply", .text(""), expect: "desired.yaml"),
        .validate("desired-comments-only", "# nothing here\n", expect: "desired.yaml"),
        .desired("desired-huge-file", "plan", .generated { Data((valid + "# " + String(repeating: "x", count: 11 * 1024 * 1024) + "\n").utf8) }, expect: "larger than 10 MiB"),
        .desired("desired-binary-garbage", "apply", .bytes([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0xFE]), expect: "is a binary file"),
        .desired("desired-utf16-with-bom", "plan", .bytes([0xFF, 0xFE] + Array(valid.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), expect: "error: 'desired.yaml' is UTF-16 text, not UTF-8 (save the file as UTF-8)"),
        .validate("desired-utf16-without-bom", String(decoding: Array("version: 1\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, as: UTF8.self), expect: "'desired.yaml' is UTF-16 text, not UTF-8"),
        .desired("desired-utf32-with-bom", "apply", .bytes([0xFF, 0xFE, 0x00, 0x00, 0x76, 0x00, 0x00, 0x00]), expect: "'desired.yaml' is UTF-32 text, not UTF-8"),
        .desired("desired-latin1", "drift", .bytes(Array("version: 1\ngroups:\n  - name: caf".utf8) + [0xE9] + Array("\n    activeSite: target\n".utf8)), expect: "desired.yaml:3:14: error: 'desired.yaml' is not UTF-8 text"),
    ]

    /// Saved plans that are not plans, are of another version, were edited, or are for elsewhere.
    static let savedPlanRows: [BadInput] = [
        BadInput(name: "plan-missing-file", arguments: ["apply", "nowhere.json"], expected: ["nowhere.json: cannot read the plan file: no such file"]),
        .savedPlan("plan-is-a-directory", .directory, expect: "plan.json: is a directory"),
        .savedPlan("plan-empty-file", .text(""), expect: "plan.json: the file is empty"),
        .savedPlan("plan-not-json", .text("this is not json\n"), expect: "plan.json: not a switchyard plan: it is not valid JSON"),
        .savedPlan("plan-binary-garbage", .bytes([0x00, 0xFF, 0x13, 0x37, 0x00, 0x80]), expect: "plan.json: not a switchyard plan"),
        .savedPlan("plan-json-array", .text("[1, 2, 3]\n"), expect: "plan.json: not a switchyard plan: the file is not a JSON object"),
        .savedPlan("plan-truncated", .text("{\"format_version\": 1, \"groups\": [{\"address\": \"erp-db\""), expect: "plan.json: not a switchyard plan"),
        .savedPlan("plan-without-version", .text("{\"groups\": []}\n"), expect: "has no format_version"),
        .savedPlan("plan-version-1", .text("{\"format_version\": 1}\n"), expect: "format_version 1", "make the plan again"),
        .savedPlan("plan-version-a-string", .text("{\"format_version\": \"1\"}\n"), expect: "'format_version' must be an integer"),
        .savedPlan("plan-huge-file", .generated { Data(repeating: 0x20, count: 64 * 1024 * 1024 + 1) }, expect: "larger than 64 MiB"),
        .editedPlan("plan-groups-wrong-type", expect: "plan.json: not a switchyard plan: the plan cannot be read: 'groups' must be a list") { $0["groups"] = "erp-db" },
        .editedPlan("plan-group-missing-key", expect: "plan.json: not a switchyard plan: the plan cannot be read: 'groups[2].action' is missing") { plan in PlanJSON.group(&plan, "erp-db") { $0["action"] = nil } },
        .editedPlan("plan-unknown-action", expect: "plan.json: not a switchyard plan: the plan cannot be read: 'groups[2].action': Cannot initialize GroupAction from invalid String value delete") { plan in PlanJSON.group(&plan, "erp-db") { $0["action"] = "delete" } },
        .editedPlan("plan-tampered-observation", expect: "group 'erp-db': the fingerprint does not match the recorded observation") { plan in
            PlanJSON.group(&plan, "erp-db") { group in
                var observation = group["observation"] as? [String: Any] ?? [:]
                observation["status"] = "protected-but-edited"
                group["observation"] = observation
            }
        },
        .editedPlan("plan-tampered-fingerprint", expect: "the fingerprint does not match") { plan in
            PlanJSON.group(&plan, "erp-app") { $0["fingerprint"] = "sha256:" + String(repeating: "0", count: 64) }
        },
        .editedPlan("plan-tampered-desired-site", expect: "is not an availability zone of the group") { plan in
            PlanJSON.group(&plan, "erp-db") { $0["desired_site"] = ["site": "target", "availability_zone": "cn-north-4z"] }
        },
        .editedPlan("plan-in-sync-group-made-a-switch", expect: "group 'crm'") { plan in PlanJSON.group(&plan, "crm") { $0["action"] = "switch" } },
        .editedPlan("plan-duplicate-group", expect: "group 'erp-db' appears more than once") { plan in
            var groups = plan["groups"] as? [Any] ?? []
            groups.append(groups.last as Any)
            plan["groups"] = groups
        },
        .editedPlan("plan-wave-names-unknown-group", expect: "the waves name 'erp-web'") { plan in
            plan["waves"] = [["number": 1, "groups": ["erp-db", "erp-web"]], ["number": 2, "groups": ["erp-app"]]]
        },
        .editedPlan("plan-parallelism-out-of-range", expect: "the policy is out of range") { plan in
            plan["policy"] = ["max_switches_per_run": 10, "parallelism": 0]
        },
        .editedPlan("plan-errored", expect: "the plan has errors and cannot be applied") { plan in
            plan["errored"] = true
            plan["applyable"] = false
            plan["diagnostics"] = [["severity": "error", "message": "planned with errors"]]
        },
        .editedPlan("plan-for-another-project", expect: "the plan was made for project 0123456789abcdef0123456789abcdef, not 6f4c1d2a9b8e47f3a5c0d9e8b7a61234") { plan in
            var inputs = plan["inputs"] as? [String: Any] ?? [:]
            inputs["project_id"] = "0123456789abcdef0123456789abcdef"
            plan["inputs"] = inputs
        },
        .editedPlan("plan-for-a-project-with-control-characters", expect: #"the plan was made for project a\nb\u{7}, not"#) { plan in
            var inputs = plan["inputs"] as? [String: Any] ?? [:]
            inputs["project_id"] = "a\nb\u{7}"
            plan["inputs"] = inputs
        },
        .editedPlan("plan-for-another-region", expect: "the plan was made for region eu-west-0, not cn-north-4") { plan in
            var inputs = plan["inputs"] as? [String: Any] ?? [:]
            inputs["region"] = "eu-west-0"
            plan["inputs"] = inputs
        },
    ]

    static let project = ApplyCommandTests.project
    static func header(project: String = project, region: String = "cn-north-4", version: Int = 2) -> String {
        #"{"formatVersion":\#(version),"projectID":"\#(project)","region":"\#(region)","runID":"r1","startedAt":"2024-03-15T08:15:30Z","switchyardVersion":"0.1.0","type":"header"}"#
    }
    static let intent = #"{"address":"erp-db","at":"2024-03-15T08:15:31Z","groupID":"g1","runID":"r1","sequence":1,"serverIDs":[],"step":"reverse","type":"intent"}"#

    /// Journals that cannot be trusted (a torn last line alone is tolerated: see `BadInputTests`).
    static let journalRows: [BadInput] = [
        .journal("journal-garbage-line", .text(header() + "\nnot json at all\n" + intent + "\n"), expect: "journal.jsonl:2: corrupt journal record"),
        .journal("journal-empty-line-inside", .text(header() + "\n\n" + intent + "\n"), expect: "journal.jsonl:2: corrupt journal record (empty line)"),
        .journal("journal-binary-garbage", .bytes([0x00, 0x01, 0xFF, 0x0A]), expect: "journal.jsonl:1: corrupt journal record"),
        .journal("journal-record-before-header", .text(intent + "\n"), expect: "journal.jsonl:1: record before any header"),
        .journal("journal-another-project", .text(header(project: "0123456789abcdef0123456789abcdef") + "\n"), expect: "journal.jsonl:1: journal header is for project 0123456789abcdef0123456789abcdef"),
        .journal("journal-escape-sequence-in-project", .text(header(project: #"evil\u001b[2J\nproject"#) + "\n"), expect: #"journal.jsonl:1: journal header is for project evil\u{1b}[2J\nproject, not"#),
        .journal("journal-another-region", .text(header(region: "eu-west-0") + "\n"), expect: "journal.jsonl:1: journal header is for region eu-west-0, not cn-north-4"),
        .journal("journal-unsupported-version", .text(header(version: 9) + "\n"), expect: "journal.jsonl:1: journal format version 9 is not supported"),
        .journal("journal-is-a-directory", .directory, expect: "cannot read the journal journal.jsonl: it is a directory"),
        .journal("journal-huge-file", .generated { Data((header() + "\n" + String(repeating: " ", count: 64 * 1024 * 1024) + "\n").utf8) }, expect: "larger than 64 MiB"),
    ]
}
