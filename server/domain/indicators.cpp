// Indicator computations: source catalogue, parsing, catalogue checks (evaluation is in
// indicators_eval.cpp).
#include "domain/indicators.h"

#include <functional>
#include <set>

namespace atgt::indicators {
namespace json = boost::json;
namespace {

const char* op_key(Op op) {
  switch (op) {
    case Op::kCount:
      return "count";
    case Op::kSum:
      return "sum";
    case Op::kCountDistinct:
      return "count_distinct";
    case Op::kRatio:
      return "ratio";
  }
  return "";
}

// Reads the "where" object of a source computation.
void read_where(const json::value* w, const SourceSpec& src, const std::string& path,
                Computation& c, Status& err, bool& bad) {
  if (!w) return;
  if (!w->is_object()) {
    err.with_field(path, "Điều kiện lọc phải là một đối tượng {trường: [giá trị, ...]}.");
    bad = true;
    return;
  }
  for (const auto& [k, vals] : w->as_object()) {
    std::string fpath = path + "." + std::string(k);
    const FieldSpec* f = src.field(k);
    if (!f) {
      err.with_field(fpath, "Nguồn " + src.name + " không có trường " + std::string(k) + ".");
      bad = true;
      continue;
    }
    if (!vals.is_array() || vals.as_array().empty()) {
      err.with_field(fpath, "Cần một danh sách giá trị không rỗng.");
      bad = true;
      continue;
    }
    std::vector<FieldValue> accepted;
    for (const auto& v : vals.as_array()) {
      if (f->type == FieldType::kText && v.is_string()) {
        accepted.emplace_back(std::string(v.as_string()));
      } else if (f->type == FieldType::kNumber && v.is_number()) {
        accepted.emplace_back(v.to_number<double>());
      } else {
        err.with_field(fpath, f->type == FieldType::kText
                                  ? "Trường " + f->name + " nhận giá trị chữ."
                                  : "Trường " + f->name + " nhận giá trị số.");
        bad = true;
        break;
      }
    }
    c.where[std::string(k)] = std::move(accepted);
  }
}

}  // namespace

const FieldSpec* SourceSpec::field(std::string_view n) const {
  for (const auto& f : fields)
    if (f.name == n) return &f;
  return nullptr;
}

const std::vector<SourceSpec>& sources() {
  using enum FieldType;
  static const std::vector<SourceSpec> all = {
      {"violations",
       "Vi phạm của học sinh",
       {{"student_id", kText},
        {"legal_code", kText},
        {"behaviour", kText},
        {"school_level", kText},
        {"commune_code", kText},
        {"repeat", kNumber}}},
      {"activities",
       "Hoạt động tuyên truyền, phối hợp",
       {{"activity_id", kText},
        {"kind", kText},
        {"joint", kNumber},
        {"students", kNumber},
        {"teachers", kNumber},
        {"parents", kNumber}}},
      {"commitments", "Bản cam kết", {{"kind", kText}, {"signed", kNumber}}},
      {"accidents",
       "Tai nạn giao thông liên quan học sinh",
       {{"accident_id", kText}, {"deaths", kNumber}, {"injuries", kNumber}}},
      {"enrolment", "Sĩ số học sinh", {{"level", kText}, {"students", kNumber}}},
      {"tasks", "Nhiệm vụ được giao", {{"on_time", kNumber}}},
      {"notices", "Thông báo vi phạm gửi nhà trường", {{"answered_on_time", kNumber}}},
  };
  return all;
}

const SourceSpec* find_source(std::string_view name) {
  for (const auto& s : sources())
    if (s.name == name) return &s;
  return nullptr;
}

std::string rollup_of(const Computation& c) {
  switch (c.op) {
    case Op::kCount:
    case Op::kSum:
      return "sum";
    case Op::kCountDistinct:
      return "distinct";
    case Op::kRatio:
      return "ratio";
  }
  return "sum";
}

Result<Computation> parse_computation(const json::value& v, const std::string& field) {
  Status err = Invalid("Công thức tính chỉ tiêu không hợp lệ.");
  auto fail = [&](const std::string& path, std::string msg) -> Status {
    err.with_field(path, std::move(msg));
    return err;
  };
  if (!v.is_object() || v.as_object().size() != 1)
    return fail(field, "Công thức phải có đúng một phép: count, sum, count_distinct hoặc ratio.");
  const auto& [key, body] = *v.as_object().begin();
  Computation c;
  std::string path = field + "." + std::string(key);
  if (key == "count")
    c.op = Op::kCount;
  else if (key == "sum")
    c.op = Op::kSum;
  else if (key == "count_distinct")
    c.op = Op::kCountDistinct;
  else if (key == "ratio")
    c.op = Op::kRatio;
  else
    return fail(field, "Phép tính không được hỗ trợ: " + std::string(key) +
                           " (chỉ count, sum, count_distinct, ratio).");
  if (!body.is_object()) return fail(path, "Phép tính cần một đối tượng tham số.");
  const auto& o = body.as_object();
  std::set<std::string> allowed =
      c.op == Op::kRatio   ? std::set<std::string>{"numerator", "denominator", "scale"}
      : c.op == Op::kCount ? std::set<std::string>{"source", "where"}
                           : std::set<std::string>{"source", "field", "where"};
  bool bad = false;
  for (const auto& [k, _] : o)
    if (!allowed.count(std::string(k))) {
      err.with_field(path + "." + std::string(k), "Tham số không được hỗ trợ.");
      bad = true;
    }
  auto text = [&](const char* k) -> std::optional<std::string> {
    const auto* x = o.if_contains(k);
    if (!x || !x->is_string() || x->as_string().empty()) {
      err.with_field(path + "." + k, "Bắt buộc, là chuỗi ký tự.");
      bad = true;
      return std::nullopt;
    }
    return std::string(x->as_string());
  };
  if (c.op == Op::kRatio) {
    c.numerator = text("numerator").value_or("");
    c.denominator = text("denominator").value_or("");
    if (const auto* s = o.if_contains("scale")) {
      if (!s->is_number() || s->to_number<double>() <= 0) {
        err.with_field(path + ".scale", "Hệ số nhân phải là số dương (ví dụ 100 hoặc 1000).");
        bad = true;
      } else {
        c.scale = s->to_number<double>();
      }
    }
    if (bad) return err;
    return c;
  }
  auto src_name = text("source");
  const SourceSpec* src = src_name ? find_source(*src_name) : nullptr;
  if (src_name && !src) {
    std::string known;
    for (const auto& s : sources()) known += (known.empty() ? "" : ", ") + s.name;
    err.with_field(path + ".source",
                   "Không có nguồn dữ liệu " + *src_name + " (có: " + known + ").");
    return err;
  }
  if (!src) return err;
  c.source = src->name;
  if (c.op != Op::kCount) {
    auto f = text("field");
    if (f) {
      const FieldSpec* spec = src->field(*f);
      if (!spec) {
        err.with_field(path + ".field", "Nguồn " + src->name + " không có trường " + *f + ".");
        bad = true;
      } else if (c.op == Op::kSum && spec->type != FieldType::kNumber) {
        err.with_field(path + ".field", "Chỉ cộng được trường số; " + *f + " là trường chữ.");
        bad = true;
      }
      c.field = *f;
    }
  }
  read_where(o.if_contains("where"), *src, path + ".where", c, err, bad);
  if (bad) return err;
  return c;
}

Result<Computation> parse_computation_text(std::string_view text, const std::string& field) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec)
    return Invalid("Công thức tính chỉ tiêu không hợp lệ.")
        .with_field(field, "Không phải JSON hợp lệ.");
  return parse_computation(v, field);
}

json::value computation_json(const Computation& c) {
  json::object body;
  if (c.op == Op::kRatio) {
    body["numerator"] = c.numerator;
    body["denominator"] = c.denominator;
    body["scale"] = c.scale;
  } else {
    body["source"] = c.source;
    if (c.op != Op::kCount) body["field"] = c.field;
    if (!c.where.empty()) {
      json::object w;
      for (const auto& [k, vals] : c.where) {
        json::array a;
        for (const auto& v : vals) {
          if (const auto* s = std::get_if<std::string>(&v))
            a.emplace_back(*s);
          else
            a.emplace_back(std::get<double>(v));
        }
        w[k] = std::move(a);
      }
      body["where"] = std::move(w);
    }
  }
  return json::object{{op_key(c.op), std::move(body)}};
}

bool valid_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 40 || !(code[0] >= 'A' && code[0] <= 'Z')) return false;
  for (char ch : code)
    if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  return true;
}

Status check_catalogue(const std::vector<Indicator>& catalogue) {
  std::map<std::string, const Indicator*> by_code;
  for (const auto& i : catalogue) {
    if (!valid_code(i.code))
      return Invalid("Mã chỉ tiêu " + i.code + " không hợp lệ.")
          .with_field("code", "Mã gồm chữ in hoa, số, dấu _ (2–40 ký tự), bắt đầu bằng chữ.");
    if (!by_code.emplace(i.code, &i).second)
      return Invalid("Trùng mã chỉ tiêu " + i.code + ".").with_field("code", "Mã chỉ tiêu đã có.");
  }
  for (const auto& i : catalogue) {
    if (i.computation.op != Op::kRatio) continue;
    for (const auto* ref : {&i.computation.numerator, &i.computation.denominator})
      if (!by_code.count(*ref))
        return Invalid("Chỉ tiêu " + i.code + " tham chiếu mã không tồn tại: " + *ref + ".")
            .with_field("computation", "Không có chỉ tiêu mã " + *ref + ".");
  }
  // Cycles: depth-first search over ratio references (0 new, 1 on the path, 2 done).
  std::map<std::string, int> state;
  std::function<std::optional<std::string>(const std::string&)> visit =
      [&](const std::string& code) -> std::optional<std::string> {
    int& s = state[code];
    if (s == 1) return code;
    if (s == 2) return std::nullopt;
    s = 1;
    const auto& c = by_code.at(code)->computation;
    if (c.op == Op::kRatio)
      for (const auto* ref : {&c.numerator, &c.denominator})
        if (auto cyc = visit(*ref)) return cyc;
    state[code] = 2;
    return std::nullopt;
  };
  for (const auto& i : catalogue)
    if (auto cyc = visit(i.code))
      return Invalid("Công thức các chỉ tiêu tham chiếu vòng tròn qua mã " + *cyc + ".")
          .with_field("computation", "Tỷ lệ tham chiếu vòng tròn (qua mã " + *cyc + ").");
  return Status::Ok();
}

}  // namespace atgt::indicators
