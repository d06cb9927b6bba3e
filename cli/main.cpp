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
#include "xxgk/check.h"

namespace {

using namespace xxgk_cli;

struct Slot {
  std::string out;   // stdout text for this input
  std::string err;   // one-line stderr message, or empty
  int code = 0;      // 0, 1 or 2
};

void write_out(const std::string& s) {
  if (!s.empty()) std::fwrite(s.data(), 1, s.size(), stdout);
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

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
  if (args.model) {
    std::printf("%s\n", xxgk::model_json().c_str());
    return 0;
  }
  if (!args.error.empty()) {
    std::fprintf(stderr, "xxgk-lint: %s\n%s", args.error.c_str(), usage());
    return 2;
  }

  xxgk::Options options;
  if (!args.previous.empty()) {
    Input prev = read_input(args.previous);
    if (!prev.ok) {
      std::fprintf(stderr, "xxgk-lint: 无法读取上一年度报告 %s：%s\n", display_name(args.previous).c_str(),
                   prev.error.c_str());
      return 2;
    }
    options.previous = std::move(prev.document);
  }

  const std::vector<std::string> files = expand_inputs(args.inputs);
  if (files.empty()) {
    std::fprintf(stderr, "xxgk-lint: 指定的目录中没有可检查的文件（.txt .md .html .htm .docx .pdf）\n");
    return 2;
  }
  // A bare contract object only for exactly one file argument; otherwise a JSON array.
  bool single = args.inputs.size() == 1 && files.size() == 1 && files[0] == args.inputs[0];

  unsigned threads = args.jobs ? args.jobs : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;

  std::vector<Slot> slots(files.size());
  Progress progress(files.size(), !args.quiet);
  int worst = 0;
  size_t json_items = 0;

  const bool json_array = args.format == Format::json && !single && !args.print_text;
  if (args.format == Format::csv && !args.print_text) write_out(csv_header());
  if (json_array) write_out("[\n");

  auto work = [&](size_t i) {
    Slot& s = slots[i];
    const std::string name = display_name(files[i]);
    try {
      Input in = read_input(files[i]);
      if (!in.ok) {
        s.err = "xxgk-lint: 无法读取文件 " + name + "：" + in.error;
        s.code = 2;
        return;
      }
      if (args.print_text) {
        s.out = std::move(in.document.text);
        return;
      }
      const xxgk::Result r = xxgk::check(in.document, options);
      in.document = {};
      s.code = has_error(r) ? 1 : 0;
      switch (args.format) {
        case Format::json: s.out = single ? format_json(r) : format_json_with_file(name, r); break;
        case Format::jsonl: s.out = format_jsonl(name, r); break;
        case Format::csv: s.out = format_csv(name, r); break;
        case Format::text: s.out = format_text(name, r, args.quiet); break;
      }
    } catch (const std::bad_alloc&) {
      s.err = "xxgk-lint: 无法检查文件 " + name + "：内存不足";
      s.code = 2;
    } catch (const std::exception& e) {
      s.err = "xxgk-lint: 无法检查文件 " + name + "：内部错误（" + e.what() + "）";
      s.code = 2;
    }
  };
  auto deliver = [&](size_t i) {
    Slot& s = slots[i];
    if (!s.err.empty()) progress.message(s.err);
    if (!s.out.empty()) {
      if (json_array) write_out(json_items++ ? ",\n" : "");
      write_out(s.out);
    }
    if (s.code > worst) worst = s.code;
    s = Slot{};
  };
  run_ordered(files.size(), threads, work, deliver, [&](size_t done) { progress.update(done); });
  progress.clear();

  if (json_array) write_out(json_items ? "\n]\n" : "]\n");
  std::fflush(stdout);
  return worst;
}
