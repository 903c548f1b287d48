// NodeId: the identity of a model node, shared by layout tags, PDF structure elements and findings.
#pragma once

#include <compare>
#include <cstdint>

namespace folio::base {

/// Ids are assigned in document order by model::assign_ids; 0 means "not assigned yet".
struct NodeId {
  std::uint32_t value = 0;
  friend auto operator<=>(const NodeId&, const NodeId&) = default;
};

}  // namespace folio::base
