#pragma once
// How much of this year's narrative repeats last year's: sentence by sentence, after
// normalisation (the metric text_reuse and the rule cross_year.text_reuse).
#include <cstddef>
#include <string>
#include <vector>

#include "xxgk/report.h"

namespace xxgk {

struct TextReuse {
  size_t repeated = 0, total = 0;   // characters of this year's sentences: repeated, all
  Span passage;                     // the longest run of repeated sentences
  std::string passage_text;         // its text (normalised)
  size_t passage_length = 0;        // its characters
};

// Sentences of the sections numbered `sections` in both reports. A sentence counts by its
// characters with blanks and punctuation dropped and every run of digits as one character, the
// same way on both sides, so "2024年" repeats "2023年"; sentences shorter than a few characters
// ("无。") are left out of both counts.
TextReuse measure_text_reuse(const Report& now, const Report& before, const std::vector<int>& sections);

}  // namespace xxgk
