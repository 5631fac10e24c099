#pragma once
// Plain text hard-wrapped at a fixed width (wire copy, forum posts, e-mails):
// "OpenAI rolled out GPT-5.5 to paying ChatGPT\nsubscribers on Thursday" is one
// sentence, but in plain text a newline always ends one (document.h).  A text
// whose lines are cut at a width keeps its wrapped lines joined: the newline
// becomes a space (same length, so the offset map stays as it is).
#include "text/mapped.h"

namespace claimcheck::text {

// Pass between markup removal and NFKC for plain text: the newlines of a
// hard-wrapped text that only wrap a line, turned into spaces.  A text of one
// paragraph per line (news records, the corpus) is left as it is.
void join_wrapped_lines(Mapped& m);

}  // namespace claimcheck::text
