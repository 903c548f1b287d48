#include "run_folio.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "support/paths.h"

namespace folio::test {

std::vector<std::string> CliRun::err_lines() const {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

ScratchDir::ScratchDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() / ("folio-test-" + std::to_string(rd()) + std::to_string(::getpid()));
  std::filesystem::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path ScratchDir::write(const std::string& name, const std::string& bytes) const {
  const auto p = path_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

std::vector<std::string> ScratchDir::list(const std::string& sub) const {
  std::vector<std::string> names;
  const auto dir = sub.empty() ? path_ : path_ / sub;
  if (!std::filesystem::exists(dir)) return names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

namespace {
CliRun run(const std::vector<std::string>& args, const std::filesystem::path& cwd,
           const std::filesystem::path& binary_path, const RunSetting& setting) {
  const auto out_path = cwd / ".folio-test-stdout";
  const auto in_path = cwd / ".folio-test-stdin";
  std::ofstream(in_path, std::ios::binary) << setting.stdin_text;
  const auto err_path = cwd / ".folio-test-stderr";
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(127);
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = ::open(in_path.c_str(), O_RDONLY);
    for (const auto& e : setting.env) ::putenv(const_cast<char*>(e.c_str()));
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::dup2(in, 0);
    const std::string binary = binary_path.string();
    std::vector<char*> argv{const_cast<char*>(binary.c_str())};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  CliRun result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  std::filesystem::remove(out_path);
  std::filesystem::remove(err_path);
  std::filesystem::remove(in_path);
  return result;
}

}  // namespace

CliRun run_folio(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                 const std::filesystem::path& binary_path) {
  return run(args, cwd, binary_path, RunSetting{});
}

CliRun run_folio(const std::vector<std::string>& args, const std::filesystem::path& cwd, const RunSetting& setting) {
  return run(args, cwd, folio_binary(), setting);
}

}  // namespace folio::test
