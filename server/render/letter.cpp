// The text helpers of letter.h shared by every renderer.
#include "render/letter.h"

namespace atgt::render {

Block paragraph(std::string text) {
  Block b;
  b.runs.push_back({std::move(text)});
  return b;
}

Block item(std::string label, std::string text) {
  Block b;
  b.kind = Block::Kind::kItem;
  b.label = std::move(label);
  b.runs.push_back({std::move(text)});
  return b;
}

Block heading(std::string text) {
  Block b;
  b.kind = Block::Kind::kHeading;
  b.runs.push_back({std::move(text), true});
  return b;
}

const char* urgency_text(Urgency u) {
  switch (u) {
    case Urgency::kUrgent:
      return "KHẨN";
    case Urgency::kVeryUrgent:
      return "THƯỢNG KHẨN";
    case Urgency::kFlash:
      return "HỎA TỐC";
    case Urgency::kNone:
      break;
  }
  return "";
}

std::string number_line(const Letter& l) {
  std::string out = "Số: ";
  out += l.number.empty() ? std::string("      ") : l.number;
  if (!l.symbol.empty()) out += "/" + l.symbol;
  return out;
}

namespace {
std::string two(int v) {
  return v < 10 ? "0" + std::to_string(v) : std::to_string(v);
}
}  // namespace

std::string date_line(const Letter& l) {
  const auto& d = l.date;
  std::string out = l.place.empty() ? "" : l.place + ", ";
  out += "ngày " + (d.day > 0 ? two(d.day) : std::string("    "));
  out += " tháng ";
  out += d.month <= 0 ? std::string("    ") : d.month <= 2 ? two(d.month) : std::to_string(d.month);
  out += " năm " + (d.year > 0 ? std::to_string(d.year) : std::string("        "));
  return out;
}

std::string subject_line(const Letter& l) {
  if (!l.type_name.empty() || l.subject.empty()) return "";
  return "V/v " + l.subject;
}

}  // namespace atgt::render
