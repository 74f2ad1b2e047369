// The atgt subcommands: serve, migrate, seed-demo, help. Each returns the process exit code.
#pragma once

namespace atgt::app {

int run_cli(int argc, char** argv);

}  // namespace atgt::app
