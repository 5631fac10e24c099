#pragma once
// Text from strangers (file names, ids, dates, article sentences) on its way
// to a terminal or a log.  Escape sequences in it would recolour, move or
// clear the terminal (ESC, CSI U+009B, OSC U+009D), and a newline in it would
// start a line of its own -- which GitHub Actions obeys when it reads
// `::error ...`, `::add-mask::` or `::stop-commands::` there.
//
//   terminal_safe("a\nb\x1b[2Jc")  == "a\\nb\\x1b[2Jc"
//   terminal_safe("bad\xff.txt")   == "bad\\xff.txt"
//   terminal_safe("caf\u00e9")     == "caf\u00e9"     (printable text is left alone)
#include <string>
#include <string_view>

namespace claimcheck {

// Escapes C0 controls (\n \r \t as such, the others \xNN), DEL (\x7f), C1
// controls (\u0080 to \u009f), U+2028/U+2029 (line and paragraph separators)
// and bytes that are not valid UTF-8 (\xNN).  Everything else is unchanged.
std::string terminal_safe(std::string_view text);

// Whether `text` is valid UTF-8 (no overlong forms, surrogates or code
// points past U+10FFFF).
bool valid_utf8(std::string_view text);

}  // namespace claimcheck
