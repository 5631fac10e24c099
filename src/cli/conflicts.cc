// `claimcheck conflicts`: where the stored articles agree and where they do not,
// straight from conflict detection (src/check/).  Opens the store read-only, so
// it runs while another process ingests.  `claimcheck report` renders the same
// findings in richer formats.
//
//   claimcheck conflicts                                   plain text
//   claimcheck conflicts --format json --kind conflict     {"schema_version":1,"findings":[...]}
//   claimcheck conflicts --subject GPT-5.5 --attribute release_date
//   ... | claimcheck conflicts --claims -                  cluster reducer: keyed claims, no database (docs/cluster.md)
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "check/find.h"
#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "claimcheck/terminal.h"
#include "cli/command.h"
#include "cli/filter_options.h"
#include "check/keyed.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

// The version of the JSON object this command prints (documented in docs/conflicts.md).
constexpr int kConflictsSchemaVersion = 1;

struct ConflictsOptions {
  std::vector<std::string> kinds;
  std::string subject, attribute;
  std::string min_severity = "info";
  std::string format = "text";
  std::string claims;  // --claims FILE|-: keyed claims instead of the database
};

check::Filter make_filter(const ConflictsOptions& o) {
  return cli::make_filter(o.kinds, o.min_severity, o.subject, o.attribute);
}

// A sentence on one line, escaped for the terminal (claimcheck/terminal.h).
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return terminal_safe(s);
}

void print_text(const std::vector<Finding>& findings) {
  for (const Finding& f : findings) {
    std::cout << to_string(f.severity) << " " << to_string(f.kind) << ": " << terminal_safe(f.subject) << " "
              << terminal_safe(f.attribute);
    for (const auto& [k, v] : f.qualifiers) std::cout << " " << terminal_safe(k) << "=" << terminal_safe(v);
    std::cout << "\n  " << terminal_safe(f.explanation) << "\n";
    for (const Claim& c : f.claims) {
      std::cout << "    " << display(c.value) << "  " << terminal_safe(c.doc) << ":" << c.line << ":" << c.column;
      if (c.modality != Modality::stated) std::cout << "  (" << to_string(c.modality) << ")";
      std::cout << "  as of " << (c.as_of.empty() ? "unknown" : terminal_safe(c.as_of)) << "\n"
                << "      \"" << one_line(c.sentence) << "\"\n";
    }
  }
}

int run_conflicts(const ConflictsOptions& o, const GlobalOptions& g) {
  const check::Filter filter = make_filter(o);
  std::vector<Finding> findings;
  if (!o.claims.empty()) {
    findings = check::conflicts_from_keyed(o.claims, filter);
  } else {
    auto store = store::Store::open(g.db, store::Mode::read_only);
    findings = check::find_conflicts(*store, filter);
  }
  if (o.format == "json") {
    nlohmann::json out{{"schema_version", kConflictsSchemaVersion}, {"findings", findings}};
    std::cout << out.dump(2) << "\n";
  } else {
    print_text(findings);
  }
  if (!g.quiet) {
    std::map<std::string, int> by_kind;
    for (const Finding& f : findings) ++by_kind[to_string(f.kind)];
    std::cerr << "claimcheck: " << findings.size() << (findings.size() == 1 ? " finding" : " findings");
    const char* sep = " (";
    for (const auto& [kind, n] : by_kind) {
      std::cerr << sep << n << " " << kind;
      sep = ", ";
    }
    std::cerr << (by_kind.empty() ? "" : ")") << "\n";
  }
  return kExitOk;
}

const Registration reg{{"conflicts", "Find conflicts, agreements and other differences between stored claims", 55,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ConflictsOptions>();
      app.add_option("--kind", o->kinds,
                     "Only findings of this kind (repeatable): conflict, unit_mismatch, plan_vs_actual, "
                     "changed_over_time, not_comparable, agreement");
      app.add_option("--subject", o->subject, "Only findings about this subject (exact name)");
      app.add_option("--attribute", o->attribute, "Only findings about this attribute (e.g. release_date)");
      app.add_option("--min-severity", o->min_severity, "Only findings at or above: info, warning, error (default: info)");
      app.add_option("-f,--format", o->format, "text (default) or json")->check(CLI::IsMember({"text", "json"}));
      app.add_option("--claims", o->claims,
                     "Read key-sorted `key<TAB>claim-json` lines (extract --format keyed) from FILE or - instead of "
                     "the database: the reducer of a cluster run (docs/cluster.md)");
      return [o, &g] { return run_conflicts(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
