#include "gate/gate.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "base/hash.h"
#include "base/text_position.h"
#include "check/compare.h"
#include "check/find.h"
#include "claimcheck/error.h"
#include "gate/accept_markers.h"
#include "report/evidence.h"
#include "report/report.h"

namespace claimcheck::gate {
namespace {

bool is_article(const std::set<std::string>& article_paths, const std::string& doc) {
  return article_paths.count(doc) > 0;
}

// Known: every support entry (cluster of agreeing values) that holds an
// article also holds a stored document.  No support entries: cannot tell, new.
bool is_known(const Finding& f, const std::set<std::string>& article_paths) {
  if (f.support.empty()) return false;
  for (const Support& s : f.support) {
    bool has_article = false, has_stored = false;
    for (const std::string& d : s.docs) (is_article(article_paths, d) ? has_article : has_stored) = true;
    if (has_article && !has_stored) return false;
  }
  return true;
}

// The gate points at the value ("April 25, 2026"), not at the start of the
// rule's whole match ("officially released GPT-5.5 on ..."): a reviewer fixes
// the value.  Only the copies compared here change; --ingest stores the
// claims as extracted.
// `starts` and `marks` are the article's line starts and code-point marks
// (base/text_position.h), made once: a long article's claims are not each
// counted from its first byte (issue 17).
Claim at_value(Claim c, const std::string& original, const std::vector<std::size_t>& starts,
               const std::vector<std::size_t>& marks) {
  const Quantity& v = c.value;
  if (v.end <= v.begin || v.end > original.size() || v.begin < c.begin || v.end > c.end) return c;
  base::LineColumn at = base::line_column(original, starts, marks, v.begin);  // CR-only line ends count, as in extract
  c.line = at.line;
  c.column = at.column;
  c.text = original.substr(v.begin, v.end - v.begin);
  return c;
}

}  // namespace

std::optional<Severity> parse_fail_on(const std::string& t) {
  if (t == "conflict" || t == "error") return Severity::error;
  if (t == "warning" || t == "unit_mismatch") return Severity::warning;
  if (t == "note" || t == "info" || t == "any") return Severity::info;
  if (t == "none" || t == "never") return std::nullopt;
  throw Error("--fail-on", "unknown level '" + t + "' (conflict, warning, note or none)");
}

std::string gate_fingerprint(const Finding& f, const std::set<std::string>& article_paths,
                             const std::string& repo_root) {
  std::set<std::string> stated;  // "path\0value" of every article claim in the finding
  for (const Claim& c : f.claims)
    if (is_article(article_paths, c.doc))
      stated.insert(report::relative_to(c.doc, repo_root) + '\0' + display(c.value));
  return check::fingerprint_from(f, std::string_view("gate/v1\0", 8), '\x1f', stated);
}

std::string find_repo_root() {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  for (fs::path p = cwd; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".git", ec)) return p.string();
    if (p == p.root_path()) break;
  }
  return cwd.string();
}

std::size_t GateResult::count_failing() const {
  return std::count_if(findings.begin(), findings.end(), [](const GateFinding& g) { return g.fails; });
}

std::size_t GateResult::count(bool known, Acceptance accepted) const {
  return std::count_if(findings.begin(), findings.end(),
                       [&](const GateFinding& g) { return g.known == known && g.accepted == accepted; });
}

GateResult run_gate(const store::Store& store, const std::vector<Article>& articles, const GateOptions& options) {
  GateResult result;
  std::vector<Claim> fresh;
  std::set<std::string> paths;
  std::map<std::string, std::set<std::string>> markers;  // article -> accepted fingerprints
  std::vector<std::string> focus;
  for (const Article& a : articles) {
    if (!paths.insert(a.path).second) continue;  // named twice: checked once
    focus.push_back(a.path);
    markers[a.path] = accept_markers(a.original);
    const auto starts = base::line_starts(a.original);
    const auto marks = base::code_point_marks(a.original);
    for (const Claim& c : a.claims) fresh.push_back(at_value(c, a.original, starts, marks));
  }
  result.claims = fresh.size();

  check::Filter filter;
  filter.kinds = {FindingKind::conflict, FindingKind::unit_mismatch, FindingKind::not_comparable,
                  FindingKind::plan_vs_actual, FindingKind::changed_over_time};
  std::vector<Finding> found = check::compare_new(store, fresh, filter);
  report::order_findings(found);

  for (Finding& f : found) {
    if (f.claims.empty()) continue;
    GateFinding g;
    g.known = is_known(f, paths);
    f.fingerprint = gate_fingerprint(f, paths, options.repo_root);
    g.primary = report::primary_claim(f, focus);
    if (options.baseline && options.baseline->contains(f.fingerprint)) {
      g.accepted = Acceptance::baseline;
    } else {
      for (const Claim& c : f.claims)
        if (auto it = markers.find(c.doc); it != markers.end() && it->second.count(f.fingerprint))
          g.accepted = Acceptance::marker;
    }
    g.fails = !g.known && g.accepted == Acceptance::none && options.fail_on && f.severity >= *options.fail_on;
    result.failed = result.failed || g.fails;
    g.finding = std::move(f);
    result.findings.push_back(std::move(g));
  }
  return result;
}

}  // namespace claimcheck::gate
