#include "rollup_command.h"

#include <cstdio>
#include <map>
#include <memory>
#include <thread>

#include "batch.h"
#include "input.h"
#include "output.h"
#include "rollup_layout.h"
#include "xxgk/pairing.h"
#include "xxgk/rollup.h"

namespace xxgk_cli {
namespace {

std::optional<int> year_of(const std::string& file) {
  Input in = read_input(file);
  return in.ok ? xxgk::read_identity(in.document).year : std::nullopt;
}

struct Read {
  std::unique_ptr<xxgk::Report> report;
  std::string problem;
};

void collect(const xxgk::LayoutNode& node, std::vector<std::string>& files) {
  if (!node.file.empty() && node.problem.empty()) files.push_back(node.file);
  for (const auto& unit : node.units) collect(unit, files);
}

xxgk::RollupUnit to_unit(const xxgk::LayoutNode& node, const std::map<std::string, Read>& reads) {
  xxgk::RollupUnit unit{node.name, node.file, nullptr, node.problem, {}};
  if (auto it = reads.find(node.file); it != reads.end()) {
    unit.report = it->second.report.get();
    if (!unit.report) unit.problem = xxgk::unreadable_unit_problem(it->second.problem);
  }
  for (const auto& u : node.units) unit.units.push_back(to_unit(u, reads));
  return unit;
}

std::string text_output(const std::vector<xxgk::RollupLevel>& levels) {
  std::string o;
  for (const auto& level : levels) {
    const xxgk::RollupUnit& node = *level.node;
    std::string names;
    for (const auto& u : node.units) names += (names.empty() ? "" : "、") + u.name;
    o += node.file + "：本级汇总与 " + std::to_string(node.units.size()) + " 个下属单位之和核对（" + names + "）\n";
    size_t errors = 0;
    for (const auto& f : level.findings) {
      errors += f.severity == xxgk::Severity::error;
      o += finding_line(node.file, *node.report, f);
    }
    o += node.file + "：" + (level.findings.empty() ? std::string("汇总数与下属单位之和一致")
                                                     : std::to_string(errors) + " 个单元格不一致，共 " +
                                                           std::to_string(level.findings.size()) + " 条结果") +
         "\n\n";
  }
  return o;
}

}  // namespace

int run_rollup(const Args& args) {
  if (args.inputs.size() != 1) {
    std::fprintf(stderr, "xxgk-lint: rollup 需要一个目录\n%s", usage());
    return 2;
  }
  const xxgk::LayoutNode layout = read_layout(args.inputs[0], year_of);
  if (layout.file.empty() || !layout.problem.empty()) {
    std::fprintf(stderr, "xxgk-lint: %s：没有本级汇总报告（%s）\n", args.inputs[0].c_str(), layout.problem.c_str());
    return 2;
  }
  std::vector<std::string> files;
  collect(layout, files);
  std::vector<Read> read(files.size());
  unsigned threads = args.jobs ? args.jobs : std::thread::hardware_concurrency();
  run_ordered(
      files.size(), threads ? threads : 1,
      [&](size_t i) {
        Input in = read_input(files[i]);
        if (in.ok) read[i].report = std::make_unique<xxgk::Report>(xxgk::read_report(in.document));
        else read[i].problem = in.error;
      },
      [](size_t) {}, [](size_t) {});
  std::map<std::string, Read> reads;
  for (size_t i = 0; i < files.size(); ++i) reads[files[i]] = std::move(read[i]);
  const xxgk::RollupUnit root = to_unit(layout, reads);
  if (!root.report) {
    std::fprintf(stderr, "xxgk-lint: 无法读取本级汇总报告 %s：%s\n", root.file.c_str(), root.problem.c_str());
    return 2;
  }
  const auto levels = xxgk::check_rollup(root);
  const std::string out = args.format == Format::json ? xxgk::rollup_json(levels) + "\n" : text_output(levels);
  std::fwrite(out.data(), 1, out.size(), stdout);
  for (const auto& level : levels)
    for (const auto& f : level.findings)
      if (f.severity == xxgk::Severity::error) return 1;
  return 0;
}

}  // namespace xxgk_cli
