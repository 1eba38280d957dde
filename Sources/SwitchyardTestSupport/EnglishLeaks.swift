// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore

/// English sentences that reached a Chinese rendering: for every catalogue template with a Chinese
/// text of its own, its longest English fragment (a run of at least three words between
/// placeholders) when `rendered` contains it.
public enum EnglishLeaks {
    public static func find(in rendered: String) -> [(key: MessageKey, fragment: String)] {
        MessageKey.allCases.compactMap { key in
            let english = Catalog.template(key, .english)
            let fragments = english.split(separator: "{").map { $0.split(separator: "}").last.map(String.init) ?? "" }
            guard let longest = fragments.max(by: { $0.count < $1.count }), longest.split(separator: " ").count >= 3 else { return nil }
            if english == Catalog.template(key, .simplifiedChinese) { return nil }
            return rendered.contains(longest) ? (key, longest) : nil
        }
    }
}
