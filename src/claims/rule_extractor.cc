// Running the rules over a document; see rule_extractor.h.
#include "claims/rule_extractor.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include "claimcheck/attributes.h"
#include "claimcheck/error.h"
#include "claims/article_meta.h"
#include "claims/candidates.h"
#include "claims/claim_subject.h"
#include "claims/comparison_aside.h"
#include "claims/list_items.h"
#include "claims/shared_rate.h"
#include "claims/shared_subjects.h"
#include "claims/corrections.h"
#include "claims/lede_counts.h"
#include "claims/extraction_pass.h"
#include "claims/masked_sentence.h"
#include "claims/news_subjects.h"
#include "claims/self_test.h"
#include "claims/sentence_slots.h"
#include "claims/tables.h"
#include "claims/value_modality.h"
#include "rules/fragments.h"
#include "rules/placeholder.h"
#include "values/recognizer.h"

namespace claimcheck::claims {

namespace {

// Whether the value lies in the attribute's plausible range (rules/attributes.json).
bool plausible(const Claim& c) {
  const AttributeInfo& a = attribute_info(c.attribute);
  if (a.min == 0 && a.max == 0) return true;
  if (c.value.is_date()) return true;
  const double v = c.value.value;
  if (a.min != 0 && v < a.min) return false;
  if (a.max != 0 && v > a.max) return false;
  return true;
}

// "Active parameters: 41B": a capitalised key of a few words and a colon.
bool is_field_line(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s.front()))) return false;
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 40 || colon + 1 >= s.size() || s[colon + 1] != ' ') return false;
  return std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(colon), ' ') <= 4;
}

// "Variant: X Mini", "See also: Y": a spec sheet's line naming another model
// than the one the sheet is about.
bool names_another_model(std::string_view s) {
  static const RE2 key(
      "(?i)^\\s*(?:[-*] )?(?:variants?|siblings?|see also|related(?: models?)?|alternatives?|predecessor|successor|"
      "replaces|replaced by|previous (?:model|version)|smaller (?:model|sibling)|larger (?:model|sibling)|compare(?:d)? (?:with|to))\\s*:");
  return is_field_line(s) && RE2::PartialMatch(s, key);
}

// Whether the date at `at` follows "on " (its weekday and all: "on Tuesday, June 9").
bool told_on(std::string_view text, std::size_t at) {
  return at >= 3 && text.substr(at - 3, 3) == "on ";
}

// "---", "***", "___" alone on a line.
bool is_thematic_break(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  return s.size() >= 3 && s.find_first_not_of(s.front()) == std::string_view::npos &&
         (s.front() == '-' || s.front() == '*' || s.front() == '_' || s.front() == '=');
}

// "---- Vendor Model X": a rule and the title under it, read as one sentence.
bool opens_with_rule(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  if (s.size() < 4 || (s.front() != '-' && s.front() != '=' && s.front() != '*')) return false;
  const std::size_t run = s.find_first_not_of(s.front());
  return run != std::string_view::npos && run >= 3 && s.find_first_not_of(" \n", run) != std::string_view::npos;
}

// Attributes whose value does not change over time (rules/attributes.json): a
// date elsewhere in the sentence does not set their as-of date.
bool is_fixed_attribute(const std::string& a) { return attribute_info(a).over_time == OverTime::fixed; }

// The date told beside a value ("$852 billion at the end of March"): the
// nearest date slot after it, else before it, with no other value between.
// A date after a ';' opens the next clause ("... valued it at $410 billion;
// by September a tender priced it at $560 billion"): not this value's.
std::optional<std::size_t> date_beside(std::string_view normalized, const std::vector<values::Match>& quantities,
                                       const std::vector<Slot>& slots, std::size_t value) {
  std::size_t at = 0;
  while (at < slots.size() && !(slots[at].kind != rules::kSubjectKind && slots[at].kind != rules::kBenchmarkKind &&
                                slots[at].index == value))
    ++at;
  if (at == slots.size()) return std::nullopt;
  auto usable = [&](const Slot& s) {
    return s.kind == "date" && quantities[s.index].quantity.date_precision <= DatePrecision::month;
  };
  auto is_value = [&](const Slot& s) { return s.kind != rules::kSubjectKind && s.kind != rules::kBenchmarkKind; };
  for (std::size_t k = at + 1; k < slots.size(); ++k) {
    const std::size_t from = slots[at].norm_end, to = slots[k].norm_begin;
    if (to > from && normalized.substr(from, to - from).find(';') != std::string_view::npos) break;
    if (usable(slots[k])) return slots[k].index;
    if (is_value(slots[k])) break;
  }
  for (std::size_t k = at; k-- > 0;) {
    if (usable(slots[k])) return slots[k].index;
    if (is_value(slots[k])) break;
  }
  return std::nullopt;
}

// "... in a round announced on February 19. OpenAI said at the time that
// ChatGPT had 900 million weekly users": "at the time" (or "then") before the
// value is the last date the sentence before told, not the article's date.
std::optional<std::string> date_at_the_time(const ExtractionPass& p, std::size_t value_begin) {
  static const RE2 then("(?i)\\b(?:at the time|back then|at that time|at that point)\\b");
  const text::Sentence& s = *p.sentence;
  if (p.si == 0 || value_begin < s.begin) return std::nullopt;
  if (!RE2::PartialMatch(std::string_view(p.doc.normalized).substr(s.begin, value_begin - s.begin), then))
    return std::nullopt;
  const text::Sentence& before = p.doc.sentences[p.si - 1];
  std::optional<std::string> found;
  for (const values::Match& q : p.quantities)
    if (q.norm_begin >= before.begin && q.norm_end <= before.end && q.quantity.is_date() &&
        q.quantity.date_precision <= DatePrecision::month)
      found = iso_date(static_cast<int64_t>(std::isnan(q.quantity.max) ? q.quantity.value : q.quantity.max));
  return found;
}

// The last date of month or day precision before `value_begin` in the value's
// sentence that `hangs_on` accepts (given the normalized text and the date's
// span), as an as-of date.
template <typename Accept>
std::optional<std::string> date_before_value(const ExtractionPass& p, std::size_t value_begin, Accept hangs_on) {
  const text::Sentence& s = *p.sentence;
  const std::string_view text(p.doc.normalized);
  std::optional<std::string> found;
  for (const values::Match& q : p.quantities) {
    if (q.norm_begin < s.begin || q.norm_end > value_begin || !q.quantity.is_date() ||
        q.quantity.date_precision > DatePrecision::month)
      continue;
    if (hangs_on(text, s.begin, q))
      found = iso_date(static_cast<int64_t>(std::isnan(q.quantity.max) ? q.quantity.value : q.quantity.max));
  }
  return found;
}

// "Perplexity said in September, when ..., that it had 44 million weekly
// users": the date the figure was said, before the value in its sentence,
// is its as-of date, not the article's.
std::optional<std::string> date_said(const ExtractionPass& p, std::size_t value_begin) {
  static const RE2 said("(?i)\\b(?:said|told|reported|disclosed|announced)\\s+(?:in|on)\\s+$");
  return date_before_value(p, value_begin, [](std::string_view text, std::size_t sentence_begin, const values::Match& q) {
    const std::size_t from = std::max(sentence_begin, q.norm_begin >= 30 ? q.norm_begin - 30 : std::size_t{0});
    return RE2::PartialMatch(text.substr(from, q.norm_begin - from), said);
  });
}

// "a steep rise from February, when the lab raised $30 billion at a valuation
// of $410 billion": the date a when-clause hangs on, before the value in its
// sentence, is the as-of date of the clause's values.
std::optional<std::string> date_of_when_clause(const ExtractionPass& p, std::size_t value_begin) {
  static const RE2 when("^,? when\\b");
  return date_before_value(p, value_begin, [value_begin](std::string_view text, std::size_t, const values::Match& q) {
    return RE2::PartialMatch(text.substr(q.norm_end, std::min<std::size_t>(8, value_begin - q.norm_end)), when);
  });
}

// Whether `next` follows `value` across an arrow ("$0.42 → $0.30", "$0.42 -> $0.30"), same kind.
bool replaced_by_next(std::string_view text, const values::Match& value, const values::Match& next) {
  if (next.quantity.kind != value.quantity.kind || next.norm_begin < value.norm_end) return false;
  std::string_view between = text.substr(value.norm_end, next.norm_begin - value.norm_end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between == "\u2192" || between == "->" || between == "=>" || between == "\u27f6" || between == "\u21d2";
}

// A question states nothing: "Zephyr-4: late May, 3M context?" is a guess.
bool is_question(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n' || sentence.back() == '\r' ||
                               sentence.back() == '*'))
    sentence.remove_suffix(1);
  return !sentence.empty() && sentence.back() == '?';
}

// Whether `day` is on or before the page's date `page` and less than a year before it.
bool within_year_before(const std::string& day, const std::string& page) {
  int64_t d = 0, pg = 0;
  return parse_iso_date(day, d) && parse_iso_date(page, pg) && d <= pg && pg - d < 366;
}

// The day a sentence names: an ISO date written into it (a dated model id such
// as "vega-4-pro-2026-07-01"), else its first day-precise date, else "unnamed".
std::string date_named(std::string_view sentence, const std::vector<values::Match>& quantities,
                       const std::vector<std::size_t>& sentence_dates) {
  static const RE2 iso("((?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])");
  re2::StringPiece found;
  if (RE2::PartialMatch(sentence, iso, &found)) return std::string(found.data(), found.size());
  for (std::size_t d : sentence_dates)
    if (quantities[d].quantity.date_precision == DatePrecision::day)
      return iso_date(static_cast<int64_t>(quantities[d].quantity.value));
  return "unnamed";
}

// Whether the sentence lies in a table (read cell by cell by extract_tables).
bool in_table(const text::Document& doc, const text::Sentence& s, const Tables* tables) {
  if (!tables) return false;
  std::size_t at = doc.to_original(s.begin);
  for (const auto& r : tables->regions)
    if (at >= r.begin && at < r.end) return true;
  return false;
}

// Provenance: the words the rule read, mapped back to the original text, with
// their line, column and sentence, and the claim's stable id.
void set_provenance(const ExtractionPass& p, const RuleMatch& m, Claim* c) {
  const text::Document& doc = p.doc;
  std::size_t nb = p.masked.to_normalized(m.begin, false);
  std::size_t ne = p.masked.to_normalized(m.end, true);
  while (ne > nb && (doc.normalized[ne - 1] == ' ' || doc.normalized[ne - 1] == ',')) --ne;
  c->begin = doc.to_original(nb);
  c->end = doc.to_original_end(ne);
  auto lc = doc.line_column(c->begin);
  c->line = lc.line;
  c->column = lc.column;
  c->text = doc.original.substr(c->begin, c->end - c->begin);
  c->sentence = std::string(doc.original_text(p.sentence->begin, p.sentence->end));
  while (!c->sentence.empty() && (c->sentence.back() == '\n' || c->sentence.back() == ' ' || c->sentence.back() == '\r'))
    c->sentence.pop_back();
  c->doc = doc.id;
  c->rule = m.rule.id;
  c->id = make_claim_id(doc.id, c->begin, c->end, m.rule.id);
}

}  // namespace

// Sentence-wide qualifiers (rules "scopes"): every claim of the sentence whose
// attribute the scope names gets it, unless a rule already set it.
namespace {

// Whether `cue` matches the ';'-delimited stretch of the sentence (as written,
// starting at normalized offset `sentence_begin`) that holds the value.
bool cue_in_clause(std::string_view sentence, std::size_t sentence_begin, const std::vector<values::Match>& quantities,
                   std::size_t value, const RE2& cue) {
  if (value >= quantities.size() || quantities[value].norm_begin < sentence_begin) return false;
  const std::size_t at = std::min(quantities[value].norm_begin - sentence_begin, sentence.size());
  const std::size_t semi = sentence.rfind(';', at);
  const std::size_t begin = semi == std::string_view::npos ? 0 : semi + 1;
  const std::size_t end = std::min(sentence.find(';', at), sentence.size());
  return RE2::PartialMatch(sentence.substr(begin, end - begin), cue);
}

// How far the nearest match of `cue` in the sentence (as written) lies from
// the value's words; SIZE_MAX when it does not match.
std::size_t cue_distance(std::string_view sentence, std::size_t sentence_begin,
                         const std::vector<values::Match>& quantities, std::size_t value, const RE2& cue) {
  if (value >= quantities.size() || quantities[value].norm_begin < sentence_begin) return SIZE_MAX;
  const std::size_t vb = std::min(quantities[value].norm_begin - sentence_begin, sentence.size());
  const std::size_t ve = std::min(quantities[value].norm_end - sentence_begin, sentence.size());
  std::size_t best = SIZE_MAX, pos = 0;
  re2::StringPiece m;
  while (pos <= sentence.size() && cue.Match(sentence, pos, sentence.size(), RE2::UNANCHORED, &m, 1)) {
    const std::size_t b = static_cast<std::size_t>(m.data() - sentence.data()), e = b + m.size();
    best = std::min(best, e <= vb ? vb - e : b >= ve ? b - ve : 0);
    pos = std::max(e, b + 1);
  }
  return best;
}

}  // namespace

// Whether scope `i` ("reach": "nearest") has, of the cued scopes of its
// qualifier that also reach nearest, the cue nearest the value (the first on a tie).
bool RuleExtractor::nearest_cue(const std::vector<rules::Scope>& scopes, const std::vector<char>& cued, std::size_t i,
                                std::string_view sentence, std::size_t sentence_begin,
                                const std::vector<values::Match>& quantities, std::size_t value) const {
  const std::size_t mine = cue_distance(sentence, sentence_begin, quantities, value, rules_->scope_regex(i));
  if (mine == SIZE_MAX) return false;
  for (std::size_t j = 0; j < scopes.size(); ++j) {
    if (j == i || !cued[j] || !scopes[j].nearest || scopes[j].qualifier != scopes[i].qualifier) continue;
    const std::size_t other = cue_distance(sentence, sentence_begin, quantities, value, rules_->scope_regex(j));
    if (other < mine || (other == mine && j < i)) return false;
  }
  return true;
}

void RuleExtractor::apply_scopes(std::string_view sentence, std::size_t sentence_begin, const std::string& masked,
                                 const std::vector<values::Match>& quantities,
                                 const std::vector<std::size_t>& sentence_dates,
                                 std::vector<Candidate>* candidates) const {
  if (candidates->empty()) return;
  const auto& scopes = rules_->scopes();
  thread_local std::vector<char> cued;
  rules_->scope_cues().find(sentence, masked, &cued);  // one set pass per text, not a regex per scope
  for (std::size_t i = 0; i < scopes.size(); ++i) {
    if (!cued[i]) continue;
    std::string value = scopes[i].value;
    if (value == "capture") {
      // Names in the masked sentence are placeholders: read the words as written.
      re2::StringPiece text(sentence.data(), sentence.size());
      if (!RE2::PartialMatch(text, rules_->scope_regex(i), &value)) continue;
      for (char& ch : value) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      const auto& except = scopes[i].except;
      if (value.empty() || std::find(except.begin(), except.end(), value) != except.end()) continue;
    }
    if (value == "date") value = date_named(sentence, quantities, sentence_dates);
    for (Candidate& k : *candidates) {
      const auto& only = scopes[i].attributes;
      if (!only.empty() && std::find(only.begin(), only.end(), k.claim.attribute) == only.end()) continue;
      if (scopes[i].clause_only && !cue_in_clause(sentence, sentence_begin, quantities, k.value_key, rules_->scope_regex(i)))
        continue;
      if (scopes[i].nearest && !nearest_cue(scopes, cued, i, sentence, sentence_begin, quantities, k.value_key)) continue;
      if (!value.empty()) k.claim.qualifiers.emplace(scopes[i].qualifier, value);
    }
  }
}

std::unique_ptr<Extractor> Extractor::load(const std::vector<std::string>& rules_dirs) {
  auto extractor = std::make_unique<RuleExtractor>(rules::RuleSet::load(rules_dirs));
  // Packs from disk (--rules) must pass their own examples before any article
  // is read; the built-in packs are checked by `claimcheck rules test` in CI.
  if (!rules_dirs.empty()) {
    SelfTestResult r = run_self_test(*extractor);
    if (!r.failures.empty()) {
      const SelfTestFailure& f = r.failures.front();
      std::string more = r.failures.size() > 1 ? " (and " + std::to_string(r.failures.size() - 1) +
                                                     " more failures: run `claimcheck rules test`)"
                                               : "";
      // One line on stderr: the self-test's multi-line layout is folded.
      std::string message = f.message;
      for (std::size_t at; (at = message.find("\n")) != std::string::npos;) {
        std::size_t end = message.find_first_not_of(' ', at + 1);
        message.replace(at, (end == std::string::npos ? message.size() : end) - at, "; ");
      }
      throw Error(f.where, "rule '" + f.rule + "': its own example fails: " + message + more);
    }
  }
  return extractor;
}

RuleExtractor::RuleExtractor(std::unique_ptr<rules::RuleSet> rules)
    : rules_(std::move(rules)), subjects_(rules_->entities()), company_words_(rules_->fragments()) {
  std::map<std::string, std::string> fragment_of_capture;
  for (const auto& [name, f] : rules_->fragments())
    if (!f.capture.empty()) fragment_of_capture[f.capture] = name;
  for (std::size_t i = 0; i < rules_->rules().size(); ++i) {
    const RE2& re = rules_->regex(i);
    const auto& rule = rules_->rules()[i];
    auto plan = std::make_unique<RulePlan>();
    plan->groups = re.NumberOfCapturingGroups();
    for (const auto& [name, index] : re.NamedCapturingGroups()) {
      std::string base = rules::group_base(name);
      if (std::find(rule.value_groups.begin(), rule.value_groups.end(), name) != rule.value_groups.end())
        plan->values.push_back(index);
      else if (name == rule.subject_slot) plan->subject = index;
      else if (base == "who") plan->who.push_back(index);  // news pack (news_subjects.h)
      else if (base == "subject") continue;
      else if (base == "benchmark") plan->benchmarks.push_back(index);
      else if (auto f = fragment_of_capture.find(base); f != fragment_of_capture.end()) {
        auto own = rule.group_fragments.find(name);
        plan->qualifiers.emplace_back(index, own != rule.group_fragments.end() ? own->second : f->second);
        plan->qualifier_names.push_back(base);
      }
    }
    std::sort(plan->values.begin(), plan->values.end());  // group numbers follow the pattern
    for (const auto& name : rule.value_qualifiers) {
      const rules::Fragment& f = rules_->fragments().at(name);
      plan->in_value.emplace_back(name, std::make_unique<RE2>("(?i)\\b(" + f.pattern + ")\\b"));
    }
    plans_.push_back(std::move(plan));
  }
}

RuleExtractor::~RuleExtractor() = default;

Extraction RuleExtractor::extract(const text::Document& doc, const ArticleMeta& known) const {
  return extract_traced(doc, known, nullptr);
}

namespace {

// "1.8T total / 49B active": one rule reading two values of one cell would give
// both claims the cell's span, hence one id, and the store would keep one.
// Such claims are pointed at their own value's words inside the cell.
void narrow_shared_cells(const text::Document& doc, std::vector<Claim>& claims) {
  std::map<std::string, int> seen;
  for (const Claim& c : claims) ++seen[c.id];
  for (Claim& c : claims) {
    if (seen[c.id] < 2 || c.value.text.empty()) continue;
    const std::size_t at = doc.original.find(c.value.text, c.begin);
    if (at == std::string::npos || at + c.value.text.size() > c.end) continue;
    c.begin = at;
    c.end = at + c.value.text.size();
    auto lc = doc.line_column(c.begin);
    c.line = lc.line;
    c.column = lc.column;
    c.text = c.value.text;
    c.id = make_claim_id(doc.id, c.begin, c.end, c.rule);
  }
}

}  // namespace

// Tables: each filled cell is read as its own small sentence (tables.h), by
// the same rules, then its claims are pointed back at the cell and its row.
void RuleExtractor::extract_tables(const text::Document& doc, const Tables& tables, Extraction* out,
                                   std::set<std::string>* fired) const {
  if (tables.sentences.empty()) return;
  std::string synthetic;
  std::vector<std::string> line_names;
  for (const auto& t : tables.sentences) {
    synthetic += t.text + "\n";
    line_names.push_back(t.named_by_table);
  }
  text::Document cells = text::make_document(doc.id, std::move(synthetic));
  ArticleMeta meta = out->meta;
  Extraction x = extract_sentences(cells, meta, fired, nullptr, &line_names);
  for (Claim& c : x.claims) {
    if (c.line < 1 || static_cast<std::size_t>(c.line) > tables.sentences.size()) continue;
    if (c.subject_from_focus) continue;  // a cell's subject is its row's or column's, never the row above's
    const TableSentence& t = tables.sentences[c.line - 1];
    c.begin = t.cell_begin;
    c.end = t.cell_end;
    auto lc = doc.line_column(c.begin);
    c.line = lc.line;
    c.column = lc.column;
    c.text = doc.original.substr(t.cell_begin, t.cell_end - t.cell_begin);
    c.sentence = doc.original.substr(t.row_begin, t.row_end - t.row_begin);
    while (!c.sentence.empty() && (c.sentence.back() == '\r' || c.sentence.back() == ' ')) c.sentence.pop_back();
    c.id = make_claim_id(doc.id, c.begin, c.end, c.rule);
    out->claims.push_back(std::move(c));
  }
  narrow_shared_cells(doc, out->claims);
}

Extraction RuleExtractor::extract_traced(const text::Document& doc, const ArticleMeta& known,
                                         std::set<std::string>* fired) const {
  Tables tables = read_tables(doc.original, [&](std::string_view cell) {
    std::vector<Mention> m = subjects_.find(cell);
    return m.size() == 1 && m[0].kind != "benchmark" && m[0].begin == 0 && m[0].end + 1 >= cell.size();
  });
  Extraction out = extract_sentences(doc, known, fired, &tables);
  extract_tables(doc, tables, &out, fired);
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
  drop_corrected(out.claims);  // corrections.h
  add_lede_counts(out.claims);  // lede_counts.h
  std::stable_sort(out.claims.begin(), out.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
  return out;
}

namespace {

// Names only a table knows (TableSentence::named_by_table) as model mentions
// at the start of their synthetic lines.
void add_line_names(std::string_view text, const std::vector<std::string>& line_names, std::vector<Mention>* mentions) {
  std::size_t line = 0, at = 0;
  bool added = false;
  while (at < text.size() && line < line_names.size()) {
    const std::string& name = line_names[line];
    if (!name.empty() && text.substr(at, name.size()) == name) {
      // The cell is the whole name: "Llama 5 Maverick", not the "Llama 5" the
      // recogniser reads in it (a shorter mention there gives way).
      auto shorter = std::find_if(mentions->begin(), mentions->end(),
                                  [&](const Mention& m) { return m.begin == at && m.end < at + name.size(); });
      if (shorter != mentions->end()) mentions->erase(shorter);
      bool known = std::any_of(mentions->begin(), mentions->end(), [&](const Mention& m) { return m.begin == at; });
      if (!known) {
        mentions->push_back({at, at + name.size(), name, "model", false});
        added = true;
      }
    }
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) break;
    at = nl + 1;
    ++line;
  }
  if (added)
    std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace

// The model a page is about: the only model its headline names (a front
// matter title, else the first headline-like line of the first few that names
// a model: a forum thread's title comes after the forum's name and the poster).
// A review's "At $3 in and $12 out per million tokens" many paragraphs on is
// about it, not about nobody.
std::string RuleExtractor::page_topic(const std::string& title, std::string_view text,
                                      const std::vector<Mention>& mentions) const {
  if (std::string topic = headline_model(title, mentions); !topic.empty()) return topic;
  // A title naming several models ("A vs B") says the page has no one model;
  // only a title naming none leaves the lines below it to say.
  for (const Mention& m : subjects_.find(title))
    if (m.kind == "model") return "";
  for (const std::string& headline : headline_lines(text, kHeadlineLines)) {
    std::string topic = headline_model(headline, mentions);
    if (!topic.empty()) return topic;
  }
  return "";
}

std::string RuleExtractor::headline_model(const std::string& headline, const std::vector<Mention>& mentions) const {
  std::set<std::string> models;
  for (const Mention& m : subjects_.find(headline))
    if (m.kind == "model") models.insert(m.canonical);
  // A name the text made known ("Quillon's Q7") that the headline spells.
  for (const Mention& m : mentions) {
    if (m.kind != "model" || models.count(m.canonical)) continue;
    for (std::size_t at = headline.find(m.canonical); at != std::string::npos; at = headline.find(m.canonical, at + 1)) {
      std::size_t e = at + m.canonical.size();
      auto word = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(headline[i])) || headline[i] == '-'; };
      if ((at == 0 || !word(at - 1)) && (e == headline.size() || !word(e))) {
        models.insert(m.canonical);
        break;
      }
    }
  }
  return models.size() == 1 ? *models.begin() : "";
}

// The prose, sentence by sentence: the document's values and names are found
// once, then each sentence is read in phases (read_sentence).
Extraction RuleExtractor::extract_sentences(const text::Document& doc, const ArticleMeta& known,
                                            std::set<std::string>* fired, const Tables* tables,
                                            const std::vector<std::string>* line_names) const {
  ExtractionPass pass(doc, fired);
  pass.company_words = &company_words_;
  pass.out.meta = complete_meta(known, doc.normalized, doc.original);
  values::ValueOptions options;
  int64_t reference = 0;
  if (!pass.out.meta.date.empty() && parse_iso_date(pass.out.meta.date, reference)) options.reference_date = reference;
  else options.fallback_year = latest_year(doc.normalized);
  pass.quantities = values::find_quantities(doc, options);
  pass.mentions = subjects_.find(doc.normalized);
  if (line_names) add_line_names(doc.normalized, *line_names, &pass.mentions);
  pass.dropped = numbers_inside_names(pass.quantities, pass.mentions);
  pass.topic_model = page_topic(pass.out.meta.title, doc.normalized, pass.mentions);

  std::size_t last_break = SIZE_MAX;  // the sentence of the last thematic break
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    if (in_table(doc, doc.sentences[si], tables)) continue;  // read cell by cell (extract_tables)
    // Spec-sheet lines and list items keep the model named above them in focus.
    if (!is_field_line(doc.sentence_text(doc.sentences[si])) && !in_list_item(doc, doc.sentences[si])) ++pass.focus.clock;
    // A thematic break ("---" before a comment section, related posts) ends
    // what the text above it was about.
    // A title framed by two rules ("----", "Vendor Model X", "----") is one
    // heading: the rule under it does not end what it names.
    if (is_thematic_break(doc.sentence_text(doc.sentences[si]))) {
      const bool under_title = (last_break != SIZE_MAX && si == last_break + 2) ||
                               (si > 0 && opens_with_rule(doc.sentence_text(doc.sentences[si - 1])));
      if (!under_title) pass.focus = Focus{};
      last_break = si;
    }
    ++pass.focus.sentence;
    read_sentence(pass, si);
  }
  return std::move(pass.out);
}

// One sentence: its slots, its masked form, the rules' candidates, the claims kept.
void RuleExtractor::read_sentence(ExtractionPass& p, std::size_t si) const {
  const text::Sentence& sentence = p.doc.sentences[si];
  p.si = si;
  p.sentence = &sentence;
  p.subject_slots.clear();
  p.slots = sentence_slots(p.quantities, p.mentions, p.dropped, sentence, si, &p.next_q, &p.next_m);
  if (p.slots.slots.empty()) return;  // no number and no name: nothing to claim, focus unchanged
  const bool other_model = names_another_model(p.doc.sentence_text(sentence));  // "Variant: X Mini" leaves the focus
  if (!p.slots.has_value() && !p.anchor) {  // names only: nothing to claim, but they move the focus
    if (!other_model) p.focus.note_names_only(focus_slots(p, false), p.mentions);
    return;
  }
  p.masked = mask_sentence(p.doc.normalized, sentence.begin, sentence.end, p.slots.slots);
  for (const auto& piece : p.masked.pieces) {
    if (!piece.placeholder) continue;
    for (const auto& s : p.slots.slots)
      if (s.norm_begin == piece.norm_begin && s.kind == rules::kSubjectKind)
        p.subject_slots.emplace_back(piece.masked_begin, s.index);
  }
  if (p.anchor && si - p.anchor_sentence > kAnchorSentences) p.anchor.reset();
  p.modality.reset();
  p.used_dates.clear();
  p.candidates.clear();

  run_rules(p);
  apply_scopes(p.doc.normalized.substr(sentence.begin, sentence.end - sentence.begin), sentence.begin, p.masked.text, p.quantities,
               p.slots.dates, &p.candidates);
  std::vector<Claim> kept = keep_best(std::move(p.candidates));
  share_rate(&kept);                                              // "A at $2 and B at $8 per million" (shared_rate.h)
  share_claims(names_sharing(p.masked.text, p.mentions), &kept);  // "A and B both ..." (shared_subjects.h)
  for (auto& c : kept) p.out.claims.push_back(std::move(c));

  if (other_model) return;
  const bool compared = told_for_comparison(p.masked.text);  // comparison_aside.h
  if (!p.subject_slots.empty() && !compared) {
    p.focus.any = p.subject_slots.front().second;
    p.focus.any_sentence = p.focus.clock;
  }
  p.focus.note_by_kind(focus_slots(p, true), p.mentions, compared);
}

// The sentence's slots that may take the focus: with a model in focus, a name
// told as a reference point ("within two points of Opus", "a hair behind
// K2.6", "what X or Y offer") leaves it there (comparison_aside.h); `masked`:
// the sentence is masked (it has values), else only products are looked at.
// A product named as where a model runs ("in ChatGPT", "via Codex", "April 23
// (ChatGPT)") leaves a model in focus there too.
std::vector<Slot> RuleExtractor::focus_slots(const ExtractionPass& p, bool masked) {
  if (!p.focus.model || !p.focus.fresh(p.focus.model_sentence) || p.mentions[*p.focus.model].kind != "model")
    return p.slots.slots;
  static const RE2 joined("\\s*(?:,|,? or|,? and)\\s*");
  std::vector<Slot> kept;
  std::size_t reference_end = std::string::npos;  // masked end of the last reference name
  for (const Slot& s : p.slots.slots) {
    bool reference = false;
    if (s.kind == rules::kSubjectKind && p.mentions[s.index].kind == "product")
      reference = named_as_place(p.doc.normalized, s.norm_begin);
    if (s.kind == rules::kSubjectKind && masked && !reference)
      for (const auto& piece : p.masked.pieces) {
        if (!piece.placeholder || piece.norm_begin != s.norm_begin) continue;
        const std::size_t at = piece.masked_begin;
        reference = named_for_comparison(p.masked.text, at) ||
                    (reference_end != std::string::npos && at >= reference_end &&
                     RE2::FullMatch(std::string_view(p.masked.text).substr(reference_end, at - reference_end), joined));
        const std::size_t close = p.masked.text.find(rules::kClose, at);
        reference_end = reference && close != std::string::npos ? close + rules::kClose.size() : std::string::npos;
      }
    if (!reference) kept.push_back(s);
  }
  return kept;
}

// The candidate rules (one RE2::Set pass), each run over the masked sentence;
// every match that yields a claim becomes a candidate.
void RuleExtractor::run_rules(ExtractionPass& p) const {
  const auto& rule_list = rules_->rules();
  const std::string& masked = p.masked.text;
  rules_->potentials(masked, &p.hits);  // each runs its regex below: a superset of candidates() is enough
  // Events without a date of their own run last, so they can skip the dates
  // other rules already gave to other subjects.
  std::stable_partition(p.hits.begin(), p.hits.end(), [&](int ri) { return !rule_list[ri].date_from_anchor; });
  for (int ri : p.hits) {
    if (!rules_->may_match(ri, masked)) continue;  // a quick DFA pass rules it out (relaxed_gaps.h)
    const RulePlan& plan = *plans_[ri];
    const RE2& re = rules_->regex(ri);
    p.groups.assign(plan.groups + 1, {});
    std::size_t pos = 0;
    while (pos <= masked.size() &&
           re.Match(masked, pos, masked.size(), RE2::UNANCHORED, p.groups.data(), plan.groups + 1)) {
      RuleMatch m{rule_list[ri], plan, static_cast<std::size_t>(ri)};
      m.begin = p.groups[0].data() - masked.data();
      m.end = m.begin + p.groups[0].size();
      pos = m.end > m.begin ? m.end : m.begin + 1;
      if (!find_value(p, &m)) continue;
      Claim c;
      if (!find_subject(p, m, &c)) continue;
      if (m.rule.date_from_anchor && std::any_of(p.candidates.begin(), p.candidates.end(), [&](const Candidate& k) {
            return k.claim.subject == c.subject && k.claim.attribute == m.rule.attribute;
          }))
        continue;  // this event already has its own date in the sentence
      c.attribute = m.rule.attribute;
      read_qualifiers(p, m, &c);
      if (!read_value(p, m, &c)) continue;
      // A mention for corroboration ("June 9" as a date mentioned) does not use the
      // date up: an event told without one may still take it.
      if (p.quantities[m.value].quantity.is_date() && !attribute_info(m.rule.attribute).agreement_only)
        p.used_dates.push_back(m.value);
      set_provenance(p, m, &c);
      if (p.fired) p.fired->insert(m.rule.id);
      const bool subject_written = m.plan.subject >= 0 && !p.groups[m.plan.subject].empty() &&
                                   c.subject == p.mentions[parse_index(p.groups[m.plan.subject])].canonical;
      p.candidates.push_back(
          {std::move(c), m.anchored ? SIZE_MAX - m.value : m.value, m.rule_index, m.end - m.begin, subject_written});
    }
  }
}

// Which quantity the match states: its first value group that matched; for an
// event without one, the nearest unused day-precise date of the sentence, else
// the narrative date.  An anchor rule only sets the narrative date (false).
bool RuleExtractor::find_value(ExtractionPass& p, RuleMatch* m) const {
  std::optional<std::size_t> value;
  m->value_at = m->begin;
  for (int g : m->plan.values)
    if (!value && !p.groups[g].empty()) {
      value = parse_index(p.groups[g]);
      m->value_at = p.groups[g].data() - p.masked.text.data();
    }
  if (m->rule.anchor) {
    if (value) {
      p.anchor = value;
      p.anchor_sentence = p.si;
    }
    return false;
  }
  if (!value && m->rule.date_from_anchor) {
    // English tells the day after the verb ("rolled out X on Thursday"); a
    // date before it (a dateline opening the sentence) only when none follows.
    std::size_t best = SIZE_MAX, best_distance = SIZE_MAX;
    std::size_t at = p.masked.to_normalized(m->begin, false);
    for (std::size_t d : p.slots.dates) {
      const values::Match& dm = p.quantities[d];
      if (dm.quantity.date_precision != DatePrecision::day ||
          std::find(p.used_dates.begin(), p.used_dates.end(), d) != p.used_dates.end())
        continue;
      // After the verb, only a day the event is told "on" ("rolled out X to
      // subscribers on Tuesday, June 9"), not one a later phrase names ("ahead
      // of the April 30 deadline").
      if (dm.norm_begin >= at && !told_on(p.doc.normalized, dm.norm_begin)) continue;
      std::size_t dist = dm.norm_begin >= at ? dm.norm_begin - at : (SIZE_MAX / 2) + (at - dm.norm_begin);
      if (dist < best_distance) best = d, best_distance = dist;
    }
    if (best != SIZE_MAX) value = best;
    else if (p.anchor) value = p.anchor, m->anchored = true;
  }
  if (!value || *value >= p.quantities.size()) return false;
  m->value = *value;
  const Quantity& q = p.quantities[*value].quantity;
  const auto& kinds = m->rule.value_kinds;
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), slot_kind(q.kind)) == kinds.end()) return false;
  return !(m->rule.date_from_anchor && !q.is_date());
}

// The rule's own qualifiers, those its groups captured, those the value's own
// words carry ("$2 per million input tokens": direction=input), and benchmarks.
void RuleExtractor::read_qualifiers(const ExtractionPass& p, const RuleMatch& m, Claim* c) const {
  const RulePlan& plan = m.plan;
  const values::Match& vm = p.quantities[m.value];
  c->qualifiers = m.rule.qualifiers;
  for (std::size_t k = 0; k < plan.qualifiers.size(); ++k) {
    re2::StringPiece captured = p.groups[plan.qualifiers[k].first];
    if (captured.empty()) continue;
    if (plan.qualifier_names[k] == "benchmark_text")  // a benchmark nobody listed, named as written
      c->qualifiers["benchmark"] = std::string(captured.data(), captured.size());
    else
      c->qualifiers[plan.qualifier_names[k]] =
          rules_->qualifier_value(plan.qualifiers[k].second, std::string_view(captured.data(), captured.size()));
  }
  // What the value says of itself wins over what the rule read beside it:
  // "$12 per million output tokens for prompts up to 200K" is an output price.
  for (const auto& [fragment, re] : plan.in_value) {
    const std::string& key = rules_->fragments().at(fragment).capture;
    re2::StringPiece found;
    if (RE2::PartialMatch(std::string_view(p.doc.normalized).substr(vm.norm_begin, vm.norm_end - vm.norm_begin), *re, &found))
      c->qualifiers[key] = rules_->qualifier_value(fragment, std::string_view(found.data(), found.size()));
  }
  for (int g : plan.benchmarks)
    if (!p.groups[g].empty() && parse_index(p.groups[g]) < p.mentions.size())
      c->qualifiers["benchmark"] = p.mentions[parse_index(p.groups[g])].canonical;
}

namespace {

// "Per 1K tokens: $0.002 input, $0.008 output": a rate named once, as a label
// before the prices of its sentence, is every bare price's rate.
void label_rate(std::string_view before, Quantity* price) {
  static const RE2 label(
      "(?i)\\bper (1 ?k|1,000|1000|one thousand|thousand|1 ?m|1,000,000|1 million|one million|million) "
      "(?:input |output )?tokens?\\)?\\s*[:\u2013-]");
  std::string scale;
  if (!RE2::PartialMatch(before, label, &scale)) return;
  for (char& ch : scale) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const bool thousand = scale.find('k') != std::string::npos || scale.find("thousand") != std::string::npos ||
                        scale == "1,000" || scale == "1000";
  price->per = thousand ? 1e3 : 1e6;
  price->per_unit = "tokens";
}

}  // namespace

// The value, its modality and its as-of date; false when the value is no
// claim (implausible for the attribute, the article's own dateline, a news
// value its pack rejects).
bool RuleExtractor::read_value(ExtractionPass& p, const RuleMatch& m, Claim* c) const {
  const values::Match& vm = p.quantities[m.value];
  const std::string_view normalized = p.doc.normalized;
  c->value = vm.quantity;
  if (!m.rule.unit.empty() && c->value.unit.empty()) c->value.unit = m.rule.unit;
  if (m.rule.over_is_span && c->value.bound == Bound::more_than) {
    c->value.bound = Bound::exact;
    c->value.min = c->value.max = kUnset;
  }
  // "a 12.6B model" counts the model's parameters, not models.
  if (m.rule.unit == "parameters" && (c->value.unit == "models" || c->value.unit == "model")) c->value.unit = m.rule.unit;
  // A bare number the rule reads as a percentage (a leaderboard's "SWE-bench
  // Verified" column of 82.4, 78.2, ...) is one only between 0 and 100.
  if (m.rule.unit == "%" && c->value.kind == QuantityKind::number) {
    if (c->value.value < 0 || c->value.value > 100 || c->value.max > 100) return false;
    c->value.kind = QuantityKind::percent;
  }
  if (c->value.kind == QuantityKind::money && c->value.per == 0 && attribute_info(m.rule.attribute).owner == "model")
    label_rate(normalized.substr(p.sentence->begin, vm.norm_begin - std::min(vm.norm_begin, p.sentence->begin)), &c->value);
  if (!plausible(*c)) return false;
  // "input: $0.42 → $0.30": the value before an arrow is the one replaced, history the line tells.
  if (!is_fixed_attribute(m.rule.attribute) && m.value + 1 < p.quantities.size() &&
      replaced_by_next(normalized, vm, p.quantities[m.value + 1]))
    return false;
  // The article's own date (a dateline) is when it was written, not a date the story mentions.
  const std::string& dated = p.out.meta.date;
  if (vm.quantity.is_date() && attribute_info(m.rule.attribute).agreement_only && !dated.empty() &&
      iso_date(static_cast<int64_t>(vm.quantity.value)) == dated)
    return false;
  const bool news_rule = news::is_news_rule(m.rule.id);
  if (news_rule) {  // news pack: "1 hour, 30 minutes" is one duration; canonical form
    if (m.value + 1 < p.quantities.size()) {
      const values::Match& next = p.quantities[m.value + 1];
      news::join_duration(c->value, next.quantity,
                          normalized.substr(vm.norm_end, next.norm_begin - std::min(vm.norm_end, next.norm_begin)));
    }
    if (!news::normalise(*c, !dated.empty(), normalized.substr(vm.norm_end, 12))) return false;
    const text::Sentence& s = *p.sentence;
    c->as_of = dated;  // add_context keys years before the article's own
    news::add_context(*c, normalized.substr(s.begin, s.end - s.begin), vm.norm_begin - s.begin, vm.norm_end - s.begin);
  }
  if (m.rule.modality) {
    c->modality = *m.rule.modality;
  } else {  // a plan cue speaks only for its own clause (value_modality.h)
    std::size_t close = p.masked.text.find(rules::kClose, m.value_at);
    std::size_t value_end = close == std::string::npos ? m.value_at : close + rules::kClose.size();
    c->modality = value_modality(*rules_, p.masked.text, m.value_at, value_end, sentence_modality(p));
    // (A model's spec only: news asks about facts it takes as given, "Did he know of the $130,000 payment?")
    if (c->modality == Modality::stated && attribute_info(m.rule.attribute).owner == "model" && !news_rule &&
        is_question(p.masked.text))
      c->modality = Modality::rumour;
  }
  c->as_of = dated;
  if (!is_fixed_attribute(m.rule.attribute)) {
    if (auto d = date_beside(normalized, p.quantities, p.slots.slots, m.value)) {
      const Quantity& dq = p.quantities[*d].quantity;
      // news pack: "on Sunday" in an undated article is no as-of date (news_subjects.h)
      if (!(news_rule && dq.inferred && dated.empty()))
        c->as_of = iso_date(static_cast<int64_t>(std::isnan(dq.max) ? dq.value : dq.max));
    } else if (auto then = date_at_the_time(p, vm.norm_begin)) {
      c->as_of = *then;
    } else if (auto when = date_said(p, vm.norm_begin); when && within_year_before(*when, dated)) {
      c->as_of = *when;  // (only on a dated page: without one, a month's year is a guess)
    } else if (auto then = date_of_when_clause(p, vm.norm_begin); then && within_year_before(*then, dated)) {
      c->as_of = *then;
    }
  }
  return true;
}

// The sentence's modality, read once from its masked text: a date such as
// "May 7" is a placeholder there, so the month cannot be read as the modal verb "may".
Modality RuleExtractor::sentence_modality(ExtractionPass& p) const {
  if (!p.modality) p.modality = rules_->modality_of(p.masked.text).value_or(Modality::stated);
  return *p.modality;
}

}  // namespace claimcheck::claims
