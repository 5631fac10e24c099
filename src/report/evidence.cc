// Sentence highlighting, document names and locations shared by the renderers.
#include "report/evidence.h"

#include <filesystem>

#include "base/text_position.h"

namespace claimcheck::report {

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

Highlighted highlight(const Claim& c) {
  Highlighted h;
  std::string sentence = collapse_space(c.sentence.empty() ? c.text : c.sentence);
  std::string span = collapse_space(c.text);
  std::size_t at = span.empty() ? std::string::npos : sentence.find(span);
  if (at == std::string::npos) {
    h.before = sentence;
    return h;
  }
  h.before = sentence.substr(0, at);
  h.span = span;
  h.after = sentence.substr(at + span.size());
  return h;
}

std::size_t code_points(std::string_view s) { return base::code_points(s); }

std::string relative_to(const std::string& doc, const std::string& root) {
  if (root.empty() || doc.empty()) return doc;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path abs_doc = fs::weakly_canonical(fs::absolute(doc, ec), ec);
  fs::path abs_root = fs::weakly_canonical(fs::absolute(root, ec), ec);
  if (ec) return doc;
  fs::path rel = abs_doc.lexically_relative(abs_root);
  if (rel.empty() || *rel.begin() == "..") return doc;
  return rel.generic_string();
}

std::string location(const Claim& c) {
  return c.doc + ":" + std::to_string(c.line) + ":" + std::to_string(c.column);
}

DocumentIndex::DocumentIndex(const std::vector<store::DocumentInfo>& docs) {
  for (const auto& d : docs) by_id_.emplace(d.id, &d);
}

const store::DocumentInfo* DocumentIndex::find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

std::string people_value(const Finding& f, const std::string& value) {
  for (const Claim& c : f.claims)
    if (display(c.value) == value) return display_text(c.value);
  return value;
}

std::vector<const Claim*> claims_with_value(const Finding& f, const std::string& value) {
  std::vector<const Claim*> out;
  for (const Claim& c : f.claims)
    if (display(c.value) == value) out.push_back(&c);
  return out;
}

}  // namespace claimcheck::report

namespace claimcheck::report {

std::size_t primary_claim(const Finding& f, const std::vector<std::string>& focus_docs) {
  for (std::size_t i = 0; i < f.claims.size(); ++i)
    for (const auto& d : focus_docs)
      if (f.claims[i].doc == d) return i;
  const Support* least = nullptr;
  for (const Support& s : f.support)
    if (!least || s.docs.size() < least->docs.size()) least = &s;
  if (least)
    for (std::size_t i = 0; i < f.claims.size(); ++i)
      if (display(f.claims[i].value) == least->value) return i;
  return 0;
}

}  // namespace claimcheck::report
