// The same report pasted from a traditional-character mirror, with full-width digits and
// punctuation, or with CRLF and odd spaces, must give the same tables cell for cell, and the
// spans must still point into the text as given.
#include <doctest/doctest.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "corpus.h"

namespace {

std::string to_traditional(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  // Mirror sites' word-level conversions too (format.md §6.1).
  for (auto [from, to] : {std::pair<std::string, std::string>{"信息", "資訊"}, {"文件", "檔案"}}) {
    for (size_t p = out.find(from); p != std::string::npos; p = out.find(from, p + to.size())) out.replace(p, from.size(), to);
  }
  return out;
}

std::string to_full_width(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); ++i) {
    const UChar c = u.charAt(i);
    out.append(c > 0x20 && c < 0x7F ? static_cast<UChar>(c - 0x20 + 0xFF00) : c);
  }
  std::string s;
  out.toUTF8String(s);
  return s;
}

std::string to_crlf_odd_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "\r\n";
    else if (c == ' ') out += "\u3000";  // ideographic space
    else out += c;
  }
  // a no-break space and a zero-width space before every line break
  std::string with_nbsp;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\r') with_nbsp += "\u00a0\u200b";
    with_nbsp += out[i];
  }
  return with_nbsp;
}

void same_tables(std::string (*reshape)(const std::string&)) {
  for (const auto* folder : {"seeds", "dev"}) {
    for (const auto& report : golden::corpus(folder)) {
      SUBCASE(report.name.c_str()) {
        const auto plain = golden::result_json(report.text);
        const std::string reshaped_text = reshape(report.text);
        const auto reshaped = golden::result_json(reshaped_text);
        CHECK(reshaped["tables"] == plain["tables"]);
        // Spans point at the same cells in the reshaped text: the text there reads the same number.
        const icu::UnicodeString u = icu::UnicodeString::fromUTF8(reshaped_text);
        const auto& rows = reshaped["cell_spans"].value("requests", nlohmann::json::object());
        for (const auto& [row, spans] : rows.items()) {
          for (size_t c = 0; c < spans.size(); ++c) {
            if (spans[c].is_null() || spans[c][0] == spans[c][1]) continue;
            UErrorCode status = U_ZERO_ERROR;
            const icu::UnicodeString n =
                icu::Normalizer2::getNFKCInstance(status)->normalize(u.tempSubStringBetween(spans[c][0], spans[c][1]), status);
            std::string digits;
            for (int32_t k = 0; k < n.length(); ++k)
              if (n.charAt(k) >= '0' && n.charAt(k) <= '9') digits += static_cast<char>(n.charAt(k));
            const auto& value = reshaped["tables"]["requests"]["rows"][row][c];
            if (value.is_number_integer()) CHECK(std::stoll(digits) == value.get<long long>());
          }
        }
      }
    }
  }
}

}  // namespace

TEST_CASE("traditional characters give the same tables") { same_tables(to_traditional); }
TEST_CASE("full-width digits and punctuation give the same tables") { same_tables(to_full_width); }
TEST_CASE("CRLF, ideographic and no-break spaces give the same tables") { same_tables(to_crlf_odd_spaces); }
