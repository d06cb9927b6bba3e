#include "files.h"

#include <algorithm>
#include <filesystem>

#include "input.h"

namespace xxgk_cli {
namespace fs = std::filesystem;

bool is_report_extension(const std::string& ext) {
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm" || ext == ".docx" || ext == ".pdf";
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a != "-" && fs::is_directory(a, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(a, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        const auto& e = *it;
        std::error_code ec2;
        if (!e.is_regular_file(ec2)) continue;
        const std::string name = e.path().filename().string();
        if (!name.empty() && (name[0] == '.' || name.rfind("~$", 0) == 0)) continue;  // hidden, Word lock files
        if (is_report_extension(extension_of(name))) found.push_back(e.path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(a);  // a file, "-", or a missing path (reported when read)
    }
  }
  return out;
}

}  // namespace xxgk_cli
