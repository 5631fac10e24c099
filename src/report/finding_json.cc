// A finding's JSON without an nlohmann::json tree (finding_json.h).  The
// members are written in the order nlohmann's std::map keeps them: sorted.
#include "report/finding_json.h"

#include <cmath>
#include <string_view>

#include "claimcheck/json.h"
#include "report/json_writer.h"

namespace claimcheck::report {
namespace {

void append_quantity(std::string& out, const Quantity& q, int depth) {
  const bool date = q.is_date();
  auto date_or_number = [&](double v) {
    if (date) append_string(out, iso_date(static_cast<int64_t>(v)));
    else append_double(out, v);
  };
  JsonBlock o(out, depth, '{', '}');
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
  JsonBlock o(out, depth, '{', '}');
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
  append_string_map(o.key("qualifiers"), c.qualifiers, o.inner());
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
  JsonBlock o(out, depth, '{', '}');
  append_int(o.key("count"), s.docs.size());
  JsonBlock docs(o.key("docs"), o.inner(), '[', ']');
  for (const std::string& d : s.docs) append_string(docs.element(), d);
  docs.close();
  append_string(o.key("value"), s.value);
  o.close();
}

}  // namespace

void append_finding_json(std::string& out, const Finding& f, int depth) {
  append_pad(out, depth);
  JsonBlock o(out, depth, '{', '}');
  append_string(o.key("attribute"), f.attribute);
  JsonBlock claims(o.key("claims"), o.inner(), '[', ']');
  for (const Claim& c : f.claims) append_claim(claims.element(), c, claims.inner());
  claims.close();
  append_string(o.key("explanation"), f.explanation);
  append_string(o.key("fingerprint"), f.fingerprint);
  append_string(o.key("kind"), to_string(f.kind));
  append_string_map(o.key("qualifiers"), f.qualifiers, o.inner());
  append_string(o.key("severity"), to_string(f.severity));
  if (auto it = f.qualifiers.find("story"); it != f.qualifiers.end()) append_string(o.key("story"), it->second);
  append_string(o.key("subject"), f.subject);
  JsonBlock support(o.key("support"), o.inner(), '[', ']');
  for (const Support& s : f.support) append_support(support.element(), s, support.inner());
  support.close();
  o.close();
}

}  // namespace claimcheck::report
