#include "entities/ner_model.hpp"

#include <cstring>

#include "entities/ner_features.hpp"

namespace newsprism::entities {
namespace {

constexpr char kMagic[8] = {'N', 'P', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kTransitionCount = (kTagCount + 1) * kTagCount;

uint32_t read32(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}
uint64_t read64(const uint8_t* p) {
  return uint64_t{read32(p)} | uint64_t{read32(p + 4)} << 32;
}
int16_t read16(const uint8_t* p) {
  return static_cast<int16_t>(uint16_t{p[0]} | uint16_t{p[1]} << 8);
}

void write32(std::vector<uint8_t>& out, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) out[at + i] = static_cast<uint8_t>(v >> (8 * i));
}
void write64(std::vector<uint8_t>& out, size_t at, uint64_t v) {
  write32(out, at, static_cast<uint32_t>(v));
  write32(out, at + 4, static_cast<uint32_t>(v >> 32));
}
void append16(std::vector<uint8_t>& out, int16_t v) {
  const auto u = static_cast<uint16_t>(v);
  out.push_back(static_cast<uint8_t>(u & 0xFF));
  out.push_back(static_cast<uint8_t>(u >> 8));
}

}  // namespace

uint64_t checksum64(std::span<const uint8_t> bytes) {
  uint64_t h = 0x6e70206e6572ULL ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) h = mix64(h ^ read64(bytes.data() + i)) + i;
  for (; i < bytes.size(); ++i) h = mix64(h ^ bytes[i]);
  return h;
}

bool NerModel::parse(std::span<const uint8_t> bytes, NerModel& model, std::string& error) {
  if (bytes.size() < kNerHeaderBytes) {
    error = "NER model: " + std::to_string(bytes.size()) + " bytes is shorter than its header";
    return false;
  }
  const uint8_t* p = bytes.data();
  if (std::memcmp(p, kMagic, sizeof kMagic) != 0) {
    error = "NER model: not a newsprism NER model (bad magic)";
    return false;
  }
  const uint32_t version = read32(p + 8);
  if (version != kNerFormatVersion) {
    error = "NER model: format version " + std::to_string(version) + ", this build reads " +
            std::to_string(kNerFormatVersion);
    return false;
  }
  const uint32_t header = read32(p + 12), tags = read32(p + 16), rows = read32(p + 20);
  const uint32_t features = read32(p + 24), passes = read32(p + 28);
  const uint64_t payload = read64(p + 32), checksum = read64(p + 40);
  if (header != kNerHeaderBytes || tags != kTagCount) {
    error = "NER model: unexpected header size or tag count";
    return false;
  }
  if (features != kFeatureSetVersion) {
    error = "NER model: feature set " + std::to_string(features) + ", this build computes " +
            std::to_string(kFeatureSetVersion);
    return false;
  }
  if (rows == 0 || rows > (1u << 24) || passes < 1 || passes > 2) {
    error = "NER model: weight rows or passes out of range";
    return false;
  }
  const uint64_t weights = 2 * (kTransitionCount + kTagCount + uint64_t{rows} * kRowWidth);
  uint64_t names = 0;
  if (bytes.size() >= kNerHeaderBytes + weights + 4) names = read32(p + kNerHeaderBytes + weights);
  const uint64_t expected = weights + 4 + 9 * names;
  if (payload != expected || bytes.size() != kNerHeaderBytes + payload) {
    error = "NER model: size " + std::to_string(bytes.size()) +
            " bytes does not match its header (" + std::to_string(kNerHeaderBytes + expected) +
            " expected)";
    return false;
  }
  if (checksum64(bytes.subspan(kNerHeaderBytes)) != checksum) {
    error = "NER model: checksum mismatch (the file is damaged)";
    return false;
  }
  NerModel parsed;
  parsed.rows_ = rows;
  parsed.passes_ = passes;
  uint32_t scale_bits = read32(p + 48);
  std::memcpy(&parsed.scale_, &scale_bits, sizeof scale_bits);
  const uint8_t* q = p + kNerHeaderBytes;
  for (size_t i = 0; i < kTransitionCount; ++i, q += 2) parsed.transitions_[i] = read16(q);
  for (size_t i = 0; i < kTagCount; ++i, q += 2) parsed.final_[i] = read16(q);
  std::vector<int16_t> emissions(size_t{rows} * kRowWidth);
  // Both targets are little-endian, as is the file.
  std::memcpy(emissions.data(), q, emissions.size() * 2);
  parsed.set_emissions(emissions.data(), emissions.size());
  q += emissions.size() * 2 + 4;
  const auto name_count = static_cast<size_t>(names);  // fits: the file holds them all
  std::vector<uint64_t> keys(name_count);
  std::vector<uint8_t> masks(name_count);
  for (size_t i = 0; i < name_count; ++i, q += 8) {
    keys[i] = read64(q);
    if (i > 0 && keys[i] <= keys[i - 1]) {
      error = "NER model: gazetteer names out of order";
      return false;
    }
  }
  for (size_t i = 0; i < name_count; ++i, ++q) masks[i] = *q;
  parsed.gazetteer_.assign(std::move(keys), std::move(masks));
  model = std::move(parsed);
  return true;
}

std::vector<uint8_t> NerModel::serialize() const {
  std::vector<uint8_t> out(kNerHeaderBytes, 0);
  std::memcpy(out.data(), kMagic, sizeof kMagic);
  for (int32_t v : transitions_) append16(out, static_cast<int16_t>(v));
  for (int32_t v : final_) append16(out, static_cast<int16_t>(v));
  for (size_t i = 0; i < size_t{rows_} * kRowWidth; ++i) append16(out, emissions_[first_ + i]);
  const size_t names = gazetteer_.size();
  out.resize(out.size() + 4);
  write32(out, out.size() - 4, static_cast<uint32_t>(names));
  for (uint64_t key : gazetteer_.keys()) {
    out.resize(out.size() + 8);
    write64(out, out.size() - 8, key);
  }
  for (uint8_t mask : gazetteer_.masks()) out.push_back(mask);
  const uint64_t payload = out.size() - kNerHeaderBytes;
  write32(out, 8, kNerFormatVersion);
  write32(out, 12, kNerHeaderBytes);
  write32(out, 16, kTagCount);
  write32(out, 20, rows_);
  write32(out, 24, kFeatureSetVersion);
  write32(out, 28, passes_);
  write64(out, 32, payload);
  write64(out, 40, checksum64(std::span<const uint8_t>(out).subspan(kNerHeaderBytes)));
  uint32_t scale_bits = 0;
  std::memcpy(&scale_bits, &scale_, sizeof scale_bits);
  write32(out, 48, scale_bits);
  return out;
}

NerModel NerModel::from_weights(uint32_t rows, uint32_t passes, float scale,
                                std::vector<int16_t> transitions,
                                std::vector<int16_t> final_weights, std::vector<int16_t> emissions,
                                Gazetteer gazetteer) {
  NerModel model;
  model.rows_ = rows;
  model.passes_ = passes;
  model.scale_ = scale;
  for (size_t i = 0; i < kTransitionCount && i < transitions.size(); ++i) {
    model.transitions_[i] = transitions[i];
  }
  for (size_t i = 0; i < size_t{kTagCount} && i < final_weights.size(); ++i) {
    model.final_[i] = final_weights[i];
  }
  emissions.resize(size_t{rows} * kRowWidth, 0);
  model.gazetteer_ = std::move(gazetteer);
  model.set_emissions(emissions.data(), emissions.size());
  return model;
}

void NerModel::set_emissions(const int16_t* weights, size_t count) {
  // Aligned to 64 bytes, a 32-byte row never straddles two cache lines.
  emissions_.assign(count + 32, 0);
  const auto address = reinterpret_cast<uintptr_t>(emissions_.data());
  first_ = ((64 - address % 64) % 64) / sizeof(int16_t);
  std::memcpy(emissions_.data() + first_, weights, count * sizeof(int16_t));
}

}  // namespace newsprism::entities
