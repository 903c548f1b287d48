#include "model/link_name.h"

#include "base/utf8.h"

namespace folio::model {

namespace {

// White space and invisible characters: what a reader shows and says nothing for.
bool invisible(char32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || c == 0xAD || (c >= 0x2000 && c <= 0x200F) ||
         c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

Image* first_decorative_image(Inlines& inlines) {
  for (auto& inl : inlines) {
    if (auto* image = std::get_if<Image>(&inl.node); image && image->alt && image->alt->empty()) return image;
    if (auto* kids = children_of(inl)) {
      if (Image* found = first_decorative_image(*kids)) return found;
    }
  }
  return nullptr;
}

}  // namespace

bool says_nothing(const Link& link) {
  const std::string text = plain_text(link.children);
  for (std::size_t i = 0; i < text.size();) {
    if (!invisible(base::next_code_point(text, i))) return false;
  }
  return true;
}

void give_name(Link& link, const std::string& name) {
  if (Image* image = first_decorative_image(link.children)) {
    image->alt = name;
  } else {
    link.children.push_back(make_text(name));
  }
}

}  // namespace folio::model
