#include "fixture.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fixtures {
namespace {

// The blocks after the report text, in the order they are written back.
constexpr const char* kPrevious = "=== previous";
constexpr const char* kExpected = "=== expected";
constexpr const char* kUnit = "=== unit ";

// UTF-16 offsets → UTF-8 bytes of text.
std::string slice16(const std::string& text, int32_t b, int32_t e) {
  std::string out;
  int32_t u16 = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (u16 >= b && u16 < e) out.append(text, i, len);
    u16 += len == 4 ? 2 : 1;
    i += len;
  }
  return out;
}

// A quote on one line: new lines shown as ⏎, at most 40 characters kept (the head and the tail).
std::string quote(const std::string& s) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string ch = s.substr(i, len);
    if (ch == "\n") ch = "⏎";
    else if (ch == "\t") ch = "⇥";
    else if (ch == "\r") ch = "";
    chars.push_back(ch);
    i += len;
  }
  std::string out;
  if (chars.size() <= 40) {
    for (const auto& ch : chars) out += ch;
  } else {
    for (size_t i = 0; i < 20; ++i) out += chars[i];
    out += "…";
    for (size_t i = chars.size() - 19; i < chars.size(); ++i) out += chars[i];
  }
  return out;
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> txt_files(const std::string& dir, bool recursive) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  auto add = [&](const fs::path& p) {
    if (p.extension() == ".txt") out.push_back(p.string());
  };
  if (recursive)
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) add(e.path());
  else
    for (const auto& e : fs::directory_iterator(dir, ec)) add(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

Fixture load(const std::string& path, const std::string& rule, bool fires) {
  Fixture f;
  f.path = path;
  f.rule = rule;
  f.fires = fires;
  const std::string all = read_file(path);
  // Split at the marker lines; everything before the first one is the report text.
  std::string* into = &f.text;
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find('\n', at);
    end = end == std::string::npos ? all.size() : end + 1;
    const std::string raw = all.substr(at, end - at);
    std::string line = raw;
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    at = end;
    if (line.rfind("=== ", 0) == 0) {
      if (line == kPrevious) { into = &f.previous; f.has_previous = true; continue; }
      if (line == kExpected) { into = nullptr; f.has_expected = true; continue; }
      if (line.rfind(kUnit, 0) == 0) {
        f.units.push_back({line.substr(std::string(kUnit).size()), ""});
        into = &f.units.back().second;
        continue;
      }
      throw std::runtime_error(path + ": unknown block \"" + line + "\"");
    }
    if (into) *into += raw;
    else if (!line.empty()) f.expected.push_back(line);
  }
  return f;
}

xxgk::Document document(const Fixture& f) {
  auto read = xxgk::read_document(f.text, "report.txt");
  if (!read.ok()) throw std::runtime_error(f.path + ": the report text cannot be read: " + read.message);
  return std::move(read.document);
}

xxgk::Options options(const Fixture& f) {
  xxgk::Options o;
  if (!f.has_previous) return o;
  auto read = xxgk::read_document(f.previous, "previous.txt");
  if (read.ok()) o.previous = std::move(read.document);
  else o.previous_unreadable = read.message;
  return o;
}

xxgk::RollupUnit rollup_root(const Fixture& f, std::vector<xxgk::Report>& reports) {
  reports.clear();
  reports.reserve(f.units.size() + 1);
  reports.push_back(xxgk::read_report(document(f)));
  xxgk::RollupUnit root{"本级", "report.txt", &reports[0], "", {}};
  for (const auto& [name, text] : f.units) {
    xxgk::RollupUnit unit{name, "", nullptr, "", {}};
    auto read = xxgk::read_document(text, name + ".txt");
    if (read.ok()) {
      reports.push_back(xxgk::read_report(read.document));
      unit.report = &reports.back();
      unit.file = name + ".txt";
    } else {
      unit.problem = read.message;
    }
    root.units.push_back(unit);
  }
  return root;
}

xxgk::Result evaluate(const Fixture& f, const std::set<std::string>& only) {
  if (f.units.empty()) {
    xxgk::Options o = options(f);
    o.only_rules = only;
    return xxgk::check(document(f), o);
  }
  std::vector<xxgk::Report> reports;
  const xxgk::RollupUnit root = rollup_root(f, reports);
  xxgk::Result result{reports[0], std::nullopt, {}, {}};
  for (const auto& level : xxgk::check_rollup(root))
    for (const auto& finding : level.findings)
      if (only.empty() || only.count(finding.rule)) result.findings.push_back(finding);
  return result;
}

std::vector<std::string> render(const xxgk::Result& result, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& f : result.findings) {
    std::string line = f.rule + " " + xxgk::severity_name(f.severity) + " [";
    for (size_t i = 0; i < f.cells.size(); ++i)
      line += (i ? " " : "") + f.cells[i].row + ":" + (f.cells[i].column < 0 ? "*" : std::to_string(f.cells[i].column));
    line += "] «" + (f.span.valid() ? quote(slice16(text, f.span.begin, f.span.end)) : std::string()) + "»";
    out.push_back(line);
  }
  return out;
}

std::string serialize(const Fixture& f, const std::vector<std::string>& expected) {
  std::string out = f.text;
  auto block = [&](const char* marker, const std::string& body) {
    if (!out.empty() && out.back() != '\n') out += '\n';
    out += std::string(marker) + "\n" + body;
  };
  if (f.has_previous) block(kPrevious, f.previous);
  for (const auto& [name, text] : f.units) block((kUnit + name).c_str(), text);
  block(kExpected, "");
  for (const auto& line : expected) out += line + "\n";
  return out;
}

}  // namespace fixtures
