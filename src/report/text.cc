// The terminal report: grouped by subject, conflicts first, each finding with
// its values side by side and every claim as file:line:column plus the sentence
// with the claimed span highlighted.  Colour and bold only when asked for
// (RenderOptions::color, decided by cli::use_color); without it the span is
// bracketed so the output still shows it when piped into a file.
//
//   GPT-5.5
//     CONFLICT  release date  [error]
//       003 says 2026-04-23, 002 says 2026-04-24: one day apart
//       values: 2026-04-23 (003)  |  2026-04-24 (002)
//       2026-04-23  corpus/003_d4106d9e4592ae5a.txt:18:35  "DeepSeek V4 vs GPT-5.5: Why ..."
//                   OpenAI officially released GPT-5.5 on [April 23, 2026].
#include <string>

#include "claimcheck/terminal.h"
#include "report/evidence.h"
#include "report/report.h"
#include "report/text_parts.h"

namespace claimcheck::report {
namespace {

struct Style {
  bool on;
  std::string wrap(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  std::string span(const std::string& s) const { return on ? wrap("1;4", s) : "[" + s + "]"; }
  std::string severity(Severity sev, const std::string& s) const {
    switch (sev) {
      case Severity::error: return wrap("1;31", s);
      case Severity::warning: return wrap("1;33", s);
      case Severity::info: return wrap("1;36", s);
    }
    return s;
  }
};

// Terminal text must not carry the article's own escape sequences or control
// characters (an article could otherwise recolour or clear the terminal).
// Newlines and tabs become spaces (a sentence stays on its line); every
// other control character, C1 ones too, is shown escaped.
std::string printable(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return terminal_safe(out);
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string docs_text(const std::vector<std::string>& docs) {
  std::string out;
  auto names = short_names(docs);
  for (const auto& d : docs) out += (out.empty() ? "" : ", ") + names[d];
  return out;
}

void render_finding(const Finding& f, const DocumentIndex& docs, const Style& st, std::string& out) {
  out += "  " + st.severity(f.severity, upper(humanize(to_string(f.kind)))) + "  " + st.bold(printable(humanize(f.attribute)));
  if (!f.qualifiers.empty()) out += " (" + printable(qualifier_text(f.qualifiers)) + ")";
  out += "  " + st.dim(std::string("[") + to_string(f.severity) + "]") + "\n";
  // A story's name in the corpus is an id: its first article's title says what it is.
  if (f.qualifiers.count("story") && !f.claims.empty())
    if (const auto* d = docs.find(f.claims.front().doc); d && !d->title.empty())
      out += "    " + st.dim("story: " + printable(d->title)) + "\n";
  if (!f.explanation.empty()) out += "    " + printable(f.explanation) + "\n";
  if (!f.support.empty()) {
    out += "    values: ";
    for (std::size_t i = 0; i < f.support.size(); ++i) {
      if (i) out += "  |  ";
      out += st.bold(printable(people_value(f, f.support[i].value))) + " (" + printable(docs_text(f.support[i].docs)) + ")";
    }
    out += "\n";
  }
  for (const Claim& c : f.claims) {
    std::string value = display_text(c.value);
    out += "    " + st.bold(printable(value)) + "  " + printable(location(c));
    if (const auto* d = docs.find(c.doc)) {
      if (!d->title.empty()) out += "  \"" + printable(d->title) + "\"";
      if (!d->date.empty()) out += " (" + printable(d->date) + ")";
    }
    if (c.modality != Modality::stated) out += "  " + std::string(to_string(c.modality));
    if (!c.as_of.empty()) out += "  as of " + printable(c.as_of);
    out += "\n";
    Highlighted h = highlight(c);
    out += "      " + printable(h.before);
    if (!h.span.empty()) out += st.span(printable(h.span)) + printable(h.after);
    out += "\n";
  }
}

}  // namespace

std::string text_subject(const std::string& subject, bool color) {
  // News facts are about the event of their story (claims/news_subjects.h).
  const std::string shown = subject.empty() ? "(no subject)" : subject == "event" ? "event (news stories)" : subject;
  return Style{color}.bold(printable(shown)) + "\n";
}

std::string text_finding(const Finding& f, const DocumentIndex& docs, bool color) {
  std::string out;
  render_finding(f, docs, Style{color}, out);
  return out;
}

std::string text_summary(uint64_t documents, uint64_t claims, const std::string& counts) {
  return std::to_string(documents) + (documents == 1 ? " document, " : " documents, ") + std::to_string(claims) +
         (claims == 1 ? " claim: " : " claims: ") + counts + "\n";
}

std::string render_text(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);
  DocumentIndex docs(in.documents);
  std::string out;
  const std::string* subject = nullptr;
  for (const Finding& f : findings) {
    if (!subject || *subject != f.subject) {
      if (subject) out += "\n";
      out += text_subject(f.subject, opts.color);
      subject = &f.subject;
    } else {
      out += "\n";
    }
    out += text_finding(f, docs, opts.color);
  }
  if (!findings.empty()) out += "\n";
  uint64_t documents = in.stats.documents ? in.stats.documents : in.documents.size();
  return out + text_summary(documents, in.stats.claims, count_by_kind(findings));
}

}  // namespace claimcheck::report
