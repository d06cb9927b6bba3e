#include "read/column_words.h"

#include <algorithm>
#include <string>

#include "format/per_format.h"
#include "read/label_chain.h"

namespace xxgk {
namespace {

struct HeaderWord {
  std::string compact;
  long column;  // -1: a group word over several columns
};

std::vector<HeaderWord> header_words(const HeaderBands& header, const std::vector<ColumnSpec>& columns) {
  std::vector<HeaderWord> out;
  for (const auto& band : header)
    for (const auto& cell : band) {
      long column = -1;
      for (size_t c = 0; c < columns.size(); ++c)
        if (!cell.column.empty() && columns[c].key == cell.column) column = static_cast<long>(c);
      out.push_back({compact_label(cell.label), column});
    }
  // Longest first: 法人或其他组织 before 其他.
  std::sort(out.begin(), out.end(), [](const HeaderWord& a, const HeaderWord& b) { return a.compact.size() > b.compact.size(); });
  return out;
}

// Built once per format: the words of table 三's and table 四's headers.
const std::vector<HeaderWord>& words_of(const FormatModel& model, TableWithWords table) {
  static const PerFormat<std::vector<HeaderWord>> requests([](const FormatModel& m) {
    return header_words(m.table("requests").header, m.request_columns);
  });
  static const PerFormat<std::vector<HeaderWord>> review([](const FormatModel& m) {
    return header_words(m.table("review_litigation").header, m.review_columns);
  });
  return table == TableWithWords::requests ? requests[model] : review[model];
}

// The columns the text names, in order; false when it holds anything but header words.
bool parse_words(const std::string& compact, const std::vector<HeaderWord>& words, std::vector<size_t>& named) {
  for (size_t at = 0; at < compact.size();) {
    const auto word = std::find_if(words.begin(), words.end(), [&](const HeaderWord& w) {
      return !w.compact.empty() && compact.compare(at, w.compact.size(), w.compact) == 0;
    });
    if (word == words.end()) return false;
    if (word->column >= 0) named.push_back(static_cast<size_t>(word->column));
    at += word->compact.size();
  }
  return true;
}

}  // namespace

NamedColumns named_columns(std::string_view norm, const FormatModel& model, TableWithWords table,
                           const std::vector<NumberToken>& tokens) {
  NamedColumns out;
  out.column.assign(tokens.size(), -1);
  const auto& words = words_of(model, table);
  std::vector<size_t> pending;
  size_t next = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].nb < tokens[i - 1].ne) return NamedColumns{};
    const std::string_view between = norm.substr(tokens[i - 1].ne, tokens[i].nb - tokens[i - 1].ne);
    // Most numbers stand apart by blanks alone: nothing to compact.
    const std::string gap =
        only_white_space(between) ? std::string() : compact_label(std::string(between));
    if (!gap.empty()) {
      std::vector<size_t> now;
      if (!parse_words(gap, words, now)) return NamedColumns{};
      if (!now.empty()) {
        out.left_over = out.left_over || next < pending.size();
        pending = std::move(now);
        next = 0;
        out.said = true;
      }
    }
    if (next < pending.size()) out.column[i] = static_cast<long>(pending[next++]);
  }
  if (!out.said) return NamedColumns{};
  return out;
}

bool words_contradict_text_order(const NamedColumns& named, size_t columns) {
  if (!named.said || columns == 0) return false;
  if (named.left_over) return true;
  for (size_t i = 0; i < named.column.size(); ++i)
    if (named.column[i] >= 0 && named.column[i] != static_cast<long>(i % columns)) return true;
  return false;
}

ColumnWordOrder order_by_column_words(std::string_view norm, const FormatModel& model, std::vector<NumberToken>& tokens) {
  const size_t n = model.request_columns.size();
  if (tokens.size() != n || n < 2) return ColumnWordOrder::none;
  const NamedColumns named = named_columns(norm, model, TableWithWords::requests, tokens);
  if (!named.said) return ColumnWordOrder::none;
  if (!words_contradict_text_order(named, n)) return ColumnWordOrder::agrees;
  if (named.left_over) return ColumnWordOrder::contradicts;
  // Each column named once, the unnamed numbers before the named ones.
  std::vector<bool> taken(n, false);
  bool seen_named = false;
  for (size_t i = 0; i < n; ++i) {
    const long c = named.column[i];
    if (c < 0) {
      if (seen_named) return ColumnWordOrder::contradicts;
      continue;
    }
    seen_named = true;
    if (taken[static_cast<size_t>(c)]) return ColumnWordOrder::contradicts;
    taken[static_cast<size_t>(c)] = true;
  }
  std::vector<NumberToken> placed(n);
  size_t free_column = 0;
  for (size_t i = 0; i < n; ++i) {
    if (named.column[i] >= 0) {
      placed[static_cast<size_t>(named.column[i])] = tokens[i];
      continue;
    }
    while (taken[free_column]) ++free_column;
    placed[free_column++] = tokens[i];
  }
  tokens = std::move(placed);
  return ColumnWordOrder::placed;
}

}  // namespace xxgk
