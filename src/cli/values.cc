// `claimcheck values`: print every quantity the value layer finds in a text.
//
//   claimcheck values [--ref-date YYYY-MM-DD] [--format jsonl|text] [--lenient] FILE|-
//
// jsonl: one object per quantity, the Quantity JSON (include/claimcheck/json.h)
// plus "line" and "column" (1-based, column in code points) of its start and
// "display_text", the value as people write it ("$852 billion").
// text:  FILE:LINE:COLUMN  kind  display_text  "surface text"
#include <iostream>
#include <memory>

#include "claimcheck/error.h"
#include "claimcheck/json.h"
#include "cli/command.h"
#include "text/document.h"
#include "values/recognizer.h"

namespace claimcheck::cli {
namespace {

struct ValuesOptions {
  std::string file;
  std::string ref_date;
  std::string format = "jsonl";
  bool lenient = false;
  int fallback_year = 0;
};

int run_values(const ValuesOptions& o) {
  values::ValueOptions vo;
  if (!o.ref_date.empty()) {
    int64_t days = 0;
    if (!parse_iso_date(o.ref_date, days))
      throw Error("--ref-date", "expected a date as YYYY-MM-DD, got '" + o.ref_date + "'");
    vo.reference_date = days;
  }
  vo.fallback_year = o.fallback_year;
  text::TextOptions to;
  to.lenient = o.lenient;
  text::Document doc = text::load_document(o.file, to);
  std::vector<values::Match> matches = values::find_quantities(doc, vo);
  std::string out;
  for (const values::Match& m : matches) {
    text::LineColumn lc = doc.line_column(m.quantity.begin);
    if (o.format == "text") {
      out += doc.id + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) + "  " +
             to_string(m.quantity.kind) + "  " + display_text(m.quantity) + "  \"" + m.quantity.text + "\"\n";
    } else {
      nlohmann::json j = m.quantity;
      j["line"] = lc.line;
      j["column"] = lc.column;
      j["display_text"] = display_text(m.quantity);
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      out += '\n';
    }
  }
  std::cout << out << std::flush;
  return kExitOk;
}

const Registration reg{{"values", "Print every quantity (number, percent, money, date, duration) found in a text", 20,
                        [](CLI::App& app, GlobalOptions&) -> Action {
                          auto opts = std::make_shared<ValuesOptions>();
                          app.add_option("FILE", opts->file, "Text, Markdown or HTML file; - for standard input")
                              ->required();
                          app.add_option("--ref-date", opts->ref_date,
                                         "The article's date (YYYY-MM-DD): fills in missing years and anchors "
                                         "relative dates");
                          app.add_option("--fallback-year", opts->fallback_year,
                                         "Year for dates written without one when there is no --ref-date");
                          app.add_option("--format", opts->format, "Output format: jsonl (default) or text")
                              ->check(CLI::IsMember({"jsonl", "text"}));
                          app.add_flag("--lenient", opts->lenient, "Replace invalid UTF-8 with U+FFFD instead of failing");
                          return [opts] { return run_values(*opts); };
                        }}};

}  // namespace
}  // namespace claimcheck::cli
