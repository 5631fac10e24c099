// Builds the template view model of view.h from findings and documents.
#include "report/view.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "report/evidence.h"

#ifndef CLAIMCHECK_VERSION
#define CLAIMCHECK_VERSION "0.1.0"
#endif

namespace claimcheck::report {
using nlohmann::json;

std::string tool_version(const RenderOptions& opts) {
  return opts.tool_version.empty() ? CLAIMCHECK_VERSION : opts.tool_version;
}

namespace {

std::string docs_text(const std::vector<std::string>& docs) {
  std::string out;
  for (const auto& d : docs) out += (out.empty() ? "" : ", ") + short_doc(d);
  return out;
}

json claim_view(const Claim& c, const DocumentIndex& docs) {
  Highlighted h = highlight(c);
  json j{{"value", display_text(c.value)},
         {"location", location(c)},
         {"doc", c.doc},
         {"short_doc", short_doc(c.doc)},
         {"line", c.line},
         {"column", c.column},
         {"before", h.before},
         {"span", h.span},
         {"after", h.after},
         {"title", ""},
         {"date", ""},
         {"modality", c.modality == Modality::stated ? "" : to_string(c.modality)},
         {"as_of", c.as_of}};
  if (const auto* d = docs.find(c.doc)) {
    j["title"] = d->title;
    j["date"] = d->date;
  }
  return j;
}

json finding_view(const Finding& f, std::size_t index, const DocumentIndex& docs) {
  json values = json::array();
  for (const Support& s : f.support)
    values.push_back({{"value", people_value(f, s.value)}, {"docs", docs_text(s.docs)}, {"count", s.docs.size()}});
  std::set<std::string> distinct_docs;
  json claims = json::array();
  for (const Claim& c : f.claims) {
    claims.push_back(claim_view(c, docs));
    distinct_docs.insert(c.doc);
  }
  std::string heading = f.subject + " " + humanize(f.attribute);
  if (!f.qualifiers.empty()) heading += " (" + qualifier_text(f.qualifiers) + ")";
  return json{{"index", index + 1},
              {"anchor", "f" + std::to_string(index + 1)},
              {"kind", to_string(f.kind)},
              {"kind_label", humanize(to_string(f.kind), true)},
              {"severity", to_string(f.severity)},
              {"subject", f.subject},
              {"attribute", f.attribute},
              {"attribute_label", humanize(f.attribute)},
              {"qualifiers", qualifier_text(f.qualifiers)},
              {"heading", heading},
              {"explanation", f.explanation},
              {"fingerprint", f.fingerprint},
              {"values", values},
              {"claims", claims},
              {"claim_count", f.claims.size()},
              {"doc_count", distinct_docs.size()}};
}

// Date findings and changed-over-time findings, each as entries in time order.
json timeline_view(const std::vector<Finding>& findings, const DocumentIndex& docs) {
  json out = json::array();
  for (const Finding& f : findings) {
    if (f.kind == FindingKind::agreement || f.claims.empty()) continue;
    bool dates = std::all_of(f.claims.begin(), f.claims.end(), [](const Claim& c) { return c.value.is_date(); });
    if (!dates && f.kind != FindingKind::changed_over_time) continue;
    struct Entry {
      double day;  // NaN: unknown
      const Claim* claim;
    };
    std::vector<Entry> entries;
    for (const Claim& c : f.claims) {
      double day = std::nan("");
      int64_t d = 0;
      if (dates) day = c.value.value;
      else if (!c.as_of.empty() && parse_iso_date(c.as_of, d)) day = static_cast<double>(d);
      entries.push_back({day, &c});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      if (std::isnan(a.day) || std::isnan(b.day)) return !std::isnan(a.day) && std::isnan(b.day);
      return a.day < b.day;
    });
    double lo = INFINITY, hi = -INFINITY;
    for (const Entry& e : entries)
      if (!std::isnan(e.day)) lo = std::min(lo, e.day), hi = std::max(hi, e.day);
    json items = json::array();
    for (const Entry& e : entries) {
      const Claim& c = *e.claim;
      std::string when = std::isnan(e.day) ? "date unknown" : (dates ? display(c.value) : c.as_of);
      int pos = std::isnan(e.day) ? 100 : (hi > lo ? static_cast<int>(std::lround(100 * (e.day - lo) / (hi - lo))) : 50);
      // A date finding's value is its date: say it once.
      json item{{"when", when}, {"value", dates ? "" : display_text(c.value)}, {"doc", c.doc}, {"short_doc", short_doc(c.doc)},
                {"title", ""}, {"pos", pos}, {"unknown", std::isnan(e.day)},
                {"modality", c.modality == Modality::stated ? "" : to_string(c.modality)}};
      if (const auto* d = docs.find(c.doc)) item["title"] = d->title;
      items.push_back(std::move(item));
    }
    std::string heading = f.subject + " " + humanize(f.attribute);
    if (!f.qualifiers.empty()) heading += " (" + qualifier_text(f.qualifiers) + ")";
    out.push_back({{"heading", heading}, {"kind", to_string(f.kind)}, {"kind_label", humanize(to_string(f.kind), true)},
                   {"explanation", f.explanation}, {"entries", items}});
  }
  return out;
}

}  // namespace

json view_model(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);
  DocumentIndex docs(in.documents);

  json flat = json::array();
  json subjects = json::array();
  for (std::size_t i = 0; i < findings.size(); ++i) {
    json view = finding_view(findings[i], i, docs);
    if (subjects.empty() || subjects.back()["subject"] != findings[i].subject)
      subjects.push_back({{"subject", findings[i].subject}, {"findings", json::array()}});
    subjects.back()["findings"].push_back(view);
    flat.push_back(std::move(view));
  }

  json kinds = json::array();
  for (FindingKind k : {FindingKind::conflict, FindingKind::unit_mismatch, FindingKind::not_comparable,
                        FindingKind::plan_vs_actual, FindingKind::changed_over_time, FindingKind::agreement}) {
    auto n = std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.kind == k; });
    if (n) kinds.push_back({{"kind", to_string(k)}, {"label", humanize(to_string(k), true)}, {"count", n}});
  }

  json documents = json::array();
  for (const auto& d : in.documents)
    documents.push_back({{"id", d.id}, {"short_doc", short_doc(d.id)}, {"title", d.title}, {"date", d.date}});

  uint64_t document_count = in.stats.documents ? in.stats.documents : in.documents.size();
  json timeline = timeline_view(findings, docs);
  bool has_timeline = !timeline.empty();
  return json{{"has_findings", !findings.empty()},
              {"has_timeline", has_timeline},
              {"version", tool_version(opts)},
              {"summary",
               {{"documents", document_count},
                {"claims", in.stats.claims},
                {"subjects", in.stats.subjects},
                {"findings", findings.size()},
                {"by_kind", count_by_kind(findings)},
                {"kinds", kinds}}},
              {"subjects", subjects},
              {"findings", flat},
              {"timeline", std::move(timeline)},
              {"documents", documents}};
}

}  // namespace claimcheck::report
