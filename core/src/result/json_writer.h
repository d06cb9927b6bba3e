#pragma once
// Writes JSON straight into a string, laid out byte for byte as nlohmann::json's dump(indent) lays
// out the same document (the contract's bytes did not change when the tree writer went), without
// building a tree first.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xxgk {

class JsonWriter {
 public:
  // indent < 0: one line without spaces; else pretty, `indent` spaces per level.
  JsonWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The next member's key (inside an object); its value follows.
  void key(std::string_view k);

  void string(std::string_view s);
  void integer(int64_t v);
  void boolean(bool v);
  void null();
  // Integral values below 9e15 as integers, others as the shortest decimal that reads back
  // (1798.66, 74708.228); none, NaN and infinities as null.
  void number(std::optional<double> v);

  // key(k) then the value.
  template <class T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  // A value of any type member() takes.
  void value(std::string_view s) { string(s); }
  void value(const std::string& s) { string(s); }
  void value(const char* s) { string(s); }
  void value(int v) { integer(v); }
  void value(int64_t v) { integer(v); }
  void value(size_t v) { integer(static_cast<int64_t>(v)); }
  void value(bool v) { boolean(v); }
  void value(std::optional<double> v) { number(v); }
  void value(double v) { number(v); }
  template <class T>
  void value(const std::optional<T>& v) {
    if (v) value(*v);
    else null();
  }

 private:
  void open(char bracket);
  void close(char bracket);
  // Before a value: the separator and indentation an array element needs (nothing after a key).
  void before_value();
  void newline_and_indent(size_t depth);
  void escaped(std::string_view s);

  std::string& out_;
  int indent_;
  std::vector<bool> has_members_;   // per open container
  bool after_key_ = false;
};

}  // namespace xxgk
