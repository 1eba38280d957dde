// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import Testing

/// Each sink's escaping rule, exactly (docs/reliability.md, "Hostile text").
@Suite struct SinkRuleTests {
    @Test func terminalTextShowsControlAndFormatCharactersAndCutsLongLines() {
        #expect(TerminalText.line("\u{1B}]0;pwned\u{07}\u{1B}[2J t") == #"\u{1b}]0;pwned\u{7}\u{1b}[2J t"#)
        #expect(TerminalText.line("x\r\nFAKE") == #"x\r\nFAKE"#)
        #expect(TerminalText.line("a\u{0}b\u{202E}c\u{2028}d\u{85}") == #"a\u{0}b\u{202e}c\u{2028}d\u{85}"#)
        #expect(TerminalText.line("é日本", limit: 10) == "é日本")
        #expect(TerminalText.line(String(repeating: "x", count: 250), limit: 200) == String(repeating: "x", count: 200) + "…(50 more characters)")
        #expect(TerminalText.line("xy", limit: 1) == "x…(1 more character)")
        #expect(TerminalText.lines("a\nb\u{7}") == "a\nb\\u{7}")
    }

    @Test func markdownTextKeepsTablesHeadingsAndHTMLInert() {
        #expect(MarkdownText.text("a | b") == #"a \| b"#)
        #expect(MarkdownText.text("# heading", startsLine: true) == ##"\# heading"##)
        #expect(MarkdownText.text("x # y") == "x # y")
        #expect(MarkdownText.text("</details>") == "&lt;/details&gt;")
        #expect(MarkdownText.text("[a](b) *c* `d`") == #"\[a\](b) \*c\* \`d\`"#)
        #expect(MarkdownText.text("priority_station _x_") == #"priority_station \_x\_"#)
        #expect(MarkdownText.text("a\nb") == #"a\\nb"#, "shown as a\\nb")
        #expect(MarkdownText.code("a`b|c", inTable: true) == #"a'b\|c"#)
        #expect(MarkdownText.html("</details>\r\n") == #"&lt;/details&gt;\r\n"#)
    }

    @Test func prometheusLabelValuesUseOnlyTheFormatsEscapes() {
        #expect(PrometheusLabel.value("a\r\nb") == #"a\\r\nb"#)
        #expect(PrometheusLabel.value("q\"b\\") == #"q\"b\\"#)
        #expect(PrometheusLabel.value("e\u{1B}[2J") == #"e\\u{1b}[2J"#)
        #expect(DriftMetricsRenderer.escapeLabelValue("x\ny") == #"x\ny"#)
    }
}
