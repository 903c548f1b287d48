// Press-release meaning of a block, and the one table that says how each writer renders it.
#pragma once

#include <optional>
#include <string_view>

namespace folio::model {

enum class Role {
  none,         ///< ordinary content with no press-release meaning
  headline,
  subheadline,
  dateline,
  lead,
  quote,        ///< a quotation paragraph with attribution
  contacts,
  about_us,     ///< "About <issuer>" boilerplate
  end_mark,     ///< ###, -ENDS-, --30--
  embargo,
  navigation,   ///< site menus; dropped unless --keep-boilerplate
};

/// How one role is rendered by each writer. Writers read this table; they never switch on roles.
struct RoleInfo {
  Role role;
  std::string_view name;        ///< stable name used in dumps and JSON ("about-us")
  std::string_view pdf_type;    ///< PDF structure type of the block (ISO 32000-1 14.8.4)
  std::string_view epub_element;///< XHTML element wrapping the block
  std::string_view epub_type;   ///< epub:type, empty when none fits
  std::string_view aria_role;   ///< DPUB-ARIA / ARIA role matching epub_type, empty when none
  bool text_output;             ///< false: left out of the plain-text rendering
};

const RoleInfo& role_info(Role role);
std::optional<Role> role_from_name(std::string_view name);

}  // namespace folio::model
