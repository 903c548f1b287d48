// Test helpers for the EPUB writer: building small Documents and reading an EPUB back with folio::zip.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "writers/epub/write_epub.h"

namespace folio::writers::epub_test {

namespace m = model;

m::Inline text(std::string s);
m::Inline em(m::Inlines children);
m::Inline strong(m::Inlines children);
m::Inline code(std::string s);
m::Inline link(std::string href, std::string label);
m::Inline span(std::string lang, m::Direction dir, m::Inlines children);
m::Inline inline_quote(m::Inlines children);
m::Inline line_break();
m::Inline image(std::string src, std::optional<std::string> alt);

m::Block paragraph(m::Inlines content, m::Role role = m::Role::none);
m::Block paragraph(std::string s, m::Role role = m::Role::none);
m::Block heading(int level, std::string s, m::Role role = m::Role::none);
m::Block list(bool ordered, int start, std::vector<std::string> items);
m::Block quote(std::vector<std::string> paragraphs, std::string attribution);
m::Block figure(std::string src, std::optional<std::string> alt, std::string caption);
m::Block section(m::Role role, m::Blocks blocks);
m::Block rule();

/// Metadata with title, language and date; ids assigned.
m::Document document(std::string title, std::string lang, m::Blocks blocks, std::string date = "2022-06-10");

/// One entry of a ZIP read back: name, method ("stored"/"deflated") and bytes.
struct Entry {
  std::string name;
  std::string method;
  std::string data;
};
/// All entries in archive order; fails the test (empty result) when folio::zip cannot read it.
std::vector<Entry> read_zip(const std::string& bytes);
std::string entry(const std::vector<Entry>& entries, const std::string& name);

/// The golden text of an EPUB: the file list with methods, then every XML/CSS file.
std::string describe_epub(const std::string& bytes);

/// Writes and expects success.
std::string write_or_fail(const std::vector<EpubChapterInput>& chapters, const EpubOptions& options = {});

/// A 1×1 PNG.
std::string tiny_png();

}  // namespace folio::writers::epub_test
