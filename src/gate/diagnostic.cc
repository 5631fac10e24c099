#include "gate/diagnostic.h"

#include <algorithm>

#include "claimcheck/terminal.h"
#include "report/evidence.h"
#include "report/report.h"

namespace claimcheck::gate {
namespace {

const char* verb(FindingKind k) {
  switch (k) {
    case FindingKind::conflict: return "conflicts with";
    case FindingKind::unit_mismatch: return "is in units that cannot be compared with";
    case FindingKind::not_comparable: return "cannot be compared without a conversion with";
    case FindingKind::plan_vs_actual: return "(plan vs actual) differs from";
    case FindingKind::changed_over_time: return "(changed over time) differs from";
    case FindingKind::agreement: return "agrees with";
  }
  return "differs from";
}

const char* color_of(Severity s) {
  switch (s) {
    case Severity::error: return "\033[1;31m";
    case Severity::warning: return "\033[1;33m";
    case Severity::info: return "\033[1;36m";
  }
  return "";
}

// "2026-04-23 (corpus/003_x.txt, line 38)" for one other value: its first
// claim, a stored document's rather than another article's when there is one.
// Values as people write them ("$852 billion"); display() stays the key.
std::string cite(const Claim& c) { return display_text(c.value) + " (" + c.doc + ", line " + std::to_string(c.line) + ")"; }

}  // namespace

const char* level_name(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

std::string diagnostic_line(const GateFinding& g, bool color) {
  const Finding& f = g.finding;
  const Claim& main = f.claims[g.primary];
  const std::string main_value = display(main.value);

  // The other values: one citation per support entry that does not hold the
  // primary claim's value; without support entries, per distinct other value.
  std::vector<std::string> others;
  std::vector<std::string> seen_values{main_value};
  auto seen = [&](const std::string& v) { return std::find(seen_values.begin(), seen_values.end(), v) != seen_values.end(); };
  for (const Support& s : f.support) {
    if (s.value == main_value) continue;
    std::vector<const Claim*> with = report::claims_with_value(f, s.value);
    const Claim* pick = nullptr;
    for (const Claim* c : with)
      if (!pick || (pick->doc == main.doc && c->doc != main.doc)) pick = c;
    if (!pick) {
      for (const Claim& c : f.claims)
        if (std::find(s.docs.begin(), s.docs.end(), c.doc) != s.docs.end() && display(c.value) != main_value) {
          pick = &c;
          break;
        }
    }
    if (!pick) continue;
    seen_values.push_back(s.value);
    others.push_back(cite(*pick));
  }
  if (others.empty()) {
    for (const Claim& c : f.claims) {
      std::string v = display(c.value);
      if (seen(v)) continue;
      seen_values.push_back(v);
      others.push_back(cite(c));
    }
  }
  std::string list;
  for (std::size_t i = 0; i < others.size(); ++i)
    list += (i == 0 ? "" : i + 1 == others.size() ? " and " : ", ") + others[i];

  std::string head = f.subject + " " + report::humanize(f.attribute);
  if (!f.qualifiers.empty()) head += " (" + report::qualifier_text(f.qualifiers) + ")";
  // Names and values come from articles and file names: escaped for the
  // terminal (and for CI logs, where a line starting `::` is a command).
  std::string line = terminal_safe(main.doc) + ":" + std::to_string(std::max(main.line, 1)) + ":" +
                     std::to_string(std::max(main.column, 1)) + ": ";
  line += color ? std::string(color_of(f.severity)) + level_name(f.severity) + ":\033[0m" : level_name(f.severity) + std::string(":");
  std::string rest = head + " " + display_text(main.value);
  if (!list.empty()) rest += std::string(" ") + verb(f.kind) + " " + list;
  rest += " [fingerprint " + f.fingerprint + "]";
  line += " " + terminal_safe(report::collapse_space(rest));
  return report::collapse_space(line);
}

}  // namespace claimcheck::gate
