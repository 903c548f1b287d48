// EPUB audit: tiny EPUBs written with folio::zip, one edit per rule; a pandoc EPUB gets Ace's findings.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>

#include <gtest/gtest.h>

#include "audit/audit.h"
#include "support/paths.h"
#include "zip/zip_writer.h"

namespace folio::audit {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

std::string make_zip(const Entries& entries, bool compress_mimetype = false) {
  std::vector<zip::ZipEntry> zip_entries;
  for (const auto& [name, data] : entries) zip_entries.push_back({name, data, name != "mimetype" || compress_mimetype});
  auto bytes = zip::build_zip(zip_entries);
  EXPECT_TRUE(bytes.has_value());
  return bytes ? *bytes : std::string();
}

std::map<std::string, std::string> clean_epub() {
  return {
      {"mimetype", "application/epub+zip"},
      {"META-INF/container.xml",
       "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
       "<rootfiles><rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"},
      {"EPUB/package.opf",
       "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" xml:lang=\"en\" unique-identifier=\"id\">"
       "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">urn:x</dc:identifier>"
       "<dc:title>T</dc:title><dc:language>en</dc:language><meta property=\"dcterms:modified\">2026-01-01T00:00:00Z</meta>"
       "<meta property=\"schema:accessMode\">textual</meta><meta property=\"schema:accessModeSufficient\">textual</meta>"
       "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>"
       "<meta property=\"schema:accessibilityHazard\">none</meta><meta property=\"schema:accessibilitySummary\">S</meta>"
       "<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta></metadata>"
       "<manifest><item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
       "<item id=\"c1\" href=\"c1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
       "<spine><itemref idref=\"c1\"/></spine></package>"},
      {"EPUB/nav.xhtml",
       "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\">"
       "<head><title>Contents</title></head><body><nav epub:type=\"toc\" role=\"doc-toc\"><ol><li><a href=\"c1.xhtml\">One</a></li></ol></nav>"
       "<nav epub:type=\"landmarks\"><ol><li><a epub:type=\"bodymatter\" href=\"c1.xhtml\">Start</a></li></ol></nav></body></html>"},
      {"EPUB/c1.xhtml",
       "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\">"
       "<head><title>One</title></head><body><h1>One</h1><p>Text <a href=\"https://example.org\">Example site</a></p>"
       "<img src=\"a.png\" alt=\"A chart\"/><table><tr><th>H</th></tr><tr><td>d</td></tr></table></body></html>"},
  };
}

std::string build(const std::map<std::string, std::string>& files) {
  Entries entries{{"mimetype", files.at("mimetype")}};
  for (const auto& [name, data] : files) {
    if (name != "mimetype") entries.emplace_back(name, data);
  }
  return make_zip(entries);
}

bool has_rule(const Report& r, const std::string& id) {
  for (const Finding& f : r.findings) {
    if (f.rule == id) return true;
  }
  return false;
}

std::string dump(const Report& r) {
  std::string out;
  for (const Finding& f : r.findings) out += f.rule + ": " + f.message + " @ " + format_location(f.location) + "\n";
  return out;
}

void replace(std::string& s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  s.replace(at, from.size(), to);
}

TEST(EpubRules, CleanEpubHasNoFindings) {
  const Report r = audit_epub(build(clean_epub()), "clean.epub");
  EXPECT_TRUE(r.findings.empty()) << dump(r);
}

// An endnote is an item of the doc-endnotes list: DPUB-ARIA 1.1 deprecates role doc-endnote (Ace
// reports it), so its epub:type alone is no finding.
TEST(EpubRules, EndnoteWithoutTheDeprecatedRoleIsClean) {
  auto files = clean_epub();
  replace(files["EPUB/c1.xhtml"], "<p>Text",
          "<section epub:type=\"endnotes\" role=\"doc-endnotes\"><ol><li epub:type=\"endnote\">n</li></ol></section><p>Text");
  const Report r = audit_epub(build(files), "endnotes.epub");
  EXPECT_FALSE(has_rule(r, "epub.type-role")) << dump(r);
}

struct Case {
  const char* rule;
  std::function<void(std::map<std::string, std::string>&)> edit;
};

class EpubRule : public ::testing::TestWithParam<Case> {};

TEST_P(EpubRule, Fires) {
  auto files = clean_epub();
  GetParam().edit(files);
  const Report r = audit_epub(build(files), "case.epub");
  EXPECT_TRUE(has_rule(r, GetParam().rule)) << dump(r);
}

INSTANTIATE_TEST_SUITE_P(
    All, EpubRule,
    ::testing::Values(
        Case{"epub.unreadable", [](auto& f) { f.erase("META-INF/container.xml"); }},
        Case{"epub.zip-slip", [](auto& f) { f["../evil.txt"] = "x"; }},
        Case{"epub.mimetype", [](auto& f) { f["mimetype"] = "text/plain"; }},
        Case{"epub.malformed-xml", [](auto& f) { f["EPUB/c1.xhtml"] += "<unclosed>"; }},
        Case{"epub.package-lang", [](auto& f) { replace(f["EPUB/package.opf"], " xml:lang=\"en\"", ""); }},
        Case{"epub.package-metadata", [](auto& f) { replace(f["EPUB/package.opf"], "<dc:title>T</dc:title>", ""); }},
        Case{"epub.a11y-metadata", [](auto& f) { replace(f["EPUB/package.opf"], "<meta property=\"schema:accessMode\">textual</meta>", ""); }},
        Case{"epub.a11y-metadata-consistent",
             [](auto& f) {
               replace(f["EPUB/package.opf"], ">tableOfContents<", ">pageBreakMarkers<");
             }},
        Case{"epub.nav-toc", [](auto& f) { replace(f["EPUB/nav.xhtml"], " role=\"doc-toc\"", ""); }},
        Case{"epub.nav-landmarks", [](auto& f) { replace(f["EPUB/nav.xhtml"], "epub:type=\"landmarks\"", ""); }},
        Case{"epub.xhtml-lang", [](auto& f) { replace(f["EPUB/c1.xhtml"], " lang=\"en\" xml:lang=\"en\"", ""); }},
        Case{"epub.lang-valid", [](auto& f) { replace(f["EPUB/c1.xhtml"], "<p>Text", "<p lang=\"fr fr\">Text"); }},
        Case{"epub.xhtml-title", [](auto& f) { replace(f["EPUB/c1.xhtml"], "<title>One</title>", "<title></title>"); }},
        Case{"epub.heading-order", [](auto& f) { replace(f["EPUB/c1.xhtml"], "<p>Text", "<h3>Deep</h3><p>Text"); }},
        Case{"epub.img-alt", [](auto& f) { replace(f["EPUB/c1.xhtml"], " alt=\"A chart\"", ""); }},
        Case{"epub.table-headers", [](auto& f) { replace(f["EPUB/c1.xhtml"], "<th>H</th>", "<td>H</td>"); }},
        Case{"epub.link-text", [](auto& f) { replace(f["EPUB/c1.xhtml"], "Example site", " "); }},
        Case{"epub.type-role", [](auto& f) { replace(f["EPUB/c1.xhtml"], "<p>Text", "<aside epub:type=\"footnote\">n</aside><p>Text"); }}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string name = info.param.rule + 5;
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

TEST(EpubRules, ZipBombIsAFinding) {
  auto files = clean_epub();
  files["EPUB/bomb.bin"] = std::string(8u << 20, 'a');  // 8 MiB of one byte compresses far beyond 200:1
  const Report r = audit_epub(build(files), "bomb.epub");
  EXPECT_TRUE(has_rule(r, "epub.zip-limits")) << dump(r);
}

TEST(EpubRules, EntityExpansionBombIsMalformedNotExpanded) {
  auto files = clean_epub();
  std::string doctype = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">";
  for (char c = 'b'; c <= 'j'; ++c) {
    doctype += std::string("<!ENTITY ") + c + " \"" + [&] {
      std::string refs;
      for (int i = 0; i < 10; ++i) refs += std::string("&") + static_cast<char>(c - 1) + ";";
      return refs;
    }() + "\">";
  }
  doctype += "]>";
  replace(files["EPUB/c1.xhtml"], "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\"?>" + doctype);
  replace(files["EPUB/c1.xhtml"], "<h1>One</h1>", "<h1>&j;</h1>");
  const auto start = std::chrono::steady_clock::now();
  const Report r = audit_epub(build(files), "lol.epub");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.0);
  EXPECT_TRUE(has_rule(r, "epub.malformed-xml")) << dump(r);
}

TEST(EpubRules, CompressedMimetypeIsAFinding) {
  Entries entries{{"mimetype", clean_epub().at("mimetype")}};
  const Report r = audit_epub(make_zip(entries, true), "c.epub");
  EXPECT_TRUE(has_rule(r, "epub.mimetype")) << dump(r);
}

TEST(EpubRules, NotAZipIsUnreadableAndSaysWhy) {
  const Report r = audit_epub("plain text, not a ZIP container", "text.epub");
  ASSERT_EQ(r.findings.size(), 1u) << dump(r);
  EXPECT_EQ(r.findings[0].rule, "epub.unreadable");
  EXPECT_EQ(r.findings[0].message,
            "the file is not a readable ZIP container: no end of central directory record: not a ZIP archive, or truncated");
}

TEST(EpubRules, TruncatedEpubIsUnreadableNotACrash) {
  const std::string epub = build(clean_epub());
  for (std::size_t size = 0; size < epub.size(); ++size) {
    const Report r = audit_epub(epub.substr(0, size), "cut.epub");
    EXPECT_TRUE(has_rule(r, "epub.unreadable")) << size << "\n" << dump(r);
  }
}

TEST(EpubRules, PandocEpubGetsAceFindings) {
  if (std::system("pandoc --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "pandoc is not installed";
  const auto dir = std::filesystem::temp_directory_path() / "folio_audit_pandoc";
  std::filesystem::create_directories(dir);
  {
    std::ofstream md(dir / "in.md");
    md << "---\ntitle: Release\n---\n\n# Heading\n\nSome text.\n";
  }
  const std::string cmd = "cd '" + dir.string() + "' && pandoc -o x.epub in.md 2>/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const Report r = audit_epub(folio::test::read_file(dir / "x.epub"), "x.epub");
  std::filesystem::remove_all(dir);
  EXPECT_TRUE(has_rule(r, "epub.package-lang")) << dump(r);
  EXPECT_TRUE(has_rule(r, "epub.a11y-metadata")) << dump(r);
  EXPECT_TRUE(has_rule(r, "epub.nav-toc")) << dump(r);
}

}  // namespace
}  // namespace folio::audit
