// The table of measure units; see claimcheck/measures.h.
#include "claimcheck/measures.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace claimcheck {

const MeasureUnit* measure_unit(std::string_view written) {
  // Each unit's spellings, singular and plural, share one row's meaning.
  struct Row {
    MeasureUnit unit;
    std::initializer_list<std::string_view> spellings;
  };
  static const std::map<std::string, MeasureUnit, std::less<>> units = [] {
    const Row rows[] = {
        {{"length", 1, "meter", "meters"}, {"meter", "meters"}},
        {{"length", 1, "metre", "metres"}, {"metre", "metres"}},
        {{"length", 1, "m", "m"}, {"m"}},
        {{"length", 1000, "km", "km"}, {"km"}},
        {{"length", 1000, "kilometer", "kilometers"}, {"kilometer", "kilometers"}},
        {{"length", 1000, "kilometre", "kilometres"}, {"kilometre", "kilometres"}},
        {{"length", 0.01, "cm", "cm"}, {"cm"}},
        {{"length", 0.01, "centimeter", "centimeters"}, {"centimeter", "centimeters"}},
        {{"length", 0.01, "centimetre", "centimetres"}, {"centimetre", "centimetres"}},
        {{"length", 0.001, "mm", "mm"}, {"mm"}},
        {{"length", 0.001, "millimeter", "millimeters"}, {"millimeter", "millimeters"}},
        {{"length", 0.001, "millimetre", "millimetres"}, {"millimetre", "millimetres"}},
        {{"length", 0.3048, "foot", "feet"}, {"foot", "feet", "ft"}},
        {{"length", 0.0254, "inch", "inches"}, {"inch", "inches", "in"}},
        {{"length", 1609.344, "mile", "miles"}, {"mile", "miles"}},
        {{"mass", 1, "kg", "kg"}, {"kg"}},
        {{"mass", 1, "kilogram", "kilograms"}, {"kilogram", "kilograms", "kilogramme", "kilogrammes"}},
        {{"mass", 0.001, "gram", "grams"}, {"g", "gram", "grams"}},
        {{"mass", 0.45359237, "pound", "pounds"}, {"pound", "pounds", "lb", "lbs"}},
        {{"mass", 0.028349523, "ounce", "ounces"}, {"ounce", "ounces", "oz"}},
        {{"mass", 1000, "tonne", "tonnes"}, {"tonne", "tonnes"}},
        {{"mass", 907.18474, "ton", "tons"}, {"ton", "tons"}},
        {{"area", 4046.8564224, "acre", "acres"}, {"acre", "acres"}},
        {{"area", 10000, "hectare", "hectares"}, {"hectare", "hectares", "ha"}},
        {{"area", 2589988.110336, "square mile", "square miles"}, {"square mile", "square miles", "sq mi", "sq. mi", "sq mile", "sq miles", "sq. miles", "sqmi"}},
        {{"area", 1e6, "square kilometre", "square kilometres"},
         {"square kilometre", "square kilometres", "square kilometer", "square kilometers", "square km", "sq km", "sq. km", "sqkm", "km2", "km\u00b2"}},
        {{"area", 0.09290304, "square foot", "square feet"}, {"square foot", "square feet", "sq ft", "sq. ft", "sqft"}},
        {{"area", 1, "square metre", "square metres"},
         {"square metre", "square metres", "square meter", "square meters", "sq m", "sq. m", "m2", "m\u00b2"}},
        {{"temperature", 1, "°C", "°C"}, {"°c", "celsius", "degrees celsius", "centigrade"}},
        {{"temperature", 5.0 / 9.0, "°F", "°F", -160.0 / 9.0}, {"°f", "fahrenheit", "degrees fahrenheit"}},
        {{"speed", 1.609344, "mph", "mph"}, {"mph"}},
        {{"speed", 1, "km/h", "km/h"}, {"km/h"}},
        {{"speed", 1.852, "knot", "knots"}, {"knot", "knots"}},
    };
    std::map<std::string, MeasureUnit, std::less<>> m;
    for (const Row& r : rows)
      for (std::string_view s : r.spellings) m.emplace(std::string(s), r.unit);
    return m;
  }();
  std::string lower(written);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  auto it = units.find(lower);
  return it == units.end() ? nullptr : &it->second;
}

}  // namespace claimcheck
