#include "readers/docx/docx_package.h"

#include <algorithm>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

base::Span file_span(const std::string& file) { return base::Span{file, 0, 0, 0, 0}; }

// Part names are URIs: "%20" in a target names a part with a space (ECMA-376 Part 2, 9.1.1.1).
std::string percent_decoded(std::string_view s) {
  std::string out;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// A relationship target resolved against the folder of its source part, without a leading '/':
// "media/image1.png" from "word/document.xml" is "word/media/image1.png".
std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string path;
  if (target.starts_with('/')) {
    path = percent_decoded(target.substr(1));
  } else {
    const auto slash = source_part.rfind('/');
    path = std::string(slash == std::string_view::npos ? "" : source_part.substr(0, slash + 1)) + percent_decoded(target);
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) out += (out.empty() ? "" : "/") + s;
  return out;
}

// "word/_rels/document.xml.rels" for "word/document.xml"; "_rels/.rels" for the package ("").
std::string relationships_part(std::string_view part) {
  const auto slash = part.rfind('/');
  const std::string folder(slash == std::string_view::npos ? "" : part.substr(0, slash + 1));
  const std::string name(slash == std::string_view::npos ? part : part.substr(slash + 1));
  return folder + "_rels/" + name + ".rels";
}

std::vector<Relationship> parse_relationships(const XmlTree& tree, std::string_view source_part) {
  std::vector<Relationship> out;
  for (XmlIndex r : tree.children(tree.root())) {
    if (!tree.is(r, "pr:Relationship")) continue;
    Relationship rel;
    rel.id = std::string(tree.attribute(r, "Id").value_or(""));
    rel.type = std::string(tree.attribute(r, "Type").value_or(""));
    const std::string_view target = tree.attribute(r, "Target").value_or("");
    rel.external = base::lower_ascii(tree.attribute(r, "TargetMode").value_or("")) == "external";
    rel.target = rel.external ? std::string(base::trim_ascii(target)) : resolve_target(source_part, target);
    out.push_back(std::move(rel));
  }
  return out;
}

}  // namespace

std::string_view relationship_kind(std::string_view type) {
  const auto slash = type.rfind('/');
  return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string foreign_document_kind(std::string_view content_type) {
  const std::string t = base::lower_ascii(content_type);
  if (t.find("wordprocessingml") != std::string::npos || t.find("ms-word") != std::string::npos) return "";
  if (t.find("spreadsheetml") != std::string::npos || t.find("ms-excel") != std::string::npos) return "an Excel workbook";
  if (t.find("presentationml") != std::string::npos || t.find("ms-powerpoint") != std::string::npos) {
    return "a PowerPoint presentation";
  }
  return t.empty() ? "" : "a part of type " + std::string(content_type);
}

base::Result<DocxPackage> DocxPackage::open(std::string_view bytes, const std::string& file,
                                            const zip::ZipLimits& limits, base::Diagnostics& warnings) {
  // Word saves a password-protected document, like the old .doc format, as an OLE compound file.
  if (bytes.starts_with(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
    return base::make_error("docx.not-docx", file_span(file),
                            "an OLE compound file, not a DOCX: a password-protected document or an old .doc; "
                            "remove the password or save it as .docx in Word");
  }
  auto directory = zip::read_zip_directory(bytes);
  if (!directory) {
    base::Diagnostic error = directory.error().front();
    error.span = file_span(file);
    error.message = "not a readable DOCX (ZIP) archive: " + error.message;
    return error;
  }
  if (const auto broken = zip::zip_limit_violations(*directory, limits); !broken.empty()) {
    return base::make_error("docx.zip-limits", file_span(file),
                            "refused as a zip bomb: " + broken.front() +
                                (broken.size() > 1 ? " (and " + std::to_string(broken.size() - 1) + " more)" : ""));
  }
  DocxPackage package(bytes, file);
  package.max_part_bytes_ = limits.max_entry_bytes;
  for (const zip::ZipEntryInfo& entry : *directory) {
    if (entry.name.ends_with('/')) continue;  // folder entries some zip tools add
    // Two parts whose names differ only in case are one part to OPC (M1.12): which one a reader
    // shows would be a guess, and readers that guess differently can hide text from a reviewer.
    if (!package.entries_.emplace(base::lower_ascii(entry.name), entry).second) {
      return base::make_error("docx.duplicate-part", file_span(file),
                              "two entries of the archive are named '" + entry.name + "' (ignoring case)");
    }
  }

  if (package.has("[Content_Types].xml")) {
    auto parsed = package.parse("[Content_Types].xml");
    if (!parsed) return base::Unexpected{parsed.error()};
    const XmlTree& tree = parsed->tree;
    for (XmlIndex t : tree.children(tree.root())) {
      const std::string type(tree.attribute(t, "ContentType").value_or(""));
      if (tree.is(t, "ct:Default")) {
        package.default_types_[base::lower_ascii(tree.attribute(t, "Extension").value_or(""))] = type;
      } else if (tree.is(t, "ct:Override")) {
        package.override_types_[base::lower_ascii(resolve_target("", tree.attribute(t, "PartName").value_or("")))] = type;
      }
    }
  } else {
    warnings.push_back(base::make_warning("docx.missing-part", file_span(file),
                                          "the package has no [Content_Types].xml; its parts are read by their usual names"));
  }

  if (package.has("_rels/.rels")) {
    auto rels = package.relationships("", warnings);
    if (!rels) return base::Unexpected{rels.error()};
    package.package_relationships_ = std::move(*rels);
  } else {
    warnings.push_back(base::make_warning("docx.missing-part", file_span(file),
                                          "the package has no relationships (_rels/.rels); the main part is taken to be word/document.xml"));
  }
  for (const Relationship& rel : package.package_relationships_) {
    if (!rel.external && relationship_kind(rel.type) == "officeDocument") {
      package.main_part_ = rel.target;
      break;
    }
  }
  if (package.main_part_.empty() && package.has("word/document.xml")) package.main_part_ = "word/document.xml";
  if (package.main_part_.empty() || !package.has(package.main_part_)) {
    return base::make_error("docx.missing-part", file_span(file),
                            package.main_part_.empty()
                                ? "the package has no main document part (word/document.xml): not a Word document"
                                : "the main document part " + package.main_part_ + " is missing from the archive");
  }
  if (const std::string foreign = foreign_document_kind(package.content_type(package.main_part_)); !foreign.empty()) {
    return base::make_error("docx.not-word", file_span(file),
                            "the main part " + package.main_part_ + " is " + foreign + ", not a Word document");
  }
  return package;
}

bool DocxPackage::has(std::string_view part) const { return entries_.contains(base::lower_ascii(part)); }

base::Result<std::string> DocxPackage::read(std::string_view part, std::uint64_t max_bytes) const {
  const auto it = entries_.find(base::lower_ascii(part));
  if (it == entries_.end()) {
    return base::make_error("docx.missing-part", file_span(file_), "the part " + std::string(part) + " is missing");
  }
  auto data = zip::read_zip_entry(bytes_, it->second, std::min(max_bytes, max_part_bytes_));
  if (!data) {
    base::Diagnostic error = data.error().front();
    error.span = file_span(file_);
    return error;
  }
  return std::move(*data);
}

base::Result<XmlParse> DocxPackage::parse(std::string_view part) const {
  auto data = read(part);
  if (!data) return base::Unexpected{data.error()};
  XmlParse parsed = parse_xml_part(*data);
  if (parsed.doctype) {
    return base::make_error("docx.doctype", file_span(file_), "refused: " + std::string(part) + ", " + parsed.error);
  }
  return parsed;
}

base::Result<std::vector<Relationship>> DocxPackage::relationships(std::string_view part,
                                                                   base::Diagnostics& warnings) const {
  const std::string rels = relationships_part(part);
  if (!has(rels)) return std::vector<Relationship>{};
  auto parsed = parse(rels);
  if (!parsed) {
    if (parsed.error().front().code == "docx.doctype") return base::Unexpected{parsed.error()};
    warnings.push_back(base::make_warning("docx.damaged-part", file_span(file_),
                                          rels + " cannot be read (" + parsed.error().front().message +
                                              "); the links and images it names are lost"));
    return std::vector<Relationship>{};
  }
  if (!parsed->error.empty()) {
    warnings.push_back(base::make_warning("docx.damaged-part", file_span(file_), rels + ": " + parsed->error));
  }
  return parse_relationships(parsed->tree, part);
}

std::string DocxPackage::content_type(std::string_view part) const {
  const std::string name = base::lower_ascii(part);
  if (auto it = override_types_.find(name); it != override_types_.end()) return it->second;
  const auto dot = name.rfind('.');
  if (dot != std::string::npos) {
    if (auto it = default_types_.find(name.substr(dot + 1)); it != default_types_.end()) return it->second;
  }
  return "";
}

}  // namespace folio::readers::docx
