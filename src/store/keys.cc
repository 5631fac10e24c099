// Key encoding of the store; the layout is described in keys.h.
#include "store/keys.h"

#include "claimcheck/error.h"

namespace claimcheck::store::keys {

void append_part(std::string& key, std::string_view part) {
  if (part.size() > 0xffff)
    throw Error("", "a key part is longer than 65535 bytes: '" + std::string(part.substr(0, 40)) + "...'");
  key.push_back(static_cast<char>(part.size() >> 8));
  key.push_back(static_cast<char>(part.size() & 0xff));
  key.append(part);
}

bool read_part(std::string_view key, std::size_t& pos, std::string_view& part) {
  if (pos + 2 > key.size()) return false;
  std::size_t n = (static_cast<unsigned char>(key[pos]) << 8) | static_cast<unsigned char>(key[pos + 1]);
  if (pos + 2 + n > key.size()) return false;
  part = key.substr(pos + 2, n);
  pos += 2 + n;
  return true;
}

std::string index_prefix(std::string_view subject, std::string_view attribute) {
  std::string key;
  key.reserve(subject.size() + attribute.size() + 4);
  append_part(key, subject);
  append_part(key, attribute);
  return key;
}

std::string index_key(const Claim& claim) {
  std::string key = index_prefix(claim.subject, claim.attribute);
  append_part(key, claim.doc);
  key += claim.id;
  return key;
}

std::string doc_prefix(std::string_view doc) {
  std::string key;
  append_part(key, doc);
  return key;
}

std::string story_owner_key(std::string_view doc) {
  std::string key = "o";
  append_part(key, doc);
  return key;
}

std::string doc_claim_key(std::string_view doc, std::string_view claim_id) {
  std::string key = doc_prefix(doc);
  key += claim_id;
  return key;
}

bool parse_index_key(std::string_view key, std::string_view& subject, std::string_view& attribute,
                     std::string_view& doc, std::string_view& claim_id) {
  std::size_t pos = 0;
  if (!read_part(key, pos, subject) || !read_part(key, pos, attribute) || !read_part(key, pos, doc)) return false;
  claim_id = key.substr(pos);
  return true;
}

}  // namespace claimcheck::store::keys
