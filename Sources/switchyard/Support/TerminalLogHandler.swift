// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Logging
import SwitchyardCore

/// The `--debug` log sink: swift-log's stderr stream handler behind the terminal sink's rule
/// (``TerminalText``). The message, every metadata value and an attached error's description are
/// made visible and cut, so a group ID, a path or an error text from the cloud cannot forge log
/// lines or send escape sequences to the terminal.
struct TerminalLogHandler: LogHandler {
    private var inner: StreamLogHandler

    /// A handler writing to stderr, labelled `label`.
    init(label: String) {
        inner = StreamLogHandler.standardError(label: label)
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = "\(TerminalText.line(event.message.description))"
        var metadata = event.metadata?.mapValues(Self.visible) ?? [:]
        if let error = event.error {
            event.error = nil
            metadata["error"] = .string(TerminalText.line(String(describing: error)))
        }
        event.metadata = metadata.isEmpty ? nil : metadata
        inner.log(event: event)
    }

    private static func visible(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(TerminalText.line(text))
        case .stringConvertible(let convertible): .string(TerminalText.line(convertible.description))
        case .dictionary(let dictionary): .dictionary(dictionary.mapValues(visible))
        case .array(let array): .array(array.map(visible))
        }
    }
}
