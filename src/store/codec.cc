// Binary claim values and JSON document values; the format is in codec.h.
#include "store/codec.h"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "claimcheck/error.h"

namespace claimcheck::store::codec {
namespace {

constexpr uint8_t kClaimVersion = 1;

class Writer {
 public:
  void u8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(bits >> (8 * i)));
  }
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote; any overrun sets `ok` false and yields zeroes.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }
  uint8_t u8() {
    if (pos_ >= in_.size()) return fail();
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return fail();
      auto b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return fail();
  }
  double f64() {
    if (pos_ + 8 > in_.size()) return fail();
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>(in_[pos_++])) << (8 * i);
    double v;
    std::memcpy(&v, &bits, 8);
    return v;
  }
  std::string str() {
    uint64_t n = varint();
    if (!ok_ || n > in_.size() - pos_) return fail(), std::string();
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }

 private:
  uint8_t fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string encode_claim(const Claim& c) {
  Writer w;
  w.u8(kClaimVersion);
  for (const std::string* s : {&c.subject, &c.attribute, &c.doc, &c.as_of, &c.text, &c.sentence, &c.rule}) w.str(*s);
  w.u8(c.subject_from_focus ? 1 : 0);
  w.u8(static_cast<uint8_t>(c.modality));
  w.varint(c.begin);
  w.varint(c.end);
  w.varint(static_cast<uint64_t>(c.line));
  w.varint(static_cast<uint64_t>(c.column));
  w.varint(c.qualifiers.size());
  for (const auto& [k, v] : c.qualifiers) {
    w.str(k);
    w.str(v);
  }
  const Quantity& q = c.value;
  w.u8(static_cast<uint8_t>(q.kind));
  w.u8(static_cast<uint8_t>(q.bound));
  w.u8(static_cast<uint8_t>(q.date_precision));
  bool has_min = !std::isnan(q.min), has_max = !std::isnan(q.max), has_per = q.per != 0 || !q.per_unit.empty();
  w.u8((q.approximate ? 1 : 0) | (q.inferred ? 2 : 0) | (has_min ? 4 : 0) | (has_max ? 8 : 0) | (has_per ? 16 : 0));
  w.f64(q.value);
  if (has_min) w.f64(q.min);
  if (has_max) w.f64(q.max);
  if (has_per) {
    w.f64(q.per);
    w.str(q.per_unit);
  }
  w.str(q.unit);
  w.varint(static_cast<uint64_t>(q.digits));
  w.varint(q.begin);
  w.varint(q.end);
  w.str(q.text);
  return w.take();
}

Claim decode_claim(std::string_view id, std::string_view value) {
  Reader r(value);
  Claim c;
  c.id = std::string(id);
  uint8_t version = r.u8();
  if (version != kClaimVersion)
    throw Error("claim " + c.id, "unknown claim encoding version " + std::to_string(version) +
                                     " (the database may be damaged: run `claimcheck repair`)");
  for (std::string* s : {&c.subject, &c.attribute, &c.doc, &c.as_of, &c.text, &c.sentence, &c.rule}) *s = r.str();
  c.subject_from_focus = r.u8() & 1;
  c.modality = static_cast<Modality>(r.u8());
  c.begin = r.varint();
  c.end = r.varint();
  c.line = static_cast<int>(r.varint());
  c.column = static_cast<int>(r.varint());
  for (uint64_t n = r.varint(); n > 0 && r.ok(); --n) {
    std::string k = r.str();
    c.qualifiers[k] = r.str();
  }
  Quantity& q = c.value;
  q.kind = static_cast<QuantityKind>(r.u8());
  q.bound = static_cast<Bound>(r.u8());
  q.date_precision = static_cast<DatePrecision>(r.u8());
  uint8_t flags = r.u8();
  q.approximate = flags & 1;
  q.inferred = flags & 2;
  q.value = r.f64();
  if (flags & 4) q.min = r.f64();
  if (flags & 8) q.max = r.f64();
  if (flags & 16) {
    q.per = r.f64();
    q.per_unit = r.str();
  }
  q.unit = r.str();
  q.digits = static_cast<int>(r.varint());
  q.begin = r.varint();
  q.end = r.varint();
  q.text = r.str();
  if (!r.ok() || !r.done())
    throw Error("claim " + c.id, "malformed claim value (the database may be damaged: run `claimcheck repair`)");
  return c;
}

std::string encode_document(const DocumentInfo& d) {
  nlohmann::json j{{"path", d.path},   {"hash", d.content_hash}, {"title", d.title},
                   {"date", d.date},   {"ingested_at", d.ingested_at}, {"bytes", d.bytes},
                   {"claims", d.claim_count}};
  if (!d.story.empty()) j["story"] = d.story;  // optional: records without it read as no story
  if (!d.metadata.empty()) j["metadata"] = d.metadata;
  return j.dump();
}

DocumentInfo decode_document(std::string_view id, std::string_view value) {
  DocumentInfo d;
  d.id = std::string(id);
  try {
    auto j = nlohmann::json::parse(value);
    d.path = j.value("path", "");
    d.content_hash = j.value("hash", "");
    d.title = j.value("title", "");
    d.date = j.value("date", "");
    d.story = j.value("story", "");
    d.ingested_at = j.value("ingested_at", "");
    d.bytes = j.value("bytes", uint64_t{0});
    d.claim_count = j.value("claims", uint64_t{0});
    if (auto it = j.find("metadata"); it != j.end()) d.metadata = it->get<std::map<std::string, std::string>>();
  } catch (const nlohmann::json::exception& e) {
    throw Error("document " + d.id, std::string("malformed document record: ") + e.what() +
                                        " (the database may be damaged: run `claimcheck repair`)");
  }
  return d;
}

}  // namespace claimcheck::store::codec
