#include <dlfcn.h>

#include <filesystem>
#include <system_error>

#include "pdf_engine/pdf_engine.h"

// Defined by the module (engine_entry.cc), and by programs that link the engine in (tests): a
// weak reference is null in the folio executable, which then loads the module.
extern "C" const folio::pdf_engine::Engine* folio_pdf_engine() __attribute__((weak));

namespace folio::pdf_engine {

namespace {

constexpr const char* kModuleName = "folio-pdf-engine.so";

std::filesystem::path module_path() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path(kModuleName) : exe.parent_path() / kModuleName;
}

base::Result<const Engine*> load() {
  if (folio_pdf_engine != nullptr) return folio_pdf_engine();
  const std::string path = module_path().string();
  const auto missing = [&path](std::string why) {
    if (why.rfind(path + ": ", 0) == 0) why.erase(0, path.size() + 2);  // dlerror() repeats the path
    return base::make_error("pdf-engine.missing", base::Span{path, 0, 0, 0, 0},
                            "cannot load the PDF engine: " + why,
                            "folio looks for " + std::string(kModuleName) +
                                " next to its executable; rebuild or reinstall folio");
  };
  // Never unloaded: the engine's tables and rules are used until the process ends.
  void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (module == nullptr) return missing(dlerror());
  using Entry = const Engine* (*)();
  const auto entry = reinterpret_cast<Entry>(dlsym(module, "folio_pdf_engine"));
  if (entry == nullptr) return missing(dlerror());
  return entry();
}

}  // namespace

base::Result<const Engine*> engine() {
  static const base::Result<const Engine*> loaded = load();
  return loaded;
}

std::jthread prepare_in_background() {
  return std::jthread([] {
    // A failure is kept by engine() and reported by whoever needs the engine.
    if (auto e = engine()) (*e)->prepare();
  });
}

}  // namespace folio::pdf_engine
