#include "job/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>

namespace folio::job {

namespace {
using Clock = std::chrono::steady_clock;

std::string duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char text[32];
  if (s >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  }
  return text;
}
}  // namespace

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(Clock::now()), last_(start_ - std::chrono::seconds(1)) {}

std::string Progress::line(std::size_t done, std::size_t total, std::size_t failed, double seconds) {
  std::string out = "folio: " + std::to_string(done) + "/" + std::to_string(total);
  if (done > 0 && seconds > 0) {
    const double rate = static_cast<double>(done) / seconds;
    char text[32];
    std::snprintf(text, sizeof text, " · %.1f/s", rate);
    out += text;
    out += " · " + duration(static_cast<double>(total - done) / rate) + " left";
  }
  if (failed > 0) out += " · " + std::to_string(failed) + " failed";
  return out;
}

void Progress::update(std::size_t done, std::size_t failed, bool force) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  std::string text = line(done, total_, failed, std::chrono::duration<double>(now - start_).count());
  // A line wider than the terminal would wrap, and "\r" would then redraw only its last part.
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 1) {
    std::size_t columns = 0, cut = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      if (++columns == size.ws_col) {
        cut = i;
        break;
      }
    }
    text.resize(cut);
  }
  std::fprintf(stderr, "\r\033[K%s", text.c_str());
  std::fflush(stderr);
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace folio::job
