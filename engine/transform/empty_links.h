// Links whose content says nothing (an author's avatar with alt="", an icon, an image a reader
// could not keep) get a name from their address, or stop being links.
#pragma once

#include "base/diagnostic.h"
#include "model/document.h"

namespace folio::transform {

/// The name an address gives a link that says nothing: the host of a web address without
/// "www." ("example.org"), the address of a mailto: or tel: link; "" for any other (a
/// page-relative link, a fragment).
std::string name_from_address(const std::string& href);

/// Every link that says nothing (model/link_name.h) is named from its address, or, when the
/// address gives no name, unwrapped (its content kept, the link dropped), so no output has a
/// link without a name. One note per link.
base::Diagnostics name_empty_links(model::Document& document);

}  // namespace folio::transform
