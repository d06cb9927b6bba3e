#pragma once
// A small pull tokenizer for the XML of Office documents: elements, attributes and character
// data with the five entities and character references decoded. Comments, processing
// instructions and DOCTYPE are skipped; CDATA is text. Malformed input ends the stream.
#include <string>
#include <string_view>

namespace xxgk::doc {

struct XmlEvent {
  enum class Type { open, close, text } type = Type::text;
  std::string_view name;    // qualified name ("w:t") of open/close
  std::string_view attrs;   // raw attribute text of open
  bool self_closing = false;
  std::string text;         // decoded character data of text
};

class XmlReader {
 public:
  explicit XmlReader(std::string_view xml) : x_(xml) {}
  bool next(XmlEvent& e);  // false at the end (or where the XML breaks off)

 private:
  std::string_view x_;
  size_t i_ = 0;
  bool pending_close_ = false;  // the close event of a self-closing element
  std::string_view pending_name_;
};

// The decoded value of attribute `qname` ("w:val") in an open event's attrs, or `fallback`.
std::string xml_attribute(std::string_view attrs, std::string_view qname, std::string_view fallback = {});
// Character data with entities and character references decoded (appended to out).
void xml_decode(std::string_view raw, std::string& out);

}  // namespace xxgk::doc
