// Whose value a rule match states; see claim_subject.h.
#include "claims/claim_subject.h"

#include <algorithm>
#include <string_view>

#include "claimcheck/attributes.h"
#include "claims/comparison_aside.h"
#include "claims/name_lists.h"
#include "rules/placeholder.h"

namespace claimcheck::claims {
namespace {

// The name a value at `value_at` belongs to among the sentence's names that
// `fits`: the nearest before it in its clause (clauses end at ';'), else the
// first of the sentence before it, else the first after it in its clause.
template <typename Fits>
std::optional<std::size_t> subject_in_sentence(const std::string& masked,
                                               const std::vector<std::pair<std::size_t, std::size_t>>& names,
                                               std::size_t value_at, Fits fits, bool look_after = true) {
  std::size_t clause_begin = masked.rfind(';', value_at);
  clause_begin = clause_begin == std::string::npos ? 0 : clause_begin;
  // A dash ends the clause a later name may own the value in: "$1.7 in and
  // $3.5 out - about a third of GPT-5.5's input price" is not GPT-5.5's.
  // So does a contrast: "$15 per million output tokens, a spokesperson said,
  // while the smaller X Mini costs $0.40" is not X Mini's.
  std::size_t clause_end = std::min({masked.find(';', value_at), masked.find(" - ", value_at),  // em dashes fold to '-'
                                     masked.find(" while ", value_at), masked.find(" whereas ", value_at)});
  std::optional<std::size_t> found;
  for (const auto& [at, mi] : names)
    if (at >= clause_begin && at < value_at && fits(mi)) found = mi;
  if (found) return found;
  for (const auto& [at, mi] : names)
    if (at < value_at && fits(mi)) return mi;
  if (!look_after) return std::nullopt;
  // "At $1.74 per million input tokens it undercuts Claude Opus 4.7": a pronoun
  // after the value owns it, and the name after that is what it is compared with.
  // "$25 per million versus $30 for GPT-5.5": a name after another value of
  // the same kind is that value's, not this one's.
  static const RE2 pronoun("(?i)\\b(?:it|its|it's|they|their)\\b");
  // value_at is inside the value's placeholder ("⟨money:3:USD⟩"): its kind is
  // what stands between the opening bracket and the first colon.
  const std::size_t value_open = masked.rfind("\u27e8", value_at);
  const std::size_t value_end = masked.find("\u27e9", value_at);
  const std::string kind = value_open == std::string::npos || value_end == std::string::npos
                               ? std::string()
                               : masked.substr(value_open, masked.find(':', value_open) - value_open + 1);
  for (const auto& [at, mi] : names)
    if (at > value_at && at < clause_end && fits(mi)) {
      std::string_view between = std::string_view(masked).substr(value_at, at - value_at);
      // Only a compared value takes the name from this one: "$0.55 ... and
      // $2.50 ... for K3.2" are both K3.2's.
      static const RE2 compared("(?i)\\b(?:versus|vs\\.?|than|compared|against|unlike|while|whereas)\\b");
      std::size_t other = value_end < at ? between.find(kind, value_end - value_at) : std::string_view::npos;
      const bool other_value = !kind.empty() && other != std::string_view::npos &&
                               RE2::PartialMatch(between.substr(value_end - value_at, other - (value_end - value_at)), compared);
      // "1M tokens (mini: 400K)": a name in brackets with a value of its own
      // is an aside about that name, not this value's owner.
      std::size_t open = between.rfind('(');
      if (open != std::string_view::npos && between.find(')', open) == std::string_view::npos && !kind.empty()) {
        std::size_t close = masked.find(')', at);
        std::size_t own = masked.find(kind, at);
        if (own != std::string::npos && (close == std::string::npos || own < close)) return std::nullopt;
      }
      return other_value || RE2::PartialMatch(between, pronoun) ? std::nullopt : std::optional(mi);
    }
  return std::nullopt;
}

// "larger than Q6, which had 900B total": a value in a relative clause belongs
// to the name the clause hangs on, even one told for comparison.
std::optional<std::size_t> relative_clause_owner(const std::string& masked,
                                                 const std::vector<std::pair<std::size_t, std::size_t>>& slots,
                                                 std::size_t value_at) {
  static constexpr std::string_view kClose = "\u27e9";  // the placeholder's closing bracket
  for (const auto& [at, mi] : slots) {
    if (at >= value_at) break;
    std::size_t close = masked.find(kClose, at);
    if (close == std::string::npos || close > value_at) continue;
    std::string_view after = std::string_view(masked).substr(close + kClose.size());
    for (std::string_view lead : {", which ", ", who ", ", that "}) {
      if (after.substr(0, lead.size()) != lead) continue;
      std::size_t clause_begin = close + kClose.size() + lead.size();
      std::size_t clause_end = masked.find_first_of(",;()", clause_begin);
      if (value_at >= clause_begin && (clause_end == std::string::npos || value_at < clause_end)) return mi;
    }
  }
  return std::nullopt;
}

// "It scores 74.2% ... up from 68.9% for K3.1", "Its context window is 512K,
// half of what Vega-4 Pro offers": a pronoun before the value points back to
// the name in focus, not forward to the name the value is compared with.
bool points_back(std::string_view masked, std::size_t value_at) {
  static const RE2 anaphor("(?i)(?:^\\s*(?:the|this|that)\\b|\\b(?:it|its|it's|they|their|the model|this model|the new model)\\b)");
  return RE2::PartialMatch(masked.substr(0, value_at), anaphor);
}

// "He was 35.": the person the sentences just before name.  "She was a month
// old." or "He was 14 years old" is too often about someone else's child, so
// only plain numbers.  "... after the 21-year-old landed" is the person named
// first earlier in its own sentence, and only there: a sentence before may
// name someone else.  "The 23-year-old hit 19 goals last term." opening its
// sentence is, like "He", the person the sentences just before name
// (`opens_sentence`; an age, so any kind of value).
void person_named_before(ExtractionPass& p, const RuleMatch& m, Claim* c, bool definite, bool opens_sentence = false) {
  const Quantity& q = p.quantities[m.value].quantity;
  if (definite) {
    const text::Sentence& s = *p.sentence;
    std::size_t at = p.masked.to_normalized(m.begin, false);
    if (at > s.begin) {
      std::string name = news::first_full_name(std::string_view(p.doc.normalized).substr(s.begin, at - s.begin));
      if (!name.empty()) c->subject = p.news_names->resolve(name);
    }
    return;
  }
  if (q.kind != QuantityKind::number && !opens_sentence) return;
  for (std::size_t back = 1; back <= kFocusSentences && back <= p.si && c->subject.empty(); ++back) {
    const text::Sentence& before = p.doc.sentences[p.si - back];
    std::string name = news::first_full_name(std::string_view(p.doc.normalized).substr(before.begin, before.end - before.begin));
    if (!name.empty()) c->subject = p.news_names->resolve(name);
  }
}

// A news fact with no person and no event: a listed name of its clause, else
// the nearest full name before the value, else the name in focus.
void news_name_of_clause(ExtractionPass& p, const RuleMatch& m, std::size_t clause, Claim* c) {
  std::optional<std::size_t> subject;
  for (const auto& [at, mi] : p.subject_slots)
    if (at >= clause && at < m.value_at) subject = mi;
  const text::Sentence& sentence = *p.sentence;
  std::size_t value_norm = p.masked.to_normalized(m.value_at, false);
  if (subject) c->subject = p.mentions[*subject].canonical;
  else c->subject = news::nearest_name(std::string_view(p.doc.normalized).substr(sentence.begin, value_norm - sentence.begin),
                                       value_norm - sentence.begin);
  // A company's result: "the company", "its shares" point back (anaphora.h).
  if (!subject && news::company_attribute(m.rule.attribute) && p.company_words && p.company_words->ready()) {
    if (!p.companies) p.companies.emplace(p.doc.normalized, p.mentions, *p.company_words);
    std::string owner = m.rule.allow_focus ? p.companies->owner(c->subject, sentence.begin, value_norm)
                        : c->subject.empty() ? std::string() : p.companies->canonical(c->subject);
    if (!owner.empty() && owner != c->subject) c->subject_from_focus = c->subject.empty() || owner != p.companies->canonical(c->subject);
    if (!owner.empty()) c->subject = owner;
  }
  if (c->subject.empty() && m.rule.allow_focus && p.focus.any && p.focus.fresh(p.focus.any_sentence)) {
    c->subject = p.mentions[*p.focus.any].canonical;
    c->subject_from_focus = true;
  }
}

// News pack (news_subjects.h): event facts belong to the story's event, ages
// to the person named beside them; denied or negated statements are no claims.
bool news_subject(ExtractionPass& p, const RuleMatch& m, Claim* c) {
  const std::string& masked = p.masked.text;
  std::size_t clause = masked.find_last_of(";:", m.begin);
  clause = clause == std::string::npos ? 0 : clause + 1;
  // "No one was killed, but 14 people were injured": a new clause after a
  // contrast or a comma'd "and" is not under the first one's negation.
  for (std::string_view joint : {", but ", " but ", ", while ", ", although ", ", though ", ", yet ", ", and "}) {
    const std::size_t at = masked.rfind(joint, m.begin);
    if (at != std::string::npos && at >= clause) clause = at + joint.size();
  }
  // A mention corroborates what was written whatever the clause says of it:
  // "could not attend the premiere on Dec. 15, 1939" still dates the premiere.
  if (!attribute_info(m.rule.attribute).agreement_only &&
      news::negated(news::beyond_none_of(std::string_view(masked).substr(clause, m.end - clause),
                                         std::string_view(masked).substr(m.begin, m.end - m.begin))))
    return false;
  const auto& groups = p.groups;
  auto who = std::find_if(m.plan.who.begin(), m.plan.who.end(), [&](int g) { return !groups[g].empty(); });
  if (who != m.plan.who.end()) {
    if (!p.news_names) p.news_names.emplace(p.doc.normalized);
    std::string_view written(groups[*who].data(), groups[*who].size());
    if (written == "He" || written == "She" || written == "he" || written == "she") person_named_before(p, m, c, false);
    else if (written == "The" && masked.find_first_not_of(' ') == static_cast<std::size_t>(groups[*who].data() - masked.data()))
      person_named_before(p, m, c, false, /*opens_sentence=*/true);
    else if (written == "the" || written == "The") person_named_before(p, m, c, true);
    else if (written.find(" and ") != std::string_view::npos) {
      // A pair of names with a pair of numbers (name_lists.h): the first
      // number is the first person's if it comes before the second " and ".
      const std::size_t after_names = static_cast<std::size_t>(groups[*who].data() + groups[*who].size() - masked.data());
      const std::size_t between = masked.find(" and ", after_names);
      const std::string name = name_in_pair(written, between == std::string::npos || m.value_at < between);
      if (name.empty()) return false;
      c->subject = p.news_names->resolve(name);
    } else c->subject = p.news_names->resolve(written);
    if (c->subject.find(' ') == std::string::npos) {
      const std::size_t after_value = masked.find(rules::kClose, m.value_at);
      if (after_value != std::string::npos)
        if (std::string surname = shared_surname(std::string_view(masked).substr(after_value + rules::kClose.size()));
            !surname.empty())
          c->subject = p.news_names->resolve(std::string(written) + " " + surname);
    }
    if (c->subject.find(' ') == std::string::npos && written.find(' ') == std::string_view::npos) {
      const std::size_t name_at = static_cast<std::size_t>(groups[*who].data() - masked.data());
      if (std::string surname = kin_surname(std::string_view(masked).substr(0, name_at)); !surname.empty())
        c->subject = p.news_names->resolve(std::string(written) + " " + surname);
    }
    if (c->subject.find(' ') == std::string::npos) return false;  // one word: maybe a place ("Denver, 3,")
  } else if (attribute_info(m.rule.attribute).event) {
    c->subject = std::string(news::kEventSubject);
  } else if (m.plan.subject >= 0 && !groups[m.plan.subject].empty()) {
    c->subject = p.mentions[parse_index(groups[m.plan.subject])].canonical;
  } else {
    news_name_of_clause(p, m, clause, c);
  }
  return !c->subject.empty();
}

// "The Kimi number is the story. 1.4T total": a model's fact told of the bare
// line name (listed as a product) is the one model of that line the page
// names ("Kimi K2.6"); with two ("Gemini 3.1 Pro", "Gemini 3.1 Flash") it is
// nobody's to guess, and the line name stays.
std::optional<std::string> only_model_of_line(const std::vector<Mention>& mentions, const std::string& line) {
  std::optional<std::string> found;
  for (const Mention& m : mentions) {
    if (m.kind != "model" || m.canonical.size() <= line.size() + 1 || m.canonical.compare(0, line.size(), line) != 0 ||
        m.canonical[line.size()] != ' ')
      continue;
    if (found && *found != m.canonical) return std::nullopt;
    found = m.canonical;
  }
  return found;
}

// A name of the kind that owns the attribute (a model's price, a company's
// valuation) first, then any name as before.
bool owner_subject(ExtractionPass& p, const RuleMatch& m, Claim* c) {
  std::optional<std::size_t> subject;
  if (m.plan.subject >= 0 && !p.groups[m.plan.subject].empty()) subject = parse_index(p.groups[m.plan.subject]);
  const std::string& owner = attribute_info(m.rule.attribute).owner;
  auto fits = [&](std::size_t mi) { return owns(owner, p.mentions[mi].kind); };
  const bool anaphor = points_back(p.masked.text, m.value_at);
  // Names told in a closed comparison aside are no subject for this value (comparison_aside.h).
  // Nor is a product told as where the model in focus runs ("Released: April 23 (ChatGPT)").
  // ("Llama 5 via the Llama API is $1.10/$3.40": the model the sentence names
  // counts as in focus.)
  const bool model_in_focus =
      (p.focus.model && p.mentions[*p.focus.model].kind == "model" && p.focus.fresh(p.focus.model_sentence)) ||
      std::any_of(p.subject_slots.begin(), p.subject_slots.end(),
                  [&](const auto& slot) { return p.mentions[slot.second].kind == "model"; });
  std::vector<std::pair<std::size_t, std::size_t>> names;
  for (const auto& slot : p.subject_slots)
    if (!in_closed_comparison(p.masked.text, slot.first, m.value_at) && !in_dash_aside(p.masked.text, slot.first, m.value_at) &&
        !(model_in_focus && owner == "model" && p.mentions[slot.second].kind == "product" &&
          named_as_place(p.masked.text, slot.first)))
      names.push_back(slot);
  // "Lumen-5, which Tandem released on July 8": the rule read the vendor as the
  // subject of "released", but a model's fact belongs to the model the sentence names.
  if (subject && !owner.empty() && !fits(*subject)) {
    if (auto owner_named = subject_in_sentence(p.masked.text, names, m.value_at, fits, !anaphor)) subject = owner_named;
    // "Moonshot released it on April 20": "it" is the model in focus, not the vendor.
    else if (anaphor && m.rule.allow_focus && p.focus.model && fits(*p.focus.model) && p.focus.fresh(p.focus.model_sentence)) {
      subject = p.focus.model;
      c->subject_from_focus = true;
    }
  }
  if (!subject)
    if (auto antecedent = relative_clause_owner(p.masked.text, p.subject_slots, m.value_at); antecedent && fits(*antecedent))
      subject = antecedent;
  if (!subject && !owner.empty()) subject = subject_in_sentence(p.masked.text, names, m.value_at, fits, !anaphor);
  // "The model gets 81% on ...": a product in focus (ChatGPT, where the page's
  // model was tried) is not "the model"; the page's own model is.
  static const RE2 the_model("(?i)\\b(?:the|this|the new) model\\b");
  const bool names_model = std::any_of(p.subject_slots.begin(), p.subject_slots.end(),
                                       [&](const auto& slot) { return fits(slot.second); });
  const bool says_model = !subject && owner == "model" && m.rule.allow_focus && !names_model &&
                          !p.topic_model.empty() && RE2::PartialMatch(p.masked.text, the_model);
  if (says_model && p.focus.model && p.mentions[*p.focus.model].kind == "product") {
    c->subject = p.topic_model;
    c->subject_from_focus = true;
    return true;
  }
  // "Six months ago the cheapest capable model cost about $0.50": a model
  // described, not named, is not the one in focus.
  static const RE2 described(
      "(?i)\\bthe (?:[a-z-]+ )?(?:cheapest|priciest|most expensive|best|largest|biggest|smallest|fastest|"
      "strongest|weakest|top|leading)(?: [a-z-]+){0,2} models?\\b");
  if (!subject && !names_model && owner == "model" &&
      RE2::PartialMatch(std::string_view(p.masked.text).substr(0, m.value_at), described))
    return false;
  if (!subject && !owner.empty() && m.rule.allow_focus) {
    for (auto& [kind_focus, at_sentence] : {std::pair{p.focus.model, p.focus.model_sentence},
                                            std::pair{p.focus.company, p.focus.company_sentence}})
      if (!subject && kind_focus && fits(*kind_focus) && p.focus.fresh(at_sentence)) {
        subject = kind_focus;
        c->subject_from_focus = true;
      }
  }
  // "Tencent reports 88.1% on AIME 2026" on a page about Hunyuan T2: a
  // vendor reporting a model's figure is no owner of it; the page's model is.
  if (!subject && owner == "model" && m.rule.allow_focus && !names_model && !p.topic_model.empty() &&
      !names.empty() && std::all_of(names.begin(), names.end(), [&](const auto& slot) {
        // ("On Vertex in Frankfurt I'm charged $2.20": a host named as a place is not the vendor.)
        return p.mentions[slot.second].kind == "company" && !named_as_place(p.masked.text, slot.first);
      })) {
    c->subject = p.topic_model;
    c->subject_from_focus = true;
    return true;
  }
  if (!subject) subject = subject_in_sentence(p.masked.text, names, m.value_at, [](std::size_t) { return true; });
  if (!subject && m.rule.allow_focus && p.focus.any && p.focus.fresh(p.focus.any_sentence)) {
    subject = p.focus.any;
    c->subject_from_focus = true;
  }
  if (!subject && owner == "model" && m.rule.allow_focus && p.subject_slots.empty() && !p.topic_model.empty()) {
    // A model's value in a sentence that names nothing, long after the last
    // name: the page's own model (page_topic in rule_extractor.cc).
    c->subject = p.topic_model;
    c->subject_from_focus = true;
    return true;
  }
  if (!subject) return false;
  c->subject = p.mentions[*subject].canonical;
  if (owner == "model" && p.mentions[*subject].kind == "product")
    if (auto one = only_model_of_line(p.mentions, c->subject)) c->subject = *one;
  return true;
}

}  // namespace

bool find_subject(ExtractionPass& pass, const RuleMatch& match, Claim* c) {
  return news::is_news_rule(match.rule.id) ? news_subject(pass, match, c) : owner_subject(pass, match, c);
}

}  // namespace claimcheck::claims
