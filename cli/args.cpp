#include "args.h"

#include <cstdlib>

namespace xxgk_cli {

const char* usage() {
  return "用法：xxgk-lint [选项] 文件|目录|- ...\n"
         "      xxgk-lint rollup [--format text|json] 目录   本级汇总报告与下属单位报告之和逐格核对\n"
         "检查政府信息公开工作年度报告的统计表格与算术关系。\n"
         "目录会递归查找 .txt .md .html .htm .docx .pdf 文件；- 表示标准输入。\n"
         "每个输入最大 64 MB；命名管道、设备等特殊文件不读取。\n"
         "\n"
         "选项：\n"
         "  --format text|json|jsonl|csv  输出格式（默认 text）；json、jsonl、csv 中每个输入一条记录，\n"
         "                                无法读取的也有（status 为 unreadable，message 说明原因）\n"
         "  --previous 文件               同一机关上一年度的报告（跨年度核对）；不给时，多个输入中\n"
         "                                同一机关相邻年度的报告自动配对\n"
         "  --xlsx 文件                   另写一个 Excel 工作簿：汇总表（每个输入一行）；只有一份报告时\n"
         "                                再加表二、表三、表四（法定格式，含合并的表头）\n"
         "  -j N, --jobs N                并行线程数（默认：全部 CPU 核心）\n"
         "  -q, --quiet                   只输出错误和警告，不显示表格和进度条\n"
         "  --print-text                  只输出读入的文本（编码转换、网页和 .docx 提取之后），不检查\n"
         "  --rules                       以 JSON 列出全部规则\n"
         "  --rules-doc                   输出规则说明（docs/rules.md）\n"
         "  --metrics-doc                 输出指标定义（docs/metrics.md）\n"
         "  --model                       以 JSON 输出两种法定格式（表头、行、列、勾稽关系）\n"
         "  --version                     显示版本\n"
         "  -h, --help                    显示本帮助\n"
         "\n"
         "每份报告的结果检查完即按输入顺序完整输出；中途中断时已输出的记录都是完整的。\n"
         "大批量检查请用 jsonl：json 数组只有正常结束（或被 Ctrl+C 中断）时才闭合。\n"
         "\n"
         "退出码：0 没有错误；1 至少一个错误级别的问题；2 有输入无法读取（包括 --previous 的文件）。\n";
}

namespace {

// The value of option `name` when `arg` is that option: "--name VALUE", "--name=VALUE" (long
// names) or "-jVALUE" (short names). Only the exact name matches: "--formatXYZ" is not --format.
enum class Match { no, value, missing_value };

Match option_value(const std::string& arg, const std::string& name, int& i, int argc, char** argv,
                   std::string& value) {
  const bool is_long = name.rfind("--", 0) == 0;
  if (arg == name) {
    if (i + 1 >= argc) return Match::missing_value;
    value = argv[++i];
    return Match::value;
  }
  const std::string attached = is_long ? name + "=" : name;
  if (arg.size() > name.size() && arg.compare(0, attached.size(), attached) == 0) {
    value = arg.substr(attached.size());
    return Match::value;
  }
  return Match::no;
}

void set_format(Args& a, const std::string& v) {
  if (v == "text") a.format = Format::text;
  else if (v == "json") a.format = Format::json;
  else if (v == "jsonl") a.format = Format::jsonl;
  else if (v == "csv") a.format = Format::csv;
  else a.error = "未知的输出格式：" + v + "（可选 text、json、jsonl、csv）";
}

void set_jobs(Args& a, const std::string& v) {
  char* end = nullptr;
  const long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || n < 1 || n > 1024) a.error = "线程数无效：" + v;
  else a.jobs = static_cast<unsigned>(n);
}

}  // namespace

Args parse_args(int argc, char** argv) {
  Args a;
  bool options_done = false;
  int first = 1;
  if (argc > 1 && std::string(argv[1]) == "rollup") {
    a.rollup = true;
    first = 2;
  }
  for (int i = first; i < argc && a.error.empty(); ++i) {
    const std::string arg = argv[i];
    std::string v;
    // Which value option matched, if any; a missing value is reported under the option's name.
    auto takes = [&](const std::string& name) {
      const Match m = option_value(arg, name, i, argc, argv, v);
      if (m == Match::missing_value) a.error = "选项 " + name + " 缺少参数";
      return m != Match::no;
    };
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      a.inputs.push_back(arg);
    } else if (arg == "--") {
      options_done = true;
    } else if (arg == "-h" || arg == "--help") {
      a.help = true;
    } else if (arg == "--version") {
      a.version = true;
    } else if (arg == "--print-text") {
      a.print_text = true;
    } else if (arg == "--rules") {
      a.list_rules = true;
    } else if (arg == "--rules-doc") {
      a.rules_doc = true;
    } else if (arg == "--metrics-doc") {
      a.metrics_doc = true;
    } else if (arg == "--model") {
      a.model = true;
    } else if (arg == "-q" || arg == "--quiet") {
      a.quiet = true;
    } else if (takes("--format")) {
      if (a.error.empty()) set_format(a, v);
    } else if (takes("--previous")) {
      a.previous = v;
    } else if (takes("--xlsx")) {
      a.xlsx = v;
    } else if (takes("--jobs") || takes("-j")) {
      if (a.error.empty()) set_jobs(a, v);
    } else {
      a.error = "未知选项：" + arg;
    }
  }
  if (a.error.empty() && a.inputs.empty() && !a.help && !a.version && !a.list_rules && !a.rules_doc && !a.metrics_doc && !a.model)
    a.error = "没有指定要检查的文件";
  return a;
}

}  // namespace xxgk_cli
