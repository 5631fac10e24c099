// The value layer's word lists.  Data only: add a word here and every
// recogniser that uses the list picks it up.
#include "values/lexicon.h"

#include "base/calendar.h"

#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace claimcheck::values {

namespace {

template <typename T>
using Table = std::unordered_map<std::string_view, T>;

const Table<double>& number_words() {
  static const Table<double> t = {
      {"zero", 0},       {"one", 1},        {"two", 2},          {"three", 3},       {"four", 4},
      {"five", 5},       {"six", 6},        {"seven", 7},        {"eight", 8},       {"nine", 9},
      {"ten", 10},       {"eleven", 11},    {"twelve", 12},      {"thirteen", 13},   {"fourteen", 14},
      {"fifteen", 15},   {"sixteen", 16},   {"seventeen", 17},   {"eighteen", 18},   {"nineteen", 19},
      {"twenty", 20},    {"thirty", 30},    {"forty", 40},       {"fourty", 40},     {"fifty", 50},
      {"sixty", 60},     {"seventy", 70},   {"eighty", 80},      {"ninety", 90},     {"hundred", 100},
      {"dozen", 12},     {"score", -1},
  };
  return t;
}

// Counted nouns: every form maps to the canonical (plural) form reported as
// the unit.  Keep this list as data: one noun per entry, singular and plural.
const char* const kUnitNouns[][2] = {
    {"parameter", "parameters"}, {"token", "tokens"},       {"user", "users"},
    {"word", "words"},           {"person", "people"},      {"people", "people"},
    {"employee", "employees"},   {"download", "downloads"}, {"customer", "customers"},
    {"subscriber", "subscribers"}, {"developer", "developers"}, {"gpu", "gpus"},
    {"chip", "chips"},           {"card", "cards"},         {"server", "servers"},
    {"image", "images"},         {"video", "videos"},       {"query", "queries"},
    {"request", "requests"},     {"call", "calls"},         {"message", "messages"},
    {"character", "characters"}, {"page", "pages"},         {"line", "lines"},
    {"file", "files"},           {"document", "documents"}, {"language", "languages"},
    {"model", "models"},         {"company", "companies"},  {"unit", "units"},
    {"device", "devices"},       {"vehicle", "vehicles"},   {"car", "cars"},
    {"phone", "phones"},         {"smartphone", "smartphones"}, {"share", "shares"},
    {"star", "stars"},           {"follower", "followers"}, {"view", "views"},
    {"visitor", "visitors"},     {"student", "students"},   {"patient", "patients"},
    {"case", "cases"},           {"death", "deaths"},       {"job", "jobs"},
    {"worker", "workers"},       {"store", "stores"},       {"country", "countries"},
    {"city", "cities"},          {"step", "steps"},         {"layer", "layers"},
    {"expert", "experts"},       {"head", "heads"},         {"dimension", "dimensions"},
    {"sample", "samples"},       {"example", "examples"},   {"question", "questions"},
    {"task", "tasks"},           {"benchmark", "benchmarks"}, {"vote", "votes"},
    {"seat", "seats"},           {"member", "members"},     {"account", "accounts"},
    {"app", "apps"},             {"application", "applications"}, {"website", "websites"},
    {"site", "sites"},           {"order", "orders"},       {"transaction", "transactions"},
    {"barrel", "barrels"},       {"ton", "tons"},           {"tonne", "tonnes"},
    {"kilometer", "kilometers"}, {"kilometre", "kilometres"}, {"mile", "miles"},
    {"meter", "meters"},         {"metre", "metres"},       {"gigawatt", "gigawatts"},
    {"megawatt", "megawatts"},   {"watt", "watts"},         {"installation", "installations"},
    {"enterprise", "enterprises"}, {"client", "clients"},   {"partner", "partners"},
    {"agent", "agents"},         {"researcher", "researchers"}, {"engineer", "engineers"},
    {"staff", "staff"},          {"household", "households"}, {"resident", "residents"},
    {"citizen", "citizens"},     {"player", "players"},     {"game", "games"},
    {"song", "songs"},           {"book", "books"},         {"article", "articles"},
    {"post", "posts"},           {"comment", "comments"},   {"review", "reviews"},
    {"rating", "ratings"},       {"install", "installs"},   {"session", "sessions"},
    {"search", "searches"},      {"prompt", "prompts"},     {"conversation", "conversations"},
    {"paper", "papers"},         {"patent", "patents"},     {"product", "products"},
    {"feature", "features"},     {"plugin", "plugins"},     {"repository", "repositories"},
    {"repo", "repos"},           {"contributor", "contributors"}, {"node", "nodes"},
    {"core", "cores"},           {"accelerator", "accelerators"}, {"wafer", "wafers"},
    {"transistor", "transistors"}, {"datacenter", "datacenters"}, {"factory", "factories"},
    {"plant", "plants"},         {"branch", "branches"},    {"office", "offices"},
    {"school", "schools"},       {"hospital", "hospitals"}, {"bed", "beds"},
    {"home", "homes"},           {"house", "houses"},       {"apartment", "apartments"},
    {"ticket", "tickets"},       {"passenger", "passengers"}, {"flight", "flights"},
    {"trip", "trips"},           {"ride", "rides"},         {"delivery", "deliveries"},
    {"package", "packages"},     {"parcel", "parcels"},     {"item", "items"},
    {"listing", "listings"},     {"merchant", "merchants"}, {"seller", "sellers"},
    {"buyer", "buyers"},         {"shareholder", "shareholders"}, {"investor", "investors"},
    {"startup", "startups"},     {"firm", "firms"},         {"bank", "banks"},
    {"pixel", "pixels"},         {"frame", "frames"},       {"sensor", "sensors"},
    {"camera", "cameras"},       {"robot", "robots"},       {"drone", "drones"},
    {"satellite", "satellites"}, {"rocket", "rockets"},     {"launch", "launches"},
    {"attempt", "attempts"},     {"trial", "trials"},       {"test", "tests"},
    {"point", "points"},         {"vulnerability", "vulnerabilities"}, {"bug", "bugs"},
    {"problem", "problems"},     {"language", "languages"}, {"dataset", "datasets"},
    {"gpu-hour", "gpu-hours"},   {"teraflop", "teraflops"}, {"petaflop", "petaflops"},
    {"exaflop", "exaflops"},     {"flop", "flops"},         {"byte", "bytes"},
    {"gigabyte", "gigabytes"},   {"terabyte", "terabytes"}, {"megabyte", "megabytes"},
    {"petabyte", "petabytes"},   {"kilobyte", "kilobytes"}, {"bit", "bits"},
    {"visit", "visits"},         {"impression", "impressions"}, {"click", "clicks"},
    {"signup", "signups"},       {"sign-up", "sign-ups"},   {"registration", "registrations"},
    {"adult", "adults"},         {"child", "children"},     {"children", "children"},
    {"man", "men"},              {"men", "men"},            {"woman", "women"},
    {"women", "women"},          {"individual", "individuals"}, {"family", "families"},
    {"farmer", "farmers"},       {"teacher", "teachers"},   {"doctor", "doctors"},
    {"nurse", "nurses"},         {"soldier", "soldiers"},   {"troop", "troops"},
    {"refugee", "refugees"},     {"migrant", "migrants"},   {"tourist", "tourists"},
    {"spectator", "spectators"}, {"fan", "fans"},           {"reader", "readers"},
    {"viewer", "viewers"},       {"listener", "listeners"}, {"learner", "learners"},
    {"organization", "organizations"}, {"organisation", "organisations"}, {"institution", "institutions"},
    {"university", "universities"}, {"team", "teams"},      {"brand", "brands"},
    {"variant", "variants"},     {"version", "versions"},   {"release", "releases"},
    {"update", "updates"},       {"episode", "episodes"},   {"chapter", "chapters"},
    {"slide", "slides"},         {"photo", "photos"},       {"picture", "pictures"},
    {"hectare", "hectares"},     {"acre", "acres"},         {"kilogram", "kilograms"},
    {"gram", "grams"},           {"pound-weight", "pounds"}, {"liter", "liters"},
    {"litre", "litres"},         {"gallon", "gallons"},     {"degree", "degrees"},
    {"story", "stories"},        {"storey", "storeys"},     {"floor", "floors"},
};

const char* const kModifiers[] = {
    "total",    "active",   "monthly",   "daily",    "weekly",    "annual",     "new",       "unique",
    "registered", "paying", "paid",      "global",   "input",     "output",     "context",   "training",
    "additional", "more",   "fewer",     "other",    "open-source", "open",     "source",    "free",
    "domestic", "foreign",  "overseas",  "international", "chinese", "american", "enterprise", "business",
    "corporate", "individual", "mobile", "online",   "internet",  "cloud",      "ai",        "h100",
    "nvidia",   "high-end", "advanced",  "full-time", "part-time", "permanent", "current",   "former",
    "existing", "potential", "possible", "unused",   "used",      "cached",     "generated", "processed",
    "trained",  "activated", "visual",   "text",     "image",     "video",      "audio",     "code",
    "reasoning", "compute", "computing", "inference", "retail",   "institutional", "small",  "large",
    "big",      "major",    "key",       "top",      "leading",   "core",       "public",    "private",
    "local",    "regional", "national",  "federal",  "state",     "senior",     "junior",    "young",
    "old",      "elderly",  "frontline", "direct",   "indirect",  "full",       "partial",   "human",
    "real",     "fake",     "distinct",  "different", "separate", "individual", "million",   "billion",
    "token",    "word",     "character", "user",     "developer", "customer",   "data",      "web",
};

const char* const kStopWords[] = {
    "of",    "in",    "on",    "at",    "to",     "for",    "the",    "a",      "an",    "and",   "or",
    "by",    "with",  "from",  "than",  "as",     "is",     "are",    "was",    "were",  "be",    "been",
    "has",   "have",  "had",   "will",  "would",  "that",   "which",  "this",   "these", "those", "its",
    "their", "his",   "her",   "our",   "per",    "into",   "over",   "under",  "about", "after", "before",
    "since", "until", "while", "during", "it",    "they",   "he",     "she",    "we",    "you",   "i",
    "not",   "but",   "so",    "if",    "when",   "where",  "who",    "what",   "each",  "every", "some",
    "such",  "can",   "could", "may",   "might",  "should", "must",   "do",     "does",  "did",   "also",
    "only",  "just",  "than",  "then",  "there",  "here",   "all",    "both",   "either", "via",  "within",
    // "$25 per million versus $30": the word after a bare scale compares, it counts nothing.
    "versus", "vs", "against", "compared", "plus",
};

struct Code {
  const char* written;
  const char* iso;
};
const Code kCodes[] = {
    {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"},
    {"CNH", "CNY"}, {"HKD", "HKD"}, {"TWD", "TWD"}, {"NTD", "TWD"}, {"KRW", "KRW"}, {"INR", "INR"},
    {"AUD", "AUD"}, {"CAD", "CAD"}, {"CHF", "CHF"}, {"SGD", "SGD"}, {"RUB", "RUB"}, {"BRL", "BRL"},
    {"MXN", "MXN"}, {"SEK", "SEK"}, {"NOK", "NOK"}, {"DKK", "DKK"}, {"PLN", "PLN"}, {"TRY", "TRY"},
    {"ZAR", "ZAR"}, {"NZD", "NZD"}, {"THB", "THB"}, {"IDR", "IDR"}, {"MYR", "MYR"}, {"PHP", "PHP"},
    {"VND", "VND"}, {"AED", "AED"}, {"SAR", "SAR"}, {"ILS", "ILS"}, {"CZK", "CZK"}, {"HUF", "HUF"},
    {"NGN", "NGN"}, {"EGP", "EGP"}, {"PKR", "PKR"}, {"BDT", "BDT"}, {"UAH", "UAH"}, {"ARS", "ARS"},
    {"CLP", "CLP"}, {"COP", "COP"}, {"PEN", "PEN"}, {"KES", "KES"}, {"QAR", "QAR"}, {"KWD", "KWD"},
    {"usd", "USD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"cny", "CNY"}, {"rmb", "CNY"},
    {"hkd", "HKD"}, {"Rmb", "CNY"}, {"Usd", "USD"}, {"Eur", "EUR"},
    {"ISK", "ISK"}, {"RON", "RON"}, {"BGN", "BGN"}, {"HRK", "HRK"}, {"KZT", "KZT"}, {"GHS", "GHS"},
    {"TZS", "TZS"}, {"UGX", "UGX"}, {"TND", "TND"}, {"JOD", "JOD"}, {"OMR", "OMR"}, {"BHD", "BHD"},
    {"LKR", "LKR"}, {"NPR", "NPR"}, {"MMK", "MMK"}, {"KHR", "KHR"}, {"MNT", "MNT"}, {"IRR", "IRR"},
    {"IQD", "IQD"}, {"VES", "VES"}, {"PYG", "PYG"}, {"UYU", "UYU"}, {"CRC", "CRC"}, {"GTQ", "GTQ"},
    {"DOP", "DOP"}, {"JMD", "JMD"}, {"TTD", "TTD"}, {"XAF", "XAF"}, {"XOF", "XOF"}, {"ZMW", "ZMW"},
    {"BWP", "BWP"}, {"MUR", "MUR"}, {"ETB", "ETB"}, {"DZD", "DZD"}, {"LYD", "LYD"}, {"UZS", "UZS"},
    {"AZN", "AZN"}, {"GEL", "GEL"}, {"AMD", "AMD"}, {"BYN", "BYN"}, {"MDL", "MDL"}, {"RSD", "RSD"},
    {"MKD", "MKD"}, {"KGS", "KGS"}, {"LAK", "LAK"}, {"FIM", "FIM"}, {"ESP", "ESP"}, {"NLG", "NLG"},
    {"DEM", "DEM"}, {"FRF", "FRF"}, {"ITL", "ITL"}, {"GRD", "GRD"}, {"ATS", "ATS"}, {"BEF", "BEF"},
    {"IEP", "IEP"}, {"PTE", "PTE"}, {"EEK", "EEK"}, {"LVL", "LVL"}, {"LTL", "LTL"}, {"SKK", "SKK"},
    {"SIT", "SIT"}, {"XAU", "XAU"}, {"XAG", "XAG"}, {"BTC", "BTC"}, {"XDR", "XDR"},
    {"LBP", "LBP"}, {"SYP", "SYP"}, {"SDG", "SDG"}, {"YER", "YER"}, {"SOS", "SOS"}, {"NAD", "NAD"},
    {"LRD", "LRD"}, {"FJD", "FJD"}, {"XCD", "XCD"}, {"BND", "BND"}, {"BSD", "BSD"}, {"BBD", "BBD"},
    {"BZD", "BZD"}, {"GYD", "GYD"}, {"CUP", "CUP"},
};

const Code kCurrencyWords[] = {
    {"dollar", "USD"},   {"dollars", "USD"},  {"usd", "USD"},       {"euro", "EUR"},     {"euros", "EUR"},
    {"yuan", "CNY"},     {"renminbi", "CNY"}, {"rmb", "CNY"},       {"yen", "JPY"},      {"won", "KRW"},
    {"rupee", "INR"},    {"rupees", "INR"},   {"sterling", "GBP"},  {"franc", "CHF"},    {"francs", "CHF"},
    {"ruble", "RUB"},    {"rubles", "RUB"},   {"rouble", "RUB"},    {"roubles", "RUB"},  {"peso", "MXN"},
    {"pesos", "MXN"},        {"reais", "BRL"},     {"baht", "THB"},     {"ringgit", "MYR"},
    {"rupiah", "IDR"},   {"dong", "VND"},     {"lira", "TRY"},      {"zloty", "PLN"},    {"rand", "ZAR"},
    {"zł", "PLN"},  // the złoty's own abbreviation, after the number
    {"shekel", "ILS"},   {"shekels", "ILS"},  {"dirham", "AED"},    {"dirhams", "AED"},  {"riyal", "SAR"},
    {"riyals", "SAR"},   {"krona", "SEK"},    {"kronor", "SEK"},    {"krone", "NOK"},    {"kroner", "NOK"},
    {"hryvnia", "UAH"},  {"naira", "NGN"},    {"cny", "CNY"},       {"eur", "EUR"},      {"jpy", "JPY"},
    {"gbp", "GBP"},      {"hkd", "HKD"},      {"reals", "BRL"},     {"rands", "ZAR"},    {"liras", "TRY"},
    {"zlotys", "PLN"},   {"zloties", "PLN"},  {"kronur", "ISK"},    {"forint", "HUF"},   {"forints", "HUF"},
    {"koruna", "CZK"},   {"korunas", "CZK"},  {"leu", "RON"},       {"lei", "RON"},      {"lev", "BGN"},
    {"leva", "BGN"},     {"taka", "BDT"},     {"cedi", "GHS"},      {"cedis", "GHS"},    {"kwacha", "ZMW"},
    {"birr", "ETB"},     {"tenge", "KZT"},    {"som", "KGS"},       {"dram", "AMD"},     {"lari", "GEL"},
    {"manat", "AZN"},    {"kyat", "MMK"},     {"kip", "LAK"},       {"riel", "KHR"},     {"tugrik", "MNT"},
    {"rial", "IRR"},     {"rials", "IRR"},    {"quetzal", "GTQ"},   {"quetzales", "GTQ"}, {"colon", "CRC"},
    {"colones", "CRC"},  {"sol", "PEN"},      {"soles", "PEN"},     {"bolivar", "VES"},  {"bolivars", "VES"},
    {"boliviano", "BOB"}, {"bolivianos", "BOB"}, {"guarani", "PYG"}, {"dinar", "DZD"},  {"yuans", "CNY"},
    {"bitcoin", "BTC"},  {"bitcoins", "BTC"},
    {"pound", "GBP"},    {"pounds", "GBP"},   {"quid", "GBP"},      {"bucks", "USD"},    {"buck", "USD"},      {"euros", "EUR"},    {"rupiahs", "IDR"},
    // Old European and other retired currencies (still in archives and test suites).
    {"markka", "FIM"},   {"markkaa", "FIM"},  {"markkas", "FIM"},   {"peseta", "ESP"},   {"pesetas", "ESP"},
    {"guilder", "NLG"},  {"guilders", "NLG"}, {"gulden", "NLG"},    {"florin", "NLG"},   {"florins", "NLG"},
    {"drachma", "GRD"},  {"drachmas", "GRD"}, {"drachmae", "GRD"},  {"escudo", "PTE"},   {"escudos", "PTE"},
    {"schilling", "ATS"}, {"schillings", "ATS"}, {"punt", "IEP"},   {"punts", "IEP"},    {"deutschmark", "DEM"},
    {"deutschmarks", "DEM"}, {"deutsche-mark", "DEM"}, {"kroon", "EEK"}, {"kroons", "EEK"}, {"lats", "LVL"},
    {"litas", "LTL"},    {"tolar", "SIT"},    {"tolars", "SIT"},    {"lire", "ITL"},     {"sucre", "ECS"},
    {"sucres", "ECS"},   {"austral", "ARA"},  {"cruzeiro", "BRB"},  {"cruzeiros", "BRB"}, {"zaire", "ZRZ"},
};

const Code kSymbols[] = {
    {"$", "USD"},  {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "\xC2\xA5"},
    {"\xE2\x82\xB9", "INR"}, {"\xE2\x82\xA9", "KRW"}, {"\xE2\x82\xBD", "RUB"}, {"\xE2\x82\xBA", "TRY"},
    {"\xE2\x82\xAA", "ILS"}, {"\xE2\x82\xB1", "PHP"}, {"\xE2\x82\xAB", "VND"}, {"\xE0\xB8\xBF", "THB"},
    {"\xE2\x82\xA6", "NGN"}, {"\xE2\x82\xB4", "UAH"}, {"\xE5\x85\x83", "CNY"},
};

const Code kMeasureUnits[] = {
    {"gb", "GB"},     {"tb", "TB"},     {"mb", "MB"},     {"pb", "PB"},     {"kb", "KB"},     {"eb", "EB"},
    {"ghz", "GHz"},   {"mhz", "MHz"},   {"khz", "kHz"},   {"hz", "Hz"},     {"w", "W"},       {"kw", "kW"},
    {"mw", "MW"},     {"gw", "GW"},     {"tw", "TW"},     {"kwh", "kWh"},   {"mwh", "MWh"},   {"gwh", "GWh"},
    {"twh", "TWh"},   {"ms", "ms"},     {"km", "km"},     {"kg", "kg"},     {"nm", "nm"},     {"mm", "mm"},
    {"cm", "cm"},     {"tflops", "TFLOPS"}, {"pflops", "PFLOPS"}, {"eflops", "EFLOPS"}, {"tops", "TOPS"},
    {"fps", "fps"},   {"mph", "mph"},   {"kph", "km/h"},  {"gbps", "Gbps"}, {"mbps", "Mbps"}, {"tbps", "Tbps"},
    {"gb/s", "GB/s"}, {"tb/s", "TB/s"}, {"mah", "mAh"},   {"kmh", "km/h"},  {"lb", "lb"},     {"lbs", "lb"},
    {"oz", "oz"},     {"ft", "ft"},     {"sq", ""},       {"gpa", "GPa"},   {"ev", "eV"},
};

template <typename T, std::size_t N>
Table<std::string_view> code_table(const T (&arr)[N]) {
  Table<std::string_view> t;
  for (const auto& c : arr) t.emplace(c.written, c.iso);
  return t;
}

}  // namespace

std::vector<std::string_view> starter_vocabulary() {
  std::vector<std::string_view> v;
  for (const auto& [w, value] : number_words())
    if (value >= 0) v.push_back(w);
  // Month names and the abbreviations month_word reads, from base::calendar's table.
  static const std::vector<std::string> months = [] {
    std::vector<std::string> m{"sept"};
    for (int i = 1; i <= 12; ++i) {
      std::string name(base::month_name(i));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      m.push_back(name);
      if (name.size() > 3) m.push_back(name.substr(0, 3));
    }
    return m;
  }();
  for (const std::string& w : months) v.push_back(w);
  for (std::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
    v.push_back(w);
  return v;
}

double number_word(std::string_view w) {
  const auto& t = number_words();
  auto it = t.find(w);
  return it == t.end() ? -1 : it->second;
}

double scale_word(std::string_view w) {
  if (w == "thousand" || w == "thousands") return 1e3;
  if (w == "million" || w == "millions") return 1e6;
  if (w == "billion" || w == "billions") return 1e9;
  if (w == "trillion" || w == "trillions") return 1e12;
  if (w == "quadrillion") return 1e15;
  if (w == "lakh" || w == "lakhs") return 1e5;
  if (w == "crore" || w == "crores") return 1e7;
  return 0;
}

double scale_abbreviation(std::string_view w, bool money) {
  if (w == "k" || w == "K") return 1e3;
  if (w == "M" || w == "mn" || w == "mln" || w == "MM" || w == "Mn" || w == "mil") return 1e6;
  if (w == "B" || w == "bn" || w == "bln" || w == "Bn" || w == "BN") return 1e9;
  if (w == "T" || w == "tn" || w == "trn" || w == "Tn") return 1e12;
  if (money) {
    if (w == "m") return 1e6;
    if (w == "b") return 1e9;
    if (w == "t") return 1e12;
  }
  return 0;
}

int ordinal_word(std::string_view w) {
  static const Table<int> t = {
      {"first", 1},       {"second", 2},      {"third", 3},        {"fourth", 4},      {"fifth", 5},
      {"sixth", 6},       {"seventh", 7},     {"eighth", 8},       {"ninth", 9},       {"tenth", 10},
      {"eleventh", 11},   {"twelfth", 12},    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30},
  };
  auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

double fraction_word(std::string_view w) {
  static const Table<double> t = {
      {"half", 2},    {"halves", 2},   {"third", 3},   {"thirds", 3},   {"quarter", 4},  {"quarters", 4},
      {"fourth", 4},  {"fourths", 4},  {"fifth", 5},   {"fifths", 5},   {"sixth", 6},    {"sixths", 6},
      {"seventh", 7}, {"sevenths", 7}, {"eighth", 8},  {"eighths", 8},  {"ninth", 9},    {"ninths", 9},
      {"tenth", 10},  {"tenths", 10},  {"eleventh", 11}, {"elevenths", 11}, {"twelfth", 12}, {"twelfths", 12},
      {"thirteenth", 13}, {"thirteenths", 13}, {"fourteenth", 14}, {"fourteenths", 14}, {"fifteenth", 15},
      {"fifteenths", 15}, {"sixteenth", 16}, {"sixteenths", 16}, {"seventeenth", 17}, {"seventeenths", 17},
      {"eighteenth", 18}, {"eighteenths", 18}, {"nineteenth", 19}, {"nineteenths", 19}, {"twentieth", 20},
      {"twentieths", 20}, {"thirtieth", 30}, {"thirtieths", 30}, {"fortieth", 40}, {"fortieths", 40},
      {"fiftieth", 50}, {"fiftieths", 50}, {"sixtieth", 60}, {"sixtieths", 60}, {"hundredth", 100}, {"hundredths", 100},
      {"thousandth", 1e3}, {"thousandths", 1e3}, {"millionth", 1e6}, {"millionths", 1e6},
      {"billionth", 1e9}, {"billionths", 1e9}, {"trillionth", 1e12}, {"trillionths", 1e12},
  };
  auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

int month_word(std::string_view w, bool* full) {
  // The names are base::calendar's; a value is read from a full name, its
  // first three letters or "sept" (not from any prefix: "marc", "octo").
  if (w.size() < 3 || w.size() > 9) return 0;
  const int m = base::month_number(w);
  if (!m) return 0;
  const bool whole = w.size() == base::month_name(m).size();
  if (!whole && w.size() != 3 && w != "sept") return 0;
  if (full) *full = whole;
  return m;
}

int weekday_word(std::string_view w) {
  if (w.size() < 6 || w.size() > 9) return 0;
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d)
    if (w == kDays[d]) return d + 1;
  return 0;
}

bool label_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> kLabels = {
      "seat",  "seats", "row",   "gate",  "room",   "flat",  "apartment", "apt",      "unit",   "platform",
      "bay",   "floor", "level", "block", "suite",  "box",   "stand",     "pier",     "berth",  "cabin",
      "locker", "grade", "exit",  "junction", "terminal", "aisle", "ward", "bed", "lot", "hangar"};
  return kLabels.count(w) > 0;
}

int decade_word(std::string_view w) {
  static const Table<int> t = {{"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
                               {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90}};
  auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

int weekday_abbreviation(std::string_view w) {
  static const Table<int> t = {{"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3}, {"thu", 4}, {"thur", 4},
                               {"thurs", 4}, {"fri", 5}, {"sat", 6}, {"sun", 7}};
  auto it = t.find(w);
  return it == t.end() ? 0 : it->second;
}

std::span<const Holiday> holidays() {
  // An array, not a vector: the words' initializer_lists live as long as it does.
  static const Holiday h[] = {
      {{"christmas", "eve"}, 12, 24, 0, 0},
      {{"christmas", "day"}, 12, 25, 0, 0},
      {{"christmas"}, 12, 25, 0, 0},
      {{"boxing", "day"}, 12, 26, 0, 0},
      {{"new", "year", "'", "s", "eve"}, 12, 31, 0, 0},
      {{"new", "year", "'", "s", "day"}, 1, 1, 0, 0},
      {{"new", "years", "eve"}, 12, 31, 0, 0},
      {{"new", "years", "day"}, 1, 1, 0, 0},
      {{"valentine", "'", "s", "day"}, 2, 14, 0, 0},
      {{"valentines", "day"}, 2, 14, 0, 0},
      {{"halloween"}, 10, 31, 0, 0},
      {{"independence", "day"}, 7, 4, 0, 0},
      {{"black", "friday"}, 11, 0, 4, 4, 1},
      {{"cyber", "monday"}, 11, 0, 4, 4, 4},
      {{"thanksgiving", "day"}, 11, 0, 4, 4},
      {{"thanksgiving"}, 11, 0, 4, 4},
      {{"labor", "day"}, 9, 0, 1, 1},
      {{"memorial", "day"}, 5, 0, 1, -1},
      {{"mother", "'", "s", "day"}, 5, 0, 7, 2},
      {{"mothers", "day"}, 5, 0, 7, 2},
      {{"father", "'", "s", "day"}, 6, 0, 7, 3},
      {{"fathers", "day"}, 6, 0, 7, 3},
      {{"martin", "luther", "king", "jr", ".", "day"}, 1, 0, 1, 3},
      {{"martin", "luther", "king", "day"}, 1, 0, 1, 3},
      {{"mlk", "day"}, 1, 0, 1, 3},
      {{"presidents", "'", "day"}, 2, 0, 1, 3},
      {{"presidents", "day"}, 2, 0, 1, 3},
      {{"president", "'", "s", "day"}, 2, 0, 1, 3},
      {{"columbus", "day"}, 10, 0, 1, 2},
      {{"veterans", "'", "day"}, 11, 11, 0, 0},
      {{"veterans", "day"}, 11, 11, 0, 0},
      {{"veteran", "'", "s", "day"}, 11, 11, 0, 0},
      {{"remembrance", "day"}, 11, 11, 0, 0},
      {{"armistice", "day"}, 11, 11, 0, 0},
      {{"st", ".", "patrick", "'", "s", "day"}, 3, 17, 0, 0},
      {{"st", "patrick", "'", "s", "day"}, 3, 17, 0, 0},
      {{"saint", "patrick", "'", "s", "day"}, 3, 17, 0, 0},
      {{"st", "patricks", "day"}, 3, 17, 0, 0},
      {{"april", "fools", "'", "day"}, 4, 1, 0, 0},
      {{"april", "fool", "'", "s", "day"}, 4, 1, 0, 0},
      {{"april", "fools", "day"}, 4, 1, 0, 0},
      {{"groundhog", "day"}, 2, 2, 0, 0},
      {{"earth", "day"}, 4, 22, 0, 0},
      {{"may", "day"}, 5, 1, 0, 0},
      {{"flag", "day"}, 6, 14, 0, 0},
      {{"juneteenth"}, 6, 19, 0, 0},
      {{"canada", "day"}, 7, 1, 0, 0},
      {{"bastille", "day"}, 7, 14, 0, 0},
      {{"all", "saints", "'", "day"}, 11, 1, 0, 0},
      {{"guy", "fawkes", "night"}, 11, 5, 0, 0},
      // Month 0: days after Easter Sunday (the Gregorian computus, dates.cc).
      {{"easter", "sunday"}, 0, 0, 0, 0, 0},
      {{"easter", "monday"}, 0, 0, 0, 0, 1},
      {{"easter"}, 0, 0, 0, 0, 0},
      {{"good", "friday"}, 0, 0, 0, 0, -2},
      {{"maundy", "thursday"}, 0, 0, 0, 0, -3},
      {{"holy", "thursday"}, 0, 0, 0, 0, -3},
      {{"palm", "sunday"}, 0, 0, 0, 0, -7},
      {{"ash", "wednesday"}, 0, 0, 0, 0, -46},
      {{"shrove", "tuesday"}, 0, 0, 0, 0, -47},
      {{"mardi", "gras"}, 0, 0, 0, 0, -47},
      {{"ascension", "day"}, 0, 0, 0, 0, 39},
      {{"pentecost"}, 0, 0, 0, 0, 49},
  };
  return h;
}

std::string duration_unit(std::string_view w) {
  static const Table<const char*> t = {
      {"second", "second"}, {"seconds", "second"}, {"sec", "second"},    {"secs", "second"},
      {"minute", "minute"}, {"minutes", "minute"}, {"min", "minute"},    {"mins", "minute"},
      {"hour", "hour"},     {"hours", "hour"},     {"hr", "hour"},       {"hrs", "hour"},
      {"day", "day"},       {"days", "day"},       {"week", "week"},     {"weeks", "week"},
      {"wk", "week"},       {"wks", "week"},       {"month", "month"},   {"months", "month"},
      {"mo", "month"},      {"mos", "month"},      {"year", "year"},     {"years", "year"},
      {"yr", "year"},       {"yrs", "year"},       {"decade", "decade"}, {"decades", "decade"},
      {"century", "century"}, {"centuries", "century"}, {"millennium", "millennium"}, {"millennia", "millennium"}, {"quarter", "quarter"}, {"quarters", "quarter"},
      {"fortnight", "fortnight"}, {"fortnights", "fortnight"},
  };
  auto it = t.find(w);
  return it == t.end() ? std::string() : std::string(it->second);
}

std::string currency_code(std::string_view w) {
  static const Table<std::string_view> t = code_table(kCodes);
  auto it = t.find(w);
  return it == t.end() ? std::string() : std::string(it->second);
}

std::string currency_word(std::string_view w) {
  static const Table<std::string_view> t = code_table(kCurrencyWords);
  auto it = t.find(w);
  return it == t.end() ? std::string() : std::string(it->second);
}

std::string currency_symbol(std::string_view s) {
  static const Table<std::string_view> t = code_table(kSymbols);
  auto it = t.find(s);
  return it == t.end() ? std::string() : std::string(it->second);
}

std::string dollar_prefix(std::string_view w) {
  if (w == "US") return "USD";
  if (w == "HK") return "HKD";
  if (w == "A" || w == "AU") return "AUD";
  if (w == "C" || w == "CA" || w == "Can") return "CAD";
  if (w == "S" || w == "SG") return "SGD";
  if (w == "NT") return "TWD";
  if (w == "R") return "BRL";
  if (w == "MX" || w == "Mex") return "MXN";
  if (w == "NZ") return "NZD";
  return "";
}

std::string unit_noun(std::string_view w) {
  static const Table<std::string_view> t = [] {
    Table<std::string_view> m;
    for (const auto& pair : kUnitNouns) {
      m.emplace(pair[0], pair[1]);
      m.emplace(pair[1], pair[1]);
    }
    return m;
  }();
  auto it = t.find(w);
  return it == t.end() ? std::string() : std::string(it->second);
}

std::string measure_unit(std::string_view w) {
  static const Table<std::string_view> t = code_table(kMeasureUnits);
  std::string lower(w);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = t.find(lower);
  return it == t.end() ? std::string() : std::string(it->second);
}

bool rate_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> s = {
      "share", "barrel", "head", "piece", "person", "kilo", "kilogram", "gram", "pound", "ounce", "ton",
      "tonne", "gallon", "litre", "liter", "unit", "ticket", "seat", "night", "game", "visit", "user", "page",
      "word", "copy", "dose", "meal", "pack", "bottle", "square", "mile", "kilometre", "kilometer", "ride"};
  return s.count(w) > 0;
}

bool noun_modifier(std::string_view w) {
  static const std::unordered_set<std::string_view> s(std::begin(kModifiers), std::end(kModifiers));
  return s.count(w) > 0;
}

bool stop_word(std::string_view w) {
  static const std::unordered_set<std::string_view> s(std::begin(kStopWords), std::end(kStopWords));
  return s.count(w) > 0;
}

}  // namespace claimcheck::values
