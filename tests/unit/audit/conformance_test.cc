// audit_pdf against the veraPDF PDF/UA-1 test files: fail files must get an error with their clause,
// pass files none; and every file plus deterministic mutations must audit without crash or hang.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "audit/audit.h"
#include "audit/rule.h"
#include "support/paths.h"

namespace folio::audit {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> out;
  const auto shared = folio::test::shared_dir();
  if (!shared || !fs::exists(*shared / "verapdf-ua1")) return out;
  for (const auto& entry : fs::recursive_directory_iterator(*shared / "verapdf-ua1")) {
    if (entry.is_regular_file() && entry.path().extension() == ".pdf") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AuditConformance, VeraPdfUa1Corpus) {
  const auto files = corpus_files();
  if (files.empty()) GTEST_SKIP() << "../shared/verapdf-ua1 is absent";
  std::set<std::string> clauses;
  for (const Rule* rule : pdf_rule_list()) {
    if (!rule->clause.empty()) clauses.emplace(rule->clause);
  }
  int covered = 0;
  int agreed = 0;
  for (const fs::path& path : files) {
    const std::string name = path.filename().string();
    const std::string clause = name.substr(0, name.find("-t"));
    const bool must_fail = name.find("-fail") != std::string::npos;
    if (clauses.count(clause) == 0) continue;
    ++covered;
    const Report report = audit_pdf(folio::test::read_file(path), name);
    bool error_for_clause = false;
    bool any_for_clause = false;
    std::string seen;
    for (const Finding& f : report.findings) {
      if (f.clause != clause) continue;
      any_for_clause = true;
      error_for_clause = error_for_clause || f.severity == Severity::error;
      seen += "\n    " + f.rule + ": " + f.message;
    }
    const bool ok = must_fail ? error_for_clause : !any_for_clause;
    if (ok) {
      ++agreed;
    } else {
      std::printf("disagree %s%s\n", name.c_str(), must_fail ? " (no error for its clause)" : seen.c_str());
    }
  }
  const double agreement = covered == 0 ? 0 : 100.0 * agreed / covered;
  const double coverage = 100.0 * covered / static_cast<double>(files.size());
  std::printf("veraPDF PDF/UA-1 corpus: %zu files, %d covered (%.1f%%), %d agree (%.1f%% of covered)\n", files.size(),
              covered, coverage, agreed, agreement);
  // Issue 16: every file of the clauses folio covers agrees, and (nearly) every clause is covered.
  EXPECT_EQ(agreed, covered);
  EXPECT_GE(coverage, 99.0);
}

}  // namespace
}  // namespace folio::audit

namespace folio::audit {
namespace {

std::string mutate(const std::string& in, std::mt19937& rng) {
  std::string s = in;
  switch (rng() % 3) {
    case 0:  // truncated
      s.resize(rng() % (s.size() + 1));
      break;
    case 1:  // bytes flipped
      for (int i = 0, n = 1 + static_cast<int>(rng() % 20); i < n && !s.empty(); ++i) s[rng() % s.size()] = static_cast<char>(rng());
      break;
    default: {  // an object (or any span) deleted
      const std::size_t at = s.find(" obj", rng() % (s.size() + 1));
      const std::size_t from = at == std::string::npos ? rng() % (s.size() + 1) : at;
      s.erase(from, std::min<std::size_t>(s.size() - from, 1 + rng() % 400));
    }
  }
  return s;
}

TEST(AuditRobustness, CorpusAndMutationsNeverCrashOrHang) {
  const auto files = corpus_files();
  if (files.empty()) GTEST_SKIP() << "../shared/verapdf-ua1 is absent";
  std::mt19937 rng(20261129);
  std::vector<std::string> originals;
  for (const auto& f : files) originals.push_back(folio::test::read_file(f));
  double slowest = 0;
  auto run = [&](const std::string& bytes) {
    const auto start = std::chrono::steady_clock::now();
    const Report report = audit_pdf(bytes, "mutant.pdf");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    slowest = std::max(slowest, seconds);
    EXPECT_LT(seconds, 5.0);
    return report.findings.size();
  };
  for (const auto& bytes : originals) run(bytes);
  constexpr int kMutations = 200;
  int unreadable = 0;
  for (int i = 0; i < kMutations; ++i) {
    const Report r = audit_pdf(mutate(originals[rng() % originals.size()], rng), "mutant.pdf");
    unreadable += std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.rule == "pdf.unreadable"; });
    run(mutate(originals[rng() % originals.size()], rng));
  }
  std::printf("robustness: %zu files + %d mutations, %d unreadable, slowest %.3f s\n", originals.size(), 2 * kMutations,
              unreadable, slowest);
}

}  // namespace
}  // namespace folio::audit
