#include "fixture.h"

#include <fstream>
#include <sstream>

namespace fixtures {
namespace {

constexpr const char* kPrevious = "=== previous\n";
constexpr const char* kExpected = "=== expected\n";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

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

Fixture load(const std::string& path, const std::string& rule, bool fires) {
  Fixture f;
  f.path = path;
  f.rule = rule;
  f.fires = fires;
  const std::string all = read_file(path);
  const size_t exp = all.rfind(kExpected);
  const std::string head = exp == std::string::npos ? all : all.substr(0, exp);
  const size_t prev = head.find(kPrevious);
  f.text = prev == std::string::npos ? head : head.substr(0, prev);
  if (prev != std::string::npos) {
    f.has_previous = true;
    f.previous = head.substr(prev + std::string(kPrevious).size());
  }
  if (exp != std::string::npos) {
    std::stringstream lines(all.substr(exp + std::string(kExpected).size()));
    for (std::string line; std::getline(lines, line);)
      if (!line.empty()) f.expected.push_back(line);
  }
  return f;
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
  if (f.has_previous) out += kPrevious + f.previous;
  if (!out.empty() && out.back() != '\n') out += '\n';
  out += kExpected;
  for (const auto& line : expected) out += line + "\n";
  return out;
}

}  // namespace fixtures
