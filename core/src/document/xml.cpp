#include "document/xml.h"

#include "text/utf8.h"

namespace xxgk::doc {
namespace {

bool is_name_end(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>'; }

// Decodes the reference at raw[i] == '&'; returns its length, 0 when it is none.
size_t decode_reference(std::string_view raw, size_t i, std::string& out) {
  const size_t semi = raw.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  const std::string_view name = raw.substr(i + 1, semi - i - 1);
  if (name == "amp") out += '&';
  else if (name == "lt") out += '<';
  else if (name == "gt") out += '>';
  else if (name == "quot") out += '"';
  else if (name == "apos") out += '\'';
  else if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    char32_t cp = 0;
    const size_t start = hex ? 2 : 1;
    if (start >= name.size()) return 0;
    for (size_t k = start; k < name.size(); ++k) {
      const char c = name[k];
      unsigned v;
      if (c >= '0' && c <= '9') v = static_cast<unsigned>(c - '0');
      else if (hex && c >= 'a' && c <= 'f') v = static_cast<unsigned>(c - 'a' + 10);
      else if (hex && c >= 'A' && c <= 'F') v = static_cast<unsigned>(c - 'A' + 10);
      else return 0;
      cp = cp * (hex ? 16 : 10) + v;
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    utf8::append(out, cp);
  } else {
    return 0;
  }
  return semi - i + 1;
}

}  // namespace

void xml_decode(std::string_view raw, std::string& out) {
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      if (const size_t n = decode_reference(raw, i, out)) {
        i += n;
        continue;
      }
    }
    out += raw[i++];
  }
}

bool XmlReader::next(XmlEvent& e) {
  if (pending_close_) {
    pending_close_ = false;
    e = XmlEvent{};
    e.type = XmlEvent::Type::close;
    e.name = pending_name_;
    return true;
  }
  while (i_ < x_.size()) {
    if (x_[i_] != '<') {
      const size_t lt = x_.find('<', i_);
      const size_t end = lt == std::string_view::npos ? x_.size() : lt;
      e = XmlEvent{};
      e.type = XmlEvent::Type::text;
      xml_decode(x_.substr(i_, end - i_), e.text);
      i_ = end;
      return true;
    }
    if (x_.compare(i_, 4, "<!--") == 0) {
      const size_t end = x_.find("-->", i_ + 4);
      if (end == std::string_view::npos) return false;
      i_ = end + 3;
      continue;
    }
    if (x_.compare(i_, 9, "<![CDATA[") == 0) {
      const size_t end = x_.find("]]>", i_ + 9);
      if (end == std::string_view::npos) return false;
      e = XmlEvent{};
      e.type = XmlEvent::Type::text;
      e.text.assign(x_.substr(i_ + 9, end - i_ - 9));
      i_ = end + 3;
      return true;
    }
    if (i_ + 1 < x_.size() && (x_[i_ + 1] == '?' || x_[i_ + 1] == '!')) {
      const size_t end = x_.find('>', i_);
      if (end == std::string_view::npos) return false;
      i_ = end + 1;
      continue;
    }
    // A tag; '>' inside quoted attribute values does not end it.
    size_t j = i_ + 1;
    char quote = 0;
    while (j < x_.size() && (quote || x_[j] != '>')) {
      if (quote && x_[j] == quote) quote = 0;
      else if (!quote && (x_[j] == '"' || x_[j] == '\'')) quote = x_[j];
      ++j;
    }
    if (j >= x_.size()) return false;
    std::string_view tag = x_.substr(i_ + 1, j - i_ - 1);
    i_ = j + 1;
    e = XmlEvent{};
    if (!tag.empty() && tag[0] == '/') {
      tag.remove_prefix(1);
      size_t n = 0;
      while (n < tag.size() && !is_name_end(tag[n])) ++n;
      e.type = XmlEvent::Type::close;
      e.name = tag.substr(0, n);
      return true;
    }
    e.self_closing = !tag.empty() && tag.back() == '/';
    if (e.self_closing) tag.remove_suffix(1);
    size_t n = 0;
    while (n < tag.size() && !is_name_end(tag[n])) ++n;
    e.type = XmlEvent::Type::open;
    e.name = tag.substr(0, n);
    e.attrs = tag.substr(n);
    if (e.self_closing) {
      pending_close_ = true;
      pending_name_ = e.name;
    }
    return true;
  }
  return false;
}

std::string xml_attribute(std::string_view attrs, std::string_view qname, std::string_view fallback) {
  size_t p = 0;
  while ((p = attrs.find(qname, p)) != std::string_view::npos) {
    const size_t after = p + qname.size();
    const bool starts = p > 0 && (attrs[p - 1] == ' ' || attrs[p - 1] == '\t' || attrs[p - 1] == '\n' || attrs[p - 1] == '\r');
    size_t eq = after;
    while (eq < attrs.size() && attrs[eq] == ' ') ++eq;
    if (starts && eq + 1 < attrs.size() && attrs[eq] == '=') {
      size_t q = eq + 1;
      while (q < attrs.size() && attrs[q] == ' ') ++q;
      if (q < attrs.size() && (attrs[q] == '"' || attrs[q] == '\'')) {
        const size_t end = attrs.find(attrs[q], q + 1);
        if (end == std::string_view::npos) return std::string(fallback);
        std::string out;
        xml_decode(attrs.substr(q + 1, end - q - 1), out);
        return out;
      }
    }
    p = after;
  }
  return std::string(fallback);
}

}  // namespace xxgk::doc
