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
Chain find_chain(const CompactText& text, const std::vector<ChainRow>& rows,
                 const std::vector<std::string>& header_words = {});

// Numbering forms accepted before a label numbered `number` ("(七)" → "(七)", "七、", ...).
std::vector<std::string> numbering_forms(const std::string& number);

}  // namespace xxgk
