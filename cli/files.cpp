#include "files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <utility>

#include "input.h"
#include "os_messages.h"
#include "xxgk/report_files.h"

namespace xxgk_cli {
namespace {

using DirId = std::pair<dev_t, ino_t>;

struct Walk {
  std::vector<InputRef> found;
  std::vector<DirId> ancestors;  // the directories being listed, outermost first
  std::set<DirId> listed;        // every directory listed, so a second way in lists it once
};

std::string join(const std::string& dir, const std::string& name) {
  return !dir.empty() && dir.back() == '/' ? dir + name : dir + "/" + name;
}

// Why an entry that cannot be stat'ed is not read; dangling and looping links get their own words.
std::string stat_failure(const std::string& path, int error_number) {
  struct stat link;
  const bool is_link = ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
  if (is_link && error_number == ENOENT) return "符号链接指向的文件不存在";
  if (is_link && error_number == ELOOP) return "符号链接循环";
  return errno_message(error_number);
}

void list_directory(const std::string& dir, const struct stat& st, Walk& w);

void visit(const std::string& path, const std::string& name, Walk& w) {
  const std::string ext = extension_of(name);
  const bool report_name = xxgk::is_report_file_name(name);
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    // A name without extension may have been a folder of reports.
    if (report_name || ext.empty()) w.found.push_back({path, stat_failure(path, errno)});
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    list_directory(path, st, w);
  } else if (report_name) {
    w.found.push_back({path, file_type_message(st.st_mode)});
  }
}

void list_directory(const std::string& dir, const struct stat& st, Walk& w) {
  const DirId id{st.st_dev, st.st_ino};
  if (std::find(w.ancestors.begin(), w.ancestors.end(), id) != w.ancestors.end()) {
    w.found.push_back({dir, "符号链接循环（指向上级目录）"});
    return;
  }
  if (!w.listed.insert(id).second) return;  // already listed by another path: its files are in
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    w.found.push_back({dir, "无法打开目录（" + errno_message(errno) + "）"});
    return;
  }
  // Names first, directory closed before descending: deep trees do not hold a descriptor per level.
  std::vector<std::string> names;
  errno = 0;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (name != "." && name != ".." && !xxgk::is_hidden_name(name)) names.push_back(name);
  }
  const int read_error = errno;
  ::closedir(d);
  if (read_error != 0) w.found.push_back({dir, "目录读取不完整（" + errno_message(read_error) + "）"});
  w.ancestors.push_back(id);
  for (const auto& name : names) visit(join(dir, name), name, w);
  w.ancestors.pop_back();
}

}  // namespace

std::vector<InputRef> expand_inputs(const std::vector<std::string>& args) {
  std::vector<InputRef> out;
  for (const auto& a : args) {
    struct stat st;
    if (a != "-" && ::stat(a.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      Walk w;
      list_directory(a, st, w);
      std::sort(w.found.begin(), w.found.end(),
                [](const InputRef& x, const InputRef& y) { return x.path < y.path; });
      out.insert(out.end(), w.found.begin(), w.found.end());
    } else {
      out.push_back({a, ""});  // a file, "-", or a missing path (reported when read)
    }
  }
  return out;
}

}  // namespace xxgk_cli
