// Files compiled into the binary (migrations, the OpenAPI schemas): name and bytes.
#pragma once

#include <string>
#include <vector>

namespace atgt {

struct EmbeddedFile {
  std::string name;  // file name without directory, e.g. "0001_init.sql"
  std::string data;
};

// Sorted by name. Defined in generated sources.
const std::vector<EmbeddedFile>& embedded_migrations();

}  // namespace atgt

namespace atgt {
// api/schemas.json (the OpenAPI component schemas).
const std::vector<EmbeddedFile>& embedded_api_schemas();
}  // namespace atgt

namespace atgt {
// data/reference/encodings/tcvn3.csv and vni.csv (the legacy Vietnamese encoding tables).
const std::vector<EmbeddedFile>& embedded_encoding_tables();
}  // namespace atgt
