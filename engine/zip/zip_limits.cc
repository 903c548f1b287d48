#include "zip/zip_limits.h"

namespace folio::zip {

std::vector<std::string> zip_limit_violations(const std::vector<ZipEntryInfo>& entries, const ZipLimits& limits) {
  std::vector<std::string> out;
  if (entries.size() > limits.max_entries) {
    out.push_back("the archive has " + std::to_string(entries.size()) + " entries (limit " +
                  std::to_string(limits.max_entries) + ")");
    return out;
  }
  std::uint64_t total = 0;
  for (const ZipEntryInfo& entry : entries) {
    const std::string& name = entry.name;
    total += entry.uncompressed_size;
    if (entry.uncompressed_size > limits.max_entry_bytes) {
      out.push_back(name + " expands to " + std::to_string(entry.uncompressed_size) + " bytes (limit " +
                    std::to_string(limits.max_entry_bytes) + ")");
    } else if (entry.uncompressed_size > (1u << 20) && entry.compressed_size > 0 &&
               entry.uncompressed_size / entry.compressed_size > limits.max_ratio) {
      out.push_back(name + " has compression ratio " + std::to_string(entry.uncompressed_size / entry.compressed_size) +
                    ":1 (limit " + std::to_string(limits.max_ratio) + ":1)");
    }
  }
  if (total > limits.max_total_bytes) {
    out.push_back("entries expand to " + std::to_string(total) + " bytes in total (limit " +
                  std::to_string(limits.max_total_bytes) + ")");
  }
  return out;
}

}  // namespace folio::zip
