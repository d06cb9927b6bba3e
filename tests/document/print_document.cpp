// Test tool: prints the core's document JSON (xxgk/document_json.h) of a file as the CLI reads it
// (read_bytes: gumbo for HTML, poppler for PDFs), for the web tests that compare the page's
// reading (DOMParser, pdf.js) with the CLI's.
//   build/native/tests/xxgk_print_document FILE
#include <fstream>
#include <iostream>
#include <sstream>

#include "input.h"
#include "xxgk/document_json.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "用法：xxgk_print_document 文件\n";
    return 2;
  }
  std::ifstream f(argv[1], std::ios::binary);
  if (!f) {
    std::cerr << "无法打开 " << argv[1] << "\n";
    return 2;
  }
  std::stringstream ss;
  ss << f.rdbuf();
  std::cout << xxgk::document_json(xxgk_cli::read_bytes(ss.str(), argv[1])) << "\n";
  return 0;
}
