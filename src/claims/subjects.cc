// Gazetteer and model-name recogniser; see subjects.h.
#include "claims/subjects.h"

#include "claims/model_ids.h"
#include "claims/model_siblings.h"

#include "claims/overlaps.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

namespace claimcheck::claims {
namespace {

// Whether `rest` opens with a noun an edition word qualifies as an adjective
// ("Max output: 128K", "the Pro plan", "Plus users"): no model named there.
bool qualifies_noun(std::string_view rest) {
  static const std::set<std::string_view> nouns = {
      "output", "input", "plan", "plans", "tier", "tiers", "subscription", "subscriptions", "subscriber",
      "subscribers", "user", "users", "account", "accounts", "mode", "length", "size", "limit", "limits"};
  std::size_t n = 0;
  while (n < rest.size() && std::islower(static_cast<unsigned char>(rest[n]))) ++n;
  return n > 0 && nouns.count(rest.substr(0, n));
}

// The length of the company word ending `name` (" Labs" of "Corvid Labs"), or 0.
std::size_t ends_with_company_word(std::string_view name) {
  for (std::string_view suffix : {" Labs", " AI", " Systems", " Technologies", " Inc", " Corp", " Research", " Bank",
                                  " Airlines", " Airways", " Motors", " Energy", " Plc", " plc", " PLC"})
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) return suffix.size();
  return 0;
}

// Words after a capitalised name that make it a company's.  A legal form is
// no part of the name ("Northwind Traders Inc." is "Northwind Traders", as the
// news pack's company names have it); a brand word is ("Corvid Labs").
struct CompanyWord {
  std::string_view word;
  bool legal_form;
};
constexpr CompanyWord kCompanyWords[] = {
    {"Labs", false},        {"AI", false},           {"Systems", false},        {"Technologies", false},
    {"Group", false},       {"Holdings", false},     {"Research", false},       {"Robotics", false},
    {"Intelligence", false}, {"Computing", false},   {"Networks", false},       {"Software", false},
    {"Dynamics", false},    {"Industries", false},   {"Bank", false},           {"Airlines", false},
    {"Airways", false},     {"Motors", false},       {"Energy", false},         {"Pharmaceuticals", false},
    {"Capital", false},     {"Foods", false},        {"Brands", false},         {"Insurance", false},
    {"Financial", false},   {"Entertainment", false}, {"Media", false},         {"Telecom", false},
    {"Communications", false}, {"Resources", false}, {"Petroleum", false},      {"Inc", true},
    {"Corp", true},         {"Corporation", true},   {"Ltd", true},             {"Plc", true},
    {"plc", true},          {"PLC", true}};

std::string company_word_alternation() {
  std::string out;
  for (const CompanyWord& w : kCompanyWords) out += (out.empty() ? "" : "|") + std::string(w.word);
  return out;
}

bool is_legal_form(std::string_view word) {
  return std::any_of(std::begin(kCompanyWords), std::end(kCompanyWords),
                     [&](const CompanyWord& w) { return w.legal_form && w.word == word; });
}

std::string lowered_name(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_word_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '_';
}

// Capitalised words that precede numbers without naming anything.
const std::set<std::string, std::less<>>& stop_words() {
  static const std::set<std::string, std::less<>> words = {
      "A", "About", "After", "Against", "Ago", "All", "Almost", "Also", "Among", "An", "And", "Approximately",
      "Around", "As", "At", "Before", "Below", "Between", "But", "By", "Category", "Chapter", "Day", "Days", "Each",
      "Early", "Every", "Exactly", "Figure", "First", "For", "From", "Fig", "Grade", "Have", "Here", "His",
      "Her", "Hour", "Hours", "How", "If", "In", "Into", "Is", "It", "Its", "Just", "Last", "Late", "Less",
      "Level", "Mid", "Month", "Months", "More", "Most", "Nearly", "Next", "No", "Not", "Number", "Of",
      "On", "Only", "Or", "Our", "Over", "Page", "Part", "Past", "Per", "Phase", "Q", "Round", "Section",
      "Since", "Some", "Stage", "Step", "Table", "Than", "That", "The", "Their", "These", "This", "Those",
      "Tier", "Top", "To", "Under", "Until", "Up", "Version", "Vol", "Was", "We", "Week", "Weeks", "What",
      "When", "While", "With", "Within", "Year", "Years", "Echelon", "Note", "Rank", "Ranked", "Volume",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
      "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Spring",
      "Summer", "Autumn", "Fall", "Winter", "Christmas", "Festival", "Quarter", "Half", "FY", "H", "CES",
      "World", "Cup", "Olympics", "Covid", "COVID", "Article", "Source", "Image", "Tags", "Comparisons",
      "Likes", "Comments", "Views", "Reads", "Shares", "Then", "Now", "Today", "Yesterday", "Meanwhile",
      "However", "So", "Yet", "Still", "Even", "Both", "Unlike", "Like", "Compared", "Versus", "Using", "Use",
      // Price-list words: "Batch Mode is priced at half" names a tier, not a company.
      "Batch", "Mode", "Pricing", "Input",
      // Headline and release-note verbs before a name: "Meet Sonar 2", "Released Zephyr-3 Mini".
      "Meet", "Introducing", "Announcing", "Released", "Launched", "Added", "Shipped"};
  return words;
}

// "FRIDAY" -> "Friday", "may" -> "May".
std::string title_case(std::string_view w) {
  std::string out(w);
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = static_cast<char>(i == 0 ? std::toupper(static_cast<unsigned char>(out[i]))
                                      : std::tolower(static_cast<unsigned char>(out[i])));
  return out;
}

// Words that end a model name and tell its variant: "Vega-4 Flash".
const std::set<std::string, std::less<>>& edition_words() {
  static const std::set<std::string, std::less<>> words = {
      "Pro",  "Flash", "Mini",     "Nano",  "Max",   "Ultra", "Lite", "Turbo",    "Preview", "Plus", "Instruct",
      "Thinking", "Chat", "Coder", "Air", "Omni", "Opus", "Sonnet", "Haiku", "Vision", "Reasoner", "Large",
      "Small", "Medium", "Scout", "Maverick"};
  return words;
}

// Parts of a name that make it a benchmark's.
const std::vector<std::string_view>& benchmark_cues() {
  static const std::vector<std::string_view> cues = {"Bench", "bench", "Eval", "Exam", "Arena", "Leaderboard"};
  return cues;
}

// Whether `before` ends with a release verb and its object's lead-in: what
// comes next is the thing released ("Quillon released Q7 on March 18").
bool released_object(std::string_view before) {
  static const RE2 verb(
      "(?:released|launched|unveiled|introduced|shipped|debuted|open-sourced|rolled out)"
      "(?: (?:its|the|a|an))?(?: (?:new|latest|flagship|open-weights?|open-source|smaller|larger))*(?: model)? $");
  if (before.size() > 80) before.remove_prefix(before.size() - 80);
  return RE2::PartialMatch(before, verb);
}

bool common_priced_word(std::string_view name) {
  static const std::set<std::string_view> words = {
      "House", "Houses", "Home", "Homes", "Housing", "Property", "Rent", "Rents", "Petrol", "Gasoline", "Gas",
      "Diesel", "Fuel", "Food", "Grocery", "Energy", "Electricity", "Oil", "Ticket", "Tickets", "Land", "Car", "Cars"};
  return words.count(name) > 0;
}

// A sentence's opening adverb glued to the name after it: "Honestly Zephyr 3".
bool opening_adverb(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 2) == "ly" &&
         std::all_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

bool is_year(std::string_view v) {
  return v.size() == 4 && std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
         (v.substr(0, 2) == "19" || v.substr(0, 2) == "20");
}

}  // namespace

bool is_edition_word(std::string_view word) { return edition_words().count(word) > 0; }

SubjectFinder::SubjectFinder(const std::vector<rules::Entity>& entities)
    // Name: one to three capitalised words (inner capitals allowed: "MiniMax",
    // "HappyHorse"); version: "-5.1", " 3.1", " K2.6", "3" glued to the name
    // ("Qwen3"); an optional size ("-70B"); then an optional edition word ("Pro", "Flash", ...).
    : unlisted_(
          "((?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})(?:[ -](?:[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,})){0,2}|[A-Z])"
          "(?:([ -])([A-Z]?[0-9]+(?:\\.[0-9]+)*[a-z]?)|([0-9]{1,2}(?:\\.[0-9]+)*))"
          // A size written into the name is a variant of its own: "Qwen3.5-397B-A17B", "Zeta-3-70B".
          "(?:-[0-9]+(?:\\.[0-9]+)?[BMT](?:-A[0-9]+(?:\\.[0-9]+)?[BM])?)?"
          "((?:[ -](?:Pro|Flash|Mini|Nano|Max|Ultra|Lite|Turbo|Preview|Plus|Instruct|Thinking|Chat|Coder|Air|Omni|Opus|Sonnet|Haiku|Vision|Reasoner|Large|Small|Medium|Scout|Maverick|"
          "mini|nano))*)"  // OpenAI writes its small editions in lower case: "GPT-5.5 mini"
          "\\b"),
      // Group 1: the name (one to three capitalised words, none a stop word:
      // checked in code).  Group 2: a company word that is part of the name.
      organisation_(
          "\\b((?:[A-Z][A-Za-z0-9&]*[a-z][A-Za-z0-9&]*)(?: [A-Z][A-Za-z0-9&]*[a-z][A-Za-z0-9&]*){0,2})"
          "(?:( (?:" + company_word_alternation() + "))\\b"
          "|, valued\\b"  // "Corvid, valued at $36 billion, ..."
          "|(?:'s?)? (?:has |have |had |was |is |also |just |quietly |officially )?(?:raised|raises|closed|released|releases|"
          "launched|launches|announced|announces|unveiled|unveils|shipped|ships|introduced|introduces|secured|"
          "debuted|open-sourced|priced|prices|charges|valued|employs|acquired|"
          "bought|open-weighted|posted|posts)\\b"
          "|('s?) )") {
  for (const auto& e : entities) {
    aliases_.push_back({e.canonical, {e.canonical, e.kind}});
    for (const auto& a : e.aliases) {
      aliases_.push_back({a, {e.canonical, e.kind}});
      if (e.kind.empty() || e.kind == "model") learn_family_head(e.canonical, a, &family_heads_);
    }
  }
  std::sort(aliases_.begin(), aliases_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string alternation;
  for (const auto& [surface, alias] : aliases_) {
    if (surface.empty()) continue;
    by_surface_.emplace(surface, alias);
    by_lowered_.emplace(lowered_name(surface), alias);
    if (!alternation.empty()) alternation += '|';
    alternation += RE2::QuoteMeta(surface);
  }
  if (!alternation.empty()) {
    RE2::Options o;
    o.set_longest_match(true);
    o.set_log_errors(false);
    listed_ = std::make_unique<RE2>("(" + alternation + ")", o);
  }
}

void SubjectFinder::find_listed(std::string_view text, std::vector<Mention>* out) const {
  if (!listed_) return;
  std::size_t pos = 0;
  re2::StringPiece m;
  while (pos < text.size() && listed_->Match(text, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    std::size_t b = m.data() - text.data(), e = b + m.size();
    bool left_ok = b == 0 || (!is_word_byte(text[b - 1]) && text[b - 1] != '-');
    bool right_ok = e >= text.size() || !is_word_byte(text[e]);
    if (left_ok && right_ok) {
      if (auto it = by_surface_.find(std::string(m.data(), m.size())); it != by_surface_.end())
        out->push_back({b, e, it->second.canonical, it->second.kind, true});
      pos = e;
    } else {
      // Step over one UTF-8 character and look again (a shorter alias may fit).
      pos = b + 1;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
}

void SubjectFinder::find_unlisted(std::string_view text, std::vector<Mention>* out) const {
  // "Q7" alone is taken for a model only where the text also names "Q7-Turbo".
  std::vector<std::pair<std::size_t, std::size_t>> bare_letters;
  std::set<std::string, std::less<>> versioned_letters;
  std::size_t first_added = out->size();
  std::size_t pos = 0;
  re2::StringPiece groups[6];
  while (pos < text.size() && unlisted_.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 6)) {
    std::size_t b = groups[0].data() - text.data(), e = b + groups[0].size();
    pos = e;
    if (b > 0 && (is_word_byte(text[b - 1]) || text[b - 1] == '-')) continue;
    std::string_view name(groups[1].data(), groups[1].size());
    re2::StringPiece vp = groups[3].empty() ? groups[4] : groups[3];
    std::string_view version(vp.data(), vp.size());
    // Drop leading stop words: "While Claude 4" -> "Claude 4".
    while (name.size() > 1) {  // one letter ("Q" of "Q7-Turbo") is judged below
      auto sp = name.find_first_of(" -");
      std::string_view first = name.substr(0, sp);
      if (!stop_words().count(first) && !(sp != std::string_view::npos && opening_adverb(first))) break;
      if (sp == std::string_view::npos) {
        name = {};
        break;
      }
      name.remove_prefix(sp + 1);
    }
    if (name.empty()) continue;
    if (is_year(version)) continue;
    // "beat the Knights 104-99", "Arsenal 2-1": a number followed by a dash and
    // another number is a score, not a version.
    if (e + 1 < text.size() && (text[e] == '-' || text[e] == '/') && std::isdigit(static_cast<unsigned char>(text[e + 1])))
      continue;
    if (e + 3 < text.size() && text.substr(e, 3) == "\u2013" && std::isdigit(static_cast<unsigned char>(text[e + 3]))) continue;
    // "Reservoirs 13% full": a percentage is no version.
    if (e < text.size() && text[e] == '%') continue;
    // "A STAGGERING 64,000 fans": a number grouped in thousands is a count, no version.
    if (e + 3 < text.size() && text[e] == ',' && std::isdigit(static_cast<unsigned char>(text[e + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[e + 2])) && std::isdigit(static_cast<unsigned char>(text[e + 3])))
      continue;
    // Number formats of weights ("INT4", "FP8", "BF16") are no models.
    if (name == "INT" || name == "FP" || name == "BF" || name == "NF" || name == "NVFP" || name == "MXFP" || name == "UINT")
      continue;
    // The word right before the number is a date or a counter word, not a
    // name's last word: "Starting May 14", "FRIDAY 8", "Top 10" (but "Q7-Turbo"
    // is a model: a single letter is judged below).
    if (name.size() > 1 && stop_words().count(title_case(name.substr(name.find_last_of(" -") + 1)))) continue;
    // One capital glued to a dotted version names a model ("K3.2"), and so does
    // one with an edition ("Q7-Turbo"); otherwise it is a quarter, a paper
    // size or a grid square ("Q3", "A4", "B2").
    if (name.size() == 1 && (groups[4].empty() || (version.find('.') == std::string_view::npos && groups[5].empty())) &&
        !released_object(text.substr(0, b))) {
      if (!groups[4].empty()) bare_letters.emplace_back(b, e);
      continue;
    }
    if (name.size() == 1) versioned_letters.insert(std::string(name) + std::string(version));
    // A bare integer after a space ("Nano Banana 2") is a weak version:
    // keep it only for short numbers.
    bool bare = groups[2] == " " && version.find_first_not_of("0123456789") == std::string_view::npos;
    if (bare && version.size() > 3) continue;
    // The vendor before its model is no part of the model's name: "Amazon
    // Nova Premier 2" is "Nova Premier 2", as other pages write it.  (Not
    // when only an edition word would be left: "Mistral Large 3".)
    if (auto sp = name.find(' '); sp != std::string_view::npos) {
      auto it = by_surface_.find(std::string(name.substr(0, sp)));
      std::string_view rest = name.substr(sp + 1);
      if (it != by_surface_.end() && it->second.kind == "company" && !is_edition_word(rest.substr(0, rest.find(' '))))
        name = rest;
    }
    std::size_t nb = name.data() - text.data();
    // "ShellBench 2.0", "CodeEval 3" are benchmarks, not models.
    const bool benchmark = std::any_of(benchmark_cues().begin(), benchmark_cues().end(),
                                       [&](std::string_view cue) { return name.find(cue) != std::string_view::npos; });
    std::string written(text.substr(nb, e - nb));
    // A lettered version is one word after the name however it is joined:
    // "MiniMax-M3" is "MiniMax M3", "Kimi-K2.6" is "Kimi K2.6".
    if (groups[2] == "-" && !version.empty() && std::isupper(static_cast<unsigned char>(version.front())))
      written[static_cast<std::size_t>(groups[2].data() - text.data()) - nb] = ' ';
    out->push_back({nb, e, std::move(written), benchmark ? "benchmark" : "model", false});
  }
  if (bare_letters.empty()) return;
  // "Hunyuan T2 ... T2 sits between": a bare letter and number that ends a
  // model name of the text is that model's short name.
  std::map<std::string, std::string, std::less<>> full_name_of_tail;  // "T2" -> "Hunyuan T2" ("" = several)
  for (std::size_t k = first_added; k < out->size(); ++k) {
    const std::string& name = (*out)[k].canonical;
    const std::size_t sp = name.rfind(' ');
    if ((*out)[k].kind != "model" || sp == std::string::npos) continue;
    auto [it, fresh] = full_name_of_tail.emplace(name.substr(sp + 1), name);
    if (!fresh && it->second != name) it->second.clear();
  }
  for (const auto& [b, e] : bare_letters) {
    std::string_view token = text.substr(b, e - b);
    if (versioned_letters.count(token)) {
      out->push_back({b, e, std::string(token), "model", false});
    } else if (auto it = full_name_of_tail.find(token); it != full_name_of_tail.end() && !it->second.empty()) {
      out->push_back({b, e, it->second, "model", false});
    }
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first_added), out->end(),
            [](const Mention& x, const Mention& y) { return x.begin < y.begin; });
}

void SubjectFinder::find_organisations(std::string_view text, const std::vector<Mention>& known,
                                       std::vector<Mention>* out) const {
  // Known names sorted by start (find_listed and find_unlisted each return
  // them in text order): lookups are binary searches, so a long document
  // with many names stays linear-logarithmic.
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // (begin, end)
  std::vector<bool> is_model;
  {
    std::vector<std::size_t> order(known.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return known[a].begin < known[b].begin; });
    for (std::size_t i : order) {
      spans.emplace_back(known[i].begin, known[i].end);
      is_model.push_back(known[i].kind == "model");
    }
  }
  auto overlaps_known = [&](std::size_t b, std::size_t e) {
    auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(e, std::size_t{0}));
    // Names start before e; the longest name is short, so look back a few.
    for (int k = 0; k < 8 && it != spans.begin(); ++k) {
      --it;
      if (it->second > b) return true;
    }
    return false;
  };
  auto model_at = [&](std::size_t at) {
    auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(at, std::size_t{0}));
    return it != spans.end() && it->first == at && is_model[static_cast<std::size_t>(it - spans.begin())];
  };
  std::set<std::string, std::less<>> names;
  std::map<std::string, std::string, std::less<>> canonical;  // "Halcyon" -> "Halcyon Labs"
  std::size_t pos = 0;
  re2::StringPiece groups[4];
  while (pos < text.size() && organisation_.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 4)) {
    std::size_t b = groups[1].data() - text.data();
    pos = groups[0].data() - text.data() + std::max<std::size_t>(groups[0].size(), 1);
    std::string_view name(groups[1].data(), groups[1].size());
    // A possessive names an organisation before its model ("Halcyon's Orion 2"),
    // or when the name itself ends in a company word ("Corvid Labs' new model").
    if (!groups[3].empty() && !model_at(groups[3].data() - text.data() + groups[3].size() + 1) &&
        !ends_with_company_word(name))
      continue;
    while (!name.empty()) {  // "The Borealis" -> "Borealis"; "Today Borealis" -> "Borealis"
      auto sp = name.find(' ');
      if (!stop_words().count(name.substr(0, sp))) break;
      name = sp == std::string_view::npos ? std::string_view{} : name.substr(sp + 1);
    }
    // "House prices rose", "Petrol prices fell": a lone word the sentence
    // capitalised before "prices" names what is priced, not who prices it.
    if (name.empty() || common_priced_word(name)) continue;
    std::string full(name);
    // A legal form is no part of the name (kCompanyWords).
    if (!groups[2].empty() && !is_legal_form(std::string_view(groups[2].data() + 1, groups[2].size() - 1)))
      full += std::string(groups[2].data(), groups[2].size());
    b = name.data() - text.data();
    if (overlaps_known(b, b + full.size())) continue;
    names.insert(full);
    // The short name is the same company: "Halcyon" of "Halcyon Labs" (the
    // company word matched as a suffix or, before a verb, as the name's last word).
    if (std::size_t n = ends_with_company_word(full)) {
      std::string short_name = full.substr(0, full.size() - n);
      names.insert(short_name);
      canonical[short_name] = full;
    }
  }
  if (names.empty()) return;
  // Every mention of a name found once is the organisation.
  for (const std::string& n : names) {
    for (std::size_t at = text.find(n); at != std::string_view::npos; at = text.find(n, at + 1)) {
      std::size_t e = at + n.size();
      bool left_ok = at == 0 || (!is_word_byte(text[at - 1]) && text[at - 1] != '-');
      bool right_ok = e >= text.size() || (!is_word_byte(text[e]) && text[e] != '-');
      auto c = canonical.find(n);
      if (left_ok && right_ok && !overlaps_known(at, e))
        out->push_back({at, e, c == canonical.end() ? n : c->second, "company", false});
    }
  }
}

std::vector<Mention> SubjectFinder::find(std::string_view text) const {
  std::vector<Mention> listed, unlisted;
  find_listed(text, &listed);
  find_unlisted(text, &unlisted);
  {
    std::vector<Mention> known = listed;
    known.insert(known.end(), unlisted.begin(), unlisted.end());
    find_organisations(text, known, &listed);  // merged like listed names: a longer model name wins
  }
  // Merge: an unlisted name replaces the listed ones it strictly covers and
  // is longer than ("DeepSeek V5" over "DeepSeek").
  std::vector<Mention> all;
  {
    const Overlaps listed_at(listed, [](const Mention&) { return true; });
    for (const auto& u : unlisted) {
      if (listed_at.any(u.begin, u.end, [&](const Mention& l) { return l.end - l.begin >= u.end - u.begin; })) continue;
      // "Anthropic Claude Opus 4.7": a listed company, then a listed model that
      // ends the name, is the model with its maker in front, not a new name.
      const bool maker_then_model =
          listed_at.any(u.begin, u.end, [&](const Mention& l) { return l.begin == u.begin && l.kind == "company"; }) &&
          listed_at.any(u.begin, u.end, [&](const Mention& l) { return l.end == u.end && l.begin > u.begin && l.kind == "model"; });
      if (!maker_then_model) all.push_back(u);
    }
  }
  {
    const Overlaps unlisted_at(all, [](const Mention& u) { return !u.listed; });  // `all` grows after the loop
    std::vector<Mention> kept;
    for (const auto& l : listed)
      if (!unlisted_at.any(l.begin, l.end, [](const Mention&) { return true; })) kept.push_back(l);
    all.insert(all.end(), kept.begin(), kept.end());
  }
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Drop remaining overlaps (keep the earlier, then the longer).
  std::vector<Mention> result;
  for (auto& m : all)
    if (result.empty() || m.begin >= result.back().end) result.push_back(std::move(m));
  // A listed name written in capitals ("4. KIMI K2.6 - BEST OPEN MODEL") is that name.
  for (Mention& m : result) {
    if (m.listed) continue;
    const std::string_view written = text.substr(m.begin, m.end - m.begin);
    if (std::any_of(written.begin(), written.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
      continue;
    if (auto it = by_lowered_.find(lowered_name(written)); it != by_lowered_.end()) {
      m.canonical = it->second.canonical;
      m.kind = it->second.kind;
    }
  }
  complete_family_heads(  // model_siblings.h
      family_heads_,
      [&](std::string_view head) {
        auto it = by_surface_.find(std::string(head));
        return it != by_surface_.end() && (it->second.kind == "product" || it->second.kind == "company");
      },
      &result);
  add_edition_mentions(text, &result);
  add_id_mentions(text, &result);
  add_unnamed_id_mentions(text, &result);  // model_ids.h
  add_sibling_mentions(text, &result);     // model_siblings.h
  return result;
}

// "`lumora/vega-4-flash`", "vega-4-pro-2026-07-01": an API model id names the
// model of the text whose name it spells (case, spaces and dashes aside),
// with an optional "vendor/" before it and a dated snapshot after it.
void SubjectFinder::add_id_mentions(std::string_view text, std::vector<Mention>* mentions) const {
  auto key = [](std::string_view s) {
    std::string k;
    for (char c : s)
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
  };
  std::map<std::string, std::string, std::less<>> model_of_key;
  for (const Mention& m : *mentions)
    if (m.kind == "model") model_of_key.emplace(key(m.canonical), m.canonical);
  if (model_of_key.empty()) return;
  // A lower-case token with a dash: "lumora/vega-4-pro-2026-07-01".
  static const RE2 id("((?:[a-z0-9-]+/)?[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+)");
  static const RE2 dated("(.*?)-(?:(?:19|20)[0-9]{2}-?[01][0-9]-?[0-3][0-9]|[01][0-9][0-3][0-9])");
  std::vector<Mention> added;
  const Overlaps named(*mentions, [](const Mention&) { return true; });
  std::size_t pos = 0;
  re2::StringPiece g;
  while (pos < text.size() && id.Match(text, pos, text.size(), RE2::UNANCHORED, &g, 1)) {
    std::size_t b = g.data() - text.data(), e = b + g.size();
    pos = e;
    if (b > 0 && (is_word_byte(text[b - 1]) || text[b - 1] == '-')) continue;
    std::string_view token(g.data(), g.size());
    if (auto slash = token.rfind('/'); slash != std::string_view::npos) token.remove_prefix(slash + 1);
    auto it = model_of_key.find(key(token));
    re2::StringPiece undated;
    if (it == model_of_key.end() && RE2::FullMatch(token, dated, &undated))
      it = model_of_key.find(key(std::string_view(undated.data(), undated.size())));
    if (it == model_of_key.end()) continue;
    if (!named.any(b, e, [](const Mention&) { return true; })) added.push_back({b, e, it->second, "model", false});
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

// "Flash is also a mixture-of-experts design": once "Vega-4 Flash" is named,
// the bare edition word names it too; when several models of the text have
// that edition ("Opus 4.7" and "Opus 4.6"), the one of them named last before it.  "ChatGPT Pro", "the Pro plan" and a sentence-initial "Pro"
// followed by another capitalised word are left alone.
void SubjectFinder::add_edition_mentions(std::string_view text, std::vector<Mention>* mentions) const {
  std::map<std::string, std::string, std::less<>> model_of;  // edition word -> canonical ("" = several)
  std::map<std::string, bool, std::less<>> line_name;         // edition word -> stands before a version in every name
  for (const Mention& m : *mentions) {
    if (m.kind != "model") continue;
    // The edition may end the name ("Vega-4 Flash") or name the line before
    // its version ("Claude Opus 4.7": "Opus is cheaper on output").
    for (std::size_t b = 0; b < m.canonical.size();) {
      std::size_t e = m.canonical.find_first_of(" -", b);
      if (e == std::string::npos) e = m.canonical.size();
      std::string edition = m.canonical.substr(b, e - b);
      b = e + 1;
      if (b == 1 + edition.size() && e != m.canonical.size()) continue;  // the first word is the family, not an edition
      // "mini" as OpenAI writes it ("GPT-5.5 mini": "mini is $0.55 in") counts too.
      if (!edition_words().count(edition) && !(std::islower(static_cast<unsigned char>(edition[0])) &&
                                               edition_words().count(title_case(edition))))
        continue;
      // A line name ("Opus" in "Claude Opus 4.7") stands before a version; a
      // tier ("Pro") ends the name.  Only a line name shared by several models
      // is resolved to the one named last: a bare "Pro" beside "GPT-5.5 Pro"
      // and "Gemini 3.1 Pro" may be a plan or an app tier.
      const bool before_version =
          e + 1 < m.canonical.size() && std::isdigit(static_cast<unsigned char>(m.canonical[e + 1]));
      if (!line_name.emplace(edition, before_version).second && !before_version) line_name[edition] = false;
      auto [it, fresh] = model_of.emplace(edition, m.canonical);
      if (!fresh && it->second != m.canonical) it->second.clear();
    }
  }
  if (model_of.empty()) return;
  std::vector<Mention> added;
  std::size_t next = 0;  // index into *mentions, in text order
  // The model with edition word `edition` named last before `at`, if any.
  auto named_last = [&](const std::string& edition, std::size_t at) -> std::string {
    std::string found;
    for (const Mention& m : *mentions) {
      if (m.begin >= at) break;
      if (m.kind != "model" || m.canonical.size() <= edition.size()) continue;
      for (std::size_t p = m.canonical.find(edition); p != std::string::npos; p = m.canonical.find(edition, p + 1)) {
        std::size_t pe = p + edition.size();
        if ((p == 0 || m.canonical[p - 1] == ' ' || m.canonical[p - 1] == '-') &&
            (pe == m.canonical.size() || m.canonical[pe] == ' ' || m.canonical[pe] == '-'))
          found = m.canonical;
      }
    }
    return found;
  };
  for (const auto& [edition, only] : model_of) {
    next = 0;
    for (std::size_t at = text.find(edition); at != std::string_view::npos; at = text.find(edition, at + 1)) {
      std::size_t e = at + edition.size();
      if (at > 0 && (is_word_byte(text[at - 1]) || text[at - 1] == '-')) continue;
      if (e < text.size() && (is_word_byte(text[e]) || text[e] == '-')) continue;
      // Not after another name word ("ChatGPT Pro") nor before a noun it qualifies ("Pro plan").
      std::size_t before = at;
      while (before > 0 && text[before - 1] == ' ') --before;
      std::size_t wb = before;
      while (wb > 0 && is_word_byte(text[wb - 1])) --wb;
      if (wb < before && std::isupper(static_cast<unsigned char>(text[wb])) && !(wb == 0 || text[wb - 1] == '\n')) {
        bool sentence_start = wb >= 2 && (text[wb - 2] == '.' || text[wb - 2] == '!' || text[wb - 2] == '?');
        if (!sentence_start) continue;
      }
      std::size_t after = e;
      if (after + 2 <= text.size() && text.substr(after, 2) == "'s") after += 2;
      else if (after < text.size() && text[after] == '\'') after += 1;
      while (after < text.size() && text[after] == ' ') ++after;
      if (after < text.size() && std::isupper(static_cast<unsigned char>(text[after])) && after > e) continue;
      if (after > e && qualifies_noun(text.substr(after))) continue;  // "Max output", "Pro plan"
      bool inside = false;
      while (next < mentions->size() && (*mentions)[next].end <= at) ++next;
      if (next < mentions->size() && (*mentions)[next].begin < e) inside = true;
      if (inside) continue;
      const auto line = line_name.find(edition);
      std::string canonical = only.empty() && line != line_name.end() && line->second ? named_last(edition, at) : only;
      if (!canonical.empty()) added.push_back({at, e, canonical, "model", false});
    }
  }
  if (added.empty()) return;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace claimcheck::claims
