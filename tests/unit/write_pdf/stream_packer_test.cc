#include "writers/pdf/stream_packer.h"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/deflate.h"
#include "base/two_threads.h"

namespace folio::pdf {
namespace {

// Streams of many sizes, some compressible and some not, so the two threads take turns.
std::vector<std::string> sample_streams() {
  std::vector<std::string> out;
  unsigned seed = 7;
  for (int i = 0; i < 120; ++i) {
    std::string s;
    const int n = (i * 997) % 40000;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      s += i % 3 == 0 ? static_cast<char>(seed >> 16) : "BT /F1 11 Tf (Bonjour) Tj ET\n"[k % 29];
    }
    out.push_back(std::move(s));
  }
  return out;
}

// The stream's bytes as stored, or decoded through its filters.
std::string stream_bytes(const PoDoFo::PdfObject* object, bool decoded) {
  char* buffer = nullptr;
  PoDoFo::pdf_long length = 0;
  if (decoded) {
    object->GetStream()->GetFilteredCopy(&buffer, &length);
  } else {
    object->GetStream()->GetCopy(&buffer, &length);
  }
  std::string out(buffer, static_cast<std::size_t>(length));
  PoDoFo::podofo_free(buffer);
  return out;
}

std::string raw_stream(const PoDoFo::PdfObject* object) { return stream_bytes(object, false); }
std::string decoded_stream(const PoDoFo::PdfObject* object) { return stream_bytes(object, true); }

// Adds the streams to `packer` (in `document`), returning their objects.
std::vector<PoDoFo::PdfObject*> add_all(PoDoFo::PdfMemDocument& document, StreamPacker& packer,
                                        const std::vector<std::string>& streams) {
  std::vector<PoDoFo::PdfObject*> objects;
  for (const auto& s : streams) {
    objects.push_back(document.GetObjects().CreateObject());
    packer.add(objects.back(), s);
    EXPECT_FALSE(objects.back()->HasStream()) << "set before finish(), off the writer's thread";
  }
  return objects;
}

void expect_packed(const std::vector<PoDoFo::PdfObject*>& objects, const std::vector<std::string>& streams) {
  ASSERT_EQ(objects.size(), streams.size());
  for (std::size_t i = 0; i < streams.size(); ++i) {
    const auto& dict = objects[i]->GetDictionary();
    ASSERT_TRUE(dict.HasKey("Filter"));
    EXPECT_EQ(dict.GetKey("Filter")->GetName().GetName(), "FlateDecode");
    // The bytes one deflate call makes: the file does not depend on the threads' timing.
    EXPECT_EQ(raw_stream(objects[i]), *base::deflate(streams[i], base::DeflateFormat::zlib, 6)) << "stream " << i;
    EXPECT_EQ(decoded_stream(objects[i]), streams[i]) << "stream " << i;
  }
}

TEST(StreamPacker, EveryStreamIsItsOwnDeflateWhateverThreadPackedIt) {
  const auto streams = sample_streams();
  for (int round = 0; round < 4; ++round) {
    PoDoFo::PdfMemDocument document;
    StreamPacker packer(true);
    std::vector<PoDoFo::PdfObject*> objects;
    if (round == 0) {
      objects = add_all(document, packer, streams);  // no helper: finish() packs them all
    } else {
      packer.pack_while([&] { objects = add_all(document, packer, streams); });
    }
    packer.finish();
    expect_packed(objects, streams);
  }
}

TEST(StreamPacker, PackedWhenTheWriterIsTheHelper) {
  // pack_while in work handed to the helper: the packing goes to the thread waiting for that
  // work, or to none (then finish() packs everything); every stream is packed either way.
  const auto streams = sample_streams();
  PoDoFo::PdfMemDocument document;
  std::vector<PoDoFo::PdfObject*> objects;
  StreamPacker packer(true);
  base::both(
      true, [] {},
      [&] {
        packer.pack_while([&] { objects = add_all(document, packer, streams); });
        packer.finish();
      });
  expect_packed(objects, streams);
}

TEST(StreamPacker, UncompressedStreamsAreSetAtOnceWithoutFilter) {
  PoDoFo::PdfMemDocument document;
  StreamPacker packer(false);
  PoDoFo::PdfObject* object = document.GetObjects().CreateObject();
  packer.add(object, "BT (A) Tj ET");
  ASSERT_TRUE(object->HasStream());
  EXPECT_EQ(raw_stream(object), "BT (A) Tj ET");
  EXPECT_FALSE(object->GetDictionary().HasKey("Filter"));
  packer.finish();
  EXPECT_EQ(raw_stream(object), "BT (A) Tj ET");
}

TEST(StreamPacker, AnErrorWhileWritingStopsTheHelperAndSetsNothing) {
  // A PoDoFo error while painting leaves the packer unfinished: the error reaches the writer once
  // the helper has stopped, the document (being thrown away) is not touched, and the helper is
  // free for the next work.
  const auto streams = sample_streams();
  PoDoFo::PdfMemDocument document;
  std::vector<PoDoFo::PdfObject*> objects;
  {
    StreamPacker packer(true);
    EXPECT_THROW(packer.pack_while([&] {
      objects = add_all(document, packer, streams);
      throw std::runtime_error("painting failed");
    }),
                 std::runtime_error);
  }
  ASSERT_EQ(objects.size(), streams.size());
  for (const auto* object : objects) EXPECT_FALSE(object->HasStream());
  bool helped = false;
  base::both(true, [] {}, [&] { helped = true; });
  EXPECT_TRUE(helped);
}

TEST(StreamPacker, StreamsAddedAfterFinishAreSetByTheNextFinish) {
  PoDoFo::PdfMemDocument document;
  StreamPacker packer(true);
  PoDoFo::PdfObject* first = document.GetObjects().CreateObject();
  packer.add(first, "BT (A) Tj ET");
  packer.finish();
  PoDoFo::PdfObject* second = document.GetObjects().CreateObject();
  packer.add(second, "BT (B) Tj ET");
  EXPECT_FALSE(second->HasStream());
  packer.finish();
  EXPECT_EQ(decoded_stream(first), "BT (A) Tj ET");
  EXPECT_EQ(decoded_stream(second), "BT (B) Tj ET");
}

TEST(StreamPacker, NothingAddedFinishesAtOnce) {
  StreamPacker packer(true);
  packer.finish();
}

}  // namespace
}  // namespace folio::pdf
