// Packs named parts into a ZIP archive in memory (libzip), in the order given, deflated, with a
// fixed modification time so that the same parts give the same bytes. Thread-safe (no shared
// state).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/status.h"

namespace atgt::render {

using ZipParts = std::vector<std::pair<std::string, std::string>>;  // name, bytes

// kInternal when libzip fails.
Result<std::string> zip_pack(const ZipParts& parts);

}  // namespace atgt::render
