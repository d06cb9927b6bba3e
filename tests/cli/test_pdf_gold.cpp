// The published PDF ../shared/corpus/dev/06_hongze_2023.pdf read by the CLI's path (poppler runs →
// the core's layout): its geometric tables carry every hand-read cell of the gold file, in order.
// Asserted on the Document's grid (not on the table reader, which is being replaced).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pdf_runs.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_number(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789.") == std::string::npos;
}

// The rows of the document's tables that carry exactly `width` numbers, as numbers.
std::vector<std::vector<double>> number_rows(const xxgk::Document& d, size_t width) {
  std::vector<std::vector<double>> out;
  for (const auto& t : d.tables) {
    std::vector<std::vector<std::string>> grid(t.rows, std::vector<std::string>(t.columns));
    for (const auto& c : t.cells) grid[c.row][c.column] = d.text.substr(c.begin, c.end - c.begin);
    for (const auto& row : grid) {
      std::vector<std::string> filled;
      for (const auto& s : row)
        if (!s.empty()) filled.push_back(s);
      if (filled.size() < width) continue;
      std::vector<double> values;
      for (const auto& s : filled)
        if (is_number(s)) values.push_back(std::stod(s));
      if (values.size() == width) out.push_back(values);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("06_hongze_2023.pdf through poppler: every cell of tables 三 and 四 in the Document's grid") {
  const std::string dir = XXGK_CORPUS_DIR "/dev/";
  const std::string pdf = slurp(dir + "06_hongze_2023.pdf");
  if (pdf.empty()) {
    MESSAGE("corpus not found: skipped");
    return;
  }
  const auto gold = nlohmann::json::parse(slurp(dir + "06_hongze_2023.expected.json"));
  const xxgk::ReadResult r = xxgk_cli::read_pdf(pdf);
  REQUIRE(r.ok());
  // Table 三: the rows of seven numbers, in the table's order.
  // nlohmann's objects are sorted by key: the gold rows in the report's order come from the file.
  std::vector<std::vector<double>> want;
  const std::string raw = slurp(dir + "06_hongze_2023.expected.json");
  for (size_t p = raw.find("\"requests\""), end = raw.find("\"review_litigation\""); (p = raw.find('[', p)) < end;) {
    const size_t q = raw.find(']', p);
    std::vector<double> row;
    std::stringstream ss(raw.substr(p + 1, q - p - 1));
    for (std::string v; std::getline(ss, v, ',');) row.push_back(std::stod(v));
    want.push_back(row);
    p = q;
  }
  CHECK(want.size() == 23);
  const auto got = number_rows(r.document, 7);
  CHECK(got.size() == want.size());
  for (size_t k = 0; k < want.size() && k < got.size(); ++k) {
    CAPTURE(k);
    CHECK(got[k] == want[k]);
  }
  // Table 四: one row of fifteen numbers, the three groups in order.
  std::vector<double> review;
  for (const char* group : {"review", "litigation_direct", "litigation_after_review"})
    for (const char* col : {"upheld", "corrected", "other", "pending", "total"})
      review.push_back(gold["review_litigation"][group][col].get<double>());
  CHECK(number_rows(r.document, 15) == std::vector<std::vector<double>>{review});
  // The page numbers were dropped and said.
  size_t furniture = 0;
  for (const auto& rep : r.document.repairs) furniture += rep.kind == xxgk::ReadingRepair::Kind::page_furniture_dropped;
  CHECK(furniture == 5);
  CHECK(r.document.text.find("\n-3-\n") == std::string::npos);
}

TEST_CASE("a PDF without text is a scan; a damaged one says so") {
  const std::string scan =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  const auto r = xxgk_cli::read_pdf(scan);
  CHECK(r.status == xxgk::ReadStatus::no_text_layer);
  CHECK(r.message == "此 PDF 没有文字层，可能是扫描件，无法读取表格");
  CHECK(xxgk_cli::read_pdf("%PDF-1.4 broken").status == xxgk::ReadStatus::damaged);
}
