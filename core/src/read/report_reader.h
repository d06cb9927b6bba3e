#pragma once
// Report-level reading that does not depend on the tables: meta and the six sections.
#include "xxgk/report.h"

namespace xxgk {

// Fills meta.title, meta.agency, meta.year, meta.published (and their spans) from report.text.
// meta.script and meta.format are set by read_report itself.
void read_meta(Report& report);

// Fills report.sections: the six statutory sections found, in text order, with spans.
void read_sections(Report& report);

}  // namespace xxgk
