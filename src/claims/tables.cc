// Markdown pipe tables as one sentence per cell; see tables.h.
#include "claims/tables.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <re2/re2.h>

#include "claims/html_tables.h"
#include "claims/subjects.h"
#include "claims/table_rows.h"

namespace claimcheck::claims {
namespace {

using Cell = TableCell;
using Row = TableRow;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// "| a | b |" -> cells a, b (offsets relative to `line_begin` in the original).
std::vector<Cell> split_row(std::string_view original, std::size_t b, std::size_t e) {
  std::vector<Cell> cells;
  while (b < e && is_space(original[b])) ++b;
  while (e > b && is_space(original[e - 1])) --e;
  if (b < e && original[b] == '|') ++b;
  if (e > b && original[e - 1] == '|') --e;
  std::size_t start = b;
  for (std::size_t i = b; i <= e; ++i) {
    if (i < e && !(original[i] == '|' && (i == b || original[i - 1] != '\\'))) continue;
    std::size_t cb = start, ce = i;
    while (cb < ce && is_space(original[cb])) ++cb;
    while (ce > cb && is_space(original[ce - 1])) --ce;
    cells.push_back({cb, ce, std::string(original.substr(cb, ce - cb))});
    start = i + 1;
  }
  return cells;
}

bool is_separator(const std::vector<Cell>& cells) {
  if (cells.empty()) return false;
  for (const Cell& c : cells) {
    if (c.text.empty()) return false;
    for (char ch : c.text)
      if (ch != '-' && ch != ':' && ch != ' ') return false;
  }
  return true;
}

// Markdown emphasis around a cell or label: "**Vega-4 Pro**" -> "Vega-4 Pro";
// and a badge after a name: "Vega-4 Pro NEW" -> "Vega-4 Pro".
std::string_view unemphasise(std::string_view s) {
  while (s.size() >= 2 && (s.front() == '*' || s.front() == '_') && s.back() == s.front())
    s = s.substr(1, s.size() - 2);
  for (std::string_view badge : {" NEW", " BETA", " UPDATED", " HOT", " DEPRECATED", " LEGACY"})
    if (s.size() > badge.size() + 1 && s.substr(s.size() - badge.size()) == badge) {
      s.remove_suffix(badge.size());
      break;
    }
  return s;
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A rate's "per 1M tokens" in a header ("Input price (per 1M)") is the unit the
// cell's amount is in, not part of the fact's name; the value scanner would
// read its "1M" as a number.  Drops it, and the "()" it may leave.
void erase_rate_phrases(std::string& label) {
  // A parenthesis that only says the unit: "($/MTok)", "(USD per 1M)", "(per 1K)".
  for (std::size_t open = label.find('('); open != std::string::npos; open = label.find('(', open + 1)) {
    std::size_t close = label.find(')', open);
    if (close == std::string::npos) break;
    std::string inside = lowered(std::string_view(label).substr(open + 1, close - open - 1));
    for (std::string_view unit : {"$", "usd", "mtok", "1m", "1k", "per "})
      if (inside.find(unit) != std::string::npos) {
        label.erase(open, close - open + 1);
        break;
      }
  }
  static constexpr std::string_view kPhrases[] = {"per 1m tokens", "per 1m", "per million tokens", "per million",
                                                  "per 1k tokens", "per 1k", "per mtok", "/ mtok", "/mtok", "()"};
  for (std::string_view phrase : kPhrases)
    for (std::size_t p; (p = lowered(label).find(phrase)) != std::string::npos;) label.erase(p, phrase.size());
}

// "Input $/1M" -> "Input"; "Parameters (total / active)" -> "Parameters" and
// the parts "total", "active".
std::string clean_label(std::string_view raw, std::vector<std::string>* parts) {
  // A unit written as "$/1M" or "($)" says nothing the cell does not.
  std::string stripped(unemphasise(raw));
  erase_rate_phrases(stripped);
  for (std::string_view junk : {"$/1M", "$ / 1M", "$/M", "/ 1M", "/1M", "($)", "(USD)"})
    for (std::size_t p; (p = stripped.find(junk)) != std::string::npos;) stripped.erase(p, junk.size());
  std::string_view label = stripped;
  std::string out;
  std::size_t open = label.find('(');
  std::size_t close = open == std::string_view::npos ? open : label.find(')', open);
  if (close != std::string_view::npos) {
    std::string_view inside = label.substr(open + 1, close - open - 1);
    if (inside.find('/') != std::string_view::npos) {
      std::size_t s = 0;
      while (s <= inside.size()) {
        std::size_t slash = inside.find('/', s);
        std::string_view p = inside.substr(s, slash == std::string_view::npos ? std::string_view::npos : slash - s);
        while (!p.empty() && is_space(p.front())) p.remove_prefix(1);
        while (!p.empty() && is_space(p.back())) p.remove_suffix(1);
        parts->emplace_back(p);
        if (slash == std::string_view::npos) break;
        s = slash + 1;
      }
      out = std::string(label.substr(0, open)) + std::string(label.substr(close + 1));
    } else {  // "Input (cache hit)" -> "Input cache hit"
      out = std::string(label.substr(0, open)) + std::string(inside) + std::string(label.substr(close + 1));
    }
  } else if (label.find('/') != std::string_view::npos) {
    // "Total / active parameters" -> "Total parameters", "active parameters":
    // the words after the last part's first word are shared by every part.
    std::vector<std::string> segments;
    std::size_t s = 0;
    while (true) {
      std::size_t slash = label.find('/', s);
      std::string_view seg = label.substr(s, slash == std::string_view::npos ? std::string_view::npos : slash - s);
      while (!seg.empty() && is_space(seg.front())) seg.remove_prefix(1);
      while (!seg.empty() && is_space(seg.back())) seg.remove_suffix(1);
      segments.emplace_back(seg);
      if (slash == std::string_view::npos) break;
      s = slash + 1;
    }
    const std::string& last = segments.back();
    std::size_t sp = last.find(' ');
    std::string shared = sp == std::string::npos ? "" : last.substr(sp);
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) segments[i] += shared;
    *parts = segments;
    out.clear();
  } else {
    out = std::string(label);
  }
  // A unit written as "$/1M" or "($)" says nothing the cell does not.
  for (std::string_view junk : {"$/1M", "$ / 1M", "$/M", "USD", "$"}) {
    for (std::size_t p; (p = out.find(junk)) != std::string::npos;) out.erase(p, junk.size());
  }
  while (!out.empty() && is_space(out.back())) out.pop_back();
  while (!out.empty() && is_space(out.front())) out.erase(0, 1);
  // "$/1M in" and "$/1M out" are price columns: say which in the words the rules read.
  if (lowered(out) == "in") out = "Input";
  else if (lowered(out) == "out") out = "Output";
  return out;
}

// "2.4T / 96B" -> {"2.4T", "96B"} with their offsets; one part when no slash.
std::vector<Cell> split_slashes(const Cell& cell) {
  std::vector<Cell> out;
  const std::string_view text = cell.text;
  std::size_t s = 0;
  while (true) {
    std::size_t slash = text.find('/', s);
    std::size_t e = slash == std::string_view::npos ? text.size() : slash;
    std::size_t b = s;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    // A cell rewritten from markup has no byte-for-byte parts: each points at all of it.
    if (cell.verbatim) out.push_back({cell.begin + b, cell.begin + e, std::string(text.substr(b, e - b))});
    else out.push_back({cell.begin, cell.end, std::string(text.substr(b, e - b)), false});
    if (slash == std::string_view::npos) break;
    s = slash + 1;
  }
  return out;
}

// Whether a cell the name finder does not know still reads as a name where the
// table's other subjects are names: a short capitalised token with a digit
// ("Q7", "K2.6", "V4-Pro"), not an amount, a date or a sentence.
bool looks_like_name(std::string_view cell) {
  static const RE2 name("[A-Z][A-Za-z]{0,12}[- ]?[0-9]+(?:\\.[0-9]+)?(?:[- ][A-Z][A-Za-z]*){0,2}[a-z]?");
  return RE2::FullMatch(cell, name);
}

// Whether a header gives its cells' currency as US dollars: "Input ($/1M)", "Price (USD)".
bool in_dollars(std::string_view header) {
  return header.find('$') != std::string_view::npos || lowered(header).find("usd") != std::string::npos;
}

// "| Model | Lab | Params |": the lab, vendor or developer column names who
// made each row's model, not whose the row's figures are.
bool makers_column(std::string_view header) {
  std::string h = lowered(unemphasise(header));
  return h == "lab" || h == "vendor" || h == "company" || h == "developer" || h == "maker" || h == "creator" ||
         h == "organization" || h == "organisation" || h == "org" || h == "made by" || h == "developed by";
}

bool hosts_column(std::string_view header) {
  std::string h = lowered(unemphasise(header));
  return h == "provider" || h == "providers" || h == "host" || h == "hosted by" || h == "platform" || h == "endpoint";
}

// Whether two body rows hold the same text in a column.
bool repeated_cell(const std::vector<Row>& rows, std::size_t column) {
  std::set<std::string_view> seen;
  for (std::size_t r = 1; r < rows.size(); ++r)
    if (column < rows[r].cells.size() && !seen.insert(unemphasise(rows[r].cells[column].text)).second) return true;
  return false;
}

// A row of a model list for one dated snapshot ("| Rook 5 | `rook-5-2026-06-30` |
// 2026-06-30 | $2.50 |"): its dated id ("" = none).
std::string dated_id(const Row& row) {
  static const RE2 id("[`<>a-z/]*?([a-z][a-z0-9.]*(?:-[a-z0-9.]+)*-(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])[`<>a-z/]*");
  std::string found;
  for (const Cell& c : row.cells)
    if (RE2::FullMatch(unemphasise(c.text), id, &found)) return found;
  return "";
}

void add(const Row& row, std::string_view subject, std::string label, const std::vector<std::string>& parts,
         const Cell& cell, Tables* out, bool named_by_table = false, bool dollars = false,
         const std::string& snapshot = "") {
  if (cell.text.empty() || subject.empty()) return;
  // "Max output" after "GPT-5.5" would read as the name "GPT-5.5 Max".
  if (std::size_t sp = label.find(' '); sp != std::string::npos && is_edition_word(std::string_view(label).substr(0, sp)))
    label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  std::vector<Cell> pieces = parts.size() > 1 ? split_slashes(cell) : std::vector<Cell>{cell};
  if (pieces.size() != parts.size()) pieces = {cell};
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    std::string text = std::string(subject);
    if (!label.empty()) text += " " + label;
    if (pieces.size() > 1) text += " " + parts[i];
    else if (label.empty())  // a split label whose cell did not split: all of it
      for (const auto& p : parts) text += " " + p;
    std::string value(unemphasise(pieces[i].text));
    // A price column's header says the currency ("Input ($/1M)"), its cells do not ("1.74").
    if (dollars && !value.empty() && std::isdigit(static_cast<unsigned char>(value[0]))) value = "$" + value;
    text += ": " + value;
    // Told as the snapshot's (rules/ai-models/scopes.json): another row may give the model a later one.
    if (!snapshot.empty()) text += " (snapshot " + snapshot + ")";
    text += ".";
    out->sentences.push_back({text, pieces[i].begin, pieces[i].end, row.begin, row.end,
                              named_by_table ? std::string(subject) : std::string()});
  }
}

void read_table(const std::vector<Row>& rows, const std::function<bool(std::string_view)>& is_name, Tables* out) {
  const Row& header = rows.front();
  // The subjects are in the header row or in the column with the most names
  // (often the first; "| Rank | Model | ... |" has them second).
  std::size_t names_in_header = 0;
  for (std::size_t c = 1; c < header.cells.size(); ++c) names_in_header += is_name(unemphasise(header.cells[c].text));
  std::size_t subject_column = 0, names_in_column = 0;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    std::size_t n = 0;
    for (std::size_t r = 1; r < rows.size(); ++r)
      if (c < rows[r].cells.size()) n += is_name(unemphasise(rows[r].cells[c].text));
    if (n > names_in_column) names_in_column = n, subject_column = c;
  }
  // A makers' or hosts' column is the subjects only when no other column has
  // names ("| Provider | Model | Input |": each row is the model's).
  const bool hosts_named = hosts_column(header.cells[subject_column].text);
  if (makers_column(header.cells[subject_column].text) || hosts_named) {
    std::size_t best = 0, best_names = 0;
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
      if (makers_column(header.cells[c].text) || hosts_column(header.cells[c].text)) continue;
      std::size_t n = 0;
      for (std::size_t r = 1; r < rows.size(); ++r)
        if (c < rows[r].cells.size()) n += is_name(unemphasise(rows[r].cells[c].text));
      if (n > best_names) best_names = n, best = c;
    }
    if (best_names > 0) subject_column = best, names_in_column = best_names;
  }
  if (names_in_header == 0 && names_in_column == 0) return;
  const bool subjects_in_header = names_in_header > names_in_column;
  // "| Provider | Context | Input |" rows are hosts of the page's one model:
  // the values are not the hosts' own, and the table does not say whose.
  if (!subjects_in_header && hosts_column(header.cells[subject_column].text)) return;
  // Beside a hosts' column, a model named on two rows is served by two hosts:
  // the rows' figures are the hosts' offers, not two values of one fact.
  if (!subjects_in_header && hosts_named && repeated_cell(rows, subject_column)) return;
  // Beside two or more known names, a name-shaped cell is a name too.
  const bool names_table = std::max(names_in_header, names_in_column) >= 2;
  auto unknown_name = [&](std::string_view cell) { return names_table && !is_name(cell) && looks_like_name(cell); };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (row.cells.empty()) continue;
    if (subjects_in_header) {
      for (std::size_t c = 1; c < row.cells.size() && c < header.cells.size(); ++c) {
        std::vector<std::string> parts;
        std::string label = clean_label(row.cells.front().text, &parts);
        std::string_view subject = unemphasise(header.cells[c].text);
        add(row, subject, label, parts, row.cells[c], out, unknown_name(subject), in_dollars(row.cells.front().text));
      }
      continue;
    }
    if (subject_column >= row.cells.size()) continue;
    std::string_view subject = unemphasise(row.cells[subject_column].text);
    // Two rows of one model, each a dated snapshot: each row's cells are that
    // snapshot's (rules/ai-models/scopes.json), not two values of one fact.
    std::string snapshot = dated_id(row);
    if (!snapshot.empty()) {
      std::size_t rows_of_subject = 0;
      for (std::size_t k = 1; k < rows.size(); ++k)
        rows_of_subject += subject_column < rows[k].cells.size() && unemphasise(rows[k].cells[subject_column].text) == subject &&
                           !dated_id(rows[k]).empty();
      if (rows_of_subject < 2) snapshot.clear();
    }
    for (std::size_t c = 0; c < row.cells.size() && c < header.cells.size(); ++c) {
      if (c == subject_column) continue;
      std::vector<std::string> parts;
      std::string label = clean_label(header.cells[c].text, &parts);
      add(row, subject, label, parts, row.cells[c], out, unknown_name(subject), in_dollars(header.cells[c].text), snapshot);
    }
  }
}

}  // namespace

Tables read_tables(std::string_view original, const std::function<bool(std::string_view)>& is_name) {
  Tables out;
  std::vector<Row> rows;
  bool separator_seen = false;
  auto flush = [&](std::size_t end) {
    if (rows.size() >= 2 && separator_seen) {
      read_table(rows, is_name, &out);
      out.regions.push_back({rows.front().begin, end});
    }
    rows.clear();
    separator_seen = false;
  };
  std::size_t line = 0;
  while (line < original.size()) {
    std::size_t nl = original.find('\n', line);
    std::size_t end = nl == std::string_view::npos ? original.size() : nl;
    std::size_t first = line;
    while (first < end && is_space(original[first])) ++first;
    if (first < end && original[first] == '|') {
      std::vector<Cell> cells = split_row(original, line, end);
      if (is_separator(cells) && rows.size() == 1) separator_seen = true;
      else rows.push_back({line, end, std::move(cells)});
    } else {
      flush(line);
    }
    if (nl == std::string_view::npos) break;
    line = nl + 1;
  }
  flush(original.size());
  for (const HtmlTable& t : read_html_tables(original)) {
    read_table(t.rows, is_name, &out);
    out.regions.push_back({t.begin, t.end});
  }
  return out;
}

}  // namespace claimcheck::claims
