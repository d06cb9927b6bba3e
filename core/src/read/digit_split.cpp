#include "read/digit_split.h"

#include <algorithm>

namespace xxgk {
namespace {

constexpr size_t kMaxDigitsPerCell = 9;

class Splitter {
 public:
  Splitter(const std::vector<std::string>& tokens, size_t cells, const std::vector<LocalEquation>& eqs,
           size_t max_candidates, size_t max_steps, const std::vector<bool>& whole)
      : tokens_(tokens), whole_(whole), cells_(cells), max_candidates_(max_candidates), max_steps_(max_steps) {
    // An equation is checked as soon as its last cell is assigned.
    due_.resize(cells);
    for (const auto& eq : eqs) {
      size_t last = 0;
      for (size_t i : eq.lhs) last = std::max(last, i);
      for (size_t i : eq.rhs) last = std::max(last, i);
      if (last < cells) due_[last].push_back(&eq);
    }
    pieces_.resize(cells);
    values_.resize(cells);
    remaining_digits_.assign(tokens.size() + 1, 0);
    for (size_t t = tokens.size(); t-- > 0;) remaining_digits_[t] = remaining_digits_[t + 1] + tokens[t].size();
  }

  SplitResult run() {
    if (cells_ == 0 || tokens_.empty()) return result_;
    walk(0, 0);
    return std::move(result_);
  }

 private:
  bool budget_left() {
    if (++steps_ > max_steps_) { result_.exhausted = true; return false; }
    return result_.candidates.size() < max_candidates_;
  }

  bool equations_hold(size_t cell) const {
    for (const auto* eq : due_[cell]) {
      int64_t l = 0, r = 0;
      for (size_t i : eq->lhs) l += values_[i];
      for (size_t i : eq->rhs) r += values_[i];
      if (l != r) return false;
    }
    return true;
  }

  // Places the digits of token t starting at digit d; the next piece is cell placed_.
  void walk(size_t t, size_t d) {
    if (!budget_left()) return;
    if (t == tokens_.size()) {
      if (placed_ == cells_) result_.candidates.emplace_back(pieces_.begin(), pieces_.begin() + static_cast<long>(placed_));
      return;
    }
    const std::string& tok = tokens_[t];
    const size_t cells_left = cells_ - placed_;
    const size_t digits_left = remaining_digits_[t] - d;
    if (cells_left == 0 || digits_left < cells_left || digits_left > cells_left * kMaxDigitsPerCell) return;
    const bool whole = d == 0 && t < whole_.size() && whole_[t];  // inside a token: not a whole one
    if (whole && (tok.size() > kMaxDigitsPerCell || (tok[0] == '0' && tok.size() > 1))) return;
    const size_t max_len = whole ? tok.size() : tok[d] == '0' ? 1 : std::min(kMaxDigitsPerCell, tok.size() - d);
    const size_t min_len = whole ? tok.size() : 1;
    const size_t cell = placed_++;
    int64_t value = 0;
    for (size_t len = 1; len < min_len; ++len) value = value * 10 + (tok[d + len - 1] - '0');
    for (size_t len = min_len; len <= max_len; ++len) {
      value = value * 10 + (tok[d + len - 1] - '0');
      pieces_[cell] = DigitPiece{t, d, len, value};
      values_[cell] = value;
      if (equations_hold(cell)) {
        if (d + len == tok.size()) walk(t + 1, 0);
        else walk(t, d + len);
      }
      if (result_.candidates.size() >= max_candidates_ || result_.exhausted) break;
    }
    --placed_;
  }

  const std::vector<std::string>& tokens_;
  const std::vector<bool>& whole_;
  size_t cells_;
  size_t max_candidates_, max_steps_;
  size_t steps_ = 0;
  std::vector<std::vector<const LocalEquation*>> due_;
  std::vector<size_t> remaining_digits_;
  std::vector<DigitPiece> pieces_;  // cells_ of them; the first placed_ are set
  std::vector<int64_t> values_;     // their values, side by side for the equations
  size_t placed_ = 0;
  SplitResult result_;
};

}  // namespace

SplitResult split_digit_runs(const std::vector<std::string>& tokens, size_t cells,
                             const std::vector<LocalEquation>& equations, size_t max_candidates, size_t max_steps,
                             const std::vector<bool>& whole) {
  return Splitter(tokens, cells, equations, max_candidates, max_steps, whole).run();
}

}  // namespace xxgk
