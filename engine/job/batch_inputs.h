// The inputs of a run at archive scale: files, directories walked recursively (with include and
// exclude globs), lists of paths (--inputs-from), and web archives whose HTML responses are the
// releases. Everything is found before anything is converted, in a stable order.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "job/input_ref.h"

namespace folio::job {

struct InputSelection {
  /// Globs (fnmatch) for files found in directories: a pattern with a '/' is matched against
  /// the path below the directory given, one without against the file name. Without includes,
  /// the files folio reads by extension (txt, html, md …) and web archives are taken.
  std::vector<std::string> include;
  /// Files and directories matching one of these are left out.
  std::vector<std::string> exclude;
  /// Files listing one input per line ("-": standard input); an entry is taken as if given on
  /// the command line (relative to the current directory).
  std::vector<std::string> lists;
  /// Not walked into (the output directory inside an input directory).
  std::string skip_dir;
};

/// What was found in one web archive.
struct ArchiveSummary {
  std::string path;
  int releases = 0;    ///< HTML responses, duplicates included
  int duplicates = 0;  ///< releases whose payload an earlier one had
  std::map<std::string, int> skipped;  ///< other records, by kind
};

struct ExpandedInputs {
  std::vector<InputRef> inputs;
  std::vector<ArchiveSummary> archives;
  /// A directory, a list or an archive was expanded: a batch, whatever the number of inputs.
  bool expanded = false;
};

/// Expands `args` and the lists. Error-severity diagnostics in the warnings name sources that
/// gave nothing (an unreadable list or archive); errors in the result are usage errors (a list
/// that cannot be read).
base::Result<base::Warned<ExpandedInputs>> expand_inputs(const std::vector<std::string>& args,
                                                         const InputSelection& selection);

/// The output path (no extension) for a release found at `uri`: HOST/PATH, "index" for a
/// directory, the query kept in the name, every byte outside [A-Za-z0-9._-] replaced by '_'.
std::string uri_output_stem(const std::string& uri);

}  // namespace folio::job
