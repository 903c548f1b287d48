#include "job/batch_inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "readers/common/source_format.h"
#include "readers/warc/read_warc.h"

namespace folio::job {

namespace fs = std::filesystem;

namespace {

bool matches(const std::string& pattern, const std::string& relative) {
  const bool whole_path = pattern.find('/') != std::string::npos;
  const std::string subject = whole_path ? relative : fs::path(relative).filename().string();
  return fnmatch(pattern.c_str(), subject.c_str(), 0) == 0;
}

bool matches_any(const std::vector<std::string>& patterns, const std::string& relative) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const auto& p) { return matches(p, relative); });
}

std::string sanitized(std::string_view part, std::size_t max) {
  std::string out;
  for (const char c : part.substr(0, max)) {
    const bool keep = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    out += keep && static_cast<unsigned char>(c) < 0x80 ? c : '_';
  }
  if (out.empty() || out == "." || out == "..") out = "_";
  return out;
}

std::string archive_stem(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (const char* ext : {".warc.gz", ".WARC.GZ", ".warc", ".WARC"}) {
    if (name.size() > std::strlen(ext) && name.ends_with(ext)) {
      name.resize(name.size() - std::strlen(ext));
      break;
    }
  }
  return sanitized(name, 100);
}

class Expander {
 public:
  Expander(const InputSelection& selection, base::Warned<ExpandedInputs>& out) : selection_(selection), out_(out) {
    std::error_code ec;
    if (!selection.skip_dir.empty()) skip_dir_ = fs::weakly_canonical(fs::absolute(selection.skip_dir, ec), ec);
  }

  void add(const std::string& arg) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      out_.value.expanded = true;
      walk(arg);
    } else if (readers::is_warc_path(arg)) {
      out_.value.expanded = true;
      add_archive(arg, "");
    } else {
      out_.value.inputs.push_back(file_input(arg));
    }
  }

 private:
  void walk(const std::string& root) {
    std::vector<std::pair<std::string, std::string>> found;  // relative, path
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      const std::string name = p.filename().string();
      const std::string relative = p.lexically_relative(root).generic_string();
      std::error_code type_ec;
      const bool dir = it->is_directory(type_ec);
      // Hidden files are no releases (and folio's own journal is one); the output directory
      // inside an input directory holds outputs, not inputs.
      if (name.starts_with('.') || matches_any(selection_.exclude, relative) ||
          (dir && !skip_dir_.empty() && fs::weakly_canonical(p, type_ec) == skip_dir_)) {
        if (dir) it.disable_recursion_pending();
        continue;
      }
      if (dir || !it->is_regular_file(type_ec)) continue;
      const bool wanted = selection_.include.empty()
                              ? readers::format_from_extension(name).has_value() || readers::is_warc_path(name)
                              : matches_any(selection_.include, relative);
      if (wanted) found.emplace_back(relative, p.string());
    }
    if (ec) {
      out_.warnings.push_back(base::make_error("input.unreadable", base::Span{root, 0, 0, 0, 0},
                                               "cannot read the directory: " + ec.message()));
    }
    if (found.empty() && !ec) {
      out_.warnings.push_back(base::make_error(
          "input.empty-directory", base::Span{root, 0, 0, 0, 0},
          selection_.include.empty() ? "is a directory holding no file folio reads (txt, html, md, warc …)"
                                     : "is a directory holding no file that --include names"));
    }
    std::sort(found.begin(), found.end());
    for (const auto& [relative, path] : found) {
      if (readers::is_warc_path(path)) {
        add_archive(path, fs::path(relative).parent_path().generic_string());
        continue;
      }
      InputRef in = file_input(path);
      const fs::path rel(relative);
      in.output_stem = (rel.parent_path() / rel.stem()).generic_string();
      out_.value.inputs.push_back(std::move(in));
    }
  }

  void add_archive(const std::string& path, const std::string& parent) {
    auto index = readers::index_warc(path);
    if (!index) {
      out_.warnings.insert(out_.warnings.end(), index.error().begin(), index.error().end());
      return;
    }
    out_.warnings.insert(out_.warnings.end(), index->warnings.begin(), index->warnings.end());
    ArchiveSummary summary{path, static_cast<int>(index->value.releases.size()), 0, index->value.skipped};
    const fs::path base = fs::path(parent) / archive_stem(path);
    for (const auto& r : index->value.releases) {
      InputRef in;
      in.key = path + "#" + r.record_id;
      in.name = path + "#" + r.target_uri;
      in.path = path;
      in.warc = WarcRecordRef{r.position, r.target_uri, r.date};
      in.digest = r.payload_sha256;
      // Two captures of one address: the later ones are numbered.
      std::string stem = (base / uri_output_stem(r.target_uri)).generic_string();
      for (int n = 2; !stems_.insert(stem).second; ++n) {
        stem = (base / uri_output_stem(r.target_uri)).generic_string() + "-" + std::to_string(n);
      }
      in.output_stem = stem;
      auto [first, fresh] = payloads_.emplace(r.payload_sha256, in.key);
      if (!fresh) {
        in.duplicate_of = first->second;
        ++summary.duplicates;
      }
      out_.value.inputs.push_back(std::move(in));
    }
    out_.value.archives.push_back(std::move(summary));
  }

  const InputSelection& selection_;
  base::Warned<ExpandedInputs>& out_;
  fs::path skip_dir_;
  std::set<std::string> stems_;
  std::map<std::string, std::string> payloads_;  // payload digest → key of its first release
};

}  // namespace

std::string uri_output_stem(const std::string& uri) {
  std::string_view rest = uri;
  if (const auto scheme = rest.find("://"); scheme != std::string_view::npos) rest.remove_prefix(scheme + 3);
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  const auto host_end = rest.find_first_of("/?");
  std::string_view host = rest.substr(0, host_end);
  rest.remove_prefix(host_end == std::string_view::npos ? rest.size() : host_end);
  if (const auto at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (const auto colon = host.rfind(':'); colon != std::string_view::npos && host.find(']') == std::string_view::npos) {
    host = host.substr(0, colon);
  }
  std::string lower_host(host);
  for (char& c : lower_host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string query;
  if (const auto q = rest.find('?'); q != std::string_view::npos) {
    query = std::string(rest.substr(q + 1));
    rest = rest.substr(0, q);
  }
  std::vector<std::string> segments;
  for (std::size_t pos = 0; pos < rest.size();) {
    const std::size_t slash = rest.find('/', pos);
    const std::string_view seg = rest.substr(pos, slash == std::string_view::npos ? rest.npos : slash - pos);
    if (!seg.empty()) segments.emplace_back(seg);
    pos = slash == std::string_view::npos ? rest.size() : slash + 1;
  }
  if (segments.empty() || rest.ends_with('/')) segments.emplace_back("index");
  std::string& last = segments.back();
  if (const auto dot = last.rfind('.'); dot != std::string::npos && dot > 0) last.resize(dot);
  if (!query.empty()) last += "_" + query;
  std::string out = lower_host.empty() ? "_" : sanitized(lower_host, 100);
  for (const auto& seg : segments) out += "/" + sanitized(seg, 100);
  return out;
}

base::Result<base::Warned<ExpandedInputs>> expand_inputs(const std::vector<std::string>& args,
                                                         const InputSelection& selection) {
  base::Warned<ExpandedInputs> out;
  Expander expander(selection, out);
  for (const auto& arg : args) expander.add(arg);
  for (const auto& list : selection.lists) {
    std::ifstream file;
    if (list != "-") {
      file.open(list);
      if (!file) {
        return base::make_error("usage", base::Span{list, 0, 0, 0, 0},
                                std::string("cannot read the list of inputs: ") + std::strerror(errno));
      }
    }
    std::istream& in = list == "-" ? std::cin : file;
    out.value.expanded = true;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) expander.add(line);
    }
  }
  return out;
}

}  // namespace folio::job
