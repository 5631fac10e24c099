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
// so reports point into the file the user has open.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in Unicode code points
};

class Document {
 public:
  std::string id;          // path as given, or the id in a JSON Lines corpus
  std::string original;
  std::string normalized;
  std::vector<Sentence> sentences;

  // Original byte offset of a byte offset into `normalized` (end offsets map to
  // the end of the original text they came from).
  std::size_t to_original(std::size_t normalized_offset) const;
  LineColumn line_column(std::size_t original_offset) const;
  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(normalized).substr(s.begin, s.end - s.begin);
  }
  // The original bytes of a normalized span.
  std::string_view original_text(std::size_t normalized_begin, std::size_t normalized_end) const;

  // Filled by make_document: normalized offset -> original offset, one entry
  // per normalized byte plus one for the end.
  std::vector<std::size_t> offset_map;
  std::vector<std::size_t> line_starts;  // original byte offset of each line
};

// Validates, folds and splits `bytes`.  Throws claimcheck::Error naming `id` and
// the byte offset (and line) of the first invalid UTF-8 sequence, or of a NUL
// byte (binary file), unless options.lenient.
Document make_document(std::string id, std::string bytes, const TextOptions& options = {});

// Reads a file and makes a Document (markup chosen by extension: .md, .html/.htm).
Document load_document(const std::string& path, TextOptions options = {});

}  // namespace claimcheck::text
