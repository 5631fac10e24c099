#pragma once
// The files of src/report/templates/, compiled into the binary at build time
// (tools/embed_files.cmake), so reports need no files at run time.
#include <string_view>
#include <vector>

namespace claimcheck::report {

struct EmbeddedTemplateFile {
  std::string_view name;      // file name, e.g. "report.html"
  std::string_view contents;  // the file's bytes
};

const std::vector<EmbeddedTemplateFile>& embedded_template_files();

}  // namespace claimcheck::report
