// Keyed claim lines, the cluster contract (claimcheck/keyed.h).
#include "claimcheck/keyed.h"

#include <nlohmann/json.hpp>

#include "claimcheck/error.h"
#include "claimcheck/json.h"

namespace claimcheck {
namespace {

void escape_into(const std::string& s, std::string& out) {
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if (c == '%' || c == '|' || c == '\t' || c == '\n' || c == '\r') {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
}

}  // namespace

std::string claim_key(const Claim& c) {
  std::string key;
  escape_into(c.subject, key);
  key += '|';
  escape_into(c.attribute, key);
  // A story scopes the comparison (the "story" qualifier of an event fact,
  // stories/scope.h), so it is part of the key: the claims of one event meet
  // in one reducer group, and two stories never do.
  if (auto it = c.qualifiers.find("story"); it != c.qualifiers.end() && !it->second.empty()) {
    key += '|';
    escape_into(it->second, key);
  }
  return key;
}

Claim parse_keyed_claim(const std::string& line, std::size_t tab, const std::string& where) {
  nlohmann::json j = nlohmann::json::parse(line.begin() + static_cast<std::ptrdiff_t>(tab) + 1, line.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw Error(where, "the claim after the tab is not a JSON object");
  try {
    return j.get<Claim>();
  } catch (const std::exception& e) {
    throw Error(where, std::string("not a claim: ") + e.what());
  }
}

std::string keyed_line(const Claim& c) {
  return claim_key(c) + "\t" + nlohmann::json(c).dump() + "\n";
}

bool read_keyed_line(std::istream& in, const std::string& source, std::size_t* number, KeyedLine* line) {
  while (std::getline(in, line->text)) {
    ++*number;
    if (!line->text.empty() && line->text.back() == '\r') line->text.pop_back();
    if (line->text.empty()) continue;
    line->where = source + ":" + std::to_string(*number);
    line->tab = line->text.find('\t');
    if (line->tab == std::string::npos) throw Error(line->where, "expected key<TAB>claim-json (no tab)");
    return true;
  }
  return false;
}

KeyedGroupSummary for_each_keyed_group(std::istream& in, const std::string& source,
                                       const std::function<void(std::vector<Claim>&)>& fn) {
  KeyedGroupSummary s;
  std::string key, previous;
  std::vector<Claim> group;
  auto flush = [&] {
    if (group.empty()) return;
    ++s.groups;
    fn(group);
    group.clear();
  };
  KeyedLine kl;
  std::size_t number = 0;
  while (read_keyed_line(in, source, &number, &kl)) {
    const std::string& where = kl.where;
    key.assign(kl.text, 0, kl.tab);
    if (key != previous) {
      if (!previous.empty() && key < previous)
        throw Error(where, "claims are not sorted by key ('" + key + "' after '" + previous +
                               "'); sort them in byte order, e.g. LC_ALL=C sort");
      flush();
      previous = key;
    }
    Claim c = parse_keyed_claim(kl.text, kl.tab, where);
    if (claim_key(c) != key) throw Error(where, "key '" + key + "' does not match the claim's '" + claim_key(c) + "'");
    group.push_back(std::move(c));
    ++s.claims;
  }
  flush();
  return s;
}

}  // namespace claimcheck
