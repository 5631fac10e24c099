// Builds the template view model of view.h from findings and documents.
#include "report/view.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
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

std::string docs_text(const std::vector<std::string>& docs, std::size_t max_docs) {
  std::string out;
  std::size_t n = 0;
  auto names = short_names(docs);
  for (const auto& d : docs) {
    if (n++ == max_docs) {
      out += " and " + std::to_string(docs.size() - max_docs) + " more";
      break;
    }
    out += (out.empty() ? "" : ", ") + names[d];
  }
  return out;
}

// `s` cut to at most `max` bytes at a UTF-8 boundary, keeping its start
// (from_end false) or its end, with an ellipsis where it was cut.
std::string cut(const std::string& s, std::size_t max, bool keep_end) {
  if (s.size() <= max) return s;
  std::size_t at = keep_end ? s.size() - max : max;
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) keep_end ? ++at : --at;
  return keep_end ? "\u2026" + s.substr(at) : s.substr(0, at) + "\u2026";
}

json claim_view(const Claim& c, const DocumentIndex& docs, const PageLimits* limits) {
  Highlighted h = highlight(c);
  if (limits) {
    h.before = cut(h.before, limits->context, true);
    h.span = cut(h.span, limits->context, false);
    h.after = cut(h.after, limits->context, false);
  }
  json j{{"value", display_text(c.value)},
         {"location", location(c)},
         {"doc", c.doc},
         {"short_doc", short_name(c.doc)},
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

}  // namespace

Finding with_fewer_claims(const Finding& f, std::size_t max_claims) {
  if (f.claims.size() <= max_claims) return f;
  // Round robin over the values, so each keeps a claim while there is room.
  std::vector<std::vector<std::size_t>> by_value;
  std::map<std::string, std::size_t> value_index;
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    auto [it, added] = value_index.emplace(display(f.claims[i].value), by_value.size());
    if (added) by_value.emplace_back();
    by_value[it->second].push_back(i);
  }
  std::vector<bool> keep(f.claims.size(), false);
  std::size_t kept = 0;
  for (std::size_t round = 0; kept < max_claims; ++round) {
    bool any = false;
    for (const auto& idx : by_value) {
      if (round < idx.size() && kept < max_claims) {
        keep[idx[round]] = true;
        ++kept;
        any = true;
      }
    }
    if (!any) break;
  }
  Finding out = f;
  out.claims.clear();
  for (std::size_t i = 0; i < f.claims.size(); ++i)
    if (keep[i]) out.claims.push_back(f.claims[i]);
  return out;
}

json finding_view(const Finding& whole, std::size_t index, const DocumentIndex& docs, const PageLimits* limits) {
  std::set<std::string> distinct_docs;
  for (const Claim& c : whole.claims) distinct_docs.insert(c.doc);
  Finding cut_down;
  if (limits && whole.claims.size() > limits->claims) cut_down = with_fewer_claims(whole, limits->claims);
  const Finding& f = cut_down.claims.empty() ? whole : cut_down;

  std::size_t max_docs = limits ? limits->docs_per_value : SIZE_MAX;
  std::size_t max_values = limits ? 2 * limits->claims : SIZE_MAX;
  json values = json::array();
  for (const Support& s : f.support) {
    if (values.size() == max_values) {
      values.push_back({{"value", "\u2026"}, {"docs", std::to_string(f.support.size() - max_values) + " more values"},
                        {"count", 0}});
      break;
    }
    values.push_back({{"value", people_value(f, s.value)}, {"docs", docs_text(s.docs, max_docs)}, {"count", s.docs.size()}});
  }
  json claims = json::array();
  for (const Claim& c : f.claims) claims.push_back(claim_view(c, docs, limits));
  std::string heading = f.subject + " " + humanize(f.attribute);
  if (!f.qualifiers.empty()) heading += " (" + qualifier_text(f.qualifiers) + ")";
  json view{{"index", index + 1},
            {"anchor", "f" + std::to_string(index + 1)},
            {"kind", to_string(f.kind)},
            {"kind_label", humanize(to_string(f.kind), true)},
            {"severity", to_string(f.severity)},
            {"subject", f.subject},
            {"attribute", f.attribute},
            {"attribute_label", humanize(f.attribute)},
            {"qualifiers", qualifier_text(f.qualifiers)},
            {"heading", heading},
            {"explanation", limits ? cut(f.explanation, 4 * limits->context, false) : f.explanation},
            {"fingerprint", f.fingerprint},
            {"values", values},
            {"claims", claims},
            {"claim_count", whole.claims.size()},
            {"doc_count", distinct_docs.size()}};
  if (f.claims.size() < whole.claims.size()) view["claims_shown"] = f.claims.size();
  return view;
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
      json item{{"when", when}, {"value", dates ? "" : display_text(c.value)}, {"doc", c.doc}, {"short_doc", short_name(c.doc)},
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

json summary_view(const store::Stats& stats, uint64_t documents, const KindCounts& counts) {
  json kinds = json::array();
  uint64_t total = 0;
  for (FindingKind k : {FindingKind::conflict, FindingKind::unit_mismatch, FindingKind::not_comparable,
                        FindingKind::plan_vs_actual, FindingKind::changed_over_time, FindingKind::agreement}) {
    uint64_t n = counts[kind_rank(k)];
    total += n;
    if (n) kinds.push_back({{"kind", to_string(k)}, {"label", humanize(to_string(k), true)}, {"count", n}});
  }
  return {{"documents", documents},
          {"claims", stats.claims},
          {"subjects", stats.subjects},
          {"findings", total},
          {"by_kind", count_by_kind(counts)},
          {"kinds", kinds}};
}

}  // namespace claimcheck::report
