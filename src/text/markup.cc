// Markdown and HTML markup removal that keeps every remaining byte's original
// offsets (see mapped.h).  Deliberately small: enough to read prose out of
// articles, not a full CommonMark or HTML5 parser.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "text/mapped.h"

namespace claimcheck::text {

namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct Entity {
  const char* name;
  char32_t cp;
};
constexpr Entity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},         {"gt", '>'},         {"quot", '"'},       {"apos", '\''},
    {"nbsp", 0xA0},     {"ndash", 0x2013},   {"mdash", 0x2014},   {"minus", 0x2212},   {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"laquo", 0xAB},     {"raquo", 0xBB},
    {"hellip", 0x2026}, {"euro", 0x20AC},    {"pound", 0xA3},     {"yen", 0xA5},       {"cent", 0xA2},
    {"times", 0xD7},    {"divide", 0xF7},    {"frac12", 0xBD},    {"frac14", 0xBC},    {"frac34", 0xBE},
    {"deg", 0xB0},      {"copy", 0xA9},      {"reg", 0xAE},       {"trade", 0x2122},   {"thinsp", 0x2009},
    {"ensp", 0x2002},   {"emsp", 0x2003},    {"zwj", 0x200D},     {"zwnj", 0x200C},    {"shy", 0xAD},
    {"percnt", '%'},    {"dollar", '$'},     {"sect", 0xA7},      {"middot", 0xB7},    {"bull", 0x2022},
    {"plusmn", 0xB1},   {"le", 0x2264},      {"ge", 0x2265},      {"asymp", 0x2248},   {"sim", 0x223C},
};

bool is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

bool is_fence(std::string_view line) {
  line = ltrim(line);
  return line.size() >= 3 && (line.substr(0, 3) == "```" || line.substr(0, 3) == "~~~");
}

// "---", "***", "___", "===" lines (rules and setext underlines) and table
// separators such as "|---|:--:|".
bool is_rule_line(std::string_view line) {
  line = ltrim(line);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.size() < 3) return false;
  int marks = 0;
  for (char c : line) {
    if (c == '-' || c == '*' || c == '_' || c == '=') ++marks;
    else if (c != ' ' && c != '|' && c != ':') return false;
  }
  return marks >= 3;
}

// Length of a block marker at the start of a line: heading "## ", quote "> ",
// list "- ", "* ", "+ ", "1. ", "2) "; 0 if none.
std::size_t block_marker(std::string_view line, bool& heading) {
  heading = false;
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  std::size_t start = i;
  if (i < line.size() && line[i] == '#') {
    while (i < line.size() && line[i] == '#') ++i;
    if (i - start <= 6 && (i == line.size() || line[i] == ' ')) {
      heading = true;
      while (i < line.size() && line[i] == ' ') ++i;
      return i;
    }
    return 0;
  }
  std::size_t total = 0;
  while (i < line.size() && line[i] == '>') {
    ++i;
    while (i < line.size() && line[i] == ' ') ++i;
    total = i;
  }
  if (i + 1 < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+') && line[i + 1] == ' ')
    return i + 2;
  std::size_t d = i;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d])) && d - i < 9) ++d;
  if (d > i && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') return d + 2;
  return total;
}

bool is_link_definition(std::string_view line) {
  line = ltrim(line);
  if (line.empty() || line[0] != '[') return false;
  auto close = line.find("]:");
  return close != std::string_view::npos && line.find(']') == close;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Finds the end of an HTML tag starting at s[i] == '<'; npos if it is not one.
std::size_t tag_end(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return std::string_view::npos;
  char c = s[i + 1];
  if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '/' || c == '!' || c == '?'))
    return std::string_view::npos;
  char quote = 0;
  for (std::size_t k = i + 1; k < s.size(); ++k) {
    char ch = s[k];
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '"' || ch == '\'') {
      quote = ch;
    } else if (ch == '>') {
      return k + 1;
    } else if (ch == '<') {
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

std::string tag_name(std::string_view tag) {
  std::size_t i = 1;
  if (i < tag.size() && tag[i] == '/') ++i;
  std::string name;
  while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])))) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    ++i;
  }
  return name;
}

// After a link's "[text]": the end of its "(url)" or "[ref]", else `after` itself.
std::size_t link_target_end(const std::string& s, std::size_t after, std::size_t to) {
  if (after < to && s[after] == '(') {
    int depth = 0;
    std::size_t k = after;
    for (; k < to; ++k) {
      if (s[k] == '(') ++depth;
      else if (s[k] == ')' && --depth == 0) break;
    }
    if (k < to) return k + 1;
  } else if (after < to && s[after] == '[') {
    std::size_t k = s.find(']', after + 1);
    if (k != std::string::npos && k < to) return k + 1;
  }
  return after;
}

// The end of an inline HTML tag or an autolink <https://...> at `i`, or npos.
std::size_t inline_tag_end(const std::string& s, std::size_t i, std::size_t to) {
  std::size_t e = tag_end(s, i);
  if (e != std::string::npos && e <= to) return e;
  if (s.compare(i + 1, 4, "http") == 0) {
    std::size_t k = s.find('>', i);
    if (k != std::string::npos && k < to) return k + 1;
  }
  return std::string::npos;
}

// Whether a run [i, k) of '*', '_' or '~' is text, not emphasis: snake_case,
// "2 * 3", "~30%".
bool emphasis_is_text(const std::string& s, std::size_t from, std::size_t to, std::size_t i, std::size_t k) {
  const char c = s[i];
  bool before_word = i > from && word_char(s[i - 1]);
  bool after_word = k < to && word_char(s[k]);
  bool before_space = i == from || s[i - 1] == ' ';
  bool after_space = k == to || s[k] == ' ';
  if (c == '_' && before_word && after_word) return true;    // snake_case
  if (c == '*' && before_space && after_space) return true;  // 2 * 3
  return c == '~' && k - i == 1;                             // ~30%
}

// Inline Markdown of one line: links, images, emphasis, code spans, escapes,
// inline HTML tags, entities.
void inline_markdown(const Mapped& in, std::size_t from, std::size_t to, Mapped& out) {
  const std::string& s = in.text;
  std::size_t i = from;
  while (i < to) {
    char c = s[i];
    if (c == '\\' && i + 1 < to && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out.copy(in, i + 1, i + 2);
      i += 2;
      continue;
    }
    if (c == '`' || (c == '!' && i + 1 < to && s[i + 1] == '[')) {
      ++i;  // code spans keep their text; an image's alt text is read like a link's text
      continue;
    }
    if (c == '[') {
      // [text](url) or [text][ref]: keep text, drop the rest.
      std::size_t close = s.find(']', i + 1);
      if (close != std::string::npos && close < to) {
        inline_markdown(in, i + 1, close, out);
        i = link_target_end(s, close + 1, to);
        continue;
      }
    }
    if (c == '<') {
      if (std::size_t e = inline_tag_end(s, i, to); e != std::string::npos) {
        i = e;
        continue;
      }
    }
    if (c == '*' || c == '_' || c == '~') {
      std::size_t k = i;
      while (k < to && s[k] == c) ++k;
      if (emphasis_is_text(s, from, to, i, k)) out.copy(in, i, k);
      i = k;
      continue;
    }
    if (c == '&') {
      std::string decoded;
      std::size_t len = decode_entity(s, i, decoded);
      if (len > 0 && i + len <= to) {
        out.push_str(decoded, in.begin[i], in.end[i + len - 1]);
        i += len;
        continue;
      }
    }
    if (c == '|') {
      if (out.last() != ' ' && out.last() != '\n') out.push(' ', in.begin[i], in.end[i]);
      ++i;
      continue;
    }
    out.copy(in, i, i + 1);
    ++i;
  }
}

// A spec sheet's "Key: value" line ("Active parameters: 41B"): a capitalised
// key of a few words, a colon, a value.  Each is a line of its own, never
// joined with the next as a hard-wrapped sentence would be.
bool is_field_line(std::string_view v) {
  if (v.empty() || !std::isupper(static_cast<unsigned char>(v.front()))) return false;
  std::size_t colon = v.find(':');
  if (colon == std::string_view::npos || colon > 40 || colon + 1 >= v.size() || v[colon + 1] != ' ') return false;
  int spaces = 0;
  for (std::size_t i = 0; i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (c == ' ') ++spaces;
    else if (!std::isalnum(c) && c != '-' && c != '(' && c != ')' && c != '/' && c != '\'' && c != '.' && c < 0x80)
      return false;
  }
  return spaces <= 4;
}

}  // namespace

std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  if (i >= s.size() || s[i] != '&') return 0;
  std::size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (body[0] == '#') {
    std::string digits(body.substr(1));
    if (digits.empty()) return 0;
    char* endp = nullptr;
    long v = (digits[0] == 'x' || digits[0] == 'X') ? std::strtol(digits.c_str() + 1, &endp, 16)
                                                    : std::strtol(digits.c_str(), &endp, 10);
    if (!endp || *endp || v <= 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    cp = static_cast<char32_t>(v);
  } else {
    for (const Entity& e : kEntities) {
      if (body == e.name) {
        cp = e.cp;
        break;
      }
    }
    if (!cp) return 0;
  }
  out.clear();
  append_utf8(out, cp);
  return semi - i + 1;
}

namespace {

struct Line {
  std::size_t b, e;  // e = position of '\n' or s.size()
};

// The lines of `s`, without their '\n'.
std::vector<Line> split_lines(const std::string& s) {
  std::vector<Line> lines;
  for (std::size_t b = 0; b <= s.size();) {
    std::size_t nl = s.find('\n', b);
    if (nl == std::string::npos) {
      if (b < s.size()) lines.push_back({b, s.size()});
      break;
    }
    lines.push_back({b, nl});
    b = nl + 1;
  }
  return lines;
}

std::string_view line_view(const std::string& s, const Line& l) { return std::string_view(s).substr(l.b, l.e - l.b); }

// The first line after front matter: "---" ... "---" (YAML) or "+++" ... "+++"
// (TOML) at the very start; 0 when there is none.
std::size_t front_matter_end(const std::string& s, const std::vector<Line>& lines) {
  if (lines.empty() || (line_view(s, lines[0]) != "---" && line_view(s, lines[0]) != "+++")) return 0;
  std::string_view open = line_view(s, lines[0]);
  for (std::size_t k = 1; k < lines.size(); ++k) {
    std::string_view v = line_view(s, lines[k]);
    if (v == open || (open == "---" && v == "...")) return k + 1;
  }
  return 0;
}

enum class LineKind { blank, text, block, skip };

// What each Markdown line is, from `first` on.
struct LineKinds {
  std::vector<LineKind> kind;
  std::vector<std::size_t> content_start;  // after a block marker ("# ", "- ", "> ")
  std::vector<bool> heading;
  std::vector<bool> field;  // "Context length: 2,000,000 tokens"
};

LineKinds classify_lines(const std::string& s, const std::vector<Line>& lines, std::size_t first) {
  LineKinds out{std::vector<LineKind>(lines.size(), LineKind::skip), std::vector<std::size_t>(lines.size(), 0),
                std::vector<bool>(lines.size(), false), std::vector<bool>(lines.size(), false)};
  bool in_fence = false;
  for (std::size_t k = first; k < lines.size(); ++k) {
    std::string_view v = line_view(s, lines[k]);
    if (is_fence(v)) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    if (is_blank_line(v)) {
      out.kind[k] = LineKind::blank;
      continue;
    }
    if (is_rule_line(v) || is_link_definition(v)) continue;
    bool h = false;
    std::size_t marker = block_marker(v, h);
    out.heading[k] = h;
    out.content_start[k] = lines[k].b + marker;
    std::string_view rest = ltrim(v);
    out.field[k] = marker == 0 && is_field_line(rest);
    out.kind[k] = (marker > 0 || out.field[k] || rest.front() == '|' || rest.front() == '<') ? LineKind::block : LineKind::text;
  }
  return out;
}

// A heading's text ends before its closing #'s.
std::size_t heading_text_end(const std::string& s, std::size_t from, std::size_t to) {
  std::size_t t = to;
  while (t > from && s[t - 1] == ' ') --t;
  std::size_t h = t;
  while (h > from && s[h - 1] == '#') --h;
  return h < t && (h == from || s[h - 1] == ' ') ? h : to;
}

}  // namespace

Mapped strip_markdown(const Mapped& in) {
  const std::string& s = in.text;
  Mapped out;
  out.reserve(s.size());
  const std::vector<Line> lines = split_lines(s);
  const std::size_t first = front_matter_end(s, lines);
  const LineKinds kinds = classify_lines(s, lines, first);
  for (std::size_t k = first; k < lines.size(); ++k) {
    const Line& l = lines[k];
    const bool has_newline = l.e < s.size();
    const LineKind kind = kinds.kind[k];
    if (kind == LineKind::text || kind == LineKind::block) {
      std::size_t from = kind == LineKind::block ? kinds.content_start[k] : l.b;
      while (from < l.e && (s[from] == ' ' || s[from] == '\t')) ++from;
      inline_markdown(in, from, kinds.heading[k] ? heading_text_end(s, from, l.e) : l.e, out);
      if (has_newline) {
        // A hard-wrapped line continues on the next text line.
        bool join = !kinds.heading[k] && !kinds.field[k] && k + 1 < lines.size() && kinds.kind[k + 1] == LineKind::text;
        // Two trailing spaces are a hard break in Markdown.
        if (l.e >= l.b + 2 && s[l.e - 1] == ' ' && s[l.e - 2] == ' ') join = false;
        out.push(join ? ' ' : '\n', in.begin[l.e], in.end[l.e]);
      }
    } else if (kind == LineKind::blank && has_newline) {
      out.push('\n', in.begin[l.e], in.end[l.e]);
    }
  }
  return out;
}

namespace {

bool in_list(const std::string& name, const char* const* list, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i)
    if (name == list[i]) return true;
  return false;
}

// Tags that end a line of text.
bool is_block_tag(const std::string& name) {
  static const char* const kBlock[] = {"p",      "div",     "br",         "li",      "ul",     "ol",   "h1",
                                       "h2",     "h3",      "h4",         "h5",      "h6",     "tr",   "table",
                                       "section", "article", "header",    "footer",  "blockquote", "pre", "title",
                                       "hr",     "dt",      "dd",         "figure",  "figcaption", "nav", "aside",
                                       "main",   "body",    "html",       "head",    "caption", "thead", "tbody",
                                       "tfoot",  "dl",      "address",    "details", "summary", "option", "form"};
  return in_list(name, kBlock, std::size(kBlock));
}

// Elements whose content is no prose.
bool is_skipped_element(const std::string& name) {
  static const char* const kSkip[] = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"};
  return in_list(name, kSkip, std::size(kSkip));
}

// HTML whitespace: runs collapse to one space, a line break wins over a space,
// at most one blank line.
void emit_space(Mapped& out, char c, std::size_t b, std::size_t e) {
  if (c == ' ' && (out.last() == ' ' || out.last() == '\n')) return;
  if (c == '\n' && out.last() == ' ') {
    out.text.back() = '\n';
    out.begin.set_back(b);
    out.end.set_back(e);
    return;
  }
  if (c == '\n' && out.text.size() >= 2 && out.text.back() == '\n' && out.text[out.text.size() - 2] == '\n') return;
  out.push(c, b, e);
}

// The end of a skipped element's close tag, searched from `from` (after its
// open tag); the end of the text when it is never closed.
std::size_t skipped_element_end(const std::string& s, std::size_t from, const std::string& name) {
  std::size_t k = from;
  for (;;) {
    k = s.find("</", k);
    if (k == std::string::npos) return s.size();
    if (tag_name(std::string_view(s).substr(k, std::min<std::size_t>(s.size() - k, 20))) == name) break;
    k += 2;
  }
  std::size_t ke = tag_end(s, k);
  return ke == std::string::npos ? s.size() : ke;
}

// Whether an opening tag marks a page's reader comments (class or id
// "comments", "comment-list", "user-comments", ...; not "commentary"):
// what readers post there is no part of the article.
bool is_comment_section(std::string_view tag) {
  auto lower = [](std::string_view v) {
    std::string out(v);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  const std::string t = lower(tag);
  for (std::string_view attribute : {"class=", "id="}) {
    for (std::size_t at = t.find(attribute); at != std::string::npos; at = t.find(attribute, at + 1)) {
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(t[at - 1])) || t[at - 1] == '-' || t[at - 1] == '_'))
        continue;  // "data-id=" is another attribute
      std::size_t q = at + attribute.size();
      if (q >= t.size() || (t[q] != '"' && t[q] != '\'')) continue;
      std::size_t close = t.find(t[q], q + 1);
      if (close == std::string::npos) continue;
      // Each space-separated token: "comments", "comment-list", "user-comments", not "commentary".
      std::string_view value = std::string_view(t).substr(q + 1, close - q - 1);
      for (std::size_t b = 0; b < value.size();) {
        std::size_t e = value.find(' ', b);
        std::string_view token = value.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
        for (std::size_t c = token.find("comment"); c != std::string_view::npos; c = token.find("comment", c + 1)) {
          std::size_t end = c + 7;
          if (end < token.size() && token[end] == 's') ++end;
          if ((c == 0 || token[c - 1] == '-' || token[c - 1] == '_') &&
              (end == token.size() || token[end] == '-' || token[end] == '_'))
            return true;
        }
        if (e == std::string_view::npos) break;
        b = e + 1;
      }
    }
  }
  return false;
}

// The end of the element whose open tag ends at `from`, counting nested
// elements of the same name; the end of the text when it is never closed.
std::size_t element_end(const std::string& s, std::size_t from, const std::string& name) {
  int depth = 1;
  for (std::size_t k = s.find('<', from); k != std::string::npos; k = s.find('<', k + 1)) {
    std::string_view rest = std::string_view(s).substr(k, std::min<std::size_t>(s.size() - k, 24));
    if (tag_name(rest) != name) continue;
    if (rest.size() > 1 && rest[1] == '/') {
      if (--depth == 0) {
        std::size_t ke = tag_end(s, k);
        return ke == std::string::npos ? s.size() : ke;
      }
    } else {
      ++depth;
    }
  }
  return s.size();
}

// Bytes of text (outside tags) in s[b, e): how much a reader sees there.
std::size_t text_length(const std::string& s, std::size_t b, std::size_t e) {
  std::size_t n = 0;
  bool in_tag = false;
  for (std::size_t k = b; k < e; ++k) {
    if (s[k] == '<') in_tag = true;
    else if (s[k] == '>') in_tag = false;
    else if (!in_tag && s[k] != ' ' && s[k] != '\n' && s[k] != '\t') ++n;
  }
  return n;
}

// A comment, CDATA section or tag at `i` ('<'): its text (CDATA) or the space
// it stands for goes to `out`; returns where reading goes on, or npos when
// the '<' starts no markup.  `thread_until`: where the replies read as the
// page itself (a forum thread) end.
std::size_t read_markup(const Mapped& in, std::size_t i, Mapped& out, std::size_t* thread_until) {
  const std::string& s = in.text;
  if (s.compare(i, 4, "<!--") == 0) {
    std::size_t e = s.find("-->", i + 4);
    return e == std::string::npos ? s.size() : e + 3;
  }
  if (s.compare(i, 9, "<![CDATA[") == 0) {
    std::size_t e = s.find("]]>", i + 9);
    out.copy(in, i + 9, e == std::string::npos ? s.size() : e);
    return e == std::string::npos ? s.size() : e + 3;
  }
  std::size_t e = tag_end(s, i);
  if (e == std::string::npos) return e;
  std::string_view tag = std::string_view(s).substr(i, e - i);
  std::string name = tag_name(tag);
  bool closing = tag.size() > 1 && tag[1] == '/';
  bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
  if (!closing && !self_closing && is_skipped_element(name)) return skipped_element_end(s, e, name);
  if (!closing && !self_closing && is_comment_section(tag)) {
    emit_space(out, '\n', in.begin[i], in.end[e - 1]);
    const std::size_t end = element_end(s, e, name);
    // Replies on a page with no <article> before them that hold more text
    // than everything before them are the page itself (a forum thread), not
    // readers' talk beside an article.
    if (i < *thread_until) return e;  // a reply inside the thread's replies
    const bool beside_article = std::string_view(s).substr(0, i).find("<article") != std::string_view::npos;
    if (beside_article || text_length(s, e, end) <= out.text.size()) return end;
    *thread_until = end;
    return e;
  }
  if (name == "dd" && !closing && out.text.size() >= 2 && out.last() == '\n' && out.text[out.text.size() - 2] != '\n' &&
      out.text[out.text.size() - 2] != ':') {
    // A definition list's term and value are one "Key: value" line, as a
    // spec sheet writes it ("<dt>Context window</dt><dd>1M tokens</dd>").
    out.text.back() = ':';
    out.push(' ', in.begin[i], in.end[e - 1]);
  } else if (is_block_tag(name)) {
    emit_space(out, '\n', in.begin[i], in.end[e - 1]);
  } else if (name == "td" || name == "th") {
    emit_space(out, ' ', in.begin[i], in.end[e - 1]);
  }
  return e;
}

}  // namespace

Mapped strip_html(const Mapped& in) {
  const std::string& s = in.text;
  Mapped out;
  out.reserve(s.size());
  std::size_t thread_until = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '<') {
      if (std::size_t next = read_markup(in, i, out, &thread_until); next != std::string::npos) {
        i = next;
        continue;
      }
    }
    if (c == '&') {
      std::string decoded;
      std::size_t len = decode_entity(s, i, decoded);
      if (len > 0) {
        out.push_str(decoded, in.begin[i], in.end[i + len - 1]);
        i += len;
        continue;
      }
    }
    if (c == '\n' || c == '\t' || c == ' ' || c == '\r' || c == '\f') {
      emit_space(out, ' ', in.begin[i], in.end[i]);
      ++i;
      continue;
    }
    out.copy(in, i, i + 1);
    ++i;
  }
  return out;
}

}  // namespace claimcheck::text
