// The order, filtering and wording every report format shares.
#include <algorithm>
#include <map>

#include "report/report.h"

namespace claimcheck::report {

int kind_rank(FindingKind k) {
  switch (k) {
    case FindingKind::conflict: return 0;
    case FindingKind::unit_mismatch: return 1;
    case FindingKind::not_comparable: return 2;
    case FindingKind::plan_vs_actual: return 3;
    case FindingKind::changed_over_time: return 4;
    case FindingKind::agreement: return 5;
  }
  return 6;
}

void order_findings(std::vector<Finding>& findings) {
  // A subject is as serious as its most serious finding.
  std::map<std::string, int> subject_rank;
  for (const Finding& f : findings) {
    auto [it, added] = subject_rank.emplace(f.subject, kind_rank(f.kind));
    if (!added) it->second = std::min(it->second, kind_rank(f.kind));
  }
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    auto key = [&](const Finding& f) {
      return std::make_tuple(subject_rank[f.subject], std::cref(f.subject), kind_rank(f.kind),
                             std::cref(f.attribute), std::cref(f.qualifiers), std::cref(f.fingerprint));
    };
    return key(a) < key(b);
  });
}

std::vector<Finding> filter_findings(std::vector<Finding> findings, const std::vector<FindingKind>& kinds,
                                     Severity min_severity) {
  std::erase_if(findings, [&](const Finding& f) {
    bool kind_ok = kinds.empty() || std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end();
    return !kind_ok || f.severity < min_severity;
  });
  return findings;
}

namespace {
struct KindWords {
  FindingKind kind;
  const char* one;
  const char* many;
};
const KindWords kKindWords[] = {
    {FindingKind::conflict, "conflict", "conflicts"},
    {FindingKind::unit_mismatch, "unit mismatch", "unit mismatches"},
    {FindingKind::not_comparable, "not comparable", "not comparable"},
    {FindingKind::plan_vs_actual, "plan vs actual", "plan vs actual"},
    {FindingKind::changed_over_time, "changed over time", "changed over time"},
    {FindingKind::agreement, "agreement", "agreements"},
};
}  // namespace

KindCounts count_kinds(const std::vector<Finding>& findings) {
  KindCounts counts{};
  for (const Finding& f : findings) ++counts[kind_rank(f.kind)];
  return counts;
}

std::string count_by_kind(const KindCounts& counts) {
  std::string out;
  for (const KindWords& w : kKindWords) {
    uint64_t n = counts[kind_rank(w.kind)];
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(n) + " " + (n == 1 ? w.one : w.many);
  }
  return out.empty() ? "no findings" : out;
}

std::string count_by_kind(const std::vector<Finding>& findings) { return count_by_kind(count_kinds(findings)); }

std::string humanize(const std::string& name, bool capital) {
  std::string out = name;
  std::replace(out.begin(), out.end(), '_', ' ');
  if (capital && !out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string qualifier_text(const std::map<std::string, std::string>& q) {
  // The story first, as a reader names it ("story 1042"): a news fact's
  // subject is the story's event, so the story is what the heading is about.
  std::string out;
  if (auto story = q.find("story"); story != q.end()) out = "story " + story->second;
  for (const auto& [k, v] : q) {
    if (k == "story") continue;
    if (!out.empty()) out += ", ";
    out += k + "=" + v;
  }
  return out;
}

}  // namespace claimcheck::report
