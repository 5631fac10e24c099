// The Markdown and HTML pages written piece by piece (page.h): each piece is
// the page's template rendered with one flag set (head, subject or finding,
// foot or rest), so the page stays one readable template file.
#include "report/page.h"

#include <algorithm>

#include "report/template.h"
#include "report/view.h"

namespace claimcheck::report {
using nlohmann::json;

namespace {

const FindingKind kKinds[] = {FindingKind::conflict,       FindingKind::unit_mismatch,
                              FindingKind::not_comparable, FindingKind::plan_vs_actual,
                              FindingKind::changed_over_time, FindingKind::agreement};

// "1,234"
std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// "every conflict, the first 100 of 5,000 agreements"
std::string shown_text(const KindCounts& counts, const KindCounts& shown) {
  std::string out;
  for (FindingKind k : kKinds) {
    int r = kind_rank(k);
    if (counts[r] == 0) continue;
    KindCounts one{};
    one[r] = counts[r];
    std::string words = count_by_kind(one);  // "5,000 agreements" without the grouping
    words = words.substr(words.find(' ') + 1);
    if (!out.empty()) out += ", ";
    if (shown[r] == counts[r]) out += (counts[r] == 1 ? "the " : "all " + grouped(counts[r]) + " ") + words;
    else out += "the first " + grouped(shown[r]) + " of " + grouped(counts[r]) + " " + words;
  }
  return out;
}

}  // namespace

void PageTotals::add(const Finding& f) {
  ++counts[kind_rank(f.kind)];
  ++by_attribute[f.attribute][kind_rank(f.kind)];
}

// --- Markdown ---

MarkdownPage::MarkdownPage(const PageTotals& totals, const RenderOptions& options, const Sink& out)
    : options_(options), out_(out) {
  json head{{"head", true}, {"summary", summary_view(totals.stats, totals.documents, totals.counts)}};
  out_(embedded_template("report.md").render(head, escape_markdown));
}

void MarkdownPage::subject(const std::string& subject, const std::vector<Finding>& findings,
                           const DocumentIndex& docs) {
  json views = json::array();
  for (std::size_t i = 0; i < findings.size(); ++i) views.push_back(finding_view(findings[i], i, docs));
  json piece{{"subject", {{"name", subject}, {"findings", std::move(views)}}}};
  out_(embedded_template("report.md").render(piece, escape_markdown));
}

void MarkdownPage::finish() {
  out_(embedded_template("report.md").render({{"foot", true}, {"version", tool_version(options_)}}, escape_markdown));
}

// --- HTML ---

HtmlPage::HtmlPage(const PageTotals& totals, const RenderOptions& options, const Sink& out)
    : totals_(totals), options_(options), out_(out) {
  KindCounts planned{};
  uint64_t shown = 0, all = 0;
  for (std::size_t r = 0; r < quota_.size(); ++r) {
    quota_[r] = options.page.per_kind[r];
    planned[r] = std::min<uint64_t>(totals.counts[r], quota_[r]);
    shown += planned[r];
    all += totals.counts[r];
  }
  json head{{"head", true},
            {"version", tool_version(options)},
            {"summary", summary_view(totals.stats, totals.documents, totals.counts)},
            {"css", std::string(embedded_file("report.css"))},
            {"omitted", false}};
  if (shown < all) {
    head["omitted"] = grouped(all - shown);
    head["shown"] = grouped(shown);
    head["all"] = grouped(all);
    head["shown_text"] = shown_text(totals.counts, planned);
  }
  out_(embedded_template("report.html").render(head, escape_html));
}

bool HtmlPage::wants(FindingKind k) const {
  int r = kind_rank(k);
  return shown_[r] < quota_[r];
}

bool HtmlPage::full() const {
  for (std::size_t r = 0; r < quota_.size(); ++r)
    if (shown_[r] < std::min<uint64_t>(totals_.counts[r], quota_[r])) return false;
  return true;
}

void HtmlPage::add(const Finding& f, const DocumentIndex& docs) {
  if (!wants(f.kind)) return;
  ++shown_[kind_rank(f.kind)];
  const PageLimits& limits = options_.page;
  json view = finding_view(f, index_++, docs, &limits);
  out_(embedded_template("report.html").render({{"finding", std::move(view)}}, escape_html));
  if (f.kind != FindingKind::agreement && timeline_.size() < limits.timeline) {
    std::vector<Finding> one{with_fewer_claims(f, limits.claims)};
    for (json& figure : timeline_view(one, docs)) timeline_.push_back(std::move(figure));
  }
}

void HtmlPage::finish(const std::vector<store::DocumentInfo>& documents) {
  uint64_t shown = 0, all = 0;
  for (std::size_t r = 0; r < shown_.size(); ++r) shown += shown_[r], all += totals_.counts[r];
  json rest{{"rest", true},
            {"version", tool_version(options_)},
            {"has_findings", shown > 0},
            {"summary", summary_view(totals_.stats, totals_.documents, totals_.counts)},
            {"omitted", false},
            {"has_timeline", !timeline_.empty()},
            {"timeline", timeline_},
            {"script", std::string(embedded_file("report.js"))},
            {"documents_omitted", false}};
  if (shown < all) {
    rest["omitted"] = grouped(all - shown);
    json attributes = json::array();
    for (const auto& [attribute, counts] : totals_.by_attribute) {
      json cells = json::array();
      for (FindingKind k : kKinds)
        if (totals_.counts[kind_rank(k)])
          cells.push_back({{"label", humanize(to_string(k), true)}, {"count", grouped(counts[kind_rank(k)])}});
      attributes.push_back({{"label", humanize(attribute)}, {"counts", std::move(cells)}});
    }
    rest["attributes"] = std::move(attributes);
  }
  json docs = json::array();
  for (std::size_t i = 0; i < documents.size() && i < options_.page.documents; ++i) {
    const store::DocumentInfo& d = documents[i];
    docs.push_back({{"id", d.id}, {"short_doc", short_name(d.id)}, {"title", d.title}, {"date", d.date}});
  }
  if (totals_.documents > docs.size()) rest["documents_omitted"] = grouped(totals_.documents - docs.size());
  rest["documents"] = std::move(docs);
  out_(embedded_template("report.html").render(rest, escape_html));
}

// --- whole reports from memory ---

namespace {

struct Prepared {
  std::vector<Finding> findings;  // report order
  std::vector<store::DocumentInfo> documents;  // id order
  PageTotals totals;
};

Prepared prepare(const ReportInput& in) {
  Prepared p;
  p.findings = in.findings;
  order_findings(p.findings);
  p.documents = in.documents;
  std::sort(p.documents.begin(), p.documents.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  p.totals.stats = in.stats;
  p.totals.documents = in.stats.documents ? in.stats.documents : in.documents.size();
  for (const Finding& f : p.findings) p.totals.add(f);
  return p;
}

}  // namespace

void write_markdown(const ReportInput& in, const RenderOptions& options, const Sink& out) {
  Prepared p = prepare(in);
  DocumentIndex docs(p.documents);
  MarkdownPage page(p.totals, options, out);
  std::size_t i = 0;
  while (i < p.findings.size()) {
    std::size_t j = i;
    while (j < p.findings.size() && p.findings[j].subject == p.findings[i].subject) ++j;
    std::vector<Finding> group(p.findings.begin() + i, p.findings.begin() + j);
    page.subject(group.front().subject, group, docs);
    i = j;
  }
  page.finish();
}

void write_html(const ReportInput& in, const RenderOptions& options, const Sink& out) {
  Prepared p = prepare(in);
  DocumentIndex docs(p.documents);
  HtmlPage page(p.totals, options, out);
  for (const Finding& f : p.findings) page.add(f, docs);
  page.finish(p.documents);
}

}  // namespace claimcheck::report
