// Sample letters for the tests, the benchmark and previews: the seed công văn of the Hải Phòng
// Department of Education (shared/seed/000_404b5ee116667455.txt, with the symbol's typing slip
// "SGDDĐT" written SGDĐT) and a long typed document for pagination.
#pragma once

#include "render/letter.h"

namespace atgt::render {

// The seed letter: a draft (blank number and day/month, blank signature, boxed DỰ THẢO) or as
// issued (number 512, 05/4/2024, "(Đã ký)").
Letter seed_letter(bool draft);

// A KẾ HOẠCH of about `pages` A4 pages (headings, items, paragraphs), issued.
Letter long_letter(int pages);

// A joint plan of the Department and the city police (two agencies, two signers).
Letter joint_letter();

}  // namespace atgt::render
