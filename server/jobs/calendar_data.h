// The calendar as stored: checks of school-year and holiday records (shared by the API and the
// reference-data loader) and loading the whole domain::Calendar from the database. A later
// capability that needs working days or periods calls load_calendar() once per request.
#pragma once

#include "domain/calendar.h"
#include "store/calendar_store.h"

namespace atgt::jobs {

// A record's dates parsed into a domain year. kInvalid with Vietnamese field messages (code,
// teaching_from, ...) for a malformed code or date, or a year that breaks the rules of
// calendar::validate_school_year.
Result<calendar::SchoolYear> check_school_year(const store::SchoolYearRecord& r);
// kInvalid with field messages (day, kind, name, flags) for a malformed day, an unknown kind,
// an empty name, flags other than "unverified", or a working day on a weekday.
Result<calendar::DayException> check_holiday(const store::HolidayRecord& r);
// Every school year and holiday row and the statistical-year start. Rows that fail the checks
// (written by hand into the database) are skipped and logged.
Result<calendar::Calendar> load_calendar(store::Db& db);

}  // namespace atgt::jobs
