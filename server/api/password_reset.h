// The public half of a password-reset request, apart from its handler so that a test can count
// its work: it checks the per-address limit, records the request and queues it, with the same
// store calls and no password hash whether or not the login exists (the account is looked up
// only after the answer, by jobs/password_reset_task.cpp). kTooManyRequests beyond 50 requests
// from one address in 15 minutes.
#pragma once

#include <string>

#include "store/db.h"

namespace atgt::api {

Status accept_reset_request(store::Db& db, const std::string& login, const std::string& ip, int64_t now);

}  // namespace atgt::api
