#include "result/json_writer.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace xxgk {
namespace {

// Well-formed UTF-8 (what nlohmann copies through unchanged).
bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) { ++i; continue; }
    size_t need;
    char32_t c;
    if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1F; }
    else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0F; }
    else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07; }
    else return false;
    if (i + need >= s.size()) return false;
    for (size_t k = 1; k <= need; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      c = (c << 6) | (b & 0x3F);
    }
    static const char32_t min_for[] = {0, 0x80, 0x800, 0x10000};
    if (c < min_for[need] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    i += need + 1;
  }
  return true;
}

}  // namespace

void JsonWriter::newline_and_indent(size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;  // the top-level value
  if (has_members_.back()) out_ += ',';
  has_members_.back() = true;
  if (indent_ >= 0) newline_and_indent(has_members_.size());
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_members_.push_back(false);
}

void JsonWriter::close(char bracket) {
  const bool any = has_members_.back();
  has_members_.pop_back();
  if (any && indent_ >= 0) newline_and_indent(has_members_.size());
  out_ += bracket;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ += '"';
  escaped(k);
  out_ += indent_ >= 0 ? "\": " : "\":";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_value();
  out_ += '"';
  escaped(s);
  out_ += '"';
}

void JsonWriter::integer(int64_t v) {
  before_value();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
}

void JsonWriter::boolean(bool v) {
  before_value();
  out_ += v ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::number(std::optional<double> v) {
  if (!v) return null();
  if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return integer(static_cast<int64_t>(*v));
  before_value();
  // Decimals are rare (amounts in 万元): nlohmann's own shortest form keeps the bytes as they were.
  out_ += nlohmann::json(*v).dump();
}

void JsonWriter::escaped(std::string_view s) {
  if (!valid_utf8(s)) {
    // Ill-formed bytes become U+FFFD exactly as nlohmann's replace handler makes them.
    const std::string quoted =
        nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out_.append(quoted, 1, quoted.size() - 2);
    return;
  }
  static const char hex[] = "0123456789abcdef";
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\t': out_ += "\\t"; break;
      case '\n': out_ += "\\n"; break;
      case '\f': out_ += "\\f"; break;
      case '\r': out_ += "\\r"; break;
      default:
        out_ += "\\u00";
        out_ += hex[c >> 4];
        out_ += hex[c & 15];
    }
  }
  out_.append(s, plain, s.size() - plain);
}

}  // namespace xxgk
