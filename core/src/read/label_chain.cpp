#include "read/label_chain.h"

#include <algorithm>

#include "text/utf8.h"
#include "xxgk/text.h"

namespace xxgk {
namespace {

constexpr size_t kMaxGap = 4000;        // compact bytes between consecutive rows of one table
constexpr double kHanPenalty = 0.35;    // per Han character between two labels
constexpr double kSkippedRowPenalty = 1.5;
// A label the chain could not match (wrapped around a group label, printed with typos) leaves its
// text between two rows: beyond a few characters, more such text says nothing new.
constexpr double kMaxHanPenalty = 4.0;

bool ends_with(const std::string& s, size_t end, const std::string& suffix) {
  return end >= suffix.size() && s.compare(end - suffix.size(), suffix.size(), suffix) == 0;
}

struct Occurrence {
  size_t row;
  ChainMatch match;
};

// Numbering forms accepted before a label numbered `number` ("(七)" → "(七)", "七、", ...).
std::vector<std::string> numbering_forms(const std::string& number) {
  if (number.empty()) return {};
  if (number.front() == '(') {  // "(七)"
    const std::string inner = number.substr(1, number.size() - 2);
    return {number + "、", number, inner + "、", inner + ")", inner + "."};
  }
  if (number[0] >= '0' && number[0] <= '9')
    return {number + ".", number + "、", number + ",", "(" + number + ")", number + ")"};
  return {number + "、", number + ".", number + ","};
}

}  // namespace

std::string compact_label(const std::string& label) {
  const std::string norm = normalize(label).norm;
  std::string out;
  size_t len = 0;
  for (size_t i = 0; i < norm.size(); i += len)
    if (!dropped_in_compact(utf8::decode(norm, i, len))) out.append(norm, i, len);
  return out;
}

std::vector<std::string> label_parts(const std::string& label) {
  const std::string norm = normalize(label).norm;
  std::vector<std::string> parts;
  std::string part;
  size_t len = 0;
  for (size_t i = 0; i <= norm.size(); i += len) {
    const char32_t c = i < norm.size() ? utf8::decode(norm, i, len) : U'(';
    if (i == norm.size()) len = 1;
    const bool stop = c == U'(' || c == U')' || c == U':' || c == U',' || c == U'、' || c == U';' || c == U'。';
    if (!stop) { part.append(norm, i, len); continue; }
    if (!part.empty()) parts.push_back(part);
    part.clear();
  }
  return parts;
}

ChainRow make_chain_row(const std::vector<std::string>& labels, const std::string& number, bool data) {
  ChainRow r;
  for (const auto& l : labels) r.labels.push_back(compact_label(l));
  r.numbering = numbering_forms(number);
  r.data = data;
  // Two-character labels ("总计", "其他") occur everywhere: only with their numbering.
  r.number_required = !number.empty() && utf8::length(r.labels.front()) <= 2;
  const std::string& first = r.labels.front();
  const size_t chars = utf8::length(first);
  if (!number.empty() && chars >= 6) {
    size_t keep = std::max<size_t>(4, (chars + 1) / 2), bytes = 0, len = 0;
    for (size_t k = 0; k < keep; ++k, bytes += len) utf8::decode(first, bytes, len);
    r.prefix = first.substr(0, bytes);
  }
  return r;
}

void chain_labels(const std::vector<ChainRow>& rows, std::vector<std::string>& out) {
  for (const auto& r : rows) {
    out.insert(out.end(), r.labels.begin(), r.labels.end());
    if (!r.prefix.empty()) out.push_back(r.prefix);
  }
}

ChainText::ChainText(const CompactText& compact, const NeedleIndex& index,
                     const std::vector<std::string>& header_words, size_t cap_per_label)
    : text(compact), scan(compact.str(), index, cap_per_label) {
  const std::string& s = compact.str();
  std::vector<bool> header(s.size() + 1, false);
  for (const auto& w : header_words)
    for (size_t p : scan.positions(w))
      std::fill(header.begin() + static_cast<long>(p), header.begin() + static_cast<long>(p + w.size()), true);
  han_before.assign(s.size() + 1, 0);
  for (size_t i = 0; i < s.size(); ++i)
    han_before[i + 1] = han_before[i] + ((!header[i] && compact.han_between(i, i + 1) > 0) ? 1 : 0);
  // Text between a label and the first number after it is the label's own remainder (a long
  // label wrapped in its cell, a parenthetical note): only text after a number is penalised.
  next_digit.assign(s.size() + 1, static_cast<uint32_t>(s.size()));
  for (size_t i = s.size(); i-- > 0;)
    next_digit[i] = (s[i] >= '0' && s[i] <= '9') ? static_cast<uint32_t>(i) : next_digit[i + 1];
}

Chain find_chain(const ChainText& ct, const std::vector<ChainRow>& rows) {
  const std::string& s = ct.text.str();
  const NeedleScan& scan = ct.scan;
  const auto& han_before = ct.han_before;
  const auto& next_digit = ct.next_digit;
  std::vector<Occurrence> occ;
  for (size_t r = 0; r < rows.size(); ++r) {
    auto add = [&](const std::string& label, double base, bool need_number) {
      for (size_t p : scan.positions(label)) {
        ChainMatch m;
        m.begin = m.label_begin = p;
        m.end = p + label.size();
        m.score = base + 0.05 * static_cast<double>(label.size());
        for (const auto& form : rows[r].numbering) {
          if (ends_with(s, p, form)) {
            m.begin = p - form.size();
            m.score += 0.75;
            break;
          }
        }
        if (need_number && m.begin == p) continue;
        occ.push_back({r, m});
      }
    };
    for (const auto& label : rows[r].labels) add(label, 2.0, rows[r].number_required);
    if (!rows[r].prefix.empty()) add(rows[r].prefix, 1.0, true);
  }
  std::sort(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.match.begin != b.match.begin ? a.match.begin < b.match.begin : a.match.end > b.match.end;
  });

  // best[k]: best chain ending with occ[k].
  std::vector<double> best(occ.size());
  std::vector<long> parent(occ.size(), -1);
  size_t window_start = 0;
  for (size_t k = 0; k < occ.size(); ++k) {
    const auto& cur = occ[k];
    best[k] = cur.match.score;
    while (window_start < k && occ[window_start].match.end + kMaxGap < cur.match.begin) ++window_start;
    for (size_t j = window_start; j < k; ++j) {
      const auto& prev = occ[j];
      if (prev.row >= cur.row || prev.match.end > cur.match.begin) continue;
      size_t skipped = 0;
      for (size_t r = prev.row + 1; r < cur.row; ++r) skipped += rows[r].data ? 1 : 0;
      const double han = static_cast<double>(han_before[cur.match.begin] -
                                             han_before[std::min<size_t>(next_digit[prev.match.end], cur.match.begin)]);
      const double penalty = kSkippedRowPenalty * static_cast<double>(skipped) + std::min(kMaxHanPenalty, kHanPenalty * han);
      const double candidate = best[j] - penalty + cur.match.score;
      if (candidate > best[k]) {
        best[k] = candidate;
        parent[k] = static_cast<long>(j);
      }
    }
  }

  Chain chain;
  chain.rows.resize(rows.size());
  if (occ.empty()) return chain;
  size_t top = 0;
  for (size_t k = 1; k < occ.size(); ++k)
    if (best[k] > best[top]) top = k;
  chain.score = best[top];
  for (long k = static_cast<long>(top); k >= 0; k = parent[static_cast<size_t>(k)]) {
    chain.rows[occ[static_cast<size_t>(k)].row] = occ[static_cast<size_t>(k)].match;
    ++chain.matched;
  }
  return chain;
}

}  // namespace xxgk
