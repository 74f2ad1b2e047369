// A letter (letter.h) as a Word document (OOXML, .docx) in the Decree 30/2020 layout: A4,
// margins 20/20/30/15 mm, Times New Roman (Liberation Serif as the declared alternative), the
// header, the signing block and Nơi nhận in borderless tables, justified body paragraphs with a
// 1.27 cm first-line indent, the page number centred in the header from page 2 (a distinct,
// empty first-page header). Written with xml_writer and zipped in memory.
// Thread-safe: no shared state.
#pragma once

#include <string>

#include "base/status.h"
#include "render/letter.h"

namespace atgt::render {

// The .docx bytes; kInternal when packing fails.
Result<std::string> render_docx(const Letter& letter);

}  // namespace atgt::render
