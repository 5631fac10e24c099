// Reading corpus/manifest.json; see manifest.h.
#include "claims/manifest.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/file.h"
#include "claimcheck/error.h"

namespace claimcheck::claims {
namespace fs = std::filesystem;

Manifest Manifest::read(const std::string& path) {
  const std::string text = base::read_file(path);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text, nullptr, true, true);
  } catch (const nlohmann::json::exception& e) {
    throw Error(path, std::string("invalid manifest: ") + e.what());
  }
  Manifest m;
  auto list = j.find("articles");
  if (list == j.end() || !list->is_array()) return m;
  for (const auto& a : *list) {
    if (!a.is_object() || !a.contains("file") || !a["file"].is_string()) continue;
    ArticleMeta meta;
    if (auto t = a.find("title"); t != a.end() && t->is_string()) meta.title = t->get<std::string>();
    if (auto d = a.find("date"); d != a.end() && d->is_string()) meta.date = d->get<std::string>();
    m.articles_[a["file"].get<std::string>()] = meta;
  }
  return m;
}

std::optional<Manifest> Manifest::beside(const std::string& article_path) {
  fs::path manifest = fs::path(article_path).parent_path() / "manifest.json";
  std::error_code ec;
  if (!fs::is_regular_file(manifest, ec)) return std::nullopt;
  return read(manifest.string());
}

ArticleMeta Manifest::lookup(const std::string& file_name) const {
  auto it = articles_.find(file_name);
  return it == articles_.end() ? ArticleMeta{} : it->second;
}

ArticleMeta meta_from_manifest(const std::string& article_path) {
  auto m = Manifest::beside(article_path);
  if (!m) return {};
  return m->lookup(fs::path(article_path).filename().string());
}

}  // namespace claimcheck::claims
