// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Word wrapping for terminal text: long sentences (advisories, reasons, notes) broken at spaces so
/// that a terminal never cuts a word at its edge.
///
/// Pure: the width is passed in (the CLI measures the terminal, or uses ``defaultWidth`` when
/// stdout is not one). Widths count terminal columns: one per character (grapheme cluster), two for
/// an East Asian wide one. A word is split only when it is longer than a whole line; Chinese text
/// breaks between its characters.
public enum TerminalWrap {
    /// The width used when stdout is not a terminal (a file, a pipe, a CI log).
    public static let defaultWidth = 80

    /// The narrowest width honoured; a smaller one (a tiny window, `COLUMNS=5`) is raised to this.
    public static let minimumWidth = 40

    /// The width to wrap at: on a terminal its measured width (`ioctl(TIOCGWINSZ)`, which the CLI
    /// reads), else a positive `COLUMNS`, else ``defaultWidth``; not on a terminal always
    /// ``defaultWidth``, whatever `COLUMNS` says (a file or a CI log reads the same everywhere).
    public static func width(isTerminal: Bool, measured: Int?, columns: String?) -> Int {
        guard isTerminal else { return defaultWidth }
        if let measured, measured > 0 { return measured }
        if let columns = columns.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 { return columns }
        return defaultWidth
    }

    /// `text` as lines of at most `width` columns: the first starts with `first`, the others with
    /// `rest` (a hanging indent). Runs of spaces between words collapse to one at a break.
    ///
    /// Chinese (and other East Asian wide) text has no spaces between words: a line may also break
    /// between two characters when either is wide, except before closing punctuation (`，。；：）`…)
    /// and after opening punctuation (`（「`…), as Chinese typesetting does. Wide characters count two
    /// columns (``columns(_:)``).
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let width = max(width, minimumWidth)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        var prefixCount = columns(first)
        var count = prefixCount
        func flush() {
            lines.append(line)
            line = rest
            prefixCount = columns(rest)
            count = prefixCount
            lineHasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            for (index, segment) in segments(word).enumerated() {
                var segment = segment
                let glued = index > 0
                var segmentWidth = columns(segment)
                let needed = (lineHasWord && !glued ? 1 : 0) + segmentWidth
                if lineHasWord && count + needed > width { flush() }
                // A segment longer than a whole line is split at the line's end.
                while prefixCount + segmentWidth > width {
                    if lineHasWord { flush() }
                    let (head, tail) = split(segment, room: max(width - count, 1))
                    line += head
                    segment = tail
                    segmentWidth = columns(segment)
                    lineHasWord = true
                    flush()
                }
                guard !segment.isEmpty else { continue }
                if lineHasWord && !glued {
                    line += " "
                    count += 1
                }
                line += segment
                count += segmentWidth
                lineHasWord = true
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The columns `text` takes in a terminal: two for each East Asian wide or fullwidth character
    /// (CJK ideographs, kana, Hangul, fullwidth punctuation such as `，` and `（`, wide emoji), one
    /// for every other character.
    public static func columns(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// Whether `character` is East Asian wide or fullwidth (its first scalar decides).
    public static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value, value >= 0x1100 else { return false }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Characters a line never starts with, and ones it never ends with.
    private static let noBreakBefore: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "】", "》", "〉", "”", "’", "…", ",", ".", ";", ":", "!", "?", ")", "]", "}"]
    private static let noBreakAfter: Set<Character> = ["（", "「", "『", "【", "《", "〈", "“", "‘", "(", "[", "{"]

    /// `word` cut where a line may break inside it (next to a wide character); a word of narrow
    /// characters is one segment.
    private static func segments(_ word: Substring) -> [Substring] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return [word] }
        var result: [Substring] = []
        var start = word.startIndex
        var previous: Character?
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            if let before = previous, isWide(before) || isWide(character),
               !noBreakBefore.contains(character), !noBreakAfter.contains(before) {
                result.append(word[start..<index])
                start = index
            }
            previous = character
            index = word.index(after: index)
        }
        result.append(word[start...])
        return result
    }

    /// `segment` cut after at most `room` columns (at least one character).
    private static func split(_ segment: Substring, room: Int) -> (Substring, Substring) {
        var used = 0
        var index = segment.startIndex
        while index < segment.endIndex {
            let width = isWide(segment[index]) ? 2 : 1
            if used + width > room && index > segment.startIndex { break }
            used += width
            index = segment.index(after: index)
        }
        return (segment[..<index], segment[index...])
    }

    /// `indent` + `label` + ` ` + `text`, wrapped to `width` with the continuation lines under the
    /// text; `painted` is the label as shown (coloured or not; it must look as wide as `label`).
    public static func labelled(_ label: String, painted: String, _ text: String, width: Int, indent: String = "    ") -> [String] {
        let hanging = String(repeating: " ", count: indent.count + columns(label) + 1)
        var lines = wrap(text, width: width, first: hanging, rest: hanging)
        lines[0] = indent + painted + " " + lines[0].dropFirst(hanging.count)
        return lines
    }

    /// Items (a legend's `~ switch`, `! blocked`, …) joined by `separator`, as many per line as fit
    /// in `width`; an item is never split unless it alone is longer than a line.
    public static func items(_ items: [String], separator: String = "  ", width: Int) -> [String] {
        let width = max(width, minimumWidth)
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty && columns(line) + columns(separator) + columns(item) > width {
                lines.append(line)
                line = ""
            }
            if line.isEmpty && columns(item) > width {
                lines += wrap(item, width: width)
                continue
            }
            line += (line.isEmpty ? "" : separator) + item
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
