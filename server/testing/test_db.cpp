// Test database factory.
#include "testing/test_db.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <sstream>

#include "store/migrate.h"

namespace atgt::testing {
namespace {
std::string g_last_url;
std::atomic<int> g_counter{0};

std::string env_or(const char* name, const char* def) {
  const char* v = std::getenv(name);
  return v && *v ? v : def;
}
}  // namespace

std::vector<std::string> test_backends() {
  std::vector<std::string> out;
  std::stringstream ss(env_or("ATGT_TEST_DATABASES", "sqlite"));
  std::string item;
  while (std::getline(ss, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

std::unique_ptr<store::Db> fresh_db(const std::string& backend) {
  int n = ++g_counter;
  std::string url;
  if (backend == "sqlite") {
    url = "sqlite:" + env_or("ATGT_TEST_TMP", "/tmp") + "/store_test_" + std::to_string(getpid()) + "_" +
          std::to_string(n) + ".db";
    std::remove(url.substr(7).c_str());
  } else {
    std::string admin = env_or("ATGT_TEST_PG_URL", "");
    if (admin.empty()) {
      ADD_FAILURE() << "ATGT_TEST_PG_URL is not set: PostgreSQL store tests cannot run";
      return nullptr;
    }
    auto a = store::open_db(admin);
    if (!a.ok()) {
      ADD_FAILURE() << "cannot connect to PostgreSQL: " << a.status().message();
      return nullptr;
    }
    std::string name = "atgt_t_" + std::to_string(getpid()) + "_" + std::to_string(n);
    auto st = (*a)->exec_script("CREATE DATABASE " + name);
    if (!st.ok()) {
      ADD_FAILURE() << "CREATE DATABASE failed";
      return nullptr;
    }
    auto pos = admin.find("/postgres?");
    url = pos == std::string::npos ? admin : admin.substr(0, pos) + "/" + name + admin.substr(pos + 9);
  }
  auto db = store::open_db(url);
  if (!db.ok()) {
    ADD_FAILURE() << "open " << url << ": " << db.status().message();
    return nullptr;
  }
  auto m = store::migrate(**db);
  if (!m.ok()) {
    ADD_FAILURE() << "migrate: " << m.status().message();
    return nullptr;
  }
  g_last_url = url;
  return std::move(db).value();
}

std::string last_url() { return g_last_url; }

std::string data_dir() { return env_or("ATGT_DATA_DIR", ATGT_SOURCE_DIR "/data"); }

}  // namespace atgt::testing
