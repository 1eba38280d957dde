// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An ECS server: the `server` object of `GET /v1/{project_id}/cloudservers/{id}` and the elements
/// of `cloudservers/detail` (reference §6.2; SDK `ServerDetail`).
///
/// Every field is optional. Encoding writes all 45 modelled keys with `null` for `nil`, matching
/// the real API (`"OS-EXT-STS:task_state": null`, `"description": null`) and the SDK's types:
/// `progress`, `OS-EXT-STS:power_state` and `OS-EXT-SRV-ATTR:launch_index` are numbers, `locked`
/// is a boolean, everything in `flavor`, `addresses` and `volumes_attached` is a string. Keys of
/// `ServerDetail` not modelled here (`cpu_options`, `hypervisor`, `network_interfaces`,
/// `capacity_reservation_*`, `spod_id`, `enclave_options`, `security_options`) are ignored when
/// decoding and not written.
public struct ECSServer: Sendable, Hashable {
    /// Server ID (UUID).
    public var id: String?
    /// Server name.
    public var name: String?
    /// Status derived from `vmState` and `taskState`.
    public var status: ECSServerStatus?
    /// Stable state (`OS-EXT-STS:vm_state`).
    public var vmState: ECSVMState?
    /// In-flight task (`OS-EXT-STS:task_state`); `nil` (JSON `null`) when idle.
    public var taskState: ECSTaskState?
    /// Power state (`OS-EXT-STS:power_state`), a JSON number.
    public var powerState: ECSPowerState?
    /// The AZ the server lives in (`OS-EXT-AZ:availability_zone`).
    public var availabilityZone: String?
    /// Flavor.
    public var flavor: ECSFlavor?
    /// Addresses by network ID.
    public var addresses: [String: [ECSAddress]]?
    /// Attached disks (`os-extended-volumes:volumes_attached`).
    public var volumesAttached: [ECSVolumeAttachment]?
    /// Metadata: system keys (`os_type`, `charging_mode`, `vpc_id`, `EcmResStatus`, `metering.*`, …) and user keys.
    public var metadata: [String: String]?
    /// Fault, for servers in `ERROR` (and unknown IDs in a `server_id` query).
    public var fault: ECSFault?
    /// Whether the server is locked; a JSON boolean.
    public var locked: Bool?
    /// nova-compute state: `UP`, `UNKNOWN`, `DOWN`, `MAINTENANCE` or empty.
    public var hostStatus: String?
    /// Creation time, as sent (`2019-05-22T03:30:52Z`).
    public var created: String?
    /// Update time, as sent.
    public var updated: String?
    /// Launch time, as sent (`OS-SRV-USG:launched_at`, `2018-09-13T07:04:09.197749`).
    public var launchedAt: String?
    /// Deletion time (`OS-SRV-USG:terminated_at`).
    public var terminatedAt: String?
    /// Progress in percent; a JSON number.
    public var progress: Int?
    /// Description.
    public var description: String?
    /// Project ID (`tenant_id`).
    public var tenantID: String?
    /// ID of the user who created the server.
    public var userID: String?
    /// Image the server was created from.
    public var image: ECSImageReference?
    /// Key pair name.
    public var keyName: String?
    /// Security groups.
    public var securityGroups: [ECSSecurityGroupReference]?
    /// User tags as `key=value` strings.
    public var tags: [String]?
    /// System tags.
    public var sysTags: [ECSSystemTag]?
    /// Enterprise project ID (`"0"` for the default project).
    public var enterpriseProjectID: String?
    /// ID of the host the server runs on (`hostId`).
    public var hostID: String?
    /// Host name (`OS-EXT-SRV-ATTR:host`).
    public var host: String?
    /// Hypervisor host name (`OS-EXT-SRV-ATTR:hypervisor_hostname`).
    public var hypervisorHostname: String?
    /// Instance alias (`OS-EXT-SRV-ATTR:instance_name`).
    public var instanceName: String?
    /// Guest host name (`OS-EXT-SRV-ATTR:hostname`).
    public var hostname: String?
    /// Batch-creation reservation ID (`OS-EXT-SRV-ATTR:reservation_id`).
    public var reservationID: String?
    /// Launch index within a batch (`OS-EXT-SRV-ATTR:launch_index`); a JSON number.
    public var launchIndex: Int?
    /// Kernel image ID (`OS-EXT-SRV-ATTR:kernel_id`).
    public var kernelID: String?
    /// Ramdisk image ID (`OS-EXT-SRV-ATTR:ramdisk_id`).
    public var ramdiskID: String?
    /// Root device name (`OS-EXT-SRV-ATTR:root_device_name`).
    public var rootDeviceName: String?
    /// Base64 user data (`OS-EXT-SRV-ATTR:user_data`).
    public var userData: String?
    /// Disk configuration, `AUTO` or `MANUAL` (`OS-DCF:diskConfig`).
    public var diskConfig: String?
    /// Reserved IPv4 access address (`accessIPv4`).
    public var accessIPv4: String?
    /// Reserved IPv6 access address (`accessIPv6`).
    public var accessIPv6: String?
    /// Config drive.
    public var configDrive: String?
    /// Scheduling hints (`os:scheduler_hints`).
    public var schedulerHints: ECSSchedulerHints?
    /// Scheduled deletion time (`auto_terminate_time`).
    public var autoTerminateTime: String?

    /// Creates a server; every field defaults to `nil`.
    public init(
        id: String? = nil, name: String? = nil, status: ECSServerStatus? = nil, vmState: ECSVMState? = nil,
        taskState: ECSTaskState? = nil, powerState: ECSPowerState? = nil, availabilityZone: String? = nil,
        flavor: ECSFlavor? = nil, addresses: [String: [ECSAddress]]? = nil,
        volumesAttached: [ECSVolumeAttachment]? = nil, metadata: [String: String]? = nil,
        fault: ECSFault? = nil, locked: Bool? = nil, hostStatus: String? = nil, created: String? = nil,
        updated: String? = nil, launchedAt: String? = nil, terminatedAt: String? = nil, progress: Int? = nil,
        description: String? = nil, tenantID: String? = nil, userID: String? = nil,
        image: ECSImageReference? = nil, keyName: String? = nil,
        securityGroups: [ECSSecurityGroupReference]? = nil, tags: [String]? = nil,
        sysTags: [ECSSystemTag]? = nil, enterpriseProjectID: String? = nil, hostID: String? = nil,
        host: String? = nil, hypervisorHostname: String? = nil, instanceName: String? = nil,
        hostname: String? = nil, reservationID: String? = nil, launchIndex: Int? = nil,
        kernelID: String? = nil, ramdiskID: String? = nil, rootDeviceName: String? = nil,
        userData: String? = nil, diskConfig: String? = nil, accessIPv4: String? = nil,
        accessIPv6: String? = nil, configDrive: String? = nil, schedulerHints: ECSSchedulerHints? = nil,
        autoTerminateTime: String? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.vmState = vmState
        self.taskState = taskState
        self.powerState = powerState
        self.availabilityZone = availabilityZone
        self.flavor = flavor
        self.addresses = addresses
        self.volumesAttached = volumesAttached
        self.metadata = metadata
        self.fault = fault
        self.locked = locked
        self.hostStatus = hostStatus
        self.created = created
        self.updated = updated
        self.launchedAt = launchedAt
        self.terminatedAt = terminatedAt
        self.progress = progress
        self.description = description
        self.tenantID = tenantID
        self.userID = userID
        self.image = image
        self.keyName = keyName
        self.securityGroups = securityGroups
        self.tags = tags
        self.sysTags = sysTags
        self.enterpriseProjectID = enterpriseProjectID
        self.hostID = hostID
        self.host = host
        self.hypervisorHostname = hypervisorHostname
        self.instanceName = instanceName
        self.hostname = hostname
        self.reservationID = reservationID
        self.launchIndex = launchIndex
        self.kernelID = kernelID
        self.ramdiskID = ramdiskID
        self.rootDeviceName = rootDeviceName
        self.userData = userData
        self.diskConfig = diskConfig
        self.accessIPv4 = accessIPv4
        self.accessIPv6 = accessIPv6
        self.configDrive = configDrive
        self.schedulerHints = schedulerHints
        self.autoTerminateTime = autoTerminateTime
    }

    /// Whether the server is fully stopped: `SHUTOFF` with no task in flight.
    ///
    /// A server being stopped still reads `ACTIVE` with task `powering-off`, and one being
    /// started reads `SHUTOFF` with task `powering-on`; neither counts.
    public var isStopped: Bool {
        status == .shutoff && taskState == nil
    }

    /// Whether the server is fully running: `ACTIVE` with no task in flight.
    public var isRunning: Bool {
        status == .active && taskState == nil
    }
}
