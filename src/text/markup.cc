// Markdown and HTML markup removal that keeps every remaining byte's original
// offsets (see mapped.h).  Deliberately small: enough to read prose out of
// articles, not a full CommonMark or HTML5 parser.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

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
    if (c == '`') {
      ++i;
      continue;
    }
    if (c == '!' && i + 1 < to && s[i + 1] == '[') {
      ++i;  // the image's alt text is read like a link's text
      continue;
    }
    if (c == '[') {
      // [text](url) or [text][ref]: keep text, drop the rest.
      std::size_t close = s.find(']', i + 1);
      if (close != std::string::npos && close < to) {
        inline_markdown(in, i + 1, close, out);
        std::size_t after = close + 1;
        if (after < to && s[after] == '(') {
          int depth = 0;
          std::size_t k = after;
          for (; k < to; ++k) {
            if (s[k] == '(') ++depth;
            else if (s[k] == ')' && --depth == 0) break;
          }
          if (k < to) after = k + 1;
        } else if (after < to && s[after] == '[') {
          std::size_t k = s.find(']', after + 1);
          if (k != std::string::npos && k < to) after = k + 1;
        }
        i = after;
        continue;
      }
    }
    if (c == '<') {
      std::size_t e = tag_end(s, i);
      if (e != std::string::npos && e <= to) {
        i = e;
        continue;
      }
      // Autolink <https://...>
      if (s.compare(i + 1, 4, "http") == 0) {
        std::size_t k = s.find('>', i);
        if (k != std::string::npos && k < to) {
          i = k + 1;
          continue;
        }
      }
    }
    if (c == '*' || c == '_' || c == '~') {
      std::size_t k = i;
      while (k < to && s[k] == c) ++k;
      bool before_word = i > from && word_char(s[i - 1]);
      bool after_word = k < to && word_char(s[k]);
      bool before_space = i == from || s[i - 1] == ' ';
      bool after_space = k == to || s[k] == ' ';
      bool keep = false;
      if (c == '_' && before_word && after_word) keep = true;       // snake_case
      if (c == '*' && before_space && after_space) keep = true;     // 2 * 3
      if (c == '~' && k - i == 1) keep = true;                      // ~30%
      if (keep) {
        out.copy(in, i, k);
      }
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

Mapped strip_markdown(const Mapped& in) {
  const std::string& s = in.text;
  Mapped out;
  out.reserve(s.size());
  // Split into lines (without their '\n').
  struct Line {
    std::size_t b, e;  // e = position of '\n' or s.size()
  };
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
  auto view = [&](const Line& l) { return std::string_view(s).substr(l.b, l.e - l.b); };
  std::size_t li = 0;
  // Front matter: "---" ... "---" (YAML) or "+++" ... "+++" (TOML) at the very start.
  if (!lines.empty() && (view(lines[0]) == "---" || view(lines[0]) == "+++")) {
    std::string_view open = view(lines[0]);
    for (std::size_t k = 1; k < lines.size(); ++k) {
      std::string_view v = view(lines[k]);
      if (v == open || (open == "---" && v == "...")) {
        li = k + 1;
        break;
      }
    }
  }
  enum class Kind { blank, text, block, skip };
  std::vector<Kind> kinds(lines.size(), Kind::skip);
  std::vector<std::size_t> content_start(lines.size(), 0);
  std::vector<bool> heading(lines.size(), false);
  std::vector<bool> field(lines.size(), false);  // "Context length: 2,000,000 tokens"
  bool in_fence = false;
  for (std::size_t k = li; k < lines.size(); ++k) {
    std::string_view v = view(lines[k]);
    if (is_fence(v)) {
      in_fence = !in_fence;
      kinds[k] = Kind::skip;
      continue;
    }
    if (in_fence) {
      kinds[k] = Kind::skip;
      continue;
    }
    if (is_blank_line(v)) {
      kinds[k] = Kind::blank;
      continue;
    }
    if (is_rule_line(v) || is_link_definition(v)) {
      kinds[k] = Kind::skip;
      continue;
    }
    bool h = false;
    std::size_t marker = block_marker(v, h);
    heading[k] = h;
    content_start[k] = lines[k].b + marker;
    std::string_view rest = ltrim(v);
    field[k] = marker == 0 && is_field_line(rest);
    kinds[k] = (marker > 0 || field[k] || rest.front() == '|' || rest.front() == '<') ? Kind::block : Kind::text;
  }
  for (std::size_t k = li; k < lines.size(); ++k) {
    const Line& l = lines[k];
    const bool has_newline = l.e < s.size();
    if (kinds[k] == Kind::text || kinds[k] == Kind::block) {
      std::size_t from = kinds[k] == Kind::block ? content_start[k] : l.b;
      while (from < l.e && (s[from] == ' ' || s[from] == '\t')) ++from;
      std::size_t to = l.e;
      if (heading[k]) {  // closing #'s
        std::size_t t = to;
        while (t > from && s[t - 1] == ' ') --t;
        std::size_t h = t;
        while (h > from && s[h - 1] == '#') --h;
        if (h < t && (h == from || s[h - 1] == ' ')) to = h;
      }
      inline_markdown(in, from, to, out);
      if (has_newline) {
        // A hard-wrapped line continues on the next text line.
        bool join = !heading[k] && !field[k] && k + 1 < lines.size() && kinds[k + 1] == Kind::text;
        // Two trailing spaces are a hard break in Markdown.
        if (l.e >= l.b + 2 && s[l.e - 1] == ' ' && s[l.e - 2] == ' ') join = false;
        out.push(join ? ' ' : '\n', in.begin[l.e], in.end[l.e]);
      }
    } else if (kinds[k] == Kind::blank && has_newline) {
      out.push('\n', in.begin[l.e], in.end[l.e]);
    }
  }
  return out;
}

Mapped strip_html(const Mapped& in) {
  const std::string& s = in.text;
  Mapped out;
  out.reserve(s.size());
  static const char* const kBlock[] = {"p",      "div",     "br",         "li",      "ul",     "ol",   "h1",
                                       "h2",     "h3",      "h4",         "h5",      "h6",     "tr",   "table",
                                       "section", "article", "header",    "footer",  "blockquote", "pre", "title",
                                       "hr",     "dt",      "dd",         "figure",  "figcaption", "nav", "aside",
                                       "main",   "body",    "html",       "head",    "caption", "thead", "tbody",
                                       "tfoot",  "dl",      "address",    "details", "summary", "option", "form"};
  static const char* const kSkip[] = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"};
  auto in_list = [](const std::string& name, auto& list) {
    for (const char* n : list)
      if (name == n) return true;
    return false;
  };
  auto emit_space = [&](char c, std::size_t b, std::size_t e) {
    if (c == ' ' && (out.last() == ' ' || out.last() == '\n')) return;
    if (c == '\n' && out.last() == ' ') {
      out.text.back() = '\n';
      out.begin.set_back(b);
      out.end.set_back(e);
      return;
    }
    if (c == '\n' && out.text.size() >= 2 && out.text.back() == '\n' && out.text[out.text.size() - 2] == '\n') return;
    out.push(c, b, e);
  };
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '<') {
      if (s.compare(i, 4, "<!--") == 0) {
        std::size_t e = s.find("-->", i + 4);
        i = e == std::string::npos ? s.size() : e + 3;
        continue;
      }
      if (s.compare(i, 9, "<![CDATA[") == 0) {
        std::size_t e = s.find("]]>", i + 9);
        std::size_t stop = e == std::string::npos ? s.size() : e;
        out.copy(in, i + 9, stop);
        i = e == std::string::npos ? s.size() : e + 3;
        continue;
      }
      std::size_t e = tag_end(s, i);
      if (e != std::string::npos) {
        std::string_view tag = std::string_view(s).substr(i, e - i);
        std::string name = tag_name(tag);
        bool closing = tag.size() > 1 && tag[1] == '/';
        bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
        if (!closing && !self_closing && in_list(name, kSkip)) {
          // Skip to the matching close tag.
          std::string close = "</" + name;
          std::size_t k = e;
          for (;;) {
            k = s.find("</", k);
            if (k == std::string::npos) break;
            std::string n2 = tag_name(std::string_view(s).substr(k, std::min<std::size_t>(s.size() - k, 20)));
            if (n2 == name) break;
            k += 2;
          }
          if (k == std::string::npos) {
            i = s.size();
          } else {
            std::size_t ke = tag_end(s, k);
            i = ke == std::string::npos ? s.size() : ke;
          }
          continue;
        }
        if (in_list(name, kBlock)) emit_space('\n', in.begin[i], in.end[e - 1]);
        else if (name == "td" || name == "th") emit_space(' ', in.begin[i], in.end[e - 1]);
        i = e;
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
      emit_space(' ', in.begin[i], in.end[i]);
      ++i;
      continue;
    }
    out.copy(in, i, i + 1);
    ++i;
  }
  return out;
}

}  // namespace claimcheck::text
