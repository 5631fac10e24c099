// Grouping keys and stable ids for claims.
#include <cstdio>
#include <string>

#include "base/hash.h"
#include "claimcheck/claim.h"

namespace claimcheck {
namespace {

// FNV-1a 64: stable across platforms and releases, which is all an id needs.
using base::fnv1a;

}  // namespace

std::string group_key(const Claim& c) {
  std::string key = c.subject;
  key += '\x1f';
  key += c.attribute;
  key += '\x1f';
  bool first = true;
  for (const auto& [k, v] : c.qualifiers) {
    if (!first) key += '\x1e';
    first = false;
    key += k;
    key += '=';
    key += v;
  }
  return key;
}

std::string make_claim_id(const std::string& doc, std::size_t begin, std::size_t end,
                          const std::string& rule) {
  std::string material = doc + '\0' + std::to_string(begin) + '\0' + std::to_string(end) + '\0' + rule;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(material)));
  return buf;
}

}  // namespace claimcheck
