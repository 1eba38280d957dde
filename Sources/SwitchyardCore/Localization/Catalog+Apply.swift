// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

// Apply: why a group stopped or failed (SwitchoverMachine), what the run left behind, the summary,
// the live view and the CI log lines, the approval prompt.

extension Catalog {
    static let apply: [MessageKey: [Language: String]] = [
        // The live state forbids the next step (refused, or failed midway)
        .haltGroupGone: entry("protection group {group} no longer exists in SDRS", "SDRS 中已不存在保护组 {group}"),
        .haltNoPriorityStation: entry(
            "SDRS reports no priority_station for the group (status {status}), so nobody can tell which site is production",
            "SDRS 未报告保护组的 priority_station（状态 {status}），无法判断哪个站点是生产站点"),
        .haltAtDesiredNotProtected: entry(
            "production is at {site}, but the group's status is {status}, not protected", "生产站点位于 {site}，但保护组状态为 {status}，不是 protected"),
        .haltSwitchedSince: entry(
            "production is at {production}, not at {site} as when planned (the group was switched since); plan again",
            "生产站点位于 {production}，而不是生成计划时的 {site}（此后保护组已被切换）；请重新生成计划"),
        .haltStatusNoSwitch: entry(
            "the group's status is {status}; a switchover needs protected (or error-reversing, to retry)",
            "保护组状态为 {status}；切换要求状态为 protected（或 error-reversing，用于重试）"),
        .haltNoPairSwitch: entry("the group has no replication pair, so SDRS cannot switch it", "保护组没有复制对，SDRS 无法切换它"),
        .haltServersGone: entry("server(s) {ids} of the group no longer exist in ECS", "保护组的云服务器 {ids} 在 ECS 中已不存在"),
        .haltSwitchAway: entry(
            "a switchover away from {site} is in progress (someone else is moving the group)", "正在进行离开 {site} 的切换（有其他人正在切换该保护组）"),
        .haltUnplannedSwitch: entry(
            "a switchover the plan did not show is in progress (status reversing); plan again when it has finished",
            "正在进行计划中没有的切换（状态 reversing）；请在其完成后重新生成计划"),
        .haltNotStoppedByPlan: entry(
            "server(s) {names} of the group are not shut down, and the plan does not stop them; plan again",
            "保护组的云服务器 {names} 未关机，而计划不会将其关机；请重新生成计划"),
        .haltRunButWereDown: entry(
            "server(s) {names} run but were shut down when planned; the plan does not stop them; plan again",
            "云服务器 {names} 正在运行，但生成计划时已关机；计划不会将其关机；请重新生成计划"),
        .haltNeitherRunningNorDown: entry(
            "server(s) at {site} are neither running nor shut down ({states})", "{site} 的云服务器既未运行也未关机（{states}）"),
        .haltFailoverAway: entry(
            "a failover away from {site} is in progress (someone else is moving the group)", "正在进行离开 {site} 的故障切换（有其他人正在切换该保护组）"),
        .haltAtDesiredNotFailedOver: entry(
            "production is at {site}, but the group's status is {status}, not failed-over", "生产站点位于 {site}，但保护组状态为 {status}，不是 failed-over"),
        .haltNoFailoverInFlight: entry(
            "production is at {production} and no failover is in flight, but the plan only waits for one; plan again",
            "生产站点位于 {production} 且没有进行中的故障切换，但计划只等待故障切换；请重新生成计划"),
        .haltStatusNoFailover: entry(
            "the group's status is {status}; a failover needs protected, error-failing-over or error-reversing",
            "保护组状态为 {status}；故障切换要求状态为 protected、error-failing-over 或 error-reversing"),
        .haltNoPairFailover: entry("the group has no replication pair, so SDRS cannot fail it over", "保护组没有复制对，SDRS 无法对其故障切换"),
        .haltStatusNeeds: entry("the group's status is {status}; {call} needs {allowed}", "保护组状态为 {status}；{call} 要求状态为 {allowed}"),
        .orSeparator: entry(" or ", " 或 "),
        .haltPlanDoesNotCall: entry("the plan does not {call} the group; plan again", "计划中没有对保护组执行 {call}；请重新生成计划"),
        .haltNoPriorityStationReprotect: entry(
            "SDRS reports no priority_station for the group, so switchyard cannot tell which site to shut down before re-protecting",
            "SDRS 未报告保护组的 priority_station，switchyard 无法判断重保护前应关闭哪个站点的云服务器"),
        .haltSiteStillDown: entry(
            "server(s) {names} at the {site} site are neither running nor shut down ({states}); re-protect once that site is back",
            "{site} 站点的云服务器 {names} 既未运行也未关机（{states}）；请在该站点恢复后再重保护"),
        .haltNoPairEnable: entry("the group has no replication pair, so SDRS cannot enable its protection", "保护组没有复制对，SDRS 无法开启保护"),
        .haltUnplannedTransition: entry(
            "a group transition the plan did not show is in progress; plan again when it has finished",
            "正在进行计划中没有的保护组状态转换；请在其完成后重新生成计划"),
        .refusedNoSteps: entry("the plan has no steps for this group", "计划中该保护组没有步骤"),

        // Failures
        .failSwitchInFlightEnded: entry(
            "the switchover in flight to {site} ended with production still at {production} (status {status})",
            "进行中的切换（切换到 {site}）已结束，但生产站点仍在 {production}（状态 {status}）"),
        .stateNoServerStarted: entry("no server was started", "未开机任何云服务器"),
        .nextFindWhy: entry("find out why it failed (SDRS console), then plan and apply again", "查明失败原因（SDRS 控制台），然后再次执行 plan 和 apply"),
        .failReverseNotEffective: entry(
            "switchover job {job} succeeded, but priority_station is still {production} (status {status})",
            "切换任务 {job} 已成功，但 priority_station 仍为 {production}（状态 {status}）"),
        .nextInspectConsole: entry("inspect the group in the SDRS console, then plan and apply again", "在 SDRS 控制台检查该保护组，然后再次执行 plan 和 apply"),
        .failSwitchTimeout: entry("still reversing after {timeout}; the switchover continues in the cloud", "{timeout} 后仍在切换中（reversing）；切换在云上继续进行"),
        .stateNoStartWhileReversing: entry("no server was started while the group is reversing", "保护组切换期间未开机任何云服务器"),
        .nextWaitInFlightSwitch: entry(
            "plan and apply again: the plan then waits for the switchover in flight and starts the servers",
            "再次执行 plan 和 apply：新计划会等待进行中的切换并开机云服务器"),
        .failStopFailed: entry("stopping the servers failed", "云服务器关机失败"),
        .stateNotShutDown: entry("{count} server(s) not shut down; {notDone}", "{count} 台云服务器未关机；{notDone}"),
        .nextStopFromConsole: entry("stop the servers from the console, or plan and apply again", "请在控制台将云服务器关机，或再次执行 plan 和 apply"),
        .failShutdownTimeout: entry("server(s) {names} not shut down {timeout} after {since}", "云服务器 {names} 在{since}后 {timeout} 仍未关机"),
        .sinceHardStop: entry("a HARD stop", "强制关机（HARD）"),
        .sinceStopSeen: entry("the stop was first seen pending", "首次发现关机请求"),
        .stateStillRunning: entry("{count} server(s) still running; {notDone}", "{count} 台云服务器仍在运行；{notDone}"),
        .nextSoftThenHard: entry(
            "shut the guests down, or declare shutdown: soft-then-hard, then plan and apply again",
            "请在操作系统内关机，或声明 shutdown: soft-then-hard，然后再次执行 plan 和 apply"),
        .nextCheckServers: entry("check the servers in the console, then plan and apply again", "在控制台检查这些云服务器，然后再次执行 plan 和 apply"),
        .failBothSitesWouldRun: entry(
            "server(s) {names} at the old production site are not shut down, so the servers at {site} were not started: both sites would run at once",
            "原生产站点的云服务器 {names} 未关机，因此未开机 {site} 的云服务器：否则两个站点会同时运行"),
        .stateNotRunningNothingStarted: entry("{count} server(s) at {site} not running; nothing was started", "{site} 的 {count} 台云服务器未运行；未开机任何云服务器"),
        .nextFindWhoStarted: entry(
            "find out who started the old production servers and shut them down, then plan and apply again",
            "查明是谁开机了原生产站点的云服务器并将其关机，然后再次执行 plan 和 apply"),
        .failStartFailed: entry("starting the servers at {site} failed", "开机 {site} 的云服务器失败"),
        .stateNotRunningAt: entry("{count} server(s) at {site} not running", "{site} 的 {count} 台云服务器未运行"),
        .nextStartFromConsole: entry("start the servers from the console, or plan and apply again", "请在控制台开机云服务器，或再次执行 plan 和 apply"),
        .failStartTimeout: entry("server(s) {names} at {site} not running {timeout} after the start", "开机 {timeout} 后，{site} 的云服务器 {names} 仍未运行"),
        .stateNotRunning: entry("{count} server(s) not running", "{count} 台云服务器未运行"),
        .failSwitchFailed: entry("the switchover to {site} failed (job {job}); status is {status}", "切换到 {site} 失败（任务 {job}）；状态为 {status}"),
        .nextRetrySwitch: entry(
            "fix the cause, then plan and apply again (SDRS allows retrying a switchover from error-reversing)",
            "消除原因后再次执行 plan 和 apply（SDRS 允许从 error-reversing 状态重试切换）"),
        .stateUnknown: entry("server state unknown", "云服务器状态未知"),
        .policyLeaveStopped: entry(" (on-failure: leave-stopped)", "（on-failure: leave-stopped，保持关机）"),
        .policyNotApplied: entry(
            " (restart-original not applied: the group changed site or its original site is unknown)",
            "（未执行 restart-original：保护组已更换站点或其原站点未知）"),
        .stateWithPolicy: entry("{state}{policy}", "{state}{policy}"),
        .stateOriginalRunAgain: entry(
            "the original production servers at {site} run again (on-failure: restart-original)",
            "{site} 的原生产站点云服务器已重新运行（on-failure: restart-original）"),
        .stateOriginalNotRestarted: entry(
            "the original production servers were not restarted: server(s) {names} at the other site are not shut down",
            "原生产站点云服务器未重新开机：另一站点的云服务器 {names} 未关机"),
        .stateRestartFailed: entry("restarting the original production servers failed; {count} not running", "重新开机原生产站点云服务器失败；{count} 台未运行"),
        .stateRestartedNotRunning: entry(
            "the original production servers were restarted but {count} still do not run {timeout} later",
            "原生产站点云服务器已重新开机，但 {timeout} 后仍有 {count} 台未运行"),
        .failWithJob: entry("{message} (job {job})", "{message}（任务 {job}）"),
        .stateShutDownLeft: entry("{stopped} of {total} server(s) at {site} shut down; left as they are", "{site} 的 {total} 台云服务器中有 {stopped} 台已关机；保持现状"),
        .alreadyConvergedReason: entry(
            "the live state already satisfied every step of the plan; nothing was changed", "当前状态已满足计划的每个步骤；未做任何更改"),
        .notMadeByThisRun: entry(
            "the {what} itself was not made by this run (another run, an interrupted one or a person made it); this run only waited, stopped or started servers",
            "{what}本身并非由本次运行执行（而是由另一次运行、被中断的运行或人工执行）；本次运行只进行了等待、关机或开机"),
        .theSwitchover: entry("switchover", "切换"),
        .failStoppedMidway: entry("stopped midway: {reason}", "中途停止：{reason}"),
        .nextInspectReplan: entry(
            "inspect the group, then plan and apply again (the new plan shows what is left to do)",
            "检查该保护组，然后再次执行 plan 和 apply（新计划会显示剩余的工作）"),
        .failCallFailed: entry("{step} failed: {error}", "{step} 失败：{error}"),
        .nextFixReplan: entry(
            "fix the cause, then plan and apply again (the new plan shows what is left to do)",
            "消除原因后再次执行 plan 和 apply（新计划会显示剩余的工作）"),
        .failFailoverFailed: entry("the failover to {site} failed (status {status})", "故障切换到 {site} 失败（状态 {status}）"),
        .nextRetryFailover: entry(
            "SDRS allows retrying a failover from error-failing-over: plan and apply again, or contact Huawei Cloud support",
            "SDRS 允许从 error-failing-over 状态重试故障切换：再次执行 plan 和 apply，或联系华为云技术支持"),
        .failFailoverNotEffective: entry(
            "failover job {job} succeeded, but priority_station is still {production} (status {status})",
            "故障切换任务 {job} 已成功，但 priority_station 仍为 {production}（状态 {status}）"),
        .failProtectionCall: entry("{call} failed (status {status})", "{call} 失败（状态 {status}）"),
        .stateNoServerByGroupCall: entry("no server was started or stopped by the group call", "保护组操作未开机或关机任何云服务器"),
        .nextRetryProtection: entry(
            "fix the cause (the SDRS console shows the job), then plan and apply again: SDRS allows a retry from {status}",
            "消除原因（SDRS 控制台中可查看该任务）后再次执行 plan 和 apply：SDRS 允许从 {status} 状态重试"),
        .alreadyProtectionReason: entry(
            "the group's protection was already as declared (status {status}); nothing was changed", "保护组的保护状态已与声明一致（状态 {status}）；未做任何更改"),
        .failProtectionNotEffective: entry(
            "{call} job {job} succeeded, but the group's status is {status}, not {wanted}", "{call} 任务 {job} 已成功，但保护组状态为 {status}，不是 {wanted}"),
        .stateServersLeft: entry("servers left as they are", "云服务器保持现状"),
        .failTransitionTimeout: entry("still in transition {timeout} after {since}; the job continues in the cloud", "{since}后 {timeout} 仍在状态转换中；任务在云上继续进行"),
        .sinceFirstSeen: entry("it was first seen", "首次发现"),
        .sinceTheCall: entry("the call", "调用"),
        .stateNoStartDuringTransition: entry("no server was started during the transition", "状态转换期间未开机任何云服务器"),
        .nextWaitTransition: entry("plan and apply again: the plan then waits for the transition in flight", "再次执行 plan 和 apply：新计划会等待进行中的状态转换"),
        .notDoneSwitch: entry("the group was not switched", "保护组未切换"),
        .notDoneFailover: entry("the group was not failed over", "保护组未故障切换"),
        .notDoneReprotect: entry("the group was not re-protected", "保护组未重保护"),
        .notDoneCall: entry("the group call was not sent", "未发送保护组操作"),
        .leftStopping: entry("servers were being stopped", "云服务器正在关机"),
        .leftSwitchJob: entry(
            "switchover job {job} may still run in the cloud: rerun apply, it waits for it instead of starting another",
            "切换任务 {job} 可能仍在云上运行：请重新运行 apply，它会等待该任务而不会再次发起"),
        .leftGroupJob: entry(
            "{call} job {job} may still run in the cloud: rerun apply, it waits for it instead of sending another",
            "{call} 任务 {job} 可能仍在云上运行：请重新运行 apply，它会等待该任务而不会再次发送"),
        .leftStarting: entry("servers were being started", "云服务器正在开机"),
        .leftNoChangeInFlight: entry("no change is in flight", "没有进行中的更改"),
        .leftNoChange: entry("no change was made to this group", "未对该保护组做任何更改"),
        .leftSeparator: entry("; ", "；"),
        .failureSentence: entry("{message}{code}{failReason}{serverState}. Next: {next}", "{message}{code}{failReason}{serverState}。下一步：{next}"),
        .failureServerState: entry("; {state}", "；{state}"),

        // A saved plan that no longer fits the cloud (SavedPlanCheck, Staleness)
        .refusedGroupGone: entry("protection group {id} is no longer found in the cloud; plan again", "云上已找不到保护组 {id}；请重新生成计划"),
        .refusedStale: entry("stale plan: {changes}; plan again", "计划已过期：{changes}；请重新生成计划"),
        .refusedDependencyMoved: entry(
            "depends on {address}, which was in sync when planned but is not now ({now}); plan again",
            "依赖 {address}，它在生成计划时已一致，但现在不是（{now}）；请重新生成计划"),
        .staleField: entry("{subject}{name} is now {now}; was {was} when planned", "{subject}{name} 现在为 {now}；生成计划时为 {was}"),
        .staleNone: entry("none", "无"),
        .staleGone: entry("{kind} {id} is gone; it was there when planned", "{kind} {id} 已不存在；生成计划时存在"),
        .staleAdded: entry("{kind} {id} was added since the plan was made", "{kind} {id} 是生成计划后新增的"),
        .staleKindInstance: entry("protected instance", "保护实例"),
        .staleKindServer: entry("server", "云服务器"),
        .staleKindPair: entry("replication pair", "复制对"),
        .staleSubjectInstance: entry("protected instance {id} ", "保护实例 {id} 的"),
        .staleSubjectServer: entry("server {id} ", "云服务器 {id} 的"),
        .staleSubjectPair: entry("replication pair {id} ", "复制对 {id} 的"),
        .staleGroupID: entry("group ID", "保护组 ID"),
        .staleStatus: entry("status", "状态"),
        .staleSourceZone: entry("source availability zone", "source 可用区"),
        .staleTargetZone: entry("target availability zone", "target 可用区"),
        .staleSourceServer: entry("source server", "源端云服务器"),
        .staleTargetServer: entry("target server", "目标端云服务器"),
        .staleAvailabilityZone: entry("availability zone", "可用区"),
        .staleExists: entry("exists", "是否存在"),
        .staleFrozen: entry("frozen", "是否冻结"),
        .staleLocked: entry("locked", "是否锁定"),

        // The executor
        .interruptedLeft: entry("interrupted: {left}", "已中断：{left}"),
        .notStartedInterrupted: entry("not started: the run was interrupted", "未开始：运行已中断"),
        .skippedDependency: entry("skipped: depends on {dependency}, which ended {result}", "已跳过：依赖 {dependency}，而它的结果为 {result}"),
        .refusedTooManySwitches: entry(
            "{count} groups need a switchover, more than policy.maxSwitchesPerRun {limit}; nothing was changed",
            "有 {count} 个保护组需要切换，超过 policy.maxSwitchesPerRun {limit}；未做任何更改"),
        .notStartedCycle: entry("not started: it waits on groups that wait on it (a dependency cycle)", "未开始：它等待的保护组也在等待它（依赖循环）"),

        // Results
        .resultConverged: entry("converged", "已收敛"),
        .resultAlreadyConverged: entry("already-converged", "原已收敛"),
        .resultInSync: entry("in-sync", "已一致"),
        .resultFailed: entry("failed", "失败"),
        .resultInterrupted: entry("interrupted", "已中断"),
        .resultSkipped: entry("skipped", "已跳过"),
        .resultRefused: entry("refused", "已拒绝"),
        .resultBlocked: entry("blocked", "受阻"),
        .resultExcluded: entry("excluded", "已排除"),

        // The summary
        .summaryHeading: entry("Apply summary (run {run}):", "apply 汇总（运行 {run}）："),
        .summaryDowntime: entry(", downtime {downtime}", "，停机时间 {downtime}"),
        .summaryOverRTO: entry(" (exceeds rto {rto})", "（超出 RTO {rto}）"),
        .summaryWithinRTO: entry(" (within rto {rto})", "（在 RTO {rto} 内）"),
        .summaryErrorCode: entry("error code {code}{reason}", "错误码 {code}{reason}"),
        .summaryServers: entry("servers: {state}", "云服务器：{state}"),
        .summaryNextSafeAction: entry("next safe action: {action}", "下一步安全操作：{action}"),
        .summarySatisfied: entry("already satisfied, skipped: {steps}", "已满足，跳过：{steps}"),
        .summaryJob: entry(", job {job}", "，任务 {job}"),
        .summaryPollsOne: entry(", 1 poll", "，轮询 1 次"),
        .summaryPollsOther: entry(", {count} polls", "，轮询 {count} 次"),
        .summaryTotal: entry("{count} {result}", "{count} 个{result}"),
        .summaryTotals: entry("{parts}.", "{parts}。"),
        .summaryNothing: entry("Nothing to do.", "无需执行任何操作。"),
        .summaryTook: entry(" Took {duration}.", "耗时 {duration}。"),
        .summaryInterrupted: entry(
            "The run was interrupted; plan and apply again: the new plan shows what is left to do.",
            "运行已中断；请再次执行 plan 和 apply：新计划会显示剩余的工作。"),
        .summaryRefused: entry("Refused: {reason}", "已拒绝：{reason}"),

        // The command
        .cliRefused: entry("{address}: refused: {reason}", "{address}：已拒绝：{reason}"),
        .cliFailoverNotAllowed: entry(
            "the plan fails over {groups}: a failover stops replication and may lose the data not yet copied; apply again with --allow-failover to let it run (nothing was changed)",
            "计划对 {groups} 执行故障切换：故障切换会停止复制，尚未复制的数据可能丢失；如需执行，请加上 --allow-failover 再次运行 apply（未做任何更改）"),
        .cliNoChanges: entry("No changes: every group is where it should be.", "无需更改：每个保护组都已位于应在的站点。"),
        .cliNoChangesBlocked: entry(
            "No changes apply can make: {count} group(s) blocked (see the plan).", "apply 无法做任何更改：{count} 个保护组受阻（见计划）。"),
        .cliHTMLWritten: entry("HTML report written to {path}", "HTML 报告已写入 {path}"),
        .cliNeedsApproval: entry(
            "apply -f needs approval: run it on a terminal, pass --auto-approve, or apply a saved plan (plan --out PLAN, then apply PLAN)",
            "apply -f 需要确认：请在终端中运行，或加上 --auto-approve，或执行已保存的计划（先 plan --out PLAN，再 apply PLAN）"),
        .cliApprovalPrompt: entry(
            "This changes {count} group(s) as the plan above shows (stopping, switching and starting servers).\nOnly 'yes' will be accepted to approve: ",
            "这将按上面的计划更改 {count} 个保护组（关机、切换和开机云服务器）。\n只有输入 'yes' 才会确认执行："),
        .cliCancelled: entry("Apply cancelled; nothing was changed.", "apply 已取消；未做任何更改。"),
        .cliInterrupted: entry(
            "interrupted: no new steps will start; waiting for calls in flight (press Ctrl-C again to exit at once)",
            "已中断：不会再开始新的步骤；正在等待进行中的调用（再按一次 Ctrl-C 立即退出）"),

        // The live view and the CI log lines
        .progressWaveOf: entry("wave {wave} of {waves}", "第 {wave} 批，共 {waves} 批"),
        .progressFinishedOne: entry("{finished} of 1 group finished", "1 个保护组中已完成 {finished} 个"),
        .progressFinishedOther: entry("{finished} of {count} groups finished", "{count} 个保护组中已完成 {finished} 个"),
        .progressElapsed: entry("{duration} elapsed", "已用时 {duration}"),
        .progressHeader: entry("apply: {parts}", "apply 进度：{parts}"),
        .progressWaiting: entry("waiting", "等待中"),
        .progressWaitingWave: entry("waiting (wave {wave})", "等待中（第 {wave} 批）"),
        .progressStepRunning: entry("{step}…", "{step}…"),
        .progressStepDone: entry("{step} done", "{step} 完成"),
        .progressStepFailed: entry("{step} failed", "{step} 失败"),
        .progressStepStarted: entry("{step} started", "{step} 开始"),
        .progressJob: entry(" (job {job})", "（任务 {job}）"),
        .progressStill: entry("still {doing}", "仍在{doing}"),
        .doingShutdown: entry("waiting for servers to shut down", "等待云服务器关机"),
        .doingSwitch: entry("switching over", "切换"),
        .doingStart: entry("starting servers", "开机云服务器"),
        .doingRestartOriginal: entry("restarting the original production servers", "重新开机原生产站点云服务器"),
        .progressHeartbeatElapsed: entry(" [{duration} elapsed]", "［已用时 {duration}］"),
        .progressAfter: entry(" after {duration}", "，用时 {duration}"),
    ]
}
