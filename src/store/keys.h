#pragma once
// Binary-sortable keys of the store's column families (docs/storage.md).
//
// Every string in a key is length-prefixed with a big-endian uint16, so a key
// made of several strings can never be confused with another one whose parts
// are split differently ("ab"+"c" vs "a"+"bc"), and a prefix made of whole
// parts selects exactly the keys that start with those parts.
//
//   index       u16 len, subject, u16 len, attribute, u16 len, doc, claim id
//                                                     -> encoded claim (schema 2)
//   doc_claims  u16 len, doc, claim id                -> the claim's index key
//   claims      claim id                              -> encoded claim (schema 1 only)
//   documents   doc id                                -> encoded DocumentInfo
//
// Example: index_prefix("GPT-5.5", "release_date") is
//   "\x00\x07GPT-5.5\x00\x0crelease_date", and every claim about GPT-5.5's
//   release date is under it: one prefix scan.
#include <string>
#include <string_view>

#include "claimcheck/claim.h"

namespace claimcheck::store::keys {

// Appends `part` with its big-endian length.  Throws claimcheck::Error when a
// part is longer than 65535 bytes (no subject, attribute or path is).
void append_part(std::string& key, std::string_view part);

// Reads one length-prefixed part at `pos`, advancing it; false if malformed.
bool read_part(std::string_view key, std::size_t& pos, std::string_view& part);

std::string index_prefix(std::string_view subject, std::string_view attribute);
std::string index_key(const Claim& claim);
std::string doc_prefix(std::string_view doc);
std::string doc_claim_key(std::string_view doc, std::string_view claim_id);
// stories: the list of `stories` entries a document wrote ("o", u16 len, doc).
std::string story_owner_key(std::string_view doc);

// Splits an index key into its parts; false if malformed.
bool parse_index_key(std::string_view key, std::string_view& subject, std::string_view& attribute,
                     std::string_view& doc, std::string_view& claim_id);

}  // namespace claimcheck::store::keys
