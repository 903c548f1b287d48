#include "transform/empty_links.h"

#include <gtest/gtest.h>

#include <string>

#include "model/block.h"
#include "model/link_name.h"
#include "model_builders.h"

namespace folio::transform {
namespace {

namespace m = model;
using test::document;
using test::image;
using test::paragraph;

m::Inline link(std::string href, m::Inlines children) {
  m::Inline inl;
  inl.node = m::Link{std::move(href), std::move(children)};
  return inl;
}

const m::Inlines& content(const m::Document& doc) { return std::get<m::Paragraph>(doc.blocks.at(0).node).content; }

TEST(EmptyLinks, AddressesNameTheirLinks) {
  EXPECT_EQ(name_from_address("https://www.example.org/team/jane?x=1#top"), "example.org");
  EXPECT_EQ(name_from_address("http://user@News.Example.COM:8080/"), "news.example.com");
  EXPECT_EQ(name_from_address("  mailto:press@example.org?subject=Hi "), "press@example.org");
  EXPECT_EQ(name_from_address("tel:+33123456789"), "+33123456789");
  EXPECT_EQ(name_from_address("/authors/jane"), "");
  EXPECT_EQ(name_from_address("#section-2"), "");
  EXPECT_EQ(name_from_address("javascript:void(0)"), "");
}

TEST(EmptyLinks, ALinkShowingOnlyADecorativeImageIsNamedThroughThatImage) {
  m::Document doc = document("en", {paragraph({link("https://www.example.org/jane", {image(std::string())}),
                                               m::make_text(" By Jane.")})});
  const base::Diagnostics notes = name_empty_links(doc);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "transform.link-named");
  const auto& named = std::get<m::Link>(content(doc).at(0).node);
  EXPECT_FALSE(m::says_nothing(named));
  EXPECT_EQ(m::plain_text(named.children), "[example.org]");
}

TEST(EmptyLinks, ALinkWithNothingInsideGetsItsNameAsText) {
  m::Document doc = document("en", {paragraph({link("mailto:press@example.org", {m::make_text(" ")})})});
  EXPECT_EQ(name_empty_links(doc).size(), 1u);
  EXPECT_EQ(m::plain_text(content(doc)), " press@example.org");
}

TEST(EmptyLinks, ALinkWithoutAnyNameIsUnwrappedAndItsContentKept) {
  m::Document doc = document("en", {paragraph({m::make_text("Photo: "), link("/authors/jane", {image(std::string())}),
                                               m::make_text("Jane.")})});
  const base::Diagnostics notes = name_empty_links(doc);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].code, "transform.empty-link-removed");
  ASSERT_EQ(content(doc).size(), 3u);
  EXPECT_TRUE(std::holds_alternative<m::Image>(content(doc)[1].node));
}

TEST(EmptyLinks, LinksThatSaySomethingAreLeftAlone) {
  m::Document doc = document(
      "en", {paragraph({link("https://example.org/", {m::make_text("the site")}),
                        link("https://example.org/logo", {image(std::string("Example logo"))}),
                        link("https://example.org/chart", {image(std::nullopt)})})});
  EXPECT_TRUE(name_empty_links(doc).empty());
  EXPECT_EQ(m::plain_text(content(doc)), "the site[Example logo][Image without description]");
}

}  // namespace
}  // namespace folio::transform
