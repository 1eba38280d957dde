// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Reads and atomically writes the JSON state file (write to a temporary file, then rename).
enum StateFile {
    static func read(path: String) throws -> EmulatorState {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw EmulatorError.stateFileUnreadable(path: path, reason: "the file cannot be read")
        }
        do {
            let state = try decoder.decode(EmulatorState.self, from: data)
            guard state.formatVersion == EmulatorState.currentFormatVersion else {
                throw EmulatorError.stateFileUnreadable(
                    path: path, reason: "format version \(state.formatVersion) is not supported"
                )
            }
            return state
        } catch let error as EmulatorError {
            throw error
        } catch {
            throw EmulatorError.stateFileUnreadable(path: path, reason: "it is not emulator state JSON")
        }
    }

    static func write(_ state: EmulatorState, path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            let data = try encoder.encode(state)
            // The state holds the fixture's (fake) credentials: owner-only, like every switchyard file.
            guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw EmulatorError.stateFileUnwritable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .deferredToDate
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .deferredToDate
        return decoder
    }
}
