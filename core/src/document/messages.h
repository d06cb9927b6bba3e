#pragma once
// The Chinese messages of reading, one cause each, in one place so that the CLI and the page
// say the same thing about the same file.
#include <string>

#include "xxgk/document.h"

namespace xxgk::doc {

ReadResult refuse(ReadStatus status, std::string message);
// "文件过大（超过 64 MB）…": which limit, in MB.
ReadResult too_large(const char* what, size_t limit_bytes);

namespace msg {
inline constexpr const char* kEmptyFile = "文件为空";
inline constexpr const char* kNoTextInFile = "文件中没有文字";
inline constexpr const char* kNoText = "文档中没有文字内容";
inline constexpr const char* kHtmlNoText = "网页中没有文字内容";
inline constexpr const char* kBinary = "文件不是文本（含有二进制数据），请另存为 UTF-8 或 GB18030 编码的文本";
inline constexpr const char* kUndecodable = "无法识别文件的文字编码，请另存为 UTF-8 或 GB18030 编码的文本";
inline constexpr const char* kUtf32 = "文件是 UTF-32 编码，请另存为 UTF-8 或 GB18030 编码的文本";
inline constexpr const char* kLegacyWord = "这是旧版 Word 文档（.doc），无法直接读取，请在 Word 中另存为 .docx 后再试";
inline constexpr const char* kEncryptedWord = "此 Word 文档设有打开密码，请在 Word 中取消密码后另存为 .docx 再试";
inline constexpr const char* kImage = "这是图片文件，无法读取其中的文字，请使用报告的文字版本（.docx、.pdf、.html 或 .txt）";
inline constexpr const char* kOtherBinary = "不支持的文件类型，请使用 .docx、.pdf、.html 或 .txt 文件";
inline constexpr const char* kNoTextLayer = "此 PDF 没有文字层，可能是扫描件，无法读取表格";
inline constexpr const char* kEncryptedPdf = "此 PDF 设有打开密码，请在阅读器中取消密码后另存再试";
inline constexpr const char* kDamagedPdf = "PDF 文件已损坏，无法读取";
inline constexpr const char* kNeedsPdfRuns = "PDF 文件需要先提取文字";
inline constexpr const char* kNeedsHtmlTree = "网页需要先由 HTML 解析器解析";
inline constexpr const char* kHtmlTreeInvalid = "网页的解析结果无效";
inline constexpr const char* kDocxNotZip = "Word 文档已损坏：不是有效的 .docx（zip）文件";
inline constexpr const char* kDocxNoMainPart = "Word 文档已损坏：找不到正文部分";
inline constexpr const char* kZipDamaged = "Word 文档已损坏：压缩数据无法解开";
inline constexpr const char* kZipEncrypted = "此 Word 文档的压缩包设有密码，请取消密码后再试";
inline constexpr const char* kZipMethod = "Word 文档使用了不支持的压缩方式，请在 Word 中重新另存为 .docx";
inline constexpr const char* kTooManyRuns = "PDF 中的文字块过多，已拒绝读取";
inline constexpr const char* kRtf = "这是 RTF 文档，无法直接读取，请在 Word 中另存为 .docx 后再试";
inline constexpr const char* kTooDeep = "文档嵌套层数过深，已拒绝读取";
}  // namespace msg

}  // namespace xxgk::doc
