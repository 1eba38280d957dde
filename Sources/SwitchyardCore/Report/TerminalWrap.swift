// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Word wrapping for terminal text: long sentences (advisories, reasons, notes) broken at spaces so
/// that a terminal never cuts a word at its edge.
///
/// Pure: the width is passed in (the CLI measures the terminal, or uses ``defaultWidth`` when
/// stdout is not one). Widths count characters (grapheme clusters). A word is split only when it is
/// longer than a whole line.
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

    /// `text` as lines of at most `width` characters: the first starts with `first`, the others
    /// with `rest` (a hanging indent). Runs of spaces between words collapse to one at a break.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let width = max(width, minimumWidth)
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        var prefixCount = first.count
        var count = prefixCount
        func flush() {
            lines.append(line)
            line = rest
            prefixCount = rest.count
            count = prefixCount
            lineHasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            let needed = (lineHasWord ? 1 : 0) + word.count
            if lineHasWord && count + needed > width { flush() }
            // A word longer than a whole line is split at the line's end.
            while prefixCount + word.count > width {
                if lineHasWord { flush() }
                let room = max(width - count, 1)
                line += word.prefix(room)
                word = word.dropFirst(room)
                lineHasWord = true
                flush()
            }
            guard !word.isEmpty else { continue }
            if lineHasWord {
                line += " "
                count += 1
            }
            line += word
            count += word.count
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `indent` + `label` + ` ` + `text`, wrapped to `width` with the continuation lines under the
    /// text; `painted` is the label as shown (coloured or not; it must look `label.count` wide).
    public static func labelled(_ label: String, painted: String, _ text: String, width: Int, indent: String = "    ") -> [String] {
        let hanging = String(repeating: " ", count: indent.count + label.count + 1)
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
            if !line.isEmpty && line.count + separator.count + item.count > width {
                lines.append(line)
                line = ""
            }
            if line.isEmpty && item.count > width {
                lines += wrap(item, width: width)
                continue
            }
            line += (line.isEmpty ? "" : separator) + item
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
