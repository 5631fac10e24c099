// Format names and the one dispatch from a format to its renderer.
#include "report/report.h"

namespace claimcheck::report {
namespace {
const char* const kFormats[] = {"text", "md", "json", "html", "sarif", "github"};
}

const char* to_string(Format f) { return kFormats[static_cast<int>(f)]; }

bool parse_format(const std::string& s, Format& out) {
  for (int i = 0; i < 6; ++i) {
    if (s == kFormats[i]) {
      out = static_cast<Format>(i);
      return true;
    }
  }
  if (s == "markdown") {
    out = Format::md;
    return true;
  }
  return false;
}

std::string render(Format f, const ReportInput& in, const RenderOptions& opts) {
  switch (f) {
    case Format::text: return render_text(in, opts);
    case Format::md: return render_markdown(in, opts);
    case Format::json: return render_json(in, opts);
    case Format::html: return render_html(in, opts);
    case Format::sarif: return render_sarif(in, opts);
    case Format::github: return render_github(in, opts);
  }
  return {};
}

}  // namespace claimcheck::report
