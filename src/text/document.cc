// make_document: UTF-8 validation, markup removal, NFKC + folding with an exact
// normalized -> original offset map, sentence splitting, line/column lookup.
//
// The text goes through up to four passes, each producing a string plus, for
// every output byte, the original byte range [begin, end) it came from:
//   1. decode   validate UTF-8 (or replace with U+FFFD), drop a leading BOM,
//               CRLF / CR -> LF
//   2. markup   Markdown or HTML syntax removed, entities decoded (markup.cc)
//   3. NFKC     ICU Normalizer2 with Edits (skipped for pure ASCII)
//   4. fold     curly quotes, dashes, odd spaces, invisible characters
#include "text/document.h"

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "base/calendar.h"
#include "base/file.h"
#include "claimcheck/error.h"
#include "text/mapped.h"
#include "text/wrapped_lines.h"

namespace claimcheck::text {

namespace {

// "Wed", "Thurs" (capitalised): ICU ends a sentence after "Wed." in "Wed. Nov 25".
bool weekday_abbreviation(std::string_view w) {
  static constexpr std::string_view kDays[] = {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"};
  return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays);
}

bool has_non_ascii(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80) return true;
  return false;
}

LineColumn line_column_in(const std::string& s, std::size_t offset) { return base::line_column(s, offset); }

// Length of the valid UTF-8 sequence at s[i], or 0 if invalid (overlongs,
// surrogates and code points above U+10FFFF are invalid).
int utf8_length(const std::string& s, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k) { return k < n && (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0 && p[i + 1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[i + 1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0 && p[i + 1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[i + 1] >= 0x90) return 0; // > U+10FFFF
    return 4;
  }
  return 0;
}

// Pass 1.
Mapped decode(const std::string& id, const std::string& in, bool lenient) {
  Mapped m;
  m.reserve(in.size());
  std::size_t i = 0;
  if (in.size() >= 3 && static_cast<unsigned char>(in[0]) == 0xEF && static_cast<unsigned char>(in[1]) == 0xBB &&
      static_cast<unsigned char>(in[2]) == 0xBF)
    i = 3;
  const std::size_t n = in.size();
  if (const void* nul = std::memchr(in.data(), 0, n)) {
    std::size_t at = static_cast<const char*>(nul) - in.data();
    LineColumn lc = line_column_in(in, at);
    throw Error(id + ":" + std::to_string(lc.line),
                "binary file (NUL byte at byte offset " + std::to_string(at) + "), not text");
  }
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\r') {
        if (i + 1 < n && in[i + 1] == '\n') {
          m.push('\n', i, i + 2);
          i += 2;
        } else {
          m.push('\n', i, i + 1);
          ++i;
        }
        continue;
      }
      // A run of plain ASCII is copied one for one.
      std::size_t j = i + 1;
      while (j < n && static_cast<unsigned char>(in[j]) < 0x80 && in[j] != '\r') ++j;
      // The first byte goes on its own: it may close the run of a preceding
      // multi-byte character (i, i, i, i+3), and append_linear only takes its
      // O(1) path once the run it starts is a plain +1 sequence; otherwise it
      // pushes byte by byte (a third of make_document's time on the corpus).
      m.text.append(in, i, j - i);
      m.begin.push_back(i);
      m.begin.append_linear(i + 1, j - i - 1);
      m.end.push_back(i + 1);
      m.end.append_linear(i + 2, j - i - 1);
      i = j;
      continue;
    }
    int len = utf8_length(in, i);
    if (len == 0) {
      if (!lenient) {
        LineColumn lc = line_column_in(in, i);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        throw Error(id + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column),
                    std::string("invalid UTF-8 (byte ") + hex + ") at byte offset " + std::to_string(i) +
                        " (use --lenient to replace invalid bytes with U+FFFD)");
      }
      m.push_str("\xEF\xBF\xBD", i, i + 1);
      ++i;
      continue;
    }
    for (int k = 0; k < len; ++k) m.push(in[i + k], i, i + len);
    i += len;
  }
  return m;
}

// Pass 3: NFKC with ICU, composing the offset map through icu::Edits.
Mapped nfkc(Mapped in) {
  if (!has_non_ascii(in.text)) return in;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec)) return in;
  // Quick check: most text is already NFKC.
  icu::StringPiece piece(in.text.data(), static_cast<int32_t>(in.text.size()));
  if (norm->isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) return in;
  ec = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(in.text.size()));
  icu::Edits edits;
  norm->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) return in;
  Mapped m;
  m.text = std::move(out);
  // The fine edits cover the destination in order, so the map is appended.
  auto it = edits.getFineIterator();
  while (it.next(ec)) {
    const int32_t src = it.sourceIndex();
    if (!it.hasChange()) {
      m.begin.append(in.begin, src, src + it.oldLength());
      m.end.append(in.end, src, src + it.oldLength());
    } else {
      const std::size_t at = std::min<std::size_t>(src, in.text.size() - 1);
      const std::size_t b = in.begin[at];
      const std::size_t e = it.oldLength() > 0 ? in.end[src + it.oldLength() - 1] : in.end[at];
      for (int32_t k = 0; k < it.newLength(); ++k) {
        m.begin.push_back(b);
        m.end.push_back(e);
      }
    }
  }
  if (U_FAILURE(ec) || m.begin.size() != m.text.size()) return in;
  return m;
}

// What a code point folds to: -1 keep, 0 delete, else the ASCII replacement.
int fold_code_point(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035: case 0x00B4:
    case 0x02BC: case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036: case 0x00AB:
    case 0x00BB: case 0x300C: case 0x300D: case 0xFF02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
    case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2043:
      return '-';
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x0009:
      return ' ';
    case 0x2028: case 0x2029: case 0x0085:
      return '\n';
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x200E: case 0x200F:
      return 0;
    case 0x2044: case 0x2215:
      return '/';
    case 0xFF05:
      return '%';
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return ' ';
  return -1;
}

// Pass 4.
Mapped fold(Mapped in) {
  if (!has_non_ascii(in.text) && in.text.find('\t') == std::string::npos) return in;
  Mapped m;
  m.reserve(in.text.size());
  const std::string& s = in.text;
  std::size_t i = 0, kept = 0;  // [kept, i) is unchanged and not yet copied
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 && c != '\t') {
      ++i;
      continue;
    }
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > s.size()) len = static_cast<int>(s.size() - i);
    char32_t cp = c;
    if (len == 2) cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    else if (len == 3) cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    else if (len == 4)
      cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    int r = fold_code_point(cp);
    if (r < 0) {
      i += len;
      continue;
    }
    m.copy(in, kept, i);
    if (r > 0) m.push(static_cast<char>(r), in.begin[i], in.end[i + len - 1]);
    i += len;
    kept = i;
  }
  m.copy(in, kept, s.size());
  return m;
}

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), ec));
  if (U_FAILURE(ec) || !bi) {
    ec = U_ZERO_ERROR;
    bi.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), ec));
  }
  return bi;
}

// One iterator per thread, built directly: clones of ICU's filtered
// (abbreviation-aware) sentence iterator share state with their prototype.
icu::BreakIterator& sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> mine = make_sentence_iterator();
  return *mine;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

void split_sentences(Document& d) {
  const std::string& s = d.normalized;
  if (s.empty()) return;
  // Paragraph index of each line start: a paragraph is a non-blank line.
  icu::BreakIterator& bi = sentence_iterator();
  UErrorCode ec = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &ec);
  if (U_FAILURE(ec)) return;
  bi.setText(ut, ec);
  std::size_t paragraph = 0;
  bool seen_text_in_line = false;
  std::size_t scanned = 0;  // offset up to which paragraph counting has run
  auto advance_to = [&](std::size_t to) {
    for (; scanned < to; ++scanned) {
      char c = s[scanned];
      if (c == '\n') {
        if (seen_text_in_line) ++paragraph;
        seen_text_in_line = false;
      } else if (!is_space(c)) {
        seen_text_in_line = true;
      }
    }
  };
  int32_t start = bi.first();
  for (int32_t end = bi.next(); end != icu::BreakIterator::DONE; start = end, end = bi.next()) {
    std::size_t b = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
    // A sentence never spans a newline (ICU breaks after one already; this is a guard).
    while (b < e) {
      const void* nlp = std::memchr(s.data() + b, '\n', e - b);  // within the segment only
      std::size_t piece_end = nlp ? static_cast<const char*>(nlp) - s.data() + 1 : e;
      std::size_t pb = b, pe = piece_end;
      while (pb < pe && is_space(s[pb])) ++pb;
      while (pe > pb && is_space(s[pe - 1])) --pe;
      if (pb < pe) {
        advance_to(pb);
        d.sentences.push_back(Sentence{pb, pe, paragraph});
      }
      b = piece_end;
    }
  }
  utext_close(ut);
  // ICU breaks after abbreviations it does not know ("Apr. 23", "No. 1",
  // "approx. 5"): join a sentence that starts with a digit or a lower-case
  // letter to a previous one ending in a short word and a period.
  std::vector<Sentence> merged;
  merged.reserve(d.sentences.size());
  for (const Sentence& sn : d.sentences) {
    if (!merged.empty()) {
      Sentence& prev = merged.back();
      char first = s[sn.begin];
      bool starts_low = (first >= '0' && first <= '9') || (first >= 'a' && first <= 'z');
      // Only the gap between the two (find() to the end of a 200 MB line per sentence was quadratic).
      bool same_line = std::memchr(s.data() + prev.end, '\n', sn.begin - prev.end) == nullptr;
      if (same_line && prev.end >= 2 && s[prev.end - 1] == '.') {
        std::size_t w = prev.end - 1;
        while (w > prev.begin && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
        std::size_t len = prev.end - 1 - w;
        bool boundary = w == prev.begin || !std::isalnum(static_cast<unsigned char>(s[w - 1]));
        // "Wed. Nov 25": an abbreviated weekday before a month name.
        if (!starts_low && len >= 3 && len <= 5 && weekday_abbreviation(std::string_view(s).substr(w, len))) {
          std::size_t n = sn.begin;
          while (n < sn.end && std::isalpha(static_cast<unsigned char>(s[n]))) ++n;
          starts_low = base::month_number(std::string_view(s).substr(sn.begin, n - sn.begin)) != 0;
        }
        // "at 10 p.m. ET.": a time zone after "a.m."/"p.m." belongs to the time.
        if (!starts_low && len == 1 && (s[w] == 'm' || s[w] == 'M') && w >= prev.begin + 2 && s[w - 1] == '.' &&
            std::strchr("apAP", s[w - 2]) != nullptr) {
          std::size_t n = sn.begin;
          while (n < sn.end && n - sn.begin < 5 && s[n] >= 'A' && s[n] <= 'Z') ++n;
          static const std::string_view kZones[] = {"ET",  "EST", "EDT", "CT",  "CST", "CDT", "MT",   "MST",
                                                    "MDT", "PT",  "PST", "PDT", "GMT", "BST", "UTC",  "CET",
                                                    "CEST", "IST", "JST", "HKT", "SGT", "AEST", "AEDT"};
          const std::string_view zone = std::string_view(s).substr(sn.begin, n - sn.begin);
          if (n == sn.end || !std::isalpha(static_cast<unsigned char>(s[n])))
            for (std::string_view z : kZones)
              if (zone == z) starts_low = true;
        }
        // "approx. 70": the one common abbreviation longer than five letters.
        const bool approx = len == 6 && (s.compare(w, 6, "approx") == 0 || s.compare(w, 6, "Approx") == 0);
        if (starts_low && ((len >= 1 && len <= 5) || approx) && boundary) {
          prev.end = sn.end;
          continue;
        }
      }
    }
    merged.push_back(sn);
  }
  d.sentences = std::move(merged);
}

}  // namespace

std::size_t Document::to_original(std::size_t n) const {
  if (offset_map.empty()) return std::min(n, original.size());
  if (n >= offset_map.size()) return offset_map.back();
  return offset_map[n];
}

std::size_t Document::to_original_end(std::size_t n) const {
  if (offset_end_map.empty()) return std::min(n, original.size());
  if (n == 0) return to_original(0);
  if (n > offset_end_map.size()) return offset_end_map.back();
  return offset_end_map[n - 1];
}

LineColumn Document::line_column(std::size_t off) const { return base::line_column(original, line_starts, code_point_marks, off); }

std::string_view Document::original_text(std::size_t b, std::size_t e) const {
  std::size_t ob = to_original(b), oe = to_original_end(e);
  if (oe < ob) oe = ob;
  return std::string_view(original).substr(ob, oe - ob);
}

Document make_document(std::string id, std::string bytes, const TextOptions& options) {
  Document d;
  d.id = std::move(id);
  d.original = std::move(bytes);
  Mapped m = decode(d.id, d.original, options.lenient);
  if (options.markup == Markup::markdown) m = strip_markdown(m);
  else if (options.markup == Markup::html) m = strip_html(m);
  else join_wrapped_lines(m);
  m = nfkc(std::move(m));
  m = fold(std::move(m));
  d.normalized = std::move(m.text);
  d.offset_map = std::move(m.begin);
  d.offset_map.push_back(d.original.size());
  d.offset_end_map = std::move(m.end);
  d.line_starts = base::line_starts(d.original);
  d.code_point_marks = base::code_point_marks(d.original);
  split_sentences(d);
  return d;
}

Markup markup_for_path(const std::string& path) {
  auto dot = path.find_last_of('.');
  if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return Markup::plain;
  std::string ext = path.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd") return Markup::markdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Markup::html;
  return Markup::plain;
}

Document load_document(const std::string& path, TextOptions options) {
  std::string bytes = base::read_file(path);
  if (options.markup == Markup::plain) options.markup = markup_for_path(path);
  return make_document(path, std::move(bytes), options);
}

}  // namespace claimcheck::text
