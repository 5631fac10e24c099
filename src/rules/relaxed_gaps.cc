// Long counted repetitions opened for a quick superset test; see relaxed_gaps.h.
#include "rules/relaxed_gaps.h"

#include <cctype>

namespace claimcheck::rules {
namespace {

// "{a,b}" at `at`: its length and b, or 0 when it is no bounded repetition.
std::size_t bounded_repetition(std::string_view p, std::size_t at, int* upper) {
  std::size_t i = at + 1;
  auto digits = [&]() {
    std::size_t start = i;
    while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i]))) ++i;
    return i - start;
  };
  if (digits() == 0 || i >= p.size() || p[i] != ',') return 0;
  std::size_t comma = i++;
  if (digits() == 0 || i >= p.size() || p[i] != '}') return 0;
  *upper = std::stoi(std::string(p.substr(comma + 1, i - comma - 1)));
  return i + 1 - at;
}

}  // namespace

std::optional<std::string> open_long_repetitions(std::string_view pattern, int min_bound) {
  std::string out;
  out.reserve(pattern.size());
  bool opened = false, in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // an escape: copied whole
      out += c;
      out += pattern[++i];
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];  // "[]...]": ']' first is a member
      continue;
    }
    int upper = 0;
    if (c == '{')
      if (std::size_t len = bounded_repetition(pattern, i, &upper); len > 0 && upper >= min_bound) {
        std::string_view rep = pattern.substr(i, len);
        out += rep.substr(0, rep.find(',') + 1);
        out += '}';
        i += len - 1;
        opened = true;
        continue;
      }
    out += c;
  }
  if (!opened) return std::nullopt;
  return out;
}

}  // namespace claimcheck::rules
