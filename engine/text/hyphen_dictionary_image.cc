// A HyphenDictionary as an image libhyphen reads in place: the cache file mapped read-only at
// the address its pointers were written for. A German dictionary is 280,000 states; copying
// them out of the cache costs ~3,000 fresh pages (most of a German release's run on a machine
// where a page fault costs 10-15 µs), mapping them costs the pages hyphenation touches.
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "text/hyphen_dictionary.h"
#include "text/hyphen_dictionary_storage.h"

namespace folio::text {

HyphenDictionary::Mapping::~Mapping() {
  if (at != nullptr) ::munmap(at, size);
}

HyphenDictionary::HyphenDictionary(std::unique_ptr<Mapping> mapping, HyphenDict* root)
    : mapping_(std::move(mapping)), root_(root) {}

namespace {

constexpr char kMagic[8] = {'F', 'O', 'L', 'I', 'O', 'H', 'I', '1'};
constexpr std::uint32_t kLayout[] = {sizeof(HyphenDict), sizeof(HyphenState), sizeof(HyphenTrans), MAX_NAME};
constexpr std::size_t kMaxLevels = 2;

/// Where each block of a level lies, as offsets from the start of the mapping.
struct LevelBlocks {
  std::uint64_t dict, states, state_count, trans, trans_count, strings, strings_size, nohyphen, nohyphen_size;
};

/// What the image starts with.
struct ImageHead {
  char magic[8];
  std::uint32_t layout[4];
  std::uint64_t base;
  std::uint64_t levels;
  LevelBlocks blocks[kMaxLevels];
};
static_assert(std::is_trivially_copyable_v<ImageHead>);

template <typename T>
void put_at(std::string& out, std::size_t at, const T& value) {
  std::memcpy(out.data() + at, &value, sizeof value);
}

}  // namespace

std::string HyphenDictionary::image(std::uintptr_t base, std::size_t offset) const {
  ImageHead head{};
  std::memcpy(head.magic, kMagic, sizeof kMagic);
  std::memcpy(head.layout, kLayout, sizeof kLayout);
  head.base = base;
  head.levels = levels_.size();
  if (levels_.empty() || levels_.size() > kMaxLevels || image_aligned(offset) != offset) return {};
  // Where everything goes.
  std::size_t at = offset + image_aligned(sizeof head);
  for (std::size_t i = 0; i < levels_.size(); ++i) {
    const Level& level = *levels_[i];
    LevelBlocks& b = head.blocks[i];
    b.dict = at;
    at = image_aligned(at + sizeof(HyphenDict));
    b.states = at;
    b.state_count = level.states.size();
    at = image_aligned(at + level.states.size() * sizeof(HyphenState));
    b.trans = at;
    b.trans_count = level.trans.size();
    at = image_aligned(at + level.trans.size() * sizeof(HyphenTrans));
    b.strings = at;
    b.strings_size = level.strings.size();
    at = image_aligned(at + level.strings.size());
    b.nohyphen = at;
    b.nohyphen_size = level.nohyphen ? level.nohyphen->size() + 1 : 0;  // with its terminator
    at = image_aligned(at + b.nohyphen_size);
  }
  std::string out(at - offset, '\0');
  const auto address = [&](std::uint64_t block_offset) { return reinterpret_cast<char*>(base + block_offset); };
  const auto local = [&](std::uint64_t block_offset) { return static_cast<std::size_t>(block_offset - offset); };
  put_at(out, 0, head);
  for (std::size_t i = 0; i < levels_.size(); ++i) {
    const Level& level = *levels_[i];
    const LevelBlocks& b = head.blocks[i];
    HyphenDict dict = level.dict;  // its limits, charset and counts; the pointers follow
    dict.states = reinterpret_cast<HyphenState*>(address(b.states));
    dict.nextlevel = i + 1 < levels_.size() ? reinterpret_cast<HyphenDict*>(address(head.blocks[i + 1].dict)) : nullptr;
    dict.nohyphen = level.nohyphen ? address(b.nohyphen) : nullptr;
    put_at(out, local(b.dict), dict);
    for (std::size_t id = 0; id < level.states.size(); ++id) {
      const Level::StateRecord r = level.record(id);
      HyphenState s;
      std::memset(&s, 0, sizeof s);
      s.match = r.match >= 0 ? address(b.strings + static_cast<std::uint64_t>(r.match)) : nullptr;
      s.repl = r.repl >= 0 ? address(b.strings + static_cast<std::uint64_t>(r.repl)) : nullptr;
      s.replindex = r.replindex;
      s.replcut = r.replcut;
      s.fallback_state = r.fallback;
      s.num_trans = r.num_trans;
      s.trans = r.num_trans > 0 ? reinterpret_cast<HyphenTrans*>(address(b.trans + static_cast<std::uint64_t>(r.first_trans) *
                                                                                        sizeof(HyphenTrans)))
                                : nullptr;
      put_at(out, local(b.states) + id * sizeof(HyphenState), s);
    }
    for (std::size_t k = 0; k < level.trans.size(); ++k) {
      HyphenTrans t;
      std::memset(&t, 0, sizeof t);
      t.ch = level.trans[k].ch;
      t.new_state = level.trans[k].new_state;
      put_at(out, local(b.trans) + k * sizeof(HyphenTrans), t);
    }
    out.replace(local(b.strings), level.strings.size(), level.strings);
    if (level.nohyphen) out.replace(local(b.nohyphen), level.nohyphen->size(), *level.nohyphen);
  }
  return out;
}

namespace {

/// Whether the image at `base + offset` (mapped, `size` bytes) is one image() made for `base`:
/// every pointer libhyphen follows stays inside its block, every state index inside the states,
/// and each level's next level is the next one, so hnj_hyphen_hyphenate2 reads only the image.
bool image_is_sound(std::uintptr_t base, std::size_t offset, std::size_t size) {
  if (size < sizeof(ImageHead)) return false;
  ImageHead head;
  std::memcpy(&head, reinterpret_cast<const char*>(base + offset), sizeof head);
  if (std::memcmp(head.magic, kMagic, sizeof kMagic) != 0 || std::memcmp(head.layout, kLayout, sizeof kLayout) != 0 ||
      head.base != base || head.levels == 0 || head.levels > kMaxLevels) {
    return false;
  }
  const std::uint64_t begin = offset + HyphenDictionary::image_aligned(sizeof head), end = offset + size;
  // [at, at + count * unit) inside the image, after the head, 8-aligned.
  const auto inside = [&](std::uint64_t at, std::uint64_t count, std::uint64_t unit) {
    return at >= begin && at <= end && HyphenDictionary::image_aligned(at) == at && count <= (end - at) / unit;
  };
  const auto pointer = [&](const void* p) { return reinterpret_cast<std::uintptr_t>(p) - base; };
  for (std::uint64_t i = 0; i < head.levels; ++i) {
    const LevelBlocks& b = head.blocks[i];
    if (!inside(b.dict, 1, sizeof(HyphenDict)) || !inside(b.states, b.state_count, sizeof(HyphenState)) ||
        !inside(b.trans, b.trans_count, sizeof(HyphenTrans)) || !inside(b.strings, b.strings_size, 1) ||
        !inside(b.nohyphen, b.nohyphen_size, 1) || b.state_count == 0 || b.state_count > INT32_MAX) {
      return false;
    }
    const auto* dict = reinterpret_cast<const HyphenDict*>(base + b.dict);
    const char* strings = reinterpret_cast<const char*>(base + b.strings);
    const char* nohyphen = reinterpret_cast<const char*>(base + b.nohyphen);
    const std::uint64_t next = i + 1 < head.levels ? head.blocks[i + 1].dict : 0;
    if (pointer(dict->states) != b.states || static_cast<std::uint64_t>(dict->num_states) != b.state_count ||
        (next == 0 ? dict->nextlevel != nullptr : pointer(dict->nextlevel) != next) ||
        std::memchr(dict->cset, '\0', MAX_NAME) == nullptr || (b.strings_size > 0 && strings[b.strings_size - 1] != '\0')) {
      return false;
    }
    // libhyphen reads nohyphenl + 1 NUL-terminated elements.
    if (dict->nohyphen != nullptr) {
      if (pointer(dict->nohyphen) != b.nohyphen || b.nohyphen_size == 0 || dict->nohyphenl < 0 ||
          nohyphen[b.nohyphen_size - 1] != '\0' ||
          std::count(nohyphen, nohyphen + b.nohyphen_size, '\0') < static_cast<std::ptrdiff_t>(dict->nohyphenl) + 1) {
        return false;
      }
    }
    const auto in_strings = [&](const char* s) {
      return s == nullptr || (pointer(s) >= b.strings && pointer(s) < b.strings + b.strings_size);
    };
    const auto count = static_cast<std::int64_t>(b.state_count);
    const auto* trans = reinterpret_cast<const HyphenTrans*>(base + b.trans);
    for (std::uint64_t k = 0; k < b.trans_count; ++k) {
      if (trans[k].new_state < 0 || trans[k].new_state >= count) return false;
    }
    const auto* states = dict->states;
    for (std::uint64_t id = 0; id < b.state_count; ++id) {
      const HyphenState& s = states[id];
      if (!in_strings(s.match) || !in_strings(s.repl) || s.fallback_state < -1 || s.fallback_state >= count ||
          s.num_trans < 0) {
        return false;
      }
      if (s.num_trans > 0) {
        const std::uint64_t at = pointer(s.trans);
        if (at < b.trans || (at - b.trans) % sizeof(HyphenTrans) != 0 ||
            (at - b.trans) / sizeof(HyphenTrans) + static_cast<std::uint64_t>(s.num_trans) > b.trans_count) {
          return false;
        }
      }
    }
  }
  return true;
}

}  // namespace

std::unique_ptr<HyphenDictionary> HyphenDictionary::map_image(int fd, std::size_t file_size, std::uintptr_t base,
                                                               std::size_t offset, std::size_t image_size) {
  if (sizeof(void*) != 8 || offset > file_size || image_size > file_size - offset || file_size == 0) return nullptr;
  void* const want = reinterpret_cast<void*>(base);
  void* const got = ::mmap(want, file_size, PROT_READ, MAP_PRIVATE | MAP_FIXED_NOREPLACE, fd, 0);
  if (got == MAP_FAILED) return nullptr;
  auto mapping = std::make_unique<Mapping>();
  mapping->at = got;
  mapping->size = file_size;
  // A kernel without MAP_FIXED_NOREPLACE takes the address as a hint only.
  if (got != want || !image_is_sound(base, offset, image_size)) return nullptr;
  ImageHead head;
  std::memcpy(&head, reinterpret_cast<const char*>(base + offset), sizeof head);
  auto* root = reinterpret_cast<HyphenDict*>(base + head.blocks[0].dict);
  return std::unique_ptr<HyphenDictionary>(new HyphenDictionary(std::move(mapping), root));
}

}  // namespace folio::text
