// Running the rules over a document; see rule_extractor.h.
#include "claims/rule_extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <tuple>

#include "claimcheck/attributes.h"
#include "claimcheck/error.h"
#include "claims/article_meta.h"
#include "claims/masked_sentence.h"
#include "claims/tables.h"
#include "claims/news_subjects.h"
#include "claims/self_test.h"
#include "rules/fragments.h"
#include "rules/placeholder.h"
#include "values/recognizer.h"

namespace claimcheck::claims {

struct RuleExtractor::Plan {
  int groups = 0;                 // number of capturing groups
  std::vector<int> values;        // groups that may hold the value (first one matched wins)
  int subject = -1;               // group of the {subject} placeholder
  std::vector<int> who;           // news pack: groups (?P<who>...), (?P<who_2>...): a person's name as written
  std::vector<int> benchmarks;    // {benchmark} groups
  std::vector<std::pair<int, std::string>> qualifiers;  // group -> fragment name
  std::vector<std::string> qualifier_names;             // parallel: qualifier key
  // Qualifiers read from the value's own words: fragment name, regex.
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> in_value;
};

namespace {

constexpr std::size_t kFocusSentences = 3;   // how far back a subject stays in focus
constexpr std::size_t kAnchorSentences = 3;  // how long a narrative date anchors events

std::string slot_kind(QuantityKind k) {
  switch (k) {
    case QuantityKind::date:
    case QuantityKind::daterange: return "date";
    default: return to_string(k);
  }
}

// Whether the value lies in the attribute's plausible range (rules/attributes.json).
bool plausible(const Claim& c) {
  const AttributeInfo& a = attribute_info(c.attribute);
  if (a.min == 0 && a.max == 0) return true;
  if (c.value.is_date() || c.value.kind == QuantityKind::money) return true;
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

// The unit a placeholder carries for {number:...} and {money:...}: a number's
// counted noun ("parameters"); a rate's denominator ("per_tokens": "$2 per
// million input tokens"), else a money amount's currency.
std::string slot_unit(const Quantity& q) {
  if (q.kind == QuantityKind::number) return q.unit;
  if (q.kind != QuantityKind::money) return {};
  return q.per_unit.empty() ? q.unit : "per_" + q.per_unit;
}

// Attributes whose value does not change over time (rules/attributes.json): a
// date elsewhere in the sentence does not set their as-of date.
bool is_fixed_attribute(const std::string& a) { return attribute_info(a).over_time == OverTime::fixed; }

std::size_t parse_index(re2::StringPiece digits) {
  std::size_t v = 0;
  for (char c : digits) v = v * 10 + static_cast<std::size_t>(c - '0');
  return v;
}

// The date told beside a value ("$852 billion at the end of March"): the
// nearest date slot after it, else before it, with no other value between.
std::optional<std::size_t> date_beside(const std::vector<values::Match>& quantities, const std::vector<Slot>& slots,
                                       std::size_t value) {
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
    if (usable(slots[k])) return slots[k].index;
    if (is_value(slots[k])) break;
  }
  for (std::size_t k = at; k-- > 0;) {
    if (usable(slots[k])) return slots[k].index;
    if (is_value(slots[k])) break;
  }
  return std::nullopt;
}

// Whether a name of `kind` ("model", "product", "company"...) can own an
// attribute whose owner is `owner` ("" = any name).
bool owns(const std::string& owner, const std::string& kind) {
  if (owner.empty()) return true;
  if (owner == "model") return kind == "model" || kind == "product";
  return kind == owner;
}

// The name a value at `value_at` belongs to among the sentence's names that
// `fits`: the nearest before it in its clause (clauses end at ';'), else the
// first of the sentence before it, else the first after it in its clause.
template <typename Fits>
std::optional<std::size_t> subject_in_sentence(const std::string& masked,
                                               const std::vector<std::pair<std::size_t, std::size_t>>& names,
                                               std::size_t value_at, Fits fits, bool look_after = true) {
  std::size_t clause_begin = masked.rfind(';', value_at);
  clause_begin = clause_begin == std::string::npos ? 0 : clause_begin;
  std::size_t clause_end = masked.find(';', value_at);
  std::optional<std::size_t> found;
  for (const auto& [at, mi] : names)
    if (at >= clause_begin && at < value_at && fits(mi)) found = mi;
  if (found) return found;
  for (const auto& [at, mi] : names)
    if (at < value_at && fits(mi)) return mi;
  if (!look_after) return std::nullopt;
  for (const auto& [at, mi] : names)
    if (at > value_at && at < clause_end && fits(mi)) return mi;
  return std::nullopt;
}

// "It scores 74.2% ... up from 68.9% for K3.1", "Its context window is 512K,
// half of what Vega-4 Pro offers": a pronoun before the value points back to
// the name in focus, not forward to the name the value is compared with.
bool points_back(std::string_view masked, std::size_t value_at) {
  static const RE2 anaphor("(?i)(?:^\\s*(?:the|this|that)\\b|\\b(?:it|its|it's|they|their|the model|this model|the new model)\\b)");
  return RE2::PartialMatch(masked.substr(0, value_at), anaphor);
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

}  // namespace

struct RuleExtractor::Candidate {
  Claim claim;
  std::size_t value_key;  // quantity index, or a large number for anchored values
  std::size_t rule_index;
  std::size_t match_length;  // bytes of masked text the rule read
};

// Sentence-wide qualifiers (rules "scopes"): every claim of the sentence whose
// attribute the scope names gets it, unless a rule already set it.
void RuleExtractor::apply_scopes(std::string_view sentence, const std::string& masked,
                                 const std::vector<values::Match>& quantities,
                                 const std::vector<std::size_t>& sentence_dates,
                                 std::vector<Candidate>* candidates) const {
  if (candidates->empty()) return;
  const auto& scopes = rules_->scopes();
  for (std::size_t i = 0; i < scopes.size(); ++i) {
    if (!RE2::PartialMatch(masked, rules_->scope_regex(i))) continue;
    std::string value = scopes[i].value;
    if (value == "date") value = date_named(sentence, quantities, sentence_dates);
    for (Candidate& k : *candidates) {
      const auto& only = scopes[i].attributes;
      if (!only.empty() && std::find(only.begin(), only.end(), k.claim.attribute) == only.end()) continue;
      k.claim.qualifiers.emplace(scopes[i].qualifier, value);
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
    : rules_(std::move(rules)), subjects_(rules_->entities()) {
  std::map<std::string, std::string> fragment_of_capture;
  for (const auto& [name, f] : rules_->fragments())
    if (!f.capture.empty()) fragment_of_capture[f.capture] = name;
  for (std::size_t i = 0; i < rules_->rules().size(); ++i) {
    const RE2& re = rules_->regex(i);
    const auto& rule = rules_->rules()[i];
    auto plan = std::make_unique<Plan>();
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
        plan->qualifiers.emplace_back(index, f->second);
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

// Tables: each filled cell is read as its own small sentence (tables.h), by
// the same rules, then its claims are pointed back at the cell and its row.
void RuleExtractor::extract_tables(const text::Document& doc, const Tables& tables, Extraction* out,
                                   std::set<std::string>* fired) const {
  if (tables.sentences.empty()) return;
  std::string synthetic;
  for (const auto& t : tables.sentences) synthetic += t.text + "\n";
  text::Document cells = text::make_document(doc.id, std::move(synthetic));
  ArticleMeta meta = out->meta;
  Extraction x = extract_sentences(cells, meta, fired, nullptr);
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
  return out;
}

Extraction RuleExtractor::extract_sentences(const text::Document& doc, const ArticleMeta& known,
                                            std::set<std::string>* fired, const Tables* tables) const {
  Extraction out;
  out.meta = complete_meta(known, doc.normalized);

  values::ValueOptions options;
  int64_t reference = 0;
  if (!out.meta.date.empty() && parse_iso_date(out.meta.date, reference)) options.reference_date = reference;
  else options.fallback_year = latest_year(doc.normalized);
  std::vector<values::Match> quantities = values::find_quantities(doc, options);
  std::vector<Mention> mentions = subjects_.find(doc.normalized);

  // A name wins over a number inside it ("5.5" of "GPT-5.5", "2.0" of "Terminal-Bench 2.0").
  std::vector<bool> dropped(quantities.size(), false);
  {
    std::size_t m = 0;
    for (std::size_t q = 0; q < quantities.size(); ++q) {
      while (m < mentions.size() && mentions[m].end <= quantities[q].norm_begin) ++m;
      for (std::size_t k = m; k < mentions.size() && mentions[k].begin < quantities[q].norm_end; ++k)
        if (mentions[k].end > quantities[q].norm_begin) dropped[q] = true;
    }
  }

  const auto& rule_list = rules_->rules();
  std::optional<std::size_t> focus;            // mention index in focus
  std::size_t focus_sentence = 0;
  // The model and the company last named, for attributes only they own.
  std::optional<std::size_t> focus_model, focus_company;
  std::size_t focus_model_sentence = 0, focus_company_sentence = 0;
  std::size_t si = 0;
  // Focus fades with sentences of prose; a spec sheet's "Key: value" lines
  // all speak of the model named above them, however many there are.
  std::size_t clock = 0;
  auto note_focus_by_kind = [&](const std::vector<Slot>& sentence_slots) {
    for (const auto& s : sentence_slots) {
      if (s.kind != rules::kSubjectKind) continue;
      if (!focus_model && owns("model", mentions[s.index].kind)) focus_model = s.index, focus_model_sentence = clock;
      else if (owns("model", mentions[s.index].kind) && focus_model_sentence != clock)
        focus_model = s.index, focus_model_sentence = clock;
      if (owns("company", mentions[s.index].kind) && (!focus_company || focus_company_sentence != clock))
        focus_company = s.index, focus_company_sentence = clock;
    }
  };
  std::optional<std::size_t> anchor;           // quantity index of the narrative date
  std::size_t anchor_sentence = 0;
  std::size_t next_q = 0, next_m = 0;
  std::vector<int> hits;
  std::vector<Slot> slots;
  std::vector<std::pair<std::size_t, std::size_t>> subject_slots;  // masked offset, mention index
  std::vector<re2::StringPiece> groups;
  std::optional<news::DocumentNames> news_names;  // news pack: the article's full names, made on first use

  auto in_table = [&](const text::Sentence& s) {
    if (!tables) return false;
    std::size_t at = doc.to_original(s.begin);
    for (const auto& r : tables->regions)
      if (at >= r.begin && at < r.end) return true;
    return false;
  };

  for (si = 0; si < doc.sentences.size(); ++si) {
    const text::Sentence& sentence = doc.sentences[si];
    if (in_table(sentence)) continue;  // read cell by cell (extract_tables)
    if (!is_field_line(doc.sentence_text(sentence))) ++clock;
    slots.clear();
    subject_slots.clear();
    std::vector<std::size_t> sentence_dates;  // quantity indexes of dates in this sentence
    while (next_q < quantities.size() && quantities[next_q].sentence < si) ++next_q;
    while (next_m < mentions.size() && mentions[next_m].begin < sentence.begin) ++next_m;
    std::size_t q = next_q, m = next_m;
    // Merge quantities and mentions of this sentence in text order.
    while (true) {
      bool has_q = q < quantities.size() && quantities[q].sentence == si;
      bool has_m = m < mentions.size() && mentions[m].end <= sentence.end;
      if (has_q && dropped[q]) {
        ++q;
        continue;
      }
      if (!has_q && !has_m) break;
      if (has_q && (!has_m || quantities[q].norm_begin < mentions[m].begin)) {
        if (quantities[q].norm_begin >= sentence.begin && quantities[q].norm_end <= sentence.end &&
            (slots.empty() || quantities[q].norm_begin >= slots.back().norm_end)) {
          const Quantity& qv = quantities[q].quantity;
          slots.push_back({quantities[q].norm_begin, quantities[q].norm_end, slot_kind(qv.kind), q, slot_unit(qv)});
          if (quantities[q].quantity.is_date()) sentence_dates.push_back(q);
        }
        ++q;
      } else {
        if (slots.empty() || mentions[m].begin >= slots.back().norm_end) {
          bool bench = mentions[m].kind == "benchmark";
          slots.push_back({mentions[m].begin, mentions[m].end,
                           std::string(bench ? rules::kBenchmarkKind : rules::kSubjectKind), m});
        }
        ++m;
      }
    }
    if (slots.empty()) continue;  // no number and no name: nothing to claim, focus unchanged
    bool has_value = std::any_of(slots.begin(), slots.end(), [](const Slot& s) {
      return s.kind != rules::kSubjectKind && s.kind != rules::kBenchmarkKind;
    });
    if (!has_value && !anchor) {  // names only: nothing to claim, but they move the focus
      note_focus_by_kind(slots);
      for (const auto& s : slots)
        if (s.kind == rules::kSubjectKind) {
          focus = s.index;
          focus_sentence = clock;
          break;
        }
      continue;
    }
    MaskedSentence masked = mask_sentence(doc.normalized, sentence.begin, sentence.end, slots);
    for (const auto& p : masked.pieces) {
      if (!p.placeholder) continue;
      for (const auto& s : slots)
        if (s.norm_begin == p.norm_begin && s.kind == rules::kSubjectKind) subject_slots.emplace_back(p.masked_begin, s.index);
    }

    if (anchor && si - anchor_sentence > kAnchorSentences) anchor.reset();
    std::optional<Modality> sentence_modality;
    auto modality_of_sentence = [&]() {
      if (!sentence_modality) {
        // The masked text: a date such as "May 7" is a placeholder there, so
        // the month cannot be read as the modal verb "may".
        sentence_modality = rules_->modality_of(masked.text).value_or(Modality::stated);
      }
      return *sentence_modality;
    };

    std::vector<Candidate> candidates;
    rules_->candidates(masked.text, &hits);
    // Events without a date of their own run last, so they can skip the dates
    // other rules already gave to other subjects.
    std::stable_partition(hits.begin(), hits.end(), [&](int ri) { return !rule_list[ri].date_from_anchor; });
    std::vector<std::size_t> used_dates;
    for (int ri : hits) {
      const rules::Rule& rule = rule_list[ri];
      const Plan& plan = *plans_[ri];
      const RE2& re = rules_->regex(ri);
      groups.assign(plan.groups + 1, {});
      std::size_t pos = 0;
      while (pos <= masked.text.size() &&
             re.Match(masked.text, pos, masked.text.size(), RE2::UNANCHORED, groups.data(), plan.groups + 1)) {
        std::size_t match_begin = groups[0].data() - masked.text.data();
        std::size_t match_end = match_begin + groups[0].size();
        pos = match_end > match_begin ? match_end : match_begin + 1;

        // The value.
        std::optional<std::size_t> value;
        std::size_t value_at = match_begin;  // masked offset of the value
        for (int g : plan.values)
          if (!value && !groups[g].empty()) {
            value = parse_index(groups[g]);
            value_at = groups[g].data() - masked.text.data();
          }
        if (rule.anchor) {
          if (value) {
            anchor = value;
            anchor_sentence = si;
          }
          continue;
        }
        bool anchored = false;
        if (!value && rule.date_from_anchor) {
          // The date told in this sentence nearest the event, else the narrative date.
          std::size_t best = SIZE_MAX, best_distance = SIZE_MAX;
          std::size_t at = masked.to_normalized(match_begin, false);
          for (std::size_t d : sentence_dates) {
            if (quantities[d].quantity.date_precision != DatePrecision::day ||
                std::find(used_dates.begin(), used_dates.end(), d) != used_dates.end())
              continue;
            std::size_t dist = quantities[d].norm_begin > at ? quantities[d].norm_begin - at : at - quantities[d].norm_begin;
            if (dist < best_distance) best = d, best_distance = dist;
          }
          if (best != SIZE_MAX) value = best;
          else if (anchor) value = anchor, anchored = true;
        }
        if (!value || *value >= quantities.size()) continue;
        const values::Match& vm = quantities[*value];
        std::string kind = slot_kind(vm.quantity.kind);
        if (!rule.value_kinds.empty() &&
            std::find(rule.value_kinds.begin(), rule.value_kinds.end(), kind) == rule.value_kinds.end())
          continue;
        if (rule.date_from_anchor && !vm.quantity.is_date()) continue;

        Claim c;
        // The subject: a name of the kind that owns the attribute (a model's
        // price, a company's valuation) first, then any name as before.
        std::optional<std::size_t> subject;
        // ---- news pack (claims/news_subjects.h): event facts belong to the story's event, ages
        // to the person named beside them; denied or negated statements are no claims. ----
        if (news::is_news_rule(rule.id)) {
          std::size_t clause = masked.text.find_last_of(";:", match_begin);
          clause = clause == std::string::npos ? 0 : clause + 1;
          if (news::negated(std::string_view(masked.text).substr(clause, match_end - clause))) continue;
          auto who = std::find_if(plan.who.begin(), plan.who.end(), [&](int g) { return !groups[g].empty(); });
          if (who != plan.who.end()) {
            if (!news_names) news_names.emplace(doc.normalized);
            std::string_view written(groups[*who].data(), groups[*who].size());
            if (written == "He" || written == "She") {  // the person the sentences just before name
              // ("He was 35."); a baby's "She was a month old." is too often about someone else's child
              if (vm.quantity.kind != QuantityKind::number) continue;
              for (std::size_t back = 1; back <= kFocusSentences && back <= si && c.subject.empty(); ++back) {
                const text::Sentence& before = doc.sentences[si - back];
                std::string name = news::first_full_name(std::string_view(doc.normalized).substr(before.begin, before.end - before.begin));
                if (!name.empty()) c.subject = news_names->resolve(name);
              }
            } else {
              c.subject = news_names->resolve(written);
            }
            if (c.subject.find(' ') == std::string::npos) continue;  // one word: maybe a place ("Denver, 3,")
          } else if (attribute_info(rule.attribute).event) {
            c.subject = std::string(news::kEventSubject);
          } else if (plan.subject >= 0 && !groups[plan.subject].empty()) {
            c.subject = mentions[parse_index(groups[plan.subject])].canonical;
          } else {
            for (const auto& [at, mi] : subject_slots)
              if (at >= clause && at < value_at) subject = mi;  // a listed name of the clause
            std::size_t value_norm = masked.to_normalized(value_at, false);
            if (subject) c.subject = mentions[*subject].canonical;
            else c.subject = news::nearest_name(std::string_view(doc.normalized).substr(sentence.begin, value_norm - sentence.begin),
                                                value_norm - sentence.begin);
            if (c.subject.empty() && rule.allow_focus && focus && clock - focus_sentence <= kFocusSentences) {
              c.subject = mentions[*focus].canonical;
              c.subject_from_focus = true;
            }
          }
          if (c.subject.empty()) continue;
        } else {
          if (plan.subject >= 0 && !groups[plan.subject].empty()) subject = parse_index(groups[plan.subject]);
          const std::string& owner = attribute_info(rule.attribute).owner;
          auto fits = [&](std::size_t mi) { return owns(owner, mentions[mi].kind); };
          const bool anaphor = points_back(masked.text, value_at);
          if (!subject && !owner.empty()) subject = subject_in_sentence(masked.text, subject_slots, value_at, fits, !anaphor);
          if (!subject && !owner.empty() && rule.allow_focus) {
            for (auto& [kind_focus, at_sentence] : {std::pair{focus_model, focus_model_sentence},
                                                    std::pair{focus_company, focus_company_sentence}})
              if (!subject && kind_focus && fits(*kind_focus) && clock - at_sentence <= kFocusSentences) {
                subject = kind_focus;
                c.subject_from_focus = true;
              }
          }
          if (!subject) subject = subject_in_sentence(masked.text, subject_slots, value_at, [](std::size_t) { return true; });
          if (!subject && rule.allow_focus && focus && clock - focus_sentence <= kFocusSentences) {
            subject = focus;
            c.subject_from_focus = true;
          }
          if (!subject) continue;
          c.subject = mentions[*subject].canonical;
        }
        // ---- end news pack ----
        if (rule.date_from_anchor &&
            std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& k) {
              return k.claim.subject == c.subject && k.claim.attribute == rule.attribute;
            }))
          continue;  // this event already has its own date in the sentence
        c.attribute = rule.attribute;
        c.qualifiers = rule.qualifiers;
        for (std::size_t k = 0; k < plan.qualifiers.size(); ++k) {
          re2::StringPiece captured = groups[plan.qualifiers[k].first];
          if (captured.empty()) continue;
          if (plan.qualifier_names[k] == "benchmark_text")  // a benchmark nobody listed, named as written
            c.qualifiers["benchmark"] = std::string(captured.data(), captured.size());
          else
            c.qualifiers[plan.qualifier_names[k]] = rules_->qualifier_value(plan.qualifiers[k].second, std::string_view(captured.data(), captured.size()));
        }
        for (const auto& [fragment, re] : plan.in_value) {
          const std::string& key = rules_->fragments().at(fragment).capture;
          re2::StringPiece found;
          if (!c.qualifiers.count(key) &&
              RE2::PartialMatch(std::string_view(doc.normalized).substr(vm.norm_begin, vm.norm_end - vm.norm_begin), *re, &found))
            c.qualifiers[key] = rules_->qualifier_value(fragment, std::string_view(found.data(), found.size()));
        }
        for (int g : plan.benchmarks)
          if (!groups[g].empty() && parse_index(groups[g]) < mentions.size())
            c.qualifiers["benchmark"] = mentions[parse_index(groups[g])].canonical;
        c.value = vm.quantity;
        if (!rule.unit.empty() && c.value.unit.empty()) c.value.unit = rule.unit;
        if (!plausible(c)) continue;
        // The article's own date (a dateline) is when it was written, not a
        // date the story mentions.
        if (vm.quantity.is_date() && attribute_info(rule.attribute).agreement_only && !out.meta.date.empty() &&
            iso_date(static_cast<int64_t>(vm.quantity.value)) == out.meta.date)
          continue;
        if (news::is_news_rule(rule.id)) {  // news pack: "1 hour, 30 minutes" is one duration; canonical form
          if (*value + 1 < quantities.size()) news::join_duration(c.value, quantities[*value + 1].quantity,
                                                                  std::string_view(doc.normalized).substr(vm.norm_end, quantities[*value + 1].norm_begin - std::min(vm.norm_end, quantities[*value + 1].norm_begin)));
          if (!news::normalise(c, !out.meta.date.empty(), std::string_view(doc.normalized).substr(vm.norm_end, 12))) continue;
          news::add_context(c, std::string_view(doc.normalized).substr(sentence.begin, sentence.end - sentence.begin),
                            vm.norm_begin - sentence.begin, vm.norm_end - sentence.begin);
        }
        c.modality = rule.modality ? *rule.modality : modality_of_sentence();
        c.as_of = out.meta.date;
        if (!is_fixed_attribute(rule.attribute))
          if (auto d = date_beside(quantities, slots, *value)) {
            const Quantity& dq = quantities[*d].quantity;
            // news pack: "on Sunday" in an undated article is no as-of date (news_subjects.h)
            if (!(news::is_news_rule(rule.id) && dq.inferred && out.meta.date.empty()))
              c.as_of = iso_date(static_cast<int64_t>(std::isnan(dq.max) ? dq.value : dq.max));
          }
        if (vm.quantity.is_date()) used_dates.push_back(*value);
        // Provenance: the matched words, mapped back to the original text.
        std::size_t nb = masked.to_normalized(match_begin, false);
        std::size_t ne = masked.to_normalized(match_end, true);
        while (ne > nb && (doc.normalized[ne - 1] == ' ' || doc.normalized[ne - 1] == ',')) --ne;
        c.begin = doc.to_original(nb);
        c.end = doc.to_original_end(ne);
        auto lc = doc.line_column(c.begin);
        c.line = lc.line;
        c.column = lc.column;
        c.text = doc.original.substr(c.begin, c.end - c.begin);
        c.sentence = std::string(doc.original_text(sentence.begin, sentence.end));
        while (!c.sentence.empty() && (c.sentence.back() == '\n' || c.sentence.back() == ' ' || c.sentence.back() == '\r'))
          c.sentence.pop_back();
        c.doc = doc.id;
        c.rule = rule.id;
        c.id = make_claim_id(doc.id, c.begin, c.end, rule.id);
        if (fired) fired->insert(rule.id);
        candidates.push_back({std::move(c), anchored ? SIZE_MAX - *value : *value, static_cast<std::size_t>(ri),
                              match_end - match_begin});
      }
    }

    apply_scopes(doc.normalized.substr(sentence.begin, sentence.end - sentence.begin), masked.text, quantities,
                 sentence_dates, &candidates);

    // One claim per (value, attribute, subject): the most specific rule wins.
    std::vector<bool> keep(candidates.size(), true);
    for (std::size_t a = 0; a < candidates.size(); ++a)
      for (std::size_t b = 0; b < candidates.size(); ++b) {
        if (a == b || !keep[a] || !keep[b]) continue;
        const Claim& x = candidates[a].claim;
        const Claim& y = candidates[b].claim;
        if (candidates[a].value_key != candidates[b].value_key || x.attribute != y.attribute || x.subject != y.subject)
          continue;
        // More qualifiers, then the rule that read more of the sentence, then the earlier rule.
        auto rank = [&](const Candidate& k) {
          return std::make_tuple(k.claim.qualifiers.size(), k.match_length, SIZE_MAX - k.rule_index);
        };
        bool b_better = rank(candidates[b]) > rank(candidates[a]);
        keep[b_better ? a : b] = false;
      }
    // A mention (an agreement-only attribute: a date or amount a story names)
    // adds nothing where a rule already said what the value is.
    for (std::size_t a = 0; a < candidates.size(); ++a) {
      if (!keep[a] || !attribute_info(candidates[a].claim.attribute).agreement_only) continue;
      for (std::size_t b = 0; b < candidates.size(); ++b)
        if (b != a && keep[b] && candidates[b].value_key == candidates[a].value_key &&
            !attribute_info(candidates[b].claim.attribute).agreement_only) {
          keep[a] = false;
          break;
        }
    }
    std::vector<Claim> sentence_claims;
    for (std::size_t k = 0; k < candidates.size(); ++k)
      if (keep[k]) sentence_claims.push_back(std::move(candidates[k].claim));
    std::sort(sentence_claims.begin(), sentence_claims.end(),
              [](const Claim& a, const Claim& b) { return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule; });
    for (auto& c : sentence_claims) out.claims.push_back(std::move(c));

    if (!subject_slots.empty()) {
      focus = subject_slots.front().second;
      focus_sentence = clock;
    }
    note_focus_by_kind(slots);
  }
  return out;
}

}  // namespace claimcheck::claims
