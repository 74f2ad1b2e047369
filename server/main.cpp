// atgt: the ATGT Học đường server binary. See app/commands.cpp for the subcommands.
#include "app/commands.h"

int main(int argc, char** argv) { return atgt::app::run_cli(argc, argv); }
