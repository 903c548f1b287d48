// A program's text among a scraped page's lines (readers/text/program_text): minified script
// and unfilled templates are found; code shown to readers, rules and prose are not.
#include "readers/text/program_text.h"

#include <gtest/gtest.h>

namespace folio::readers {
namespace {

TEST(ProgramText, MinifiedScriptIsAProgram) {
  // As a browser wraps it, line by line, and as a block of lines.
  for (const char* text :
       {"(function(w,d){var q=[],s=d.createElement(\"script\");s.async=!0;",
        "d.head&&d.head.appendChild(s)})(window,document);var t=function",
        "s.src=w.location.protocol+\"//static.example.org/a.js\";q.push(s);\n"
        "d.head&&d.head.appendChild(s)})(window,document);var t=function\n"
        "(e,n){return e&&e.length?e.map(function(o){return o.id||n}):[]};\n",
        // A script that writes a style sheet: fewer marks of a program, still one per 160 bytes.
        "{code:function(e,t,n){var r=this;return r.b(\".box { display: block; z-index: \"),\n"
        "r.b(r.v(r.f(\"z\",e,t,0))),r.b(\"; position: fixed;\"),\n"
        "r.b(\";left:0;right:0;top:0;height:100%;width:100%;max-width:\"),r.b(\n"
        "r.v(r.f(\"width\",e,t,0))),r.b(\"; background-color:\"),r.b(r.v(r.f(\"bg\",e,t,0)));\n"}) {
    EXPECT_TRUE(is_program_text(text)) << text;
  }
}

TEST(ProgramText, CodeForReadersRulesAndProseAreNot) {
  for (const char* text :
       {// Code shown to readers keeps its spaces.
        "function visible(element) { return element && element.offsetParent !== null; }",
        "for (let i = 0; i < items.length; i++) { total += items[i].price; }",
        "netsh interface tcp set global autotuninglevel=normal",
        // Rules, forms and lists drawn with punctuation.
        "================================================================",
        "Name (Pflichtfeld) [                    ] E-Mail [                    ]",
        "Bernie Sanders (341) Joe Biden (233) Elizabeth Warren (184) Iowa (140)",
        // Prose, and a script too short to judge.
        "Die Stadtwerke (SWB) haben am Freitag den neuen Fahrplan vorgestellt; er gilt ab Mai.",
        "a&&b(c){d()};", ""}) {
    EXPECT_FALSE(is_program_text(text)) << text;
  }
}

TEST(ProgramText, UnfilledTemplatesAreFound) {
  for (const char* text : {"{{{ message_title }}}", "{{#teaser}}{{{ teaser_title }}}{{/teaser}}",
                           "{{ post.post_date_txt }} | {{ post.post_hour }}", "Hi {{fullName}}"}) {
    EXPECT_TRUE(is_template_text(text)) << text;
  }
  for (const char* text : {"Publicado por Ana Beispiel", "Die Formel {x} gilt, {{ nur }} hier nicht ganz so wie sonst.",
                           "Mengenlehre: {1, 2, 3}", ""}) {
    EXPECT_FALSE(is_template_text(text)) << text;
  }
}

TEST(ProgramText, LinesReadAsCodeAsProseOrNeither) {
  EXPECT_EQ(line_shape("d.head&&d.head.appendChild(s)})(window,document);var t=function"), LineShape::code);
  EXPECT_EQ(line_shape("{{#teaser}}{{{ teaser_title }}}{{/teaser}}"), LineShape::code);
  EXPECT_EQ(line_shape("{{ post.post_date_txt }} | {{ post.post_hour }}"), LineShape::code);
  EXPECT_EQ(line_shape("Die Überfahrt dauert zwölf Minuten und ist mit dem normalen"), LineShape::prose);
  EXPECT_EQ(line_shape("new TypeError(\"the value must be a number or a"), LineShape::prose);
  // Short, or dense without a program's mark, or neither dense nor spaced: neither.
  EXPECT_EQ(line_shape("(weiblichen) Namen"), LineShape::other);
  EXPECT_EQ(line_shape("[\"rid\",\"contentControlCallback\"]),t(\"enable_rid\","), LineShape::other);
  EXPECT_EQ(line_shape("https://www.example.org/presse/2024/faehre"), LineShape::other);
  EXPECT_EQ(line_shape(""), LineShape::other);
}

}  // namespace
}  // namespace folio::readers
