#pragma once
// A report as users have it, read from bytes: its text (what the user sees; every span points
// here) plus, where the source had them, explicit tables and what reading had to repair. One
// reader per document kind, all in the core (bytes in, no I/O), used by the CLI and the page.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace xxgk {

enum class SourceKind { text, docx, html, pdf };
const char* source_kind_name(SourceKind kind);  // "text", "docx", "html", "pdf"

// One cell of a table the source gave explicitly (Word w:tbl, HTML <table>) or that the PDF
// layout rebuilt from positions. Merges are resolved: a merged cell is one DocCell with spans.
struct DocCell {
  size_t begin = 0, end = 0;   // UTF-8 byte range of the cell's text in Document::text
  int row = 0, column = 0;     // top-left slot in the resolved grid
  int rowspan = 1, colspan = 1;
};

struct DocTable {
  enum class Origin { markup, geometry };  // the source's own table, or rebuilt from PDF positions
  Origin origin = Origin::markup;
  int rows = 0, columns = 0;
  std::vector<DocCell> cells;  // row-major by top-left slot
  size_t begin = 0, end = 0;   // byte range of the whole table in Document::text
};

// A run of text on a PDF page with its box, as pdf.js (page) and poppler (CLI) give them.
// Coordinates in points, origin at the page's top-left, y growing downwards.
struct TextRun {
  int page = 0;                                // 0-based
  double x = 0, y = 0, width = 0, height = 0;  // box of the run; y is the top
  double font_size = 0;
  std::string text;  // UTF-8
};

// The size of a PDF page in points (page furniture is told by its place on the page).
struct PdfPage {
  double width = 0, height = 0;
};

// Something reading changed or dropped that the user should know (invalid bytes replaced, a
// GBK character inside UTF-8 text, hidden text left out, page numbers dropped). Each becomes an
// input.* finding quoting the place.
struct ReadingRepair {
  enum class Kind { invalid_bytes_replaced, mixed_encoding, hidden_text_dropped, page_furniture_dropped };
  Kind kind = Kind::invalid_bytes_replaced;
  size_t begin = 0, end = 0;   // byte range in Document::text where it happened
  std::string detail;          // Chinese, short ("无效字节 0xC3 已替换为 �")
};
const char* repair_kind_name(ReadingRepair::Kind kind);  // "invalid_bytes_replaced", …

struct Document {
  SourceKind kind = SourceKind::text;
  std::string text;                  // UTF-8
  std::string encoding;              // of a text or HTML source: "UTF-8", "GB18030", "UTF-16LE", …
  std::vector<DocTable> tables;      // explicit (or geometric) grids, in text order
  std::vector<ReadingRepair> repairs;
};

// Limits on what reading may cost. Every reader checks them and refuses with a Chinese message.
struct ReadLimits {
  size_t max_input_bytes = size_t{64} << 20;       // the file as given
  size_t max_entry_bytes = size_t{64} << 20;       // one inflated zip entry
  size_t max_inflated_bytes = size_t{128} << 20;   // all inflated entries together
  double max_inflate_ratio = 200;                  // inflated / compressed, per entry
  size_t max_text_bytes = size_t{32} << 20;        // the text handed to the checker
  size_t max_nesting = 256;                        // tables in tables, elements in elements
  size_t max_runs = 2'000'000;                     // PDF text runs
};

enum class ReadStatus {
  ok,
  empty,             // nothing to read (empty file, whitespace only, no text in the page)
  unsupported,       // a kind we do not read (.doc, images, …): the message says what to do
  too_large,         // a limit of ReadLimits was hit
  undecodable,       // bytes that are no text encoding we can tell apart
  damaged,           // a broken zip, PDF or XML
  no_text_layer,     // a PDF without text (a scan)
  encrypted,         // a password-protected file
  needs_pdf_runs,    // a PDF: the front end extracts its TextRuns (pdf.js, poppler) and calls
                     // document_from_pdf_runs
  needs_html_tree,   // an HTML page, decoded: the front end parses document.text with an HTML5
                     // parser (gumbo, the browser's DOMParser) and calls document_from_html_tree
};
const char* read_status_name(ReadStatus status);  // "ok", "empty", …

struct ReadResult {
  ReadStatus status = ReadStatus::ok;
  std::string message;   // Chinese, one cause, when status != ok
  Document document;     // when status == ok; for needs_html_tree the decoded page: its markup in
                         // text, its encoding, and the repairs of decoding (positions in the markup)
  bool ok() const { return status == ReadStatus::ok; }
};

// Reads a document from its bytes. `name` is the file name (its extension helps only where the
// bytes do not tell: a .docx named .txt is still read as .docx) or "" for pasted text; pasted
// HTML (the clipboard's text/html) is read with a name ending in ".html".
ReadResult read_document(std::string_view bytes, std::string_view name, const ReadLimits& limits = {});

// The PDF path: text runs of every page (from pdf.js or poppler) → lines and cells, by one layout
// algorithm for both front ends. No run at all is a scan (status no_text_layer).
ReadResult document_from_pdf_runs(const std::vector<TextRun>& runs, const std::vector<PdfPage>& pages = {},
                                  const ReadLimits& limits = {});

// The HTML path: an HTML5 parser's element tree (gumbo in the CLI, the browser's DOMParser in the
// page; each producer only converts) → blocks as lines, <table>s as grids, by one code path.
// Pre-order: every node after its parent, siblings in document order; comments, doctype and
// processing instructions are left out. An element keeps only the attributes of
// kHtmlTreeAttributes; a text node has the tag "#text".
struct HtmlNode {
  int parent = -1;   // index of the parent element; -1 for the root
  std::string tag;   // lower-case element name, or "#text"
  std::string text;  // a text node's text (UTF-8)
  std::vector<std::pair<std::string, std::string>> attributes;
};
using HtmlTree = std::vector<HtmlNode>;
// (The page's style attributes reach the parser renamed data-xxgk-style: no parser applies them.)
inline constexpr const char* kHtmlTreeAttributes[] = {"rowspan", "colspan", "hidden", "data-xxgk-style"};

// `page` is the needs_html_tree document read_document gave (encoding, decoding repairs).
ReadResult document_from_html_tree(const Document& page, const HtmlTree& tree, const ReadLimits& limits = {});

// A refusal with the one Chinese message every front end shows for it (a PDF library that found
// the file encrypted or damaged says so through this).
ReadResult read_failure(ReadStatus status);

// Pasted or typed text as a document, unchanged.
Document text_document(std::string text);

}  // namespace xxgk
