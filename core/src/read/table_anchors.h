#pragma once
// What the table readers share: the label chain's matches as anchors in the normalised text, the
// region they span, and the words of a table's header.
#include <string>
#include <vector>

#include "read/label_chain.h"
#include "read/runs.h"
#include "read/table_reader.h"

namespace xxgk {

struct ChainAnchors {
  std::vector<Anchor> anchors;            // one per chain row found
  std::vector<const Anchor*> of_row;      // per chain row: its anchor or nullptr
  size_t begin = 0, end = 0;              // from the first anchor to the end of the last
};
ChainAnchors chain_anchors(const ReadContext& ctx, const Chain& chain);

// The words printed in a table's header, compact, as the run finder skips them.
const std::vector<std::u32string>& header_words_u32(const FormatModel& model, const std::string& table);

}  // namespace xxgk
