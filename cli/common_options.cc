#include "cli/common_options.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "transform/language_tags.h"

namespace folio::cli {

void add_reading_options(CLI::App& command, ReadingOptions& options) {
  command.add_option("--from", options.from, "Input format: txt, html, md or docx (default: by extension, then content)")
      ->check(CLI::IsMember({"txt", "text", "html", "htm", "xhtml", "md", "markdown", "docx"}));
  command.add_option("--lang", options.lang, "Document language (BCP 47), overriding metadata and detection")
      ->transform(CLI::Validator(
          [](std::string& tag) {
            const auto usable = transform::usable_language_tag(tag);
            if (!usable) return "'" + tag + "' is not a BCP 47 language tag (such as en, fr-CA, zh-Hant)";
            tag = *usable;
            return std::string();
          },
          "TAG"));
  command.add_option("--title", options.title, "Document title, overriding the one found in the input");
  command.add_flag("--keep-boilerplate", options.keep_boilerplate,
                   "Keep site navigation and other boilerplate (marked as navigation) instead of dropping it");
  command.add_flag("--no-repair", options.no_repair,
                   "Turn every text repair off (mojibake, lost punctuation and letters, entities, line-end hyphens, "
                   "invisible characters, NFC): the text as it is, except the control characters no output can hold");
  command.add_option("--diagnostic-format", options.diagnostic_format, "How diagnostics are printed on stderr")
      ->check(CLI::IsMember({"human", "short", "json"}));
}

bool to_load_options(const ReadingOptions& options, job::LoadOptions& out, job::DiagnosticFormat& format) {
  if (!options.from.empty()) out.from = readers::parse_format(options.from);
  out.language = options.lang;
  out.title = options.title;
  out.keep_boilerplate = options.keep_boilerplate;
  out.repair = !options.no_repair;
  format = job::parse_diagnostic_format(options.diagnostic_format).value_or(job::DiagnosticFormat::human);
  return true;
}

bool read_source_date_epoch(std::optional<std::int64_t>& out) {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (value == nullptr || *value == '\0') return true;
  char* end = nullptr;
  errno = 0;
  const long long seconds = std::strtoll(value, &end, 10);
  if (errno != 0 || *end != '\0' || seconds < 0) {
    std::fprintf(stderr, "folio: error: SOURCE_DATE_EPOCH must be a number of seconds, not '%s'\n", value);
    return false;
  }
  out = seconds;
  return true;
}

void print_diagnostic(const base::Diagnostic& diagnostic, job::DiagnosticFormat format) {
  const std::string line = job::format_diagnostic(diagnostic, format);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace folio::cli
