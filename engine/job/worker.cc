#include "job/worker.h"

#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "job/diagnostic_format.h"
#include "job/worker_pool.h"
#include "job/worker_protocol.h"

namespace folio::job {

namespace {

// Test hook (docs/cli.md): FOLIO_TEST_FAULT=crash:NAME, hang:NAME or memory:NAME makes this worker
// crash, hang or exhaust its memory on the inputs whose key contains NAME, so the tests can
// check that a batch survives what a hostile input or a bug would do.
void test_fault(const std::string& key) {
  static const char* fault = std::getenv("FOLIO_TEST_FAULT");
  if (fault == nullptr) return;
  const std::string spec = fault;
  const auto colon = spec.find(':');
  if (colon == std::string::npos || key.find(spec.substr(colon + 1)) == std::string::npos) return;
  const std::string kind = spec.substr(0, colon);
  if (kind == "crash") ::raise(SIGSEGV);
  if (kind == "hang") {
    for (;;) ::pause();
  }
  if (kind == "memory") {
    rlimit limit{};
    // Without a limit the hook would take the machine's memory, not the worker's.
    if (::getrlimit(RLIMIT_DATA, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) throw std::bad_alloc();
    std::vector<std::vector<char>> hoard;
    for (;;) hoard.emplace_back(64u << 20, 'x');  // pages touched: the memory is really used
  }
}

// Whole lines only: a line without its end was cut off by a coordinator that died.
class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file) {}
  ~LineReader() {
    std::free(buffer_);
    std::fclose(file_);
  }
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  bool next(std::string& line) {
    const ssize_t n = ::getline(&buffer_, &capacity_, file_);
    if (n <= 0 || buffer_[n - 1] != '\n') return false;
    line.assign(buffer_, static_cast<std::size_t>(n - 1));
    return true;
  }

 private:
  std::FILE* file_;
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
};

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

WorkResult convert_one(Converter& converter, const WorkTask& task, base::Diagnostics& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  WorkResult result;
  result.id = task.id;
  InputRecord& record = result.record;
  record.key = task.input.key;
  test_fault(task.input.key);
  for (const auto& [format, path] : task.targets) {
    const TargetOutcome outcome = converter.write(Target{{task.input}, format, path});
    if (!outcome.written) continue;
    OutputRecord out{format, path, outcome.sha256, outcome.bytes, std::nullopt};
    if (outcome.audited) out.audit_findings = outcome.audit_findings;
    record.outputs.push_back(std::move(out));
  }
  converter.release({task.input});
  record.digest = converter.input_digest(task.input.key);
  for (const auto& d : diagnostics) {
    if (d.severity == base::Severity::error) ++record.errors;
    if (d.severity == base::Severity::warning) ++record.warnings;
    if (d.severity == base::Severity::note) ++record.notes;
  }
  if (converter.failed().count(task.input.key)) {
    record.status = "failed";
    record.failure = "error";
    for (const auto& d : diagnostics) {
      if (d.severity == base::Severity::error) {
        record.message = first_line(format_diagnostic(d, DiagnosticFormat::short_));
        break;
      }
    }
  } else {
    record.status = "converted";
  }
  record.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.diagnostics = std::move(diagnostics);
  return result;
}

}  // namespace

// AddressSanitizer maps its allocator's regions as data, so under a data limit it fails at its
// first allocation ("Failed to mmap"): such a build runs its workers without one.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kDataLimitWorks = false;
#else
constexpr bool kDataLimitWorks = true;
#endif

int run_worker(const WorkerSettings& settings) {
  // A worker outliving its coordinator (killed) would go on writing for nobody, and into the
  // outputs of the run started after. A coordinator killed before this line leaves its worker
  // to another parent, which no death signal reaches: that worker stops here.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (settings.coordinator > 0 && static_cast<long>(::getppid()) != settings.coordinator) return 1;
  if (settings.memory_limit > 0 && kDataLimitWorks) {
    const rlimit limit{settings.memory_limit, settings.memory_limit};
    ::setrlimit(RLIMIT_DATA, &limit);
  }
  // Release after release needs the same large buffers (PDF bytes, font subsets, zlib state):
  // keep freed memory in the heap for the next one instead of unmapping it and faulting fresh
  // pages in again (12-17 us a page on these VMs; ~130 faults a release). The peak is unchanged.
  ::mallopt(M_MMAP_THRESHOLD, 32 << 20);
  ::mallopt(M_TRIM_THRESHOLD, 64 << 20);
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  std::FILE* file = ::fdopen(settings.task_fd, "r");
  if (file == nullptr) return 1;
  LineReader tasks(file);
  std::string line;
  const auto next_line = [&]() { return tasks.next(line); };
  if (!next_line()) return 1;
  const auto options = options_from_json(line);
  if (!options) return 1;
  base::Diagnostics diagnostics;
  const DiagnosticSink sink = [&diagnostics](const base::Diagnostic& d) { diagnostics.push_back(d); };
  Converter converter(*options, sink);
  const auto formats = output_formats(*options, sink);
  converter.set_wants_pdf(formats && std::find(formats->begin(), formats->end(), "pdf") != formats->end());
  converter.set_digests(true);
  diagnostics.clear();
  while (next_line()) {
    const auto task = parse_task_line(line);
    if (!task) return 1;
    try {
      if (!base::write_all(settings.result_fd, result_line(convert_one(converter, *task, diagnostics)))) return 1;
    } catch (const std::bad_alloc&) {
      // Whatever the conversion held is freed by now; the process may still be in a bad way,
      // so it reports the input and ends, and the coordinator starts a fresh worker.
      diagnostics.clear();
      WorkResult failed;
      failed.id = task->id;
      failed.record.key = task->input.key;
      failed.record.status = "failed";
      failed.record.failure = "memory";
      failed.record.message = "the worker ran out of memory (limit " + std::to_string(settings.memory_limit >> 20) +
                              " MiB; --memory-limit)";
      base::write_all(settings.result_fd, result_line(failed));
      return kRetiredExitStatus;
    }
    diagnostics.clear();
  }
  return 0;
}

}  // namespace folio::job
