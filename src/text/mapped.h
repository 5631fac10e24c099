#pragma once
// Mapped: a string under construction plus, for every byte, the original byte
// range [begin, end) it came from.  The passes of make_document (document.cc,
// markup.cc) each turn one Mapped into the next.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/offset_column.h"

namespace claimcheck::text {

struct Mapped {
  std::string text;
  OffsetColumn begin, end;  // run-length coded: see offset_column.h

  void reserve(std::size_t n) {
    text.reserve(n);
    begin.reserve(n);
    end.reserve(n);
  }
  void push(char c, std::size_t b, std::size_t e) {
    text.push_back(c);
    begin.push_back(b);
    end.push_back(e);
  }
  void push_str(std::string_view s, std::size_t b, std::size_t e) {
    for (char c : s) push(c, b, e);
  }
  // Copies bytes [from, to) of `src` with their own ranges.
  void copy(const Mapped& src, std::size_t from, std::size_t to) {
    text.append(src.text, from, to - from);
    begin.append(src.begin, from, to);
    end.append(src.end, from, to);
  }
  char last() const { return text.empty() ? '\n' : text.back(); }
};

// Pass 2 of make_document: markup removed, entities decoded.
Mapped strip_markdown(const Mapped& in);
Mapped strip_html(const Mapped& in);
// Decodes the HTML entity at in.text[i] ('&'); returns its length in bytes
// (0 if it is not an entity) and the UTF-8 it stands for in `out`.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out);

}  // namespace claimcheck::text
