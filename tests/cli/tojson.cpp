// Test helper: prints xxgk::to_json(xxgk::check(file)) + "\n" for a UTF-8 file, the reference the
// CLI's single-file --format json output must equal byte for byte.
#include <fstream>
#include <iostream>
#include <sstream>

#include "xxgk/check.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream f(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  std::string text = ss.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::cout << xxgk::to_json(xxgk::check(text)) << "\n";
  return 0;
}
