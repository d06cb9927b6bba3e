#include "compare/text_reuse.h"

#include <algorithm>
#include <unordered_set>

#include "text/code_points.h"

namespace xxgk {
namespace {

// Shorter sentences are formulae every report writes ("无。", "详见附表。").
constexpr size_t kMinSentence = 6;

struct Sentence {
  std::u32string key;   // the normalised sentence
  size_t begin = 0, end = 0;  // code points in the report's text
  int section = 0;
};

bool is_boundary(char32_t c) { return c == U'。' || c == U'!' || c == U'?' || c == U';' || c == U'\n'; }

bool is_ideograph(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Ideographs and Latin letters kept, each run of digits one '#', everything else dropped.
std::u32string sentence_key(const text::U32& t, size_t b, size_t e) {
  std::u32string out;
  for (size_t i = b; i < e; ++i) {
    const char32_t c = t[i];
    if (text::is_digit(c)) {
      if (out.empty() || out.back() != U'#') out += U'#';
    } else if (is_ideograph(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) {
      out += c;
    }
  }
  return out;
}

std::vector<Sentence> sentences(const Report& report, const std::vector<int>& numbers) {
  std::vector<Sentence> out;
  const text::U32& t = text::decoded(report.text);
  for (const auto& section : report.sections) {
    if (std::find(numbers.begin(), numbers.end(), section.number) == numbers.end()) continue;
    const size_t end = text::index_of(t, section.norm_end);
    for (size_t b = text::index_of(t, section.body_begin); b < end;) {
      size_t e = b;
      while (e < end && !is_boundary(t[e])) ++e;
      const size_t stop = e < end ? e + 1 : e;
      std::u32string key = sentence_key(t, b, e);
      if (key.size() >= kMinSentence) out.push_back({std::move(key), b, stop, section.number});
      b = stop;
    }
  }
  return out;
}

}  // namespace

TextReuse measure_text_reuse(const Report& now, const Report& before, const std::vector<int>& sections) {
  std::unordered_set<std::u32string> last_year;
  for (auto& s : xxgk::sentences(before, sections)) last_year.insert(std::move(s.key));
  TextReuse out;
  const auto these = xxgk::sentences(now, sections);
  const text::U32& t = text::decoded(now.text);
  // The current run of consecutive repeated sentences of one section: [first, i).
  size_t run_first = 0, run_length = 0;
  auto close_run = [&](size_t i) {
    if (run_length > out.passage_length) {
      out.passage_length = run_length;
      out.passage = text::span(now.text, t, these[run_first].begin, these[i - 1].end);
      out.passage_text = text::utf8(t, these[run_first].begin, these[i - 1].end);
    }
    run_length = 0;
  };
  for (size_t i = 0; i < these.size(); ++i) {
    const Sentence& s = these[i];
    out.total += s.key.size();
    const bool repeated = last_year.count(s.key) > 0;
    const bool continues = run_length > 0 && these[i - 1].section == s.section;
    if (run_length > 0 && (!repeated || !continues)) close_run(i);
    if (!repeated) continue;
    if (run_length == 0) run_first = i;
    run_length += s.key.size();
    out.repeated += s.key.size();
  }
  if (run_length > 0) close_run(these.size());
  return out;
}

}  // namespace xxgk
