// Writing a report file so that a reader never sees half of it.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "claimcheck/error.h"
#include "report/report.h"

namespace claimcheck::report {

void write_file_atomically(const std::string& path, const std::string& contents) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) throw Error(path, std::string("cannot create a temporary file beside it: ") + std::strerror(errno));
  std::size_t done = 0;
  while (done < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string cause = std::strerror(errno);
      ::close(fd);
      std::remove(tmpl.c_str());
      throw Error(path, "cannot write: " + cause);
    }
    done += static_cast<std::size_t>(n);
  }
  // mkstemp makes 0600; a report is an ordinary file.
  fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string cause = std::strerror(errno);
    std::remove(tmpl.c_str());
    throw Error(path, "cannot write: " + cause);
  }
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string cause = std::strerror(errno);
    std::remove(tmpl.c_str());
    throw Error(path, "cannot replace: " + cause);
  }
}

}  // namespace claimcheck::report
