#pragma once
// Finds a table's rows in the text by their labels, in the model's order. Each label may occur
// many times (the narrative quotes them too); the chain kept is the one whose consecutive labels
// sit closest together with the least text between them, as the rows of a real table do.
#include <optional>
#include <string>
#include <vector>

#include "parse/compact.h"

namespace xxgk {

struct ChainRow {
  std::vector<std::string> labels;  // label variants (normalised, no white space)
  std::string number;               // numbering printed before the label: "一", "(三)", "2", or ""
  bool number_required = false;     // short labels ("总计", "其他") only count with their numbering
  bool data = true;                 // group rows only delimit; skipping them costs nothing
};

struct ChainMatch {
  size_t begin = 0;  // compact position of the numbering (or of the label when none)
  size_t label_begin = 0;
  size_t end = 0;    // compact position after the label
  double score = 0;
};

struct Chain {
  std::vector<std::optional<ChainMatch>> rows;  // one per ChainRow
  double score = 0;
  size_t matched = 0;
};

// header_words: the table's header texts; between two labels they are expected, not penalised.
// What every chain search over one text shares: where the labels are, and, as prefix counts,
// the Han characters that are not header words (header text between labels is expected).
struct ChainText {
  // `index` holds every label and header word; header_words says which are header words.
  ChainText(const CompactText& text, const NeedleIndex& index, const std::vector<std::string>& header_words,
            size_t cap_per_label);
  const CompactText& text;
  NeedleScan scan;
  std::vector<uint32_t> han_before;  // unexpected Han characters before each compact position
  std::vector<uint32_t> next_digit;  // position of the first digit at or after each position
};

Chain find_chain(const ChainText& text, const std::vector<ChainRow>& rows);
// The labels of these rows (for ChainText).
void chain_labels(const std::vector<ChainRow>& rows, std::vector<std::string>& out);

// Numbering forms accepted before a label numbered `number` ("(七)" → "(七)", "七、", ...).
std::vector<std::string> numbering_forms(const std::string& number);

}  // namespace xxgk
