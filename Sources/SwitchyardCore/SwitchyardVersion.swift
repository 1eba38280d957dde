// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The version of switchyard, shown by `--version` and sent in the `User-Agent`.
public enum SwitchyardVersion {
    public static let current = "0.1.0"
}
