#pragma once
// A small Mustache subset, enough for the report pages and nothing more.
//
//   {{name}}            the value at `name`, ESCAPED with the template's escaper
//   {{a.b}}  {{.}}      dotted lookup; `.` is the current item
//   {{{name}}}          the value unescaped: only for trusted text (the embedded
//                       CSS and script), never for anything from an article
//   {{#name}}..{{/name}}  an array: once per item; an object: once inside it;
//                       true / a non-empty string / a number: once; else not at all
//   {{^name}}..{{/name}}  once when `name` is missing, false, null, "" or []
//   {{! comment }}
//
// A section, inverted-section or comment tag alone on its line removes that
// whole line, so templates can be laid out readably (as in Mustache).
//
// Example:
//   Template t = Template::parse("<li>{{title}}</li>", "item");
//   t.render({{"title", "<b>"}}, escape_html)  ->  "<li>&lt;b&gt;</li>"
//
// Values come from an nlohmann::json built by the renderer (the view model);
// numbers print as JSON prints them, null as nothing.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck::report {

using Escaper = std::string (*)(std::string_view);

// & < > " ' escaped as entities: safe in element content and quoted attributes.
std::string escape_html(std::string_view);
// Markdown punctuation backslash-escaped and < > & as entities, newlines as
// spaces: article text stays text in a GitHub comment or table cell.
std::string escape_markdown(std::string_view);
// No escaping (plain-text templates).
std::string escape_none(std::string_view);

class Template {
 public:
  // Throws claimcheck::Error("NAME:LINE", ...) on an unclosed or unbalanced section.
  static Template parse(std::string_view source, const std::string& name);
  std::string render(const nlohmann::json& context, Escaper escape) const;

  struct Node;

 private:
  std::shared_ptr<const std::vector<Node>> nodes_;
};

// The embedded template file `name` (e.g. "report.html"), parsed.  Throws
// claimcheck::Error when there is no such file.
const Template& embedded_template(const std::string& name);
// The raw bytes of an embedded file (CSS, script).
std::string_view embedded_file(const std::string& name);

}  // namespace claimcheck::report
