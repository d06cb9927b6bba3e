#include "xxgk/report_files.h"

#include <algorithm>
#include <array>

#include "xxgk/rollup_layout.h"

namespace xxgk {

bool is_report_file_name(std::string_view name) {
  if (name == kRollupManifest) return false;   // a roll-up's manifest, not a report
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;  // ".txt" alone is a dot file's name
  std::string ext(name.substr(dot));
  for (auto& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  static const std::array<std::string_view, 6> kExtensions = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"};
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

bool is_hidden_name(std::string_view name) {
  return !name.empty() && (name[0] == '.' || name.substr(0, 2) == "~$");
}

std::vector<size_t> batch_inputs(const std::vector<std::string>& paths) {
  std::vector<size_t> out;
  for (size_t i = 0; i < paths.size(); ++i) {
    const std::string_view p = paths[i];
    bool hidden = false;
    for (size_t at = 0; at <= p.size() && !hidden;) {
      const size_t slash = std::min(p.find('/', at), p.size());
      hidden = is_hidden_name(p.substr(at, slash - at));
      at = slash + 1;
    }
    const size_t last = p.rfind('/');
    if (!hidden && is_report_file_name(last == std::string_view::npos ? p : p.substr(last + 1))) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) { return paths[a] < paths[b]; });
  return out;
}

}  // namespace xxgk
