// Loading, checking and compiling rule packs; see rule_set.h.
#include "rules/rule_set.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "claimcheck/error.h"
#include "rules/fragments.h"
#include "rules/placeholder.h"
#include "rules/relaxed_gaps.h"

namespace claimcheck::rules {
using nlohmann::json;

namespace {

int line_of_offset(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// "file:line" of the rule whose id is `id` (first occurrence of "id" as a string).
std::string where_rule(const SourceFile& f, const std::string& id) {
  auto p = f.contents.find("\"" + id + "\"");
  if (p == std::string::npos) return f.path;
  return f.path + ":" + std::to_string(line_of_offset(f.contents, p));
}

json parse_file(const SourceFile& f) {
  try {
    return json::parse(f.contents, nullptr, true, /*ignore_comments=*/true);
  } catch (const json::parse_error& e) {
    std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    std::size_t line_start = f.contents.rfind('\n', at == 0 ? 0 : at - 1);
    int column = static_cast<int>(at - (line_start == std::string::npos ? 0 : line_start + 1)) + 1;
    std::string what = e.what();
    if (auto p = what.find("syntax error"); p != std::string::npos) what = what.substr(p);
    throw Error(f.path + ":" + std::to_string(line_of_offset(f.contents, at)) + ":" + std::to_string(column),
                "invalid JSON: " + what);
  } catch (const json::out_of_range& e) {
    // A number too large for a double ("4e1144"): nlohmann says which, not where,
    // so the first occurrence of the number in the file gives the line.
    std::string what = e.what();
    std::string where = f.path;
    auto quote = what.find('\'');
    if (quote != std::string::npos && what.size() > quote + 2) {
      std::string number = what.substr(quote + 1, what.rfind('\'') - quote - 1);
      if (auto at = f.contents.find(number); !number.empty() && at != std::string::npos)
        where += ":" + std::to_string(line_of_offset(f.contents, at));
    }
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    throw Error(where, "invalid JSON: " + what);
  } catch (const json::exception& e) {
    throw Error(f.path, std::string("invalid JSON: ") + e.what());
  }
}

std::string string_field(const json& j, const char* key, const std::string& where, bool required) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) throw Error(where, std::string("missing \"") + key + "\"");
    return "";
  }
  if (!it->is_string()) throw Error(where, std::string("\"") + key + "\" must be a string");
  return it->get<std::string>();
}

Fragment parse_fragment(const json& j, const std::string& where, const std::string& name) {
  Fragment f;
  if (j.is_string()) {
    f.pattern = j.get<std::string>();
    return f;
  }
  if (!j.is_object()) throw Error(where, "fragment '" + name + "' must be a string or an object");
  f.pattern = string_field(j, "pattern", where, true);
  f.capture = string_field(j, "capture", where, false);
  if (auto it = j.find("values"); it != j.end())
    for (const auto& [k, v] : it->items()) f.values[k] = v.get<std::string>();
  return f;
}

Example parse_example(const json& j, const std::string& where) {
  Example e;
  if (j.is_string()) {
    e.text = j.get<std::string>();
    return e;
  }
  e.text = string_field(j, "text", where, true);
  e.ref_date = string_field(j, "date", where, false);
  if (auto it = j.find("claims"); it != j.end()) {
    if (!it->is_array()) throw Error(where, "example \"claims\" must be an array");
    for (const auto& c : *it) e.claims.push_back({c});
  }
  return e;
}

Rule parse_rule_unchecked(const json& j, const SourceFile& f) {
  if (!j.is_object()) throw Error(f.path, "every entry of \"rules\" must be an object");
  Rule r;
  std::string local_id = string_field(j, "id", f.path, true);
  std::string where = where_rule(f, local_id);
  r.id = f.pack + "/" + local_id;
  r.file = where;
  r.anchor = j.value("anchor", false);
  r.attribute = string_field(j, "attribute", where, !r.anchor);
  r.pattern = string_field(j, "pattern", where, true);
  r.value_slot = string_field(j, "value", where, false);
  r.unit = string_field(j, "unit", where, false);
  if (std::string subject = string_field(j, "subject", where, false); !subject.empty()) r.subject_slot = subject;
  r.allow_focus = j.value("focus", true);
  if (auto it = j.find("value_qualifiers"); it != j.end())
    for (const auto& v : *it) r.value_qualifiers.push_back(v.get<std::string>());
  r.date_from_anchor = j.value("date_from_anchor", false);
  r.over_is_span = j.value("over_is_span", false);
  if (auto it = j.find("qualifiers"); it != j.end())
    for (const auto& [k, v] : it->items()) r.qualifiers[k] = v.get<std::string>();
  if (std::string m = string_field(j, "modality", where, false); !m.empty()) {
    Modality parsed;
    if (!parse_modality(m, parsed))
      throw Error(where, "rule '" + r.id + "': unknown modality '" + m + "' (stated, plan, reported, estimate, rumour)");
    r.modality = parsed;
  }
  if (auto it = j.find("examples"); it != j.end())
    for (const auto& e : *it) r.examples.push_back(parse_example(e, where));
  if (auto it = j.find("counter_examples"); it != j.end())
    for (const auto& e : *it) r.counter_examples.push_back(e.get<std::string>());
  if (j.value("case_sensitive", false) == false) r.expanded = "(?i)";
  return r;
}

// The fields a rule may have; anything else is a typo its author must hear
// about.  A new field read by parse_rule_unchecked must be added here.
const std::set<std::string> kRuleFields = {"id", "attribute", "pattern", "value", "unit", "subject", "focus",
                                           "date_from_anchor", "over_is_span", "anchor", "qualifiers", "value_qualifiers",
                                           "modality", "examples", "counter_examples", "case_sensitive", "comment"};

// parse_rule_unchecked, plus unknown fields and fields of the wrong type
// ("qualifiers": {"direction": 5}) reported with the file, line and rule.
Rule parse_rule(const json& j, const SourceFile& f) {
  std::string id = j.is_object() && j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "";
  if (!id.empty())
    for (const auto& [key, value] : j.items())
      if (!kRuleFields.count(key))
        throw Error(where_rule(f, id), "rule '" + f.pack + "/" + id + "': unknown field \"" + key + "\"");
  try {
    return parse_rule_unchecked(j, f);
  } catch (const json::exception& e) {
    throw Error(id.empty() ? f.path : where_rule(f, id), "rule '" + f.pack + "/" + id + "': " + e.what());
  }
}

Entity parse_entity(const json& j, const std::string& where) {
  Entity e;
  e.canonical = string_field(j, "name", where, true);
  e.kind = string_field(j, "kind", where, false);
  if (e.kind.empty()) e.kind = "model";
  if (auto it = j.find("aliases"); it != j.end())
    for (const auto& a : *it) e.aliases.push_back(a.get<std::string>());
  return e;
}

RE2::Options rule_options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

}  // namespace

std::unique_ptr<RuleSet> RuleSet::load(const std::vector<std::string>& dirs) {
  if (dirs.empty()) return from_sources(embedded_sources());
  std::vector<SourceFile> all;
  for (const auto& d : dirs) {
    auto files = read_rule_dir(d);
    all.insert(all.end(), files.begin(), files.end());
  }
  return from_sources(all);
}

// Each "modality" entry: the cue words that mark a sentence as planned, rumoured...
void RuleSet::add_modality_cues(const json& entries, const std::string& path) {
  for (const auto& m : entries) {
    ModalityCue cue;
    std::string name = string_field(m, "modality", path, true);
    if (!parse_modality(name, cue.modality)) throw Error(path, "unknown modality '" + name + "'");
    std::string alternatives;
    for (const auto& c : m.at("cues")) alternatives += (alternatives.empty() ? "" : "|") + c.get<std::string>();
    cue.pattern = "(?i)\\b(?:" + alternatives + ")\\b";
    if (std::string reach = string_field(m, "reach", path, false); reach == "segment") cue.segment_only = true;
    else if (!reach.empty() && reach != "sentence")
      throw Error(path, "modality '" + name + "': unknown reach '" + reach + "' (sentence or segment)");
    auto re = std::make_unique<RE2>(cue.pattern, rule_options());
    if (!re->ok()) throw Error(path, "modality '" + name + "' cues: " + re->error());
    modality_.push_back(cue);
    modality_regexes_.push_back(std::move(re));
  }
}

// Each "scopes" entry: a sentence-wide qualifier and the cue that sets it.
void RuleSet::add_scopes(const json& entries, const std::string& path) {
  if (!entries.is_array()) throw Error(path, "\"scopes\" must be an array");
  for (const auto& sj : entries) {
    Scope scope;
    scope.qualifier = string_field(sj, "qualifier", path, true);
    std::string cue = string_field(sj, "cue", path, true);
    scope.value = string_field(sj, "value", path, true);
    if (auto a = sj.find("attributes"); a != sj.end())
      for (const auto& name : *a) scope.attributes.push_back(name.get<std::string>());
    if (auto a = sj.find("except"); a != sj.end())
      for (const auto& word : *a) scope.except.push_back(word.get<std::string>());
    if (auto a = sj.find("as_written"); a != sj.end()) {
      if (!a->is_boolean()) throw Error(path, "scope '" + scope.qualifier + "': \"as_written\" must be true or false");
      scope.as_written = a->get<bool>();
    }
    if (std::string reach = string_field(sj, "reach", path, false); reach == "clause") scope.clause_only = true;
    else if (reach == "nearest") scope.nearest = true;
    else if (!reach.empty() && reach != "sentence")
      throw Error(path, "scope '" + scope.qualifier + "': unknown reach '" + reach + "' (sentence, clause or nearest)");
    if ((scope.clause_only || scope.nearest) && !scope.as_written)
      throw Error(path, "scope '" + scope.qualifier + "': \"reach\": \"" + (scope.nearest ? "nearest" : "clause") +
                            "\" needs \"as_written\": true");
    Expansion x;
    try {
      x = expand_fragments(cue, fragments_);
    } catch (const std::invalid_argument& e) {
      throw Error(path, "scope '" + scope.qualifier + "': " + e.what());
    }
    scope.pattern = "(?i)" + x.pattern;
    auto re = std::make_unique<RE2>(scope.pattern, rule_options());
    if (!re->ok()) throw Error(path, "scope '" + scope.qualifier + "' cue: " + re->error());
    if (scope.value == "capture" && re->NumberOfCapturingGroups() < 1)
      throw Error(path, "scope '" + scope.qualifier + "': value \"capture\" needs a group in the cue");
    scopes_.push_back(std::move(scope));
    scope_regexes_.push_back(std::move(re));
  }
}

// One rule: its fragments expanded, its value and subject groups checked, its regex compiled.
void RuleSet::add_rule(Rule r) {
  // A value ends in a placeholder's closing bracket, no word character, so a
  // "\b" right after it never matches the space that follows: a rule that
  // can never fire is its author's mistake to hear about.
  static const RE2 boundary_after_value("\\{(?:number|money|percent|date|duration|quantity|time|age)(?::[^}]*)?\\}\\\\b");
  if (RE2::PartialMatch(r.pattern, boundary_after_value))
    throw Error(r.file, "rule '" + r.id + "': \\b right after a value never matches (the placeholder ends in " +
                            std::string(kClose) + "); end the value with a space, punctuation or nothing");
  Expansion x;
  try {
    x = expand_fragments(r.pattern, fragments_);
  } catch (const std::invalid_argument& e) {
    throw Error(r.file, "rule '" + r.id + "': " + e.what());
  }
  r.expanded += x.pattern;
  for (const auto& vq : r.value_qualifiers) {
    auto f = fragments_.find(vq);
    if (f == fragments_.end() || f->second.capture.empty())
      throw Error(r.file, "rule '" + r.id + "': \"value_qualifiers\" names no capture fragment: '" + vq + "'");
  }
  r.value_groups = x.value_groups;
  r.group_fragments = x.group_fragment;
  if (!r.value_slot.empty()) {
    auto g = x.group_fragment.find(r.value_slot);
    if (g == x.group_fragment.end() || !is_value_fragment(g->second))
      throw Error(r.file, "rule '" + r.id + "': \"value\" names no value group: '" + r.value_slot + "'");
    r.value_groups = {r.value_slot};
  }
  if (r.value_groups.empty() && !r.date_from_anchor)
    throw Error(r.file, "rule '" + r.id + "': the pattern has no value ({money}, {number}, {date}...)");
  for (const auto& g : r.value_groups)
    for (const auto& k : kinds_of_value_fragment(x.group_fragment[g]))
      if (std::find(r.value_kinds.begin(), r.value_kinds.end(), k) == r.value_kinds.end()) r.value_kinds.push_back(k);
  if (r.subject_slot != "subject" && !x.group_fragment.count(r.subject_slot))
    throw Error(r.file, "rule '" + r.id + "': \"subject\" names no {subject} group: '" + r.subject_slot + "'");
  // The rule's regex lives in its own prefilter (compile_set), compiled once.
  OwnFilter own;
  own.filter = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
  int id = -1;
  if (own.filter->Add(r.expanded, rule_options(), &id) != RE2::NoError) {
    RE2 re(r.expanded, rule_options());  // for RE2's own words
    throw Error(r.file, "rule '" + r.id + "': " + re.error() + " (pattern as written: " + r.pattern + ")");
  }
  regexes_.push_back(&own.filter->GetRE2(id));
  std::unique_ptr<RE2> quick;
  if (auto open = open_long_repetitions(r.expanded)) {
    quick = std::make_unique<RE2>(*open, rule_options());
    if (!quick->ok()) quick.reset();  // no quick test: the rule's own regex decides alone
  }
  quick_tests_.push_back(std::move(quick));
  own_filters_.push_back(std::move(own));
  rules_.push_back(std::move(r));
}

// Everything one file holds besides its fragments (read first, from every file).
void RuleSet::add_file(const SourceFile& f, const json& j, std::set<std::string>* ids) {
  if (auto it = j.find("attributes"); it != j.end()) {
    auto table = parse_attribute_table(*it, f.path);
    attributes_.insert(table.begin(), table.end());
  }
  if (auto it = j.find("entities"); it != j.end())
    for (const auto& e : *it) entities_.push_back(parse_entity(e, f.path));
  if (auto it = j.find("modality"); it != j.end()) add_modality_cues(*it, f.path);
  if (auto it = j.find("scopes"); it != j.end()) add_scopes(*it, f.path);
  if (auto it = j.find("rules"); it != j.end()) {
    if (!it->is_array()) throw Error(f.path, "\"rules\" must be an array");
    for (const auto& rj : *it) {
      Rule r = parse_rule(rj, f);
      if (!ids->insert(r.id).second) throw Error(r.file, "rule '" + r.id + "' is defined twice");
      add_rule(std::move(r));
    }
  }
}

// The candidate pass.  It used to be one RE2::Set of every rule's pattern, but
// that DFA stopped scaling with the news rules: each rule keeps partial matches
// alive over many bytes (a capitalised word may start a name, a counted gap
// such as [^⟨;]{0,40} follows it), and the set's state is the combination of
// every rule's, so on real text nearly every byte made a DFA state never seen
// before (built at ~20-50 µs each, whatever the memory budget): 0.01-0.5 MB/s
// over articles and most of an extraction's time over masked sentences.  Now
// re2::FilteredRE2 works out, per rule, the literals any match must contain
// (an AND/OR tree of lower-cased "atoms"), one RE2::Set of those literals
// (case-insensitive; a literal set's DFA stays small) finds the atoms present,
// and only the rules whose tree is satisfied are run (docs/benchmarks.md).
void RuleSet::compile_set() {
  if (rules_.empty()) return;
  filter_ = std::make_unique<re2::FilteredRE2>(kMinAtomLength);
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    int id = -1;
    if (filter_->Add(rules_[i].expanded, rule_options(), &id) != RE2::NoError || id != static_cast<int>(i))
      throw Error(rules_[i].file, "rule '" + rules_[i].id + "': cannot be added to the prefilter");
  }
  std::vector<std::string> atoms;
  filter_->Compile(&atoms);
  shared_atoms_ = atoms.size();
  // Each rule's own tree, unpruned: the shared tree drops an atom that guards
  // too many rules (the placeholder bracket of every rule) where other atoms
  // guard them too, so over article text, which has no placeholder, it lets
  // through rules a rule's own tree rules out.
  std::map<std::string, int> atom_ids;
  for (std::size_t k = 0; k < atoms.size(); ++k) atom_ids.emplace(atoms[k], static_cast<int>(k));
  for (auto& own : own_filters_) {
    std::vector<std::string> own_atoms;
    own.filter->Compile(&own_atoms);
    for (const auto& atom : own_atoms) {
      auto [it, added] = atom_ids.emplace(atom, static_cast<int>(atoms.size()));
      if (added) atoms.push_back(atom);
      own.atoms.push_back(it->second);
    }
  }
  if (atoms.empty()) return;  // every rule unfiltered: potentials() lists them all
  RE2::Options atom_options = rule_options();
  atom_options.set_literal(true);
  atom_options.set_case_sensitive(false);  // atoms are lower-cased
  atom_options.set_max_mem(64 << 20);
  atom_set_ = std::make_unique<RE2::Set>(atom_options, RE2::UNANCHORED);
  for (const auto& a : atoms) {
    std::string error;
    if (atom_set_->Add(a, &error) < 0) throw Error("rules", "prefilter literal '" + a + "': " + error);
  }
  if (!atom_set_->Compile()) throw Error("rules", "the rules' literals are too many to compile into one RE2::Set");
  atom_count_ = atoms.size();
}

std::unique_ptr<RuleSet> RuleSet::from_sources(const std::vector<SourceFile>& files) {
  std::unique_ptr<RuleSet> set(new RuleSet);
  std::vector<std::pair<const SourceFile*, json>> parsed;
  for (const auto& f : files) parsed.emplace_back(&f, parse_file(f));

  // A value of the wrong type anywhere ("cues": 5, an alias that is a number)
  // is reported with the file it is in.
  const SourceFile* current = nullptr;
  try {
    // Fragments first: a rule may use a fragment defined in any file.
    for (const auto& [f, j] : parsed) {
      current = f;
      if (!j.is_object()) throw Error(f->path, "a rules file must hold a JSON object");
      if (auto it = j.find("fragments"); it != j.end())
        for (const auto& [name, body] : it->items()) set->fragments_[name] = parse_fragment(body, f->path, name);
    }
    std::set<std::string> ids;
    for (const auto& [f, j] : parsed) {
      current = f;
      set->add_file(*f, j, &ids);
    }
  } catch (const json::exception& e) {
    throw Error(current ? current->path : "rules", e.what());
  }
  set->compile_set();
  set->scope_cues_ = std::make_unique<ScopeCues>(set->scopes_, set->scope_regexes_, rule_options());
  // Packs from disk with their own attribute table replace the built-in one.
  if (!set->attributes_.empty()) set_attribute_table(set->attributes_);
  return set;
}

void RuleSet::potentials(std::string_view masked, std::vector<int>* out) const {
  out->clear();
  if (rules_.empty()) return;
  thread_local std::vector<int> found, shared, own, passed;
  thread_local std::vector<char> present;
  found.clear();
  if (atom_set_) atom_set_->Match(masked, &found);
  shared.clear();
  present.assign(atom_count_, 0);
  for (int k : found) {
    present[k] = 1;
    if (static_cast<std::size_t>(k) < shared_atoms_) shared.push_back(k);
  }
  filter_->AllPotentials(shared, out);
  // Then each rule's own tree (compile_set).
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int i) {
                              const OwnFilter& f = own_filters_[i];
                              own.clear();
                              for (std::size_t k = 0; k < f.atoms.size(); ++k)
                                if (present[f.atoms[k]]) own.push_back(static_cast<int>(k));
                              f.filter->AllPotentials(own, &passed);
                              return passed.empty();
                            }),
             out->end());
  std::sort(out->begin(), out->end());
}

void RuleSet::candidates(std::string_view masked, std::vector<int>* out) const {
  potentials(masked, out);
  out->erase(std::remove_if(out->begin(), out->end(),
                            [&](int i) { return !may_match(i, masked) || !RE2::PartialMatch(masked, *regexes_[i]); }),
             out->end());
}

std::optional<Modality> RuleSet::modality_of(std::string_view sentence,
                                             std::optional<std::string_view> segment) const {
  for (std::size_t i = 0; i < modality_.size(); ++i)
    if (RE2::PartialMatch(modality_[i].segment_only && segment ? *segment : sentence, *modality_regexes_[i]))
      return modality_[i].modality;
  return std::nullopt;
}

std::string RuleSet::qualifier_value(const std::string& fragment, std::string_view captured) const {
  std::string lower;
  for (char c : captured) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (auto it = fragments_.find(fragment); it != fragments_.end())
    if (auto v = it->second.values.find(lower); v != it->second.values.end()) lower = v->second;
  for (char& c : lower)  // one spelling whether mapped or captured: "held hostage" -> held_hostage
    if (c == ' ' || c == '-') c = '_';
  return lower;
}

}  // namespace claimcheck::rules
