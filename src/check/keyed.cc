// The cluster reducer: keyed claim groups compared as the store's are (keyed.h).
#include "check/keyed.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "check/compare.h"
#include "claimcheck/error.h"
#include "claimcheck/keyed.h"

namespace claimcheck::check {

std::vector<Finding> keyed_findings(std::istream& in, const std::string& source, KeyedGroupSummary* summary) {
  std::vector<Finding> out;
  KeyedGroupSummary s = for_each_keyed_group(in, source, [&](std::vector<Claim>& group) {
    for (Finding& f : check::compare_group(group)) out.push_back(std::move(f));
  });
  if (summary) *summary = s;
  return out;
}

std::vector<Finding> conflicts_from_keyed(const std::string& path, const check::Filter& filter) {
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw Error(path, std::string("cannot read file: ") + std::strerror(errno));
  }
  std::vector<Finding> out;
  for_each_keyed_group(path == "-" ? std::cin : file, path == "-" ? "<stdin>" : path, [&](std::vector<Claim>& group) {
    for (Finding& f : check::compare_group(group))
      if (filter.accepts(f)) out.push_back(std::move(f));
  });
  return out;
}

}  // namespace claimcheck::check
