#pragma once
// Reports: the last stage.  Findings from conflict detection (src/check/), the
// documents they cite and the store's counts go in; one text in a chosen
// format comes out.  One renderer per format, each a pure function of its
// input, so two runs over the same store give identical bytes.
//
//   text    terminal: grouped by subject, conflicts first, values side by side,
//           each claim as file:line:column with its sentence, the claimed
//           span highlighted (bold/colour only with RenderOptions::color)
//   md      the same as Markdown, for a pull-request comment or a wiki page
//   json    the versioned schema of docs/report-schema.md
//   html    one self-contained page (templates/report.html); every piece of
//           article text is escaped
//   sarif   SARIF 2.1.0 for GitHub code scanning
//   github  GitHub Actions workflow commands (::error file=...,line=...::...)
//
// Example:
//   report::ReportInput in{find_conflicts(store, filter), documents_of(store), store.stats()};
//   report::RenderOptions opts;
//   opts.color = cli::use_color(global, STDOUT_FILENO);
//   std::cout << report::render(report::Format::text, in, opts);
//
// Markup lives in files under src/report/templates/ (compiled into the binary
// by tools/embed_files.cmake), not in strings spread through the code.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "check/find.h"
#include "claimcheck/finding.h"
#include "store/store.h"

namespace claimcheck::report {

// The report schema version (json format, docs/report-schema.md).  Bump it
// when a field changes meaning or disappears; adding a field does not.
inline constexpr int kSchemaVersion = 1;

struct ReportInput {
  std::vector<Finding> findings;                // any order; renderers sort (order_findings)
  std::vector<store::DocumentInfo> documents;   // the documents the store holds
  store::Stats stats;                           // counts for the summary line
};

enum class Format { text, md, json, html, sarif, github };
const char* to_string(Format);
bool parse_format(const std::string&, Format&);

// What the HTML page shows at most, so that it stays a page a browser and a
// person can use at any corpus size (a few MB): conflicts first, the first
// findings of the other kinds, the rest counted by kind and attribute and
// named on the page ("N more findings not shown: use --format json").
// The Markdown, text, JSON and SARIF reports are complete.
struct PageLimits {
  // Findings shown, by kind_rank: conflicts, unit mismatches, not comparable,
  // plan vs actual, changed over time, agreements (the first in report order).
  std::array<std::size_t, 6> per_kind{1000, 200, 100, 100, 100, 100};
  std::size_t claims = 6;          // evidence claims shown per finding (each value keeps one); values: twice this
  std::size_t docs_per_value = 5;  // documents named per value
  std::size_t context = 240;       // bytes of sentence kept before and after the claimed span
  std::size_t documents = 500;     // documents listed (in id order)
  std::size_t timeline = 300;      // timeline figures (of the findings shown)
};

struct RenderOptions {
  bool color = false;            // text: ANSI bold and colour (decide with cli::use_color)
  std::string tool_version;      // json/sarif: claimcheck's version ("" = the built one)
  // sarif/github: claim paths are written relative to this directory ("" =
  // as stored).  GitHub code scanning wants paths relative to the repository root.
  std::string repo_root;
  // sarif/github: documents under review (the CI gate's new articles).  A
  // finding's primary location is its first claim in one of these; the other
  // claims become related locations.  Empty: the first claim of the least
  // supported value is primary.
  std::vector<std::string> focus_docs;
  PageLimits page;               // html: what the page shows at most
};

std::string render(Format, const ReportInput&, const RenderOptions& = {});

std::string render_text(const ReportInput&, const RenderOptions&);
std::string render_markdown(const ReportInput&, const RenderOptions&);
std::string render_json(const ReportInput&, const RenderOptions&);
std::string render_html(const ReportInput&, const RenderOptions&);
std::string render_sarif(const ReportInput&, const RenderOptions&);
std::string render_github(const ReportInput&, const RenderOptions&);

// --- helpers shared by the renderers (order.cc) ---

// The order every format uses: subjects with the most serious findings first
// (conflicts before unit mismatches before ... agreements), then by subject;
// within a subject by kind, attribute, qualifiers, fingerprint.  Deterministic.
void order_findings(std::vector<Finding>&);

// Position of a kind in reports: conflict 0, unit_mismatch 1, not_comparable 2,
// plan_vs_actual 3, changed_over_time 4, agreement 5.
int kind_rank(FindingKind);

// Keeps findings whose kind is in `kinds` (empty = all) and whose severity is
// at least `min_severity`.
std::vector<Finding> filter_findings(std::vector<Finding> findings, const std::vector<FindingKind>& kinds,
                                     Severity min_severity);

// How many findings of each kind, indexed by kind_rank.
using KindCounts = std::array<uint64_t, 6>;
KindCounts count_kinds(const std::vector<Finding>&);
// "2 conflicts, 1 unit mismatch, 4 agreements" ("no findings" when empty).
std::string count_by_kind(const std::vector<Finding>&);
std::string count_by_kind(const KindCounts&);
// "release date" for "release_date"; "conflict" -> "Conflict" with capital = true.
std::string humanize(const std::string& name, bool capital = false);
// Qualifiers as "direction=input, scope=total" ("" when none).
std::string qualifier_text(const std::map<std::string, std::string>&);

// Writes `contents` to `path` atomically: a temporary file beside it, then
// rename, so a reader never sees half a report.  Throws claimcheck::Error.
void write_file_atomically(const std::string& path, const std::string& contents);

// The same for a report written piece by piece: write() any number of times,
// then commit() renames it into place.  Destroyed without commit() (an error
// part way), the temporary file is removed and `path` is left as it was.
// The temporary file is made by mkstemp (O_EXCL: no name planted beside the
// target is followed) and gets 0666 minus the umask.  A `path` that is a
// device, FIFO or socket is written directly (`-o /dev/stdout`, `-o FIFO`):
// it is never replaced by a regular file.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);  // throws Error(path, cause)
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  void write(std::string_view bytes);  // throws Error(path, cause)
  void commit();                       // throws Error(path, cause)

 private:
  std::string path_, temp_;  // temp_ "" = writing `path_` directly
  int fd_ = -1;
};

// --- reports of any size (stream.cc) ---

// Whether stream_report writes `format`: text, json, md, sarif and html (the
// page shows at most RenderOptions::page; the others are complete).  github
// annotations are for the CI gate's few new articles.
bool can_stream(Format);

// The report of the store's findings that `filter` accepts, written to `out`
// piece by piece: the same bytes as render(format, gather(store,
// find_conflicts(store, filter)), options), but holding one subject's
// findings at a time instead of all of them, so a report over millions of
// claims fits in memory.  JSON: one walk of the store; each subject's JSON is
// kept until the subjects' order is known, in memory up to `keep_bytes`, in
// an unlinked temporary file ($TMPDIR) past that.  The other formats: findings
// of up to about `keep_bytes` are kept from the pass that ranks the subjects
// and written from memory; a bigger report computes each subject's findings
// again when it is written (twice the CPU, a flat memory).  Returns the counts
// by kind.  REQUIRES: can_stream(format).
inline constexpr std::size_t kDefaultKeepBytes = 128 << 20;
KindCounts stream_report(Format format, const store::Store& store, const check::Filter& filter,
                         const RenderOptions& options, const std::function<void(std::string_view)>& out,
                         std::size_t keep_bytes = kDefaultKeepBytes);

}  // namespace claimcheck::report

namespace claimcheck::report {

// Everything a report needs from a store, with findings already computed:
// the store's documents (sorted by id) and its counts.  Used by `claimcheck
// report` and by the report at the end of `claimcheck scan`.
ReportInput gather(const store::Store&, std::vector<Finding> findings);

}  // namespace claimcheck::report
