#include <memory>

#include "cli/commands.h"
#include "job/worker.h"

namespace folio::cli {

void add_worker_command(CLI::App& app, CommandState& state) {
  auto settings = std::make_shared<job::WorkerSettings>();
  // Started by `folio convert` for batches (job/worker.h); not for people, so not listed.
  CLI::App* cmd = app.add_subcommand("worker", "")->group("");
  cmd->add_option("--memory-limit", settings->memory_limit, "Bytes of data this worker may use (0: no limit)");
  cmd->add_option("--coordinator", settings->coordinator, "Process id of the coordinator (0: not checked)");
  cmd->callback([settings, &state] { state.exit_code = job::run_worker(*settings); });
}

}  // namespace folio::cli
