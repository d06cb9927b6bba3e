#pragma once
// Finds a table's rows in the text by their labels, in the model's order. Each label may occur
// many times (the narrative quotes them too); the chain kept is the one whose consecutive labels
// sit closest together with the least text between them, as the rows of a real table do.
#include <optional>
#include <string>
#include <vector>

#include "text/compact.h"

namespace xxgk {

struct ChainRow {
  std::vector<std::string> labels;     // label variants (normalised, no white space or quotes)
  std::vector<std::string> numbering;  // forms of the numbering printed before the label
  bool number_required = false;        // short labels ("总计", "其他") only count with their numbering
  // The statutory label's first third (four characters at least): found only after the row's numbering, and scored below a
  // whole label. Catches labels printed with typos ("2.其他法律行政止公开") and labels whose
  // wrapped second line is cut off by the row's numbers ("5.要求行政机关确认或重新出具已 0 0 …").
  std::string prefix;
  bool data = true;                    // group rows only delimit; skipping them costs nothing
};

// A chain row for labels (as printed in the format model) and a numbering ("一", "(三)", "2" or "").
ChainRow make_chain_row(const std::vector<std::string>& labels, const std::string& number, bool data);
// A label of the model (written as printed) as it is matched in the compact text: normalised
// like the report text, without what CompactText drops.
std::string compact_label(const std::string& label);
// The clauses of a printed label, split at its punctuation ("本年收费金额（单位：万元）" →
// 本年收费金额, 单位, 万元), normalised.
std::vector<std::string> label_parts(const std::string& label);

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

// What every chain search over one text shares: where the labels are, and, as prefix counts,
// the Han characters that are not header words (header text between labels is expected).
struct ChainText {
  // `index` holds every label and header word; header_words says which are header words.
  // `norm`: the text `text` compacts; its page furniture (a footer, a browser's print header) is
  // expected between rows too.
  ChainText(std::string_view norm, const CompactText& text, const NeedleIndex& index,
            const std::vector<std::string>& header_words, size_t cap_per_label);
  const CompactText& text;
  NeedleScan scan;
  // Han characters in [b, e) that are no header words: text between two rows that says they are
  // not one table's.
  size_t unexpected_han(size_t b, size_t e) const { return unexpected_han_.rank(e) - unexpected_han_.rank(b); }
  // The first digit at or after compact position i (the end of the text when none).
  size_t next_digit(size_t i) const { return digits_.next_one(i); }

 private:
  text::BitRank unexpected_han_;  // per compact byte: the last byte of a Han character, not a header word's
  text::BitRank digits_;          // per compact byte: a digit
};

Chain find_chain(const ChainText& text, const std::vector<ChainRow>& rows);
// The labels of these rows (for ChainText).
void chain_labels(const std::vector<ChainRow>& rows, std::vector<std::string>& out);

}  // namespace xxgk
