// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// Turns YAML text into one Yams `Node` tree, converting every YAML-level problem into diagnostics.
///
/// Yams refuses a mapping with a repeated key by throwing (and points at the first occurrence).
/// To report the repeat itself and still check the rest of the file, the composer finds the
/// repeated key in the text, replaces it with a same-width placeholder, records where, and composes
/// again. The reader skips the placeholder keys; the composer reports them.
struct YAMLComposer {
    /// The composed document and the positions of repeated keys the reader must skip.
    struct Document {
        var root: Node
        var repeatedKeyPositions: Set<YAMLPosition>
    }

    /// More repeated keys than this in one file is not a typo; stop recovering.
    static let maximumRepeatedKeys = 200
    /// Every recovery composes the whole text again; stop once that adds up to this many bytes
    /// (so a 10 MiB file is composed at most a few times).
    static let recompositionByteBudget = 32 * 1024 * 1024

    /// How many repeated keys to recover from in a text of `byteCount` bytes.
    static func recoveryLimit(byteCount: Int) -> Int {
        min(maximumRepeatedKeys, max(2, recompositionByteBudget / max(1, byteCount)))
    }

    let file: String

    /// Composes `text`; returns `nil` when there is nothing usable (syntax error, empty document).
    func compose(_ text: String, diagnostics: inout Diagnostics) -> Document? {
        var text = text
        var repeated: [YAMLPosition: RepeatedKey] = [:]
        let recoveryLimit = Self.recoveryLimit(byteCount: text.utf8.count)
        var recoveries = 0
        while true {
            do {
                let root = try composeSingleDocument(text, diagnostics: &diagnostics)
                reportRepeatedKeys(repeated, diagnostics: &diagnostics)
                guard let root else { return nil }
                return Document(root: root, repeatedKeyPositions: Set(repeated.keys))
            } catch let YamlError.duplicatedKeysInMapping(keys, context) {
                let first = YAMLPosition(context.mark)
                let name = keys.first ?? ""
                // Counted per attempt, not per position: a repeat found where Yams does not see it
                // would otherwise be "recovered" forever.
                recoveries += 1
                guard recoveries <= recoveryLimit,
                    let span = RepeatedKeyLocator.findRepeat(of: name, firstAt: first, in: text),
                    repeated[span.start] == nil
                else {
                    reportRepeatedKeys(repeated, diagnostics: &diagnostics)
                    diagnostics.error(
                        .inputKeyRepeated, ["key": "\(name)"], hint: Phrase(.inputHintFirstOccurrence), at: first.location(in: file))
                    return nil
                }
                text = RepeatedKeyLocator.replacing(span, in: text, placeholderIndex: repeated.count)
                repeated[span.start] = RepeatedKey(name: name, first: first)
            } catch let error as YamlError {
                reportRepeatedKeys(repeated, diagnostics: &diagnostics)
                diagnostics.append(YAMLSyntaxDiagnostic.make(from: error, file: file))
                return nil
            } catch {
                diagnostics.error(.inputYAMLUnreadable, ["error": "\(error)"], at: nil)
                return nil
            }
        }
    }

    /// Composes the first document and reports (without failing) any further documents.
    private func composeSingleDocument(_ text: String, diagnostics: inout Diagnostics) throws -> Node? {
        do {
            guard let root = try Parser(yaml: text).singleRoot() else {
                diagnostics.error(
                    .inputNoContent, hint: Phrase(.inputHintNoContent), at: YAMLPosition(line: 1, column: 1).location(in: file))
                return nil
            }
            return root
        } catch let YamlError.composer(context?, _, mark, _)
            where context.text == "expected a single document in the stream"
        {
            // The first document composed fine (Yams reads it completely before looking for a
            // second one), so compose it again and go on checking it.
            diagnostics.error(
                .inputMultipleDocuments, hint: Phrase(.inputHintMultipleDocuments), at: YAMLPosition(mark).location(in: file))
            return try Parser(yaml: text).nextRoot()
        }
    }

    /// A key that repeats an earlier key of the same mapping.
    private struct RepeatedKey {
        var name: String
        var first: YAMLPosition
    }

    private func reportRepeatedKeys(
        _ repeated: [YAMLPosition: RepeatedKey], diagnostics: inout Diagnostics
    ) {
        for (position, key) in repeated.sorted(by: { $0.key < $1.key }) {
            diagnostics.error(
                .inputKeyRepeated, ["key": "\(key.name)"], hint: Phrase(.inputHintKeyFirstSetAt, ["position": .phrase(key.first.phrase)]),
                at: position.location(in: file))
        }
    }
}
