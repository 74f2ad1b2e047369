// Running an external program (pg_dump, pg_restore) without a shell: the arguments go to
// posix_spawnp as an argv, so no user input is ever parsed by a shell. Blocks until it exits.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace atgt {

struct ProcessResult {
  int exit_code = -1;  // -1 when killed by a signal
  std::string err;     // what it wrote on stderr (at most 64 KiB kept)
};

// Runs argv[0] (looked up in PATH) with stdin from /dev/null and stdout to stderr's pipe.
// kUnavailable when the program cannot be started.
Result<ProcessResult> run_process(const std::vector<std::string>& argv);

}  // namespace atgt
