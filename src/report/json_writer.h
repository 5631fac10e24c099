#pragma once
// The pieces the report's JSON is written from without nlohmann::json trees
// (finding_json.h, document_json.h): strings, numbers and indented blocks,
// byte for byte as nlohmann's dump(2) writes them: two spaces per level,
// UTF-8 kept, invalid UTF-8 as U+FFFD, doubles in the shortest round-trip form.
//
// Example:
//   JsonBlock o(out, 1, '{', '}');          // "{"
//   append_string(o.key("id"), "a\"b");     // "\n    \"id\": \"a\\\"b\""
//   o.close();                              // "\n  }"
#include <array>
#include <charconv>
#include <map>
#include <string>
#include <string_view>

namespace claimcheck::report {

// `depth` levels of indentation.
inline void append_pad(std::string& out, int depth) { out.append(static_cast<std::size_t>(2 * depth), ' '); }

// `s` as a JSON string, quoted and escaped.
void append_string(std::string& out, std::string_view s);

template <typename Int>
void append_int(std::string& out, Int v) {
  std::array<char, 24> buf;
  auto end = std::to_chars(buf.data(), buf.data() + buf.size(), v).ptr;
  out.append(buf.data(), end);
}

// A finite double in nlohmann's form; NaN and infinities as null.
void append_double(std::string& out, double x);

// An object or array being written `depth` levels deep: its members go one
// level deeper, each on its own line; an empty one is "{}" or "[]".
class JsonBlock {
 public:
  JsonBlock(std::string& out, int depth, char open, char close) : out_(out), depth_(depth), close_(close) {
    out_ += open;
  }
  // Starts the next member of an object; its value follows.
  std::string& key(std::string_view name) {
    next();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
    return out_;
  }
  // Starts the next element of an array.
  std::string& element() {
    next();
    return out_;
  }
  int inner() const { return depth_ + 1; }
  void close() {
    if (!first_) {
      out_ += '\n';
      append_pad(out_, depth_);
    }
    out_ += close_;
  }

 private:
  void next() {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    append_pad(out_, depth_ + 1);
  }
  std::string& out_;
  int depth_;
  char close_;
  bool first_ = true;
};

// A string-to-string map as a JSON object `depth` levels deep.
void append_string_map(std::string& out, const std::map<std::string, std::string>& m, int depth);

}  // namespace claimcheck::report
