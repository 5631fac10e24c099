#pragma once
// Findings as conflict detection gives them for the shipped corpus, built by
// hand so the renderers can be tested on their own: the GPT-5.5 release-date
// conflict (003 "April 23, 2026" vs 002 "April 24"), the DeepSeek V4 release
// date agreement and the plan it follows (001 "mid-February"), OpenAI's
// valuation changing over time, and a context-window unit mismatch.
#include <string>
#include <vector>

#include "claimcheck/finding.h"
#include "report/report.h"

namespace claimcheck::testing {

inline const std::string kDoc000 = "corpus/000_12871f55414ff047.txt";
inline const std::string kDoc001 = "corpus/001_93fbe88d04d4f7d8.txt";
inline const std::string kDoc002 = "corpus/002_7487f4256f525623.txt";
inline const std::string kDoc003 = "corpus/003_d4106d9e4592ae5a.txt";
inline const std::string kDoc004 = "corpus/004_30042512ad11189c.txt";

inline Quantity day_value(int y, unsigned m, unsigned d, const std::string& text) {
  Quantity q;
  q.kind = QuantityKind::date;
  q.value = q.min = q.max = static_cast<double>(days_from_civil(y, m, d));
  q.date_precision = DatePrecision::day;
  q.text = text;
  return q;
}

inline Quantity money_value(double v, int digits, const std::string& text) {
  Quantity q;
  q.kind = QuantityKind::money;
  q.value = v;
  q.unit = "USD";
  q.digits = digits;
  q.text = text;
  return q;
}

inline Claim claim(const std::string& doc, const std::string& subject, const std::string& attribute, Quantity value,
                   int line, int column, const std::string& sentence) {
  Claim c;
  c.doc = doc;
  c.subject = subject;
  c.attribute = attribute;
  c.value = value;
  c.text = value.text;
  c.sentence = sentence;
  c.line = line;
  c.column = column;
  c.begin = static_cast<std::size_t>(line * 100 + column);
  c.end = c.begin + value.text.size();
  c.rule = "ai-models/release_date.test";
  c.id = make_claim_id(doc, c.begin, c.end, c.rule);
  return c;
}

inline Finding gpt55_conflict() {
  Finding f;
  f.kind = FindingKind::conflict;
  f.severity = Severity::error;
  f.subject = "GPT-5.5";
  f.attribute = "release_date";
  f.explanation = "003 says 2026-04-23, 002 says 2026-04-24: one day apart";
  f.claims = {claim(kDoc003, "GPT-5.5", "release_date", day_value(2026, 4, 23, "April 23, 2026"), 18, 39,
                    "OpenAI officially released GPT-5.5 on April 23, 2026."),
              claim(kDoc002, "GPT-5.5", "release_date", day_value(2026, 4, 24, "April 24"), 7, 1,
                    "April 24 marked a watershed moment in AI history.")};
  f.support = {{"2026-04-23", {kDoc003}}, {"2026-04-24", {kDoc002}}};
  f.fingerprint = "5f0c2a7e91d3b846";
  return f;
}

inline Finding deepseek_agreement() {
  Finding f;
  f.kind = FindingKind::agreement;
  f.severity = Severity::info;
  f.subject = "DeepSeek V4";
  f.attribute = "release_date";
  f.explanation = "002, 003 say 2026-04-24";
  f.claims = {claim(kDoc002, "DeepSeek V4", "release_date", day_value(2026, 4, 24, "April 24"), 7, 1,
                    "April 24 marked a watershed moment in AI history."),
              claim(kDoc003, "DeepSeek V4", "release_date", day_value(2026, 4, 24, "April 24"), 18, 125,
                    "Just one day later, DeepSeek launched its new flagship model, DeepSeek V4, on April 24.")};
  f.support = {{"2026-04-24", {kDoc002, kDoc003}}};
  f.fingerprint = "0b7d61c2aa943e15";
  return f;
}

inline Finding deepseek_plan() {
  Finding f;
  f.kind = FindingKind::plan_vs_actual;
  f.severity = Severity::info;
  f.subject = "DeepSeek V4";
  f.attribute = "release_date";
  f.explanation = "001 planned 2026-02-11..2026-02-20, 002, 003 say it happened 2026-04-24";
  Quantity mid_feb;
  mid_feb.kind = QuantityKind::daterange;
  mid_feb.value = mid_feb.min = static_cast<double>(days_from_civil(2026, 2, 11));
  mid_feb.max = static_cast<double>(days_from_civil(2026, 2, 20));
  mid_feb.date_precision = DatePrecision::part_of_month;
  mid_feb.inferred = true;
  mid_feb.text = "mid-February";
  Claim plan = claim(kDoc001, "DeepSeek V4", "release_date", mid_feb, 3, 79,
                     "Chinese AI startup DeepSeek plans to release its powerful AI model V4 in mid-February, "
                     "potentially outperforming competitors like OpenAI's GPT series and Anthropic's Claude.");
  plan.modality = Modality::plan;
  f.claims = {plan, deepseek_agreement().claims[0], deepseek_agreement().claims[1]};
  f.support = {{"2026-02-11..2026-02-20", {kDoc001}}, {"2026-04-24", {kDoc002, kDoc003}}};
  f.fingerprint = "c39e04d8f1a27b60";
  return f;
}

inline Finding openai_valuation() {
  Finding f;
  f.kind = FindingKind::changed_over_time;
  f.severity = Severity::info;
  f.subject = "OpenAI";
  f.attribute = "valuation";
  f.explanation = "004 says 1.57e11 USD (as-of date unknown), 000 says 8.52e11 USD as of 2026-03-31";
  Claim later = claim(kDoc000, "OpenAI", "valuation", money_value(852e9, 3, "$852 billion"), 12, 170,
                      "Also noteworthy is Anthropic's recent valuation surge in the private secondary market, "
                      "exceeding $1 trillion and surpassing OpenAI's latest funding round valuation of $852 "
                      "billion at the end of March.");
  later.as_of = "2026-03-31";
  Claim earlier = claim(kDoc004, "OpenAI", "valuation", money_value(157e9, 3, "$157 billion"), 18, 19,
                        "The company's $157 billion valuation and AGI ambitions create significant expectations "
                        "for continued innovation");
  f.claims = {later, earlier};
  f.support = {{"8.52e11 USD", {kDoc000}}, {"1.57e11 USD", {kDoc004}}};
  f.fingerprint = "7a61e5c0d2f98b34";
  return f;
}

inline std::vector<store::DocumentInfo> corpus_documents() {
  auto doc = [](const std::string& id, const std::string& title, const std::string& date) {
    store::DocumentInfo d;
    d.id = id;
    d.path = id;
    d.title = title;
    d.date = date;
    d.content_hash = "00ff" + id.substr(7, 3);
    d.ingested_at = "2026-11-24T10:00:00Z";
    d.bytes = 4096;
    return d;
  };
  return {doc(kDoc000, "", "2026-04-27"),
          doc(kDoc001, "DeepSeek to Launch Next-Gen AI Model V4, Competing with OpenAI and Anthropic", ""),
          doc(kDoc002, "Same-Day Showdown! DeepSeek V4 vs. GPT-5.5: Global AI Models Chart Separate Courses",
              "2026-04-27"),
          doc(kDoc003, "DeepSeek V4 vs GPT-5.5: Why Developers Should Care", ""),
          doc(kDoc004, "Chinese AI models are closing the AI leadership gap", "")};
}

// The whole corpus report, findings deliberately out of report order.
inline report::ReportInput corpus_input() {
  report::ReportInput in;
  in.findings = {deepseek_agreement(), openai_valuation(), gpt55_conflict(), deepseek_plan()};
  in.documents = corpus_documents();
  in.stats.documents = 5;
  in.stats.claims = 118;
  in.stats.subjects = 21;
  in.stats.attributes = 9;
  return in;
}

// A finding whose article text tries to inject markup and script.
inline Finding hostile_finding() {
  Finding f = gpt55_conflict();
  f.subject = "GPT-5.5<script>document.title='PWNED'</script>";
  f.explanation = "003 says \"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
  f.claims[0].sentence =
      "OpenAI <script>document.body.setAttribute('data-pwned','1')</script> released GPT-5.5 on April 23, 2026.";
  f.claims[1].sentence = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> April 24 it was.";
  f.claims[1].doc = "corpus/<b>evil</b>.txt";
  f.support[0].value = "<i>2026-04-23</i>";
  f.fingerprint = "\"><svg onload=alert(1)>";
  return f;
}

}  // namespace claimcheck::testing
