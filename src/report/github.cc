// GitHub Actions workflow commands: one annotation per finding, on the claim
// the finding is about (see primary_claim), e.g.
//   ::error file=new/gpt.md,line=5,col=12,endColumn=26,title=claimcheck conflict::GPT-5.5 release date ...
// Values are escaped as the runner expects (%, CR, LF; also : and , in properties).
#include "report/evidence.h"
#include "report/report.h"

namespace claimcheck::report {
namespace {

std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "notice";
}

}  // namespace

std::string render_github(const ReportInput& in, const RenderOptions& opts) {
  std::vector<Finding> findings = in.findings;
  order_findings(findings);
  std::string out;
  for (const Finding& f : findings) {
    if (f.claims.empty()) continue;
    std::size_t primary = primary_claim(f, opts.focus_docs);
    const Claim& c = f.claims[primary];
    std::string message = f.subject + " " + humanize(f.attribute);
    if (!f.qualifiers.empty()) message += " (" + qualifier_text(f.qualifiers) + ")";
    message += " " + display_text(c.value) + ": " + (f.explanation.empty() ? humanize(to_string(f.kind)) : f.explanation);
    std::string others;
    for (std::size_t i = 0; i < f.claims.size(); ++i) {
      if (i == primary) continue;
      others += (others.empty() ? "" : "; ") + display_text(f.claims[i].value) + " at " +
                relative_to(f.claims[i].doc, opts.repo_root) + ":" + std::to_string(f.claims[i].line);
    }
    if (!others.empty()) message += " (" + others + ")";
    out += std::string("::") + command(f.severity) + " file=" + escape_property(relative_to(c.doc, opts.repo_root)) +
           ",line=" + std::to_string(std::max(c.line, 1)) + ",col=" + std::to_string(std::max(c.column, 1));
    if (!c.text.empty() && c.text.find('\n') == std::string::npos)
      out += ",endColumn=" + std::to_string(std::max(c.column, 1) + static_cast<int>(code_points(c.text)));
    out += ",title=" + escape_property("claimcheck " + humanize(to_string(f.kind))) + "::" +
           escape_data(collapse_space(message)) + "\n";
  }
  return out;
}

}  // namespace claimcheck::report
