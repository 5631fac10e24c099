// Automatic stories: articles without a "story" field are grouped by their
// text (MinHash sketches, LSH bands in the store), and the CI gate finds a new
// article's story the same way without writing.  The articles are made up.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <rocksdb/db.h>
#include <sstream>

#include "check/find.h"
#include "gate/article.h"
#include "extractor_helper.h"
#include "helpers.h"
#include "ingest/ingest.h"
#include "stories/index.h"
#include "stories/sketch.h"
#include "store/store.h"
#include "stories/ingest_helper.h"

using namespace claimcheck;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_file;

namespace {

const claims::Extractor& extractor() { return claimcheck::testing::shared_extractor(); }

// Two reports of one made-up event (a flood in the invented town of
// Quillmarsh), in different words, and one unrelated article.
const char* kFloodA =
    "Floodwaters from the Brennick River swept through Quillmarsh overnight, forcing Mayor Odile Farrant to "
    "open emergency shelters at Harwell Academy and the Quillmarsh Pavilion. Volunteers from the Tessel Valley "
    "Rescue Brigade evacuated residents along Copperline Road by boat. Governor Anselm Vatry declared a "
    "regional emergency and promised sandbags, generators and drinking water. Engineers warned that the "
    "Brennick embankment near Lowfield Bridge could breach again before the weekend. Farrant thanked "
    "neighbouring towns for sending pumps and tractors, and schools across Quillmarsh stayed closed while "
    "inspectors examined damaged classrooms, bridges and cellars. Fabrikam Insurance opened a claims office.";
const char* kFloodB =
    "Residents of Quillmarsh returned to mud-filled homes after the Brennick River burst its embankment near "
    "Lowfield Bridge. Mayor Odile Farrant said the Tessel Valley Rescue Brigade carried hundreds of people "
    "from Copperline Road to shelters at Harwell Academy. Governor Anselm Vatry toured the Quillmarsh "
    "Pavilion and announced emergency funding for generators, drinking water and repairs. Engineers are "
    "inspecting bridges, cellars and classrooms, and Fabrikam Insurance opened a claims office downtown.";
const char* kBudget =
    "The Northwind Orchestra announced its autumn season in Calderport, with conductor Ilse Marquand leading "
    "symphonies by Dvorak and Sibelius. Tickets for the Calderport Concert Hall go on sale next month, and "
    "the orchestra's education programme will visit secondary schools across Westerby county. Marquand said "
    "the musicians rehearsed new arrangements of folk melodies collected by the composer Hector Ravensworth, "
    "and the chamber ensemble will tour villages along the Fennick coastline with harpsichord recitals.";

// Stores document `id` of `story`, dated `date`, with the sketch of `text`.
void store_story(store::Store& store, const stories::StoryIndex& index, const std::string& id,
                 const std::string& date, const std::string& story, const stories::Sketch& sketch) {
  store::DocumentInfo info;
  info.id = id;
  info.date = date;
  info.story = story;
  info.story_entries = index.entries(info.id, info.story, info.date, sketch);
  store.put_document(info, {});
}

std::string line(const std::string& id, const std::string& text) {
  return nlohmann::json{{"id", id}, {"text", text}}.dump() + "\n";
}

}  // namespace

TEST_CASE("sketches of two reports of one event are similar, of unrelated articles not", "[stories]") {
  auto a = stories::sketch_text(kFloodA), b = stories::sketch_text(kFloodB), c = stories::sketch_text(kBudget);
  REQUIRE(a.placeable());
  REQUIRE(b.placeable());
  CHECK(stories::similarity(a, b) >= stories::StoryOptions().threshold);
  CHECK(stories::similarity(a, c) < 0.05);
  CHECK(stories::similarity(a, a) == Approx(1.0));
  // Page furniture is too thin to place.
  CHECK_FALSE(stories::sketch_text("We use cookies. Please enable JavaScript to use this site.").placeable());
}

TEST_CASE("salient features: common news words are left out, repeated names are counted", "[stories]") {
  auto features = stories::salient_features(
      "Officials said the Brennick embankment failed. Officials reported that Quillmarsh flooded; "
      "Quillmarsh shelters opened and Quillmarsh schools closed, Quillmarsh police said.");
  auto count = [&](const std::string& f) { return features.count(f) ? features.at(f) : 0u; };
  CHECK(count("N:brennick") == 1);
  CHECK(count("embankment") == 1);
  CHECK(count("N:quillmarsh") == 4);
  CHECK(count("N:officials") == 0);  // a word every story has (rules/stories/not_salient.txt)
  CHECK(count("reported") == 0);
  CHECK(count("N:police") == 0);
}

TEST_CASE("sketches: rare shared names weigh more than common shared words", "[stories]") {
  // Both pairs share the same number of features; the rare ones (names no
  // dictionary has) make two articles closer than common words do.
  std::string filler = " Zarvosk Trelling Omphrey Dulcastle Brevanty Quorrel Stavenick Yelminster Porrith "
                       "Wendacott Halloran Ferrowby Glastrand Impereth Jorvany Kettlewick Lumbridge Marrowgate "
                       "Nethercombe Ottering Pellinore Rathmullen Sallowfield Tarrowmere Ulverstone Vexley";
  std::string other = " Abernathy Brockhurst Coldharbour Drummond Elsworth Fenwick Garroway Hollister Ingleby "
                      "Jessop Kingsley Lockwood Merriweather Northcote Oakhurst Pemberton Quimby Radcliffe "
                      "Stanhope Thackeray Underhill Vickery Wetherby Yardley Zouche Ashdown";
  auto rare_a = stories::sketch_text("Quillmarsh Brennick Odrevan" + filler);
  auto rare_b = stories::sketch_text("Quillmarsh Brennick Odrevan" + other);
  auto common_a = stories::sketch_text("Bridge River Garden" + filler);
  auto common_b = stories::sketch_text("Bridge River Garden" + other);
  CHECK(stories::similarity(rare_a, rare_b) > stories::similarity(common_a, common_b));
}

TEST_CASE("automatic stories: two reports of one event in one story, an unrelated article apart", "[stories]") {
  TempDir dir;
  write_file(dir / "c.jsonl", line("x1", kFloodA) + line("x2", kBudget) + line("x3", kFloodB));
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  claimcheck::testing::ingest_file(*store, dir / "c.jsonl", 2);
  std::string s1 = store->document("x1")->story, s2 = store->document("x2")->story, s3 = store->document("x3")->story;
  CHECK(s1 == stories::new_story_id("x1"));
  CHECK(s3 == s1);
  CHECK(s2 != s1);
  // Forgetting a document removes its sketch: a new article finds no story through it.
  store->forget("x1");
  store->forget("x3");
  stories::StoryIndex index(*store);
  CHECK(index.place("y", "", stories::sketch_text(kFloodB)).story == stories::new_story_id("y"));
}

TEST_CASE("automatic stories: a date window keeps far-apart articles apart", "[stories]") {
  TempDir dir;
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  stories::StoryIndex index(*store);
  store_story(*store, index, "x1", "2026-03-01", "flood", stories::sketch_text(kFloodA));
  auto b = stories::sketch_text(kFloodB);
  CHECK(index.place("x2", "2026-03-04", b).story == "flood");
  CHECK(index.place("x2", "", b).story == "flood");  // a date unknown: no window
  CHECK(index.place("x2", "2026-05-20", b).story == stories::new_story_id("x2"));
}

TEST_CASE("check finds a new article's story from the stored sketches, without writing", "[stories][gate]") {
  TempDir dir;
  write_file(dir / "c.jsonl", line("x1", kFloodA) + line("x2", kBudget));
  {
    auto store = store::Store::open(dir / "db", store::Mode::read_write);
    claimcheck::testing::ingest_file(*store, dir / "c.jsonl");
  }
  write_file(dir / "new/flood.txt", kFloodB);
  write_file(dir / "new/other.txt", kBudget);
  auto store = store::Store::open(dir / "db", store::Mode::read_only);
  auto articles = gate::load_articles({dir / "new/flood.txt"}, extractor());
  gate::place_in_stories(*store, articles);
  CHECK(articles[0].info.story == store->document("x1")->story);
  CHECK_FALSE(articles[0].info.story_entries.empty());  // what --ingest would store
  CHECK_FALSE(store->document(dir / "new/flood.txt"));
}

TEST_CASE("a database from before stories opens: readers see no stories, a writer adds the family", "[stories][store]") {
  TempDir dir;
  { store::Store::open(dir / "db", store::Mode::read_write); }
  {  // drop the family, as a database written before stories lacks it
    rocksdb::DBOptions o;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(o, dir / "db", &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> fams;
    for (const auto& n : names) fams.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> hs;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(o, dir / "db", fams, &hs, &raw).ok());
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == "stories") REQUIRE(raw->DropColumnFamily(hs[i]).ok());
    for (auto* h : hs) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  {
    auto reader = store::Store::open(dir / "db", store::Mode::read_only);
    CHECK_FALSE(reader->story_entries({"x"})[0]);
    stories::StoryIndex index(*reader);
    CHECK(index.place("n", "", stories::sketch_text(kFloodA)).story == stories::new_story_id("n"));
  }
  auto writer = store::Store::open(dir / "db", store::Mode::read_write);
  stories::StoryIndex index(*writer);
  store::DocumentInfo info;
  info.id = "x1";
  info.story = "flood";
  info.story_entries = index.entries("x1", "flood", "", stories::sketch_text(kFloodA));
  writer->put_document(info, {});
  CHECK(index.place("x2", "", stories::sketch_text(kFloodB)).story == "flood");
}

TEST_CASE("automatic stories: two short dated briefs of one event join; undated, they are too thin", "[stories]") {
  // A wire brief and a local TV brief: too few features for an undated
  // article (page furniture is that short), enough when both are dated.
  const char* brief_a =
      "HARLOW FENS (Reuters) - A fire at the Corvane Textiles mill in Harlow Fens killed three workers on "
      "Tuesday, the Fenland fire service said. Crews from Marsby and Oakwell fought the blaze for six hours.";
  const char* brief_b =
      "Three workers died when fire swept through the Corvane Textiles mill in Harlow Fens. Fenland fire "
      "crews from Marsby and Oakwell battled the flames for hours, officials said.";
  auto a = stories::sketch_text(brief_a), b = stories::sketch_text(brief_b);
  REQUIRE(!a.placeable());
  REQUIRE(a.placeable(/*dated=*/true));
  TempDir dir;
  auto store = store::Store::open(dir / "db", store::Mode::read_write);
  stories::StoryIndex index(*store);
  store_story(*store, index, "x1", "2026-03-03", "mill-fire", a);
  CHECK(index.place("x2", "2026-03-04", b).story == "mill-fire");
  CHECK(index.place("x2", "", b).story == stories::new_story_id("x2"));
}
