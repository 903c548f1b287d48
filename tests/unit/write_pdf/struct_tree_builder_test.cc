#include "writers/pdf/struct_tree_builder.h"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <map>
#include <string>

#include "writers/pdf/string_output_device.h"

namespace folio::pdf {
namespace {

using namespace PoDoFo;

// The tree is built into `document`, which is then written and read back into `written`: the
// elements are written as text (pdf_syntax.h), so what is checked is what a reader gets.
class StructTreeBuilderTest : public ::testing::Test {
 protected:
  void finish(StructTreeBuilder& tree) {
    tree.finish(document.GetObjects(), document.GetCatalog());
    std::string bytes;
    StringOutputDevice device(bytes);
    document.Write(&device);
    written.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  }
  PdfObject* resolve(const PdfObject& object) {
    return object.IsReference() ? written.GetObjects().GetObject(object.GetReference()) : const_cast<PdfObject*>(&object);
  }
  PdfDictionary& root() {
    return resolve(*written.GetCatalog()->GetDictionary().GetKey("StructTreeRoot"))->GetDictionary();
  }
  // ParentTree /Nums as key -> value.
  std::map<pdf_int64, PdfObject*> parent_tree() {
    std::map<pdf_int64, PdfObject*> out;
    const PdfArray& nums = resolve(*root().GetKey("ParentTree"))->GetDictionary().GetKey("Nums")->GetArray();
    pdf_int64 previous = -1;
    for (std::size_t i = 0; i + 1 < nums.size(); i += 2) {
      const pdf_int64 key = nums[i].GetNumber();
      EXPECT_GT(key, previous) << "keys ascending";
      previous = key;
      out[key] = resolve(nums[i + 1]);
    }
    return out;
  }

  PdfMemDocument document;
  PdfMemDocument written;
};

TEST_F(StructTreeBuilderTest, ParentTreeMatchesMarkedContentAndAnnotations) {
  // PoDoFo 0.9.8 may delete a PdfPage wrapper when the next page is created: take the page
  // object and the annotation before creating page 1.
  PdfPage* page0 = document.CreatePage(PdfRect(0, 0, 595, 842));
  PdfObject* annotation = page0->CreateAnnotation(ePdfAnnotation_Link, PdfRect(0, 0, 10, 10))->GetObject();
  PdfObject* page0_object = page0->GetObject();
  PdfObject* page1_object = document.CreatePage(PdfRect(0, 0, 595, 842))->GetObject();
  StructTreeBuilder tree;
  const ElementId h1 = tree.add_element(tree.root(), "H1");
  const ElementId p = tree.add_element(tree.root(), "P");
  const ElementId link = tree.add_element(p, "Link");
  tree.add_element(tree.root(), "P");  // empty: left out
  EXPECT_EQ(tree.add_marked_content(h1, 0, page0_object), 0);
  EXPECT_EQ(tree.add_marked_content(p, 0, page0_object), 1);
  EXPECT_EQ(tree.add_marked_content(link, 0, page0_object), 2);
  EXPECT_EQ(tree.add_marked_content(p, 0, page0_object), 3);
  EXPECT_EQ(tree.add_marked_content(p, 1, page1_object), 0);
  tree.add_annotation(link, annotation, page0_object);
  finish(tree);

  const auto nums = parent_tree();
  ASSERT_EQ(nums.size(), 3u);
  EXPECT_EQ(root().GetKey("ParentTreeNextKey")->GetNumber(), 3);
  EXPECT_EQ(page0_object->GetDictionary().GetKey("StructParents")->GetNumber(), 0);
  EXPECT_EQ(page1_object->GetDictionary().GetKey("StructParents")->GetNumber(), 1);
  EXPECT_EQ(annotation->GetDictionary().GetKey("StructParent")->GetNumber(), 2);

  // Page 0: one owner per MCID, each owner lists that MCID in /K.
  const PdfArray& owners0 = nums.at(0)->GetArray();
  ASSERT_EQ(owners0.size(), 4u);
  const std::vector<std::string> types = {"H1", "P", "Link", "P"};
  for (std::size_t mcid = 0; mcid < owners0.size(); ++mcid) {
    PdfObject* owner = resolve(owners0[mcid]);
    EXPECT_EQ(owner->GetDictionary().GetKey("S")->GetName().GetName(), types[mcid]);
    EXPECT_EQ(owner->GetDictionary().GetKey("Pg")->GetReference(), page0_object->Reference());
    bool found = false;
    for (const auto& kid : owner->GetDictionary().GetKey("K")->GetArray()) {
      if (kid.IsNumber() && kid.GetNumber() == static_cast<pdf_int64>(mcid)) found = true;
    }
    EXPECT_TRUE(found) << "MCID " << mcid;
  }
  // The paragraph continues on page 1 through a marked-content reference.
  PdfObject* paragraph = resolve(nums.at(1)->GetArray()[0]);
  EXPECT_EQ(paragraph, resolve(owners0[1]));
  const PdfArray& kids = paragraph->GetDictionary().GetKey("K")->GetArray();
  ASSERT_EQ(kids.size(), 4u);  // 1, Link, 3, MCR
  EXPECT_EQ(kids[3].GetDictionary().GetKey("Type")->GetName().GetName(), "MCR");
  EXPECT_EQ(kids[3].GetDictionary().GetKey("Pg")->GetReference(), page1_object->Reference());
  // The annotation's key leads to the Link element, which holds an OBJR for it.
  PdfObject* link_element = nums.at(2);
  EXPECT_EQ(link_element->GetDictionary().GetKey("S")->GetName().GetName(), "Link");
  const PdfArray& link_kids = link_element->GetDictionary().GetKey("K")->GetArray();
  ASSERT_EQ(link_kids.size(), 2u);
  EXPECT_EQ(link_kids[1].GetDictionary().GetKey("Type")->GetName().GetName(), "OBJR");
  EXPECT_EQ(link_kids[1].GetDictionary().GetKey("Obj")->GetReference(), annotation->Reference());
  // The document element holds H1 and the non-empty P only.
  const PdfArray& top = resolve(root().GetKey("K")->GetArray()[0])->GetDictionary().GetKey("K")->GetArray();
  EXPECT_EQ(top.size(), 2u);
}

TEST_F(StructTreeBuilderTest, KidsFollowLogicalOrderWithinABlock) {
  PdfPage* page = document.CreatePage(PdfRect(0, 0, 595, 842));
  StructTreeBuilder tree;
  // A right-to-left paragraph: content (visual) order is the end of the sentence first.
  const ElementId p = tree.add_element(tree.root(), "P");
  tree.add_marked_content(p, 0, page->GetObject(), StructTreeBuilder::LogicalPosition{7, 40});
  const ElementId span = tree.add_element(p, "Span");
  tree.add_marked_content(span, 0, page->GetObject(), StructTreeBuilder::LogicalPosition{7, 20});
  tree.add_marked_content(p, 0, page->GetObject(), StructTreeBuilder::LogicalPosition{7, 0});
  tree.set_lang(span, "en");
  finish(tree);
  PdfObject* paragraph = resolve(resolve(root().GetKey("K")->GetArray()[0])->GetDictionary().GetKey("K")->GetArray()[0]);
  const PdfArray& kids = paragraph->GetDictionary().GetKey("K")->GetArray();
  ASSERT_EQ(kids.size(), 3u);
  EXPECT_EQ(kids[0].GetNumber(), 2);
  EXPECT_TRUE(kids[1].IsReference());
  EXPECT_EQ(kids[2].GetNumber(), 0);
  EXPECT_EQ(resolve(kids[1])->GetDictionary().GetKey("Lang")->GetString().GetStringUtf8(), "en");
}

TEST_F(StructTreeBuilderTest, ALinksAnnotationsDoNotKeepItsKidsFromLogicalOrder) {
  // A right-to-left link on one line, painted in two parts, each with its annotation before it:
  // the parts are read in logical order, the annotations stay where they are.
  PdfPage* page = document.CreatePage(PdfRect(0, 0, 595, 842));
  PdfObject* first = page->CreateAnnotation(ePdfAnnotation_Link, PdfRect(0, 0, 10, 10))->GetObject();
  PdfObject* second = page->CreateAnnotation(ePdfAnnotation_Link, PdfRect(20, 0, 10, 10))->GetObject();
  StructTreeBuilder tree;
  const ElementId p = tree.add_element(tree.root(), "P");
  const ElementId link = tree.add_element(p, "Link");
  tree.add_annotation(link, first, page->GetObject());
  tree.add_marked_content(link, 0, page->GetObject(), StructTreeBuilder::LogicalPosition{7, 30});
  tree.add_annotation(link, second, page->GetObject());
  tree.add_marked_content(link, 0, page->GetObject(), StructTreeBuilder::LogicalPosition{7, 10});
  finish(tree);
  PdfObject* paragraph = resolve(resolve(root().GetKey("K")->GetArray()[0])->GetDictionary().GetKey("K")->GetArray()[0]);
  PdfObject* element = resolve(paragraph->GetDictionary().GetKey("K")->GetArray()[0]);
  const PdfArray& kids = element->GetDictionary().GetKey("K")->GetArray();
  ASSERT_EQ(kids.size(), 4u);
  EXPECT_EQ(resolve(kids[0])->GetDictionary().GetKey("Type")->GetName().GetName(), "OBJR");
  EXPECT_EQ(kids[1].GetNumber(), 1);  // the part at offset 10 first
  EXPECT_EQ(resolve(kids[2])->GetDictionary().GetKey("Type")->GetName().GetName(), "OBJR");
  EXPECT_EQ(kids[3].GetNumber(), 0);
}

TEST_F(StructTreeBuilderTest, FigureAndHeaderCellAttributes) {
  PdfPage* page = document.CreatePage(PdfRect(0, 0, 595, 842));
  StructTreeBuilder tree;
  const ElementId figure = tree.add_element(tree.root(), "Figure");
  tree.set_alt(figure, "Graphique « croissance »");
  tree.set_bbox(figure, 72, 500, 168, 564);
  tree.add_marked_content(figure, 0, page->GetObject());
  const ElementId th = tree.add_element(tree.root(), "TH");
  tree.set_scope(th, "Column");
  tree.add_marked_content(th, 0, page->GetObject());
  finish(tree);
  const PdfArray& top = resolve(root().GetKey("K")->GetArray()[0])->GetDictionary().GetKey("K")->GetArray();
  const PdfDictionary& fig = resolve(top[0])->GetDictionary();
  EXPECT_EQ(fig.GetKey("Alt")->GetString().GetStringUtf8(), "Graphique « croissance »");
  EXPECT_EQ(fig.GetKey("A")->GetDictionary().GetKey("O")->GetName().GetName(), "Layout");
  EXPECT_EQ(fig.GetKey("A")->GetDictionary().GetKey("BBox")->GetArray().size(), 4u);
  const PdfDictionary& cell = resolve(top[1])->GetDictionary();
  EXPECT_EQ(cell.GetKey("A")->GetDictionary().GetKey("O")->GetName().GetName(), "Table");
  EXPECT_EQ(cell.GetKey("A")->GetDictionary().GetKey("Scope")->GetName().GetName(), "Column");
}

// Notes carry /ID, found through the StructTreeRoot's /IDTree (keys in byte order: "note-10"
// before "note-2"); an element left out (nothing under it) is not in the tree. Struck text is a
// Span whose layout attributes say LineThrough.
TEST_F(StructTreeBuilderTest, NoteIdsInTheIdTreeAndTextDecoration) {
  PdfPage* page = document.CreatePage(PdfRect(0, 0, 595, 842));
  StructTreeBuilder tree;
  std::map<std::string, ElementId> notes;
  for (const char* id : {"note-2", "note-10", "note-empty"}) {
    notes[id] = tree.add_element(tree.root(), "Note");
    tree.set_id(notes[id], id);
    if (std::string(id) != "note-empty") tree.add_marked_content(notes[id], 0, page->GetObject());
  }
  const ElementId span = tree.add_element(tree.root(), "Span");
  tree.set_alt(span, "deleted: ten");
  tree.set_text_decoration(span, "LineThrough");
  tree.add_marked_content(span, 0, page->GetObject());
  finish(tree);

  const PdfArray& names = resolve(*root().GetKey("IDTree"))->GetDictionary().GetKey("Names")->GetArray();
  ASSERT_EQ(names.size(), 4u);
  EXPECT_EQ(names[0].GetString().GetString(), std::string("note-10"));
  EXPECT_EQ(names[2].GetString().GetString(), std::string("note-2"));
  const PdfDictionary& note10 = resolve(names[1])->GetDictionary();
  EXPECT_EQ(note10.GetKey("S")->GetName().GetName(), "Note");
  EXPECT_EQ(note10.GetKey("ID")->GetString().GetString(), std::string("note-10"));
  const PdfArray& top = resolve(root().GetKey("K")->GetArray()[0])->GetDictionary().GetKey("K")->GetArray();
  ASSERT_EQ(top.size(), 3u);  // the empty note is left out
  const PdfDictionary& struck = resolve(top[2])->GetDictionary();
  EXPECT_EQ(struck.GetKey("Alt")->GetString().GetStringUtf8(), "deleted: ten");
  EXPECT_EQ(struck.GetKey("A")->GetDictionary().GetKey("O")->GetName().GetName(), "Layout");
  EXPECT_EQ(struck.GetKey("A")->GetDictionary().GetKey("TextDecorationType")->GetName().GetName(), "LineThrough");
}

}  // namespace
}  // namespace folio::pdf
