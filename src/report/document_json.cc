// A document's JSON without an nlohmann::json tree (document_json.h).  The
// members in the order nlohmann's std::map keeps them: sorted.
#include "report/document_json.h"

#include "report/json_writer.h"

namespace claimcheck::report {
namespace {

void append_string_or_null(std::string& out, const std::string& s) {
  if (s.empty()) out += "null";
  else append_string(out, s);
}

}  // namespace

void append_document_json(std::string& out, const DocumentInfo& d, int depth) {
  append_pad(out, depth);
  JsonBlock o(out, depth, '{', '}');
  append_int(o.key("bytes"), d.bytes);
  append_string(o.key("content_hash"), d.content_hash);
  append_string_or_null(o.key("date"), d.date);
  append_string(o.key("id"), d.id);
  append_string(o.key("ingested_at"), d.ingested_at);
  append_string_map(o.key("metadata"), d.metadata, o.inner());
  append_string(o.key("path"), d.path);
  if (!d.story.empty()) append_string(o.key("story"), d.story);
  append_string_or_null(o.key("title"), d.title);
  o.close();
}

}  // namespace claimcheck::report
