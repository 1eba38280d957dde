// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardFuzzing
import Testing

/// The renderer half of the sink matrix (issue 12): each hostile string, alone and combined, as
/// group names, sites, reasons, notes, project and region of a plan and a drift report, through
/// every renderer; each output read back by its sink's checker (`SinkCheck`).
@Suite struct RendererSinkMatrixTests {
    static let hostile: [String] = [
        "\u{1B}]0;pwned\u{07}\u{1B}[2J target", "ring\u{07}bell", "over\rwrite", "x\nFAKE: line", "x\r\nFAKE: converged",
        "a\u{0}b", "admin\u{202E}gnp.exe", "</details><img src=x>", "a | b | c", "# heading", "[link](http://evil)",
        "`code` *em* _u_", "back\\slash\"quote", String(repeating: "x", count: 100_000),
    ]

    @Test(arguments: hostile.indices)
    func everyRendererKeepsItsSinkRule(_ index: Int) {
        let alone = Data(Self.hostile[index].utf8)
        #expect(RendererFuzzer.problems(alone).isEmpty, "\(RendererFuzzer.problems(alone).prefix(3))")
        var mixed = Data()
        for offset in 0..<8 {
            if offset > 0 { mixed.append(0xFF) }
            mixed.append(contentsOf: Self.hostile[(index + offset) % Self.hostile.count].prefix(2_000).utf8)
        }
        #expect(RendererFuzzer.problems(mixed).isEmpty, "\(RendererFuzzer.problems(mixed).prefix(3))")
    }

    @Test func theCheckersCatchWhatTheRulesPrevent() {
        #expect(!SinkCheck.terminal("a\u{1B}[2Jb").isEmpty)
        #expect(!SinkCheck.terminal("a\u{202E}b").isEmpty)
        #expect(SinkCheck.terminal("\u{1B}[31mred\u{1B}[0m", color: true).isEmpty)
        #expect(!SinkCheck.markdown("| a | b |\n").isEmpty)
        #expect(!SinkCheck.markdown("<details>\n</details>\n</details>\n").isEmpty)
        #expect(!SinkCheck.markdown("# heading\n").isEmpty)
        #expect(!SinkCheck.markdown("<!-- switchyard:plan file=a-->b -->\n").isEmpty)
        #expect(!SinkCheck.markdown("<!-- switchyard:plan file=a b -->\n").isEmpty)
        #expect(SinkCheck.markdown("<!-- switchyard:plan file=a-%2Db.yaml -->\n").isEmpty)
        #expect(!SinkCheck.prometheus("m{group=\"a\rb\"} 1\n").isEmpty)
        #expect(!SinkCheck.prometheus("m{group=\"a\\rb\"} 1\n").isEmpty)
        #expect(SinkCheck.prometheus("m{group=\"a\\\\rb\\n\\\"\"} 1\n").isEmpty)
        #expect(!SinkCheck.junit("<a><b></a>").isEmpty)
    }
}
