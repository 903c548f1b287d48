#include "pdf_tools.h"

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

#include <unistd.h>

#include <podofo/podofo.h>

#include <functional>
#include <map>

namespace folio::pdf::test {

CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(("TZ=UTC " + command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool have(const std::string& program) { return run("command -v " + program + " >/dev/null").status == 0; }

namespace {

// The process's directory of written files, removed when the process exits (each test runs in
// a process of its own under ctest).
struct ProcessTempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("folio-write-pdf-" + std::to_string(getpid()));
  ProcessTempDir() { std::filesystem::create_directories(path); }
  ~ProcessTempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  static const ProcessTempDir dir;
  const auto path = dir.path / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

namespace {

using namespace PoDoFo;

std::string text_of(const PdfObject* object) {
  if (!object) return "";
  if (object->IsString() || object->IsHexString()) return object->GetString().GetStringUtf8();
  if (object->IsName()) return "/" + object->GetName().GetName();
  std::string out;
  object->ToString(out, ePdfWriteMode_Compact);
  return out.substr(out.find_first_not_of(' ') == std::string::npos ? 0 : out.find_first_not_of(' '));
}

// The structure tree, outline and annotations as PoDoFo reads them back: what pdfinfo does not
// print (/Lang, /Alt, /ActualText, marked-content references by page).
std::string podofo_dump(const std::filesystem::path& path) {
  PdfMemDocument document;
  document.Load(path.string().c_str());
  PdfVecObjects& objects = document.GetObjects();
  auto resolve = [&](const PdfObject* object) -> const PdfObject* {
    return object && object->IsReference() ? objects.GetObject(object->GetReference()) : object;
  };
  std::map<PdfReference, int> page_numbers;
  for (int i = 0; i < document.GetPageCount(); ++i) page_numbers[document.GetPage(i)->GetObject()->Reference()] = i + 1;
  auto page_of = [&](const PdfObject* pg) {
    return pg && pg->IsReference() ? "p" + std::to_string(page_numbers[pg->GetReference()]) : std::string("p?");
  };

  std::string out = "== tags\n";
  std::function<void(const PdfObject*, int)> walk = [&](const PdfObject* element, int depth) {
    const PdfDictionary& dict = element->GetDictionary();
    out += std::string(2 * depth, ' ') + text_of(dict.GetKey("S")).substr(1);
    for (const char* key : {"ID", "Lang", "Alt", "ActualText"}) {
      if (dict.HasKey(key)) out += std::string(" ") + key + "=" + text_of(resolve(dict.GetKey(key)));
    }
    if (dict.HasKey("A")) out += " A=" + text_of(resolve(dict.GetKey("A")));
    const PdfObject* kids = resolve(dict.GetKey("K"));
    std::string content;
    if (kids && kids->IsArray()) {
      for (const auto& kid : kids->GetArray()) {
        const PdfObject* k = resolve(&kid);
        if (kid.IsNumber()) {
          content += " mcid " + page_of(dict.GetKey("Pg")) + ":" + std::to_string(kid.GetNumber());
        } else if (k->IsDictionary() && text_of(k->GetDictionary().GetKey("Type")) == "/MCR") {
          content += " mcid " + page_of(k->GetDictionary().GetKey("Pg")) + ":" +
                     std::to_string(k->GetDictionary().GetKey("MCID")->GetNumber());
        } else if (k->IsDictionary() && text_of(k->GetDictionary().GetKey("Type")) == "/OBJR") {
          const PdfObject* annotation = resolve(k->GetDictionary().GetKey("Obj"));
          content += " annotation(" + text_of(annotation->GetDictionary().GetKey("Subtype")) + " Contents=" +
                     text_of(annotation->GetDictionary().GetKey("Contents")) + ")";
        }
      }
    }
    out += content + "\n";
    if (kids && kids->IsArray()) {
      for (const auto& kid : kids->GetArray()) {
        const PdfObject* k = resolve(&kid);
        if (k->IsDictionary() && k->GetDictionary().HasKey("S")) walk(k, depth + 1);
      }
    }
  };
  const PdfObject* root = resolve(document.GetCatalog()->GetDictionary().GetKey("StructTreeRoot"));
  if (root) {
    for (const auto& kid : resolve(root->GetDictionary().GetKey("K"))->GetArray()) walk(resolve(&kid), 0);
  }

  out += "== outline\n";
  std::function<void(const PdfObject*, int)> items = [&](const PdfObject* item, int depth) {
    for (; item; item = resolve(item->GetDictionary().GetKey("Next"))) {
      const PdfDictionary& dict = item->GetDictionary();
      const PdfArray& dest = resolve(dict.GetKey("Dest"))->GetArray();
      out += std::string(2 * depth, ' ') + text_of(dict.GetKey("Title")) + " -> " + page_of(&dest[0]) + " top " +
             text_of(&dest[3]);
      if (dict.HasKey("Count")) out += " count " + text_of(dict.GetKey("Count"));
      out += "\n";
      items(resolve(dict.GetKey("First")), depth + 1);
    }
  };
  if (const PdfObject* outlines = resolve(document.GetCatalog()->GetDictionary().GetKey("Outlines"))) {
    out += "count " + text_of(outlines->GetDictionary().GetKey("Count")) + "\n";
    items(resolve(outlines->GetDictionary().GetKey("First")), 0);
  }

  out += "== pages\n";
  for (int i = 0; i < document.GetPageCount(); ++i) {
    const PdfDictionary& page = document.GetPage(i)->GetObject()->GetDictionary();
    out += "page " + std::to_string(i + 1) + " Tabs=" + text_of(page.GetKey("Tabs")) +
           " StructParents=" + text_of(page.GetKey("StructParents")) + "\n";
    if (const PdfObject* annots = resolve(page.GetKey("Annots"))) {
      for (const auto& a : annots->GetArray()) {
        const PdfDictionary& annotation = resolve(&a)->GetDictionary();
        const PdfObject* action = resolve(annotation.GetKey("A"));
        out += "  annotation " + text_of(annotation.GetKey("Subtype")) + " StructParent=" +
               text_of(annotation.GetKey("StructParent")) + " Border=" + text_of(annotation.GetKey("Border")) +
               " URI=" + (action ? text_of(action->GetDictionary().GetKey("URI")) : "");
        if (const PdfObject* dest = resolve(annotation.GetKey("Dest")); dest && dest->IsArray()) {
          out += " Dest=" + page_of(&dest->GetArray()[0]) + " " + text_of(&dest->GetArray()[1]) + " top " +
                 text_of(&dest->GetArray()[3]);
        }
        out += "\n";
      }
    }
  }
  const PdfDictionary& catalog = document.GetCatalog()->GetDictionary();
  out += "== catalog\n";
  for (const char* key : {"Lang", "MarkInfo", "ViewerPreferences", "PageMode"}) {
    out += std::string(key) + "=" + text_of(resolve(catalog.GetKey(key))) + "\n";
  }
  return out;
}

}  // namespace

std::string read_back(const std::filesystem::path& pdf) {
  const std::string file = "'" + pdf.string() + "'";
  std::string out = "== pdfinfo\n";
  std::istringstream info(run("pdfinfo " + file).output);
  for (std::string line; std::getline(info, line);) {
    // File size varies with font versions; the rest is what the writer decides.
    if (line.rfind("File size", 0) == 0 || line.rfind("Optimized", 0) == 0) continue;
    out += line + "\n";
  }
  out += "== structure\n" + run("pdfinfo -struct-text " + file).output;
  out += "== xmp\n" + run("pdfinfo -meta " + file).output;
  out += "\n== fonts\n";
  std::istringstream fonts(run("pdffonts " + file).output);
  const std::regex object_columns(R"(\s+\d+\s+\d+\s*$)");
  for (std::string line; std::getline(fonts, line);) {
    if (line.rfind("---", 0) == 0) continue;
    out += std::regex_replace(line, object_columns, "") + "\n";
  }
  out += podofo_dump(pdf);
  return out;
}

}  // namespace folio::pdf::test
