// xxgk-lint: checks 政府信息公开工作年度报告 files, folders or stdin with the core library.
#include <cstdio>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "args.h"
#include "batch.h"
#include "files.h"
#include "input.h"
#include "output.h"
#include "progress.h"
#include "record_sink.h"
#include "rollup_command.h"
#include "xxgk/check.h"
#include "xxgk/pairing.h"
#include "xxgk/sheets.h"
#include "xlsx_writer.h"

namespace {

using namespace xxgk_cli;

struct Slot {
  std::string out;   // this input's record on stdout
  std::vector<xxgk::SummaryValue> summary;  // its row of the --xlsx summary
  std::vector<xxgk::Sheet> tables;          // a single report's tables, for --xlsx
  std::string err;   // one-line stderr message, or empty
  int code = 0;      // 0, 1 or 2
};

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// The record of an input in the chosen output format.
std::string format_record(const Args& args, bool single, const Record& record) {
  switch (args.format) {
    case Format::json:
      if (single && record.result) return format_json(*record.result);
      return single ? format_json_record(record) + "\n" : format_json_record(record);
    case Format::jsonl: return format_jsonl(record);
    case Format::csv: return format_csv(record);
    case Format::text: return format_text(record, args.quiet);
  }
  return "";
}

// Each input's previous-year input (an index), or -1: the year pairs of a batch, by agency and
// year from each report's meta (the core pairs them; read here only to know them).
std::vector<int> year_pairs(const std::vector<InputRef>& inputs, unsigned threads) {
  std::vector<xxgk::ReportIdentity> ids(inputs.size());
  run_ordered(
      inputs.size(), threads,
      [&](size_t i) {
        // Standard input can be read only once: it is checked, not paired.
        if (!inputs[i].problem.empty() || inputs[i].path == "-") return;
        try {
          Input in = read_input(inputs[i].path);
          if (in.ok) ids[i] = xxgk::read_identity(in.document);
        } catch (const std::exception&) {
          // Unpaired: the check itself says what is wrong with the input.
        }
      },
      [](size_t) {}, [](size_t) {});
  return xxgk::pair_previous_years(ids);
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse_args(argc, argv);
  if (args.help) {
    std::fputs(usage(), stdout);
    return 0;
  }
  if (args.version) {
    std::printf("xxgk-lint %s\n", xxgk::version());
    return 0;
  }
  if (args.list_rules) {
    std::printf("%s\n", xxgk::rules_json().c_str());
    return 0;
  }
  if (args.rules_doc) {
    std::fputs(xxgk::rules_markdown().c_str(), stdout);
    return 0;
  }
  if (args.metrics_doc) {
    std::fputs(xxgk::metrics_markdown().c_str(), stdout);
    return 0;
  }
  if (args.model) {
    std::printf("%s\n", xxgk::model_json().c_str());
    return 0;
  }
  if (!args.error.empty()) {
    std::fprintf(stderr, "xxgk-lint: %s\n%s", args.error.c_str(), usage());
    return 2;
  }

  if (args.rollup) return run_rollup(args);

  int worst = 0;
  xxgk::Options options;
  if (!args.previous.empty()) {
    Input prev = read_input(args.previous);
    if (prev.ok) {
      options.previous = std::move(prev.document);
    } else {
      // Each report is checked without the cross-year checks; its cross_year.previous_unreadable
      // finding says why.
      options.previous_unreadable = prev.error;
      std::fprintf(stderr, "xxgk-lint: 无法读取上一年度报告 %s：%s；各报告未做跨年度核对\n",
                   display_name(args.previous).c_str(), prev.error.c_str());
      worst = 2;
    }
  }

  const std::vector<InputRef> inputs = expand_inputs(args.inputs);
  if (inputs.empty()) {
    std::fprintf(stderr, "xxgk-lint: 指定的目录中没有可检查的文件（.txt .md .html .htm .docx .pdf）\n");
    return 2;
  }
  // A bare contract object only for exactly one file argument; otherwise a JSON array.
  const bool single = args.inputs.size() == 1 && inputs.size() == 1 && inputs[0].path == args.inputs[0];

  unsigned threads = args.jobs ? args.jobs : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;

  // Several inputs without --previous: each is checked against its own previous year when the
  // batch has it.
  const bool pairing = args.previous.empty() && !args.print_text && inputs.size() > 1;
  const std::vector<int> previous_of = pairing ? year_pairs(inputs, threads) : std::vector<int>(inputs.size(), -1);

  std::vector<Slot> slots(inputs.size());
  Progress progress(inputs.size(), !args.quiet);
  const bool records = !args.print_text;  // --print-text prints texts, not records

  begin_records(records && args.format == Format::json && !single ? Framing::json_array : Framing::none);
  if (records && args.format == Format::csv) write_record(csv_header());

  auto work = [&](size_t i) {
    Slot& s = slots[i];
    const std::string name = display_name(inputs[i].path);
    auto unreadable = [&](const std::string& verb, const std::string& why) {
      s.err = "xxgk-lint: " + verb + " " + name + "：" + why;
      s.code = 2;
      if (records) s.out = format_record(args, single, Record{name, nullptr, why, {}, {}});
      if (!args.xlsx.empty()) s.summary = xxgk::summary_row(Record{name, nullptr, why, {}, {}});
    };
    if (!inputs[i].problem.empty()) return unreadable("无法读取文件", inputs[i].problem);
    try {
      Input in = read_input(inputs[i].path);
      if (!in.ok) return unreadable("无法读取文件", in.error);
      if (args.print_text) {
        s.out = std::move(in.document.text);
        return;
      }
      xxgk::Options own = options;
      std::string previous_file;
      if (previous_of[i] >= 0) {
        Input prev = read_input(inputs[static_cast<size_t>(previous_of[i])].path);
        if (prev.ok) {
          own.previous = std::move(prev.document);
          previous_file = display_name(inputs[static_cast<size_t>(previous_of[i])].path);
        }
      }
      const xxgk::Result r = xxgk::check(in.document, own);
      in.document = {};
      s.code = has_error(r) ? 1 : 0;
      const Record record{name, &r, {}, in.sha256, previous_file};
      s.out = format_record(args, single, record);
      if (!args.xlsx.empty()) {
        s.summary = xxgk::summary_row(record);
        if (inputs.size() == 1) s.tables = xxgk::table_sheets(r);
      }
    } catch (const std::bad_alloc&) {
      unreadable("无法检查文件", "内存不足");
    } catch (const std::exception&) {
      unreadable("无法检查文件", "内部错误");
    }
  };
  bool output_failed = false;
  std::vector<std::vector<xxgk::SummaryValue>> summary;
  std::vector<xxgk::Sheet> tables;
  auto deliver = [&](size_t i) {
    Slot& s = slots[i];
    if (!s.summary.empty()) summary.push_back(std::move(s.summary));
    for (auto& sheet : s.tables) tables.push_back(std::move(sheet));
    if (!s.err.empty()) progress.message(s.err);
    if (!write_record(s.out)) output_failed = true;
    if (s.code > worst) worst = s.code;
    s = Slot{};
  };
  run_ordered(inputs.size(), threads, work, deliver, [&](size_t done) { progress.update(done); });
  progress.clear();

  if (!end_records()) output_failed = true;
  if (!args.xlsx.empty()) {
    std::string error;
    if (!xxgk_xlsx::write_workbook(xxgk::workbook_sheets(summary, std::move(tables)), args.xlsx, error)) {
      std::fprintf(stderr, "xxgk-lint: %s：%s\n", args.xlsx.c_str(), error.c_str());
      worst = 2;
    }
  }
  if (output_failed) {
    std::fprintf(stderr, "xxgk-lint: 写入标准输出失败，结果不完整\n");
    return 2;
  }
  return worst;
}
