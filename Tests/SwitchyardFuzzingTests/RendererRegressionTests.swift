// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardFuzzing
import Testing

/// Inputs the renderer fuzzer found, read by the same entry point; each must break no sink's rule.
@Suite struct RendererRegressionTests {
    @Test func everyRendererRegressionKeepsEverySinksRule() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/regressions/renderers")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.isEmpty)
        for file in files {
            let problems = RendererFuzzer.problems(try Data(contentsOf: folder.appendingPathComponent(file)))
            #expect(problems.isEmpty, "\(file): \(problems)")
        }
    }

    @Test(arguments: ["\u{06E2}lead", "\u{0301}acute", "trail\u{0600}", "both\u{0301}x\u{0600}", "\u{200D}zwj"])
    func valuesThatWouldJoinTheMarkupAroundThemAreHarmless(_ value: String) {
        var data = Data(value.utf8)
        data.append(0xFF)
        data.append(contentsOf: Array(value.utf8))
        #expect(RendererFuzzer.problems(data).isEmpty, "\(RendererFuzzer.problems(data))")
    }
}
