// A rate written once for a list of prices; see shared_rate.h.
#include "claims/shared_rate.h"

#include <optional>
#include <string>
#include <tuple>

namespace claimcheck::claims {
namespace {

bool bare_price(const Claim& c) {
  return c.attribute == "price" && c.value.kind == QuantityKind::money && c.value.per == 0 &&
         !c.qualifiers.count("direction");
}

}  // namespace

void share_rate(std::vector<Claim>* claims) {
  for (Claim& c : *claims) {
    if (!bare_price(c)) continue;
    // The rate every other model's price of the sentence has, if one.
    std::optional<std::tuple<double, std::string, std::string, std::string>> rate;  // per, unit, direction, currency
    bool one = true;
    for (const Claim& o : *claims) {
      if (&o == &c || o.attribute != "price" || o.value.kind != QuantityKind::money || o.value.per == 0) continue;
      if (o.subject == c.subject || o.begin < c.begin) {  // the rate is written once, after the list
        one = false;  // or the model's own price: the bare one is some other price of it
        break;
      }
      auto d = o.qualifiers.find("direction");
      auto r = std::make_tuple(o.value.per, o.value.per_unit, d == o.qualifiers.end() ? std::string() : d->second, o.value.unit);
      if (rate && *rate != r) one = false;
      rate = r;
    }
    if (!one || !rate || std::get<3>(*rate) != c.value.unit) continue;
    c.value.per = std::get<0>(*rate);
    c.value.per_unit = std::get<1>(*rate);
    if (!std::get<2>(*rate).empty()) c.qualifiers["direction"] = std::get<2>(*rate);
  }
}

}  // namespace claimcheck::claims
