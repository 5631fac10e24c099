#pragma once
// text::Document: an article's bytes made ready for extraction.
//
//   original   the bytes as read (what line/column and spans refer to)
//   normalized NFKC-folded UTF-8 (curly quotes, dashes, odd spaces and
//              full-width digits folded; BOM and markup removed) that every later
//              stage reads
//   sentences  ICU sentence boundaries over `normalized`, grouped in paragraphs
//
// Everything downstream works on `normalized` and maps back with to_original()
// (span starts) and to_original_end() (span ends) so reports point into the
// file the user has open.
//
// Example:
//   Document d = make_document("a.txt", "Price: \xE2\x80\x9C$5\xE2\x80\x9D\n");
//   d.normalized == "Price: \"$5\"\n"
//   d.original_text(8, 10) == "$5"        (normalized [8,10) -> original [10,12))
//
// Paragraphs: in plain text every line is a paragraph (news text puts one per
// line and often has a title line with no final period: a newline always ends
// a sentence).  In Markdown and HTML, blank lines and block elements separate
// paragraphs and hard-wrapped lines are joined.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_position.h"
#include "text/offset_column.h"

namespace claimcheck::text {

enum class Markup { plain, markdown, html };

struct TextOptions {
  bool lenient = false;          // replace invalid UTF-8 with U+FFFD instead of failing
  Markup markup = Markup::plain; // strip Markdown/HTML markup before normalising
};

struct Sentence {
  std::size_t begin = 0, end = 0;  // byte offsets into Document::normalized, end exclusive
  std::size_t paragraph = 0;       // index of the paragraph (blank-line or line separated block)
};

// 1-based line, and column in code points; a lone "\r" ends a line too
// (base/text_position.h, the one definition every command uses).
using LineColumn = base::LineColumn;

class Document {
 public:
  std::string id;          // path as given, or the id in a JSON Lines corpus
  std::string original;
  std::string normalized;
  std::vector<Sentence> sentences;

  // Original byte offset of a byte offset into `normalized` (the start of the
  // original text the normalized byte came from; size() maps to original.size()).
  std::size_t to_original(std::size_t normalized_offset) const;
  // Original byte offset for an END offset into `normalized`: the end of the
  // original text that normalized byte end-1 came from (so trailing markup or
  // removed characters are not pulled into a span).
  std::size_t to_original_end(std::size_t normalized_end) const;
  LineColumn line_column(std::size_t original_offset) const;
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(normalized).substr(s.begin, s.end - s.begin);
  }
  // The original bytes of a normalized span.
  std::string_view original_text(std::size_t normalized_begin, std::size_t normalized_end) const;

  // Filled by make_document: normalized offset -> original offset, one entry
  // per normalized byte plus one for the end.  Run-length coded (offset_column.h):
  // plain prose costs a few runs per line, not 8 bytes per byte.
  OffsetColumn offset_map;
  // Normalized byte -> end (exclusive) of the original text it came from.
  OffsetColumn offset_end_map;
  std::vector<std::size_t> line_starts;  // original byte offset of each line
  std::vector<std::size_t> code_point_marks;  // base::code_point_marks(original): columns on long lines
};

// Validates, folds and splits `bytes`.  Throws claimcheck::Error naming `id` and
// the byte offset (and line) of the first invalid UTF-8 sequence, or of a NUL
// byte (binary file), unless options.lenient (invalid sequences become U+FFFD;
// a NUL byte is still an error).
Document make_document(std::string id, std::string bytes, const TextOptions& options = {});

// Reads a file ("-" = standard input) and makes a Document.  When
// options.markup is plain the markup is chosen by extension: .md/.markdown,
// .html/.htm.  Throws claimcheck::Error if the file cannot be read.
Document load_document(const std::string& path, TextOptions options = {});

// Markup implied by a file name's extension.
Markup markup_for_path(const std::string& path);

}  // namespace claimcheck::text
