// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

extension Node {
    /// The node's resolved tag (`tag:yaml.org,2002:str`, `…:int`, a custom `!tag`, …).
    /// Yams keeps `Tag.name` internal; `rawValue` is the same text.
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
