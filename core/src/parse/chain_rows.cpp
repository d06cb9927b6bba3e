// Label chains of tables 二 and 三 built from the format model, and the format fit score.
#include "parse/table_reader.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

// Labels are matched in the compact text: drop what CompactText drops.
std::string compact_label(const std::string& label) {
  std::string out;
  size_t len = 0;
  for (size_t i = 0; i < label.size(); i += len) {
    const char32_t c = utf8::decode(label, i, len);
    if (c == ' ' || c == U'“' || c == U'”' || c == '"' || c == '\'') continue;
    out.append(label, i, len);
  }
  return out;
}

ChainRow chain_row(const std::vector<std::string>& labels, const std::string& number, bool data) {
  ChainRow r;
  for (const auto& l : labels) r.labels.push_back(compact_label(l));
  r.number = number;
  r.data = data;
  // Two-character labels ("总计", "其他") occur everywhere: only with their numbering.
  r.number_required = !number.empty() && utf8::length(r.labels.front()) <= 2;
  return r;
}

using ChainRowsCache = std::vector<std::pair<const FormatModel*, std::vector<ChainRow>>>;

// Chain rows are built once per format model (the models are static).
ChainRowsCache build_cache(std::vector<ChainRow> (*build)(const FormatModel&)) {
  ChainRowsCache all;
  for (const auto* f : all_formats()) all.emplace_back(f, build(*f));
  return all;
}

const std::vector<ChainRow>& lookup(const ChainRowsCache& cache, const FormatModel& model) {
  for (const auto& entry : cache)
    if (entry.first == &model) return entry.second;
  static const std::vector<ChainRow> none;
  return none;
}

std::vector<ChainRow> build_request_rows(const FormatModel& model) {
  std::vector<ChainRow> rows;
  for (const auto& r : model.request_rows) rows.push_back(chain_row(r.labels, r.number, r.data));
  return rows;
}

std::vector<ChainRow> build_active_rows(const FormatModel& model) {
  std::vector<ChainRow> rows;
  for (const auto& block : model.active) {
    rows.push_back(chain_row({"第二十条第(" + block.item + ")项", "第二十条第" + block.item + "项"}, "", false));
    for (const auto& r : block.rows) rows.push_back(chain_row(r.labels, "", true));
  }
  return rows;
}

}  // namespace

const std::vector<ChainRow>& request_chain_rows(const FormatModel& model) {
  static const ChainRowsCache cache = build_cache(build_request_rows);
  return lookup(cache, model);
}

const std::vector<ChainRow>& active_chain_rows(const FormatModel& model) {
  static const ChainRowsCache cache = build_cache(build_active_rows);
  return lookup(cache, model);
}

namespace {

std::vector<std::string> request_header_words(const FormatModel& model) {
  std::vector<std::string> words = {"申请人情况", "法人或其他组织", "本列数据的勾稽关系为", "第一项加第二项之和",
                                    "等于第三项加第四项之和"};
  for (const auto& c : model.request_columns) words.push_back(compact_label(c.label));
  return words;
}

std::vector<std::string> active_header_words(const FormatModel& model) {
  std::vector<std::string> words = {"信息内容", "单位", "万元", "元"};
  for (const auto& block : model.active)
    for (const auto& c : block.columns) words.push_back(compact_label(c.label));
  return words;
}

}  // namespace

std::vector<std::string> table_labels(const std::vector<const FormatModel*>& models) {
  std::vector<std::string> labels;
  for (const auto* m : models) {
    chain_labels(request_chain_rows(*m), labels);
    chain_labels(active_chain_rows(*m), labels);
    for (const auto* list : {&m->distinctive_active_labels, &m->distinctive_request_labels})
      for (const auto& label : *list) labels.push_back(compact_label(label));
  }
  return labels;
}

std::vector<std::string> table_header_words(const std::vector<const FormatModel*>& models) {
  std::vector<std::string> words;
  for (const auto* m : models) {
    for (auto& w : request_header_words(*m)) words.push_back(w);
    for (auto& w : active_header_words(*m)) words.push_back(w);
  }
  return words;
}

TableChains find_table_chains(const ChainText& text, const FormatModel& model) {
  TableChains t;
  t.requests = find_chain(text, request_chain_rows(model));
  t.active = find_chain(text, active_chain_rows(model));
  auto found = [&](const std::vector<std::string>& labels) {
    double n = 0;
    for (const auto& label : labels) n += text.scan.positions(compact_label(label)).empty() ? 0 : 4;
    return n;
  };
  t.requests_fit = t.requests.score + found(model.distinctive_request_labels);
  t.active_fit = t.active.score + found(model.distinctive_active_labels);
  return t;
}

}  // namespace xxgk
