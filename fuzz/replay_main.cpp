// atgt_fuzz_replay: runs the fuzz harnesses (fuzz/*_fuzz.cpp) over saved inputs without
// libFuzzer, so that the normal build replays the seed corpus and every crash ever found.
//
//   atgt_fuzz_replay --list               the harness names
//   atgt_fuzz_replay NAME PATH...         each file, and each file under each directory
//                                         (recursively, sorted; dot files and README.md skipped)
//
// Inputs run in a child process so that a crash or a failed invariant (abort) counts as one
// failed input and the replay goes on with the next one; each input has 10 s. Prints one line
// per failed input and ends with "replay NAME: P passed, F failed"; exit status 1 when any input
// failed. Each harness is compiled here with LLVMFuzzerTestOneInput renamed to NAME_fuzz_one
// (see CMakeLists.txt), and fuzz_harnesses.inc (generated) lists them as X(NAME).
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define X(name) extern "C" int name##_fuzz_one(const uint8_t* data, size_t size);
#include "fuzz_harnesses.inc"
#undef X

namespace {
namespace fs = std::filesystem;
using Harness = int (*)(const uint8_t*, size_t);

struct Entry {
  const char* name;
  Harness fn;
};
const Entry kHarnesses[] = {
#define X(name) {#name, name##_fuzz_one},
#include "fuzz_harnesses.inc"
#undef X
};

bool skipped(const fs::path& p) {
  std::string n = p.filename().string();
  return n.empty() || n[0] == '.' || n == "README.md";
}

void collect(const fs::path& p, std::vector<fs::path>* out) {
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    std::vector<fs::path> here;
    for (const auto& e : fs::recursive_directory_iterator(p, ec)) {
      if (e.is_regular_file() && !skipped(e.path())) here.push_back(e.path());
    }
    std::sort(here.begin(), here.end());
    out->insert(out->end(), here.begin(), here.end());
  } else if (fs::is_regular_file(p, ec)) {
    out->push_back(p);
  }
  // A path that does not exist (an empty crashes/ directory is not in git) adds nothing.
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Progress shared with the child: the input it is on and how many it finished.
struct Progress {
  volatile size_t current;
  volatile size_t finished;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "--list") {
    for (const auto& h : kHarnesses) std::printf("%s\n", h.name);
    return 0;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s --list | NAME PATH...\n", argv[0]);
    return 2;
  }
  std::string name = argv[1];
  Harness fn = nullptr;
  for (const auto& h : kHarnesses)
    if (name == h.name) fn = h.fn;
  if (!fn) {
    std::fprintf(stderr, "unknown harness %s (see --list)\n", name.c_str());
    return 2;
  }
  unsetenv("ATGT_FUZZ_KNOWN");  // every failure counts here
  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) collect(argv[i], &files);

  // Temporary files of the harnesses go to a directory of this run, removed at the end.
  char tmpl[] = "/tmp/atgt-fuzz-replay.XXXXXX";
  const char* tmp = mkdtemp(tmpl);
  if (tmp) setenv("TMPDIR", tmp, 1);

  // Warm up in the parent (ICU tables, libmagic) so that children start ready.
  static const uint8_t kEmpty[1] = {0};
  fn(kEmpty, 0);
  std::fflush(nullptr);

  auto* progress = static_cast<Progress*>(
      mmap(nullptr, sizeof(Progress), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0));
  if (progress == MAP_FAILED) {
    std::perror("mmap");
    return 2;
  }
  size_t failed = 0, next = 0;
  while (next < files.size()) {
    progress->current = next;
    progress->finished = next;
    pid_t pid = fork();
    if (pid < 0) {
      std::perror("fork");
      return 2;
    }
    if (pid == 0) {
      for (size_t i = next; i < files.size(); ++i) {
        progress->current = i;
        std::string bytes = read_file(files[i]);
        alarm(10);
        fn(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        alarm(0);
        progress->finished = i + 1;
      }
      std::fflush(nullptr);
      _exit(0);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (progress->finished == files.size() && WIFEXITED(status) && WEXITSTATUS(status) == 0) break;
    size_t bad = progress->current;
    ++failed;
    if (WIFSIGNALED(status))
      std::printf("FAILED %s (signal %d%s)\n", files[bad].c_str(), WTERMSIG(status),
                  WTERMSIG(status) == SIGALRM ? ": took more than 10 s" : "");
    else
      std::printf("FAILED %s (exit status %d)\n", files[bad].c_str(), WEXITSTATUS(status));
    std::fflush(stdout);
    next = bad + 1;
  }
  if (tmp) {
    std::error_code ec;
    fs::remove_all(tmp, ec);
  }
  std::printf("replay %s: %zu passed, %zu failed\n", name.c_str(), files.size() - failed, failed);
  return failed ? 1 : 0;
}
