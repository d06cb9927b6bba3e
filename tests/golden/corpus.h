#pragma once
// The real reports of ../shared/corpus with their hand-read gold files.
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "xxgk/check.h"

namespace golden {

struct Report {
  std::string name;   // file name
  std::string text;
  nlohmann::json gold;
};

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Report> corpus(const char* folder);  // "seeds" or "dev"
// The report of that folder whose file name starts with prefix ("003", "04_pingtan").
const Report& report(const char* folder, const std::string& prefix);

// The result of check() as contract JSON.
inline nlohmann::json result_json(const std::string& text, const xxgk::Options& options = {}) {
  return nlohmann::json::parse(xxgk::to_json(xxgk::check(text, options)));
}

// Every table-三/四/二 value of the gold file compared with the result; returns the differences.
std::vector<std::string> compare_tables(const nlohmann::json& gold, const nlohmann::json& result);

}  // namespace golden
