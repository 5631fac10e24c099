// Hard-wrapped plain text; see wrapped_lines.h.
#include "text/wrapped_lines.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace claimcheck::text {
namespace {

constexpr std::size_t kMaxWrapWidth = 110;  // wider lines are paragraphs, not wrapped text
constexpr std::size_t kWrapSlack = 35;      // a wrapped line ends within this of the width
constexpr std::size_t kMinLineWidth = 40;   // shorter lines (titles, bylines) say nothing of the width
constexpr int kMinWrappedLines = 3;         // lines cut mid-sentence before a text counts as wrapped

struct Line {
  std::size_t b, e;  // [b, e), e at the '\n' or the end
};

std::string_view trimmed(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

// Lengths in code points, so a line with curly quotes measures as it looks.
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// A line that starts something of its own: a list item, a quote, a table
// row, a "Key: value" field, a heading rule.
bool starts_block(std::string_view t) {
  if (t.empty()) return true;
  if (t.front() == '-' || t.front() == '*' || t.front() == '>' || t.front() == '|' || t.front() == '#' ||
      t.front() == '=' || t.substr(0, 3) == "\xE2\x80\xA2")  // bullet
    return true;
  std::size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d > 0 && d < t.size() && (t[d] == '.' || t[d] == ')') && d + 1 < t.size() && t[d + 1] == ' ') return true;
  // "Max output: 100,000 tokens": a capitalised key of at most four words.
  std::size_t colon = t.find(": ");
  if (colon != std::string_view::npos && colon <= 40 && std::isupper(static_cast<unsigned char>(t.front())) &&
      std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(colon), ' ') <= 3)
    return true;
  return false;
}

// "Name ........ $0.12 in / $0.60 out": a row of a list set out with a dot
// leader, one item per line like a "Key: value" field.
bool has_dot_leader(std::string_view t) { return t.find("....") != std::string_view::npos; }

// A line that a sentence may run on from: not a label ending in ':', not a
// field or list marker of its own that stands alone.
bool may_continue(std::string_view t) { return !t.empty() && t.back() != ':' && !has_dot_leader(t); }

}  // namespace

void join_wrapped_lines(Mapped& m) {
  std::string& s = m.text;
  std::vector<Line> lines;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    lines.push_back({b, e});
    if (e == s.size()) break;
    b = e + 1;
  }
  // The width lines are cut at: most long lines reach it (a line or two a
  // later edit left unwrapped do not move it).
  std::vector<std::size_t> long_widths;
  for (const Line& l : lines)
    if (std::size_t w = width(trimmed(std::string_view(s).substr(l.b, l.e - l.b))); w >= kMinLineWidth)
      long_widths.push_back(w);
  if (long_widths.size() < static_cast<std::size_t>(kMinWrappedLines)) return;
  std::sort(long_widths.begin(), long_widths.end());
  const std::size_t widest = long_widths[long_widths.size() * 3 / 4];
  if (widest > kMaxWrapWidth) return;
  const std::size_t near_width = widest > kWrapSlack ? widest - kWrapSlack : 0;
  // Which newlines only wrap: the line runs to near the width, does not end
  // its sentence, and the next line goes on with the same text.
  auto wraps = [&](std::size_t k) {
    if (k + 1 >= lines.size()) return false;
    std::string_view here = trimmed(std::string_view(s).substr(lines[k].b, lines[k].e - lines[k].b));
    std::string_view next = trimmed(std::string_view(s).substr(lines[k + 1].b, lines[k + 1].e - lines[k + 1].b));
    if (width(here) < std::max(near_width, kMinLineWidth) || !may_continue(here) || next.empty()) return false;
    const char last = here.back();
    if (last == '.' || last == '!' || last == '?' || last == '"') return false;
    // A list item's continuation is indented; any other block starts anew.
    const bool indented = s[lines[k + 1].b] == ' ' || s[lines[k + 1].b] == '\t';
    const bool item_or_field = next.front() == '-' || next.front() == '*' || next.front() == '>' ||
                               next.find(": ") < next.find(' ');
    if (starts_block(next) && (!indented || item_or_field)) return false;
    if (has_dot_leader(next)) return false;
    return true;
  };
  int wrapped = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) wrapped += wraps(k);
  if (wrapped < kMinWrappedLines) return;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k)
    if (wraps(k)) s[lines[k].e] = ' ';
}

}  // namespace claimcheck::text
