// SARIF 2.1.0 for GitHub code scanning: one rule per finding kind, one result
// per finding.  The result points at one claim (the article under review, or
// the odd value out); the other claims are related locations, linked from the
// message.  Columns count Unicode code points (run.columnKind), as claims do.
#include <algorithm>

#include "report/evidence.h"
#include "report/json_parts.h"
#include "report/report.h"
#include "report/view.h"

namespace claimcheck::report {
using nlohmann::json;

namespace {

struct RuleText {
  FindingKind kind;
  const char* name;
  const char* short_text;
  const char* full_text;
};

const RuleText kRules[] = {
    {FindingKind::conflict, "Conflict", "Sources state incompatible values",
     "Two or more documents state values for the same subject and attribute that cannot both be true at the "
     "precision each one gives."},
    {FindingKind::unit_mismatch, "UnitMismatch", "Same attribute given in units that cannot be compared",
     "The documents give the same attribute in different units (tokens vs words), so the values cannot be checked "
     "against each other."},
    {FindingKind::not_comparable, "NotComparable", "Values that cannot be compared without outside data",
     "The values are in different currencies or bases and the text gives no conversion."},
    {FindingKind::plan_vs_actual, "PlanVsActual", "A plan or expectation differs from what a later source reports",
     "One document states a plan, expectation or rumour; another says what happened. A difference is news, not an "
     "error."},
    {FindingKind::changed_over_time, "ChangedOverTime", "A time-varying value differs between dates",
     "The attribute changes over time (valuation, price, users) and the documents speak of different dates."},
    {FindingKind::agreement, "Agreement", "Independent sources support the same value",
     "Several independent documents state the same value."},
};

const char* level(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

// An RFC 3986 URI reference for a relative path: unreserved bytes and '/' kept.
std::string uri_path(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// SARIF message text treats [text](id) as a link: brackets from articles are escaped.
std::string message_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

json physical_location(const Claim& c, const RenderOptions& opts) {
  json region{{"startLine", std::max(c.line, 1)}, {"startColumn", std::max(c.column, 1)}};
  if (!c.text.empty() && c.text.find('\n') == std::string::npos)
    region["endColumn"] = std::max(c.column, 1) + static_cast<int>(code_points(c.text));
  std::string sentence = collapse_space(c.sentence);
  if (!sentence.empty()) region["snippet"] = {{"text", sentence}};
  return {{"artifactLocation", {{"uri", uri_path(relative_to(c.doc, opts.repo_root))}}}, {"region", region}};
}

}  // namespace

json sarif_result(const Finding& f, const RenderOptions& opts) {
  std::size_t primary = primary_claim(f, opts.focus_docs);
  const Claim& main = f.claims[primary];
  std::string head = f.subject + " " + humanize(f.attribute);
  if (!f.qualifiers.empty()) head += " (" + qualifier_text(f.qualifiers) + ")";
  std::string text = message_text(head + " " + display_text(main.value) + ": " +
                                  (f.explanation.empty() ? humanize(to_string(f.kind)) : f.explanation));
  json related = json::array();
  std::string links;
  int id = 1;
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    if (i == primary) continue;
    const Claim& c = f.claims[i];
    std::string label = display_text(c.value) + " in " + short_name(c.doc) + ", line " + std::to_string(c.line);
    related.push_back({{"id", id},
                       {"physicalLocation", physical_location(c, opts)},
                       {"message", {{"text", message_text(label)}}}});
    links += (links.empty() ? "" : "; ") + std::string("[") + message_text(label) + "](" + std::to_string(id) + ")";
    ++id;
  }
  if (!links.empty()) text += " (" + std::string(f.kind == FindingKind::agreement ? "agrees with " : "see ") + links + ")";
  json r{{"ruleId", to_string(f.kind)},
         {"ruleIndex", kind_rank(f.kind)},
         {"level", level(f.severity)},
         {"message", {{"text", text}}},
         {"locations", json::array({{{"physicalLocation", physical_location(main, opts)}}})}};
  if (!related.empty()) r["relatedLocations"] = related;
  if (!f.fingerprint.empty()) r["partialFingerprints"] = {{"claimcheckFinding/v1", f.fingerprint}};
  return r;
}

json sarif_log(json results, const RenderOptions& opts) {
  // Rules in kind_rank order so ruleIndex == kind_rank.
  json rules = json::array();
  std::vector<const RuleText*> ordered;
  for (const RuleText& r : kRules) ordered.push_back(&r);
  std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return kind_rank(a->kind) < kind_rank(b->kind); });
  for (const RuleText* r : ordered) {
    Severity s = r->kind == FindingKind::conflict ? Severity::error
                 : r->kind == FindingKind::unit_mismatch ? Severity::warning : Severity::info;
    rules.push_back({{"id", to_string(r->kind)},
                     {"name", r->name},
                     {"shortDescription", {{"text", r->short_text}}},
                     {"fullDescription", {{"text", r->full_text}}},
                     {"defaultConfiguration", {{"level", level(s)}}},
                     {"help", {{"text", r->full_text}}}});
  }

  json driver{{"name", "claimcheck"},
              {"version", tool_version(opts)},
              {"semanticVersion", tool_version(opts)},
              {"rules", rules}};
  json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", json::array({{{"tool", {{"driver", driver}}},
                                    {"columnKind", "unicodeCodePoints"},
                                    {"results", std::move(results)}}})}};
  return sarif;
}

std::string render_sarif(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);
  json results = json::array();
  for (const Finding& f : findings)
    if (!f.claims.empty()) results.push_back(sarif_result(f, opts));
  return dump_json(sarif_log(std::move(results), opts), 2) + "\n";
}

}  // namespace claimcheck::report
