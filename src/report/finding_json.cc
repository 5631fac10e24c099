// A finding's JSON without an nlohmann::json tree (finding_json.h).  The
// members are written in the order nlohmann's std::map keeps them: sorted.
#include "report/finding_json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

#include "claimcheck/json.h"

namespace claimcheck::report {
namespace {

void pad(std::string& out, int depth) { out.append(static_cast<std::size_t>(2 * depth), ' '); }

// The UTF-8 nlohmann's decoder accepts (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF).
bool valid_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  auto cont = [&](std::size_t at, unsigned char lo, unsigned char hi) {
    if (at >= n) return false;
    auto c = static_cast<unsigned char>(s[at]);
    return c >= lo && c <= hi;
  };
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1, 0x80, 0xBF)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (!cont(i + 1, lo, hi) || !cont(i + 2, 0x80, 0xBF) || !cont(i + 3, 0x80, 0xBF)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

void append_string(std::string& out, std::string_view s) {
  if (!valid_utf8(s)) {  // rare: let nlohmann choose the replacement characters
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case 0x08: out += "\\b"; break;
      case 0x09: out += "\\t"; break;
      case 0x0A: out += "\\n"; break;
      case 0x0C: out += "\\f"; break;
      case 0x0D: out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

template <typename Int>
void append_int(std::string& out, Int v) {
  std::array<char, 24> buf;
  auto end = std::to_chars(buf.data(), buf.data() + buf.size(), v).ptr;
  out.append(buf.data(), end);
}

void append_double(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  std::array<char, 64> buf;
  char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
  out.append(buf.data(), end);
}

// An object or array being written `depth` levels deep: its members go one
// level deeper, each on its own line.
class Block {
 public:
  Block(std::string& out, int depth, char open, char close) : out_(out), depth_(depth), close_(close) {
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
      pad(out_, depth_);
    }
    out_ += close_;
  }

 private:
  void next() {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    pad(out_, depth_ + 1);
  }
  std::string& out_;
  int depth_;
  char close_;
  bool first_ = true;
};

void append_map(std::string& out, const std::map<std::string, std::string>& m, int depth) {
  Block o(out, depth, '{', '}');
  for (const auto& [k, v] : m) {
    o.element();
    append_string(out, k);
    out += ": ";
    append_string(out, v);
  }
  o.close();
}

void append_quantity(std::string& out, const Quantity& q, int depth) {
  const bool date = q.is_date();
  auto date_or_number = [&](double v) {
    if (date) append_string(out, iso_date(static_cast<int64_t>(v)));
    else append_double(out, v);
  };
  Block o(out, depth, '{', '}');
  if (q.approximate) o.key("approximate") += "true";
  append_int(o.key("begin"), q.begin);
  if (q.bound != Bound::exact) append_string(o.key("bound"), to_string(q.bound));
  if (!date && q.digits) append_int(o.key("digits"), q.digits);
  append_int(o.key("end"), q.end);
  if (q.inferred) o.key("inferred") += "true";
  append_string(o.key("kind"), to_string(q.kind));
  if (!std::isnan(q.max)) {
    o.key("max");
    date_or_number(q.max);
  }
  if (!std::isnan(q.min)) {
    o.key("min");
    date_or_number(q.min);
  }
  if (q.per != 0) {
    append_double(o.key("per"), q.per);
    append_string(o.key("per_unit"), q.per_unit);
  }
  if (date) append_string(o.key("precision"), to_string(q.date_precision));
  append_string(o.key("text"), q.text);
  if (!q.unit.empty()) append_string(o.key("unit"), q.unit);
  o.key("value");
  date_or_number(q.value);
  o.close();
}

void append_claim(std::string& out, const Claim& c, int depth) {
  Block o(out, depth, '{', '}');
  if (c.as_of.empty()) o.key("as_of") += "null";
  else append_string(o.key("as_of"), c.as_of);
  append_string(o.key("attribute"), c.attribute);
  append_int(o.key("begin"), c.begin);
  append_int(o.key("column"), c.column);
  append_string(o.key("display"), display(c.value));
  append_string(o.key("display_text"), display_text(c.value));
  append_string(o.key("doc"), c.doc);
  append_int(o.key("end"), c.end);
  append_string(o.key("id"), c.id);
  append_int(o.key("line"), c.line);
  append_string(o.key("modality"), to_string(c.modality));
  append_map(o.key("qualifiers"), c.qualifiers, o.inner());
  append_string(o.key("rule"), c.rule);
  append_string(o.key("sentence"), c.sentence);
  append_string(o.key("subject"), c.subject);
  if (c.subject_from_focus) o.key("subject_from_focus") += "true";
  append_string(o.key("text"), c.text);
  append_string(o.key("unit"), c.value.unit);
  append_quantity(o.key("value"), c.value, o.inner());
  o.close();
}

void append_support(std::string& out, const Support& s, int depth) {
  Block o(out, depth, '{', '}');
  append_int(o.key("count"), s.docs.size());
  Block docs(o.key("docs"), o.inner(), '[', ']');
  for (const std::string& d : s.docs) append_string(docs.element(), d);
  docs.close();
  append_string(o.key("value"), s.value);
  o.close();
}

}  // namespace

void append_finding_json(std::string& out, const Finding& f, int depth) {
  pad(out, depth);
  Block o(out, depth, '{', '}');
  append_string(o.key("attribute"), f.attribute);
  Block claims(o.key("claims"), o.inner(), '[', ']');
  for (const Claim& c : f.claims) append_claim(claims.element(), c, claims.inner());
  claims.close();
  append_string(o.key("explanation"), f.explanation);
  append_string(o.key("fingerprint"), f.fingerprint);
  append_string(o.key("kind"), to_string(f.kind));
  append_map(o.key("qualifiers"), f.qualifiers, o.inner());
  append_string(o.key("severity"), to_string(f.severity));
  if (auto it = f.qualifiers.find("story"); it != f.qualifiers.end()) append_string(o.key("story"), it->second);
  append_string(o.key("subject"), f.subject);
  Block support(o.key("support"), o.inner(), '[', ']');
  for (const Support& s : f.support) append_support(support.element(), s, support.inner());
  support.close();
  o.close();
}

}  // namespace claimcheck::report
