#pragma once
// What reading a document repaired or left out (Document::repairs), as input.* findings that
// quote the place in the text.
#include <vector>

#include "xxgk/document.h"
#include "xxgk/finding.h"

namespace xxgk {

std::vector<Finding> repair_findings(const Document& document);

}  // namespace xxgk
