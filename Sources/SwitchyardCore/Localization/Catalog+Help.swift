// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// `switchyard --help` and every command's `--help`: abstracts, discussions, the help of every option,
// flag and argument, and the exit-status sentences. ArgumentParser's own words (USAGE:, OPTIONS:,
// "Show help information.", "(default: …)", "(values: …)") stay English. Option names, value names,
// defaults, environment variables, file names and exit-code numbers never change. Terms:
// docs/zh-CN/glossary.md (exit status 退出码, desired-state file 期望状态文件, emulator 模拟器).

extension Catalog {
    static let help: [MessageKey: [Language: String]] = [
        // switchyard --help
        .helpRootAbstract: entry(
            "Declarative disaster-recovery switchover for Huawei Cloud SDRS protection groups.",
            "以声明式方式对华为云 SDRS 保护组执行容灾切换。"),
        .helpRootDiscussion: entry(
            "Each command's --help says what its own exit statuses mean.",
            "各命令的 --help 说明该命令自身各退出码的含义。"),
        .helpRootExitSuccess: entry("success, nothing to change", "成功，无需变更"),
        .helpRootExitError: entry(
            "error: bad input or an unreachable or refusing cloud (nothing was changed), a group apply could not switch, a failed drill",
            "错误：输入有误或云服务不可达、拒绝请求（未做任何变更），apply 未能切换某个保护组，或容灾演练失败"),
        .helpRootExitChangesPending: entry(
            "changes pending (plan --detailed-exitcode), drift found (drift)",
            "有待执行的变更（plan --detailed-exitcode），或发现漂移（drift）"),
        .helpRootExitBlocked: entry(
            "one or more groups are blocked (plan), or were refused, stale or skipped and left alone (apply)",
            "一个或多个保护组受阻（plan），或被拒绝、计划已过期、被跳过而未做处理（apply）"),

        // The exit-status sentence of every command (ExitCodeHelp)
        .helpExitStatus: entry("Exit status: {codes}.", "退出码：{codes}。"),
        .helpExitSeparator: entry("; ", "；"),
        .helpExitUsage: entry(
            "bad command-line usage (an unknown option, a missing or invalid value; nothing was done)",
            "命令行用法错误（未知选项、缺少值或值无效；未做任何操作）"),

        // Shared by several commands
        .helpReadOnly: entry(
            "Read-only: makes no call that changes the cloud.",
            "只读：不发出任何会改变云上资源的调用。"),
        .helpDesiredFile: entry(
            "The desired-state YAML file (default: $SWITCHYARD_FILE, else desired.yaml in this folder).",
            "期望状态 YAML 文件（默认：$SWITCHYARD_FILE，否则为当前目录下的 desired.yaml）。"),
        .helpSavedPlan: entry("A plan saved with 'switchyard plan --out'.", "用 'switchyard plan --out' 保存的计划。"),
        .helpOutputFormat: entry("Output format.", "输出格式。"),
        .helpNoColor: entry("No ANSI colours (NO_COLOR is honoured too).", "不使用 ANSI 颜色（也遵循 NO_COLOR 环境变量）。"),
        .helpReportOutput: entry(
            "Write the report here (mode 0600, atomically) and print only the summary line.",
            "将报告写入此文件（权限 0600，原子写入），只输出汇总行。"),

        // validate
        .helpValidateAbstract: entry(
            "Check a desired-state file: syntax, keys, values, references. Makes no API call.",
            "检查期望状态文件：语法、键、值和引用。不调用任何 API。"),
        .helpValidateExitSuccess: entry("valid (warnings may be printed)", "文件有效（可能输出警告）"),
        .helpValidateExitError: entry("the file has errors, or cannot be read", "文件有错误或无法读取"),
        .helpValidateFormat: entry(
            "Output format: text (compiler-style lines on stderr), json, or github (workflow commands, so each problem shows on the pull request's line).",
            "输出格式：text（在 stderr 上输出编译器风格的行）、json 或 github（工作流命令，使每个问题显示在拉取请求的对应行上）。"),

        // plan
        .helpPlanAbstract: entry(
            "Show what apply would do: which servers stop, which groups switch, what is blocked and why.",
            "显示 apply 将做什么：哪些云服务器关机、哪些保护组切换、哪些受阻及原因。"),
        .helpPlanExitSuccess: entry(
            "nothing to do (or changes pending without --detailed-exitcode)",
            "无需操作（未指定 --detailed-exitcode 时也包括有待执行的变更）"),
        .helpPlanExitError: entry(
            "error (bad input, the cloud, an unresolved group)",
            "错误（输入有误、云服务出错、无法确定的保护组）"),
        .helpPlanExitChangesPending: entry(
            "changes pending, with --detailed-exitcode",
            "有待执行的变更（指定了 --detailed-exitcode 时）"),
        .helpPlanExitBlocked: entry("some groups are blocked", "部分保护组受阻"),
        .helpPlanOut: entry(
            "Also save the plan as JSON here (mode 0600), for 'switchyard apply PLAN'.",
            "同时将计划以 JSON 保存到此文件（权限 0600），供 'switchyard apply PLAN' 使用。"),
        .helpPlanDetailedExitCode: entry("Exit 2 when there are changes to apply.", "有待执行的变更时以退出码 2 退出。"),

        // show
        .helpShowAbstract: entry(
            "Show a plan saved with 'plan --out' as text, JSON or Markdown, without calling the cloud.",
            "以文本、JSON 或 Markdown 显示用 'plan --out' 保存的计划，不调用云服务。"),
        .helpShowDiscussion: entry(
            "The output is exactly what 'plan --format FORMAT' printed when the plan was made. The file is checked like 'apply PLAN' checks it.",
            "输出与生成计划时 'plan --format FORMAT' 的输出完全相同。文件的检查方式与 'apply PLAN' 相同。"),
        .helpShowExitSuccess: entry("shown", "已显示"),
        .helpShowExitError: entry("the file is missing, unreadable or inconsistent", "文件不存在、无法读取或内容不一致"),

        // apply
        .helpApplyAbstract: entry(
            "Switch the groups a plan says to switch: stop production servers, reverse the group, start the new production servers.",
            "切换计划中要切换的保护组：生产云服务器关机、切换保护组、新生产站点的云服务器开机。"),
        .helpApplyDiscussion: entry(
            "'apply PLAN' applies a plan saved with 'plan --out' without asking, after checking that each group is still as it was when planned. 'apply -f FILE' plans, shows the plan and asks for 'yes' (or --auto-approve). Rerunning is always safe: every step re-reads the cloud and does only what is still missing.",
            "'apply PLAN' 先检查每个保护组是否仍与生成计划时一致，然后不经确认直接执行用 'plan --out' 保存的计划。'apply -f FILE' 生成计划、显示计划并要求输入 'yes' 确认（或指定 --auto-approve）。重新运行始终是安全的：每个步骤都会重新读取云上状态，只做尚未完成的部分。"),
        .helpApplyExitSuccess: entry("every group converged or was already in sync", "所有保护组均已收敛或原已一致"),
        .helpApplyExitError: entry(
            "a group failed, the run was interrupted, or an error before any change (bad input, the cloud, no approval)",
            "某个保护组失败、运行被中断，或在任何变更之前出错（输入有误、云服务出错、未确认）"),
        .helpApplyExitBlocked: entry(
            "some groups were blocked, refused as stale, or skipped and left alone",
            "部分保护组受阻、因计划已过期被拒绝，或被跳过而未做处理"),
        .helpApplyFile: entry(
            "Plan from this desired-state file and apply it (asks for approval).",
            "根据此期望状态文件生成计划并执行（需要确认）。"),
        .helpApplyAutoApprove: entry("Apply -f FILE without asking.", "执行 -f FILE 时不要求确认。"),
        .helpApplyAllowFailover: entry(
            "Allow the failovers the plan shows (groups with a 'failover:' declaration). Without it, a plan with a failover is refused before any change, even with --auto-approve: a failover stops replication and may lose data.",
            "允许执行计划中的故障切换（声明了 'failover:' 的保护组）。未指定时，含故障切换的计划会在任何变更之前被拒绝，即使指定了 --auto-approve 也是如此：故障切换会停止复制，并可能丢失数据。"),
        .helpApplyParallelism: entry(
            "Groups worked on at once within a wave (default: the plan's policy, else 10).",
            "每个批次内同时处理的保护组数（默认：计划中的策略，否则为 10）。"),
        .helpApplyPollScale: entry(
            "Multiply every delay of the standard poll schedule (2 s, then 15 % of the time waited, at most 15 s). Against an emulator running at --time-scale S, pass S to poll as against the real cloud (default on loopback: 0.2 s to 2 s).",
            "将标准轮询间隔（先 2 秒，之后为已等待时间的 15 %，最多 15 秒）的每次等待乘以此系数。对以 --time-scale S 运行的模拟器，传入 S 即可按真实云的节奏轮询（回环地址上的默认值：0.2 秒至 2 秒）。"),
        .helpApplyJournal: entry(
            "Write-ahead journal (JSON Lines, mode 0600).",
            "预写执行日志（journal，JSON Lines 格式，权限 0600）。"),
        .helpApplyFormat: entry("Output format of the final report.", "最终报告的输出格式。"),
        .helpApplyReport: entry(
            "Also write the report as a self-contained HTML page with a timeline of the run.",
            "同时将报告写为一个独立的 HTML 页面，附本次运行的时间线。"),
        .helpApplyMetricsFile: entry(
            "Also write Prometheus metrics here (per-group downtime, RTO and whether it was met, the run's result) for node-exporter's textfile collector (atomically, mode 0644).",
            "同时将 Prometheus 指标（每个保护组的停机时长、恢复时间目标（RTO）及是否达标、本次运行的结果）写入此文件，供 node-exporter 的 textfile 收集器读取（原子写入，权限 0644）。"),

        // drift
        .helpDriftAbstract: entry(
            "Check that production runs where Git declares it, for scheduled checks that page someone.",
            "检查生产业务是否运行在 Git 声明的站点，用于会通知值班人员的定时检查。"),
        .helpDriftDiscussion: entry(
            "Each declared group is in-sync, drifted (production at the other site), in-progress (a switchover or failover is running), degraded (needs a person) or missing. See docs/drift.md.",
            "每个已声明的保护组的状态为 in-sync（一致）、drifted（已漂移：生产业务位于另一站点）、in-progress（进行中：切换或故障切换正在运行）、degraded（降级：需要人工处理）或 missing（缺失）。见 docs/drift.md。"),
        .helpDriftExitSuccess: entry("every declared group in sync", "所有已声明的保护组均一致"),
        .helpDriftExitError: entry(
            "error (bad input, or the cloud could not be observed)",
            "错误（输入有误，或无法观测云上状态）"),
        .helpDriftExitChangesPending: entry("drift found", "发现漂移"),
        .helpDriftFormat: entry("Report format: text, json, markdown or junit.", "报告格式：text、json、markdown 或 junit。"),
        .helpDriftMetricsFile: entry(
            "Also write Prometheus metrics here for node-exporter's textfile collector (atomically, mode 0644).",
            "同时将 Prometheus 指标写入此文件，供 node-exporter 的 textfile 收集器读取（原子写入，权限 0644）。"),

        // drill
        .helpDrillAbstract: entry(
            "Rehearse recovery: create a DR drill per group, time it, check it, delete it.",
            "演练恢复：为每个保护组创建容灾演练，计时、检查，然后删除。"),
        .helpDrillDiscussion: entry(
            "Never touches production: only the SDRS drill API is called. For each selected group a drill is created (in --drill-vpc, or a VPC SDRS creates), timed until it is available (the time a real failover needs before the servers exist), checked with --check, and deleted unless --keep. Drills named switchyard-drill-* that an earlier, killed run left behind are deleted first. See docs/drills.md.",
            "从不触及生产业务：只调用 SDRS 的容灾演练 API。为每个选中的保护组创建一个容灾演练（位于 --drill-vpc 指定的 VPC，或 SDRS 新建的 VPC），计时直到其可用（即真实故障切换在云服务器就绪之前所需的时间），用 --check 检查，除非指定 --keep，否则随后删除。之前被终止的运行遗留的名为 switchyard-drill-* 的容灾演练会先被删除。见 docs/drills.md。"),
        .helpDrillExitSuccess: entry("every drill passed", "所有容灾演练均通过"),
        .helpDrillExitError: entry(
            "a drill failed, exceeded the group's rto, or an error",
            "某个容灾演练失败、超出保护组的 rto，或出错"),
        .helpDrillFormat: entry("Report format: text, json or junit.", "报告格式：text、json 或 junit。"),
        .helpDrillReport: entry(
            "Also write the report as a self-contained HTML page with a timeline of the drills.",
            "同时将报告写为一个独立的 HTML 页面，附各容灾演练的时间线。"),
        .helpDrillCheck: entry(
            "Run this shell command once a drill is available; SWITCHYARD_DRILL_SERVER_IDS (comma-separated), SWITCHYARD_DRILL_ID, SWITCHYARD_GROUP_ID and SWITCHYARD_GROUP_NAME are in its environment; a non-zero exit fails the drill.",
            "容灾演练可用后运行此 shell 命令；其环境中有 SWITCHYARD_DRILL_SERVER_IDS（逗号分隔）、SWITCHYARD_DRILL_ID、SWITCHYARD_GROUP_ID 和 SWITCHYARD_GROUP_NAME；命令以非零退出码退出则该容灾演练失败。"),
        .helpDrillVPC: entry(
            "Build a group's drill servers in this VPC (repeatable; a bare VPC only when one group is drilled, as one VPC holds one drill); default: SDRS creates one.",
            "在此 VPC 中创建保护组的演练云服务器（可重复；只演练一个保护组时才可只写 VPC，因为一个 VPC 只能容纳一个容灾演练）；默认：由 SDRS 新建。"),
        .helpDrillKeep: entry(
            "Leave the drills running after the check (the next run deletes them).",
            "检查后保留容灾演练（下次运行时删除）。"),
        .helpDrillPollScale: entry(
            "Multiply every wait between polls by this (default 1; against the embedded emulator waits follow its time scale).",
            "将每次轮询之间的等待乘以此系数（默认 1；使用内置模拟器时，等待时间跟随其时间比例）。"),

        // import
        .helpImportAbstract: entry(
            "Write a desired-state file from the live estate: every group where production runs now.",
            "根据现网环境写出期望状态文件：每个保护组都声明在生产业务当前运行的站点。"),
        .helpImportDiscussion: entry(
            "Read-only. Each group is declared at its current site (by name when the name is unique, else by ID), so the next 'switchyard plan' changes nothing; a group whose production servers are not all running gets startAfterSwitch: false, and one the plan would not call in sync is written with a comment saying why. The file is checked by planning it before it is written.",
            "只读。每个保护组都声明在其当前站点（名称唯一时按名称，否则按 ID），因此下一次 'switchyard plan' 不会有任何变更；生产云服务器未全部运行的保护组写为 startAfterSwitch: false，计划不会判为一致的保护组会附上说明原因的注释。写出之前会先对文件生成计划以检查它。"),
        .helpImportExitSuccess: entry("written", "已写出"),
        .helpImportExitError: entry("error (nothing written)", "错误（未写出任何内容）"),
        .helpImportOut: entry(
            "Write the file here (atomically; refused if it exists, unless --force). Default: standard output.",
            "将文件写到此处（原子写入；文件已存在时拒绝，除非指定 --force）。默认：标准输出。"),
        .helpImportForce: entry("Overwrite --out if it exists.", "如果 --out 指定的文件已存在，则覆盖它。"),
        .helpImportGroup: entry("Import only this group (name or ID; repeatable).", "只导入此保护组（名称或 ID；可重复）。"),
        .helpImportExclude: entry("Leave this group out (name or ID; repeatable).", "不导入此保护组（名称或 ID；可重复）。"),

        // permissions
        .helpPermissionsAbstract: entry(
            "List the API calls plan, apply, drift and drill make and what grants each. Makes no API call.",
            "列出 plan、apply、drift 和 drill 发出的 API 调用，以及每项调用由什么授权。不调用任何 API。"),
        .helpPermissionsDiscussion: entry(
            "SDRS publishes no fine-grained IAM actions: its calls are granted by the role SDRS Administrator (or, read-only, Tenant Guest). Only ECS action names from Huawei's permission tables are printed. See docs/permissions.md.",
            "SDRS 没有公开细粒度的 IAM 授权项：其调用由角色 SDRS Administrator（只读时为 Tenant Guest）授权。只输出华为权限表中列出的 ECS 授权项名称。见 docs/permissions.md。"),
        .helpPermissionsExitSuccess: entry("listed", "已列出"),
        .helpPermissionsFor: entry("The command to list permissions for.", "要列出其权限的命令。"),

        // version
        .helpVersionAbstract: entry(
            "Print the version, commit and build date of this binary.",
            "输出此程序的版本、提交和构建日期。"),
        .helpVersionDiscussion: entry(
            "A binary built by scripts/release records its commit and build date; a plain `swift build` says it is a development build (JSON: null commit and build_date).",
            "由 scripts/release 构建的程序会记录其提交和构建日期；普通的 `swift build` 构建会说明自己是开发版本（JSON 中 commit 和 build_date 为 null）。"),
        .helpVersionExitSuccess: entry("printed", "已输出"),
        .helpVersionJSON: entry(
            "Print one JSON object: program, version, commit, build_date, development_build.",
            "输出一个 JSON 对象：program、version、commit、build_date、development_build。"),

        // Where the cloud is (CloudOptions)
        .helpCloudRegion: entry("Region, e.g. cn-north-4 (env SWITCHYARD_REGION).", "区域，例如 cn-north-4（环境变量 SWITCHYARD_REGION）。"),
        .helpCloudProjectID: entry("IAM project ID (env HUAWEICLOUD_SDK_PROJECT_ID).", "IAM 项目ID（环境变量 HUAWEICLOUD_SDK_PROJECT_ID）。"),
        .helpCloudSDRSEndpoint: entry(
            "Override the SDRS endpoint URL (env SWITCHYARD_SDRS_ENDPOINT).",
            "覆盖 SDRS 终端节点 URL（环境变量 SWITCHYARD_SDRS_ENDPOINT）。"),
        .helpCloudECSEndpoint: entry(
            "Override the ECS endpoint URL (env SWITCHYARD_ECS_ENDPOINT).",
            "覆盖 ECS 终端节点 URL（环境变量 SWITCHYARD_ECS_ENDPOINT）。"),
        .helpCloudCABundle: entry(
            "PEM file of extra CA certificates to trust. TLS verification cannot be turned off.",
            "额外信任的 CA 证书 PEM 文件。TLS 验证无法关闭。"),
        .helpCloudEmulator: entry(
            "Run against an embedded SDRS/ECS emulator loaded from this fixture, over real HTTP on loopback.",
            "对从此预置数据文件（fixture）加载的内置 SDRS/ECS 模拟器运行，通过回环地址上的真实 HTTP 通信。"),
        .helpCloudEmulatorState: entry(
            "State file of the embedded emulator, so successive runs see each other's changes (default: .switchyard/emulator/<fixture name>.json).",
            "内置模拟器的状态文件，使先后多次运行能看到彼此的变更（默认：.switchyard/emulator/<fixture name>.json）。"),
        .helpCloudEmulatorReset: entry(
            "Start the embedded emulator from its fixture, discarding saved state.",
            "从预置数据文件启动内置模拟器，丢弃已保存的状态。"),
        .helpCloudEmulatorTimeScale: entry(
            "Speed of the embedded emulator's clock: 1 is real time, 0.01 makes a 10-minute switchover take 6 s.",
            "内置模拟器的时钟速度：1 为真实时间，0.01 使 10 分钟的切换耗时 6 秒。"),
        .helpCloudRetryTimeScale: entry(
            "Multiply retry back-off by this factor (0 < factor <= 1), for an external emulator running at a time scale. Default: 1, or --emulator-time-scale with --emulator.",
            "将重试退避时间乘以此系数（0 < factor <= 1），用于以某一时间比例运行的外部模拟器。默认：1；指定 --emulator 时为 --emulator-time-scale 的值。"),
        .helpCloudMaxCallRate: entry(
            "Pace API calls to at most CALLS per SECONDS (e.g. 200/300, the gateway limit seen in cn-north-4), so the run slows down before the gateway throttles it (env SWITCHYARD_MAX_CALL_RATE).",
            "将 API 调用限制为每 SECONDS 秒最多 CALLS 次（例如 200/300，即在 cn-north-4 观察到的网关限流值），使运行在被网关限流之前先行放慢（环境变量 SWITCHYARD_MAX_CALL_RATE）。"),
        .helpCloudDebug: entry(
            "Log every API call (method, path, status, duration, request ID) to stderr. Secrets are never logged.",
            "将每次 API 调用（方法、路径、状态、耗时、请求 ID）记录到 stderr。从不记录密钥等机密信息。"),

        // --target / --exclude (GroupSelectionOptions)
        .helpSelectionTarget: entry(
            "Only this group (repeatable); its dependencies are planned too.",
            "只处理此保护组（可重复）；其依赖的保护组也会纳入计划。"),
        .helpSelectionExclude: entry("Leave this group alone (repeatable).", "不处理此保护组（可重复）。"),

        // --lang (LanguageOptions)
        .helpLanguage: entry(
            "Language of the text people read: en or zh-CN (default: $SWITCHYARD_LANG, else the locale, else en). JSON never changes.",
            "供人阅读的文本所用的语言：en 或 zh-CN（默认：$SWITCHYARD_LANG，否则取区域设置（locale），再否则为 en）。JSON 始终不变。"),
    ]
}
