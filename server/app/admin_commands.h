// Command-line administration that must not need a running server or an existing account:
//   atgt create-admin --login L --unit CODE [--system] [--name NAME]
//       the first administrator of a root (or a system administrator with --system); the
//       password is read from standard input (one line) or, when stdin is empty or a terminal,
//       generated and printed once; it must be changed at the first login.
//   atgt check     the registry's integrity (cycles, overlapping versions, dangling links);
//                  exit 1 when any problem is found.
//   atgt demo-accounts disable
//                  disables every account that still has a published demo password.
#pragma once

#include "api/services.h"

namespace atgt::app {

int create_admin(api::Services& svc, int argc, char** argv);
int check_registry(api::Services& svc);
int demo_accounts(api::Services& svc, int argc, char** argv);

}  // namespace atgt::app
