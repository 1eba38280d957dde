// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// The desired-state parser's diagnostics (the file, YAML syntax, keys, values, references between
// groups) and their hints. The English texts are what `validate --format json`, the goldens under
// Tests/SwitchyardCoreTests/Fixtures/desired-state-errors and the docs show: change none of them
// without changing those. Values from the file fill the placeholders as written (made printable by
// the parser). Terms: docs/zh-CN/glossary.md.

extension Catalog {
    static let diagnostics: [MessageKey: [Language: String]] = [
        // validate's line for a file without errors
        .validateValid: entry("{file}: valid ({groups}).", "{file}：有效（{groups}）。"),

        // The file itself
        .inputFileTooLarge: entry(
            "'{file}' is larger than 10 MiB; a desired-state file may be at most 10 MiB",
            "'{file}' 大于 10 MiB；期望状态文件最大为 10 MiB"),
        .inputFileEncoding: entry("'{file}' is {encoding} text, not UTF-8", "'{file}' 是 {encoding} 编码的文本，不是 UTF-8"),
        .inputFileBinary: entry(
            "'{file}' is a binary file, not YAML text (it has a NUL byte at offset {offset})",
            "'{file}' 是二进制文件，不是 YAML 文本（偏移量 {offset} 处有 NUL 字节）"),
        .inputFileNotUTF8: entry("'{file}' is not UTF-8 text", "'{file}' 不是 UTF-8 文本"),
        .inputHintSaveAsUTF8: entry("save the file as UTF-8", "请将文件另存为 UTF-8 编码"),
        .inputFileLinkLoop: entry(
            "cannot read '{file}': it is a symbolic link loop (too many levels of symbolic links)",
            "无法读取 '{file}'：符号链接形成了循环（符号链接层级过多）"),
        .inputHintLinkLoop: entry("check where the links point", "请检查这些链接指向何处"),
        .inputFilePermissionDenied: entry("cannot read '{file}': permission denied", "无法读取 '{file}'：权限不足"),
        .inputHintFolderPermissions: entry("check the permissions of its folders", "请检查其所在文件夹的权限"),
        .inputHintFilePermissions: entry("check the file's permissions", "请检查该文件的权限"),
        .inputFileMissing: entry("cannot read '{file}': no such file", "无法读取 '{file}'：文件不存在"),
        .inputHintCheckPath: entry("check the path", "请检查路径"),
        .inputFileNotRegular: entry(
            "cannot read '{file}': it is not a regular file (a FIFO, socket or device)",
            "无法读取 '{file}'：它不是普通文件（而是 FIFO、套接字或设备）"),
        .inputHintSaveToFile: entry("save the desired state to a file and name that file", "请将期望状态保存为文件，并指定该文件"),
        .inputFileIsDirectory: entry("'{file}' is a directory", "'{file}' 是一个目录"),
        .inputHintNameTheFile: entry("name the desired-state file itself, such as {example}", "请指定期望状态文件本身，例如 {example}"),
        .inputFileUnreadable: entry("cannot read '{file}': {error}", "无法读取 '{file}'：{error}"),

        // YAML
        .inputPosition: entry("line {line}, column {column}", "第 {line} 行第 {column} 列"),
        .inputInvalidYAML: entry("invalid YAML: {problem}", "YAML 无效：{problem}"),
        .inputHintTabs: entry("YAML indentation must use spaces, not tabs", "YAML 缩进必须使用空格，不能使用制表符"),
        .inputHintYAMLContext: entry("{context} at {position}", "{context}，起始于{position}"),
        .inputYAMLUnreadable: entry("cannot read the YAML: {error}", "无法读取 YAML：{error}"),
        .inputNoContent: entry("the file has no content", "文件没有内容"),
        .inputHintNoContent: entry(
            "a desired-state file starts with 'version: 1' and lists its protection groups under 'groups:'",
            "期望状态文件以 'version: 1' 开头，并在 'groups:' 下列出其保护组"),
        .inputMultipleDocuments: entry("the file holds more than one YAML document", "文件包含多个 YAML 文档"),
        .inputHintMultipleDocuments: entry(
            "a desired-state file is a single document; remove this '---' and what follows, or split the file",
            "期望状态文件只能包含一个文档；请删除此处的 '---' 及其后的内容，或拆分该文件"),
        .inputKeyRepeated: entry("key '{key}' is repeated in this mapping", "键 '{key}' 在此映射中重复出现"),
        .inputHintFirstOccurrence: entry(
            "this is its first occurrence; a key may appear only once", "这是它第一次出现的位置；一个键只能出现一次"),
        .inputHintKeyFirstSetAt: entry(
            "it is first set at {position}; a key may appear only once", "它首次出现在{position}；一个键只能出现一次"),
        .inputExpectedKeyName: entry("expected a key name, found {found}", "此处应为键名，实际为{found}"),
        .inputMergeKey: entry("merge keys ('<<') are not supported", "不支持合并键 '<<'"),
        .inputHintMergeKey: entry(
            "write the keys out; plain aliases such as '*defaults' are fine",
            "请把这些键逐一写出；'*defaults' 这样的普通别名可以使用"),

        // Keys
        .inputUnknownKey: entry("unknown key '{key}' {scope}", "{scope}有未知的键 '{key}'"),
        .inputScopeTopLevel: entry("at the top level", "顶层"),
        .inputScopeCloud: entry("in 'cloud'", "'cloud' 中"),
        .inputScopeDefaults: entry("in 'defaults'", "'defaults' 中"),
        .inputScopePolicy: entry("in 'policy'", "'policy' 中"),
        .inputScopeGroup: entry("in a group", "保护组中"),
        .inputScopeFailover: entry("in 'failover'", "'failover' 中"),
        .inputHomeCloud: entry("under 'cloud'", " 'cloud' 下"),
        .inputHomeDefaults: entry("under 'defaults'", " 'defaults' 下"),
        .inputHomePolicy: entry("under 'policy'", " 'policy' 下"),
        .inputHomeFailover: entry("under a group's 'failover'", "保护组的 'failover' 下"),
        // Chinese: a text that starts or ends with a Latin word or a quoted key starts or ends with a
        // space, so that it stands apart from the Chinese around it (docs/zh-CN/glossary.md).
        .inputOr: entry("{first} or {second}", "{first}或{second}"),
        .inputHintDidYouMean: entry("did you mean '{suggestion}'?", "是否想写 '{suggestion}'？"),
        .inputHintWithSuggestion: entry("{hint}; did you mean '{suggestion}'?", "{hint}；是否想写 '{suggestion}'？"),
        .inputHintBelongs: entry("'{key}' belongs {homes}", "'{key}' 应写在{homes}"),
        .inputHintAllowedKeys: entry("allowed keys here: {keys}", "此处允许的键：{keys}"),
        .inputMissingKey: entry("missing required key '{key}'", "缺少必需的键 '{key}'"),

        // Values
        .inputExpected: entry("expected {expected} for '{key}', found {found}", "'{key}' 应为{expected}，实际为{found}"),
        .inputKindMapping: entry("a mapping", "映射"),
        .inputKindList: entry("a list", "列表"),
        .inputKindString: entry("a string", "字符串"),
        .inputKindBoolean: entry("true or false", " true 或 false"),
        .inputKindNumber: entry("a number", "数字"),
        .inputKindWholeNumber: entry("a whole number", "整数"),
        .inputKindDuration: entry("a duration", "时长"),
        .inputKindAlias: entry("an alias", "别名"),
        .inputKindNothing: entry("nothing", "空值"),
        .inputKindNull: entry("null", " null 值"),
        .inputKindDate: entry("a date", "日期"),
        .inputKindBinary: entry("binary data", "二进制数据"),
        .inputKindMergeKey: entry("a merge key ('<<')", "合并键（'<<'）"),
        .inputKindValueKey: entry("a value key ('=')", "值键（'='）"),
        .inputKindTagged: entry("a value tagged '{tag}'", "带标签 '{tag}' 的值"),
        .inputHintGiveValue: entry("give '{key}' a value or remove the key", "请为 '{key}' 赋值，或删除该键"),
        .inputHintQuoteIt: entry("quote it if you mean the text: {example}", "如果指的是文本，请加上引号：{example}"),
        .inputTooLarge: entry("'{value}' is too large for '{key}'", "'{value}' 超出了 '{key}' 的取值范围"),
        .inputHintRemoveQuotes: entry("remove the quotes: {example}", "请去掉引号：{example}"),
        .inputHintAddUnit: entry(
            "add a unit, such as '{value}m' for minutes or '{value}s' for seconds",
            "请加上单位，例如 '{value}m' 表示分钟，'{value}s' 表示秒"),
        .inputInvalidDuration: entry("invalid duration '{value}' for '{key}'", "'{key}' 的时长 '{value}' 无效"),
        .inputHintDurationFormat: entry(
            "write hours, minutes and seconds in that order, such as 90s, 15m or 1h30m",
            "请按小时、分钟、秒的顺序书写，例如 90s、15m 或 1h30m"),
        .inputHintDurationZero: entry("a duration must be longer than zero", "时长必须大于零"),
        .inputHintDurationTooLong: entry("a duration may be at most 7 days, that is 168h", "时长最多为 7 天，即 168h"),
        .inputInvalidValue: entry("invalid value '{value}' for '{key}'", "'{key}' 的值 '{value}' 无效"),
        .inputHintExpectedOneOf: entry("expected one of {values}", "应为以下值之一：{values}"),

        // Sections
        .inputTopLevelNotMapping: entry("expected a mapping at the top level, found {found}", "顶层应为映射，实际为{found}"),
        .inputHintTopLevel: entry(
            "a desired-state file is a mapping with 'version: 1' and a 'groups:' list",
            "期望状态文件是一个映射，包含 'version: 1' 和 'groups:' 列表"),
        .inputHintAddVersion: entry("add 'version: 1'", "请添加 'version: 1'"),
        .inputHintListGroups: entry("list the protection groups to manage under 'groups:'", "请在 'groups:' 下列出要管理的保护组"),
        .inputUnsupportedVersion: entry("unsupported version {version}", "不支持版本 {version}"),
        .inputHintSupportedVersions: entry("this build of switchyard reads version {versions}", "此版本的 switchyard 只能读取版本 {versions}"),
        .inputInvalidRegion: entry("invalid region '{value}'", "区域 '{value}' 无效"),
        .inputHintZoneNotRegion: entry(
            "'{value}' is an availability zone; its region is '{region}'", "'{value}' 是可用区，它所在的区域是 '{region}'"),
        .inputHintRegionExample: entry("expected a region name such as cn-north-4", "应为区域名称，例如 cn-north-4"),
        .inputInvalidProjectID: entry("invalid projectId '{value}'", "projectId '{value}' 无效"),
        .inputHintLowercase: entry("write it in lowercase: {value}", "请使用小写：{value}"),
        .inputHintProjectIDFormat: entry(
            "a project ID is 32 hexadecimal digits, found {count} characters", "项目ID 由 32 位十六进制数字组成，实际为 {count} 个字符"),
        .inputAtLeastOne: entry("'{key}' must be at least 1, found {value}", "'{key}' 至少为 1，实际为 {value}"),
        .inputBetween: entry("'{key}' must be between 1 and 1000, found {value}", "'{key}' 必须在 1 到 1000 之间，实际为 {value}"),

        // Groups
        .inputHintGroupListItem: entry("write each group as a list item: '- name: erp-db'", "请把每个保护组写成一个列表项：'- name: erp-db'"),
        .inputGroupsEmpty: entry("'groups' is empty", "'groups' 为空"),
        .inputHintDeclareGroup: entry("declare at least one protection group", "请至少声明一个保护组"),
        .inputNotAGroup: entry(
            "expected a group (a mapping with a 'name' or an 'id'), found {found}",
            "此处应为保护组（包含 'name' 或 'id' 的映射），实际为{found}"),
        .inputHintGroupFromString: entry(
            "write '- name: {name}' and give it an 'activeSite'", "请写成 '- name: {name}'，并为它设置 'activeSite'"),
        .inputGroupNeedsNameOrID: entry("a group needs a 'name' or an 'id'", "保护组需要 'name' 或 'id'"),
        .inputHintNameOrID: entry("name the protection group by its name, its ID, or both", "请用名称、ID 或两者同时指定保护组"),
        .inputMissingActiveSite: entry("missing required key 'activeSite' in group {group}", "保护组{group}缺少必需的键 'activeSite'"),
        .inputGroupLabelName: entry("'{name}'", " '{name}' "),
        .inputGroupLabelAt: entry("at {position}", "（位于{position}）"),
        .inputHintActiveSiteSet: entry(
            "set it to source, target or an availability-zone name such as cn-north-4a",
            "请设置为 source、target 或可用区名称，例如 cn-north-4a"),
        .inputFailoverReasonLength: entry(
            "a failover reason must be 1 to 500 characters long, found {count}", "故障切换原因的长度必须为 1 到 500 个字符，实际为 {count}"),
        .inputHintFailoverReason: entry(
            "say why production cannot be shut down, e.g. reason: \"INC-4711: cn-north-4a is down\"",
            "请说明生产站点为何无法关机，例如 reason: \"INC-4711：cn-north-4a 可用区故障\""),
        .inputFailoverReasonInvisible: entry(
            "the failover reason contains a control or format character", "故障切换原因包含控制字符或格式字符"),
        .inputHintPlainText: entry("write it on one line, in plain text", "请用纯文本写在一行内"),
        .inputFailoverNeedsReason: entry("a failover declaration needs a 'reason'", "故障切换声明需要 'reason'"),
        .inputHintFailoverNeedsReason: entry(
            "failover: {reason: \"INC-4711: cn-north-4a is down\"}; a failover stops replication and may lose the data not yet copied, so say why",
            "failover: {reason: \"INC-4711：cn-north-4a 可用区故障\"}；故障切换会停止复制，并可能丢失尚未复制的数据，因此请说明原因"),
        .inputInvalidGroupID: entry("invalid group id '{value}'", "保护组 id '{value}' 无效"),
        .inputHintGroupIDFormat: entry(
            "a protection group ID is a UUID such as 40df180b-9fe2-471a-8c64-1b758dc84189; to select a group by name, use 'name:'",
            "保护组 ID 是 UUID，例如 40df180b-9fe2-471a-8c64-1b758dc84189；要按名称选择保护组，请使用 'name:'"),
        .inputGroupNameLength: entry(
            "a group name must be 1 to 64 characters long, found {count}", "保护组名称的长度必须为 1 到 64 个字符，实际为 {count}"),
        .inputGroupNameInvisible: entry(
            "the group name '{value}' contains a control or format character", "保护组名称 '{value}' 包含控制字符或格式字符"),
        .inputHintGroupNameCharacters: entry(
            "use letters, digits, '-', '_' and '.'; name the protection group by its id if its cloud name has such characters",
            "请使用字母、数字、'-'、'_' 和 '.'；如果保护组在云上的名称含有这类字符，请用 id 指定它"),
        .inputNameLooksLikeID: entry("the name '{value}' looks like a protection group ID", "名称 '{value}' 看起来像保护组 ID"),
        .inputHintSelectByID: entry("to select the group by its ID, write 'id: {value}'", "要按 ID 选择该保护组，请写 'id: {value}'"),
        .inputInvalidActiveSite: entry("invalid activeSite '{value}'", "activeSite '{value}' 无效"),
        .inputHintActiveSiteExpected: entry(
            "expected source, target or an availability-zone name such as cn-north-4a", "应为 source、target 或可用区名称，例如 cn-north-4a"),
        .inputHintRegionNotZone: entry(
            "'{value}' is a region; name one of its availability zones, such as {zone}", "'{value}' 是区域；请指定它的一个可用区，例如 {zone}"),
        .inputHintDependsOnList: entry("write it as a list: dependsOn: [{value}]", "请写成列表：dependsOn: [{value}]"),

        // References between groups
        .inputIDHasTwoNames: entry(
            "group id '{id}' is already declared with the name '{name}'", "保护组 id '{id}' 已用名称 '{name}' 声明过"),
        .inputHintOneName: entry(
            "first declared at {position}; a protection group has only one name", "首次声明于{position}；一个保护组只有一个名称"),
        .inputIDTwice: entry("group id '{id}' is declared twice", "保护组 id '{id}' 被声明了两次"),
        .inputNameTwice: entry("group name '{name}' is declared twice", "保护组名称 '{name}' 被声明了两次"),
        .inputHintFirstDeclared: entry("first declared at {position}", "首次声明于{position}"),
        .inputDependsOnItself: entry("group {group} depends on itself", "保护组{group}依赖于自身"),
        .inputHintRemoveSelf: entry("remove '{value}' from its dependsOn", "请从它的 dependsOn 中删除 '{value}'"),
        .inputListedTwice: entry("'{value}' is listed more than once in dependsOn", "'{value}' 在 dependsOn 中出现了不止一次"),
        .inputHintSameGroup: entry(
            "it names the same group as the entry at {position}", "它与{position}处的条目指向同一个保护组"),
        .inputHintDeclaredGroups: entry("declared groups: {groups}", "已声明的保护组：{groups}"),
        .inputUnknownDependency: entry(
            "dependsOn names '{value}', which is not a declared group", "dependsOn 中的 '{value}' 不是已声明的保护组"),
        .inputCycle: entry("dependsOn forms a cycle: {path}", "dependsOn 形成了循环依赖：{path}"),
        .inputHintCycle: entry(
            "groups in a cycle can never be switched; remove one of these dependencies",
            "循环依赖中的保护组永远无法切换；请删除其中一个依赖"),
    ]

    /// libyaml's (and Yams') wording of YAML syntax problems and of what it was reading then
    /// (`invalid YAML: found unexpected end of stream (while scanning a quoted scalar at …)`). The
    /// English texts are libyaml's, byte for byte: ``libyamlKey(_:)`` finds an entry by them. A
    /// text not listed here is shown as libyaml wrote it.
    static let libyaml: [MessageKey: [Language: String]] = [
        .yamlUnexpectedEnd: entry("found unexpected end of stream", "意外到达文件末尾"),
        .yamlCannotStartToken: entry("found character that cannot start any token", "发现不能作为任何标记开头的字符"),
        .yamlNoColon: entry("could not find expected ':'", "未找到应有的 ':'"),
        .yamlNoDash: entry("did not find expected '-' indicator", "未找到应有的 '-' 指示符"),
        .yamlNoKey: entry("did not find expected key", "未找到应有的键"),
        .yamlNoNodeContent: entry("did not find expected node content", "未找到应有的节点内容"),
        .yamlNoCommaOrBracket: entry("did not find expected ',' or ']'", "未找到应有的 ',' 或 ']'"),
        .yamlNoCommaOrBrace: entry("did not find expected ',' or '}'", "未找到应有的 ',' 或 '}'"),
        .yamlNoCommentOrLineBreak: entry("did not find expected comment or line break", "未找到应有的注释或换行"),
        .yamlNoAlphanumeric: entry("did not find expected alphabetic or numeric character", "未找到应有的字母或数字字符"),
        .yamlMappingValues: entry("mapping values are not allowed in this context", "此处不允许出现映射值"),
        .yamlSequenceEntries: entry("block sequence entries are not allowed in this context", "此处不允许出现块序列条目"),
        .yamlUndefinedAlias: entry("found undefined alias", "发现未定义的别名"),
        .yamlControlCharacters: entry("control characters are not allowed", "不允许使用控制字符"),
        .yamlUnknownEscape: entry("found unknown escape character", "发现未知的转义字符"),
        .yamlTabIndentation: entry("found a tab character that violates indentation", "发现违反缩进规则的制表符"),
        .yamlTabWhereSpace: entry("found a tab character where an indentation space is expected", "在应为缩进空格处发现制表符"),
        .yamlUnexpectedColon: entry("found unexpected ':'", "发现意外的 ':'"),
        .yamlUnexpectedDocument: entry("found unexpected document indicator", "发现意外的文档标记"),
        .yamlUndefinedTagHandle: entry("found undefined tag handle", "发现未定义的标签句柄"),
        .yamlNestingLimit: entry("Maximum nesting level reached, set with yaml_set_max_nest_level())", "嵌套层数已达上限"),
        .yamlWhileParsing: entry("while parsing", "解析时"),
        .yamlWhileQuotedScalar: entry("while scanning a quoted scalar", "扫描带引号的标量时"),
        .yamlWhilePlainScalar: entry("while scanning a plain scalar", "扫描普通标量时"),
        .yamlWhileBlockScalar: entry("while scanning a block scalar", "扫描块标量时"),
        .yamlWhileSimpleKey: entry("while scanning a simple key", "扫描简单键时"),
        .yamlWhileAlias: entry("while scanning an alias", "扫描别名时"),
        .yamlWhileAnchor: entry("while scanning an anchor", "扫描锚点时"),
        .yamlWhileTag: entry("while scanning a tag", "扫描标签时"),
        .yamlWhileNextToken: entry("while scanning for the next token", "查找下一个标记时"),
        .yamlWhileBlockCollection: entry("while parsing a block collection", "解析块集合时"),
        .yamlWhileBlockMapping: entry("while parsing a block mapping", "解析块映射时"),
        .yamlWhileBlockNode: entry("while parsing a block node", "解析块节点时"),
        .yamlWhileFlowSequence: entry("while parsing a flow sequence", "解析流式序列时"),
        .yamlWhileFlowMapping: entry("while parsing a flow mapping", "解析流式映射时"),
        .yamlWhileFlowNode: entry("while parsing a flow node", "解析流式节点时"),
        .yamlWhileNode: entry("while parsing a node", "解析节点时"),
    ]

    private static let libyamlKeys: [String: MessageKey] = Dictionary(
        libyaml.compactMap { key, texts in texts[.english].map { ($0, key) } }, uniquingKeysWith: { first, _ in first })

    /// The catalogue entry whose English text is libyaml's `text`, else `nil`.
    static func libyamlKey(_ text: String) -> MessageKey? { libyamlKeys[text] }
}
