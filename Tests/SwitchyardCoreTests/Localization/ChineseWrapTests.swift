// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Chinese in a terminal: two columns per character, lines broken between characters (there are no
/// spaces), never before closing punctuation.
@Suite struct ChineseWrapTests {
    static let sentence = "生产站点（cn-north-4a）的云服务器 db-01 (srv-1) UNKNOWN 不可达，无法为计划内切换而关机；如果该站点已故障，请为该保护组声明故障切换，并使用 --allow-failover 执行 apply：故障切换会停止复制，尚未复制的数据可能丢失。"

    @Test func columnsCountWideCharactersTwice() {
        #expect(TerminalWrap.columns("abc") == 3)
        #expect(TerminalWrap.columns("保护组") == 6)
        #expect(TerminalWrap.columns("切换（SOFT）") == 12)
        #expect(TerminalWrap.columns("é") == 1)
    }

    @Test(arguments: [40, 57, 80, 121])
    func chineseWrapsWithinTheWidthAndLosesNothing(width: Int) {
        let lines = TerminalWrap.wrap(Self.sentence, width: width, first: "    原因： ", rest: "           ")
        #expect(lines.count > 1)
        for line in lines {
            #expect(TerminalWrap.columns(line) <= width, "\(line)")
            let text = line.drop { $0 == " " }
            #expect(!(text.first.map { "，。；：）、".contains($0) } ?? false), "a line starts with closing punctuation: \(line)")
        }
        // Only the indents and the spaces of the sentence itself are gone at breaks.
        let joined = lines.map { $0.drop { $0 == " " } }.joined().replacing("原因：", with: "")
        #expect(joined.replacing(" ", with: "") == Self.sentence.replacing(" ", with: ""))
        // Latin words inside the Chinese are never cut (they are shorter than a line).
        for word in ["--allow-failover", "cn-north-4a", "UNKNOWN"] {
            #expect(lines.contains { $0.contains(word) }, "\(word) was split")
        }
    }

    @Test func labelsOfChineseTextHangUnderTheText() {
        let lines = TerminalWrap.labelled("原因：", painted: "原因：", Self.sentence, width: 60)
        #expect(lines[0].hasPrefix("    原因： "))
        // 4 spaces + 6 columns of label + 1 space.
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 11)) && !$0.hasPrefix(String(repeating: " ", count: 12)) })
    }

    @Test func englishWrapsExactlyAsBefore() {
        let text = "server(s) db-01 (i1) at the production site (az-a) are unreachable, so they cannot be shut down for a planned switchover"
        let lines = TerminalWrap.wrap(text, width: 40)
        #expect(lines == [
            "server(s) db-01 (i1) at the production",
            "site (az-a) are unreachable, so they",
            "cannot be shut down for a planned",
            "switchover",
        ])
    }

    @Test func aChinesePlanFitsTheTerminal() throws {
        let plan = try PlanGoldenTests.plan(scenario: "windows-cloudbase-init")
        for width in [60, 80] {
            let text = PlanTextRenderer(options: .init(width: width, language: .simplifiedChinese)).render(plan)
            #expect(text.contains("Cloudbase-Init"))
            #expect(text.contains("登录提示："))
            for line in text.split(separator: "\n") where line.hasPrefix("    ") {
                #expect(TerminalWrap.columns(line) <= width, "\(line)")
            }
        }
    }
}
