// One input of a conversion as the job sees it: a file, or a release inside a web archive.
#pragma once

#include <optional>
#include <string>

#include "readers/warc/warc_position.h"

namespace folio::job {

/// Where a release of a WARC file is and what its record says about it.
struct WarcRecordRef {
  readers::WarcPosition position;
  std::string uri;   ///< WARC-Target-URI: the release's source
  std::string date;  ///< WARC-Date: the capture date, the release's date when the page has none
};

struct InputRef {
  /// Unique in a run, stable between runs: the path as given or found, or ARCHIVE#RECORD-ID.
  /// Shards are cut by its digest and the batch report is keyed and sorted by it.
  std::string key;
  /// How diagnostics name it: the path, or ARCHIVE#URI.
  std::string name;
  /// The file read: the input itself, or the archive holding the release.
  std::string path;
  /// Output path relative to the output directory, without extension ("2019/budget",
  /// "crawl/example.org/news/index"); empty: the input's file stem.
  std::string output_stem;
  std::optional<WarcRecordRef> warc;
  /// Key of an earlier release of the same run with the same payload (WARC): not converted again.
  std::string duplicate_of;
  /// SHA-256 of the payload when known before reading (WARC releases).
  std::string digest;
};

/// An input named by a path (a file given on the command line).
inline InputRef file_input(const std::string& path) { return InputRef{path, path, path, {}, std::nullopt, {}, {}}; }

}  // namespace folio::job
