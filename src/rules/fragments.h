#pragma once
// Expanding {name} references in rule patterns into RE2 syntax.
//
// Built-in fragments match placeholders and capture their index:
//   {money} {number} {percent} {date} {duration}  one quantity of that kind
//   {time} {age}                                   a clock time ("8:30 a.m."), an age ("a 29-year-old")
//   {quantity}                                     money, number, percent, date or duration
//   {subject}                                      a recognised name (model, company...)
//   {benchmark}                                    a recognised benchmark name
//   {gap}                                          up to 60 characters with no placeholder or ';'
// A value fragment may name the counted noun it needs: {number:parameters},
// {number:tokens|words}, {money:USD}; an empty alternative also accepts none:
// {number:parameters|}.
// Pack fragments (the "fragments" object of any rules file) are plain pieces
// of pattern ("(?:released|launched)") or qualifier captures
// ({"pattern": "input|output", "capture": "direction"}).
//
// A fragment used twice gets numbered groups: the first {money} captures as
// "money", the second as "money_2".  "{2}" and "{1,3}" stay RE2 repetitions.
#include <map>
#include <string>
#include <vector>

#include "rules/rule.h"

namespace claimcheck::rules {

struct Expansion {
  std::string pattern;                     // RE2 syntax
  std::vector<std::string> value_groups;   // value slots in order: "money", "date_2"...
  std::map<std::string, std::string> group_fragment;  // group name -> fragment name
};

// Throws std::invalid_argument naming an unknown fragment or a cycle.
Expansion expand_fragments(const std::string& pattern, const std::map<std::string, Fragment>& fragments);

// The quantity kinds a built-in value fragment accepts ({quantity}: all).
std::vector<std::string> kinds_of_value_fragment(const std::string& fragment);
bool is_value_fragment(const std::string& name);

// "money_2" -> "money".
std::string group_base(const std::string& group);

}  // namespace claimcheck::rules
