// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A seeded generator (SplitMix64), so every generated body can be reproduced from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}

/// Strings that break naive JSON code: quotes, backslashes, every control character, non-BMP
/// scalars, right-to-left text, combining marks, line separators, a BOM, very long text.
enum HostileStrings {
    static let samples: [String] = [
        "", "plain", #"quote " inside"#, #"back\slash"#, #"\"\\"#, "/dev/vda", "tab\tnew\nline\rcr",
        String((0..<0x20).map { Character(Unicode.Scalar($0)!) }), "del\u{7F}", "😀 emoji", "𝄞 clef",
        "שלום עולם", "مرحبا", "\u{202E}override", "e\u{301} combining", "é precomposed", "\u{2028}\u{2029}",
        "\u{FEFF}bom", "\u{212A}elvin", "nul\u{0}byte", String(repeating: "long-🙂-\"\\-", count: 400),
        "null", "true", "42", " 7 ", "5.0",
    ]

    static func pick(using random: inout SeededRandom) -> String {
        samples.randomElement(using: &random)!
    }
}

/// The shape of a field, for generating bodies in the wire types' layouts.
enum FieldShape: Sendable {
    case string
    case integer
    case boolean
    case stringMap
    case object([Field])
    case objectArray([Field])
}

/// A key and the shape of its value.
struct Field: Sendable {
    var name: String
    var shape: FieldShape

    init(_ name: String, _ shape: FieldShape) {
        self.name = name
        self.shape = shape
    }
}

/// Writes JSON texts (as bytes) that are mostly, but not always, what the wire types expect:
/// fields missing, `null`, of the wrong type, numbers as strings, duplicated keys, unknown keys
/// with odd contents, escaped key spellings, and strings escaped in every way JSON allows (and a
/// few it does not).
struct WireJSONGenerator {
    var random: SeededRandom
    /// How often a value is replaced by something odd (0 = always the expected type).
    var noise = 0.15

    init(seed: UInt64, noise: Double = 0.15) {
        random = SeededRandom(seed: seed)
        self.noise = noise
    }

    mutating func object(_ fields: [Field], depth: Int = 0) -> [UInt8] {
        var members: [[UInt8]] = []
        for field in fields where random.chance(0.85) {
            let (key, shape) = (field.name, field.shape)
            members.append(member(key, value(shape, depth: depth)))
            if random.chance(noise / 3) { members.append(member(key, value(shape, depth: depth))) }  // A duplicate.
        }
        if random.chance(noise) { members.append(member("unknown_\(random.next() % 100)", junk(depth: depth))) }
        if random.chance(noise / 4) { members.shuffle(using: &random) }
        var out: [UInt8] = [UInt8(ascii: "{")]
        out += members.joined(separator: Array(separator()))
        if !members.isEmpty, random.chance(noise / 5) { out += Array(",".utf8) }  // JSONDecoder tolerates it.
        out += whitespace() + [UInt8(ascii: "}")]
        return out
    }

    private mutating func member(_ key: String, _ value: [UInt8]) -> [UInt8] {
        whitespace() + keyLiteral(key) + whitespace() + [UInt8(ascii: ":")] + whitespace() + value
    }

    private mutating func separator() -> [UInt8] {
        [UInt8(ascii: ",")] + whitespace()
    }

    private mutating func whitespace() -> [UInt8] {
        random.chance(0.9) ? [] : Array([" ", "\n", "\t", "\r\n", "  "].randomElement(using: &random)!.utf8)
    }

    /// A key, usually plain, sometimes with escapes that still spell it.
    private mutating func keyLiteral(_ key: String) -> [UInt8] {
        random.chance(noise / 3) ? stringLiteral(key, allowInvalid: false) : Array("\"\(key)\"".utf8)
    }

    mutating func value(_ shape: FieldShape, depth: Int) -> [UInt8] {
        if random.chance(noise) { return random.chance(0.3) ? Array("null".utf8) : junk(depth: depth) }
        switch shape {
        case .string:
            return random.chance(0.5) ? Array("\"id-\(random.next() % 1000)\"".utf8) : stringLiteral(HostileStrings.pick(using: &random))
        case .integer:
            return Array(["0", "7", "100", "-3", "\(Int.max)", "\(Int.min)"].randomElement(using: &random)!.utf8)
        case .boolean:
            return Array((random.chance(0.5) ? "true" : "false").utf8)
        case .stringMap:
            let count = Int(random.next() % 5)
            let fields = (0..<count).map { _ in Field(HostileStrings.pick(using: &random), .string) }
            return mapObject(fields, depth: depth)
        case .object(let fields):
            return object(fields, depth: depth + 1)
        case .objectArray(let fields):
            let count = Int(random.next() % 4)
            let elements = (0..<count).map { _ in random.chance(noise) ? junk(depth: depth) : object(fields, depth: depth + 1) }
            return Array("[".utf8) + elements.joined(separator: Array(",".utf8)) + Array("]".utf8)
        }
    }

    /// An object whose keys are data (any string, escaped in any way).
    private mutating func mapObject(_ fields: [Field], depth: Int) -> [UInt8] {
        var members = fields.map { stringLiteral($0.name) + Array(":".utf8) + value($0.shape, depth: depth) }
        if let first = members.first, random.chance(noise) { members.append(first) }
        return Array("{".utf8) + members.joined(separator: Array(",".utf8)) + Array("}".utf8)
    }

    /// A value of some other type, or a number/string the lenient readers convert or reject.
    mutating func junk(depth: Int) -> [UInt8] {
        let choices = [
            "\"42\"", "\" 7 \"", "\"5.0\"", "\"x\"", "3.0", "2.5", "1e2", "1E400", "-0", "0.1e1", "99999999999999999999",
            "9007199254740993.0", "12345678901234567890123456789e-20", "\"TRUE\"", "\" false \"", "\"1\"", "\"0\"", "1", "0", "2",
            "true", "false", "null", "[]", "{}", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}", "\"\\q\"", "1-2", "-", "01",
            "\"\u{1}raw control\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "[1,]", "{\"k\":1,}",
        ]
        if depth < 3, random.chance(0.1) { return object([Field("id", .string), Field("count", .integer)], depth: depth + 1) }
        if random.chance(0.05) { return [0x22, 0xFF, 0xC3, 0x22] }  // Invalid UTF-8 inside a string.
        return Array(choices.randomElement(using: &random)!.utf8)
    }

    /// `text` as a JSON string literal, each scalar written raw or escaped at random; with
    /// `allowInvalid`, now and then an escape JSONDecoder rejects.
    mutating func stringLiteral(_ text: String, allowInvalid: Bool = true) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            let named: [Unicode.Scalar: String] = ["\"": "\\\"", "\\": "\\\\", "/": "\\/", "\u{8}": "\\b", "\u{C}": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"]
            if scalar.value < 0x20 || scalar == "\"" || scalar == "\\" || random.chance(0.1) {
                if let short = named[scalar], random.chance(0.6) {
                    out += Array(short.utf8)
                } else {
                    for unit in String(scalar).utf16 {
                        let hex = String(unit, radix: 16, uppercase: random.chance(0.5))
                        out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                    }
                }
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        if allowInvalid, random.chance(noise / 4) {
            out += Array(["\\ud800", "\\udfff", "\\x", "\u{1}", "\\u12G4"].randomElement(using: &random)!.utf8)
        }
        return out + [UInt8(ascii: "\"")]
    }
}

/// The layouts of the four list bodies.
enum WireListShapes {
    static let group: [Field] =
        [
            "id", "name", "description", "status", "source_availability_zone", "target_availability_zone", "domain_id",
            "domain_name", "priority_station", "protected_status", "replication_status", "health_status",
            "source_vpc_id", "target_vpc_id", "test_vpc_id", "dr_type", "created_at", "updated_at", "protection_type",
            "replication_model", "server_type",
        ].map { Field($0, .string) }
        + ["progress", "protected_instance_num", "replication_num", "disaster_recovery_drill_num"].map { Field($0, .integer) }

    static let instance: [Field] =
        ["id", "name", "description", "server_group_id", "status", "source_server", "target_server", "priority_station", "created_at", "updated_at"]
        .map { Field($0, .string) }
        + [
            Field("progress", .integer), Field("metadata", .stringMap),
            Field("attachment", .objectArray([Field("replication", .string), Field("device", .string)])),
            Field("tags", .objectArray([Field("key", .string), Field("value", .string)])),
        ]

    static let replication: [Field] =
        [
            "id", "name", "description", "status", "volume_ids", "replication_model", "replication_status", "failure_detail",
            "fault_level", "server_group_id", "priority_station", "created_at", "updated_at",
        ].map { Field($0, .string) }
        + [
            Field("progress", .integer),
            Field("attachment", .objectArray([Field("protected_instance", .string), Field("device", .string)])),
            Field(
                "record_metadata",
                .object([Field("multiattach", .boolean), Field("bootable", .boolean), Field("volume_size", .integer), Field("volume_type", .string)])
            ),
        ]

    static let server: [Field] =
        ["id", "name", "status", "OS-EXT-STS:task_state", "OS-EXT-AZ:availability_zone", "OS-EXT-STS:vm_state", "host_status"]
        .map { Field($0, .string) }
        + [
            Field("OS-EXT-STS:power_state", .integer), Field("metadata", .stringMap), Field("locked", .boolean), Field("progress", .integer),
            Field("flavor", .object([Field("id", .string), Field("vcpus", .string)])),
            Field("os-extended-volumes:volumes_attached", .objectArray([Field("id", .string), Field("device", .string)])),
        ]

    static func list(_ key: String, _ item: [Field]) -> [Field] {
        [Field(key, .objectArray(item)), Field("count", .integer)]
    }

    static let groupList = list("server_groups", group)
    static let instanceList = list("protected_instances", instance)
    static let replicationList = list("replications", replication)
    static let serverList = list("servers", server)
}
