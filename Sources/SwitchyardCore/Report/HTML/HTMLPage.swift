// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The frame of switchyard's self-contained HTML pages: the head with a Content-Security-Policy
/// that forbids every request, the shared stylesheet (plus `extraStyles`) inline, and the closing
/// script. `title` must already be escaped.
enum HTMLPage {
    /// Everything up to and including `<main>`.
    static func start(title: String, extraStyles: String = "", language: Language = .english) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language(.htmlLanguage))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <title>\(title)</title>
        <style>
        \(ApplyReportHTMLAssets.stylesheet)\(extraStyles)</style>
        </head>
        <body>
        <main>

        """
    }

    /// Everything from `</main>` on.
    static let end = "</main>\n<script>\n\(ApplyReportHTMLAssets.script)</script>\n</body>\n</html>\n"
}
