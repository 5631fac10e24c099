// EXPERIMENT, not part of claimcheck: built on its own (tools/linkgrammar/CMakeLists.txt), never by
// the main build or CI.  Measures whether link-grammar's parse can tell which noun a number belongs
// to in sentences where claimcheck's rules struggle (docs/linkgrammar.md).
//
// Input: one sentence per line, optionally "id<TAB>sentence".  Output: one JSON object per sentence:
//   {"id", "sentence", "ms", "cpu_ms", "status": "ok"|"partial"|"no parse"|"timeout", "null_words",
//    "numbers": [{"number", "owner", "owner_phrase", "path"}]}
// "path" lists the links walked from the number to its owner, e.g. "Opm<was", "Bsw<who", "MXsr<man".
//   probe [--diagram] [--time-limit SECONDS] < sentences.txt
#include <link-grammar/link-includes.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

struct Link {
  int left, right;
  std::string label;
};

// One parsed sentence: words with link-grammar's subscripts ("man.n", "Keller[!<CAPITALIZED-WORDS>]").
struct Parse {
  std::vector<std::string> words;
  std::vector<Link> links;
};

std::string plain(const std::string& word) {  // "Lopez[!<CAPITALIZED-WORDS>]" -> "Lopez", "man.n" -> "man"
  std::string w = word.substr(0, word.find('['));
  size_t dot = w.rfind('.');
  if (dot != std::string::npos && dot + 1 < w.size() && std::isalpha(static_cast<unsigned char>(w[dot + 1])))
    w = w.substr(0, dot);
  return w;
}
std::string subscript(const std::string& word) {  // "man.n" -> "n", "and.j-n" -> "j-n"
  size_t dot = word.rfind('.');
  if (dot == std::string::npos || dot + 1 >= word.size() || !std::isalpha(static_cast<unsigned char>(word[dot + 1])))
    return "";
  return word.substr(dot + 1);
}
bool starts(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

bool is_number(const std::string& word) {
  if (word.empty() || word[0] == '[') return false;  // null (unlinked) word
  for (char c : plain(word))
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  return false;
}
bool is_conjunction(const std::string& word) { return starts(subscript(word), "j"); }
bool is_verb(const std::string& word) { return starts(subscript(word), "v") || subscript(word) == "j-v"; }
bool is_relative_pronoun(const std::string& word) {
  std::string w = plain(word);
  return w == "who" || w == "which" || w == "that" || w == "whom";
}
// Words that measure a number ("$", "years", "billion", "T") rather than own it: the walk goes on
// through them to the thing measured.
bool is_measure(const std::string& word) {
  static const std::set<std::string> measures = {
      "$", "€", "£", "%", "percent", "year", "years", "million", "billion", "trillion", "thousand",
      "parameters", "tokens", "dollars", "euros", "points", "people", "months", "days", "hours", "times",
      "aged", "age"};
  return measures.count(plain(word)) || subscript(word) == "u" || is_number(word);
}
bool is_noun(const std::string& word) {
  if (word.empty() || word[0] == '[' || is_number(word)) return false;
  if (word.find("CAPITALIZED") != std::string::npos) return true;
  std::string s = subscript(word);
  return !s.empty() && std::strchr("nspmfblgic", s[0]) && !starts(s, "j");
}

// A word that can name an owner: a noun, a pronoun, an adjective used as one ("the youngest"), or a
// name with digits ("Atlas 7B"); not a verb, a conjunction, punctuation, a wall or a bare number.
bool can_own(const std::string& word) {
  if (is_noun(word)) return true;
  std::string w = plain(word);
  if (is_verb(word) || is_conjunction(word) || w.find("WALL") != std::string::npos) return false;
  for (char c : w)
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  return false;
}

// Links touching word w, with the word at the other end.
struct Touch {
  int other;
  const Link* link;
  bool other_is_left;
};
std::vector<Touch> touching(const Parse& p, int w) {
  std::vector<Touch> out;
  for (const Link& l : p.links) {
    if (l.left == w) out.push_back({l.right, &l, false});
    if (l.right == w) out.push_back({l.left, &l, true});
  }
  return out;
}
// First link at w whose label starts with one of the prefixes, the other end on the given side.
int follow(const Parse& p, int w, std::initializer_list<const char*> prefixes, bool other_is_left,
           std::vector<std::string>& path) {
  for (const char* prefix : prefixes)
    for (const Touch& t : touching(p, w))
      if (t.other_is_left == other_is_left && starts(t.link->label, prefix) && p.words[t.other][0] != '[') {
        path.push_back(t.link->label + (other_is_left ? "<" : ">") + plain(p.words[t.other]));
        return t.other;
      }
  return -1;
}

// The members of a coordination in sentence order: the numbers of "75 and 67", or the nouns of
// "Dan and Fran Keller" with the appositives hung on the conjunction ("and a neighbour, Tom Reyes").
std::vector<int> conjuncts(const Parse& p, int conj, bool numbers) {
  std::set<int> members;
  for (const Touch& t : touching(p, conj)) {
    const std::string& label = t.link->label;
    if (numbers ? starts(label, "NI") && is_number(p.words[t.other])
                : (starts(label, "SJ") || starts(label, "MX")) && is_noun(p.words[t.other]))
      members.insert(t.other);
  }
  return {members.begin(), members.end()};
}

// The subject of verb v: through auxiliaries ("was shot"), verb coordination ("was shot and died"),
// and relative clauses ("the man, who police said was 45").
int subject_of(const Parse& p, int v, std::vector<std::string>& path) {
  for (int step = 0; step < 8 && v >= 0; ++step) {
    int s = follow(p, v, {"S", "B"}, true, path);
    if (s >= 0) {
      if (!is_relative_pronoun(p.words[s])) return s;
      return follow(p, s, {"MX", "R", "M"}, true, path);  // the relative pronoun's antecedent
    }
    // Up to the auxiliary, the verb coordination, or the verb a participle hangs on ("..., scoring 88").
    v = follow(p, v, {"VJ", "P", "I", "T", "RS", "MVg"}, true, path);
  }
  return -1;
}

struct Owner {
  int word = -1;
  std::vector<std::string> path;
};

// Walks from a number to the noun it belongs to.
Owner owner_of(const Parse& p, int number) {
  Owner o;
  int cur = number, rank = -1;  // rank: place of the number in a coordination "75 and 67"
  // 1. Climb the number's own phrase: "$ 1.25", "0.10 million", "75 and 67", "1.6 T".
  for (int step = 0; step < 6; ++step) {
    int next = follow(p, cur, {"NI"}, true, o.path);
    if (next < 0) next = follow(p, cur, {"NI"}, false, o.path);
    if (next >= 0 && is_conjunction(p.words[next])) {
      std::vector<int> members = conjuncts(p, next, true);
      for (size_t i = 0; i < members.size(); ++i)
        if (members[i] == cur) rank = static_cast<int>(i);
      cur = next;
      continue;
    }
    if (next >= 0) o.path.pop_back();
    next = follow(p, cur, {"D", "ND", "NN", "AN", "A", "YS"}, false, o.path);  // the number modifies a word on its right
    if (next < 0) next = follow(p, cur, {"NM"}, true, o.path);               // "$ 1.25": the number follows its unit
    if (next < 0) break;
    cur = next;
    if (!is_measure(p.words[cur])) {  // "the 1.6T model": the number qualifies its owner
      o.word = cur;
      return o;
    }
  }
  // 2. The number's phrase has a role: appositive, object or predicate of a verb, object of a preposition.
  int owner = follow(p, cur, {"MX"}, true, o.path);
  if (owner < 0) {
    int head = follow(p, cur, {"O", "Pa", "Pg", "Pp"}, true, o.path);
    if (head >= 0) owner = subject_of(p, head, o.path);
  }
  if (owner < 0) {
    int prep = follow(p, cur, {"J"}, true, o.path);
    if (prep >= 0) {
      owner = follow(p, prep, {"Mp", "Mf", "Mg", "Mv", "Ma"}, true, o.path);  // "the model with 49B active"
      if (owner < 0) {
        int verb = follow(p, prep, {"MV", "Pp"}, true, o.path);  // "died at 52"
        if (verb >= 0) owner = subject_of(p, verb, o.path);
      }
    }
  }
  // 3. A coordination of owners: the same rank as the number, else the member nearest before it.
  if (owner >= 0 && rank >= 0 && !is_conjunction(p.words[owner])) {  // "Jorge and Elena Ruiz, aged 44 and 42"
    int conj = follow(p, owner, {"SJ"}, false, o.path);
    if (conj < 0) conj = follow(p, owner, {"SJ"}, true, o.path);
    if (conj >= 0) owner = conj;
  }
  if (owner >= 0 && is_conjunction(p.words[owner])) {
    std::vector<int> members = conjuncts(p, owner, false);
    int chosen = -1;
    if (rank >= 0 && rank < static_cast<int>(members.size())) chosen = members[rank];
    else
      for (int m : members)
        if (m < number) chosen = m;
    if (chosen >= 0) o.path.push_back("conj#" + std::to_string(rank) + ">" + plain(p.words[chosen]));
    owner = chosen;
  }
  if (owner >= 0 && !can_own(p.words[owner])) owner = -1;  // the walk ended on a verb, a wall, a bare number
  o.word = owner;
  return o;
}

// The owner word with the names and modifiers glued to it: "Fran Keller", "son Diego", "2 Pro".
std::vector<int> owner_phrase(const Parse& p, int head) {
  std::set<int> phrase = {head};
  for (const Touch& t : touching(p, head)) {
    const std::string& label = t.link->label;
    bool glue = starts(label, "G") || starts(label, "AN") || starts(label, "A") || starts(label, "Dmcn") ||
                starts(label, "YS") || (starts(label, "MX") && is_noun(p.words[t.other]));
    if (glue && p.words[t.other][0] != '[') phrase.insert(t.other);
    if (starts(label, "MX") && is_noun(p.words[t.other]))  // "his wife, Racquel": both name her
      for (const Touch& u : touching(p, t.other))
        if (starts(u.link->label, "G")) phrase.insert(u.other);
  }
  return {phrase.begin(), phrase.end()};
}

// The library writes its info and locale debug lines to stdout; keep stdout for JSON Lines.
void errors_to_stderr(lg_errinfo* e, void*) {
  if (e->severity <= lg_Error) std::fprintf(stderr, "link-grammar: %s", e->text);
}

std::string json(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  bool diagram = false;
  int time_limit = 2;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--diagram")) diagram = true;
    else if (!std::strcmp(argv[i], "--time-limit") && i + 1 < argc) time_limit = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: probe [--diagram] [--time-limit SECONDS] < sentences\n");
      return 2;
    }
  }
  lg_error_set_handler(errors_to_stderr, nullptr);
  Dictionary dict = dictionary_create_lang("en");
  if (!dict) {
    std::fprintf(stderr, "probe: no link-grammar English dictionary (run tools/setup-linkgrammar)\n");
    return 1;
  }
  Parse_Options opts = parse_options_create();
  parse_options_set_verbosity(opts, 0);
  parse_options_set_linkage_limit(opts, 10);  // only the best-ranked linkage is read
  parse_options_set_max_parse_time(opts, time_limit);

  std::string line;
  int line_no = 0;
  while (std::getline(std::cin, line)) {
    ++line_no;
    std::string id = std::to_string(line_no), text = line;
    if (size_t tab = line.find('\t'); tab != std::string::npos) id = line.substr(0, tab), text = line.substr(tab + 1);
    if (text.empty()) continue;

    auto start = std::chrono::steady_clock::now();
    std::clock_t cpu_start = std::clock();  // CPU time too: the machine is shared, wall time is noisy
    Sentence sent = sentence_create(text.c_str(), dict);
    parse_options_set_min_null_count(opts, 0);
    parse_options_set_max_null_count(opts, 0);
    parse_options_reset_resources(opts);
    int found = sentence_parse(sent, opts);
    bool timeout = parse_options_timer_expired(opts);
    if (found == 0 && !timeout) {  // no complete parse: allow skipped words, as link-parser does
      parse_options_set_min_null_count(opts, 1);
      parse_options_set_max_null_count(opts, sentence_length(sent));
      found = sentence_parse(sent, opts);
      timeout = parse_options_timer_expired(opts);
    }
    Parse p;
    Linkage linkage = found > 0 ? linkage_create(0, sent, opts) : nullptr;
    if (linkage) {
      for (size_t w = 0; w < linkage_get_num_words(linkage); ++w) p.words.push_back(linkage_get_word(linkage, w));
      for (size_t l = 0; l < linkage_get_num_links(linkage); ++l)
        p.links.push_back({static_cast<int>(linkage_get_link_lword(linkage, l)),
                           static_cast<int>(linkage_get_link_rword(linkage, l)), linkage_get_link_label(linkage, l)});
      if (diagram) {
        char* d = linkage_print_diagram(linkage, true, 300);
        std::fprintf(stderr, "%s\t%s\n%s\n", id.c_str(), text.c_str(), d);
        linkage_free_diagram(d);
      }
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    int nulls = linkage ? sentence_null_count(sent) : -1;
    const char* status = timeout && !linkage ? "timeout" : !linkage ? "no parse" : nulls > 0 ? "partial" : "ok";

    std::string out = "{\"id\":" + json(id) + ",\"sentence\":" + json(text) + ",\"ms\":" + std::to_string(ms) +
                      ",\"cpu_ms\":" + std::to_string(cpu_ms) +
                      ",\"status\":\"" + status + "\",\"null_words\":" + std::to_string(nulls) + ",\"numbers\":[";
    bool first = true;
    for (int w = 0; w < static_cast<int>(p.words.size()); ++w) {
      if (!is_number(p.words[w])) continue;
      Owner o = owner_of(p, w);
      std::string phrase, path;
      if (o.word >= 0)
        for (int x : owner_phrase(p, o.word)) phrase += (phrase.empty() ? "" : " ") + plain(p.words[x]);
      for (const std::string& step : o.path) path += (path.empty() ? "" : ",") + json(step);
      out += std::string(first ? "" : ",") + "{\"number\":" + json(plain(p.words[w])) +
             ",\"owner\":" + (o.word >= 0 ? json(plain(p.words[o.word])) : "null") +
             ",\"owner_phrase\":" + json(phrase) + ",\"path\":[" + path + "]}";
      first = false;
    }
    std::cout << out << "]}\n";
    if (linkage) linkage_delete(linkage);
    sentence_delete(sent);
  }
  parse_options_delete(opts);
  dictionary_delete(dict);
}
