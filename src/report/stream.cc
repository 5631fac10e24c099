// Reports of any size: the text, JSON, Markdown, SARIF and HTML reports
// written subject by subject straight from the store (report.h, stream_report).
//
// The JSON report walks the store once: each subject's findings are written
// as JSON when the walk leaves the subject (a subject's groups are contiguous
// in the store) and kept (report/subject_texts.h) until the order of the
// subjects is known.  The other formats need the documents a finding cites
// and page quotas, so they work from Findings in two passes:
//
// Pass 1 walks every group once (check::find_conflicts) and keeps what the
// order needs: each subject's most serious kind, the attributes that had
// findings, and the counts.  It also keeps the findings themselves while they
// fit in `keep_bytes`; then they are written from memory in one pass.  A bigger
// report takes pass 2: the subjects in report order, each recomputing just its
// groups (Store::claims_about), so at most one subject's findings are held.
// The HTML page shows at most RenderOptions::page, so it stops walking the
// subjects once every kind's quota is used.
#include <algorithm>
#include <map>
#include <set>

#include "check/compare.h"
#include "report/document_json.h"
#include "report/evidence.h"
#include "report/finding_json.h"
#include "report/json_parts.h"
#include "report/page.h"
#include "report/report.h"
#include "report/subject_texts.h"
#include "report/text_parts.h"
#include "report/walk_counts.h"

namespace claimcheck::report {
namespace {

struct SubjectPlan {
  int rank = 6;                       // kind_rank of its most serious finding
  std::set<std::string> attributes;   // groups with findings the filter accepts
};

std::size_t approximate_bytes(const Finding& f) {
  std::size_t n = sizeof(Finding) + f.explanation.size();
  for (const Claim& c : f.claims) n += sizeof(Claim) + c.sentence.size() + c.doc.size() + c.subject.size() + 64;
  return n;
}

struct Plan {
  std::vector<std::pair<std::string, SubjectPlan>> subjects;  // in report order
  KindCounts counts{};
  std::map<std::string, KindCounts> by_attribute;  // counts per attribute (the HTML page's table)
  bool kept_all = true;            // `kept` holds every finding, in report order
  std::vector<Finding> kept;
};

Plan plan_report(const store::Store& store, const check::Filter& filter, std::size_t keep_bytes) {
  std::map<std::string, SubjectPlan> by_subject;
  Plan plan;
  std::size_t kept_bytes = 0;
  check::find_conflicts(store, filter, [&](Finding&& f) {
    SubjectPlan& s = by_subject[f.subject];
    s.rank = std::min(s.rank, kind_rank(f.kind));
    s.attributes.insert(f.attribute);
    ++plan.counts[kind_rank(f.kind)];
    ++plan.by_attribute[f.attribute][kind_rank(f.kind)];
    if (!plan.kept_all) return;
    kept_bytes += approximate_bytes(f);
    plan.kept.push_back(std::move(f));
    if (kept_bytes > keep_bytes) {
      plan.kept_all = false;
      std::vector<Finding>().swap(plan.kept);
    }
  });
  if (plan.kept_all) order_findings(plan.kept);
  for (auto& [subject, s] : by_subject) plan.subjects.emplace_back(subject, std::move(s));
  std::stable_sort(plan.subjects.begin(), plan.subjects.end(),
                   [](const auto& a, const auto& b) { return a.second.rank < b.second.rank; });
  return plan;
}

// Calls `fn` with each subject's findings in report order, from what pass 1
// kept or recomputed from the store, until `stop` says enough.
void for_each_subject(Plan& plan, const store::Store& store, const check::Filter& filter,
                      const std::function<void(const std::string&, std::vector<Finding>&)>& fn,
                      const std::function<bool()>& stop = [] { return false; }) {
  if (plan.kept_all) {
    std::size_t i = 0;
    while (i < plan.kept.size() && !stop()) {
      std::size_t j = i;
      while (j < plan.kept.size() && plan.kept[j].subject == plan.kept[i].subject) ++j;
      std::vector<Finding> group(std::make_move_iterator(plan.kept.begin() + i),
                                 std::make_move_iterator(plan.kept.begin() + j));
      fn(group.front().subject, group);
      i = j;
    }
    return;
  }
  for (const auto& [subject, sp] : plan.subjects) {
    if (stop()) return;
    std::vector<Finding> out;
    for (const std::string& attribute : sp.attributes)
      for (Finding& f : check::compare_group(store.claims_about(subject, attribute)))
        if (filter.accepts(f)) out.push_back(std::move(f));
    order_findings(out);
    if (!out.empty()) fn(subject, out);
  }
}

// The documents a subject's findings cite, for titles and dates.
std::vector<store::DocumentInfo> cited_documents(const store::Store& store, const std::vector<Finding>& findings) {
  std::set<std::string> ids;
  for (const Finding& f : findings)
    for (const Claim& c : f.claims) ids.insert(c.doc);
  std::vector<store::DocumentInfo> out;
  for (const std::string& id : ids)
    if (auto d = store.document(id)) out.push_back(std::move(*d));
  return out;
}

// `j` dumped as an element nested `depth` levels deep in the report, as the
// whole report's dump(2) would indent it.
std::string nested(const nlohmann::json& j, int depth) {
  std::string pad(static_cast<std::size_t>(2 * depth), ' ');
  std::string body = dump_json(j, 2), out = pad;
  out.reserve(body.size() + body.size() / 8);
  for (char c : body) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

// Writes the elements of a JSON array member one at a time.
class ArrayWriter {
 public:
  ArrayWriter(const std::function<void(std::string_view)>& out, const char* name) : out_(out) {
    out_(std::string("  \"") + name + "\": [");
  }
  void add(const nlohmann::json& element) {
    out_((first_ ? "\n" : ",\n") + nested(element, 2));
    first_ = false;
  }
  void close(bool last_member) { out_(std::string(first_ ? "]" : "\n  ]") + (last_member ? "\n" : ",\n")); }

  // An array nested `depth` levels deep whose opening bracket was written:
  // element_depth = depth + 1.  The text to close it.
  static std::string closing(bool empty, int depth) {
    return empty ? "]" : "\n" + std::string(static_cast<std::size_t>(2 * depth), ' ') + "]";
  }

 private:
  const std::function<void(std::string_view)>& out_;
  bool first_ = true;
};

void stream_text(Plan& plan, const store::Store& store, const check::Filter& filter, const RenderOptions& opts,
                 const std::function<void(std::string_view)>& out) {
  bool any = false;
  for_each_subject(plan, store, filter, [&](const std::string& subject, std::vector<Finding>& findings) {
    std::vector<store::DocumentInfo> cited = cited_documents(store, findings);
    DocumentIndex docs(cited);
    std::string text = (any ? "\n" : "") + text_subject(subject, opts.color);
    for (std::size_t i = 0; i < findings.size(); ++i) text += (i ? "\n" : "") + text_finding(findings[i], docs, opts.color);
    out(text);
    any = true;
  });
  store::Stats stats = store.stats();
  out((any ? "\n" : "") + text_summary(stats.documents, stats.claims, count_by_kind(plan.counts)));
}

KindCounts stream_json(const store::Store& store, const check::Filter& filter, const RenderOptions& opts,
                       const std::function<void(std::string_view)>& out, std::size_t keep_bytes) {
  KindCounts counts{};
  SubjectTexts texts(keep_bytes);
  std::vector<Finding> subject;  // the findings of the subject being walked
  std::string text;              // reused: their JSON, each finding after ",\n"
  auto leave_subject = [&] {
    if (subject.empty()) return;
    order_findings(subject);  // its most serious finding first
    text.clear();
    for (const Finding& f : subject) {
      text += ",\n";
      append_finding_json(text, f, 2);
    }
    texts.add(kind_rank(subject.front().kind), subject.front().subject, text);
    subject.clear();
  };
  WalkCounts walked;  // the summary's counts, so the store is not scanned again for them
  const bool whole_store = check::find_conflicts(
      store, filter,
      [&](Finding&& f) {
        ++counts[kind_rank(f.kind)];
        if (!subject.empty() && subject.front().subject != f.subject) leave_subject();
        subject.push_back(std::move(f));
      },
      [&](const std::vector<Claim>& group) { walked.add(group); });
  leave_subject();

  out("{\n  \"documents\": [");
  uint64_t documents = 0;
  text.clear();  // the documents' JSON, written out about a megabyte at a time
  store.for_each_document([&](const store::DocumentInfo& d) {
    text += documents++ ? ",\n" : "\n";
    append_document_json(text, d, 2);
    if (text.size() >= (1u << 20)) {
      out(text);
      text.clear();
    }
  });
  out(text);
  out(ArrayWriter::closing(documents == 0, 1) + ",\n");
  out("  \"findings\": [");
  bool empty = true;
  texts.for_each_in_order([&](std::string_view t) {
    if (empty) {
      out("\n");  // the first finding: no comma before it
      t.remove_prefix(2);
      empty = false;
    }
    out(t);
  });
  out(ArrayWriter::closing(empty, 1) + ",\n");
  store::Stats stats = whole_store ? walked.stats(documents) : store.stats();
  out("  \"schema_version\": " + std::to_string(kSchemaVersion) + ",\n");
  out("  \"summary\": " + nested(summary_json(stats, stats.documents, counts), 1).substr(2) + ",\n");
  out("  \"tool\": " + nested(tool_json(opts), 1).substr(2) + "\n}\n");
  return counts;
}

void stream_markdown(Plan& plan, const store::Store& store, const check::Filter& filter, const RenderOptions& opts,
                     const Sink& out) {
  PageTotals totals;
  totals.stats = store.stats();
  totals.documents = totals.stats.documents;
  totals.counts = plan.counts;
  MarkdownPage page(totals, opts, out);
  for_each_subject(plan, store, filter, [&](const std::string& subject, std::vector<Finding>& findings) {
    std::vector<store::DocumentInfo> cited = cited_documents(store, findings);
    page.subject(subject, findings, DocumentIndex(cited));
  });
  page.finish();
}

void stream_html(Plan& plan, const store::Store& store, const check::Filter& filter, const RenderOptions& opts,
                 const Sink& out) {
  PageTotals totals;
  totals.stats = store.stats();
  totals.documents = totals.stats.documents;
  totals.counts = plan.counts;
  totals.by_attribute = std::move(plan.by_attribute);
  HtmlPage page(totals, opts, out);
  for_each_subject(
      plan, store, filter,
      [&](const std::string&, std::vector<Finding>& findings) {
        std::erase_if(findings, [&](const Finding& f) { return !page.wants(f.kind); });
        if (findings.empty()) return;
        std::vector<store::DocumentInfo> cited = cited_documents(store, findings);
        DocumentIndex docs(cited);
        for (const Finding& f : findings) page.add(f, docs);
      },
      [&] { return page.full(); });
  std::vector<store::DocumentInfo> documents;
  store.for_each_document([&](const store::DocumentInfo& d) {
    if (documents.size() < opts.page.documents) documents.push_back(d);
  });
  page.finish(documents);
}

// The SARIF log around its results, written result by result: the log is
// dumped with a placeholder for `results` and the results go in its place,
// indented as the whole log's dump would indent them.
void stream_sarif(Plan& plan, const store::Store& store, const check::Filter& filter, const RenderOptions& opts,
                  const Sink& out) {
  static const std::string kHole = "claimcheck-results-go-here";
  std::string log = dump_json(sarif_log(kHole, opts), 2) + "\n";
  std::size_t at = log.find('"' + kHole + '"');
  std::size_t line = log.rfind('\n', at) + 1;
  int depth = static_cast<int>(log.find_first_not_of(' ', line) - line) / 2;
  out(std::string_view(log).substr(0, at));
  out("[");
  bool empty = true;
  for_each_subject(plan, store, filter, [&](const std::string&, std::vector<Finding>& findings) {
    std::string text;
    for (const Finding& f : findings) {
      if (f.claims.empty()) continue;
      text += (empty ? "\n" : ",\n") + nested(sarif_result(f, opts), depth + 1);
      empty = false;
    }
    out(text);
  });
  out(ArrayWriter::closing(empty, depth));
  out(std::string_view(log).substr(at + kHole.size() + 2));
}

}  // namespace

bool can_stream(Format f) { return f != Format::github; }

KindCounts stream_report(Format format, const store::Store& store, const check::Filter& filter,
                         const RenderOptions& options, const std::function<void(std::string_view)>& out,
                         std::size_t keep_bytes) {
  if (format == Format::json) return stream_json(store, filter, options, out, keep_bytes);
  Plan plan = plan_report(store, filter, keep_bytes);
  KindCounts counts = plan.counts;
  switch (format) {
    case Format::md: stream_markdown(plan, store, filter, options, out); break;
    case Format::html: stream_html(plan, store, filter, options, out); break;
    case Format::sarif: stream_sarif(plan, store, filter, options, out); break;
    default: stream_text(plan, store, filter, options, out); break;
  }
  return counts;
}

}  // namespace claimcheck::report
