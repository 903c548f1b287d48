#include "epub_test_support.h"

#include <gtest/gtest.h>

#include "zip/zip_reader.h"

namespace folio::writers::epub_test {

m::Inline text(std::string s) { return m::make_text(std::move(s)); }
m::Inline em(m::Inlines children) { return m::Inline{{}, m::Emphasis{std::move(children)}}; }
m::Inline strong(m::Inlines children) { return m::Inline{{}, m::Strong{std::move(children)}}; }
m::Inline code(std::string s) { return m::Inline{{}, m::Code{std::move(s)}}; }
m::Inline link(std::string href, std::string label) {
  return m::Inline{{}, m::Link{std::move(href), {text(std::move(label))}}};
}
m::Inline span(std::string lang, m::Direction dir, m::Inlines children) {
  m::Inline inl{{}, m::Span{std::move(children)}};
  inl.info.lang = std::move(lang);
  inl.info.dir = dir;
  return inl;
}
m::Inline inline_quote(m::Inlines children) { return m::Inline{{}, m::InlineQuote{std::move(children)}}; }
m::Inline line_break() { return m::Inline{{}, m::LineBreak{}}; }
m::Inline image(std::string src, std::optional<std::string> alt) {
  return m::Inline{{}, m::Image{std::move(src), std::move(alt)}};
}

m::Block paragraph(m::Inlines content, m::Role role) {
  m::Block b;
  b.role = role;
  b.node = m::Paragraph{std::move(content)};
  return b;
}
m::Block paragraph(std::string s, m::Role role) { return paragraph(m::Inlines{text(std::move(s))}, role); }
m::Block heading(int level, std::string s, m::Role role) {
  m::Block b;
  b.role = role;
  b.node = m::Heading{level, {text(std::move(s))}};
  return b;
}
m::Block list(bool ordered, int start, std::vector<std::string> items) {
  m::List l{ordered, start, {}};
  for (auto& item : items) l.items.push_back({{}, {paragraph(std::move(item))}});
  m::Block b;
  b.node = std::move(l);
  return b;
}
m::Block quote(std::vector<std::string> paragraphs, std::string attribution) {
  m::Quote q;
  for (auto& p : paragraphs) q.blocks.push_back(paragraph(std::move(p)));
  if (!attribution.empty()) q.attribution.push_back(text(std::move(attribution)));
  m::Block b;
  b.node = std::move(q);
  return b;
}
m::Block figure(std::string src, std::optional<std::string> alt, std::string caption) {
  m::Figure f{m::Image{std::move(src), std::move(alt)}, {}};
  if (!caption.empty()) f.caption.push_back(text(std::move(caption)));
  m::Block b;
  b.node = std::move(f);
  return b;
}
m::Block section(m::Role role, m::Blocks blocks) {
  m::Block b;
  b.role = role;
  b.node = m::Section{std::move(blocks)};
  return b;
}
m::Block rule() {
  m::Block b;
  b.node = m::Rule{};
  return b;
}

m::Document document(std::string title, std::string lang, m::Blocks blocks, std::string date) {
  m::Document doc;
  doc.metadata.title = std::move(title);
  doc.metadata.language = std::move(lang);
  doc.metadata.date = std::move(date);
  doc.blocks = std::move(blocks);
  m::assign_ids(doc);
  return doc;
}

std::vector<Entry> read_zip(const std::string& bytes) {
  // Far above any entry the tests write.
  constexpr std::uint64_t kMaxEntryBytes = 256u << 20;
  std::vector<Entry> out;
  const auto directory = zip::read_zip_directory(bytes);
  if (!directory) {
    ADD_FAILURE() << "folio::zip cannot read the EPUB: " << directory.error().front().message;
    return out;
  }
  for (const zip::ZipEntryInfo& info : *directory) {
    auto data = zip::read_zip_entry(bytes, info, kMaxEntryBytes);
    if (!data) ADD_FAILURE() << data.error().front().message;
    const char* method = info.method == zip::kMethodStored ? "stored" : info.method == zip::kMethodDeflate ? "deflated" : "other";
    out.push_back({info.name, method, data ? std::move(*data) : std::string()});
  }
  return out;
}

std::string entry(const std::vector<Entry>& entries, const std::string& name) {
  for (const auto& e : entries) {
    if (e.name == name) return e.data;
  }
  ADD_FAILURE() << "no entry " << name;
  return {};
}

std::string describe_epub(const std::string& bytes) {
  const auto entries = read_zip(bytes);
  std::string out = "== files\n";
  for (const auto& e : entries) out += e.name + " " + e.method + " " + std::to_string(e.data.size()) + "\n";
  for (const auto& e : entries) {
    if (e.name == "mimetype" || e.name.ends_with(".css") || e.name.find("/images/") != std::string::npos) continue;
    out += "\n== " + e.name + "\n" + e.data;
  }
  return out;
}

std::string write_or_fail(const std::vector<EpubChapterInput>& chapters, const EpubOptions& options) {
  auto result = write_epub(chapters, options);
  if (!result) {
    for (const auto& d : result.error()) ADD_FAILURE() << d.code << ": " << d.message;
    return {};
  }
  return std::move(*result);
}

std::string tiny_png() {
  static const unsigned char kPng[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE, 0x00, 0x00, 0x00,
      0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x50, 0x70, 0x68, 0x00, 0x00, 0x01, 0x64, 0x00, 0xE1, 0xC7,
      0x13, 0xC9, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(kPng), sizeof kPng);
}

}  // namespace folio::writers::epub_test
