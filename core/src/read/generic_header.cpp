#include "read/generic_header.h"

#include <string>

namespace xxgk {
namespace {

std::string_view trimmed(std::string_view s) {
  const size_t b = s.find_first_not_of(" \r");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \r") - b + 1);
}

}  // namespace

bool next_field(std::string_view line, size_t& at, std::string_view& field) {
  while (at <= line.size()) {
    size_t e = line.find_first_of("|\t", at);
    if (e == std::string_view::npos) e = line.size();
    field = trimmed(line.substr(at, e - at));
    at = e + 1;
    if (!field.empty()) return true;
  }
  return false;
}

bool is_generic_header(std::string_view line) {
  if (line.find('|') == std::string_view::npos && line.find('\t') == std::string_view::npos) return false;
  std::string_view word, field;
  long expected = -1;
  size_t fields = 0;
  for (size_t at = 0; next_field(line, at, field);) {
    const size_t first_digit = field.find_first_of("0123456789");
    if (first_digit == 0 || first_digit == std::string_view::npos) return false;
    const std::string_view digits = field.substr(first_digit);
    if (digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string_view::npos) return false;
    const std::string_view prefix = trimmed(field.substr(0, first_digit));
    const long number = std::stol(std::string(digits));
    if (fields == 0) {
      if (number > 1 || prefix.empty()) return false;
      word = prefix;
    } else if (prefix != word || number != expected) {
      return false;
    }
    expected = number + 1;
    ++fields;
  }
  return fields >= 3;
}

}  // namespace xxgk
