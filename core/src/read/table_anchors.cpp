#include "read/table_anchors.h"

#include <map>
#include <mutex>

#include "text/code_points.h"

namespace xxgk {

ChainAnchors chain_anchors(const ReadContext& ctx, const Chain& chain) {
  ChainAnchors out;
  out.anchors.reserve(chain.rows.size());
  for (size_t i = 0; i < chain.rows.size(); ++i)
    if (chain.rows[i])
      out.anchors.push_back({i, ctx.compact.to_norm(chain.rows[i]->begin), ctx.compact.end_in_norm(chain.rows[i]->end)});
  out.of_row.assign(chain.rows.size(), nullptr);
  out.begin = std::string::npos;
  for (const auto& a : out.anchors) {
    out.of_row[a.row] = &a;
    out.begin = std::min(out.begin, a.nb);
    out.end = std::max(out.end, a.ne);
  }
  if (out.anchors.empty()) out.begin = 0;
  return out;
}

const std::vector<std::u32string>& header_words_u32(const FormatModel& model, const std::string& table) {
  static std::mutex mutex;
  static std::map<std::pair<const FormatModel*, std::string>, std::vector<std::u32string>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto& words = cache[{&model, table}];
  if (words.empty())
    for (const auto& w : model.table(table).header_words)
      for (const auto& part : label_parts(w)) words.push_back(text::u(compact_label(part)));
  return words;
}

}  // namespace xxgk
