#include "rollup_layout.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

namespace xxgk_cli {
namespace fs = std::filesystem;

namespace {

class DiskFolder : public xxgk::FolderView {
 public:
  explicit DiskFolder(std::optional<int> (*year_of)(const std::string&)) : year_of_(year_of) {}

  Kind kind(const std::string& path) const override {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return Kind::folder;
    if (fs::is_regular_file(path, ec)) return Kind::file;
    return fs::exists(path, ec) ? Kind::other : Kind::none;
  }

  std::vector<std::string> names(const std::string& folder) const override {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) out.push_back(e.path().filename().string());
    return out;
  }

  std::optional<std::string> text(const std::string& file) const override {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  std::optional<int> year(const std::string& file) const override { return year_of_(file); }

 private:
  std::optional<int> (*year_of_)(const std::string&);
};

}  // namespace

xxgk::LayoutNode read_layout(const std::string& dir, std::optional<int> (*year_of)(const std::string& file)) {
  return xxgk::rollup_layout(DiskFolder(year_of), dir);
}

}  // namespace xxgk_cli
