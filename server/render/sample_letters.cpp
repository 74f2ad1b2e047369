// The sample letters of sample_letters.h.
#include "render/sample_letters.h"

#include <string>

namespace atgt::render {

namespace {

const char* kIntro =
    "Thực hiện Kế hoạch số 688/KHPH-CAHP-SGDĐT ngày 18/3/2024 về thực hiện Chương trình phối "
    "hợp giữa Công an Hải Phòng và Sở Giáo dục và Đào tạo Hải Phòng tăng cường công tác bảo đảm "
    "trật tự, an toàn giao thông cho lứa tuổi học sinh trong tình hình mới (gửi kèm theo), Sở "
    "GDĐT yêu cầu Thủ trưởng các đơn vị thực hiện các nội dung, cụ thể như sau:";
const char* kItem1 =
    "Tuyên truyền sâu rộng Kế hoạch này nhằm: (i) Tăng cường vai trò lãnh đạo của các cấp uỷ "
    "Đảng, lãnh đạo các đơn vị về công tác giáo dục an toàn giao thông cho học sinh trên địa bàn "
    "thành phố; (ii) Thực hiện tốt công tác phối hợp giữa gia đình, nhà trường và xã hội trong "
    "việc giáo dục học sinh một cách quyết liệt, kiên trì, thường xuyên, liên tục, xây dựng thể "
    "hệ công dân thành phố có văn hoá giao thông văn minh, góp phần phát triển bền vững; (iii) "
    "Nâng cao ý thức trách nhiệm và ứng xử có văn hoá khi tham gia giao thông, giúp học sinh tự "
    "giác tuân thủ pháp luật về an toàn giao thông.";
const char* kItem2 =
    "Triển khai thực hiện nghiêm túc, quyết liệt, hiệu quả, thực chất các nhiệm vụ theo thẩm "
    "quyền tại mục 2 phần III của Kế hoạch.";
const char* kItem3 =
    "Phối hợp với Công an các địa phương xây dựng Chương trình phối hợp giữa Công an địa phương "
    "và cơ sở giáo dục nhằm tăng cường công tác bảo đảm trật tự, an toàn giao thông cho lứa tuổi "
    "học sinh trong tình hình mới. Định kỳ hằng năm hoặc đột xuất, tổ chức sơ kết, đánh giá kết "
    "quả thực hiện kế hoạch, biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc "
    "trong triển khai thực hiện. Tiến hành tổng kết Kế hoạch này cùng với Kế hoạch phối hợp số "
    "76/KHPH-CAHP-SGDĐT ngày 12/01/2023 vào năm 2025 (gửi kèm theo).";
const char* kClosing = "Sở GDĐT yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./.";

Agency department() {
  return {"UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"};
}

}  // namespace

Letter seed_letter(bool draft) {
  Letter l;
  l.issuer = department();
  l.symbol = "SGDĐT-VP";
  l.place = "Hải Phòng";
  l.date.year = 2024;
  if (!draft) {
    l.number = "512";
    l.date.day = 5;
    l.date.month = 4;
  }
  l.subject = "tổ chức triển khai Kế hoạch phối hợp giữa Công an thành phố và Sở GD&ĐT";
  l.draft = draft;
  l.recipients = {"Trưởng phòng GDĐT quận/huyện;", "Hiệu trưởng trường THPT, PT nhiều cấp;",
                  "Giám đốc Trung tâm GDNN và GDTX quận/huyện;",
                  "Thủ trưởng các đơn vị trực thuộc."};
  l.body = {paragraph(kIntro), item("1.", kItem1), item("2.", kItem2), item("3.", kItem3),
            paragraph(kClosing)};
  l.signers = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa", draft ? "" : "(Đã ký)"}};
  l.copies_to = {"Như trên;", "Ban Giám đốc Sở;", "Lưu: VT."};
  return l;
}

Letter long_letter(int pages) {
  Letter l = seed_letter(false);
  l.type_name = "KẾ HOẠCH";
  l.subject = "Tăng cường công tác bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh";
  l.symbol = "KH-SGDĐT";
  l.recipients.clear();
  l.body.clear();
  // One section is a little over half a page.
  for (int s = 1; s <= pages * 9 / 5; ++s) {
    l.body.push_back(heading(std::to_string(s) + ". NHIỆM VỤ TRỌNG TÂM"));
    l.body.push_back(paragraph(kIntro));
    l.body.push_back(item("a)", kItem1));
    l.body.push_back(item("b)", kItem2));
    l.body.push_back(item("c)", kItem3));
  }
  l.body.push_back(paragraph(kClosing));
  return l;
}

Letter joint_letter() {
  Letter l = seed_letter(false);
  l.issuer = {"", "CÔNG AN THÀNH PHỐ HẢI PHÒNG"};
  l.co_issuers = {{"", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG"}};
  l.number = "688";
  l.symbol = "KHPH-CAHP-SGDĐT";
  l.date = {18, 3, 2024};
  l.type_name = "KẾ HOẠCH PHỐI HỢP";
  l.subject = "Tăng cường công tác bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh";
  l.recipients.clear();
  l.signers = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "(Đã ký)"},
               {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa", "(Đã ký)"}};
  l.copies_to = {"Bộ Công an;", "Bộ GDĐT;", "UBND thành phố;", "Lưu: VT CAHP, VT SGDĐT."};
  return l;
}

}  // namespace atgt::render
