// The HTML report in a real browser: headless Chromium loads the page, runs its
// script, and we assert on the DOM it dumps (filter state read from the URL)
// and keep screenshots a person can look at:
//   <build>/test-artifacts/report-desktop.png, report-phone.png
// Skipped (ctest says so) where Chromium is not installed (tools/setup-browser);
// under CI=true a missing Chromium is a failure.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "fixtures.h"
#include "helpers.h"
#include "report/report.h"

using namespace claimcheck;
using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

std::string chromium_path() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"})
    if (fs::exists(p)) return p;
  return "";
}

// Runs headless Chromium on `url` with extra `args`; returns stdout.
std::string chromium(const TempDir& dir, const std::string& args, const std::string& url) {
  static int n = 0;
  std::string out = dir / ("out" + std::to_string(n) + ".txt");
  std::string err = dir / ("err" + std::to_string(n++) + ".txt");
  std::string cmd = "timeout 600 '" + chromium_path() +
                    "' --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                    "--disable-component-update --disable-sync --disable-dev-shm-usage --hide-scrollbars "
                    "--user-data-dir='" + (dir / "profile") + "' " + args + " '" + url + "' >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  INFO("chromium stderr: " << read_file(err));
  CHECK(status == 0);
  return read_file(out);
}

std::string dump_dom(const TempDir& dir, const std::string& url) {
  return chromium(dir, "--virtual-time-budget=3000 --dump-dom", url);
}

// The opening tag of the element with `id`.
std::string tag_of(const std::string& dom, const std::string& id) {
  auto at = dom.find("id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  auto open = dom.rfind('<', at);
  return dom.substr(open, dom.find('>', at) - open + 1);
}

bool hidden(const std::string& tag) { return std::regex_search(tag, std::regex(R"(\shidden(=""|\s|>))")); }

fs::path artifacts_dir() {
  fs::path dir = fs::path(CLAIMCHECK_BINARY).parent_path() / "test-artifacts";
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("browser: the report lists the GPT-5.5 conflict and filters by kind and text from the URL", "[report][browser]") {
  if (chromium_path().empty())
    CLAIMCHECK_SKIP_OUTSIDE_CI("Chromium is not installed; run tools/setup-browser to check the HTML report in a browser");
  TempDir dir;
  std::string page = dir / "report.html";
  write_file(page, report::render_html(corpus_input(), {}));
  std::string url = "file://" + page;

  std::string all = dump_dom(dir, url);
  REQUIRE(all.find("data-shown=\"4\"") != std::string::npos);  // the script ran
  std::string f1 = tag_of(all, "f1");
  CHECK(f1.find("data-kind=\"conflict\"") != std::string::npos);
  CHECK_FALSE(hidden(f1));
  CHECK(all.find("<td data-label=\"Subject\" class=\"subject\">GPT-5.5</td>") != std::string::npos);
  CHECK(all.find("003 says 2026-04-23, 002 says 2026-04-24: one day apart") != std::string::npos);
  CHECK(all.find("<output id=\"shown\">4 findings</output>") != std::string::npos);

  std::string agreements = dump_dom(dir, url + "#kind=agreement");
  CHECK(agreements.find("data-shown=\"1\"") != std::string::npos);
  CHECK(hidden(tag_of(agreements, "f1")));  // the conflict is filtered out
  CHECK(agreements.find("<output id=\"shown\">1 of 4 findings</output>") != std::string::npos);
  std::string agreement_row = tag_of(agreements, "f3");
  CHECK(agreement_row.find("data-kind=\"agreement\"") != std::string::npos);
  CHECK_FALSE(hidden(agreement_row));

  std::string searched = dump_dom(dir, url + "#q=valuation");
  CHECK(searched.find("data-shown=\"1\"") != std::string::npos);
  CHECK(hidden(tag_of(searched, "f1")));
  CHECK_FALSE(hidden(tag_of(searched, "f4")));

  std::string none = dump_dom(dir, url + "?kind=unit_mismatch");
  CHECK(none.find("data-shown=\"0\"") != std::string::npos);
  CHECK_FALSE(hidden(tag_of(none, "empty")));

  // Pictures for a person: desktop and phone widths.
  fs::path out = artifacts_dir();
  for (auto [name, size] : {std::pair{"report-desktop.png", "1280,1500"}, std::pair{"report-phone.png", "390,1800"}}) {
    fs::path png = out / name;
    fs::remove(png);
    chromium(dir, std::string("--screenshot='") + png.string() + "' --window-size=" + size, url + (size[0] == '1' ? "#f1" : ""));
    CHECK(fs::exists(png));
    CHECK(fs::file_size(png) > 10000);
  }
  WARN("screenshots: " << (out / "report-desktop.png").string() << ", " << (out / "report-phone.png").string());
}

TEST_CASE("browser: article text with <script> and onerror payloads runs nothing", "[report][browser][xss]") {
  if (chromium_path().empty())
    CLAIMCHECK_SKIP_OUTSIDE_CI("Chromium is not installed; run tools/setup-browser to check the HTML report in a browser");
  TempDir dir;
  report::ReportInput in = corpus_input();
  in.findings.push_back(hostile_finding());
  std::string page = dir / "report.html";
  write_file(page, report::render_html(in, {}));
  std::string dom = dump_dom(dir, "file://" + page);
  REQUIRE(dom.find("data-shown=\"5\"") != std::string::npos);  // our script ran; theirs did not
  std::string body = dom.substr(dom.find("<body"), dom.find('>', dom.find("<body")) - dom.find("<body") + 1);
  CHECK(body.find("data-pwned") == std::string::npos);  // no injected handler ran
  CHECK(dom.find("<title>PWNED") == std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
  CHECK(dom.find("<svg") == std::string::npos);
  CHECK(dom.find("<b>evil</b>") == std::string::npos);
  std::size_t scripts = 0;
  for (auto at = dom.find("<script"); at != std::string::npos; at = dom.find("<script", at + 1)) ++scripts;
  CHECK(scripts == 1);
  // ... and the text is shown as text.
  CHECK(dom.find("&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;") != std::string::npos);
  CHECK(dom.find("corpus/&lt;b&gt;evil&lt;/b&gt;.txt") != std::string::npos);
}
