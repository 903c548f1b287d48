#include "transform/state_labels.h"

#include "transform/text_edit.h"
#include "transform/wording.h"

namespace folio::transform {

namespace {

void label_inlines(model::Inlines& inlines, const std::string& lang, int& count) {
  for (auto& inl : inlines) {
    const std::string& here = inl.info.lang.empty() ? lang : inl.info.lang;
    if (auto* struck = std::get_if<model::Strikethrough>(&inl.node)) {
      struck->label = wording(Phrase::deleted, here);
      struck->label_lang = struck->label.empty() ? "" : here;
      count += struck->label.empty() ? 0 : 1;
    }
    if (auto* kids = model::children_of(inl)) label_inlines(*kids, here, count);
  }
}

}  // namespace

int label_states(model::Document& document) {
  int count = 0;
  for_each_inline_list(document, [&](model::Inlines& inlines, const std::string& lang, model::Block&) {
    label_inlines(inlines, lang, count);
  });
  for_each_list_item(document, [&](model::ListItem& item, const std::string& lang) {
    if (!item.checked) return;
    item.task_label = wording(*item.checked ? Phrase::done : Phrase::not_done, lang);
    item.task_label_lang = item.task_label.empty() ? "" : lang;
    count += item.task_label.empty() ? 0 : 1;
  });
  return count;
}

}  // namespace folio::transform
