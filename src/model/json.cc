// JSON form of Quantity, Claim, Support and Finding (docs/report-schema.md).
// Optional fields are omitted when unset so the store's values stay small.
#include "claimcheck/json.h"

#include <cmath>

namespace claimcheck {
using nlohmann::json;

namespace {

template <typename E>
E enum_field(const json& j, const char* key, bool (*parse)(const std::string&, E&), E fallback) {
  auto it = j.find(key);
  if (it == j.end()) return fallback;
  E out = fallback;
  if (!parse(it->get<std::string>(), out))
    throw json::other_error::create(501, std::string("unknown ") + key + " '" + it->get<std::string>() + "'", &j);
  return out;
}

double number_or_nan(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? kUnset : it->get<double>();
}

}  // namespace

void to_json(json& j, const Quantity& q) {
  j = json::object();
  j["kind"] = to_string(q.kind);
  if (q.is_date()) {
    j["value"] = iso_date(static_cast<int64_t>(q.value));
    if (!std::isnan(q.min)) j["min"] = iso_date(static_cast<int64_t>(q.min));
    if (!std::isnan(q.max)) j["max"] = iso_date(static_cast<int64_t>(q.max));
    j["precision"] = to_string(q.date_precision);
  } else {
    j["value"] = q.value;
    if (!std::isnan(q.min)) j["min"] = q.min;
    if (!std::isnan(q.max)) j["max"] = q.max;
    if (q.digits) j["digits"] = q.digits;
  }
  if (q.bound != Bound::exact) j["bound"] = to_string(q.bound);
  if (q.approximate) j["approximate"] = true;
  if (!q.unit.empty()) j["unit"] = q.unit;
  if (q.per != 0) {
    j["per"] = q.per;
    j["per_unit"] = q.per_unit;
  }
  if (q.inferred) j["inferred"] = true;
  j["begin"] = q.begin;
  j["end"] = q.end;
  j["text"] = q.text;
}

void from_json(const json& j, Quantity& q) {
  q = Quantity{};
  q.kind = enum_field(j, "kind", parse_kind, QuantityKind::number);
  if (q.is_date()) {
    auto day = [&](const char* key) {
      auto it = j.find(key);
      if (it == j.end()) return kUnset;
      int64_t d = 0;
      if (!parse_iso_date(it->get<std::string>(), d))
        throw json::other_error::create(501, std::string("bad date in ") + key, &j);
      return static_cast<double>(d);
    };
    q.value = day("value");
    q.min = day("min");
    q.max = day("max");
    q.date_precision = enum_field(j, "precision", parse_date_precision, DatePrecision::day);
  } else {
    q.value = j.value("value", 0.0);
    q.min = number_or_nan(j, "min");
    q.max = number_or_nan(j, "max");
    q.digits = whole_number(j, "digits", 0);
  }
  q.bound = enum_field(j, "bound", parse_bound, Bound::exact);
  q.approximate = j.value("approximate", false);
  q.unit = j.value("unit", "");
  q.per = j.value("per", 0.0);
  q.per_unit = j.value("per_unit", "");
  q.inferred = j.value("inferred", false);
  q.begin = whole_number(j, "begin", std::size_t{0});
  q.end = whole_number(j, "end", std::size_t{0});
  q.text = j.value("text", "");
}

void to_json(json& j, const Claim& c) {
  j = json{{"id", c.id},
           {"subject", c.subject},
           {"attribute", c.attribute},
           {"qualifiers", c.qualifiers},
           {"value", c.value},
           {"display", display(c.value)},
           {"display_text", display_text(c.value)},
           {"unit", c.value.unit},
           {"modality", to_string(c.modality)},
           {"as_of", c.as_of.empty() ? json(nullptr) : json(c.as_of)},
           {"doc", c.doc},
           {"begin", c.begin},
           {"end", c.end},
           {"line", c.line},
           {"column", c.column},
           {"text", c.text},
           {"sentence", c.sentence},
           {"rule", c.rule}};
  if (c.subject_from_focus) j["subject_from_focus"] = true;
}

void from_json(const json& j, Claim& c) {
  c = Claim{};
  c.id = j.at("id").get<std::string>();
  c.subject = j.at("subject").get<std::string>();
  c.subject_from_focus = j.value("subject_from_focus", false);
  c.attribute = j.at("attribute").get<std::string>();
  if (auto it = j.find("qualifiers"); it != j.end()) c.qualifiers = it->get<std::map<std::string, std::string>>();
  c.value = j.at("value").get<Quantity>();
  c.modality = enum_field(j, "modality", parse_modality, Modality::stated);
  if (auto it = j.find("as_of"); it != j.end() && !it->is_null()) c.as_of = it->get<std::string>();
  c.doc = j.at("doc").get<std::string>();
  c.begin = whole_number(j, "begin", std::size_t{0});
  c.end = whole_number(j, "end", std::size_t{0});
  c.line = whole_number(j, "line", 0);
  c.column = whole_number(j, "column", 0);
  c.text = j.value("text", "");
  c.sentence = j.value("sentence", "");
  c.rule = j.value("rule", "");
}

void to_json(json& j, const Support& s) { j = json{{"value", s.value}, {"docs", s.docs}, {"count", s.docs.size()}}; }

void to_json(json& j, const Finding& f) {
  j = json{{"kind", to_string(f.kind)},
           {"severity", to_string(f.severity)},
           {"subject", f.subject},
           {"attribute", f.attribute},
           {"qualifiers", f.qualifiers},
           {"explanation", f.explanation},
           {"fingerprint", f.fingerprint},
           {"support", f.support},
           {"claims", f.claims}};
  // A finding scoped to one story (stories/scope.h: the "story" qualifier of
  // event facts) names it at the top level too.
  if (auto it = f.qualifiers.find("story"); it != f.qualifiers.end()) j["story"] = it->second;
}

void from_json(const json& j, Finding& f) {
  f = Finding{};
  f.kind = enum_field(j, "kind", parse_finding_kind, FindingKind::agreement);
  f.severity = enum_field(j, "severity", parse_severity, Severity::info);
  f.subject = j.at("subject").get<std::string>();
  f.attribute = j.at("attribute").get<std::string>();
  if (auto it = j.find("qualifiers"); it != j.end()) f.qualifiers = it->get<std::map<std::string, std::string>>();
  f.explanation = j.value("explanation", "");
  f.fingerprint = j.value("fingerprint", "");
  for (const auto& s : j.value("support", json::array()))
    f.support.push_back(Support{s.at("value").get<std::string>(), s.at("docs").get<std::vector<std::string>>()});
  for (const auto& c : j.value("claims", json::array())) f.claims.push_back(c.get<Claim>());
}

}  // namespace claimcheck
