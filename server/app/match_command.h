// `atgt match`: the matching engine over a roster CSV and a records CSV (no database).
#pragma once

namespace atgt::app {

// argv[1] is "match". Returns the process exit code: 0 done, 2 a file is unusable or an option
// is wrong (one `row,column,message` line on stderr for a file), 1 the output cannot be written.
int match_command(int argc, char** argv);

}  // namespace atgt::app
