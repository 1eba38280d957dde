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
}
