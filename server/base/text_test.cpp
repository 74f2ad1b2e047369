#include "base/text.h"

#include <gtest/gtest.h>

namespace atgt {
namespace {

TEST(Fold, RemovesVietnameseMarksAndCase) {
  EXPECT_EQ(fold("Nguyễn Văn An"), "nguyen van an");
  EXPECT_EQ(fold("ĐỖ THỊ HÒA"), "do thi hoa");
  EXPECT_EQ(fold("Phường  Hồng\tBàng "), "phuong hong bang");
  EXPECT_EQ(fold("Thuỷ Nguyên"), fold("Thủy Nguyên"));
  // Decomposed input (NFD) folds the same as composed input.
  EXPECT_EQ(fold("Nguye\xcc\x82\xcc\x83n"), "nguyen");
}

TEST(Nfc, ComposesDecomposedText) {
  EXPECT_EQ(nfc("Nguye\xcc\x82\xcc\x83n"), "Nguyễn");
  EXPECT_EQ(nfc("Hải Phòng"), "Hải Phòng");
}

TEST(Utf8, RejectsInvalidBytes) {
  EXPECT_TRUE(valid_utf8("Hải Phòng"));
  EXPECT_FALSE(valid_utf8("\xff\xfe"));
  EXPECT_FALSE(valid_utf8("abc\xc3"));
  EXPECT_FALSE(valid_utf8(std::string("a\0b", 3)));
}

TEST(ViCollation, SortsVietnameseLetters) {
  // Vietnamese order: a < ă < â < b ... d < đ < e
  EXPECT_LT(vi_sort_key("an"), vi_sort_key("ăn"));
  EXPECT_LT(vi_sort_key("ăn"), vi_sort_key("ân"));
  EXPECT_LT(vi_sort_key("dung"), vi_sort_key("đức"));
  EXPECT_LT(vi_sort_key("đức"), vi_sort_key("em"));
}

TEST(ViPersonOrder, SortsByGivenNameThenFamilyName) {
  // Given names: An < Bình, whatever the family names.
  EXPECT_LT(vi_person_sort_key("Trần Văn An"), vi_person_sort_key("Nguyễn Thị Bình"));
  // Same given name: family name decides (Lê < Nguyễn).
  EXPECT_LT(vi_person_sort_key("Lê Văn An"), vi_person_sort_key("Nguyễn Văn An"));
}

}  // namespace
}  // namespace atgt

TEST(UpperVi, UpperCasesVietnamese) {
  EXPECT_EQ(atgt::upper_vi("Sở Giáo dục và Đào tạo"), "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(atgt::upper_vi("ủy ban"), "ỦY BAN");
}
