#include "app/nouns.h"

namespace atgt::app {

Status register_nouns(api::Nouns& n) {
  // The order is the order of the home page's items.
  ATGT_TRY(api::register_users(n));
  ATGT_TRY(api::register_registry(n));
  ATGT_TRY(api::register_unit_documents(n));
  ATGT_TRY(api::register_uploads(n));
  ATGT_TRY(api::register_jobs(n));
  ATGT_TRY(api::register_scheduler(n));
  ATGT_TRY(api::register_documents(n));
  ATGT_TRY(api::register_plans(n));
  ATGT_TRY(api::register_students(n));
  ATGT_TRY(api::register_notices(n));
  return Status::Ok();
}

}  // namespace atgt::app
