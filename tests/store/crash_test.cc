// A writer killed with SIGKILL in the middle of a large ingest leaves only
// whole documents: every document's claims match its record on reopen.
#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <set>

#include "helpers.h"
#include "store/store.h"
#include "synthetic.h"

using namespace claimcheck;
using namespace claimcheck::store;

TEST_CASE("SIGKILL during a large ingest leaves only whole documents", "[store][crash]") {
  claimcheck::testing::TempDir dir;
  std::string db = dir / "db";
  int ready[2];
  REQUIRE(pipe(ready) == 0);
  pid_t child = fork();
  if (child == 0) {
    // Add documents of varying size for ever, replacing earlier ones with a
    // different claim count now and then, so the kill lands in any kind of batch.
    auto s = Store::open(db, Mode::read_write);
    for (int i = 0;; ++i) {
      std::string id = "doc" + std::to_string(i % 400);
      int n = 1 + (i * 37) % 150;
      s->put_document(claimcheck::testing::synthetic_document(id, "h" + std::to_string(i)),
                      claimcheck::testing::synthetic_claims(id, n, i));
      if (i == 800) {  // every document stored, and half of them replaced once: well into the replacing phase
        char c = 'r';
        (void)!write(ready[1], &c, 1);
      }
    }
  }
  char c;
  // Killed as soon as the writer says so (an event, not a delay): the kill
  // lands in whichever batch it is writing, however loaded the machine.
  REQUIRE(read(ready[0], &c, 1) == 1);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFSIGNALED(status));

  auto s = Store::open(db, Mode::read_write);
  std::set<std::string> docs;
  uint64_t expected = 0;
  s->for_each_document([&](const DocumentInfo& d) {
    docs.insert(d.id);
    expected += d.claim_count;
    auto claims = s->claims_of_document(d.id);
    INFO(d.id);
    CHECK(claims.size() == d.claim_count);
    // The claims are the ones of this version of the document, not a mix.
    for (const Claim& cl : claims) CHECK(cl.sentence.find(d.id) != std::string::npos);
  });
  CHECK(docs.size() == 400);
  CHECK(s->stats().claims == expected);
  s->for_each_claim([&](const Claim& cl) { CHECK(docs.count(cl.doc) == 1); });
}
