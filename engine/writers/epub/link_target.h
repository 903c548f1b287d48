// Where a model link may point from inside an EPUB: absolute web and mail links stay, links
// relative to a web page are resolved against it, anything that would dangle is dropped.
#pragma once

#include <optional>
#include <string>

namespace folio::writers::epub {

/// The href to write for `href` in a document read from `source` (metadata.source), or nullopt
/// when it cannot resolve to anything (a fragment of the original page, a relative path without a
/// web base, a script or data URL). Spaces and ASCII characters not allowed in URLs are
/// percent-encoded.
std::optional<std::string> link_target(const std::string& href, const std::string& source);

}  // namespace folio::writers::epub
