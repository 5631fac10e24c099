#pragma once
// The CI gate: what new articles add to the conflicts of a corpus.
//
//   auto store = store::Store::open(db, store::Mode::read_only);   // never writes
//   std::vector<gate::Article> articles = ...;                      // article.h
//   gate::GateResult r = gate::run_gate(*store, articles, options);
//   r.failed  -> exit 1
//
// Only findings that involve a claim of an article under review are looked at
// (check::compare_new: the store is read by key, one prefix scan per
// (subject, attribute) the articles mention, so latency does not grow with
// the corpus).  Of those:
//   - agreements are dropped (nothing to review);
//   - a finding is *known* when every value an article states in it is also
//     stated by a stored document: the corpus already disagreed with itself
//     and the article only sides with one of its values.  Known findings are
//     not the article's doing and never fail the gate;
//   - a finding is *accepted* when its fingerprint is in the baseline or in an
//     accept marker of one of its articles (accept_markers.h);
//   - the rest fail the gate when their severity is at or above --fail-on.
//
// Fingerprint (gate_fingerprint): 16 hex digits hashing the finding kind,
// subject, attribute, qualifiers and, per article involved, its path relative
// to the repository root and the values it states.  Never lines, offsets or
// the corpus side, so editing text above a claim, or the corpus growing,
// leaves it unchanged; changing the claimed value makes it a new finding.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "claimcheck/finding.h"
#include "gate/article.h"
#include "gate/baseline.h"
#include "store/store.h"

namespace claimcheck::gate {

// The lowest severity that fails the gate; nullopt = never fail.
//   conflict|error -> error (default)   warning|unit_mismatch -> warning
//   note|info|any  -> info              none|never -> nullopt
// Throws claimcheck::Error (exit 2) for anything else.
std::optional<Severity> parse_fail_on(const std::string& text);

enum class Acceptance { none, baseline, marker };

struct GateFinding {
  Finding finding;           // fingerprint replaced by the gate fingerprint
  std::size_t primary = 0;   // index in finding.claims of the claim the gate points at (in an article)
  bool known = false;        // the corpus already had it; the articles add no new value
  Acceptance accepted = Acceptance::none;
  bool fails = false;        // counts against the gate
};

struct GateOptions {
  std::string repo_root;                           // fingerprints use article paths relative to it
  std::optional<Severity> fail_on = Severity::error;
  const Baseline* baseline = nullptr;              // nullptr = none
};

struct GateResult {
  std::vector<GateFinding> findings;  // in report order (report::order_findings), agreements left out
  std::size_t claims = 0;             // claims of the articles
  bool failed = false;                // some finding fails the gate
  std::size_t count_failing() const;
  std::size_t count(bool known, Acceptance accepted) const;
};

GateResult run_gate(const store::Store& store, const std::vector<Article>& articles, const GateOptions& options);

// The stable identity of a finding about the articles `article_paths` (doc ids).
std::string gate_fingerprint(const Finding& f, const std::set<std::string>& article_paths,
                             const std::string& repo_root);

// The repository root for relative paths: the nearest ancestor of the current
// directory holding .git, else the current directory.
std::string find_repo_root();

}  // namespace claimcheck::gate
