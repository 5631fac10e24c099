// `claimcheck export`: the whole store as JSON Lines (format in
// src/store/exchange.h); `claimcheck import` reads it back exactly.
#include <streambuf>
#include <string_view>
#include <iostream>

#include "claimcheck/error.h"
#include "cli/command.h"
#include "report/report.h"
#include "store/exchange.h"
#include "store/store.h"

namespace claimcheck::cli {
namespace {

// An ostream's buffer that hands its bytes to an AtomicFile (whose errors
// propagate through the stream as exceptions).
class FileBuf final : public std::streambuf {
 public:
  explicit FileBuf(report::AtomicFile& file) : file_(file) { setp(buf_, buf_ + sizeof buf_); }

 protected:
  int_type overflow(int_type c) override {
    drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override {
    drain();
    return 0;
  }

 private:
  void drain() {
    file_.write(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())));
    setp(buf_, buf_ + sizeof buf_);
  }
  report::AtomicFile& file_;
  char buf_[1 << 16];
};

struct ExportOptions {
  std::string format = "jsonl";
  std::string output;  // "" or "-" = stdout
};

int run_export(const ExportOptions& o, const GlobalOptions& g) {
  auto store = store::Store::open(g.db, store::Mode::read_only);
  store::ExportSummary s;
  if (o.output.empty() || o.output == "-") {
    s = store::export_jsonl(*store, std::cout);
    std::cout << std::flush;
  } else {
    // Written to a temporary file beside the target and renamed (or straight
    // into a device or FIFO), so a failed export never leaves a truncated file
    // where a good one was: report::AtomicFile.
    report::AtomicFile file(o.output);
    FileBuf buf(file);
    std::ostream out(&buf);
    out.exceptions(std::ios::badbit);
    s = store::export_jsonl(*store, out);
    out.flush();
    file.commit();
  }
  if (!g.quiet) std::cerr << "claimcheck: exported " << s.documents << " documents, " << s.claims << " claims\n";
  return kExitOk;
}

const Registration reg{{"export", "Write the whole database as JSON Lines (documents and claims)", 50,
    [](CLI::App& app, GlobalOptions& g) -> Action {
      auto o = std::make_shared<ExportOptions>();
      app.add_option("-f,--format", o->format, "jsonl (the only format)")->check(CLI::IsMember({"jsonl"}));
      app.add_option("-o,--output", o->output, "Write to FILE instead of stdout");
      return [o, &g] { return run_export(*o, g); };
    }}};

}  // namespace
}  // namespace claimcheck::cli
