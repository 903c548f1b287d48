#include "docx_fixture.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "support/paths.h"
#include "zip/zip_writer.h"

namespace folio::test {

namespace fs = std::filesystem;

namespace {

void overlay(const fs::path& root, std::map<std::string, std::string>& parts) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::string name = fs::relative(entry.path(), root).generic_string();
    std::string bytes = read_file(entry.path());
    if (name.ends_with(".png.txt")) {
      std::istringstream spec(bytes);
      std::string kind;
      int width = 0, height = 0;
      std::string colour;
      spec >> kind >> width >> height >> colour;
      bytes = png_image(width, height, static_cast<std::uint32_t>(std::stoul(colour, nullptr, 16)));
      name = name.substr(0, name.size() - 4);
    }
    parts[name] = std::move(bytes);
  }
}

void put32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

std::string png_chunk(const std::string& type, const std::string& data) {
  std::string out;
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::string body = type + data;
  out += body;
  put32(out, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
  return out;
}

}  // namespace

std::string png_image(int width, int height, std::uint32_t rgb) {
  std::string raw;
  for (int y = 0; y < height; ++y) {
    raw += '\0';  // filter: none
    for (int x = 0; x < width; ++x) {
      raw += static_cast<char>((rgb >> 16) & 0xFF);
      raw += static_cast<char>((rgb >> 8) & 0xFF);
      raw += static_cast<char>(rgb & 0xFF);
    }
  }
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(size, '\0');
  compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()));
  packed.resize(size);
  std::string header;
  put32(header, static_cast<std::uint32_t>(width));
  put32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, no filter, no interlace
  return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", header) + png_chunk("IDAT", packed) + png_chunk("IEND", "");
}

std::string content_types_for(const std::map<std::string, std::string>& parts) {
  static const std::pair<const char*, const char*> kKnown[] = {
      {"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
      {"word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"},
      {"word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"},
      {"word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"},
      {"word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"},
      {"word/endnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"},
      {"word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"},
      {"word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"},
      {"word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"},
      {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
  };
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
      "  <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
      "  <Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
      "  <Default Extension=\"png\" ContentType=\"image/png\"/>\n";
  for (const auto& [part, type] : kKnown) {
    if (parts.contains(part)) out += "  <Override PartName=\"/" + std::string(part) + "\" ContentType=\"" + type + "\"/>\n";
  }
  return out + "</Types>\n";
}

std::map<std::string, std::string> docx_fixture_parts(const std::string& name) {
  std::map<std::string, std::string> parts;
  overlay(fixture("docx/common"), parts);
  overlay(fixture("docx/" + name), parts);
  if (!parts.contains("[Content_Types].xml")) parts["[Content_Types].xml"] = content_types_for(parts);
  return parts;
}

std::string zip_parts(const std::map<std::string, std::string>& parts) {
  std::vector<zip::ZipEntry> entries;
  if (auto it = parts.find("[Content_Types].xml"); it != parts.end()) entries.push_back({it->first, it->second, true});
  for (const auto& [name, bytes] : parts) {
    if (name != "[Content_Types].xml") entries.push_back({name, bytes, true});
  }
  auto zipped = zip::build_zip(entries);
  if (!zipped) throw std::runtime_error("cannot zip: " + zipped.error().front().message);
  return std::move(*zipped);
}

std::string docx_fixture(const std::string& name) { return zip_parts(docx_fixture_parts(name)); }

std::vector<std::string> docx_fixture_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fixture("docx"))) {
    if (entry.is_directory() && entry.path().filename() != "common") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace folio::test
