// {name} expansion; see fragments.h.
#include "rules/fragments.h"

#include <cctype>
#include <stdexcept>

#include "rules/placeholder.h"

namespace claimcheck::rules {
namespace {

// Value kinds a fragment may name; {quantity} stands for the first five (a
// clock time or an age is never "any quantity").
const std::vector<std::string> kValueKinds = {"money", "number", "percent", "date", "duration", "time", "age"};
const std::vector<std::string> kQuantityKinds(kValueKinds.begin(), kValueKinds.begin() + 5);

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

struct Expander {
  const std::map<std::string, Fragment>& fragments;
  std::map<std::string, int> uses;
  Expansion out;

  // `units`: "" = any (or none); else RE2 alternatives the counted noun must match.
  std::string placeholder_pattern(const std::string& name, const std::string& kinds, const std::string& units) {
    std::string group = name;
    int n = ++uses[name];
    if (n > 1) group += "_" + std::to_string(n);
    out.group_fragment[group] = name;
    if (is_value_fragment(name)) out.value_groups.push_back(group);
    // An empty alternative ("{number:parameters|}") also accepts no counted noun.
    bool none_ok = !units.empty() && (units.front() == '|' || units.back() == '|' || units.find("||") != std::string::npos);
    std::string unit = units.empty() ? "(?::[^\u27e9]*)?" : none_ok ? "(?::(?:" + units + "))?" : ":(?:" + units + ")";
    return std::string(kOpen) + kinds + ":(?P<" + group + ">[0-9]+)" + unit + std::string(kClose);
  }

  std::string expand(const std::string& pattern, int depth) {
    if (depth > 16) throw std::invalid_argument("fragments refer to each other in a cycle");
    std::string result;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      char c = pattern[i];
      if (c == '\\' && i + 1 < pattern.size()) {  // keep escapes, including \{
        result += c;
        result += pattern[++i];
        continue;
      }
      if (c != '{' || i + 1 >= pattern.size() || !is_name_start(pattern[i + 1])) {
        result += c;
        continue;
      }
      std::size_t j = i + 1;
      while (j < pattern.size() && is_name_char(pattern[j])) ++j;
      std::string units;  // {number:parameters|params}
      std::size_t name_end = j;
      if (j < pattern.size() && pattern[j] == ':') {
        std::size_t k = j + 1;
        while (k < pattern.size() && pattern[k] != '}' && pattern[k] != '{') ++k;
        units = pattern.substr(j + 1, k - j - 1);
        j = k;
      }
      if (j >= pattern.size() || pattern[j] != '}') {
        result += c;
        continue;
      }
      std::string name = pattern.substr(i + 1, name_end - i - 1);
      i = j;
      if (!units.empty() && !is_value_fragment(name))
        throw std::invalid_argument("only value fragments take a unit: {" + name + ":" + units + "}");
      result += expand_one(name, depth, units);
    }
    return result;
  }

  std::string expand_one(const std::string& name, int depth, const std::string& units) {
    if (name == "subject") return placeholder_pattern(name, std::string(kSubjectKind), "");
    if (name == "benchmark") return placeholder_pattern(name, std::string(kBenchmarkKind), "");
    if (name == "quantity") return placeholder_pattern(name, "(?:money|number|percent|date|duration)", units);
    if (is_value_fragment(name)) return placeholder_pattern(name, name, units);
    if (name == "gap") return "[^\u27e8;]{0,60}?";
    auto it = fragments.find(name);
    if (it == fragments.end()) throw std::invalid_argument("unknown fragment {" + name + "}");
    std::string body = "(?:" + expand(it->second.pattern, depth + 1) + ")";
    if (it->second.capture.empty()) return body;
    std::string group = it->second.capture;
    int n = ++uses[group];
    if (n > 1) group += "_" + std::to_string(n);
    out.group_fragment[group] = name;
    return "(?P<" + group + ">" + body + ")";
  }
};

}  // namespace

bool is_value_fragment(const std::string& name) {
  if (name == "quantity") return true;
  for (const auto& k : kValueKinds)
    if (k == name) return true;
  return false;
}

std::vector<std::string> kinds_of_value_fragment(const std::string& fragment) {
  if (fragment == "quantity") return kQuantityKinds;
  return {fragment};
}

std::string group_base(const std::string& group) {
  auto p = group.rfind('_');
  if (p == std::string::npos || p + 1 >= group.size()) return group;
  for (std::size_t i = p + 1; i < group.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(group[i]))) return group;
  return group.substr(0, p);
}

Expansion expand_fragments(const std::string& pattern, const std::map<std::string, Fragment>& fragments) {
  Expander e{fragments, {}, {}};
  e.out.pattern = e.expand(pattern, 0);
  return std::move(e.out);
}

}  // namespace claimcheck::rules
