#pragma once
// Splits glued digit runs ("40230000633" = 40,23,0,0,0,0,63 in a PDF copy) into a row's cells
// so that the row's own relations hold. Every split that fits is returned: the caller chooses
// with the relations across rows and says when a choice was left.
#include <cstdint>
#include <string>
#include <vector>

namespace xxgk {

// sum(cells[lhs]) == sum(cells[rhs]), cell indices of the row being split.
struct LocalEquation {
  std::vector<size_t> lhs, rhs;
};

struct DigitPiece {
  size_t token = 0;       // index of the token the digits come from
  size_t first = 0;       // first digit index within that token
  size_t count = 0;       // number of digits
  int64_t value = 0;
};

struct SplitResult {
  std::vector<std::vector<DigitPiece>> candidates;  // each: one piece per cell
  bool exhausted = false;  // the search hit its bound: candidates may be incomplete
};

// tokens: digit strings in text order (spaces between them are kept as boundaries).
// Returns the splits into `cells` pieces (no leading zero except "0" itself, at most 9 digits)
// that satisfy every equation (pass none for every split the digits allow). `whole[t]`: token t is
// one number, never split (a number alone on its line).
constexpr size_t kSplitCandidates = 12;   // splits returned at most, by default
constexpr size_t kSplitSteps = 200000;    // search steps at most, by default
SplitResult split_digit_runs(const std::vector<std::string>& tokens, size_t cells,
                             const std::vector<LocalEquation>& equations, size_t max_candidates = kSplitCandidates,
                             size_t max_steps = kSplitSteps, const std::vector<bool>& whole = {});

}  // namespace xxgk
