#pragma once
// The Markdown and HTML pages written piece by piece, shared by the whole
// renderers (markdown.cc, html.cc) and the streamed report (stream.cc), so
// both write the same bytes.  The totals come first (from a counting pass),
// then the findings in report order, then the end of the page.
//
// Markdown is complete: every finding.  The HTML page shows at most
// RenderOptions::page (report.h): each kind's first findings in report
// order, each finding's evidence cut down; it says how many findings it
// leaves out and counts them by kind and attribute.
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/evidence.h"
#include "report/report.h"

namespace claimcheck::report {

using Sink = std::function<void(std::string_view)>;

// What the counting pass knows before anything is written.
struct PageTotals {
  store::Stats stats;
  uint64_t documents = 0;                        // documents the report covers
  KindCounts counts{};                           // findings by kind_rank
  std::map<std::string, KindCounts> by_attribute;  // the same per attribute
  void add(const Finding&);
};

class MarkdownPage {
 public:
  MarkdownPage(const PageTotals&, const RenderOptions&, const Sink&);  // writes the head
  void subject(const std::string& subject, const std::vector<Finding>& findings, const DocumentIndex& docs);
  void finish();

 private:
  const RenderOptions& options_;
  const Sink& out_;
};

class HtmlPage {
 public:
  HtmlPage(const PageTotals&, const RenderOptions&, const Sink&);  // writes the head
  // Whether a finding of this kind would still be shown.
  bool wants(FindingKind) const;
  // Every kind's quota is used: nothing more will be shown.
  bool full() const;
  // Writes `f` if its kind's quota allows.  `docs` must know its claims' documents.
  void add(const Finding& f, const DocumentIndex& docs);
  // The rest: the findings table closed, the timeline of the findings shown,
  // the first documents (`documents`: at most options.page.documents, id order).
  void finish(const std::vector<store::DocumentInfo>& documents);

 private:
  const PageTotals& totals_;
  const RenderOptions& options_;
  const Sink& out_;
  KindCounts shown_{}, quota_{};
  std::size_t index_ = 0;
  nlohmann::json timeline_ = nlohmann::json::array();
};

// `findings` (report order) through a page writer, subject by subject.
void write_markdown(const ReportInput&, const RenderOptions&, const Sink&);
void write_html(const ReportInput&, const RenderOptions&, const Sink&);

}  // namespace claimcheck::report
