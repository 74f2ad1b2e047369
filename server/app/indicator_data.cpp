// Loading the indicator catalogue.
#include "app/indicator_data.h"

#include "base/csv.h"
#include "base/time.h"
#include "domain/indicators.h"
#include "store/indicators_store.h"

namespace atgt::app {

Result<int> load_indicator_catalogue(store::Db& db, const std::string& data_dir) {
  store::Tx tx(db);
  ATGT_TRY(tx.status());
  ATGT_ASSIGN_OR_RETURN(int64_t n, store::count_indicators(db));
  if (n > 0) return 0;
  ATGT_ASSIGN_OR_RETURN(auto table, read_csv_file(data_dir + "/indicators.csv"));
  ATGT_ASSIGN_OR_RETURN(auto catalogue, indicators::read_indicator_rows(table));
  int64_t now = now_micros();
  for (const auto& i : catalogue) {
    store::IndicatorRow row = indicators::to_row(i);
    row.updated_at = now;
    ATGT_TRY(store::upsert_indicator(db, row));
  }
  ATGT_TRY(tx.commit());
  return static_cast<int>(catalogue.size());
}

}  // namespace atgt::app
