#pragma once
// Values of the store: a compact binary encoding of Claim, and JSON for the
// (few, small) document records.
//
// Claim encoding, version 1 (the claim id ends the key -- the index key in
// schema 2, the `claims` key in schema 1 -- so it is not repeated):
//   u8 version=1
//   strings (varint length + bytes): subject, attribute, doc, as_of, text,
//     sentence, rule
//   u8 flags (1 = subject_from_focus), u8 modality
//   varint begin, end, line, column
//   varint qualifier count, then key/value strings
//   quantity: u8 kind, u8 bound, u8 date_precision, u8 flags (1 approximate,
//     2 inferred, 4 has min, 8 has max, 16 has per), f64 value, [f64 min],
//     [f64 max], [f64 per, string per_unit], string unit, varint digits,
//     varint begin, end, string text
// Doubles are stored as their IEEE-754 bits, so values round-trip exactly.
// Measured against JSON in docs/storage.md.
#include <string>
#include <string_view>

#include "claimcheck/claim.h"
#include "store/store.h"

namespace claimcheck::store::codec {

std::string encode_claim(const Claim& claim);
// Throws claimcheck::Error (naming the claim id) on a malformed value.
Claim decode_claim(std::string_view id, std::string_view value);

std::string encode_document(const DocumentInfo& doc);
DocumentInfo decode_document(std::string_view id, std::string_view value);

}  // namespace claimcheck::store::codec
