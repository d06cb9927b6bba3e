#include "compare/agency.h"

namespace xxgk {

std::string agency_key(std::string name) {
  for (const char* word : {"人民政府", "政府", "办公室", "办公厅"})
    for (size_t p; (p = name.find(word)) != std::string::npos;) name.erase(p, std::string(word).size());
  return name;
}

bool same_agency(const std::string& a, const std::string& b) {
  const std::string ka = agency_key(a), kb = agency_key(b);
  return ka == kb || ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos;
}

}  // namespace xxgk
