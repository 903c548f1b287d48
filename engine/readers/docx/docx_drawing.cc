#include "readers/docx/docx_drawing.h"

#include <string>

#include "base/utf8.h"

namespace folio::readers::docx {

namespace {

// Namespaces of mc:Choice Requires that folio reads: shapes, groups, canvases and the Word
// 2010+ extensions around them. A choice that needs anything else (3D models, ink) has its
// picture in the fallback.
bool understood(std::string_view prefix) {
  for (std::string_view p : {"wps", "wpg", "wpc", "wp14", "w14", "w15", "w16", "w16se", "w16cid", "w16cex", "w16sdtdh",
                             "a14", "v", "o", "w10"}) {
    if (prefix == p) return true;
  }
  return false;
}

struct Walk {
  std::vector<XmlIndex> pictures;    ///< pic:pic
  std::vector<XmlIndex> vml_images;  ///< v:imagedata
  std::vector<XmlIndex> frames;      ///< wp:inline, wp:anchor
  std::vector<XmlIndex> text_boxes;
};

void walk(const XmlTree& tree, XmlIndex e, Walk& out) {
  for (XmlIndex c : tree.children(e)) {
    const std::string_view name = tree.name(c);
    if (name == "mc:AlternateContent") {
      if (const XmlIndex branch = chosen_branch(tree, c); branch != kNoElement) walk(tree, branch, out);
    } else if (name == "w:txbxContent") {
      out.text_boxes.push_back(c);  // read as blocks by the caller, nested pictures included
    } else {
      if (name == "pic:pic") out.pictures.push_back(c);
      if (name == "v:imagedata") out.vml_images.push_back(c);
      if (name == "wp:inline" || name == "wp:anchor") out.frames.push_back(c);
      walk(tree, c, out);
    }
  }
}

std::string trimmed(std::string_view s) { return std::string(base::trim_ascii(s)); }

// The wp:inline or wp:anchor that holds `e`, or kNoElement.
XmlIndex frame_of(const XmlTree& tree, XmlIndex e) {
  for (XmlIndex a = tree.parent(e); a != kNoElement; a = tree.parent(a)) {
    if (tree.is(a, "wp:inline") || tree.is(a, "wp:anchor")) return a;
  }
  return kNoElement;
}

bool decorative(const XmlTree& tree, XmlIndex doc_pr) {
  const XmlIndex flag = tree.descendant(doc_pr, "adec:decorative");
  if (flag == kNoElement) return false;
  const std::string v = base::lower_ascii(tree.attribute(flag, "val").value_or("1"));
  return v == "1" || v == "true" || v == "on";
}

// "media/image1.png": what some producers (pandoc) write where a description belongs.
bool is_file_name(std::string_view text) {
  if (text.find(' ') != std::string_view::npos) return false;
  const std::string lower = base::lower_ascii(text);
  for (std::string_view ext : {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".webp"}) {
    if (lower.ends_with(ext)) return true;
  }
  return false;
}

// descr, else title, of a docPr or cNvPr; nullopt when both are empty or a file name.
std::optional<std::string> description(const XmlTree& tree, XmlIndex properties) {
  for (const char* attribute : {"descr", "title"}) {
    std::string value = trimmed(tree.attribute(properties, attribute).value_or(""));
    if (!value.empty() && !is_file_name(value)) return value;
  }
  return std::nullopt;
}

class ImageMaker {
 public:
  ImageMaker(const StoryPart& part, base::Diagnostics& diagnostics) : part_(part), diagnostics_(diagnostics) {}

  // `frame_properties`: the frame's wp:docPr (kNoElement for VML); `own`: the picture's own
  // non-visual properties, which describe one picture of a group.
  void add(DrawingContent& out, XmlIndex at, const std::string& src, XmlIndex frame_properties, XmlIndex own,
           const std::optional<std::string>& vml_alt, bool floating) {
    const XmlTree& tree = part_.tree;
    model::Image image;
    image.src = src;
    if (frame_properties != kNoElement && decorative(tree, frame_properties)) {
      image.alt = "";
    } else if (auto alt = description(tree, frame_properties)) {
      image.alt = *alt;
    } else if (auto own_alt = description(tree, own)) {
      image.alt = *own_alt;
    } else if (vml_alt && !vml_alt->empty()) {
      image.alt = *vml_alt;
    } else {
      const std::string name = trimmed(tree.attribute(frame_properties != kNoElement ? frame_properties : own, "name").value_or(""));
      diagnostics_.push_back(base::make_warning(
          "docx.image-alt-missing", part_.span(at),
          "image without alternative text: " + (name.empty() ? src : name + " (" + src + ")"),
          "in Word: right-click the picture, View Alt Text, and describe it (or tick \"Mark as decorative\")"));
    }
    out.images.push_back(std::move(image));
    out.image_spans.push_back(part_.span(at));
    out.floating.push_back(floating);
  }

  // The part (or URL) a blip or imagedata names through r:embed / r:link / r:id.
  std::string target(XmlIndex e) const {
    for (const char* attribute : {"r:embed", "r:id", "r:link"}) {
      if (auto id = part_.tree.attribute(e, attribute)) {
        if (const Relationship* rel = part_.relationship(*id)) return rel->target;
      }
    }
    return "";
  }

 private:
  const StoryPart& part_;
  base::Diagnostics& diagnostics_;
};

}  // namespace

XmlIndex chosen_branch(const XmlTree& tree, XmlIndex alternate_content) {
  for (XmlIndex c : tree.children(alternate_content)) {
    if (!tree.is(c, "mc:Choice")) continue;
    const std::string_view requires_ = tree.attribute(c, "Requires").value_or("");
    bool all = true;
    std::size_t start = 0;
    while (start < requires_.size()) {
      std::size_t end = requires_.find(' ', start);
      if (end == std::string_view::npos) end = requires_.size();
      if (end > start && !understood(requires_.substr(start, end - start))) all = false;
      start = end + 1;
    }
    if (all) return c;
  }
  return tree.child(alternate_content, "mc:Fallback");
}

DrawingContent read_drawing(const StoryPart& part, XmlIndex drawing, base::Diagnostics& diagnostics) {
  const XmlTree& tree = part.tree;
  Walk found;
  if (tree.is(drawing, "mc:AlternateContent")) {
    if (const XmlIndex branch = chosen_branch(tree, drawing); branch != kNoElement) walk(tree, branch, found);
  } else {
    walk(tree, drawing, found);
  }
  DrawingContent out;
  ImageMaker maker(part, diagnostics);
  for (XmlIndex pic : found.pictures) {
    const XmlIndex frame = frame_of(tree, pic);
    const XmlIndex doc_pr = tree.child(frame, "wp:docPr");
    const XmlIndex own = tree.descendant(tree.child(pic, "pic:nvPicPr"), "pic:cNvPr");
    // In a group the frame's description is the group's: each picture speaks for itself.
    const bool alone = frame == kNoElement || tree.descendant(frame, "pic:pic") == pic;
    const XmlIndex blip = tree.descendant(pic, "a:blip");
    maker.add(out, pic, maker.target(blip), alone ? doc_pr : kNoElement, own, std::nullopt, tree.is(frame, "wp:anchor"));
  }
  for (XmlIndex data : found.vml_images) {
    const XmlIndex shape = tree.parent(data);
    std::optional<std::string> alt = trimmed(tree.attribute(shape, "alt").value_or(""));
    if (alt->empty()) alt = trimmed(tree.attribute(data, "o:title").value_or(""));
    // VML positions a floating shape in its style ("position:absolute").
    const bool floating = tree.attribute(shape, "style").value_or("").find("position:absolute") != std::string_view::npos;
    maker.add(out, shape, maker.target(data), kNoElement, kNoElement, alt, floating);
  }
  // A chart or SmartArt diagram has no picture of its own: its description stands for it.
  for (XmlIndex frame : found.frames) {
    const XmlIndex data = tree.descendant(frame, "a:graphicData");
    const std::string_view uri = tree.attribute(data, "uri").value_or("");
    const bool chart = uri.find("/chart") != std::string_view::npos || uri.find("/diagram") != std::string_view::npos;
    if (chart && tree.descendant(frame, "pic:pic") == kNoElement) {
      maker.add(out, frame, "", tree.child(frame, "wp:docPr"), kNoElement, std::nullopt, tree.is(frame, "wp:anchor"));
    }
  }
  out.text_boxes = std::move(found.text_boxes);
  return out;
}

}  // namespace folio::readers::docx
