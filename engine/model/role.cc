#include "model/role.h"

#include <array>

namespace folio::model {

namespace {
// epub:type values are from the EPUB 3 Structural Semantics Vocabulary; aria roles from DPUB-ARIA 1.1.
constexpr std::array<RoleInfo, 11> kRoles{{
    {Role::none, "body", "P", "p", "", "", true},
    {Role::headline, "headline", "H1", "h1", "title", "", true},
    {Role::subheadline, "subheadline", "P", "p", "subtitle", "doc-subtitle", true},
    {Role::dateline, "dateline", "P", "p", "", "", true},
    {Role::lead, "lead", "P", "p", "", "", true},
    {Role::quote, "quote", "BlockQuote", "blockquote", "", "", true},
    {Role::contacts, "contacts", "Sect", "address", "", "", true},
    {Role::about_us, "about-us", "Sect", "aside", "", "", true},
    {Role::end_mark, "end-mark", "P", "p", "", "", true},
    {Role::embargo, "embargo", "P", "p", "", "", true},
    {Role::navigation, "navigation", "Artifact", "nav", "", "", false},
}};
}  // namespace

const RoleInfo& role_info(Role role) { return kRoles[static_cast<std::size_t>(role)]; }

std::optional<Role> role_from_name(std::string_view name) {
  for (const auto& info : kRoles) {
    if (info.name == name) return info.role;
  }
  return std::nullopt;
}

}  // namespace folio::model
