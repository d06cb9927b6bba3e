#include "read/label_chain.h"

#include <algorithm>

#include "read/runs.h"
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

// Han characters of a row's longest label (the statutory one, as most tables print it).
size_t longest_label_han(const ChainRow& row) {
  size_t longest = 0;
  for (const auto& label : row.labels) {
    size_t han = 0, len = 0;
    for (size_t i = 0; i < label.size(); i += len) han += is_han(utf8::decode(label, i, len)) ? 1 : 0;
    longest = std::max(longest, han);
  }
  return longest;
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
    size_t keep = std::max<size_t>(4, (chars + 2) / 3), bytes = 0, len = 0;
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

ChainText::ChainText(std::string_view norm, const CompactText& compact, const NeedleIndex& index,
                     const std::vector<std::string>& header_words, size_t cap_per_label)
    : text(compact), scan(compact.str(), index, cap_per_label) {
  const std::string& s = compact.str();
  // Header words are expected between rows: their Han characters are set apart, a word at a time.
  std::vector<uint64_t> header(s.size() / 64 + 1, 0);
  auto expected = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) header[i / 64] |= uint64_t{1} << (i % 64);
  };
  for (const auto& w : header_words)
    for (size_t p : scan.positions(w)) expected(p, p + w.size());
  // So is a page's furniture: a table crossing pages has it between two rows.
  for (const auto& [b, e] : furniture_lines(norm)) expected(compact.from_norm(b), compact.from_norm(e));
  std::vector<uint64_t> unexpected(header.size()), digits(header.size());
  for (size_t w = 0; w < header.size(); ++w) {
    unexpected[w] = compact.han_ends().words()[w] & ~header[w];
    // Text between a label and the first number after it is the label's own remainder (a long
    // label wrapped in its cell, a parenthetical note): only text after a number is penalised.
    uint64_t d = 0;
    for (size_t i = w * 64; i < std::min(s.size(), w * 64 + 64); ++i) d |= uint64_t{s[i] >= '0' && s[i] <= '9'} << (i % 64);
    digits[w] = d;
  }
  unexpected_han_ = text::BitRank(std::move(unexpected), s.size());
  digits_ = text::BitRank(std::move(digits), s.size());
}

Chain find_chain(const ChainText& ct, const std::vector<ChainRow>& rows) {
  const std::string& s = ct.text.str();
  const NeedleScan& scan = ct.scan;
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

  std::vector<size_t> data_rows_before(rows.size() + 1, 0), label_han_before(rows.size() + 1, 0);
  for (size_t r = 0; r < rows.size(); ++r) {
    data_rows_before[r + 1] = data_rows_before[r] + (rows[r].data ? 1 : 0);
    label_han_before[r + 1] = label_han_before[r] + longest_label_han(rows[r]);
  }
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
      const size_t skipped = data_rows_before[cur.row] - data_rows_before[prev.row + 1];
      const double skip_penalty = kSkippedRowPenalty * static_cast<double>(skipped);
      // The text between them only lowers the candidate: when it cannot win anyway, it is not counted.
      if (best[j] - skip_penalty + cur.match.score <= best[k]) continue;
      // Text between two rows where rows were skipped is first of all those rows' labels, printed
      // so that they were not matched (typos, wrapped around a group label): only the rest counts.
      const size_t between =
          ct.unexpected_han(std::min<size_t>(ct.next_digit(prev.match.end), cur.match.begin), cur.match.begin);
      const size_t skipped_labels = label_han_before[cur.row] - label_han_before[prev.row + 1];
      const double han = static_cast<double>(between > skipped_labels ? between - skipped_labels : 0);
      const double penalty = skip_penalty + std::min(kMaxHanPenalty, kHanPenalty * han);
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
  // A chain that goes on from the best one and scores as well is the same table with more of its
  // rows (their labels paid for the furniture between them): it is taken.
  const auto descends_from = [&](size_t k, size_t ancestor) {
    for (long a = parent[k]; a >= 0; a = parent[static_cast<size_t>(a)])
      if (static_cast<size_t>(a) == ancestor) return true;
    return false;
  };
  for (size_t k = top + 1; k < occ.size(); ++k)
    if (best[k] >= best[top] - 1e-9 && descends_from(k, top)) top = k;
  chain.score = best[top];
  for (long k = static_cast<long>(top); k >= 0; k = parent[static_cast<size_t>(k)]) {
    chain.rows[occ[static_cast<size_t>(k)].row] = occ[static_cast<size_t>(k)].match;
    ++chain.matched;
  }
  return chain;
}

}  // namespace xxgk
