#pragma once
// Units of length, mass, speed, area and temperature, as articles write them
// ("26,291 feet", "17 pounds", "140 mph", "15,000 acres", "108 °F").  One table for the three places that need it: the
// news pack keeps the unit written (claims/news_subjects.cc), comparison
// converts to metres, kilograms, km/h, square metres and degrees Celsius (check/align.cc), and display writes
// the unit's singular or plural (model/display_text.cc).
//
//   measure_unit("Inches")->dimension == "length", ->factor == 0.0254
#include <string_view>

namespace claimcheck {

struct MeasureUnit {
  std::string_view dimension;  // "length" (metres), "mass" (kg), "speed" (km/h), "area" (m²), "temperature" (°C)
  double factor;               // base units in one of this unit
  std::string_view singular;   // "foot", "km"
  std::string_view plural;     // "feet", "km"
  double offset = 0;           // added after the factor: Fahrenheit to Celsius is affine
};

// The unit as written, any case; nullptr for anything else.
const MeasureUnit* measure_unit(std::string_view unit);

}  // namespace claimcheck
