// The store-facing side of conflict detection: walking groups, filtering, and
// comparing new claims against what is stored.
#include "check/find.h"

#include <algorithm>
#include <map>
#include <set>

#include "check/compare.h"

namespace claimcheck::check {

bool Filter::accepts(const Finding& f) const {
  if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end()) return false;
  if (!subject.empty() && f.subject != subject) return false;
  if (!attribute.empty() && f.attribute != attribute) return false;
  return f.severity >= min_severity;
}

namespace {

void keep_accepted(std::vector<Finding>&& found, const Filter& filter, const std::function<void(Finding&&)>& sink) {
  for (Finding& f : found)
    if (filter.accepts(f)) sink(std::move(f));
}

}  // namespace

void find_conflicts(const store::Store& store, const Filter& filter, const std::function<void(Finding&&)>& sink) {
  find_conflicts(store, filter, sink, [](const std::vector<Claim>&) {});
}

bool find_conflicts(const store::Store& store, const Filter& filter, const std::function<void(Finding&&)>& sink,
                    const std::function<void(const std::vector<Claim>&)>& each_group) {
  if (!filter.subject.empty() && !filter.attribute.empty()) {
    keep_accepted(compare_group(store.claims_about(filter.subject, filter.attribute)), filter, sink);
    return false;
  }
  store.for_each_group([&](std::vector<Claim>& group) {
    each_group(group);
    if (group.empty()) return;
    if (!filter.subject.empty() && group.front().subject != filter.subject) return;
    if (!filter.attribute.empty() && group.front().attribute != filter.attribute) return;
    keep_accepted(compare_group(std::move(group)), filter, sink);
  });
  return true;
}

std::vector<Finding> find_conflicts(const store::Store& store, const Filter& filter) {
  std::vector<Finding> out;
  find_conflicts(store, filter, [&](Finding&& f) { out.push_back(std::move(f)); });
  return out;
}

std::vector<Finding> compare_new(const store::Store& store, const std::vector<Claim>& fresh, const Filter& filter) {
  std::map<std::pair<std::string, std::string>, std::vector<Claim>> by_key;
  std::set<std::string> fresh_docs, fresh_ids;
  for (const Claim& c : fresh) {
    by_key[{c.subject, c.attribute}].push_back(c);
    fresh_docs.insert(c.doc);
    fresh_ids.insert(c.id);
  }
  std::vector<Finding> out;
  for (auto& [key, claims] : by_key) {
    if (!filter.subject.empty() && key.first != filter.subject) continue;
    if (!filter.attribute.empty() && key.second != filter.attribute) continue;
    for (Claim& stored : store.claims_about(key.first, key.second))
      if (!fresh_docs.count(stored.doc)) claims.push_back(std::move(stored));
    for (Finding& f : compare_group(claims)) {
      const bool involves_fresh = std::any_of(f.claims.begin(), f.claims.end(), [&](const Claim& c) {
        return fresh_docs.count(c.doc) && fresh_ids.count(c.id);
      });
      if (involves_fresh && filter.accepts(f)) out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace claimcheck::check
