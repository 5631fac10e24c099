#pragma once
// Bullet lists under a lead-in ("Quick notes:", "What's new:"): every item
// speaks of the model named before the list, however many items there are,
// as the lines of a spec sheet do (focus.h).  A sentence is in a list item
// when the line it starts on opens with a list marker ("- ", "* ", "• ",
// "3. ") in the text as written (Markdown markers are gone from the
// normalized text).
#include "text/document.h"

namespace claimcheck::claims {

bool in_list_item(const text::Document& doc, const text::Sentence& sentence);

}  // namespace claimcheck::claims
