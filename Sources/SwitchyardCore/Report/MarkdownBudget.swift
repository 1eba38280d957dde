// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Greedy space accounting for Markdown reports with a hard size limit (pull-request comments):
/// a part that does not fit is dropped and counted by kind, so a closing note can say what was cut.
/// Sizes are UTF-8 bytes, stricter than GitHub's character count.
struct MarkdownBudget<Part: Hashable> {
    var used: Int
    let limit: Int
    var omitted: [Part: Int] = [:]

    init(used: Int, limit: Int) {
        self.used = used
        self.limit = limit
    }

    /// Returns `text` and counts it when it fits; otherwise returns "" and records one omitted `kind`.
    mutating func take(_ text: String, kind: Part?) -> String {
        let size = text.utf8.count
        guard used + size <= limit else {
            if let kind { omitted[kind, default: 0] += 1 }
            return ""
        }
        used += size
        return text
    }
}
