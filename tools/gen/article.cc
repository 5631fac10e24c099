// Article text for the synthetic corpus (article.h).
#include "article.h"

#include <algorithm>
#include <cstdio>

#include "claimcheck/quantity.h"

namespace claimcheck::gen {
namespace {

// Replaces every "{name}" in `t`.
std::string fill(std::string t, const std::vector<std::pair<std::string, std::string>>& vars) {
  for (const auto& [k, v] : vars) {
    std::string key = "{" + k + "}";
    for (std::size_t p; (p = t.find(key)) != std::string::npos;) t.replace(p, key.size(), v);
  }
  return t;
}

// Fact sentences, per slot.  {M} model, {maker} its lab, {v} the value,
// {bench} the benchmark.  Each was checked with `claimcheck extract`.
const char* const kRelease[] = {
    "{maker} officially released {M} on {v}.",
    "{M} was released on {v}, to paying users.",
    "The release of {M} on {v} surprised rivals.",
};
const char* const kTotal[] = {
    "{M} has a total parameter scale of {v}.",
    "{M}: {v} total parameters.",
};
const char* const kActive[] = {
    "{M} activates {v} parameters per token.",
};
const char* const kContext[] = {
    "{maker} unveiled {M} with a standard {v} token context window.",
};
const char* const kMaxOutput[] = {
    "{M} has a maximum output of {v} tokens.",
};
const char* const kScore[] = {
    "{M} scored {v} in {bench} tests.",
    "{M} results: {bench}: {v}.",
};
const char* const kPriceInput[] = {
    "{M} charges {v} per million input tokens.",
    "With the batch API, {M} costs {v} per million tokens for input.",
};
const char* const kPriceOutput[] = {
    "For {M}, output costs {v} per million tokens.",
};

// Ordinary reporting: no digits, no number words, no dates, no model names.
const char* const kFiller[] = {
    "The launch drew immediate attention from developers and investors alike.",
    "Analysts said the pace of releases has rarely been this fast.",
    "Competition among model providers has intensified in recent months.",
    "Several enterprise customers said they were still evaluating the new options.",
    "Pricing remains a central question for companies building on these systems.",
    "Researchers cautioned that benchmark results do not always reflect real-world performance.",
    "The company did not respond to a request for comment.",
    "Cloud providers moved quickly to add the model to their catalogues.",
    "Open-source communities have been quick to test the claims.",
    "Critics argue that the marketing often runs ahead of the engineering.",
    "Supporters point to steady gains in reasoning and coding tasks.",
    "Investors have poured money into the sector despite doubts about returns.",
    "Regulators in several countries are watching the market closely.",
    "Hardware shortages continue to shape which labs can train the largest systems.",
    "Some developers said the documentation was thin at launch.",
    "The announcement came amid a wave of similar releases from rival labs.",
    "Engineers familiar with the project said training took longer than planned.",
    "Independent evaluators have yet to publish their own measurements.",
};
// About one model, still without numbers.
const char* const kModelFiller[] = {
    "{maker} described {M} as its most capable system so far.",
    "Early testers said {M} handles long documents with fewer errors.",
    "{maker} has positioned {M} against much larger rivals.",
    "Developers can access {M} through the {maker} platform.",
    "People close to {maker} said {M} was built with efficiency in mind.",
};
const char* const kTitles[] = {
    "{maker} Bets Big on {M} as Rivals Race Ahead",
    "Inside the Launch of {M}: What Developers Should Know",
    "{M} Arrives in a Crowded Market",
    "Why {M} Has the Industry Talking",
    "{maker} Steps Up the Pressure With {M}",
};

// Two different filler sentences.
std::string two_fillers(Rng& r) {
  std::size_t a = r.below(std::size(kFiller)), b = (a + 1 + r.below(std::size(kFiller) - 1)) % std::size(kFiller);
  return std::string(kFiller[a]) + " " + kFiller[b];
}

}  // namespace

std::string Article::as_text() const { return title + "\nPublished on " + date + "\n\n" + body; }

ArticleWriter::ArticleWriter(const Universe& universe, uint64_t seed)
    : universe_(universe), seed_(seed), rng_(seed), mentions_(universe.size() * kSlots, 0) {}

Value ArticleWriter::value_to_state(std::size_t model, Slot slot, const Fact& fact) {
  uint8_t& n = mentions_[model * kSlots + int(slot)];
  bool wrong = fact.planted && n == 1;  // the second article to mention it gets it wrong
  if (n < 255) ++n;
  return wrong ? fact.wrong : fact.truth;
}

std::string ArticleWriter::paragraph_about(std::size_t model, std::size_t& claims) {
  const std::string name = universe_.name(model), maker = universe_.maker(model);
  std::vector<std::string> sentences;
  if (rng_.chance(60)) sentences.push_back(fill(rng_.pick(kModelFiller), {{"M", name}, {"maker", maker}}));
  // One to three distinct facts about this model.
  std::vector<int> slots;
  for (int want = 1 + rng_.below(3); int(slots.size()) < want;) {
    int s = rng_.below(kSlots);
    if (std::find(slots.begin(), slots.end(), s) == slots.end()) slots.push_back(s);
  }
  for (int s : slots) {
    Slot slot = static_cast<Slot>(s);
    Fact f = universe_.fact(model, slot);
    Value v = value_to_state(model, slot, f);
    const char* t = nullptr;
    switch (slot) {
      case Slot::release_date: t = rng_.pick(kRelease); break;
      case Slot::params_total: t = rng_.pick(kTotal); break;
      case Slot::params_active: t = rng_.pick(kActive); break;
      case Slot::context_window: t = rng_.pick(kContext); break;
      case Slot::max_output: t = rng_.pick(kMaxOutput); break;
      case Slot::score_a:
      case Slot::score_b: t = rng_.pick(kScore); break;
      case Slot::price_input: t = rng_.pick(kPriceInput); break;
      case Slot::price_output: t = rng_.pick(kPriceOutput); break;
    }
    std::string bench = f.qualifiers.count("benchmark") ? f.qualifiers.at("benchmark") : "";
    sentences.push_back(fill(t, {{"M", name}, {"maker", maker}, {"v", v.text}, {"bench", bench}}));
    ++claims;
    if (rng_.chance(50)) sentences.push_back(rng_.pick(kFiller));
  }
  std::string p;
  for (const auto& s : sentences) p += (p.empty() ? "" : " ") + s;
  return p + "\n";
}

Article ArticleWriter::write(std::size_t index, std::size_t cursor) {
  Article a;
  char id[32];
  std::snprintf(id, sizeof id, "gen-%07zu", index);
  a.id = id;
  a.date = iso_date(days_from_civil(2026, 1, 5) + rng_.below(175));
  a.url = "https://news.example/" + a.date.substr(0, 4) + "/" + a.date.substr(5, 2) + "/" + a.id;

  // Three to five distinct models from the news cycle around `cursor`.
  const std::size_t n = universe_.size(), window = std::min<std::size_t>(n, 24);
  std::vector<std::size_t> models;
  for (std::size_t want = std::min<std::size_t>(n, 3 + rng_.below(3)); models.size() < want;) {
    std::size_t m = (cursor + n - window / 2 + rng_.below(window)) % n;
    if (std::find(models.begin(), models.end(), m) == models.end()) models.push_back(m);
  }
  const std::string lead = universe_.name(models[0]), lead_maker = universe_.maker(models[0]);
  a.title = fill(rng_.pick(kTitles), {{"M", lead}, {"maker", lead_maker}});

  std::string body = two_fillers(rng_) + "\n";
  for (std::size_t m : models) {
    body += paragraph_about(m, a.claims);
    if (rng_.chance(40)) body += two_fillers(rng_) + "\n";
  }
  body += std::string(rng_.pick(kFiller)) + "\n";
  a.body = std::move(body);
  return a;
}

}  // namespace claimcheck::gen
