// compare_group: the rules of compare.h, applied to one (subject, attribute).
#include "check/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "base/calendar.h"
#include "base/hash.h"
#include "check/align.h"
#include "claimcheck/attributes.h"
#include "check/explain.h"
#include "claimcheck/short_names.h"
#include "check/interval.h"

namespace claimcheck::check {
namespace {

struct Item {
  const Claim* claim = nullptr;
  Aligned a;
};

// Items whose intervals share one common point: they agree with each other.
struct Cluster {
  std::vector<const Item*> items;
  Interval common;
  const Item* rep = nullptr;  // the most precise item: its value stands for the cluster

  std::vector<std::string> docs() const {
    std::set<std::string> d;
    for (const Item* i : items) d.insert(i->claim->doc);
    return {d.begin(), d.end()};
  }
};

// What was expected or whispered before the fact: a plan, an estimate, a rumour.
bool is_expectation(Modality m) { return m == Modality::plan || m == Modality::estimate || m == Modality::rumour; }

// A vendor's "will read a 320,000-token context window" describes the model it
// ships: a fixed spec of a model told in the future tense is stated, not a
// plan that a later figure fulfils or changes.  So are the fixed terms of one
// event ("Pellworth will pay $54.20 a share" is the offer, as "an offer of
// $54.20 a share" is).  (Dates and times stay plans: "will ship on May 5",
// "will begin at 7 p.m." may slip.)
bool expectation(const Claim& c) {
  if (c.modality == Modality::plan && !c.value.is_date() && c.value.kind != QuantityKind::time) {
    const AttributeInfo& a = attribute_info(c.attribute);
    if (a.over_time == OverTime::fixed && (a.owner == "model" || a.event)) return false;
  }
  return is_expectation(c.modality);
}

bool before(const Item* x, const Item* y) {
  const Claim& a = *x->claim;
  const Claim& b = *y->claim;
  if (a.doc != b.doc) return a.doc < b.doc;
  return a.begin < b.begin;
}

// Sweep over intervals sorted by their low end; a cluster ends when the next
// interval starts after the common part so far.  O(n log n), never all pairs.
std::vector<Cluster> cluster(std::vector<const Item*> items) {
  std::sort(items.begin(), items.end(), [](const Item* x, const Item* y) {
    if (x->a.interval.lo != y->a.interval.lo) return x->a.interval.lo < y->a.interval.lo;
    if (x->a.interval.hi != y->a.interval.hi) return x->a.interval.hi < y->a.interval.hi;
    return before(x, y);
  });
  std::vector<Cluster> out;
  for (const Item* item : items) {
    const Interval& iv = item->a.interval;
    if (!out.empty() && iv.lo <= out.back().common.hi) {
      Cluster& c = out.back();
      c.common = {std::max(c.common.lo, iv.lo), std::min(c.common.hi, iv.hi)};
      c.items.push_back(item);
      continue;
    }
    out.push_back(Cluster{{item}, iv, nullptr});
  }
  for (Cluster& c : out) {
    for (const Item* i : c.items) {
      if (!c.rep || i->a.interval.width() < c.rep->a.interval.width() ||
          (i->a.interval.width() == c.rep->a.interval.width() && before(i, c.rep)))
        c.rep = i;
    }
  }
  return out;
}

double midpoint(const Interval& iv) { return (iv.lo + iv.hi) / 2; }

// A finding whose claims are still pointers into the group: they are copied
// (or moved, on their last use) into it once the group is done (take_claims).
struct PendingFinding {
  Finding finding;
  std::vector<const Claim*> claims;  // in the finding's order
};

// Collects a finding's claims and names; turns clusters into support entries.
class FindingBuilder {
 public:
  FindingBuilder(FindingKind kind, const Claim& key) {
    f_.kind = kind;
    f_.severity = severity_of(kind);
    f_.subject = key.subject;
    f_.attribute = key.attribute;
    f_.qualifiers = key.qualifiers;
    f_.qualifiers.erase(std::string(kSourceQualifier));  // who told it keys nothing (claim.h)
  }
  void add(const std::vector<const Item*>& items) {
    for (const Item* i : items)
      if (seen_.insert(i->claim).second) claims_.push_back(i->claim);
  }
  void support(const Cluster& c) { f_.support.push_back(Support{display(c.rep->claim->value), c.docs()}); }

  // Short names are computed over every document of the finding.
  std::string name(const std::string& doc) {
    if (names_.empty()) {
      std::vector<std::string> docs;
      for (const Claim* c : claims_) docs.push_back(c->doc);
      names_ = short_names(docs);
    }
    auto it = names_.find(doc);
    return it == names_.end() ? doc : it->second;
  }
  std::string says(const Cluster& c, const char* verb_one = nullptr, const char* verb_many = nullptr) {
    std::vector<std::string> names;
    for (const auto& d : c.docs()) names.push_back(name(d));
    std::string who;
    for (std::size_t i = 0; i < names.size(); ++i) who += (i ? ", " : "") + names[i];
    if (verb_one) return who + " " + (names.size() == 1 ? verb_one : verb_many) + " " + value_in_explanation(c.rep->claim->value);
    return check::says(names) + " " + value_in_explanation(c.rep->claim->value);
  }

  PendingFinding finish(std::string explanation) {
    std::sort(claims_.begin(), claims_.end(), [](const Claim* a, const Claim* b) {
      // Known as-of dates first, in date order; then document and position.
      if (a->as_of.empty() != b->as_of.empty()) return b->as_of.empty();
      if (a->as_of != b->as_of) return a->as_of < b->as_of;
      if (a->doc != b->doc) return a->doc < b->doc;
      return a->begin < b->begin;
    });
    f_.explanation = std::move(explanation);
    f_.fingerprint = fingerprint(f_);
    return PendingFinding{std::move(f_), std::move(claims_)};
  }

 private:
  Finding f_;
  std::vector<const Claim*> claims_;
  std::set<const Claim*> seen_;
  std::map<std::string, std::string> names_;
};

// "one day apart", "75 minutes apart", "differ by 12%", "outside the stated bound".
std::string distance(const Cluster& a, const Cluster& b) {
  const Interval& x = a.rep->a.interval;
  const Interval& y = b.rep->a.interval;
  if (a.rep->a.dimension == "date") {
    // Two whole years ("1899" and "1900") are a year apart, not the one day
    // between 31 December and 1 January; likewise two whole months.
    const bool bounded = std::isfinite(x.lo) && std::isfinite(x.hi) && std::isfinite(y.lo) && std::isfinite(y.hi);
    const double span = bounded ? std::min(x.width(), y.width()) : 0;
    if (span >= 364) return years_apart((midpoint(x) - midpoint(y)) / 365.25);
    if (span >= 27) return months_apart((midpoint(x) - midpoint(y)) / 30.44);
    return days_apart(gap(x, y));
  }
  if (a.rep->a.dimension.rfind("time", 0) == 0 && std::isfinite(x.lo) && std::isfinite(y.lo))
    return minutes_apart(midpoint(x) - midpoint(y));
  if (!std::isfinite(x.lo) || !std::isfinite(x.hi) || !std::isfinite(y.lo) || !std::isfinite(y.hi))
    return "outside the stated bound";
  return differ_by(midpoint(x), midpoint(y));
}

class GroupComparer {
 public:
  GroupComparer(std::vector<Item> items, std::vector<PendingFinding>& out) : items_(std::move(items)), out_(out) {}

  void run() {
    resolve_missing_units();
    convert_currencies();
    std::vector<const Item*> actual, expected;
    const std::string first_stated = first_stated_as_of();
    for (const Item& i : items_)
      (expectation(*i.claim) || reported_before(i, first_stated) ? expected : actual).push_back(&i);
    told_with_the_outcome(expected, actual);
    if (actual.empty()) std::swap(actual, expected);  // plans only: compare them with each other

    // dimension -> currency -> items
    std::map<std::string, std::map<std::string, std::vector<const Item*>>> classes;
    for (const Item* i : actual) classes[i->a.dimension][i->a.currency].push_back(i);
    if (attribute_info(key().attribute).agreement_only) {  // corroboration only (attributes.h)
      for (const auto& [dimension, by_currency] : classes)
        for (const auto& [currency, items] : by_currency)
          for (const Cluster& c : cluster(items))
            if (c.docs().size() >= 2) agreement(c);
      return;
    }
    if (classes.size() > 1) unit_mismatch(classes);
    for (const auto& [dimension, by_currency] : classes) {
      if (by_currency.size() > 1) not_comparable(by_currency);
      for (const auto& [currency, items] : by_currency) values(items);
    }
    if (!expected.empty()) {
      plan_vs_actual(expected, actual);
      plans_of_sources(expected);
    }
  }

 private:
  const Claim& key() const { return *items_.front().claim; }

  // A bare number or a price without a rate joins the one dimension that the
  // rest of the group states ("49 billion" next to "1.6 trillion parameters").
  void resolve_missing_units() {
    std::map<std::string, const Aligned*> stated;
    for (const Item& i : items_)
      if (!i.a.unit_missing) stated.emplace(i.a.dimension, &i.a);
    for (Item& i : items_) {
      if (!i.a.unit_missing) continue;
      const bool is_money = i.a.dimension == "money";
      const Aligned* only = nullptr;
      int candidates = 0;
      for (const auto& [dimension, a] : stated) {
        const bool fits = is_money ? dimension.rfind("money per", 0) == 0
                                   : dimension.rfind("number", 0) == 0 || dimension.rfind("money", 0) == 0;
        if (fits) {
          ++candidates;
          only = a;
        }
      }
      if (candidates != 1) continue;
      i.a.dimension = only->dimension;
      i.a.label = only->label;
      if (!is_money) i.a.currency = only->currency;
    }
  }

  // "$30 (~216 RMB)": one document giving one value in two currencies in one
  // line is the text's own conversion; with it the group is compared in the
  // currency most of its claims use.
  void convert_currencies() {
    std::map<std::pair<std::string, std::string>, Interval> rate;  // (from, to) -> `to` per one `from`
    std::map<std::string, int> uses;
    std::vector<Item*> money;
    for (Item& i : items_) {
      if (i.a.currency.empty()) continue;
      money.push_back(&i);
      ++uses[i.a.currency];
    }
    if (uses.size() < 2) return;
    for (std::size_t x = 0; x < money.size(); ++x) {
      for (std::size_t y = x + 1; y < money.size(); ++y) {
        const Item& a = *money[x];
        const Item& b = *money[y];
        if (a.claim->doc != b.claim->doc || a.claim->line != b.claim->line || a.a.currency == b.a.currency ||
            a.a.dimension != b.a.dimension)
          continue;
        const Interval& p = a.a.interval;
        const Interval& q = b.a.interval;
        if (!(p.lo > 0 && q.lo > 0 && std::isfinite(p.hi) && std::isfinite(q.hi))) continue;
        auto keep_narrowest = [&](const std::string& from, const std::string& to, Interval r) {
          auto it = rate.find({from, to});
          if (it == rate.end() || r.hi / r.lo < it->second.hi / it->second.lo) rate[{from, to}] = r;
        };
        keep_narrowest(a.a.currency, b.a.currency, {q.lo / p.hi, q.hi / p.lo});
        keep_narrowest(b.a.currency, a.a.currency, {p.lo / q.hi, p.hi / q.lo});
      }
    }
    if (rate.empty()) return;
    std::string base;
    int most = -1;
    for (const auto& [currency, n] : uses) {
      if (n > most || (n == most && currency == "USD")) {
        base = currency;
        most = n;
      }
    }
    for (Item* i : money) {
      auto it = rate.find({i->a.currency, base});
      if (it == rate.end()) continue;
      i->a.interval = {i->a.interval.lo * it->second.lo, i->a.interval.hi * it->second.hi};
      i->a.currency = base;
    }
  }

  // The earliest known as-of date of a plainly stated claim ("" = none).
  std::string first_stated_as_of() const {
    std::string first;
    for (const Item& i : items_)
      if (i.claim->modality == Modality::stated && !i.claim->as_of.empty() && (first.empty() || i.claim->as_of < first))
        first = i.claim->as_of;
    return first;
  }

  // "The model is reportedly around 1.5 trillion parameters", told before any
  // page states the model's figure: a rumour before the fact, an expectation
  // like a plan, not a source that disagrees (a model's facts only: in news a
  // "reportedly" is how outlets cite each other about the same event).
  bool reported_before(const Item& i, const std::string& first_stated) const {
    return i.claim->modality == Modality::reported && !first_stated.empty() && !i.claim->as_of.empty() &&
           i.claim->as_of < first_stated && attribute_info(key().attribute).owner == "model";
  }

  void unit_mismatch(const std::map<std::string, std::map<std::string, std::vector<const Item*>>>& classes) {
    std::set<std::string> docs;
    for (const auto& [dimension, by_currency] : classes)
      for (const auto& [currency, items] : by_currency)
        for (const Item* i : items) docs.insert(i->claim->doc);
    if (docs.size() < 2) return;  // one document is one source: it does not disagree with itself
    FindingBuilder b(FindingKind::unit_mismatch, key());
    std::vector<std::string> parts, labels;
    for (const auto& [dimension, by_currency] : classes) {
      std::vector<const Item*> all;
      for (const auto& [currency, items] : by_currency) all.insert(all.end(), items.begin(), items.end());
      b.add(all);
      labels.push_back(all.front()->a.label);
    }
    for (const auto& [dimension, by_currency] : classes) {
      for (const auto& [currency, items] : by_currency) {
        for (const Cluster& c : cluster(items)) {
          b.support(c);
          parts.push_back(b.says(c));
        }
      }
    }
    std::string text = join(parts, ", ") + ": " + join(labels, " vs ") + " are different units";
    out_.push_back(b.finish(text));
  }

  void not_comparable(const std::map<std::string, std::vector<const Item*>>& by_currency) {
    FindingBuilder b(FindingKind::not_comparable, key());
    std::vector<std::string> parts, currencies;
    for (const auto& [currency, items] : by_currency) {
      b.add(items);
      currencies.push_back(currency.empty() ? "no currency" : currency);
    }
    for (const auto& [currency, items] : by_currency) {
      for (const Cluster& c : cluster(items)) {
        b.support(c);
        parts.push_back(b.says(c));
      }
    }
    out_.push_back(b.finish(join(parts, ", ") + ": no conversion between " + join(currencies, " and ") +
                            " given in the text, not compared"));
  }

  // Values of one dimension and currency: agreement, conflict or change.
  void values(const std::vector<const Item*>& items, bool agreements = true) {
    const std::vector<Cluster> clusters = cluster(items);
    if (clusters.size() == 1) {
      if (agreements && clusters.front().docs().size() >= 2) agreement(clusters.front());
      return;
    }
    if (told_by_different_sources(clusters)) {
      for (const Cluster& c : clusters)
        if (agreements && c.docs().size() >= 2) agreement(c);
      different_sources(clusters);
      return;
    }
    const AttributeInfo& info = attribute_info(key().attribute);
    const bool event = info.event;
    if (event) {
      // A fact of one event (a toll, a crowd, an age in one story): a document
      // that itself gives several values of it tells of several incidents, days
      // or places the key does not tell apart.  Agreements are reported; for
      // counts, each document's largest value is its whole ("two killed in the
      // north" is part of "nine killed"), and only the wholes are compared.
      std::map<std::string, int> clusters_of_doc;
      bool several = false;
      for (const Cluster& c : clusters)
        for (const auto& d : c.docs()) several |= ++clusters_of_doc[d] > 1;
      if (several) {
        for (const Cluster& c : clusters)
          if (agreements && c.docs().size() >= 2) agreement(c);
        if (info.family == "count" && key().attribute != "age") {
          std::map<std::string, const Item*> whole;
          for (const Item* i : items) {
            const Item*& w = whole[i->claim->doc];
            if (!w || i->claim->value.value > w->claim->value.value) w = i;
          }
          std::vector<const Item*> wholes;
          for (const auto& [doc, i] : whole) wholes.push_back(i);
          if (wholes.size() >= 2) values(wholes, /*agreements=*/false);
        }
        return;
      }
    }
    std::set<std::string> as_of;
    for (const Item* i : items) as_of.insert(i->claim->as_of);
    // Articles of one story are told at one time: an event's claims with no
    // as-of date at all are compared as of that time.
    if (!is_time_varying(key().attribute) || (event && as_of.size() == 1 && as_of.count(""))) {
      conflict(clusters, "");
      return;
    }
    std::map<std::string, std::vector<const Item*>> by_as_of;  // known as-of dates only
    for (const Item* i : items)
      if (!i->claim->as_of.empty()) by_as_of[i->claim->as_of].push_back(i);
    if (as_of.size() > 1 && !as_of.count("") && !changes_in_time(clusters)) {
      // 900M in February, then 1.1B on Oct 14 and 1.2B on Oct 20: only the
      // values that changed too soon disagree; the earlier one is history.
      const std::vector<Cluster> unsettled = too_soon(clusters);
      if (unsettled.size() > 1 && unsettled.size() < clusters.size()) {
        conflict(unsettled, "");
        changed_over_time(items);
        return;
      }
      conflict(clusters, "");
      return;
    }
    // An undated page (a spec sheet, a price list) does not say when its value
    // held, but it does not excuse the dated ones: if they alone disagree
    // sooner than a change settles, that is a conflict too.
    if (as_of.count("") && by_as_of.size() > 1) {
      std::vector<const Item*> dated;
      for (const auto& [date, same_day] : by_as_of) dated.insert(dated.end(), same_day.begin(), same_day.end());
      const std::vector<Cluster> dated_clusters = cluster(dated);
      if (dated_clusters.size() > 1 && !changes_in_time(dated_clusters)) {
        conflict(dated_clusters, "");
        changed_over_time(items);
        return;
      }
      // Every dated page says one value over a span of time: the value did not
      // change then, and an undated page saying another is stale or wrong.
      if (dated_clusters.size() == 1 && clusters.size() > 1) {
        const std::string& first = by_as_of.begin()->first;
        const std::string& last = by_as_of.rbegin()->first;
        conflict(clusters, "", "; every dated source from " + first + " to " + last + " says " +
                                   display(dated_clusters.front().rep->claim->value) +
                                   ", the others give no as-of date");
        return;
      }
    }
    // Pages that give no as-of date and disagree with each other: no date says
    // one value replaced the other, so it is a disagreement, not a change.
    // (Only for values that settle, such as list prices: a share price or an
    // index moves by the hour, and undated reports of it say different hours.)
    if (as_of.count("") && attribute_info(key().attribute).settle_days > 0 && undated_disagree(items)) {
      conflict(clusters, "", "; sources that give no as-of date disagree");
      return;
    }
    for (const auto& [date, same_day] : by_as_of) {
      auto c = cluster(same_day);
      if (c.size() > 1) conflict(c, date);
    }
    if (as_of.size() > 1 || as_of.count("")) changed_over_time(items);
  }

  // A value that changes over time, told twice by one page ("valued at $380
  // billion ... was valued at $183 billion after a round in September 2025"):
  // when every page saying a value also says another that other pages
  // confirm, that value is their history, not a second source against the
  // others.  Such clusters are left out.
  static std::vector<Cluster> own_sources(const std::vector<Cluster>& clusters) {
    std::set<std::string> confirmed;  // pages whose value another page also says
    for (const Cluster& c : clusters)
      if (const auto docs = c.docs(); docs.size() > 1) confirmed.insert(docs.begin(), docs.end());
    std::vector<Cluster> kept;
    for (const Cluster& c : clusters) {
      const auto docs = c.docs();
      const bool history = docs.size() == 1 && confirmed.count(docs.front()) > 0;
      if (!history) kept.push_back(c);
    }
    return kept;
  }

  // Whether an undated document says a value that two or more other
  // documents contradict with one value of their own, at least one of them
  // undated too: one page against several that agree.  (One undated page
  // against one other says nothing of which is older; a page saying both
  // values is no second source.  A dated page may join the many: a price
  // list with no date and a launch post both say $3.20, a forum post with no
  // date says $2.30.)
  static bool undated_disagree(const std::vector<const Item*>& items) {
    const std::vector<Cluster> values = cluster(items);
    for (std::size_t a = 0; a < values.size(); ++a)
      for (std::size_t b = 0; b < values.size(); ++b) {
        if (a == b) continue;
        const auto lone = values[a].docs(), many = values[b].docs();
        if (lone.size() != 1 || many.size() < 2 || !undated_in(values[a]) || !undated_in(values[b])) continue;
        if (!std::binary_search(many.begin(), many.end(), lone.front())) return true;
      }
    return false;
  }

  static bool undated_in(const Cluster& c) {
    return std::any_of(c.items.begin(), c.items.end(), [](const Item* i) { return i->claim->as_of.empty(); });
  }

  // Whether differing values read as one value replacing another: in as-of
  // order each value's claims come in one run, and every change waits at
  // least the attribute's settle_days after the last claim of the value
  // before.  A price page saying $10 two days after another said $15, or
  // $15 again after $10, is a disagreement, not a price change.
  bool changes_in_time(const std::vector<Cluster>& clusters) const {
    std::vector<std::pair<int64_t, std::size_t>> dated;  // (day, cluster)
    for (std::size_t k = 0; k < clusters.size(); ++k)
      for (const Item* i : clusters[k].items) {
        int64_t day = 0;
        if (!parse_iso_date(i->claim->as_of, day)) return true;  // unknown dates: say what changed
        dated.emplace_back(day, k);
      }
    std::sort(dated.begin(), dated.end());
    const int settle = attribute_info(key().attribute).settle_days;
    std::set<std::size_t> done;
    for (std::size_t n = 1; n < dated.size(); ++n) {
      if (dated[n].second == dated[n - 1].second) continue;
      if (dated[n].first == dated[n - 1].first) return true;  // a same-day conflict: reported as such
      if (!done.insert(dated[n - 1].second).second || done.count(dated[n].second)) return false;  // back again
      if (dated[n].first - dated[n - 1].first < settle) return false;
      if (key().attribute == "age" && !ages_apart(clusters[dated[n - 1].second], clusters[dated[n].second],
                                                  dated[n].first - dated[n - 1].first))
        return false;
      if (rose_but_only_falls(clusters[dated[n - 1].second], clusters[dated[n].second])) return false;
    }
    return true;
  }

  // A person's age only grows, by one a year: "22" on one date and "25" a
  // year later, or "40" then "39", is no birthday but a disagreement.
  static bool ages_apart(const Cluster& earlier, const Cluster& later, int64_t days) {
    const double grew = later.rep->claim->value.value - earlier.rep->claim->value.value;
    return grew >= 0 && grew <= static_cast<double>(days) / 365.2425 + 1;
  }

  // A list price told higher on a later page than on earlier ones, for an
  // attribute whose values only fall: no cut, so a disagreement.
  bool rose_but_only_falls(const Cluster& earlier, const Cluster& later) const {
    return attribute_info(key().attribute).only_falls && later.common.lo > earlier.common.hi;
  }

  // The clusters of changes_in_time's failures: a change sooner than
  // settle_days after the value before, or a value told again after another.
  std::vector<Cluster> too_soon(const std::vector<Cluster>& clusters) const {
    std::vector<std::pair<int64_t, std::size_t>> dated;  // (day, cluster)
    for (std::size_t k = 0; k < clusters.size(); ++k)
      for (const Item* i : clusters[k].items) {
        int64_t day = 0;
        if (!parse_iso_date(i->claim->as_of, day)) return clusters;
        dated.emplace_back(day, k);
      }
    std::sort(dated.begin(), dated.end());
    const int settle = attribute_info(key().attribute).settle_days;
    std::set<std::size_t> done, involved;
    for (std::size_t n = 1; n < dated.size(); ++n) {
      if (dated[n].second == dated[n - 1].second) continue;
      const bool back = !done.insert(dated[n - 1].second).second || done.count(dated[n].second);
      if (back || dated[n].first == dated[n - 1].first || dated[n].first - dated[n - 1].first < settle ||
          (key().attribute == "age" && !ages_apart(clusters[dated[n - 1].second], clusters[dated[n].second],
                                                    dated[n].first - dated[n - 1].first)) ||
          rose_but_only_falls(clusters[dated[n - 1].second], clusters[dated[n].second])) {
        involved.insert(dated[n - 1].second);
        involved.insert(dated[n].second);
      }
    }
    std::vector<Cluster> out;
    for (std::size_t k : involved) out.push_back(clusters[k]);
    return out;
  }

  // Every value told by its own kind of source ("police said 5,000",
  // "organisers put it at 20,000"), no kind behind two values: the outlets
  // report the sources' disagreement faithfully, they do not disagree.
  static bool told_by_different_sources(const std::vector<Cluster>& clusters) {
    std::set<std::string> seen;
    for (const Cluster& c : clusters) {
      std::set<std::string> own;
      for (const Item* i : c.items) {
        auto it = i->claim->qualifiers.find(std::string(kSourceQualifier));
        if (it == i->claim->qualifiers.end()) return false;
        own.insert(it->second);
      }
      for (const std::string& s : own)
        if (!seen.insert(s).second) return false;
    }
    return true;
  }

  void different_sources(const std::vector<Cluster>& clusters) {
    FindingBuilder b(FindingKind::not_comparable, key());
    std::vector<std::string> parts;
    for (const Cluster& c : clusters) {
      b.add(c.items);
      b.support(c);
      std::set<std::string> sources;
      for (const Item* i : c.items) sources.insert(i->claim->qualifiers.at(std::string(kSourceQualifier)));
      parts.push_back(b.says(c) + " (from " + join(std::vector<std::string>(sources.begin(), sources.end()), ", ") + ")");
    }
    out_.push_back(b.finish(join(parts, ", ") + ": told by different sources, not a disagreement between the documents"));
  }

  void agreement(const Cluster& c) {
    FindingBuilder b(FindingKind::agreement, key());
    b.add(c.items);
    b.support(c);
    const std::size_t n = c.docs().size();
    out_.push_back(b.finish(b.says(c) + ": " + std::to_string(n) + " documents agree"));
  }

  void conflict(const std::vector<Cluster>& all, const std::string& as_of, const std::string& note = "") {
    const std::vector<Cluster> clusters = is_time_varying(key().attribute) ? own_sources(all) : all;
    if (clusters.size() < 2) {  // what is left of the pages' current values agrees
      if (clusters.size() == 1 && clusters.front().docs().size() > 1) agreement(clusters.front());
      return;
    }
    std::set<std::string> docs;
    for (const Cluster& c : clusters)
      for (const auto& d : c.docs()) docs.insert(d);
    if (docs.size() < 2) return;  // one document is one source: two values in it are two facts
    FindingBuilder b(FindingKind::conflict, key());
    for (const Cluster& c : clusters) b.add(c.items);
    std::vector<std::string> parts;
    for (const Cluster& c : clusters) {
      b.support(c);
      parts.push_back(b.says(c));
    }
    std::string text = join(parts, ", ") + ": ";
    text += clusters.size() == 2 ? distance(clusters[0], clusters[1])
                                 : std::to_string(clusters.size()) + " different values";
    if (!as_of.empty()) text += ", all as of " + as_of;
    out_.push_back(b.finish(text + note));
  }

  void changed_over_time(const std::vector<const Item*>& items) {
    FindingBuilder b(FindingKind::changed_over_time, key());
    b.add(items);
    std::map<std::string, std::vector<const Item*>> by_as_of;
    std::vector<const Item*> unknown;
    for (const Item* i : items) (i->claim->as_of.empty() ? unknown : by_as_of[i->claim->as_of]).push_back(i);
    std::vector<std::string> parts;
    for (const auto& [date, same_day] : by_as_of) {
      for (const Cluster& c : cluster(same_day)) {
        b.support(c);
        parts.push_back(b.says(c) + " (as of " + date + ")");
      }
    }
    std::vector<std::string> undated;
    for (const Cluster& c : cluster(unknown)) {
      b.support(c);
      parts.push_back(b.says(c) + " (as-of date unknown)");
      for (const auto& d : c.docs()) undated.push_back(b.name(d));
    }
    std::string text = join(parts, "; ");
    if (undated.empty())
      text += ": changed over time, not a conflict";
    else
      text += ": values from different times, not a conflict; " + join(undated, ", ") +
              (undated.size() == 1 ? " gives" : " give") + " no as-of date";
    out_.push_back(b.finish(text));
  }

  // A plan is followed by what happened: in one story, "the state will pay
  // $2.6 million" told no earlier than another outlet's "has agreed to pay
  // $3.1 million" is the same announcement told two ways, not a plan and its
  // outcome.  Plans of an event that no later statement follows are compared
  // as statements (estimates and rumours stay what they are).
  void told_with_the_outcome(std::vector<const Item*>& expected, std::vector<const Item*>& actual) const {
    if (!attribute_info(key().attribute).event || actual.empty()) return;
    std::string last_actual;
    for (const Item* i : actual) {
      if (i->claim->as_of.empty()) return;
      last_actual = std::max(last_actual, i->claim->as_of);
    }
    std::vector<const Item*> still_expected;
    for (const Item* i : expected)
      (i->claim->modality == Modality::plan && !i->claim->as_of.empty() && i->claim->as_of >= last_actual ? actual : still_expected)
          .push_back(i);
    expected = std::move(still_expected);
  }

  // Two outlets announcing different plans for one event ("will cut 900 jobs",
  // "plans to cut 1,200 jobs") disagree with each other, whatever a third says
  // happened.  Plans only: estimates and rumours differ by nature.
  void plans_of_sources(const std::vector<const Item*>& expected) {
    if (!attribute_info(key().attribute).event) return;
    std::map<std::string, std::map<std::string, std::vector<const Item*>>> classes;
    for (const Item* i : expected)
      if (i->claim->modality == Modality::plan) classes[i->a.dimension][i->a.currency].push_back(i);
    for (const auto& [dimension, by_currency] : classes)
      for (const auto& [currency, items] : by_currency) {
        std::set<std::string> docs;
        for (const Item* i : items) docs.insert(i->claim->doc);
        if (docs.size() >= 2) values(items, /*agreements=*/false);
      }
  }

  void plan_vs_actual(const std::vector<const Item*>& expected, const std::vector<const Item*>& actual) {
    FindingBuilder b(FindingKind::plan_vs_actual, key());
    std::set<std::string> planned_dimensions;
    for (const Item* i : expected) planned_dimensions.insert(i->a.dimension + '\x1f' + i->a.currency);
    std::vector<const Item*> comparable;
    for (const Item* i : actual)
      if (planned_dimensions.count(i->a.dimension + '\x1f' + i->a.currency)) comparable.push_back(i);
    if (comparable.empty()) comparable = actual;
    b.add(expected);
    b.add(comparable);

    std::vector<std::string> parts;
    const auto plans = cluster(expected);
    for (const Cluster& c : plans) {
      b.support(c);
      const Modality m = c.rep->claim->modality;
      const char* verb = m == Modality::plan ? "planned" : m == Modality::reported ? "reported beforehand" : "expected";
      parts.push_back(b.says(c, verb, verb));
    }
    const auto actuals = cluster(comparable);
    const Cluster* main = nullptr;
    for (const Cluster& c : actuals) {
      b.support(c);
      parts.push_back(b.says(c));
      if (!main || c.docs().size() > main->docs().size()) main = &c;
    }
    std::string text = join(parts, ", ") + ": " + outcome(plans.front(), *main);
    out_.push_back(b.finish(text));
  }

  // How what happened compares with the (first) plan.
  static std::string outcome(const Cluster& plan, const Cluster& actual) {
    const Aligned& p = plan.rep->a;
    const Aligned& a = actual.rep->a;
    const bool is_plan = plan.rep->claim->modality == Modality::plan;
    const char* as = is_plan ? "as planned" : "as expected";
    if (p.dimension != a.dimension || p.currency != a.currency) return "not in the same unit";
    if (p.interval.overlaps(a.interval)) return as;
    const bool later = a.interval.lo > p.interval.hi;
    if (p.dimension == "date") {
      const long long days = std::llround(gap(p.interval, a.interval));
      return std::to_string(days) + (days == 1 ? " day " : " days ") + (later ? "later" : "earlier") + " than " +
             (is_plan ? "planned" : "expected");
    }
    if (!std::isfinite(p.interval.lo) || !std::isfinite(p.interval.hi) || !std::isfinite(a.interval.lo) ||
        !std::isfinite(a.interval.hi))
      return std::string("outside what was ") + (is_plan ? "planned" : "expected");
    const double pm = midpoint(p.interval), am = midpoint(a.interval);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f%% %s than %s", std::fabs(am - pm) / std::fabs(pm) * 100,
                  later ? "higher" : "lower", is_plan ? "planned" : "expected");
    return buf;
  }

  static std::string join(const std::vector<std::string>& parts, const char* sep) {
    std::string s;
    for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? sep : "") + parts[i];
    return s;
  }

  std::vector<Item> items_;
  std::vector<PendingFinding>& out_;
};

using base::fnv1a;

}  // namespace

void widen_by_convention(const Claim& c, Interval* iv) {
  const AttributeInfo& info = attribute_info(c.attribute);
  // Token counts are written in decimal or binary thousands: a "256K" context
  // is 256,000 or 262,144 tokens, "1M" is 1,000,000 or 1,048,576.
  if (info.family == "tokens" && c.value.value >= 1000) {
    const double v = c.value.value;
    if (std::fmod(v, 1e6) == 0) iv->hi = std::max(iv->hi, v * 1.048576 + 0.5);
    else if (std::fmod(v, 1e3) == 0) iv->hi = std::max(iv->hi, v * 1.024 + 0.5);
  }
  if (info.tolerance > 0) {
    // Slack from the finite ends only: "more than 60,000" has no upper end,
    // and an infinite slack would make it agree with anything.
    auto finite = [](double x) { return std::isfinite(x) ? std::fabs(x) : 0.0; };
    const double slack = info.tolerance * std::max(finite(iv->lo), finite(iv->hi));
    iv->lo -= slack;
    iv->hi += slack;
  }
}

Severity severity_of(FindingKind kind) {
  switch (kind) {
    case FindingKind::conflict: return Severity::error;
    case FindingKind::unit_mismatch: return Severity::warning;
    default: return Severity::info;
  }
}

bool is_time_varying(const std::string& attribute) {
  return attribute_info(attribute).over_time == OverTime::varies;
}

std::string fingerprint_from(const Finding& f, std::string_view salt, char separator,
                             const std::set<std::string>& parts) {
  std::string material = std::string(salt) + to_string(f.kind) + '\0' + f.subject + '\0' + f.attribute + '\0';
  for (const auto& [k, v] : f.qualifiers) material += k + '=' + v + '\x1e';
  for (const auto& part : parts) material += separator + part;
  return base::hex64(fnv1a(material));
}

std::string fingerprint(const Finding& f) {
  std::set<std::string> values;
  for (const Support& s : f.support) values.insert(s.value);
  return fingerprint_from(f, "", '\0', values);
}

// A day whose year the text did not write ("June 17", year=unstated) compares
// by day and month: its interval moves to one fixed (leap) year.
void same_year(Interval* days) {
  if (!std::isfinite(days->lo) || !std::isfinite(days->hi)) return;
  int y = 0, m = 0, d = 0;
  base::civil_from_days(static_cast<int64_t>(days->lo), y, m, d);
  const double shift = static_cast<double>(base::days_from_civil(2000, static_cast<unsigned>(m), static_cast<unsigned>(d))) - std::floor(days->lo);
  days->lo += shift;
  days->hi += shift;
}

// The key claims are compared under: group_key without who told the figure.
std::string comparison_key(const Claim& c) {
  if (!c.qualifiers.count(std::string(kSourceQualifier))) return group_key(c);
  Claim k;
  k.subject = c.subject;
  k.attribute = c.attribute;
  k.qualifiers = c.qualifiers;
  k.qualifiers.erase(std::string(kSourceQualifier));
  return group_key(k);
}

// Claims whose keys differ only in the attribute's soft qualifiers, when no
// document gives two of those keys, are one fact told in other words: they
// are compared as one, without the soft qualifiers.  Returns copies to compare
// (empty when nothing merges).
std::vector<Claim> merge_soft_keys(const std::vector<Claim>& claims) {
  if (claims.empty()) return {};
  const AttributeInfo& info = attribute_info(claims.front().attribute);
  if (info.soft.empty()) return {};
  auto hard = [&](Claim c) {
    for (const std::string& q : info.soft) c.qualifiers.erase(q);
    return c;
  };
  // Keys as compared: who told a figure keys nothing (comparison_key).
  std::map<std::string, std::map<std::string, std::set<std::string>>> keys_of_doc;  // hard key -> doc -> full keys
  for (const Claim& c : claims) keys_of_doc[comparison_key(hard(c))][c.doc].insert(comparison_key(c));
  std::set<std::string> mergeable;
  for (const auto& [hard_key, docs] : keys_of_doc) {
    std::set<std::string> full;
    bool one_each = true;
    for (const auto& [doc, keys] : docs) {
      one_each &= keys.size() == 1;
      full.insert(keys.begin(), keys.end());
    }
    if (one_each && full.size() > 1) mergeable.insert(hard_key);
  }
  if (mergeable.empty()) return {};
  std::vector<Claim> out;
  out.reserve(claims.size());
  for (const Claim& c : claims) {
    Claim h = hard(c);
    out.push_back(mergeable.count(comparison_key(h)) ? std::move(h) : c);
  }
  return out;
}

namespace {

// "Meridian, which raised $800 million in January" names no round, but the
// pages that name one say a Series C closed that month: the amount is that
// round's.  A funding claim without a round takes the one round other claims
// of the subject date to the same month, when exactly one does.
// Returns the claims with those rounds set, or nothing when none is (most
// groups: no copy).
std::vector<Claim> rounds_by_month(const std::vector<Claim>& claims) {
  if (claims.empty() || claims.front().attribute != "funding") return {};
  std::map<std::string, std::set<std::string>> rounds;  // "YYYY-MM" -> rounds dated then
  for (const Claim& c : claims)
    if (auto r = c.qualifiers.find("round"); r != c.qualifiers.end() && c.as_of.size() >= 7)
      rounds[c.as_of.substr(0, 7)].insert(r->second);
  if (rounds.empty()) return {};
  std::vector<Claim> out(claims);
  for (Claim& c : out) {
    if (c.attribute != "funding" || c.qualifiers.count("round") || c.as_of.size() < 7) continue;
    if (auto it = rounds.find(c.as_of.substr(0, 7)); it != rounds.end() && it->second.size() == 1)
      c.qualifiers["round"] = *it->second.begin();
  }
  return out;
}

// "40 cars were involved" and "40 cars crashed on Saturday" in two reports of
// one story: the day keys a count only against another day ("two killed on
// Sunday" is part of "three over the weekend").  A count without a day takes
// the one day the other claims of its key give, when they give exactly one.
// Returns the claims with those days set, or nothing when none is.
std::vector<Claim> one_day_for_all(const std::vector<Claim>& claims) {
  if (claims.empty()) return {};
  const AttributeInfo& info = attribute_info(claims.front().attribute);
  if (!info.event || info.family != "count") return {};
  auto without_day = [](Claim c) {
    c.qualifiers.erase("day");
    return comparison_key(c);
  };
  std::map<std::string, std::set<std::string>> days;  // key without the day -> days given
  bool some_without = false;
  for (const Claim& c : claims) {
    auto d = c.qualifiers.find("day");
    if (d == c.qualifiers.end()) some_without = true;
    else days[without_day(c)].insert(d->second);
  }
  if (!some_without || days.empty()) return {};
  std::vector<Claim> out(claims);
  bool changed = false;
  for (Claim& c : out) {
    if (c.qualifiers.count("day")) continue;
    if (auto it = days.find(without_day(c)); it != days.end() && it->second.size() == 1) {
      c.qualifiers["day"] = *it->second.begin();
      changed = true;
    }
  }
  return changed ? out : std::vector<Claim>{};
}

// The findings with their claims: each claim copied, or moved on its last
// use when `movable` (the claims may be taken from: an agreement holds every
// claim of its cluster, and copying them all was a good part of a report's
// time).
std::vector<Finding> take_claims(std::vector<PendingFinding>& pending, bool movable) {
  std::unordered_map<const Claim*, int> uses;
  for (const PendingFinding& p : pending)
    for (const Claim* c : p.claims) ++uses[c];
  std::vector<Finding> out;
  out.reserve(pending.size());
  for (PendingFinding& p : pending) {
    Finding& f = out.emplace_back(std::move(p.finding));
    f.claims.reserve(p.claims.size());
    for (const Claim* c : p.claims) {
      if (--uses[c] == 0 && movable) f.claims.push_back(std::move(*const_cast<Claim*>(c)));
      else f.claims.push_back(*c);
    }
  }
  return out;
}

// compare_group over `given`; `given_movable`: its claims may be moved from.
std::vector<Finding> compare_claims(const std::vector<Claim>& given, bool given_movable) {
  std::vector<Claim> dated = rounds_by_month(given);
  const std::vector<Claim>& by_round = dated.empty() ? given : dated;
  std::vector<Claim> one_day = one_day_for_all(by_round);
  const std::vector<Claim>& base = one_day.empty() ? by_round : one_day;
  std::vector<Claim> merged = merge_soft_keys(base);
  const std::vector<Claim>& claims = merged.empty() ? base : merged;
  // Full key -> its claims; a map keeps the output in key order.
  std::map<std::string, std::vector<Item>> groups;
  for (const Claim& c : claims) {
    Item item{&c, align(c.value)};
    if (std::isnan(item.a.interval.lo) || std::isnan(item.a.interval.hi)) continue;  // nothing to compare
    if (auto y = c.qualifiers.find("year"); y != c.qualifiers.end() && y->second == "unstated" && c.value.is_date())
      same_year(&item.a.interval);
    widen_by_convention(c, &item.a.interval);
    groups[comparison_key(c)].push_back(std::move(item));
  }
  std::vector<PendingFinding> out;
  for (auto& [key, items] : groups) {
    const std::size_t first = out.size();
    GroupComparer(std::move(items), out).run();
    std::stable_sort(out.begin() + first, out.end(), [](const PendingFinding& a, const PendingFinding& b) {
      return a.finding.kind < b.finding.kind;
    });
  }
  // The claims compared are copies made here, or `given` itself.
  const bool copies = &claims != &given;
  return take_claims(out, copies || given_movable);
}

}  // namespace

std::vector<Finding> compare_group(const std::vector<Claim>& claims) { return compare_claims(claims, false); }

std::vector<Finding> compare_group(std::vector<Claim>&& claims) { return compare_claims(claims, true); }

}  // namespace claimcheck::check
