#include "text/hyphen_dictionary_storage.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace folio::text {

bool HyphenDictionary::Level::add_state(const StateRecord& r) {
  // `strings` ends with a NUL (checked once), so every offset inside it starts a C string.
  const auto string_ok = [&](std::int32_t at) {
    return at == -1 || (at >= 0 && static_cast<std::size_t>(at) < strings.size());
  };
  if (!string_ok(r.match) || !string_ok(r.repl) || r.fallback < -1 || r.fallback >= state_count || r.num_trans < 0 ||
      r.first_trans < 0 ||
      static_cast<std::size_t>(r.first_trans) + static_cast<std::size_t>(r.num_trans) > trans.size()) {
    return false;
  }
  HyphenState& s = states.emplace_back();
  s.match = r.match >= 0 ? strings.data() + r.match : nullptr;
  s.repl = r.repl >= 0 ? strings.data() + r.repl : nullptr;
  s.replindex = r.replindex;
  s.replcut = r.replcut;
  s.fallback_state = r.fallback;
  s.num_trans = r.num_trans;
  s.trans = r.num_trans > 0 ? trans.data() + r.first_trans : nullptr;
  return true;
}

HyphenDictionary::Level::StateRecord HyphenDictionary::Level::record(std::size_t id) const {
  const HyphenState& s = states[id];
  StateRecord r;
  r.match = s.match ? static_cast<std::int32_t>(s.match - strings.data()) : -1;
  r.repl = s.repl ? static_cast<std::int32_t>(s.repl - strings.data()) : -1;
  r.replindex = s.replindex;
  r.replcut = s.replcut;
  r.fallback = s.fallback_state;
  r.first_trans = s.trans ? static_cast<std::int32_t>(s.trans - trans.data()) : 0;
  r.num_trans = s.num_trans;
  return r;
}

void HyphenDictionary::Level::link(HyphenDict* next) {
  dict = HyphenDict{};
  dict.lhmin = lhmin;
  dict.rhmin = rhmin;
  dict.clhmin = clhmin;
  dict.crhmin = crhmin;
  dict.nohyphen = nohyphen ? nohyphen->data() : nullptr;
  dict.nohyphenl = nohyphenl;
  dict.num_states = static_cast<int>(states.size());
  std::memcpy(dict.cset, charset.c_str(), std::min<std::size_t>(charset.size() + 1, MAX_NAME));
  dict.utf8 = utf8 ? 1 : 0;
  dict.states = states.data();
  dict.nextlevel = next;
}

HyphenDictionary::HyphenDictionary(std::vector<std::unique_ptr<Level>> levels) : levels_(std::move(levels)) {
  for (std::size_t i = levels_.size(); i-- > 0;) {
    levels_[i]->link(i + 1 < levels_.size() ? &levels_[i + 1]->dict : nullptr);
  }
  root_ = levels_.empty() ? nullptr : &levels_.front()->dict;
}

HyphenDictionary::~HyphenDictionary() = default;

HyphenDict* HyphenDictionary::get() const { return root_; }

namespace {

// What a serialized dictionary starts with; the sizes tie it to this build's libhyphen layout.
constexpr char kMagic[8] = {'F', 'O', 'L', 'I', 'O', 'H', 'Y', '1'};
constexpr std::uint32_t kLayout[] = {sizeof(HyphenDictionary::Level::StateRecord), MAX_NAME};

template <typename T>
void put(std::string& out, const T& value) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_string(std::string& out, std::string_view s) {
  put(out, static_cast<std::uint64_t>(s.size()));
  out += s;
}

/// Reads what put() wrote; every read checks the bytes left.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  bool get(T& value) {
    if (bytes_.size() - at_ < sizeof value) return false;
    std::memcpy(&value, bytes_.data() + at_, sizeof value);
    at_ += sizeof value;
    return true;
  }
  bool get_string(std::string& s) {
    std::uint64_t n = 0;
    if (!get(n) || n > bytes_.size() - at_) return false;
    s.assign(bytes_.substr(at_, n));
    at_ += n;
    return true;
  }
  bool get_trans(std::vector<HyphenTrans>& trans) {
    std::uint64_t n = 0;
    if (!get(n) || n > (bytes_.size() - at_) / 5) return false;
    trans.resize(n);
    for (auto& t : trans) {
      get(t.ch);
      get(t.new_state);
    }
    return true;
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

std::string HyphenDictionary::serialize() const {
  std::string out(kMagic, sizeof kMagic);
  for (const std::uint32_t n : kLayout) put(out, n);
  put(out, static_cast<std::uint32_t>(levels_.size()));
  for (const auto& level : levels_) {
    for (const char c : {level->lhmin, level->rhmin, level->clhmin, level->crhmin}) put(out, c);
    put(out, static_cast<std::uint8_t>(level->nohyphen ? 1 : 0));
    put_string(out, level->nohyphen.value_or(""));
    put(out, static_cast<std::int32_t>(level->nohyphenl));
    put_string(out, level->charset);
    put(out, static_cast<std::uint8_t>(level->utf8 ? 1 : 0));
    put(out, static_cast<std::uint64_t>(level->trans.size()));
    for (const HyphenTrans& t : level->trans) {  // field by field: the struct has padding
      put(out, t.ch);
      put(out, t.new_state);
    }
    put_string(out, level->strings);
    put(out, static_cast<std::int32_t>(level->states.size()));
    for (std::size_t id = 0; id < level->states.size(); ++id) put(out, level->record(id));
  }
  return out;
}

std::unique_ptr<HyphenDictionary> HyphenDictionary::deserialize(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return nullptr;
  Reader in(bytes.substr(sizeof kMagic));
  for (const std::uint32_t expected : kLayout) {
    std::uint32_t n = 0;
    if (!in.get(n) || n != expected) return nullptr;
  }
  std::uint32_t count = 0;
  if (!in.get(count) || count == 0 || count > 2) return nullptr;
  std::vector<std::unique_ptr<Level>> levels;
  for (std::uint32_t i = 0; i < count; ++i) {
    auto level = std::make_unique<Level>();
    std::uint8_t has_nohyphen = 0, utf8 = 0;
    std::string nohyphen;
    std::int32_t nohyphenl = 0;
    if (!in.get(level->lhmin) || !in.get(level->rhmin) || !in.get(level->clhmin) || !in.get(level->crhmin) ||
        !in.get(has_nohyphen) || !in.get_string(nohyphen) || !in.get(nohyphenl) || !in.get_string(level->charset) ||
        !in.get(utf8) || !in.get_trans(level->trans) || !in.get_string(level->strings) || !in.get(level->state_count)) {
      return nullptr;
    }
    // libhyphen reads nohyphenl + 1 NUL-terminated elements; the string's own terminator ends the last.
    if (nohyphenl < 0 || level->charset.size() >= MAX_NAME || level->state_count <= 0 ||
        (!level->strings.empty() && level->strings.back() != '\0') ||
        (has_nohyphen != 0 && std::count(nohyphen.begin(), nohyphen.end(), '\0') < nohyphenl) ||
        !std::all_of(level->trans.begin(), level->trans.end(),
                     [&](const HyphenTrans& t) { return t.new_state >= 0 && t.new_state < level->state_count; })) {
      return nullptr;
    }
    if (has_nohyphen != 0) level->nohyphen = std::move(nohyphen);
    level->nohyphenl = nohyphenl;
    level->utf8 = utf8 != 0;
    level->states.reserve(static_cast<std::size_t>(level->state_count));
    for (std::int32_t id = 0; id < level->state_count; ++id) {
      Level::StateRecord record;
      if (!in.get(record) || !level->add_state(record)) return nullptr;
    }
    levels.push_back(std::move(level));
  }
  if (!in.done()) return nullptr;
  return std::make_unique<HyphenDictionary>(std::move(levels));
}

}  // namespace folio::text
