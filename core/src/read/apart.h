#pragma once
// A cell printed apart from its row, under its own column's header word (plain pdftotext of a PDF
// whose right-hand column stands at the page's edge: "总 计" / "218" after other rows, "本年增/减"
// / "37" after the table).
#include <optional>
#include <string>
#include <vector>

#include "read/runs.h"
#include "read/table_reader.h"

namespace xxgk {

// The number alone on its line right after `word` (a header word, compact), the first such word in
// the compact text from `from` (compact position) before `to` (normalised position) that is not
// inside one of `labels` (row labels may hold the word: "(七)总计"). `*after`: the compact
// position after the number.
std::optional<NumberToken> number_under_word(const ReadContext& ctx, const std::string& word, size_t from, size_t to,
                                             const std::vector<Anchor>& labels, size_t* after);

}  // namespace xxgk
