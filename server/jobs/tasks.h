// The scheduled tasks of the platform (one entry each in tasks.cpp). A later capability adds its
// reminders and escalations there.
#pragma once

#include <vector>

#include "files/blob_store.h"
#include "jobs/scheduler.h"
#include "notify/notify.h"

namespace atgt::jobs {

struct TaskEnv {
  const files::BlobStore* blobs = nullptr;
  notify::DeliveryOptions delivery;
  std::string public_url;
  int64_t email_every_seconds = 15;
  int session_idle_minutes = 120;
  int session_absolute_hours = 12;
};

std::vector<ScheduledTask> platform_tasks(const TaskEnv& env);

// Handles the queued public password-reset requests (jobs/password_reset_task.cpp); "" when the
// queue was empty.
Result<std::string> process_reset_requests(store::Db& db, const std::string& public_url, int64_t now);

// Collects garbage: staged uploads never used within a day are deleted, and blobs no live file
// row references (older than an hour, so an upload in progress is safe) are removed.
Result<std::string> collect_files(store::Db& db, const files::BlobStore& blobs, int64_t now);

}  // namespace atgt::jobs
