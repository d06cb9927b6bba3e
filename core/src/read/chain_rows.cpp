// Label chains of tables 二 and 三 built from the format model, and the format fit score.
#include "format/per_format.h"
#include "read/table_reader.h"

namespace xxgk {
namespace {

std::vector<ChainRow> build_request_rows(const FormatModel& model) {
  std::vector<ChainRow> rows;
  for (const auto& r : model.request_rows) rows.push_back(make_chain_row(r.labels, r.number, r.data));
  return rows;
}

std::vector<ChainRow> build_active_rows(const FormatModel& model) {
  std::vector<ChainRow> rows;
  for (const auto& block : model.active) {
    rows.push_back(make_chain_row({block.caption(), block.display_caption()}, "", false));
    for (const auto& r : block.rows) rows.push_back(make_chain_row(r.labels, "", true));
  }
  return rows;
}

// The distinctive labels of each table, as matched.
struct Distinctive {
  std::vector<std::string> requests, active;
};

Distinctive build_distinctive(const FormatModel& model) {
  Distinctive d;
  for (const auto& l : model.distinctive_request_labels) d.requests.push_back(compact_label(l));
  for (const auto& l : model.distinctive_active_labels) d.active.push_back(compact_label(l));
  return d;
}

const Distinctive& distinctive(const FormatModel& model) {
  static const PerFormat<Distinctive> labels(build_distinctive);
  return labels[model];
}

}  // namespace

const std::vector<ChainRow>& request_chain_rows(const FormatModel& model) {
  static const PerFormat<std::vector<ChainRow>> rows(build_request_rows);
  return rows[model];
}

const std::vector<ChainRow>& active_chain_rows(const FormatModel& model) {
  static const PerFormat<std::vector<ChainRow>> rows(build_active_rows);
  return rows[model];
}

namespace {

// The words printed in a table's header (the model's), as matched.
std::vector<std::string> header_words(const FormatModel& model, const char* table) {
  std::vector<std::string> words;
  for (const auto& w : model.table(table).header_words)
    for (const auto& part : label_parts(w)) words.push_back(compact_label(part));
  return words;
}

}  // namespace

std::vector<std::string> table_labels(const std::vector<const FormatModel*>& models) {
  std::vector<std::string> labels;
  for (const auto* m : models) {
    chain_labels(request_chain_rows(*m), labels);
    chain_labels(active_chain_rows(*m), labels);
    for (const auto* list : {&distinctive(*m).active, &distinctive(*m).requests})
      labels.insert(labels.end(), list->begin(), list->end());
  }
  return labels;
}

std::vector<std::string> table_header_words(const std::vector<const FormatModel*>& models) {
  std::vector<std::string> words;
  for (const auto* m : models) {
    for (const char* table : {"requests", "active"})
      for (auto& w : header_words(*m, table)) words.push_back(w);
  }
  return words;
}

TableChains find_table_chains(const ChainText& text, const FormatModel& model) {
  TableChains t;
  t.requests = find_chain(text, request_chain_rows(model));
  t.active = find_chain(text, active_chain_rows(model));
  auto found = [&](const std::vector<std::string>& labels) {
    double n = 0;
    for (const auto& label : labels) n += text.scan.positions(label).empty() ? 0 : 4;
    return n;
  };
  t.requests_fit = t.requests.score + found(distinctive(model).requests);
  t.active_fit = t.active.score + found(distinctive(model).active);
  return t;
}

}  // namespace xxgk
