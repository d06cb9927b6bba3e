// input.text_repaired: what the document reader had to change in the text.
#include "rules/reading/notes.h"

namespace xxgk::rulebook {
namespace {

void check_repaired(const RuleContext& c, const Rule& self) {
  reading::each_note(c, ReadingNote::Kind::text_repaired, [&](const ReadingNote& n) {
    c.emit(self, "读取时对文本作了改动：" + n.raw + "；请核对此处原文", n.span);
  });
}

}  // namespace

extern const Rule input_text_repaired = {
    "input.text_repaired", Severity::warning, "读取文件时改动了文本（无效字节、混用编码等）",
    "Reading the file changed its text: invalid bytes replaced by U+FFFD, a run in another encoding (a GBK "
    "character inside a UTF-8 file) decoded separately, hidden text or page furniture left out. The finding "
    "points at the place and says what was done, so nothing is changed in silence. Fix: save the file again "
    "as UTF-8 (or GB18030) and check the place.",
    __FILE__, check_repaired};

}  // namespace xxgk::rulebook
